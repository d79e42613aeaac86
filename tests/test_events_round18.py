"""Events and actors of issue 16's eighteenth round (dyads): a bare plural title is no single
office holder, "Ms Lomu" is the person named in full before, and a people or organ noun owned
by "its"/"their" stands for the body the pronoun stands for. Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, event_cues, events_of, events_with_parties


def _dyads(doc, type_: str) -> list:
    return [(src, tgt) for _e, src, tgt in events_with_parties(doc, type_)]


def _mentions(doc, name: str) -> list[str]:
    actor = next(a for a in doc.actors if a.name == name)
    return [doc.text[s:e] for s, e in actor.mentions]


# a bare plural title ("a meeting of foreign ministers") is no mention of the one holder named

def test_meeting_of_foreign_ministers_is_not_the_named_foreign_minister(pipeline):
    doc = analyse_text(pipeline, "Croatian Foreign Minister Ivo Maric criticised the plan on Monday. EU foreign "
                                 "policy chief Anna Berg said after a meeting of foreign ministers that the talks "
                                 "had failed.")
    assert "foreign ministers" not in _mentions(doc, "Ivo Maric")
    assert not [e for e in events_of(doc, "CONSULT")], event_cues(doc)


def test_the_two_ministers_still_stand_for_both_holders(pipeline):
    # negative of the rule above: "the two ministers" is definite, the two holders named before
    doc = analyse_text(pipeline, "Thai Foreign Minister Kittipong Raksachat met Japanese Foreign Minister Hiroshi "
                                 "Tanabe in Bangkok. The two ministers will hold talks on maritime security.")
    talks = [(sorted(src), sorted(tgt)) for e, src, tgt in events_with_parties(doc, "CONSULT") if e.mode == "intended"]
    assert talks == [(["Hiroshi Tanabe", "Kittipong Raksachat"], ["Hiroshi Tanabe", "Kittipong Raksachat"])]


def test_the_singular_title_still_joins_its_holder(pipeline):
    doc = analyse_text(pipeline, "Foreign Minister Ivo Maric spoke on Monday. The foreign minister said the talks "
                                 "had failed.")
    assert "foreign minister" in _mentions(doc, "Ivo Maric")


# "Ms Lomu" after "Tevita Lomu": one person, not a second one acting upon the first

def test_form_of_address_and_surname_is_the_person_named_in_full(pipeline):
    doc = analyse_text(pipeline, "Tevita Lomu, the head of the forum, said she had spoken to both sides. "
                                 "Ms Lomu urged calm.")
    assert "Ms Lomu" in _mentions(doc, "Tevita Lomu")
    assert not [a for a in doc.actors if a.name == "Ms Lomu"]
    assert _dyads(doc, "REQUEST") == [(["Tevita Lomu"], [])]


def test_form_of_address_with_another_surname_stays_apart(pipeline):
    doc = analyse_text(pipeline, "Tevita Lomu said she had spoken to both sides. Mr Faleolo urged calm.")
    assert "Mr Faleolo" not in _mentions(doc, "Tevita Lomu")


# "Its members urged ...": the body the possessive stands for

def test_its_members_after_an_organisation_are_the_organisation(pipeline):
    doc = analyse_text(pipeline, "The Organization of American States held an emergency meeting. Its members "
                                 "urged Venezuela to withdraw its troops.")
    assert _dyads(doc, "REQUEST") == [(["Organization of American States"], ["Venezuela"])]


def test_its_foreign_ministers_after_the_union_are_the_union(pipeline):
    doc = analyse_text(pipeline, "The European Union criticised Serbia on Monday. Its foreign ministers threatened "
                                 "to freeze the talks.")
    assert _dyads(doc, "THREATEN") == [(["European Union"], ["Serbia"])]


def test_its_members_in_a_reported_clause_are_the_reporting_body(pipeline):
    doc = analyse_text(pipeline, "NATO said its members would send weapons to Ukraine.")
    assert _dyads(doc, "AID") == [(["NATO"], ["Ukraine"])]


def test_their_demands_is_no_people_noun(pipeline):
    # negative: "their demands" names no actor; the protesters remain the source
    doc = analyse_text(pipeline, "The protesters marched to parliament. Their demands included new elections.")
    assert all(src == ["protesters"] for src, _tgt in _dyads(doc, "REQUEST"))


def test_his_aides_are_not_read_as_a_body(pipeline):
    # negative: only "its"/"their" stand for a body; "her" stays the person's
    doc = analyse_text(pipeline, "Ana Soto said her aides had met the Chilean envoy.")
    assert _dyads(doc, "CONSULT") == [(["Ana Soto"], ["Chilean envoy"])]


# "the secretary-general of the Caribbean Community, Marcia ...": the body stays an actor

def test_body_of_a_reverse_appositive_title_is_its_own_actor(pipeline):
    doc = analyse_text(pipeline, "The secretary-general of the Caribbean Community, Marcia Edwards-Thorne, said "
                                 "the talks would go on. CARICOM stands with Guyana.")
    assert "Caribbean Community" not in _mentions(doc, "Marcia Edwards-Thorne")
    support = [(src, tgt) for e, src, tgt in events_with_parties(doc, "SUPPORT")]
    assert support == [(["CARICOM"], ["Guyana"])]
    caricom = next(a for a in doc.actors if a.name == "CARICOM")
    assert "Caribbean Community" in [doc.text[s:e] for s, e in caricom.mentions]


def test_state_of_a_reverse_appositive_title_stays_in_the_title(pipeline):
    # negative: a state after "of" stays the person's title (and country)
    doc = analyse_text(pipeline, "The foreign minister of Poland, Jan Kowalski, accused Russia of lying.")
    assert _dyads(doc, "ACCUSE") == [(["Jan Kowalski"], ["Russia"])]
    assert next(a for a in doc.actors if a.name == "Jan Kowalski").country == "POL"


def test_the_persons_own_body_is_no_fallback_target(pipeline):
    doc = analyse_text(pipeline, "Guyana and Venezuela traded accusations. The secretary-general of the Caribbean "
                                 "Community, Marcia Edwards-Thorne, said she had spoken to both foreign ministers "
                                 "overnight and urged them to calm down. Ms Edwards-Thorne later left.")
    assert [(src, sorted(tgt)) for src, tgt in _dyads(doc, "REQUEST")] == \
        [(["Marcia Edwards-Thorne"], ["Guyana", "Venezuela"])]
    assert "Ms Edwards-Thorne" in _mentions(doc, "Marcia Edwards-Thorne")


# "Kremlin spokesman": an office whose title opens with a state's seat of government is that state's

def test_office_titled_by_a_seat_of_government_is_of_that_state(pipeline):
    doc = analyse_text(pipeline, "Iran seized a tanker on Sunday. A White House spokesperson condemned Tehran.",
                       published="2019-07-20")
    source = [a for a in doc.actors if "White House spokesperson" in [doc.text[s:e] for s, e in a.mentions]]
    assert source and source[0].country == "USA"


def test_office_without_a_seat_in_its_title_gets_no_country_from_it(pipeline):
    # negative: "the Foreign Minister" names no state; the document's focus decides, not the title
    from communique.actors.resolve import resolve_text

    assert resolve_text("Foreign Minister").country is None
    assert resolve_text("Kremlin spokesman").country == "RUS"
