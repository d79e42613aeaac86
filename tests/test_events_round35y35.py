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


def _request_target(pipeline, text: str, word: str) -> set[str]:
    """The countries of the target of the REQUEST whose trigger holds ``word`` in ``text``."""
    doc = analyse_text(pipeline, text)
    return actor_countries(doc, event_with_word(doc, "REQUEST", word).target)


def test_both_sides_after_two_onlookers_are_the_two_states_of_the_story(pipeline):
    assert _request_target(pipeline, ONLOOKERS, "urged") == {"BGD", "MMR"}


def test_both_sides_after_the_two_states_of_the_story_are_they(pipeline):
    assert _request_target(pipeline, SIDES, "urged") == {"CHL", "BOL"}


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
    assert _request_target(pipeline, NATIONALS, "demanded") == {"GHA"}


def test_release_coordinated_with_consular_access_is_asked_of_the_captor(pipeline):
    assert _request_target(pipeline, ACCESS, "demanded") == {"GHA"}


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
    assert _request_target(pipeline, ADDRESSEE, "asked") == {"NGA"}


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
    assert _request_target(pipeline, CALM, "called") == {"UGA", "RWA"}


def test_all_parties_asked_for_restraint_are_the_two_sides(pipeline):
    assert _request_target(pipeline, ALL_PARTIES, "urged") == {"UGA", "RWA"}


def test_a_named_addressee_of_a_call_for_restraint_is_kept(pipeline):
    assert _request_target(pipeline, NAMED_CALM, "urged") == {"UGA"}


def test_no_quarrel_reported_no_sides_for_a_call_for_calm(pipeline):
    doc = analyse_text(pipeline, NO_QUARREL)
    calls = [e for e in doc.events if e.type == "REQUEST" and "called" in e.trigger.text]
    assert all(actor_countries(doc, e.target) != {"UGA", "RWA"} for e in calls)


# --- 4. review (round 35y35): the guards -----------------------------------------------------------------------
# The review's passages (written for the review of this branch, /work/rev35y35) where the first version of the
# rules was worse than main (copied here): each must come out as on main (the trigger's REQUEST with main's target).

REVIEW_AS_MAIN = [
    ("c01_civil_war_all_parties.txt", "urged", {"parties"}),
    ("c02_domestic_unrest_calm.txt", "called for", {"protesters"}),
    ("c03_roundup_other_quarrel.txt", "called for", {"Azerbaijan"}),
    ("c04_roundup_both_sides.txt", "urged", {"Armenia", "Azerbaijan"}),
    ("c05_own_president_calm.txt", "called for", {"Ugandan soldiers"}),
    ("c06_statement_we_call.txt", "call for", {"armed forces of Azerbaijan"}),
    ("c12_calm_police.txt", "called for", {"police"}),
    ("c16_onlookers_are_sides.txt", "urged", {"Serbia", "Kosovo"}),
    ("c24_calls_for_restraint_negated.txt", "called for", {"Pakistan"}),
    ("c26_urged_pakistan_restraint_title.txt", "urged", {"Shehbaz Sharif"}),
    ("c28_onlookers_third_pair_quarrel.txt", "urged", {"Afghanistan", "Iran"}),
    ("c29_readout_spoke_with.txt", "called for", {"Benjamin Netanyahu"}),
    ("c30_met_and_urged.txt", "urged", {"Paul Kagame"}),
    ("r02_two_captors_same_nationality.txt", "demanded", {"jailed American journalist"}),
    ("r06_release_from_named.txt", "appealed to", {"International Committee of the Red Cross"}),
    ("r17_demand_addressed_via_on.txt", "called on", {"United Nations"}),
]

