"""Events of issue 16's twentieth round (d): the open round-21 statements' recurring misses, fixed
generally (docs/events.md, "Round 20d: the open round-21 statements"): a diplomat declared persona
non grata is expelled (SANCTION); "X would respond in kind / firmly" warns (THREATEN); regretting
that someone did not act disapproves of them (ACCUSE). Texts written for this project."""

from __future__ import annotations

from conftest import event_cues, events_of


def _analyse(pipeline, text: str, publisher: str | None = None, published: str = "2026-11-20"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": publisher})]))[0]


def _parties(doc, type_: str) -> list[tuple[set[str], set[str]]]:
    by = {a.id: (a.country or a.name) for a in doc.actors}
    return [({by[i] for i in e.source}, {by[i] for i in e.target}) for e in events_of(doc, type_)]


def test_declared_persona_non_grata_is_an_expulsion(pipeline):
    doc = _analyse(pipeline, "Peru said on Monday that the Bolivian consul in Puno had been declared "
                             "persona non grata for meddling in a local election.")
    assert events_of(doc, "SANCTION"), event_cues(doc)


def test_persona_non_grata_said_of_nobody_declared_is_no_expulsion(pipeline):
    doc = _analyse(pipeline, "The phrase persona non grata comes from Latin and is old.")
    assert not events_of(doc, "SANCTION"), event_cues(doc)


def test_a_future_response_in_kind_is_a_threat(pipeline):
    doc = _analyse(pipeline, "If Lithuania closes the crossing again, Belarus will respond in kind, "
                             "the ministry in Minsk said on Tuesday.")
    assert any("BLR" in s for s, _ in _parties(doc, "THREATEN")), event_cues(doc)


def test_a_firm_future_response_is_a_threat(pipeline):
    doc = _analyse(pipeline, "Hanoi would respond firmly to any new incursion by Chinese survey ships, "
                             "a Vietnamese spokeswoman told reporters.")
    assert events_of(doc, "THREATEN"), event_cues(doc)


def test_responding_to_questions_is_no_threat(pipeline):
    doc = _analyse(pipeline, "The Kenyan minister will respond to questions from senators on Thursday.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_a_past_response_is_no_threat(pipeline):
    doc = _analyse(pipeline, "Last year Chile responded in kind when Argentina raised its tariffs.")
    assert not [e for e in events_of(doc, "THREATEN") if "respon" in (e.cue or "")], event_cues(doc)


def test_regretting_that_a_state_did_not_act_accuses_it(pipeline):
    doc = _analyse(pipeline, "Norway regretted that the Malaysian authorities had not answered its "
                             "request for the ship's logbook.")
    assert any("NOR" in s and "MYS" in t for s, t in _parties(doc, "ACCUSE")), event_cues(doc)


def test_regretting_an_outcome_accuses_nobody(pipeline):
    doc = _analyse(pipeline, "Norway regretted that the weather had delayed the rescue of the crew.")
    assert not events_of(doc, "ACCUSE"), event_cues(doc)


def test_the_peace_and_security_council_alone_is_the_african_unions(pipeline):
    doc = _analyse(pipeline, "The African Union's Peace and Security Council said on Friday that it would "
                             "meet envoys from Chad and Niger in Addis Ababa.")
    names = {a.name for a in doc.actors}
    assert "AU Peace and Security Council" in names and "UN Security Council" not in names, names


def test_the_un_security_council_stays_itself(pipeline):
    doc = _analyse(pipeline, "The Security Council met in New York on Friday to discuss Haiti.")
    assert "UN Security Council" in {a.name for a in doc.actors}


def test_an_order_to_leave_given_to_diplomats_expels_them(pipeline):
    doc = _analyse(pipeline, "Mali ordered three Algerian diplomats to leave Bamako within 72 hours.")
    assert any("MLI" in s and "DZA" in t for s, t in _parties(doc, "SANCTION")), event_cues(doc)
    assert not events_of(doc, "REQUEST"), event_cues(doc)


def test_an_order_to_leave_given_to_a_ship_or_to_work_is_no_expulsion(pipeline):
    doc = _analyse(pipeline, "The Chilean navy ordered a Peruvian trawler to leave the area. "
                             "Chile's president ordered officials to investigate the sinking.")
    assert not events_of(doc, "SANCTION"), event_cues(doc)


def test_a_gulf_named_after_a_state_is_no_state(pipeline):
    doc = _analyse(pipeline, "Two tankers were boarded in the Gulf of Oman on Sunday, and a cargo ship "
                             "was hijacked in the Gulf of Guinea.")
    countries = {a.name: a.country for a in doc.actors}
    assert "Guinea" not in countries and "Oman" not in countries, countries
    assert countries.get("Gulf of Guinea", "absent") is None, countries


BALTIC = (
    "Chair's Summary of the Meeting of the Baltic Sea Coastal States on Fisheries\n\n"
    "Tallinn, 3 March 2026\n\n"
    "The Meeting of the Baltic Sea Coastal States on Fisheries was held in Tallinn. Ministers of Estonia, "
    "Latvia, Finland and Poland took part.\n\n"
    "- Ministers condemned the seizure of a trawler by unknown gunmen.\n\n"
    "- Ministers called on Russia to stop jamming navigation signals.\n\n"
    "Poland's Deputy Minister of Foreign Affairs, Mr. Tomasz Nowicki, told journalists that his country "
    "would share radar data.\n"
)


def test_bare_ministers_of_a_meeting_of_named_states_are_its_members(pipeline):
    doc = _analyse(pipeline, BALTIC, publisher="Ministry of Foreign Affairs of Estonia (Chair)")
    assert ({"Baltic Sea Coastal States"}, {"RUS"}) in _parties(doc, "REQUEST"), event_cues(doc)
    assert any(s == {"Baltic Sea Coastal States"} for s, _ in _parties(doc, "ACCUSE")), event_cues(doc)


def test_no_meeting_of_named_states_no_members_group(pipeline):
    doc = _analyse(pipeline, "Ministers of Estonia and Latvia met in Riga. Ministers called on Russia "
                             "to stop jamming navigation signals.")
    assert "Baltic Sea Coastal States" not in {a.name for a in doc.actors}
    assert not any(a.kind == "group" and a.name.endswith("States") for a in doc.actors)


def test_a_quote_cued_in_a_relative_clause_is_its_antecedents(pipeline):
    doc = _analyse(pipeline, 'We are alarmed by the remarks of Mr. Tomas Berg, who is quoted as saying: '
                             '"Oslo must close its embassy in Minsk."')
    by = {a.id: a.name for a in doc.actors}
    quotes = [q for q in doc.quotes if q.text.startswith("Oslo must")]
    assert quotes and by.get(quotes[0].speaker) == "Tomas Berg", [(q.text, q.speaker_text) for q in doc.quotes]


def test_a_title_apposed_to_an_addressed_name_is_that_person(pipeline):
    doc = _analyse(pipeline, "Poland's Deputy Minister of Foreign Affairs, Mr. Tomasz Nowicki, told journalists "
                             "that his country would share radar data.")
    names = {a.name for a in doc.actors if a.kind == "person"}
    assert names == {"Tomasz Nowicki"}, names
    by = {a.id: a.name for a in doc.actors}
    assert [by.get(q.speaker) for q in doc.quotes] == ["Tomasz Nowicki"]


def test_considering_further_steps_against_a_state_warns_it(pipeline):
    doc = _analyse(pipeline, "If Minsk does not free the journalists by Friday, Lithuania will consider further "
                             "steps, its foreign minister said.")
    assert events_of(doc, "THREATEN"), event_cues(doc)


def test_considering_a_proposal_is_no_threat(pipeline):
    doc = _analyse(pipeline, "The Chilean senate will consider the pension proposal next week.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_a_lowercase_noun_before_an_addressed_name_is_no_title_of_it(pipeline):
    doc = _analyse(pipeline, "The Kenyan team was led by the Minister of Trade, Mr. Daniel Otieno, and the Ugandan "
                             "team by its spokesperson, Ms. Grace Nansubuga.")
    texts = [doc.text[s:e] for a in doc.actors if a.kind == "person" for s, e in a.mentions]
    assert not any("team" in t for t in texts), texts
