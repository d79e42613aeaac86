"""Events of issue 16's fifteenth round: phrases that refer to actors already named ("the two
ministers", "both capitals"). Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_of, events_with_parties


def test_the_two_ministers_are_the_two_office_holders_named_before(pipeline):
    # the actors stage links "two ministers" to the minister named after it; the phrase counts two
    doc = analyse_text(pipeline, "Chilean Foreign Minister Ana Soto will receive the Foreign Minister of Peru, "
                                 "Luis Vega, in Santiago next week. The two ministers will discuss fishing rights. "
                                 "Minister Berg of Norway said on Monday that the talks were useful.")
    # round 31e10: "will receive the Foreign Minister of Peru" is a visit of its own (host -> guest)
    (_e, src, tgt), = [p for p in events_with_parties(doc, "CONSULT") if "discuss" in p[0].trigger.text]
    assert sorted(src) == sorted(tgt) == ["Ana Soto", "Luis Vega"]


def test_both_capitals_asked_are_the_two_states_even_one_named_by_its_army(pipeline):
    # "both capitals" is linked to no actor and the text names Sudan itself only later: its army
    # stands for it, and the envoy's request is aimed at the two states
    doc = analyse_text(pipeline, "Chad accused Sudan's army on Monday of shelling a border market. A United "
                                 "Nations envoy, Ana Berg, met the Chadian foreign minister in the capital. \"I have "
                                 "asked both capitals to pull back their heavy weapons,\" Berg said. She will travel "
                                 "to Sudan on Friday.")
    requests = [(src, sorted(tgt)) for e, src, tgt in events_with_parties(doc, "REQUEST") if e.trigger.text == "asked"]
    assert requests == [(["Ana Berg"], ["Chad", "Sudan"])]


def test_both_capitals_as_the_subject_of_the_demand_give_it_no_source(pipeline):
    # what the capitals are asked to do stays unrealised and without a doer named
    doc = analyse_text(pipeline, "Chad accused Sudan of shelling a border town on Monday. \"I have asked both "
                                 "capitals to pull back their heavy weapons,\" the envoy, Ana Berg, said.")
    assert not events_of(doc, "RETREAT")


def test_our_partners_are_the_bloc_the_speaker_named_last(pipeline):
    doc = analyse_text(pipeline, "Statement by the Ministry of Foreign Affairs of Chile\n\nWe welcome the decision "
                                 "of the Andean Community to lift the tariffs on Peruvian fruit. We urge our partners "
                                 "to extend the same treatment to grain.")
    assert [(src, tgt) for _e, src, tgt in events_with_parties(doc, "REQUEST")] == [(["Chile"], ["Andean Community"])]


def test_our_partners_with_no_bloc_named_are_left_to_the_context(pipeline):
    doc = analyse_text(pipeline, "Statement by the Ministry of Foreign Affairs of Chile\n\nPeru closed the border "
                                 "on Monday. We urge our partners to keep their markets open.")
    assert all(not any(t.endswith("Community") or t == "United Nations" for t in tgt)
               for _e, _src, tgt in events_with_parties(doc, "REQUEST"))


def test_the_junta_left_unlinked_is_the_actor_another_junta_of_the_text_is(pipeline):
    # the second "junta" is linked to no actor; the first is a mention of Niger's rulers
    doc = analyse_text(pipeline, "The military rulers of Niger closed the border on Monday, and the junta expelled "
                                 "the French ambassador. Brussels must now impose targeted sanctions on the members "
                                 "of the junta and freeze the assets they hold in European banks.")
    demanded = [tgt for e, _src, tgt in events_with_parties(doc, "SANCTION") if e.trigger.text.startswith("impose")]
    assert demanded == [["Niger"]]


def test_a_truce_brokered_by_a_third_state_is_between_the_two_states_of_the_text(pipeline):
    doc = analyse_text(pipeline, "Chile accused Peru on Monday of moving troops to the border, a week after the two "
                                 "neighbours signed a truce brokered by Brazil.")
    brokered = [(src, sorted(tgt)) for e, src, tgt in events_with_parties(doc, "CONSULT") if e.trigger.text == "brokered"]
    assert brokered == [(["Brazil"], ["Chile", "Peru"])]


def test_a_bare_plural_left_unlinked_is_the_group_the_same_word_named_before(pipeline):
    # the second "protesters" is linked to no actor: the marchers of the first sentence
    doc = analyse_text(pipeline, "Thousands of protesters marched to the parliament in Lima on Monday. The president "
                                 "said he would not accede to protesters' demands for early elections.")
    assert [tgt for _e, _src, tgt in events_with_parties(doc, "CONCEDE")] == [["protesters"]]
    assert [src for _e, src, _tgt in events_with_parties(doc, "REQUEST")] == [["protesters"]]
