"""Events of issue 16's twenty-second round: lexicon and object lists (docs/events.md, "Round 22:
lexicon and object lists"). A probe table of short wire and diplomatic sentences in genres the
development set lacks (prisoner swaps, tanker seizures, disputed elections, phone-call readouts,
diplomat expulsions, outbreaks and border closures, naval exercises, alliance ministerials), with the
type a coder would give it; the forms the blind rounds 23 and 24 missed (soft requests, thanks said by
an adjective, recalls of agents, suspensions, refusals of rulings, crossings into a territory, orders
out of a zone) and their neighbours per PLOVER type; and sentences where the same words are no event.
Texts written for this project."""

from __future__ import annotations


from conftest import event_cues, event_parties, probe_tests

# (expected type, or types separated by "|" where the codebook allows either; sentence): found
PROBES: list[tuple[str, str]] = [
    ("REQUEST", "Washington expected all parties to respect the ceasefire in the strait."),
    ("REQUEST", "Beijing hoped the two countries would settle their dispute through dialogue."),
    ("REQUEST", "We expect him to be freed without delay."),
    ("REQUEST", "Ottawa expects the Iranian authorities to release the crew of the tanker."),
    ("REQUEST", "The European Union expects the electoral commission to publish the results by polling station."),
    ("REQUEST", "London hopes that Tehran will release the vessel and its crew."),
    ("REQUEST", "Seoul hoped Pyongyang would return to the negotiating table."),
    ("REQUEST", "Norway expects the Venezuelan government to honour the agreement on the prisoner exchange."),
    ("REQUEST", "We count on the Greek authorities to hand over the seized cargo."),
    ("REQUEST", "The State Department said it expected Caracas to free the detained Americans."),
    ("REQUEST", "Kenya hopes Uganda will reopen the border crossing at Busia."),
    ("REQUEST", "Paris expects Algiers to take back its nationals under the readmission agreement."),
    ("REQUEST", "Germany asked Russia to include the journalist in the prisoner swap."),
    ("REQUEST", "The WHO urged Malawi to reopen its border with Mozambique."),
    ("REQUEST", "Panama requested the extradition of the tanker's owner from Greece."),
    ("SUPPORT", "The Philippine Government is deeply grateful to the Government of Tunisia for its help."),
    ("SUPPORT", "Lithuania is grateful to Latvia for looking after its consular interests in Minsk."),
    ("SUPPORT", "Kyiv is indebted to Poland for its steadfast support."),
    ("SUPPORT", "Nepal remains thankful to India for the vaccines."),
    ("SUPPORT", "The Ministry is most grateful to the Sultanate of Oman for its mediation."),
    ("SUPPORT", "Canada is thankful to Turkey for the safe return of its citizens."),
    ("SUPPORT", "Mozambique expressed its appreciation to South Africa for the medical teams."),
    ("SUPPORT", "Washington thanked Oman for its role in the prisoner swap."),
    ("SUPPORT", "The government voiced its gratitude to the Norwegian navy."),
    ("SUPPORT", "Ghana congratulated the President-elect of Malawi on his victory."),
    ("SUPPORT", "The European Union recognised the result of the election in Moldova."),
    ("SUPPORT", "Brussels welcomed the peaceful conduct of the vote in Senegal."),
    ("SUPPORT", "Estonia praised Finland for its swift response to the cable damage."),
    ("SUPPORT", "Vilnius reaffirmed its full solidarity with Warsaw."),
    ("SUPPORT", "The alliance ministers reiterated their support for Ukraine's sovereignty."),
    ("SANCTION", "Tanzania recalls its agent at the court."),
    ("SANCTION", "Dodoma had recalled its agent to the International Court of Justice."),
    ("SANCTION", "Seoul recalled its representative to the talks."),
    ("SANCTION", "Norway recalled its chargé d'affaires from Caracas."),
    ("SANCTION", "Peru recalled its negotiators from the border talks."),
    ("SANCTION", "Serbia recalled its delegation from the conference in Vienna."),
    ("SANCTION", "Manila said the deployment of new workers to Libya is suspended."),
    ("SANCTION", "The Philippines suspended the deployment of workers to Kuwait."),
    ("SANCTION", "Flights to Minsk are suspended until further notice."),
    ("SANCTION", "Lithuania suspended flights to Belarus."),
    ("SANCTION", "Rwanda suspended cooperation with Belgium."),
    ("SANCTION", "Cooperation with the Malian junta has been suspended by the bloc."),
    ("SANCTION", "The Commonwealth suspended the membership of Fiji."),
    ("SANCTION", "Washington suspended military aid to Niger."),
    ("SANCTION", "Moldova expelled three Russian diplomats."),
    ("SANCTION", "Estonia declared a Russian diplomat persona non grata."),
    ("SANCTION|COERCE", "Vilnius ordered the closure of the Belarusian consulate in Klaipeda."),
    ("SANCTION|COERCE", "Malawi closed its border with Zambia after the cholera outbreak."),
    ("SANCTION", "China banned imports of seafood from Japan."),
    ("SANCTION", "Peru downgraded its relations with Mexico."),
    ("SANCTION", "The exchange of visits was suspended by Moscow."),
    ("REJECT", "Tanzania did not accept the judgment of the court."),
    ("REJECT", "The opposition refused to recognise the result of the election."),
    ("REJECT", "The opposition will not recognise the results announced by the commission."),
    ("REJECT", "Caracas does not accept the ruling of the arbitral tribunal."),
    ("REJECT", "Tehran rejected the British demand to release the tanker."),
    ("REJECT", "Moscow turned down the proposal for a prisoner exchange."),
    ("REJECT", "Beijing declined the invitation to the naval exercise."),
    ("REJECT", "Hungary blocked the alliance's statement on Georgia."),
    ("REJECT", "Algeria denied any involvement in the seizure of the vessel."),
    ("ACCUSE", "The court had 'ignored history', the foreign minister said."),
    ("ACCUSE", "Lima said the court had ignored the evidence."),
    ("ACCUSE", "Ukraine said the seizure was an act of piracy."),
    ("ACCUSE", "London condemned the seizure of the tanker in the strait."),
    ("ACCUSE", "Vilnius accused Minsk of staging the incident."),
    ("ACCUSE", "Beijing denounced the naval exercise as a provocation."),
    ("ACCUSE", "The opposition alleged massive fraud in the count."),
    ("ACCUSE", "Lithuania summoned the Belarusian chargé d'affaires."),
    ("ACCUSE", "Manila lodged a diplomatic protest with Beijing."),
    ("ACCUSE|COERCE", "Vietnam said the Chinese vessels had violated its sovereignty."),
    ("ACCUSE", "Riga blamed Moscow for the jamming of GPS signals."),
    ("THREATEN", "Iran warned that ships of the coalition should not expect to pass freely."),
    ("THREATEN", "Beijing warned Manila of consequences if the patrols continue."),
    ("THREATEN", "Minsk threatened to close the last border crossing."),
    ("THREATEN", "Moscow threatened retaliation for the expulsion of its diplomats."),
    ("THREATEN", "Tehran warned that it would seize more tankers."),
    ("THREATEN", "The junta gave the French ambassador 48 hours to leave."),
    ("THREATEN", "Washington warned of sanctions against those who rig the vote."),
    ("THREATEN", "Pyongyang vowed a merciless response to the naval drills."),
    ("THREATEN", "The rebels threatened to kill the hostages."),
    ("COERCE", "A navy patrol boat had ordered two fishing vessels out of the zone."),
    ("COERCE", "Iranian commandos seized the tanker in the Strait of Hormuz."),
    ("COERCE", "The coast guard ordered the trawler out of its waters."),
    ("COERCE", "The revolutionary guards detained the crew of the vessel."),
    ("COERCE", "The police arrested the opposition candidate at his home."),
    ("COERCE", "The authorities shut down the internet on election day."),
    ("COERCE|ASSAULT|MOBILIZE", "Special forces crossed into Mali to free the hostages."),
    ("COERCE", "Belarus deported two Lithuanian journalists."),
    ("COERCE", "Chinese ships blockaded the shoal."),
    ("COERCE|ASSAULT|MOBILIZE", "Venezuelan troops crossed into Guyana."),
    ("COERCE", "The navy boarded the tanker and diverted it to Bandar Abbas."),
    ("COERCE", "The ministry ordered the journalists out of the country."),
    ("ASSAULT", "Russian soldiers crossed into Estonian territory and fired on a border post."),
    ("ASSAULT", "Drones struck the tanker off the coast of Yemen."),
    ("ASSAULT", "Gunmen attacked a polling station in the north."),
    ("ASSAULT", "The militia shelled the border town overnight."),
    ("ASSAULT", "Pirates hijacked a bulk carrier off Somalia."),
    ("ASSAULT", "A missile hit a merchant ship in the Red Sea."),
    ("ASSAULT", "Security forces opened fire on protesters in Lilongwe."),
    ("ASSAULT", "Kidnappers abducted two aid workers near the border."),
    ("ASSAULT", "The armed group ambushed a patrol of peacekeepers."),
    ("ASSAULT", "Unknown assailants killed an election official."),
    ("MOBILIZE", "The navy put two frigates on standby in the strait."),
    ("MOBILIZE", "Britain sent a frigate to the Gulf."),
    ("MOBILIZE", "The army placed its units on high alert along the border."),
    ("MOBILIZE|COOPERATE", "China and Russia held joint naval exercises in the Sea of Japan."),
    ("MOBILIZE", "Poland deployed troops to the Belarusian border."),
    ("MOBILIZE", "The alliance will station a brigade in Lithuania."),
    ("MOBILIZE", "Iran test-fired a missile during the drills."),
    ("MOBILIZE", "Japan dispatched a destroyer to escort merchant ships."),
    ("AID", "Indonesia will offer ten scholarships to Kosovar students."),
    ("AID", "Japan will provide vaccines to Malawi."),
    ("AID", "The World Bank approved a loan of $200 million for Malawi."),
    ("AID", "China donated cholera kits to Zambia."),
    ("AID", "The United States airlifted medical supplies to the region."),
    ("AID", "Germany granted 30 scholarships to students from Namibia."),
    ("AID", "The Red Cross delivered food to the stranded sailors."),
    ("AID", "Oman provided a plane to fly the freed prisoners home."),
    ("AID", "The Netherlands pledged 10 million euros for the outbreak response."),
    ("CONSULT", "Pretoria would send an envoy to Dodoma and Maputo."),
    ("CONSULT", "Trudeau spoke by phone with Li Qiang on Tuesday."),
    ("CONSULT", "The alliance ministers met in Brussels on Thursday."),
    ("CONSULT", "Oman hosted talks between Iran and Britain."),
    ("CONSULT", "The Lithuanian foreign minister travelled to Riga for consultations."),
    ("CONSULT", "Blinken called his Qatari counterpart to discuss the swap."),
    ("CONSULT", "Minsk dispatched a special envoy to Vilnius."),
    ("CONSULT", "The Malawian president will visit Lusaka next week."),
    ("AGREE", "Iran and the United States agreed to exchange five prisoners each."),
    ("AGREE", "Venezuela and the United States reached a deal on a prisoner swap."),
    ("AGREE", "Malawi and Mozambique agreed to reopen the border."),
    ("AGREE", "Iran pledged to release the crew within days."),
    ("AGREE", "Canada and China agreed to resume regular consultations."),
    ("AGREE", "Latvia has agreed to look after Lithuania's consular interests in Minsk."),
    ("COOPERATE", "Greece and Cyprus held a joint naval exercise off Crete."),
    ("COOPERATE|CONSULT", "Oman mediated the exchange of prisoners between Iran and the United States."),
    ("COOPERATE", "Malawi and Zambia shared data on the cholera outbreak."),
    ("COOPERATE", "The two navies conducted joint patrols in the strait."),
    ("COOPERATE", "Latvia will represent Lithuania's interests in Belarus."),
    ("COOPERATE", "Estonia and Finland will coordinate their response to the cable incident."),
    ("RETREAT", "Iran and the United States swapped prisoners in Doha."),  # round 23e
    ("COOPERATE", "The Emirates facilitated the prisoner exchange between Russia and Ukraine."),
    ("COOPERATE", "Canada and China will explore cooperation on climate change."),
    ("CONCEDE|RETREAT", "Iran released the British tanker after two months."),
    ("CONCEDE|RETREAT", "Malawi reopened its border with Mozambique."),
    ("CONCEDE", "China lifted its ban on Japanese seafood."),
    ("CONCEDE", "The junta pardoned the jailed journalists."),
    ("CONCEDE|AGREE", "The commission agreed to a recount in three districts."),
    ("CONCEDE", "Minsk allowed the consul to leave the country."),
    ("CONCEDE|RETREAT", "Caracas freed six Americans in the swap."),
    ("CONCEDE", "Kosovo will exempt Indonesian citizens from visa requirements."),
    ("RETREAT", "The Chinese coast guard vessels withdrew from the shoal."),
    ("RETREAT", "The troops pulled back from the border after the talks."),
    ("RETREAT", "The kidnappers released the five hostages."),
    ("RETREAT|SANCTION", "Lithuania withdrew its remaining diplomats from Minsk."),
    ("RETREAT", "The army withdrew from the buffer zone."),
    ("RETREAT", "The rebels handed over their weapons at the camp."),
    ("PROTEST", "Thousands of opposition supporters marched through Lilongwe."),
    ("PROTEST", "Fishermen blocked the port to protest the ban."),
    ("PROTEST", "Supporters of the defeated candidate staged a sit-in outside the commission."),
    ("PROTEST", "Lithuanians demonstrated outside the Belarusian embassy."),
    ("PROTEST", "The families of the crew held a vigil outside the ministry."),
    ("PROTEST", "Dockworkers went on strike in the port of Durban."),
    ("PROTEST", "Opposition lawmakers walked out of the parliament in protest."),
    ("PROTEST", "Students rallied against the result in Blantyre."),
    ("PROTEST", "The opposition boycotted the swearing-in of the president."),
    ("PROTEST", "Hundreds of protesters gathered outside the Chinese embassy in Manila."),
]

