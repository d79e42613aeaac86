"""Events stage: PLOVER events with roles, mode, attribution, date and confidence.

Per sentence: lexicon triggers (``communique.events.triggers``) -> roles from the
parse (``events.arguments``) -> mode (``events.modality``) -> date, location,
context (``events.context``). Here the argument tokens are mapped to the
document's actors, the sentence classifier decides ambiguous types (only
sentences with an ambiguous trigger are embedded), and attribution is set:
inside a quote or under a reporting verb -> ``quoted`` (speaker), in a
commentary or statement section -> ``author`` (the author's actor), else
``reported``.

Coordination gives ONE event with several targets (or sources), not one event
per conjunct; a compound subject of AGREE/CONSULT/COOPERATE without an object
is reciprocal: the same actors are source and target.
Options: ``events_classifier`` (default True) turns the classifier off;
``events_require_actor`` (default True) drops events none of whose arguments
resolves to an actor or is a named entity (False keeps them all);
``events_discard`` (default none) is a list of phrases, as in PETRARCH's discard
lists: a sentence that contains one (case-insensitive, whole words) yields no
events (sports results, anniversaries, a historical episode a corpus should not count).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import MISSING, fields
from functools import lru_cache
from types import SimpleNamespace

from spacy.strings import get_string_id
from spacy.symbols import IDS

from ..actors.kb import load_kb
from ..actors.recognize import counted_patient
from ..actors.text import key_of
from ..names import given_name_gender
from ..nlp import DATELINE_CHARS, dateline_end
from ..document import Attribution, Event, Trigger
from ..events.arguments import (HOST_VERBS, HEADLINE_STOPS, QUOTE_MARKS, _OF, _pobjs, conjuncts, is_passive,
                                PERSON_OBJECT_PRONOUNS, mention_span, object_before, owners, resolve_pronoun)
from ..events.classifier import load_classifier
from ..dates import parse_date
from ..events.dating import date_events
from ..events.modality import DENIAL_VERBS, framed_now, own_clause_dated
from ..events.extract import (OFFERING_VERBS, Draft, author_pronouns, extract_sentence, force_retold,
                              invited_meeting, judgement_draft, offer_frame, offered_act, offered_act_type,
                              listed_clause_verb, unnamed_speakers)
from ..events.speech import (MentionIndex, context_source, context_target, counterpart, describes_act,
                             denied_act, first_person_actor, last_accuser, load_speech_cues, own_side,
                             phrase_actors, said_clauses)
from ..events.lexicon import load_lexicon, load_modality
from ..events.triggers import CONDITION_MARKS, state_people, use_demonym_test
from ..pipeline import Option, stage
from ..structure.sections import signed_opinion_text
from .quotes import _title_end
from ..syntax import PREP_DEPS, conjunct_indices, label_ids
from ..views import (doc_text, indices_of, positions, sentence_of, sentences, token_labels, token_offsets,
                     token_sheet, token_strings, views_of)

logger = logging.getLogger(__name__)


@lru_cache(maxsize=4096)
def _state_demonym(form: str) -> bool:
    """``form`` (lower case) is a state's demonym in the actors' knowledge base ("somalis")."""
    kb = load_kb()
    return any(sf.how == "demonym" and kb.entries[sf.key].kind == "state" for sf in kb.surface(key_of(form)))


use_demonym_test(_state_demonym)  # the events package's ``state_people`` asks the knowledge base through it

#: An ``!amb`` trigger is kept only if the classifier gives its type at least this probability
#: (16 classes: 0.1 is 1.6 times the uniform 1/16; measured on the PLOVER gold, 0.05-0.2 differ by one sentence).
AMBIGUOUS_MIN_PROB = 0.1
#: Confidence added for each role filled by a resolved actor.
ACTOR_BONUS = 0.12
#: Confidence added (or removed) when the classifier agrees (or strongly disagrees) with the type.
CLASSIFIER_BONUS = 0.1
#: Classifier probability below which the classifier is said to disagree with a type.
CLASSIFIER_DISAGREE_PROB = 0.02
#: Upper bound of a rule-based confidence: rules are never certain.
MAX_CONFIDENCE = 0.95
#: How far back (tokens) the verb that issued a report or statement is looked for (``_issuer``).
MAX_ISSUER_TOKENS = 80
#: Material types whose "in X" place stands for the target when no target is named.
PLACE_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "COERCE", "ASSAULT", "SANCTION", "AID", "MOBILIZE"})
#: Entity labels that make an argument a participant even when no actor resolves it.
NAMED_PARTICIPANT_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: How far (tokens) inside an argument's phrase a named modifier may be.
MAX_NAMED_MODIFIER_DISTANCE = 6
#: A yes/no question (an auxiliary first, after a transcript's turn label such as "Question:", and
#: a question mark last): "Does X support the plan?", "Will the minister attend?" asks, it asserts no act.
YES_NO_QUESTION = re.compile(
    r"^(?:[^\n:?]{1,60}:\s*)?(?:do|does|did|will|would|has|have|had|is|are|was|were|can|could|shall|should)\s"
    r"[^?]*\?[\"'\u201d\u2019]?\s*$", re.IGNORECASE)
#: Types whose target, when the clause names none, is never of the source's own country (a threat,
#: talks: "Chile would not negotiate under pressure" is not with its own minister).
ABROAD_TYPES = frozenset({"THREATEN", "CONSULT"})
#: Words of a third party's mediation: with nobody named, it is between the two states of the text.
MEDIATION_WORDS = frozenset({"mediate", "mediation", "mediator", "facilitate", "facilitation", "broker"})
#: Acts a third party offers that, naming nobody, go to the sides or the target of the text's last
#: attack (round 32e13, 32f6: ``_helped_party``).
OFFERED_TO_SIDES_TYPES = frozenset({"AID"})
#: Plural nouns that "both" or "the two" make stand for the two states of the text.
PAIR_NOUNS = frozenset({"government", "country", "capital", "side", "nation", "neighbour", "neighbor",
                        "minister", "leader", "state", "president", "delegation",
                        "negotiator", "party", "envoy", "rival", "belligerent",
                        "ally"})  # round 19b; "ally": round 26e3
#: Prepositions of a title whose object the parser may coordinate with the title holder's name
#: ("the envoy for Libya, Ana Soto", "the minister of defence, Ana Soto").
APPOSITIVE_PREPS = frozenset({"for", "of", "to"})
#: Section kinds in which the author speaks in their own name.
AUTHOR_SECTIONS = frozenset({"commentary", "statement"})
#: Determiners of a title that names the issuer's own official in a statement ("the Foreign Minister").
ISSUER_DETERMINERS = frozenset({"the", "this", "our"})
#: Speech acts whose unnamed "the attacks" target is the attacker coded before.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Prepositions that say where people are or go, not who they are (``_placed_only``; round 27e3).
PLACE_PHRASE_PREPS = frozenset({"to", "into", "toward", "towards", "across", "in", "at", "near", "along",
                                "inside", "outside"})
#: Acts upon people whose lexicon entry may take the people in as its object (round 27e3).
PEOPLE_OBJECT_TYPES = frozenset({"COERCE", "ASSAULT", "AID"})
#: Judgements whose bare "the arrests" target is the one who made them (round 27e3).
ACT_JUDGED_TYPES = frozenset({"SUPPORT"})
#: Dependents that give an act noun parties of its own ("the arrests of X", "Peru's arrests").
BARE_ACT_EXCLUDED_DEPS = frozenset({"prep", "poss", "compound", "acl", "relcl", "nmod"})
#: Rules whose accusation is never aimed at the accuser's own state or capital (``own_side``).
OWN_SIDE_RULES = ("author-accuse:", "speech-reject:")
#: Subject and possessive pronouns that may stand for the subject of the sentence before, with
#: the actors they can stand for: persons, bodies (states, organisations, groups) or any.
THIRD_PERSONS = {"he": "person", "she": "person", "his": "person", "her": "person",
                 "it": "body", "its": "body", "they": "any", "their": "any"}
#: Object pronouns that may stand for the subject of the sentence before ("him" and "her" are
#: linked to persons by the actors stage).
OBJECT_PERSONS = {"them": "any"}
#: Dependency labels of an event's target phrase: "both capitals" there are the two states, whatever
#: the subject of the sentence before (not as the subject of what they are asked to do).
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
#: Plural nouns that stand for the parties just named ("both sides", "the two countries").
PARTY_NOUNS = frozenset({"side", "party", "country", "nation", "state", "neighbour", "neighbor"})
#: Plural nouns of persons that are no title of the knowledge base ("the two leaders").
PERSON_PARTY_NOUNS = frozenset({"leader"})
#: Plural nouns that, owned by "we", stand for the bloc the speaker last named ("our partners").
PARTNER_NOUNS = frozenset({"partner", "ally"})
#: Knowledge-base sectors of the state's own organs: owned by "we", they are the speaker's side
#: ("our ministry", "our troops", "our border guards").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
#: Nouns that, owned by "we", name the speaker's own state ("our country").
SELF_NOUNS = frozenset({"country", "nation", "state", "republic", "people", "office"})  # 23d: "my office"
#: Subject quantifiers that stand for the parties named as the subject of a clause above their own
#: ("Both capitals reopened channels, and both blocked ..."), or else of the sentence before ("Both
#: parties agreed to attend talks. Neither has yet accepted a date."): ``_clause_antecedent`` (28e1).
SIDE_QUANTIFIERS = frozenset({"both", "neither", "each"})
#: Meetings whose party, when the clause's subject is a body naming no actor, is who proposes or
#: announces them (``_meeting_proposer``, round 29e1).
PROPOSED_MEETING_TYPES = frozenset({"CONSULT"})
#: Messages whose sender does what a participle after them says ("a note demanding the release",
#: "a joint letter urging restraint"): ``_text_sender`` (round 29e1).
MESSAGE_NOUNS = frozenset({"note", "letter", "statement", "message", "communique", "communiqué", "declaration",
                           "resolution", "memorandum", "petition", "appeal", "cable", "tweet", "post"})
#: How many sentences back "they" may find its antecedent (see ``_previous_subject``).
PLURAL_LOOKBACK_SENTENCES = 3
#: Entity labels of names, which are capitalised in any sentence (not counted for title case).
NAME_ENTS = frozenset({"PERSON", "GPE", "NORP", "DATE", "LOC"})
_NAME_ENT_IDS = label_ids(NAME_ENTS)
#: A title-case headline has at least this many words of four letters or more (names aside) ...
TITLE_CASE_MIN_WORDS = 3
#: ... and this share of them capitalised.
TITLE_CASE_SHARE = 0.8
#: Only a headline that starts this near the top of the text is re-parsed: the copy carries the
#: text before it as one whitespace token, whose cost (and whose new vocabulary entry) grows
#: with its length; a document's own headline is at the top.
MAX_HEADLINE_START_CHARS = 2000
#: Parts of speech of a verb: a headline with none of them may hold a verb read as a noun.
VERB_POS = frozenset({"VERB", "AUX"})
#: Tags of the word before a headline's verb read as a noun: the end of its subject.
HEADLINE_SUBJECT_TAGS = frozenset({"NNS", "NNPS", "NNP"})
#: Tags a headline's verb read as a noun gets ("sign" NN, "Meet" NNP) or a base verb's.
NOUN_READ_VERB_TAGS = frozenset({"NN", "NNP", "VB", "VBP"})
#: Material acts kept with no actor resolved when a group takes part in them ("more than 1000
#: people have been arrested", "protesters blocked the airport"), outside relative clauses (the
#: background of "Serbia lifted a curfew in Montenegro, where 28 people have been killed").
GROUP_TYPES = frozenset({"COERCE", "ASSAULT", "PROTEST", "MOBILIZE"})
#: Types often coded with no target: an unnamed target is not looked for in the context (a
#: protest is: it is aimed at someone, "protests continue in X" at X's government).
UNTARGETED_TYPES = frozenset({"MOBILIZE"})
#: Types often coded with no source ("a bomb killed 20"): an unnamed source is not looked for
#: (an attack takes only an armed group named in or just before its sentence).
UNSOURCED_TYPES = frozenset({"ASSAULT", "AID"})
#: Types whose several sources with no target act with each other ("Russia and China agreed").
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Verbs of an act two sides do to each other ("A and B exchanged fire", "clashed", "traded
#: prisoners"): with several doers and nobody else named, each side is the other's target.
MUTUAL_VERBS = frozenset({"exchange", "clash", "trade"})
#: Modes of acts that have not happened; with nobody named to do them they are topics, not
#: events ("officials hoped X would be indicted", "a plan to impose a curfew").
UNREALISED_MODES = frozenset({"intended", "hypothetical", "demanded", "offered"})
#: Modes of an act that took place, now or in the background (round 18c).
FACT_MODES = frozenset({"asserted", "historical"})
#: Verbal acts: an accusation, demand, refusal, threat, promise or meeting always has a speaker;
#: with none found the event cannot be coded ("officials accused of playing a role").
SPEAKER_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT"})
#: Material acts upon something that need a target actor when the doer is one anonymous person:
#: "a protester demolished the building" is a crime report, not an event between political actors
#: (violence, protest and mobilisation are still coded without a target).
TARGETED_MATERIAL_TYPES = frozenset({"COERCE", "SANCTION", "AID", "CONCEDE", "RETREAT", "SUPPORT"})
#: Verbs whose object is an audience, not a party to an act ("telling the Nevada Star", "told
#: the press"), and verbs whose "to X" is one ("speaking to a think tank", "said to reporters").
AUDIENCE_OBJECT_VERBS = frozenset({"tell", "inform", "brief"})
AUDIENCE_TO_VERBS = frozenset({"tell", "speak", "talk", "say", "write", "explain", "announce", "declare"})
AUDIENCE_VERBS = AUDIENCE_OBJECT_VERBS | AUDIENCE_TO_VERBS
_DOBJ_DATIVE, _PREP_DATIVE = label_ids(frozenset({"dobj", "dative"})), label_ids(frozenset({"prep", "dative"}))
_POBJ, _VERB = get_string_id("pobj"), IDS["VERB"]
#: How far past a headline (characters) its unnamed target is looked for: its lead sentence.
HEADLINE_LEAD_CHARS = 300
#: Entity labels of amounts and times, whose words name no party ("US$40 million"); a cardinal
#: may open one ("seven opposition parties").
AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "TIME"})
_AMOUNT_ENT_IDS = label_ids(AMOUNT_ENTS)
#: Prepositions on a source that say where it is or comes from ("the rebels in Yemen").
SOURCE_PLACE_PREPS = frozenset({"in", "from"})
#: Determiners of an event noun that refers back to an act already reported ("the subpoena").
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
#: How far back (characters) the act a definite event noun refers to may have been reported.
ANTECEDENT_CHARS = 1500
#: Determiners of a definite phrase that stands for the subject of the sentence before (``_stand_in``).
STAND_IN_DETERMINERS = ANAPHORIC_DETERMINERS | {"both"}
#: Determiners that introduce one unnamed individual ("a protester", "one man").
INDEFINITE_SINGULAR_DETS = frozenset({"a", "an", "one"})
#: Modifier labels through which coordinated adjectives name several actors ("Hungarian and
#: Romanian officials", "French and Egyptian warships").
COORDINATED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_COORDINATED_MODIFIER_IDS = label_ids(COORDINATED_MODIFIER_DEPS)
_POSS = get_string_id("poss")
_PRON, _NNS, _NOUN = IDS["PRON"], get_string_id("NNS"), IDS["NOUN"]
_NN, _SAME_NOUN_POS = get_string_id("NN"), frozenset({IDS["NOUN"], IDS["ADJ"]})  # round 31s6
# round 32s9: the ids the per-token facts of ``_argument_actors`` are read with
_DET, _APPOS, _NORP, _PROPN = get_string_id("det"), get_string_id("appos"), get_string_id("NORP"), IDS["PROPN"]
_NN_OR_NNP, _NOUN_OR_PROPN = frozenset({_NN, get_string_id("NNP")}), frozenset({_NOUN, _PROPN})
_TWO_DET_IDS = label_ids(frozenset({"det", "predet", "nummod"}))
_NATIONAL_MODIFIER_IDS, _PREP_IDS = label_ids(frozenset({"amod", "compound"})), label_ids(PREP_DEPS)


#: How far into the text (characters) a statement's header names its issuer.
ISSUER_HEADER_CHARS = 400


def _author_actor(document):
    """Who speaks in the document's own name: its author, else the body that issues it (the
    publisher a statement header names: "Statement by the Spokesperson of the Ministry of
    Foreign Affairs of Ukraine" -> the actor named there), so that "we condemn" in a
    statement has a source."""
    author = next((a for a in document.actors if a.role == "author"), None)
    if author is not None or not document.publisher:
        return author
    at = document.text.find(document.publisher, 0, ISSUER_HEADER_CHARS + len(document.publisher))
    if at < 0:
        return None
    end = at + len(document.publisher)
    named = [(s, a) for a in document.actors if a.kind != "location" for s, e in a.mentions if s < end and at < e]
    # "Joint statement of the Ministers of Foreign Affairs of Chile and Peru": the first actor with
    # a country, not a fragment of the title with none
    return min(named, key=lambda p: (p[1].country is None, p[0]))[1] if named else None


def _opinion_title_end(document, title_end: int) -> int:
    """Round 34e17: the end of the title of a signed opinion piece (``signed_opinion_text``): "Ottawa should
    walk away from a bad fisheries deal", "One veto must not hold the Union hostage" argue what the body then
    argues and tell no act of their own (no op-ed's gold codes its headline; a wire report's headline is
    coded). 0 elsewhere."""
    return title_end if signed_opinion_text(document) else 0


#: A title that says its document is issued jointly ("Joint Press Release of A and B ...").
_JOINT_TITLE = re.compile(r"\bjoint\s+(?:press\s+)?(?:statement|release|communiqu[eé]|declaration)\b", re.I)


def _joint_title_issuers(document, title_end: int) -> list[str]:
    """Round 19e: "Joint Press Release of the Government of A and the B following talks in C": the
    parties a joint document's title names (its actors there, places left out), two or more, are
    its issuers, whom "the two sides" / "the Parties" of its own sections stand for; else []."""
    if not title_end or not _JOINT_TITLE.search(document.text[:title_end]):
        return []
    named = sorted((min(s for s, _ in a.mentions if s < title_end), a.id) for a in document.actors
                   if a.kind != "location" and any(s < title_end for s, _ in a.mentions))
    return [i for _, i in named] if len(named) > 1 else []


def _publisher_state(document):
    """"Statement by the Ministry of Foreign Affairs on ...", published by the "Ministry of
    Foreign Affairs of the Republic of Korea": a header that leaves its country out; the issuer
    is the document's state actor of the country the publisher's name names (by a name or alias
    of the knowledge base), else ``None``."""
    if not document.publisher:
        return None
    kb = load_kb()
    words = re.findall(r"\w+", _issuing_part(document.publisher))  # round 23d: not "Envoy ... for Sudan"
    countries = {kb.entries[f.key].country for i, w in enumerate(words) if w[:1].isupper()
                 for n in range(1, min(kb.max_words, len(words) - i) + 1)
                 for f in kb.surface(key_of(" ".join(words[i:i + n])))
                 if f.how in ("name", "alias") and f.key in kb.entries and kb.entries[f.key].kind == "state"}
    states = [a for a in document.actors if a.kind == "state" and a.country in countries and a.mentions]
    if not states:  # round 20: the state the text never names (``build.add_issuing_state``)
        states = [a for a in document.actors if a.kind == "state" and a.country in countries and not a.mentions]
        return states[0] if states and _stated(document) else None
    return min(states, key=lambda a: a.mentions[0][0]) if states else None


def _self_named(document, doc, index, mentions) -> tuple:
    """"We, the Ministers of Foreign Affairs of X and Y, met ...": in a statement whose header
    names no issuer, the apposition of a "we" in its own sections names who "we" is: ``(its
    actor, the ids of every actor named in the apposition)``, else ``(None, [])``."""
    if not any(s.kind in AUTHOR_SECTIONS for s in document.sections):
        return None, []
    views = views_of(doc)
    kinds = {a.id: a.kind for a in document.actors}
    for i, word in enumerate(token_strings(doc)[0]):
        if word != "we" or views.section_kind_at(document, doc[i].idx) not in AUTHOR_SECTIONS:
            continue
        for appos in (c for c in doc[i].children if c.dep_ == "appos"):
            actor = index.at(appos.idx, appos.idx + len(appos.text)) or index.at(*mention_span(appos))
            if actor is not None and actor.kind != "location":
                end = appos.right_edge
                named = [a for _, a in mentions.between(appos.left_edge.idx, end.idx + len(end.text))
                         if kinds.get(a) != "location"]
                return actor, list(dict.fromkeys([actor.id, *named]))
    return None, []


def _actors_of(document, tokens, author, in_author_section, index, acted_upon=False) -> list[str]:
    """The actor ids of an event's argument tokens (``acted_upon``: they are its targets).

    Round 31s6: no memo (round 26s kept the answers per Doc, keyed by ``id()``; over the
    benchmark documents 2.8 of ~56 calls a document asked again, so building the key cost more
    than the repeats); each call gets a list of its own."""
    return _argument_actors(document, tokens, author, in_author_section, index, acted_upon) if tokens else []


#: Round 35e35: the cue of a verdict told by an idiom (``extract._verdict_idioms``): kept for the
#: writer in commentary only, like the writer's own opinions.
VERDICT_IDIOM = "verdict-idiom:"
#: Round 34e17: the only words a writer's bare opinion may take as its object (``_writers_bare_word``).
BARE_OBJECT_WORDS = frozenset({"what", "much", "little", "more", "anything", "nothing", "everything"})
#: Round 34e17: dependents that give a speech verb something it is about (``_writers_bare_word``).
_ABOUT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "pobj"})


def _writers_bare_word(document, d: Draft, source: list[str], author) -> bool:
    """Round 34e17: a speech act (``SPEECH_ACT_TYPES``) of the writer of an opinion text (an author by byline,
    not a statement's issuer) that is about nothing (no object or clause, or only ``BARE_OBJECT_WORDS``), names
    nobody on the receiving end and sits in a sentence that names no actor but the writer ("I disagree.", "What
    I ask is simple.", "I am not asking for much."): the writer's opinion aimed at nobody, where a guess from
    the sentences around would make an accusation or a demand up. "I condemn such indifference" (about an act
    of the sentence before) keeps its guess; "I urge Ottawa to ..." names whom it asks; a statement's "We
    disagree." is left to the guess."""
    if author is None or author.role != "author" or source != [author.id] or d.type not in SPEECH_ACT_TYPES:
        return False
    verb = d.cand.token
    about = [t for c in verb.children for t in ([c] if c.dep_ != "prep" else list(c.children)) if t.dep_ in _ABOUT_DEPS]
    if any(t.lower_ not in BARE_OBJECT_WORDS for t in about):
        return False
    s, e = d.sent.start_char, d.sent.end_char
    return not any(s <= m0 < e for a in document.actors if a.id != author.id and a.kind != "location"
                   for m0, _ in a.mentions)


def _quoted_other(document, tok, author) -> bool:
    """Round 34e17: ``tok`` is inside a quote whose speaker is someone other than the author ("Nesrin
    Derik told me: 'If the Americans leave, we cannot promise ...'"): its "we" is that speaker's, not
    the writer's, in commentary as elsewhere (``first_person_actor``)."""
    quote = views_of(tok.doc).quote_at(document, tok.idx)
    return quote is not None and quote.speaker is not None and quote.speaker != author.id


def _argument_actors(document, tokens, author, in_author_section, index, acted_upon) -> list[str]:
    """``_actors_of``, computed."""
    ids: list[str] = []
    sheet, (starts, ends) = token_sheet(tokens[0].doc), token_offsets(tokens[0].doc)  # no string per token
    pos, tags, deps, kids, lowers = sheet.pos, sheet.tags, sheet.deps, sheet.kids, sheet.lowers
    for tok in tokens:
        if pos[tok.i] == _PRON:
            if in_author_section and author is not None and not _quoted_other(document, tok, author) and (
                    tok.lower_ in author_pronouns() or acted_upon and (
                    tok.lower_ in SELF_OBJECTS and _told_self(tok) and
                    views_of(tok.doc).quote_at(document, tok.idx) is None)):
                # round 32e14: "Both Governments have written to me": the author, as its "I" is
                ids.append(_title_speaker(document, author, tok) or author.id)
                continue
            first = first_person_actor(document, tok)
            if first is not None:  # "we condemn" inside a quote: its speaker (a commissioner's "we": the body)
                ids.append(speaker_body(document, tok, first) or first)
                continue
            if author is not None and author.role != "author" and tok.lower_ in author_pronouns() \
                    and views_of(tok.doc).quote_at(document, tok.idx) is None:
                ids.append(author.id)  # "we urge" anywhere in a statement outside quotes: the issuer
                continue
            mentioned = index.at(starts[tok.i], ends[tok.i])
            if mentioned is not None and mentioned.kind != "location":
                ids.append(mentioned.id)  # the actors stage resolved it ("He said ...")
                continue
            resolved = resolve_pronoun(tok)
            if resolved is not None and _own_clause_subject(tok, resolved):
                resolved = None  # "people have learned to ignore her": not the people
            if resolved is None or resolved.i == tok.head.i:  # "Their demands have included": not the demands
                # "They called on Turkey to ...": the subject of the sentence before
                ids.extend(_listed_before(tok, index) or _shared_object(document, tok, author, index)
                           or _previous_subject(document, tok, author, index) or _last_person(document, tok, set()))
                continue
            tok = resolved
        if in_author_section and author is not None and (_this_body(tok) or _publisher_noun(document, tok)):
            ids.append(author.id)  # "This Ministry rejects ...", "The Embassy urges ...": the issuer
            continue
        # round 31s6: the rules' own first tests read off the sheet before each call (an owner
        # "our"/"its" among the children; a noun, a singular noun, a plural)
        owned = any(deps[c] == _POSS for c in kids[tok.i])
        noun = pos[tok.i] == _NOUN
        # round 32s9: the token's facts read once off the sheet (its determiners' words in order,
        # its prepositions' words), each rule below asked only where its own first test can pass
        i, bare = tok.i, not sheet.ents[tok.i]
        dets = [lowers[c] for c in kids[i] if deps[c] == _DET]
        preps = {lowers[c] for c in kids[i] if deps[c] in _PREP_IDS}
        own = _first_person_body(document, tok, author, in_author_section, index) if owned else []
        if own:  # "our Government": who "we" is, whatever actor the noun was linked to
            ids.extend(own)
            continue
        plural = tags[tok.i] == _NNS  # only a plural noun lists owners, stands for a pair or includes members
        partners = _our_partners(document, tok) if plural and sheet.lemmas[i] in PARTNER_NOUNS else []
        if partners:  # "we urge our partners to ...": the bloc the speaker named last
            ids.extend(partners)
            continue
        listed = _listed_owners(tok, index) if plural and not preps.isdisjoint(_OF_FROM) else []
        if listed:  # "the Governments of Peru and Ecuador": each state listed, whatever the noun was linked to
            ids.extend(listed)
            continue
        holders = _the_two_holders(document, tok) if plural and _counted_two(sheet, i) and \
            index.at(*mention_span(tok)) is not None else []
        if holders:  # "the two ministers will sign ...", linked to one actor: the two office holders named last
            ids.extend(holders)
            continue
        pair = _the_two_states(document, tok, acted_upon) if plural else []
        if pair and (index.at(*mention_span(tok)) is not None or
                     len(stand := _stand_in(document, tok, author, index)) == 1 or
                     acted_upon and tok.dep_ in OBJECT_DEPS and (not stand or _onlookers(document, tok, stand, pair))):
            # "urged both governments to ...", linked to one actor, standing for one or acted upon and
            # standing for nobody ("I have asked both capitals to ..."): the two states the text is
            # about ("Chile and Bolivia traded accusations. Ecuador called for restraint from both
            # sides": the subject before, not the two states named last)
            ids.extend(pair)
            continue
        neighbour = [] if plural or tags[i] not in _NN_OR_NNP or NEIGHBOUR_DETERMINERS.isdisjoint(dets) else \
            _one_neighbour(document, tok, author)
        if neighbour:  # round 31e10: "will never attack a neighbour's economy": the other state of the text
            ids.extend(neighbour)
            continue
        named = _appositive(tok, index) if noun and tags[tok.i] == _NN and bare and (
            not preps.isdisjoint(APPOSITIVE_PREPS) or any(deps[c] == _APPOS for c in kids[i])) else []
        if named:  # "the UN envoy for Libya, Ana Soto, called ...": she, not the body of her title
            ids.extend(named)
            continue
        members = [a for m in _included(tok) if (a := index.at(m.idx, m.idx + len(m.text))) is not None
                   and a.kind != "location"] if plural and not preps.isdisjoint(_INCLUDING_PREPS) else []
        if members:  # "neighbouring countries including Algeria and Morocco": the ones named
            ids.extend(a.id for a in members)
            continue
        listed = _listed_states(document, tok, index) if acted_upon and tags[tok.i] in _PLURAL_TAG_IDS else []
        if listed:  # "Estonia, Italy and Portugal were hit ... solidarity with the affected Allies"
            ids.extend(listed)
            continue
        listed = _allied_states(document, tok, index) if acted_upon and (lowers[tok.i] in ALLIANCE_ADJECTIVES or any(
            lowers[c] in ALLIANCE_ADJECTIVES for c in kids[tok.i])) else []
        if listed:  # "attacks on Allied infrastructure ... in Estonia, Italy and Portugal"
            ids.extend(listed)
            continue
        same = same_phrase(document, tok) if noun and bare and not ANAPHORIC_DETERMINERS.isdisjoint(dets) else []
        if same:  # round 24e3: "the military government" after "Myanmar's military government", whatever it was linked to
            ids.extend(same)
            continue
        actor = index.at(starts[tok.i], ends[tok.i])
        phrase = actor is None
        if actor is None:
            start, end = mention_span(tok)
            actor = index.at(start, end)
        if actor is not None and (actor.kind != "location" or tok.dep_ == "pobj" or
                                  tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and actor.country or
                                  _place_acted_upon(tok, actor, acted_upon)):
            # a named place that acts ("Hanoi issues a rebuke") stands for its government
            named = phrase_actors(index, tok) if noun and _generic(tok, actor) else []
            if acted_upon and actor.kind == "group":  # round 27e3: "expels migrants to the Libyan border"
                named = [a for a in named if not _placed_only(tok, a, index)]
            if [a for a in named if a != actor.id]:
                # "an assembly of the foreign ministers of Egypt and Greece": the states named
                ids.extend(a for a in named if a != actor.id)
                continue
            owner = _force_owner(document, tok, actor, author, index) if owned else []
            if owner:  # round 28e3: "its fighters stormed ...": the group
                ids.extend(owner)
                continue
            owner = [] if acted_upon else _voiced_body(document, actor) or _home_force(document, tok, actor, index)
            if owner:  # round 29e3: "a WFP spokesperson told ...": WFP; "police rounded up ...": whose police
                ids.extend(owner)
                continue
            ids.append(actor.id)
            if any(deps[m] in _COORDINATED_MODIFIER_IDS and m < tok.i for m in kids[tok.i]):
                ids.extend(_coordinated_modifiers(index, tok, actor))
            if phrase and "of" in preps:  # "the governments of Oman, Jordan and Norway": every country of the list
                ids.extend(_coordinated_complements(index, tok, actor))
        elif actor is None:
            named = phrase_actors(index, tok)  # "an assembly of foreign ministers of Egypt"
            # round 31s6, 32s9: each gate is its rule's own first test
            lemma, anaphoric = sheet.lemmas[i], not ANAPHORIC_DETERMINERS.isdisjoint(dets)
            ids.extend(named or pos[i] == _PROPN and _person_by_surname(document, tok)
                       or pos[i] in _NOUN_OR_PROPN and bare and _titled(sheet, i, dets)
                       and _person_by_title(document, tok)
                       or noun and bare and not STAND_IN_DETERMINERS.isdisjoint(dets)
                       and _stand_in(document, tok, author, index)
                       or _national_words(sheet, i) and _national_state(document, tok)
                       or bare and pos[i] in _SAME_NOUN_POS and (tags[i] == _NNS or anaphoric)
                       and _same_noun(document, tok)
                       or noun and tags[i] == _NN and anaphoric and _joint_body(document, tok)
                       or noun and lemma in VESSEL_NOUNS and _named_vessel(tok, index)
                       or owned and _pronoun_owner(document, tok, author, index)
                       or bare and lemma in BODY_OFFICIAL_NOUNS and _body_official(document, tok)
                       or noun and lemma in GROUP_NOUNS and _the_group(document, tok)
                       or (_allies_object(document, tok) if lowers[i] in _ALLY_LOWERS else []))
    return list(dict.fromkeys(ids))


#: Round 32s9: the prepositions ``_listed_owners`` and ``_included`` read (as words: a gate before them).
_OF_FROM, _INCLUDING_PREPS = frozenset({"of", "from"}), frozenset({"including", "like", "as"})


def _counted_two(sheet, i: int) -> bool:
    """Round 32s9: ``_two_or_both`` of token ``i`` off the Doc's arrays."""
    return any(sheet.lowers[c] in ("both", "two") and sheet.deps[c] in _TWO_DET_IDS for c in sheet.kids[i])


def _titled(sheet, i: int, dets: list[str]) -> bool:
    """Round 32s9: the part of ``_person_by_title``'s first test read off the Doc's arrays (a
    possessive, a first determiner of an issuer, or no determiner and a singular tag); ``dets``: the
    words of token ``i``'s determiners, in order."""
    return sheet.deps[i] == _POSS or (dets[0] in ISSUER_DETERMINERS if dets else sheet.tags[i] in _NN_OR_NNP)


def _national_words(sheet, i: int) -> bool:
    """Round 32s9: ``_national_state``'s first test off the Doc's arrays: the token, or a modifier of
    it, is a national adjective (NORP)."""
    return sheet.ents[i] == _NORP or any(sheet.ents[c] == _NORP and sheet.deps[c] in _NATIONAL_MODIFIER_IDS
                                         for c in sheet.kids[i])


#: Object pronouns that may stand for a list named earlier in their sentence (round 27e3).
LIST_OBJECT_PRONOUNS = frozenset({"them"})


def _listed_before(tok, index) -> list[str]:
    """Round 27e3: "We thank A, B and C for ..., and we have agreed with them to ...": an object
    "them" stands for the last list of two or more named actors (no places) before it in its
    sentence; [] elsewhere."""
    if tok.lower_ not in LIST_OBJECT_PRONOUNS:
        return []
    for head in reversed(tok.doc[tok.sent.start:tok.i]):
        if head.dep_ == "conj" or head.pos_ != "PROPN":
            continue
        found = [a.id for c in conjuncts(head) if (a := index.at(c.idx, c.idx + len(c.text))) is not None
                 and a.kind != "location"]
        if len(set(found)) > 1:
            return list(dict.fromkeys(found))
    return []


def _shared_object(document, tok, author, index) -> list[str]:
    """Round 28e3: "Sybiha thanked Allies and asked them to ...", "welcomed the delegations and urged
    them to ...": an object "them" of a verb coordinated with an earlier one stands for that verb's
    plural object (its actors); [] elsewhere."""
    verb = tok.head
    if tok.lower_ not in LIST_OBJECT_PRONOUNS or tok.dep_ not in OBJECT_DEPS or verb.dep_ != "conj":
        return []
    objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.tag_ in _PLURAL_TAGS]
    return _actors_of(document, objects[:1], author, False, index) if objects else []


def _previous_subject(document, tok, author, index, want: str | None = None) -> list[str]:
    """The actors of the main subject of the sentence before, for a third-person subject or
    possessive pronoun left unresolved in its own ("The ministers met in Cairo. They called on
    Turkey to ...", "The House ... It also called for records"); "he"/"she" take only persons,
    "it" only bodies. "They" looks further back past a "they" of its own and past one named person
    ("The ministers met. The Italian minister joined them. They concluded ... They called on ..."),
    unless that person met another ("Soto met Pena. They agreed ...": both).
    Nothing when that subject is another pronoun. ``want`` (person, body, any) overrides the
    pronoun's own for a noun that stands in for one (``_stand_in``)."""
    if want is None and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        want = THIRD_PERSONS.get(tok.lower_)
    elif want is None and tok.dep_ in ("dobj", "pobj", "dative"):
        want = OBJECT_PERSONS.get(tok.lower_)  # "Bolivia accused them of ...": not its own subject
    if want is None:
        return []
    kinds = {a.id: a.kind for a in document.actors}
    sent = sentence_of(tok.doc, tok.i)
    for _ in range(PLURAL_LOOKBACK_SENTENCES):
        if sent.start == 0:
            return []
        sent = sentence_of(tok.doc, sent.start - 1)
        subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return []
        if subj[0].pos_ == "PRON":
            if want == "any" and subj[0].lower_ in ("they", "their") \
                    or want == "body" and subj[0].lower_ == "it" and _urged(document, subj[0]):
                continue  # round 34f8: past an "it" only where that "it" was urged too
            return _writer_addressee(document, sent, subj[0], author, index, kinds, want) \
                if tok.dep_ in ("nsubj", "nsubjpass") and _urged(document, tok) else []
        ids = _actors_of(document, [c for x in subj for c in conjuncts(x)], author, False, index)
        if want == "person":
            return [i for i in ids if kinds.get(i) == "person"]
        if want == "body":
            return [i for i in ids if kinds.get(i) != "person"] or _reported_body(document, sent.root, author, index)
        if len(ids) == 1 and kinds.get(ids[0]) == "person" and subj[0].tag_ in ("NN", "NNP"):
            met = [i for i in _actors_of(document, _met(sent.root), author, False, index)
                   if kinds.get(i) == "person" and i not in ids]
            if met:  # "Soto met Pena in Lima. The two ministers agreed ...": both of them
                return ids + met
            continue  # one person is not "they"
        return ids
    return []


#: Round 34f8: the modals of what a writer asks of an addressee ("First, it should file a case").
URGED_MODALS = frozenset({"should", "must", "could", "ought"})


def _urged(document, tok) -> bool:
    """Round 34f8: whether a subject pronoun may stand for a body the writer addressed (``_writer_addressee``):
    in a signed opinion text (``signed_opinion_text``; not a report's "It killed 21 civilians" after "The UN
    condemned ...", nor a statement's "It attacked a market" after "We call on ..."), with a modal of demand
    (``URGED_MODALS``) on its verb ("it should file a case"; not an asserted act: "It has seized our trawlers")."""
    return any(c.dep_ == "aux" and c.lower_ in URGED_MODALS for c in tok.head.children) \
        and signed_opinion_text(document)


def _writer_addressee(document, sent, subj, author, index, kinds: dict, want: str) -> list[str]:
    """Round 34e17: the body a sentence of the writer's own addressed, for a subject "it", "they" or
    "both" after it: "I therefore urge the Government of Malawi to do three things. First, it should
    file a case ... Second, it should ask ...": the government. Read where that sentence's subject is a
    first-person "I" or "we" (``SpeechCues.first_person``), a pronoun that "it" or "they" cannot stand
    for; its main verb's object, or the object of its "on" ("we call on both parties to ..."), that
    names a body ("it") or any actor ("they"); [] for "he" or "she" (a person) or any other subject.
    The caller asks only for a subject (not "their solidarity")."""
    if subj.lower_ not in load_speech_cues().first_person or want == "person":
        return []
    root = sent.root
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")] + \
        [o for p in root.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
    ids = _actors_of(document, [c for o in objects for c in conjuncts(o)], author, False, index)
    return [i for i in ids if kinds.get(i) != "person"] if want == "body" else ids


def _clause_antecedent(document, d: Draft, author, in_author: bool, index) -> list[str]:
    """Round 28e1: the actors of a draft that names none, from the nearest subject before it of a
    clause above its own in the sentence, for an active verb coordinated with another and with no
    pronoun subject of its own ("The military government has said that the strike hit a camp and
    has denied that ...": the government; "A and B sign a deal, largest armed faction refuses":
    A and B, the right act with a doubtful doer, its own subject being no actor) or with a
    quantifier subject ("Both capitals have
    reopened channels to Niamey, and both have blocked a joint statement": the capitals; with no
    such subject, the subject of the sentence before). Not across a quotation mark (a quote's words
    are not its speaker's acts), nor for a negated act; [] when no subject above names an actor."""
    tok = d.cand.token
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "auxpass")]
    shared = tok.dep_ == "conj" and d.cand.pos == "verb" and all(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in own)
    quantifier = len(d.sources) == 1 and d.sources[0].lower_ in SIDE_QUANTIFIERS and d.sources[0].dep_ == "nsubj"
    if d.mode == "negated" or not (shared or quantifier):
        return []
    return _subject_above(document, tok, author, in_author, index) or (
        _previous_subject(document, d.sources[0], author, index, want="any") if quantifier else [])


