"""Events of issue 16's seventeenth round: the target of an act whose clause names none (the
context fallback) and pronouns or definite nouns that stand for a party. Sentences written for
this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def _dyads(doc, type_: str) -> list:
    return [(src, tgt) for _e, src, tgt in events_with_parties(doc, type_)]


# "its waters": the possessive names the party on the receiving end

def test_its_waters_names_the_state_of_the_governing_clause(pipeline):
    doc = analyse_text(pipeline, "Peru complained to the United Nations after Chilean patrol boats entered its waters.")
    assert _dyads(doc, "MOBILIZE") == [(["Chile"], ["Peru"])]


def test_its_airspace_after_a_plural_doer_is_not_the_doer(pipeline):
    doc = analyse_text(pipeline, "Venezuela said Colombian fighter jets had violated its airspace.")
    assert _dyads(doc, "COERCE") == [(["Colombian fighter jets"], ["Venezuela"])]


def test_their_own_artillery_gives_no_target(pipeline):
    # "their" is the troops' own: nobody on the receiving end is named
    doc = analyse_text(pipeline, "Russian troops moved their artillery closer to the border.")
    assert _dyads(doc, "MOBILIZE") == [(["Russian troops"], [])]


# the fallback does not aim a state's act at its own officials

def test_defiance_near_the_own_minister_answers_the_last_adversary(pipeline):
    doc = analyse_text(pipeline, "Chile's navy seized a Peruvian fishing boat. Peru's foreign minister, Ana Quispe, "
                                 "said that Peru would not be intimidated.")
    assert _dyads(doc, "REJECT") == [(["Peru"], ["Chile's navy"])]


def test_defiance_in_a_quote_answers_the_state_protested_to(pipeline):
    doc = analyse_text(pipeline, "Chile's navy seized a Peruvian fishing boat on Monday. Peru protested to Chile. "
                                 "Peru's foreign minister, Ana Quispe, said: \"Peru will not be intimidated.\"")
    assert _dyads(doc, "REJECT") == [(["Peru"], ["Chile"])]


def test_a_named_target_is_kept_whatever_the_counterpart(pipeline):
    doc = analyse_text(pipeline, "Chilean warships entered Peruvian waters on Monday. Peru's foreign minister Ana "
                                 "Quispe said Peru would share its findings with the United Nations.")
    assert _dyads(doc, "COOPERATE") == [(["Peru"], ["United Nations"])]


def test_own_side_is_only_a_state_source_s(pipeline):
    from communique.stages.events import _own_country_side

    doc = analyse_text(pipeline, "Senator Ana Ruiz criticised the Chilean police. Chile's foreign minister, Luis "
                                 "Soto, met Peru's ambassador. Chile later protested to Peru.")
    ids = {a.name: a.id for a in doc.actors}
    assert {"Ana Ruiz", "Chile", "Luis Soto", "Peru"} <= set(ids), [(a.name, a.country) for a in doc.actors]
    assert _own_country_side(doc, [ids["Ana Ruiz"]]) == set()  # a person of a country: domestic news
    chile = _own_country_side(doc, [ids["Chile"]])
    assert ids["Luis Soto"] in chile and ids["Peru"] not in chile


# definite plural party nouns: the states a list named just before

def test_the_affected_countries_are_the_states_listed_before(pipeline):
    doc = analyse_text(pipeline, "Floods hit Chile, Peru and Bolivia last week. Japan sent aid to the affected countries.")
    assert _dyads(doc, "AID") == [(["Japan"], ["Chile", "Peru", "Bolivia"])]


def test_a_list_of_persons_is_no_list_of_countries(pipeline):
    doc = analyse_text(pipeline, "Ana Ruiz, Luis Soto and Marta Pena met in Lima. Japan sent aid to the affected "
                                 "countries.")
    assert all(a.kind != "state" for e in doc.events if e.type == "AID" for a in doc.actors if a.id in e.target)


# object pronouns are not the subject of their own clause

def test_an_object_pronoun_is_not_the_subject_that_controls_its_verb(nlp):
    from communique.events.arguments import resolve_pronoun
    from communique.stages.events import _own_clause_subject

    doc = nlp("Hong Kong people have learned to ignore her.")
    her = next(t for t in doc if t.lower_ == "her")
    resolved = resolve_pronoun(her)
    assert resolved is not None and _own_clause_subject(her, resolved)


def test_an_object_pronoun_may_be_the_subject_of_the_saying_clause(nlp):
    from communique.events.arguments import resolve_pronoun
    from communique.stages.events import _own_clause_subject

    doc = nlp("Meloni said Brussels would punish her.")
    her = next(t for t in doc if t.lower_ == "her")
    resolved = resolve_pronoun(her)
    assert resolved is not None and resolved.text == "Meloni" and not _own_clause_subject(her, resolved)
