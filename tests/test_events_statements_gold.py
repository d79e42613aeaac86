"""Quality gate of the events stage on the document families Wikinews lacks: the documents
of tests/data/statements (ministry, alliance and AU statements, op-eds, wire reports quoting
statements), written for this repository with invented content and gold in the Wikinews
schema (issue 16), scored through ``benchmarks/eval_events.py --statements`` with the
Wikinews folder's own ``score.py``.

The documents are in the repository; only the scorer lives in ../shared/data, so the gate
skips only when that scorer is absent. The gold was annotated before the pipeline ran on
the documents, but by the same person who then fixed the lexicon on them: these floors guard
against regressions, they are not an independent measure (see docs/events.md). Round 11
added four blind documents (wire-03, wire-04, stmt-05, stmt-06), committed with their gold
before the pipeline ran on them. The sealed documents (``"sealed": true`` in index.json) were
scored blind once and their errors are never printed (``--statements-errors`` skips them):
their floors are their blind scores, the one independent measure here.
"""

from __future__ import annotations

import json

import pytest

from conftest import benchmark, shared_data

eval_events = benchmark("eval_events")

#: Measured (en_core_web_md, classifier on), issue 16 round 6: all 8 typed F1 0.645, dyad F1
#: 0.441, mode 0.867, quote+speaker F1 0.790, actors with the right country 0.788; the 4
#: statements typed F1 0.744, dyad 0.465; the 2 op-eds 0.489, 0.311 (before the round's
#: lexicon fixes, same gold: all 0.605 / 0.422, statements 0.659 / 0.424). After the round's
#: modality fixes: all typed 0.649, mode 0.883 (op-eds 0.500 typed, mode 0.818). Round 7:
#: all typed 0.723, dyad 0.495; statements typed 0.795; op-eds typed 0.558. Round 8 modality:
#: mode 0.957 (was 0.900). After the round-7/8 merges: all typed 0.737, dyad 0.579,
#: quote+speaker 0.923; statements typed 0.822, dyad 0.622.
#: Round 11, 12 documents (four new blind ones): blind, before the round's fixes, all typed
#: 0.706, dyad 0.524, mode 0.933, quote+speaker 0.893, actors 0.912; the 6 statements typed
#: 0.695, dyad 0.482; the 4 wire reports typed 0.732, dyad 0.588. After the round's fixes: all
#: typed 0.784, dyad 0.650, mode 0.950; statements typed 0.810, dyad 0.680; wire 0.797 / 0.684.
#: Round 11 merged, 16 documents (four more blind news articles, wire-05..08, written for the
#: quotes work and never read for event rules): all typed 0.749, dyad 0.585, mode 0.925,
#: quote+speaker 0.921, actors 0.920; news typed 0.733, dyad 0.560. The floors of all documents
#: and of news went down with the harder set, not with worse code (the first 12 score as above).
#: Round 11b ("accused X of" no quote; possessive speakers): quote+speaker 0.921 -> 0.978.
#: Three sealed documents then (wire-09, stmt-07, wire-10; a crisis report, a briefing with
#: questions and answers, a summit report), blind: typed 0.618 (P 0.810 R 0.500), dyad 0.400,
#: mode 0.853, quote+speaker 0.842. All 19: typed 0.726, dyad 0.552; statements 0.773 / 0.641;
#: news typed 0.712. The floors below are for the 16 development documents, the families (which
#: hold sealed documents too) and the sealed three.
#: Issue 17 round 13: three blind documents more for the quotes work (stmt-08, a briefing
#: transcript; wire-11, wire-12), scored before any change: typed 0.424 / 0.686 / 0.200, dyad
#: 0.182 / 0.400 / 0.100, quote+speaker 0.750 / 0.892 / 1.0. The 19 development documents then:
#: typed 0.709, dyad 0.535, mode 0.928, quote+speaker 0.963, actors 0.909 (statements family
#: typed 0.720, dyad 0.570; news typed 0.686). The typed and dyad floors went down with the
#: harder set (same code, the first 16 score as above); after the round's quote fixes
#: quote+speaker 0.984, sealed 0.842 -> 0.882.
#: Round 12 merged (events rules from the three new documents, actors in context, and nine gold
#: events of stmt-08 / wire-11 / wire-12 re-anchored to the sentence of their trigger, plain
#: slips): development typed 0.750, dyad 0.578, mode 0.928; statements family 0.716 / 0.560;
#: news typed 0.710. The sealed round-12 documents scored the same blind before and after the
#: round's changes (typed 0.569, dyad 0.412, quote+speaker 1.0).
#: Issue 17 round 14: three blind wire documents more for the quotes work (wire-15 indirect
#: speech, wire-16 an interview feature, wire-17 a press conference), scored before any change:
#: typed 0.720 / 0.286 / 0.667, quote+speaker 0.932 / 1.0 / 0.821. The 22 development documents
#: then: typed 0.741, dyad 0.580, mode 0.925, quote+speaker 0.964, actors 0.910 (floors unchanged);
#: after the round's speaker fixes quote+speaker 0.984 (wire-15 and wire-17 0.976), sealed 0.924.
#: Round 13 dyads (argument rules from the development documents): development dyad 0.578 ->
#: 0.633, statements family 0.560 -> 0.567; typed and the sealed rounds unchanged.
#: Round 14 dyads (mechanisms, not phrases): development dyad 0.637 -> 0.646, sealed round 13
#: 0.435 -> 0.452, rounds 11 and 12 unchanged.
#: Round 21's four open documents written blind (wire-29, wire-30, stmt-31, stmt-32, "open": "round 21") joined
#: development (30 -> 34 documents) and took it from typed 0.746, dyad 0.671, quote + speaker 0.936 to typed 0.719,
#: dyad 0.615, quote + speaker 0.918 (mode 0.933 -> 0.916, actors 0.925 -> 0.912; the code did not change; measured
#: with a re-entrancy guard on stance_evidence._Mentions.linked, whose recursion crashes on stmt-32): typed floor
#: 0.73 -> 0.71, dyad floor 0.62 -> 0.61, quote + speaker floor 0.93 -> 0.91.
#: Round 23's four open documents written blind (wire-34, wire-35, stmt-37, stmt-38, "open": "round 23", written in
#: round 21) joined development (38 -> 42 documents) and took it from typed 0.738, dyad 0.629, mode 0.917, quote +
#: speaker 0.929, actors 0.901 to typed 0.720, dyad 0.597, mode 0.907, quote + speaker 0.911, actors 0.885 (the code
#: did not change; the four blind: typed 0.592, dyad 0.369): dyad floor 0.61 -> 0.59, actors floor 0.89 -> 0.88.
#: Round 24's four open documents written blind in round 21 (wire-36, wire-37, stmt-39, stmt-40) joined development
#: after round 21's rules (42 -> 46 documents, with round 21's rules: typed 0.718, dyad 0.601, mode 0.896); the four
#: blind: typed 0.500, dyad 0.317, mode 0.732: mode floor 0.90 -> 0.89.
#: Round 25's four open documents written blind in round 22 (wire-39, wire-40, stmt-43, stmt-44) joined development
#: (46 -> 50 documents) and took it from typed 0.729, dyad 0.610, mode 0.894, quote + speaker 0.919, actors 0.896 to
#: typed 0.716, dyad 0.588, mode 0.895, quote + speaker 0.911, actors 0.898 (the code did not change; the four blind:
#: typed 0.598, dyad 0.392): dyad floor 0.59 -> 0.58.
#: Round 26's four open documents written blind in round 22 (wire-41, wire-42, stmt-45, stmt-46) joined development
#: after round 22's rules (50 -> 54 documents; the 50 on round 22's final code: typed 0.738, dyad 0.610); the four blind on
#: round 22's final code: typed 0.637, dyad 0.478, mode 0.859; the 54: typed 0.729, dyad 0.599, mode 0.898, quote +
#: speaker 0.931, actors 0.902 (floors unchanged).
#: Round 27's four open documents written blind in round 23 (wire-44, wire-45, stmt-49, stmt-50) joined development
#: on main e2d8fac's code (54 -> 58 documents): typed 0.729 -> 0.723, dyad 0.599 -> 0.578, mode 0.898, quote + speaker
#: 0.929, actors 0.900 (the code did not change; the four blind: typed 0.663, dyad 0.341, mode 0.897): dyad floor
#: 0.58 -> 0.57.
#: Round 28's four open documents written blind during round 23 (wire-46, wire-47, stmt-51, stmt-52), merged after its
#: rules and scored once on its final code (typed 0.639, dyad 0.398, mode 0.884), joined development (58 -> 62
#: documents; the 62: typed 0.742, dyad 0.600, mode 0.915, quote + speaker 0.930, actors 0.904): dyad floor back to 0.58.
#: Round 35's seven open documents written blind (open round 40: a wire report, two statements and an op-ed; op-eds C:
#: three op-eds with full event gold), merged after the round's rules and scored once on its final code (round 40 typed
#: 0.540, dyads 0.381; op-eds C 0.551, 0.258), joined development (112 -> 119 documents): typed 0.713 -> 0.701, dyads
#: 0.589 -> 0.569 (the code did not change): floors 0.71 -> 0.69 and 0.58 -> 0.56.
ALL_TYPED_F1_FLOOR = 0.69
ALL_DYAD_F1_FLOOR = 0.56
MODE_ACCURACY_FLOOR = 0.89
#: Round 19's four open documents written blind (wire-24, wire-25, stmt-25, stmt-26, "open": "round 19") joined
#: development and took its quote + speaker F1 from 0.986 to 0.962 (the code did not change): floor 0.97 -> 0.96.
#: Round 20's four open documents written blind (wire-26, wire-27, stmt-27, stmt-28, "open": "round 20") joined
#: development and took its quote + speaker F1 from 0.962 to 0.936 (the code did not change): floor 0.96 -> 0.93.
#: Round 34's six op-eds with full event gold (oped-03..05 "op-eds A", oped-06..08 "op-eds B", written before the
#: pipeline ran on them) and open round 39 joined development (102 -> 112 documents): quote + speaker 0.911 -> 0.900
#: on round 34's final code (the op-eds' quotes score 0.57 and 0.63 blind): floor 0.91 -> 0.89.
QUOTE_SPEAKER_F1_FLOOR = 0.89
ACTORS_COUNTRY_FLOOR = 0.88
#: The statement family went from 0.773 / 0.641 to 0.709 / 0.573 when round 12's two sealed
#: statements joined it (the code did not change): its floors went down with it. With round
#: 13's transcript (stmt-08, typed 0.424 blind) it is 0.674 / 0.524. Round 14's two sealed
#: statements (stmt-13, stmt-14) took its dyads from 0.571 to 0.531 (typed 0.716 unchanged).
#: Round 18's two sealed statements (stmt-21, a regional council's numbered communique; stmt-22, an interior
#: ministry's press release on an attack) took the family to typed 0.667, dyad 0.511 (the code did not change).
#: Round 19's two sealed statements (stmt-23, a three-government joint statement in the plural; stmt-24, a ministry's
#: answer to a UN rapporteur) took it to typed 0.639, dyad 0.472 (the code did not change): its floors went down with it.
#: Round 21's new statements (two sealed: a Permanent Representative's letter, a defence ministry's timed
#: chronology; two open: a General Assembly speech, a terrorist designation) took the family to typed 0.629, dyad
#: 0.465 (the code did not change): typed floor 0.63 -> 0.62.
STATEMENT_TYPED_F1_FLOOR = 0.62
#: Round 19's two open statements written blind (stmt-25, a regional community's numbered coup communique; stmt-26,
#: an interior ministry's first-person statement) took the family's dyads to 0.454 (typed 0.641; the code did not
#: change): dyad floor 0.46 -> 0.45.
STATEMENT_DYAD_F1_FLOOR = 0.45
OPED_TYPED_F1_FLOOR = 0.50
#: Round 16's sealed wire report (wire-20) took the news family's typed F1 from above 0.69 to 0.687 (the code did
#: not change): its floor went down with it.
NEWS_TYPED_F1_FLOOR = 0.68
#: Sealed documents by the round that wrote them: (typed, dyad, quote + speaker) floors at their
#: blind scores. Round 12 (wire-13, stmt-09, stmt-10: a wire report with four speakers, a ministry
#: statement in the first person, a regional forum's numbered communique), scored blind before
#: that round's changes: typed 0.569 (P 0.784), dyad 0.412, quote+speaker 1.000 (15 quotes, all
#: in wire-13). Round 13 (wire-14, stmt-11, stmt-12: an airspace incident with a spokesperson-only
#: speaker, a leaders' call readout, a joint statement of three foreign ministers), blind: typed 0.696
#: (P 0.727 R 0.667), dyad 0.435, quote+speaker 0.976. Round 14 (wire-18, stmt-13, stmt-14: a
#: diplomatic expulsion with an anonymous official and indirect speech, a UN Secretary-General's
#: statement, a ministry's answer in the first person), blind: typed 0.626 (P 0.756 R 0.534),
#: dyad 0.343, quote+speaker 0.863. Round 15 (wire-19, stmt-15, stmt-16: a trade ban and seized fishing
#: boats that a third state's offer of talks eases, with four speakers; a joint statement of three foreign
#: ministers naming an aggressor, a victim and a mediator; a state visit's press release in the third
#: person), blind: typed 0.640 (P 0.627 R 0.653), dyad 0.520, quote+speaker 0.820; after round 15's rules
#: 0.640, 0.540, 0.820. Round 16 (wire-20, stmt-17, stmt-18: a clash at sea with casualties, a summons, threats, a
#: neighbour's offer of talks and a regional envoy, five speakers of whom some are indirect or anonymous; a regional
#: body's numbered communique that condemns, demands, welcomes and decides sanctions, naming states by capitals and
#: organs; a head of government's readout of two calls followed by a defence ministry's first-person answer to a
#: rival's accusations): "sealed": "round 16" in index.json, its group "sealed round 16"; blind, before round 16's
#: rules: typed 0.676 (P 0.750 R 0.615), dyad 0.423, quote+speaker 0.973; after them typed 0.676, dyad 0.366 (lower:
#: reported as measured, not tuned on), quote+speaker 0.973. Round 17 (wire-21, stmt-19, stmt-20: an army's seizure
#: of parliament with a regional bloc's suspension, deadline and threatened sanctions, a neighbour's troops at the border,
#: an opposition leader and a junta spokesman quoted, a mediator's call and offer; a joint statement of three foreign
#: ministers that condemns an armed group, takes one decision and threatens another, with organs, a helper state and an
#: extradition request; a spokesperson's briefing transcript on a neighbour's accusations, a national detained abroad, a
#: visit and threatened sanctions): "sealed": "round 17" in index.json, its group "sealed round 17"; blind, before
#: round 17's rules: typed 0.597 (P 0.683 R 0.531), dyad 0.403, quote+speaker 0.809; after them the same (mode 0.837
#: -> 0.860), while rounds 11-16's dyads rose (all 21 sealed: 0.442 -> 0.466).
#: Round 18 (wire-22, stmt-21, stmt-22: boats seized at sea with an envoy summoned, a protest note, a denial, frigates
#: deployed and arbitration mentioned; a regional council's numbered communique on a ceasefire with monitors,
#: violations condemned, sanctions extended, an envoy appointed and a donor pledge; an interior ministry's release on
#: an attack an armed group claimed, with arrests, strikes, a neighbour blamed and an offer of talks rejected):
#: "sealed": "round 18"; blind, before round 18's rules: typed 0.422 (P 0.442 R 0.405), dyad 0.236, quote+speaker
#: 0.728, the lowest of any round; after them typed 0.434 (P 0.439 R 0.429), dyad 0.229, quote+speaker 0.728.
#: Round 19 (wire-23, stmt-23, stmt-24: an election crisis with an observers' report, a leader detained, envoys
#: expelled, a regional body's suspension, threatened sanctions and a planned mediation; a three-government joint
#: statement in the plural on energy and security, with agreements signed, aid pledged, a third state condemned and
#: an armed group called on; a foreign ministry's answer to a UN rapporteur's report on detentions, rejecting it,
#: blaming a neighbour, announcing releases and inviting a visit): "sealed": "round 19"; blind, before round 19's
#: rules: typed 0.440 (P 0.508 R 0.388), dyad 0.240, quote+speaker 0.653; after them typed 0.437 (P 0.500 R 0.388),
#: dyad 0.238, quote+speaker 0.653; after round 20's rules 0.461 (P 0.522 R 0.412), 0.250, 0.816 (quotes round 20).
#: Round 20 (wire-28, stmt-29, stmt-30: a naval collision in a strait with a crew detained, envoys summoned on both
#: sides, a navy's statement, a shipping body's warning, a threatened closure, a hotline call and a third state's good
#: offices; an alliance council's numbered statement on a cyberattack on a member, attributed to a state and its
#: intelligence service, with solidarity, a demand to stop, countermeasures and a member's own measures welcomed; a
#: foreign ministry's briefing transcript in question and answer on a neighbour's troop build-up, an extradition
#: request, a detained reporter and an aid convoy): "sealed": "round 20", its group "sealed round 20"; blind, before
#: round 20's rules: typed 0.409 (P 0.441 R 0.382), dyad 0.362, quote+speaker 0.803; after them the same.
#: Round 21 (wire-33, stmt-35, stmt-36: a bloc's asset freezes and travel bans on a state's officials over a
#: crackdown, answered with entry bans and an envoy expelled, a third state's condemnation, a threatened trade complaint
#: and a business lobby's warning; a Permanent Representative's letter to the President of the Security Council on a
#: neighbour's shelling and a militia it arms, with an earlier letter recalled, a call on the Council and an offer to
#: work with an envoy; a defence ministry's timed chronology of a drone incursion, jets scrambled, drones shot down, an
#: attache summoned, allies informed and the neighbour's denial): "sealed": "round 21", its group "sealed round 21";
#: blind, before round 21's rules: typed 0.503 (P 0.633 R 0.418), dyad 0.305, quote+speaker 0.764; after them typed
#: 0.510 (P 0.629 R 0.429), dyad 0.340, quote+speaker 0.764.
#: Round 22 (wire-38, stmt-41, stmt-42: a prisoner exchange between two warring states brokered by a Gulf state, with a
#: torture accusation, its denial, the ICRC refused access, a third state's offer to host talks and a later swap that
#: could follow; a regional organisation's summit communique in numbered paragraphs on a coup, with a suspension,
#: targeted sanctions on the junta, a mediator appointed, a standby force on alert, thanks to the host and the next
#: session's date; a foreign ministry's reply to a foreign senate's resolution, with the charge d'affaires summoned,
#: named senators accused of interference, an earlier memorandum recalled, a warning for cooperation and an invitation
#: to visit): "sealed": "round 22", its group "sealed round 22"; blind, before round 22's rules: typed 0.681 (P 0.797
#: R 0.595), dyad 0.507, quote+speaker 0.774; after them typed 0.709 (P 0.806 R 0.633), dyad 0.511, quote+speaker 0.774.
#: Rounds 18-21 rose with round 21's numbered paragraphs and round 22's rules (round 18 typed 0.647, dyad 0.347;
#: round 19 0.641 / 0.397; round 20 0.481 / 0.403; round 21 0.523 / 0.366): their floors follow.
#: Round 23 (wire-43, stmt-47, stmt-48: a Security Council vote renewing a peacekeeping mission's mandate, with the host
#: government's demand that it leave, a battalion withdrawn and an armed group's attack on a base; a defence ministry's
#: numbered denial of a strike on a hospital, with insurgents accused of using patients as shields, an inquiry
#: accepted, a foreign minister's remarks rejected and a warning; a presidency's statement restoring relations with a
#: neighbour, with ambassadors, a border reopened, a mediator thanked and prisoners to be released): "sealed": "round
#: 23"; blind, before round 23's rules: typed 0.569 (P 0.611 R 0.532), dyad 0.207, quote+speaker 0.803; after them
#: typed 0.576 (P 0.607 R 0.548), dyad 0.203, quote+speaker 0.803 (the lowest dyads of any sealed round).
#: Round 24 (wire-48, stmt-53, stmt-54: a court's clearing of an exiled blogger's extradition, with an asylum offer
#: from a third state, a bloc's warning, the requesting state's welcome and the host ministry's rejection; a UN human
#: rights office's briefing notes on opposition detentions and refugees handed across a border, with calls on both
#: governments and an offer of help; a head of state's first-person address after a barracks attack, with calls to
#: neighbours, a surrender ultimatum and a request to a regional commission): "sealed": "round 24", its group "sealed
#: round 24"; blind, before round 24's rules: typed 0.622 (P 0.667 R 0.583), dyad 0.356, quote+speaker 0.702; after them
#: the same to the third decimal (round 24's rules, developed on open round 28, did not reach them).
#: Round 25 (wire-51, stmt-57, stmt-58: a wire report on a lake island row between two neighbours, with an envoy
#: summoned, fishermen detained, a denial and a regional bloc's offer to resurvey the border; a joint communique of three
#: neighbouring foreign ministers after an armed group's attack, with joint patrols, suspects handed over, a warning
#: and requests to a regional commission and a donor; a UN refugee agency's briefing notes on a refugee boat towed back
#: to sea, a navy's rescue, a government's denial and calls on the states of the region): "sealed": "round 25", its
#: group "sealed round 25"; blind, before round 25's rules: typed 0.611 (P 0.623 R 0.600), dyad 0.426, quote+speaker
#: 0.857; after them typed 0.611, dyad 0.444, quote+speaker 0.857 (round 25's dyad rules reached them, its recall and
#: precision rules did not).
#: Round 26 (wire-54, stmt-61, stmt-62: a wire report on border guards killing a teenage farmhand, with an envoy summoned,
#: a denial, a request for a flag meeting and a UN rights office's call for an inquiry; a foreign ministry's numbered
#: communique after gunmen attacked its consulate abroad, with a call to the host state, suspects detained, a rejected
#: smear and thanks to neighbours; a UN agency head's first-person statement on a drone strike at a nuclear plant, with
#: rival accusations, access refused, planned visits to both capitals and donors thanked): "sealed": "round 26", its
#: group "sealed round 26"; blind, before round 26's rules: typed 0.674 (P 0.682 R 0.667), dyad 0.427, quote+speaker
#: 0.899; after them the same (round 26's recall, precision, dyad and quote rules reached none of them).
#: Round 27 (wire-57, stmt-65, stmt-66: a wire report on troops said to have crossed a land border and burned a
#: village, with an envoy summoned, a deadline and a threatened suspension of border trade, a denial, an offered border
#: committee meeting, a neighbour's call for a fact-finding mission and a donor's calls to both capitals; a foreign
#: ministry's first-person-plural statement on herders detained by a neighbour's border guards, with a chargé
#: d'affaires summoned, consular access withheld, a press allegation rejected, a telephone call and an offered border
#: commission; a head of state's address to parliament on soldiers of a neighbour who burned a mining camp and took its
#: miners, with a note of protest, an ambassador recalled, a call between presidents, a partial release, a conditional
#: threat and a mediation offer accepted): "sealed": "round 27", its group "sealed round 27"; blind, before round 27's
#: rules: typed 0.647 (P 0.662 R 0.632), dyad 0.301, quote+speaker 0.821; after them typed 0.647, dyad 0.286,
#: quote+speaker 0.821 (round 27's rules lost one dyad and reached no new event).
#: Round 28 (wire-60, stmt-69, stmt-70: a wire report on soldiers of a neighbour's river patrol who shot three
#: fishermen, with an envoy summoned, a note verbale, a conditional threat to drop joint patrols, a counter-accusation
#: of poaching, a protest dispersed at the border post, a presidents' call and a regional chair's offer of
#: investigators; a foreign ministry's first-person-plural statement on fishing vessels seized by a neighbour's navy,
#: with a chargé d'affaires summoned, a confession claim rejected, a deadline, a threatened suspension of a fisheries
#: agreement, a referral to the regional body and thanks for a rescue and good offices; a spokesperson's briefing
#: transcript on farmers detained across an adjacency line, with questions that carry the other side's claim, a
#: ministers' call, an undertaking, troops reinforced, a court judgment awaited and allies thanked): "sealed":
#: "round 28", its group "sealed round 28"; blind, before round 28's rules: typed 0.688 (P 0.779 R 0.616), dyad 0.442,
#: quote+speaker 0.909; after them the same to the third decimal (round 28's rules, checked on open round 32 before
#: shipping, reached none of its events).
#: Round 29 (wire-63, stmt-73, stmt-74: a wire report on a neighbour's coast guard that fired on a state dredger
#: working a shared river channel and towed it away with its crew, with an ambassador summoned, a release demanded, a
#: deadline and a threatened arbitration case, a counter-accusation of working without a permit, a minister's warning,
#: patrol boats put on alert, a dockworkers' boycott, a mediation offer and background court cases; a foreign
#: ministry's first-person-plural statement on fishermen abducted at sea by an armed group, with a ransom video, a
#: refusal to pay, an ambassador received, a ministers' call, a call on two neighbours to resume joint patrols and
#: solidarity from a list of states; a head of government's statement to the press after a bilateral summit, with
#: agreements and aid, a dual national journalist arrested and charged in a third state, a joint note, a call with its
#: president, questions that carry the other side's claim and a veiled threat to cooperation): "sealed": "round 29",
#: its group "sealed round 29"; blind, before round 29's rules: typed 0.573 (P 0.694, R 0.489), dyads 0.347, mode 0.86,
#: quote+speaker 0.710, countries 0.914; after them the same to the third decimal.
#: Round 30 (wire-66, stmt-77, stmt-78: a wire report on a veto of a neighbour's accession chapter after its police
#: raided a cultural club and detained its chairman, with a diplomat declared persona non grata in return, an
#: ambassador summoned, a prime minister's counter-accusation, a promise to respond in kind, a commission's regret and
#: appeal, a mediation offer, a joint appeal by a list of states, a rally and background vetoes; a foreign ministry's
#: first-person-plural statement on an aid convoy attacked across the border, with a driver killed, an armed group's
#: claim and threat, a charge d'affaires summoned, arrests reported by the other side, convoys suspended, troops
#: reinforced, ministers' calls and a call on the Security Council; a spokesperson's briefing transcript on border
#: shelling, with an ambassador summoned, a demand to pull artillery back, a visiting minister's agreement, questions
#: that carry the other side's claim and a third state's accusation, and aid welcomed): "sealed": "round 30", its
#: group "sealed round 30"; blind, before round 30's rules: typed 0.640 (P 0.792, R 0.538), dyads 0.404, mode 0.965,
#: quote+speaker 0.970, countries 0.926; after them dyads 0.416, the rest the same.
#: Round 31 (wire-69, stmt-81, stmt-82: a wire-agency report, a foreign ministry's first-person-plural statement and a
#: joint communique of two ministers; 92 gold events, 18 quotes, 58 actors): "sealed": "round 31", its group
#: "sealed round 31"; blind, before round 31's rules: typed 0.633 (P 0.758, R 0.543), dyads 0.354, mode 0.90,
#: quote+speaker 0.640, countries 0.845; after them the same to the third decimal.
#: Round 32 (wire-72, stmt-85, stmt-86: a wire-agency report, a foreign ministry's first-person-plural statement and a
#: spokesperson's press briefing transcript; 87 gold events, 16 quotes, 69 actors): "sealed": "round 32", its group
#: "sealed round 32"; blind, before round 32's rules: typed 0.671 (P 0.857, R 0.552), dyads 0.490, mode 0.94,
#: quote+speaker 0.743, countries 0.841; after them the same to the third decimal.
#: Round 33 (wire-75, stmt-89, stmt-90: a wire-agency report, a foreign ministry's first-person-plural statement and a
#: head of government's statement to the press; 84 gold events, 18 quotes, 68 actors): "sealed": "round 33", its group
#: "sealed round 33"; blind, before round 33's rules: typed 0.614 (P 0.768, R 0.512), dyads 0.457, mode 0.88,
#: quote+speaker 0.783, countries 0.868; after them the same to the third decimal.
#: Round 34 (wire-78, stmt-93, oped-09: a wire-agency report, a foreign ministry's first-person-plural statement and an
#: op-ed with full event gold; 87 gold events, 18 quotes, 64 actors): "sealed": "round 34", its group "sealed round
#: 34"; blind, before round 34's rules: typed 0.645 (P 0.754, R 0.563), dyads 0.474, mode 0.96, quote+speaker 0.484,
#: countries 0.906; after them typed 0.649 (P 0.766, R 0.563), dyads 0.477, the rest the same.
#: Round 35 (wire-80, stmt-96, oped-11: a wire-agency report, a foreign ministry's statement and an op-ed with full
#: event gold; 97 gold events, 31 quotes, 53 actors): "sealed": "round 35", its group "sealed round 35"; blind, before round 35's rules: typed 0.531 (P 0.662,
#: R 0.443), dyads 0.407, mode 0.95, quote+speaker 0.753, countries 0.868.
#: Round 23's dyad floor went 0.18 -> 0.17 in round 27: round 27e2's precision rules took three events from its
#: documents, two of them gold ones (typed 0.581 -> 0.561, dyad 0.205 -> 0.175; found by scoring each merge, the
#: documents unread); the rules were kept (no true event lost on the 74 development documents) and the loss is
#: reported in docs/events.md "Round 27 (lead)".
SEALED_FLOORS = {"round 11": (0.60, 0.38, 0.86), "round 12": (0.55, 0.39, 0.95), "round 13": (0.66, 0.41, 0.93),
                 "round 14": (0.59, 0.31, 0.82), "round 15": (0.61, 0.50, 0.79), "round 16": (0.65, 0.34, 0.95),
                 "round 17": (0.57, 0.38, 0.78), "round 18": (0.60, 0.32, 0.70),
                 "round 19": (0.60, 0.36, 0.78), "round 20": (0.45, 0.37, 0.79),
                 "round 21": (0.49, 0.33, 0.74), "round 22": (0.68, 0.48, 0.75),
                 "round 23": (0.55, 0.17, 0.78), "round 24": (0.60, 0.33, 0.68),
                 "round 25": (0.59, 0.42, 0.83), "round 26": (0.65, 0.40, 0.87),
                 "round 27": (0.62, 0.26, 0.80), "round 28": (0.66, 0.41, 0.88),
                 "round 29": (0.55, 0.32, 0.68), "round 30": (0.62, 0.39, 0.94),
                 "round 31": (0.61, 0.33, 0.62),
                 "round 32": (0.65, 0.46, 0.72),
                 "round 33": (0.59, 0.43, 0.75), "round 34": (0.62, 0.45, 0.46),
                 "round 35": (0.50, 0.38, 0.72)}


