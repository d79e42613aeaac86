"""Events of issue 16's sixteenth round, second part: sources and targets of the parties of talks
a third party hosts, and the topic of talks. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties

from communique.events.extract import extract_sentence


def _draft_parties(nlp, text, type_="CONSULT"):
    sent = next(iter(nlp(text).sents))
    return [({t.text for t in d.sources}, {t.text for t in d.targets})
            for d in extract_sentence(sent, "2022-06-01") if d.type == type_]


def _consults(pipeline, text):
    doc = analyse_text(pipeline, text, "2022-06-01")
    return [(set(src), set(tgt)) for _, src, tgt in events_with_parties(doc, "CONSULT")]


def test_talks_between_two_states_hosted_by_a_third_are_aimed_at_the_two(pipeline):
    # the host acts towards its guests (as PLOVER codes "ready to host a meeting between A and B")
    found = _consults(pipeline, "Norway hosted talks between Colombia and Venezuela in Oslo on Monday.")
    assert any(src == {"Norway"} and {"Colombia", "Venezuela"} <= tgt for src, tgt in found), found


def test_a_meeting_between_two_named_sides_hosted_by_a_third_keeps_both_sides(nlp):
    drafts = _draft_parties(nlp, "Qatar will host a meeting between Ethiopia and Eritrea next week.")
    assert drafts and {"Ethiopia", "Eritrea"} <= drafts[0][1] and "Qatar" in drafts[0][0], drafts


def test_talks_hosted_by_a_third_party_belong_to_the_subject_of_the_clause(pipeline):
    found = _consults(pipeline, "Peru and Ecuador agreed to reopen the border after three days of talks "
                                "hosted by Brazil.")
    # the parties talk with one another: both on each side; the host is no party
    assert any({"Peru", "Ecuador"} <= src and {"Peru", "Ecuador"} <= tgt for src, tgt in found), found
    assert not any(src == {"Brazil"} and tgt == {"Brazil"} for src, tgt in found), found


def test_a_meeting_of_the_two_presidents_hosted_by_a_body_names_the_presidents(nlp):
    drafts = _draft_parties(nlp, "Switzerland convened a meeting of the two presidents in Geneva.")
    assert drafts and drafts[0] == ({"Switzerland"}, {"presidents"}), drafts


def test_a_host_with_a_with_party_takes_part_itself(pipeline):
    found = _consults(pipeline, "Oman hosted talks with Iran on Monday.")
    assert ({"Oman"}, {"Iran"}) in found, found


def test_a_hosted_delegation_is_received_by_the_host(nlp):
    # "host ~delegation": since round 31e10 the host is the source and the guests the target, as the
    # statements' gold codes a visit received ("^swap" before: the guests visited the host)
    drafts = _draft_parties(nlp, "Ghana hosted a delegation from Togo on Friday.")
    assert drafts and "Ghana" in drafts[0][0], drafts


def test_the_topic_of_talks_is_no_party(pipeline):
    found = _consults(pipeline, "Indonesia and Malaysia held talks on the situation in Myanmar.")
    assert found and not any("Myanmar" in tgt for _, tgt in found), found
    assert any({"Indonesia", "Malaysia"} <= src | tgt for src, tgt in found), found


def test_the_topic_of_talks_on_two_subjects_is_no_party(nlp):
    drafts = _draft_parties(nlp, "The two ministers will hold talks on trade and the border with Laos.")
    assert drafts and not ({"trade", "border", "Laos"} & drafts[0][1]), drafts


def test_talks_with_a_party_on_a_topic_keep_the_party(pipeline):
    found = _consults(pipeline, "Egypt held talks with Sudan on the waters of the Nile.")
    assert any("Egypt" in src and "Sudan" in tgt for src, tgt in found), found


def test_sanctions_on_a_state_still_target_it(pipeline):
    doc = analyse_text(pipeline, "The European Union imposed new sanctions on Belarus on Tuesday.")
    assert any("Belarus" in tgt for _, _, tgt in events_with_parties(doc, "SANCTION"))


def test_pressure_on_a_state_still_targets_it(pipeline):
    doc = analyse_text(pipeline, "France put heavy pressure on Mali to hold elections.")
    assert any("Mali" in tgt for _, _, tgt in events_with_parties(doc, "COERCE"))


def test_a_hosted_summit_with_no_guest_named_keeps_the_host(pipeline):
    found = _consults(pipeline, "Kenya will host a regional summit in Nairobi next month.")
    assert all("Kenya" in src | tgt for src, tgt in found), found


def test_a_content_clause_of_a_noun_is_active(nlp):
    # "reports that X have blocked Y": the parser hangs the clause's verb on the noun as a participle
    drafts = _draft_parties(nlp, "We are worried by reports that armed militias have blocked farmers in "
                                 "the north from reaching their fields.", "COERCE")
    assert drafts and "militias" in drafts[0][0] and "farmers" in drafts[0][1], drafts


def test_a_participle_on_a_noun_is_still_a_passive(nlp):
    drafts = _draft_parties(nlp, "Kenya condemned the attacks carried out by the rebels near the border.",
                            "ACCUSE")
    assert drafts and "rebels" in drafts[0][1], drafts


def _accusations(pipeline, text):
    doc = analyse_text(pipeline, text, "2022-06-01")
    return [(src, tgt) for e, src, tgt in events_with_parties(doc, "ACCUSE") if e.cue.startswith("quoted-accuse")]


def test_an_accusing_quote_naming_nobody_answers_the_last_hostile_act(pipeline):
    # the request to the Security Council came later than the seizure, but it is no hostile act
    found = _accusations(pipeline, 'Peru seized two Chilean fishing boats on Monday. Chile asked the UN Security '
                                   'Council to meet. "This is a reckless provocation," said Chilean Foreign Minister '
                                   'Ana Ruiz.')
    assert found and all(tgt == ["Peru"] for _, tgt in found), found


def test_the_victim_inside_an_accusing_quote_is_not_the_accused(pipeline):
    found = _accusations(pipeline, 'Peru seized two Chilean boats on Monday. "This is an act of aggression against '
                                   'a fishing boat on a rescue mission," said foreign ministry spokesperson Ana Ruiz '
                                   'of Chile.')
    assert found and all(tgt == ["Peru"] for _, tgt in found), found


def test_an_accusing_quote_that_names_the_accused_keeps_it(pipeline):
    doc = analyse_text(pipeline, 'Chile asked the UN Security Council to meet. "The regime in Lima has told one lie '
                                 'after another about the boats," said Chilean Foreign Minister Ana Ruiz.')
    found = [tgt for _, _, tgt in events_with_parties(doc, "ACCUSE")]
    assert found and all("Peru" in tgt for tgt in found), found


def test_a_headline_clause_after_as_has_its_own_subject(nlp):
    # the parser hangs "envoy" on "as" and gives "pleads" the subject of the main clause
    text = "Mali accuses Niger's army of shelling border town as AU envoy pleads for calm"
    drafts = _draft_parties(nlp, text, "REQUEST")
    assert drafts and drafts[0][0] == {"envoy"}, drafts


def test_a_clause_after_while_keeps_its_subject(nlp):
    drafts = _draft_parties(nlp, "Kenya condemned the attack while the rebels denied any role.", "REJECT")
    assert drafts and drafts[0][0] == {"rebels"}, drafts


def test_an_unnamed_envoy_named_later_is_that_person(pipeline):
    doc = analyse_text(pipeline, "Mali accused Niger of shelling a village, while an African Union envoy urged both "
                                 "governments to talk. The AU special envoy for the Sahel, Ana Soto, arrived in "
                                 "Bamako on Monday.")
    assert [src for _, src, _ in events_with_parties(doc, "REQUEST")] == [["Ana Soto"]]


def test_an_unnamed_envoy_never_named_stays_the_envoy(pipeline):
    doc = analyse_text(pipeline, "Mali accused Niger of shelling a village, while an African Union envoy urged both "
                                 "governments to talk. Ana Soto, a farmer, said the village was empty.")
    assert all("Ana Soto" not in src for _, src, _ in events_with_parties(doc, "REQUEST"))


def test_such_as_lists_members_and_keeps_the_subject(nlp):
    drafts = _draft_parties(nlp, "Western powers such as France condemned the coup.", "ACCUSE")
    assert drafts and drafts[0][0] == {"powers"}, drafts


def test_a_named_city_shelled_is_on_the_receiving_end(pipeline):
    doc = analyse_text(pipeline, "Russian forces shelled Kharkiv on Monday.")
    found = [(src, tgt) for _, src, tgt in events_with_parties(doc, "ASSAULT")]
    assert found and found[0][1] and all(doc.actor(i).country == "UKR"
                                         for e in events_with_parties(doc, "ASSAULT") for i in e[0].target), found


def test_a_city_as_the_place_of_a_subject_still_is_no_target(pipeline):
    doc = analyse_text(pipeline, "Protesters in Minsk accused the government of fraud.")
    assert all("Minsk" not in tgt for _, _, tgt in events_with_parties(doc, "ACCUSE"))
