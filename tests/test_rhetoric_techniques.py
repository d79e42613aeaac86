"""Persuasion techniques: lexicon rules, positive and negative sentences, classify_span (issue 6)."""

from __future__ import annotations

import pytest

from communique import resources
from communique.document import TECHNIQUES
from communique.errors import LexiconError
from communique.rhetoric import lexicon
from communique.rhetoric.techniques import classify_span, find_techniques

#: (sentence written for the test, technique that must be found, text the span must contain)
POSITIVE = [
    ("The regime's brutal crackdown left the capital in chaos.", "Loaded_Language", "brutal"),
    ("Only a corrupt clique of thugs could sign such a deal.", "Name_Calling,Labeling", "thugs"),
    ("The foreign minister is a puppet of the generals.", "Name_Calling,Labeling", "puppet"),
    ("Either we secure the border now, or we lose the republic.", "Black-and-White_Fallacy", "Either"),
    ("Only a united front can stop this slide.", "Black-and-White_Fallacy", "Only a united front can"),
    ("The so-called peace plan is a gift to the aggressor.", "Doubt", "so-called"),
    ("Is this really the partner we were promised?", "Doubt", "really"),
    ("This is an existential threat to our way of life.", "Appeal_to_fear-prejudice", "existential threat"),
    ("Every patriot knows that our nation comes first.", "Flag-Waving", "our nation"),
    ("Unemployment rose, and the new tax is to blame.", "Causal_Oversimplification", "to blame"),
    ("The crowd chanted no justice, no peace until midnight.", "Slogans", "no justice, no peace"),
    ("Long live the free press!", "Slogans", "Long live the free press"),
    ("Experts agree that the reform will pay for itself.", "Appeal_to_Authority", "Experts agree"),
    ("It is what it is, and the government will not apologise.", "Thought-terminating_Cliches", "It is what it is"),
    ("But what about the abuses committed by the other side?", "Whataboutism,Straw_Men,Red_Herring", "what about"),
    ("Everyone knows the election was decided in advance.", "Bandwagon,Reductio_ad_hitlerum", "Everyone knows"),
    ("The new censorship law is straight out of Nazi Germany.", "Bandwagon,Reductio_ad_hitlerum", "Nazi Germany"),
    ("This is the worst betrayal in the history of the alliance.", "Exaggeration,Minimisation", "in the history of"),
    ("The spill was merely a drop in the bucket, the company said.", "Exaggeration,Minimisation",
     "a drop in the bucket"),
    # second look (issue 18): scare quotes, short exclamations, a loaded word with the noun it qualifies
    ("The ministry praised its “reforms” while the courts emptied.", "Name_Calling,Labeling", "reforms"),
    ("They signed the accord in secret. How dare they!", "Loaded_Language", "How dare they"),
    ("The envoy launched a vicious campaign against the tribunal.", "Loaded_Language", "vicious campaign"),
]

#: Plain report sentences that must carry no technique at all.
NEGATIVE = [
    "The foreign ministers met in Geneva on Tuesday to discuss the grain corridor.",
    "Parliament approved the budget by 210 votes to 95.",
    "The delegation will return to the capital on Friday morning.",
    "Officials from both countries signed a memorandum on fishing quotas.",
    "The central bank kept its main interest rate unchanged at 4.5 percent.",
]


@pytest.mark.parametrize("text,technique,cue_text", POSITIVE)
def test_techniques_found_with_cue(nlp, text, technique, cue_text):
    found = [t for t in find_techniques(text, nlp(text)) if t.technique == technique]
    assert found, f"{technique} not found in {text!r}"
    assert any(cue_text in t.text for t in found), [t.text for t in found]
    for t in found:
        assert text[t.start:t.end] == t.text
        assert t.cue and 0 < t.confidence <= 1


@pytest.mark.parametrize("text", NEGATIVE)
def test_techniques_none_in_plain_report(nlp, text):
    assert find_techniques(text, nlp(text)) == []


#: Labels and loaded words used descriptively (issue 18): no Name_Calling or Loaded_Language.
DESCRIPTIVE = [
    # a label word as an adjective is not a label ("criminal" names the kind of investigation)
    "Prosecutors opened a criminal investigation into the port contracts.",
    # a designation
    "The council designated the movement a terrorist organisation in 2019.",
    # the subject of the report: the same word six times names it, it does not load it
    ("The plague reached the coast in May. Doctors treated plague patients in tents. The plague vaccine "
     "arrived late. Plague cases fell in June. A second plague wave was feared. The plague ward closed."),
]


@pytest.mark.parametrize("text", DESCRIPTIVE)
def test_techniques_descriptive_labels_are_not_techniques(nlp, text):
    found = [t for t in find_techniques(text, nlp(text)) if t.technique in ("Name_Calling,Labeling", "Loaded_Language")]
    assert found == [], [(t.technique, t.text, t.cue) for t in found]


def test_techniques_scare_quotes_skip_quotations(nlp):
    text = 'The minister said: "We will rebuild every school that was destroyed."'
    assert not [t for t in find_techniques(text, nlp(text)) if t.cue == "rule:scare-quotes"]


