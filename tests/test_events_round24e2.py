"""Events of round 24e2: the mode of pledged and undertaken acts, of acts performed by a courtesy
("I wish to thank"), of a request verb coordinated after a demanded infinitive, of a command given
to one's own organ, of a decided sanction, of a past fact agreed on, and of what is not ruled out.
Offers stay "offered", plain demands stay "demanded". Sentences written for this project."""

from __future__ import annotations

import pytest

from conftest import analyse_dated, event_cues, event_mode


MODES = [
    # (text, type, trigger word, mode)
    # a pledge or a promise binds its maker: the act is intended (not offered)
    ("Japan pledged 300 million dollars to rebuild the port of Beira.", "AID", "pledged", "intended"),
    ("Canada promised to send two hospital ships to Haiti.", "MOBILIZE", "send", "intended"),
    ("The Gulf donors pledged to fund the reconstruction of schools in Gaza.", "AID", "fund", "intended"),
    # an offer stays offered
    ("Brazil offered to host talks between the two sides.", "CONSULT", "host", "offered"),
    # "undertake to": a commitment
    ("The rebels undertook to release all the hostages they hold in the north.", "RETREAT", "release", "intended"),
    ("The militia undertook to withdraw its fighters from the three towns by June.", "RETREAT", "withdraw",
     "intended"),
    # a courtesy formula performs the speech act, and what it reports is not wished for
    ("I wish to thank the Government of Norway for its generous support.", "SUPPORT", "thank", "asserted"),
    ("We wish to inform the public that last night militants attacked a police station in Garissa.", "ASSAULT",
     "attacked", "asserted"),
    ("Kenya wants to expel the Somali ambassador.", "SANCTION", "expel", "intended"),
    # a finite request verb after a demanded infinitive is the speaker's own request
    ("He asked donors to fund shelters and called on the Security Council to meet.", "REQUEST", "called",
     "asserted"),
    ("Foreign Minister Amina Diallo of Niger urged Chad to open the crossing and asked Sudan to release the convoy.", "REQUEST", "asked",
     "asserted"),
    ("He asked donors to fund shelters and called on the Security Council to meet.", "AID", "fund", "demanded"),
    # a command to one's own organ is carried out; a demand of another state is not
    ("I have ordered the Chief of the General Staff to deploy two battalions to the border with Sudan.",
     "MOBILIZE", "deploy", "asserted"),
    ("The president ordered the chief of police to arrest the smugglers who attacked the Togolese patrol.",
     "COERCE", "arrest", "asserted"),
    ("The president instructed the security services to arrest the smugglers who attacked the Togolese patrol.",
     "COERCE", "arrest", "demanded"),
    ("The Security Council urged Rwanda to withdraw its troops from Congo.", "RETREAT", "withdraw", "demanded"),
]


@pytest.mark.parametrize("text,type_,trigger,mode", MODES)
def test_mode(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert event_mode(doc, type_, trigger) == mode, event_cues(doc)


DECIDED = [
    # (text, type, trigger word, mode): a measure decided is imposed; one to be decided is not
    ("The summit decides to suspend Guinea from all the activities of the Community.", "SANCTION", "suspend",
     "asserted"),
    ("The European Union agreed on Monday to ban Belarusian airlines from its airspace.", "SANCTION", "ban",
     "asserted"),
    ("The Government of Latvia has decided to expel two Russian diplomats.", "SANCTION", "expel", "asserted"),
    ("Latvia will decide to expel two Russian diplomats.", "SANCTION", "expel",
     "intended"),
]


@pytest.mark.parametrize("text,type_,trigger,mode", DECIDED)
def test_decided_measure(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert event_mode(doc, type_, trigger) == mode, event_cues(doc)


def test_not_ruled_out(pipeline):
    """"has not ruled out expelling ...": no refusal, and the expulsion is only possible."""
    doc = analyse_dated(pipeline, "Riga has not ruled out expelling Belarusian diplomats if the negotiations collapse, "
                             "a spokesman said.")
    assert event_mode(doc, "SANCTION", "expel") == "hypothetical", event_cues(doc)
    assert not [e for e in doc.events if e.type == "REJECT"], event_cues(doc)
    doc = analyse_dated(pipeline, "The two presidents did not rule out sending engineers to the mission in Congo.")
    assert not [e for e in doc.events if e.type == "REJECT" or e.mode == "negated"], event_cues(doc)


def test_ruled_out_stays_a_refusal(pipeline):
    doc = analyse_dated(pipeline, "Kenya ruled out sending troops to Haiti.")
    assert event_mode(doc, "REJECT", "ruled") == "asserted", event_cues(doc)


AGREED = [
    # (text, type, trigger word, mode): a past fact agreed on happened; an agreed plan is intended
    ("The allies agreed that the attack was carried out by a unit of the Russian army.", "ASSAULT", "attack",
     "asserted"),
    ("The ministers agreed that the two navies will hold joint patrols next year.", "COOPERATE", "patrols",
     "intended"),
    ("The two leaders agreed that Sudan had shelled the refugee camp near the border.", "ASSAULT", "shelled",
     "asserted"),
]


@pytest.mark.parametrize("text,type_,trigger,mode", AGREED)
def test_agreed_fact(pipeline, text, type_, trigger, mode):
    doc = analyse_dated(pipeline, text)
    assert event_mode(doc, type_, trigger) == mode, event_cues(doc)


INVITED = [
    # (text, number of CONSULT events): an invitation to meet is one offered CONSULT, on "invite"
    ("President Ruto invited President Museveni to pay a state visit to Kenya next year.", 1),
    ("The Prime Minister of Fiji invited the King of Tonga to make an official visit to Suva in 2027.", 1),
    ("Norway invited Colombia and the rebels to hold talks in Oslo.", 1),
]


@pytest.mark.parametrize("text,n", INVITED)
def test_invited_meeting_once(pipeline, text, n):
    doc = analyse_dated(pipeline, text)
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == n and all(e.mode == "offered" for e in consults), event_cues(doc)


def test_invitation_to_act_is_kept(pipeline):
    doc = analyse_dated(pipeline, "Chile invited Bolivia to reopen its consulate in Santiago.")
    assert [e for e in doc.events if e.type == "AGREE"], event_cues(doc)