REVIEW_TEXTS = {
    'c01_civil_war_all_parties.txt': (
        'KHARTOUM, June 4 (Nile Wire) - Sudan accused Chad on Monday of letting weapons cross its b'
        'order to the Rapid Support Forces.\n\nChad rejected the charge and said Sudan had bombed a r'
        "efugee camp near Adre. Sudan's army and the Rapid Support Forces fought for a third day in"
        ' Omdurman, and thousands fled toward Chad.\n\nThe United Nations urged all parties to exerci'
        'se restraint and to protect civilians in the capital.\n'
    ),
    'c02_domestic_unrest_calm.txt': (
        'NAIROBI, June 4 (Rift Wire) - Kenya accused Uganda on Monday of moving troops onto Migingo'
        ' island in Lake Victoria. Uganda denied the claim and said Kenya had harassed its fisherme'
        'n.\n\nOn Tuesday riots broke out in Kampala after the disputed count of the mayoral vote, an'
        'd police fired tear gas at hundreds of protesters.\n\nThe African Union called for calm in t'
        'he Ugandan capital.\n'
    ),
    'c03_roundup_other_quarrel.txt': (
        'MOSCOW, June 4 (Steppe Wire) - Russia launched more than forty drones at Ukraine overnight'
        ', and Ukraine said it shot down most of them. Russia said Ukraine had attacked an oil depo'
        't in Belgorod. Ukraine demanded new air defence systems from its allies.\n\nSeparately, Arme'
        'nia and Azerbaijan exchanged fire on their border on Monday, each blaming the other.\n\nIran'
        ' called for calm.\n'
    ),
    'c04_roundup_both_sides.txt': (
        'MOSCOW, June 4 (Steppe Wire) - Russia launched more than forty drones at Ukraine overnight'
        ', and Ukraine said it shot down most of them. Russia said Ukraine had attacked an oil depo'
        't in Belgorod. Ukraine demanded new air defence systems from its allies.\n\nSeparately, Arme'
        'nia and Azerbaijan exchanged fire on their border on Monday. Iran urged both sides to show'
        ' restraint.\n'
    ),
    'c05_own_president_calm.txt': (
        'NAIROBI, June 4 (Rift Wire) - Tanzania urged Uganda on Monday to withdraw its patrol boats'
        ' from the disputed waters of Lake Victoria. Uganda rejected the demand, and Tanzania summo'
        "ned Uganda's envoy. Tanzania said the boats had seized its fishermen.\n\nKenya's president, "
        'William Ruto, called for calm after Ugandan soldiers crossed into Busia county on Tuesday.'
        '\n'
    ),
    'c06_statement_we_call.txt': (
        'Statement of the Ministry of Foreign Affairs of the Republic of Armenia\n\nOn 3 June, the ar'
        'med forces of Azerbaijan shelled the village of Sotk. Turkey supplied the drones used in t'
        'he attack, and Turkey and Azerbaijan held joint exercises near our border last week. Azerb'
        "aijan threatened Turkey's critics with further action.\n\nWe call for restraint and for the "
        'immediate resumption of the negotiations.\n'
    ),
    'c12_calm_police.txt': (
        'DHAKA, June 4 (Delta Wire) - Bangladesh expelled a Myanmar diplomat on Monday after shells'
        ' fired from Myanmar landed in a border village. Myanmar rejected the accusation and said B'
        'angladesh had sheltered rebels.\n\nProtests spread to Chittagong on Tuesday. Human Rights Wa'
        'tch called for restraint by the police in dealing with the protesters.\n'
    ),
    'c16_onlookers_are_sides.txt': (
        'PARIS, June 4 (Seine Wire) - France and Germany opened a two-day summit on Monday on Europ'
        'ean defence. France said Germany must spend more on its army, and Germany said France shou'
        'ld share its nuclear planning. France and Germany signed a declaration on joint procuremen'
        't.\n\nSerbia and Kosovo traded accusations on Monday over the closure of the Jarinje crossin'
        "g. The EU's foreign policy chief urged both sides to reopen the crossing.\n"
    ),
    'c24_calls_for_restraint_negated.txt': (
        'ISLAMABAD, June 4 (Indus Wire) - India accused Pakistan on Monday of sheltering the gunmen'
        ' behind the attack in Pahalgam, and Pakistan rejected the charge. India suspended a water '
        'treaty with Pakistan.\n\nChina has not called for restraint, and Beijing reaffirmed its supp'
        'ort for Pakistan.\n'
    ),
    'c26_urged_pakistan_restraint_title.txt': (
        'ISLAMABAD, June 4 (Indus Wire) - India accused Pakistan on Monday of sheltering the gunmen'
        ' behind the attack in Pahalgam, and Pakistan rejected the charge.\n\nThe US secretary of sta'
        'te telephoned the Pakistani prime minister and urged restraint.\n'
    ),
    'c28_onlookers_third_pair_quarrel.txt': (
        'NEW DELHI, June 4 (Indus Wire) - India accused Pakistan on Monday of sheltering militants,'
        ' and Pakistan said India had violated the ceasefire. India closed the Wagah crossing with '
        'Pakistan.\n\nAfghanistan and Iran clashed on their border over water from the Helmand river '
        'on Tuesday. The United Nations urged both sides to share the water.\n'
    ),
    'c29_readout_spoke_with.txt': (
        'JERUSALEM, June 4 (Levant Wire) - Israel struck Iranian air defences on Monday, and Iran f'
        'ired missiles at Israel in response. Iran said Israel had violated its airspace.\n\nSecretar'
        'y of State Marco Rubio spoke with Israeli Prime Minister Benjamin Netanyahu by telephone o'
        'n Tuesday and called for restraint.\n'
    ),
    'c30_met_and_urged.txt': (
        'KINSHASA, June 4 (Congo Wire) - Congo accused Rwanda on Monday of sending troops to back t'
        'he M23 rebels near Goma. Rwanda denied the charge and said Congo was arming the FDLR milit'
        "ia.\n\nAngola's president met Rwandan President Paul Kagame in Luanda on Tuesday and urged r"
        'estraint.\n'
    ),
    'r02_two_captors_same_nationality.txt': (
        'WASHINGTON, June 4 (Potomac Wire) - Russian security agents detained a Wall Street Journal'
        ' reporter in Yekaterinburg in March and charged him with espionage.\n\nVenezuelan police det'
        'ained two American tourists near the Colombian border on Friday.\n\nThe State Department dem'
        'anded the release of the jailed American journalist.\n'
    ),
    'r06_release_from_named.txt': (
        'KYIV, June 4 (Dnieper Wire) - Russian forces detained two Ukrainian journalists in Melitop'
        "ol on Monday.\n\nUkraine's ombudsman appealed to the Red Cross for the release of the two Uk"
        'rainian citizens.\n'
    ),
    'r17_demand_addressed_via_on.txt': (
        'MANILA, June 4 (Sulu Wire) - Chinese coast guard vessels detained nine Filipino fishermen '
        'near Scarborough Shoal on Monday.\n\nManila called on the United Nations for the release of '
        'the nine men.\n'
    ),
    'c32_own_police_restraint.txt': (
        'ISLAMABAD, June 4 (Indus Wire) - India accused Pakistan on Monday of sheltering the gunmen'
        ' behind the attack in Pahalgam, and Pakistan rejected the charge. India suspended a water '
        'treaty with Pakistan.\n\nIn Lahore, students marched on the Indian consulate. Amnesty Intern'
        'ational called on Pakistani police to use restraint, and later called for calm.\n'
    ),
}


