"""Author stance on whole advocacy op-eds (issue 18, first acceptance point): the documents of
tests/data/opeds (op-eds, state-media commentaries, advocacy statements; 380-800 words each,
written for this repository), scored through ``benchmarks/eval_opeds.py``.

The gold (``gold.json``, the sealed documents' in ``sealed_gold.json``: the sign of the author's stance toward each actor the document attacks
or favours) was written before the pipeline ran on the documents. On the development documents
the same person then fixed the stance rules: their floors guard against regressions, they are
not an independent measure. The sealed documents were scored blind once and their per-actor
results are never shown (not even in a failing assertion): their floor is their blind score. A record inside the +-0.2 dead zone, or none, is a miss; an actor the gold
lists as named neutrally should get no firm author stance.
"""

from __future__ import annotations

import pytest

from conftest import benchmark

eval_opeds = benchmark("eval_opeds")

#: Measured (en_core_web_md, fast model): before the round's rules 18/29 = 0.621 (17/29 when
#: "Orbán" was not matched to the gold's "Orban"), 7 of the 14 neutrally named actors with a
#: firm author stance; after 24/29 = 0.828, 1 of 14; round 9 (doer nouns, demonstratives,
#: "example of") 27/29 = 0.931, 1 of 14. Three op-eds added blind (oped-09..11): 6/15 on them
#: before any change (33/44 = 0.750 on all 11); after the "they" pronouns, sarcastic asides and
#: a leader's share of 0.75: 13/15, 41/44 = 0.932, 1 of 17. Round 11, three more blind (oped-12..14:
#: a rights group's unsigned statement, a nationalist commentary, a sarcastic column): 3/10 blind
#: (4/10 with the gold's name slip for the UN body corrected), 9/10 after the scare-quote, deeds,
#: promise and unsigned-statement rules; all 14: 50/54 = 0.926, 1 of 26. Round 11b, two branches:
#: actors ("Kais Saied" one person, no longer split by the parser): 51/54; stance ("prop up" across
#: its object, help "without conditions", cutting gas or power, a leader named in "the government of
#: X"): 53/54; both merged: 54/54 = 1.000, 1 of 26 (a development number: the blind one is 3/10).
ACCURACY_FLOOR = 0.95
#: No single development document below this share of its attacked and favoured actors (all 14
#: at 1.0 after round 11b).
DOCUMENT_FLOOR = 0.7
#: Round 12 (issue 18): three op-eds written blind (oped-18..20: deeds on victims with a mediator,
#: a regime's enablers, claims then rebuttals; 17 actors), kept out of the two floors above: most
#: of their misses are actors the actors stage does not find. Blind: 7/17, 1 of 6 neutral firm;
#: 8/17, 0 of 6 neutral firm after the rebuttal and sides rules (development 54/54 and sealed 5/13
#: unchanged).
#: Round 13: three more written blind (oped-27..29: a rights advocate against a government's prisons
#: and trials, an economist against a state's trade coercion of a smaller neighbour, a veterans'
#: statement against an armed group and the state that hosted its leaders; 12 actors). Blind: 8/12
#: (attacked 6/9), 5 of 7 neutral firm (two documents not read as opinion: the model alone spoke);
#: after the hypocrisy and help-in-kind rules 9/12 (attacked 7/9), 2 of 7; round 12 went to 11/17
#: (Britain and France "sell the kingdom aircraft and missiles").
#: Round 14: three more written blind (oped-33..35: a former diplomat's measured list of a state's deeds
#: in negotiations, a columnist's sarcasm about a government's summit beside a neighbour's quiet
#: mediation, an aid director against an armed group and the government fighting it, for a UN agency;
#: 8 actors, 5 attacked). Blind: 4/8 (attacked 2/5), 3 of 7 neutral firm; after the omission rule
#: ("did not send its delegation", also one of the judging words of an opinion text): 6/8 (attacked
#: 4/5), 1 of 7; after "earned the trust", ironic formulas with the writer's praise as a sneer and "its"
#: after "we": 8/8 (attacked 5/5), 0 of 7 (developed on them: no longer a blind measure).
#: Round 14b ("to its credit", people harmed with no doer named): round 12 13/17, round 13 10/12 with
#: 3 of 7 neutral firm (the Asian Development Bank, which finances the favoured neighbour's roads, now
#: favoured as its helper: the cap rose from 2 to 3).
#: Round 15: three more written blind (oped-39..41: a former minister's chronology of a neighbour's acts
#: in a water crisis, an exiled journalist on a regime's prisons, its security service, its foreign
#: backer and a silent regional body, for a lawyers' association; an economist against a trade bloc's
#: tariffs, for the one member that dissented; 10 actors, 7 attacked). Blind: 2/10 (attacked 2/7), 3
#: of 5 neutral firm (two actors the actors stage does not make; the economist's piece not read as an
#: opinion text); 4/10 (attacked 3/7) after the inaction rule ("has issued no statement") and "That"
#: for the actor before ("That took courage"); 5/10 (attacked 4/7) after turning down a proposal as an
#: obstruction ("blocked a proposal"; sealed round 11 from 5/13 to 7/13, its blind floor kept); 6/10
#: after a demonstrative on the opening subject noun ("That restraint should be remembered"; sealed
#: round 12 from 7/15 to 8/15); round 13 went to 11/12 with a plan carried out as the planner's act
#: ("which planned some of the deadliest bombings"), 12/12 with forces sent "against" someone as an attack.
#: Round 16: three more written blind (oped-42..44: a state news agency's "our nation" piece against a
#: neighbour's government and a Western alliance through grievances; a labour NGO director against a Gulf
#: monarchy's sportswashing and the football body, for a builders' union; a senator against a rival
#: power's hacking and a domestic company that sold it interception devices, for an allied signals
#: agency; 11 actors, 7 attacked). Blind: 6/11 (attacked 5/7), 1 of 4 neutral firm; 7/11 (attacked 6/7)
#: after the cause of a harm ("Because of the kingdom's sponsorship system, a worker ... can be deported").
#: Round 17: three more written blind (oped-48..50: an advocacy NGO's statement against a state's desert
#: expulsions of migrants, its president and the union that funds its border forces, for a local rights forum;
#: an opposition MP's column against her government's port-backed loan and the foreign bank that lent it, for
#: the Auditor-General; an academic's blog post for a producer country's ore export ban and another that copied
#: it, against the trade bloc that sued; 10 actors, 6 attacked). Blind: 3/10 (attacked 3/6), 1 of 7 neutral firm;
#: after round 16b: 6/10 (attacked 4/6), 1 of 7 neutral firm (a ban on exports no hostile act, "the Union" for the
#: European Union, the Auditor-General and a forum named with a state adjective kept as actors, "her office" for its
#: holder, credit by a counterfactual: "Without its work, this report could not have been written").
#: Round 18: three more written blind (oped-54..56: a meat and dairy workers' union leader against a trade deal, the
#: two states pushing it and the Commission that negotiated it, for the one member state that opposed it; a human-rights
#: lawyer against an extradition to a regime, the state that would carry it out and its asylum office, for the reporter
#: and the human-rights court that stopped it; a retired general on an arms embargo, against both warring sides and the
#: state that supplies one of them, for the panel of experts that documents the flights; 13 actors, 9 attacked).
#: Blind: 6/13 (attacked 5/9), 0 of 8 neutral firm; after round 17: 7/13 ("the panel of experts" found as one actor).
#: Round 19: six written blind (oped-57..62: a regional newspaper's editorial against a neighbour's satellite
#: jamming and its own government's neglect, for a neighbour that acted; a letter signed by a coalition of NGOs
#: against an oil pipeline's operator and the two host governments, for an insurer that declined it; a populist
#: senator's column of rhetorical questions against a trade partner and a domestic opposition party, for a
#: neighbour that answered tariffs with tariffs; a policy analyst's brief that attacks by understatement a junta,
#: the foreign force it hired and that force's state, for a neighbour hosting refugees; a state-media commentary
#: with irony about a rival's "model democracy", its president and the union that funds it, for a jailed governor;
#: a bishop's pastoral letter against an armed coalition, a deporting neighbour and its president, for a state that
#: sent police and a medical charity; 23 actors, 16 attacked, 10 neutral). Blind: 12/23 (attacked 11/16), 2 of 10
#: neutral firm; after round 17 (broader stance evidence, developed on these six) 18/23 (attacked 13/16), 2 of 10.
#: Round 20: three more written blind (oped-66..68: a retired ambassador's reflective column on a trade treaty, against
#: the member state that keeps moving its conditions and its president, for his own country, its partner and that
#: partner's president; a students' federation's statement against a neighbour's closure of a university by decree and
#: its two co-presidents, for the university and its own government, which takes the students in; a business
#: federation's president against a neighbour's overnight export ban and the directorate that issues it, for the
#: supplier state that answered and the central bank; 14 actors, 8 attacked, 5 neutral). Blind: 6/14 (attacked 4/8),
#: 1 of 5 neutral firm; after round 18 (attachment of evidence, developed on these three) 9/14 (attacked 5/7).
#: Round 21: three more written blind in round 19 (oped-72..74: a think-tank analyst weighing a maritime boundary deal,
#: for the partner state, its president, the prime minister who signed and the energy ministry, against the third state
#: that threatens it; religious leaders' appeal on a siege, against the besieging force, an armed movement that keeps a
#: road closed and the army that bombs markets, for a food agency and the neighbour that keeps its border open; a trade
#: unionist against a foreign-owned mine, the ministry that licensed it and the agency that never inspected it, for a
#: rights commission and a city council; 15 actors, 7 attacked, 6 neutral). Blind: 6/15 (attacked 2/7), 1 of 6
#: neutral firm; after round 19 (two rules developed on them) 8/15 (attacked 4/7). Round 19's rules also moved
#: rounds 18, 19 and 20 to 8/13, 20/23 and 10/14.
#: Round 22: three more written blind in round 20 (oped-75..77: a human-rights lawyer against a state that hired a
#: foreign private military company, the company and its home state, for a domestic rights movement and a regional
#: rights commission; a fisheries cooperative against a distant-water fleet's owner, its flag state and the ministry
#: that licenses it, for the coastal enforcement unit; a former minister defending a peace treaty against a hardline
#: party, its leader and the neighbour that funds it, for the prime minister who signed and the constitutional court;
#: 14 actors, 9 attacked, 7 neutral). Blind: 5/14 (attacked 4/9), 1 of 7 neutral firm;
#: 7/14 (attacked 5/9) after round 19b (a duty done or neglected, courts that pass only blame to their state);
#: 11/14 (attacked 8/9) after round 20 (generic descriptions, why-questions, addresses, law enforced).
#: Round 23: three more written blind in round 20 (oped-81..83: a wrestling federation's secretary general on his
#: team's boycott of a championship, against the host state, its sports ministry and the international federation
#: that did not act, for a continental Olympic body and a neighbour's federation; a camp doctor against an armed group
#: blocking medicine, its commander and two donor states cutting aid, for the neighbour that keeps a crossing open and
#: a Red Crescent society; a farmers' federation against a neighbour's rice dumping and the tariff commission that allows
#: it, for the agriculture department and a senate committee; 15 actors, 9 attacked, 8 neutral). Blind: 4/15
#: (attacked 2/9), 3 of 8 neutral firm; 8/15 (attacked 6/9) after round 20's rules (three actors the actors stage
#: now finds: a shared alias read by context, a tariff commission, a ministry split at "and").
#: Round 24: three more written blind (oped-84..86: a journalists' union against a state that jails reporters, its
#: prime minister, its network-security agency and the foreign firm that sold and maintains its interception platform,
#: for the court that freed one reporter and a rights commission; a tanker operators' association against a state's
#: harassment of tankers, its guard corps and the insurer that quit the route, for the navy and the European mission
#: that escort them; a migrants' aid group against a government's pushbacks, its coast guard, the EU border agency that
#: funds it and the Commission that praises it, for a human-rights court and an ombudsman; 17 actors, 11 attacked,
#: 6 neutral). Blind, on round 20's final code: 7/17 (attacked 6/11), 1 of 6 neutral firm; 13/17 (attacked 9/11)
#: after round 21's rules (deeds told without judging words, rulings, demand lists; short names joined).
#: Round 25: three more written blind in round 21 (oped-90..92: a deputy chief medical officer against a neighbour
#: that hid an outbreak and the regional health body that copied its figures, for the doctors who raised the alarm and
#: a neighbour that shared its data; a historian against a state's law rewriting a massacre, the committee that drafted
#: it and a foreign museum that took its money, for the victims' families and the historians who protested; a students'
#: federation against a government's closure of universities, its universities council, the ruling party's youth wing
#: and the foreign foundation that funds it, for the striking teachers and a regional rights commission; 15 actors,
#: 9 attacked, 6 neutral). Blind, on round 20's final code: 5/15 (attacked 4/9), 1 of 6 neutral firm; 7/15 (attacked
#: 4/9) after round 21's rules (one of them, a deed measured against an "as ... should" norm, written on oped-90).
#: Round 26: three more written blind (oped-93..95: a former constitutional judge against a government that packs the
#: constitutional court, its prime minister, the ruling party and its chief whip, for the bar association; an indigenous
#: leader against a logging company, the environment ministry that licensed it and its minister, for the foreign buyer
#: that cancelled its contracts and an ombudsman; a veterans' association against a neighbour's state and inspectorate
#: that pulled down a war memorial and its own government and foreign ministry that stayed silent, for the neighbour's
#: mayor who rebuilt it; 15 actors, 11 attacked, 6 neutral). Blind, on round 21's final code: 3/15 (attacked 3/11), 2 of
#: 6 neutral firm; 13/15 (attacked 9/11) after round 22's rules and learned fallback (developed on them).
#: Round 27: three more written blind in round 22 (oped-99..101: a human-rights lawyer against a state's mass trial of
#: protesters, its justice minister and its security court and a foreign bar federation that gave the minister an award,
#: for the defence lawyers who walked out; a farmers' federation against a neighbour's dam filled in the flood season,
#: its energy minister and the development bank that financed it, for the river-basin authority that published the flow
#: data; a former refugee against a host state's pushbacks at sea, its coast guard that denies them and its maritime
#: minister, for the fishing captain who rescued the survivors; 13 actors, 10 attacked, 5 neutral). Blind, on round
#: 21's final code: 2/13 (attacked 2/10), 2 of 5 neutral firm; 8/13 (attacked 7/10) after round 22's rules and the
#: learned fallback (both read them: in-sample).
#: Round 28: three more written blind (oped-102..104: a nurses' union leader against a government that deported
#: striking foreign nurses, its Home Office, the care-home group that reported them and the recruitment agency that
#: charged them fees, for a regional ombudsman; an election lawyer against a ruling party's redrawing of districts, the
#: electoral commission that approved the maps and the government that gazetted them, for a citizens' observer network
#: and the law society that sued; a former ambassador against a state that jails dual nationals as bargaining chips, its
#: guard corps and his own foreign ministry's quiet diplomacy, for a hostage's daughter and her family campaign; 15 actors,
#: 10 attacked, 6 neutral). Blind, on round 22's final code (the learned fallback trained before they were merged):
#: 7/15 (attacked 6/10), 3 of 6 neutral firm.
#: Round 29: three more written blind in round 23 (oped-108..110: an environmental lawyer against a shipping company
#: that dumped toxic waste off a fishing coast and the flag registry that cleared it without an inquiry, for the fishing
#: cooperative and the young fisherman who filmed it; a historian against a government that bulldozed a minority's
#: cemetery, its municipal works department and a heritage advisory body that stayed silent, for a diaspora association
#: that mapped the graves; a sports journalist against a handball federation that awarded a championship to a state
#: whose stadium builders died unpaid, that state and its sports minister, for a builders' global union; 12 actors,
#: 8 attacked, 7 neutral). Blind, on round 22's final code: 3/12 (attacked 2/8), 1 of 7 neutral firm.
#: Round 30: three more written blind (oped-111..113: a teachers' union leader against a government that closed
#: minority-language school classes, its education ministry and minister and the textbook publisher that printed the new
#: curriculum, for a parents' association; a park ranger against a state that let a foreign timber firm fell beech in a
#: national park, its forest administration and environment minister and the firm itself, for the regional court that
#: suspended the permit; a former trade negotiator against a neighbour that bans her country's farm exports on invented
#: plant-health grounds, its quarantine service and her own agriculture ministry and minister that caved, for the
#: exporters' cooperative; 15 actors, 12 attacked, 6 neutral). Merged after round 23's rules and scored once on its final
#: code: 4/15 (attacked 4/12), 1 of 6 neutral firm. Rounds 27 and 28 rose with round 23's rules (10/13 and 11/15,
#: attacked 9/10 and 10/10): their floors follow.
#: Round 31: three more written blind in round 24 by b3 (oped-117..119: a state-media commentary against a neighbour
#: that lets a foreign oil company and a superpower's military draw a disputed boundary, for the state that offers to
#: host talks; an exiled journalist against a government that strips critics of their nationality, its interior ministry
#: and a bank that closed their accounts, for the host state that took them in and a regional rights commission; a
#: newspaper editorial board against a seabed-mining company, the state that licenses it outside the treaty and the slow
#: treaty authority, for a small state that called for a moratorium and a regional fisheries agency; 14 actors,
#: 9 attacked, 6 neutral). Merged after round 24's rules and scored once on its final code: 6/14 (attacked 6/9), 0 of
#: 6 neutral firm. Rounds 29 and 30 rose with round 24's rules (7/12 and 13/15, attacked 6/8 and 11/12): their floors
#: follow.
#: Round 32: three more written blind in round 25 by b3 (oped-123..125: a port chaplain against a shipowner that abandoned
#: its crew, the flag state that rents its flag and the insurer that disowned its certificate, for the transport workers'
#: federation and a dockers' union; a state-media commentary against a junta whose drone crossed the border, the foreign
#: force that guides its drones and the alliance that recalled its ambassadors in lockstep, for the author's own state's
#: restraint and a neighbour hosting refugees; a border-city mayor against a state that removed river border buoys, its
#: border service and her own finance ministry, for her country's border guard and the EU border agency; 15 actors,
#: 9 attacked, 6 neutral). Merged after round 25's rules and scored once on its final code: 3/15 (attacked 2/9; three
#: attacked actors not found, one favoured actor's helpful deed for the writer's side read against a state), 0 of 6
#: neutral firm. Round 31 rose with round 25's rules (14/14, attacked 9/9): its floor follows.
#: Round 33: three more written blind in round 26 by the lead (oped-129..131: a state news agency's commentary against
#: a neighbour that answers a landlocked state's request for talks on sea access with artillery, a river state that
#: arms it and a regional league's one-sided statement, for the port neighbour that cut tariffs and the state that
#: offered to host talks; an exiled journalist against a government whose prisons cut prisoners' letters, its security
#: committee and a bloc member that vetoes sanctions, for the host state that took exiles in and refused an extradition
#: and a rights centre that keeps the prisoners' list; a newspaper editorial board against both sides of a civil war
#: that block food convoys and a state that arms one of them, for the food agency that keeps convoys moving and the
#: poor neighbour that keeps its border open; 15 actors, 9 attacked, 6 neutral). Merged after round 26's rules and
#: scored once on its final code: 9/15 (attacked 7/9), 2 of 6 neutral firm. Round 32 rose with round 26's rules
#: (10/15, attacked 5/9): its floor follows.
#: Round 34: three more written blind in round 27 by b3 (oped-135..137: a museum curator against the museum that holds
#: her city's looted bronzes, the government that will not change the law that binds it and an auction house described
#: only by its sales, for the state that handed its collection back and a museum mentioned once; a marine biologist
#: against two fishing-commission members that block a marine reserve, one of them described only by its fleet and its
#: requests for "more study", for the two neighbours that drafted the reserve; a citizens' election monitor against an
#: electoral commission that will not publish its figures, the government known only by its raids and suspensions and an
#: observer mission that called the vote orderly, for the observer group that asked for the tally sheets and a lawyers'
#: group mentioned once; 14 actors, 8 attacked, 6 neutral). Merged after round 27's rules and scored once on its final
#: code: 9/14 (attacked 7/8, favoured 2/6), 1 of 6 neutral firm. Rounds 32 and 33 rose with round 27's rules (12/15 and
#: 14/15): their floors follow.
#: Round 35: three more written blind in round 28 by b3 (oped-141..143: a reindeer-herding district's chair against a
#: government that ignores its supreme court's ruling on a wind farm on herding land, its energy ministry and the operator
#: described only by its roads, quarry and conditional payment, for the supreme court praised by contrast; a former climate
#: negotiator against an oil producer described only by its requests in the talks and the bank that hosts a loss and
#: damage fund and charges fees, for a small island state praised by contrast and a donor mentioned once; a lawyer for
#: exiles against a government that uses red notices, a neighbour that hands exiles back and the police organisation that
#: publishes the notices, for that organisation's own files commission and a state mentioned once that refused an
#: extradition; 13 actors, 8 attacked, 6 neutral). Merged after round 28's rules and scored once on its final code: 6/13
#: (attacked 4/8, favoured 2/5), 3 of 6 neutral firm: the weakest blind op-ed round in a while.
#: Round 36: three more written blind in round 29 by b3 (oped-147..149: a marine biologist against a mining company
#: named once and then described only by its test dive, its permit application and its hires, and the state that granted
#: it a permit outside the seabed treaty, for the seabed authority praised by contrast with them and a small island state
#: that called for a moratorium; a rural nurse against a chemical company that exports a pesticide banned at home, the
#: bloc's executive that dropped its promised export ban and her own agriculture ministry, for the state that banned such
#: exports and a prosecutor's office mentioned once; a newspaper editorial board against a neighbour's government that
#: spied on exiled journalists' phones, the spyware company and the state that licenses its exports, for the small
#: forensics lab that found the intrusion and the paper's own cyber-security authority mentioned once; 14 actors,
#: 8 attacked, 6 neutral). Merged after round 29's rules and scored once on its final code: 8/14 (attacked 5/8,
#: favoured 3/6), 2 of 6 neutral firm.
#: Round 37: three more written blind in round 30 by b3 (oped-153..155: a state-owned newspaper's commentary against a
#: holdout fund known mostly by its deeds (bonds bought cheap, a lawsuit, seizures sought, lobbyists hired) and a rating
#: agency that waits on its lawsuit, for the creditor-committee chair praised by contrast and a neighbour mentioned once;
#: a paediatric lung specialist against a drug company that prices a tuberculosis cure beyond reach, her own patent office
#: that has not decided a licence in fourteen months and a foreign trade office described only by its watch list, its
#: meeting and a postponed hearing, for a neighbour that granted such a licence and a patients' group mentioned once; a
#: former senator against the state that left nuclear waste under a dome and its energy department described only by its
#: sampling trips, its report and its refusals, for a claims tribunal that was never paid and the author's own nuclear commission
#: praised by contrast in one sentence; 13 actors: 7 attacked, 6 favoured; 6 neutral). Scored once, blind, on round 30's
#: final code: 3/13 (attacked 2/7, favoured 1/6), 1 of 6 neutral firm; on the round's start code 4/13 (favoured 2/6).
#: Round 31's check set: 4/13 after its rules (attacked 3/7); its floor follows.
#: Round 38: three more written blind in round 31 by b3 (oped-159..161: a historian against a former colonial power that
#: keeps a rising's military files shut and its defence archive service described by its deeds (boxes withdrawn, requests
#: refused, the list of reclassified boxes itself classified, fees), for a state praised by contrast that opened its army's
#: archives and apologised and a national academy mentioned once; a garment workers' union leader against a foreign
#: clothing brand named once and then known by its cancelled order, its cheaper order elsewhere and its silence, and an
#: export-zones authority that bars unions, for a state mentioned once that made companies liable for their supply chains;
#: a grain cooperative's chair against a neighbour whose temporary import ban became permanent and a border blockade group
#: known by its deeds (grain tipped on the road, tarpaulins slashed, drivers' plates posted), for a bloc's executive
#: praised by contrast and a neighbour mentioned once that kept its roads open; 11 actors: 6 attacked, 5 favoured;
#: 6 neutral). Scored once, blind, on round 31's final code: 7/11 (attacked 6/6, favoured 1/5), 1 of 6 neutral firm.
#: Round 39: three more written blind in round 32 by b3 (oped-165..167: an Inuit hunter against an iron mine's
#: company known by its deeds (shipments doubled, icebreakers in the spring, monitoring reports late or missing, data
#: withheld) and a federal transport department named once and then known by its letter, its unchecked speed limit and
#: its "under review", for an impact review board praised in ordinary words and a neighbouring Arctic nation praised by
#: contrast, with the steel mills' country excused in so many words; an exiled journalist against a neighbour's
#: government that asks for its critics back and the host state whose immigration bureau hands them over at the border
#: (the home government's thanks for its "brotherly cooperation" quoted), for a third state's court that refused such a
#: request and a lawyers' group praised for its work; a newspaper's editorial against a mining company known by its
#: deeds and a provincial government that treats them as paperwork, for a supreme court mentioned once and a glacier
#: institute praised in ordinary words; 13 actors: 7 attacked, 6 favoured; 6 neutral). Scored once on round 32's
#: final code: 5/13 (attacked 2/7, favoured 3/6), 2 of 6 neutral firm.
#: Round 40: three more written blind in round 33 by b3 (oped-171..173: a winemaker against a neighbour's consumer
#: watchdog named once and then known by its deeds (samples with no laboratory named, permits suspended overnight,
#: lorries sent back, results kept "for internal use") and the state behind it called by its seat of power, for her
#: own country's wine agency praised in ordinary words and a state that kept its orders praised by contrast, with a
#: transit state and a trade body left neutral; a pharmacist against an importer known by its deeds (deliveries slowed,
#: lorries parked, a gate kept shut) and a health ministry named once and then known by its approvals and silences,
#: for a pharmacists' order praised for its work and a neighbour praised by contrast, with a health agency and the
#: maker's state excused in so many words; a newspaper's editorial against an agribusiness investor known by its
#: fences, impounded cattle and bulldozed villages, the county government that signed its lease and an irrigation
#: authority named once, for a court mentioned once and a neighbour praised by contrast, with the investor's state
#: excused and a development bank left neutral; 13 actors: 7 attacked, 6 favoured; 6 neutral). Scored once on round 33's
#: final code: 5/13 (attacked 4/7, favoured 1/6), 2 of 6 neutral firm.
#: Round 41: three more written blind in round 34 by b3 (oped-177..179: a farmer whose son works abroad against a
#: recruitment agency named once and then known by its deeds (a receipt forty-two times short, a contract in languages
#: he cannot read), the glove maker that keeps his passport and cut his overtime, and her own country's employment
#: department known by its stamps, approvals and closed doors, for a distant state's government scheme praised by
#: contrast and called by its capital, and a migrants' legal aid centre praised in ordinary words, with the host state
#: and a labour body left neutral; a newspaper's editorial against a fishing company known by its transshipments and
#: confined observers and the fisheries ministry that renews its licences, for a neighbour praised by contrast and a
#: regional fisheries agency praised for its work, with a patrol-boat donor and the largest buyer left neutral; an
#: astronomer against a hydrogen consortium known by its plans and answers and an environmental agency known by its
#: record, for a state praised by contrast and called by its capital and a municipality praised in ordinary words, with
#: the fuel's buyer and a lender's state excused in so many words; 13 actors: 7 attacked,
#: 6 favoured; 6 neutral); scored once on round 34's final code: 2/13 (attacked 1/7, favoured 1/6), 0 of 6 neutral firm.
#: Round 42: three more written blind in round 35 by b3 (oped-183..185: a nurse recruited abroad against an agency's
#: debt clauses and the visa rules that tie her to it, an archaeologist against a pipeline route by an ancient site, a
#: mussel farmer against a salmon-farm permit; 16 actors, 10 attacked, 6 favoured; 6 neutral); scored on round 35's
#: start and final code, the same: 8/16 (attacked 7/10, favoured 1/6), 2 of 6 neutral firm.
#: Per round: (document name prefixes, right at least, neutral actors with a firm stance at most).
OPEN_ROUNDS = {"round 12": (("oped-18", "oped-19", "oped-20"), 13, 0),
               "round 13": (("oped-27", "oped-28", "oped-29"), 12, 3),
               "round 14": (("oped-33", "oped-34", "oped-35"), 7, 1),
               "round 15": (("oped-39", "oped-40", "oped-41"), 8, 3),
               "round 16": (("oped-42", "oped-43", "oped-44"), 7, 1),
               "round 17": (("oped-48", "oped-49", "oped-50"), 6, 1),
               "round 18": (("oped-54", "oped-55", "oped-56"), 8, 0),
               "round 19": (("oped-57", "oped-58", "oped-59", "oped-60", "oped-61", "oped-62"), 20, 2),
               "round 20": (("oped-66", "oped-67", "oped-68"), 10, 1),
               "round 21": (("oped-72", "oped-73", "oped-74"), 8, 1),
               "round 22": (("oped-75", "oped-76", "oped-77"), 11, 1),
               "round 23": (("oped-81", "oped-82", "oped-83"), 8, 3),
               "round 24": (("oped-84", "oped-85", "oped-86"), 14, 1),
               "round 25": (("oped-90", "oped-91", "oped-92"), 11, 1),
               "round 26": (("oped-93", "oped-94", "oped-95"), 12, 2),
               "round 27": (("oped-99", "oped-100", "oped-101"), 9, 2),
               "round 28": (("oped-102", "oped-103", "oped-104"), 10, 3),
               "round 29": (("oped-108", "oped-109", "oped-110"), 7, 1),
               "round 30": (("oped-111", "oped-112", "oped-113"), 12, 1),
               "round 31": (("oped-117", "oped-118", "oped-119"), 13, 1),
               "round 32": (("oped-123", "oped-124", "oped-125"), 12, 1),
               "round 33": (("oped-129", "oped-130", "oped-131"), 14, 1),
               "round 34": (("oped-135", "oped-136", "oped-137"), 9, 1),
               "round 35": (("oped-141", "oped-142", "oped-143"), 6, 3),
               "round 36": (("oped-147", "oped-148", "oped-149"), 8, 2),
               "round 37": (("oped-153", "oped-154", "oped-155"), 4, 1),
               "round 38": (("oped-159", "oped-160", "oped-161"), 7, 1),
               "round 39": (("oped-165", "oped-166", "oped-167"), 5, 2),
               "round 40": (("oped-171", "oped-172", "oped-173"), 5, 2),
               "round 41": (("oped-177", "oped-178", "oped-179"), 2, 1),
               "round 42": (("oped-183", "oped-184", "oped-185"), 8, 2)}
