"""Actors round 11b (issue 17): a body of a named organisation is that organisation's, a
full name the model tags as an organisation is the person its surname names later, two
pieces of one name are one person, and the document's own voice ("our government", the
issuer of a statement) takes the country the document is issued from, never the country
it is about. Every text here was written for these tests."""

from __future__ import annotations


def _mentions(doc) -> dict[str, tuple[str, str | None, str | None]]:
    """``{mention text: (kind, country, key)}`` of the document's actors."""
    return {doc.text[s:e]: (a.kind, a.country, a.key) for a in doc.actors for s, e in a.mentions}


def _actor_of(doc, text: str):
    return next(a for a in doc.actors for s, e in a.mentions if doc.text[s:e] == text)


def test_the_african_union_commission_is_the_au_body(analyze):
    doc = analyze("The African Union Commission said it would send observers to the vote.")
    assert _mentions(doc)["African Union Commission"] == ("igo", None, "igo:au-commission")


def test_a_full_name_tagged_as_an_organisation_is_the_person_of_its_surname(analyze):
    doc = analyze("The Helena Marquardt said the talks would resume. Marquardt added that no deal was near.")
    actor = _actor_of(doc, "Marquardt")
    assert actor.kind == "person"
    assert {doc.text[s:e] for s, e in actor.mentions} >= {"Helena Marquardt", "Marquardt"}


def test_a_foundation_named_after_a_person_stays_an_organisation(analyze):
    doc = analyze("The Helena Marquardt Foundation paid for the study. Marquardt said so.")
    assert _mentions(doc)["Helena Marquardt Foundation"][0] == "organization"


def test_a_name_split_in_two_by_the_parser_is_one_person(analyze):
    doc = analyze("Since President Kais Saied suspended parliament, Saied has ruled by decree.")
    actor = _actor_of(doc, "Saied")
    assert [doc.text[s:e] for s, e in sorted(actor.mentions)][0] == "Kais Saied"
    assert not any(doc.text[s:e] == "Kais" for a in doc.actors for s, e in a.mentions)


def test_two_people_named_side_by_side_stay_two(analyze):
    doc = analyze("Ewa Nowak met Anton Varga and Petra Lind in the capital.")
    people = {doc.text[s:e] for a in doc.actors if a.kind == "person" for s, e in a.mentions}
    assert {"Ewa Nowak", "Anton Varga", "Petra Lind"} <= people


def test_the_office_of_an_igo_body_is_not_the_country_in_focus(analyze):
    doc = analyze("The Bolivian authorities jailed three judges. We thank the Office of the United Nations "
                  "High Commissioner for Human Rights, which has spoken clearly when many governments kept silent.")
    found = _mentions(doc)
    assert found.get("Office", ("", None))[1] is None
    assert found.get("many governments", ("", None))[1] is None


def test_our_government_in_an_op_ed_without_a_stated_country_is_no_country(analyze):
    doc = analyze("France has sold frigates to Greece. Paris should think again. Our government has a duty "
                  "to say so, and our government should say it now.")
    assert _mentions(doc).get("Our government", ("", None))[1] is None


def test_a_statement_speaks_for_the_country_it_is_issued_from(analyze):
    doc = analyze("Statement by the Ministry of Foreign Affairs on the missile launch by North Korea\n\n"
                  "Lima, 3 March 2025\n\n"
                  "Peru condemns the launch of a missile by North Korea. North Korea must stop. "
                  "North Korea has ignored every call. Our Government will raise the launch at the United Nations.")
    found = _mentions(doc)
    assert found["Ministry of Foreign Affairs"][1] == "PER"
    assert found["Our Government"][1] == "PER"


def test_our_government_in_a_quote_is_the_speakers(analyze):
    doc = analyze('The Chilean minister spoke in Santiago. "Our government will not give way," she said.')
    assert _mentions(doc)["Our government"][1] == "CHL"
