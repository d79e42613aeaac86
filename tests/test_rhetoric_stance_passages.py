"""Author stance on short opinion passages (issue 18): op-eds, advocacy statements and
state-media commentary, written for this test, against and for states, leaders,
alliances and movements, with sarcasm and hypocrisy idioms.

Each row: the passage and the expected sign of the author's stance per actor ("-" against,
"+" for). An actor is given by its name, or by an ISO3 code for "the state": the record
whose target is that country's state actor, or, when the state itself is not named, its
capital, seat of government, government or armed forces ("Bamako", "Ukraine's soldiers"). A row is a
contract on the sign only; the evidence of every checked record must be non-empty
and give a reason for each span.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import analyze
from conftest import benchmark

eval_opeds = benchmark("eval_opeds")

ROOT = Path(__file__).resolve().parents[1]

PASSAGES = [
    # op-eds against a state
    ("Russia's war of aggression against Ukraine is a crime that no amount of propaganda can hide.",
     {"Russia": "-"}),
    ("The treachery of the Kremlin knows no limits: it signs ceasefires only to break them.",
     {"Russia": "-"}),
    ("Moscow lied about its troops on the border, and then it invaded.",
     {"Russia": "-"}),
    ("Iran is a rogue state that exports terror across the region.",
     {"Iran": "-"}),
    ("The illegitimate regime in Minsk survives only because Moscow props it up.",
     {"BLR": "-"}),
    ("Beijing's brutal repression in Xinjiang should shame every government that trades with it.",
     {"China": "-"}),
    ("North Korea's reckless missile tests threaten the whole of East Asia.",
     {"PRK": "-"}),
    ("The juntas in Bamako and Niamey have betrayed the people who cheered them.",
     {"MLI": "-", "NER": "-"}),
    # hypocrisy and sarcasm
    ("How touching that Washington now sheds crocodile tears for civilians it helped to bomb.",
     {"United States": "-"}),
    ("London lectures the world on human rights while it sells arms to anyone who pays.",
     {"United Kingdom": "-"}),
    ("Paris pays lip service to the victims while its companies keep trading with the aggressor.",
     {"France": "-"}),
    ("The so-called peace plan of Ankara is a land grab with a ribbon on it.",
     {"TUR": "-"}),
    ("Brussels and its double standards: sanctions for some occupations, silence for others.",
     {"European Union": "-"}),
    ("Berlin claims to care about refugees now; spare us the sudden concern, since it turned them away last year.",
     {"Germany": "-"}),
    # for a state or a leader
    ("Ukraine's soldiers have shown a courage that shames the hesitation of its allies.",
     {"UKR": "+"}),
    ("We stand with Taiwan and with every people that chooses its own government.",
     {"Taiwan": "+"}),
    ("Estonia has been a loyal and reliable ally, and its warnings proved right.",
     {"Estonia": "+"}),
    ("President Zelensky's steadfast leadership has held a nation together under fire.",
     {"Volodymyr Zelensky": "+"}),
    ("Finland showed wisdom and restraint when it joined the alliance.",
     {"Finland": "+"}),
    # both sides in one passage
    ("We stand with Kyiv against the Kremlin's treachery.",
     {"UKR": "+", "RUS": "-"}),
    ("While Poland opened its doors to millions, Hungary played the spoiler for Moscow.",
     {"Hungary": "-"}),
    ("Armenia was abandoned by the very allies that promised to defend it, and Azerbaijan's aggression went unpunished.",
     {"Azerbaijan": "-"}),
    # alliances and organisations
    ("NATO's reckless expansion has brought Europe to the edge of war.",
     {"NATO": "-"}),
    ("The United Nations has been feckless and spineless in the face of mass atrocities.",
     {"United Nations": "-"}),
    ("The European Union deserves praise for its generous and principled support of refugees.",
     {"European Union": "+"}),
    # state-media commentary
    ("The puppet government in Kyiv obeys orders from Washington and calls it sovereignty.",
     {"UKR": "-"}),
    ("Washington's hypocrisy is on full display: it preaches democracy and arms dictators.",
     {"United States": "-"}),
    ("China has been a reliable partner to Africa, generous with loans and respectful of sovereignty.",
     {"China": "+"}),
    ("The Western media's propaganda cannot hide the failure of the sanctions against Russia.",
     {}),
    # movements and leaders
    ("Hamas is a murderous death cult that uses its own people as shields.",
     {"Hamas": "-"}),
    ("The protesters in Tehran are brave people who face the bullets of the police with bare hands.",
     {"protesters": "+"}),
    ("Putin is a war criminal, and every handshake with him is complicity.",
     {"Vladimir Putin": "-"}),
    ("Maduro's corrupt clique has plundered Venezuela's oil wealth.",
     {"Nicolás Maduro": "-"}),
    # calls to action as demands
    ("Moscow must end its occupation and withdraw every soldier from Georgian soil.",
     {"Russia": "-"}),
    ("Europe should isolate Belarus until its political prisoners are free.",
     {"Belarus": "-"}),
    ("Israel must stop the bombing of Gaza now.",
     {"Israel": "-"}),
]

#: Passages with no actor to check: at least they must not invent a stance toward an actor named
#: only in a legal designation.
DESIGNATION_PASSAGES = [
    "The United States designated the group a terrorist organisation in 2019, the State Department said.",
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,expected", PASSAGES, ids=[p[0][:40] for p in PASSAGES])
def test_rhetoric_stance_passage_author_signs(text, expected):
    document = analyze(text)
    stance = eval_opeds.author_stance(document)  # names without accents, ISO3 for states
    for name, sign in expected.items():
        name = eval_opeds.plain(name)
        assert name in stance, f"no author stance toward {name}: {sorted(stance)}; actors " \
                               f"{[a.name for a in document.actors]}"
        record = stance[name]
        got = "+" if record.polarity > 0 else "-" if record.polarity < 0 else "0"
        assert got == sign, f"{name}: {record.polarity:+.2f} {list(zip(record.evidence, record.reasons))}"
        assert record.evidence and len(record.reasons) == len(record.evidence)


def test_rhetoric_stance_passage_table_is_large_enough():
    assert len(PASSAGES) >= 30
    assert sum(1 for _, exp in PASSAGES for s in exp.values() if s == "+") >= 8


@pytest.mark.issue(18)
@pytest.mark.parametrize("text", DESIGNATION_PASSAGES)
def test_rhetoric_stance_designation_is_not_name_calling(text):
    document = analyze(text)
    assert not [t for t in document.techniques if t.technique == "Name_Calling,Labeling"]


#: A whole advocacy op-ed (written for this test) that attacks one state, accuses two others of
#: hypocrisy with sarcasm, and takes the side of two more: the author's sign per actor.
OPED = """The enemy at the gate

