"""Events of issue 16's round 17c: places and gatherings that stand for parties. A named place
that is only a meeting's venue is no party, and a summit's or assembly's act is its members'.
Sentences written for this project."""

from __future__ import annotations

from conftest import analyse_text, events_with_parties


def _dyads(doc, type_: str) -> list:
    return [(src, tgt) for _e, src, tgt in events_with_parties(doc, type_)]


# the venue of a meeting is not its target

def test_agreeing_to_meet_in_a_capital_is_between_the_two_sides(pipeline):
    doc = analyse_text(pipeline, "The foreign ministers of Chile and Peru agreed to meet again in Lima next year.")
    agree = _dyads(doc, "AGREE")
    assert agree == [(["Chile", "Peru"], ["Chile", "Peru"])]
    assert not any("Lima" in tgt for _src, tgt in agree)


def test_agreeing_to_hold_talks_in_a_third_country_is_not_aimed_at_it(pipeline):
    doc = analyse_text(pipeline, "Chile and Peru agreed to hold talks in Geneva.")
    assert _dyads(doc, "AGREE") == [(["Chile", "Peru"], ["Chile", "Peru"])]


def test_a_place_acted_upon_by_one_state_stays_its_target(pipeline):
    # one doer, no meeting: the place after "in" is where the act lands
    doc = analyse_text(pipeline, "Serbia lifted the curfew in Montenegro.")
    assert _dyads(doc, "CONCEDE") == [(["Serbia"], ["Montenegro"])]


def test_a_deal_signed_in_a_capital_stays_between_its_signatories(pipeline):
    doc = analyse_text(pipeline, "Chile and Peru signed a fishing agreement in Lima.")
    assert _dyads(doc, "AGREE") == [(["Chile", "Peru"], ["Chile", "Peru"])]


# a summit or assembly acts for its members

def test_a_headline_summit_is_the_ministers_who_met(pipeline):
    doc = analyse_text(pipeline, "Quito summit condemns border raids. Chile's foreign minister, Ana Soto, and her "
                                 "Peruvian counterpart, Luis Rojas, met in Quito on Monday to discuss the border dispute.")
    assert _dyads(doc, "ACCUSE") == [(["Ana Soto", "Luis Rojas"], [])]


def test_an_assembly_after_the_meeting_is_its_members(pipeline):
    doc = analyse_text(pipeline, "Egypt's foreign minister, Omar Nabil, and his Greek counterpart, Nikos Petrou, met in "
                                 "Cairo on Monday. The assembly denounced Turkey's drilling near Crete.")
    assert _dyads(doc, "ACCUSE") == [(["Omar Nabil", "Nikos Petrou"], ["Turkey"])]


def test_a_named_assembly_stays_itself(pipeline):
    doc = analyse_text(pipeline, "The UN General Assembly condemned the invasion of Ukraine.")
    assert _dyads(doc, "ACCUSE") == [(["UN General Assembly"], ["Ukraine"])]


def test_an_assembly_with_no_meeting_named_keeps_its_noun(pipeline):
    doc = analyse_text(pipeline, "The assembly condemned the attack on the embassy.")
    assert _dyads(doc, "ACCUSE") == [(["assembly"], [])]


# an alliance's adjective: the member states the text lists

def test_allied_pipelines_belong_to_the_states_listed_after(pipeline):
    doc = analyse_text(pipeline, "Hackers attacked Allied pipelines last week. Gas terminals in Norway, Denmark and "
                                 "Poland were shut for two days.")
    assert _dyads(doc, "ASSAULT") == [(["Hackers"], ["Norway", "Denmark", "Poland"])]


def test_allied_pipelines_with_no_states_listed_stay_allied(pipeline):
    doc = analyse_text(pipeline, "Hackers attacked Allied pipelines last week.")
    assert _dyads(doc, "ASSAULT") == [(["Hackers"], ["Allied"])]


# an unnamed ship is the one the text names later

def test_a_freighter_is_the_vessel_named_later(pipeline):
    doc = analyse_text(pipeline, "Sweden said a freighter had damaged the data cable near Gotland. Swedish coast "
                                 "guards boarded the vessel, the Malta-flagged Baltic Star, on Sunday.")
    assert [src for src, _tgt in _dyads(doc, "ASSAULT")] == [["Baltic Star"]]


def test_a_freighter_is_not_a_patrol_ship_sent_later(pipeline):
    # "a patrol ship, the HDMS Absalon": another ship, not the freighter
    doc = analyse_text(pipeline, "Sweden said a freighter had damaged the data cable near Gotland. Denmark sent a "
                                 "patrol ship, the HDMS Absalon, and Norway sent a vessel, the Harstad, to the area.")
    by = {a.id: a.name for a in doc.actors}
    assert not any("HDMS Absalon" in [by[i] for i in e.source] for e in doc.events)
