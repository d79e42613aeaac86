"""Quotes, round 35q35: quotes in op-eds (the writer's argument taken as reported speech).

Passages written for this round (names, places and events made up, except countries). Each mechanism of
the round (docs/quotes.md, "Round 35q35") has passages where it must fire, in an argued text (a signed
op-ed, read as a commentary section), and near misses where it must not: the same words in a wire report,
a past-tense report, a named person, a state quoted in marked words."""

from __future__ import annotations

import pytest
from test_quotes_round20 import _holding, _quotes, _speakers_of

pytestmark = pytest.mark.issue(17)

OPED = ("The lake will not wait for another panel\n\nBy Tomas Lindqvist\n\nTomas Lindqvist is a senior fellow at the "
        "Nordic Institute of Water Policy in Uppsala, where he directs its programme on shared rivers.\n\n"
        "Every border dispute has a clock, and this one is running out. {sentence} That is wrong. "
        "Borduria should take the case to the court this year, and Ruritania should accept its ruling.\n\n"
        "The alternative is worse. A border that is never settled is a border that will one day be fought over.\n")

NEWS = ("STRELSA, March 3 (Wire) - Borduria moved two patrol boats to the disputed lake on Monday. {sentence} "
        "The boats returned to port on Tuesday, a navy officer said.\n")

#: (sentence, opening of the content): the writer's argument in an op-ed, reported speech in a wire report.
ARGUMENT = [
    # 1. an unnamed opponent's view: a bare quantifier or a quantified plural, not in the past tense
    ("Some argue that the lake belongs to whoever fishes it.", "the lake belongs to whoever fishes it"),
    ("Others say the panel deserves one more year.", "the panel deserves one more year"),
    ("Many will say that Borduria cannot afford a court case.", "Borduria cannot afford a court case"),
    ("Some diplomats argue that a court case would poison trade.", "a court case would poison trade"),
    # 2. words not yet said: a cue under a modal, or coordinated after a verb under one
    ("Borduria should convene its parliament in March and declare that the line is final.", "the line is final"),
    # 3. a repeated line: under "keep", or over a span of years
    ("Ruritania keeps telling us that talks need time.", "talks need time"),
    ("Ruritania has warned its neighbours for years that the lake is not for sale.", "the lake is not for sale"),
    # 4. a state's line with no marked words
    ("In May the Ruritanian government announced that it would build a dam on the outflow.",
     "it would build a dam on the outflow"),
    ("In 2019 Ankara insisted that the lake was a closed sea.", "the lake was a closed sea"),
    # 5. a content that is no clause of speech: a small clause, a relative clause on a noun
    ("The commission found itself unable to meet in time.", "unable to meet in time"),
    ("Its navy sent a note protesting against the survey that the company had begun in the north.",
     "the company had begun in the north"),
]


@pytest.mark.parametrize("sentence, content", ARGUMENT)
def test_the_writers_argument_in_an_op_ed_is_no_quote(analyze, sentence, content):
    doc = analyze(OPED.format(sentence=sentence))
    assert not _holding(doc, content), _quotes(doc)


@pytest.mark.parametrize("sentence, content", ARGUMENT)
def test_the_same_words_in_a_wire_report_stay_quotes(analyze, sentence, content):
    doc = analyze(NEWS.format(sentence=sentence))
    assert _holding(doc, content), _quotes(doc)


@pytest.mark.parametrize("sentence, content", [
    # a past-tense report of unnamed people, a named person, a state quoted in marked words
    ("Some ministers said on Monday that the lake belongs to whoever fishes it.",
     "the lake belongs to whoever fishes it"),
    ("Norway's foreign minister, Anne Berg, told parliament in March that the dam is a domestic matter.",
     "the dam is a domestic matter"),
    ("Ankara said the strike had hit \"terrorists of the PKK\" and nobody else.", "the strike had hit"),
    ("Two carmakers have already said they will not buy metals from the seabed.",
     "they will not buy metals from the seabed"),
    ("The minister, who must have known the figures, said on Friday that the dam was safe.", "the dam was safe"),
    ("The Norwegian energy company Statkraft said last year that the dam was safe.", "the dam was safe"),
    # a state's line in the present tense: the line the writer answers (the stance stage reads it as a quote)
    ("Ankara says the lake is a closed sea.", "the lake is a closed sea"),
    # "some" in a report of what was said, an object and its predicate
    ("Some have called him a traitor for his work on the treaty.", "him a traitor"),
    # marked words in the content are someone's words, whoever the subject is
    ("Some ministers argue that the court is \"a trap for small states\".", "the court is"),
    ("Ruritania keeps telling us that the lake is \"a sea of peace\".", "the lake is"),
])
def test_reported_speech_in_an_op_ed_stays_a_quote(analyze, sentence, content):
    doc = analyze(OPED.format(sentence=sentence))
    assert _holding(doc, content), _quotes(doc)


# -- 6. a parenthetical cue after a colon: the line, not the writer's clause, and its speaker ----------

@pytest.mark.parametrize("template", [OPED, NEWS])
@pytest.mark.parametrize("sentence, content, speaker", [
    ("Norway has met every complaint with one reply: the dam, it says, is a domestic matter.",
     "the dam, it says, is a domestic matter", "Norway"),
    ("The Indian government has a simple answer to every protest; the river, it says, is an Indian river.",
     "the river, it says, is an Indian river", "India"),
])
def test_a_parenthetical_cue_after_a_colon_quotes_the_line(analyze, template, sentence, content, speaker):
    doc = analyze(template.format(sentence=sentence))
    opener = sentence.split(":")[0].split(";")[0]
    assert not any(opener in q.text for q in doc.quotes), _quotes(doc)
    assert _speakers_of(doc, content) == {speaker}


@pytest.mark.parametrize("sentence, content, speaker", [
    # no colon: the whole sentence the cue interrupts, as before
    ("The dam, Norway says, is a domestic matter.", "The dam", "Norway"),
    ("The rebels, the Indian government said, have lost the ridge.", "The rebels", "India"),
])
def test_a_parenthetical_cue_with_no_colon_quotes_its_whole_sentence(analyze, sentence, content, speaker):
    doc = analyze(NEWS.format(sentence=sentence))
    assert _speakers_of(doc, content) == {speaker}
