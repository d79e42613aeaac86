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


# --- 3. a call for calm that names nobody -------------------------------------------------------------------

CALM = """KAMPALA, May 3 (Lakes Wire) - Uganda accused Rwanda on Monday of shelling a border post near Kisoro, and \
Rwanda rejected the accusation.

Uganda said two of its soldiers had been wounded. Rwanda said Uganda had sheltered rebels for years.

Kenya and Tanzania called for calm.
"""

ALL_PARTIES = CALM.replace("Kenya and Tanzania called for calm.", "Kenya urged all parties to exercise restraint.")

NAMED_CALM = CALM.replace("Kenya and Tanzania called for calm.", "Kenya urged Uganda to show restraint.")

NO_QUARREL = """NAIROBI, May 3 (Lakes Wire) - Kenya's president met Uganda's president and Rwanda's foreign minister \
on Monday to discuss a railway.

Uganda and Rwanda praised the plan. Kenya said the line would open in 2030.

Tanzania called for calm after protests in Dar es Salaam.
"""


def test_a_call_for_calm_naming_nobody_is_aimed_at_the_two_sides(pipeline):
    doc = analyse_text(pipeline, CALM)
    call = event_with_word(doc, "REQUEST", "called")
    assert actor_countries(doc, call.target) == {"UGA", "RWA"}


def test_all_parties_asked_for_restraint_are_the_two_sides(pipeline):
    doc = analyse_text(pipeline, ALL_PARTIES)
    call = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, call.target) == {"UGA", "RWA"}


def test_a_named_addressee_of_a_call_for_restraint_is_kept(pipeline):
    doc = analyse_text(pipeline, NAMED_CALM)
    call = event_with_word(doc, "REQUEST", "urged")
    assert actor_countries(doc, call.target) == {"UGA"}


def test_no_quarrel_reported_no_sides_for_a_call_for_calm(pipeline):
    doc = analyse_text(pipeline, NO_QUARREL)
    calls = [e for e in doc.events if e.type == "REQUEST" and "called" in e.trigger.text]
    assert all(actor_countries(doc, e.target) != {"UGA", "RWA"} for e in calls)
