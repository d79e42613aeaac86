"""Events of the twenty-fourth round (e3): dyads on whole documents (docs/events.md, "Round 24e3:
the maker of a measure, heads of state, chains of 'they'"). A reaction to a measure named by its
noun alone is aimed at whoever took the measure; a measure acting stands for its maker; "the two
Heads of State" are the meeting's parties; a "they" continues the generic subject of a run of
"they" sentences. Texts written for this project, with negatives."""

from __future__ import annotations

import re

from conftest import actor_countries, actor_names, event_cues, event_with_word, events_of


# --- the maker of a measure -------------------------------------------------------------------

CALLED_MEASURES = (
    "OTTAWA, March 3 (Prairie Wire) - Canada on Tuesday imposed sanctions on four Belarusian "
    "officials over the jailing of opposition figures.\n\n"
    "A spokesman for the foreign ministry in Minsk called the sanctions \"an act of economic "
    "aggression\" and said they were illegal.\n")


def test_reaction_to_sanctions_is_aimed_at_their_maker(pipeline):
    doc = pipeline(CALLED_MEASURES)
    accuse = [e for e in events_of(doc, "ACCUSE") if "Minsk" in doc.text[e.sentence[0]:e.sentence[1]]]
    assert accuse, event_cues(doc)
    assert "CAN" in actor_countries(doc, accuse[0].target), [(e.type, e.source, e.target) for e in doc.events]


UNRECOGNISED = (
    "BRASILIA, June 9 (Southern Cone Wire) - The United States on Monday imposed sanctions on a "
    "Venezuelan state oil firm.\n\n"
    "Brazil's foreign ministry said Brazil does not recognise one-sided sanctions and will keep "
    "trading with Caracas.\n")


def test_refusal_of_unilateral_sanctions_is_aimed_at_their_maker(pipeline):
    doc = pipeline(UNRECOGNISED)
    reject = [e for e in events_of(doc, "REJECT") if "recognise" in e.trigger.text]
    assert reject, event_cues(doc)
    assert actor_names(doc, reject[0].target) == {"United States"}, (reject[0].source, reject[0].target)


PACKAGE = (
    "BRUSSELS, April 2 (Channel Wire) - European Union governments on Friday adopted a new package of "
    "sanctions against Iran over its drone deliveries.\n\n"
    "The package also freezes assets held by two Iranian airlines.\n\n"
    "Poland, which vowed to block the package, abstained in the final vote.\n")


def test_measure_as_subject_stands_for_its_maker(pipeline):
    doc = pipeline(PACKAGE)
    freeze = event_with_word(doc, "SANCTION", "freezes")
    assert actor_names(doc, freeze.source) == {"European Union"}, (freeze.source, freeze.target)


def test_blocking_a_package_is_aimed_at_its_maker(pipeline):
    doc = pipeline(PACKAGE)
    block = event_with_word(doc, "REJECT", "block")
    assert "European Union" in actor_names(doc, block.target), (block.source, block.target)


OWN_MEASURE = (
    "CANBERRA, May 4 (Southern Wire) - Australia imposed sanctions on three Russian banks on Monday. "
    "Foreign Minister Penny Wong said Australia would review its sanctions next year.\n")

NAMED_TARGET = (
    "OTTAWA, March 3 (Prairie Wire) - Canada on Tuesday imposed sanctions on four Belarusian officials. "
    "Belarus rejected the sanctions and accused Poland of inciting them.\n")

NO_MEASURE_BEFORE = (
    "MINSK, March 3 (Prairie Wire) - Belarus said on Tuesday that it rejected the sanctions, without "
    "saying whose sanctions it meant.\n")


def test_own_measure_is_not_aimed_at_its_maker(pipeline):
    doc = pipeline(OWN_MEASURE)
    for e in doc.events:
        if e.type != "SANCTION":
            assert "Australia" not in actor_names(doc, e.target), (e.type, e.source, e.target)


def test_clause_target_is_kept(pipeline):
    doc = pipeline(NAMED_TARGET)
    accuse = [e for e in events_of(doc, "ACCUSE") if "accused" in e.trigger.text]
    assert accuse, event_cues(doc)
    assert "Poland" in actor_names(doc, accuse[0].target), (accuse[0].source, accuse[0].target)


def test_no_measure_reported_no_maker_guessed(pipeline):
    doc = pipeline(NO_MEASURE_BEFORE)
    for e in events_of(doc, "REJECT"):
        assert not e.target or "Belarus" not in actor_names(doc, e.target), (e.source, e.target)


# --- "the two Heads of State", and chains of "they" --------------------------------------------

