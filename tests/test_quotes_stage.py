"""The quotes stage on sentences written for these tests: every attribution
pattern, indirect quotes, speakers resolved to actors, and quote_at."""

from __future__ import annotations

import pytest

import communique
from communique.document import Actor, Document
from communique.settings import SETTINGS
from communique.stages.quotes import find_quotes, quote_at, quote_spans


def quotes_of(nlp, text, actors=(), max_chars=SETTINGS.max_quote_chars):
    document = Document(text=text, actors=list(actors))
    return document, find_quotes(document, nlp(text), max_chars)


def summary(quotes):
    return [(q.kind, q.text, q.speaker_text, q.cue) for q in quotes]


DIRECT = [
    # "X said"
    ("“We are ready for talks,” the deputy minister said.",
     [("direct", "We are ready for talks", "the deputy minister", "said")]),
    # "said X"
    ("“The border stays open,” said Ambassador Lena Hart.",
     [("direct", "The border stays open", "Ambassador Lena Hart", "said")]),
    # "X: '...'"
    ("Senator Okafor: “We will not fund this war.”",
     [("direct", "We will not fund this war.", "Senator Okafor", None)]),
    # "according to X"
    ("“Sanctions are working,” according to the finance minister.",
     [("direct", "Sanctions are working", "the finance minister", "according to")]),
    # "As X stated, '...'"
    ("As the foreign minister stated, “We seek no conflict with our neighbours.”",
     [("direct", "We seek no conflict with our neighbours.", "the foreign minister", "stated")]),
    # "X told reporters"
    ("Colonel Brandt told reporters, “The convoy will leave at dawn.”",
     [("direct", "The convoy will leave at dawn.", "Colonel Brandt", "told")]),
    # "X added" with a pronoun
    ("“That is all we can say for now,” she added.",
     [("direct", "That is all we can say for now", "she", "added")]),
    # dash attribution
    ("“Peace is within reach.” — General Amara Diallo",
     [("direct", "Peace is within reach.", "General Amara Diallo", None)]),
    # colon attribution after a cue verb
    ("The ministry said in a statement: “The strikes were lawful and proportionate.”",
     [("direct", "The strikes were lawful and proportionate.", "The ministry", "said")]),
    # a quote split by its attribution
    ("“We will not negotiate under fire,” the envoy said, “and we will not forget.”",
     [("direct", "We will not negotiate under fire", "the envoy", "said"),
      ("direct", "and we will not forget.", "the envoy", "said")]),
    # a second sentence of quotation after "X said."
    ("“The vote was free,” the observer said. “Nobody was turned away.”",
     [("direct", "The vote was free", "the observer", "said"),
      ("direct", "Nobody was turned away.", "the observer", "said")]),
    # straight quotes and guillemets
    ('"We have no choice," the mayor said.', [("direct", "We have no choice", "the mayor", "said")]),
    ("« Nous ne reculerons pas », the commander said.",
     [("direct", "Nous ne reculerons pas", "the commander", "said")]),
    # speaker with a title and an appositive: the phrase stops at the comma
    ("“The treaty is dead,” said Dr. Ines Moreau, a lawyer at the maritime institute.",
     [("direct", "The treaty is dead", "Dr. Ines Moreau", "said")]),
    # participle attached to the speaker's verb
    ("The premier closed the summit, saying, “Our doors remain open to every partner.”",
     [("direct", "Our doors remain open to every partner.", "The premier", "saying")]),
]


@pytest.mark.parametrize("text, expected", DIRECT)
def test_quotes_direct_patterns(nlp, text, expected):
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == expected