def _prefixes(names) -> tuple:
    """Document-name prefixes of op-ed ids ("oped-18" -> "oped-18_": not oped-180..189)."""
    return tuple(f"{name}_" for name in names)


OPEN = _prefixes(name for names, _, _ in OPEN_ROUNDS.values() for name in names)
#: Neutrally named actors of the development documents that may get a firm author stance, at most.
NEUTRAL_WITH_STANCE_MAX = 2
#: Sealed documents (oped-15..17: a think-tank commentary, a state-media editorial, an exile's
#: op-ed), scored blind once after round 11b: 5/13 = 0.385 right, 2 of 6 neutral actors firm.
#: Round 12 (oped-21..23: a state-media commentary, a diaspora advocate against a junta and its
#: backers, a columnist against an alliance's summit), scored blind before that round's changes:
#: 7/15, 0 of 6 neutral actors firm. Round 13 (oped-24..26: an opposition senator against her own
#: government and a partner it courts, a think-tank list of incidents in a border dispute, a
#: state-media editorial against sanctions), blind: 2/12, 1 of 7 neutral actors firm. Round 14
#: (oped-30..32: a diaspora activist against a junta and the neighbour that arms it, a retired
#: general on a free-riding ally, an unsigned editorial against a mining company and a minister),
#: blind: 5/11, 1 of 4 neutral actors firm. Round 15 (oped-36..38: a state-media commentary against an
#: alliance and a neighbour, a lawyer against a crackdown and the state that licenses its spyware, an analyst
#: on a disputed count and an outside funder), blind: 4/12 (attacked 3/6), 0 of 1 neutral actor firm; after
#: round 15's rules 5/12 (attacked 4/6). Round 16 (oped-45..47: a state news agency's commentary against a
#: neighbour's naval exercises and the coalition behind them, for a mediating neighbour; an exiled journalist
#: against a media law, its ministry and the foreign firm that supplies the filter, for a closed newspaper, written
#: for a press-freedom network; a former ambassador defending a fisheries deal against a senator and a party;
#: 12 actors, 8 attacked, 6 neutral): gold in sealed_gold.json as "sealed": "round 16", its group "sealed round 16";
#: blind, before round 16's rules: 5/12 (attacked 4/8), 2 of 6 neutral actors firm; the same after them. Round 17
#: (oped-51..53: a think-tank analyst against a state's missile programme, its leader and organ and the permanent member
#: that shields it at the UN, for an outside monitoring team; a diaspora activist against a government's crackdown, its
#: security ministry and the foreign mining company whose royalty advance paid for it, for a jailed opposition lawyer; a
#: state-affiliated columnist against a union's sanctions, its foreign-policy chief and one member state named by its
#: capital, for his government and the member that refused): "sealed": "round 17", its group "sealed round 17";
#: 14 actors, 10 attacked, 5 neutral; blind, before round 17's rules: 6/14 (attacked 6/10), 2 of 5 neutral actors
#: firm; after them 6/14 (attacked 6/10), 1 of 5. Round 18 (oped-63..65: an exiled journalist against a government
#: that bought spyware and the state that sold it; a campaigner against an upstream dam and the bank that finances it,
#: for a downstream farmers' union; a nationalist commentator against a neighbour's treatment of a minority and a
#: European body that stays silent, for his own foreign minister): "sealed": "round 18"; 15 actors, 11 attacked, 6
#: neutral; blind, before round 18's rules: 7/15 (attacked 7/11), 1 of 6 neutral actors firm; the same after them.
#: Round 19 (oped-69..71: a veterans' association against a former ally that withdrew early and its general, for
#: the local militia that stayed; a diaspora journalist on transnational repression, against the government, its
#: interior minister and a host state that extradites, for two that refused; a state-media commentary against a rival
#: alliance's exercise, the neighbour hosting it and its patron, for its own president's restraint and its ally):
#: "sealed": "round 19", its group "sealed round 19"; 15 actors, 10 attacked, 5 neutral;
#: blind, before round 19's rules: 8/15 (attacked 7/10), 1 of 5 neutral actors firm; the same after them.
#: Round 20 (oped-78..80: an exile newspaper's editorial against a regime's referendum, its leader, its election
#: commission and the two observer missions that blessed it, for the one body that declined to observe; an energy
#: analyst against a supplier state's gas cut-off, its gas company and the domestic party and leader that lobbied for
#: the pipeline, for a neighbour's LNG terminal; a religious minority's lawyer against a state's demolitions of its
#: places of worship, the police, a movement that petitions for them and two international bodies' silence, for the
#: court that ruled against them): "sealed": "round 20", its group "sealed round 20"; 17 actors, 14 attacked,
#: 6 neutral; blind, before round 20's rules: 4/17 (attacked 3/14), 3 of 6 neutral actors firm; the same after them.
#: Round 21 (oped-87..89: a veteran election observer against a state's disinformation campaign on a neighbour's
#: election, its foreign broadcaster and the video platform that sold it ads, for the neighbour's election commission
#: and its broadcasting regulator; a mineworkers' union leader against a foreign mining company after a collapse, the
#: host ministry that shields it and the government behind it, for the labour inspectorate and a local court; an exiled
#: writer against a state's abductions of exiles, its military intelligence, the host country's police that ignored
#: warnings and a regional community's silence, for a parliamentary committee and a rights commission): "sealed":
#: "round 21", its group "sealed round 21"; 16 actors, 10 attacked, 6 neutral; blind, before round 21's rules: 7/16
#: (attacked 7/10), 3 of 6 neutral actors firm; the same after them.
#: Round 22 (oped-96..98: a fisheries scientist against a distant-water fleet's state that hides its catch data, its
#: fisheries bureau, the fleet's company and a regional fisheries body that keeps raising the quota, for the coastal
#: fishers' cooperatives; a former diplomat against her own government's arms sales to a state bombing a neighbour,
#: its undersecretary and the export-licence office, for the court that suspended a licence; an exiled journalist
#: against a state broadcaster's smear programmes, its presenter, the leader and the foreign satellite operator that
#: carries the channel, for a press-freedom NGO): "sealed": "round 22", its group "sealed round 22"; 16 actors, 13
#: attacked, 6 neutral; blind, before round 22's rules: 3/16 (attacked 3/13), 0 of 6 neutral firm; after them 2/16
#: (attacked 2/13), 1 of 6 neutral firm: round 22's rules and learned fallback did not reach them. Rounds 20 and 21
#: rose with round 22 (10/17, attacked 8/14; 8/16, attacked 8/10): their floors follow.
#: Round 23 (oped-105..107: a miners' union organiser against a foreign mining company that fired strikers and the host
#: state's riot police who broke the picket, for a UN special rapporteur; a public-health doctor against a tobacco
#: multinational's lobbying and a trade ministry of another state that sued over plain packaging, for the WHO's
#: framework secretariat; a former peacekeeper against an army that blocks aid convoys and a UN agency that kept silent,
#: for local volunteer drivers): "sealed": "round 23", its group "sealed round 23"; 14 actors, 9 attacked, 5 neutral;
#: blind, before round 23's rules: 1/14 (attacked 1/9), 2 of 5 neutral firm; after them 3/14 (attacked 3/9), 1 of 5.
#: Round 24 (oped-114..116: a state-media commentary against a European state that opened a consulate in an occupied
#: territory and the occupying state, for the liberation movement and a state that backed it in deeds; a digital-rights
#: NGO director against a government's regional internet shutdown, the state telecom operator and the technology
#: ministry, for the national human rights commission; a think-tank fellow against a power's parades on a treaty
#: archipelago, its state coal company and a self-styled near-Arctic state, for the coast guard and the governor):
#: "sealed": "round 24", its group "sealed round 24"; 13 actors, 8 attacked, 6 neutral; blind, before round 24's
#: rules: 5/13 (attacked 3/8), 0 of 6 neutral firm; the same after them.
#: Round 25 (oped-120..122: a state-media commentary against a neighbour that arms demilitarised islands, its defence
#: minister and a foreign parliament's one-sided resolution, for a state that blocked the resolution and the author's own
#: state's restraint; a press-freedom fund's director against a government that spies on and jails reporters, the
#: spyware vendor and the prosecutor general, for a state that shelters exiled newsrooms and a media-freedom office; a
#: think-tank fellow against a paramilitary force, its foreign patron and the arms-selling penholder at the Security
#: Council, for local volunteer aid networks): "sealed": "round 25", its group "sealed round 25"; blind, before round 25's
#: rules: 8/14 (attacked 7/9), 2 of 6 neutral firm; after them the same.
#: Round 26 (oped-126..128: a state-media commentary against a neighbour's army that fences off border fields, the
#: army and its outspoken regional commander, for the regional chair that brokered a hotline and a state that named
#: observers; an anti-corruption NGO's director against a state that sells passports, its citizenship office and the
#: sales agent, for a commission that suspended visa-free travel and the reporters who exposed the sales; a think-tank
#: fellow against an armed force that shut oil fields, its foreign patron and an interim government, for the national
#: oil company and a UN mission): "sealed": "round 26", its group "sealed round 26"; blind, before round 26's rules:
#: 9/15 (attacked 8/9), 1 of 6 neutral firm; after them the same.
#: Round 27 (oped-132..134: a newspaper editorial against a state that deports its neighbours' people by night, its
#: migration agency and the agency's director, for a legal aid centre at the border and a regional human rights
#: commission; an exiled journalist against his country's government, its presidential security agency and the foreign
#: oil company that pays it, for the state that sheltered him and a press freedom group; a community rights director
#: against a copper miner, the police unit it paid and the mines ministry, for the ombudsman and a state whose wealth
#: fund sold its shares; 15 actors, 9 attacked, 6 favoured, 6 neutral): "sealed": "round 27", its group "sealed round
#: 27"; blind, before round 27's rules: 11/15 (attacked 7/9), 1 of 6 neutral firm; after them 10/15 (attacked 6/9), 0 of
#: 6 neutral firm (round 27's stance rules lost one attacked actor here).
#: Round 28 (oped-138..140: a garment union leader against a foreign fashion chain whose factory burned with its fire
#: exit locked, the industrial police that beat and charged the workers and the labour ministry that filed the
#: inspection reports, for the labour organisation's inspectors and the state where the chain has its seat; a retired
#: diplomat against a neighbour that licensed oil drilling in a disputed lake, the offshore company that holds the
#: licence and the army whose boats seize fishermen's nets, for a neighbour that settled its own boundary and a
#: regional border programme; a diaspora organiser against her former country's government, a hotel company on
#: seized land and a terrorism investigation unit, for her host state and a UN accountability project; 15 actors, 9
#: attacked, 6 favoured, 6 neutral): "sealed": "round 28", its group "sealed round 28"; blind, before round 28's rules:
#: 7/15 (attacked 6/9, favoured 1/6), 1 of 6 neutral firm; after them 8/15 (attacked 6/9, favoured 2/6), 1 of 6.
#: Round 29 (oped-144..146: a newspaper editorial against a government that sent a rescue ship to a distant port,
#: demanded its logbook and impounded it, a neighbour's coast guard that fired beside a dinghy and beat its passengers
#: and a border agency whose plane passed the coordinates to it, for the rescue ship's crew and a state that offered a
#: port; a state broadcaster's commentary against a regional league that demanded a dam's filling stop, a downstream
#: state's leaders and a research institute that published satellite images, for the continental union that hosts the
#: talks and a basin neighbour; a returnee migrant workers' leader against a contractor that withheld wages, the
#: recruitment agency that charged the fees and her own government's department that demanded signed statements, for
#: a state whose labour attaché visited the camps and a volunteer helpdesk; 15 actors, 9 attacked, 6 favoured, 6
#: neutral): "sealed": "round 29", its group "sealed round 29"; blind, before round 29's rules: 8/15 (attacked 6/9,
#: favoured 2/6), 1 of 6 neutral firm; after them the same.
#: Round 30 (oped-150..152: a retired diplomat against an armed movement that holds a ship's crew as hostages, the
#: shipowner that stopped paying the families and a flag state that struck the ship off its registry, for the state
#: whose diplomats mediate quietly and a transport workers' federation that pays the families; a diaspora activist
#: against a government that taxes its citizens abroad, its embassy that withholds documents until they pay and a
#: party youth league that published protesters' photographs, for a state that expelled the official who collected
#: the tax and a UN special rapporteur; a mineworkers' union leader against a mining company, the department that
#: renewed a certificate without an inspection and an employers' lobby that pressed to shorten stoppages, for a
#: neighbouring state that brought its workers home and a legal aid centre; 15 actors, 9 attacked (3 named with
#: judging words, 6 by their deeds or demands), 6 favoured, 6 neutral): "sealed": "round 30", its group "sealed
#: round 30"; blind, before round 30's rules: 6/15 (attacked 3/9, favoured 3/6), 1 of 6 neutral firm; after them the
#: same.
#: Round 31 (oped-156..158: a newspaper editorial, a state broadcaster's commentary and a farmworkers' union leader's
#: column; 15 actors, 9 attacked, 6 favoured, 6 neutral): "sealed": "round 31", its group "sealed round 31"; blind,
#: before round 31's rules: 6/15 (attacked 2/9, favoured 4/6), 2 of 6 neutral firm; after them the same.
#: Round 32 (oped-162..164: a union leader's column, a diaspora activist's op-ed and a retired diplomat's op-ed;
#: 15 actors, 9 attacked, 6 favoured, 6 neutral): "sealed": "round 32", its group "sealed round 32"; blind,
#: before round 32's rules: 6/15 (attacked 3/9, favoured 3/6), 2 of 6 neutral firm; after them the same.
#: Round 33 (oped-168..170: a newspaper editorial, a state broadcaster's commentary and a diaspora activist's op-ed;
#: 15 actors, 9 attacked, 6 favoured, 6 neutral): "sealed": "round 33", its group "sealed round 33"; blind,
#: before round 33's rules: 8/15 (attacked 4/9, favoured 4/6), 1 of 6 neutral firm; after them the same.
#: Round 34 (oped-174..176: a union leader's column, a retired diplomat's op-ed and a newspaper editorial; 15 actors,
#: 9 attacked, 6 favoured, 6 neutral): "sealed": "round 34", its group "sealed round 34"; blind, before round 34's
#: changes: 9/15 (attacked 5/9, favoured 4/6), 1 of 6 neutral firm; after them the same.
#: Round 35 (oped-180..182: a diaspora activist's column, a state broadcaster's commentary and a union leader's
#: letter; 15 actors, 9 attacked, 6 favoured, 6 neutral): "sealed": "round 35", its group "sealed round 35"; blind,
#: before round 35's changes: 7/15 (attacked 5/9, favoured 2/6), 2 of 6 neutral firm.
#: Per round: (right at least, neutral with a firm stance at most).
SEALED_FLOORS = {"round 11": (5, 2), "round 12": (7, 2), "round 13": (2, 2), "round 14": (5, 2), "round 15": (4, 1),
                 "round 16": (5, 2), "round 17": (6, 2), "round 18": (7, 2), "round 19": (8, 2),
                 "round 20": (9, 2), "round 21": (7, 3), "round 22": (2, 2), "round 23": (3, 2),
                 "round 24": (5, 1), "round 25": (8, 2), "round 26": (9, 2),
                 "round 27": (10, 1), "round 28": (8, 1), "round 29": (8, 1), "round 30": (6, 1),
                 "round 31": (6, 2), "round 32": (6, 2), "round 33": (8, 2),
                 "round 34": (8, 2), "round 35": (6, 2)}


