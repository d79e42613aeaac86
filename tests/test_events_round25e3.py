"""Events of the twenty-fifth round (e3): who fills source and target on whole documents
(docs/events.md, "Round 25e3: named members, a passive's hidden agent, mutual acts, capitals,
the titled speaker's 'I'"). Texts written for this project, each mechanism with negatives."""

from __future__ import annotations

from communique.ingest.records import Record

from conftest import actor_countries, actor_names, event_cues, event_with_word


def _statement(pipeline, text: str, publisher: str):
    return list(pipeline.pipe([Record(text, "t", {"published": "2026-05-04", "publisher": publisher})]))[0]


# --- a plural target followed by "in particular" / "notably" and its named members ---------------

MEMBERS = (
    "Statement of the Ministers of the Pacific Islands Forum\n\n"
    "Suva, 4 May 2026\n\n"
    "We urge the donors who announced new funds last year, in particular Japan, Australia and the "
    "European Union, to release them without delay.\n\n"
    "The Forum thanks its partners, notably New Zealand and France, for their help after the cyclone.\n\n"
    "We call on the states of the region, especially Fiji and Tonga, to ratify the treaty.\n")


def test_members_named_after_in_particular_are_the_target(pipeline):
    doc = pipeline(MEMBERS)
    urge = event_with_word(doc, "REQUEST", "urge")
    assert actor_countries(doc, urge.target) >= {"JPN", "AUS"}, actor_names(doc, urge.target)


def test_members_named_after_notably_are_the_target(pipeline):
    doc = pipeline(MEMBERS)
    thanks = event_with_word(doc, "SUPPORT", "thank")
    assert actor_countries(doc, thanks.target) == {"NZL", "FRA"}, actor_names(doc, thanks.target)


def test_members_named_after_especially_are_the_target(pipeline):
    doc = pipeline(MEMBERS)
    call = event_with_word(doc, "REQUEST", "call")
    assert actor_countries(doc, call.target) == {"FJI", "TON"}, actor_names(doc, call.target)


def test_a_list_after_the_clause_is_no_member_list(pipeline):
    # the names follow the verb's own clause, not the plural: the donors stay the target
    doc = pipeline("The Forum thanked the donors for their pledges, and Japan and Australia "
                   "announced new funds.\n")
    thanks = event_with_word(doc, "SUPPORT", "thank")
    assert not actor_countries(doc, thanks.target) & {"JPN", "AUS"}, actor_names(doc, thanks.target)


# --- the agent of a passive hung on its retained object ---------------------------------------

RETAINED = (
    "Statement by the Ministry of Foreign Affairs of Chile\n\n"
    "Santiago, 3 May 2026\n\n"
    "The Chilean consul in Tacna, Mr. Pablo Rojas, was denied access to the fishermen by the "
    "Peruvian authorities, in breach of the Vienna Convention.\n\n"
    "Two Chilean reporters were refused entry to the port by the Bolivian navy last week.\n")


def test_by_phrase_on_the_retained_object_is_the_source(pipeline):
    doc = pipeline(RETAINED)
    denied = event_with_word(doc, "REJECT", "denied")
    assert actor_countries(doc, denied.source) == {"PER"}, (actor_names(doc, denied.source),
                                                            actor_names(doc, denied.target))
    assert "PER" not in actor_countries(doc, denied.target), actor_names(doc, denied.target)


def test_by_phrase_on_refused_entry_is_the_source(pipeline):
    doc = pipeline(RETAINED)
    refused = event_with_word(doc, "REJECT", "refused")
    assert actor_countries(doc, refused.source) == {"BOL"}, actor_names(doc, refused.source)


def test_active_verb_keeps_its_subject(pipeline):
    # an active verb: the "by" phrase on its object names no doer
    doc = pipeline("Peru denied access by road to the Chilean consul on Monday.\n")
    denied = event_with_word(doc, "REJECT", "denied")
    assert actor_countries(doc, denied.source) == {"PER"}, actor_names(doc, denied.source)


# --- acts two sides do to each other ----------------------------------------------------------

MUTUAL = (
    "Border clash on the Ferghana frontier\n\n"
    "OSH, May 4 (Valley Wire) - Armenian and Azerbaijani troops clashed overnight along the border, "
    "according to both governments.\n\n"
    "Armenia and Azerbaijan exchanged prisoners on Monday.\n")


def test_clashing_sides_are_each_others_target(pipeline):
    doc = pipeline(MUTUAL)
    clash = event_with_word(doc, "ASSAULT", "clashed")
    assert set(clash.target) == set(clash.source) and len(clash.source) > 1, \
        (actor_names(doc, clash.source), actor_names(doc, clash.target))