@pytest.fixture(scope="module")
def statements():
    shared_data("wikinews", "score.py")
    return eval_events.score_statements({"events_classifier": True})


def _index() -> list[dict]:
    return json.loads((eval_events.STATEMENTS / "index.json").read_text(encoding="utf-8"))


def test_statements_set_is_complete():
    index = _index()
    ids = {m["id"] for m in index}
    assert {p.stem for p in eval_events.STATEMENTS.glob("*.txt")} == ids
    assert {p.stem for p in (eval_events.STATEMENTS / "gold").glob("*.json")} == ids
    assert sorted(m["family"] for m in index).count("statement") >= 6
    for m in index:
        gold = json.loads((eval_events.STATEMENTS / "gold" / f"{m['id']}.json").read_text(encoding="utf-8"))
        text = (eval_events.STATEMENTS / f"{m['id']}.txt").read_text(encoding="utf-8")
        assert all(e["sentence_start"] in text for e in gold["events"]), m["id"]


@pytest.mark.gold
def test_events_statements_development_documents(statements):
    assert statements["all"]["docs"] == len(_index())
    res = statements["development"]
    assert res["docs"] == sum(not m.get("sealed") for m in _index())
    assert res["typed"]["f1"] >= ALL_TYPED_F1_FLOOR, res
    assert res["dyad"]["f1"] >= ALL_DYAD_F1_FLOOR, res
    assert res["mode_accuracy"] >= MODE_ACCURACY_FLOOR, res
    assert res["quote_speaker"]["f1"] >= QUOTE_SPEAKER_F1_FLOOR, res
    assert res["actors_country"] >= ACTORS_COUNTRY_FLOOR, res