STATE_VISIT = (
    "State visit of the President of Ghana to Viet Nam\n\n"
    "Hanoi, 12 May 2026\n\n"
    "The President of Viet Nam, Luong Cuong, today welcomed the President of Ghana, John Mahama, "
    "at the Presidential Palace in Hanoi.\n\n"
    "The two Heads of State held talks on trade and education. They reaffirmed the long friendship "
    "between Ghana and Viet Nam.\n")

def test_two_heads_of_state_are_the_meeting_parties(pipeline):
    doc = pipeline(STATE_VISIT)
    talks = event_with_word(doc, "CONSULT", "held talks")
    assert actor_countries(doc, talks.source) >= {"GHA", "VNM"}, (talks.source, talks.target)


def test_they_after_heads_of_state_is_both(pipeline):
    doc = pipeline(STATE_VISIT)
    ties = [e for e in doc.events if "reaffirmed" in e.trigger.text]
    assert ties, event_cues(doc)
    assert actor_countries(doc, ties[0].source) >= {"GHA", "VNM"}, (ties[0].source, ties[0].target)


THEY_CHAIN = (
    "Joint press release on the visit of the Prime Minister of Malaysia to Indonesia\n\n"
    "Jakarta, 3 July 2026\n\n"
    "President Prabowo Subianto received Prime Minister Anwar Ibrahim of Malaysia at the palace in Bogor. "
    "The two leaders discussed the conflict in Myanmar. They called on the Myanmar military to end "
    "air strikes on villages. They also expressed their support for the mediation led by ASEAN.\n")

THEY_ELSEWHERE = (
    "JAKARTA, July 3 (Archipelago Wire) - The two leaders discussed the conflict in Myanmar. "
    "Rebels in Rakhine said they would fight on. They also accused the Myanmar military of shelling "
    "villages.\n")


def test_they_chain_keeps_the_generic_subject(pipeline):
    doc = pipeline(THEY_CHAIN)
    support = [e for e in events_of(doc, "SUPPORT") if "support" in e.trigger.text]
    assert support, event_cues(doc)
    assert actor_countries(doc, support[0].source) >= {"IDN", "MYS"}, (support[0].source, support[0].target)


def test_they_chain_stops_at_another_subject(pipeline):
    doc = pipeline(THEY_ELSEWHERE)
    for e in events_of(doc, "ACCUSE"):
        assert "MYS" not in actor_countries(doc, e.source), (e.source, e.target)


def test_office_of_words_only():
    from communique.nlp import load_nlp
    from communique.stages.events import _office_of
    nlp = load_nlp()
    doc = nlp("The Heads of State and Government met. The leaders of Chile met. The heads of the two missions met.")
    preps = [t for t in doc if t.lower_ == "of"]
    assert [_office_of(p) for p in preps] == [True, False, False]


# --- a member's "we" is the body's -------------------------------------------------------------

COMMISSIONER_WE = (
    "GENEVA, 2 May 2026 - The Independent Commission of Inquiry on Lakeland presented its findings to "
    "the Human Rights Council on Tuesday.\n\n"
    "\"We thank the governments of Kenya and Uganda for receiving our investigators,\" said "
    "Commissioner Maria Lund.\n")

COMMISSIONER_I = (
    "GENEVA, 2 May 2026 - The Independent Commission of Inquiry on Lakeland presented its findings to "
    "the Human Rights Council on Tuesday.\n\n"
    "\"I thank the governments of Kenya and Uganda for receiving me,\" said Commissioner Maria Lund.\n")

LAWYER_WE = (
    "GENEVA, 2 May 2026 - The Independent Commission of Inquiry on Lakeland presented its findings to "
    "the Human Rights Council on Tuesday.\n\n"
    "\"We thank the governments of Kenya and Uganda for receiving us,\" said Maria Lund, a lawyer for "
    "the families of the victims.\n")


def _thanks(doc):
    found = [e for e in events_of(doc, "SUPPORT") if "thank" in e.trigger.text]
    assert found, event_cues(doc)
    return found[0]


def test_commissioner_we_is_the_commission(pipeline):
    doc = pipeline(COMMISSIONER_WE)
    names = actor_names(doc, _thanks(doc).source)
    assert names and all(re.search(r"\bCommission\b", n) for n in names), names


def test_commissioner_i_is_the_person(pipeline):
    doc = pipeline(COMMISSIONER_I)
    names = actor_names(doc, _thanks(doc).source)
    assert names and not any(re.search(r"\bCommission\b", n) for n in names), names


