"""Author stance, round 24a (issue 18): claims mocked by a simile or answered by a question on their own words,
one actor built twice, care deeds told with "it", demands under an address, bylines written for a cause.

The open round 30 (oped-111..113) lost its attacked actors to claims the writer mocks without a judging word
("That is true in the way that ...", "It preserves them the way a tenant ...", "What does a contract cover, if not
...?", "I would like to know what ... is being protected from"), to an organisation the actors stage built twice
under one name, to a court named once and then called "the judges" / "the tribunal", and to bodies whose text was
read as a news report because the writer's byline says the piece is "written for" a campaign. The passages below
were written for this test, in genres the op-eds do not use (a water utility, a railway, pensions, a port, a
hospital); each mechanism has guards.
"""

from __future__ import annotations

import pytest

from conftest import author_polarity, opinion_piece

_WATER = opinion_piece(
    "Taps that run dry by noon\n\nBy the committee of a residents' association in the eastern districts\n\n",
    "Our members live in four districts where the water stops every day before lunch.",
    "We will meet again at the community hall next Thursday.")
_RAIL = opinion_piece(
    "The night train that never came back\n\nBy the council of a passengers' association\n\n",
    "Our members have travelled the northern line for forty years, in every season.",
    "We will count the passengers at the station again in the spring.")
_PENSIONS = opinion_piece(
    "A pension is not a favour\n\nBy the board of a retired miners' association\n\n",
    "Our members worked underground for thirty years and paid into the fund every month.",
    "We will be outside the fund's offices on the first Monday of the month.")


# 1. A claim mocked by a simile "the way (that) a/an N ...", in a sentence whose subject stands for the claim.
_SIMILES = [
    (_WATER, "The director of the Metropolitan Water Company told the council that no household had lost its supply. "
             "That is true in the way that a man locked out of his house has not lost his address.",
     "Metropolitan Water Company"),
    (_RAIL, "The chairman of Northern Rail Holdings said the new timetable protects the rural stations. It protects "
            "them the way a lock protects a shop that has already been emptied.", "Northern Rail Holdings"),
    (_PENSIONS, "Aldo Ferreira, the fund's director, told reporters that the pensions were safe. They are safe in the "
                "way that a letter is safe once it has been burned.", "Aldo Ferreira"),
]
# Guards: the same simile after no claim; a simile about a named actor's good practice after a claim.
_SIMILE_GUARDS = [
    (_WATER, "The Metropolitan Water Company repaired the main pipe in March. The river rose that week the way a "
             "river rises after snow.", "Metropolitan Water Company"),
    (_RAIL, "Northern Rail Holdings opened a new depot in Lund last year. It runs the depot the way Denmark runs its "
            "depots.", "Northern Rail Holdings"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SIMILES)
def test_a_simile_after_a_claim_mocks_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("mocking simile") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SIMILE_GUARDS)
def test_no_mocking_simile_after_no_claim_or_with_a_named_subject(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("mocking simile") for r in reasons), reasons


def test_a_true_in_the_way_sentence_grants_nothing():
    """"That is true in the way that ..." is no granted claim (round 23's zero-weight row)."""
    _, reasons = author_polarity(_SIMILES[0][0](_SIMILES[0][1]), "Metropolitan Water Company")
    assert not any(r.startswith("granted claim") for r in reasons), reasons