For a decade, Tehran has armed militias from Lebanon to Yemen, and it has never hidden its aims. \
The regime in Tehran is not a partner for peace; it is a sponsor of terror that hangs its own dissidents.

Yet our supposed friends keep looking away. Qatar hosts the regime's allies and calls it mediation. \
How touching that the leaders of Qatar now shed tears for the victims of a war their money helped to fund.

Turkey is no better. Ankara's double standards are on full display: it lectures the world on \
humanitarian law while its drones strike Kurdish villages.

Israel, for all its faults, has stood by its commitments, and Saudi Arabia has shown restraint under \
fire. We stand with the brave women of Iran who risk everything for their freedom.

The West must isolate Iran and stop rewarding the cynicism of Doha and Ankara.
"""
OPED_SIGNS = {"IRN": "-", "QAT": "-", "TUR": "-", "Saudi Arabia": "+"}


@pytest.mark.issue(18)
def test_rhetoric_stance_oped_attacks_and_favours():
    document = analyze(OPED)
    stance = eval_opeds.author_stance(document)
    got = {name: ("+" if stance[name].polarity > 0 else "-") for name in OPED_SIGNS if name in stance}
    assert got == OPED_SIGNS
    capitals = {a.id for a in document.actors if a.name in ("Tehran", "Doha", "Ankara")}
    assert not [s for s in document.stance if s.target in capitals]  # folded into their states


#: The example op-ed of the repository: the actors it attacks (the juntas of three states,
#: Russian mercenaries, jihadist groups).
EXAMPLE_SIGNS = {"MLI": "-", "BFA": "-", "NER": "-", "Russian mercenaries": "-", "jihadist groups": "-"}


@pytest.mark.issue(18)
def test_rhetoric_stance_example_oped_signs():
    document = analyze((ROOT / "examples" / "oped_call_to_action.md").read_text("utf-8"))
    stance = eval_opeds.author_stance(document)
    got = {name: ("+" if stance[name].polarity > 0 else "-") for name in EXAMPLE_SIGNS if name in stance}
    assert got == EXAMPLE_SIGNS
