"""Events of the twenty-fifth round (e3): who fills source and target on whole documents
(docs/events.md, "Round 25e3: named members, a passive's hidden agent, mutual acts, capitals,
the titled speaker's 'I'"). Texts written for this project, each mechanism with negatives."""

from __future__ import annotations

from communique.ingest.records import Record

from conftest import event_cues, events_of


def _names(doc, ids) -> set[str]:
    by = {a.id: a for a in doc.actors}
    return {by[i].name for i in ids if i in by}


def _countries(doc, ids) -> set[str]:
    by = {a.id: a for a in doc.actors}
    return {by[i].country for i in ids if i in by and by[i].country}


def _with_word(doc, type_: str, word: str):
    found = [e for e in events_of(doc, type_) if word in e.trigger.text]
    assert found, event_cues(doc)
    return found[0]


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
    urge = _with_word(doc, "REQUEST", "urge")
    assert _countries(doc, urge.target) >= {"JPN", "AUS"}, _names(doc, urge.target)


def test_members_named_after_notably_are_the_target(pipeline):
    doc = pipeline(MEMBERS)
    thanks = _with_word(doc, "SUPPORT", "thank")
    assert _countries(doc, thanks.target) == {"NZL", "FRA"}, _names(doc, thanks.target)


def test_members_named_after_especially_are_the_target(pipeline):
    doc = pipeline(MEMBERS)
    call = _with_word(doc, "REQUEST", "call")
    assert _countries(doc, call.target) == {"FJI", "TON"}, _names(doc, call.target)


def test_a_list_after_the_clause_is_no_member_list(pipeline):
    # the names follow the verb's own clause, not the plural: the donors stay the target
    doc = pipeline("The Forum thanked the donors for their pledges, and Japan and Australia "
                   "announced new funds.\n")
    thanks = _with_word(doc, "SUPPORT", "thank")
    assert not _countries(doc, thanks.target) & {"JPN", "AUS"}, _names(doc, thanks.target)


# --- the agent of a passive hung on its retained object ---------------------------------------

RETAINED = (
    "Statement by the Ministry of Foreign Affairs of Chile\n\n"
    "Santiago, 3 May 2026\n\n"
    "The Chilean consul in Tacna, Mr. Pablo Rojas, was denied access to the fishermen by the "
    "Peruvian authorities, in breach of the Vienna Convention.\n\n"
    "Two Chilean reporters were refused entry to the port by the Bolivian navy last week.\n")


def test_by_phrase_on_the_retained_object_is_the_source(pipeline):
    doc = pipeline(RETAINED)
    denied = _with_word(doc, "REJECT", "denied")
    assert _countries(doc, denied.source) == {"PER"}, (_names(doc, denied.source), _names(doc, denied.target))
    assert "PER" not in _countries(doc, denied.target), _names(doc, denied.target)


def test_by_phrase_on_refused_entry_is_the_source(pipeline):
    doc = pipeline(RETAINED)
    refused = _with_word(doc, "REJECT", "refused")
    assert _countries(doc, refused.source) == {"BOL"}, _names(doc, refused.source)


def test_active_verb_keeps_its_subject(pipeline):
    # an active verb: the "by" phrase on its object names no doer
    doc = pipeline("Peru denied access by road to the Chilean consul on Monday.\n")
    denied = _with_word(doc, "REJECT", "denied")
    assert _countries(doc, denied.source) == {"PER"}, _names(doc, denied.source)


# --- acts two sides do to each other ----------------------------------------------------------

MUTUAL = (
    "Border clash on the Ferghana frontier\n\n"
    "OSH, May 4 (Valley Wire) - Armenian and Azerbaijani troops clashed overnight along the border, "
    "according to both governments.\n\n"
    "Armenia and Azerbaijan exchanged prisoners on Monday.\n")


def test_clashing_sides_are_each_others_target(pipeline):
    doc = pipeline(MUTUAL)
    clash = _with_word(doc, "ASSAULT", "clashed")
    assert set(clash.target) == set(clash.source) and len(clash.source) > 1, \
        (_names(doc, clash.source), _names(doc, clash.target))


def test_an_exchange_of_prisoners_is_mutual(pipeline):
    doc = pipeline(MUTUAL)
    swap = _with_word(doc, "RETREAT", "exchanged")
    assert _countries(doc, swap.target) == {"ARM", "AZE"}, _names(doc, swap.target)


def test_an_exchange_with_a_named_party_is_not_mutual(pipeline):
    doc = pipeline("Kenya exchanged letters with Uganda on the border dispute.\n")
    letters = [e for e in doc.events if "exchanged" in e.trigger.text]
    assert letters, event_cues(doc)
    assert _countries(doc, letters[0].source) == {"KEN"}, _names(doc, letters[0].source)
    assert _countries(doc, letters[0].target) == {"UGA"}, _names(doc, letters[0].target)


# --- a capital as a destination of talks stands for its state ---------------------------------

CAPITALS = (
    "Envoy to visit Nairobi and Kampala\n\n"
    "GENEVA, May 4 (Lake Wire) - Kenya and Uganda have argued for months over the islands in the lake.\n\n"
    "The United Nations envoy said he would travel to Nairobi next week. "
    "The African Union sent a mediator to Kampala.\n")


def test_travel_to_a_capital_is_talks_with_its_state(pipeline):
    doc = pipeline(CAPITALS)
    travel = _with_word(doc, "CONSULT", "travel")
    assert _names(doc, travel.target) == {"Kenya"}, _names(doc, travel.target)


