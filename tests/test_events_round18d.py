"""Events of issue 16, round 18d: the issuer and generic subjects as sources. A communiqué's
numbered operative clauses have no subject: the body its title names issues them ("Communique of
the 1,187th meeting of the Peace and Security Council" -> "1. Expresses deep concern ...");
"this Ministry" is the issuer; a plural subject with no name ("Ministers welcomed ...", "the
leaders agreed ...") stands for the holders named before, the meeting's parties, else the
issuers. Every sentence and document here was written for these tests."""

from __future__ import annotations

from conftest import analyse_text, event_cues, events_of


def _analyse(pipeline, text: str, publisher: str | None = None, published: str = "2025-05-06"):
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(text, "t", {"published": published, "publisher": publisher})]))[0]


def _parties(doc, type_: str) -> list[tuple[list[str], list[str]]]:
    by = {a.id: a.name for a in doc.actors}
    return [(sorted(by[i] for i in e.source), sorted(by[i] for i in e.target)) for e in events_of(doc, type_)]


COMMUNIQUE = """Communique of the 1,187th meeting of the Peace and Security Council

Addis Ababa, 14 March 2025

The Peace and Security Council of the African Union (AU), at its 1,187th meeting held on 14 March 2025, on the situation in eastern Chad,

1. Expresses deep concern over the renewed fighting in eastern Chad and over credible reports of arms deliveries to the armed groups;

2. Strongly condemns the attacks on the town of Abeche by armed groups;

3. Urges all parties to cease hostilities immediately and to return to the negotiating table;

4. Calls upon the Government of Chad to protect civilians and to facilitate humanitarian access;

5. Expresses its readiness to impose targeted sanctions on any individual who obstructs the peace process;

6. Decides to remain actively seized of the matter.
"""


def _issuer_name(doc) -> str:
    return "AU Peace and Security Council"


# the body the title names issues the operative clauses, with no publisher given

def test_operative_clauses_have_the_title_body_as_source(pipeline):
    doc = _analyse(pipeline, COMMUNIQUE)
    accusations = _parties(doc, "ACCUSE")
    requests = _parties(doc, "REQUEST")
    assert any(src == [_issuer_name(doc)] and "armed groups" in tgt for src, tgt in accusations), event_cues(doc)
    assert any(src == [_issuer_name(doc)] and tgt == ["Chad"] for src, tgt in requests), event_cues(doc)
    assert all(src for src, _ in requests), requests


def test_numbered_expression_of_concern_is_kept_for_the_issuer(pipeline):
    doc = _analyse(pipeline, COMMUNIQUE)
    concern = [e for e in doc.events if e.trigger.text.startswith("Expresses deep concern")]
    assert concern, event_cues(doc)
    by = {a.id: a.name for a in doc.actors}
    assert [by[i] for i in concern[0].source] == [_issuer_name(doc)]


def test_readiness_to_impose_sanctions_is_a_threat_not_an_offer(pipeline):
    doc = _analyse(pipeline, COMMUNIQUE)
    readiness = [e for e in doc.events if e.trigger.text.startswith("Expresses its readiness")]
    assert [e.type for e in readiness] == ["THREATEN"], event_cues(doc)


def test_readiness_to_talk_stays_an_offer(pipeline):
    # negative of the rule above: a readiness to do no coercive act is no threat
    doc = analyse_text(pipeline, "Chile expressed its readiness to resume talks with Bolivia on the border.")
    assert not events_of(doc, "THREATEN"), event_cues(doc)


def test_unnumbered_subjectless_concern_in_a_news_report_has_no_source(pipeline):
    # negative: the clause is kept only as a numbered paragraph of a statement with an issuer
    doc = analyse_text(pipeline, "Expresses deep concern over the renewed fighting, the note read.")
    assert not [e for e in doc.events if e.trigger.text.startswith("Expresses")], event_cues(doc)


MINISTRY = """Statement by the Ministry of Foreign Affairs of Peru

Lima, 2 April 2025

The Ministry of Foreign Affairs of Peru condemns the attack on a Peruvian patrol in the border region. We call on the Government of Ecuador to investigate the killings. This Ministry rejects the accusations made by Bolivia.
"""


def test_this_ministry_is_the_issuer_not_the_state_named_before(pipeline):
    doc = _analyse(pipeline, MINISTRY, publisher="Ministry of Foreign Affairs of Peru")
    by = {a.id: a for a in doc.actors}
    rejections = events_of(doc, "REJECT")
    assert rejections, event_cues(doc)
    assert all(by[i].country == "PER" for i in rejections[0].source), [by[i].name for i in rejections[0].source]


