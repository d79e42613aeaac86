"""Quotes, round 20: quotes and speakers on unseen statements and wire reports.

Passages written for this round (all names, places and events are made up, except country
names) in the styles the development sets lack or hold once: briefing transcripts, press
releases with "said" after a quote of two sentences, quotes over two paragraphs, wire leads,
speakers named by a title, a surname or a pronoun, the issuing body, a dash signature, nested
and curly quotes, scare quotes. Most of them were right before the round and are pinned here
as the generality check; the fixes of the round (docs/quotes.md, "Round 20") are marked."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(17)


def _quotes(doc) -> list[tuple[str, str, str | None, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    return [(q.kind, q.text, q.speaker_text, names.get(q.speaker)) for q in doc.quotes]


def _holding(doc, opening: str) -> list:
    """The quotes of ``doc`` whose text holds ``opening``."""
    return [q for q in doc.quotes if opening in q.text]


def _speakers_of(doc, opening: str) -> set[str | None]:
    """Speakers (actor names) of the quotes holding ``opening`` (the scorer takes any one)."""
    names = {a.id: a.name for a in doc.actors}
    found = {names.get(q.speaker) for q in doc.quotes if opening in q.text}
    assert found, f"no quote holds {opening!r}: {_quotes(doc)}"
    return found


# -- the generality check: styles the sets lack, right before the round ---------------------

GENERAL = [
    ("""Daily Briefing, 4 May

Q: Does the ministry expect the talks to resume?
A: We expect them to resume next week. As the minister, Kwame Osei, said on Friday, "Dialogue is \
the only road open to us." That remains our position.""", "Dialogue is the only road", "Kwame Osei"),
    ("""The new clinic opened in Tamale on Monday.

"The clinic will serve forty villages. It is the first of its kind in the region," said Health \
Minister Amara Diallo at the ceremony.""", "The clinic will serve forty villages", "Amara Diallo"),
    ("""Agriculture Minister Lars Eklund spoke to parliament on Tuesday. He said:

"We have reviewed the evidence carefully and with open minds.

"We will not renew the licence, and the company has been told so.\"""", "We will not renew the licence",
     "Lars Eklund"),
    ("""Governor Pedro Alves inspected the flood barriers on Sunday.

"We are ready. We have always been ready," Alves said. "The question is whether the river will \
wait for us.\"""", "The question is whether the river", "Pedro Alves"),
    ("""BRASILIA, March 3 (Southern Wire) - Brazil's foreign minister, Helena Prado, said on Monday \
that her government would recall its ambassador from Caracas for consultations.""",
     "her government would recall its ambassador", "Helena Prado"),
    ("""Defence Minister Olga Petrenko visited the front line near the river on Tuesday. "Our lines \
are holding and our soldiers are rested," the minister told reporters.""", "Our lines are holding",
     "Olga Petrenko"),
    ("""Dock workers in Mombasa walked out on Monday.
“We will not go back until the contracts are signed,” said Amina Yusuf, the union leader.""",
     "We will not go back", "Amina Yusuf"),
    ("""Finance Minister Tom Hale presented the budget on Monday. The plan halves fuel subsidies over two \
years. "This is the hardest budget in a decade," he said.""", "This is the hardest budget", "Tom Hale"),
    ("""Interior Minister Rosa Medina defended the new law on Thursday. "The law protects every \
citizen," she said.

"Nobody will be arrested for what they write," she added.""", "Nobody will be arrested", "Rosa Medina"),
    ("""Kenya's foreign minister, Joseph Mwangi, said on Monday that Nairobi would not send troops to \
Haiti until the mission was funded.

"We will not send our young men and women to a mission that has no money.\"""",
     "We will not send our young men", "Joseph Mwangi"),
    ("""Interior Minister Ana Ruiz met police chief Jorge Salas. Salas said crime had fallen. "We still \
have much to do," she said.""", "We still have much to do", "Ana Ruiz"),
]


@pytest.mark.parametrize("text,opening,speaker", GENERAL, ids=[f"general-{k}" for k in range(len(GENERAL))])
def test_styles_the_sets_lack_keep_their_speaker(analyze, text, opening, speaker):
    assert speaker in _speakers_of(analyze(text), opening)