def test_an_exchange_of_prisoners_is_mutual(pipeline):
    doc = pipeline(MUTUAL)
    swap = event_with_word(doc, "RETREAT", "exchanged")
    assert actor_countries(doc, swap.target) == {"ARM", "AZE"}, actor_names(doc, swap.target)


def test_an_exchange_with_a_named_party_is_not_mutual(pipeline):
    doc = pipeline("Kenya exchanged letters with Uganda on the border dispute.\n")
    letters = [e for e in doc.events if "exchanged" in e.trigger.text]
    assert letters, event_cues(doc)
    assert actor_countries(doc, letters[0].source) == {"KEN"}, actor_names(doc, letters[0].source)
    assert actor_countries(doc, letters[0].target) == {"UGA"}, actor_names(doc, letters[0].target)


# --- a capital as a destination of talks stands for its state ---------------------------------

CAPITALS = (
    "Envoy to visit Nairobi and Kampala\n\n"
    "GENEVA, May 4 (Lake Wire) - Kenya and Uganda have argued for months over the islands in the lake.\n\n"
    "The United Nations envoy said he would travel to Nairobi next week. "
    "The African Union sent a mediator to Kampala.\n")


def test_travel_to_a_capital_is_talks_with_its_state(pipeline):
    doc = pipeline(CAPITALS)
    travel = event_with_word(doc, "CONSULT", "travel")
    assert actor_names(doc, travel.target) == {"Kenya"}, actor_names(doc, travel.target)


def test_a_mediator_sent_to_a_capital_goes_to_its_state(pipeline):
    doc = pipeline(CAPITALS)
    sent = event_with_word(doc, "CONSULT", "sent")
    assert actor_names(doc, sent.target) == {"Uganda"}, actor_names(doc, sent.target)


def test_a_capital_whose_state_is_never_named_stays_a_place(pipeline):
    doc = pipeline("The United Nations envoy said he would travel to Lusaka next week.\n")
    travel = event_with_word(doc, "CONSULT", "travel")
    assert all(a.kind != "state" for a in doc.actors if a.id in travel.target), actor_names(doc, travel.target)


# --- "I" in a body's statement is the person its title names ----------------------------------

TITLED = (
    "Press statement by the OSCE Secretary General, Amara Okafor, following the meeting of OSCE "
    "foreign ministers\n\n"
    "Vienna, 5 May 2026\n\n"
    "Today I chaired the meeting of the foreign ministers. We condemn the attacks on the power grid "
    "of Moldova.\n\n"
    "I call on Russia to stop the attacks on civilian infrastructure.\n")
OSCE = "Organization for Security and Co-operation in Europe"


def test_i_in_a_titled_statement_is_its_speaker(pipeline):
    doc = _statement(pipeline, TITLED, OSCE)
    call = event_with_word(doc, "REQUEST", "call")
    assert actor_names(doc, call.source) == {"Amara Okafor"}, actor_names(doc, call.source)


def test_we_in_a_titled_statement_stays_the_body(pipeline):
    doc = _statement(pipeline, TITLED, OSCE)
    condemn = event_with_word(doc, "ACCUSE", "condemn")
    assert actor_names(doc, condemn.source) == {"OSCE"}, actor_names(doc, condemn.source)


def test_i_chaired_in_a_titled_statement_is_its_speaker(pipeline):
    doc = _statement(pipeline, TITLED, OSCE)
    chaired = event_with_word(doc, "CONSULT", "chaired")
    assert actor_names(doc, chaired.source) == {"Amara Okafor"}, actor_names(doc, chaired.source)


def test_i_in_an_untitled_statement_stays_the_issuer(pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Ghana\n\n"
            "Accra, 5 May 2026\n\n"
            "I call on Togo to reopen the border crossing at Aflao.\n")
    doc = _statement(pipeline, text, "Ministry of Foreign Affairs of Ghana")
    call = event_with_word(doc, "REQUEST", "call")
    assert actor_countries(doc, call.source) == {"GHA"}, actor_names(doc, call.source)


# --- NATO's "Allies" with no actor of its own is the alliance ----------------------------------

ALLIES = (
    "Press statement by the NATO Secretary General, Amara Okafor, following the meeting of NATO "
    "foreign ministers\n\n"
    "Brussels, 5 May 2026\n\n"
    "We condemn the attacks on the power grid of Moldova. Russia keeps firing missiles at the cities "
    "of Moldova every week.\n\n"
    "Allies reaffirmed their support for Moldova.\n")


