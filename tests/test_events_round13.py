"""Events of issue 16's thirteenth round: dyads (who did it to whom) on events whose type was
already right: a title's appositive name, "both governments", the maker of "the accusation", the
doer of a judged act's purpose clause, the side a mobilisation is aimed at, and the broker of a
ceasefire. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_a_titles_appositive_name_acts_not_the_body_of_the_title(pipeline):
    # the parser coordinates the name with "Libya"; the envoy, not the United Nations, calls
    doc = analyse_text(pipeline, "The UN special envoy for Libya, Maria Lindqvist, who landed in Tripoli "
                              "on Monday, called on the rival militias to lay down their arms.")
    (_e, src, _tgt), *_ = events_with_parties(doc, "REQUEST")
    assert src == ["Maria Lindqvist"]


def test_an_appositive_after_an_of_complement_names_the_envoy(pipeline):
    doc = analyse_text(pipeline, "The ambassador of Chile, Ana Soto, condemned Peru.")
    (_e, src, tgt), *_ = events_with_parties(doc, "ACCUSE")
    assert src == ["Ana Soto"] and tgt == ["Peru"]


def test_both_governments_are_the_two_states_of_the_text(pipeline):
    doc = analyse_text(pipeline, "Chile accused Peru of shelling a border post. "
                              "A United Nations mediator urged both governments to keep talking.")
    requests = events_with_parties(doc, "REQUEST")
    assert any(sorted(tgt) == ["Chile", "Peru"] for _e, _src, tgt in requests)


def test_two_sides_sign_with_each_other_not_with_the_broker(pipeline):
    doc = analyse_text(pipeline, "Chile and Peru signed a ceasefire brokered by Brazil on Sunday.")
    agree = [(src, tgt) for _e, src, tgt in events_with_parties(doc, "AGREE")]
    assert agree and all("Brazil" not in tgt for _src, tgt in agree)
    assert any(sorted(src) == ["Chile", "Peru"] for src, _tgt in agree)


def test_both_governments_said_after_one_of_them_are_the_two_states(pipeline):
    # the sentence before names one actor as subject; "both" asks for two
    doc = analyse_text(pipeline, "Chile recalled its ambassador from Peru on Monday. "
                              "The African Union urged both governments to show restraint.")
    requests = events_with_parties(doc, "REQUEST")
    assert any(sorted(tgt) == ["Chile", "Peru"] for _e, _src, tgt in requests)


def test_talks_hosted_by_a_third_country_are_between_the_two_sides(pipeline):
    doc = analyse_text(pipeline, "Chile and Peru held talks hosted by Brazil in Brasilia.")
    held = [(src, tgt) for e, src, tgt in events_with_parties(doc, "CONSULT") if "held" in e.cue]
    assert held and all("Brazil" not in tgt for _src, tgt in held)


def test_denying_the_accusation_is_aimed_at_its_maker(pipeline):
    doc = analyse_text(pipeline, "Luis Vega, a former minister, criticised the government of Peru for its "
                              "silence. Ana Soto, the EU envoy to Lima, dismissed the criticism.")
    (_e, src, tgt), *_ = events_with_parties(doc, "REJECT")
    assert src == ["Ana Soto"] and tgt == ["Luis Vega"]


def test_massing_troops_an_accuser_reports_is_aimed_at_the_accuser(pipeline):
    doc = analyse_text(pipeline, "Chile on Tuesday accused Bolivia of massing troops along their shared border.")
    (_e, src, tgt), *_ = events_with_parties(doc, "MOBILIZE")
    assert src == ["Bolivia"] and tgt == ["Chile"]


def test_troops_sent_somewhere_named_keep_their_destination(pipeline):
    # praise judges no hostile act: the destination stays the target, not the one who praises
    doc = analyse_text(pipeline, "Chile praised Bolivia for sending troops to Haiti.")
    (_e, src, tgt), *_ = events_with_parties(doc, "MOBILIZE")
    assert src == ["Bolivia"] and tgt == ["Haiti"]


def test_the_purpose_of_a_judged_act_is_done_by_the_one_judged(pipeline):
    doc = analyse_text(pipeline, "Chile accused Bolivia of sending troops across the border to support "
                              "rebels in the north.")
    support = [src for _e, src, _tgt in events_with_parties(doc, "SUPPORT")]
    assert ["Bolivia"] in support


def test_our_border_guards_in_a_statement_are_the_issuer(pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Chile on border security\n\n"
            "Chile will send an additional engineering unit to Peru next month, and our border guards "
            "will carry out joint patrols with Peru.\n")
    doc = analyse_text(pipeline, text)
    patrols = [(src, tgt) for e, src, tgt in events_with_parties(doc, "COOPERATE") if "patrol" in e.trigger.text]
    assert patrols and all("Chile" in " ".join(src) for src, _tgt in patrols), patrols


def test_both_delegations_are_the_two_states_of_the_talks(pipeline):
    doc = analyse_text(pipeline, "Talks between Chile and Peru resumed in Quito. "
                              "An envoy said both delegations had asked Brazil to chair the next round.")
    requests = events_with_parties(doc, "REQUEST")
    assert any(sorted(src) == ["Chile", "Peru"] and tgt == ["Brazil"] for _e, src, tgt in requests)


def test_talks_with_no_named_partner_are_not_with_ones_own_minister(pipeline):
    doc = analyse_text(pipeline, "Peru seized a Chilean fishing boat on Monday. "
                              "Chilean Foreign Minister Ana Soto said Chile would not negotiate under pressure.")
    # a refusal to negotiate with no partner named is a REJECT since round 29e1 (a negated CONSULT before)
    (_e, src, tgt), *_ = events_with_parties(doc, "REJECT")
    assert src == ["Chile"] and tgt == ["Peru"]


def test_an_offer_to_mediate_is_between_the_two_states_of_the_text(pipeline):
    doc = analyse_text(pipeline, "Chile accused Peru of moving troops to the border. "
                              "Brazil, which shares a border with both countries, offered to mediate.")
    mediation = [(src, tgt) for e, src, tgt in events_with_parties(doc, "CONSULT") if "mediate" in e.trigger.text]
    assert mediation == [(["Brazil"], ["Chile", "Peru"])]
