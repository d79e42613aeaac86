"""Author stance, round 11 (issue 18): rules found on the blind op-eds oped-12..14, each checked
on sentences and short texts written for this test.

* a positive word between scare quotes in the writer's own voice is mocked ('its "heroic"
  resistance'); a negative one is the label of someone else, not the writer's;
* kept or broken promises ("kept its word", ``deeds.en.tsv``: a verb and its object by lemma) and
  taking people in ("took in") are deeds the writer judges;
* idioms of blame and praise ("turned a blind eye", "dragged its feet", "rose to the occasion");
* "what a fine ..." is a sarcastic aside; a call to "release" or "free" is a demand;
* an adjective on the subject's own act or product ("took a brave decision", "adopted a cruel
  law") judges the subject, and a hostile act the writer praises in the same sentence ("took a
  brave decision when it expelled the envoy") is no accusation;
* an international body's executive organ (the European Commission) folds into the body when both
  are named, as a government folds into its state;
* a possessive pronoun inside the mention of what it owns ("His army looted ...") still stands for
  its antecedent, the leader;
* help in kind given ("sent doctors and tents", ``relief.en.txt``) credits the giver; an actor
  that takes the writer's side ("stood by us") or turns against it has the writer's stance
  of the same sign;
* in a statement or commentary with no named author, a hostile act told in the text's own
  voice is the author's accusation; a warning "against" something is advice, not a threat.
"""

from __future__ import annotations

import pytest

from communique import analyze
from conftest import assert_author_sign, author_stance, benchmark

eval_opeds = benchmark("eval_opeds")


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,sign,reason", [
    ('The "heroic" leadership of Belarus has jailed every critic.', "Belarus", "-", "in scare quotes"),
    ("Chad postponed the vote for the third time. What a fine lesson in democracy.", "Chad", "-",
     "sarcasm 'what a fine'"),
    ("Chile kept its word and sent engineers after the earthquake.", "Chile", "+", "deed 'keep word'"),
    ("Peru broke its promise to the fishermen.", "Peru", "-", "deed 'break promise'"),
    ("Uganda took in a million refugees without complaint.", "Uganda", "+", "evaluative 'took in'"),
    ("We urge Nicaragua to release every political prisoner.", "Nicaragua", "-", "demand: 'release"),
    ("When the floods came, Norway sent doctors, tents and water pumps within a week.", "Norway", "+",
     "help in kind 'send doctor'"),
    ("Oman gave shelter to the families who fled.", "Oman", "+", "help in kind 'give shelter'"),
    ("Kenya did not send a single doctor to the camps.", "Kenya", "-", "help in kind 'send doctor'"),
    ("Zambia has opened its books, cut its spending and kept its commitments to the lenders.", "Zambia", "+",
     "deed 'keep commitment'"),
    ("Norway did not keep its pledge.", "Norway", "-", "deed 'keep pledge'"),
    ("Serbia sold its soul for cheap gas.", "Serbia", "-", "deed 'sell soul'"),
    ("Georgia held the line against the pressure.", "Georgia", "+", "deed 'hold line'"),
    ("When the fires came, Canada stood by us and helped us rebuild.", "Canada", "+", "toward the writer"),
    ("Turkey never stood by us, and it will not start now.", "Turkey", "-", "side-taking 'stood by' toward the writer"),
    ("Moscow turned against us the moment the pipeline opened.", "Russia", "-", "toward the writer"),
    ("We helped Kyiv rebuild its schools.", "Ukraine", "+", "side-taking 'help'"),
    ("Ecuador opened its doors to the refugees when others closed theirs.", "Ecuador", "+",
     "deed 'open door'"),
    ("Jordan kept its borders open through the worst of the war.", "Jordan", "+", "evaluative 'kept its borders open'"),
    ("When the storm hit, Fiji came to our aid before anyone else.", "Fiji", "+", "evaluative 'came to our aid'"),
    ("Russia launched a brutal offensive in the east.", "Russia", "-", "evaluative 'brutal'"),
    ("Poland adopted a cruel law against the migrants.", "Poland", "-", "evaluative 'cruel'"),
    ("Lithuania took a brave decision when it expelled the envoy.", "Lithuania", "+", "evaluative 'brave'"),
])
def test_round11_rule_gives_sign_and_reason(text, actor, sign, reason):
    assert_author_sign(text, actor, sign, reason)


@pytest.mark.issue(18)
def test_round11_scare_quoted_label_is_not_the_writers():
    document = analyze('Laos calls the exiled journalists "traitors" in every broadcast.')
    reasons = [r for s in document.stance if s.holder == "author" for r in s.reasons]
    assert not [r for r in reasons if "traitor" in r], reasons


STATEMENT = """Statement on the farmers of the north

Issued by the Mekong Land Rights Network

Last month the authorities of Laos arrested forty farmers who refused to leave their fields. We have spoken to their families.

The farmers were held for weeks without a lawyer, and the land was handed to a plantation company.

We ask every government in the region to speak up for them.
"""