def test_we_of_a_speaker_with_no_member_title_is_the_speaker(pipeline):
    doc = pipeline(LAWYER_WE)
    names = actor_names(doc, _thanks(doc).source)
    assert names and not any(re.search(r"\bCommission\b", n) for n in names), names


# --- "the military government" after "X's military government"; rebels apart from their state --

SAME_PHRASE = (
    "NAYPYIDAW, Dec 5 (Bay Wire) - Myanmar's military government said on Friday it would hold talks with "
    "ethnic armed groups next month.\n\n"
    "Thailand offered to host the talks in Chiang Mai. The military government rejected the offer on "
    "Saturday.\n")

SAME_PHRASE_SUDAN = (
    "KHARTOUM, May 5 (Nile Wire) - Sudan's transitional council said on Friday it would reopen the "
    "border with Chad.\n\n"
    "Egypt urged caution. The transitional council rejected the advice and accused Cairo of meddling.\n")


def test_same_phrase_stands_for_the_owner(pipeline):
    doc = pipeline(SAME_PHRASE)
    reject = [e for e in events_of(doc, "REJECT") if "rejected" in e.trigger.text]
    assert reject, event_cues(doc)
    assert actor_countries(doc, reject[0].source) == {"MMR"}, (reject[0].source, reject[0].target)


def test_same_phrase_with_another_noun(pipeline):
    doc = pipeline(SAME_PHRASE_SUDAN)
    accuse = [e for e in events_of(doc, "ACCUSE") if "accused" in e.trigger.text]
    assert accuse, event_cues(doc)
    assert actor_countries(doc, accuse[0].source) == {"SDN"}, (accuse[0].source, accuse[0].target)


def test_same_phrase_needs_a_modifier():
    from communique.nlp import load_nlp
    from types import SimpleNamespace
    from communique.stages.events import same_phrase
    text = "Peru's government met. The government agreed. The new government agreed."
    doc = load_nlp()(text)
    actor = SimpleNamespace(id="a1", kind="state", mentions=[(0, len("Peru's government"))])
    document = SimpleNamespace(text=text, actors=[actor])
    govs = [t for t in doc if t.lower_ == "government"]
    assert same_phrase(document, govs[1]) == []  # a bare "the government": other rules
    assert same_phrase(document, govs[2]) == []  # "new government" is not a mention's ending


REBELS_REJECT = (
    "YANGON, Dec 5 (Bay Wire) - Myanmar's army launched an offensive against the Arakan Army on Friday. "
    "A Bangladeshi minister accused Myanmar of shelling the border.\n\n"
    "The Arakan Army said it would not accept a truce while the army kept shelling towns.\n")


def test_rebel_refusal_is_not_aimed_at_the_states_accuser(pipeline):
    doc = pipeline(REBELS_REJECT)
    reject = [e for e in events_of(doc, "REJECT") if "accept" in e.trigger.text]
    assert reject, event_cues(doc)
    assert "BGD" not in actor_countries(doc, reject[0].target), (reject[0].source, reject[0].target)


# --- a bare plural victim noun with two groups of that word: the one named last ---------------

class _Doc:
    def __init__(self, text, actors):
        self.text, self.actors = text, actors

    def actor(self, actor_id):
        return next((a for a in self.actors if a.id == actor_id), None)


def test_bare_plural_takes_the_group_named_last():
    from types import SimpleNamespace
    from communique.nlp import load_nlp
    from communique.stages.events import _same_noun
    text = "Rebels held civilians in Gao. Soldiers freed civilians in Mopti. Troops later killed 40 civilians."
    doc = load_nlp()(text)
    spans = [(i, i + len("civilians")) for i in range(len(text)) if text.startswith("civilians", i)]
    first = SimpleNamespace(id="g1", kind="group", mentions=[spans[0]])
    second = SimpleNamespace(id="g2", kind="group", mentions=[spans[1]])
    victims = [t for t in doc if t.lower_ == "civilians"][2]
    assert _same_noun(_Doc(text, [first, second]), victims) == ["g2"]
    # not for bodies: two organisations of one word stay ambiguous
    org1 = SimpleNamespace(id="o1", kind="organization", mentions=[spans[0]])
    org2 = SimpleNamespace(id="o2", kind="organization", mentions=[spans[1]])
    assert _same_noun(_Doc(text, [org1, org2]), victims) == []
    # none named before it: no guess
    later = [t for t in doc if t.lower_ == "civilians"][0]
    assert _same_noun(_Doc(text, [SimpleNamespace(id="g3", kind="group", mentions=[spans[1]]),
                                  SimpleNamespace(id="g4", kind="group", mentions=[spans[2]])]), later) == []
