"""Author stance, round 16 (issue 18): the actor as the cause of a harm, with no evaluative word.
The subject of a causing verb whose result is a hardship ("makes it harder", "has driven ... into
exile", "has left ... families without water"; a measure counts for its owner), and the cause named
with "because of" / "thanks to" of a clause that tells a harm suffered ("... can be deported"), count
against the actor (``stance_evidence._harm_evidence``). Not a harm: a negated causing verb, a cause of
a good outcome, a harm that befalls nobody, a "left" whose object is a place. Passages written for
this test.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

HEAD = "A season of closed roads\n\nBy Tomas Lindqvist, columnist\n\n"
OPENING = "Moldova and Ukraine share a long border and a longer history. Traders cross it every day."
CLOSING = "There is still time to act. A border needs rules that both sides can read."

_piece = opinion_piece(HEAD, OPENING, CLOSING)


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence,cue", [
    ("Moldova's tariff on apples makes it harder for farmers in the north to sell anywhere.", "make hard"),
    ("Moldova has driven thousands of small traders into debt.", "drive debt"),
    ("Moldova's border closure has left four thousand families without work.", "leave without"),
    ("Because of Moldova's transit rules, a driver who misses a form can be jailed for a month.",
     "because ... jail"),
    ("Thanks to Moldova's permit system, two hundred lorries lost their cargo last winter.", "thanks ... lose"),
])
def test_the_cause_of_a_harm_is_attacked(sentence, cue):
    assert_author_sign(_piece(sentence), "MDA", "-", f"cause of harm '{cue}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("sentence", [
    "Moldova's tariff on apples does not make it harder for farmers to sell anywhere.",
    "Thanks to Moldova's inspectors, the market reopened in March.",
    "Because of Moldova's rescue teams, no one died in the floods.",
    "Moldova's delegation left the summit without a statement.",
])
def test_no_harm_no_cause(sentence):
    assert not any(r.startswith("cause of harm") for r in author_reasons(_piece(sentence), "MDA"))


# Round 16 (o1): attacked actors with no evidence of their own wording. Each row is a short op-ed of
# the family it names, written for this test, with the actor it attacks and the reason expected.
_TABLE_HEAD = "{title}\n\nBy Ilse Marten, columnist\n\n"
_TABLE_OPEN = ("The story of this valley is told badly abroad. I have lived here for twenty years, and I think it is "
               "time someone told it plainly. We owe the truth to those who cannot speak.")
_TABLE_CLOSE = ("None of this needed to happen. I believe the people of the valley deserve a hearing, and we should "
                "give it to them this year, before it is too late.")


def _op_ed(title: str, *passages: str) -> str:
    return _TABLE_HEAD.format(title=title) + "\n\n".join((_TABLE_OPEN, *passages, _TABLE_CLOSE)) + "\n"


_ATTACKED = [
    ("organ through 'its'", _op_ed(
        "Doors at dawn",
        "Serbia joined the talks on the valley in March. This spring the Serbian gendarmerie came to the village of "
        "Gornji Kraj. Its officers broke down the doors of the school and beat two teachers who asked to see a warrant.",
        "The mayor wrote to the capital and heard nothing back."), "SRB", "ASSAULT (beat), via its organ"),
    # (round 18: "Its officers" is now the gendarmerie in the events stage, so the beating is an asserted
    # ASSAULT of Serbia's organ, which outweighs the doer evidence this row first checked)
    ("relative clause and 'supplied by'", _op_ed(
        "Parts of a drone",
        "Iran and Ukraine have no border and no old quarrel. The drones that struck the market in Kherson last week "
        "were supplied by Tehran. The serial numbers on the engines leave no doubt about it.",
        "The market reopened two days later, with fewer stalls."), "IRN", "'supply"),
    ("'armed and bankrolled by'", _op_ed(
        "The camps at Geneina",
        "The militia that burned the camps at Geneina did not buy its trucks in the market. It was armed and "
        "bankrolled by the United Arab Emirates, which has never explained why.",
        "The families who survived walked to Chad."), "ARE", "by its agent"),
    ("means of a harm given", _op_ed(
        "Shells for the front",
        "Russia has fired more shells this year than in any year of the war. The shells that hit the apartment block "
        "in Dnipro were supplied by North Korea, and the crates still carried its markings.",
        "The block is being rebuilt floor by floor."), "PRK", "accomplice 'supply ... hit'"),
    ("doer of a harm financed", _op_ed(
        "A port for the militia",
        "Libya's coast has many harbours and few laws. The militia that sank the migrant boat off Zuwara was financed "
        "by Italy, which pays it to keep the boats at home.",
        "Forty people drowned that night."), "ITA", "accomplice 'finance ... sink'"),
    ("'looked the other way'", _op_ed(
        "The grain road",
        "The stolen grain did not cross the border by itself. Hungary looked the other way while the trucks crossed "
        "its territory, and its customs officers stamped the papers.",
        "The farmers who grew that grain were never paid."), "HUN", "evaluative 'looked the other way'"),
    ("profits from a harm", _op_ed(
        "Gold from the hills",
        "The gangs dig the gold out of the hills with children's hands. Switzerland calls itself neutral, yet it "
        "profits from the war in Sudan: its refineries melt the smuggled gold and ask no questions.",
        "The children are still in the pits."), "CHE", "profits from harm 'war'"),
    ("'how many more'", _op_ed(
        "Another accident",
        "Three fishing boats were rammed in the shoal this year. How many more boats must China sink before the "
        "region stops calling these accidents?",
        "The fishermen have stopped going out at night."), "CHN", "rhetorical question 'how many more'"),
    ("'why ... keep'", _op_ed(
        "Rifles for the junta",
        "Mali's junta has jailed the mayors of three towns this year. Why does France keep selling rifles to the junta?",
        "The mayors are still in prison."), "FRA", "rhetorical question 'why ... keep'"),
    ("'where was ... when'", _op_ed(
        "Three winters",
        "Lesbos has seen three winters of full camps. Where was Brussels when the camps flooded in January?",
        "The tents were replaced by the islanders themselves."), "European Union", "rhetorical question 'where was"),
    ("a question answered", _op_ed(
        "Drones for the junta",
        "Serbia and Mali have no common border. Who sold the junta the drones that bombed the market in Kidal? "
        "Serbia did.",
        "The market has not reopened."), "SRB", "rhetorical question 'who ... bomb?' answered"),
    ("'thanks to' a failure", _op_ed(
        "A full camp",
        "The camp on the island was built for three thousand people. Thanks to the indifference of Greece, it now "
        "holds nine thousand, and the winter rains flood the tents.",
        "The children there have not seen a classroom in a year."), "GRC", "blame 'thanks ... indifference'"),
    ("'because' a clause", _op_ed(
        "A dying river",
        "The river that fed the orchards is dying because Turkey keeps building dams upstream without telling "
        "anyone downstream.",
        "The orchards have already lost half their trees."), "TUR", "cause of harm 'because ... die'"),
    ("a state company", _op_ed(
        "A cold January",
        "Russia says it is a reliable supplier of gas. Its state gas company cut the supply to Moldova in the "
        "coldest week of January, and the hospitals in Chisinau ran on generators.",
        "The generators ran out of diesel on the fourth day."), "RUS", "deed 'cut supply'"),
    ("a leader's men", _op_ed(
        "The tractor plant",
        "Belarus sells its tractors across the region. The workers at the tractor plant went on strike for their "
        "wages. President Lukashenko's men beat them in the yard and took the organisers away in vans.",
        "The plant is working again, with fewer men."), "BLR", "about its leader"),
    ("a refusal told by ellipsis", _op_ed(
        "The list",
        "Kyrgyzstan has a free press on paper. The lawyers of Bishkek counted the detainees and published their "
        "names when the authorities would not.",
        "Some of those names have since been released."), "KGZ", "omission 'would not publish'"),
    ("ironic thanks", _op_ed(
        "Lessons",
        "China says it never interferes in the affairs of its neighbours. Thank you, Beijing, for another lesson in "
        "non-interference.",
        "The neighbours are taking notes."), "CHN", "sarcasm 'another lesson in'"),
    ("ironic aside", _op_ed(
        "Bread for the hungry",
        "Azerbaijan closed the Lachin road for nine months and then offered the hungry villagers its own bread. How "
        "thoughtful.",
        "The villagers left in September."), "AZE", "sarcasm 'how thoughtful'"),
    ("'the regime'", _op_ed(
        "Bread queues",
        "Syria's war is often told as a story of many sides. The bakery queue in Atarib was not many sides. The "
        "regime dropped two barrel bombs on it at noon, when the queue was longest.",
        "The survivors buried eleven people that evening."), "SYR", "name-calling 'regime'"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("family,text,actor,cue", _ATTACKED, ids=[row[0] for row in _ATTACKED])
def test_attacked_without_own_evidence(family, text, actor, cue):
    assert_author_sign(text, actor, "-", cue)


_NEW_REASONS = ("its doer the verb's subject", "by its agent", "profits from harm", "rhetorical question",
                "blame '", "cause of harm 'because", "would not", "accomplice '")

_NOT_ATTACKED = [
    ("defence supplied", _op_ed(
        "The night sky over Kyiv",
        "Russia sent forty drones against Kyiv on Tuesday night. The missiles that shot the drones down were "
        "supplied by Britain, and every one of them saved a street.",
        "The city slept again by dawn."), "GBR"),
    ("gain from no harm", _op_ed(
        "A good harvest",
        "Hungary's farmers benefit from the rains this year, and Hungary grows rich on its wheat.",
        "The markets in Szeged are full."), "HUN"),
    ("a good outcome's cause", _op_ed(
        "A rescued village",
        "Nobody died in the floods because Slovakia sent its rescue teams within an hour.",
        "The village has been rebuilt."), "SVK"),
    ("an open question", _op_ed(
        "Talks in Oslo",
        "Norway hosted the talks between the two delegations last month. Why did Norway host them, and not Sweden?",
        "The delegations will meet again in May."), "NOR"),
    ("a question about help", _op_ed(
        "Doctors for Kidal",
        "Norway and Mali have no common border. Who sent the doctors to the clinics in Kidal? Norway did.",
        "The clinics are open again."), "NOR"),
    ("rescuers sent", _op_ed(
        "A rescue",
        "When the earthquake struck, the rescue teams that pulled the children out of the rubble were sent by Japan.",
        "Every one of them came home."), "JPN"),
    ("a conditional 'would not'", _op_ed(
        "A loan that worked",
        "Kyrgyzstan took the loan in the spring. Without it, the farmers of the valley would not have planted, and "
        "the harvest would not have come in.",
        "The loan was repaid in full."), "KGZ"),
    ("help for the helpers", _op_ed(
        "Water for the camps",
        "When the wells ran dry, the tankers that reached the camps were supplied by Jordan, which asked for "
        "nothing in return.",
        "The camps had water again within a week."), "JOR"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("family,text,actor", _NOT_ATTACKED, ids=[row[0] for row in _NOT_ATTACKED])
def test_not_attacked_by_the_new_readings(family, text, actor):
    assert not any(r.startswith(_NEW_REASONS) or any(n in r for n in _NEW_REASONS) for r in author_reasons(text, actor))