def test_techniques_partial_quotation_is_not_scare_quotes(analyze):
    """A known speaker's words in quotation marks are a partial quotation, not the author
    keeping a word at arm's length; the author's own scare quotes stay."""
    text = ("Norway's defence minister said the talks had been \"frank and useful\" and that "
            "a delegation would follow. The ministry praised its “reforms” while the courts emptied.")
    found = [t for t in analyze(text).techniques if t.cue == "rule:scare-quotes"]
    assert [(t.text, t.holder) for t in found] == [("reforms", "author")]


#: Span boundaries (issue 18, round 5): (sentence written for the test, technique, the exact span).
SPANS = [
    # a loaded word takes the modifiers in front of it, a verb its particle
    ("The council's reply was utterly shameless.", "Loaded_Language", "utterly shameless"),
    ("The governor lashed out at the judges.", "Loaded_Language", "lashed out"),
    # a modifier cue takes the phrase it modifies
    ("It was the worst harvest in living memory, the growers said.", "Exaggeration,Minimisation",
     "the worst harvest in living memory"),
    ("The new levy is totally unacceptable, the fishermen say.", "Exaggeration,Minimisation", "totally unacceptable"),
    # flag-waving marks the clause of its cue, not the whole sentence
    ("The port reopened on Monday after the strike, and the mayor said the deal protects our nation.",
     "Flag-Waving", "the deal protects our nation"),
    # a threatened consequence marks the condition with its outcome
    ("If the dam is built, the valley will die within a decade.", "Appeal_to_fear-prejudice",
     "If the dam is built, the valley will die within a decade"),
]


@pytest.mark.parametrize("text,technique,span", SPANS)
def test_techniques_span_boundaries(nlp, text, technique, span):
    found = [t.text for t in find_techniques(text, nlp(text)) if t.technique == technique]
    assert span in found, found


@pytest.mark.parametrize("text", [
    "What did the committee decide about the new bridge?",  # a question for information
    "If the talks fail, the envoy would return home on Friday.",  # a condition without a harm
    "The agency described the plan as “ambitious” in its annual report.",  # a quoted adjective
])
def test_techniques_not_doubt_fear_or_scare_quotes(nlp, text):
    found = [(t.technique, t.text) for t in find_techniques(text, nlp(text))
             if t.technique in ("Doubt", "Appeal_to_fear-prejudice") or t.cue == "rule:scare-quotes"]
    assert found == []


def test_techniques_repetition_across_document(nlp):
    text = ("The illegal occupation must end. Nobody voted for the illegal occupation. "
            "We will never accept the illegal occupation.")
    reps = [t for t in find_techniques(text, nlp(text)) if t.technique == "Repetition"]
    assert [t.text for t in reps] == ["illegal occupation", "illegal occupation"]
    assert reps[0].start > text.index("illegal occupation")  # the first use is not repetition


def test_techniques_repeated_names_are_not_repetition(nlp):
    text = "Angela Merkel met Emmanuel Macron. Angela Merkel spoke first. Later Angela Merkel left."
    assert not [t for t in find_techniques(text, nlp(text)) if t.technique == "Repetition"]


@pytest.mark.parametrize("span,context,expected", [
    ("treacherous thugs", None, "Name_Calling,Labeling"),
    ("disgusting", None, "Loaded_Language"),
    ("our nation and our flag", None, "Flag-Waving"),
    ("Is this really an accident?", None, "Doubt"),
    ("illegal occupation", "The illegal occupation must end. We reject the illegal occupation.", "Repetition"),
])
def test_techniques_classify_span(nlp, span, context, expected):
    label, cue = classify_span(span, context, nlp(span))
    assert label == expected, (label, cue)
    assert cue


@pytest.mark.parametrize("name", ["loaded_language.txt", "name_calling.txt"])
def test_techniques_word_lists_sorted_unique_lower(name):
    entries = lexicon.word_list(name)
    assert list(entries) == sorted(set(entries))
    assert all(e == e.lower() for e in entries)


def test_techniques_cues_cover_every_label_but_repetition():
    labels = {c.technique for c in lexicon.technique_cues() if not c.hint}
    assert labels == set(TECHNIQUES) - {"Repetition", "Name_Calling,Labeling"}
    ids = [c.id for c in lexicon.technique_cues()]
    assert len(ids) == len(set(ids))


def _override(tmp_path, name: str, text: str) -> resources.Resources:
    (tmp_path / "rhetoric").mkdir(exist_ok=True)
    (tmp_path / "rhetoric" / name).write_text(text, encoding="utf-8")
    return resources.Resources([tmp_path])


def test_techniques_bad_lexicon_names_file_and_line(tmp_path):
    bad = '{"comment": "x"}\n{"id": "a", "technique": "Nonsense", "scope": "match", "weight": 0.5, "phrase": "x"}\n'
    with resources.using(_override(tmp_path, "cues.jsonl", bad)):
        with pytest.raises(LexiconError) as err:
            lexicon.technique_cues()
    assert "cues.jsonl:2" in str(err.value) and "Nonsense" in str(err.value)


def test_techniques_unsorted_word_list_is_rejected(tmp_path):
    with resources.using(_override(tmp_path, "name_calling.txt", "# header\nzealot\nbully\n")):
        with pytest.raises(LexiconError, match=r"name_calling.txt:3.*out of order"):
            lexicon.word_list("name_calling.txt")
