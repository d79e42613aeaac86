"""Author stance, round 21 (issue 18): deeds without judging words.

Round 20c's table of the blind open round 24 found most misses to be attacked or favoured actors with no
evidence of their own: harmful deeds told flatly ("sold and installed the interception platform", "would no
longer cover any voyage"), praise by deeds ("visited detained journalists, published its findings and called
for their release", "has opened investigations into dozens of our cases"), a court whose ruling goes against
the attacked actor, and a list of demands ("We ask three things. ... That X stop ..."). The passages below
were written for this test before the rules, in genres the op-eds do not use (an election observers'
network, a committee of miners' families, a diaspora association, a nurses' council, a historians'
society); the guards are the same verbs in a neutral report, or a watchdog's verb told of an attacked actor.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, author_stance, opinion_piece

_OBSERVERS = opinion_piece(
    "What the ballot boxes saw\n\nBy the steering group of the Citizens' Election Watch network\n\n",
    "Our volunteers sat in two thousand polling stations on election day. They counted, they wrote, they "
    "signed.",
    "We will be back at the next election, with more volunteers and the same notebooks.")
_MINERS = opinion_piece(
    "Forty metres down\n\nBy the committee of the families of the Santa Rosa shaft\n\n",
    "Eleven men went down the shaft on the night shift of 3 August. Four came back up.",
    "We light a candle at the pithead every Sunday. Come and stand with us.")
_DIASPORA = opinion_piece(
    "The long arm at our door\n\nBy the board of an association of exiles in Berlin\n\n",
    "Our members left their country to speak freely. Many of them still do not sleep well.",
    "We meet every Thursday evening. The door is open to anyone who needs it.")
_NURSES = opinion_piece(
    "The first weeks of the fever\n\nBy the council of a regional nurses' association\n\n",
    "Our members were on the wards when the first patients arrived with the fever. Some of them fell ill "
    "themselves.",
    "We will keep caring for the sick. We would like to do it with the truth in hand.")
_HISTORIANS = opinion_piece(
    "A plaque is not a history\n\nBy the executive of a society of historians of the twentieth century\n\n",
    "Our members have spent their working lives in archives. We know how easily a record can be lost.",
    "The archives are open on weekdays. We invite anyone who doubts us to come and read.")


def _actor(text: str, name: str) -> str | None:
    stance = author_stance(text)
    return next((k for k in stance if name.lower() in k.lower() or k == name), None)


# Harmful deeds told flatly: no judging word, no event the events stage types.
_HARMED = [
    (_DIASPORA, "Last spring the embassy of Rwanda hacked the phones of three of our members in Brussels.", "RWA"),
    (_DIASPORA, "Beijing's police wiretapped the relatives of our members in Urumqi and questioned them about our "
                "meetings.", "Beijing's police"),
    (_DIASPORA, "Corvex Systems sold and installed the spyware that the security police used against our members.",
     "Corvex Systems"),
    (_MINERS, "Cerro Azul Mining bribed two inspectors of the labour ministry a month before the collapse.",
     "Cerro Azul Mining"),
    (_MINERS, "Cerro Azul Mining withheld the gas readings from the inspectors for three weeks.", "Cerro Azul Mining"),
    (_MINERS, "On the second day Cerro Azul Mining abandoned the trapped miners and sealed the shaft.",
     "Cerro Azul Mining"),
    (_NURSES, "In January, Minsk concealed the first cases from the World Health Organization.", "BLR"),
    (_NURSES, "The health ministry in Minsk deleted the hospital records of the first forty deaths.", "BLR"),
    (_HISTORIANS, "Budapest rewrote the plaque at the station and erased the names of the deported.", "HUN"),
    (_OBSERVERS, "Moscow paid for four hundred accounts that posted the wrong polling dates in our language.", "RUS"),
    (_MINERS, "Since the collapse, Andes Mutual no longer insures the miners of the valley.", "Andes Mutual"),
]

# Praise by deeds told flatly: the watchdog, the rescuer, the court.
_PRAISED = [
    (_DIASPORA, "Human Rights Watch documented every case and published the names of the detained.",
     "Human Rights Watch"),
    (_MINERS, "The International Labour Organization sent inspectors to the mine, published its findings and "
              "called for a criminal inquiry.", "International Labour Organization"),
    (_DIASPORA, "In March, the European Court of Human Rights found that Ankara had abducted two of our members and "
                "ordered it to pay damages to their families.", "European Court of Human Rights"),
    (_HISTORIANS, "Amnesty International investigated the disappearances and interviewed the families of the "
                  "missing.", "Amnesty International"),
    (_NURSES, "The World Health Organization visited the wards, counted the dead and published the cases the "
              "ministry had hidden.", "World Health Organization"),
    (_OBSERVERS, "The Venice Commission has opened an inquiry into the fraud at the polling stations of the "
                 "north.", "Venice Commission"),
]

# A list of demands: "That X stop ..."
_DEMANDED = [
    (_DIASPORA, "We ask two things. That Minsk stop following our members abroad. And that Interpol stop "
                "accepting its requests.", "BLR"),
    (_HISTORIANS, "We ask three things. That Budapest return the old plaque. That the archives stay open. And that "
                  "Warsaw stop praising a history it has never read.", "POL"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _HARMED)
def test_a_harmful_deed_told_flatly_attacks_its_doer(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    record = author_stance(text)[key]
    assert record.polarity < -0.15, (record.polarity, record.reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _PRAISED)
def test_a_watchdog_deed_favours_its_doer(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    record = author_stance(text)[key]
    assert record.polarity > 0.15, (record.polarity, record.reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _DEMANDED)
def test_a_demand_to_stop_in_a_list_attacks_its_addressee(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    record = author_stance(text)[key]
    assert record.polarity < -0.15, (record.polarity, record.reasons)


# Guards: the same verbs where the deed is no watchdog's, no harm or not the writer's.
_NOT_WATCHDOG = [
    # a watchdog's verb told of an attacked actor: its object is people, not a wrong
    (_DIASPORA, "Minsk investigated our members and published their home addresses.", "BLR"),
    (_OBSERVERS, "Minsk documented every observer who signed a protocol.", "BLR"),
    # the watchdog's deed only claimed by the actor
    (_NURSES, "Minsk says it investigated every death and published its findings.", "BLR"),
    # a neutral report of a routine publication
    (_HISTORIANS, "Canberra published its budget in May.", "AUS"),
]

_NOT_HARM = [
    # the same verbs in a neutral or helpful report
    (_MINERS, "After the inspection, Cerro Azul Mining sealed the old shaft, as the inspectors had asked.",
     "Cerro Azul Mining"),
    (_NURSES, "Vilnius did not conceal a single case: it sent every record to Geneva.", "LTU"),
    (_DIASPORA, "Copenhagen tracked the stolen car and returned the laptops to our office.", "DNK"),
    # a harm the actor only says another did
    (_OBSERVERS, "Tallinn says Moscow paid for the accounts.", "EST"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _NOT_WATCHDOG)
def test_no_watchdog_praise_where_the_deed_is_not_one(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor) or actor
    assert not any(r.startswith("watchdog deed") for r in author_reasons(text, key)), author_reasons(text, key)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _NOT_HARM)
def test_no_harmful_deed_where_the_deed_is_neutral(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor) or actor
    assert not any(r.startswith("harmful") for r in author_reasons(text, key)), author_reasons(text, key)


# Written after the first rules, before the analogy rule and the narrowing of watchdog deeds to a sentence with a
# wrong (a farming cooperative's water committee, a provincial weekly's editor).
_WELL = opinion_piece(
    "Notes from the well\n\nBy the water committee of a farming cooperative\n\n",
    "Our members farm the dry plain east of the river. Water is our whole politics.",
    "We will meet again after the harvest.")
_WEEKLY = opinion_piece(
    "Press freedom is a local matter\n\nBy the editor of a provincial weekly\n\n",
    "Our paper has come out every Friday for sixty years.",
    "We go to print on Thursday night, as always.")


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_WELL, "Aral Agro Holdings says it only pumps what the law allows. That is the excuse of every polluter who has "
            "ever emptied a river.", "Aral Agro Holdings"),
    (_WELL, "Tashkent says the canal belongs to the whole nation. This is the language of every regime that has ever "
            "seized a village's land.", "UZB"),
])
def test_an_analogy_that_judges_a_claim_attacks_the_claimant(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, "-", "analogy '")


@pytest.mark.issue(18)
def test_no_analogy_where_the_class_is_praised():
    text = _WELL("Astana says the river is a shared resource. That is the argument of every good neighbour we have "
                 "known.")
    key = _actor(text, "KAZ") or "KAZ"
    assert not any(r.startswith("analogy") for r in author_reasons(text, key)), author_reasons(text, key)


@pytest.mark.issue(18)
def test_findings_on_a_disaster_are_no_watchdog_deed():
    text = _WEEKLY("Baku documented the damage from the earthquake and published its findings within a week.")
    key = _actor(text, "AZE") or "AZE"
    assert not any(r.startswith("watchdog deed") for r in author_reasons(text, key)), author_reasons(text, key)


@pytest.mark.issue(18)
def test_a_court_ordering_compensation_is_favoured():
    text = _WELL("The Inter-American Court of Human Rights found that Managua had expropriated the cooperative's land "
                 "and ordered it to pay compensation.")
    key = _actor(text, "Inter-American Court")
    assert key is not None
    assert_author_sign(text, key, "+", "ruling '")


# A deed measured against a norm the writer states ("as neighbours should"): written before the rule, after reading
# oped-90's "closed no border and shared its own data daily, as neighbours should" (Liberia, favoured).
@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,sign", [
    (_WELL, "Oslo returned the stolen pumps within a week, as a good neighbour must.", "NOR", "+"),
    (_NURSES, "Tallinn published every figure from the ward inquiry, as governments should.", "EST", "+"),
    (_MINERS, "Riga never shared its gas readings with our inspectors, as neighbours should.", "LVA", "-"),
])
def test_a_deed_measured_against_a_stated_norm(piece, passage, actor, sign):
    text = piece(passage)
    key = _actor(text, actor)
    assert key is not None, f"no actor for {actor}"
    assert_author_sign(text, key, sign, "norm '")


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", [
    (_DIASPORA, "Minsk arrested the returning exiles at the airport, as dictatorships must.", "BLR"),
    (_OBSERVERS, "Vilnius held its local elections in April, as it does every four years.", "LTU"),
])
def test_no_norm_met_where_the_norm_is_a_sneer_or_a_habit(piece, passage, actor):
    text = piece(passage)
    key = _actor(text, actor) or actor
    assert not any(r.startswith("norm") for r in author_reasons(text, key)), author_reasons(text, key)