def _review_doc(pipeline, name: str):
    # as the review ran them: one text, no publication date
    from communique.ingest.records import Record

    return list(pipeline.pipe([Record(REVIEW_TEXTS[name], name, {})]))[0]


def test_review_passages_where_the_rules_misfired_come_out_as_on_main(pipeline):
    wrong = []
    for name, trigger, expected in REVIEW_AS_MAIN:
        doc = _review_doc(pipeline, name)
        found = [actor_names(doc, e.target) for e in doc.events if e.type == "REQUEST" and e.trigger.text == trigger]
        if found[:1] != [expected]:
            wrong.append((name, found, expected))
    assert not wrong


def test_review_a_second_call_for_calm_after_a_march_adds_no_quarrel(pipeline):
    # c32: "called on Pakistani police to use restraint, and later called for calm" after a students' march
    doc = _review_doc(pipeline, "c32_own_police_restraint.txt")
    assert not [e for e in doc.events if e.type == "REQUEST" and e.trigger.text == "called for"]


# Texts of our own for each guard: where the rules still fire and where they must not.

def _calm(line: str) -> str:
    return CALM.replace("Kenya and Tanzania called for calm.", line)


def test_calm_an_addressee_of_a_coordinated_verb_is_kept(pipeline):
    assert _request_target(pipeline, _calm("Kenya's foreign minister spoke with Uganda's president, Yoweri Museveni, by "
                                       "telephone on Tuesday and called for restraint."), "called") == {"UGA"}


