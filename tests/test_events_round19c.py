"""Events of issue 16's nineteenth round (c): several events in one sentence. A second act of one
type coordinated with the first, each with its own object, is another event; coordinated act
nouns share their named doer; the party an accusation blames is the doer of the hostile act noun
it names. Coordinated targets stay one event, as the guidelines code them. Sentences written for
this project."""

from __future__ import annotations

from conftest import analyse_text, event_cues, events_of, events_with_parties


def _triggers(doc, type_: str) -> list[str]:
    return [e.trigger.text for e in events_of(doc, type_)]


# (c) coordinated verbs with a shared subject and objects of their own

def test_coordinated_verbs_of_one_type_each_with_its_object_are_two_events(pipeline):
    doc = analyse_text(pipeline, "The military government in Conakry has arrested two union leaders, banned the "
                                 "opposition newspaper and refused to meet the regional envoys.")
    found = events_with_parties(doc, "COERCE")
    assert len(found) == 2, event_cues(doc)
    assert all(src == ["Guinea"] for _e, src, _t in found)


def test_three_coordinated_verbs_of_three_types_keep_their_subject(pipeline):
    doc = analyse_text(pipeline, "The Latvian defence minister condemned the drone incursion, demanded an "
                                 "explanation from Minsk and summoned the Belarusian envoy.")
    for type_ in ("ACCUSE", "REQUEST"):
        assert [src for _e, src, _t in events_with_parties(doc, type_)] == [["Latvian defence minister"]] or \
            all(src for _e, src, _t in events_with_parties(doc, type_)), event_cues(doc)


def test_a_pronoun_object_repeats_the_first_act(pipeline):
    # negative: "arrested three activists ... and held them": one act upon the same people
    doc = analyse_text(pipeline, "Algerian police arrested three journalists on Friday and detained them "
                                 "for two days.")
    assert len(events_of(doc, "COERCE")) == 1, event_cues(doc)


def test_verbs_sharing_one_object_are_one_act(pipeline):
    # negative: "criticised and condemned the decision": one object, one accusation
    doc = analyse_text(pipeline, "Paraguay criticised and condemned the decision of Argentina.")
    assert len(events_of(doc, "ACCUSE")) == 1, event_cues(doc)


def test_the_same_named_target_twice_is_one_event(pipeline):
    # negative: one event per (sentence, type, source, target)
    doc = analyse_text(pipeline, "Russian forces shelled Kherson and bombed Kherson again on Sunday.")
    assert len(events_of(doc, "ASSAULT")) == 1, event_cues(doc)


# (a) coordinated act nouns: the second shares the first one's doer

def test_coordinated_act_noun_takes_the_named_doer_of_the_first(pipeline):
    doc = analyse_text(pipeline, "The Council condemns the assault by the Houthis on Marib and the shelling of a "
                                 "camp near Hodeidah, which killed nine civilians.")
    shelling = [src for e, src, _t in events_with_parties(doc, "ASSAULT") if e.trigger.text == "shelling"]
    assert shelling and "Houthis" in " ".join(shelling[0]), event_cues(doc)


def test_coordinated_noun_of_another_type_takes_no_doer(pipeline):
    # negative: "the attack by gunmen ... and the protests": the protests are not the gunmen's
    doc = analyse_text(pipeline, "The governor condemned the ambush by Boko Haram on the convoy and the protests "
                                 "in Maiduguri.")
    assert not [e for e in events_of(doc, "PROTEST") if e.source], event_cues(doc)


# (e) the act named by an accusation is coded besides it

def test_blamed_for_a_hostile_act_noun_makes_the_blamed_its_doer(pipeline):
    doc = analyse_text(pipeline, "Benin blamed Niger for the shelling of farming villages near Malanville.")
    assert [src for _e, src, _t in events_with_parties(doc, "ACCUSE")] == [["Benin"]]
    assert ["Niger"] in [src for _e, src, _t in events_with_parties(doc, "ASSAULT")], event_cues(doc)


def test_accused_of_a_strike_on_a_place(pipeline):
    doc = analyse_text(pipeline, "Tbilisi accused Moscow of the missile strike on a power plant near Gori.")
    assert ["Russia"] in [src for _e, src, _t in events_with_parties(doc, "ASSAULT")], event_cues(doc)