# Probes still missed (not asserted; docs/events.md "Round 22" says why)
KNOWN_MISSES: list[tuple[str, str]] = [
    ("REQUEST", "The ministry expects Minsk to reciprocate and to refrain from further expulsions."),
    ("REQUEST", "The African Union expects both candidates to accept the verdict of the court."),
    ("REQUEST", "Japan expressed the hope that China would lift its ban on seafood imports."),
    ("SUPPORT", "We are grateful to Qatar for facilitating the exchange of prisoners."),
    ("SANCTION", "Chile recalled its consul general in La Paz for consultations."),
    ("REJECT", "Dodoma said it was a decision that it cannot recognise."),
    ("REJECT", "Minsk dismissed the note of protest as unfounded."),
    ("REJECT", "The candidate refused to concede defeat."),
    ("ACCUSE", "This was an incursion into our territory."),
    ("ACCUSE", "The ministry criticised Minsk for the expulsion of the consul."),
    ("ACCUSE", "The observers said the election fell short of international standards."),
    ("THREATEN", "Any further crossing will be treated as an act of aggression."),
    ("COERCE", "A court ordered the ship's cargo confiscated."),
    ("COERCE", "The government imposed a curfew in the capital after the vote."),
    ("MOBILIZE|AID", "Malta kept a vessel on standby off the coast."),
    ("MOBILIZE", "The coalition would begin escorting tankers through the strait."),
    ("MOBILIZE", "Greece raised the alert level of its armed forces."),
    ("AID|COOPERATE", "The evacuees crossed under an escort arranged by the IOM."),
    ("AID", "The government opened a land corridor for the evacuees."),
    ("AID", "Turkey sent a field hospital to the border area."),
    ("CONSULT", "The two foreign ministers held a phone call on the tanker seizure."),
    ("CONSULT", "The president received the Chinese ambassador at the palace."),
    ("CONSULT", "The two leaders had a telephone conversation on the election."),
    ("AGREE", "The two countries reaffirm their commitment not to interfere in each other's affairs."),
    ("AGREE", "The candidates signed a pledge to accept the results."),
    ("AGREE", "The ministers agreed to hold the next meeting in Vilnius."),
    ("AGREE|SUPPORT", "The two sides renewed their commitment to the ceasefire."),
    ("AGREE|SUPPORT", "The ministers reiterated their commitment to the defence of every ally."),
    ("COOPERATE", "The allies agreed to pool their air defences."),
    ("CONCEDE", "The incumbent conceded defeat on Sunday."),
    ("CONCEDE", "The government accepted the ruling of the constitutional court."),
    ("RETREAT", "The Venezuelan soldiers returned to their side of the river."),
    ("RETREAT", "The government lifted the curfew in the capital."),
    ("RETREAT", "The fishing vessels left the disputed waters."),
    ("RETREAT", "The army evacuated its positions near the border."),
]