def _subject_above(document, tok, author, in_author: bool, index) -> list[str]:
    """The actors of the nearest named (not pronoun) subject before ``tok`` of a clause above it,
    [] when a quotation mark stands between or no such subject names an actor."""
    text = doc_text(tok.doc)
    for clause in tok.ancestors:
        for subj in clause.children:
            if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i >= tok.i or subj.pos_ == "PRON":
                continue
            if any(m in text[subj.idx:tok.idx] for m in QUOTE_MARKS):
                return []
            found = _actors_of(document, conjuncts(subj), author, in_author, index)
            if found:
                return found
    return []


def _meeting_proposer(document, d: Draft, author, in_author: bool, index) -> list[str]:
    """Round 29e1: the party to a meeting told in a clause whose subject is a body that names no
    actor ("Paraguay has proposed that the bilateral commission meet next week", "the minister
    said the technical committee would meet again"): the actors of the subject of the clause
    above, who propose or announce it; [] for any other draft."""
    tok = d.cand.token
    own = [c for c in tok.children if c.dep_ == "nsubj"]
    if d.type not in PROPOSED_MEETING_TYPES or d.cand.pos != "verb" or tok.dep_ != "ccomp" or d.mode == "negated" \
            or not own or any(c.pos_ not in ("NOUN", "PROPN") or _named(c) for c in own):
        return []
    above = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i]
    return _actors_of(document, conjuncts(above[0]), author, in_author, index) if above else []


def _text_sender(document, d: Draft, author, in_author: bool, index) -> list[str]:
    """Round 29e1: the doer of a speech act told by a participle of the message that carries it
    ("handed him a note demanding compensation", "issued a joint note urging both governments
    to ...", "said in a statement calling on ..."): whoever sent, issued or spoke in the message,
    the nearest named subject above it ("The ministry said it had delivered a note demanding ...":
    the ministry); [] for any other draft."""
    tok = d.cand.token
    if d.type not in SPEECH_ACT_TYPES or d.cand.pos != "verb" or tok.dep_ != "acl" or tok.tag_ != "VBG" \
            or tok.head.lemma_.lower() not in MESSAGE_NOUNS or d.mode == "negated":
        return []
    return _subject_above(document, tok, author, in_author, index)


#: Speech acts a message asks of the one it is sent to ("a note demanding compensation"; round 31e10).
ADDRESSEE_ASKED_TYPES = frozenset({"REQUEST"})
_TO = frozenset({"to"})
#: Messages sent to someone: a statement or declaration is issued to all, its "to" object is no
#: addressee ("issued a statement to the press demanding ..."; round 31f2).
SENT_MESSAGE_NOUNS = MESSAGE_NOUNS - {"statement", "declaration"}
#: Recipients who pass a message on and are never asked by it (round 31f2).
PRESS_RECIPIENTS = frozenset({"press", "media", "reporter", "journalist"})
#: The particle or preposition of a request's own addressee ("calling on Israel to ...").
_ON = frozenset({"on", "upon"})


def _text_recipient(document, d: Draft, author, in_author: bool, index) -> list[str]:
    """Round 31e10: whom a request told by a participle of its message asks, the one the message
    went to ("summoned the ambassador and handed him a note demanding compensation for the
    families": the ambassador, not the families; "delivered a note to the Embassy of Venezuela
    requesting the release of ..."): the dative of the verb the message is the object of, or its
    object before the message ("handed the ambassador a note"; a "him" after a coordinated object:
    ``object_before``), else the "to" object of that verb or of the message noun; [] for any other
    draft (``_text_sender`` gives its doer). Round 31f2: [] when the participle names its own
    addressee ("a letter to the Council calling on Israel to ...", "a note urging Israel to ...",
    "a note demanding that Togo release ...": Israel, Togo), for a statement or declaration, and
    for the press."""
    tok = d.cand.token
    if d.type not in ADDRESSEE_ASKED_TYPES or d.cand.pos != "verb" or tok.dep_ != "acl" or tok.tag_ != "VBG" \
            or tok.head.lemma_.lower() not in SENT_MESSAGE_NOUNS or d.mode == "negated" or _own_addressee(tok, index):
        return []
    note, verb = tok.head, tok.head.head
    if note.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    found = [r for c in verb.children if c.dep_ == "dative" or c.dep_ == "dobj" and c.i < note.i
             for r in (object_before(c) or conjuncts(c))] or _pobjs(verb, _TO) or _pobjs(note, _TO)
    found = [r for r in found if r.lemma_.lower() not in PRESS_RECIPIENTS]
    return _actors_of(document, found, author, in_author, index) if found else []


def _own_addressee(tok, index) -> bool:
    """Round 31f2: whether a request's participle names whom it asks itself: an object or dative
    that is a named actor ("urging Israel to ..."; not "demanding compensation" nor "demanding the
    release of the fishermen"), one after "on" ("calling on Israel"), or a clause with its own
    subject ("demanding that Togo release ..."). Round 32e13: also a common noun that is itself a
    mention of an actor ("calling on the Israeli authorities", "urging the government of Israel");
    round 32f6: only one with a country that is no audience of the sentence ("asking the police",
    "calling on the international community" leave the note's recipient the one asked)."""
    asked = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + _pobjs(tok, _ON)
    return any((c.pos_ == "PROPN" or c.ent_type_ in NAME_ENTS) and index.at(*mention_span(c)) is not None
               or c.pos_ == "NOUN" and (a := index.at(c.idx, c.idx + len(c))) is not None and a.country
               and a.id not in _audience(tok.sent, index) for c in asked) or any(
        c.dep_ == "ccomp" and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for c in tok.children)


def _reported_body(document, root, author, index) -> list[str]:
    """Round 27e5: "Chad's spokesman said that the country would review its ties. It would not
    leave the bloc, he said": where the sentence before has a person as its main subject, an "it"
    stands for the body that person's reported clause has as its subject (a definite kind noun, a
    name); [] when the clause has none, or a person."""
    if root.lemma_.lower() not in load_speech_cues().speech_verbs:
        return []
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return []
    subj = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    found = _actors_of(document, subj, author, False, index) or _definite_kind(document, subj, clause.idx)
    kinds = {a.id: a.kind for a in document.actors}
    return [i for i in found if kinds.get(i) not in ("person", "location")]


def _met(verb) -> list:
    """Whom the subject of a meeting verb met ("met Pena", "met with Pena"); [] for other verbs."""
    if not any(e.type == "CONSULT" for e in load_lexicon().verbs.get(verb.lemma_.lower(), ())):
        return []
    return [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)] + _pobjs(verb, frozenset({"with"}))


def _person_by_title(document, tok) -> list[str]:
    """"The President insists ...", "the prime minister's resignation", "subpoena to secretary of
    state" (a headline's bare title): a definite title with no name of its own is the one person
    of the document the actors stage gave that role; a definite plural title ("the foreign
    ministers agreed ...") is every person with that role, when there are several."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or tok.dep_ != "poss" and \
            not (dets and dets[0] in ISSUER_DETERMINERS or not dets and tok.tag_ in ("NN", "NNP")):
        return []
    start, end = mention_span(tok)
    words = [w for w in document.text[start:end].lower().replace("'s", "").split() if w not in ISSUER_DETERMINERS]
    plural = tok.tag_ == "NNS" and bool(words) and bool(dets)  # "the foreign ministers": each of them
    if plural:
        words[-1] = tok.lemma_.lower()
    title = " ".join(words)
    # "the ministers": every "foreign minister", "defence minister" of the document
    same = (lambda role: role.split()[-1] == title) if plural and len(words) == 1 else (lambda role: role == title)
    found = [a.id for a in document.actors if a.kind == "person" and a.role and same(a.role.lower())]
    if not found and not plural and (canon := _canonical_role(title)) is not None:
        # "the foreign policy chief" for the "EU High Representative": one office, named two ways
        found = [a.id for a in document.actors if a.kind == "person" and a.role and _canonical_role(a.role) == canon]
    return found if (len(found) > 1 if plural else len(found) == 1) else []


@lru_cache(maxsize=256)
def _canonical_role(title: str) -> str | None:
    """The knowledge base's office for a title, its leading qualifiers left out when the whole
    title is none ("EU High Representative" -> High Representative for Foreign Affairs)."""
    kb, words = load_kb(), title.split()
    return next((r for k in range(len(words)) if (r := kb.canonical_role(" ".join(words[k:]))) is not None), None)


def _national_state(document, tok) -> list[str]:
    """"Chilean copper", "the Peruvian claims": a national adjective (of the phrase) the actors
    stage left unlinked is the document's one state actor of that country (none when it has no
    such actor)."""
    words = [t for t in (tok, *tok.children) if t.ent_type_ == "NORP" and (t is tok or t.dep_ in ("amod", "compound"))]
    if not words:
        return []
    kb = load_kb()
    codes = {kb.entries[s.key].country for t in words for s in kb.surface(key_of(t.text))
             if s.how in ("adjective", "demonym") and s.key in kb.entries}
    found = [a.id for a in document.actors if a.kind == "state" and a.country in codes]
    return found if len(found) == 1 else []


def _listed_owners(tok, index) -> list[str]:
    """The actors of a list in a plural noun's "of" complement ("the Governments of Peru and
    Ecuador", "the foreign ministers of A, B and C"), when it names more than one; else []
    (``tok``: a plural noun, NNS)."""
    found = [a.id for o in _pobjs(tok, frozenset({"of", "from"})) for c in conjuncts(o)  # "envoys from A and B"
             if (a := index.at(c.idx, c.idx + len(c.text))) is not None and a.kind != "location"]
    return list(dict.fromkeys(found)) if len(set(found)) > 1 else []


def _the_two_states(document, tok, acted_upon: bool = False) -> list[str]:
    """"Both governments", "the two capitals", "the two ministers": the two states the text named
    last before the phrase (none for another noun, or a text that named fewer than two; ``tok``: a
    plural noun, NNS). Round 26e3: a pair on the receiving end (``acted_upon``: "X urged both
    governments", "called on the two allies") is the two states its own sentence names before it
    outside the acting subject ("welcomed the accord between A and B and urged the two sides ..."),
    else the two states the text has named most, leaving out the states of that subject ("The
    United States and China urged the two neighbours": a third party)."""
    if tok.lemma_.lower() not in PAIR_NOUNS or not _two_or_both(tok):
        return []
    if acted_upon and (pair := _addressed_pair(document, tok)):
        return pair
    return _pair_before_third(document, tok) or _last_two_states(document, tok.idx)


def _onlookers(document, tok, stand: list[str], pair: list[str]) -> bool:
    """Round 35y35: whether the subject of the sentence before, that "both sides" acted upon would
    stand for, are onlookers of the dispute, not its sides: states the text names less than the two
    it is about ("Guatemala and Honduras said they respected El Salvador's right ... The OAS urged both
    sides to ...": El Salvador and Colombia), where that pair is the text's own main two (no tie) and
    shares no actor with them. "Chile and Bolivia traded accusations. Ecuador called for restraint
    from both sides" keeps Chile and Bolivia: they are the text's main two."""
    if not stand or not set(stand).isdisjoint(pair):
        return False
    if any((a := document.actor(i)) is None or a.kind != "state" for i in stand):
        return False
    if not _onlooker_sentence(document, tok, stand):
        return False  # (review) "Serbia and Kosovo traded accusations ... urged both sides": the sides
    return set(pair) == set(_main_two_states(document, tok.idx))


#: Round 35y35 (review): verbs of an onlooker's saying or attitude, whose subjects are not the sides.
ONLOOKER_VERBS = frozenset({"say", "support", "respect", "welcome", "express", "voice", "reaffirm", "note",
                            "hope", "watch", "follow", "praise", "back", "endorse", "state"})


def _onlooker_sentence(document, tok, stand: list[str]) -> bool:
    """Round 35y35 (review): whether the sentence before ``tok``'s is an onlooker's saying or attitude
    ("India and China said they were watching the situation", "... said they respected Bangladesh's
    right"): its main verb one of ``ONLOOKER_VERBS`` and the ``stand`` states named in it only as its
    subject (none acting on the other: "Armenia and Azerbaijan exchanged fire", "accused each other")."""
    first = tok.sent[0]
    if first.i == 0:
        return False
    before = tok.doc[first.i - 1].sent
    root = before.root
    if root.lemma_.lower() not in ONLOOKER_VERBS:
        return False
    subject = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
               for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    lo, hi = before.start_char, before.end_char
    return all(any(b <= m < e for b, e in subject) for i in stand for m, _ in document.actor(i).mentions
               if lo <= m < hi)


def _addressed_pair(document, tok) -> list[str]:
    """Round 26e3: the pair a plural on the receiving end stands for (see ``_the_two_states``)."""
    # the subjects of every clause above the phrase ("A and B said they would host a meeting of the
    # two negotiators", "welcomed the truce ... and urged the two sides": the first verb's subject)
    subject = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
               for v in tok.ancestors for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    start, end = tok.sent.start_char, tok.left_edge.idx
    acting, named = set(), set()
    for a in document.actors:
        if a.kind != "state" or not a.country:
            continue
        for s, _e in a.mentions:
            if start <= s < end:
                (acting if any(b <= s < e for b, e in subject) else named).add(a.id)
    named -= acting
    if len(named) == 2:
        return sorted(named, key=lambda i: min(s for s, _ in document.actor(i).mentions if s >= start))
    countries = frozenset(a.country for a in document.actors if a.id in acting)
    return _main_two_states(document, tok.idx, countries)


def _main_two_states(document, offset: int, countries=frozenset()) -> list[str]:
    """Round 26e3: the two state actors (a named organ counting as its state, as in
    ``_last_two_states``) with the most mentions before ``offset``, none of ``countries``; a tie goes
    to the one named last; [] when fewer than two, or when the second place is tied with a third
    (no pair stands out)."""
    ranked, count = _ranked_states(document, offset, countries)
    if len(ranked) < 2 or len(ranked) > 2 and count[ranked[1]] == count[ranked[2]]:
        return []
    return ranked[:2]


def _ranked_states(document, offset: int, countries=frozenset()) -> tuple[list[str], Counter]:
    """The state actors, none of ``countries``, by their mentions before ``offset`` (a named organ
    counting as its state; a tie goes to the one named last), and those counts."""
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country not in countries}
    count, last = Counter(), {}
    for a in document.actors:
        if a.country in states and (a.kind == "state" or a.kind == "organization" and a.sector in STATE_SECTORS
                                    and a.name != a.name.lower()):
            seen = [s for s, _ in a.mentions if s < offset]
            if seen:
                sid = states[a.country]
                count[sid] += len(seen)
                last[sid] = max(last.get(sid, -1), max(seen))
    return sorted(count, key=lambda k: (count[k], last[k]), reverse=True), count


#: "a neighbour", "a neighbouring State": one neighbour, unnamed (round 31e10).
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
NEIGHBOURING_WORDS = frozenset({"neighbouring", "neighboring"})
NEIGHBOUR_DETERMINERS = frozenset({"a", "an", "any", "one"})


def _one_neighbour(document, tok, author) -> list[str]:
    """Round 31e10: an unnamed single neighbour ("Abuja will never attack a neighbour's economy",
    "the Government cannot accept that a neighbouring State offers shelter to ...") is the state the
    text names most outside the countries of the subjects of the clauses above it (the speaker's
    side; with none, the issuer's country in a statement outside quotes); [] for another phrase, when
    no side is known, or when two states tie, and (round 31f2) for a neighbour the text names or
    places ("a neighbouring State, Togo, ...", "a neighbour of Chad")."""
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ in NEIGHBOUR_DETERMINERS
                                               for c in tok.children):
        return []
    if tok.lemma_.lower() not in NEIGHBOUR_NOUNS and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in NEIGHBOURING_WORDS for c in tok.children):
        return []
    if any(c.dep_ == "appos" for c in tok.children) or _pobjs(tok, _OF) or \
            any(t.text == "," for t in tok.doc[tok.left_edge.i:tok.i]):
        return []  # (a comma before the head: the parser made the name the head, "a neighbouring State, Togo")
    subjects = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                for v in tok.ancestors for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
    own = frozenset(a.country for a in document.actors if a.country and any(
        b <= m < e for m, _ in a.mentions for b, e in subjects))
    if not own and author is not None and author.role != "author" and author.country and \
            views_of(tok.doc).quote_at(document, tok.idx) is None:
        own = frozenset({author.country})  # "The Government cannot accept that a neighbouring State ..."
    if not own:
        return []
    ranked, count = _ranked_states(document, len(document.text), own)
    if not ranked or len(ranked) > 1 and count[ranked[0]] == count[ranked[1]]:
        return []
    return ranked[:1]


def _the_two_holders(document, tok) -> list[str]:
    """"The two ministers", "both presidents": the two persons holding that office (the last word
    of their role, or the same office of the knowledge base) named last before the phrase, whatever
    single actor the phrase was linked to (none for another noun, or a text that named fewer than
    two; ``tok``: a plural noun, NNS)."""
    if not _two_or_both(tok):
        return []
    lemma = tok.lemma_.lower()
    office = load_kb().canonical_role(lemma)
    if office is None:
        return []
    start, last = tok.left_edge.idx, {}  # person id -> start of their last mention before the phrase
    for a in document.actors:
        if a.kind == "person" and a.role and (a.role.lower().split()[-1] == lemma or _canonical_role(a.role) == office):
            if (seen := _last_mention(a, start)) is not None:
                last[a.id] = seen
    pair = sorted(last, key=last.get)[-2:]
    return pair if len(pair) == 2 else []


def _last_mention(actor, before: int, after: int = -1) -> int | None:
    """The start of ``actor``'s last mention between ``after`` and ``before`` (exclusive), if any."""
    return max((s for s, _ in actor.mentions if after < s < before), default=None)


def _two_or_both(tok) -> bool:
    """Whether a noun is counted as two by "both" or "two" ("both sides", "the two ministers")."""
    return any(c.lower_ in ("both", "two") and c.dep_ in ("det", "predet", "nummod") for c in tok.children)


def _last_two_states(document, offset: int, countries=frozenset()) -> list[str]:
    """The two state actors named last before ``offset``, none of ``countries``; [] when fewer. A
    state's organ counts as the state named ("Sudan's army shelled ... both governments": Sudan,
    though the text names the state itself only later)."""
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country not in countries}
    last = {}  # state id -> start of its (or its organ's) last mention before the offset
    for a in document.actors:
        if a.country in states and (a.kind == "state" or a.kind == "organization" and a.sector in STATE_SECTORS
                                    and a.name != a.name.lower()):  # a named organ, not "troops"
            if (seen := _last_mention(a, offset)) is not None:
                sid = states[a.country]
                last[sid] = max(last.get(sid, -1), seen)
    pair = sorted(last, key=last.get)[-2:]
    return pair if len(pair) == 2 else []


def _appositive(tok, index) -> list[str]:
    """The person a singular common noun's appositive name links to ("the special envoy, Ana
    Soto"), also one the parser coordinated with the noun's complement ("the envoy for Libya, Ana
    Soto, ...": no "and" before her); [] for a name, a plural ("his counterparts, A, B and C" keeps
    its older reading), a group's name ("the rebel group, the FDD": the group noun stays) or none."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.tag_ != "NN":
        return []
    names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    names += [c for o in _pobjs(tok, APPOSITIVE_PREPS) if not any(k.dep_ == "cc" for k in o.children)
              for c in o.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
    return [a.id for c in names if (a := index.at(c.idx, c.idx + len(c.text))) is not None and a.kind == "person"]


def _included(tok) -> list:
    """The named members of a plural group noun: "countries including Algeria and Morocco",
    "powers such as France" (``tok``: a plural noun, NNS)."""
    return [c for p in tok.children if p.dep_ == "prep" and (
            p.lower_ in ("including", "like") or p.lower_ == "as" and p.i > 0 and p.nbor(-1).lower_ == "such")
            for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)]


def _first_person_body(document, tok, author, in_author_section, index) -> list[str]:
    """"Our government", "our country", "my ministry", "our troops", "our border guards": a noun of
    the state (government, armed forces, police) owned by "we"/"I" is who "we" is (the issuer of a
    statement, the speaker of a quote)."""
    s = token_sheet(tok.doc)
    owner = None
    for c in s.kids[tok.i]:
        if s.deps[c] == _POSS and s.lowers[c] in load_speech_cues().first_person:
            owner = tok.doc[c]
            break
    if owner is None or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    lemma, nouns = tok.lemma_.lower(), load_kb().nouns
    compound = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
    noun = nouns.get(lemma) or nouns.get(f"{compound} {lemma}")  # "our border guards"
    if lemma not in SELF_NOUNS and (noun is None or noun.sector not in STATE_SECTORS):
        return []
    speaker = first_person_actor(document, owner)  # inside a quote: its speaker
    if speaker is not None:
        return [speaker]
    if author is not None and (in_author_section or author.role != "author") \
            and views_of(tok.doc).quote_at(document, tok.idx) is None:
        # in a statement: its issuer; round 34e17: a writer's "our government", the writer's state where known
        # round 34f8: a paper of no known country, not the paper ("Our government protested" in an editorial)
        if author.role != "author":
            return [author.id]
        return _writers_state(document, author) or ([author.id] if author.kind == "person" else [])
    return []


def _writers_state(document, author) -> list[str]:
    """Round 34e17: the state of the writer of an opinion text (an author by byline, a person or a paper),
    for "our government", "our governments", "our army" in the writer's own words ("When our government asked
    for help, Paris sent ships"): the text's actor for the state of the writer's country; [] when the writer's
    country is unknown or the text names no such state (the caller then keeps the writer: the act stays, its
    doer is the nearest the text gives)."""
    if any(a.name == author.name and _POSTING.search(a.affiliation or "") for a in document.authors or ()):
        return []  # round 34f8: "former ambassador to Mali" names a posting, not the writer's country
    return [a.id for a in document.actors if author.country and a.kind == "state" and a.country == author.country][:1]


#: Round 34f8: a byline role held in a country not the writer's own ("ambassador to Mali", "envoy in Kabul").
_POSTING = re.compile(r"\b(?:to|in)\s+(?:the\s+)?[A-Z]")


def _our_partners(document, tok) -> list[str]:
    """"Our partners", "our allies": owned by "we", a plural noun of partners stands for the
    international organisation the text named last before it ("We welcome the European Union's
    new sanctions and urge our partners to close the loopholes"): [its id], else [] (``tok``: a
    plural noun, NNS)."""
    if tok.lemma_.lower() not in PARTNER_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ in load_speech_cues().first_person for c in tok.children):
        return []
    start, last = tok.left_edge.idx, None  # (start of the last mention, igo id)
    for a in document.actors:
        if a.kind == "igo":
            seen = _last_mention(a, start, start - ANTECEDENT_CHARS)
            if seen is not None and (last is None or seen > last[0]):
                last = (seen, a.id)
    return [last[1]] if last is not None else []


def _stand_in(document, tok, author, index) -> list[str]:
    """"The two leaders", "both sides", "the government": a definite phrase headed by an office,
    a government noun or (plural) a party noun, with no name of its own, stands like a pronoun
    for the subject of the sentence before ("Ruiz and Berg met. The two leaders condemned ...",
    "... urged both sides to ..."): a singular office for a person, a singular government noun
    (as subject only) for a body, a plural for anyone."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not any(
            c.dep_ == "det" and c.lower_ in STAND_IN_DETERMINERS for c in tok.children):
        return []
    kb = load_kb()
    lemma = tok.lemma_.lower()
    noun = kb.nouns.get(lemma)
    plural = tok.tag_ == "NNS"
    if not plural and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return []  # "urged the government to ...": the government of whom the text does not say
    if kb.canonical_role(lemma):
        want = "any" if plural else "person"
    elif noun is not None and noun.sector == "GOV" or plural and lemma in PARTY_NOUNS:
        want = "any" if plural else "body"
    else:
        return []
    found = _previous_subject(document, tok, author, index, want)
    if plural and want == "any" and (kb.canonical_role(lemma) or lemma in PERSON_PARTY_NOUNS) \
            and any(c.lower_ == "two" for c in tok.children):
        # round 19e: "the two leaders" are two persons ("Indonesia pledged US$5 million ... The two
        # leaders also agreed": not Indonesia and the dollar's state); else the meeting before says
        kinds = {a.id: a.kind for a in document.actors}
        found = [i for i in found if kinds.get(i) == "person"]
        return found if len(found) > 1 else []
    return found


def _same_noun(document, tok) -> list[str]:
    """"The junta" left unlinked here, where the actors stage linked another "junta" of the text: a
    definite common noun, or a bare plural ("accede to protesters' demands"), stands for the one
    actor (no place) that word is a mention of elsewhere (none when no actor, or several, has it)."""
    if tok.pos_ not in ("NOUN", "ADJ") or tok.ent_type_ or tok.tag_ != "NNS" and not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return []
    word, text = tok.lower_, document.text
    found = {a.id for a in document.actors if a.kind != "location"
             for s, e in a.mentions if e - s == len(word) and text[s:e].lower() == word}
    if len(found) > 1 and tok.tag_ == "NNS" and all(document.actor(i).kind == "group" for i in found):
        # round 24e3: "killed at least 740 civilians", two "civilians" groups built apart: the one
        # mentioned last before it (the same people, not a second guess)
        last = {i: max((s for s, e in document.actor(i).mentions if s < tok.idx and text[s:e].lower() == word),
                       default=-1) for i in found}
        best = max(last, key=last.get)
        return [best] if last[best] >= 0 else []
    return list(found) if len(found) == 1 else []


def _person_by_surname(document, tok) -> list[str]:
    """"a meeting with Marchenko" where the actors stage left the bare surname unlinked: the one
    person actor of the document whose name ends with it (none when several do)."""
    if tok.pos_ != "PROPN":
        return []
    found = [a.id for a in document.actors if a.kind == "person" and a.name.split()[-1:] == [tok.text]]
    return found if len(found) == 1 else []


def _coordinated_modifiers(index, tok, actor) -> list[str]:
    """"Senior Hungarian and Romanian officials": each coordinated modifier that names its own
    actor adds it (one phrase, several actors)."""
    out, doc = [], tok.doc
    s, (starts, ends) = token_sheet(doc), token_offsets(doc)
    for mod in s.kids[tok.i]:
        if s.deps[mod] not in _COORDINATED_MODIFIER_IDS or mod > tok.i:
            continue
        coordinated = conjunct_indices(doc, mod)
        if not coordinated:
            continue
        for m in (mod, *coordinated):
            other = index.at(starts[m], ends[m])
            if other is not None and other.kind != "location" and other.id != actor.id:
                out.append(other.id)
    return out


def _coordinated_complements(index, tok, actor) -> list[str]:
    """The other conjuncts of a phrase's "of" complement ("the governments of Oman, Jordan and
    Norway" -> Jordan, Norway) that name their own actor."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for c in conjuncts(obj):
                other = index.at(c.idx, c.idx + len(c.text))
                if other is not None and other.id != actor.id and (other.kind != "location" or other.country):
                    out.append(other.id)
    return out


def _issuer_title(tok) -> bool:
    """"The Foreign Minister", "the Spokesperson", "this Ministry": a definite, capitalised
    title with no name and no complement of its own, who in a statement is of the issuer."""
    return (tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ and tok.text[:1].isupper()
            and any(c.dep_ == "det" and c.lower_ in ISSUER_DETERMINERS for c in tok.children)
            and not any(c.dep_ in ("prep", "poss", "appos") for c in tok.children))


def _act_agents(tokens, events, lexicon) -> list[str]:
    """"condemned the attacks", "denounced the expulsion": an unnamed act noun stands for the last
    event of its type coded before it with a source; its sources (else [])."""
    types = {e.type for t in tokens for e in lexicon.nouns.get(t.lemma_.lower(), ())}
    if not types:
        return []
    done = next((e for e in reversed(events) if e.type in types and e.source), None)
    return list(done.source) if done is not None else []


def _bare_definite_act(tok, lexicon) -> bool:
    """"the arrests", "these recent attacks": a definite act noun of the lexicon with no name,
    owner or complement of its own (round 27e3)."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lemma_.lower() in lexicon.nouns and \
        any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children) and \
        not any(c.dep_ in BARE_ACT_EXCLUDED_DEPS or c.ent_type_ for c in tok.children)


def _trigger_people(d: Draft, index) -> list[str]:
    """Round 27e3: the people group a trigger took in as its object ("expels hundreds of
    migrants", "pushed back the asylum-seekers"): the group actor of its plural noun object."""
    return list(dict.fromkeys(
        a.id for p in d.cand.parts[1:] if p.tag_ == "NNS" and p.dep_ in OBJECT_DEPS and not p.ent_type_
        and (a := index.at(p.idx, p.idx + len(p.text))) is not None and a.kind == "group"))


def _rebel_side(document, source: list[str]) -> set[str]:
    """Round 27e3: the armed groups of the document and the persons of ``source`` who speak for one
    (a title naming it: "spokesman for the M23")."""
    groups = {a.id for a in document.actors if a.kind == "armed_group"}
    return groups | {a.id for a in document.actors if a.id in source and a.kind == "person"
                     and _title_bodies(document, [a.id]) & groups}


def _placed_only(tok, actor_id: str, index) -> bool:
    """Round 27e3: every mention of ``actor_id`` in the phrase of the people noun ``tok`` hangs on a
    preposition of place ("migrants to the Libyan border", "civilians in Rakhine"): where the
    people are or go, not who they are; "of" and "from" complements and owners are not
    ("candidates from the militant group")."""
    found = False
    for t in tok.subtree:
        if t.i == tok.i or (a := index.at(t.idx, t.idx + len(t.text))) is None or a.id != actor_id:
            continue
        found, h = True, t
        while h.i != tok.i and not (h.dep_ == "prep" and h.lower_ in PLACE_PHRASE_PREPS):
            if h.head.i == h.i:
                return False
            h = h.head
        if h.i == tok.i:
            return False
    return found


def _unnamed_target(document, d: Draft, start: int, source: list[str], mentions: MentionIndex, index,
                    title_end: int):
    """The target of an act whose clause names none: the nearest other actor of the context
    (``context_target``), audiences, the source's place, amounts ("US$4 million in aid") and
    an actor that is the act noun itself ("a naval coalition") left out; a headline names its
    parties in its lead ("X announces withdrawal" -> whom the lead names)."""
    countries = {a.country for a in document.actors if a.id in source and a.country}
    if d.type == "CONSULT" and d.cand.token.lemma_.lower() in MEDIATION_WORDS:
        # "Brazil offered to mediate": between the two states the text is about, not Brazil's
        pair = _last_two_states(document, start, frozenset(countries))
        if pair:
            return pair
    reach = d.sent.end_char + (HEADLINE_LEAD_CHARS if d.sent.start_char < title_end else 0)
    sheet, (starts, ends) = token_sheet(d.sent.doc), token_offsets(d.sent.doc)
    amounts = {actor_id for i in range(d.sent.start, d.sent.end) if sheet.ents[i] in _AMOUNT_ENT_IDS
               for _, actor_id in mentions.between(starts[i], ends[i])}  # "US$40 million"
    # protesters "in X" protest against X's rulers: their place stays a possible target
    places = _source_places(d.sources, index) if d.type != "PROTEST" else set()
    tok = d.cand.token  # "announced a naval coalition": the act noun itself names no party
    itself = index.at(tok.idx, tok.idx + len(tok)) if tok.pos_ == "NOUN" else None
    exclude = set(source) | _audience(d.sent, index) | places | amounts | ({itself.id} if itself else set())
    exclude |= _title_bodies(document, source)  # "the secretary-general of the X urged them": not the X
    exclude |= _premodifier_bodies(document, source, d.sent.doc)  # "UNHCR spokeswoman Marta Ruiz": not UNHCR
    exclude |= {a for a, body in _voiced_bodies(document, d.sent.doc) if body & set(source)}  # round 29e3
    exclude |= _bylined(document)  # "By Ana Soto ... If the Government signs this deal": not at her
    exclude |= _brokers(d.sent, index)  # "ready to meet under the auspices of the AU": not at the AU (21c)
    exclude |= _dateline_only(document, d.sent.doc)  # round 26e3: "ATHENS, Dec 6 (X Wire) -": the agency is no party
    exclude |= _speakers_elsewhere(document, d.sent, countries)  # round 32e13: a foreign voice of another sentence
    if d.type != "ASSAULT":  # the shelling of a camp "which killed nine civilians": an attack's own victims
        exclude |= _counted_victims(d, index)  # round 24b: "eleven crew members" only of the act done to them
    if d.type in ABROAD_TYPES:  # "we reserve the right to take measures to protect our people": not at them
        exclude |= {a.id for a in document.actors if a.country in countries}
    return context_target(mentions, (d.sent.start_char, reach), start, exclude)


def _speakers_elsewhere(document, sent, countries: set) -> set[str]:
    """Round 32e13: the persons who speak a quote of the text, are named nowhere in ``sent`` and
    have a country that is none of ``countries`` (the source's): a foreign official quoted in
    another sentence is a voice of the story, not the party an unnamed act is aimed at ("India
    said it would not comply" after a paragraph quoting the Kremlin's spokesman: not at him). A
    speaker of the source's own country stays a possible guess (a minister's resignation to the
    president quoted before), and so does one with no country (nothing says he is foreign).
    Round 32f6: only a speaker whose first quote itself answers an earlier act, one of a text
    that names an actor of another country before it (the EU's sanctions before the Kremlin's
    "These measures are illegal"); a quote that opens the story is what the reaction answers
    ("'We will not pay a cent,' Maduro said. The United States rejected the statement": at him)."""
    lo, hi = sent.start_char, sent.end_char
    first: dict[str, int] = {}
    for q in getattr(document, "quotes", None) or ():
        if q.speaker:
            first[q.speaker] = min(first.get(q.speaker, q.start), q.start)
    speakers = [a for a in document.actors if a.id in first and a.kind == "person" and a.country
                and a.country not in countries and not any(lo <= s < hi for s, _ in a.mentions)]
    return {a.id for a in speakers if any(
        b.id != a.id and b.country != a.country and any(s < first[a.id] for s, _ in b.mentions)
        for b in document.actors)}


def _dateline_only(document, doc) -> set[str]:
    """Round 26e3: the actors every mention of which lies in the report's wire dateline ("ATHENS, Dec 6
    (Levant Wire) -": the agency and the date the actors stage may take for a name): no party of an
    act (a headline's act looks for its target in the lead, whose first words are the dateline).
    Read once per document and actor list (round 28s1: it was read for every draft without a
    target), kept in the views' ``derived`` of its Doc with the two it was read from; each call
    gets a set of its own."""
    derived = views_of(doc).derived
    held = derived.get("dateline_only")
    if held is None or held[0] is not document or held[1] is not document.actors:
        held = derived["dateline_only"] = (document, document.actors, _dateline_actors(document))
    return set(held[2])


def _voiced_bodies(document, doc) -> tuple:
    """Round 31s6: ``(actor id, set of ``_voiced_body``)`` for each actor of ``document`` that
    voices a body, read once per document and actor list (``_unnamed_target`` read every actor
    for each draft without a target), kept in the views' ``derived`` of its Doc with the two it
    was read from, as ``_dateline_only``."""
    derived = views_of(doc).derived
    held = derived.get("voiced_bodies")
    if held is None or held[0] is not document or held[1] is not document.actors:
        voiced = tuple((a.id, set(body)) for a in document.actors if (body := _voiced_body(document, a)))
        held = derived["voiced_bodies"] = (document, document.actors, voiced)
    return held[2]


def _dateline_actors(document) -> set[str]:
    """``_dateline_only``, read."""
    text, start = document.text, 0
    while start < min(len(text), DATELINE_CHARS):
        end = dateline_end(text, start)
        if end is not None:
            return {a.id for a in document.actors if a.kind != "location" and a.mentions
                    and all(start <= s < end for s, _ in a.mentions)}
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return set()


