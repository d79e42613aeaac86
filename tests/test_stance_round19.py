"""Author stance, round 19 (issue 18): attacked actors with no evaluative word aimed at them.

An advocacy text attacks an actor without judging it in so many words: a hostile act done by men who act
"on behalf of" or "on the orders of" it, an act that "no one in" it did, a question "Did anyone in X ask
...?", a denied innocence ("is not innocent in this either"), a comparison to a label ("no better than the
junta it replaced", "behaves like an occupier"). And a friendly act the writer only asks for ("We ask that
our two governments set up a committee", "Second, that ...") is no cooperation of its subject. Each passage
was written for this test, in styles the op-eds of the repository do not use (a harbour pilot's column, a
state broadcaster's commentary, an activist letter, a veterans' column); the guards are passages that must
not give the new reasons.
"""

from __future__ import annotations

import pytest

from conftest import assert_author_sign, author_reasons, opinion_piece

_PILOT = opinion_piece(
    "Notes from the coast\n\nBy Marisol Quintero, a retired harbour pilot\n\n",
    "I piloted ships into this harbour for thirty years. I have seen good seasons and bad ones, and I know "
    "what a closed port does to a town.",
    "We deserve better than this. I hope the ministers read these lines before the next season begins.")
_BROADCAST = opinion_piece(
    "Commentary: the view from the studio\n\nBy Anatoly Verenich, commentator of the evening programme\n\n",
    "Our listeners have written to us all week about the elections. Tonight I want to answer them plainly.",
    "The truth is not complicated. The people of this country will judge who stood where.")
_LETTER = opinion_piece(
    "A letter to the conference of donors\n\nBy Amina Takele, for the Coalition of River Villages\n\n",
    "We write on behalf of forty villages along the river. We have counted our losses and we know who "
    "caused them.",
    "We ask the donors to read this letter before they sign anything. Our villages cannot wait another year.")
_VETERANS = opinion_piece(
    "What the old soldiers saw\n\nBy Colonel (retd) Hamid Rostami, for a veterans' association\n\n",
    "We served on that border for most of our lives. We know the difference between a patrol and a raid.",
    "Old soldiers do not ask for much. We ask that the record be kept straight.")

