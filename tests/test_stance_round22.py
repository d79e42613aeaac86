"""Author stance, round 22 (issue 18): generic descriptions, rebuttals of insults, the holder of a thanks,
a demand to stop said with a pronoun, conditional sarcasm.

Round 21h's table of the blind open round 26 found: generic descriptions "A <noun> that ..." whose judgement
is no negated norm ("is either very careless or very careful", "has made a choice"); a rebuttal of an insult
("some have called him a traitor. He is nothing of the kind.") read as sarcasm on the defended man; a reply's
thanks ("We received one reply, thanking us for our interest") read as the author's; "I ask only that it stop
pretending ..."; "If that is discipline, I would not like to see ...". The passages below were written for
this test before the rules, in genres the op-eds do not use (fisheries, arms exports, mass trials, dams,
pushbacks at sea); the guards are a generic description no actor bears, a praising one, an insult's rebuttal
of a claim the actor makes of itself, a thanks the author gives, a demand to go on.
"""

from __future__ import annotations

import pytest

from conftest import author_reasons, author_stance, opinion_piece

_FISHERS = opinion_piece(
    "Empty nets on the Petite Cote\n\nBy the council of an association of artisanal fishers in Mbour\n\n",
    "Our members go out in wooden canoes before dawn. Ten years ago a morning's catch fed a family for a week.",
    "We will be on the beach at dawn tomorrow, as always.")
_ARMS = opinion_piece(
    "Rifles for a war they deplore\n\nBy the board of a campaign against the arms trade\n\n",
    "Our members have counted the exports of small arms for twenty years, licence by licence.",
    "We will publish the next count in the spring.")
_TRIALS = opinion_piece(
    "Ninety-one names in an afternoon\n\nBy the council of an association of defence lawyers\n\n",
    "Our members have defended people accused of every kind of crime. We believe that every one of them deserved "
    "a hearing.",
    "We will keep filing appeals, one name at a time.")
_DAM = opinion_piece(
    "The valley they will flood\n\nBy the committee of the villages of the upper valley\n\n",
    "Our villages have stood beside the river for two hundred years. Our families farm its banks.",
    "We will be at the river on Sunday, as every week.")
_SEA = opinion_piece(
    "What happened at sea on the night of the ninth\n\nBy the crew council of a sea-rescue charity\n\n",
    "Our ship patrols the central Mediterranean from spring to autumn. We have pulled thousands of people out of "
    "the water.",
    "Our ship sails again on Monday.")


def _actor(text: str, name: str) -> str | None:
    stance = author_stance(text)
    return next((k for k in stance if name.lower() in k.lower() or k == name), None)


def _polarity(text: str, name: str) -> tuple[float, list[str]]:
    key = _actor(text, name)
    if key is None:
        return 0.0, []
    record = author_stance(text)[key]
    return record.polarity, list(record.reasons)