def _counted_victims(d: Draft, index) -> set[str]:
    """Round 24b: the actors the sentence names as people counted as those a harmful act was done to
    ("pirates kidnapped eleven crew members", ``actors.recognize.counted_patient``), other than the
    act's own words: they are the target of that act (its object), not of the other acts of the
    sentence that name no target ("condemned the attack ... and demanded their release"). Groups of
    people only: the state of "expelled two Eritrean diplomats" stays a target."""
    own = {t.i for t in d.cand.parts} | {d.cand.token.i}
    out = set()
    doc, tags = d.sent.doc, token_labels(d.sent.doc)[0]
    for i in range(d.sent.start, d.sent.end):  # round 31s6: a ``Token`` for a plural noun only
        if tags[i] != _NNS:
            continue  # ``counted_patient`` is false
        tok = doc[i]
        if counted_patient(tok) and tok.head.i not in own and (tok.head.head.i not in own or tok.dep_ != "pobj") \
                and d.cand.token.head.i != tok.i:  # "two teachers who had been abducted": that act's
            found = index.at(*mention_span(tok))
            if found is not None and found.kind == "group":  # not the state of "two Eritrean diplomats"
                out.add(found.id)
    return out


def _acted_upon(tok, index) -> set[str]:
    """Actors named as the object of the verb a noun trigger's phrase hangs on ("hunted the rebel
    cells in cooperation with Y"): what that verb acts upon, not who does the noun's act."""
    verb = tok.head.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or verb.pos_ != "VERB":
        return set()
    return {a.id for o in verb.children if o.dep_ == "dobj" for m in conjuncts(o)
            if (a := index.at(*mention_span(m))) is not None}


def _source_places(sources, index) -> set[str]:
    """Actors named as where the doer is or comes from ("claimed by the Houthi movement in
    Yemen", "fighters from Chad") or whose the doer is ("Tunisia's neighbours imposed bans"):
    they are on the doer's side, not on the receiving end."""
    places = [p for t in sources for p in _pobjs(t, SOURCE_PLACE_PREPS)]
    places += [c for t in sources for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return {a.id for p in places if (a := index.at(*mention_span(p))) is not None}


def _audience(sent, index) -> set[str]:
    """Actors the sentence names as the audience of a statement ("telling the Nevada Star",
    "speaking to the Atlantic Forum"): no party to the acts it reports."""
    out, doc = set(), sent.doc
    s = token_sheet(doc)
    deps, kids = s.deps, s.kids
    for i in range(sent.start, sent.end):
        lemma = s.lemmas[i]
        if s.pos[i] != _VERB or lemma not in AUDIENCE_VERBS:
            continue
        heard = [c for c in kids[i] if deps[c] in _DOBJ_DATIVE] if lemma in AUDIENCE_OBJECT_VERBS else []
        if lemma in AUDIENCE_TO_VERBS:
            heard += [p for c in kids[i] if deps[c] in _PREP_DATIVE and s.lowers[c] == "to"
                      for p in kids[c] if deps[p] == _POBJ]
        for h in heard:
            actor = index.at(*mention_span(doc[h]))
            if actor is not None:
                out.add(actor.id)
    return out


def _issuer(document, text, author, index) -> list[str]:
    """"X published a report on Monday. The report accuses Y", "X sent a letter asking Y to ...":
    the actors of the subject of the verb that issued the text, or a text of the same kind
    (``text``'s lemma) shortly before."""
    doc = text.doc
    for prev in reversed(doc[max(0, text.i - MAX_ISSUER_TOKENS):text.i + 1]):
        if prev.dep_ == "dobj" and prev.lemma_.lower() == text.lemma_.lower():
            return _actors_of(document, [c for c in prev.head.children if c.dep_ == "nsubj"], author, False, index)
    return []


def _antecedent(d: Draft, events: list[SimpleNamespace], start: int) -> SimpleNamespace | None:
    """The event a definite event noun of the trigger refers back to ("the subpoena was issued
    by X", "the protests began"): the last one of its type whose trigger has the noun's word,
    reported shortly before; or, of any type, the one the definite passive subject of a verb
    names ("signed an agreement with X ... The agreement was negotiated in secret": between the
    same parties); else None."""
    definite = [p for p in d.cand.parts if p.pos_ == "NOUN"] + \
        [t for t in d.targets if t.dep_ == "nsubjpass" and t.pos_ == "NOUN" and d.cand.pos == "verb"] + \
        [t for t in d.targets if t.dep_ == "dobj" and t.lemma_.lower() in AGREEMENT_NOUNS]  # "ratify the deal"
    noun = next((p for p in definite if any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS
                                            for c in p.children)), None)
    if noun is None:
        return None
    word, own = noun.lemma_.lower(), noun in d.cand.parts
    words = AGREEMENT_NOUNS if word in AGREEMENT_NOUNS else (word,)  # "this deal" after "an agreement" (20b)
    return next((e for e in reversed(events) if (e.type == d.type or not own) and e.sentence[1] <= d.sent.start_char
                 and start - e.trigger.start <= ANTECEDENT_CHARS
                 and any(w.startswith(words) for w in e.trigger.text.lower().split())), None)


def _generic(tok, actor) -> bool:
    """A common noun read as an actor of no country ("an assembly", "officials")."""
    return tok.pos_ == "NOUN" and actor.country is None and actor.kind in ("organization", "group")


def _title_case(sent) -> bool:
    """A headline in title case: most of its words capitalised (not all capitals), a verb-less
    parse likely ("Issues" read as a noun). Names do not count: "On Monday, Chilean President
    Gabriel Boric and Argentine President Javier Milei spoke on the phone" is a sentence.
    Counted: words of letters only, at least four of them, in no name (``IS_ALPHA``, ``LENGTH``
    and ``IS_TITLE`` are ``str.isalpha``, ``len`` and ``str.istitle`` of the token's text), read
    from the Doc's text and arrays, no ``Token`` per token. It stops at the first word not
    capitalised after which the share cannot be reached even were every token left a
    capitalised word (most sentences, a few words in)."""
    doc = sent.doc
    text, (starts, ends), ents = doc_text(doc), token_offsets(doc), token_labels(doc)[1]
    words = titled = 0
    last = sent.end - 1
    for i in range(sent.start, sent.end):
        if ends[i] - starts[i] > 3 and ents[i] not in _NAME_ENT_IDS:
            word = text[starts[i]:ends[i]]
            if word.isalpha():
                words += 1
                if word.istitle():
                    titled += 1
                elif titled + last - i < TITLE_CASE_SHARE * (words + last - i):
                    return False
    return words >= TITLE_CASE_MIN_WORDS and titled >= TITLE_CASE_SHARE * words


def _headline_verb(word: str, verbs: frozenset[str]) -> bool:
    """"Kills", "Bans", "Denies": a headline's present-tense verb (a lexicon or reporting verb)."""
    return _present_stem(word, verbs) is not None