def test_the_issuing_ministry_is_no_target_of_its_own_condemnation(pipeline):
    doc = _analyse(pipeline, MINISTRY, publisher="Ministry of Foreign Affairs of Peru")
    by = {a.id: a for a in doc.actors}
    condemned = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "condemns"]
    assert condemned, event_cues(doc)
    assert not [i for i in condemned[0].target if by[i].country == "PER"], [by[i].name for i in condemned[0].target]


JOINT = """Joint statement of the Ministers of Foreign Affairs of Chile and Argentina

Santiago, 5 May 2025

The Foreign Minister of Chile, Alberto van Klaveren, met the Foreign Minister of Argentina, Diana Mondino, in Santiago on 5 May. Ministers welcomed the opening of a second border crossing at Los Libertadores.
"""


def test_ministers_with_no_name_are_the_two_ministers_named_before(pipeline):
    doc = _analyse(pipeline, JOINT, publisher="Ministry of Foreign Affairs of Chile", published="2024-05-06")
    welcomed = [src for src, _ in _parties(doc, "SUPPORT")]
    assert ["Alberto van Klaveren", "Diana Mondino"] in welcomed, event_cues(doc)


def test_the_leaders_after_a_meeting_are_its_parties(pipeline):
    doc = analyse_text(pipeline, "The presidents of Kenya and Tanzania met in Arusha on Monday. The leaders "
                                 "welcomed the reopening of the Namanga border post.")
    welcomed = [src for src, _ in _parties(doc, "SUPPORT")]
    assert welcomed and all(set(src) >= {"Kenya", "Tanzania"} or len(src) >= 2 for src in welcomed), welcomed


def test_national_ministers_are_not_generic(pipeline):
    # negative: "Chilean ministers" name their side; they are not the two ministers named before
    doc = analyse_text(pipeline, "Peru's foreign minister Elmer Schialer met Bolivia's foreign minister Celinda "
                                 "Sosa in La Paz. Chilean ministers criticised the talks.", published="2025-05-06")
    criticised = [src for src, _ in _parties(doc, "ACCUSE") + _parties(doc, "DISAPPROVE")
                  if "Elmer Schialer" in src and "Celinda Sosa" in src]
    assert not criticised


RELEASE = """Statement by the Ministry of Foreign Affairs of Peru

Lima, 2 April 2025

We condemn the attack by Ecuadorian soldiers on a Peruvian patrol near Tumbes.

(a) Expresses deep concern over reports of troop movements near the border;
"""


def test_a_title_with_no_publisher_names_who_we_is_and_who_issues_lettered_clauses(pipeline):
    doc = _analyse(pipeline, RELEASE)
    by = {a.id: a for a in doc.actors}
    condemned = [e for e in events_of(doc, "ACCUSE") if e.trigger.text == "condemn"]
    assert condemned and condemned[0].source, event_cues(doc)
    assert all(by[i].country == "PER" for i in condemned[0].source)
    lettered = [e for e in doc.events if e.trigger.text.startswith("Expresses")]
    assert lettered and all(by[i].country == "PER" for i in lettered[0].source), event_cues(doc)


def test_the_parties_after_a_clash_are_the_two_that_clashed(pipeline):
    doc = analyse_text(pipeline, "Rebels and the army clashed near Goma. The parties agreed to a truce on Sunday.")
    agreed = _parties(doc, "AGREE")
    assert agreed and sorted(agreed[0][0]) == ["Rebels", "army"], agreed


def test_a_second_operative_verb_read_as_a_noun_is_the_issuers_request(pipeline):
    text = COMMUNIQUE.replace("6. Decides", "6. Reaffirms its support to the observer mission in Chad and appeals to "
                                            "Member States to provide it with logistical assistance;\n\n7. Decides")
    doc = _analyse(pipeline, text)
    appeals = [(src, tgt) for e, (src, tgt) in zip(events_of(doc, "REQUEST"), _parties(doc, "REQUEST"))
               if e.trigger.text.split()[0] == "appeals"]  # "appeals to" since round 20b
    assert appeals and appeals[0][0] == [_issuer_name(doc)], event_cues(doc)


def test_local_leaders_are_not_the_meetings_parties(pipeline):
    # negative: a qualified plural ("local leaders") is a group of its own, not the two who met
    doc = analyse_text(pipeline, "The presidents of Kenya and Tanzania met in Arusha on Monday. Local leaders "
                                 "criticised the closure of the Namanga market.")
    assert not [src for src, _ in _parties(doc, "ACCUSE") if "Tanzania" in src], event_cues(doc)