def test_quotes_multi_paragraph_direct_quote(nlp):
    text = ("“The first part of our plan rebuilds the ports and the rail lines.\n\n"
            "“The second part trains the coast guard,” the transport minister said.\n\nThe hall applauded.")
    _, quotes = quotes_of(nlp, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct" and q.speaker_text == "the transport minister"
    assert q.text.startswith("The first part") and q.text.endswith("coast guard")
    assert "\n\n“The second part" in q.text


def test_quotes_continued_in_next_paragraph_keeps_speaker(nlp):
    text = ("“We have asked for a corridor,” the aid coordinator said.\n\n"
            "“Without it, food will not reach the northern villages before winter.”")
    _, quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["the aid coordinator", "the aid coordinator"]


INDIRECT = [
    ("Putin announced that Moscow seeks to expand its relations with African states.",
     ("indirect", "that Moscow seeks to expand its relations with African states", "Putin", "announced")),
    ("The senator described the Taliban as an ally of convenience.",
     ("indirect", "the Taliban as an ally of convenience", "The senator", "described")),
    ("The Foreign Ministry said it would close the embassy next month.",
     ("indirect", "it would close the embassy next month", "The Foreign Ministry", "said")),
    ("The president vowed to veto the budget before the recess.",
     ("indirect", "to veto the budget before the recess", "The president", "vowed")),
    ("According to the spokesman, the troops will withdraw next week.",
     ("indirect", "the troops will withdraw next week", "the spokesman", "according to")),
    ("The economy is too weak for new tariffs, the finance minister said on Tuesday.",
     ("indirect", "The economy is too weak for new tariffs", "the finance minister", "said")),
    ("Many diplomats believe the talks will collapse within a week.",
     ("indirect", "the talks will collapse within a week", "Many diplomats", "believe")),
]


@pytest.mark.parametrize("text, expected", INDIRECT)
def test_quotes_indirect_patterns(nlp, text, expected):
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == [expected]


NO_QUOTES = [
    "The so-called “peace plan” was shelved after a week.",  # scare quote: nobody is said to say it
    "Ministers named the operation “Harbour Light” in March.",  # a name, not words said
    "The film “Northern Lights” opened in Oslo on Friday.",  # a title
    "The army withdrew from the town on Monday. Residents returned to their homes.",
    "The minister said nothing.",  # no content
    "It was reported that the bridge had collapsed.",  # passive, no speaker: abstain
    "“",  # a lone mark
    "He left the room. “ The rest of this text has no closing mark at all and goes on.",
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_quotes_none_found(nlp, text):
    _, quotes = quotes_of(nlp, text)
    assert [q for q in quotes if q.kind == "direct"] == []
    if "said" not in text and "reported" not in text:
        assert quotes == []


PARTIAL = [
    # a quoted fragment as the predicate of a speech verb (issue 17: partial quotes are indirect quotes)
    ("Critics called the plan “a gift to smugglers” and left the hall.",
     ("indirect", "the plan “a gift to smugglers”", "Critics", "called")),
    # a participle of a speech verb after the main verb
    ("The ministry rejected the ruling, calling it “null and without effect”.",
     ("indirect", "it “null and without effect”", "The ministry", "calling")),
    # a lower-case quotation after "by saying": the subject of the verb the participle hangs on
    ("She ended the briefing by saying “we are ready to talk to anyone who wants peace.”",
     ("indirect", "we are ready to talk to anyone who wants peace", "She", "saying")),
]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, expected", PARTIAL)
def test_quotes_partial_fragments_are_indirect_quotes(nlp, text, expected):
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == [expected]


@pytest.mark.issue(17)
@pytest.mark.parametrize("text, expected", [
    # "X said "..." and "...": the second quote joins the first
    ("The senator said on Monday “We asked for a vote” and “They refused to hold one.”",
     [("direct", "We asked for a vote", "The senator", "said"),
      ("direct", "They refused to hold one.", "The senator", "said")]),
    # a quote split by its attribution after a semicolon
    ("“The base was not damaged;” read the statement; “we will not be deterred.”",
     [("direct", "The base was not damaged", "the statement", "read"),
      ("direct", "we will not be deterred.", "the statement", "read")]),
    # a quote nested in a quote, attributed inside it
    ("“I handed in my notice and the chancellor said, ‘Sleep on it first.’” Weber wrote.",
     [("direct", "I handed in my notice and the chancellor said, ‘Sleep on it first.’", "Weber", "wrote"),
      ("direct", "Sleep on it first.", "the chancellor", "said")]),
])
def test_quotes_joined_split_and_nested(nlp, text, expected):
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == expected


@pytest.mark.issue(17)
def test_quotes_titles_and_narrative_give_no_quote(nlp):
    text = ("The senator appeared on “Meet the Press” on Sunday. Critics watched “Game of Thrones” and “Veep” "
            "after the senator said “We will win” on Monday.\n\n“I support the deal,” Hooton said after Rubio "
            "spoke. “My biggest concern is the border.”")
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == [("direct", "We will win", "the senator", "said"),
                               ("direct", "I support the deal", "Hooton", "said"),
                               ("direct", "My biggest concern is the border.", "Hooton", "said")]


@pytest.mark.issue(17)
def test_quotes_nested_quote_of_the_speaker_themself_left_to_the_outer_one(nlp):
    text = "“When I read it I thought, ‘This cannot be serious.’” the lawyer said."
    _, quotes = quotes_of(nlp, text)
    assert [q.speaker_text for q in quotes] == ["the lawyer"]


@pytest.mark.issue(17)
def test_quotes_indirect_clause_split_by_the_parse_is_one_content(nlp):
    text = "The governor said on Monday she can and will call a special session."
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == [("indirect", "she can and will call a special session", "The governor", "said")]


@pytest.mark.issue(17)
def test_quotes_indirect_does_not_cut_a_fragment_before_its_mark(nlp):
    text = "The governor claims he could wait for the talks to resume for “years.” Nobody believes it."
    _, quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes] == ["he could wait for the talks to resume for “years.”"]


@pytest.mark.issue(17)
def test_quotes_headline_reported_speech_gives_no_quote(nlp):
    text = "Minister says talks have failed\n\nThe minister said on Monday that the talks had failed."
    document = Document(text=text, title="Minister says talks have failed")
    quotes = find_quotes(document, nlp(text), SETTINGS.max_quote_chars)
    assert [q.text for q in quotes] == ["that the talks had failed"]


def test_quotes_embedded_quote_belongs_to_indirect(nlp):
    text = "The spokesman said the plan would “restore order within days” in the capital."
    _, quotes = quotes_of(nlp, text)
    assert summary(quotes) == [("indirect", "the plan would “restore order within days” in the capital",
                                "The spokesman", "said")]


def test_quotes_unbalanced_mark_does_not_swallow_document(nlp):
    text = ("He said “we will see and then left.\n\nThe next paragraph is narrative about the port. "
            "It mentions no one.\n\n“The harbour is closed,” the captain said.")
    _, quotes = quotes_of(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert summary(direct) == [("direct", "The harbour is closed", "the captain", "said")]
    assert all(q.end - q.start < 60 for q in quotes)


def test_quotes_longer_than_limit_rejected(nlp):
    text = "“" + "The delegation listed every grievance again. " * 6 + "” the envoy said. “Enough.”"
    _, quotes = quotes_of(nlp, text, max_chars=100)
    assert [q.text for q in quotes if q.kind == "direct"] == ["Enough."]
    _, quotes = quotes_of(nlp, text, max_chars=2_000)
    assert len([q for q in quotes if q.kind == "direct"]) == 2


def _actor(aid, name, kind, *spans):
    return Actor(aid, name, kind, mentions=tuple(spans))


def _span(text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return (start, start + len(needle))


def test_quotes_speaker_name_resolves_to_actor(nlp):
    text = "“We will rebuild the bridge,” said Mayor Hanna Kowal."
    actors = [_actor("a1", "Hanna Kowal", "person", _span(text, "Hanna Kowal"))]
    _, quotes = quotes_of(nlp, text, actors)
    assert quotes[0].speaker == "a1" and quotes[0].speaker_text == "Mayor Hanna Kowal"


def test_quotes_pronoun_speaker_falls_back_to_preceding_person(nlp):
    text = ("Hanna Kowal met the army chief. Teodor Lis stayed away. "
            "“We will rebuild the bridge,” he said.")
    actors = [_actor("a1", "Hanna Kowal", "person", _span(text, "Hanna Kowal")),
              _actor("a2", "Teodor Lis", "person", _span(text, "Teodor Lis")),
              _actor("a3", "Poland", "state", (0, 0))]
    _, quotes = quotes_of(nlp, text, actors)
    assert quotes[0].speaker_text == "he"
    assert quotes[0].speaker == "a2"


def test_quotes_title_speaker_falls_back_to_preceding_person(nlp):
    text = "Vera Santos arrived late. “The deal is fair,” the spokeswoman said."
    actors = [_actor("a1", "Vera Santos", "person", _span(text, "Vera Santos"))]
    _, quotes = quotes_of(nlp, text, actors)
    assert (quotes[0].speaker, quotes[0].speaker_text) == ("a1", "the spokeswoman")


def test_quotes_organisation_speaker_resolves(nlp):
    text = "The Foreign Ministry said it would summon the ambassador."
    actors = [_actor("a1", "Ministry of Foreign Affairs", "organization", _span(text, "Foreign Ministry"))]
    _, quotes = quotes_of(nlp, text, actors)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "a1")]


def test_quotes_named_speaker_without_actor_stays_unresolved(nlp):
    text = "Vera Santos arrived late. “The deal is fair,” said Omar Haddad."
    actors = [_actor("a1", "Vera Santos", "person", _span(text, "Vera Santos"))]
    _, quotes = quotes_of(nlp, text, actors)
    assert (quotes[0].speaker, quotes[0].speaker_text) == (None, "Omar Haddad")


def test_quote_at_finds_containing_quote(nlp):
    text = "“The ceasefire holds,” the monitor said. The mission's report said the roads were open."
    document, quotes = quotes_of(nlp, text)
    document.quotes = quotes
    inside = text.index("ceasefire")
    q = quote_at(document, inside)
    assert q is not None and q.kind == "direct" and q.speaker_text == "the monitor"
    assert quote_at(document, text.index("monitor")) is None
    indirect = quote_at(document, text.index("roads"))
    assert indirect is not None and indirect.kind == "indirect"
    assert [s for s, _, _ in quote_spans(document)] == sorted(q.start for q in quotes)


def test_quote_at_prefers_direct_inside_indirect():
    from communique.document import Quote

    document = Document(text="x" * 100)
    document.quotes = [Quote("q1", "indirect", "x" * 80, 10, 90), Quote("q2", "direct", "x" * 20, 30, 50)]
    assert quote_at(document, 40).id == "q2"
    assert quote_at(document, 60).id == "q1"
    assert quote_at(document, 95) is None


def test_quotes_stage_output_validates(analyze):
    text = ("Foreign Minister Ana Ruiz spoke in Madrid on Monday.\n\n"
            "“We will respond to any provocation,” she said. “And we will do it together.”\n\n"
            "The ministry said it would summon the ambassador.")
    document = analyze(text)
    communique.validate(document)
    direct = [q for q in document.quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["she", "she"]
    assert [q.id for q in document.quotes] == [f"q{i}" for i in range(1, len(document.quotes) + 1)]
    for q in document.quotes:
        assert document.text[q.start:q.end] == q.text