def test_allies_after_another_subject_are_the_alliance(pipeline):
    doc = _statement(pipeline, ALLIES, "North Atlantic Treaty Organization")
    support = event_with_word(doc, "SUPPORT", "reaffirmed")
    assert actor_names(doc, support.source) == {"NATO"}, actor_names(doc, support.source)


def test_lower_case_allies_of_a_state_are_not_the_alliance(pipeline):
    text = ("MOSCOW, May 5 (Volga Wire) - NATO held a summit in Vilnius last week.\n\n"
            "Russia and its allies condemned the exercises near the border.\n")
    doc = pipeline(text)
    condemn = event_with_word(doc, "ACCUSE", "condemned")
    assert "NATO" not in actor_names(doc, condemn.source), actor_names(doc, condemn.source)


def test_allies_with_no_alliance_named_are_left_alone(pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Estonia\n\n"
            "Tallinn, 5 May 2026\n\n"
            "Russia keeps firing missiles at the cities of Ukraine. Allies reaffirmed their support "
            "for Ukraine.\n")
    doc = _statement(pipeline, text, "Ministry of Foreign Affairs of Estonia")
    assert all("NATO" not in actor_names(doc, e.source) for e in doc.events), event_cues(doc)


# --- "its guards": the body that owns them ------------------------------------------------------

GUARDS = (
    "Border incident near Osh\n\n"
    "OSH, May 4 (Valley Wire) - Shots were fired across the canal on Sunday.\n\n"
    "The State Border Service in Tashkent said its guards had only returned fire after Kyrgyz troops "
    "crossed the canal.\n\n"
    "The Defence Ministry of Armenia said its units had shelled Azerbaijani positions overnight.\n")


def test_its_guards_act_for_the_body_that_said_so(pipeline):
    doc = pipeline(GUARDS)
    fire = event_with_word(doc, "ASSAULT", "returned")
    assert actor_names(doc, fire.source) == {"State Border Service"}, actor_names(doc, fire.source)


def test_its_units_act_for_the_ministry(pipeline):
    doc = pipeline(GUARDS)
    shelled = event_with_word(doc, "ASSAULT", "shelled")
    assert actor_countries(doc, shelled.source) == {"ARM"}, actor_names(doc, shelled.source)


def test_his_guards_are_no_body(pipeline):
    doc = pipeline("The opposition leader said his guards had fired warning shots at the crowd.\n")
    assert all(not actor_countries(doc, e.source) for e in doc.events), event_cues(doc)


def test_a_capital_where_something_is_set_up_stays_a_place(pipeline):
    doc = pipeline("OSAKA, May 4 (Kansai Wire) - Japan hosted the ministers.\n\n"
                   "The forum agreed to open a research centre in Tokyo next year.\n")
    agreed = [e for e in doc.events if "agreed" in e.trigger.text]
    assert all("Japan" not in actor_names(doc, e.target) for e in agreed), event_cues(doc)


# --- talks a third party offers to host, with "both countries" in the sentence ------------------

HOSTED = (
    "Border incident near the canal\n\n"
    "OSH, May 4 (Valley Wire) - Uzbekistan accused Kyrgyzstan on Sunday of firing first at a "
    "disputed canal. About 300 residents fled the village.\n\n"
    "Kazakhstan, which has close ties with both countries, said it stood ready to host talks "
    "\"at any level\".\n\n"
    "Kazakhstan also hosted talks with Mongolia last week.\n")


def test_offered_talks_are_with_the_pair_both_countries_names(pipeline):
    doc = pipeline(HOSTED)
    host = event_with_word(doc, "CONSULT", "host talks")
    assert actor_countries(doc, host.target) == {"UZB", "KGZ"}, actor_names(doc, host.target)


def test_hosted_talks_with_a_named_guest_keep_it(pipeline):
    doc = pipeline(HOSTED)
    hosted = event_with_word(doc, "CONSULT", "hosted")
    assert actor_countries(doc, hosted.target) == {"MNG"}, actor_names(doc, hosted.target)


def test_offer_to_host_with_no_pair_named_takes_no_pair(pipeline):
    doc = pipeline("OSH, May 4 (Valley Wire) - Uzbekistan accused Kyrgyzstan of firing first.\n\n"
                   "Kazakhstan said it was ready to host a summit of the region in the autumn.\n")
    host = [e for e in doc.events if "host" in e.trigger.text]
    assert all(actor_countries(doc, e.target) != {"UZB", "KGZ"} for e in host), event_cues(doc)
