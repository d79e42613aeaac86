"""Round 35y35: dyads on unseen news (docs/events.md, "Round 35y35"): "both sides" acted upon are the two
states the text is about, not two onlookers who spoke in the sentence before; a demand for the release of
captives named with other words than at their arrest is aimed at whoever detained people of their country;
a release coordinated with consular access is demanded too. Texts written for this project."""

from __future__ import annotations

from conftest import actor_countries, actor_names, analyse_text, event_with_word

# --- 1. "both sides" after two onlookers ---------------------------------------------------------------------

ONLOOKERS = """DHAKA, May 3 (Delta Wire) - Bangladesh expelled a Myanmar diplomat on Sunday after shells fired from \
Myanmar landed in a border village.

Myanmar rejected the accusation and said Bangladesh had sheltered rebels. Bangladesh said Myanmar had ignored \
three protest notes since March, and Myanmar recalled its own envoy from Dhaka.

Nepal and Bhutan said they respected Bangladesh's right to protect its border. The Secretary-General of the \
United Nations urged both sides to keep their channels of communication open.
"""

SIDES = """LIMA, May 3 (Andes Wire) - Chile and Bolivia traded accusations over the Lauca river on Monday.

Chile said Bolivia had diverted the water without notice. Bolivia rejected the claim and said Chile had \
ignored its proposals. Chile and Bolivia then recalled their ambassadors.

Ecuador urged both sides to return to talks.
"""

FEW = """QUITO, May 3 (Andes Wire) - Ecuador, Peru, Colombia and Brazil met on Monday to discuss the river basin.

Argentina and Uruguay said they supported the meeting. Chile urged both sides to share their data.
"""


def test_both_sides_after_two_onlookers_are_the_two_states_of_the_story(pipeline):
    doc = analyse_text(pipeline, ONLOOKERS)
    urged = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urged.target) == {"BGD", "MMR"}


def test_both_sides_after_the_two_states_of_the_story_are_they(pipeline):
    doc = analyse_text(pipeline, SIDES)
    urged = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urged.target) == {"CHL", "BOL"}


def test_no_main_pair_keeps_the_subject_before(pipeline):
    # four states named once each: no pair stands out, so the reading of the sentence before is kept
    doc = analyse_text(pipeline, FEW)
    urged = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, urged.target) != {"ECU", "PER"}
    assert not actor_countries(doc, urged.target) & {"CHL"}


# --- 2. the release of captives named with other words ------------------------------------------------------

NATIONALS = """ACCRA, May 3 (Gulf of Guinea Wire) - Ghanaian police detained four Togolese traders at the Aflao \
market on Monday, accusing them of smuggling fuel.

Togo's foreign minister, Kodjo Adedze, demanded the immediate release of the four men on Tuesday.
"""

ACCESS = """ACCRA, May 3 (Gulf of Guinea Wire) - Ghanaian police detained four Togolese traders at the Aflao \
market on Monday, accusing them of smuggling fuel.

Togo's foreign minister, Kodjo Adedze, demanded consular access to the Togolese citizens and their \
immediate release, and said Lome reserved the right to respond.
"""

OWN_NATIONALS = """ACCRA, May 3 (Gulf of Guinea Wire) - Ghanaian police detained four Ghanaian activists at a \
rally in Accra on Monday.

Togo's foreign minister, Kodjo Adedze, demanded the immediate release of the four men.
"""

NO_ARREST = """LOME, May 3 (Gulf of Guinea Wire) - Togo's foreign minister, Kodjo Adedze, met Ghana's \
ambassador on Monday to discuss trade at the Aflao border post.

Amnesty International demanded the immediate release of four Togolese traders.
"""

ADDRESSEE = """ACCRA, May 3 (Gulf of Guinea Wire) - Ghanaian police detained four Togolese traders at the \
Aflao market on Monday.

Togo asked Nigeria to press for the release of the four men.
"""


def test_release_of_captives_named_otherwise_is_asked_of_the_captor(pipeline):
    doc = analyse_text(pipeline, NATIONALS)
    demand = event_with_word(doc, "REQUEST", "demanded")
    assert actor_countries(doc, demand.target) == {"GHA"}


def test_release_coordinated_with_consular_access_is_asked_of_the_captor(pipeline):
    doc = analyse_text(pipeline, ACCESS)
    demand = event_with_word(doc, "REQUEST", "demanded")
    assert actor_countries(doc, demand.target) == {"GHA"}


def test_no_captor_of_the_captives_own_country_by_nationality(pipeline):
    # the police detained their own nationals: the rule by nationality does not pick them
    doc = analyse_text(pipeline, OWN_NATIONALS)
    demand = event_with_word(doc, "REQUEST", "demanded")
    assert "Ghanaian police" not in actor_names(doc, demand.target)


def test_no_arrest_reported_no_captor(pipeline):
    doc = analyse_text(pipeline, NO_ARREST)
    demand = event_with_word(doc, "REQUEST", "demanded")
    assert "GHA" not in actor_countries(doc, demand.target)


def test_a_named_addressee_keeps_the_demand(pipeline):
    doc = analyse_text(pipeline, ADDRESSEE)
    asked = event_with_word(doc, "REQUEST", "asked")
    assert actor_countries(doc, asked.target) == {"NGA"}