_ATTACKED = [
    # a hostile act by men who act for the actor: the act counts against the master too
    (_BROADCAST, "Masked men working on behalf of Minsk beat two reporters outside the courthouse last week.",
     "BLR", "done on its behalf"),
    (_VETERANS, "Gunmen acting on the orders of Minsk burned the printing house of the opposition paper.",
     "BLR", "done on its behalf"),
    # an act that nobody in the actor did, in the writer's voice
    (_PILOT, "No one in Quito thought to warn the fishermen before the port was closed.",
     "ECU", "inaction 'no one in ... think'"),
    (_LETTER, "The dam gates opened at night. Nobody in Addis Ababa warned the villages downstream.",
     "ETH", "inaction 'no one in ... warn'"),
    # a yes/no question about what anybody in the actor did
    (_PILOT, "The nets rotted on the quay for a month. Did anyone in Quito ask who would pay for them?",
     "ECU", "rhetorical question 'did anyone in ... ask'"),
    # innocence denied
    (_VETERANS, "The Ecuadorian navy is not innocent in this either. Its patrol boats were in the bay all night.",
     "ECU", "blame 'not innocent'"),
    (_LETTER, "The ministry in Addis Ababa is hardly blameless; it approved the schedule of the floods.",
     "ETH", "blame 'not blameless'"),
    # a comparison to a label
    (_BROADCAST, "The government in Managua is no better than the junta it replaced.",
     "NIC", "comparison 'no better than junta'"),
    (_VETERANS, "In the north of the island Ankara behaves like an occupier, not a guarantor.",
     "TUR", "comparison 'behave like occupier'"),
    # a hostile act on the actor's watch, with its blessing or its money, under its rule
    (_BROADCAST, "Two hundred journalists were jailed on Ankara's watch.", "TUR", "on its watch"),
    (_LETTER, "The militia burned the villages with the blessing of Khartoum.", "SDN", "with its blessing"),
    (_VETERANS, "With Kigali's money and Kigali's trucks, the rebels shelled the camps around Goma.", "RWA",
     "with its money"),
    (_BROADCAST, "Under Ortega's rule, police have arrested four hundred students.", "Daniel Ortega",
     "under its rule"),
    # the actor's name for a thing, denied of itself by the writer's next sentence
    (_LETTER, 'Abuja describes the evictions as "resettlement". A resettlement that leaves families without '
              'roofs is not a resettlement.', "NGA", "rebuttal 'not resettlement' of its name"),
    (_PILOT, "Nairobi calls the new levy a contribution. A contribution that is taken from every payslip "
             "without a vote is not a contribution.", "KEN", "rebuttal 'not contribution' of its name"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,reason", _ATTACKED)
def test_attacked_without_an_evaluative_word(piece, passage, actor, reason):
    assert_author_sign(piece(passage), actor, "-", reason)


_NEW_REASONS = ("done on its behalf", "no one in", "anyone in", "not innocent", "not blameless", "comparison '",
                "on its ", "with its ", "under its ", "rebuttal")

_GUARDS = [
    # agents of a harmless act, an act suffered, a state of mind, an asserted innocence
    (_LETTER, "Lawyers working on behalf of Vilnius filed the case in The Hague last spring.", "LTU"),
    (_PILOT, "No one in Quito was hurt when the storm reached the coast.", "ECU"),
    (_PILOT, "No one in Quito doubts that the season will be hard.", "ECU"),
    (_VETERANS, "The fishermen of Manta are innocent, and Quito has said so in court.", "ECU"),
    # a plain comparative, a denied comparison
    (_BROADCAST, "Managua is better than its neighbours at counting its voters.", "NIC"),
    (_BROADCAST, "Belgrade does not behave like a warlord, whatever its critics say.", "SRB"),
    # a question about people, not an actor; a question that is not yes/no
    (_PILOT, "Did anyone in the harbour ask the pilots what they thought?", "ECU"),
    # help, not complicity, in a harmless act; a name the writer keeps
    (_LETTER, "The convoy reached the villages with the help of Khartoum's engineers.", "SDN"),
    (_BROADCAST, "Ankara calls the agreement a partnership. A partnership between equals is a partnership.", "TUR"),
]


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor", _GUARDS)
def test_no_new_reason_where_nothing_is_attacked(piece, passage, actor):
    reasons = author_reasons(piece(passage), actor)
    assert not any(cue in r for r in reasons for cue in _NEW_REASONS), reasons


@pytest.mark.issue(18)
def test_a_negated_conduct_with_like_is_no_omission():
    reasons = author_reasons(_BROADCAST("Belgrade does not behave like a warlord, whatever its critics say."), "SRB")
    assert not any(r.startswith("omission") for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "We ask that Peru and Chile set up a standing committee on transit, which meets before a crisis.",
    "We ask for two things. First, that the ports stay open. Second, that Peru and Chile set up a "
    "standing committee on transit.",
    "We urge Chile and Peru to set up a standing committee on transit before the next harvest.",
])
def test_a_cooperation_only_asked_for_is_no_cooperation(passage):
    assert not any(r.startswith("event COOPERATE") for r in author_reasons(_LETTER(passage), "CHL"))


@pytest.mark.issue(18)
def test_an_attacked_actor_is_not_saved_by_the_cooperation_asked_of_it():
    text = _LETTER("Chile closed the border to our lorries without a day of notice. We ask that our two "
                   "governments set up a standing committee on transit, which meets before a crisis.")
    assert_author_sign(text, "CHL", "-", "the author asserts COERCE")


@pytest.mark.issue(18)
def test_a_friendly_act_told_as_done_still_counts():
    text = _LETTER("Last spring we signed a water agreement with Chile, and we have worked with Chilean "
                   "engineers ever since.")
    assert any(r.startswith("event AGREE") for r in author_reasons(text, "CHL"))


# An actor named as another's ally, customer or financier takes its side (``_ally_evidence``), which the
# sides rule carries in an opinion text: a whole op-ed, so that the text reads as one.
_ALLY_PIECE = ("The price of a friendship\n\nBy Hamid Rostami, for a veterans' association\n\n"
               "We served on that border for most of our lives. We know the difference between a patrol and a raid.\n\n"
               "The regime in Tehran hanged four young men in March for singing at a funeral. Its courts are a "
               "cruel farce.\n\n{passage}\n\n"
               "Yerevan, to its credit, protested at once. That was brave, and it was right.\n\n"
               "Old soldiers do not ask for much. We ask that the record be kept straight.\n")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor,noun", [
    ("Minsk, its closest ally in Europe, sent congratulations the next day.", "BLR", "ally"),
    ("Beijing, Tehran's most important customer, keeps buying its oil.", "CHN", "customer"),
])
def test_the_ally_of_an_attacked_actor_is_attacked(passage, actor, noun):
    assert_author_sign(_ALLY_PIECE.format(passage=passage), actor, "-", f"(relation '{noun}')")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,actor", [
    ("Minsk is no ally of Tehran, and it said nothing.", "BLR"),
    ("The Caspian Fuel Company, the sole supplier of Armenia's heating oil, raised its prices.", "ARM"),
])
def test_no_relation_without_an_ally(passage, actor):
    reasons = author_reasons(_ALLY_PIECE.format(passage=passage), actor)
    assert not any("relation '" in r for r in reasons), reasons