@pytest.fixture(scope="module")
def result():
    return eval_opeds.score_opeds()


def _development(result) -> dict:
    return {name: d for name, d in result["documents"].items() if not d["sealed"] and not name.startswith(OPEN)}


@pytest.mark.issue(18)
def test_stance_opeds_sign_accuracy(result):
    docs = _development(result)
    misses = {name: d["misses"] for name, d in docs.items() if d["misses"]}
    assert sum(d["right"] for d in docs.values()) / sum(d["actors"] for d in docs.values()) >= ACCURACY_FLOOR, misses


@pytest.mark.issue(18)
def test_stance_opeds_every_document(result):
    low = {name: d["misses"] for name, d in _development(result).items() if d["accuracy"] < DOCUMENT_FLOOR}
    assert not low


@pytest.mark.issue(18)
@pytest.mark.parametrize("round_", sorted(OPEN_ROUNDS))
def test_stance_opeds_open_round_documents(result, round_):
    names, right, neutral_with_stance = OPEN_ROUNDS[round_]
    docs = [d for name, d in result["documents"].items() if name.startswith(_prefixes(names))]
    assert len(docs) == len(names) and sum(d["right"] for d in docs) >= right, [d["misses"] for d in docs]
    firm = [line for line in result["neutral_with_stance"] if line.startswith(_prefixes(names))]
    assert len(firm) <= neutral_with_stance, firm