# (type that must NOT be found, sentence): the same words with no event
NEGATIVES: list[tuple[str, str]] = [
    ("SUPPORT", "Farmers are grateful for the rain after the long drought."),
    ("SUPPORT", "The team was thankful for the support of the crowd."),
    ("REQUEST", "It is expected to rain in the capital on Friday."),
    ("REQUEST", "The results are expected to be announced on Monday."),
    ("REQUEST", "Growth is expected to slow next year."),
    ("REQUEST", "The minister hoped for good weather for the ceremony."),
    ("REQUEST", "The tanker is expected to reach Rotterdam on Sunday."),
    ("SANCTION", "The minister recalled that in 2019 the two countries had signed a treaty."),
    ("SANCTION", "The ambassador recalled his time as a student in Vienna."),
    ("SANCTION", "The carmaker recalled 50,000 vehicles over faulty brakes."),
    ("SANCTION", "The match was suspended because of the heavy rain."),
    ("SANCTION", "The striker was suspended for three games."),
    ("COERCE", "The team crossed into the second half with a two-goal lead."),
    ("ASSAULT", "The team crossed into the second half with a two-goal lead."),
    ("MOBILIZE", "The team crossed into the second half with a two-goal lead."),
    ("COERCE", "The river crossed into the neighbouring province."),
    ("ASSAULT", "Migratory birds crossed into Kenya in their thousands."),
    ("COERCE", "Migratory birds crossed into Kenya in their thousands."),
    ("REJECT", "The old building is hard to recognise after the repairs."),
    ("SUPPORT", "Few people recognised the singer in the street."),
    ("ACCUSE", "The tourists ignored the rain and went on with the tour."),
    ("AID", "The bride arrived under an escort of bridesmaids."),
    ("MOBILIZE", "The hospital kept an ambulance on standby for the marathon."),
    ("AID", "The shop will offer ten percent off on Friday."),
    ("AID", "The university offers scholarships every year."),
    ("COERCE", "The chef ordered two pizzas for the guests."),
    ("REQUEST", "The chef ordered two pizzas for the guests."),
    ("THREATEN", "The leftovers will be treated as compost."),
    ("CONSULT", "The shop will send a parcel to Dodoma."),
    ("AGREE", "The students renewed their library cards."),
    ("SANCTION", "The exhibition has been suspended from the ceiling."),
    ("SUPPORT", "The children thanked the clown for the show."),
    ("ACCUSE", "This was an improvement on last year's harvest."),
    ("REJECT", "The jury did not accept late entries for the contest."),
    ("REQUEST", "We expect prices to rise next year."),
    ("REQUEST", "We hope the weather will improve by Sunday."),
    ("SUPPORT", "The company is indebted to its banks."),
    ("COERCE", "The fans crossed into the stadium through the north gate."),
    ("AID", "The university will offer ten places on the course."),
    ("REJECT", "The museum does not accept credit cards."),
    ("COOPERATE", "The lawyer will represent the interests of the family."),
    ("COOPERATE", "The hikers will explore the valley on Sunday."),
]