@pytest.mark.issue(18)
@pytest.mark.parametrize("piece,passage,actor,noun", [
    (_PILOT, "Lima promised the valley a hospital in 2019. There is still no hospital.", "PER", "hospital"),
    (_LETTER, "In 2020 Quito pledged new boats to every cooperative. Not one boat has arrived.", "ECU", "boat"),
    (_VETERANS, "Santiago promised to build a bridge at the crossing. Five years later the bridge has not been built.",
     "CHL", "bridge"),
])
def test_a_promise_the_writer_says_is_not_kept(piece, passage, actor, noun):
    assert_author_sign(piece(passage), actor, "-", f"unkept promise '{noun}'")


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage", [
    "Lima promised the valley a hospital in 2019. The hospital opened last spring.",
    "Lima did not promise the valley a hospital. There is still no hospital, and no one expected one.",
])
def test_no_unkept_promise(passage):
    assert not any(r.startswith("unkept promise") for r in author_reasons(_PILOT(passage), "PER"))


@pytest.mark.issue(18)
def test_a_pronoun_after_the_writer_addresses_an_actor():
    # "We also speak to X, who ... . Its soldiers ...": the sentence before has the writer as its subject,
    # so "its" is the last actor the writer named there (on main: unresolved, the model alone)
    text = _LETTER("We also speak to the Ethiopian National Defense Force, which holds the road. Its soldiers "
                   "have shelled the market twice this month.")
    assert_author_sign(text, "Ethiopian National Defense Force", "-", "harmful act 'shell'")


@pytest.mark.issue(18)
def test_a_pronoun_after_the_writer_with_no_actor_stays_open():
    text = _LETTER("We also speak to the families along the road. Their fields have been flooded twice this month.")
    assert all("harmful act" not in r for r in author_reasons(text, "ETH"))


@pytest.mark.issue(18)
@pytest.mark.parametrize("passage,cue", [
    # the adjective of an actor's name denied a few sentences on; the name given in a statement it issued
    ('By Friday the Kenya Ports Authority had issued a statement describing the leak as "a small spill". Our '
     'crews were on the water that night. They saw the spill. It was not small.', "rebuttal 'not small' of its name 'spill'"),
    ("Nairobi calls the new levy a temporary measure. Three budgets later the levy is still collected. "
     "It is not temporary.", "rebuttal 'not temporary' of its name 'measure'"),
])
def test_an_epithet_of_the_actors_name_denied(passage, cue):
    assert_author_sign(_PILOT(passage), "KEN", "-", cue)


@pytest.mark.issue(18)
def test_an_epithet_the_writer_keeps_is_no_rebuttal():
    passage = "Nairobi calls the new levy a temporary measure. The finance bill ends it next June. It is temporary."
    assert not any(r.startswith("rebuttal") for r in author_reasons(_PILOT(passage), "KEN"))