# 2. A content question (or "I would like to know what ...") right after a claim, on two of its own words.
_QUESTIONS = [
    (_WATER, "The Metropolitan Water Company replied that its licence \"does not include the old districts\". What, "
             "one wonders, does a water licence include, if not the districts that pay for it?",
     "Metropolitan Water Company"),
    (_RAIL, "The managing director of Northern Rail Holdings told the regional assembly that the closures were "
            "\"a way to protect the network\". I would like to know whom the network is being protected for.",
     "Northern Rail Holdings"),
    (_PENSIONS, "The Federal Pension Fund said the cuts would \"secure the future of the fund\". Whose future does a "
                "fund secure when it cuts the pensions of the people who paid into it?", "Federal Pension Fund"),
]
# ... or one word the claimant said in quotation marks.
_QUOTED_QUESTIONS = [
    (_WATER, "The Metropolitan Water Company says it carried out a \"full review\" of the eastern mains. What did that "
             "review consist of?", "Metropolitan Water Company"),
    (_PENSIONS, "The Federal Pension Fund says the cuts are \"temporary\". How temporary is a cut that has lasted six "
                "years?", "Federal Pension Fund"),
    (_RAIL, "Northern Rail Holdings says it \"consulted widely\" before the closures. Whom did it consult?",
     "Northern Rail Holdings"),
]
# Guards: a question that echoes too little of the claim; one the next sentence answers; one after no claim.
_QUESTION_GUARDS = [
    (_WATER, "The Metropolitan Water Company said the survey would cover every street in the old districts. What "
             "did it find? Most streets had no pressure after ten.", "Metropolitan Water Company"),
    (_RAIL, "Northern Rail Holdings said the line would reopen in the spring. When will the line reopen? The answer "
            "is in the budget, which names April.", "Northern Rail Holdings"),
    (_PENSIONS, "The Federal Pension Fund held its annual meeting in Bern. What does a pension fund do in winter?",
     "Federal Pension Fund"),
    (_PENSIONS, "The Federal Pension Fund says its offices will open \"on Mondays only\". What time do the offices "
                "close?", "Federal Pension Fund"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _QUESTIONS)
def test_a_question_on_the_words_of_a_claim_rebuts_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("question echoing its claim") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _QUOTED_QUESTIONS)
def test_a_question_on_a_quoted_word_of_a_claim_rebuts_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("question echoing its claim") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _QUESTION_GUARDS)
def test_no_echoing_question_without_enough_echo_or_with_an_answer(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("question echoing its claim") for r in reasons), reasons