#: Probes found on the code before this round (main a1ad1ca): 122 of 201.
FOUND_BEFORE = 122


test_probe_sentence_has_its_type, test_same_words_with_no_event = probe_tests(PROBES, NEGATIVES)


def test_the_probe_table_is_broad():
    """At least 150 probes over every PLOVER type, 30 negatives, and more found than before the round."""
    from collections import Counter

    per_type = Counter(t.split("|")[0] for t, _ in PROBES + KNOWN_MISSES)
    assert len(per_type) == 16 and len(PROBES) + len(KNOWN_MISSES) >= 150, per_type
    assert len(NEGATIVES) >= 30
    assert len(PROBES) >= FOUND_BEFORE + 40


def test_thanks_said_by_an_adjective_go_to_the_government_named(pipeline):
    _, sources, targets = event_parties(
        pipeline("The Philippine Government is deeply grateful to the Government of Tunisia for its help."), "SUPPORT")
    assert sources == ["Philippines"] and targets == ["Tunisia"], (sources, targets)


def test_an_expectation_of_a_named_party_is_a_request(pipeline):
    _, sources, targets = event_parties(
        pipeline("Seoul hoped Pyongyang would return to the negotiating table."), "REQUEST")
    assert sources == ["South Korea"] and targets == ["North Korea"], (sources, targets)


def test_an_expectation_inside_a_condition_is_no_request(pipeline):
    doc = pipeline("We must stand by our allies if we expect them to stand by us.")
    assert not [e for e in doc.events if e.type == "REQUEST"], event_cues(doc)


def test_a_judgment_not_accepted_is_rejected(pipeline):
    doc = pipeline("Tanzania did not accept the judgment of the court.")
    assert [e for e in doc.events if e.type == "REJECT"] and not [e for e in doc.events if e.type == "CONCEDE"], \
        event_cues(doc)


def test_a_state_a_government_does_not_recognise_is_no_event(pipeline):
    doc = pipeline("The ministers met all the states of the region except Kosovo, which Serbia does not recognise.")
    assert not [e for e in doc.events if e.type == "REJECT"], event_cues(doc)


def test_a_suspended_deployment_is_a_sanction_not_a_mobilization(pipeline):
    doc = pipeline("Manila said the deployment of new workers to Libya is suspended.")
    assert [e for e in doc.events if e.type == "SANCTION"] and not [e for e in doc.events if e.type == "MOBILIZE"], \
        event_cues(doc)