def test_calm_restraint_asked_of_the_police_is_not_the_quarrel(pipeline):
    assert _request_target(pipeline, _calm("Protests spread to Kampala on Tuesday. Amnesty International called for "
                                       "restraint by the police."), "called") != {"UGA", "RWA"}


def test_calm_a_negated_call_is_left_alone(pipeline):
    doc = analyse_text(pipeline, _calm("Kenya has not called for restraint."))
    calls = [e for e in doc.events if e.type == "REQUEST" and "called" in e.trigger.text]
    assert all(actor_countries(doc, e.target) != {"UGA", "RWA"} for e in calls)


def test_calm_after_a_second_quarrel_is_not_the_main_pair(pipeline):
    assert _request_target(pipeline, _calm("Separately, Chad and Sudan exchanged fire on their border on Tuesday.\n\n"
                                       "Niger called for calm."), "called") != {"UGA", "RWA"}


def test_calm_after_riots_is_not_the_main_pair(pipeline):
    assert _request_target(pipeline, _calm("On Tuesday riots broke out in Kigali, and police fired tear gas at hundreds "
                                       "of protesters.\n\nThe African Union called for calm in the city."), "called") != {"UGA", "RWA"}


def test_calm_the_caller_that_is_a_side_is_not_aimed_at_a_third_pair(pipeline):
    text = """KIGALI, May 3 (Lakes Wire) - Burundi accused Uganda on Monday of arming rebels, and Uganda rejected \
the charge. Burundi said Uganda had sheltered the rebels, and Uganda said Burundi had lied.

Ugandan troops shelled a Rwandan border post on Tuesday.

Rwanda called for restraint.
"""
    assert _request_target(pipeline, text, "called") != {"BDI", "UGA"}


def test_both_sides_after_a_second_quarrel_are_its_sides(pipeline):
    text = ONLOOKERS.replace("Nepal and Bhutan said they respected Bangladesh's right to protect its border.",
                             "Separately, Nepal and Bhutan exchanged fire on their border on Monday.")
    assert _request_target(pipeline, text, "urged") != {"BGD", "MMR"}


def test_release_addressee_through_a_preposition_is_kept(pipeline):
    assert _request_target(pipeline, ADDRESSEE.replace("Togo asked Nigeria to press for the release of the four men.",
                                                   "Togo appealed to Nigeria for the release of the four men."), "appealed") == {"NGA"}


def test_release_two_captors_of_compatriots_abstain(pipeline):
    text = NATIONALS.replace("Togo's foreign minister", "Beninese police detained two Togolese students in "
                             "Cotonou on Monday.\n\nTogo's foreign minister")
    doc = analyse_text(pipeline, text)
    demand = event_with_word(doc, "REQUEST", "demanded")
    assert not actor_countries(doc, demand.target) & {"GHA", "BEN"}
