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
    # 4. a state's announced act with no marked words
    ("In May the Ruritanian government announced that it would build a dam on the outflow.",
     "it would build a dam on the outflow"),
    ("Last year Ankara declared that it would close the lake to foreign boats.", "it would close the lake"),
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
    # after review: a state's claim in the past or the present perfect, a line over years (rules 3 and 4 narrowed)
    ("In 2019 Ankara insisted that the lake was a closed sea.", "the lake was a closed sea"),
    ("Ruritania has warned its neighbours for years that the lake is not for sale.", "the lake is not for sale"),
    ("Ruritania has said more than once that the lake is not for sale.", "the lake is not for sale"),
    ("Ruritania told the court in 2021 that the lake was a closed sea.", "the lake was a closed sea"),
    ("Borduria should withdraw, and last week its foreign minister said that it would.", "that it would"),
    ("At the summit in May, Ruritania kept insisting that the lake was not for sale.", "the lake was not for sale"),
    ("Prime Minister Olga Varga continues to argue that the dam is safe.", "the dam is safe"),
    ("Others, such as the mayor of Strelsa, Ivo Marek, argue that the panel has failed.", "the panel has failed"),
    ("Some of the farmers in the valley say that the water is already falling.", "the water is already falling"),
    ("Many engineers warn that the dam will silt up within a decade.", "the dam will silt up"),
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


# -- after review (docs/quotes.md, "Round 35q35", review): passages where the first version dropped reported
# speech; each comes out as before the round. The reviewer's frame: a signed op-ed read as commentary. ------

REVIEW_OPED = ("Europe is sleepwalking into a fight at sea\n\nBy Marta Kowalczyk\n\nMarta Kowalczyk is a senior fellow "
               "at the Baltic Centre for Security Studies in Gdansk, where she leads its work on maritime law.\n\n"
               "I have covered the Baltic for twenty years, and I have never seen the region so nervous. We are failing "
               "it.\n\n{sentence} We should not look away.\n\nThe choice is not hard. Europe should act before the next "
               "crisis, not after it.\n")

#: (passage, opening of the content, speaker or None where the speaker is not the point)
REVIEWED = [
    # rule 4: a state's claim, in the past or the present perfect, is reported speech
    ("In 2014 the Russian government claimed that Ukraine was persecuting Russian speakers in Crimea. It was a lie.",
     "Ukraine was persecuting Russian speakers", "Russia"),
    ("China told the UN last year that it had no soldiers in Russia. The evidence from the front says otherwise.",
     "it had no soldiers in Russia", "China"),
    ("On Tuesday, Russia told the Security Council that the ship had been sunk by a Ukrainian drone. Nobody in the "
     "chamber believed it.", "the ship had been sunk", "Russia"),
    ("Kyiv said on Monday that Russian forces had shelled a hospital in Kherson. Moscow, as always, denied it.",
     "Russian forces had shelled a hospital", "Ukraine"),
    ("Ukraine's government said on Sunday that 40 civilians had been killed in the strike.",
     "40 civilians had been killed", "Ukraine"),
    ("Britain insisted last week that the sanctions were legal under international law, and I agree.",
     "the sanctions were legal", "United Kingdom"),
    ("The Estonian government said on Monday that a Russian helicopter had violated its airspace, and the Kremlin "
     "denied it.", "a Russian helicopter had violated its airspace", "Estonia"),
    ("In 2022 the Finnish government warned that Russia would retaliate against its NATO bid. It was right.",
     "Russia would retaliate", "Finland"),
    ("Beijing has said repeatedly that the cables were damaged by accident. The evidence points the other way.",
     "the cables were damaged by accident", "China"),
    ("The Lithuanian government has said that it will not allow the transit of sanctioned goods.",
     "it will not allow the transit", "Lithuania"),
    # rule 2: a conjunct with its own subject or auxiliary is said, whatever the first conjunct asks
    ("The defence minister, Andrius Kubilius, should resign, and on Friday he admitted that the figures he gave "
     "parliament were wrong.", "the figures he gave parliament were wrong", "Andrius Kubilius"),
    ("Prime Minister Ingrida Simonyte must decide by Friday, and she has said that she will not be rushed.",
     "she will not be rushed", "Ingrida Simonyte"),
    ("Germany must lead, and its chancellor has said that it will.", "that it will", None),
    ("President Nauseda should have been clearer, but he did say on Monday that Lithuania would not negotiate "
     "under threat.", "Lithuania would not negotiate", "Gitanas Nausėda"),
    # rule 3: one dated occasion, a named speaker, a line over years
    ("On Monday, President Lula continued to insist that Brazil would not take sides, even as his own envoy was "
     "in Moscow.", "Brazil would not take sides", "Luiz Inácio Lula da Silva"),
    ("President Orban continued to insist on Tuesday that Ukraine had started the war. He is wrong, and he knows it.",
     "Ukraine had started the war", "Viktor Orbán"),
    ("In her speech on Monday, the president continued to argue that sanctions were working.",
     "sanctions were working", None),
    ("At the press conference, the general kept repeating that the navy had done nothing wrong.",
     "the navy had done nothing wrong", None),
    ("Foreign Minister Gabrielius Landsbergis has warned for years that Russia would test the Baltic cables. He "
     "was right.", "Russia would test the Baltic cables", "Gabrielius Landsbergis"),
    ("For months Ms Simonyte has said that Lithuania needs a permanent German brigade, and for months Berlin has "
     "stalled.", "Lithuania needs a permanent German brigade", None),
    ("Kyiv has argued for months that the cables are a legitimate target. That is a mistake.",
     "the cables are a legitimate target", "Ukraine"),
    # rule 1: a subject that names someone or says who, and evidence the writer cites
    ("Others, including the former foreign minister Jonas Petraitis, argue that the treaty is already dead. They "
     "are wrong.", "the treaty is already dead", None),
    ("Some, like Senator Claire Dumont, say that Europe cannot afford a second front. The numbers say otherwise.",
     "Europe cannot afford a second front", None),
    ("Some of Mr Orban's own ministers now say that the veto was a mistake.", "the veto was a mistake", None),
    ("Many experts warn that the cables are almost impossible to guard.", "the cables are almost impossible", None),
    ("Many of the fishermen I met in Klaipeda say that the patrol boats arrive every night.",
     "the patrol boats arrive every night", None),
    ("When I visited the port last month, I met fishermen whose nets had been cut. Many fishermen there say that "
     "the patrol boats arrive every night.", "the patrol boats arrive every night", None),
    ("Many in the region say the patrols have made them feel safer.", "the patrols have made them feel safer", None),
    ("Few believe that the ceasefire will hold, and some officials privately admit that it is already over.",
     "it is already over", None),
]