def test_blamed_for_a_bare_anaphoric_attack_adds_no_event(pipeline):
    # negative: "blamed X for the attack": the attack was reported before, no new act here
    doc = analyse_text(pipeline, "Canada blamed Iran for the attack and sent two more frigates.")
    assert not events_of(doc, "ASSAULT"), event_cues(doc)


def test_accused_of_breaking_a_truce_is_no_retreat(pipeline):
    # negative: a truce noun is no hostile act whose doer the accusation names
    doc = analyse_text(pipeline, "Sudan accuses Chad of breaking truce as Egypt sends observers")
    assert not [e for e in events_of(doc, "RETREAT") if e.source], event_cues(doc)


def test_blamed_weather_names_no_doer(pipeline):
    # negative: the one blamed is no political actor
    doc = analyse_text(pipeline, "Zambia blamed the floods for the collapse of the talks.")
    assert not [e for e in events_of(doc, "CONSULT") if e.source], event_cues(doc)


# (b) coordinated targets and sources: one event, as the guidelines code them

def test_coordinated_targets_are_one_event(pipeline):
    doc = analyse_text(pipeline, "Uruguay thanked Brazil, Paraguay and Argentina for their help.")
    found = events_with_parties(doc, "SUPPORT")
    assert len(found) == 1 and sorted(found[0][2]) == ["Argentina", "Brazil", "Paraguay"], event_cues(doc)


def test_coordinated_sources_of_joint_drills_are_one_event(pipeline):
    doc = analyse_text(pipeline, "Serbia and Hungary held joint military exercises near Subotica.")
    assert len(events_of(doc, "COOPERATE")) == 1, event_cues(doc)


def test_casualty_counts_of_one_bombing_are_one_attack(pipeline):
    # negative: "killed four and wounded 30": two outcomes of one attack
    doc = analyse_text(pipeline, "A roadside bomb planted by the Pakistani Taliban killed six and wounded 14.")
    assert len(events_of(doc, "ASSAULT")) == 1, event_cues(doc)


# (d) a plural declaration's bulleted items, merged into one sentence by the segmenter

def _statement(pipeline, text: str, publisher: str):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": "2022-05-04", "publisher": publisher})]))[0]


DECLARATION = ("Joint Statement of the Foreign Ministers of Zambia and Malawi\n\n"
               "The Foreign Ministers of Zambia and Malawi met in Lusaka on 3 May 2022. The Ministers:\n\n"
               "- Express grave concern over the renewed fighting in eastern Congo;\n"
               "- Call on the armed groups to agree to an immediate ceasefire;\n"
               "- Welcome the mediation efforts of Angola;\n"
               "- Condemn the attacks on aid convoys near Goma.\n")


def test_each_bulleted_item_of_a_plural_declaration_is_an_event_of_the_issuers(pipeline):
    doc = _statement(pipeline, DECLARATION, "Foreign Ministers of Zambia and Malawi")
    for type_, trigger in (("REQUEST", "Call on"), ("SUPPORT", "Welcome"), ("ACCUSE", "Condemn")):
        found = [src for e, src, _t in events_with_parties(doc, type_) if e.trigger.text.startswith(trigger)]
        assert found and any("Zambia" in name for name in found[0]), (type_, event_cues(doc))


def test_a_bulleted_item_does_not_take_a_later_item_as_its_verb(pipeline):
    # the item "- Welcome the mediation efforts of Angola": Angola is welcomed, not the armed groups' act
    doc = _statement(pipeline, DECLARATION, "Foreign Ministers of Zambia and Malawi")
    welcomes = [(src, tgt) for _e, src, tgt in events_with_parties(doc, "SUPPORT")]
    assert welcomes and all("armed groups" not in src for src, _t in welcomes), welcomes


def test_a_bulleted_list_of_topics_has_no_event(pipeline):
    # negative: listed nouns are no operative clauses
    doc = analyse_text(pipeline, "The agenda of the meeting in Lusaka covers:\n- Fuel prices;\n- Border trade;\n"
                                 "- Road works.")
    assert not doc.events, event_cues(doc)