OPED = """Borders in the south

By Ana Lopes

The European Union has sent a monitoring mission to the border. Norway has also warned against any change to the border in the south.

Our neighbours should listen. A border that moves every decade is no border at all.

The lesson is an old one, and it is worth repeating at every summit.
"""


@pytest.mark.issue(18)
def test_round11_statement_without_named_author_accuses_in_its_own_voice():
    record = author_stance(STATEMENT).get("LAO")
    assert record is not None and record.polarity < -0.2, record
    assert any(r.startswith("the author asserts COERCE") for r in record.reasons), record.reasons


@pytest.mark.issue(18)
def test_round11_warning_against_is_no_hostile_act():
    record = author_stance(OPED).get("NOR")
    assert record is None or not any("asserts THREATEN" in r for r in record.reasons), record.reasons


@pytest.mark.issue(18)
def test_round11_weapons_are_no_help_in_kind():
    record = author_stance("Russia sent fighter jets and tanks to the base.").get("RUS")
    assert record is None or not any(r.startswith("help in kind") for r in record.reasons), record.reasons


@pytest.mark.issue(18)
def test_round11_praised_act_is_no_accusation():
    record = author_stance("Lithuania took a brave decision when it expelled the envoy.")["LTU"]
    assert not [r for r in record.reasons if " asserts " in r], record.reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor,sign", [
    ("Serbia has blood on its hands.", "Serbia", "-"),
    ("Hungary turned a blind eye to the smuggling on its border.", "Hungary", "-"),
    ("Austria dragged its feet for months.", "Austria", "-"),
    ("Malta remained silent while the boats sank.", "Malta", "-"),
    ("Slovakia caved in to pressure from its neighbour.", "Slovakia", "-"),
    ("Portugal rose to the occasion.", "Portugal", "+"),
    ("Estonia led by example.", "Estonia", "+"),
    ("Ireland held firm under pressure.", "Ireland", "+"),
    ("Spain promised much and delivered little.", "Spain", "-"),
    ("Ghana has been a beacon of stability in a troubled region.", "Ghana", "+"),
    ("Hungary is on the wrong side of history.", "Hungary", "-"),
    ("Turkey is playing with fire in the Aegean.", "Turkey", "-"),
    ("Moscow's empty promises fooled nobody.", "Russia", "-"),
])
def test_round11_idioms_of_praise_and_blame(text, actor, sign):
    record = author_stance(text)[actor]
    assert eval_opeds.sign_of(record.polarity) == sign and record.reasons[0].startswith("evaluative"), record


@pytest.mark.issue(18)
def test_round11_of_all_countries_mocks_the_lecturer():
    record = author_stance("Sweden, of all countries, now lectures us on human rights.")["Sweden"]
    assert record.polarity < -0.2 and any(r.startswith("sarcasm") for r in record.reasons), record


@pytest.mark.issue(18)
def test_round11_likes_to_present_mocks_the_government_of_x():
    record = author_stance("The government of Chile likes to present its mining law as green.")["CHL"]
    assert record.polarity < -0.2 and any(r.startswith("sarcasm 'likes to present'") for r in record.reasons), record


@pytest.mark.issue(18)
def test_round11_possessive_inside_a_mention_names_its_owner():
    stance = author_stance("Eritrean soldiers still hold villages along the border, and Asmara does not deny it.\n\n"
                     "Eritrea has never been a party to the agreement. President Isaias Afwerki runs a country "
                     "without elections. His army looted factories and clinics during the war.")
    record = stance.get("Isaias Afwerki")
    assert record is not None and record.polarity < -0.2, record
    assert any("loot" in r for r in record.reasons), record.reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,actor", [
    ("The lecturing from Paris has grown tiresome.", "Paris"),
    ("Canada lectures the neighbours on thrift while its own debts grow.", "Canada"),
    ("Norway bought the old ships at twice their price and thanked the sellers for the privilege.", "Norway"),
    ("The government of Chad claims it is protecting the herders. It is doing nothing of the kind.", "Chad"),
    ("Austria says it defends the rule of law. Apparently not.", "Austria"),
])
def test_round11_lecturing_and_paying_for_the_privilege_mock(text, actor):
    record = author_stance(text)[actor]
    assert record.polarity < -0.2 and any(r.startswith("sarcasm") for r in record.reasons), record


@pytest.mark.issue(18)
def test_round11_executive_organ_folds_into_its_body():
    document = analyze("The European Union met in March. The European Commission shamefully ignored the farmers.")
    stance = eval_opeds.author_stance(document)
    record = stance["European Union"]
    assert record.polarity < -0.2 and "evaluative 'shamefully'" in record.reasons, record
    # round 29o1: the organ keeps a record of the evidence said of it as well (it still counts for the body)
    assert "evaluative 'shamefully'" in stance["European Commission"].reasons


@pytest.mark.issue(18)
def test_round11_nothing_of_the_kind_said_plainly_mocks_nobody():
    record = author_stance("The report says nothing of the kind about Peru.").get("Peru")
    assert record is None or not any(r.startswith("sarcasm") for r in record.reasons), record.reasons