# 1. A generic description "A <noun> that ..." judges the actor of that noun, or the actor that did the deed its
# relative clause restates, whatever form the judgement takes.
_GENERIC = [
    (_FISHERS, "Last year the Fisheries Agency sold fourteen licences to foreign trawlers inside the artisanal zone. "
               "An agency that sells the coast to trawlers is either very careless or very well paid.",
     "Fisheries Agency"),
    (_ARMS, "Berlin approved eleven licences for rifles to the kingdom last year. A government that approves rifles "
            "for a war it says it deplores has made its choice.", "DEU"),
    (_TRIALS, "The Supreme State Security Court sentenced ninety-one defendants in a single afternoon. A court that "
              "sentences ninety-one people in an afternoon is not doing justice.", "Supreme State Security Court"),
    (_DAM, "We asked the Ministry of Energy for the resettlement plan and were told it had been mislaid. A ministry "
           "that mislays the plan for eight thousand people is careless at best.", "Ministry of Energy"),
    (_SEA, "On the night of the ninth the Armed Forces of Malta towed a dinghy with forty people back towards Libya. "
           "A navy that tows children back out to sea has forgotten what a navy is for.", "Armed Forces of Malta"),
    (_DAM, "The government in Vientiane found the money for a new stadium within a month. A state that can find money "
           "for a stadium but not for an embankment has decided whose lives count.", "LAO"),
]
# Guards: a generic description no actor of the text bears or did; one that praises.
_GENERIC_GUARDS = [
    (_FISHERS, "The Fisheries Agency of Senegal held its annual meeting in Dakar in May. A fisherman who loses his net "
               "loses a month of income.", "Fisheries Agency"),
    (_TRIALS, "The District Court of Oslo heard every defendant separately and in public. A court that hears every "
              "defendant is doing its duty.", "District Court of Oslo"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _GENERIC)
def test_a_generic_description_judges_the_actor_of_its_noun(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("generic description") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _GENERIC_GUARDS)
def test_no_generic_description_against_an_actor_it_does_not_describe(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert not any(r.startswith("generic description") for r in reasons), reasons
    assert polarity > -0.15, (polarity, reasons)


# 2. A rebuttal of an insult defends the insulted: no sarcasm on him.
_INSULTED = [
    (_SEA, "Some in Rome have called the skipper Ahmed Sow a smuggler. He is nothing of the kind. He pulled forty "
           "people out of the water that night.", "Ahmed Sow"),
    (_TRIALS, "The state newspapers have called the lawyer Leyla Rahimova a traitor. She is no such thing.",
     "Leyla Rahimova"),
    (_FISHERS, "The trawler owners have called Moussa Diallo a troublemaker. He is nothing of the sort; he has "
               "counted the catches of this coast for thirty years.", "Moussa Diallo"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _INSULTED)
def test_a_rebutted_insult_is_no_sarcasm_on_the_insulted(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert not any(r.startswith("sarcasm") for r in reasons), reasons
    assert polarity > -0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_claim_of_oneself_rebutted_is_still_sarcasm():
    """Guard: the same words after a role the actor claims for itself judge the claimant."""
    text = _FISHERS("Dakar calls itself the friend of the small fishers. It is nothing of the kind.")
    polarity, reasons = _polarity(text, "SEN")
    assert polarity < -0.15, (polarity, reasons)


# 3. A thanks said by another holder is not the author's.
_OTHERS_THANKS = [
    (_SEA, "We wrote to the government of Malta three times about the dinghy. We received one reply, thanking us for "
           "our concern.", "MLT"),
    (_ARMS, "We sent our count of the licences to the chancellery in Berlin. Its answer, thanking us for our "
            "interest in German export policy, came four months later.", "DEU"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _OTHERS_THANKS)
def test_a_reply_that_thanks_us_is_no_praise_by_the_author(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert not any("thank" in r for r in reasons), reasons
    # (the sentence model alone reads the chancellery's answer as positive, +0.27: no rule of this round's)


@pytest.mark.issue(18)
def test_the_authors_own_thanks_still_counts():
    # rewritten before any rule ran: "the crew of the Italian coast guard cutter Dattilo" was found as no actor
    text = _SEA("We thank the Italian coast guard, whose cutter took the last survivors aboard.")
    polarity, reasons = _polarity(text, "ITA")
    assert polarity > 0.15, (polarity, reasons)


# 4. A demand to stop said with a pronoun for the actor of the sentence before.
_STOP_PRONOUN = [
    (_ARMS, "I do not ask Berlin to love the kingdom's enemies. I ask only that it stop selling rifles to the "
            "kingdom.", "DEU"),
    (_FISHERS, "We do not ask the Fisheries Agency to close the sea. We ask only that it stop selling licences in "
               "the artisanal zone.", "Fisheries Agency"),
    (_DAM, "We do not ask Vientiane to give up its dam. We ask that it stop pretending that the valley is empty.",
     "LAO"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _STOP_PRONOUN)
def test_a_demand_that_it_stop_attacks_the_actor_it_stands_for(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_demand_that_it_go_on_is_no_attack():
    text = _SEA("The Italian coast guard took ninety people off a sinking boat last week. We ask only that it keep "
                "doing so.")
    polarity, reasons = _polarity(text, "ITA")
    assert not any(r.startswith("demand") for r in reasons), reasons
    # (the sentence model alone reads -0.25 on the rescue sentence, before and after this round's rules)


# 5. Conditional sarcasm on a claim: "If that is discipline, I would not like to see ...".
_IF_THAT_IS = [
    (_DAM, "The minister of energy, Khamphone Sithong, says the move of the villages was voluntary. If that is "
           "voluntary, I would not like to see what he calls compulsory.", "Khamphone Sithong"),
    (_SEA, "The Armed Forces of Malta say their patrol boat was merely escorting the dinghy. If that is an escort, "
           "we would hate to see an arrest.", "Armed Forces of Malta"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _IF_THAT_IS)
def test_conditional_sarcasm_on_a_claim_attacks_the_claimant(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_plain_condition_is_no_sarcasm():
    text = _DAM("The minister of energy, Khamphone Sithong, says the move of the villages will be voluntary. If that "
                "is so, we will welcome it.")
    polarity, reasons = _polarity(text, "Khamphone Sithong")
    assert polarity > -0.15, (polarity, reasons)


# 4b. The pronoun two sentences after "I do not ask X to ...": the asked actor (oped-93's form, own words).
@pytest.mark.issue(18)
def test_a_demand_that_it_stop_reaches_the_actor_asked_before():
    text = _DAM("We do not ask the Ministry of Energy to love our valley. Ministries rarely love valleys; that is not "
                "their job. We ask only that it stop pretending that the valley is empty.")
    polarity, reasons = _polarity(text, "Ministry of Energy")
    assert polarity < -0.15, (polarity, reasons)
    assert any(r.startswith("demand 'that") for r in reasons), reasons


# 6. A claim refuted by a question on its own word: "Which backlog? The court decided every case on time."
_WHICH = [
    (_FISHERS, "The Port Authority of Mbour says the new quay was built for the fishing fleet. Which fleet? The last "
               "canoe left that beach in 2019.", "Port Authority"),
    (_ARMS, "Rheinwerk Defence says its rifles go only to democracies. Which democracies? Its licences list three "
            "monarchies and a junta.", "Rheinwerk Defence"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _WHICH)
def test_a_claim_refuted_by_which_attacks_the_claimant(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert polarity < -0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_which_question_after_no_claim_is_no_rebuttal():
    text = _FISHERS("We met the Port Authority of Mbour on Tuesday. Which office? The one by the old market.")
    polarity, reasons = _polarity(text, "Port Authority of Mbour")
    assert not any(r.startswith("rebuttal") for r in reasons), reasons


# 5. A deed against the attacked actor (a contract cancelled, a loan suspended) is praise of its doer; the same deed
# against an actor the writer does not attack stays a hostile act.
_AGAINST_ATTACKED = [
    # rewritten before the rule ran: "Ocean Star Fishing" was found as no actor and the flat deeds as no attack in
    # this short piece; the attack is now a demand
    (_FISHERS, "Dakar Pelagic Holdings destroyed the nets of our members twice this year. We ask that Dakar Pelagic "
               "Holdings stop fishing inside the artisanal zone. In March, Nordhav Seafood cancelled its contracts "
               "with Dakar Pelagic Holdings.", "Nordhav Seafood"),
    (_DAM, "The Mekong Power Company flooded the lower village without warning and burned the fields of those who "
           "refused to leave. Last month the Nordic Investment Bank suspended its loan to the Mekong Power Company.",
     "Nordic Investment Bank"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _AGAINST_ATTACKED)
def test_a_deed_against_the_attacked_actor_is_praise(piece, passage, actor):
    polarity, reasons = _polarity(piece(passage), actor)
    assert polarity > 0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_deed_against_an_actor_not_attacked_stays_hostile():
    text = _SEA("The Red Crescent has worked beside our crews for years. Last month Ankara suspended the permits of "
                "the Red Crescent in the port of Izmir.")
    polarity, reasons = _polarity(text, "TUR")
    assert polarity < 0.15, (polarity, reasons)


# 5b. A request to the attacked actor to stop ("has asked the ministry to suspend the concession") by a third actor.
@pytest.mark.issue(18)
def test_a_request_to_the_attacked_actor_to_stop_is_praise():
    text = _DAM("The Mekong Power Company flooded the lower village without warning. We ask that the Mekong Power "
                "Company stop the works until every family is resettled. Last week the Asian Development Bank asked "
                "the Mekong Power Company to suspend the works.")
    polarity, reasons = _polarity(text, "Asian Development Bank")
    assert polarity > 0.15, (polarity, reasons)


@pytest.mark.issue(18)
def test_a_request_to_an_actor_not_attacked_is_no_praise():
    text = _SEA("The Red Crescent has worked beside our crews for years. Last month the governor of Izmir asked the Red "
                "Crescent to suspend its work in the port.")
    polarity, reasons = _polarity(text, "governor")
    assert not any(r.startswith("deed against") for r in reasons), reasons


# After the blind reading of open round 27 (oped-101's "Let an independent body, not the coast guard itself,
# investigate ..."): the actor set aside with "not" is not the one let to do the work.
@pytest.mark.issue(18)
def test_let_x_not_y_investigate_is_no_praise_of_y():
    text = _SEA("Let an independent commission, not the Armed Forces of Malta themselves, investigate the night of "
                "the ninth.")
    polarity, reasons = _polarity(text, "Armed Forces of Malta")
    assert not any("let ..." in r for r in reasons), reasons


# After the blind reading of open round 27 (oped-101: "told parliament that critics were 'doing the work of
# smugglers'. Is a nine-year-old girl from Darfur a smuggler?"): a yes/no question that echoes the claim's word.
@pytest.mark.issue(18)
def test_a_question_echoing_the_claims_word_attacks_the_claimant():
    text = _FISHERS("The fisheries minister, Aminata Ba, told the assembly that the protesters were \"agents of foreign "
                    "trawlers\". Is a grandmother who mends nets an agent of foreign trawlers? The minister did not say.")
    polarity, reasons = _polarity(text, "Aminata Ba")
    assert polarity < -0.15, (polarity, reasons)  # main: by the omission "did not say" alone
    assert any(r.startswith("rebuttal 'is ... agent?'") for r in reasons), reasons


@pytest.mark.issue(18)
def test_a_question_answered_yes_is_no_rebuttal():
    text = _FISHERS("The Port Authority says the new quay is finished. Is the quay finished? Yes, since May, and the "
                    "canoes use it every morning.")
    polarity, reasons = _polarity(text, "Port Authority")
    assert not any(r.startswith("rebuttal") for r in reasons), reasons