@pytest.mark.parametrize("sentence, content, speaker", REVIEWED)
def test_reviewed_reported_speech_in_an_op_ed_stays_a_quote(analyze, sentence, content, speaker):
    doc = analyze(REVIEW_OPED.format(sentence=sentence))
    kinds = {s.kind for s in doc.sections} - {"byline", "other"}
    assert kinds == {"commentary"}, kinds  # the rules' scope: the passage is tested where they apply
    assert _holding(doc, content), _quotes(doc)
    if speaker is not None:
        assert speaker in _speakers_of(doc, content), _quotes(doc)


@pytest.mark.parametrize("sentence, content", [
    # the rules still fire on what the review found right
    ("France announced last week that it would send two frigates to the Baltic.", "it would send two frigates"),
    ("NATO should meet this month and declare that an attack on the cables is an attack on the alliance.",
     "an attack on the cables is an attack"),
    ("Brussels keeps telling us that the single market will protect us. It will not.",
     "the single market will protect us"),
    ("Some argue that sanctions only hurt ordinary Russians. That argument ignores the evidence.",
     "sanctions only hurt ordinary Russians"),
])
def test_reviewed_argument_in_an_op_ed_is_still_no_quote(analyze, sentence, content):
    doc = analyze(REVIEW_OPED.format(sentence=sentence))
    assert {s.kind for s in doc.sections} - {"byline", "other"} == {"commentary"}
    assert not _holding(doc, content), _quotes(doc)


def test_an_unsigned_editorial_keeps_its_quotes(analyze):
    doc = analyze("The Guardian view on the Baltic: a sea of risk\n\nEditorial\n\nLast week Finland's government "
                  "said that a Chinese-flagged ship had dragged its anchor across two cables. Beijing said it would "
                  "cooperate. Sweden's prime minister, Ulf Kristersson, should demand answers, and on Sunday he said "
                  "that he would. Europe cannot afford to wait.\n")
    assert _speakers_of(doc, "a Chinese-flagged ship had dragged") == {"Finland"}
    assert _speakers_of(doc, "it would cooperate") == {"China"}
    assert _speakers_of(doc, "that he would") == {"Ulf Kristersson"}