@pytest.mark.issue(18)
def test_stance_opeds_neutral_actors_keep_no_position(result):
    firm = [line for line in result["neutral_with_stance"] if not line.startswith(OPEN)]
    assert len(firm) <= NEUTRAL_WITH_STANCE_MAX, firm


@pytest.mark.issue(18)
@pytest.mark.parametrize("round_", sorted(SEALED_FLOORS))
def test_stance_opeds_sealed_documents_keep_their_blind_score(result, round_):
    sealed = result[f"sealed {round_}"]
    right, neutral_with_stance = SEALED_FLOORS[round_]
    assert sealed["documents"] == 3
    assert sealed["right"] >= right, f"{sealed['right']}/{sealed['actors']}"
    assert sealed["neutral_with_stance"] <= neutral_with_stance, sealed["neutral_with_stance"]


@pytest.mark.issue(18)
def test_stance_opeds_sealed_documents_show_no_details(result):
    for d in result["documents"].values():
        if d["sealed"]:
            assert d["misses"] == []
    sealed = tuple(name for name, d in result["documents"].items() if d["sealed"])
    assert len(sealed) >= 6
    assert not any(line.startswith(sealed) for line in result["neutral_with_stance"])


#: Sealed rounds scored as groups of their own: (round, its op-eds, its actors).
SEALED_GROUPS = [
    ("round 21", "oped-87..89", 16),
    ("round 22", "oped-96..98", 16),
    ("round 23", "oped-105..107", 14),
    ("round 24", "oped-114..116", 13),
    ("round 25", "oped-120..122", 14),
    ("round 26", "oped-126..128", 15),
    ("round 27", "oped-132..134", 15),
    ("round 28", "oped-138..140", 15),
    ("round 29", "oped-144..146", 15),
    ("round 30", "oped-150..152", 15),
    ("round 31", "oped-156..158", 15),
    ("round 32", "oped-162..164", 15),
    ("round 33", "oped-168..170", 15),
    ("round 34", "oped-174..176", 15),
    ("round 35", "oped-180..182", 15),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("round_, names, actors", SEALED_GROUPS)
def test_stance_opeds_sealed_round_is_its_own_group(result, round_, names, actors):
    """Each sealed round (its three op-eds) is scored as its own group, with its floor."""
    group = result[f"sealed {round_}"]
    assert group["documents"] == 3 and group["actors"] == actors, (names, group["documents"])
    assert round_ in SEALED_FLOORS


@pytest.mark.issue(18)
def test_stance_opeds_gold_is_large_enough(result):
    assert result["development"]["documents"] >= 14 and result["sealed"]["documents"] >= 6
    assert result["development"]["actors"] >= 54


@pytest.mark.issue(18)
def test_stance_opeds_breakdown_counts_every_actor_and_names_none(result):
    for group in [k for k in result if k == "development" or k.startswith(("open", "sealed"))]:
        g = result[group]
        attacked, favoured = g["attacked_breakdown"], g["favoured_breakdown"]
        assert sum(attacked[k] for k in eval_opeds.OUTCOMES) == g["attacked"], group
        assert sum(favoured[k] for k in eval_opeds.OUTCOMES) == g["actors"] - g["attacked"], group
        for b in (attacked, favoured):
            assert b["with_own_evidence"] <= sum(b[k] for k in eval_opeds.OUTCOMES if k != "not found")
            # families only: an outcome and a kind of evidence, never a cue word or a name
            assert all(k.split(": ")[0] in eval_opeds.OUTCOMES and "'" not in k for k in b["missed_families"]), group


@pytest.mark.issue(18)
def test_stance_opeds_report_without_sealed_names_no_sealed_document_or_group(result):
    """``eval_opeds.py --no-sealed`` (round 27, lead): a rule writer may read the whole printout: no sealed document,
    group, breakdown line or all-op-ed total; the development and open groups are all there."""
    sealed_docs = [name for name, d in result["documents"].items() if d["sealed"]]
    assert sealed_docs
    full = eval_opeds.report(result, errors=True, breakdown=True)
    lines = eval_opeds.report(result, errors=True, breakdown=True, sealed=False)
    assert any("sealed" in line for line in full) and not any("sealed" in line for line in lines)
    assert not any(line.startswith(name) for line in lines for name in sealed_docs)
    assert not any(line.startswith(("op-ed author stance", "attacked actors with")) for line in lines)
    groups = [k for k in result if k == "development" or k.startswith("open")]
    assert all(any(line.startswith(f"{g}: ") for line in lines) for g in groups)
    breakdowns = [line for line in lines if line.startswith(("    attacked:", "    favoured:"))]
    assert len(breakdowns) == 2 * len(groups)


@pytest.mark.issue(18)
def test_stance_opeds_report_with_a_check_set_prints_only_its_totals(result):
    """``eval_opeds.py --no-sealed --check-set "round 34"`` (round 28, lead): the open round a rule writer keeps as a
    check before shipping shows its group totals and nothing of its documents: no document line, miss or firm
    neutral actor; the other open documents still print theirs."""
    checked = [name for name, d in result["documents"].items() if d.get("open") == "round 34"]
    assert len(checked) == 3
    lines = eval_opeds.report(result, errors=True, breakdown=True, sealed=False, check="round 34")
    assert any(line.startswith("open round 34: ") for line in lines)
    assert not any(name in line for line in lines for name in checked)
    other = [name for name, d in result["documents"].items() if d.get("open") == "round 33"]
    assert all(any(line.startswith(name) for line in lines) for name in other)
