"""Event participants, round 7: the doer of a judged act named by a "by" the parser hangs on
the judging verb, and "we" in a statement whose header names no issuer ("We, the Ministers of
..."). Sentences written for these tests."""

from __future__ import annotations

from test_events_parties import analysed, countries, event


JOINT = ("Joint statement on security in the Pacific\n\n"
         "Lima, 3 March 2024\n\n"
         "We, the Ministers of Foreign Affairs of the Republic of Chile and the Republic of Peru, met today in "
         "Lima to review our cooperation on fisheries and trade.\n\n"
         "We strongly condemn the repeated violations of the airspace of Peru by military aircraft of Bolivia "
         "over the past month. These incidents endanger civil aviation in the region.\n\n"
         "We also condemn Ecuador for blocking the river ports, and we call on the authorities in Quito to "
         "reopen them immediately.\n")


def test_by_on_a_judging_verb_names_the_doer_not_the_victim(analyze):
    doc = analysed(analyze, JOINT)
    ev = event(doc, "ACCUSE", "condemn")
    accused = [e for e in doc.events if e.type == "ACCUSE" and "BOL" in countries(doc, e.target)]
    assert accused, [(e.trigger.text, countries(doc, e.target)) for e in doc.events]
    assert "PER" not in countries(doc, accused[0].target)
    assert ev is not None


def test_we_with_an_apposition_is_the_issuer_of_a_statement(analyze):
    doc = analysed(analyze, JOINT)
    request = event(doc, "REQUEST", "call")
    assert "CHL" in countries(doc, request.source)
    assert countries(doc, request.target) == ["ECU"]
    accuse = [e for e in doc.events if e.type == "ACCUSE" and "ECU" in countries(doc, e.target)]
    assert accused_by_issuer(doc, accuse)


def accused_by_issuer(doc, events) -> bool:
    return bool(events) and all("CHL" in countries(doc, e.source) for e in events)


def test_a_statement_header_names_the_issuer_with_a_country(analyze):
    doc = analysed(analyze, "Joint statement of the Ministers of Foreign Affairs of Chile and Peru\n\nWe call on "
                            "Bolivia to reopen the border crossings.",
                   publisher="Ministers of Foreign Affairs of Chile and Peru")
    assert "CHL" in countries(doc, event(doc, "REQUEST").source)


def test_by_of_means_on_a_judging_verb_changes_nothing(analyze):
    doc = analysed(analyze, "Chile condemned Bolivia by issuing a formal protest note.")
    assert countries(doc, event(doc, "ACCUSE").target) == ["BOL"]


def test_what_a_request_particle_names_gives_its_addressee(analyze):
    doc = analysed(analyze, "Chile and Bolivia traded accusations over the river on Monday. Ecuador called for "
                            "restraint from both sides.")
    assert countries(doc, event(doc, "REQUEST").target) == ["BOL", "CHL"]


def test_a_verb_that_needs_an_object_without_one_is_a_participle(analyze):
    doc = analysed(analyze, "The fighting went on near the border on Sunday, with 30 Peruvian soldiers killed "
                            "and 50 wounded.")
    ev = event(doc, "ASSAULT", "killed")
    assert countries(doc, ev.target) == ["PER"]
    assert "PER" not in countries(doc, ev.source)


def test_coordinated_verbs_sharing_an_object_stay_active(analyze):
    doc = analysed(analyze, "Bolivian rebels kidnapped and killed two Chilean engineers on Friday.")
    ev = event(doc, "ASSAULT", "kidnapped")
    assert [doc.actor(a).name for a in ev.source] == ["Bolivian rebels"]


def test_a_participle_on_a_verbless_sentence_root_is_its_active_verb(analyze):
    doc = analysed(analyze, "The Nordic Aid Fund, an Oslo-based charity, provided food to refugees in Chad.")
    ev = event(doc, "AID")
    assert [doc.actor(a).name for a in ev.source] == ["Nordic Aid Fund"]


def test_a_participle_on_a_noun_stays_passive(analyze):
    doc = analysed(analyze, "Aid supplies, provided by Norway, reached the camps in Chad.")
    assert countries(doc, event(doc, "AID").source) == ["NOR"]


def test_the_one_accused_of_an_act_does_it(analyze):
    doc = analysed(analyze, "Bolivia accused the Chilean navy of firing on a fishing boat near the coast of Peru.")
    ev = event(doc, "ASSAULT")
    assert countries(doc, ev.source) == ["CHL"]
    assert countries(doc, ev.target) == ["PER"]


def test_the_one_praised_for_an_act_in_the_passive_does_it(analyze):
    doc = analysed(analyze, "Chile was praised for sending aid to Haiti.")
    ev = event(doc, "AID")
    assert countries(doc, ev.source) == ["CHL"]
    assert countries(doc, ev.target) == ["HTI"]


def test_a_judged_noun_of_an_act_stands_for_that_act(analyze):
    doc = analysed(analyze, "Peru and Bolivia held a summit in La Paz on Monday. Chile denounced the conclusions "
                            "of the summit.")
    ev = event(doc, "ACCUSE")
    assert countries(doc, ev.source) == ["CHL"]
    assert countries(doc, ev.target) == ["BOL", "PER"]


def test_summoning_an_ambassador_to_protest_is_the_summoner_s_purpose(analyze):
    doc = analysed(analyze, "Peru's foreign ministry said it had summoned the Chilean ambassador to protest "
                            "the incident.")
    for ev in doc.events:
        assert "CHL" not in countries(doc, ev.source), (ev.type, ev.trigger.text)


def test_them_as_object_stands_for_the_subject_before(analyze):
    doc = analysed(analyze, "Chile and Peru signed a fishing accord last year. Bolivia has accused them of "
                            "ignoring its rights.")
    ev = event(doc, "ACCUSE")
    assert countries(doc, ev.source) == ["BOL"]
    assert countries(doc, ev.target) == ["CHL", "PER"]


def test_a_border_target_is_the_country_beyond_it(analyze):
    doc = analysed(analyze, "Chile deployed 500 soldiers to the border with Peru.")
    ev = event(doc, "MOBILIZE")
    assert countries(doc, ev.source) == ["CHL"]
    assert countries(doc, ev.target) == ["PER"]


def test_we_of_a_joint_statement_is_every_issuer(analyze):
    doc = analysed(analyze, JOINT + "\nWe agreed to hold joint naval exercises next year.\n")
    ev = event(doc, "REQUEST", "call")
    assert countries(doc, ev.source) == ["CHL", "PER"]
    agree = [e for e in doc.events if e.type in ("AGREE", "COOPERATE") and "agreed" in e.trigger.text]
    assert agree and countries(doc, agree[0].source) == ["CHL", "PER"], [(e.type, e.trigger.text) for e in doc.events]