# 3. Care deeds told with "it" past a sentence of no actor, and the new deeds (sharing results, offering access,
# collecting signatures or samples, giving lessons).
_CARE = [
    (_WATER, "The Riverside Tenants' Association, which represents some nine thousand households, paid for its own "
             "water tests. All sixty samples it sent came back with lead. It has shared the results with the city "
             "council, and it has offered the inspectors full access to its records.",
     "Riverside Tenants' Association"),
    (_RAIL, "The Northern Line Passengers' Forum has collected twelve thousand signatures for the night train and "
            "has shared the results of its own passenger counts with the transport ministry.",
     "Northern Line Passengers' Forum"),
    (_PENSIONS, "The Widows' Pension Circle has given free lessons on the new forms in six towns, and it "
                "has collected the signatures of four hundred widows whose payments stopped.",
     "Widows' Pension Circle"),
]
# Guard: one new deed alone is a fact, not praise.
_CARE_GUARDS = [
    (_RAIL, "The Northern Line Passengers' Forum has shared its counts of passengers with the transport ministry.",
     "Northern Line Passengers' Forum"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _CARE)
def test_care_deeds_told_flatly_praise_the_doer(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity > 0.15, (polarity, reasons)
    assert any(r.startswith("praise by deeds") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _CARE_GUARDS)
def test_one_care_deed_is_no_praise(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("praise by deeds") for r in reasons), reasons


# 4. A demand of undoing or disclosure under an address ("To X: publish ...", "Of X: ..."): against X.
_ADDRESSED = [
    (_WATER, "To the Metropolitan Water Company: publish the pressure readings of every district since January.",
     "Metropolitan Water Company"),
    (_RAIL, "Of Northern Rail Holdings we ask one thing: restore the night train before the winter.",
     "Northern Rail Holdings"),
    (_PENSIONS, "To the Federal Pension Fund: reverse the cuts and pay back what was withheld.",
     "Federal Pension Fund"),
]
# Guard: an address that asks a friend to open an inquiry is no blame.
_ADDRESS_GUARDS = [
    (_WATER, "To the Office of the Ombudsman: open an inquiry into the cuts, as you did for the gas company.",
     "Office of the Ombudsman"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ADDRESSED)
def test_a_demand_under_an_address_is_against_the_addressee(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("address '") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _ADDRESS_GUARDS)
def test_a_request_to_open_an_inquiry_is_no_blame(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("address '") for r in reasons), reasons


# 5. One actor built twice under one name, a generic actor that stands for a named body: one stance.
def test_same_name_twins_fold_into_the_organisation():
    from communique.document import Actor
    from communique.rhetoric.stance import fold_map

    actors = [Actor("a1", "Brenner Logistik", "organization"), Actor("a2", "Brenner Logistik", "person", "AUT"),
              Actor("a3", "farmers", "group", "MWI"), Actor("a4", "farmers", "group", "ZMB"),
              Actor("a5", "Kofi Mensah", "person", "GHA"), Actor("a6", "Kofi Mensah", "person", "TGO")]
    folded, _ = fold_map(actors)
    assert folded.get("a2") == "a1"
    assert "a3" not in folded and "a4" not in folded  # generic names of two states
    assert "a5" not in folded and "a6" not in folded  # two countries: two people


def test_a_generic_actor_folds_into_the_one_named_body_of_its_head():
    from communique.document import Actor
    from communique.rhetoric.stance import fold_map

    text = "The Lower Danube Tribunal heard them. The judges were patient; the tribunal ruled."
    actors = [Actor("a1", "Lower Danube Tribunal", "organization", None, "JUD", None, ((4, 25),)),
              Actor("a2", "judges", "organization", None, "JUD", None, ((42, 48), (63, 75)))]
    folded, _ = fold_map(actors, text)
    assert folded.get("a2") == "a1"
    two = actors + [Actor("a3", "Upper Danube Tribunal", "organization", None, "JUD", None, ())]
    assert "a2" not in fold_map(two, text)[0]  # two named tribunals: "the tribunal" is neither for sure


# 6. A byline that has its writer write for a cause makes the text commentary.
def test_an_advocacy_byline():
    from communique.document import Author
    from communique.structure.sections import advocacy_byline, signed_opinion

    for affiliation in ("chair of the harbour pilots' union, written for the Fishermen's Relief Fund",
                        "Former Consul in Lagos, writing in support of the Free Adaeze campaign",
                        "a nurse in Kumasi for twenty years, written on behalf of the Ward Six Families"):
        assert advocacy_byline([Author("A. Writer", affiliation)]), affiliation
        assert signed_opinion([Author("A. Writer", affiliation)]), affiliation
    for affiliation in ("written for Reuters", "Lagos correspondent, writing for the agency", "Staff Writer"):
        assert not advocacy_byline([Author("A. Writer", affiliation)]), affiliation


def test_a_piece_written_for_a_cause_is_commentary_throughout():
    from communique import analyze

    text = ("The pumps that stopped in May\n\nBy Amina Sule, Former Engineer of the Kano Water Board, written for the "
            "Tudun Wada Residents' Forum\n\n"
            "In May the Kano Water Board switched off the pumps at Tudun Wada for three weeks. The board said the "
            "pumps needed repairs. The repairs took one afternoon, on the last day.\n\n"
            "The forum counted the households without water every morning and sent the count to the board. It has "
            "not published a reply.\n\n"
            "The Kano Water Board has not explained the three weeks. It has not published the repair log.\n")
    document = analyze(text)
    body = [s for s in document.sections if s.kind not in ("byline", "other")]
    assert body and all(s.kind == "commentary" for s in body), [(s.kind, s.start, s.end) for s in document.sections]


# 7. The forum a case is brought to is not the accused: "bring the case to X", "file a complaint with X".
_VENUES = [
    (_WATER, "I ask the Ministry of Water Resources to withdraw from the new contract and to bring the case to the "
             "Public Utilities Regulatory Commission before the summer.", "Public Utilities Regulatory Commission"),
    (_RAIL, "We ask the Ministry of Transport to withdraw the new fares and to bring the case to the Competition "
            "Authority before the winter.", "Competition Authority"),
    (_PENSIONS, "We urge the Ministry of Labour to bring its complaint before the International Labour Organization "
                "in June.", "International Labour Organization"),
]
# Guard: an accusation of the writer's still counts against the accused.
_ACCUSED = (_WATER, "We accuse the Ministry of Water Resources of hiding the pressure readings from the districts.",
            "Ministry of Water Resources")


@pytest.mark.issue(18)
def test_an_accusation_still_counts_against_the_accused():
    piece, passage, actor = _ACCUSED
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15 and any(r.startswith("event ACCUSE") for r in reasons), (polarity, reasons)


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _VENUES)
def test_the_forum_of_a_case_is_not_accused(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("event ACCUSE") or r.startswith("event PROTEST") for r in reasons), reasons
    assert polarity > -0.15, (polarity, reasons)


# 8. A claim mocked by a conditional question on its own word: "If X was so <adjective>, why ...?"
_SO_QUESTIONS = [
    (_WATER, "The Metropolitan Water Company says the new meters are accurate to the litre. Families in the old "
             "districts have checked them against buckets. If the meters are so accurate, why do two neighbours with "
             "the same taps pay different bills?", "Metropolitan Water Company"),
    (_RAIL, "Northern Rail Holdings claims that the replacement buses are comfortable. If the buses are so "
            "comfortable, why do its own managers drive to work?", "Northern Rail Holdings"),
    (_PENSIONS, "The Federal Pension Fund insists that its investments were prudent. If they were so prudent, how did "
                "the fund lose a third of its value in a year?", "Federal Pension Fund"),
]
# Guard: the same question after a report of the writer's own, with no claim of that word.
_SO_GUARDS = [
    (_WATER, "The Metropolitan Water Company cleaned the reservoir in April. If the water is so clean, why does it "
             "still smell of iron?", "Metropolitan Water Company"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SO_QUESTIONS)
def test_a_conditional_question_on_the_word_of_a_claim_mocks_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("mock question 'if ... so") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _SO_GUARDS)
def test_no_mock_question_after_no_claim(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("mock question") for r in reasons), reasons


# 9. Claims doubted by a question on which of them to believe.
_BELIEF = [
    (_WATER, "In March the Metropolitan Water Company said the pipes were being repaired. In May it said the "
             "reservoir was low. Which of these explanations are we to believe?", "Metropolitan Water Company"),
    (_RAIL, "The chairman of Northern Rail Holdings told the assembly that the night train lost money. Its annual "
            "report says the night train paid for itself. Which should we believe?", "Northern Rail Holdings"),
    (_PENSIONS, "The Federal Pension Fund says the cuts were forced by the markets, and its director says they were "
                "ordered by the ministry. Whom should the widows believe?", "Federal Pension Fund"),
]
# Guard: a question on what to believe after a report of the writer's, no claim.
_BELIEF_GUARDS = [
    (_RAIL, "Northern Rail Holdings closed the station at Vik in June. What should the passengers believe now?",
     "Northern Rail Holdings"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _BELIEF)
def test_a_question_on_which_claim_to_believe_doubts_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("question 'which ... believe?'") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _BELIEF_GUARDS)
def test_no_belief_question_after_no_claim(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("question 'which ... believe?'") for r in reasons), reasons


# 10. A claimant's word praised in mockery: "W is a fine word."
_FINE_WORDS = [
    (_WATER, "The Metropolitan Water Company calls the daily cuts \"a rationalisation of supply\". Rationalisation is "
             "a fine word. In our district it means carrying buckets up six floors.", "Metropolitan Water Company"),
    (_RAIL, "Northern Rail Holdings says the closures are part of a \"modernisation\". Modernisation is a lovely word "
            "for a platform with no train.", "Northern Rail Holdings"),
    (_PENSIONS, "The Federal Pension Fund describes the cuts as \"an adjustment\". Adjustment is a convenient word. "
                "For a widow in Thun it means a third less to live on.", "Federal Pension Fund"),
]
# Guard: the same sentence after a report, with no claim of that word.
_FINE_GUARDS = [
    (_RAIL, "Northern Rail Holdings closed the station at Vik in June. Freedom is a fine word.",
     "Northern Rail Holdings"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FINE_WORDS)
def test_a_claimed_word_praised_in_mockery_judges_the_claimant(piece, passage, actor):
    polarity, reasons = author_polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("fine word") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _FINE_GUARDS)
def test_no_fine_word_after_no_claim(piece, passage, actor):
    _, reasons = author_polarity(piece(passage), actor)
    assert not any(r.startswith("fine word") for r in reasons), reasons
