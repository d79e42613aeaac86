"""Events of issue 16's twenty-third round: accusations, threats and soft demands (docs/events.md,
"Round 23: accusations, threats and soft demands"). A probe table of short sentences of our own in
genres the development set lacks (fisheries patrols, vaccine pledges, cyber incidents, airspace
incidents, customs seizures, sports bodies), for the families the blind rounds keep missing:
accusations said by a judgement of an act ("we consider the manoeuvre unsafe", "called the closure
collective punishment"), threats said as an outcome ("will respond at a time of our choosing",
"will answer for this", "would defend its waters with all means"), invitations as consultations,
pledges of doses as aid, and object lists ("crossed the bow", "stopped them from leaving", "shut
the crossings", "used the hotline"); and sentences where the same words are no event.
Texts written for this project."""

from __future__ import annotations


from conftest import event_cues, event_parties, probe_tests

# (expected type, or types separated by "|" where the codebook allows either; sentence): found
PROBES: list[tuple[str, str]] = [
    # accusations said by judging an act
    ("ACCUSE", "Manila considers China's manoeuvre unsafe and unprofessional."),
    ("ACCUSE", "Oslo considers the boarding of the trawler illegal."),
    ("ACCUSE", "Hungary regards the expulsion of its consul by Slovakia as an unfriendly act."),
    ("ACCUSE", "Kinshasa called the closure collective punishment."),
    ("ACCUSE", "Athens called the Turkish overflight a provocation."),
    ("ACCUSE", "Tallinn deemed the overflight a deliberate provocation."),
    ("ACCUSE", "Senegal described the seizure of its trawler by Mauritanian guards as an act of piracy."),
    ("ACCUSE", "Quito considers the arrest of its fishermen unlawful."),
    # threats said as outcomes
    ("THREATEN", "The alliance will respond at a time and in a manner of its choosing."),
    ("THREATEN", "Iran will answer for the attack on our embassy, Israel said."),
    ("THREATEN", "The navy would defend the country's waters with all means."),
    ("THREATEN", "Seoul will treat any further incursion by North Korea as an act of aggression."),
    ("THREATEN", "Hanoi will respond to any new violation of its airspace."),
    ("THREATEN", "Ankara would respond in a reciprocal manner to any expulsion of its diplomats."),
    # a refusal of what a named party does ("will not accept that X ...")
    ("REJECT", "Finland will not accept that Russia threatens the security of the Baltic states."),
    # invitations and offers
    ("CONSULT", "The President invited the Prime Minister of Fiji to visit Suva next year."),
    ("CONSULT", "Ghana has invited the foreign ministers of Togo and Benin to a meeting in Accra."),
    ("CONSULT", "Chancellor Merz chaired a meeting of the defence ministers of France and Poland."),
    ("CONSULT", "The Philippine Coast Guard used the hotline to contact its Vietnamese counterpart."),
    ("AID", "Japan pledged two million doses of measles vaccine to Laos."),
    ("AID", "Norway announced 30 million kroner in emergency aid for Sudan."),
    # object lists and forms
    ("COERCE", "A Chinese destroyer crossed the bow of the Australian frigate."),
    ("COERCE", "Border guards stopped the lorry drivers from leaving their cabs."),
    ("SANCTION|COERCE", "Zambia shuts Congo border crossings over cholera"),
    ("RETREAT", "After the warning the two warships moved away from the reef."),
    ("CONCEDE", "Beijing will lift the anti-dumping duties on Canadian canola."),
    ("SANCTION", "Canberra will lift the anti-dumping duties it imposed on Chinese steel."),
    ("COOPERATE", "Egypt will resume purchases of Ukrainian wheat."),
    ("COERCE", "The French Navy stopped a tanker off the coast of Brittany."),
    ("SANCTION", "Estonia decided to withdraw its consent to the opening of a Russian consulate in Narva."),
]

#: Forms still missed (documented in docs/events.md; not asserted).
KNOWN_MISSES: list[tuple[str, str]] = [
    ("ACCUSE", "Foreign warships were the main source of insecurity in the strait."),
    ("COOPERATE", "Japan will take part with the destroyer Kirisame."),
    # a passive threat in reported speech: the treatment has no doer, the speaker is not taken
    ("THREATEN", "Seoul said any further incursion by North Korea will be treated as an act of aggression."),
]

# (type that must NOT be found, sentence): the same words, no event
NEGATIVES: list[tuple[str, str]] = [
    ("ACCUSE", "We consider this proposal useful and timely."),
    ("ACCUSE", "The regard we have for our neighbours is deep."),
    ("ACCUSE", "Doctors consider the water unsafe to drink after the floods."),
    ("ACCUSE", "The ministry called the meeting a success."),
    ("ACCUSE", "Rescuers called the rainfall a disaster for the valley."),
    ("THREATEN", "The minister will answer the question in parliament tomorrow."),
    ("THREATEN", "The agency will respond to the letter within ten days."),
    ("THREATEN", "The agency will respond to any new complaint within a week."),
    ("REJECT", "Kenya accepted that the vote had been fair."),
    ("THREATEN", "The club will be treated as a charity for tax purposes."),
    ("AGREE", "The President invited the Prime Minister of Fiji to visit Suva next year."),
    ("COERCE", "The ferry crossed the bay in an hour."),
    ("COERCE", "The heavy rain stopped the fans from leaving the stadium."),
    ("AID", "The company pledged two million euros in dividends to its shareholders."),
    ("RETREAT", "The storm moved away from the coast overnight."),
    ("CONSULT", "The farmers used the river to water their fields."),
    ("COOPERATE", "The students will resume their studies in the autumn."),
    ("COERCE", "The ferry stopped at the island for an hour."),
    ("SANCTION", "The rules that the club imposed on its members were strict."),
    ("ASSAULT", "The cell is said to be making chemical weapons to use against Britain."),
    ("THREATEN", "Chad responded to the violation of its airspace by closing the border."),
    ("CONSULT", "France invited Algeria to reopen its airspace."),
]


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


def test_a_judged_act_accuses_its_doer(pipeline):
    _, sources, targets = event_parties(
        pipeline("Quito considers the arrest of its fishermen by Peru unlawful."), "ACCUSE")
    assert sources == ["Ecuador"], (sources, targets)


def test_an_invitation_is_an_offered_consultation(pipeline):
    doc = pipeline("The President of Kenya invited the President of Ghana to visit Nairobi.")
    ev = [e for e in doc.events if e.type == "CONSULT"]
    assert ev and not [e for e in doc.events if e.type == "AGREE"], event_cues(doc)