def test_a_spokesperson_stands_for_the_ministry_named_before(analyze):
    doc = analyze("""Kenya's foreign ministry summoned the Somali ambassador on Monday over the seizure of \
a fishing boat. "We are deeply concerned by this pattern of incidents," the spokesperson said.""")
    assert _speakers_of(doc, "We are deeply concerned") == {"Kenya"}


def test_scare_quotes_are_no_quote(analyze):
    doc = analyze("""The so-called "peace plan" was rejected by both parties on Thursday, and fighting \
resumed near the port.""")
    assert doc.quotes == []


def test_a_quoted_answer_in_a_briefing_is_the_other_persons(analyze):
    doc = analyze("""Regular Press Briefing

Question: Is the government worried by the new sanctions?

Spokesperson Mao Lin: As Foreign Minister Wang Tao said yesterday, "Sanctions solve nothing." \
The other side should correct its mistake.""")
    assert _speakers_of(doc, "Sanctions solve nothing") == {"Wang Tao"}
    assert not any("correct its mistake" in q.text for q in doc.quotes)  # the spokesperson's own turn


# -- the fixes of round 20 ---------------------------------------------------------------------

def test_a_surname_with_a_particle_is_the_person_for_a_later_pronoun(analyze):
    """"al-Jubouri" (a lower-case particle) joins "Haider al-Jubouri", so "he" after it is he."""
    doc = analyze("""Iraqi Water Minister Haider al-Jubouri opened the session on Tuesday. Jordan's foreign \
minister, Nasser Haddadin, chaired it.

In the afternoon, al-Jubouri said the court case remained "on the table".

"This is a first step," he said. Al-Jubouri left for Baghdad in the evening.""")
    assert _speakers_of(doc, "This is a first step") == {"Haider al-Jubouri"}
    assert _speakers_of(doc, "on the table") == {"Haider al-Jubouri"}


def test_an_unnamed_representative_speaks_for_the_state(analyze):
    doc = analyze("""Twenty states voted for the resolution on Friday. Russia and China voted against it. \
China's representative said Beijing opposed sanctions. "Pressure will not work," South Africa's delegate \
told the board.""")
    assert _speakers_of(doc, "Beijing opposed sanctions") == {"China"}
    assert _speakers_of(doc, "Pressure will not work") == {"South Africa"}


def test_a_named_representative_stays_the_person(analyze):
    doc = analyze("""Iran's ambassador to the agency, Reza Ghaffari, said the text was "a political weapon". \
Russia's envoy, Oleg Sytin, said the vote had "poisoned the atmosphere".""")
    assert _speakers_of(doc, "a political weapon") == {"Reza Ghaffari"}
    assert _speakers_of(doc, "poisoned the atmosphere") == {"Oleg Sytin"}


def test_a_dash_signature_is_the_name_before_its_comma(analyze):
    doc = analyze(""""The harvest is the worst in twenty years." — Farmers' union leader Paulo Mendes, \
speaking on national radio.""")
    assert _speakers_of(doc, "The harvest is the worst") == {"Paulo Mendes"}


def test_a_quote_after_sentences_of_its_paragraph_takes_the_subject_before_it(analyze):
    doc = analyze("""The session opened at nine. Agriculture Minister Lars Eklund was blunt. "The licence \
will not be renewed, whatever the company offers.\"""")
    assert _speakers_of(doc, "The licence will not be renewed") == {"Lars Eklund"}


def test_a_group_that_calls_itself_a_name_is_that_name_and_no_speech(analyze):
    doc = analyze("""Rebels freed three aid workers on Sunday.

The group that held the workers, which calls itself the Valley Brigades, said in a statement posted \
online that it had released them "after receiving what was owed".""")
    assert _speakers_of(doc, "it had released them") == {"Valley Brigades"}
    assert not any(q.text.startswith("itself") for q in doc.quotes)


def test_a_fragment_under_an_issued_speech_noun_is_the_issuers(analyze):
    doc = analyze("""Defence Minister Tomas Novak issued a warning that any incursion would meet \
"a swift response".""")
    assert _speakers_of(doc, "a swift response") == {"Tomas Novak"}


STATEMENT = """Joint Statement by the Presidents of Ruvania and Kestria

Issued on 4 May 2027

The President of Ruvania and the President of Kestria met in the capital on 3 May 2027.

The two Presidents welcome the progress made on the rail link and agree that their transport ministers \
will meet in June. They note that the project has fallen behind its timetable. They urge that the \
border crossings stay open to trade.

President Amara Diallo said that the talks had been "frank and friendly"."""