def _present_stem(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` whose third-person present ``word`` is ("Urges" -> urge, "Denies"
    -> deny), or ``None``."""
    low = word.lower()
    if not low.endswith("s") or len(low) < 4:
        return None
    stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else []) + ([low[:-3] + "y"] if low.endswith("ies") else [])
    return next((v for v in stems if v in verbs), None)


def _headline_as_sentence(sent, index, verbs: frozenset[str] = frozenset()):
    """The same headline re-parsed with its common words in lower case ("Hanoi issues sharp
    rebuke to Manila over reef clash"), names (entities, actor mentions, acronyms) kept unless
    they are a present-tense verb of ``verbs`` ("Kills", "Bans"); the
    copy keeps every character offset, so events map back to the text. ``None`` when the
    parse of the document cannot be repeated.

    Only the headline is parsed: the text before it is one whitespace token of the same
    length (see ``MAX_HEADLINE_START_CHARS``)."""
    from ..nlp import load_nlp

    nlp = load_nlp()
    if nlp.vocab is not sent.doc.vocab:
        return None
    base = sent.start_char
    chars = list(sent.text)
    first = next((t.i for t in sent if not t.is_space), sent.start)  # its first word keeps its capital
    for t in sent:
        if t.i == first or t.is_upper or (t.ent_type_ or index.at(t.idx, t.idx + len(t.text)) is not None) \
                and not _headline_verb(t.text, verbs):  # "Israeli Military Kills ...": no name holds a verb
            continue
        low = t.text.lower()
        if len(low) == len(t.text):
            chars[t.idx - base:t.idx - base + len(low)] = low
    tokens = nlp.tokenizer("".join(chars))
    words, spaces = [t.text for t in tokens], [bool(t.whitespace_) for t in tokens]
    if base:
        words.insert(0, " " * base)
        spaces.insert(0, False)
    copy = _parsed(nlp, words, spaces)
    spans = [s for s in copy.sents if s.end_char > base and s.text.strip()]
    if len(spans) != 1:
        return None
    verb = _misread_verb(spans[0], verbs)
    return spans[0] if verb is None else _with_verb(nlp, spans[0], verb)


#: Components whose annotations a re-parse read only for its tree leaves out (round 27s1): the
#: lemmas and the entities (the entity recogniser has a token-to-vector layer of its own), which
#: set no part of speech, head or relation.
TREE_UNUSED_COMPONENTS = frozenset({"lemmatizer", "ner", "communique_abbreviated_names"})


def _parsed(nlp, words, spaces, tree_only: bool = False):
    """A Doc of ``words`` and ``spaces`` run through ``nlp``'s components; with ``tree_only``, not
    through ``TREE_UNUSED_COMPONENTS`` (for a variant whose parts of speech, heads and relations
    only are read)."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for name, component in nlp.pipeline:
        if not (tree_only and name in TREE_UNUSED_COMPONENTS):
            doc = component(doc)
    return doc


def _misread_verb(sent, verbs):
    """The verb of a headline (no final stop) that the parser misread, or ``None``:

    - a verb of ``verbs`` in its base form read as a noun in a headline with no verb ("Kenya
      and Uganda sign trade pact", "Leaders of A and B meet in C"): right after a plural or
      coordinated subject. A topic ("Drought in the Horn of Africa", "Student protest in
      Lima") has none;
    - the verb of names listed with a comma ("A, B swap prisoners", "A, B leaders hold talks")
      when the first name is not in its subject.

    Asked of every sentence near the top: a final stop, the common case, is read from the
    Doc's kept text (``sent.text`` joins the sentence's tokens)."""
    if doc_text(sent.doc)[sent.start_char:sent.end_char].rstrip()[-1:] in HEADLINE_STOPS:
        return None
    words = [t for t in sent if not t.is_space]
    if any(t.pos_ in VERB_POS for t in words):
        root = sent.root
        listed = len(words) > 3 and words[0].pos_ == words[2].pos_ == "PROPN" and words[1].text == ","
        return root if listed and root.pos_ == "VERB" and words[0].dep_ not in ("nsubj", "conj") else None
    for k in range(1, len(words)):
        tok, prev = words[k], words[k - 1]
        if tok.lower_ in verbs and tok.tag_ in NOUN_READ_VERB_TAGS and prev.tag_ in HEADLINE_SUBJECT_TAGS and (
                prev.tag_ != "NNP" or any(t.lower_ in ("and", ",") for t in words[:k])):
            return tok
    return None


def _with_verb(nlp, sent, verb):
    """``sent`` with the tree the parser gives it with "will" before ``verb`` ("Kenya and
    Uganda will sign trade pact"), and a comma between names before it read as "and" ("A, B
    swap prisoners"); its words, offsets, tags and entities kept, ``verb`` tagged a present
    verb and in no entity ("Chile Meet"). ``sent`` as it was when even then ``verb`` takes
    no subject."""
    doc = sent.doc
    words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
    for t in sent[:verb.i - sent.start]:
        if t.text == "," and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i + 1].pos_ == "PROPN":
            words[t.i], spaces[t.i - 1] = "and", True
    variant = _parsed(nlp, words[:verb.i] + ["will"] + words[verb.i:], spaces[:verb.i] + [True] + spaces[verb.i:],
                      tree_only=True)
    read = variant[verb.i + 1]
    if read.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in read.children):
        return sent

    def back(i):  # a token of the variant -> the same token of ``doc`` ("will" -> the verb)
        return i if i < verb.i else verb.i if i == verb.i else i - 1

    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    for t in sent:
        v = variant[t.i + (t.i >= verb.i)]
        heads[t.i], deps[t.i] = back(v.head.i), v.dep_
    if any(not sent.start <= heads[t.i] < sent.end for t in sent):
        return sent
    return _as_verb(sent, verb, "VBP", verb.lower_, heads, deps)


def _as_verb(sent, verb, tag: str, lemma: str, heads: list[int], deps: list[str]):
    """A copy of ``sent`` with ``heads`` and ``deps`` (one per token of its Doc), ``verb`` tagged
    ``tag`` with ``lemma`` (when the parser read it as no verb) and in no entity; words,
    offsets, other tags and entities kept."""
    from spacy.tokens import Doc

    doc = sent.doc
    tags, pos, lemmas = [t.tag_ for t in doc], [t.pos_ for t in doc], [t.lemma_ for t in doc]
    if verb.pos_ not in VERB_POS:
        tags[verb.i], pos[verb.i], lemmas[verb.i] = tag, "VERB", lemma
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    i = verb.i
    while i < len(doc) and ents[i] != "O" and (i == verb.i or ents[i].startswith("I-")):
        ents[i], i = "O", i + 1
    fixed = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags,
                pos=pos, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    return fixed[sent.start:sent.end]


def _operative_opening(sent):
    """The first word of a communiqué's operative clause ("1. Condemns ...", "Strongly urges
    ..."): the sentence's first word past a paragraph number, a bracket and adverbs, when it is
    a capitalised present-tense verb with no subject, or a capitalised word the parser read as
    a plural noun heading the sentence ("Demands that X ...", "Requests the Chairperson to
    ..."); else ``None``."""
    lead = first = None
    for t in sent:
        if t.is_space or t.is_punct or t.tag_ in ("LS", "CD"):
            continue
        lead = lead or t
        if t.tag_ != "RB":
            first = t
            break
    if first is None or not lead.text[:1].isupper() or first.head.i != first.i:
        return None
    if first.tag_ == "VBZ":
        # "5. Urges ...": the paragraph number the parser may make its subject is none
        return first if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("LS", "CD")
                                for c in first.children) else None
    return first if first.tag_ in ("NNS", "NNPS") else None


def _operative_clause(sent, verbs: frozenset[str]):
    """``sent`` with its opening read as the verb it is when it is an operative clause whose
    opening the parser read as a noun ("Demands that M23 cease ..." -> demand, its "that"
    clause its complement); ``sent`` itself otherwise."""
    first = _operative_opening(sent)
    stem = _present_stem(first.text, verbs) if first is not None and first.tag_ != "VBZ" else None
    if stem is None:
        return _second_operative(sent, first, verbs) if first is not None and first.tag_ == "VBZ" else sent
    doc = sent.doc
    heads = [t.head.i for t in doc]
    deps = ["ccomp" if t.head.i == first.i and t.dep_ in ("acl", "relcl") else "dobj" if t.head.i == first.i
            and t.dep_ == "appos" else t.dep_ for t in doc]
    return _as_verb(sent, first, "VBZ", stem, heads, deps)


def _operative_verb(tok) -> bool:
    """A verb of an operative clause (``_operative_opening``), or one coordinated with it
    ("Expresses concern ... and calls on X to ...")."""
    while tok.dep_ == "conj":
        tok = tok.head
    opening = _operative_opening(sentence_of(tok.doc, tok.i))
    return opening is not None and opening.i == tok.i


def _finite_passive(tok) -> bool:
    """"X has been accused": the act is reported from its target's side, the speaker left out
    on purpose (unlike "officials accused of ...", a description)."""
    return any(c.dep_ == "auxpass" for c in tok.children)


def _named(tok) -> bool:
    """A named participant: a named entity, or a noun whose phrase names one nearby."""
    if tok.ent_type_ in NAMED_PARTICIPANT_ENTS:
        return True
    # "Palestinian prisoners", "students throughout Indonesia", "workers of the Union"
    return any(t.ent_type_ in NAMED_PARTICIPANT_ENTS for t in tok.subtree
               if t.i != tok.i and abs(t.i - tok.i) <= MAX_NAMED_MODIFIER_DISTANCE)


def _anonymous_individual(tok) -> bool:
    """"A protester", "one soldier": one unnamed person or thing, no name or affiliation nearby."""
    return (tok.tag_ == "NN" and not _named(tok)
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_SINGULAR_DETS for c in tok.children))


@lru_cache(maxsize=32)
def _discard_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    """One case-insensitive whole-word pattern for the ``events_discard`` phrases (None: no phrases)."""
    parts = [r"\s+".join(map(re.escape, p.split())) for p in phrases if p.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE) if parts else None


def _classify(drafts: list[Draft], ctx) -> None:
    """Decide ambiguous drafts in place with the classifier (one batch per document)."""
    todo = [d for d in drafts if d.ambiguous]
    clf = load_classifier() if ctx.option("events_classifier", True) and todo else None
    if clf is None:
        for d in todo:
            d.types = []  # an ambiguous trigger needs the classifier's decision: abstain
        return
    sents = list({d.sent.start: d.sent for d in todo}.values())
    probs = dict(zip((s.start for s in sents), clf.predict_proba([s.text for s in sents])))
    for d in todo:
        p = probs[d.sent.start]
        best = max(d.types, key=lambda t: p.get(t, 0.0))
        if p.get(best, 0.0) < AMBIGUOUS_MIN_PROB:
            logger.debug("classifier vetoes %s trigger %r (p=%.2f)", best, d.cand.token.text, p.get(best, 0.0))
            d.types = []
        else:
            d.types = [best]
            d.weight += CLASSIFIER_BONUS
            d.cue = f"{_cue(d)} + minilm-head:{best} p={p.get(best, 0.0):.2f}"


def untyped_sentences(sents, drafts: list[Draft]) -> list:
    """The sentences of ``sents`` in which no draft has a type (round 27e1)."""
    typed = sorted(d.cand.token.idx for d in drafts if d.types)
    out = []
    for sent in sents:
        i = bisect_left(typed, sent.start_char)
        if i == len(typed) or typed[i] >= sent.end_char:
            out.append(sent)
    return out


def _said_denials(sents, drafts: list[Draft], document, views, author, index, cues) -> list[Draft]:
    """Round 27e1: "'We did not use drones,' a spokesman said", "said Turkey had never used water as
    a weapon": in a sentence where no rule found an event, a speaker who says that their own side
    did not do an act (``denied_act``) denies the charge: a REJECT by the speaker, at whoever last
    accused that side. Own side: a first-person subject, or one whose actors all are of the
    speaker's side (``own_side``)."""
    first = load_speech_cues().first_person
    out = []
    for sent in untyped_sentences(sents, drafts):
        for verb, speaker, clauses in said_clauses(sent):
            denials = [(c, subject) for c in clauses if (subject := denied_act(c, cues))]
            if not denials:
                continue
            in_author = views.section_kind_at(document, verb.idx) in AUTHOR_SECTIONS
            side = set().union(*(own_side(document, a)
                                 for a in _actors_of(document, speaker, author, in_author, index)))
            denied = [c for c, subject in denials if all(t.lower_ in first for t in subject) or
                      side.issuperset(_actors_of(document, subject, author, in_author, index) or [None])]
            if denied:
                out.append(judgement_draft(verb, "REJECT", speaker, [], sent,
                                           f"said-denial:{verb.lower_}+{denied[0].lower_}"))
                break
    return out


#: A paragraph number or list marker alone before a sentence on its line ("3. ", "12) ", "(b) ",
#: "(iv) ", "- ", "• "): part of the sentence as written (round 21).
LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|[-\u2022\u2013*])[ \t]+")


def _sentence_span(sent) -> tuple[int, int]:
    """The sentence's characters; a sentence the parser cut after an opening word ("Yesterday"
    | ", the president declined ...") starts where that word does; a numbered paragraph's sentence
    ("3. The two sides agreed ...") starts at its number, as it is written and quoted."""
    first = sent[0]
    if sent.start > 0 and (first.text in (",", ";", ":") or first.is_lower and first.is_alpha):
        return sentence_of(sent.doc, sent.start - 1).start_char, sent.end_char
    text, start = doc_text(sent.doc), sent.start_char  # joined once per Doc (round 22 speed pass)
    line = text.rfind("\n", 0, start) + 1
    if 0 < start - line <= 8 and LIST_MARKER.fullmatch(text, line, start):
        return line, sent.end_char
    return start, sent.end_char


def _cue(d: Draft) -> str:
    """Why a draft was coded: its rule and cue words, or the lexicon entry of its trigger."""
    if d.cue:
        return d.cue
    words = " ".join(t.lower_ for t in d.cand.parts)
    entry = next((e for e in d.cand.entries if e.type == d.type), d.cand.entries[0] if d.cand.entries else None)
    return f"lexicon:{d.type}:{words}" + (f" (line {entry.line})" if entry is not None and entry.line else "")


def _attribution(views, document, draft: Draft, start: int, section_kind, author, speaker_ids):
    quote = views.quote_at(document, start)
    if quote is not None:
        return Attribution("quoted", quote.speaker)
    if draft.reporter is not None:
        return Attribution("quoted", speaker_ids[0] if speaker_ids else None)
    if section_kind in AUTHOR_SECTIONS and author is not None:
        return Attribution("author", author.id)
    return Attribution("reported", None)


#: An ``Event``'s fields that have defaults, with them (see ``_record``).
_EVENT_DEFAULTS = {f.name: f.default for f in fields(Event) if f.default is not MISSING}


def _record(**values) -> SimpleNamespace:
    """An event while the stage works on it: an ``Event``'s fields in a namespace that the stage
    renumbers (``_keep``) and dates (``date_events``) in place; each kept one becomes an
    ``Event`` once, at the end (a frozen ``Event`` costs ~9 µs to make and ``replace`` ~14 µs,
    a namespace ~1 µs; a third of the events were made again by one or the other)."""
    return SimpleNamespace(**(_EVENT_DEFAULTS | values))


@stage("events.v1", assigns=("events",), requires=("actors", "quotes", "sections"), options={
    "events_discard": Option(list[str], (), "Phrases whose sentences yield no events (case-insensitive, whole words)."),
    "events_classifier": Option(bool, True, "Decide ambiguous triggers with the event classifier (False: rules only)."),
    "events_require_actor": Option(bool, True, "Drop events none of whose arguments is an actor or a named entity."),
})
def extract_events(document, doc, ctx):
    lexicon, cues = load_lexicon(), load_modality()
    publications = load_speech_cues().publication_objects
    drafts: list[Draft] = []
    read = []  # the sentences read, for ``_said_denials``
    discard = _discard_pattern(tuple(ctx.option("events_discard", None) or ()))
    verb_words = frozenset(lexicon.verbs)  # once per document, not per sentence
    authored = any(section.kind in AUTHOR_SECTIONS for section in document.sections)
    text = doc_text(doc)  # a sentence's text is a slice of it (``Span.text`` joins its tokens)
    s_tags = token_labels(doc)[0]
    lowers = token_strings(doc)[0]  # round 30s4: only the plurals spelt as a verb in -s can be one
    s_nouns = [i for i in indices_of(s_tags, _NNS) if _present_stem(lowers[i], verb_words) is not None]
    for sent in (item for whole in sentences(doc) for item in _listed_items(whole, verb_words)):
        sent_text = text[sent.start_char:sent.end_char]
        if discard is not None and discard.search(sent_text):
            logger.debug("discard: sentence at %d holds a discard phrase", sent.start_char)
            continue
        if "?" in sent_text and YES_NO_QUESTION.match(sent_text):
            logger.debug("abstain: sentence at %d is a yes/no question", sent.start_char)
            continue
        if sent.start_char <= MAX_HEADLINE_START_CHARS and (
                _title_case(sent) or _misread_verb(sent, lexicon.verbs)):
            # "Hanoi Issues Sharp Rebuke To Manila", "Leaders of A and B meet in C": parse it as a sentence
            sent = _headline_as_sentence(sent, views_of(doc).actor_index(document.actors),
                                         verb_words | cues.reporting_verbs) or sent
        elif authored and views_of(doc).section_kind_at(document, sent.start_char) in AUTHOR_SECTIONS:
            sent = _operative_clause(sent, verb_words)
        if s_nouns and sent.doc is doc and bisect_left(s_nouns, sent.start) < len(s_nouns) and \
                s_nouns[bisect_left(s_nouns, sent.start)] < sent.end:  # round 23d: "Niger reserves the right"
            sent = _s_verb_read_as_noun(sent, s_nouns, verb_words)
        drafts.extend(extract_sentence(sent, document.published, lexicon, cues))
        read.append(sent)
    _classify(drafts, ctx)
    _readiness_threats(drafts)
    views = views_of(doc)
    index = views.actor_index(document.actors)
    mentions = MentionIndex(document.actors)
    author, issuers = _author_actor(document), []
    if author is None:  # "We, the Ministers of A and B": a joint statement's issuers
        author, issuers = _self_named(document, doc, index, mentions)
    author = author or _office_holder(document) or _publisher_state(document) or _header_issuer(document) \
        or _unnamed_publisher(document)
    title_end = _title_end(document)
    argued_title = _opinion_title_end(document, title_end)  # round 34e17
    if not issuers:
        issuers = _joint_title_issuers(document, title_end)
    holders = _named_holders(document, doc, index)
    # round 30s4: read once per document, not per draft: ``document.actor`` (the first actor of an
    # id), the actors that can be a forum (``_forum_target``) or a bare pair of sides
    # (``_paired_sides_actor``), whether NATO is named (``unlinked_allies``, ``allies_as_alliance``)
    actor_of = {a.id: a for a in reversed(document.actors)}
    forum_bodies = {a.id for a in document.actors if a.kind in ("igo", "organization")}
    pair_sides = {a.id for a in document.actors if (a.name or "").lower() in PAIR_SIDE_PLURALS}
    alliance = any(a.kind == "igo" and (a.name == "NATO" or "North Atlantic Treaty" in (a.name or ""))
                   for a in document.actors)  # without it no "Allies" stands for the alliance
    section_spans = [(s.start, s.end, s.kind) for s in document.sections]  # a draft's: the first holding it
    # round 30s4: words without which a rule changes no draft of the document (a draft of a sentence
    # parsed again reads its own Doc: the rule is asked)
    retaliating = bool(positions(doc, RETALIATION_WORDS))  # ``retaliation_target``
    body_texts = bool(positions(doc, BODY_TEXT_NOUNS) or positions(doc, RULING_NOUNS, lemmas=False))
    instance_cues = bool(positions(doc, NAMED_INSTANCE_CUES, lemmas=False))  # ``named_instance_target``
    drafts.extend(_said_denials([s for s in read if s.doc is doc], drafts, document, views, author, index, cues))
    events: list[SimpleNamespace] = []  # every event made, repeats too (the rules below look back at them)
    kept: list[SimpleNamespace] = []
    seen: dict[tuple, list[set]] = {}
    meetings: list[SimpleNamespace] = []  # events whose source is a meeting, summit or assembly
    drafted: list[tuple[Draft, SimpleNamespace]] = []  # kept events with their drafts (round 19c)
    guessed: set[int] = set()  # events whose target is the context's guess (round 30e8)
    voice = _singular_voice(document, doc, author)  # round 32e14: the person a body's "I" is
    read_span = (None, None)  # round 31s6: the last sentence's ``_sentence_span`` (drafts come by sentence)
    for d in drafts:
        if not d.types:
            continue
        start, end = d.trigger_span()
        if start < argued_title:
            continue  # round 34e17: an op-ed's headline argues; its body tells the acts
        kind = next((k for s, e, k in section_spans if s <= start < e), None)  # ``views.section_kind_at``
        in_author, guess = kind in AUTHOR_SECTIONS, None
        source = _actors_of(document, d.sources, author, in_author, index)
        target = _actors_of(document, d.targets, author, in_author, index, acted_upon=True)
        if d.type in PEOPLE_OBJECT_TYPES and (people := _trigger_people(d, index)):
            # round 27e3: "expelled 900 migrants" (an entry that took its object in): the people
            target = people + [t for t in target if t not in people]
        if source and target and not d.reciprocal:  # "The Government condemns Russia", the noun read as Russia
            source = _not_its_named_target(document, d, source, index)
        source = detention_place_source(document, d, source, target, author, in_author, index)  # round 23b
        if d.reporter is not None and len(d.sources) == 1:  # round 20: "the government", in its spokesman's words
            source = _speakers_government(document, d, source, author, in_author, index) or source
        if in_author:  # "The Heads of State and Government condemn ...": the bloc issuing it (round 19d)
            source, target = _as_issuer_organs(document, source, author), _as_issuer_organs(document, target, author)
            if _organ_pronoun(document, d.sources, author):  # "They reject ...", "The Conference decides ..."
                source, target = [author.id], [t for t in target if t != author.id]
        if in_author and len(issuers) > 1 and source == issuers[:1]:
            source = list(issuers)  # "We agreed ...", "The Ministers agreed ...": all who issue it
        if not d.reciprocal and d.type in RECIPROCAL_TYPES and len(source) > 1 and (
                not [t for t in target if t not in source and t not in _venues(d, index)]
                or _agreed_content_only(d)):  # "They agreed that ASEAN should press X": with each other
            d.reciprocal = True  # "Israel and the Palestinians reached a consensus"
        if not d.reciprocal and _mutual_act(d, source, target):  # "A and B exchanged fire" (25e3)
            d.reciprocal = True
        if inviter := accepted_offer_target(d, source, events):  # "X and Y accepted the invitation" (23b)
            d.reciprocal, target = False, [t for t in inviter if t not in source]
        if d.reciprocal:
            target = list(source)
        elif not target and d.location_token is not None and d.type in PLACE_TARGET_TYPES:
            # "Serbia lifted the curfew in Montenegro": the place is acted upon
            target = [a for a in _actors_of(document, [d.location_token], author, in_author, index)
                      if a not in source]
        if not d.reciprocal:
            target = [t for t in target if t not in source]  # no event of an actor upon itself
        if not d.reciprocal and (not source or not target) and d.type not in UNSOURCED_TYPES:
            # "The subpoena was issued jointly by X": the act reported before, with its parties
            prior = _antecedent(d, events, start)
            if prior is not None:
                source = source or [a for a in prior.source if a not in target]
                target = target or [a for a in prior.target if a not in source]
        if not source and (sender := [a for a in _text_sender(document, d, author, in_author, index)
                                      if a not in _named_targets(d, index)]):
            # "a note demanding ...": its sender, never the one it names as addressee (round 29e1)
            source, target = sender, [t for t in target if t not in sender]
        if recipient := [a for a in _text_recipient(document, d, author, in_author, index) if a not in source]:
            target = recipient  # round 31e10: "handed him a note demanding ...": whom the note went to
        if not source and d.type == "ACCUSE" and d.reporter is not None and d.mode == "asserted" \
                and not _finite_passive(d.cand.token):
            # "Peru was to blame, the minister said": an accusation with no accuser is the speaker's
            said_by = [c for c in d.reporter.children if c.dep_ == "nsubj"]
            source = [a for a in _actors_of(document, said_by, author, in_author, index) if a not in target]
        if not source and in_author and author is not None and d.cand.pos == "verb" and (
                _operative_verb(d.cand.token) or listed_clause_verb(d.cand.token)):
            source = list(issuers) or [author.id]  # "1. Condemns ...": the body that issues the communiqué
        if not source and d.cue and d.cue.startswith("operative:"):
            continue  # a subjectless clause kept for its issuer, in a text that names none
        if not source and author is not None and d.sources and all(_issuer_title(t) for t in d.sources):
            # "The Foreign Minister said ..." in a ministry's statement: the issuer; "the Government"
            # in a column by a writer in their own name: the state named last before
            source = _state_before(document, start) if _private_author(author) else [author.id]
        if d.sources and all(_generic_party_noun(t) for t in d.sources) and _unnamed_only(document, source, d.sources):
            # "Ministers welcomed ...", "the parties agreed ...": the holders, the meeting, the issuers
            source = _generic_parties(document, d.sources[0], start, events, issuers, author, in_author) or source
            target = list(source) if d.reciprocal or d.type in RECIPROCAL_TYPES and len(source) > 1 else \
                [t for t in target if t not in source]
        elif len(d.sources) == 1 and (lead := generic_antecedent(d.sources[0])) is not None and \
                len(parties := _generic_parties(document, lead, start, events, issuers, author, in_author)) > 1:
            source = parties  # "The two leaders met. They agreed ...": the parties, not one linked (23b)
            target = list(source) if d.reciprocal or d.type in RECIPROCAL_TYPES and len(source) > 1 else \
                [t for t in target if t not in source]
        if not source and d.sources and (body := _members_body(document, d.sources, start) or
                                         _official_for(document, d.sources, author, in_author, index) or
                                         _definite_kind(document, d.sources, start)):
            source, target = body, [t for t in target if t not in body]  # "the judges voted": the court (22b)
        paired = source if len(source) == 1 and source[0] in pair_sides and \
            _paired_sides_actor(document, source[0]) else []
        if paired and (sides := _hostile_sides(document, events, start)):
            # round 29e3: "Both parties told me they are ready ...", "they" linked to a bare "parties"
            source, target = sides[1], [t for t in target if t not in sides[1]]
        else:
            paired = []
        if bloc := _bloc_leaders(d, index):  # "the leaders approved ...", after a summit of a bloc (21b)
            source, target = bloc, [t for t in target if t not in bloc]
        if not target and not d.reciprocal and d.type in SPEECH_ACT_TYPES:
            # "said the attacks violated the law": whoever the text said carried out the attacks;
            # "denied the accusation", "dismissed the criticism": whoever made it
            acts = d.targets or [p for p in d.cand.parts[1:] if p.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in p.children)]
            target = [a for a in _act_agents(acts, events, lexicon) if a not in source]
        if not d.reciprocal and d.type in ACT_JUDGED_TYPES and d.targets and \
                all(_bare_definite_act(t, lexicon) for t in d.targets):
            # round 27e3: "welcomed the arrests": whoever made the arrests coded before, not whom
            # they befell
            target = [a for a in _act_agents(d.targets, events, lexicon) if a not in source] or target
        if not d.reciprocal and source:  # "vetoed the draft text", "urged the leaders" at a bloc's summit (21c)
            target = _meeting_text_body(document, doc, d, start, source, target, index) or target
        if not d.reciprocal and source:  # "urged X to withdraw its troops": from whom X fought (21c)
            target = _adversary_target(document, d, source, target, events, index)
        if not target and not d.reciprocal and source:  # "ships entered its waters": whose waters
            target = _possessed_target(document, d, source, author, in_author, index)
        if not target and not d.reciprocal and source:  # "..., prompting a protest from Tripoli" (20b)
            target = _reaction_target(document, d, source, author, in_author, index)
        if not target and not d.reciprocal and (source or d.bare) and d.type not in UNTARGETED_TYPES:
            if kind == "commentary" and _writers_bare_word(document, d, source, author):
                continue  # round 34e17: "I disagree.", "What I ask is simple.": an opinion aimed at nobody
            # nearly every act between political actors has someone on the receiving end
            target = guess = _fallback_target(document, d, start, source, mentions, index, title_end, events)
        if not source and not target and ctx.option("events_require_actor", True) and not d.bare and \
                not any(_named(t) for t in d.sources + d.targets) and \
                not (d.type in GROUP_TYPES and any(t.tag_ == "NNS" for t in d.sources + d.targets)
                     and not any(a.dep_ == "relcl" for a in (d.cand.token, *d.cand.token.ancestors))):
            source = _clause_antecedent(document, d, author, in_author, index) or \
                _meeting_proposer(document, d, author, in_author, index)  # rounds 28e1, 29e1
            if not source:
                logger.debug("abstain: no actor for %r", d.cand.token.text)
                continue
            target = guess = _fallback_target(document, d, start, source, mentions, index, title_end, events) \
                if d.type not in UNTARGETED_TYPES else []
        if not source and d.type in SPEAKER_TYPES and not d.author_demand and not _finite_passive(d.cand.token) \
                and not any(_named(t) or t.lower_ in unnamed_speakers() for t in d.sources) \
                and not (d.cand.pos == "noun" and target and d.mode in FACT_MODES) \
                and not (target and any(t.lemma_.lower() in publications for t in d.sources)) \
                and not (target and any(_issued_text(t) and _adopter(document, t, author, index) for t in d.sources)):
            # "the accusation against Biden"; "the report accuses X", "sent a letter asking X to":
            # whoever issued the text
            logger.debug("abstain: %s %r without a speaker", d.type, d.cand.token.text)
            continue
        if not target and d.type in TARGETED_MATERIAL_TYPES and len(d.sources) == 1 \
                and _anonymous_individual(d.sources[0]):
            logger.debug("abstain: %s %r by one anonymous person upon nobody", d.type, d.cand.token.text)
            continue
        if not source and d.mode in UNREALISED_MODES and not d.author_demand:
            logger.debug("abstain: unrealised %r with nobody to do it", d.cand.token.text)
            continue
        if d.author_demand:  # "Washington must stop ...": the author's demand, in commentary only,
            quote = views.quote_at(document, start)  # or the speaker's, inside a direct quote
            if quote is not None and quote.kind == "direct" and quote.speaker:
                source = [quote.speaker]
            elif not in_author or author is None:
                continue
            elif kind != "commentary" and d.cue and d.cue.startswith(VERDICT_IDIOM):
                continue  # round 35e35: an idiom's verdict is a writer's, never an issuer's or a reporter's
            else:
                source = [voice or author.id]  # round 32e14: a person's statement speaks as that person
            target = [t for t in target if t not in source]
        if author is not None and not target and source in ([author.id], [voice]) and \
                not _untargeted_operative(d, in_author) \
                and not _ordered_deployment(d):
            continue  # no event between the author and nobody
        if not source and (target or d.sources) and d.type not in UNSOURCED_TYPES:  # "The package freezes ..."
            source = [a for a in measure_maker_source(document, d, events, start, lexicon) if a not in target]
        if not source and (target or d.sources) and d.type not in UNSOURCED_TYPES:
            # "the subpoena was issued jointly": whoever the sentence (or the one before) names
            issued = [t for t in d.sources if t.lemma_.lower() in publications or _issued_text(t)]
            source = _issuer(document, issued[0], author, index) if issued else []
            if not source and issued and _issued_text(issued[0]):  # round 20: "The resolution" adopted earlier
                source = _adopter(document, issued[0], author, index)
            if source:  # the issuer's own mention is no target ("it" read as the letter's sender)
                target = [t for t in target if t not in source]
            else:
                source = context_source(mentions, (d.sent.start_char, d.sent.end_char), start,
                                        set(target) | _audience(d.sent, index) | _acted_upon(d.cand.token, index))
        elif not source and d.type == "ASSAULT":
            # "a car bomb killed 12 at the base": an armed group the sentence (or the one before) names
            others = {a.id for a in document.actors if a.kind != "armed_group"}
            source = context_source(mentions, (d.sent.start_char, d.sent.end_char), start, set(target) | others) \
                or _attacker_before(d, events, start, target, lexicon)  # "Fourteen were killed": the attack's doer (21b)
        if not target and not d.reciprocal and d.type not in UNTARGETED_TYPES:
            # "the veil was banned in public offices": kept for its named place or group, aimed at
            # whom the context names
            target = guess = _fallback_target(document, d, start, source, mentions, index, title_end, events)
        if target and not d.reciprocal and source and not forum_bodies.isdisjoint(target):
            # "lodged a complaint with the Court": the forum (21c)
            target = _forum_target(document, d, source, target, events, index)
        target = measure_maker_target(document, d, source, target, events, start, lexicon)  # round 24e3
        target = rejected_claim_target(document, d, source, target, events)  # round 24e3
        if retaliating or d.cand.token.doc is not doc:
            target = retaliation_target(document, d, source, target, events)  # round 27e3
        target = vote_target(doc, d, source, target, index)  # round 27e3
        if not target and not d.reciprocal and source and d.type in UNTARGETED_TYPES:
            target = _deployed_against(document, d, source, events, start, index)  # round 29e4
        if source and d.cue and d.cue.startswith(OWN_SIDE_RULES):
            # "said the claims about Estonia were baseless", by Estonia's minister: not at Estonia
            own = set().union(*(own_side(document, s) for s in source))
            if any(t in own for t in target):
                target = [t for t in target if t not in own] or \
                    context_target(mentions, (d.sent.start_char, d.sent.end_char), start, own)
                if not target:
                    continue
        if d.type == "THREATEN" and source and not d.reciprocal:  # round 29e4
            target = _conditioned_party(document, d, source, target, author, in_author, index)
        if d.type == "THREATEN" and source and target and not d.reciprocal:  # round 20b
            target = _own_state_warned(document, d, source, target, events)
        if d.type == "REJECT" and source and target and not d.reciprocal:
            # "Sudan's ambassador denied that the army had fired": a denial about the denier's own
            # country answers whoever last accused it
            countries = {a.country for a in document.actors if a.id in source and a.country}
            side = set(source) | {a.id for a in document.actors if a.country in countries}
            # round 24e3: a rebel group's side is not its state's army or ministries ("the rebels
            # dismissed that version and said its jets had hit villages": at the army)
            # round 27e3: nor are the state's persons the side of a rebel group or of its spokesman
            # ("A spokesman for the M23, X, rejected the accusation": made by the government's spokesman)
            rebel_ids = _rebel_side(document, source)
            rebels = all(a in rebel_ids for a in source)
            narrow = {a for a in side if not rebels or a in rebel_ids or (actor := document.actor(a)) is None
                      or actor.kind not in STATE_ORGAN_KINDS and actor.kind != "person"}
            if countries and all(t in narrow for t in target):
                target = last_accuser(events, narrow, d.sent.start_char) or \
                    last_accuser(events, side, d.sent.start_char) or target
            elif not d.targets and d.cue and d.cue.startswith(("claim-denied:", "disowned-act:", "said-denial:")):
                # "This is false.", "had nothing to do with it": a denial naming nobody answers whoever
                # last accused the denier's side (round 20f)
                target = last_accuser(events, side, d.sent.start_char) or target
            elif d.cand.token.lemma_.lower() in DENIAL_VERBS and \
                    not any(_said_in_sentence(document, t, d.sent) for t in target):
                # round 30e6: a denial whose sentence names none of its targets (the context's guess
                # from an earlier sentence: "Morocco denied carrying out any strike") answers whoever
                # last accused or threatened the denier's side
                target = last_accuser(events, narrow, d.sent.start_char) or target
            if d.cue and d.cue.startswith("said-denial:"):  # round 27e1: never at the denier's own side
                own = set().union(*(own_side(document, s) for s in source))
                target = [t for t in target if t not in own]
        if d.location and len(target) > 1:
            # "massacred Bosnian Muslims at Srebrenica": the act's place says where, not whom, once
            # someone else is on its receiving end
            placed = {a.id for a in document.actors if a.kind == "location" and a.name == d.location}
            if any(t not in placed for t in target):
                target = [t for t in target if t not in placed]
        if in_author and author is not None and source and d.sources and target and not d.reciprocal \
                and not _organ_pronoun(document, d.sources, author):  # "The Authority": names no target (19d)
            target = _own_header_targets(document, d, source, target, author)
        # round 29e3: nor is the bare "parties" the sides stand for, or a body's voice ("a WFP
        # spokesperson told ..."), on the receiving end of the sides' or the body's act
        target = [t for t in target if t not in paired
                  and not set(_voiced_body(document, actor_of.get(t))) & set(source)]
        if holders:  # "a United Nations envoy urged ...", the envoy named later: that person
            source, target = [holders.get(a, a) for a in source], [holders.get(a, a) for a in target]
        if body_texts or d.cand.token.doc is not doc:
            target = ruling_body_target(document, d, source, target, author, in_author, index)  # round 22c
        if alliance and (nato := unlinked_allies(document, d.sources)) and nato not in target:  # round 25e3
            source = [nato]
        if alliance and allies_as_alliance(document, source + target) != source + target:  # round 23b
            source, target = allies_as_alliance(document, source), allies_as_alliance(document, target)
            target = target if d.reciprocal else [t for t in target if t not in source]
        target = purpose_target(document, d, source, target, author, in_author, index)  # round 22c
        target = release_captor_target(document, d, source, target, events, author, in_author, index)  # 23b
        target = readout_counterpart_target(document, d, source, target, events)  # round 23b
        if instance_cues or d.sent.doc is not doc:
            target = named_instance_target(document, d, source, target, author, in_author, index)  # round 25e3
        target = capital_state_target(document, d, source, target)  # round 25e3
        target = hosted_pair_target(document, d, source, target)  # round 25e3
        target = calm_call_target(document, d, source, target, events)  # round 35y35
        if _home_trip(document, d, source, author, in_author, index):  # round 26e2
            logger.debug("abstain: %r is a trip to a place of the traveller's own country", d.cand.token.text)
            continue
        if own_people_act(document, d, source, target, author, in_author, index):  # round 22c
            logger.debug("abstain: %s %r towards the doer's own people", d.type, d.cand.token.text)
            continue
        speaker = []
        if d.reporter is not None:
            speaker = _actors_of(document, [c for c in d.reporter.children if c.dep_ in ("nsubj", "nsubjpass")],
                                 author, in_author, index)
        confidence = d.weight + ACTOR_BONUS * (bool(source) + bool(target))
        if read_span[0] is not d.sent:
            read_span = (d.sent, _sentence_span(d.sent))
        events.append(_record(
            id=f"e{len(kept) + 1}", type=d.type, mode=d.mode, source=tuple(source), target=tuple(target),
            trigger=Trigger(start, end, document.text[start:end]),
            sentence=read_span[1], section=kind,
            attribution=_attribution(views, document, d, start, kind, author, speaker),
            plover_mode=d.plover_mode, location=d.location, context=tuple(d.context),
            confidence=round(min(MAX_CONFIDENCE, confidence), 4), cue=_cue(d), **(d.date.fields() if d.date else {}),
        ))
        if target and target == guess:
            guessed.add(id(events[-1]))
        named = lambda: bool(d.targets) and (_refers_back(d.targets) or bool(  # noqa: E731 (read when needed: 30s4)
            set(_actors_of(document, d.targets, author, in_author, index, True)) & set(target)))  # round 24e5
        if _keep(events[-1], seen, kept, _coordinated_act(d, events[-1], drafted, named)):
            drafted.append((d, events[-1]))
        if d.type not in RECIPROCAL_TYPES and _meeting_source(document, d, source, index):
            meetings.append(events[-1])  # "an assembly of foreign ministers denounced ...": its members
    _drop_invited_meetings(kept, drafted)  # round 24e2
    _vowed_hostility(kept, drafted)  # round 27e2
    _drop_offer_frames(kept, drafted)  # round 25e2
    _type_offer_frames(kept, drafted)  # round 26e2
    _drop_retold_force(kept, drafted)  # round 27e2
    _retold_doers(document, kept)  # round 30e7
    _sibling_targets(document, kept, drafted, guessed)  # round 30e8
    _meeting_members(document, meetings, events)
    for e in quoted_accusations(document, doc, events, author, index, mentions):
        _keep(e, seen, kept)
    date_events(kept, doc, document.published, cues)
    _dated_background(kept, doc, document.published, cues)
    return {"events": [Event(**vars(e)) for e in kept]}


def _keep(event: SimpleNamespace, seen: dict[tuple, list[set]], kept: list[SimpleNamespace],
          distinct: bool = False) -> bool:
    """Add ``event`` to ``kept`` as ``e<n>`` (its place there) unless it repeats an act: one event
    per (sentence, type, participants): a second mention of the same act in a sentence ("a car
    bombing killed five, another attack ...") whose actors are all among an earlier kept event's
    of that type adds nothing. ``seen``: (sentence, type, mode) -> participants of kept events.
    The stage numbers its events as ``kept`` grows, so that a dropped repeat does not make every
    later event again; a kept event takes its number in place (``event`` is a ``_record``).
    ``distinct``: the event is another act coordinated with a kept one (``_coordinated_act``),
    kept though its participants repeat. Returns whether the event was kept."""
    mine = _sides(event)
    same = seen.setdefault((event.sentence, event.type, event.mode), [])
    if not distinct and any(_repeats(mine, theirs) for theirs in same):
        return False
    same.append(mine)
    event.id = f"e{len(kept) + 1}"
    kept.append(event)
    return True


def _sides(event: SimpleNamespace) -> tuple[set, set]:
    """(source, target) of an event as sets; a reciprocal one's parties on both sides."""
    return set(event.source), set(event.target)


def _repeats(mine: tuple[set, set], theirs: tuple[set, set]) -> bool:
    """An event with sides ``mine`` repeats one with sides ``theirs``: all its participants are
    among the other's, and none of its sources is only the other's target ("Moscow retaliated
    with sanctions after Warsaw expelled two Russian diplomats": Moscow's act against Warsaw is
    not Warsaw's against Moscow again)."""
    source, target = mine
    if not (source | target) <= (theirs[0] | theirs[1]):
        return False
    return not any(s in theirs[1] and s not in theirs[0] for s in source)


def quoted_accusations(document, doc, events, author, index, mentions: MentionIndex) -> list[SimpleNamespace]:
    """"They are lying": a sentence with an accusing word inside a direct quote, and no
    accusation coded yet, is an ACCUSE by the quote's speaker against the other actor it names,
    else the speaker's counterpart in the last event reported before (``counterpart``), else the
    one the text named last."""
    words, negators = load_speech_cues().accusing_words, load_modality().negation_words
    coded = {e.sentence for e in events if e.type == "ACCUSE"}
    lowers, lemmas = token_strings(doc)
    out: list[SimpleNamespace] = []
    for sent in sentences(doc):
        if words.isdisjoint(lowers[sent.start:sent.end]) and words.isdisjoint(lemmas[sent.start:sent.end]):
            continue  # no accusing word (most sentences)
        span = (sent.start_char, sent.end_char)
        if span in coded or _sentence_span(sent) in coded:
            continue
        quote = cue = None
        for i in range(sent.start, sent.end):  # an accusing word inside a direct quote with a speaker
            if lowers[i] not in words and lemmas[i] not in words:
                continue
            t = doc[i]
            if describes_act(t):
                continue
            q = views_of(doc).quote_at(document, t.idx)
            if q is not None and q.kind == "direct" and q.speaker and q.end >= t.idx + 1:
                quote, cue = q, t
                break
        if cue is None:
            continue
        # "I never threaten anybody" / "no lies were told": a noun or adjective cue is negated
        # through its head, a verb cue only by its own children (a negated next clause is not it)
        owners = (cue,) if cue.pos_ in ("VERB", "AUX") else (cue, cue.head)
        if any(c.dep_ == "neg" or c.lower_ in negators for h in owners for c in h.children):
            continue
        # the speaker's own state is no target ("they lie about Iran" said by Iran's president)
        own = own_side(document, quote.speaker)
        speaks_for = _premodifier_bodies(document, [quote.speaker], doc)  # "UNHCR spokeswoman X": not UNHCR
        named = _actors_of(document, _accused_words(sent, quote), author, False, index)
        target = [a for a in named if a not in own | speaks_for][:2]
        target = target or counterpart([e for e in events if e.type in HOSTILE_TYPES], own | speaks_for,
                                       sent.start_char) \
            or counterpart(events, own | speaks_for, sent.start_char) or context_target(mentions, span, cue.idx,
                                                                                    own | speaks_for)
        if not target and not (speaks_for and context_target(mentions, span, cue.idx, own)):
            continue  # (an accusation whose only candidate was the speaker's own body stays, untargeted)
        out.append(_record(
            id=f"e{len(events) + len(out) + 1}", type="ACCUSE", mode="asserted", source=(quote.speaker,),
            target=tuple(target), trigger=Trigger(cue.idx, cue.idx + len(cue.text), cue.text), sentence=_sentence_span(sent),
            section=views_of(doc).section_kind_at(document, cue.idx),
            attribution=Attribution("quoted", quote.speaker), plover_mode="disapprove",
            confidence=0.45, cue=f"quoted-accuse:{cue.lower_}"))
    return out


#: Types of the hostile PLOVER quads: the adversary an accusation that names nobody answers.
HOSTILE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
#: Dependencies of a common noun that can name the accused inside an accusing quote: its doer
#: ("the regime is lying", "their lies", "lies by the junta"), not the victim or the instrument
#: ("an act of aggression against a civilian vessel", "must not send fighter jets").
_ACCUSED_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _accused_words(sent, quote) -> list:
    """Words of a sentence that can name whom an accusing quote accuses: names and pronouns (not a
    demonstrative) inside the quote, and common nouns there that are a clause's subject or a
    possessor or follow "by"; words outside the quote ("said foreign ministry spokesperson X") only
    attribute it."""
    out = []
    for t in sent:
        if not quote.start <= t.idx < quote.end:
            continue
        if t.pos_ == "PROPN" or t.pos_ == "PRON" and t.tag_ != "DT" or t.pos_ == "NOUN" and (
                t.dep_ in _ACCUSED_NOUN_DEPS or t.dep_ == "pobj" and t.head.lower_ == "by"):
            out.append(t)  # not "this" ("This is a provocation": the act, not who did it)
    return out


#: Words between a title and the comma before its holder's name ("envoy for the Sahel, Ana Soto").
MAX_TITLE_COMPLEMENT = 5
TITLE_COMPLEMENT_POS = frozenset({"ADP", "PROPN", "NOUN", "DET", "ADJ"})


def _named_holders(document, doc, index) -> dict[str, str]:
    """{id of an unnamed office holder: id of the named person}: an actor the actors stage made of a
    bare title ("a United Nations envoy", key of the office, not of a person) whose title word is
    followed, after its complement and a comma, by one named person in the text and no other ("The
    UN special envoy for Sudan, Ingrid Solberg, ..."): the same person, whom gold names."""
    titled = {}
    for a in document.actors:
        if a.kind == "person" and a.name and not (a.key or "").startswith("person:") and a.name.split():
            titled.setdefault(a.name.split()[-1].lower(), []).append(a.id)
    if not titled:
        return {}
    named: dict[str, set[str]] = {}
    for tok in (doc[i] for i in positions(doc, titled)):  # round 25s: only the tokens of a title word
        if tok.pos_ != "NOUN":
            continue
        # the title, its complement ("for Sudan"), a comma, then a name: read off the words, the
        # parser often hangs the name on the complement ("Sudan, Ingrid Solberg")
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= MAX_TITLE_COMPLEMENT and doc[j].pos_ in TITLE_COMPLEMENT_POS:
            j += 1
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].pos_ != "PROPN":
            continue
        k = j + 1
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        person = index.at(doc[j + 1].idx, doc[k].idx + len(doc[k]))
        if person is not None and person.kind == "person" and (person.key or "").startswith("person:") \
                and not _holder_of_another(document, tok, person, titled[tok.lemma_.lower()], index):
            named.setdefault(tok.lemma_.lower(), set()).add(person.id)
    return {a: next(iter(ids)) for word, ids in named.items() if len(ids) == 1 for a in titled[word]
            if len(titled[word]) == 1}


def _place_acted_upon(tok, actor, acted_upon: bool) -> bool:
    """"Russian forces shelled Kharkiv", "the minister visited Kabul": a named place of a known
    country that is the direct object of the act is on its receiving end (its state, for a scorer
    that reads countries), as a place after a preposition already is."""
    return acted_upon and tok.dep_ in ("dobj", "obj") and tok.pos_ == "PROPN" and bool(actor.country)


# --- Round 17: the context fallback and pronouns (issue 16) ---------------------------------

#: Possessive pronouns of the phrase an act is aimed at ("entered its waters") that name whose it
#: is: the party on the receiving end when the clause names nobody else.
POSSESSIVE_TARGET_PRONOUNS = frozenset({"its", "their"})
#: Tags of a plural noun: "its" cannot stand for one ("ships entered its waters": not the ships').
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_TAG_IDS = label_ids(_PLURAL_TAGS)


def _own_country_side(document, source) -> set[str]:
    """For a source that names a state, the source and every actor of that state's country (its
    officials, organs and places): the side an act with no named target is not aimed at. Empty
    for a source with no state (a senator's act aimed at another senator of his country is
    common in domestic news)."""
    countries = {a.country for a in document.actors if a.id in source and a.kind == "state" and a.country}
    if not countries:
        return set()
    # round 20: an armed group of the state's country is its opponent, not its side
    return set(source) | {a.id for a in document.actors if a.country in countries and a.kind != "armed_group"}


#: Round 29e5: acts of force, warning, refusal or protest that an organ, force or official of a
#: state does not aim at its own government (``_government_side``; an accusation, a request or
#: praise often is, in domestic news).
GOVERNMENT_SIDE_TYPES = frozenset({"THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT", "PROTEST"})


def _government_side(document, source) -> set[str]:
    """Round 29e5: for a source that is a state's organ, force or official (a knowledge-base
    sector of ``STATE_SECTORS``: "Defence Minister X warned ...", "Nicaraguan soldiers seized
    ..."), the source, its state and that state's other organs, forces and officials: the warning
    of a minister is not aimed at his own state, nor a force's seizure at its own government.
    Others of the country (an opposition leader, a union, rebels) stay possible targets; empty
    when the source holds no such actor."""
    countries = {a.country for a in document.actors if a.id in source and a.country
                 and a.sector in STATE_SECTORS and a.kind != "armed_group"}
    if not countries:
        return set()
    return set(source) | {a.id for a in document.actors if a.country in countries and a.kind != "armed_group"
                          and (a.kind == "state" or a.sector in STATE_SECTORS)}


def _told_events(events) -> list:
    """``events`` less the verdicts told by an idiom (``VERDICT_IDIOM``): a verdict judges, it is no
    interaction the text tells, and no later act answers it or is aimed at its judge (round 35e35)."""
    return [e for e in events if not (getattr(e, "cue", None) or "").startswith(VERDICT_IDIOM)]


def _fallback_target(document, d: Draft, start: int, source: list[str], mentions: MentionIndex, index,
                     title_end: int, events) -> list[str]:
    """``_unnamed_target``, except that an actor of the source's own side (its officials, organs,
    places: "Myanmar would share its findings" near its ambassador's name; "Guyana will not be
    intimidated" near its foreign minister's) gives way to the counterpart of the last event
    reported before the sentence in which that side took part (hostile events first for a
    hostile act); kept when there is none (a withdrawal "by Hong Kong" aimed at its own leader
    matches, by country, gold's Hong Kong protesters). For a source that names no state but is one
    of its organs, forces or officials, the side is ``_government_side`` for the acts of
    ``GOVERNMENT_SIDE_TYPES``, and an act of those types with no such event takes the nearest
    actor of the context off that side ("Ghanaian police detained the crew ..., the Ghanaian
    interior ministry said, after a Togolese boat entered the lagoon": Togo; round 29e5). Round 30e6:
    a guess off that side that the act's sentence does not name (an actor of an earlier sentence)
    gives way the same way to the counterpart of the last event of the source's side, the source
    alone when it has no state ("Mali demanded an explanation" after a paragraph on Spain's
    minister, and Mauritanian troops crossing into Mali before it: Mauritania), of a hostile event
    only for a hostile act, of one not a meeting or a deal (``RECIPROCAL_TYPES``) for a request (round
    30f1: "Mali condemned the decision", "Mali demanded an explanation" are not aimed at the president
    Mali hosted), except for a bylined writer (an op-ed's condemnation is of whom its paragraph is
    about); a guessed "both governments" is the pair (``_pair_guessed``). Round 35e35: a writer's verdict
    told by an idiom (``VERDICT_IDIOM``) judges, it is no interaction the text tells: no counterpart of it."""
    events = _told_events(events)
    if d.type in OFFERED_TO_SIDES_TYPES and d.mode == "offered" and \
            (helped := _helped_party(document, start, source, events)):
        return helped
    target = _pair_guessed(document, d, source, _unnamed_target(document, d, start, source, mentions, index,
                                                                   title_end))
    if not target or not source:
        return target
    own = _own_country_side(document, source) or \
        (_government_side(document, source) if d.type in GOVERNMENT_SIDE_TYPES else set())
    if not own or not own.intersection(target):
        if not any(_said_in_sentence(document, t, d.sent) for t in target) and not _bylined(document) & set(source):
            side = own or set(source)  # round 30e6: a guess from an earlier sentence
            return counterpart([e for e in events if e.type in HOSTILE_TYPES] if d.type in HOSTILE_TYPES else
                               [e for e in events if e.type not in RECIPROCAL_TYPES] if d.type == "REQUEST" else events,
                               side, d.sent.start_char) or target  # round 30f1: no meeting for a demand
        return target
    before = d.sent.start_char
    other = (counterpart([e for e in events if e.type in HOSTILE_TYPES], own, before)
             if d.type in HOSTILE_TYPES else []) or counterpart(events, own, before)
    if not other and d.type in GOVERNMENT_SIDE_TYPES:  # round 29e5: another actor of the context
        # (round 34e17: not the writer's employer a byline names)
        other = context_target(mentions, (d.sent.start_char, d.sent.end_char), start, own | _bylined(document))
    return other or target


def _helped_party(document, start: int, source: list[str], events) -> list[str]:
    """Round 32e13, narrowed in round 32f6: whom a third party's offer of help that names nobody
    is made to: the last attack reported before it that hits a state (none of the source's
    country) finds it; the two main states of the text (``_main_two_states``) when they are the
    two sides of that attack ("Kyrgyz and Tajik border guards exchanged fire ... Uzbekistan offered
    to send surveyors"), else the states it hit ("Qatar has offered to send a medical team" after
    Sudanese aircraft bombed a Chadian town and Egypt expressed concern: Chad, not Egypt); []
    when there is no such attack (the guess of ``_unnamed_target`` stands: "The United States
    offered to send relief supplies" after floods in Pakistan and a line on India's quarrel with
    it goes to Pakistan, not to the pair) or when the source is one of the two main states (its
    counterpart is named near it)."""
    countries = frozenset(a.country for a in document.actors if a.id in source and a.country)
    country = {a.id: a.country for a in document.actors}
    states = {a.id for a in document.actors if a.kind == "state"}
    if countries & {country.get(i) for i in _main_two_states(document, start)}:
        return []
    attack, hit = next(((e, hit) for e in reversed(events) if e.type == "ASSAULT" and e.trigger.start < start
                        and (hit := [i for i in e.target if i in states and country[i] not in countries])),
                       (None, []))
    pair = _main_two_states(document, start, countries) if attack else []
    sides = {country.get(i) for i in (*attack.source, *attack.target)} - {None} if attack else set()
    return pair if len(pair) == 2 and {country[i] for i in pair} == sides else hit


def _pair_guessed(document, d: Draft, source: list[str], target: list[str]) -> list[str]:
    """Round 30e6: a context guess that is an unnamed plural actor ("called on both governments to
    coordinate and offered to host a meeting": an actor "governments") stands for the pair named by
    the last of its mentions up to the act's sentence that counts two, past later plain plural ones
    (round 30f1: "called on both governments ..., saying that governments must act fast, and
    offered"), as that phrase does as an argument (``_the_two_states``: a noun of ``PAIR_NOUNS``
    with "both" or "two"); other guesses are kept."""
    out = []
    for t in target:
        actor = document.actor(t)
        pair = []
        if actor is not None and actor.name == actor.name.lower():
            for s, e in sorted(actor.mentions, reverse=True):
                if s < d.sent.end_char:
                    span = d.sent.doc.char_span(s, e, alignment_mode="expand")
                    tok = span.root if span is not None and len(span) else None
                    if tok is not None and tok.tag_ == "NNS":
                        pair = [a for a in _the_two_states(document, tok, acted_upon=True) if a not in source]
                        if pair:
                            break
        out.extend(pair or [t])
    return list(dict.fromkeys(out))


#: How far back (characters) the hostile act a deployment answers may be reported (round 29e4).
DEPLOYMENT_REACH = 600
#: Prepositions of a deployment's destination, and the nouns of a destination at home (round 29e4).
DESTINATION_PREPS = frozenset({"to", "into", "in"})
HOME_DESTINATION_NOUNS = frozenset({"capital"})


def _deployed_against(document, d: Draft, source: list[str], events, start: int, index) -> list[str]:
    """Round 29e4: "Guinea revoked the licence of X and sent soldiers to its terminal", "two
    Chinese bombers flew over the sea ... Japanese fighter jets were scrambled": a force moved with
    no party named on the receiving end is moved against the other party of the last hostile act,
    reported before it, in which the source's side (the source and every actor of its countries
    but armed groups) took part, else against the doers of the last hostile act reported shortly
    before (``DEPLOYMENT_REACH``) by others; [] when there is none (a deployment is often coded
    with no target: not the nearest actor named, as ``_fallback_target`` would), and none for a force
    sent home ("deployed two brigades to the capital", to a place of its own country: round 21c)."""
    countries = {a.country for a in document.actors if a.id in source and a.country}
    side = set(source) | {a.id for a in document.actors if a.country in countries and a.kind != "armed_group"}
    for place in _pobjs(d.cand.token, DESTINATION_PREPS):
        actor = index.at(*mention_span(place))
        if place.lemma_.lower() in HOME_DESTINATION_NOUNS or actor is not None and actor.id in side:
            return []
    hostile = [e for e in events if e.type in HOSTILE_TYPES]
    return counterpart(hostile, side, start) or next(
        ([s for s in e.source if s not in side] for e in reversed(hostile)
         if start - DEPLOYMENT_REACH <= e.trigger.start < start and any(s not in side for s in e.source)), [])


def _possessed_target(document, d: Draft, source: list[str], author, in_author: bool, index) -> list[str]:
    """"Venezuelan navy ships entered its waters": a possessive "its"/"their" on the act's own
    words or on the phrase it is aimed at, which no actor links, names the party on the receiving
    end: the subject of the nearest governing clause it agrees with ("its" not a plural noun),
    else the subject of the sentence before; [] when that is the source itself ("Russia
    withdrew its troops") or when another phrase the act is aimed at comes before it ("ask the
    organisation to share its information": the organisation's)."""
    pronouns = [c for t in (*d.cand.parts, *d.targets) for c in t.children
                if c.dep_ == "poss" and c.lower_ in POSSESSIVE_TARGET_PRONOUNS]
    for pron in pronouns:
        if index.at(pron.idx, pron.idx + len(pron.text)) is not None:
            continue  # the actors stage linked it: already read as a target or left out on purpose
        if any(t.i < pron.i and t.pos_ in ("NOUN", "PROPN") and t.i != pron.head.i for t in d.targets):
            return []  # "ask the organisation to share its information": the organisation's own
        antecedent = _agreeing_subject(pron)
        if antecedent is not None:
            ids = _actors_of(document, [antecedent], author, in_author, index)
        else:
            ids = _previous_subject(document, pron, author, index)
        if any(i in source for i in ids):
            return []
        if ids:
            return ids
    return []


def _agreeing_subject(pron):
    """The noun subject of the nearest clause governing ``pron`` that it can stand for ("its":
    a singular noun); ``None`` when there is none in the sentence (or a quote lies between)."""
    cur = pron.head
    for _ in range(6):
        if cur.head is cur:
            return None
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                and c.i != pron.head.i]  # "X vetoed it and its delegation walked out": not the delegation
        if not subj:
            continue
        if pron.lower_ == "its" and subj[0].tag_ in _PLURAL_TAGS:
            continue  # "ships ... its waters": someone else's
        low, high = sorted((subj[0].i, pron.i))
        if any(t.text in QUOTE_MARKS for t in pron.doc[low:high]):
            return None
        return subj[0]
    return None


def _last_person(document, tok, exclude: set[str]) -> list[str]:
    """"Hong Kong people have learned to ignore her": an object "him"/"her" the actors stage left
    unlinked is the person mentioned last before it, not the speaker of the quote it is in (who
    would say "me") nor one of ``exclude``; [] when no person was named within
    ``ANTECEDENT_CHARS``."""
    if tok.lower_ not in PERSON_OBJECT_PRONOUNS or tok.dep_ not in OBJECT_DEPS:
        return []
    quote = views_of(tok.doc).quote_at(document, tok.idx)
    skip = set(exclude) | ({quote.speaker} if quote is not None and quote.speaker else set())
    best = None  # (start of the last mention, person id)
    wanted = "f" if tok.lower_ == "her" else "m"
    for a in document.actors:
        if a.kind != "person" or a.id in skip or _person_gender(a) not in (None, wanted):
            continue
        seen = _last_mention(a, tok.idx, tok.idx - ANTECEDENT_CHARS)
        if seen is not None and (best is None or seen > best[0]):
            best = (seen, a.id)
    return [best[1]] if best is not None else []


def _own_clause_subject(tok, resolved) -> bool:
    """Whether an object "him"/"her"/"them" was resolved to the subject of its own verb or of the
    verbs that control it ("people have learned to ignore her": "herself" would be the people)."""
    if tok.lower_ not in PERSON_OBJECT_PRONOUNS and tok.lower_ not in OBJECT_PERSONS or tok.dep_ not in OBJECT_DEPS:
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while True:
        if resolved.head.i == verb.i and resolved.dep_ in ("nsubj", "nsubjpass"):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        verb = verb.head


def _person_gender(actor) -> str | None:
    """"m" or "f" for a person actor: the knowledge base's, else its given name's usual one."""
    entry = load_kb().entries.get(actor.key) if actor.key else None
    if entry is not None and entry.gender:
        return entry.gender
    words = actor.name.split()
    return given_name_gender(words[0]) if len(words) > 1 else None


#: Plural nouns that, definite, stand for the states a list named just before ("the affected
#: Allies", "the countries", "the member states").
LISTED_STATE_NOUNS = PARTY_NOUNS | PARTNER_NOUNS | frozenset({"member"})
#: Determiners of such a noun ("the", "these").
LISTED_STATE_DETERMINERS = frozenset({"the", "these", "those"})
#: How many tokens back the list may be.
LISTED_STATES_TOKENS = 80


def _listed_states(document, tok, index) -> list[str]:
    """"Power grids in Estonia, Italy and Portugal were disrupted. We stand with the affected
    Allies": a definite plural party noun aimed at ("the countries", "the Allies", "these
    states"), with no number, owner or complement of its own, stands for the last list of two or
    more states (a place of a country counts as its state) named within ``LISTED_STATES_TOKENS``
    tokens before it; [] when there is none."""
    if tok.tag_ not in _PLURAL_TAGS:
        return []
    word = tok.lower_  # "Allies" (NNPS) keeps its plural as its lemma
    if not {tok.lemma_.lower(), word[:-3] + "y" if word.endswith("ies") else word[:-1]} & LISTED_STATE_NOUNS:
        return []
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in LISTED_STATE_DETERMINERS for c in kids) or any(
            c.dep_ in ("poss", "nummod", "prep", "predet") or c.lower_ in ("both", "two") for c in kids):
        return []
    return _state_list(document, tok.doc, index, range(tok.i - 1, max(-1, tok.i - LISTED_STATES_TOKENS), -1))


def _state_list(document, doc, index, positions) -> list[str]:
    """The first coordination of two or more states (a place counting for its state) whose head
    stands at one of ``positions`` (token indices, nearest first), as actor ids; else []."""
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country}
    for i in positions:
        t = doc[i]
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        found = []
        for c in conjuncts(t):
            a = index.at(c.idx, c.idx + len(c.text))
            if a is None or a.kind not in ("state", "location") or not a.country:
                continue
            found.append(states.get(a.country, a.id) if a.kind == "location" else a.id)
        found = list(dict.fromkeys(found))
        if len(found) > 1:
            return found
    return []


# --- Round 17c: places and meetings as parties (issue 16) -----------------------------------

#: Prepositions that make a named place the venue of a meeting ("agreed to meet again in Warsaw").
VENUE_PREPOSITIONS = frozenset({"in", "at"})


def _venues(d: Draft, index) -> set[str]:
    """The actor ids of the event's aimed-at places that are only where it happens: a named place
    after "in"/"at" ("the two ministers agreed to meet again in Warsaw"). A meeting of two or more
    parties held there is between the parties, not aimed at the town."""
    out = set()
    for tok in d.targets:
        if tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPOSITIONS:
            actor = index.at(*mention_span(tok))
            if actor is not None and actor.kind in ("location", "person"):  # "meet in Ras Jedir", read as a
                out.add(actor.id)  # person: no one is met "in" a person (round 20b)
    return out


#: Nouns of a gathering that speaks or acts for those who take part in it ("the summit
#: denounced ...", "an assembly of foreign ministers called on ...").
MEETING_NOUNS = frozenset({"summit", "assembly", "meeting", "conference", "gathering", "talks", "session"})
#: Furthest distance, in characters, between a meeting's act and the meeting event that names its
#: participants ("X and his counterparts, A, B and C, gathered in Cairo to discuss ...").
MEETING_WINDOW_CHARS = 1200


def _meeting_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in MEETING_NOUNS


def _meeting_source(document, d: Draft, source: list[str], index) -> bool:
    """Whether the event's doer is a gathering named by a common noun: no actor ("Cairo summit
    denounces ...", a headline) or an actor with no country that is only that noun ("an assembly
    of several foreign ministers denounced ..."). A named body ("the UN General Assembly") is no
    such gathering: its name is a proper noun."""
    toks = [t for t in d.sources if _meeting_noun(t)]
    if not toks:
        return False
    if not source:
        return True
    actors = {a.id: a for a in document.actors}
    return all(s in actors and actors[s].country is None and actors[s].kind == "organization"
               and actors[s].name.lower().split()[-1] in MEETING_NOUNS for s in source)


def _meeting_members(document, meetings: list, events: list) -> None:
    """A gathering's act is its members' (issue 16): the parties of the nearest meeting event
    (CONSULT: "A and his counterparts B and C gathered in Cairo to discuss ...") within
    ``MEETING_WINDOW_CHARS`` of it, each person with the state of his country where the document
    names that state (a reader names the meeting's members by their countries). Left as it was
    when no meeting event is near."""
    if not meetings:
        return
    actors = {a.id: a for a in document.actors}
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country}
    consults = [e for e in events if e.type == "CONSULT" and e not in meetings]
    for e in meetings:
        at = e.sentence[0]
        near = [c for c in consults if abs(c.sentence[0] - at) <= MEETING_WINDOW_CHARS]
        if not near:
            continue
        nearest = min(near, key=lambda c: abs(c.sentence[0] - at))
        members = [a for a in dict.fromkeys((*nearest.source, *nearest.target))
                   if a in actors and actors[a].kind != "location" and a not in e.target]
        if len(members) < 2:
            continue
        side = [states[actors[a].country] for a in members if actors[a].kind == "person"
                and actors[a].country in states]
        source = [a for a in dict.fromkeys((*side, *members)) if a not in e.target]
        if source:
            e.source = tuple(source)


#: Adjectives of an alliance's members ("Allied infrastructure", "allied nations"): the member
#: states the text lists.
ALLIANCE_ADJECTIVES = frozenset({"allied"})


def _allied_states(document, tok, index) -> list[str]:
    """"The cyber attacks against Allied infrastructure. ... Hospitals in Estonia, Italy and
    Portugal were disrupted": a thing or party aimed at that an alliance's adjective qualifies
    belongs to the member states the text lists: the nearest list of two or more states (a place
    of a country counts as its state) within ``LISTED_STATES_TOKENS`` tokens before it, else
    after it (a headline names the act before the lead lists its victims); [] when there is none."""
    if not positions(tok.doc, ALLIANCE_ADJECTIVES, lemmas=False):
        return []  # round 30s4: no alliance's adjective in the document
    adj = tok if tok.lower_ in ALLIANCE_ADJECTIVES else next(
        (c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in ALLIANCE_ADJECTIVES), None)
    if adj is None:
        return []
    doc = tok.doc
    before = range(adj.i - 1, max(-1, adj.i - LISTED_STATES_TOKENS), -1)
    after = range(adj.i + 1, min(len(doc), adj.i + LISTED_STATES_TOKENS))
    return _state_list(document, doc, index, (*before, *after))


#: Nouns of a ship that the text names once in apposition ("the vessel, the Nordic Venture, ...").
VESSEL_NOUNS = frozenset({"tanker", "vessel", "ship", "freighter", "trawler", "carrier", "boat"})
#: Furthest the name of a ship stands after the comma that follows its noun ("the vessel, the
#: Cook Islands-flagged Nordic Venture,").
VESSEL_APPOSITION_TOKENS = 8


def _named_vessel(tok, index) -> list[str]:
    """"A tanker had damaged the cable. Police detained the vessel, the Cook Islands-flagged
    Nordic Venture": an unnamed ship noun is the one ship the document names after a comma that
    follows another, definite, ship noun (an apposition the parser may attach elsewhere); [] when there is
    none or several, or the name is itself a ship noun ("an Estonian navy ship")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in VESSEL_NOUNS:
        return []
    doc, found = tok.doc, []
    for t in doc:
        if t.i == tok.i or t.pos_ != "NOUN" or t.lemma_.lower() not in VESSEL_NOUNS or \
                t.i + 1 >= len(doc) or doc[t.i + 1].text != "," or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            # "detained the vessel, the ... Nordic Venture" goes back to the ship; "sent a patrol
            # ship, the HDMS Absalon" brings in another one
            continue
        for n in doc[t.i + 2:min(len(doc), t.i + 2 + VESSEL_APPOSITION_TOKENS)]:
            if n.text in (",", ".", ";"):
                break
            a = index.at(n.idx, n.idx + len(n.text)) if n.pos_ == "PROPN" else None
            if a is not None and a.kind == "organization" and not set(a.name.lower().split()) & VESSEL_NOUNS:
                if a.id not in found:
                    found.append(a.id)
                break
    return found if len(found) == 1 else []


#: Days to the end of an event date's period ("in May" counts from May's last day).
_PERIOD_END_DAYS = {"year": 364, "month": 27, "week": 6}


def _dated_background(events: list, doc, published: str | None, cues) -> None:
    """An asserted act that its own sentence dates ``historical_min_days`` or more before
    publication is background: mode historical ("Honcharuk was appointed in August" in an
    article of March). Not a speech act's date, which may be that of what was said ("said ...
    the agreements reached two years ago"), nor an act in the present, the present perfect or
    under a modal (round 18c)."""
    pub = parse_date(published)
    if pub is None or not cues.historical_min_days:
        return
    starts = token_offsets(doc)[0]
    for e in events:
        if e.mode != "asserted" or e.date is None or e.date_source != "sentence" or (e.cue or "").startswith("speech"):
            continue
        days = (pub - parse_date(e.date)).days - _PERIOD_END_DAYS.get(e.date_precision, 0)
        if days < cues.historical_min_days:
            continue
        at = bisect_left(starts, e.trigger.start)
        if at == len(starts) or starts[at] != e.trigger.start:
            continue
        tok = doc[at]
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if tok.lemma_.lower() in cues.reporting_verbs or (verb.pos_ in ("VERB", "AUX") and framed_now(verb)):
            continue
        if not own_clause_dated(tok, cues, pub):
            continue  # the old date dates a clause embedded in the act's (round 23c)
        e.mode = "historical"


#: Nouns of the people or organs of a body that "its"/"their" can own as the subject of an act
#: ("Its members urged ...", "their spokesman said"), besides the actor nouns and titles of the
#: knowledge base (``_pronoun_owner``).
MEMBER_NOUNS = frozenset({"member", "members", "member state", "member states", "representative",
                          "representatives", "envoy", "envoys", "spokesman", "spokeswoman", "spokesperson",
                          "head", "chief", "chair", "secretariat", "council", "board", "commission"})


#: Round 25e3: bare nouns of a body's armed or uniformed men that the knowledge base knows only
#: with a modifier ("border guard"): "the border service said its guards had returned fire".
OWNED_FORCE_NOUNS = frozenset({"guard", "guards", "unit", "units"})


#: Round 28e3: sectors of the armed men of a body ("its fighters", "their troops", "its police").
OWNED_FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY"})


def _force_owner(document, tok, actor, author, index) -> list[str]:
    """Round 28e3: "Ansaroul Gourma has claimed forty attacks. In March its fighters stormed ...":
    a noun of armed men owned by "its"/"their" (``OWNED_FORCE_SECTORS``) and linked to an actor
    named by a kind noun alone ("its fighters", "armed group": no owner of its own, its country a
    guess) stands for the body the pronoun stands for: the subject of the nearest governing clause
    it agrees with, else the subject of the sentence before (whatever kind the actors stage gave it:
    "its" says it is a body); [] otherwise, or when that is the same actor."""
    s = token_sheet(tok.doc)  # round 30s4: the owner read off the sheet, a ``Token`` made for it only
    pron = next((tok.doc[c] for c in s.kids[tok.i] if s.deps[c] == _POSS and s.lowers[c] in ("its", "their")), None)
    if pron is None:
        return []
    nouns, name = load_kb().nouns, actor.name.lower()
    if name.startswith(("its ", "their ")):
        name = name.split(" ", 1)[1]
    noun = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    armed = tok.lower_ in OWNED_FORCE_NOUNS or noun is not None and noun.sector in OWNED_FORCE_SECTORS
    if not armed or not (name in nouns or name == tok.lower_):  # a named body keeps its actor
        return []
    antecedent = _agreeing_subject(pron)  # never ``tok`` itself: it skips the pronoun's head
    if antecedent is None:
        sent = sentence_of(tok.doc, tok.i)
        before = sentence_of(tok.doc, sent.start - 1) if sent.start else None
        antecedent = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")
                           and c.pos_ in ("NOUN", "PROPN")), None) if before is not None else None
    found = _actors_of(document, [antecedent], author, False, index) if antecedent is not None else []
    return [a for a in found if a != actor.id]


#: Round 29e3: nouns of the unnamed people who speak or act for the body named before them
#: ("a WFP spokesperson told ...", "JNIM commanders turned down ...").
BODY_VOICE_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officials", "commander",
                              "commanders", "representative", "representatives"})
#: Round 29e3: kinds of the actors such a title may be named after (no state, place or person).
VOICED_BODY_KINDS = frozenset({"igo", "organization", "armed_group"})


def _body_forms(document, actor, kb) -> set[str]:
    """The ways the document and the knowledge base name ``actor``: its name, its mentions' texts
    and its short names in the knowledge base ("WHO" for the World Health Organization)."""
    entry = kb.entries.get(actor.key) if actor.key else None
    return {actor.name} | {document.text[s:e] for s, e in actor.mentions} | set(entry.aliases if entry else ())


def _voiced_body(document, actor) -> list[str]:
    """Round 29e3: an actor named only "<body> <voice noun>" ("WFP spokesperson", "JNIM
    commanders": no name of its own) stands, as the doer of an act, for the body: another actor
    of the document (an organisation, bloc or armed group) one of whose mentions or short names
    in the knowledge base is the words before the noun; [] otherwise ("Kaja Kallas", "a ministry
    spokesperson": ``_body_official``)."""
    if actor is None or actor.kind not in ("person", "group"):
        return []
    last = (actor.name or "").rsplit(None, 1)[-1:]  # round 30s4: the noun first, without the regex
    if not last or last[0].lower() not in BODY_VOICE_NOUNS:
        return []
    words = re.sub(r"^the\s+", "", actor.name or "", flags=re.I).split()
    if len(words) < 2 or words[-1].lower() not in BODY_VOICE_NOUNS:
        return []
    body, kb = " ".join(words[:-1]), load_kb()
    for a in document.actors:
        if a.id != actor.id and a.kind in VOICED_BODY_KINDS and body in _body_forms(document, a, kb):
            return [a.id]
    return []


#: Round 29e3: sectors of a state's uniformed men ("police", "soldiers", "warships"), as the
#: knowledge base files their nouns.
HOME_FORCE_SECTORS = frozenset({"MIL", "COP"})


def _force_noun(words: str) -> bool:
    """Whether ``words`` end in a noun of a state's forces in the knowledge base ("police",
    "Libyan border guards", "Tunisian security forces"), singular or plural."""
    nouns, split = load_kb().nouns, words.lower().split()
    for i in range(len(split)):
        tail = " ".join(split[i:])
        noun = nouns.get(tail) or (nouns.get(tail[:-1]) if tail.endswith("s") else None)
        if noun is not None:
            return noun.sector in HOME_FORCE_SECTORS
    return False


def _home_force(document, tok, actor, index) -> list[str]:
    """Round 29e3: "The migrants were rounded up by police in Sfax", "the two warships have since
    moved away": a common noun of a state's forces with no owner or nationality of its own, linked
    to an actor with no country, stands as a doer for the forces it refers back to: the owner of
    the same noun written earlier with one ("two warships of the People's Liberation Army Navy",
    "Chinese warships"), else the one state force named before it when all the state forces named
    before it are of one country ("Tunisian security forces have expelled ..."); [] otherwise."""
    if actor.country or tok.pos_ != "NOUN" or tok.ent_type_ or not _force_noun(tok.lemma_):
        return []
    if any(c.dep_ in ("poss", "amod", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of"
           for c in tok.children):
        return []  # "its police", "Malian soldiers", "soldiers of the junta": owned by what the words say
    doc, lemma = tok.doc, tok.lemma_.lower()
    for prev in reversed(doc[:tok.i]):
        if prev.lemma_.lower() != lemma or prev.pos_ != "NOUN":
            continue
        owners_of = [g for c in prev.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"] + [c for c in prev.children if c.dep_ in ("amod", "compound", "poss")]
        for o in owners_of:
            owner = index.at(*mention_span(o))
            if owner is not None and owner.id != actor.id and owner.country and owner.kind != "location":
                return [owner.id]
    forces = sorted(((s, a) for a in document.actors if a.country and a.kind == "organization"
                     and _force_noun(a.name or "") for s, _ in a.mentions if s < tok.idx), key=lambda f: f[0])
    return [forces[-1][1].id] if forces and len({a.country for _, a in forces}) == 1 else []


def _pronoun_owner(document, tok, author, index) -> list[str]:
    """"The Organization of American States met. Its members urged Venezuela ...", "The EU
    criticised Serbia. Its foreign ministers threatened ...": a people or organ noun that no actor
    names, owned by "its"/"their", stands for the body the pronoun stands for (as a possessive
    pronoun alone would be read, ``_actors_of``); nothing for other nouns ("their demands") or
    other owners ("his aides")."""
    owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their")]
    if not owner or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    kb = load_kb()
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.i > owner[0].i] or [tok.lower_]
    phrase, lemma = " ".join(words), tok.lemma_.lower()
    if not ({phrase, tok.lower_, lemma} & (MEMBER_NOUNS | OWNED_FORCE_NOUNS) or lemma in kb.nouns
            or tok.lower_ in kb.nouns
            or kb.canonical_role(phrase) or kb.canonical_role(lemma)):
        return []
    antecedent = _agreeing_subject(owner[0])  # "NATO said its members would ...": NATO
    found = _actors_of(document, [antecedent] if antecedent is not None and antecedent.i != tok.i else owner,
                       author, False, index)
    return [a for a in found if next((x.kind for x in document.actors if x.id == a), None) != "person"]


def _title_bodies(document, source) -> set[str]:
    """The bodies named in the titles of the source's persons ("secretary-general of the Caribbean
    Community" -> the Caribbean Community): the person's own side, no party on the receiving end of
    what the person does (``_unnamed_target``)."""
    roles = [a.role.lower() for a in document.actors if a.id in source and a.kind == "person" and a.role]
    if not roles:
        return set()
    text = document.text
    return {a.id for a in document.actors if a.kind not in ("person", "state", "location") and any(
        len(form := text[s:e].lower().strip()) > 2 and form in role for s, e in a.mentions for role in roles)}


#: Words a statement's title opens with: its kind, followed by the body that issues it
#: ("Communique of the 1,234th meeting of the Peace and Security Council", "Statement by the
#: Ministry of Foreign Affairs", "Press release of ...").
HEADER_KINDS = re.compile(r"\s*(?:joint\s+)?(?:communiqu[eé]|statement|declaration|press\s+(?:release|statement)"
                          r"|resolution|decision|readout|final\s+communiqu[eé]|chair'?s\s+statement"
                          r"|chair(?:man|person|woman)?'?s\s+(?:statement|summary))\b", re.I)


def _header_issuer(document):
    """The body a statement's own title names when no publisher or byline gives its issuer:
    "Communique of the 1,187th meeting of the Peace and Security Council" -> the actor named in
    the header (title and preamble) that shares most capitalised words with the title (ties: the
    first named); ``None`` in documents with no statement section, a title of another kind, or a
    publisher that names a state (``_publisher_state`` reads it)."""
    if not any(s.kind == "statement" for s in document.sections) or \
            _names_state(_issuing_part(document.publisher or "")):
        return None  # a publisher naming a state the text does not: no issuer guessed (round 11)
    text = document.text
    lead = len(text) - len(text.lstrip())
    line_end = text.find("\n", lead)
    title = text[lead:line_end if line_end > 0 else min(len(text), lead + ISSUER_HEADER_CHARS)]
    if not HEADER_KINDS.match(title):
        return None
    words = {w for w in re.findall(r"[A-Z][\w-]+", title)} - {"Communique", "Communiqué", "Statement", "Joint",
                                                            "Declaration", "Press", "Release", "Resolution",
                                                            "Chair", "Chairman", "Chairperson", "Chairwoman", "Summary"}
    best, key = None, None
    for a in document.actors:
        if a.kind in ("location", "person"):
            continue
        for s, e in a.mentions:
            if s >= lead + ISSUER_HEADER_CHARS:
                continue
            shared = len(words & set(re.findall(r"[A-Z][\w-]+", text[s:e])))
            if shared and (key is None or (-shared, s) < key):
                best, key = a, (-shared, s)
    return best


#: Plural nouns a statement uses for its own parties with no name ("Ministers condemned ...",
#: "Leaders welcomed ...", "the parties agreed ..."): their holders named before, the meeting's
#: participants, else whoever issues the statement (``_generic_parties``).
GENERIC_PARTY_NOUNS = frozenset({"minister", "leader", "party", "side", "delegation", "participant",
                                 "president", "head", "country", "government"})
#: Determiners a generic party noun may have ("Ministers", "the parties", "both countries").
GENERIC_PARTY_DETERMINERS = frozenset({"the", "both", "all"})
#: Adjectives a generic party noun may have ("foreign ministers", "the respective delegations");
#: another ("local leaders", "religious leaders") names a group of its own.
GENERIC_PARTY_MODIFIERS = frozenset({"foreign", "respective", "visiting", "participating", "two", "both"})


def _generic_party_noun(tok) -> bool:
    """A plural subject with no name and no owner: "Ministers", "The leaders", "the parties"
    (not "the foreign ministers of X and Y", "their leaders", "Chilean ministers")."""
    if tok.tag_ not in _PARTY_NOUN_TAGS:
        return False  # round 30s4: neither a plural nor a capitalised one (``_party_lemma``)
    bare = _party_lemma(tok) is not None
    if (tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in GENERIC_PARTY_NOUNS) and not bare or \
            _named(tok) and not bare:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return all(c.dep_ in ("det", "predet", "nummod", "amod") and (c.dep_ != "det" or c.lower_ in GENERIC_PARTY_DETERMINERS)
               and (c.dep_ != "amod" or c.lower_ in GENERIC_PARTY_MODIFIERS)
               and c.ent_type_ not in ("NORP", "GPE") for c in tok.children if c.i < tok.i) \
        and not any(c.dep_ in ("poss", "appos") or c.dep_ == "prep" and not _office_of(c) for c in tok.children)


#: Tags of a generic party noun: a plural, or a proper noun of a plural (``_party_lemma``).
_PARTY_NOUN_TAGS = frozenset({"NNS", "NNPS", "NNP"})

#: Words of a title's "of" phrase that name an office, not a party ("Heads of State and Government").
OFFICE_OF_WORDS = frozenset({"state", "government"})


def _office_of(prep) -> bool:
    """Round 24e3: "of State", "of State and Government" after "the two Heads": part of the title,
    naming no party (not "the leaders of Guyana", "ministers of the two countries")."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ == "of" and len(objects) == 1 and all(
        c.lower_ in OFFICE_OF_WORDS and not any(k.dep_ in ("det", "poss", "compound", "amod") for k in c.children)
        for c in conjuncts(objects[0]))


def _generic_parties(document, tok, start: int, events: list, issuers: list, author, in_author: bool) -> list[str]:
    """Who a generic plural subject ("Ministers welcomed ...", "The leaders agreed ...") stands for:
    the persons named before whose title ends in that noun (two or more), else the parties of the
    last meeting before it (a CONSULT event with a source) or of the last act of two or more
    ("Rebels and the army clashed. The parties agreed ..."), else, in the document's own sections,
    the statement's issuers (all of a joint statement's, else its issuer); [] otherwise."""
    lemma = _party_lemma(tok) or tok.lemma_.lower()
    holders = [a.id for a in document.actors if a.kind == "person" and a.role
               and a.role.lower().split()[-1] == lemma and _last_mention(a, start) is not None]
    if len(holders) > 1:
        return holders
    if in_author and issuers and len(issuers) > 1:
        return list(issuers)  # round 19e: a joint statement's "the two sides" are its issuers, not a mediator met
    if in_author and author is not None and not author.country and author.kind in ("igo", "organization"):
        return [author.id]  # round 20: a bloc's "The Ministers urged ..." in its own sections: the bloc
    met = [e for e in events if e.type == "CONSULT" and e.source and e.trigger.start < start] or \
        [e for e in events if len(e.source) > 1 and e.trigger.start < start]  # "A and B clashed. The parties ..."
    if lemma in PAIR_SIDE_NOUNS and _two_or_both(tok) and (sides := _hostile_sides(document, events, start)) \
            and (not met or sides[0] > met[-1].trigger.start):
        return sides[1]  # round 29e3: "X shelled Y ... Both parties told me ...": the two who fought last
    if met:
        return list(dict.fromkeys([*met[-1].source, *met[-1].target]))
    if in_author and issuers and len(issuers) > 1:
        return list(issuers)
    return [author.id] if in_author and author is not None else []


#: Round 29e3: generic party nouns that "both"/"the two" make the two sides of a conflict.
PAIR_SIDE_NOUNS = frozenset({"party", "side"})
#: Round 29e3: their plurals, as an actor the actors stage made of the bare noun is named.
PAIR_SIDE_PLURALS = frozenset({"parties", "sides"})
#: Round 29e3: kinds of the actors that can be the sides of a conflict (no person, bloc, crowd or place).
SIDE_KINDS = frozenset({"state", "armed_group", "organization"})


def _paired_sides_actor(document, actor_id: str) -> bool:
    """Round 29e3: whether an actor is only a bare "parties"/"sides" that a mention counts as two
    ("Both parties", "the two sides"): a pair still to be named."""
    actor, text = document.actor(actor_id), document.text
    return actor is not None and (actor.name or "").lower() in PAIR_SIDE_PLURALS and \
        any(re.search(r"(?:\bboth|\btwo)\s+$", text[max(0, s - 6):s], re.I) for s, _ in actor.mentions)


def _hostile_sides(document, events: list, start: int) -> tuple[int, list[str]] | None:
    """Round 29e3: (where, [source, target]) of the last hostile act before ``start`` between one
    side and another that can be sides of a conflict (``SIDE_KINDS``); None when there is none."""
    for e in reversed(events):
        if e.trigger.start < start and e.type in HOSTILE_TYPES and len(e.source) == 1 and len(e.target) == 1 \
                and e.source != e.target and all((a := document.actor(i)) is not None and a.kind in SIDE_KINDS
                                                 for i in (*e.source, *e.target)):
            return e.trigger.start, [e.source[0], e.target[0]]
    return None


#: Nouns of a body that, with "this", is the statement's own issuer ("This Ministry rejects ...",
#: "this Council reiterates ...").
ISSUER_BODY_NOUNS = frozenset({"ministry", "council", "government", "office", "department", "embassy",
                               "commission", "secretariat", "mission", "assembly", "committee", "presidency"})


def _this_body(tok) -> bool:
    """"This Ministry", "this Council": the body issuing the statement it is written in."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ISSUER_BODY_NOUNS \
        and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)


def _own_header_targets(document, d, source: list[str], target: list[str], author) -> list[str]:
    """The targets named inside the subject phrase of an act in a statement's own sections ("The
    Ministry of Foreign Affairs of Peru condemns ..." is no act upon the Ministry), and the issuer
    itself when the source is of the issuer's country: left out."""
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in d.sources
              if t.dep_ in ("nsubj", "nsubjpass")]
    inside = {a.id for a in document.actors
              if any(s0 <= s and e <= e0 for s, e in a.mentions for s0, e0 in spans)}
    inside -= _named_targets(d, views_of(d.sent.doc).actor_index(document.actors))  # "The Government condemns Russia"
    countries = {a.country for a in document.actors if a.id in source and a.country}
    if author.country and author.country in countries:
        inside.add(author.id)  # "The Ministry of Foreign Affairs of Peru condemns ...": Peru's issuer
    return [t for t in target if t not in inside or t in source]


#: Types an issuing body's operative clause is coded with and no target ("1. Expresses deep concern
#: over reports of ...", "Expresses its readiness to impose sanctions ...").
UNTARGETED_OPERATIVE_TYPES = frozenset({"ACCUSE", "THREATEN", "DISAPPROVE"})


def _untargeted_operative(d, in_author: bool) -> bool:
    """A communiqué's numbered operative clause in the issuer's own voice ("3. Expresses deep
    concern over ...") of a type coded with no target: kept with the issuer as its only party."""
    return in_author and d.type in UNTARGETED_OPERATIVE_TYPES and d.cand.pos == "verb" \
        and _operative_verb(d.cand.token) and _numbered(d.sent)


def _numbered(sent) -> bool:
    """Whether a sentence opens with a paragraph number ("1.", "(a)", "12)")."""
    return bool(re.match(r"\s*\(?\d{1,3}[.)]\s", sent.text))


#: Nouns of a declared readiness that, aimed at a coercive act, make a threat, not an offer.
READINESS_NOUNS = frozenset({"readiness", "willingness", "preparedness"})
#: Types of the act a declared readiness may be aimed at that make it a threat.
COERCIVE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})


def _readiness_threats(drafts) -> None:
    """"Expresses its readiness to impose targeted sanctions": a readiness (an offer, AGREE) to do
    a coercive act is a threat (THREATEN); the coercive act's own draft stays as it is."""
    coercive = {d.cand.token.i for d in drafts if d.types and d.type in COERCIVE_TYPES}
    for d in drafts:
        if not d.types or d.type != "AGREE":
            continue
        nouns = [p for p in d.cand.parts if p.lemma_.lower() in READINESS_NOUNS]
        if nouns and any(t.i in coercive for t in nouns[0].subtree if t.i != nouns[0].i):
            d.types = ["THREATEN"]


def _unnamed_only(document, source: list[str], tokens) -> bool:
    """Whether a subject's actors are none, or only the actor its own plain noun makes ("the
    parties" -> an actor named "parties"): a generic subject still to be resolved."""
    words = {w for t in tokens for w in (t.lower_, t.lemma_.lower())}
    names = {a.id: a.name.lower() for a in document.actors if a.id in source}
    return all(names.get(i, "") in words for i in source)


def _names_state(name: str | None) -> bool:
    """Whether a publisher's name names a state by a name or alias of the knowledge base
    ("Ministry of Foreign Affairs of Norway"; not "Peace and Security Council")."""
    if not name:
        return False
    kb = load_kb()
    words = re.findall(r"\w+", name)
    return any(kb.entries[f.key].kind == "state" for i, w in enumerate(words) if w[:1].isupper()
               for n in range(1, min(kb.max_words, len(words) - i) + 1)
               for f in kb.surface(key_of(" ".join(words[i:i + n])))
               if f.how in ("name", "alias") and f.key in kb.entries)


#: Prepositions an operative verb read as a noun is followed by ("and appeals to X", "and calls on X").
OPERATIVE_PREPOSITIONS = frozenset({"to", "on", "upon"})


def _second_operative(sent, first, verbs: frozenset[str]):
    """``sent`` with a second operative verb the parser read as a plural noun coordinated with
    a noun before it ("7. Reaffirms its support to the mission ... and appeals to Member States
    to ...") read as a verb coordinated with the opening, its preposition its own; ``sent``
    itself when there is none."""
    doc = sent.doc
    for t in sent:
        if t.i <= first.i + 1 or t.i + 1 >= sent.end or t.tag_ != "NNS" or doc[t.i - 1].lower_ != "and":
            continue
        stem = _present_stem(t.text, verbs)
        if stem is None or doc[t.i + 1].lower_ not in OPERATIVE_PREPOSITIONS or doc[t.i + 1].dep_ != "prep":
            continue
        heads, deps = [x.head.i for x in doc], [x.dep_ for x in doc]
        heads[t.i], deps[t.i] = first.i, "conj"
        heads[t.i - 1], deps[t.i - 1] = first.i, "cc"
        heads[t.i + 1] = t.i
        for x in sent:  # its children as a noun stay; a clause of purpose after it is its own
            if x.head.i == first.i and x.dep_ == "advcl" and x.i > t.i:
                heads[x.i], deps[x.i] = t.i, "xcomp"
        return _as_verb(sent, t, "VBZ", stem, heads, deps)
    return sent


def _own_complement(tok) -> bool:
    """The trigger has an object of its own: a verb a direct object or a prepositional object that
    is no pronoun nor a bare count ("expelled the journalists", "fired on the convoy"; not
    "detained them", "killed five and wounded 110"), a noun
    a prepositional complement ("the shelling of a camp", "the attack on the town")."""
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + \
            [o for c in tok.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPS for o in c.children
             if o.dep_ == "pobj"]
        # not a pronoun ("detained them") nor a bare count ("killed five and wounded 110": one attack)
        return bool(objects) and not any(o.pos_ == "PRON" or o.like_num for o in objects)
    return any(c.dep_ == "prep" for c in tok.children)


#: Prepositions that name whom or what a verb's act is aimed at ("fired on the convoy").
AIMED_PREPS = frozenset({"on", "at", "against", "into", "upon"})


#: Words before an object that point back at something named before ("its crew", "the granaries").
REFERRING_DETERMINERS = frozenset({"its", "their", "his", "her", "the", "this", "that", "these", "those"})


def _refers_back(targets) -> bool:
    """An object that points back at what the sentence named before ("seized the ship and detained its
    crew", "killed five soldiers and wounded twenty others", "shelled the villages and burned the
    granaries"): the first act's target stands for it, so the two acts stay one event per source and
    target (round 16); only a new, unnamed object ("imposed sanctions on three businessmen") is
    another act (round 24e5; lead, round 24)."""
    return any(t.lower_ in ("others", "them", "it") or any(
        c.dep_ in ("poss", "det") and c.lower_ in REFERRING_DETERMINERS for c in t.children) for t in targets)


def _coordinated_act(d: Draft, event: SimpleNamespace, acts: list[tuple[Draft, SimpleNamespace]],
                     named: Callable[[], bool] = lambda: True) -> bool:
    """A second act of the same type coordinated with one already kept in the sentence, each with
    its own object ("has jailed the president, expelled the journalists and ...", "condemns the
    attack on X and the shelling of a camp near Y"): another event though the actors resolved
    are the same (a target guessed for an unnamed object: "expelled independent journalists"),
    unless it is upon the very same named target ("arrested two leaders and
    detained them", "shelled Kharkiv and bombed Kharkiv again": one event per source and target,
    as the guidelines code them). Verbs that share one object ("condemned and rejected the plan")
    are no two acts of one type (round 19c). ``named``: the draft's own object words name a target
    the event kept; when they name none, a target equal to the first act's was given by the stage
    and does not make the acts one ("expelled the ambassador and imposed sanctions on three
    businessmen who fund the group", round 24e5); it is asked only where it decides (round 30s4)."""
    tok = d.cand.token
    # round 30s4: the kept acts of its sentence, type and mode first (most drafts have none), the
    # parse of its object only then
    acts = [(prior, ev) for prior, ev in acts
            if ev.sentence == event.sentence and ev.type == event.type and ev.mode == event.mode]
    if not acts or not _own_complement(tok):
        return False
    for prior, ev in acts:
        other = prior.cand.token
        if other.i == tok.i or other.pos_ != tok.pos_ or tok not in other.conjuncts:
            continue
        if event.target and set(event.target) == set(ev.target) and d.targets and named():
            continue  # its own object is the same actor (not a target guessed for an unnamed one)
        if _own_complement(other):
            return True
    return False


#: A line break that opens a listed item: a bullet, a number or a letter, then a capital ("\n-
#: Call on ...", "\n2. Urges ...", "\n(b) Welcomes ...").
ITEM_BREAK = re.compile(r"\n[ \t]*(?:[-\u2022\u2013*\u00b7]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+(?=[A-Z])")


def _listed_items(sent, verbs: frozenset[str]) -> list:
    """A sentence the segmenter made of several listed items ("The Ministers: - Express deep
    concern over ...; - Call on the parties to ...; - Welcome ...") as one span per item,
    re-parsed with a sentence start at each item, so that each item's opening verb heads its own
    clause (the parser otherwise reads "Express" as a name and chains the items as clauses of
    the last one); an item's capitalised opening word of ``verbs`` read as a noun with no
    subject is read as the verb it is ("- Call on ..."). The copies keep every word and offset.
    ``[sent]`` when it holds no listed item or the parse cannot be repeated (round 19c)."""
    doc = sent.doc
    text = doc_text(doc)[sent.start_char:sent.end_char]
    breaks = [sent.start_char + m.start() + 1 for m in ITEM_BREAK.finditer(text)]
    if not breaks:
        return [sent]
    from spacy.tokens import Doc

    from ..nlp import load_nlp

    nlp = load_nlp()
    if nlp.vocab is not doc.vocab:
        return [sent]
    starts = {sent.start}
    for char in breaks:
        tok = next((t for t in sent if t.idx >= char and not t.is_space), None)
        if tok is not None:
            starts.add(tok.i)
    if len(starts) < 2:
        return [sent]
    try:
        sub = Doc(doc.vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent],
                  sent_starts=[True if t.i in starts else None for t in sent])
        for _, component in nlp.pipeline:
            sub = component(sub)
        heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
        tags, pos, lemmas = [t.tag_ for t in doc], [t.pos_ for t in doc], [t.lemma_ for t in doc]
        for t in sub:
            i = sent.start + t.i
            heads[i], deps[i], tags[i], pos[i], lemmas[i] = sent.start + t.head.i, t.dep_, t.tag_, t.pos_, t.lemma_
        ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
        fixed = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags,
                    pos=pos, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    except (ValueError, IndexError):
        return [sent]
    items = [x for x in fixed.sents if x.start >= sent.start and x.end <= sent.end]
    if sum(1 for x in items if any(not t.is_space and not t.is_punct for t in x)) < 2:
        return [sent]
    return [_listed_verb(x, verbs) for x in items]


def _listed_verb(item, verbs: frozenset[str]):
    """``item`` with its opening word read as a verb when it is a capitalised word of ``verbs``
    after the item's bullet or number, read as a noun heading the item with no subject ("-
    Call on the parties ..."); ``item`` itself otherwise (round 19c)."""
    words = [t for t in item if not t.is_space and not t.is_punct and t.tag_ not in ("LS", "CD")]
    first = words[0] if words else None
    if first is None or first.i == item.start or not first.text[:1].isupper() or first.head.i != first.i or \
            first.tag_ not in ("NN", "NNP") or first.lower_ not in verbs or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return item
    doc = item.doc
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    return _as_verb(item, first, "VBP", first.lower_, heads, deps)


#: Modifiers of a body noun that make it one of two states together ("a joint commission").
JOINT_WORDS = frozenset({"joint", "bilateral", "mixed"})


def _joint_body(document, tok) -> list[str]:
    """"The commission will meet in May", where the text set up "a joint commission" (or "a
    bilateral committee") of the same noun before and names no body for it: the two states named
    last before that joint body (those who set it up, not the states the text has moved on to;
    issue 16, round 19b); [] for any other noun, or without such a body."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in tok.children):
        return []
    doc, lemma = tok.doc, tok.lemma_.lower()
    pos = token_sheet(doc).pos
    # the last such noun before it: only the tokens of its lemma are read, from the last back (round 24s)
    for i in reversed(positions(doc, frozenset((lemma,)))):
        if i >= tok.i or pos[i] != _NOUN:
            continue
        t = doc[i]
        if any(c.lower_ in JOINT_WORDS and c.dep_ in ("amod", "compound") for c in t.subtree if c.i < t.i):
            return _last_two_states(document, t.idx)
    return []


def _bylined(document) -> set[str]:
    """The authors a byline names ("By Ana Soto"): they write the text, and an act whose clause
    names no target is not aimed at them (issue 16, round 19b); a first person of theirs is
    resolved apart (``_first_person_body``). Round 34e17: also the bodies named only in the byline
    and the note on the writer ("a senior fellow at a research institute in The Hague", "professor at a
    Canadian university"): the writer's employers, no party of the acts the text tells."""
    signed = [(s.start, s.end) for s in document.sections if s.kind == "byline"]
    return {a.id for a in document.actors if a.role == "author" or signed and a.mentions and all(
        any(s0 <= m0 < s1 for s0, s1 in signed) for m0, _ in a.mentions)}


def _private_author(author) -> bool:
    """Whether the document's author is a writer in their own name (a byline with no country of
    their own): "the Government" in their column is no title of theirs (issue 16, round 19b)."""
    return author.role == "author" and author.kind == "person" and not author.country


def _state_before(document, offset: int, exclude=frozenset()) -> list[str]:
    """The state actor named last before ``offset``, none of ``exclude`` ("Norway should walk
    away ... If the Government signs": Norway), as [its id]; [] when the text names none before."""
    last = max(((s, a.id) for a in document.actors if a.kind == "state" and a.id not in exclude
                for s, e in a.mentions if e <= offset and document.text[s:e][:1].isupper()), default=None)
    return [last[1]] if last else []


def _not_its_named_target(document, d: Draft, source: list[str], index) -> list[str]:
    """``source``, where every source word is a definite noun with no name ("The Government
    strongly condemns Russia", "the ministry accused Peru") that the actors stage linked to the
    state a target of the same act names by name (the one named after it in its sentence): that
    state gives way to the state named last before the noun, none of the named targets ("Statement
    by the Ministry of Foreign Affairs of Iceland ... The Government condemns Russia": Iceland), or
    is dropped; a bare noun is not the one its own clause acts upon (issue 16, round 19b)."""
    if not all(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in t.children) for t in d.sources):
        return source
    named = _named_targets(d, index)
    if not named.intersection(source):
        return source
    kept = [s for s in source if s not in named]
    return kept or _state_before(document, d.sources[0].idx, named)


def _named_targets(d: Draft, index) -> set[str]:
    """The actors the target words of an act name by a name of theirs ("condemns Russia")."""
    return {a.id for t in d.targets if t.pos_ == "PROPN" or t.ent_type_
            for a in [index.at(t.idx, t.idx + len(t))] if a is not None}


def _pair_before_third(document, tok) -> list[str]:
    """"Ethiopia and Egypt have argued for a decade. Sudan invited both parties": where the
    sentence of "both"/"the two" names a third state before the phrase (the one who acts upon
    the pair), the two states named last before that sentence; [] where the sentence names
    none before the phrase, or one of those two (issue 16, round 19b)."""
    start = tok.sent.start_char
    inside = {a.id for a in document.actors if a.kind == "state"
              for s, _e in a.mentions if start <= s < tok.idx}
    if not inside:
        return []
    pair = _last_two_states(document, start)
    return pair if pair and not inside.intersection(pair) else []


#: The organs through which an organisation's communiqué speaks of itself in the third person
#: ("The Heads of State and Government condemn ...", "The Conference decides ...", "The Summit
#: welcomes ...", "The Authority directs ..."): in the issuer's own sections, the issuer (round 19d).
ISSUER_ORGAN_NAMES = frozenset({
    "heads of state and government", "heads of state", "heads of government", "conference",
    "summit", "extraordinary summit", "authority", "assembly", "council", "ministerial council",
    "council of ministers",
})


def _as_issuer_organs(document, ids: list[str], author) -> list[str]:
    """``ids`` with every actor that is only an organ of an issuing organisation ("Heads of State
    and Government", "Conference", "Summit": ``ISSUER_ORGAN_NAMES``, a name with no country and no
    complement of its own) replaced by the issuer, when the issuer is an organisation with no
    country of its own (a regional bloc's communiqué; not a state's ministry, whose "Council" may
    be another body) (round 19d)."""
    if author is None or author.country or author.kind not in ("igo", "organization") or not ids:
        return ids
    organs = {a.id for a in document.actors if a.id in ids and a.id != author.id and a.kind != "location"
              and re.sub(r"^the\s+", "", (a.name or "").strip().lower()) in ISSUER_ORGAN_NAMES}
    if not organs:
        return ids
    return list(dict.fromkeys(author.id if i in organs else i for i in ids))


def _organ_pronoun(document, tokens, author) -> bool:
    """"They reject ...", "They further decide ..." in the numbered paragraphs of a communiqué
    whose organ ("The Heads of State and Government", "The Conference") names no one but the
    issuing organisation: a subject that is only "they" stands for that organ, the issuer, rather
    than for whatever plural was last read (round 19d)."""
    if author is None or author.country or author.kind not in ("igo", "organization") or len(tokens) != 1:
        return False
    tok = tokens[0]
    if tok.lower_ != "they":  # "The Conference decides ...": the organ named by itself
        if not tok.text[:1].isupper() or tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        left = [t.lower_ for t in tok.doc[tok.left_edge.i:tok.i + 1] if not (t.dep_ == "det" and t.lower_ == "the")]
        # "The Conference", "The Heads of State and Government" (not an apposition read onto it)
        names = [left] + [left + [t.lower_ for t in c.subtree] for c in tok.children if c.dep_ == "prep"]
        return any(" ".join(n) in ISSUER_ORGAN_NAMES for n in names)
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.i != tok.sent.start and \
            not all(t.is_punct or t.tag_ in ("LS", "CD") or t.is_space for t in tok.sent[:tok.i - tok.sent.start]):
        return False
    return any(a.id != author.id and re.sub(r"^the\s+", "", (a.name or "").strip().lower()) in ISSUER_ORGAN_NAMES
               and any(s < tok.idx for s, _ in a.mentions) for a in document.actors)


# -- round 20b: dyad targets by form --------------------------------------------------------

#: Words at most between a body's name and its person's name in a premodifying title ("UNHCR
#: spokeswoman Marta Ruiz", "EU foreign policy chief Kaja Kallas").
MAX_PREMODIFIER_TITLE_WORDS = 4
#: How far before a person's name a body's name may end to be the body of its premodifying title.
PREMODIFIER_TITLE_CHARS = 48


def _premodifier_bodies(document, source, doc=None) -> set[str]:
    """The bodies that open the premodifying titles of the source's persons ("UNHCR spokeswoman
    Marta Ruiz", "Amnesty researcher Ana Lopes", "WHO Director-General Tedros"): the person speaks
    for that body, which is no party on the receiving end of what the person says or does. Read off
    the words: one of the body's names (its own, a mention's or the knowledge base's short ones)
    right before one to four title words right before the person's name: nouns, adjectives or
    names that the parser hangs inside the name's phrase (the actors stage often keeps no mention of
    the body inside the title). Only mentions written as a name count (not "him")."""
    persons = [a for a in document.actors if a.id in source and a.kind == "person"]
    if not persons or doc is None:
        return set()
    text, kb = document.text, load_kb()
    starts = [s for a in persons for s, _ in a.mentions if text[s:s + 1].isupper()]
    out = set()
    for a in document.actors:
        if a.kind in ("person", "state", "location") or a.id in source:
            continue
        forms = _body_forms(document, a, kb)  # "WHO spokesman": the KB's short names too
        for s in starts:
            window = text[max(0, s - PREMODIFIER_TITLE_CHARS):s]
            for form in forms:
                at = window.rfind(form + " ")
                if at < 0 or at > 0 and window[at - 1].isalnum() or not window.endswith(" "):
                    continue
                title = doc.char_span(s - len(window) + at + len(form) + 1, s - 1, alignment_mode="strict")
                if title is None or not 1 <= len(title) <= MAX_PREMODIFIER_TITLE_WORDS:
                    continue
                name = doc.char_span(s, s + 1, alignment_mode="expand")
                if name is not None and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("compound", "amod")
                                            and t.head.i > t.i and t.head.i <= name[0].i + 3 for t in title):
                    out.add(a.id)
    return out


def _agreed_content_only(d: Draft) -> bool:
    """Whether every target of an agreement comes from what was agreed, a that-clause with a subject
    of its own ("Kenya and Tanzania agreed that the EAC should send observers to the border"): the
    two sides agree with each other; whom the agreed act is aimed at is no party to the agreement
    (round 20b; "agreed to help Ukraine", with no clause subject, is left alone)."""
    tok = d.cand.token
    if d.type != "AGREE" or d.cand.pos != "verb" or not d.targets:
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and any(
        x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    return bool(clauses) and all(any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses) for t in d.targets)


#: Verbs whose object, an act noun, is a reaction to their subject ("the tests drew condemnation from
#: Japan", "..., prompting a protest from Tripoli"; round 20b).
REACTION_VERBS = frozenset({"prompt", "draw", "spark", "trigger", "provoke", "earn", "attract", "elicit",
                            "bring", "cause", "meet"})


def _reaction_target(document, d: Draft, source: list[str], author, in_author: bool, index) -> list[str]:
    """The target of a reaction an act noun names when it is the object of a verb of reaction
    ("Tunisian forces expelled 900 migrants, prompting a protest from Tripoli"; "Russia's veto
    triggered a rebuke from France"): whoever did what prompted it, the verb's subject, or for a
    participle with none the subject of the clause it hangs on; a subject that is an act noun
    ("Israel's decision", "the arrest of X by Y") stands for its doer or owner. [] elsewhere."""
    tok = d.cand.token
    if d.cand.pos != "noun" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in REACTION_VERBS:
        return []
    verb = tok.head
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
        clause = verb.head  # "X expelled 900 migrants, aid groups said, prompting ...": what was reported
        reported = [c for c in clause.children if c.dep_ == "ccomp"] \
            if clause.lemma_.lower() in load_modality().reporting_verbs else []
        subj = [c for c in (reported[0] if reported else clause).children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or subj[0].pos_ == "PRON" and subj[0].lower_ in ("it", "this", "that", "which"):
        return []
    doers = [t for x in subj for t in conjuncts(x)]
    if doers[0].pos_ == "NOUN" and not doers[0].ent_type_ and index.at(*mention_span(doers[0])) is None:
        doers = [o for x in doers for o in owners(x)]  # "Israel's decision", "the veto by Moscow"
    found = [a for a in _actors_of(document, doers, author, in_author, index) if a not in source]
    return found


#: Nouns that name one agreement in other words: "this deal" refers back to "an agreement" or "the
#: accord" reported before (``_antecedent``; round 20b).
AGREEMENT_NOUNS = ("agreement", "deal", "accord", "pact", "treaty")


def _conditioned_party(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                       index) -> list[str]:
    """Round 29e4: "She warned that Berlin would take further measures if Eritrean officials were
    found to be watching exiles": a warning whose clause names no target (the one found is the
    context's guess) or only the warner's own side (the warner, the doer of the consequence, every
    actor of their countries) is aimed at the subject of the condition it sets (an "if"/"unless"
    clause under the trigger), when that names an actor outside that side; ``target`` otherwise."""
    conditions = [c for c in d.cand.token.subtree if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
    if not conditions:
        return target
    # the doer of the consequence ("Berlin would take measures if ..."): the warner's side too
    doers = [s for c in conditions for s in c.head.children if s.dep_ in ("nsubj", "nsubjpass")]
    side = set(source) | set(_actors_of(document, doers, author, in_author, index))
    countries = {a.country for a in document.actors if a.id in side and a.country}
    own = side | {a.id for a in document.actors if a.country in countries}
    if d.targets and not all(t in own for t in target):
        return target
    subjects = [c for clause in conditions for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                for c in conjuncts(s)]
    found = [a for a in _actors_of(document, subjects, author, in_author, index) if a not in own]
    return found or target


def _own_state_warned(document, d: Draft, source: list[str], target: list[str], events) -> list[str]:
    """"She warned that Berlin would take further measures", said by Germany's minister: a warning
    whose only targets are the warner's own state (the subject of what it warns its state will do) is
    aimed at that state's counterpart, the other party of the last hostile event, else of any event,
    reported before in which that state took part; kept when there is none."""
    countries = {a.country for a in document.actors if a.id in source and a.country}
    states = {a.id for a in document.actors if a.kind == "state" and a.country in countries}
    if not states or not all(t in states for t in target):
        return target
    own = set(source) | states
    before = d.sent.start_char
    return counterpart([e for e in events if e.type in HOSTILE_TYPES], own, before) \
        or counterpart(events, own, before) or target


def _stated(document) -> bool:
    """Whether the document has a section in its issuer's own voice (a statement's)."""
    return any(s.kind == "statement" for s in document.sections)


def _unnamed_publisher(document):
    """Round 20: the publisher of a statement that its text never names ("North Atlantic Council",
    "ASEAN Secretariat" over a "Press release" that says "The Council ...", "The Chair ..."): the
    actor the actors stage made of the publisher's knowledge-base entry (no mention), else None."""
    if not document.publisher or not _stated(document):
        return None
    name = " ".join(document.publisher.split()).lower()
    return next((a for a in document.actors if not a.mentions and a.kind in ("igo", "organization")
                 and (a.name or "").lower() == name), None)


#: Bare titles of whoever chairs the meeting a chair's statement or summary is issued for.
CHAIR_NOUNS = frozenset({"chair", "chairman", "chairperson", "chairwoman", "presidency"})
#: A title that says its document is the chair's own ("Chairman's Statement of ...", "Chair's Summary").
_CHAIR_TITLE = re.compile(r"\bchair(?:man|person|woman)?'?s?\s+(?:statement|summary)\b", re.I)


def _publisher_noun(document, tok) -> bool:
    """Round 20: "The Embassy urges ...", "The Council called on ...", "The Ministry summoned ..."
    in the statement's own sections: a definite noun with no name, owner or complement of its own
    that is the head word of the publisher's name ("Embassy of India in Canada", "North Atlantic
    Council") is the issuer, as "this Ministry" is; "The Chair", "The Chairman" in a chair's
    statement or summary is the issuer too. Not "the Ministry of Defence", "the Security Council",
    "a council", nor a noun the publisher's name does not hold."""
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("prep", "poss", "appos", "compound", "amod", "nmod") for c in tok.children):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return False  # "the Council President Costa"
    word = tok.lower_
    if word in CHAIR_NOUNS:
        title = document.text[:ISSUER_HEADER_CHARS].lstrip().split("\n", 1)[0]
        return bool(_CHAIR_TITLE.search(title))
    if word not in ISSUER_BODY_NOUNS or not document.publisher:
        return False
    return word in {w.lower() for w in re.findall(r"[A-Za-z]+", document.publisher)}


def _party_lemma(tok) -> str | None:
    """Round 20: "The Ministers" tagged as a singular proper noun (NNP) in a bulleted summary: the
    generic party noun its plural spells ("minister"), else None."""
    word = tok.lower_
    if tok.tag_ not in ("NNP", "NNPS") or not word.endswith("s"):
        return None
    if tok.ent_type_ and any(t.ent_type_ == tok.ent_type_ and t.i != tok.i and t.dep_ != "det"
                             for t in tok.doc[max(0, tok.i - 3):tok.i + 4] if t.ent_iob_ != "O"):
        return None  # "the Ministers of Peru": a name the model found around it
    return word[:-1] if word[:-1] in GENERIC_PARTY_NOUNS else None


#: Officials who speak or act for a body and are often left unnamed ("a ministry spokesperson").
BODY_OFFICIAL_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "representative",
                                 "source", "statement"})
#: Bodies such an official is of, named as a noun before the official ("a ministry spokesperson").
OFFICIAL_BODY_NOUNS = frozenset({"ministry", "government", "army", "military", "police", "presidency",
                                 "embassy", "office", "department", "navy", "command", "agency", "council",
                                 "secretariat", "commission"})


def _body_official(document, tok) -> list[str]:
    """Round 20: "South Korea's unification ministry said ... A ministry spokesperson urged
    Pyongyang to ...": an official with no name whose only modifier is the noun of a body ("a
    ministry spokesperson", "an army official", "the embassy statement") stands for the last actor
    named before it in the document whose own words hold that noun ("South Korea's unification
    ministry"); [] when none does (no guess from the nearest state)."""
    if tok.lemma_.lower() not in BODY_OFFICIAL_NOUNS or tok.ent_type_:
        return []
    bodies = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
    if len(bodies) != 1 or bodies[0].lemma_.lower() not in OFFICIAL_BODY_NOUNS:
        return []
    if any(c.dep_ == "poss" for c in tok.children):
        return []
    word = bodies[0].lower_
    best = None
    for a in document.actors:
        if a.kind in ("location", "person"):
            continue
        for s, e in a.mentions:
            if e <= tok.idx and re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", document.text[s:e].lower()) \
                    and (best is None or s > best[0]):
                best = (s, a.id)
    return [best[1]] if best else []


#: Texts a body adopts or issues that then "call on", "urge" or "demand" in their own right.
ISSUED_TEXT_NOUNS = frozenset({"resolution", "declaration", "decision", "motion"})


def _issued_text(tok) -> bool:
    """Round 20: "The resolution calls on Syria to ...": a definite text a body adopted is the
    subject of the act; ``_issuer`` reads who adopted it ("The Board adopted a resolution")."""
    return tok.lemma_.lower() in ISSUED_TEXT_NOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _adopter(document, tok, author, index) -> list[str]:
    """Round 20: who adopted the text "The resolution" refers to: the subject of the last verb
    before it in the document whose direct object is a text of the same noun ("The board of
    governors of the agency adopted a resolution on Friday that censures ..." paragraphs before);
    [] when none is named."""
    lemma = tok.lemma_.lower()
    for prev in reversed(tok.doc[:tok.i]):
        if prev.dep_ == "dobj" and prev.lemma_.lower() == lemma and prev.head.pos_ == "VERB":
            subj = [c for c in prev.head.children if c.dep_ == "nsubj"]
            if subj:
                return _actors_of(document, subj, author, False, index)
    return []


def _holder_of_another(document, tok, person, titled: list[str], index) -> bool:
    """Round 20: "Jordan's foreign minister, Nasser Haddadin, ... Syria's deputy water minister
    joined ...": the title word before a name is that person's own title (a mention of the person,
    not of the unnamed office holder), or the unnamed holder is of another country than the
    person: the two are not one."""
    owner = index.at(tok.idx, tok.idx + len(tok))
    if owner is not None and owner.id == person.id and _possessed_title(tok):
        return True
    countries = {a.country for a in document.actors if a.id in titled and a.country}
    return bool(countries and person.country and person.country not in countries)


def _possessed_title(tok) -> bool:
    """"Jordan's foreign minister, Nasser Haddadin": a title with a possessor of its own is that
    person's title; "The AU special envoy for the Sahel, Ana Soto" (a title the actors stage also
    makes a mention of the person since round 21) still names the unnamed envoy before it."""
    return any(c.dep_ == "poss" for c in tok.children)


#: Bare nouns a speaker's reported words use for the speaker's own state ("the government would ...").
OWN_GOVERNMENT_NOUNS = frozenset({"government", "authorities"})


def _speakers_government(document, d, source: list[str], author, in_author: bool, index) -> list[str]:
    """Round 20: "A government spokesman, Adel Saleh, said ..., adding that the government would never
    negotiate with the group": a bare "the government" (no name, owner or complement) in the
    reported words of a speaker of one country is that country's state, not the state the actors
    stage linked the noun to (the story's focus, a mediator named before); [] where the speaker has
    no country, the state is no actor, or the noun already is that state."""
    tok = d.sources[0]
    if tok.lemma_.lower() not in OWN_GOVERNMENT_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or \
            [c for c in tok.children if not (c.dep_ == "det" and c.lower_ == "the")]:
        return []
    verb, said_by = d.reporter, []
    for _ in range(3):  # "said ..., adding that ...": the subject of the reporting verb it hangs on
        said_by = [c for c in verb.children if c.dep_ == "nsubj"]
        if said_by or verb.head.i == verb.i:
            break
        verb = verb.head
    speakers = _actors_of(document, said_by, author, in_author, index)
    if not speakers:  # "'...,' al-Mansouri said, adding that ...": the speaker of the sentence's quote
        lo, hi = d.sent.start_char, d.sent.end_char
        speakers = [q.speaker for q in getattr(document, "quotes", None) or () if q.speaker and lo <= q.start < hi]
    kinds = {a.id: a for a in document.actors}
    countries = {kinds[i].country for i in speakers if i in kinds and kinds[i].kind == "person" and kinds[i].country}
    if len(countries) != 1:
        return []
    country = next(iter(countries))
    if any(kinds[i].country == country for i in source if i in kinds):
        return []
    states = [a.id for a in document.actors if a.kind == "state" and a.country == country]
    return states[:1]


#: Nouns a wire uses for an armed group it named before ("The group later threatened ...").
GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "outfit", "organisation", "organization"})
#: Adjectives such a noun may carry and still refer back ("the militant group", "the armed movement").
GROUP_MODIFIERS = frozenset({"militant", "armed", "rebel", "jihadist", "insurgent", "islamist", "separatist"})
#: Dependents such a noun may have and still refer back: a relative clause describes the group named
#: before ("the group that held the workers, which calls itself ...": round 27e5).
GROUP_NOUN_DEPS = frozenset({"det", "amod", "relcl", "punct"})


def _the_group(document, tok) -> list[str]:
    """Round 20: "Fighters of JNIM attacked an army post. The group later threatened ...", "would
    never negotiate with the group": a definite group noun with no name, owner or complement ("the
    group", "the militant group", "the group that held them": 27e5) stands for the last named armed
    group (an armed-group actor whose name has a capital) mentioned before it, else the last unnamed
    one ("the militants"); [] when none is, or the noun has modifiers of its own ("the contact
    group", "a group of farmers")."""
    if tok.lemma_.lower() not in GROUP_NOUNS or tok.pos_ != "NOUN":
        return []
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) or \
            any(c.dep_ not in GROUP_NOUN_DEPS or c.dep_ == "amod" and c.lower_ not in GROUP_MODIFIERS for c in kids):
        return []
    best = None
    for a in document.actors:
        if a.kind != "armed_group":
            continue
        named = not a.name.islower()  # a named group first, then "the militants" named before
        for s, e in a.mentions:
            if e <= tok.idx and (best is None or (named, s) > best[0]):
                best = ((named, s), a.id)
    if best is None:
        return []
    lemma, since = tok.lemma_.lower(), best[0][1]
    if any(t.lemma_.lower() == lemma and since <= t.idx and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                                                 for c in t.children) for t in tok.doc[:tok.i]):
        return []  # "Police dispersed a group of protesters. The group ...": the group brought in since
    return [best[1]]


def _ordered_deployment(d: Draft) -> bool:
    """"I have ordered the Chief of the General Staff to deploy two battalions along the border": a
    deployment the author orders its own forces to make is an act of the author even with nobody
    named on the receiving end (round 21b; ``arguments._ordered_subordinate`` gives it the orderer)."""
    from ..events.arguments import ORDERING_VERBS

    tok = d.cand.token
    return d.type in UNTARGETED_TYPES and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ORDERING_VERBS


#: How far back (characters) the attack whose casualties a doerless passive reports may lie.
ATTACK_BEFORE_CHARS = 600


def _attacker_before(d: Draft, events: list[SimpleNamespace], start: int, target: list[str], lexicon) -> list[str]:
    """"Aircraft of the X Armed Forces struck the market. Fourteen of our citizens were killed": a
    passive ASSAULT with no doer named (no "by" phrase, no subject of its own) was done by whoever
    did the attack reported last before it, within ``ATTACK_BEFORE_CHARS`` (round 21b); [] when that
    attack has no doer either or did not happen ("threatened to shell the towns"). Round 27e3: so
    is an active one whose subject is that attack itself ("an air strike by X hit a school ... X
    said that the strike hit a camp"): the last attack with a doer within ``ANTECEDENT_CHARS``."""
    if d.cand.pos != "verb":
        return []
    named = bool(d.sources) and all(_bare_definite_act(t, lexicon) for t in d.sources)
    if not named and (d.sources or not is_passive(d.cand.token)):
        return []
    window = ANTECEDENT_CHARS if named else ATTACK_BEFORE_CHARS
    prior = next((e for e in reversed(events) if e.type == "ASSAULT" and e.trigger.start < start
                  and start - e.trigger.start <= window and (e.source or not named)), None)
    if prior is None or prior.mode not in FACT_MODES:  # "threatened to shell towns ... where 100 were killed"
        return []
    return [a for a in prior.source if a not in target]


def _summit_bloc(tok, index) -> list[str]:
    """The bloc whose gathering the text reported before ``tok`` ("A summit of the East African
    Community ended ... the leaders approved an aid package": the Community, not the host state nor
    one member; round 21b): the body ``_meeting_body_at`` reads as the holder of the last meeting
    noun before it; [] when no meeting of a bloc was reported."""
    doc = tok.doc  # only a meeting noun names a body (``_meeting_body_at``): only those are read (round 24s)
    for i in reversed(positions(doc, BODY_MEETING_NOUNS)):
        if i < tok.i and (body := _meeting_body_at(doc[i], index)) is not None:
            return [body]
    return []


def _bloc_leaders(d: Draft, index) -> list[str]:
    """"A summit of the East African Community ended ... the leaders approved an aid package": a bare
    plural subject of the bloc's members ("the leaders", "the heads of state") after a summit of a
    bloc is the bloc, whatever state the actors stage linked the noun to (the host, by the dateline);
    [] elsewhere (round 21b)."""
    if d.reciprocal:  # round 30s4: before the subjects are read
        return []
    subjects = [t for t in d.sources if _generic_party_noun(t)]
    if not subjects or len(subjects) != len(d.sources):
        return []
    if (_party_lemma(subjects[0]) or subjects[0].lemma_.lower()) not in BLOC_MEMBER_LEMMAS:
        return []
    return _summit_bloc(subjects[0], index)

#: Round 21c: nouns of a text a meeting works on ("vetoed the draft text", "refused to endorse the
#: chair's summary", "demanded that the declaration condemn ...") and of its sittings ("walked out of
#: the closing session"): with no party of their own they stand for the body that holds the meeting.
MEETING_TEXT_NOUNS = frozenset({"text", "draft", "declaration", "communique", "communiqué", "summary",
                                "statement", "document", "wording", "conclusions", "session", "summit",
                                "sitting", "plenary", "meeting", "conference", "vote", "result", "resolution"})
#: Nouns of a meeting whose "of" complement or modifier names the body holding it ("a summit of the
#: East African Community", "the Arab League summit", "the Assembly of the African Union").
BODY_MEETING_NOUNS = frozenset({"summit", "meeting", "session", "conference", "assembly", "sitting", "plenary"})
#: Verbs whose subject holds the meeting that is their object ("the OAS held a special session").
MEETING_HOLD_VERBS = frozenset({"hold", "convene", "open", "host"})
#: Verbs by which a body adopts a text ("the General Assembly adopted a resolution"): their subject
#: holds the texts, votes and results of the meeting.
ADOPT_VERBS = frozenset({"adopt", "pass", "approve", "endorse"})
#: Characters after the act within which a meeting named later still counts (a headline before its lead).
MEETING_BODY_AFTER_CHARS = 800
#: Kinds of actor that make a text or session someone's own ("the draft proposed by Ethiopia").
TEXT_OWNER_KINDS = frozenset({"state", "person", "organization", "igo", "armed_group", "group"})


def _act_object_nouns(d: Draft) -> list:
    """The nouns an act is done to, read off the parse: the trigger's own nouns ("blocks ...
    declaration"), the direct object of the trigger or of its infinitive ("refused to endorse a
    summary"), a prepositional object hung on the verb or its particle ("walked out of the session"),
    and, for a REQUEST, the subject of the demanded clause ("demanded that the text condemn ...")."""
    tok = d.cand.token
    nouns = [p for p in d.cand.parts[1:] if p.pos_ in ("NOUN", "PROPN")]
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    for h in list(heads):
        heads.extend(c for c in h.children if c.dep_ in ("prt", "advmod"))
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "obj"):
                nouns.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("of", "from", "on"):
                nouns.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "ccomp" and d.type == "REQUEST":  # "that the text condemn", its subject
                nouns.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")  # (or read as a compound)
                             or g.dep_ == "compound" and g.i < c.i and c.pos_ == "VERB")
    return [n for n in nouns if n.pos_ == "NOUN"]


def _owned_text(document, noun, index) -> bool:
    """Whether a text or session noun names a party of its own in its phrase ("the draft proposed
    by Ethiopia", "Russia's text", "the talks with Kenya"): a state, person or body, not a place."""
    kinds = {a.id: a.kind for a in document.actors}
    for t in noun.subtree:
        if t.i != noun.i and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            actor = index.at(t.idx, t.idx + len(t.text))
            if actor is not None and kinds.get(actor.id) in TEXT_OWNER_KINDS:
                return True
    return False


def _meeting_body_at(m, index) -> str | None:
    """The international body a meeting noun names as its holder ("a summit of the East African
    Community", "the Arab League summit"), or None."""
    if m.lemma_.lower() not in BODY_MEETING_NOUNS or m.pos_ not in ("NOUN", "PROPN"):
        return None
    owners_ = [g for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owners_ += [c for c in m.children if c.dep_ in ("compound", "poss", "nmod")]
    if m.dep_ in ("dobj", "obj") and m.head.lemma_.lower() in MEETING_HOLD_VERBS:  # "the OAS held a session"
        owners_ += [c for c in m.head.children if c.dep_ == "nsubj"]
    for o in owners_:
        actor = index.at(*mention_span(o))
        if actor is not None and actor.kind == "igo":
            return actor.id
    return None


def _meeting_text_body(document, doc, d: Draft, start: int, source: list[str], target: list[str], index) -> list[str]:
    """Round 21c: an act upon a text or a sitting of a meeting that names no party of its own ("vetoed
    the draft text", "walked out of the closing session", "refused to endorse the chair's summary",
    "demanded that the text condemn ...") is aimed at the body holding the meeting: the international
    body named as the holder of the last meeting before it in the document ("a summit of the East
    African Community"), else of one named just after (a headline before its lead). [] when the act
    has no such noun, the noun has a party of its own, or no body's meeting is named; a REQUEST keeps
    the target it has unless its demanded clause is said of the text."""
    derived = views_of(doc).derived
    found = derived.get("meeting_words")
    if found is None:  # round 26s: read once per Doc, not once per draft
        found = derived["meeting_words"] = (positions(doc, ADOPT_VERBS, BODY_MEETING_NOUNS),
                                            bool(positions(doc, MEETING_TEXT_NOUNS)))
    holders, text_nouns = found  # the only words a body is read at (round 24s)
    if not holders or not target and not text_nouns:
        return []  # no text or session noun to act upon in the document (round 26s: before the parse walk)
    bodies = _holder_bodies(doc, holders, index)
    if not bodies:
        return []  # no holder names a body in the document (round 28s1: before the act's nouns are read)
    nouns = [n for n in _act_object_nouns(d) if n.lemma_.lower() in MEETING_TEXT_NOUNS
             and not _owned_text(document, n, index)
             and not (d.type in RECIPROCAL_TYPES and n.lemma_.lower() in BODY_MEETING_NOUNS)]  # "proposed a meeting"
    if target:  # a REQUEST's demanded clause said of the text; the bloc's members as the only target
        nouns = [n for n in nouns if d.type == "REQUEST" and n.dep_ in ("nsubj", "nsubjpass", "compound")]
        members = [t for t in d.targets if _bloc_members(document, t, index)]
        if members and len(members) == len(d.targets):
            nouns = members
    if not nouns:
        return []
    before, after = None, None
    for at, body in bodies:
        if at < start:
            before = body
        elif at <= start + MEETING_BODY_AFTER_CHARS and after is None:
            after = body
    body = before or after
    return [body] if body is not None and body not in source else []


def _holder_bodies(doc, holders: list[int], index) -> list[tuple[int, str]]:
    """(character offset, body id) of each holder word of the Doc that names the body holding its
    meeting or adopting its text, in order: read once per Doc and actor index (round 28s1; it was
    read again for every draft), kept in the views' ``derived`` with the index it was read with."""
    derived = views_of(doc).derived
    held = derived.get("holder_bodies")
    if held is not None and held[0] is index:
        return held[1]
    bodies = []
    for m in map(doc.__getitem__, holders):
        if m.lemma_.lower() in ADOPT_VERBS and m.pos_ == "VERB":  # "The General Assembly adopted a resolution"
            body = _adopting_body(m, index)
        elif m.lemma_.lower() in BODY_MEETING_NOUNS:
            body = _meeting_body_at(m, index)
        else:
            continue
        if body is not None:
            bodies.append((m.idx, body))
    derived["holder_bodies"] = (index, bodies)
    return bodies


#: Round 21c: words of a court or tribunal's name: a forum an act is lodged with or brought before,
#: not the party it is aimed at ("lodged a request for arbitration with the Permanent Court of
#: Arbitration": the accused is the target).
FORUM_WORDS = frozenset({"court", "tribunal"})
#: Nouns of a legal act that make any body it is lodged with a forum ("a complaint with the Council").
FORUM_ACT_NOUNS = frozenset({"complaint", "case", "petition", "application", "suit", "lawsuit"})
#: Prepositions that put a forum beside an act ("with the Court", "before the tribunal").
FORUM_PREPS = frozenset({"with", "before"})


def _forum(actor) -> bool:
    return actor is not None and actor.kind in ("igo", "organization") and \
        bool(FORUM_WORDS.intersection(actor.name.lower().split()))


def _forum_target(document, d: Draft, source: list[str], target: list[str], events, index) -> list[str]:
    """Round 21c: a court or tribunal among an act's targets that the clause names only as the forum
    ("filed a case with the International Court of Justice", "brought the dispute before the
    tribunal") or that only the context fallback gave ("warned that Sudan could stop the crude",
    the court named in the sentence before) is not on the receiving end: the act is aimed at the
    other targets, else at the other party of the last hostile event reported before it in which the
    source's side took part (the accused), else it keeps its targets. A court addressed ("asked the
    Court to rule") or acting stays."""
    actors = {a.id: a for a in document.actors}
    forums = [t for t in target if _forum(actors.get(t))]
    if any(p.lemma_.lower() in FORUM_ACT_NOUNS for p in d.cand.parts):  # "lodged a complaint with the Council"
        forums += [a.id for tok in d.targets if tok.dep_ == "pobj" and tok.head.lower_ in FORUM_PREPS
                   and (a := index.at(*mention_span(tok))) is not None and a.id in target
                   and a.kind in ("igo", "organization") and a.id not in forums]
    if not forums or not source:
        return target
    for tok in d.targets:
        actor = index.at(*mention_span(tok))
        if actor is not None and actor.id in forums and not (
                tok.dep_ == "pobj" and tok.head.lower_ in FORUM_PREPS):
            return target  # "asked the Court to rule": the court is addressed
    others = [t for t in target if t not in forums]
    if others:
        return others
    own = _own_country_side(document, source) or set(source)
    before = d.sent.start_char
    hostile = [e for e in _told_events(events) if e.type in HOSTILE_TYPES and
               not set(forums).intersection(e.source + e.target)]
    accused = [t for t in counterpart(hostile, own, before) if t not in forums]
    if not accused:  # "Azerbaijani forces seized two border posts": the last hostile act by another side
        accused = next((list(e.source) for e in reversed(hostile) if e.trigger.start < before and e.source
                        and not own.intersection(e.source)), [])
    return accused or target


#: Round 21c: acts that move one's own forces, aimed at the adversary they are moved from or
#: against ("urged South Sudan to withdraw its troops", "deploy two battalions along the border").
ADVERSARY_TYPES = frozenset({"RETREAT", "MOBILIZE"})
#: Verbs of a withdrawal of forces (not a resignation or a release).
WITHDRAWAL_VERBS = frozenset({"withdraw", "pull", "retreat", "evacuate", "redeploy", "withdrawal", "pullout"})
#: Nouns of a frontier that make a deployment one against the neighbour across it.
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _source_side(document, source: list[str]) -> set[str]:
    """The source and every actor of its country (its state, forces, officials), armed groups
    apart; empty when no source has a country."""
    actors = {a.id: a for a in document.actors}
    countries = {actors[s].country for s in source if s in actors and actors[s].country}
    if not countries:
        return set()
    return set(source) | {a.id for a in document.actors if a.country in countries and a.kind != "armed_group"}


def _toward_frontier(tok) -> bool:
    """Whether a deployment is sent to a frontier: "deploy two battalions along the border"."""
    return any(t.lemma_.lower() in FRONTIER_NOUNS and t.dep_ == "pobj" for t in tok.subtree)


#: Round 26e3: the markers of a clause saying what a deployment answers ("after X crossed the line").
PROVOKED_MARKS = frozenset({"after", "when", "as"})


def _provoker(tok, index) -> list[str]:
    """Round 26e3: the actors the subject of a deployment's "after" / "when" / "as" clause names
    ("moved two divisions north after Chinese troops crossed the line": China); [] when none."""
    found = []
    for v in tok.children:
        if v.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in PROVOKED_MARKS
                                        for m in v.children):
            continue
        for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            for actor in (index.at(*mention_span(subj)), *(index.at(t.idx, t.idx + len(t.text)) for t in subj.subtree)):
                if actor is not None and actor.kind != "location" and actor.id not in found:
                    found.append(actor.id)
    return found


def _adversary_target(document, d: Draft, source: list[str], target: list[str], events, index) -> list[str]:
    """Round 21c: a withdrawal ("urged South Sudan to withdraw its troops", "before withdrawing under
    pressure") or a deployment to a frontier ("deploy two battalions along the border") that names
    no one outside the doer's own side is aimed at the other party of the last hostile event
    reported before it in which that side took part; a deployment "to protect X from Y" is aimed at Y.
    Its own forces ("its troops") are no target. Left as it is when no such event was reported (the context fallback decides)."""
    if d.type not in ADVERSARY_TYPES or d.type == "RETREAT" and d.cand.token.lemma_.lower() not in WITHDRAWAL_VERBS:
        return target  # "urged the minister to resign": no adversary
    own = _source_side(document, source)
    if not own or any(t not in own for t in target):
        return target
    if d.type == "MOBILIZE":
        guarded = [a for a in _guarded_from(d.cand.token, index) if a not in own]
        if guarded:  # "troops were sent to protect the field from fighters of X"
            return guarded
        provoker = [a for a in _provoker(d.cand.token, index) if a not in own]
        if provoker:  # round 26e3: "sent frigates after a Turkish ship began a survey": at Turkey
            return provoker
        if not _toward_frontier(d.cand.token):
            return target
    hostile = [e for e in events if e.type in HOSTILE_TYPES]
    return counterpart(hostile, own, d.sent.start_char) or target


#: Plural nouns for the members of a bloc at its meeting ("the leaders approved", round 21b; "urged the
#: leaders not to paralyse the bloc", "thanked the member states", round 21c).
BLOC_MEMBER_LEMMAS = frozenset({"leader", "member", "head", "participant"})


def _bloc_members(document, tok, index) -> bool:
    """Whether an aimed-at token is a bloc's members named by a bare plural ("the leaders", "all
    members", "the heads of state"): no number, "both" or "two", no name, no party in its phrase."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in BLOC_MEMBER_LEMMAS:
        return False
    if any(c.dep_ == "nummod" or c.lower_ in ("both", "two", "their", "his", "her", "its") for c in tok.children):
        return False
    return not _owned_text(document, tok, index)


#: Round 21c: verbs of a deployment's purpose whose "from"/"against" object is the adversary
#: ("sent to protect the field from fighters of X").
GUARD_VERBS = frozenset({"protect", "defend", "guard", "shield", "secure"})


def _guarded_from(tok, index) -> list[str]:
    """The actors a deployment's purpose clause guards against: "to protect the field from the
    fighters of X", "to defend the border against X"; [] when it has none."""
    found = []
    for v in tok.children:
        if v.dep_ in ("advcl", "xcomp") and v.lemma_.lower() in GUARD_VERBS:
            for o in _pobjs(v, frozenset({"from", "against"})):
                actor = index.at(*mention_span(o))
                if actor is not None and actor.kind != "location":
                    found.append(actor.id)
    return list(dict.fromkeys(found))


def _adopting_body(verb, index) -> str | None:
    """The international body that adopts a text: the subject of "adopted a resolution",
    "approved the declaration" (an ``igo``), or None."""
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MEETING_TEXT_NOUNS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "nsubj":
            actor = index.at(*mention_span(c))
            if actor is not None and actor.kind == "igo":
                return actor.id
    return None


#: Round 21c: nouns and participles that name a third party as the broker or host of a meeting,
#: not one of its sides ("under the auspices of the African Union", "talks mediated by Qatar").
BROKER_NOUNS = frozenset({"auspices", "aegis", "mediation", "facilitation", "chairmanship"})
BROKER_PARTICIPLES = frozenset({"mediate", "broker", "facilitate"})  # not "sponsored by": a backer
_BROKER_WORDS = BROKER_NOUNS | BROKER_PARTICIPLES


def _brokers(sent, index) -> set[str]:
    """The actors a sentence names only as a broker: the "of" object of "auspices", "aegis",
    "mediation" ("under the auspices of the African Union") and the "by" object of "mediated by",
    "brokered by"."""
    out = set()
    doc = sent.doc
    lowers, lemmas = token_strings(doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _BROKER_WORDS and lowers[i] not in BROKER_NOUNS:
            continue  # the word test first: a ``Token`` only for a broker's word (round 27s1)
        tok = doc[i]
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (low in BROKER_NOUNS or tok.lower_ in BROKER_NOUNS):  # "auspices": lemma "auspex"
            objs = _pobjs(tok, frozenset({"of"}))
        elif tok.tag_ == "VBN" and low in BROKER_PARTICIPLES:
            objs = _pobjs(tok, frozenset({"by"}))
        else:
            continue
        for o in objs:
            actor = index.at(*mention_span(o))
            if actor is not None:
                out.add(actor.id)
    return out


#: Plural members whose acts are their body's (round 22b): "the judges voted ... to reject" is the
#: court's; lemma -> words of the body's name, one of them in the actor's name.
MEMBER_BODIES = {
    "judge": ("court", "tribunal"),
    "arbitrator": ("tribunal", "court", "panel"),
    "lawmaker": ("parliament", "assembly", "congress", "legislature", "senate", "house", "duma", "knesset"),
    "legislator": ("parliament", "assembly", "congress", "legislature", "senate", "house"),
    "deputy": ("parliament", "assembly", "duma", "chamber"),
    "senator": ("senate",),
}


def _members_body(document, subjects: list, start: int) -> list[str]:
    """The body a bare plural of its members stands for ("the judges", "lawmakers", "the two
    senators"): the actor whose name holds one of its body's words and that was named last before
    ``start`` (the court of "a judgment of the International Court of Justice ... the judges voted
    13 to 2"); [] when a subject has a name, an owner or a phrase of its own ("judges of the
    appeals chamber", "Kenyan lawmakers") or no such body was named (round 22b)."""
    words = set()
    for t in subjects:
        found = MEMBER_BODIES.get(t.lemma_.lower())
        if found is None or t.tag_ not in ("NNS", "NNPS") or t.ent_type_ or any(
                c.dep_ in ("poss", "prep", "appos", "compound") or c.ent_type_ in ("NORP", "GPE", "ORG")
                for c in t.children):
            return []
        words.update(found)
    best, best_at = None, -1
    for a in document.actors:
        name = (a.name or "").lower().split()
        if a.kind == "person" or not any(w in name for w in words):
            continue
        at = _last_mention(a, start)
        if at is not None and at > best_at:
            best, best_at = a.id, at
    return [best] if best is not None else []


def _official_for(document, subjects: list, author, in_author: bool, index) -> list[str]:
    """"A spokesperson for the Secretary-General ... appealed to member states": an official with
    no name of their own who speaks for an actor named by "for" or "of" is that actor (round 22b:
    the subject of a verb coordinated after a reported clause is found now, and was left with no
    actor); [] elsewhere."""
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in BODY_OFFICIAL_NOUNS or subjects[0].ent_type_:
        return []
    named = [o for c in subjects[0].children if c.dep_ == "prep" and c.lower_ in ("for", "of")
             for o in c.children if o.dep_ == "pobj"]
    return _actors_of(document, named, author, in_author, index) if named else []


#: Definite nouns that stand for the actor of their kind named last before them (round 22b): "the
#: country would suspend its contributions" (Congo), "the alliance would send four frigates" (NATO).
DEFINITE_KIND_NOUNS = {"country": ("state",), "nation": ("state",), "alliance": ("igo",), "bloc": ("igo",)}


def _definite_kind(document, subjects: list, start: int) -> list[str]:
    """The actor a bare "the country" or "the alliance" stands for: the last actor of its kind
    named before ``start`` (a state; an international organisation); [] when the noun has any
    other word ("the country's army", "a country", "the whole bloc") or none is named (22b)."""
    if len(subjects) != 1:
        return []
    t = subjects[0]
    kinds = DEFINITE_KIND_NOUNS.get(t.lemma_.lower())
    if kinds is None or t.tag_ != "NN" or t.ent_type_ or \
            [c for c in t.children if not (c.dep_ == "det" and c.lower_ == "the")] or \
            not any(c.dep_ == "det" for c in t.children):
        return []
    last = max(((s, a.id) for a in document.actors if a.kind in kinds
                for s, e in a.mentions if e <= t.idx), default=None)
    return [last[1]] if last else []


# --- round 22c: a government's acts towards its own nationals and its own routine ---------------

#: Acts of care, transport, advice or routine that a government does for its own people: coded
#: only when the people cared for belong to another state ("Tunisia evacuated 40 Filipinos").
OWN_CARE_TYPES = frozenset({"AID", "COOPERATE", "CONSULT", "REQUEST", "MOBILIZE"})
#: Cues of an order to leave retyped as an expulsion or a deportation: an order to a state's own
#: people is an evacuation ("ordered all Americans to leave Iraq"; round 31f3).
LEAVING_ORDER_CUES = ("expulsion-order:", "deportation-order:")
#: Nouns for a state's private people (not its officials or forces).
NATIONALS_NOUNS = frozenset({"national", "citizen", "compatriot", "expatriate", "evacuee", "countryman",
                             "countrywoman", "tourist", "pilgrim", "traveller", "traveler"})
#: Requests to one's own people that are advice, not a demand ("Filipinos are advised not to travel");
#: an appeal to them ("we urge residents to report any suspicious movement") is coded.
ADVICE_VERBS = frozenset({"advise", "recommend"})
#: Nouns for people in care (visited, flown home, condoled): "the freed men", "the wounded".
CARED_NOUNS = frozenset({"man", "woman", "child", "wounded", "injured", "victim", "survivor", "family",
                         "patient", "hostage", "captive", "evacuee"})
#: Motion verbs whose passive carries someone ("were flown to the capital"): no visit by them.
CARRYING_VERBS = frozenset({"fly", "airlift", "bring", "take", "transport", "carry", "drive", "ferry"})
#: Source kinds that are a state's organs (a rebel group's talks with its own state are events; so
#: are a minister's consultations with a region of the country: "Nunavut was never consulted").
STATE_SIDE_KINDS = frozenset({"state", "organization"})
#: Types that a state's own organs do in their own territory as routine ("patrols in its waters").
OWN_ROUTINE_TYPES = frozenset({"COOPERATE", "CONSULT"})


def _nationals_noun(tok) -> bool:
    """"nationals", "citizens", "Filipino workers", "Filipinos" (a plural demonym), "our people"."""
    lemma = tok.lemma_.lower()
    if lemma in NATIONALS_NOUNS:
        return True
    if state_people(token_sheet(tok.doc), tok.i):
        return True
    return lemma == "people" and any(c.dep_ == "poss" and c.lower_ in ("our", "its", "their") for c in tok.children)


def _care_patients(tok) -> list:
    """Who an act is done to or for: the object, the passive subject, a "for", "of" or "to"
    complement ("services for Filipinos", "the evacuation of Filipino nationals", "assistance to
    French citizens")."""
    core = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out = list(core)
    for holder in (tok, *core):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to")):
            out.extend(p for p in prep.children if p.dep_ == "pobj")
    return [t for x in out for t in (x, *conjuncts(x))] if out else []


def _explicit_doers(tok) -> list:
    """The doer a clause or a noun names: an active subject, a passive "by" agent, a possessor."""
    out = [c for c in tok.children if c.dep_ in ("nsubj", "poss")]
    for agent in (c for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"):
        out.extend(p for p in agent.children if p.dep_ == "pobj")
    return out


def _countries(document, ids) -> set[str]:
    ids = set(ids)  # once, not once per actor (round 24s)
    return {a.country for a in document.actors if a.id in ids and a.country}


def own_people_act(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                   index) -> bool:
    """Round 22c: an act of a government towards its own nationals or its own routine, which the
    guidelines leave uncoded (no political actor on the receiving end): "214 Filipino nationals
    were evacuated" or "Filipinos are advised not to travel" in the Philippines' statement,
    "consular services for Filipinos will be provided by the Philippine Embassy", "the President
    visited the freed men at the military hospital", "the captives were flown to the capital",
    "its ships were carrying out routine patrols in Tanzanian waters". Acts for another state's
    people ("the Tunisian army evacuated 40 Filipinos") and acts between two states stay. An order
    to leave read as an expulsion or deportation (``LEAVING_ORDER_CUES``) goes through the same
    test ("the State Department ordered all Americans to leave Iraq"; round 31f3)."""
    if d.reciprocal or d.type not in OWN_CARE_TYPES and not (d.cue or "").startswith(LEAVING_ORDER_CUES):
        return False
    tok = d.cand.token
    if d.type == "REQUEST" and tok.lemma_.lower() not in ADVICE_VERBS:
        return False
    if d.type == "CONSULT" and d.cand.pos == "verb" and tok.lemma_.lower() in CARRYING_VERBS and \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True  # "All five were flown to Nouakchott": carried, no visit
    if d.type in ("CONSULT", "MOBILIZE") and d.sources and all(_nationals_noun(t) for t in d.sources):
        return True  # "Filipinos are advised not to travel to Libya", "our nationals entered": private travel
    patients = [p for p in _care_patients(tok) if _nationals_noun(p) or
                d.type == "CONSULT" and p.lemma_.lower() in CARED_NOUNS]
    if not patients and not (d.type in OWN_ROUTINE_TYPES and source):
        return False  # round 30s4: nobody cared for and no routine: the doers need not be read
    doers = _actors_of(document, _explicit_doers(tok), author, in_author, index)
    doer_countries = _countries(document, doers) if doers else \
        _countries(document, source) | ({author.country} if author is not None and author.country else set())
    if not doer_countries:
        # "the embassy told Americans to leave Lebanon": an order to leave given to nationals by
        # a doer of no known state is left out, as it may be an evacuation (round 31f3)
        return bool(patients) and (d.cue or "").startswith(LEAVING_ORDER_CUES)
    if patients and _foreign_recipient(document, tok, doer_countries, author, in_author, index):
        patients = []  # "offered to hand over two of its nationals to Britain": an act between two states
    if patients:
        ids = _actors_of(document, patients, author, in_author, index, acted_upon=True)
        people = _countries(document, ids)
        if people and people <= doer_countries:
            return True
        if not ids and all(any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in p.children)
                           for p in patients):
            return True  # "Japan evacuated its nationals from Sudan"
        if not ids and not doers and not any(c.ent_type_ in ("NORP", "GPE") for p in patients for c in p.children):
            return True  # "the deployment of new workers to Libya is suspended", by the issuer: its own
    if d.type in OWN_ROUTINE_TYPES and source and not target and _at_home(document, tok, doer_countries, author,
                                                                           in_author, index):
        return True  # "carrying out routine patrols in Kenyan waters", nobody else named
    if d.type in OWN_ROUTINE_TYPES and source and target:
        # "its ships were carrying out routine patrols in Tanzanian waters": the state's organs at home
        by = {a.id: a for a in document.actors}
        src = [by[s] for s in source if s in by]
        tgt = [by[t] for t in target if t in by]
        if src and tgt and all(a.kind in STATE_SIDE_KINDS and a.country for a in src) and \
                all(a.kind == "state" for a in tgt) and \
                len({a.country for a in src} | {a.country for a in tgt}) == 1:
            return True
    return False


#: Places a state's organs keep to as routine ("in Kenyan waters", "in its airspace").
HOME_PLACE_NOUNS = frozenset({"water", "territory", "airspace", "soil", "zone", "port", "base"})


def _at_home(document, tok, doer_countries: set[str], author, in_author: bool, index) -> bool:
    """Whether the act happens in the doer's own waters or territory: "in Kenyan waters", "in its
    own airspace"."""
    for prep in (c for c in tok.subtree if c.dep_ == "prep" and c.lower_ in ("in", "within", "inside")):
        for place in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in HOME_PLACE_NOUNS):
            mods = [c for c in place.children if c.dep_ in ("amod", "poss", "compound")]
            if any(c.lower_ in ("its", "our") for c in mods):
                return True
            kb = load_kb()
            codes = {kb.entries[h.key].country for c in mods if c.ent_type_ in ("NORP", "GPE")
                     for h in kb.surface(key_of(c.text)) if h.key in kb.entries and kb.entries[h.key].country}
            if codes and codes <= doer_countries:
                return True
    return False


def _foreign_recipient(document, tok, doer_countries: set[str], author, in_author: bool, index) -> bool:
    """Whether the act hands its people to another state: "hand over two of its nationals to
    Britain" (a "to" or dative recipient of another country; not the place an evacuation goes to)."""
    if tok.lemma_.lower() in ("evacuate", "evacuation", "repatriate", "repatriation", "fly", "airlift"):
        return False
    heads = [tok, *(c for c in tok.children if c.dep_ == "prt")]
    got = [p for h in heads for c in h.children if c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
           for p in ([c] if c.dep_ == "dative" and c.pos_ != "ADP" else [x for x in c.children if x.dep_ == "pobj"])]
    ids = _actors_of(document, got, author, in_author, index, acted_upon=True)
    return bool(_countries(document, ids) - doer_countries)


# --- round 22c: a court or body behind its ruling ---------------------------------------------------

#: Texts a court or tribunal hands down: reacting to one reacts to the court.
RULING_NOUNS = frozenset({"ruling", "judgment", "judgement", "verdict", "award"})
#: Texts a body issues whose maker the phrase may name ("the decision of the Security Council").
BODY_TEXT_NOUNS = RULING_NOUNS | frozenset({"decision", "resolution", "opinion"})
#: Reactions aimed at whoever issued the text reacted to.
REACTION_TYPES = frozenset({"SUPPORT", "REJECT", "CONCEDE", "ACCUSE", "PROTEST"})
#: Words that name a court in an actor's name.
COURT_WORDS = ("court", "tribunal", "judges", "arbitration", "arbitral")


def _text_maker(document, noun, author, in_author: bool, index) -> list[str]:
    """The maker a text's phrase names: "Russia's decision", "the decision of the Security
    Council", "a 2021 ruling by the same court"."""
    makers = [c for c in noun.children if c.dep_ == "poss"]
    makers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for g in c.children
               if g.dep_ == "pobj"]
    makers += [g for c in noun.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
               for g in a.children if g.dep_ == "pobj"]  # "the decision taken by the council"
    if any(m.lemma_.lower() == "court" for m in makers):  # "by the same court": the court named before
        return _court_before(document, noun.idx)
    return _actors_of(document, makers, author, in_author, index)


def _court_before(document, offset: int) -> list[str]:
    """The court or tribunal mentioned last before ``offset`` (the document's headline included)."""
    best, at = None, -1
    for a in document.actors:
        if a.kind not in ("igo", "organization") or not any(w in a.name.lower() for w in COURT_WORDS) or \
                not a.name[:1].isupper():  # a named court, not a fragment ("court", "same court")
            continue
        for s, _ in a.mentions:
            if at < s < offset:
                best, at = a, s
    return [best.id] if best is not None else []


def ruling_body_target(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                       index) -> list[str]:
    """Round 22c: the target of a reaction to a ruling, judgment or decision is the court or body
    that issued it ("Dodoma rejects ruling and recalls its agent": the court, not the agent;
    "Mozambique welcomed the ruling": the court, not the other party; "Kenya rejected a 2021 ruling
    by the same court"; "regretted Russia's decision": Russia). ``target`` is kept when no maker is
    found."""
    if d.reciprocal or d.type not in REACTION_TYPES or not source:
        return target
    tok = d.cand.token
    nouns = _act_object_nouns(d) + [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")
                                    and c.lower_ in RULING_NOUNS]  # a headline's "rejects ruling" read as a verb
    for noun in nouns:
        lemma = noun.lower_ if noun.lower_ in RULING_NOUNS else noun.lemma_.lower()
        if lemma not in BODY_TEXT_NOUNS:
            continue
        body = [a for a in _text_maker(document, noun, author, in_author, index) if a not in source]
        if not body and lemma in RULING_NOUNS:
            body = [a for a in _court_before(document, noun.idx) if a not in source]
        if body:
            return body
    return target


def purpose_target(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                   index) -> list[str]:
    """Round 22c: "telephoned his Spanish counterpart to express Mauritania's gratitude": the act of
    a purpose clause whose only target is the doer's own state (the possessor of "gratitude") is
    aimed at the one the main verb reached (the counterpart)."""
    tok = d.cand.token
    if d.reciprocal or not source or not target or tok.dep_ != "xcomp" or \
            tok.head.lemma_.lower() not in PURPOSE_CONTACT_VERBS:
        return target
    own = _countries(document, source)
    by = {a.id: a for a in document.actors}
    if not own or not all(t in by and by[t].kind == "state" and by[t].country in own for t in target):
        return target
    reached = _actors_of(document, [c for c in tok.head.children if c.dep_ == "dobj"], author, in_author, index,
                         acted_upon=True)
    reached = [r for r in reached if r not in source and _countries(document, [r]) - own]
    return reached or target


#: Contact verbs whose to-clause is the caller's purpose ("telephoned X to express ...").
PURPOSE_CONTACT_VERBS = frozenset({"telephone", "phone", "visit", "summon", "convene"})


def readout_counterpart_target(document, d: Draft, source: list[str], target: list[str], events) -> list[str]:
    """Round 23b: in a readout of a call or meeting, an act of one participant whose only target is
    its own state ("raised Canada's concerns", "reiterated Canada's call for the release of X",
    "asked that they be granted consular access", "rejected what he described as interference in
    China's internal affairs") is aimed at the other participant: the foreign party of the last call
    or meeting (CONSULT) reported before it in which the same actor took part. ``target`` is kept
    when the actor took part in none, or when the clause names anyone else."""
    if d.reciprocal or not source or not target or d.type == "CONSULT":
        return target
    if not any(e.type == "CONSULT" for e in events):
        return target  # round 30s4: no call or meeting reported before it
    own = _countries(document, source)
    if len(own) != 1:
        return target
    by = {a.id: a for a in document.actors}
    if not all(t in by and by[t].kind == "state" and by[t].country in own for t in target):
        return target
    start, sources = d.cand.token.idx, set(source)
    for e in reversed(events):
        if e.type != "CONSULT" or e.trigger.start >= start or not sources & set(e.source + e.target):
            continue
        other = [a for a in dict.fromkeys(e.source + e.target)
                 if a not in source and a in by and by[a].country and by[a].country not in own]
        if other:
            return other
    return target


#: Nouns of a captive's release ("demanded his release", "called for the release of X").
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing", "liberation"})


def release_captor_target(document, d: Draft, source: list[str], target: list[str], events, author,
                          in_author: bool, index) -> list[str]:
    """Round 23b: a demand for a captive's release ("Madrid demands his release", "called for the
    release of the engineer") is aimed at the captor: the doer of the last arrest or detention
    (COERCE) of that captive reported before it. ``target`` is kept when no such act was reported
    or the demand names its addressee ("asked Oman to press for his release": Oman)."""
    if d.reciprocal or d.type != "REQUEST" or not source:
        return target
    tok = d.cand.token
    if any(c.dep_ in ("dobj", "iobj") and c.lower_ not in RELEASE_NOUNS and not _released_conjunct(c)
           for c in tok.children):
        return target  # "asked Oman to press for ...": the addressee named
    if _addressed_through(tok, index):
        return target  # round 35y35 (review): "appealed to the Red Cross for the release of ...": the addressee
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in RELEASE_NOUNS]
    nouns += [k for c in tok.children if c.dep_ == "dobj" for k in _released_conjunct(c)]  # 35y35
    nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in RELEASE_NOUNS]  # "called for the release of"
    if not nouns:
        return target
    held = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    held += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"]
    held += [g for n in nouns if n.dep_ == "conj" for g in _access_holders(n.head)]  # "access to X and their release"
    captives = set(_actors_of(document, held, author, in_author, index, acted_upon=True))
    pronoun = any(h.tag_ in ("PRP", "PRP$") for h in held)  # "his release": whoever was arrested last
    if not captives and not pronoun:
        return target
    start = tok.idx
    for e in reversed(events):
        if e.type == "COERCE" and e.trigger.start < start and captives & set(e.target):
            captors = [s for s in e.source if s not in source and s not in captives]
            if captors:
                return captors
    return _captor_of_nationals(document, events, start, source, captives) or \
        _captor_of_last(events, start, source, captives, pronoun) or target


#: Round 35y35 (review): prepositions that name the addressee of a demand ("appealed to X",
#: "called on X", "pleaded with X").
ADDRESSEE_PREPS = frozenset({"to", "on", "upon", "with"})


def _addressed_through(tok, index) -> bool:
    """Round 35y35 (review): whether the trigger names its addressee through a preposition
    ("appealed to the Red Cross for the release of ...", "called on the United Nations for the
    release of ..."): an actor, not a release noun, as the object of to/on/upon/with on it."""
    return any(c.dep_ in ("prep", "prt") and c.lower_ in ADDRESSEE_PREPS and g.dep_ == "pobj"
               and g.lemma_.lower() not in RELEASE_NOUNS and index.at(*mention_span(g)) is not None
               for c in tok.children for g in c.children)


def _captor_of_last(events, start: int, source: list[str], captives: set[str], pronoun: bool) -> list[str]:
    """Round 23b: "his release": the doer of the last arrest or detention before (any captive)."""
    for e in reversed(events):
        if pronoun and e.type == "COERCE" and e.trigger.start < start and e.target:
            captors = [s for s in e.source if s not in source and s not in captives]
            if captors:
                return captors
    return []


#: Kinds of the captives whose nationality names who was detained (``_captor_of_nationals``).
CAPTIVE_KINDS = frozenset({"person", "group"})


def _released_conjunct(tok) -> list:
    """Round 35y35: the release nouns coordinated with an object ("demanded consular access to the
    two citizens and their immediate release"): the release is demanded there too."""
    return [k for k in tok.subtree if k.dep_ == "conj" and k.lemma_.lower() in RELEASE_NOUNS]


def _access_holders(head) -> list:
    """Round 35y35: who a release coordinated under ``head`` is of: ``head`` itself when the parser
    coordinated the release with the captives ("access to the two citizens and their release"), else
    the "to" of an object ("access to X and the release")."""
    if head.dep_ == "pobj":
        return [head]
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _captor_of_nationals(document, events, start: int, source: list[str], captives: set[str]) -> list[str]:
    """Round 35y35: a demand for the release of captives the text named with other words than at
    their arrest ("Kuwaiti forces detained three Iraqi fishermen ... demanded the immediate release of
    the three men") is aimed at the doer of the last detention before it of people of the captives'
    country, a captor of another country ("Azerbaijani police detained seven employees of a Russian
    state news agency ... demanded ... the immediate release of the two Russian citizens"); [] when
    the captives have no country or no such detention was reported."""
    countries = {a.country for i in captives if (a := document.actor(i)) is not None and a.kind in CAPTIVE_KINDS
                 and a.country}
    if not countries:
        return []
    found = []
    for e in reversed(events):
        if e.type != "COERCE" or e.trigger.start >= start or not any(
                (a := document.actor(t)) is not None and a.country in countries for t in e.target):
            continue
        captors = [s for s in e.source if s not in source and s not in captives
                   and (a := document.actor(s)) is not None and a.country and a.country not in countries]
        if captors and captors not in found:
            found.append(captors)
    # (review) two captors of compatriots reported ("Russian agents detained an American reporter ...
    # Venezuelan police detained two American tourists ... demanded the release of the jailed
    # American journalist"): which of them holds these the country does not say
    return found[0] if len(found) == 1 else []


def generic_antecedent(tok):
    """Round 23b: the generic plural subject of the sentence before that a subject "they" stands
    for ("The two leaders discussed ... They welcomed the agreement", "They also agreed that their
    ministers would meet"): that subject's token when it is a generic party noun (``_generic_party_noun``:
    "the two leaders", "both sides", "the ministers"), else None. Only the sentence just before is
    read: a "they" further on names whoever the text turned to."""
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence_of(tok.doc, tok.i)
    if sent.start == 0 or tok.head.i != sent.root.i:  # "Police said they arrested ...": the police's
        return None
    for _ in range(THEY_CHAIN_SENTENCES):  # round 24e3: "The two sides ... They called ... They expressed"
        before = sentence_of(tok.doc, sent.start - 1)
        subj = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1:
            return None
        if _generic_party_noun(subj[0]):
            return subj[0]
        if subj[0].lower_ != "they" or before.start == 0:
            return None
        sent = before  # a "they" that opens the sentence before too: the same subject, one step further back
    return None


#: How many sentences in a row, each with "they" as its main subject, a "they" may reach back
#: through to the generic plural subject they all continue (``generic_antecedent``).
THEY_CHAIN_SENTENCES = 3


#: Verbs of holding someone whose place says who holds them ("citizens detained in China").
DETENTION_LEMMAS = frozenset({"detain", "hold", "arrest", "jail", "imprison", "intern"})
#: Round 32e14: nouns of the same ("the detention of Paraguayan lorry drivers in Bolivia").
DETENTION_NOUNS = frozenset({"detention", "arrest", "imprisonment", "internment", "jailing"})
_IN = frozenset({"in"})


def detention_place_source(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                           index) -> list[str]:
    """Round 23b: "Canadian citizens detained in China", "the two journalists arrested in Tehran": a
    passive detention naming no one who did it and no doer in its clause is done by the state of the
    place it happened in (China; Iran for Tehran), when the text names that state as an actor;
    ``source`` is kept otherwise. Round 32e14: so is a detention noun with no owner or agent ("the
    detention of Paraguayan lorry drivers in Bolivia" in a statement's title: not its issuer); round
    32f5: also where the draft has the noun's place ("the detention of Paraguayans in Bolivia" with
    "in Bolivia" on the noun). "The arrest in Malta of a suspect" comes to no draft: the parser hangs
    "of a suspect" on Malta, and ``extract_sentence`` abstains for want of an argument."""
    if source or d.sources or d.type != "COERCE":
        return source
    tok, place = d.cand.token, d.location_token
    if d.cand.pos == "noun" and tok.lemma_.lower() in DETENTION_NOUNS:
        # "the detention of X in Bolivia": the place the draft has (round 32f5), else the one on the
        # noun or on its "of" object
        place = place or next((p for x in (tok, *_pobjs(tok, _OF)) for p in _pobjs(x, _IN) if p.ent_type_ == "GPE"),
                              None)
    elif not (d.cand.pos == "verb" and tok.lemma_.lower() in DETENTION_LEMMAS and tok.tag_ == "VBN"):
        return source
    if place is None:
        return source
    by = {a.id: a for a in document.actors}
    places = _actors_of(document, [place], author, in_author, index)
    countries = {by[p].country for p in places if p in by and by[p].country}
    own = _countries(document, target)
    states = [a.id for a in document.actors if a.kind == "state" and a.country in countries - own
              and a.id not in target]
    return states[:1] or source


#: Nouns of what one party puts to another and the other accepts ("accepted the invitation").
ACCEPTED_NOUNS = frozenset({"invitation", "offer", "proposal"})

#: How the trigger of the act that made it begins ("invited", "offered to", "proposed").
OFFERING_WORDS = ("invit", "offer", "propos")


def accepted_offer_target(d: Draft, source: list[str], events) -> list[str]:
    """Round 23b: "Viet Nam and Indonesia have already accepted the invitation", "Latvia has
    accepted this offer": an acceptance of an invitation, offer or proposal whose maker the clause
    does not name ("accepted Japan's offer" does) answers whoever made the last invitation or offer
    reported before it (the Department that invited them); [] when none was, or the acceptance has
    no source. Several who accept together are not accepting one another's invitation."""
    if d.type != "AGREE" or not source:
        return []
    tok = d.cand.token
    if tok.lemma_.lower() != "accept":
        return []
    nouns = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCEPTED_NOUNS]
    if not nouns or any(c.dep_ in ("poss", "prep") for n in nouns for c in n.children):
        return []
    start = tok.idx
    for e in reversed(events):
        if e.trigger.start < start and e.trigger.text.lower().startswith(OFFERING_WORDS) and e.source \
                and not set(e.source) & set(source):
            return list(e.source)
    return []


#: The alliance's own word for its members, capitalised ("Allies agreed ...", "any Ally").
ALLY_NAMES = frozenset({"Allies", "Ally"})
_ALLY_LOWERS = frozenset(name.lower() for name in ALLY_NAMES)  # round 32s9: a gate on the lower-cased word


def unlinked_allies(document, tokens) -> str | None:
    """Round 25e3: "Allies reaffirmed their support for Ukraine" with no actor for "Allies" (the
    sources had been looked for elsewhere: the subject of the sentence before, Russia): a subject
    that is only NATO's capitalised word for its members stands for the alliance when the text
    names it; None otherwise (a lower-case "allies", "its allies", "Allies of Kyiv" are other
    readings)."""
    if not tokens or not all(t.text in ALLY_NAMES and not any(c.dep_ in ("poss", "prep") for c in t.children)
                             for t in tokens):
        return None
    return next((a.id for a in document.actors if a.kind == "igo" and (
        a.name == "NATO" or "North Atlantic Treaty" in a.name)), None)


def _allies_object(document, tok) -> list[str]:
    """Round 28e3: ``unlinked_allies`` for an argument no actor names, at the end of ``_argument_actors``'s chain
    (an object: "Sybiha thanked Allies"; an unlinked subject too)."""
    nato = unlinked_allies(document, [tok])
    return [nato] if nato is not None else []


def allies_as_alliance(document, ids: list[str]) -> list[str]:
    """Round 23b: "Allies agreed to ...", "thanked Allies", "threatens the security of any Ally":
    NATO's own capitalised word for its members stands for the alliance when the text names it
    (an actor "Allies" of its own, often given the country of a state named near it, is replaced);
    ``ids`` unchanged otherwise."""
    by = {a.id: a for a in document.actors}
    allied = [i for i in ids if i in by and by[i].name in ALLY_NAMES]
    if not allied:
        return ids
    nato = next((a.id for a in document.actors if a.kind == "igo" and (
        a.name == "NATO" or "North Atlantic Treaty" in a.name)), None)
    if nato is None:
        return ids
    return list(dict.fromkeys(nato if i in allied else i for i in ids))


#: Round 23d: titles of a person whose office may publish in his or her own voice ("Office of the
#: Personal Envoy of the Secretary-General for Sudan", "Office of the Special Representative ...
#: on ..."): the "I" of its text is that person, and a country after "for" / "on" is the subject.
PERSON_OFFICE_TITLES = re.compile(
    r"\A\s*(?:the\s+)?office\s+of\s+(?:the\s+)?(?P<title>(?:[\w'-]+\s+){0,3}?"
    r"(?:envoy|representative|commissioner|rapporteur|secretary-general|spokes(?:person|man|woman)"
    r"|coordinator|advis[eo]r|mediator|ombudsman|prosecutor)\b.*)", re.I | re.S)
#: What follows the title of such an office: its subject ("for Sudan", "on the Great Lakes").
_OFFICE_SUBJECT = re.compile(r"\s+(?:for|on)\s+", re.I)


def _issuing_part(publisher: str) -> str:
    """Round 23d: the part of a publisher's name that says who issues it: "Office of the Personal
    Envoy of the Secretary-General for Sudan" -> "Office of the Personal Envoy of the
    Secretary-General" (the country the envoy is "for" is his subject, not his state); any other
    name whole ("Ministry for Foreign Affairs of Sweden", "Office of the Prime Minister of Canada")."""
    office = PERSON_OFFICE_TITLES.match(publisher)
    if office is None:
        return publisher
    cut = _OFFICE_SUBJECT.search(publisher, office.start("title"))
    return publisher[:cut.start()] if cut else publisher


def _office_holder(document):
    """Round 23d: the issuer of a statement published by the office of a person ("Office of the
    Personal Envoy of the Secretary-General for Sudan" over "Briefing ... by the Personal Envoy of
    the Secretary-General for Sudan, X"): the person actor whose title (a mention in the header or
    the role) is the office's, so that "I thank", "I condemn" are that person's; else None."""
    if not document.publisher:
        return None
    office = PERSON_OFFICE_TITLES.match(document.publisher)
    if office is None or _names_state(_issuing_part(document.publisher)):
        return None  # "Office of the Spokesperson of the Ministry of Foreign Affairs of X": the state X issues
    title = " ".join(office.group("title").split()).lower()
    held = " ".join(_issuing_part(document.publisher)[office.start("title"):].split()).lower()
    text = document.text
    for a in document.actors:
        if a.kind != "person":
            continue
        role = " ".join((a.role or "").split()).lower()
        forms = {" ".join(text[s:e].split()).lower() for s, e in a.mentions if s < ISSUER_HEADER_CHARS}
        if title in forms or held in forms or len(role) > 3 and (role == held or title.startswith(role)):
            return a
    return None


#: Round 23d: dependency labels of a plural noun that stands where a verb in -s the parser read as
#: a noun would: a clause's head ("Niger reserves the right to respond", "The dtic thanks the
#: Association") or the conjunct of a headline's verb ("Niamey blames Nigeria and reserves right").
S_VERB_NOUN_DEPS = frozenset({"ROOT", "ccomp", "conj"})
#: Tags of the word after such a noun that opens its object: a determiner, a name, "its"/"their".
S_VERB_OBJECT_TAGS = frozenset({"DT", "NNP", "NNPS", "PRP$"})
#: Tags of the word before such a noun that make it a noun after all ("the reserves", "our thanks",
#: "the bank's reserves", "of reserves", "two thanks").
S_VERB_NOUN_BEFORE_TAGS = frozenset({"DT", "PRP$", "POS", "IN", "CD", "TO", "WDT"})


def _s_verb_read_as_noun(sent, s_nouns: list[int], verbs: frozenset[str]):
    """Round 23d: ``sent`` with a verb in -s of ``verbs`` that the parser read as a plural noun read
    as the verb it is: "Niger reserves the right to respond" (a compound noun "Niger reserves"),
    "The dtic thanks the Association" ("thanks" the root noun), "Niamey blames Nigeria and
    reserves right to respond" (a noun conjunct of the verb). The noun heads a clause (or is the
    conjunct after "and" of a headline's verb or of its object), no determiner, owner or preposition comes right before it, and
    its object follows (a determiner, a name, an owner; in the conjunct any noun). The sentence
    is parsed again with "will" and the base form in its place ("Niger will reserve the right");
    the new tree is kept when the verb has a subject before it and an object after it. Not "the
    reserves of the bank", "thanks to the rain", "our thanks go to", "exchange reserves the bank
    holds" (a subject). Round 27e5: in a headline, also a compound right after a name before the
    noun it was made to modify ("..., New Delhi summons envoy"), which may become the root. ``sent``
    itself otherwise."""
    from ..nlp import load_nlp

    doc = sent.doc
    headline = sent.start_char <= MAX_HEADLINE_START_CHARS and \
        doc_text(doc)[sent.start_char:sent.end_char].rstrip()[-1:] not in HEADLINE_STOPS
    for i in s_nouns[bisect_left(s_nouns, sent.start):]:
        if i >= sent.end:
            break
        tok = doc[i]
        named_compound = headline and tok.dep_ == "compound" and tok.head.i == i + 1 and doc[i - 1].tag_ == "NNP"
        stem = _present_stem(tok.text, verbs) if (tok.dep_ in S_VERB_NOUN_DEPS or named_compound) and \
            tok.text[:1].islower() else None
        if stem is None or i == sent.start or i + 1 >= sent.end or doc[i - 1].tag_ in S_VERB_NOUN_BEFORE_TAGS:
            continue
        if named_compound:  # round 27e5: "Oman brokers release of ...", "..., New Delhi summons envoy"
            fixed = _reparsed_as_verb(load_nlp(), sent, tok, stem, may_root=True)
            if fixed is not None:
                return fixed
            continue
        after = doc[i + 1]
        if any(c.dep_ in ("ccomp", "relcl", "acl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in tok.children):
            continue  # "documented killings and attacks the army carried out": a clause of its own follows
        if tok.dep_ == "conj":  # "A blames B and reserves right": the verb's conjunct or its object's
            verb = tok.head if tok.head.pos_ in VERB_POS else tok.head.head if tok.head.dep_ == "dobj" else None
            if verb is None or verb.pos_ not in VERB_POS or doc[i - 1].lower_ != "and" or \
                    after.tag_ not in S_VERB_OBJECT_TAGS | ({"NN", "NNS", "JJ"} if headline else set()):
                continue
        elif after.tag_ not in S_VERB_OBJECT_TAGS:
            continue
        fixed = _reparsed_as_verb(load_nlp(), sent, tok, stem)
        if fixed is not None:
            return fixed
    return sent


def _reparsed_as_verb(nlp, sent, tok, stem: str, may_root: bool = False):
    """``sent`` (a copy of its whole Doc) with the tree its words get with "will" and ``stem`` in
    place of ``tok`` ("Niger will reserve the right ..."), ``tok`` tagged VBZ with lemma ``stem``;
    ``None`` when the parse cannot be repeated or the verb then has no subject before it, no object
    or complement, or another place in the sentence (root or not) than its noun had (``may_root``:
    a headline's compound may become its root, round 27e5)."""
    doc = sent.doc
    if nlp.vocab is not doc.vocab:
        return None
    at = tok.i - sent.start
    words, spaces = [t.text for t in sent], [bool(t.whitespace_) for t in sent]
    variant = _parsed(nlp, words[:at] + ["will", stem] + words[at + 1:], spaces[:at] + [True] + spaces[at:],
                      tree_only=True)
    read = variant[at + 1]
    kids = {c.dep_: c.i for c in read.children}
    if "nsubj" not in kids and read.dep_ == "conj":  # "A blames B and reserves ...": the first verb's subject
        kids["nsubj"] = next((c.i for c in read.head.children if c.dep_ == "nsubj"), at + 1)
    if read.pos_ != "VERB" or kids.get("nsubj", at + 1) > at or not kids.keys() & {"dobj", "xcomp", "ccomp"} \
            or sum(t.dep_ == "ROOT" for t in variant) != 1 or \
            (read.dep_ == "ROOT") != (tok.dep_ == "ROOT") and not may_root:
        return None

    def back(j):  # a token of the variant -> the same token of ``sent`` ("will" -> the verb)
        return sent.start + (j if j <= at else j - 1)

    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    for k, t in enumerate(sent):
        v = variant[k + (k >= at)]
        heads[t.i], deps[t.i] = back(v.head.i), v.dep_
    return _as_verb(sent, tok, "VBZ", stem, heads, deps)


def _drop_kept(kept: list, gone: set[int]) -> None:
    """Take the events whose ``id()`` is in ``gone`` out of ``kept`` and number the kept events
    again (``e1``, ``e2``, ...); nothing to do when ``gone`` is empty."""
    if not gone:
        return
    kept[:] = [e for e in kept if id(e) not in gone]
    for n, e in enumerate(kept):
        e.id = f"e{n + 1}"


def _drop_invited_meetings(kept: list, drafted: list) -> None:
    """A meeting inside a kept invitation ("invited the president to pay a state visit") is the
    invitation's act: its own CONSULT copy leaves ``kept`` (``extract.invited_meeting``), and the
    kept events are numbered again (round 24e2). Only after the invitation itself is kept: an
    invitation dropped for want of a doer leaves the meeting as the sentence's CONSULT."""
    inviting = {d.cand.token.i for d, e in drafted if d.type == "CONSULT" and e.mode == "offered"
                and d.cand.token.lemma_.lower() in OFFERING_VERBS}
    if not inviting:
        return
    gone = {id(e) for d, e in drafted if invited_meeting(d, inviting)}
    _drop_kept(kept, gone)


def _drop_retold_force(kept: list, drafted: list) -> None:
    """An act of force told again in its sentence, as the setting or the toll of a kept one ("in
    an overnight raid", ", killing three workers": ``extract.force_retold``), leaves ``kept``, and
    the kept events are numbered again (round 27e2). Not after an exchange between two sides
    ("border guards exchanged fire, killing two of one side and one of the other"): each side's
    act, coded once each way, and the toll may be the other side's."""
    present, types = {id(e) for e in kept}, {}
    for d, e in drafted:
        if id(e) in present and not d.reciprocal:
            types.setdefault(d.cand.token.i, set()).add(e.type)
    gone = {id(e) for d, e in drafted if force_retold(d, types)}
    _drop_kept(kept, gone)


#: Families of acts whose doer another telling of the same act names (round 30e7): force told as
#: force ("fired upon a pirogue", "taken into custody"), a measure as a measure or a coercion (an
#: expulsion is either); never an attack as a measure.
RETOLD_ACT_FAMILIES = (frozenset({"ASSAULT", "COERCE"}), frozenset({"COERCE", "SANCTION"}))


def _retells(document, event, other) -> bool:
    """``other`` tells the act ``event`` tells: a type of one family, told as done, upon a victim
    of ``event`` or one of the same country, a country not the doer's own (an act within one
    country says nothing of whose it was)."""
    if other.mode not in FACT_MODES or not any(event.type in f and other.type in f for f in RETOLD_ACT_FAMILIES):
        return False
    if set(event.target) & set(other.target):
        return True
    return bool(_countries(document, event.target) & _countries(document, other.target)
                - _countries(document, other.source))


def _retold_doers(document, kept: list) -> None:
    """Round 30e7: an act of force or a measure told as done with no doer ("The drivers were hit on
    Saturday evening", "were seized at gunpoint", a title's "the air strike on a primary school") is
    the act another telling reports with its doer (``_retells``): the nearest such kept event before
    it, else the first after it in its own sentence ("fired upon a pirogue ... took four fishermen into
    custody") or of its own type upon a victim of its own ("an air strike by the Myanmar Armed Forces hit
    a primary school"; round 30f1: not a victim of the same country alone, "Two Ethiopian journalists were
    arrested ... In a separate case, Eritrean troops detained twelve Ethiopian farmers"; not "was shot
    dead ... Police arrested a man a week later"). The doer is never one of its own victims. Not in
    a text with a byline (a column, an op-ed): its author's doerless passive ("at least seven have
    died in custody") is left as written."""
    if _bylined(document):
        return
    for e in kept:
        if e.source or not e.target or e.mode not in FACT_MODES or \
                not any(e.type in f for f in RETOLD_ACT_FAMILIES):
            continue
        tellings = [o for o in kept if o is not e and o.source and _retells(document, e, o)]
        before = [o for o in tellings if o.trigger.start < e.trigger.start]
        after = [o for o in tellings if o.trigger.start > e.trigger.start and  # round 30f1: a shared victim
                 (o.sentence == e.sentence or o.type == e.type and set(o.target) & set(e.target))]
        telling = before[-1] if before else next(iter(after), None)
        if telling is not None and (doer := [a for a in telling.source if a not in e.target]):
            e.source = tuple(doer)


def _clause_verbs(tok) -> set:
    """The trigger's verb and the verbs it completes ("was ready to resume": resume, ready, was)."""
    out = {tok}
    while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:  # spaCy makes a new Token per access
        tok = tok.head
        out.add(tok)
    return out


def _coordinated_clauses(one, other) -> bool:
    """The two triggers' clauses are coordinated: conjuncts ("demanded ... and warned"), or a first
    clause the parser hung as the complement of a subjectless second one ("Mali demanded an
    explanation, warned that ...")."""
    mine, theirs = _clause_verbs(one), _clause_verbs(other)
    if any(v in mine for u in theirs for v in u.conjuncts):
        return True
    return any(u.dep_ == "ccomp" and u.head in pair[1] and u.i < u.head.i and
               not any(c.dep_ in ("nsubj", "nsubjpass") for c in u.head.children)
               for pair in ((mine, theirs), (theirs, mine)) for u in pair[0])


#: Acts that share a counterpart with a coordinated act of their own kind only (``_sibling_targets``).
SIBLING_HOSTILE_TYPES = HOSTILE_TYPES | {"REQUEST"}


def _sibling_targets(document, kept: list, drafted: list, guessed: set[int]) -> None:
    """Round 30e8: an act whose target is the context's guess (``_fallback_target``) from outside its
    sentence, in a clause coordinated with another act of the same doers whose target the sentence
    names ("Mali demanded an explanation, warned that its army would respond if Mauritanian troops
    crossed the border again": the troops, not the minister of the paragraph before), takes that
    act's target: coordinated clauses of one subject are about one counterpart. Never a target of
    the doers' own side ("denied that Rwandan soldiers were fighting", said by Rwanda's minister;
    "praised the Nigerien army", by Niger), nor a reciprocal act's; a guess its own sentence names
    is kept. The other act must be of the same kind (a demand or hostile act with a demand or hostile act,
    ``SIBLING_HOSTILE_TYPES``) and mode (round 30, review: "demanded an explanation, welcomed the mediation of
    Sudan" is not aimed at Sudan; "warned that ... would be prosecuted, but offered to meet X" not at X)."""
    live = {id(e) for e in kept}
    acts = [(d, e) for d, e in drafted if id(e) in live and e.source and e.target and set(e.target) != set(e.source)]
    for d, e in acts:
        if id(e) not in guessed or all(_said_in_sentence(document, t, d.sent) for t in e.target):
            continue
        own = set().union(*(own_side(document, a) for a in e.source), _own_country_side(document, e.source),
                          _government_side(document, e.source))
        named = [o for c, o in acts if o.sentence == e.sentence and set(o.source) == set(e.source)
                 and all(_said_in_sentence(document, t, c.sent) for t in o.target)
                 and not own.intersection(o.target) and o.mode == e.mode
                 and (o.type in SIBLING_HOSTILE_TYPES) == (e.type in SIBLING_HOSTILE_TYPES)
                 and _coordinated_clauses(d.cand.token, c.cand.token)]
        if named:
            e.target = min(named, key=lambda o: abs(o.trigger.start - e.trigger.start)).target


#: Lemmas of an offer frame that binds the speaker to a hostile act as a threat ("vowed to keep
#: fighting", "vows to retaliate"); "pledged to train", "promised to reopen" stay acts intended.
VOWING_VERBS = frozenset({"vow"})
#: Types of a vowed act that make the vow a threat to its target (GUIDELINES.md: THREATEN).
VOWED_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _vowed_hostility(kept: list, drafted: list) -> None:
    """Round 27e2: a hostile act vowed ("the largest faction vowed to keep fighting") is a threat made
    now, not an attack intended: the vowed act's kept event (``extract.offered_act``) becomes a
    THREATEN, asserted, with its own source and target, and the vow's own AGREE leaves ``kept``
    (the kept events are numbered again)."""
    live = {id(e) for e in kept}
    frames = {d.cand.token.i: e for d, e in drafted if offer_frame(d) and id(e) in live
              and d.cand.token.lemma_.lower() in VOWING_VERBS}
    if not frames:
        return
    gone, vows = set(), set(frames)
    for d, e in drafted:
        if id(e) in live and e.type in VOWED_THREAT_TYPES and (i := offered_act(d, vows)) is not None:
            e.type, e.mode, e.plover_mode = "THREATEN", "asserted", None
            e.cue = f"{e.cue} + vowed-act:{d.type}"
            gone.add(id(frames[i]))
    _drop_kept(kept, gone)


def _drop_offer_frames(kept: list, drafted: list) -> None:
    """An AGREE on "offered to ..." whose offered act is a kept event of its own ("Brazil offered to
    mediate": the CONSULT, offered) is a second copy of that act: it leaves ``kept`` and the kept
    events are numbered again (round 25e2, ``extract.offered_act``). An offered act aimed at nobody
    keeps the AGREE, the offer being what reaches the other side ("offered to resign": the offer is
    made to the one who may accept it)."""
    frames = {d.cand.token.i: e for d, e in drafted if offer_frame(d)}
    if not frames:
        return
    taken = {offered_act(d, set(frames)) for d, e in drafted if e.type != "AGREE" and e.target}
    gone = {id(frames[i]) for i in taken if i is not None}
    _drop_kept(kept, gone)


# Round 26e2: a trip at home meets nobody. "The minister visited Elwak on Sunday", "the deputy prime
# minister, who toured the flooded district by boat": a CONSULT on a travel verb whose destination is
# only a place of the traveller's own country, or a place named by a common noun, is a visit to a
# place, no meeting of two political actors (GUIDELINES.md: purely domestic administration is not
# coded). "will travel to Port Sudan" (an envoy with no country of her own), "travel to Zanzibar"
# (a president of another state) stay: the round 25e3 capitals and the state they stand for.

#: Lemmas of a travel verb (the lexicon's CONSULT entries "visit", "tour", "travel to", "fly to").
TRIP_VERBS = frozenset({"visit", "tour", "travel", "fly", "go"})
#: Common nouns of a place with nobody in it to meet ("the flooded district", "the border area").
TRIP_PLACE_NOUNS = frozenset({"district", "area", "region", "town", "village", "city", "site", "camp",
                              "province", "county", "zone", "border", "front", "frontline", "settlement",
                              "locality", "scene", "valley", "island", "coast", "port", "crossing", "field"})


def _home_trip(document, d: Draft, source: list[str], author, in_author: bool, index) -> bool:
    """Whether ``d`` is a CONSULT on a travel verb (``TRIP_VERBS``) whose every destination is a
    common place noun (``TRIP_PLACE_NOUNS``) or a place (a location actor) of the traveller's own
    country (round 26e2)."""
    tok = d.cand.token
    if d.type != "CONSULT" or d.reciprocal or tok.lemma_.lower() not in TRIP_VERBS or not d.targets or not source:
        return False
    home = {a.country for a in document.actors if a.id in source and a.country}
    for obj in d.targets:
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in TRIP_PLACE_NOUNS and \
                not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in obj.children):
            continue  # "toured the flooded district"
        ids = _actors_of(document, [obj], author, in_author, index, acted_upon=True)
        places = [document.actor(a) for a in ids]
        if not ids or not home or not all(p is not None and p.kind == "location" and p.country in home
                                           for p in places):
            return False
    return True


#: Types of an offered act that goes out to another party by its nature ("offered to send surveyors"):
#: when the lexicon already told it, even with no target, the AGREE beside it is a copy (round 26, lead).
OUTWARD_OFFER_TYPES = frozenset({"AID", "CONSULT", "COOPERATE"})


def _type_offer_frames(kept: list, drafted: list) -> None:
    """Round 26e2: an AGREE on "offered to ..." whose complement made no kept event of its own is
    the offered act, typed by the complement's verb (``extract.offered_act_type``): "offered to take
    part in a joint investigation" COOPERATE, "offered to send surveyors" AID, "offered to host an
    emergency meeting" CONSULT; mode offered for an offer, intended for a pledge or a promise (a
    reported frame's own mode, "had offered last year", is kept). A complement with an event of its
    own, aimed at nobody ("offered to resign"), leaves the AGREE as round 25e2 does."""
    live = {id(e) for e in kept}
    frames = {d.cand.token.i: (d, e) for d, e in drafted if offer_frame(d) and id(e) in live and e.type == "AGREE"}
    if not frames:
        return
    told = {offered_act(d, set(frames)) for d, e in drafted if id(e) in live and e.type != "AGREE"}
    gone = set()
    for i, (d, e) in frames.items():
        if (type_ := offered_act_type(d)) is None:
            continue
        same = any(o.type == type_ and o.sentence == e.sentence and id(o) in live for o in kept)
        if i in told and not (same and type_ in OUTWARD_OFFER_TYPES):
            continue  # "offered to resign": an act of its own aimed at nobody keeps the AGREE (round 25e2)
        if same:
            gone.add(id(e))  # the offered act is told in the sentence already, by another reading
            continue
        e.type, e.plover_mode = type_, None
        if e.mode == "asserted":
            e.mode = "offered" if d.cand.token.lemma_.lower() == "offer" else "intended"
        e.cue = f"{e.cue} + offered-act:{type_}"
    _drop_kept(kept, gone)


# Round 24e3: a measure's maker. "Moscow called the sanctions illegal", "India does not recognise
# unilateral sanctions", "Poland vowed to block the package": a reaction to a measure that
# the clause names by its noun alone is aimed at whoever took the measure, reported before; "The
# package ... freezes X's assets": the measure acting stands for its maker.

#: Nouns of a measure one side takes against another (a sanction, its package, an embargo).
MEASURE_NOUNS = frozenset({"sanction", "package", "embargo", "tariff", "duty", "blockade", "ban",
                           "restriction", "listing", "designation"})
#: Types of a reaction aimed at a measure's maker when the clause names no other party.
MEASURE_REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "AGREE", "SUPPORT"})
#: Pronouns that stand for a measure noun named just before them ("called the sanctions unjust and
#: said they were illegal").
MEASURE_PRONOUNS = frozenset({"they", "them", "it"})


def _measure_noun(tok) -> bool:
    """A measure noun with no owner of its own ("the sanctions", "unilateral sanctions", "the
    package"; not "Canada's sanctions", "its embargo", "a ban")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in MEASURE_NOUNS:
        return False
    return not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _pronoun_measure(tok):
    """The measure noun a "they"/"them"/"it" stands for: the last measure noun of the pronoun's
    number before it in its sentence ("called the sanctions unjust and said they were illegal"), or
    in the sentence before for a pronoun that opens its sentence; else None."""
    if tok.lower_ not in MEASURE_PRONOUNS:
        return None
    sent = sentence_of(tok.doc, tok.i)
    first = sentence_of(tok.doc, sent.start - 1).start if sent.start > 0 and tok.i == sent.start else sent.start
    plural = tok.lower_ != "it"
    return next((t for t in reversed(tok.doc[first:tok.i])
                 if _measure_noun(t) and (t.tag_ in ("NNS", "NNPS")) == plural), None)


def _act_measures(d: Draft) -> list:
    """The measure nouns an act is done to: its own words, its objects and what it is said about
    ("block the package", "does not recognise one-sided sanctions", "agreed to the package",
    "said they were illegal")."""
    if not _measure_word_near(d):
        return []  # round 30s4: the words first
    verb = d.cand.token
    near = [*d.cand.parts, *d.targets, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")),
            *(o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "against") for o in c.children
              if o.dep_ == "pobj"),
            *(s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
              if s.dep_ in ("nsubj", "nsubjpass"))]
    out = []
    for t in near:
        noun = t if _measure_noun(t) else _pronoun_measure(t)
        if noun is not None and noun not in out:
            out.append(noun)
    return out


#: Round 30s4: relation ids of the words ``_act_measures`` reads around the verb.
_MEASURE_OBJECT_IDS = label_ids(frozenset({"dobj", "nsubjpass", "attr"}))
_CLAUSE_IDS, _SUBJECT_IDS = label_ids(frozenset({"ccomp", "xcomp"})), label_ids(frozenset({"nsubj", "nsubjpass"}))
_PREP = get_string_id("prep")


def _measure_word_near(d: Draft) -> bool:
    """Round 30s4: whether a word ``_act_measures`` reads is a measure noun's lemma or a pronoun
    that may stand for one: its own words and objects, and the verb's children and grandchildren
    read off the ``TokenSheet`` (the parse walk makes a ``Token`` of every child); where none is,
    the act names no measure."""
    if any(t.lemma_.lower() in MEASURE_NOUNS or t.lower_ in MEASURE_PRONOUNS for t in (*d.cand.parts, *d.targets)):
        return True
    verb = d.cand.token
    s = token_sheet(verb.doc)
    deps, kids, lowers, lemmas = s.deps, s.kids, s.lowers, s.lemmas
    for c in kids[verb.i]:
        dep = deps[c]
        if dep in _MEASURE_OBJECT_IDS:
            near = [c]
        elif dep == _PREP and lowers[c] in ("to", "on", "against"):
            near = [o for o in kids[c] if deps[o] == _POBJ]
        elif dep in _CLAUSE_IDS:
            near = [g for g in kids[c] if deps[g] in _SUBJECT_IDS]
        else:
            continue
        if any(lemmas[i] in MEASURE_NOUNS or lowers[i] in MEASURE_PRONOUNS for i in near):
            return True
    return False


def _measure_maker(noun, events: list, start: int, lexicon) -> list[str]:
    """Who took the measure ``noun`` names: the sources of the last event before ``start`` whose
    trigger has the noun's word ("adopted a new package of sanctions" for "the package"), else of
    the last one of the type the lexicon gives the noun (SANCTION for "sanctions"); [] if none."""
    word = noun.lemma_.lower()
    types = {e.type for e in lexicon.nouns.get(word, ())}
    before = [e for e in events if e.source and e.trigger.start < start and e.mode in FACT_MODES]
    done = next((e for e in reversed(before) if any(w.startswith(word) for w in e.trigger.text.lower().split())),
                None) or next((e for e in reversed(before) if e.type in types), None)
    return list(done.source) if done is not None else []


def _said_in_sentence(document, actor_id: str, sent) -> bool:
    actor = document.actor(actor_id)
    return actor is not None and any(sent.start_char <= s < sent.end_char for s, _ in actor.mentions)


def measure_maker_target(document, d: Draft, source: list[str], target: list[str], events: list, start: int,
                         lexicon) -> list[str]:
    """Round 24e3: the target of a reaction to a measure the clause names by its noun only ("called
    the sanctions economic warfare", "does not recognise one-sided sanctions", "vowed to block
    the package", "would not have agreed to the package"): the measure's maker (``_measure_maker``),
    where the target found is empty, the doer's own side (its minister, its people), the doers
    themselves (a reciprocal agreement) or an actor the sentence does not name (a guess from the
    context). A target the clause names keeps it; so does a measure of the doer's own making."""
    if not source or d.type not in MEASURE_REACTION_TYPES:
        return target
    measures = _act_measures(d)
    if not measures:
        return target
    own = set(source).union(*(own_side(document, s) for s in source))
    country = {a.country for a in document.actors if a.id in source and a.country}
    own |= {a.id for a in document.actors if a.country and a.country in country and a.kind != "igo"}
    if target and not all(t in own or not _said_in_sentence(document, t, d.sent) for t in target):
        return target
    maker = [m for m in _measure_maker(measures[0], events, start, lexicon) if m not in own]
    if not maker:
        return target
    d.reciprocal = False
    return maker


def measure_maker_source(document, d: Draft, events: list, start: int, lexicon) -> list[str]:
    """Round 24e3: the doer of an act whose subject is a measure noun with no actor ("The package,
    agreed by ambassadors ..., freezes X's assets", "the sanctions bar exports of Y"): the
    measure's maker reported before it; [] otherwise."""
    subjects = [t for t in d.sources if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(_measure_noun(t) for t in subjects):
        return []
    return _measure_maker(subjects[0], events, start, lexicon)


# Round 24e3: the "we" of a body's member. "'We thank the survivors,' said Commissioner X": the
# commission of inquiry X sits on, not X alone; a European Commissioner's "we" is the Commission.

#: Titles of a member of a body, with the word that names the body ("Commissioner" of a Commission).
MEMBER_TITLE_BODIES = {"commissioner": "commission", "councillor": "council", "councilor": "council",
                       "committee member": "committee"}
#: First-person plural words that speak for a body.
FIRST_PLURAL = frozenset({"we", "us", "our", "ours"})


def speaker_body(document, tok, speaker_id: str) -> str | None:
    """Round 24e3: the body a quote's "we"/"us"/"our" stands for when its speaker is a person titled
    as a member of a body ("Commissioner X", a role "Councillor") and the text names a body of that
    noun (an organisation or international body whose name has the word: "the Independent
    Commission of Inquiry", "the European Commission"): the one of them mentioned last before the
    pronoun, else None. "I" stays the person; so does a "we" of a speaker with no such title."""
    if tok.lower_ not in FIRST_PLURAL:
        return None
    person = document.actor(speaker_id)
    if person is None or person.kind != "person":
        return None
    title = f"{person.name} {person.role or ''}".lower()
    nouns = {body for word, body in MEMBER_TITLE_BODIES.items() if re.search(rf"\b{word}\b", title)}
    if not nouns:
        return None
    best = None  # (start of the last mention before the pronoun, body id)
    for a in document.actors:
        if a.kind not in ("igo", "organization") or not nouns & set(re.findall(r"\w+", a.name.lower())):
            continue
        last = max((st for st, _ in a.mentions if st < tok.idx), default=None)
        if last is not None and (best is None or last > best[0]):
            best = (last, a.id)
    return best[1] if best else None


#: Kinds of actor that are a state or its organs (its army, ministries): not the side of a rebel
#: group of the same country when a denial looks for whoever accused the denier (round 24e3).
STATE_ORGAN_KINDS = frozenset({"state", "organization", "igo"})


def same_phrase(document, tok) -> list[str]:
    """Round 24e3: "the military government" after "Myanmar's military government", "the
    transitional council" after "Sudan's transitional council": a definite common noun with
    modifiers of its own, left unlinked, stands for the one actor (no place) with a mention that
    ends in the same words after an owner or a name; [] when none or several do. A bare "the
    government" is left to the rules for a lone noun."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS
                                                      for c in tok.children):
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if not mods or not all(c.pos_ in ("ADJ", "NOUN") and c.is_lower for c in mods) or \
            any(c.dep_ == "appos" for c in tok.children) or tok.dep_ == "appos":
        return []  # "the UN refugee agency, UNHCR": a name of its own
    words = " ".join(t.lower_ for t in sorted([*mods, tok], key=lambda t: t.i))
    text = document.text
    found = {a.id for a in document.actors if a.kind != "location"
             for s, e in a.mentions if e < tok.idx and text[s:e].lower().endswith(words)
             and re.search(r"(?:'s|\w)\s+$", text[s:e - len(words)].lower())}
    return list(found) if len(found) == 1 else []


#: Nouns of a claim or account that a rejection answers ("rejected that account", "dismissed
#: the allegation").
CLAIM_NOUNS = frozenset({"account", "claim", "charge", "accusation", "allegation", "version", "assertion"})
#: Words of a measure taken in kind, in answer to another's act (``retaliation_target``; 27e3).
RETALIATION_WORDS = frozenset({"reciprocal", "retaliatory", "retaliation", "tit-for-tat", "mirror"})
#: Verbs that put a text to a vote, whose doer a vote answers (``vote_target``; round 27e3).
TABLING_VERBS = frozenset({"table", "sponsor", "co-sponsor", "cosponsor", "submit", "introduce", "draft", "propose"})
#: Dependents of a claim noun that hold what it claims ("the allegation that X interfered"; 27e3).
CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp"})


def rejected_claim_target(document, d: Draft, source: list[str], target: list[str], events: list) -> list[str]:
    """Round 24e3: "The rebels rejected that account", "dismissed the allegation": a rejection of a
    claim the clause names by a definite noun alone answers whoever last accused the rejecter
    itself (``last_accuser`` over the source actors only: a rebel group is not its country's
    government), where the target found is empty, the rejecter's own side or an actor the sentence
    does not name; ``target`` otherwise."""
    if d.type != "REJECT" or not source or d.reciprocal:
        return target
    claims = [t for t in (*d.cand.parts, *d.targets, *(c for c in d.cand.token.children if c.dep_ == "dobj"))
              if t.pos_ == "NOUN" and t.lemma_.lower() in CLAIM_NOUNS
              and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in t.children)
              and not any(c.dep_ in ("poss", "prep") for c in t.children)]
    if not claims:
        return target
    accused = _accused_in_claims(document, claims, target)  # round 27e3
    own = set(source).union(accused, *(own_side(document, s) for s in source))
    if target and not all(t in own or not _said_in_sentence(document, t, d.sent) for t in target):
        return target
    accuser = [a for a in last_accuser(events, set(source) | accused, d.sent.start_char) if a not in source]
    if not accuser and accused:  # "reject the allegation that Mr X interfered": made with the act against him
        accuser = [a for a in last_accuser(events, set(source) | accused, d.sent.start_char, HOSTILE_TYPES)
                   if a not in source]
    return accuser or target


def retaliation_target(document, d: Draft, source: list[str], target: list[str], events: list) -> list[str]:
    """Round 27e3: "The EU does not intend to take reciprocal measures": a measure in kind answers
    whoever last acted against the source's side (``last_accuser`` over ``HOSTILE_TYPES``), where
    the target found is none or an actor the sentence does not name; ``target`` otherwise."""
    if d.type not in TARGETED_MATERIAL_TYPES or not source or d.reciprocal or \
            not any(w.lemma_.lower() in RETALIATION_WORDS for p in d.cand.parts for w in (p, *p.children)):
        return target
    if any(_said_in_sentence(document, t, d.sent) for t in target):
        return target
    own = set(source).union(*(own_side(document, s) for s in source))
    return [a for a in last_accuser(events, own, d.sent.start_char, HOSTILE_TYPES) if a not in source] or target


def vote_target(doc, d: Draft, source: list[str], target: list[str], index) -> list[str]:
    """Round 27e3: "The text, tabled by Georgia, passed ... Russia and Iran voted against. Turkey
    voted in favour": a vote for or against a text answers whoever tabled it (the "by" agent or the
    subject of a tabling verb, ``TABLING_VERBS``, last before the sentence), where the vote's own
    words (its subject left aside) name none of its targets; ``target`` otherwise."""
    verb = d.cand.token
    if d.type not in ("SUPPORT", "REJECT") or d.reciprocal or verb.lemma_.lower() != "vote":
        return target
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if any((a := index.at(t.idx, t.idx + len(t.text))) is not None and a.id in target
           for t in verb.subtree if t.i not in subject):
        return target  # "voted against the motion tabled by X", "voted for Peru's proposal"
    sponsors: list[str] = []
    for tok in doc[:d.sent.start]:
        if tok.lemma_.lower() not in TABLING_VERBS or tok.pos_ != "VERB":
            continue
        agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] or \
            [c for c in tok.children if c.dep_ == "nsubj"]
        found = [a.id for g in agents for c in conjuncts(g) if (a := index.at(c.idx, c.idx + len(c.text))) is not None
                 and a.kind != "location" and a.id not in source]
        sponsors = found or sponsors
    return sponsors or target


def _accused_in_claims(document, claims: list, target: list[str]) -> set[str]:
    """Round 27e3: the actors of ``target`` named inside a claim's own content clause ("the
    allegation that Mr Brenner interfered"): the accused, whom the rejecter defends."""
    spans = [(c.idx, c.right_edge.idx + len(c.right_edge.text)) for c in claims
             if any(k.dep_ in CLAIM_CLAUSE_DEPS for k in c.children)]
    return {t for t in target if (actor := document.actor(t)) is not None
            and any(b <= s < e for s, _ in actor.mentions for b, e in spans)}


#: Words that open a list of named members of a plural just before ("the donors, in particular
#: Japan and Norway"; "partners, notably X"); "in particular" is read as its second word.
NAMED_INSTANCE_CUES = frozenset({"particular", "notably", "especially", "particularly", "including"})
#: Round 26e3: determiners that make a singular noun a whole class ("every donor", "each partner").
EVERY_DETS = frozenset({"every", "each"})
#: Tags a list of names may hold after the cue ("Canada, the United States and the European Union").
_NAMED_LIST_TAGS = frozenset({"NNP", "NNPS", "DT", "CC", ",", "JJ", "HYPH"})


def named_instance_target(document, d: Draft, source: list[str], target: list[str], author, in_author: bool,
                          index) -> list[str]:
    """Round 25e3: "We urge the partners who made those pledges, in particular Canada, the United
    States and the European Union, to honour them": a common plural the act is aimed at, followed
    (after its own phrase and a comma) by "in particular" / "notably" / "especially" / "including"
    and a list of names, is aimed at the actors those names are; ``target`` where the plural is
    named itself, no such list follows it, or the list names no actor other than the doers."""
    if d.reciprocal or not d.targets:
        return target
    sent, found = d.sent, []
    cues = positions(sent.doc, NAMED_INSTANCE_CUES, lemmas=False)  # round 30s4: "in particular" has one
    at = bisect_left(cues, sent.start)
    if at == len(cues) or cues[at] >= sent.end:
        return target  # no cue in the sentence: no list of instances
    for noun in d.targets:
        if noun.ent_type_ or noun.tag_ != "NNS" and not (  # round 26e3: "every donor", "each partner"
                noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in EVERY_DETS for c in noun.children)):
            continue
        own, j = {t.i for t in noun.subtree}, None
        for k in range(noun.i + 1, sent.end):  # its own phrase ("who made those pledges"), a comma, the cue
            tok = sent.doc[k]
            after_comma = sent.doc[k - 1].tag_ == "," or (  # round 26e3: ", and in particular ..."
                sent.doc[k - 1].lower_ == "and" and sent.doc[k - 2].tag_ == "," and k - 2 > noun.i)
            if after_comma and (tok.lower_ in NAMED_INSTANCE_CUES or tok.lower_ == "in" and
                                k + 1 < sent.end and sent.doc[k + 1].lower_ == "particular"):
                j = k + (2 if tok.lower_ == "in" else 1)
                break
            if k not in own and tok.tag_ != "," and not (tok.lower_ == "and" and sent.doc[k - 1].tag_ == ","):
                break
        if j is None:
            continue
        names = []
        while j < sent.end and (sent.doc[j].tag_ in _NAMED_LIST_TAGS or sent.doc[j].lower_ == "of" and j + 1 < sent.end
                                and sent.doc[j + 1].tag_ in ("NNP", "NNPS", "DT")):  # "the Kingdom of Spain"
            if sent.doc[j].tag_ in ("NNP", "NNPS") and sent.doc[j].dep_ != "compound":
                names.append(sent.doc[j])
            j += 1
        found += [a for a in _actors_of(document, names, author, in_author, index, acted_upon=True)
                  if a not in source and a not in found]
    return found or target


def _mutual_act(d: Draft, source: list[str], target: list[str]) -> bool:
    """Round 25e3: "Kyrgyz and Tajik border guards exchanged fire", "the two armies clashed": a verb
    of an act done to each other (``MUTUAL_VERBS``) whose several doers are the subject, with no
    target of its own outside them, is reciprocal: the doers are the targets too (the fallback had
    taken a bystander: "according to both governments")."""
    tok = d.cand.token
    return d.cand.pos == "verb" and tok.lemma_.lower() in MUTUAL_VERBS and len(source) > 1 and \
        not is_passive(tok) and all(t in source for t in target)


#: Prepositions of a place where something happens or whence it comes ("a centre in Tokyo",
#: "appealed from Warsaw"): a capital after them is a place, not the state addressed.
PLACE_PREPS = frozenset({"in", "at", "from", "near", "outside", "inside", "within", "across", "around"})


def _destination(actor, sent) -> bool:
    """Whether a mention of ``actor`` in ``sent`` is where an act goes (an object, "to Nairobi"),
    not where it happens or starts ("in Tokyo", "from Warsaw")."""
    for s, e in actor.mentions:
        if sent.start_char <= s and e <= sent.end_char:
            span = sent.doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            if root is not None and not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS):
                return True
    return False


def capital_state_target(document, d: Draft, source: list[str], target: list[str]) -> list[str]:
    """Round 25e3: "will travel to Niamey", "sent an envoy to Dodoma": a capital the actors stage
    read as a place (a destination), on the receiving end of a verbal act (talks, a request,
    support; not an act done to a place: ``PLACE_TARGET_TYPES``), stands for its state when the
    document has that state as an actor of its own ("Guidelines: states, also when named by their
    capital"); a capital whose state the text never names stays the place."""
    if d.type in PLACE_TARGET_TYPES or not target:
        return target
    kb, out = load_kb(), []
    for t in target:
        actor = document.actor(t)
        entry = kb.entries.get(actor.country) if actor is not None and actor.kind == "location" \
            and actor.country else None
        state = next((a.id for a in document.actors if a.kind == "state" and a.country == actor.country), None) \
            if entry is not None and actor.name.lower() in {c.lower() for c in entry.capitals} \
            and _destination(actor, d.sent) else None
        t = state if state is not None and state not in source else t
        if t not in out:
            out.append(t)
    return out


#: First-person singular pronouns: the person who speaks, not the body they speak for.
SINGULAR_SELF = frozenset({"i", "me", "my", "myself"})
#: Round 32f5: the first-person plural subject, the voice of the body itself ("we call on ...").
PLURAL_SELF = frozenset({"we"})
#: Round 32e14: first-person objects that, acted upon in the author's own sections outside quotes,
#: are the author ("have written to me", "asked us to ...").
SELF_OBJECTS = frozenset({"me", "us"})


def _told_self(tok) -> bool:
    """Round 32e14: whether an object "me"/"us" is of a verb with a subject of its own ("Both
    Governments have written to me"), not of an imperative's set phrase ("Allow me to ...")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _title_speaker(document, author, tok) -> str | None:
    """Round 25e3: "Press statement by the Secretary General, X, following the meeting ...": an "I"
    / "my" in the own sections of a statement issued by a body is the one person its title names
    (whose statement it is), while "we" stays the body; None where the author is a person already,
    the pronoun is no first-person singular, or the title names no person or several."""
    if tok.lower_ not in SINGULAR_SELF or author.kind == "person":
        return None
    return _title_person(document)


#: Round 32f5: the words after which a title tells its topic, no longer its issuer ("Statement by the
#: Director-General of X, Y, on the killing of the journalist, Z, in Chad": Z is the topic's).
TITLE_TOPIC = re.compile(r"\b(?:on|at|following|concerning|regarding|about)\b", re.I)
#: Round 32f5: where a title names its issuer after its topic ("Remarks at the Council by ...").
TITLE_ISSUER = re.compile(r"\bby\b", re.I)


def _title_person(document) -> str | None:
    """The one person a statement's title names (``_title_speaker``); round 32e14: of several, the
    one set off by commas after its office ("Statement by the Director-General of UNESCO, X, on the
    damage to the temple of Y": X, not the temple read as a person); else None. Round 32f5: only a
    person named before the title tells its topic (from its first "by" on: "Remarks at the Council by
    X"): "Press release of the Ministry of Kenya on the visit of the President of Chad, X, to
    Nairobi" names none."""
    title_end, text = _title_end(document), document.text
    issuer = TITLE_ISSUER.search(text, 0, title_end)
    start = issuer.end() if issuer else 0
    people = [a for a in document.actors if a.kind == "person" and any(
        start <= s < title_end and not TITLE_TOPIC.search(text, start, s) for s, _ in a.mentions)]
    if len(people) > 1:
        people = [a for a in people if any(s < title_end and text[max(0, s - 2):s] == ", " and text[e:e + 1] == ","
                                           for s, e in a.mentions)]
    return people[0].id if len(people) == 1 else None


def _singular_voice(document, doc, author) -> str | None:
    """Round 32e14: a body's statement whose own sections speak as "I" outside quotes ("Statement of
    the Prosecutor of the ICC, X, on ...": "I welcome ...") is the person its title names
    (``_title_person``): the voice of its bare clauses too ("This is not correct.", "Tunisia has a
    clear legal obligation to ..."), as of its "I"; None where the author is a person or no "I" speaks.
    Round 32f5: an "I" is a pronoun written "I" (no list mark "(i)", no "Additional Protocol I"), and
    it speaks for the statement only as the subject of more clauses than "we" ("As I said before, we
    ..." stays the body's)."""
    if author is None or author.kind == "person":
        return None
    views = views_of(doc)

    def own_subjects(words) -> int:
        return sum(1 for i in positions(doc, words, lemmas=False)
                   if doc[i].pos_ == "PRON" and doc[i].text != "i" and doc[i].dep_ in ("nsubj", "nsubjpass") and
                   views.section_kind_at(document, doc[i].idx) in AUTHOR_SECTIONS and
                   views.quote_at(document, doc[i].idx) is None)
    singular = own_subjects(SINGULAR_SELF)
    if not singular or singular <= own_subjects(PLURAL_SELF):
        return None
    return _title_person(document)


#: Round 35y35: what a call asks of the sides of a quarrel ("called for calm", "urged restraint").
CALM_NOUNS = frozenset({"calm", "restraint", "de-escalation", "deescalation", "moderation"})
#: Round 35y35: quantifiers that make a party noun all the sides of a quarrel ("all parties").
ALL_SIDES_DETERMINERS = frozenset({"all"})


def calm_call_target(document, d: Draft, source: list[str], target: list[str], events) -> list[str]:
    """Round 35y35: a call for calm or restraint that names nobody to show it ("The United States and
    Britain called for calm.", "It urged all parties to exercise restraint") is aimed at the two states
    the text is about (``_main_two_states``, the callers' own left out), when the last hostile act
    reported before it was between those two (a quarrel the calm is asked of); else ``target``. The
    fallback had taken whoever was named near ("called for calm" -> the minister quoted in the
    sentence before). Review guards: not for a negated call; not when the fallback's target is named
    in the call's own sentence ("spoke with Netanyahu ... and called for restraint", "called for
    restraint by the police"); not when the caller is a side (the fallback's target acted against it:
    "We call for restraint" in a statement of the state shelled; or the last hostile act between
    countries before the call is its own); not when that last act was between others ("Separately,
    Armenia and Azerbaijan exchanged fire ... Iran called for calm"); not when a civil war's parties
    fight in or after it, or unrest at home follows it (police and protesters)."""
    tok = d.cand.token
    if d.type != "REQUEST" or d.reciprocal or not source or d.mode == "negated":
        return target
    if any(not _all_sides(t) and t.lemma_.lower() not in CALM_NOUNS for t in d.targets):
        return target  # "urged Chad to show restraint": the addressee named
    if not any(t.lemma_.lower() in CALM_NOUNS and t.dep_ in ("dobj", "pobj") for t in tok.subtree):
        return target
    sent = (d.sent.start_char, d.sent.end_char)
    every = [mention_span(t) for t in d.targets if _all_sides(t)]  # "all sides" names none of them
    if any(sent[0] <= m < sent[1] and not any(b <= m < e for b, e in every)
           for t in target if (a := document.actor(t)) is not None for m, _ in a.mentions):
        return target  # the one the fallback took is named in the call's own sentence
    countries = frozenset(a.country for i in source if (a := document.actor(i)) is not None and a.country)
    pair = _main_two_states(document, tok.idx, countries)
    if len(pair) != 2 or set(pair) & set(source):
        return target
    pair_countries = {document.actor(i).country for i in pair}
    hostile = sorted((e for e in events if e.type in HOSTILE_TYPES and e.trigger.start < tok.idx and e.source),
                     key=lambda e: e.trigger.start)
    if any(set(e.source) & set(target) and countries & _event_countries(document, e.target, ()) for e in hostile):
        return target  # the caller is a side: the one the fallback took acted against it
    between = [n for n, e in enumerate(hostile)
               if len(_event_countries(document, (*e.source, *e.target), source)) > 1]  # acts between countries
    if not between:
        return target
    last = hostile[between[-1]]
    if countries & _event_countries(document, (*last.source, *last.target), ()):
        return target  # the last quarrel between states is the caller's own
    if _event_countries(document, (*last.source, *last.target), source) != pair_countries:
        return target  # "Separately, Armenia and Azerbaijan exchanged fire ... Iran called for calm"
    if any(_civil_fight(document, e) for e in hostile[between[-1]:]) or \
            any(_unrest(document, e) for e in hostile[between[-1] + 1:]):
        return target  # a civil war's parties fighting, riots met by the police: not the two states
    return pair


def _civil_fight(document, e) -> bool:
    """Round 35y35 (review): a fight of a civil war ("Sudan's army and the Rapid Support Forces
    fought"): its doers hold a group or armed group and another actor of the same country."""
    actors = [a for i in e.source if (a := document.actor(i)) is not None]
    return any(a.kind in NON_STATE_KINDS and a.country and any(b is not a and b.country == a.country
                                                               for b in actors) for a in actors)


def _unrest(document, e) -> bool:
    """Round 35y35 (review): unrest at home ("police fired tear gas at hundreds of protesters"): a
    hostile act with no state among its sides and a group of people among them."""
    actors = [a for i in (*e.source, *e.target) if (a := document.actor(i)) is not None]
    return not any(a.kind == "state" for a in actors) and any(a.kind == "group" for a in actors)


#: Round 35y35 (review): kinds of actors that are no state's organ in a fight.
NON_STATE_KINDS = frozenset({"group", "armed_group"})


def _event_countries(document, ids, leave_out) -> set:
    """Round 35y35: the countries of these actors (an event's sides), ``leave_out`` (the callers) left out."""
    return {a.country for i in ids if i not in leave_out and (a := document.actor(i)) is not None and a.country}


def _all_sides(tok) -> bool:
    """Round 35y35: "all parties", "all sides": every side of the quarrel, naming none."""
    return tok.lemma_.lower() in PAIR_SIDE_NOUNS and any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in ALL_SIDES_DETERMINERS for c in tok.children)


#: Round 25e3: verbs of offering a meeting place or good offices to others.
GOOD_OFFICES_VERBS = HOST_VERBS | {"mediate", "facilitate", "broker"}


def hosted_pair_target(document, d: Draft, source: list[str], target: list[str]) -> list[str]:
    """Round 25e3: "Russia, which has bases in both countries, said it stood ready to host talks"
    (or "to mediate"): talks a third party offers to host whose guests the clause does not name are
    with the two states that "both countries" / "the two sides" of the same sentence stand for (the
    fallback had taken whoever was named near); ``target`` where the act names a party of its own,
    the sentence counts no pair, or the pair includes the host."""
    tok = d.cand.token
    if d.type != "CONSULT" or d.reciprocal or d.targets or tok.lemma_.lower() not in GOOD_OFFICES_VERBS:
        return target
    for noun in d.sent:
        if noun.tag_ == "NNS" and (pair := _the_two_states(document, noun)) and not set(pair) & set(source):
            return pair
    return target
