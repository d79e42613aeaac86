"""Quotes, round 27q1: quotes and speakers on open round 31 (wire reports and statements).

Passages written for this round (names, places and events made up, except countries). Each
mechanism of the round (docs/quotes.md, "Round 27q1") has its positive passages and negatives
(what must stay as it was)."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)


# -- 1. a wire lede's trailing attribution to a named person is that person's account ----------

NAMED_LEDES = [
    ("""Floods cut road to northern towns, governor says

KAVALA, Mar 3 (Aegean Wire) - Floods swept away two bridges and cut the road to four mountain \
villages in the north of the province overnight, the regional governor, Petros Lambrakis, said on \
Tuesday.

Rescue teams reached the first village by helicopter at dawn.
""", "Floods swept away two bridges", "Petros Lambrakis"),
    ("""Gunmen attack convoy near Dori

DORI, Apr 9 (Sahel Wire) - Gunmen ambushed a supply convoy on the road to Dori and burned six of its \
lorries, the army's regional commander, Colonel Issa Kabore, said late on Sunday.

The army sent reinforcements to the area.
""", "Gunmen ambushed a supply convoy", "Issa Kabore"),
]


@pytest.mark.parametrize("text, content, speaker", NAMED_LEDES)
def test_a_ledes_attribution_to_a_named_person_is_a_quote(analyze, text, content, speaker):
    doc = analyze(text)
    assert speaker in _speakers_of(doc, content), _quotes(doc)
    assert not any("Wire)" in q.text for q in _holding(doc, content)), "the dateline is no part of the quote"


def test_a_ledes_attribution_to_unnamed_officials_stays_no_quote(analyze):
    doc = analyze("""Gunmen attack convoy near Dori

DORI, Apr 9 (Sahel Wire) - Gunmen ambushed a supply convoy on the road to Dori and burned six of its \
lorries, security officials said on Sunday.

The army sent reinforcements to the area.
""")
    assert not _holding(doc, "Gunmen ambushed a supply convoy"), _quotes(doc)


# -- 2. a relative clause the parse made a cue's content is no report ---------------------------

RELATIVE_CONTENTS = [
    ("He accused the governor of paying armed gangs that, he said, had burned the market in Lira.",
     "had burned the market"),
    ("The minister blamed the floods on illegal loggers that, she said, were clearing the slopes above "
     "the town.", "were clearing the slopes"),
]


@pytest.mark.parametrize("text, content", RELATIVE_CONTENTS)
def test_a_relative_clause_read_as_a_cues_content_is_no_quote(analyze, text, content):
    doc = analyze(text)
    assert not any(q.text.lstrip().lower().startswith(("that", "which")) for q in _holding(doc, content)), _quotes(doc)


@pytest.mark.parametrize("text, content", [
    ("The mayor told reporters after the meeting that work on the bridge would begin in the spring.",
     "work on the bridge would begin"),
    ("The envoy said that the talks had failed and that both delegations had gone home.",
     "the talks had failed"),
])
def test_a_that_clause_after_a_cue_stays_a_quote(analyze, text, content):
    doc = analyze(text)
    assert _holding(doc, content), _quotes(doc)


# -- 3. a pronoun after "A spokesman, Name, said" is the named person ---------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("""A police spokesman, Inspector Mwangi Karanja, said the lorry had been stopped at a checkpoint \
south of Voi. The driver and two passengers were taken to the police station in Voi and will appear \
in court on Monday, he said.""", "The driver and two passengers", "Mwangi Karanja"),
    ("""An army spokeswoman, Major Lina Okafor, said the patrol had come under fire near the river. Two \
soldiers were wounded and were flown to the capital, she said.""", "Two soldiers were wounded", "Lina Okafor"),
])
def test_a_pronoun_after_an_appositive_name_is_that_person(analyze, text, content, speaker):
    doc = analyze(text)
    assert _speakers_of(doc, content) == {speaker}, _quotes(doc)


# -- 4. a title with a verb form in it after a quote is still the attribution --------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("""The Northern Copper Consortium said it had flown its staff out of the mine. "Nobody goes back \
until the roads are safe," the consortium's managing director, Henrik Dahl, told reporters.""",
     "Nobody goes back", "Henrik Dahl"),
    ("""The port authority closed the harbour to tankers on Friday. "We cannot risk a spill in this \
weather," the authority's acting chairman, Omar Haddad, said.""", "We cannot risk a spill", "Omar Haddad"),
])
def test_a_title_with_a_participle_after_a_quote_names_the_speaker(analyze, text, content, speaker):
    doc = analyze(text)
    assert speaker in _speakers_of(doc, content), _quotes(doc)


# -- 5. a cue's adverbial hung on its clause: the content starts at ", that" ---------------------

@pytest.mark.parametrize("text, content", [
    ("""Kenya's interior minister, Joseph Otieno, told parliament on Tuesday, in a speech that lasted \
nearly an hour and covered the attack and the search for the gunmen, that the government would build \
three new police posts along the border.""", "the government would build three new police posts"),
    ("""The envoy wrote on Friday, in a letter to the council that was seen by reporters, that both \
armies had broken the truce.""", "both armies had broken the truce"),
])
def test_the_content_starts_at_that_after_a_long_adverbial(analyze, text, content):
    doc = analyze(text)
    found = _holding(doc, content)
    assert found and all(q.text.startswith("that") for q in found), _quotes(doc)


def test_a_that_with_a_fronted_condition_keeps_its_condition(analyze):
    doc = analyze("The minister said that, if the rains fail, the government would import maize.")
    assert any(q.text.startswith("that, if the rains fail") for q in doc.quotes), _quotes(doc)