def test_a_position_verb_in_a_statement_is_the_issuers_own_words(analyze):
    doc = analyze(STATEMENT)
    texts = [q.text for q in doc.quotes]
    assert not any("transport ministers" in t or "fallen behind" in t or "border crossings" in t for t in texts), texts
    assert _speakers_of(doc, "the talks had been") == {"Amara Diallo"}  # "said" with a name stays a quote


def test_a_readout_in_the_past_tense_stays_reported_speech(analyze):
    """A past tense reports a meeting or a call ("The two leaders agreed that ..."): speech reported
    by the readout, kept (a present "agree" is the issuers acting as they write)."""
    doc = analyze(STATEMENT.replace("welcome", "welcomed").replace("agree that", "agreed that")
                  .replace("will meet", "would meet"))
    assert any("transport ministers" in q.text for q in doc.quotes)


def test_a_position_verb_in_a_news_report_stays_a_quote(analyze):
    doc = analyze("""Health Minister Rosa Medina warned on Monday that hospitals would run out of oxygen \
within days. The two unions agreed that the strike would end on Friday.""")
    assert _speakers_of(doc, "hospitals would run out") == {"Rosa Medina"}
    assert any("the strike would end" in q.text for q in doc.quotes)


def test_a_contrasting_clause_with_its_own_speaker_ends_the_content(analyze):
    doc = analyze("""The European Commission fined the Norbank group 2 billion euros on Tuesday. Competition \
commissioner Ana Lima said the group had "deliberately misled" regulators, while Norbank called the fine \
"disproportionate".""")
    lima = [q for q in doc.quotes if "deliberately misled" in q.text]
    assert lima and not any("disproportionate" in q.text for q in lima)
    assert any("disproportionate" in q.text and q.speaker_text == "Norbank" for q in doc.quotes)


def test_a_naming_cue_parsed_with_two_objects_gives_the_fragment(analyze):
    doc = analyze("""Tomas Novak met Ana Lima in Bali on Monday.

Novak called the talks "a step forward" and flew home.""")
    assert _speakers_of(doc, "a step forward") == {"Tomas Novak"}


def test_praising_a_quoted_object_stays_no_quote(analyze):
    doc = analyze("""Tomas Novak met Ana Lima in Bali on Monday.

Novak praised her "reforms" and flew home.""")
    assert not any("reforms" in q.text for q in doc.quotes)


def test_a_hyphen_inside_a_word_does_not_cut_the_speaker_phrase(analyze):
    doc = analyze("""The Security Council met on Monday.

A spokesperson for the Secretary-General said he deeply regretted the decision.""")
    quote = next(q for q in doc.quotes if "deeply regretted" in q.text)
    assert quote.speaker_text == "A spokesperson for the Secretary-General"


def test_who_is_quoted_as_saying_is_the_name_before_it(analyze):
    doc = analyze("""The embassy criticised the article on Tuesday.

We are particularly concerned by the remarks of Mr. Delorme, who is quoted as saying: "Paris should expel \
the ambassador tomorrow." Such statements are irresponsible.""")
    quote = next(q for q in doc.quotes if "expel the ambassador" in q.text)
    assert quote.speaker_text == "Mr. Delorme"


def test_a_capitalised_title_set_off_before_its_holder_is_the_holder(analyze):
    doc = analyze("""Ministers from five states met in Accra on Monday.

Nigeria's Minister of State for Foreign Affairs, Mrs. Hauwa Danjuma, told journalists that her country \
was ready to share its surveillance data.""")
    assert _speakers_of(doc, "her country was ready") == {"Hauwa Danjuma"}


def test_a_body_named_by_one_capitalised_noun_in_its_statement_is_the_issuer(analyze):
    doc = analyze("""Statement of the Embassy of Ruvania in Oslo

Issued on 4 May 2027

The Embassy has read the article published on 2 May by a local newspaper. The Embassy notes that the \
article rests on a single anonymous source. The Embassy regrets that the author did not contact it.""")
    assert not any("single anonymous source" in q.text for q in doc.quotes), [q.text for q in doc.quotes]
