"""Events of issue 16's fourteenth round (b): acts told in relative clauses, whose doer is the noun
the clause hangs on (issue 18: evidence for the author's stance on that actor). Sentences written
for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def test_whose_and_a_noun_stand_for_the_one_the_clause_is_said_of(pipeline):
    # "whose fighters shelled": the fighters are Hamas's; Hamas did it
    doc = analyse_text(pipeline, "Hamas, whose fighters shelled the town of Sderot, rejected the truce.")
    (e, src, tgt), = events_with_parties(doc, "ASSAULT")
    assert src == ["Hamas"] and tgt == ["Sderot"] and e.cue.startswith("lexicon:ASSAULT:shelled")


def test_whose_ties_a_group_to_its_members_deeds(pipeline):
    doc = analyse_text(pipeline, "The Wagner Group, whose mercenaries killed civilians in Mali, "
                                 "works for the Kremlin.")
    assert [src for _e, src, _t in events_with_parties(doc, "ASSAULT")] == [["Wagner Group"]]


def test_which_after_a_possessed_noun_is_that_noun(pipeline):
    # "Assad's regime, which gassed ...": the regime, not the bare relative pronoun (no source before)
    doc = analyse_text(pipeline, "Assad's regime, which gassed civilians in Ghouta, must face justice.")
    (e, src, tgt), = events_with_parties(doc, "ASSAULT")
    assert src == ["Syria"] and tgt == ["civilians"] and e.cue


def test_which_after_an_owned_ministry_is_that_ministry(pipeline):
    doc = analyse_text(pipeline, "The Iranian foreign ministry, which summoned the French ambassador, "
                                 "issued a statement.")
    (_e, src, tgt), = events_with_parties(doc, "ACCUSE")
    assert src == ["Iran"] and tgt == ["French ambassador"]


def test_who_and_which_after_a_name_keep_working(pipeline):
    doc = analyse_text(pipeline, "Serbian paramilitaries, who massacred Bosnian Muslims at Srebrenica, "
                                 "were never punished.")
    assert [(s, t) for _e, s, t in events_with_parties(doc, "ASSAULT")] == [(["Serbian paramilitaries"],
                                                                               ["Bosnian Muslims"])]
    doc = analyse_text(pipeline, "Venezuela's government, which has imprisoned hundreds of dissidents, "
                                 "cannot be trusted.")
    assert [s for _e, s, _t in events_with_parties(doc, "COERCE")] == [["Venezuela"]]


def test_planning_part_of_the_attacks_makes_the_planner_their_doer(pipeline):
    # "planned some of the raids": the subject of the carrying verb through a partitive "some of"
    doc = analyse_text(pipeline, "The Haqqani network, which planned some of the deadliest bombings in "
                                 "Kabul, ran its operations from the mountains.")
    (e, src, _t), = events_with_parties(doc, "ASSAULT")
    assert src == ["Haqqani network"] and e.mode == "intended" and e.cue



def test_orchestrating_attacks_makes_the_subject_their_doer(pipeline):
    # before: Moscow read as the attacks' target
    doc = analyse_text(pipeline, "Moscow orchestrated the attacks on Ukrainian power stations.")
    assert [src for _e, src, _t in events_with_parties(doc, "ASSAULT")] == [["Russia"]]


def test_which_after_a_named_bodys_text_is_not_that_body(pipeline):
    # the resolution aims to tighten sanctions; the Council is not said to impose them here
    doc = analyse_text(pipeline, "Borduvia will support a Security Council resolution that aims to "
                                 "tighten sanctions against Ruritania.")
    assert not [e for e in doc.events if e.type == "SANCTION"]


def test_a_relative_pronoun_object_stands_for_the_noun_it_follows(pipeline):
    # "whom ... arrested": the journalists; "which Borduvia accuses of shelling": the army shelled
    doc = analyse_text(pipeline, "The Borduvian journalists, whom Ruritanian police arrested in Kolno, "
                                 "were released.")
    assert [t for _e, _s, t in events_with_parties(doc, "COERCE")] == [["Borduvian journalists"]]
    doc = analyse_text(pipeline, "The Ruritanian army, which Borduvia accuses of shelling its villages, "
                                 "denied the charge.")
    assert [s for _e, s, _t in events_with_parties(doc, "ASSAULT")] == [["Ruritanian army"]]