@pytest.mark.gold
def test_events_statements_by_family(statements):
    assert statements["statement"]["docs"] == sum(m["family"] == "statement" for m in _index())
    assert statements["statement"]["typed"]["f1"] >= STATEMENT_TYPED_F1_FLOOR, statements["statement"]
    assert statements["statement"]["dyad"]["f1"] >= STATEMENT_DYAD_F1_FLOOR, statements["statement"]
    assert statements["op-ed"]["typed"]["f1"] >= OPED_TYPED_F1_FLOOR, statements["op-ed"]
    assert statements["news"]["typed"]["f1"] >= NEWS_TYPED_F1_FLOOR, statements["news"]


#: Sealed rounds of three documents each, scored as groups of their own: (round, its document ids).
SEALED_GROUPS = [
    ("round 21", ["stmt-35", "stmt-36", "wire-33"]),
    ("round 22", ["stmt-41", "stmt-42", "wire-38"]),
    ("round 23", ["stmt-47", "stmt-48", "wire-43"]),
    ("round 24", ["stmt-53", "stmt-54", "wire-48"]),
    ("round 25", ["stmt-57", "stmt-58", "wire-51"]),
    ("round 26", ["stmt-61", "stmt-62", "wire-54"]),
    ("round 27", ["stmt-65", "stmt-66", "wire-57"]),
    ("round 28", ["stmt-69", "stmt-70", "wire-60"]),
    ("round 29", ["stmt-73", "stmt-74", "wire-63"]),
    ("round 30", ["stmt-77", "stmt-78", "wire-66"]),
    ("round 31", ["stmt-81", "stmt-82", "wire-69"]),
    ("round 32", ["stmt-85", "stmt-86", "wire-72"]),
    ("round 33", ["stmt-89", "stmt-90", "wire-75"]),
    ("round 34", ["oped-09", "stmt-93", "wire-78"]),
    ("round 35", ["oped-11", "stmt-96", "wire-80"]),
]