def test_a_mediator_sent_to_a_capital_goes_to_its_state(pipeline):
    doc = pipeline(CAPITALS)
    sent = _with_word(doc, "CONSULT", "sent")
    assert _names(doc, sent.target) == {"Uganda"}, _names(doc, sent.target)


def test_a_capital_whose_state_is_never_named_stays_a_place(pipeline):
    doc = pipeline("The United Nations envoy said he would travel to Lusaka next week.\n")
    travel = _with_word(doc, "CONSULT", "travel")
    assert all(a.kind != "state" for a in doc.actors if a.id in travel.target), _names(doc, travel.target)


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
    call = _with_word(doc, "REQUEST", "call")
    assert _names(doc, call.source) == {"Amara Okafor"}, _names(doc, call.source)


def test_we_in_a_titled_statement_stays_the_body(pipeline):
    doc = _statement(pipeline, TITLED, OSCE)
    condemn = _with_word(doc, "ACCUSE", "condemn")
    assert _names(doc, condemn.source) == {"OSCE"}, _names(doc, condemn.source)


def test_i_chaired_in_a_titled_statement_is_its_speaker(pipeline):
    doc = _statement(pipeline, TITLED, OSCE)
    chaired = _with_word(doc, "CONSULT", "chaired")
    assert _names(doc, chaired.source) == {"Amara Okafor"}, _names(doc, chaired.source)


def test_i_in_an_untitled_statement_stays_the_issuer(pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Ghana\n\n"
            "Accra, 5 May 2026\n\n"
            "I call on Togo to reopen the border crossing at Aflao.\n")
    doc = _statement(pipeline, text, "Ministry of Foreign Affairs of Ghana")
    call = _with_word(doc, "REQUEST", "call")
    assert _countries(doc, call.source) == {"GHA"}, _names(doc, call.source)


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
    support = _with_word(doc, "SUPPORT", "reaffirmed")
    assert _names(doc, support.source) == {"NATO"}, _names(doc, support.source)


def test_lower_case_allies_of_a_state_are_not_the_alliance(pipeline):
    text = ("MOSCOW, May 5 (Volga Wire) - NATO held a summit in Vilnius last week.\n\n"
            "Russia and its allies condemned the exercises near the border.\n")
    doc = pipeline(text)
    condemn = _with_word(doc, "ACCUSE", "condemned")
    assert "NATO" not in _names(doc, condemn.source), _names(doc, condemn.source)


def test_allies_with_no_alliance_named_are_left_alone(pipeline):
    text = ("Statement by the Ministry of Foreign Affairs of Estonia\n\n"
            "Tallinn, 5 May 2026\n\n"
            "Russia keeps firing missiles at the cities of Ukraine. Allies reaffirmed their support "
            "for Ukraine.\n")
    doc = _statement(pipeline, text, "Ministry of Foreign Affairs of Estonia")
    assert all("NATO" not in _names(doc, e.source) for e in doc.events), event_cues(doc)


# --- "its guards": the body that owns them ------------------------------------------------------

GUARDS = (
    "Border incident near Osh\n\n"
    "OSH, May 4 (Valley Wire) - Shots were fired across the canal on Sunday.\n\n"
    "The State Border Service in Tashkent said its guards had only returned fire after Kyrgyz troops "
    "crossed the canal.\n\n"
    "The Defence Ministry of Armenia said its units had shelled Azerbaijani positions overnight.\n")


def test_its_guards_act_for_the_body_that_said_so(pipeline):
    doc = pipeline(GUARDS)
    fire = _with_word(doc, "ASSAULT", "returned")
    assert _names(doc, fire.source) == {"State Border Service"}, _names(doc, fire.source)


def test_its_units_act_for_the_ministry(pipeline):
    doc = pipeline(GUARDS)
    shelled = _with_word(doc, "ASSAULT", "shelled")
    assert _countries(doc, shelled.source) == {"ARM"}, _names(doc, shelled.source)


def test_his_guards_are_no_body(pipeline):
    doc = pipeline("The opposition leader said his guards had fired warning shots at the crowd.\n")
    assert all(not _countries(doc, e.source) for e in doc.events), event_cues(doc)


def test_a_capital_where_something_is_set_up_stays_a_place(pipeline):
    doc = pipeline("OSAKA, May 4 (Kansai Wire) - Japan hosted the ministers.\n\n"
                   "The forum agreed to open a research centre in Tokyo next year.\n")
    agreed = [e for e in doc.events if "agreed" in e.trigger.text]
    assert all("Japan" not in _names(doc, e.target) for e in agreed), event_cues(doc)


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
    host = _with_word(doc, "CONSULT", "host talks")
    assert _countries(doc, host.target) == {"UZB", "KGZ"}, _names(doc, host.target)


def test_hosted_talks_with_a_named_guest_keep_it(pipeline):
    doc = pipeline(HOSTED)
    hosted = _with_word(doc, "CONSULT", "hosted")
    assert _countries(doc, hosted.target) == {"MNG"}, _names(doc, hosted.target)


def test_offer_to_host_with_no_pair_named_takes_no_pair(pipeline):
    doc = pipeline("OSH, May 4 (Valley Wire) - Uzbekistan accused Kyrgyzstan of firing first.\n\n"
                   "Kazakhstan said it was ready to host a summit of the region in the autumn.\n")
    host = [e for e in doc.events if "host" in e.trigger.text]
    assert all(_countries(doc, e.target) != {"UZB", "KGZ"} for e in host), event_cues(doc)