@pytest.mark.parametrize("round_, ids", SEALED_GROUPS)
def test_statements_sealed_round_is_its_own_group(round_, ids):
    """The three sealed documents of a round carry "sealed": "round N" (scored as "sealed round N", with its floor)."""
    assert sorted(m["id"].split("_")[0] for m in _index() if m.get("sealed") == round_) == ids
    assert round_ in SEALED_FLOORS


@pytest.mark.gold
@pytest.mark.parametrize("round_", [round_ for round_, _ in SEALED_GROUPS])
def test_events_statements_sealed_round_group(statements, round_):
    assert statements[f"sealed {round_}"]["docs"] == 3


@pytest.mark.gold
@pytest.mark.parametrize("round_", sorted(SEALED_FLOORS))
def test_events_statements_sealed_documents(statements, round_):
    assert statements["sealed"]["docs"] == sum(bool(m.get("sealed")) for m in _index()) >= 6
    res = statements[f"sealed {round_}"]
    assert res["docs"] == sum(m.get("sealed") == round_ for m in _index()) == 3
    typed, dyad, quote_speaker = SEALED_FLOORS[round_]
    assert res["typed"]["f1"] >= typed, res["typed"]
    assert res["dyad"]["f1"] >= dyad, res["dyad"]
    assert res["quote_speaker"]["f1"] >= quote_speaker, res["quote_speaker"]
