"""Sentence-level event extraction over the parse: trigger -> type, roles, mode,
date, location, context, with the actors still as tokens (``Draft``).

The stage (``communique.stages.events``) maps argument tokens to the document's
actors, decides ambiguous types with the classifier and writes attribution.

Example handled: "Russia and China agreed to expand military cooperation" ->
AGREE (asserted, source [Russia, China]) and COOPERATE (intended).
Not handled: events spread over two sentences.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.strings import get_string_id
from spacy.symbols import IDS

from .. import resources
from ..syntax import label_ids
from ..views import pos_ids, positions, token_sheet, token_strings, views_of
from .arguments import QUOTE_MARKS as ARG_QUOTE_MARKS
from .arguments import (_BETWEEN, _BY, _OF, _WITH, BETWEEN_TYPES, QUANTITY_NOUNS, conjuncts, hyphen_pair, is_passive,
                        location_of, mutual, noun_arguments, subject_of, verb_arguments)
from .context import contexts, cue_contexts, event_date, parse_published, reporting_governor
from .dating import Dated, date_entities
from .lexicon import REPORTING_VERBS_FILE, Lexicon, Modality, load_lexicon, load_modality
from .modality import POLITE_REQUESTS, dated_background, event_mode, governor_chain, historical_cue_in, not_ruled_out
from .speech import load_speech_cues, located_lie, publishes, speech_drafts, violent_sentence
from .triggers import CONDITION_MARKS, Candidate, find_candidates, match_token, people_name

logger = logging.getLogger(__name__)

#: Types whose compound subject with no object is reciprocal ("Russia and China agreed").
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Nominal triggers of a disagreement the copula's subject is in ("X was at odds with Y"); with a
#: compound subject and no object the first party is at odds with the others ("Novak and Keller
#: were at odds over the budget": Novak -> Keller).
MUTUAL_TRIGGERS = frozenset({"odds"})
#: Types of the PLOVER conflict quads: an embedded claim of one of these is an accusation.
CONFLICT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                            "MOBILIZE", "COERCE", "ASSAULT"})
#: Speech-act types that take the target of the act they govern ("threatened to shell X").
INHERITING_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})
#: Prepositions through which a verb carries a nominal event ("arrived on a visit").
CARRIER_PREPS = frozenset({"on", "for"})
#: Verbs of travel that carry a visit or talks ("arrived in Amman on a visit").
MOTION_VERBS = frozenset({"arrive", "come", "go", "travel", "fly", "head", "leave", "return", "be"})
#: Prepositions through which a verb's subject takes part in a meeting it is in ("said in a
#: meeting with X", "during talks with X"; "on" only for a call: "spoke on the phone"), unless the
#: verb is an event of its own ("accused X of ... in the negotiations").
SETTING_PREPS = frozenset({"in", "during"})
#: "speaking at a news conference with his counterpart": a setting under "at" that names its
#: partner takes the verb's subject as a party too (round 18e)
_WITH = frozenset({"with"})
#: Nominal types that are events with nobody named when they happen at a named place ("protests
#: continue in Baghdad"; not ASSAULT: "a pause in the bombing in Aleppo" is no event).
PLACED_TYPES = frozenset({"PROTEST"})
#: Types of a nominal act with nobody named that is still an event when it anchors the time of its
#: clause ("After an attack on the capital in 2015, a bill was drafted"; round 24e6).
ANCHOR_TYPES = frozenset({"ASSAULT"})
#: Prepositions of such an anchor, on the sentence's main verb ("following" left out: PLOVER's records
#: code the main act only, "set fire ... following the killing of a settler"; round 24e6).
ANCHOR_PREPS = frozenset({"after", "since"})
#: Types of a nominal act that is the means of another act of its clause's subject ("freed the hostages
#: in a raid", "arrested forty people during a crackdown"; round 25e1), and the prepositions of it (a
#: setting's: "in", "during").
MEANS_TYPES = frozenset({"ASSAULT", "COERCE"})
MEANS_PREPS = SETTING_PREPS
#: Verbs that give what they name a label ("called the takeover 'theft'", "described the report as
#: 'a work of fiction'"; round 25e1): a quoted label on another's act or claim is an accusation or
#: a rejection, unless it praises (``PRAISING_LABELS`` and the speech cues' supporting words).
LABELLING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub", "characterise", "characterize"})
PRAISING_LABELS = frozenset({"constructive", "useful", "positive", "historic", "milestone", "breakthrough",
                             "step", "chapter", "good", "great", "fruitful", "productive", "friendly",
                             "cordial", "welcome", "landmark", "important", "significant", "valuable",
                             "encouraging", "promising", "victory", "win", "opportunity", "sign", "progress",
                             "fair", "balanced", "reasonable", "just", "acceptable", "realistic", "sincere"})
#: Types of a nominal act that is the source of a clause's report ("according to a complaint ...";
#: round 24e6): the act was made, and is aimed at the clause's subject.
ACCORDING_TYPES = frozenset({"ACCUSE"})
#: Types of an act noun judged by another trigger that is still reported as done when a hyphened
#: pair of names gives its parties ("condemned the Turkish-Libyan agreement", round 26e5).
PAIRED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
#: Cooperative types whose act, "no longer" done, ends an existing relation (SANCTION).
ENDED_TYPES = frozenset({"CONCEDE", "COOPERATE", "AID", "SUPPORT"})
#: Objects of a military COOPERATE entry ("conducted drills") that one side alone may hold: a
#: show of force, MOBILIZE, unless a partner is named or they are joint (``_lone_drill``).
DRILL_NOUNS = frozenset({"drill", "exercise", "war-game", "manoeuvre", "maneuver"})
#: Prepositions naming the side a show of force is aimed at ("drills around Taiwan", "off
#: the coast of X": the owner of the coast).
FORCE_PLACE_PREPS = frozenset({"around", "near", "off", "toward", "towards"})
#: Tags of the relative pronoun "who", which stands for the person a clause follows.
RELATIVE_TAGS = frozenset({"WP"})
#: Parts of speech of a partitive object whose "of" noun is what a verb acts on ("some of the raids").
PARTITIVE_POS = frozenset({"DET", "PRON", "NUM", "ADJ"})
#: How many heads up from a nominal trigger a person's role apposition may be.
MAX_TITLE_DEPTH = 4
#: Nominal types whose setting verb's subject is a party ("Novak said in a meeting with X").
SETTING_TYPES = frozenset({"CONSULT"})
#: Determiners that make a noun generic, nobody in particular ("any leader", "no troops").
GENERIC_DETERMINERS = frozenset({"any", "no", "every", "each"})
#: Those under a leader's command: an order to them is no request between actors ("ordered his
#: troops to withdraw": the withdrawal is the event).
SUBORDINATE_NOUNS = frozenset({"staff", "aide", "troop", "force", "army", "military", "police", "soldier",
                               "official", "unit", "commander", "officer", "agency", "ministry", "department"})
#: Pronouns that name nobody in particular ("never threatened anybody").
INDEFINITE_PRONOUNS = frozenset({"anybody", "anyone", "anything", "everybody", "everyone", "nobody", "nothing"})
#: Threats that a negated passive defies ("will not be intimidated"): a REJECT by its subject
#: (not COERCE: with it one CAMEO quad sentence changed class and accuracy fell 0.6449 -> 0.6442).
DEFIED_TYPES = frozenset({"THREATEN"})
#: Pressure that a subject of nobody is said to be unable to put, with a modal ("Nobody can put pressure on me",
#: "no country will intimidate us"): a REJECT by the one pressed (round 27e5).
DEFIED_SUBJECT_TYPES = frozenset({"THREATEN", "COERCE"})
#: Types of a yielding verb whose negation is a refusal ("would not accept conditions": REJECT;
#: "will not recognise the results": round 22).
REFUSED_TYPES = frozenset({"CONCEDE", "AGREE", "SUPPORT"})
#: Pronouns a demand can address: the stage resolves them to the actor named before ("It should
#: also invite the council": Ottawa's, in an op-ed about Ottawa) (round 19).
THIRD_PERSON = frozenset({"it", "they", "he", "she"})
#: Types of a meeting whose firm negated future with no partner refuses it ("said his government would
#: not negotiate under threats": REJECT; ``_meeting_refused``, round 29e1).
REFUSED_MEETING_TYPES = frozenset({"CONSULT"})
#: Auxiliaries that leave a negated refusal firm ("will not accept", reported "would not accept";
#: "did not accept the judgment", "does not accept the ruling": round 22).
FIRM_AUXILIARIES = frozenset({"will", "would", "wo", "shall", "can", "ca", "do", "does", "did"})
#: Verbs of complying with another's demand or rule, whose firm negated future refuses it ("India
#: said it would not comply", "we will not abide by a ruling ..."); they take no direct object, so
#: ``refusal_verbs``' object test does not apply (round 26e1).
COMPLIANCE_VERBS = frozenset({"comply", "abide", "obey"})
#: Auxiliaries of a refusal announced, not a failure reported ("did not comply" is neither).
REFUSING_AUXILIARIES = frozenset({"will", "would", "wo", "shall"})
#: Verbs of being named in print, whose negated passive after "asked" is a source's condition
#: of anonymity ("asked not to be named").
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "cite"})
#: Round 34e17: what a doer holds as its own cause, whose defence supports no actor ("defending its own
#: interests", "we have long defended the unanimity rule", "is not defending a national interest"):
#: a SUPPORT ``defend`` with such an object of its own or nobody's (``_own_cause``) is no event.
OWN_CAUSE_NOUNS = frozenset({"interest", "sovereignty", "principle", "rule", "value", "claim", "position",
                             "record", "honour", "honor", "dignity", "independence"})
#: Tags of the relative pronouns "which" and "that", which a clause said of an act has for subject.
ACT_RELATIVE_TAGS = frozenset({"WDT"})
#: Nominal types whose doers do what a "which" clause said of them does ("the attack, which killed
#: five"; "talks between A and B, which agreed to a truce").
RELATIVE_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "MOBILIZE", "SANCTION"})
#: Material nominal types that a nationality adjective names the doer of when another trigger
#: reports them ("protested the Chinese water cannon attack").
NATIONAL_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: Types of the speech acts that judge an act done ("condemned", "protested", "denied").
JUDGING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})
#: Prepositions of the meeting an agreement is reached at ("agreed at talks", "signed during a summit").
AGREED_AT_PREPS = frozenset({"at", "during", "in"})
#: Types of a transfer of goods whose nationality says who gives them ("Iranian drones were supplied").
GOODS_TYPES = frozenset({"AID"})
#: Adjectives of a subject's openness to an act named by a noun after them ("remains open to
#: dialogue", "is ready for talks"): the subject offers it (round 24e1, ``_open_to``).
OPEN_ADJECTIVES = frozenset({"open", "ready", "available", "willing", "prepared", "amenable", "receptive"})
#: Prepositions between such an adjective and the act ("open to", "ready for").
OPEN_PREPS = frozenset({"to", "for"})
#: Auxiliaries that a past reporting verb shifts back from the firm "will" ("said it would not accept
#: any of the refugees": the refusal "will not accept", reported) (round 24e1, ``_refusals``).
REPORTED_FIRM_AUXILIARIES = frozenset({"would"})
#: Relative pronouns that a reporting clause can stand between and the act it reports ("the
#: rebels, who he said had shelled the town", "the militia, which officials say attacked").
REPORTED_RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Types of a meeting whose partners a gapped clause can name place by place ("held talks in A with
#: X, and in B with Y": two meetings) (round 24e1, ``_gapped_partners``).
GAPPED_TYPES = frozenset({"CONSULT"})
#: round 25e5: a casualty count ("190 were dead", "40 soldiers died", "most of the dead were traders") is
#: an attack on the dead when the document tells of force (one of these words) and the sentence has no
#: attack of its own ("two people died in the bombing": the bombing)
FORCE_WORDS = frozenset({"attack", "attacker", "bombing", "bomber", "airstrike", "air-strike", "strike", "shelling",
                         "shell", "raid", "ambush", "clash", "fighting", "gunman", "gunfire", "militant", "explosion",
                         "blast", "massacre", "offensive", "shooting", "shoot", "assault", "insurgent", "rebel",
                         "militia", "suicide", "car-bomb", "bomb", "rocket", "missile", "drone", "mortar", "sniper"})
DEATH_WORDS = frozenset({"dead", "die"})
QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "many", "several", "most", "some"})
CASUALTY_HEDGES = frozenset({"could", "may", "might", "would", "should", "must"})
PRONOUNS_FILE = "actors/pronouns.en.tsv"
_VERB_ID, _NOUN_ID = IDS["VERB"], IDS["NOUN"]
_PATIENT_IDS = label_ids(frozenset({"nsubjpass", "dobj"}))
_DET, _POBJ, _PREP, _APPOS, _PERSON = (get_string_id(label) for label in ("det", "pobj", "prep", "appos", "PERSON"))
_VERB_AUX_IDS = frozenset((_VERB_ID, IDS["AUX"]))
_ADVCL, _ACL, _CONJ = get_string_id("advcl"), get_string_id("acl"), get_string_id("conj")
_PRESENT_IDS = label_ids(frozenset({"VBZ", "VBP"}))


def author_pronouns() -> frozenset[str]:
    """Pronouns that name the author when they are the subject in commentary ("we condemn"):
    those tagged ``author`` in the pronoun resource."""
    return resources.with_tag(PRONOUNS_FILE, "author")


def unnamed_speakers() -> frozenset[str]:
    """Personal pronouns that count as a speaker even when unresolved ("they said"): those
    tagged ``unnamed_speaker`` in the pronoun resource."""
    return resources.with_tag(PRONOUNS_FILE, "unnamed_speaker")


@dataclass
class Draft:
    """An event before actor mapping; tokens are spaCy tokens of the sentence."""

    cand: Candidate
    types: list[str]
    mode: str
    sources: list
    targets: list
    sent: object
    plover_mode: str | None = None
    date: Dated | None = None  # what the sentence says (``events.dating``)
    location: str | None = None
    context: list[str] = field(default_factory=list)
    weight: float = 0.6
    reporter: object = None  # token of the reporting verb whose content holds the trigger
    governor: object = None  # token of the governing trigger, for nested events
    derived_from: "Draft | None" = None  # for ACCUSE drawn from "X claimed that ..."
    reciprocal: bool = False
    location_token: object = None
    author_demand: bool = False  # a deontic demand with no speaker: the author's, in commentary
    bare: bool = False  # an attack or protest with nobody named, kept for its violent sentence or place
    cue: str | None = None  # why: "rule-id:cue words" (None: the lexicon entry of the trigger)

    @property
    def type(self) -> str:
        return self.types[0]

    @property
    def ambiguous(self) -> bool:
        return len(self.types) > 1 or any(e.ambiguous for e in self.cand.entries)

    def trigger_span(self) -> tuple[int, int]:
        parts = self.cand.parts
        return parts[0].idx, parts[-1].idx + len(parts[-1].text)


def judgement_draft(verb, type_: str, speaker: list, targets: list, sent, cue: str) -> Draft:
    """A speaker's judgement of others' act or claim, told by ``verb``: an asserted ACCUSE (PLOVER mode
    "disapprove"), REJECT or SUPPORT from the speaker to the judged."""
    return Draft(cand=Candidate(verb, [], [verb]), types=[type_], mode="asserted", sources=speaker,
                 targets=targets, sent=sent, weight=0.45,
                 plover_mode="disapprove" if type_ == "ACCUSE" else None, cue=cue)


def _relative_act_doers(verb, by_token: dict, lexicon: Lexicon) -> list:
    """Who did the act a "which" clause is said of: "the attack on the border post, which wounded
    three soldiers", "talks between A and B, which agreed to a truce" (the parser hangs the clause
    on the act noun or on the object of its preposition): the doers of the act noun (its
    ``noun_arguments`` sources), or []."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ACT_RELATIVE_TAGS for c in verb.children):
        return []
    noun = verb.head
    if noun.i not in by_token and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "the attack on the post, which ...": the post is what was attacked
    cand = by_token.get(noun.i) or match_token(noun, lexicon)  # "hosted talks": the talks are the verb's part
    if cand is None or cand.pos != "noun" or cand.types[1:] or cand.entries[0].type not in RELATIVE_ACT_TYPES:
        return []
    sources, _targets = noun_arguments(cand, lexicon)
    return [t for t in sources if t not in cand.parts and (t.ent_type_ or t.pos_ == "PROPN")]


def _participle_parties(noun) -> tuple[list, list]:
    """(sources, targets) a participle on a nominal consultation names: "the consultations held
    with the Government of Ukraine" -> ([], [Government]); "talks held between A and B" -> ([A,
    B], [])."""
    acls = [c for c in noun.children if c.dep_ == "acl"]
    between = [t for c in acls for o in _pobj_list(c, _BETWEEN) for t in conjuncts(o)]
    return between, [t for c in acls for o in _pobj_list(c, frozenset({"with"})) for t in conjuncts(o)]


def _agreed_at(noun, by_token: dict) -> bool:
    """A meeting noun that is where an agreement verb's subject agreed ("agreed at EU-hosted
    talks to revive the commission", "signed the accord at a summit in Lima")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in AGREED_AT_PREPS:
        return False
    verb = by_token.get(noun.head.head.i)
    return verb is not None and verb.pos == "verb" and verb.types == ["AGREE"]


def _national_goods(verb, targets: list) -> tuple[list, list]:
    """(sources, targets) of a passive transfer with no agent whose goods carry a nationality
    ("North Korean missiles have been supplied to Russia", "American rifles were delivered to
    Kyiv"): the state of the goods gives them, and the goods are no target; ([], targets) else."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return [], targets
    goods = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and not c.ent_type_]
    owners = [a for g in goods for a in g.children if a.dep_ in ("amod", "compound") and a.ent_type_ in ("NORP", "GPE")]
    if not owners:
        return [], targets
    return owners, [t for t in targets if t not in owners and t not in goods and t.head not in owners]


def _reported_clause(verb) -> bool:
    """A clause that says what a publication reports ("reports that missiles have been supplied
    to Russia", "a report that troops had crossed the border"): a clause with a subject of its
    own, not a participle on the publication ("the report released by X")."""
    return verb.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "mark" and c.lower_ == "that"
                                      for c in verb.children)


def _response_carrier(noun, heads: set[int]):
    """The verb of response whose "with" object ``noun`` is ("responded with airstrikes",
    "retaliated with sanctions"; ``response_verbs`` of ``speech_cues.yaml``), when the verb is no
    trigger of its own; else ``None``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i in heads:
        return None
    return prep.head if prep.head.lemma_.lower() in load_speech_cues().response_verbs else None


def _national_act(cand, by_token: dict) -> bool:
    """A material act noun that a nationality or state adjective says who did, judged by a speech
    act ("protested the Chinese water cannon attack", "condemned the Russian strikes"): reported
    as done by that state, though it is the object of another trigger (not an act allowed or
    asked for: "allowed Turkish army deployments"); only the judging verb's direct object, not
    what a complaint is "over" ("complained over the Russian raids": coded as the complaint alone
    in the PLOVER records)."""
    tok = cand.token
    judged = by_token.get(tok.head.i) if tok.dep_ == "dobj" else None  # not "complained over X raids"
    return cand.entries[0].type in NATIONAL_ACT_TYPES and not cand.types[1:] and any(
        c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in tok.children) and \
        judged is not None and bool(set(judged.types) & JUDGING_TYPES)


def _paired_act(cand) -> bool:
    """An agreement, talks or joint work whose parties a hyphened pair of names gives ("condemned the
    Turkish-Libyan agreement", "welcomed the US-Taliban deal"): reported as made by them, though it
    is the object of another trigger, as "the talks between A and B" is (round 26e5)."""
    return set(cand.types) <= PAIRED_TYPES and len(hyphen_pair(cand.token)) > 1


def _paired_object(noun, verb) -> bool:
    """A paired act noun (``_paired_act``) that a light verb of another type took as its object
    ("denounces Turkish-Libyan agreement"): an act of its own (round 26e5); not one of the verb's
    own type ("signed the US-Iran deal" is the one signing)."""
    return _paired_act(noun) and not set(noun.types) & set(verb.types)


#: Relations of a noun before an act noun that names its doer, and of that noun's own modifiers.
_DOER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Entity types of a modifier that names the doer's state or body ("a Myanmar army offensive").
DOER_MODIFIER_ENTS = frozenset({"GPE", "NORP", "ORG"})


def _named_modifier(tok, noun) -> bool:
    """``tok`` is a common noun before the act noun ``noun`` that a name modifies in turn ("a
    Myanmar army offensive", "the Syrian government offensive"): the doer is named (round 26e5)."""
    return tok.head.i == noun.i and tok.i < noun.i and tok.dep_ in _DOER_MODIFIER_DEPS and any(
        c.dep_ in _DOER_MODIFIER_DEPS and c.ent_type_ in DOER_MODIFIER_ENTS for c in tok.children)


def _partitive_carrier(tok):
    """The verb whose object is a part of ``tok`` ("planned some of the deadliest bombings",
    "carried out many of the raids" -> the verb), or ``None``."""
    part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if part is None or part.dep_ != "dobj" or part.pos_ not in PARTITIVE_POS:
        return None
    return part.head


#: Nouns of "at the N of X" that name who asked for the act, no content of it ("entered Kazakhstan at
#: the request of its president"): an event of their own (round 24, lead).
ASKED_AT_NOUNS = frozenset({"request", "invitation", "behest", "urging"})


def _content_of_trigger(tok, heads: set[int]) -> bool:
    """A noun that is the object of another trigger (directly or through a preposition), other than
    the "at the request of" that says who asked for it (``ASKED_AT_NOUNS``)."""
    s, i = token_sheet(tok.doc), tok.i
    head, dep = s.heads[i], s.deps[i]
    if dep in _PATIENT_IDS and head in heads:
        return True
    return dep == _POBJ and s.deps[head] == _PREP and s.heads[head] in heads and \
        not (tok.doc[head].lower_ == "at" and tok.lemma_.lower() in ASKED_AT_NOUNS)


def _sentence_words(sent, forms: list[str], words) -> list:
    """The tokens of ``sent`` whose string in ``forms`` (``token_strings``' lower-cased forms or
    lemmas, per token of the Doc) is one of ``words``, in order: a ``Token`` only for those, for
    the sentence rules whose first test of every token is that word test (round 27s1)."""
    doc = sent.doc
    return [doc[i] for i in range(sent.start, sent.end) if forms[i] in words]


def _pobj_list(tok, preps) -> list:
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]


def _in_role_title(noun, heads: set[int]) -> bool:
    """A nominal trigger inside the apposition that gives a named person's role ("Anne Keller,
    the special envoy for Cyprus negotiations", "X, the minister in charge of the talks")."""
    s, anc = token_sheet(noun.doc), noun.i
    for _ in range(MAX_TITLE_DEPTH):
        if s.heads[anc] == anc:
            break  # the root: no more ancestors
        anc = s.heads[anc]
        if anc in heads or s.pos[anc] == _VERB_ID:
            return False
        if s.deps[anc] == _APPOS and s.pos[anc] == _NOUN_ID and s.ents[s.heads[anc]] == _PERSON:
            return True
    return False


def _participle_targets(cand, lexicon: Lexicon, agents) -> list:
    """Who the participle of a nominal trigger aims it at ("the strikes carried out by Russia
    **on Kharkiv**", "a call made by Trump **to Zelensky**")."""
    preps = lexicon.target_preps.get(cand.entries[0].type, frozenset()) | {"on", "against"}
    return [p for c in cand.token.children if c.dep_ == "acl" for p in _pobj_list(c, preps) if p not in agents]


def _no_longer(tok) -> bool:
    """The trigger is modified by "no longer" ("will no longer allow")."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
               for c in tok.children)


def _participle_agents(noun) -> list:
    """The named (or plural: "by gunmen") agent of a participle on a nominal trigger ("the
    strikes carried out by the Russian Federation" -> Federation), or []; the participles
    are ``agent_participles`` of ``resources/events/speech_cues.yaml``."""
    participles = load_speech_cues().agent_participles
    out = []
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in participles:
            out += [o for a in c.children if a.dep_ == "agent" for o in a.children
                    if o.dep_ == "pobj" and (o.ent_type_ or o.pos_ == "PROPN" or o.tag_ == "NNS")]
    return out


def _open_to(noun, heads: set[int]):
    """The clause verb whose subject is open to the act ``noun`` names ("South Africa remains open
    to dialogue", "we are ready for talks"): the noun is the object of "to" / "for" after an
    openness adjective that is the verb's complement; None otherwise (round 24e1)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OPEN_PREPS:
        return None
    adj = prep.head
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in OPEN_ADJECTIVES or adj.dep_ not in ("acomp", "oprd"):
        return None
    verb = adj.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in heads or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _reported_relative(verb, sources: list) -> list:
    """The noun a relative pronoun stands for when a reporting clause comes between it and the act
    it is the subject of ("blamed the rebels, which he said had shelled the crossing": the rebels
    shelled it); [] when the subject is no relative pronoun or no such clause holds it (round 24e1)."""
    if not sources or not all(t.tag_ in REPORTED_RELATIVE_TAGS for t in sources) or verb.dep_ == "relcl":
        return []
    cues = load_modality()
    head = verb
    for _ in range(3):  # "which he said had shelled", "who officials believe were behind"
        if head.dep_ not in ("ccomp", "relcl") or head.head is head:
            return []
        head = head.head
        if head.dep_ == "relcl" and head.lemma_.lower() in cues.reporting_verbs:
            return [t for t in conjuncts(head.head) if t.pos_ in ("NOUN", "PROPN")]
    return []


def _with_phrase(tok):
    """The "with" preposition a partner token hangs under (through conjuncts and appositions), or None."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "with":
            return tok.head
        if tok.dep_ not in ("conj", "appos", "compound", "pobj", "prep") or tok.head is tok:
            return None
        tok = tok.head
    return None


def _gapped_partners(drafts: list[Draft]) -> list[Draft]:
    """A second meeting for each partner of a gapped clause: "held consultations in Cairo with X,
    and in Doha with Y" (the parser hangs "and in Doha" on the first "with" as a conjunct
    preposition and the second "with Y" on the verb) is a meeting with X and another with Y, not one
    with both. The draft keeps the first "with" partners; a copy takes each later group (24e1)."""
    out = []
    for d in drafts:
        if d.type not in GAPPED_TYPES or d.reciprocal or len(d.targets) < 2:
            continue
        groups: dict[int, list] = {}
        for t in d.targets:
            w = _with_phrase(t)
            if w is not None:
                groups.setdefault(w.i, []).append(t)
        if len(groups) < 2:
            continue
        firsts = sorted(groups)
        doc = d.targets[0].doc
        if not any(c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ != "with"
                   for c in doc[firsts[0] + 1:firsts[1]]):
            continue  # "met with X and with Y", no gapped "and in B" between: one meeting
        d.targets = [t for t in d.targets if _with_phrase(t) is None or _with_phrase(t).i == firsts[0]]
        for w in firsts[1:]:
            out.append(replace(d, targets=list(groups[w])))
    return out


def _named_party(tok) -> bool:
    """A state, body or person by name ("Iraq", "the United States"), or a side named by its
    nationality ("the Iraqi side"); not a crowd ("thousands of demonstrators")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or \
        any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP") for c in tok.children)


def _joined_partners(drafts: list[Draft]) -> list[Draft]:
    """"Syria joined Iraq in calling on Turkey to release water", "Canada joined the United States
    in imposing sanctions on Iran" (round 25e1): the act after "joined X in" is done by X as well
    as by the subject, and the gold codes one event per doer; a copy of the draft takes the joined
    party as its source, when it is named (``_named_party``). Not "joined the talks in Geneva" (no
    act after "in"), not a participle "joining thousands of demonstrators in demanding ..." (a
    PLOVER record codes the crowd's protest only)."""
    out = []
    for d in drafts:
        tok = d.cand.token
        prep = tok.head
        if d.cand.pos != "verb" or tok.dep_ != "pcomp" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        join = prep.head
        if join.lemma_.lower() != "join" or join.pos_ != "VERB" or join.tag_ == "VBG":
            continue  # not "rioted on Monday, joining thousands of demonstrators in demanding ..."
        joined = [t for o in join.children if o.dep_ == "dobj" for t in conjuncts(o)
                  if t not in d.sources and t not in d.targets and _named_party(t)]
        if joined and d.sources:
            out.append(replace(d, sources=joined))
    return out


def extract_sentence(sent, published: str | None = None, lexicon: Lexicon | None = None,
                     cues: Modality | None = None) -> list[Draft]:
    """Event drafts of one spaCy sentence span."""
    lexicon = lexicon or load_lexicon()
    cues = cues or load_modality()
    pub = parse_published(published)
    drafts: list[Draft] = []
    cands = find_candidates(sent, lexicon, keep=_paired_object)
    heads = {c.token.i for c in cands}
    by_token = {c.token.i: c for c in cands}
    year = pub.year if pub else None
    # what the sentence holds for its drafts, read at its first draft only (in about a
    # quarter of the sentences with candidates every candidate is dropped before one)
    historical_cue = sentence_contexts = dates = None
    for cand in cands:
        entry = cand.entries[0]
        bare, cue, setting, signing, open_to, means = False, "violent-noun:", None, None, None, None
        if _under_question(cand.token):
            continue  # "Asked about Chile's plan, Milei said ...": a reporter's question, no act
        if cand.pos == "verb":
            if publishes(cand.token) and not cand.parts[1:] and entry.type not in ("REQUEST", "ACCUSE") and \
                    not _reported_clause(cand.token) and not _judged_text(cand):
                # "released a statement": a publication, not a release ("subpoenaed a transcript"
                # and "criticised the report" are acts all the same)
                continue
            sources, targets = verb_arguments(cand, lexicon)
            if not sources and entry.type in GOODS_TYPES:
                # "North Korean missiles have been supplied to Russia": the goods' state supplies them
                sources, targets = _national_goods(cand.token, targets)
            if entry.type == "ASSAULT" and _nobody_hurt(cand.token):
                continue  # "No troops were injured": nobody was hurt, no attack is reported
            if entry.type == "ACCUSE" and targets and all(_unnamed_doer(t, cand.token) for t in targets):
                continue  # "alleged Navalny was poisoned": the victim is named, the accused is not
            if entry.type == "REQUEST" and cand.token.lemma_.lower() == "order" and \
                    any(o.lemma_.lower() in SUBORDINATE_NOUNS for o in cand.token.children if o.dep_ == "dobj"):
                continue  # "ordered his staff to delay the aid": a command to one's own, the act is the event
            if entry.type == "REQUEST" and _anonymity(cand.token):
                continue  # "an official, who asked not to be named, said ...": a source's condition, no demand
            if entry.type == "SUPPORT" and (_self_defence(cand.token) or _own_cause(cand.token)):
                continue  # "the right to defend ourselves", "defend against cyber threats": nobody supported
            mark = next((p for p in cand.parts[1:] if p.dep_ == "mark"), None)
            if mark is not None and not targets:
                # "called for the government to resign": the one asked is the clause's subject
                targets = [t for c in mark.head.children if c.dep_ == "nsubj" for t in conjuncts(c)]
            if entry.type == "REJECT" and not targets and _object_gap(cand.token):
                targets = [cand.token.head]  # "a charge Belgrade denies": the charge is what is denied
            if cand.token.dep_ == "relcl" and sources and all(t.tag_ in RELATIVE_TAGS for t in sources):
                # "the minister, who met Vucic in Brussels": the relative pronoun is the noun it follows
                sources = conjuncts(cand.token.head)
            reported_rel = _reported_relative(cand.token, sources)
            if reported_rel:
                sources = reported_rel  # "the rebels, who he said had shelled the town" (round 24e1)
            act_doers = _relative_act_doers(cand.token, by_token, lexicon)
            if act_doers:
                # "the attack on the border post, which wounded three": the attack's doer wounded them
                sources = act_doers
                targets = [t for t in targets if t not in act_doers]
            if not sources and entry.type in BETWEEN_TYPES:
                # "talks were held between Addis Ababa and the rebels": the parties
                between = [t for h in cand.parts for o in _pobj_list(h, _BETWEEN) for t in conjuncts(o)]
                sources, targets = (between, []) if between else (sources, targets)
        else:
            if entry.type == "CONSULT" and cand.token.dep_ == "nsubj" and cand.token.head.i in heads:
                continue  # "Cairo summit denounces the agreement": the summit acts, it is no event here
            if _in_role_title(cand.token, heads):
                continue  # "Anne Keller, the special envoy for Cyprus negotiations": a title, not talks
            sources, targets = noun_arguments(cand, lexicon)
            sources = sources or _coordinated_agents(cand, by_token)  # "the attack by X on A and the shelling of B"
            signing = _signing_clause(cand) if entry.type in SIGNED_TYPES and \
                not any(_named_participant(t) for t in sources) else None
            if signing is not None:
                # "the cooperation agreements they signed in 2012": the clause's subject signed it (round 21d)
                sources = _signers(signing)
                targets = [t for t in targets if t not in sources]
            if entry.type == "CONSULT" and not targets and _own_session(cand.token, sources):
                continue  # "the annual meeting of the General Assembly", "at its 12th meeting": a body sits
            if not sources and cand.token.dep_ == "pobj" and cand.token.head.lower_ == "at" and \
                    cand.token.lower_ in MUTUAL_TRIGGERS:  # "X was at odds with Y"
                sources = [t for t in subject_of(cand.token.head.head) if t not in targets]
            if cand.parts[1:]:  # "phone call", "missile strike": the modifier is the trigger's own
                sources = [t for t in sources if t not in cand.parts] or \
                    [t for o in _pobj_list(cand.token, _BETWEEN) for t in conjuncts(o)
                     if entry.type in BETWEEN_TYPES]
            if not sources and not targets and entry.type in BETWEEN_TYPES:
                # "the consultations held with Kyiv", "talks conducted between A and B": the parties
                # the participle names
                sources, targets = _participle_parties(cand.token)
            if not sources and not _content_of_trigger(cand.token, heads):
                # "a phone call made by Trump to Zelensky": the participle names the doer
                agents = _participle_agents(cand.token)
                if agents:
                    sources, targets = agents, targets + _participle_targets(cand, lexicon, agents)
            carrier = cand.token.head
            if cand.token.dep_ == "pobj" and carrier.lower_ in CARRIER_PREPS and \
                    carrier.head.lemma_.lower() in cues.light_verbs | MOTION_VERBS:
                carrier = carrier.head  # "arrived in Amman on a visit": the traveller visits
                sources = [t for t in subject_of(carrier) if t not in targets] or sources
                targets = targets or [p for c in carrier.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                                      for p in c.children if p.dep_ == "pobj"]
            elif _response_carrier(cand.token, heads) is not None:
                # "Israel, which responded with airstrikes on Gaza": who responds does the act
                sources = [t for t in subject_of(_response_carrier(cand.token, heads)) if t not in targets] or sources
            elif not sources and entry.type in SETTING_TYPES and _agreed_at(cand.token, by_token):
                # "Armenia and Azerbaijan agreed at EU-hosted talks to ...": who agree there take part
                sources, setting = [t for t in subject_of(carrier.head) if t not in targets], carrier.head
            elif entry.type in SETTING_TYPES and cand.token.dep_ == "pobj" and \
                    (not sources and (carrier.lower_ in SETTING_PREPS or
                                      carrier.lower_ == "on" and entry.plover_mode == "phone")
                     or _partnered_setting(cand.token, carrier, sources)) \
                    and carrier.head.pos_ == "VERB" and carrier.head.i not in heads:
                # "Novak said in a meeting with Marchenko", "Boric and Milei spoke on the
                # phone": whoever the verb's subject is takes part in the meeting or call
                sources = [t for t in subject_of(carrier.head) if t not in targets]
            elif not sources and entry.type in MEANS_TYPES and _means_of_act(cand, by_token) is not None:
                # "troops freed six hostages in a raid": the act's doer carried out the raid (round 25e1)
                means = _means_of_act(cand, by_token)
                sources = [t for t in subject_of(means) if t not in targets]
            elif _content_of_trigger(cand.token, heads):
                agents = _participle_agents(cand.token) or _accused_doer(cand.token, by_token) or \
                    _coordinated_agents(cand, by_token)
                if agents:
                    # "condemned the strikes carried out by Russia on Kharkiv": a reported act that
                    # happened, with its doer named by the participle
                    sources = agents
                    targets = [t for t in targets if t not in agents] + _participle_targets(cand, lexicon, agents)
                elif not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in cand.token.children) and \
                        not any(_named_participant(t) for t in _agents_of(cand.token)) and \
                        not _national_act(cand, by_token) and not _condemned_aimed_act(cand, by_token) and \
                        not _paired_act(cand) and not _brokered_act(cand, by_token):
                    if not _demanded_act(cand, by_token):
                        continue  # "rejected the US request": the request is what was rejected, not a new event
                    sources = [t for t in sources if t.dep_ != "poss"] or _demanded_doers(cand.token)
                # else "rejected the prime minister's resignation", "condemned the launch of a missile
                # by Iran": the named owner's or agent's act, reported too
            undergoer = carrier.head if cand.token.dep_ == "pobj" and carrier.lower_ == "under" else \
                carrier if cand.token.dep_ == "dobj" else None
            if undergoer is not None and not targets and undergoer.i not in heads and \
                    undergoer.lemma_.lower() in load_speech_cues().undergoing_verbs:
                # "Russia faces new sanctions", "the convoy came under attack": the subject undergoes it
                targets = subject_of(undergoer)
            verb = _partitive_carrier(cand.token) or (carrier if cand.token.dep_ == "dobj" else None)
            open_to = _open_to(cand.token, heads) if not sources else None
            if open_to is not None:
                # "South Africa remains open to dialogue": the subject offers the act (round 24e1)
                sources = [t for t in subject_of(open_to) if t not in targets]
            elif verb is not None and verb.lemma_.lower() in cues.light_verbs and verb.i not in heads:
                # "launched an investigation into ...", "planned some of the raids": the carrying verb's subject acts
                sources = [t for t in subject_of(verb) if t not in targets] or \
                    [t for t in sources if t.dep_ != "poss" or t.pos_ != "PRON"]
            # a nominal event needs a participant: a name, a possessor or a group ("the demands of
            # the protesters", "attacks on civilians"), or it is just a topic word
            elif signing is None and means is None and \
                    not any(t.ent_type_ or t.pos_ == "PROPN" or t.dep_ == "poss" or t.tag_ == "NNS" or
                            _named_modifier(t, cand.token) for t in sources + targets):
                if entry.type == "ASSAULT" and not cand.types[1:] and violent_sentence(sent):
                    bare = True  # "two people died in the bombing": an attack with nobody named
                elif entry.type == "ASSAULT" and not cand.types[1:] and \
                        any(t.dep_ == "pobj" and t.head.lower_ in ("on", "against") for t in targets):
                    bare, cue = True, "aimed-noun:"  # "an attack on oil infrastructure in Saudi Arabia"
                elif entry.type in PLACED_TYPES and not cand.types[1:] and location_of(cand) is not None:
                    bare, cue = True, "placed-noun:"  # "anti-government protests continue in Baghdad"
                elif entry.type in PLACED_TYPES and not cand.types[1:] and cand.token.dep_ == "nsubj" \
                        and cand.token.head.lemma_.lower() in load_speech_cues().ongoing_verbs:
                    bare, cue = True, "ongoing-noun:"  # "the protests began in early October"
                elif _condemned_aimed_act(cand, by_token):
                    bare, cue = True, "condemned-act:"  # "condemn the violations of the airspace" (round 21d)
                elif entry.type in ANCHOR_TYPES and not cand.types[1:] and _time_anchor(cand.token):
                    bare, cue = True, "anchor-noun:"  # "after an attack in the capital in 2015, ..." (round 24e6)
                elif entry.type in ACCORDING_TYPES and _according_clause(cand.token) is not None and \
                        [t for t in subject_of(_according_clause(cand.token)) if t.pos_ != "PRON"]:
                    # "according to a complaint filed in May, the minister took bribes": the
                    # accusation is aimed at whom the clause it sources is about (round 24e6)
                    targets = [t for t in subject_of(_according_clause(cand.token)) if t.pos_ != "PRON"]
                else:
                    continue
        if cand.pos == "verb" and not sources and not targets:
            sources, targets = _labelled_by_participle(cand.token)  # "the PKK is a banned group in Turkey"
        if not sources and not targets and not bare and _operative_head(cand):
            bare, cue = True, "operative:"  # "3. Expresses deep concern over ...": the issuer's (round 18d)
        if not sources and not targets and not bare:
            logger.debug("abstain: no argument for %r", cand.token.text)
            continue
        if historical_cue is None:
            historical_cue = historical_cue_in(sent, cues, year)
        chain = governor_chain(token_sheet(sent.doc), cand.token.i)  # for the mode and the governor
        mode = event_mode(cand.token, sent, cues, year, historical_cue, chain)
        if cand.pos != "verb" and signing is not None:  # the signing clause says whether and when it was signed
            mode = event_mode(signing, sent, cues, year, historical_cue, governor_chain(token_sheet(sent.doc), signing.i))
            if mode == "asserted" and dated_background(signing, sent, cues, pub):
                mode = "historical"
        if setting is not None:  # the talks held when the agreement was reached: the agreement's mode
            mode = event_mode(setting, sent, cues, year, historical_cue,
                              governor_chain(token_sheet(sent.doc), setting.i))
            mode = "asserted" if mode == "negated" else mode  # "failed to agree at the talks": they met
        if cand.pos != "verb" and (entry.type in ANCHOR_TYPES and _time_anchor(cand.token) or
                                   entry.type in ACCORDING_TYPES and _according_clause(cand.token) is not None) \
                and mode != "negated":
            mode = "asserted"  # the act a clause is dated from happened, whatever the clause's mode (round 24e6)
        if mode == "negated" and cand.pos != "verb" and _paired_act(cand) and _content_of_trigger(cand.token, heads):
            mode = "asserted"  # "rejected the Turkey-Libya memorandum": the pact exists (round 26e5)
        if mode == "asserted" and dated_background(cand.token, sent, cues, pub):
            mode = "historical"  # "met in May", in an article of December (round 18c)
        if cand.pos != "verb" and mode == "asserted" and open_to is not None and sources:
            mode = "offered"  # "remains open to dialogue": offered, not yet held (round 24e1)
        if mode == "asserted" and cand.pos == "noun" and _demanded_act(cand, by_token):
            mode = "demanded"  # "called for the withdrawal of Russian troops" (round 21e)
        if mode == "demanded" and (_ordered_to_own(sent.doc, chain, cues) or ordered_own_organ(sent.doc, chain, cues)):
            mode = "asserted"  # "ordered his staff to delay the aid": the command is the act (round 16d)
        if mode == "negated" and entry.type == "REJECT" and not_ruled_out(token_sheet(sent.doc), cand.token.i, cues):
            continue  # "did not rule out sending troops": no refusal; the troops are hypothetical (round 24e2)
        if mode == "intended" and entry.type in DECIDED_TYPES and decided_measure(sent.doc, chain, cues):
            mode = "asserted"  # "The Conference decides to suspend X": the decision imposes it (round 24e2)
        if mode == "negated" and targets and all(t.lower_ in INDEFINITE_PRONOUNS or _generic_quantified(t)
                                                 for t in targets) and not _withdrawal_refused(entry.type, targets):
            continue  # "I never threaten anybody": a denial of a habit, no act upon anyone
        types = cand.types if len(cand.types) > 1 else [entry.type]
        why = cue + cand.token.lower_ if bare else None
        if mode == "negated" and entry.type in DEFIED_TYPES and cand.pos == "verb" and \
                any(c.dep_ == "nsubjpass" for c in cand.token.children):
            # "we will not be intimidated by Caracas": the one pressed defies the one pressing
            types, mode, why = ["REJECT"], "asserted", f"defiance:{cand.token.lower_}"
            sources, targets = targets, sources
        if entry.type in DEFIED_SUBJECT_TYPES and cand.pos == "verb" and sources and all(map(_none_of, sources)) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cand.token.children) \
                and (defied := targets or _pressed_upon(cand.token)):
            # "Nobody can put pressure on me", "no one will intimidate us": the one pressed defies
            # whoever would press (round 27e5)
            types, mode, why = ["REJECT"], "asserted", f"defiance:{cand.token.lower_}"
            sources, targets = defied, []
        if entry.type in REFUSED_TYPES and _refused(cand, cues) or \
                entry.type in REFUSED_MEETING_TYPES and mode == "negated" and _meeting_refused(cand):
            # "Caracas would not accept conditions": a refusal, not a concession withheld (round 19);
            # "would not negotiate under threats": a refusal to meet (round 29e1)
            types, mode, why = ["REJECT"], "asserted", f"refusal:{cand.token.lower_}"
        if entry.type in ENDED_TYPES and _no_longer(cand.token):
            # "will no longer allow cruise ships to Cuba": an existing relation is ended
            types, mode, why = ["SANCTION"], "asserted", f"no-longer:{cand.token.lower_}"
        if entry.type == "COOPERATE" and _lone_drill(cand, sources, targets):
            # "China conducted drills around Taiwan": one side's exercise near another, no cooperation
            types, why = ["MOBILIZE"], f"lone-drill:{' '.join(t.lower_ for t in cand.parts)}"
            targets = _force_aimed_at(cand)
        if entry.type == "CONSULT" and cand.token.lemma_.lower() in OFFERING_VERBS and _invited_to_act(cand.token):
            types = ["AGREE"]  # "France invited Algeria to reopen its airspace": no meeting offered (round 23)
        if mode == "asserted" and cand.token.lemma_.lower() in cues.offer_governors and \
                (entry.objects or cand.token.lemma_.lower() in OFFERING_VERBS and "CONSULT" in types):
            mode = "offered"  # "offered aid to Haiti": the aid is offered, not yet given
        elif mode == "asserted" and entry.objects and cand.token.lemma_.lower() in PLEDGING_VERBS:
            mode = "intended"  # "pledged 30 million dollars": bound to give it (round 24e2)
        reciprocal = False
        if len(sources) > 1 and any(mutual(t) for t in targets):
            targets, reciprocal = list(sources), True  # "Chile and Peru accused each other"
        elif entry.type in RECIPROCAL_TYPES and len(sources) > 1 and not targets:
            targets, reciprocal = list(sources), True
        elif cand.token.lower_ in MUTUAL_TRIGGERS and len(sources) > 1 and not targets:
            sources, targets = sources[:1], sources[1:]
        if dates is None:
            sentence_contexts, dates = cue_contexts(sent, cues), date_entities(sent)
        gov = next((sent.doc[g] for _d, g in chain if g in heads), None)
        loc = location_of(cand)
        drafts.append(Draft(
            cand=cand, types=types, mode=mode,
            sources=sources, targets=targets, sent=sent,
            plover_mode=entry.plover_mode if all(e.plover_mode == entry.plover_mode for e in cand.entries) else None,
            date=event_date(cand, sent, pub, mode == "intended", dates),
            location=loc.text if loc is not None else None, location_token=loc,
            context=contexts(entry.context, sentence_contexts), weight=max(e.weight for e in cand.entries),
            reporter=reporting_governor(cand.token, cues), governor=gov, reciprocal=reciprocal,
            bare=bare, cue=why,
        ))
    if drafts:  # (the rules over the drafts read so far, up to ``_opened_rules``, do nothing without one)
        _inherit_targets(drafts)
        drafts.extend(_gapped_partners(drafts))
        drafts.extend(_joined_partners(drafts))
        drafts.extend(_accusations(drafts, heads, cues))
    # the sentence rules below whose first test is a word of the sentence run only when it holds
    # one: one pass over its words for all of them (round 29s1, ``_opened_rules``)
    opened = _opened_rules(sent, cues)
    drafts.extend(_demands(sent, drafts, heads, cues) if _demands in opened else ())
    drafts.extend(_semimodal_demands(sent, heads, cues) if _semimodal_demands in opened else ())
    drafts.extend(speech_drafts(sent, drafts, heads, cues) if speech_drafts in opened else ())
    drafts.extend(_quoted_labels(sent, heads) if _quoted_labels in opened else ())
    drafts.extend(_crowd_acts(sent, heads, pub, dates or []) if _crowd_acts in opened else ())
    drafts.extend(_refusals(sent, heads, cues) if _refusals in opened else ())
    drafts.extend(_forbearance_ending(sent, heads) if _forbearance_ending in opened else ())
    drafts.extend(_author_judgements(sent, drafts, cues) if _author_judgements in opened else ())
    drafts.extend(_claim_denials(sent, drafts, cues) if _claim_denials in opened else ())
    drafts.extend(_stance_adjectives(sent, heads) if _stance_adjectives in opened else ())
    drafts.extend(_verdict_idioms(sent, heads, cues) if _verdict_idioms in opened else ())  # round 35e35
    drafts.extend(_no_more_waiting(sent, drafts, heads) if _no_more_waiting in opened else ())
    drafts.extend(_promised_responses(sent, heads) if _promised_responses in opened else ())
    drafts.extend(_regretted_failures(sent, heads) if _regretted_failures in opened else ())
    drafts.extend(_regretted_acts(sent, drafts, heads) if _regretted_acts in opened else ())
    drafts.extend(_worried_by_acts(sent, drafts, heads) if _worried_by_acts in opened else ())  # round 26e1
    drafts.extend(_hostile_measures(sent, heads, cues, year) if _hostile_measures in opened else ())  # round 26e1
    drafts.extend(_threatened_outcomes(sent, drafts, heads, cues) if _threatened_outcomes in opened else ())
    drafts.extend(_disowned_acts(sent, drafts, heads, cues) if _disowned_acts in opened else ())
    drafts.extend(_casualty_counts(sent, drafts, heads) if _casualty_counts in opened else ())  # round 25e5
    if not drafts:
        return []  # (the rules below only edit, drop or read the drafts: none to read, none made)
    _expulsion_orders(drafts)
    _thanked_permissions(drafts)
    _ordered_done(drafts)  # round 23b
    _walkouts(drafts)
    _standing_rules(drafts)  # round 25e2
    _procedures_under_law(drafts)  # round 26e2
    _generic_acts(drafts)  # round 26e2
    _expected_visits(drafts)  # round 26e2
    _told_twice(drafts, heads)  # round 27e2
    _own_clauses_in_demands(drafts)
    _asked_of_the_asked(drafts)  # round 34e17
    _their_delegates(drafts)
    return unreported_acts(drafts)


def _rule_words(sc, cues: Modality) -> tuple:
    """The sentence rules of ``extract_sentence`` whose first test is a word of the sentence, each
    with the words that test reads: ``(rule, lemma words, lower-cased form words)``. A rule returns
    nothing, and changes nothing, in a sentence with none of its words (round 29s1)."""
    return (
        (_demands, (), cues.demand_modals),
        (_semimodal_demands, sc.semimodal_verbs, ()),
        (speech_drafts, sc.drafting_verbs, ()),
        (_quoted_labels, LABELLING_VERBS, ()),
        (_crowd_acts, sc.crowd_verbs, ()),
        (_refusals, sc.refusal_verbs | COMPLIANCE_VERBS, ()),
        (_forbearance_ending, sc.forbearance_nouns, ()),
        (_author_judgements, sc.accusing_words, sc.accusing_words),
        (_claim_denials, sc.claim_nouns, sc.claim_pronouns),
        (_stance_adjectives, sc.critical_adjectives | sc.supportive_adjectives, ()),
        (_verdict_idioms, sc.verdict_idioms.keys() | sc.demonstrating_verbs, ()),
        (_no_more_waiting, sc.inaction_verbs, ()),
        (_promised_responses, sc.response_verbs, ()),
        (_regretted_failures, sc.regret_verbs, ()),
        (_regretted_acts, sc.regret_verbs, ()),
        (_worried_by_acts, (), WORRY_WORDS),
        (_hostile_measures, MEASURE_NOUNS, ()),
        (_threatened_outcomes, sc.consequence_verbs | sc.penalty_verbs | {"go"}, ()),
        (_disowned_acts, (), ("nothing",)),
        (_casualty_counts, DEATH_WORDS, ()),
    )


#: ``_rule_gates``' tables by the identities of the speech cues and the modality cues they were read
#: from (each kept with its two objects; a handful at most: one per resource set and ``Modality`` used).
_GATES: dict[tuple[int, int], tuple] = {}
_MAX_GATES = 8


def _rule_gates(sc, cues: Modality) -> tuple[dict[str, frozenset], dict[str, frozenset]]:
    """``_rule_words`` turned round: for each lemma and each lower-cased form, the rules whose first
    test it passes; read once per pair of cue objects (kept with them, so a new resource set or
    another ``Modality`` gets tables of its own)."""
    key = (id(sc), id(cues))
    found = _GATES.get(key)
    if found is None or found[0] is not sc or found[1] is not cues:
        by_lemma: dict[str, set] = {}
        by_lower: dict[str, set] = {}
        for rule, lemma_words, lower_words in _rule_words(sc, cues):
            for word in lemma_words:
                by_lemma.setdefault(word, set()).add(rule)
            for word in lower_words:
                by_lower.setdefault(word, set()).add(rule)
        tables = ({w: frozenset(r) for w, r in by_lemma.items()}, {w: frozenset(r) for w, r in by_lower.items()})
        if len(_GATES) >= _MAX_GATES:
            _GATES.clear()
        found = _GATES[key] = (sc, cues, tables)
    return found[2]


def _opened_rules(sent, cues: Modality) -> frozenset:
    """The rules of ``_rule_words`` whose words ``sent`` holds (its lemmas and lower-cased forms
    as ``token_strings`` reads them): one pass over the sentence's words for all of them, in place
    of each rule's own test of the sentence (round 29s1)."""
    by_lemma, by_lower = _rule_gates(load_speech_cues(), cues)
    lowers, lemmas = token_strings(sent.doc)
    start, end = sent.start, sent.end
    hits = [by_lemma[w] for w in by_lemma.keys() & lemmas[start:end]]
    hits += [by_lower[w] for w in by_lower.keys() & lowers[start:end]]
    return frozenset().union(*hits)


def _counted(tok) -> bool:
    """A number, a counted noun ("40 soldiers", "dozens of people") or a quantity ("most of the dead")."""
    if tok.pos_ == "NUM" or tok.lower_ in QUANTITY_WORDS:
        return True
    return any(c.dep_ == "nummod" or c.lower_ in QUANTITY_WORDS for c in tok.children)


def _casualty_counts(sent, drafts: list[Draft], heads: set[int]) -> list[Draft]:
    """"Its spokesman claimed 190 were dead", "At least 40 soldiers died", "Most of the dead were
    grain traders": a count of the dead with no
    attack word in its sentence tells of an attack on them (ASSAULT, nobody named as its doer; the
    dead, or who they were, its target) when the document tells of force elsewhere (``FORCE_WORDS``:
    no attack in a flood or a crash report). Only counted dead (a number or a quantity: "the former
    president died" is no attack), not denied or hedged ("nobody died", "could be dead"), and not
    beside an attack of the sentence ("two people died in the bombing": that one event) (round 25e5)."""
    if any("ASSAULT" in d.types for d in drafts):
        return []
    lowers, lemmas = token_strings(sent.doc)
    span = range(sent.start, sent.end)
    if DEATH_WORDS.isdisjoint(lemmas[i] for i in span):
        return []
    if FORCE_WORDS.isdisjoint(lemmas) and FORCE_WORDS.isdisjoint(lowers):
        return []
    for tok in sent:
        if tok.i in heads:
            continue
        lemma = tok.lemma_.lower()
        verb, targets = None, []
        if lemma == "die" and tok.pos_ == "VERB":
            verb = tok
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if not subj or not _counted(subj[0]):
                continue
            targets = [] if subj[0].pos_ == "NUM" or subj[0].lower_ in QUANTITY_WORDS else subj[:1]
        elif lemma == "dead" and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            verb = tok.head
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subj or not _counted(subj[0]):
                continue
            targets = [] if subj[0].pos_ == "NUM" or subj[0].lower_ in QUANTITY_WORDS else subj[:1]
        elif lemma == "dead" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj" \
                and tok.head.head.head.lemma_ == "be":
            verb = tok.head.head.head  # "Most of the dead were traders": who the dead were
            targets = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")][:1]
        else:
            continue
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in CASUALTY_HEDGES for c in verb.children) or \
                any(c.lower_ in ("no", "nobody", "none") for c in verb.children if c.dep_ in ("nsubj", "det")):
            continue
        heads.add(tok.i)
        return [Draft(cand=Candidate(tok, [], [tok]), types=["ASSAULT"], mode="asserted", sources=[],
                      targets=targets, sent=sent, weight=0.4, bare=True,
                      cue=f"casualty-count:{tok.lower_}")]
    return []


def _author_judgements(sent, drafts: list[Draft], cues: Modality) -> list[Draft]:
    """"The failure is Ottawa's": a sentence with no act of its own, no reporting verb and an
    accusing word (``accusing_words`` of ``speech_cues.yaml``) in its main clause is an ACCUSE
    against the actors it names. Like a deontic demand with no speaker (``author_demand``) the
    stage gives it to the author in commentary and statements and drops it elsewhere."""
    if drafts:
        return []
    sc = load_speech_cues()
    lowers, lemmas = token_strings(sent.doc)
    if sc.accusing_words.isdisjoint(lowers[sent.start:sent.end]) and \
            sc.accusing_words.isdisjoint(lemmas[sent.start:sent.end]):
        return []  # no accusing word in the sentence (most sentences)
    root = sent.root
    if root.lemma_.lower() in cues.reporting_verbs or root.pos_ not in ("VERB", "AUX"):
        return []
    clause = [t for t in sent if root.i in (t.i, t.head.i, t.head.head.i)]
    cue = next((t for t in clause if (t.lower_ in sc.accusing_words or t.lemma_.lower() in sc.accusing_words)
                and not located_lie(t)), None)  # round 25e2: "parts of the area lie near its waters"
    about = [t for t in sent if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and t.dep_ != "compound"]
    if cue is None or not about or any(c.dep_ == "neg" for c in root.children):
        return []
    d = Draft(cand=Candidate(cue, [], [cue]), types=["ACCUSE"], mode="asserted", sources=[], targets=about,
              sent=sent, plover_mode="disapprove", weight=0.4, cue=f"author-accuse:{cue.lower_}")
    d.author_demand = True
    return [d]


def _past_report(reporter) -> bool:
    """``reporter`` is a reporting verb in the past ("said", "told"): its "would" is the reported
    "will" (round 24e1)."""
    return reporter is not None and reporter.tag_ == "VBD"


def _refusals(sent, heads: set[int], cues: Modality) -> list[Draft]:
    """"Kenya will not accept any interference": a negated ``refusal_verbs`` verb with an
    object is a REJECT by its subject (cue ``refusal:``); the object is what is refused, and
    the stage finds whom it comes from when it names nobody."""
    refusal = load_speech_cues().refusal_verbs
    out: list[Draft] = []
    doc, pos, lemmas = sent.doc, pos_ids(sent.doc), token_strings(sent.doc)[1]
    if refusal.isdisjoint(lemmas[sent.start:sent.end]) and COMPLIANCE_VERBS.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for i in range(sent.start, sent.end):
        if pos[i] != _VERB_ID or i in heads or lemmas[i] not in refusal and lemmas[i] not in COMPLIANCE_VERBS:
            continue
        tok = doc[i]
        if lemmas[i] in COMPLIANCE_VERBS:  # "would not comply (with the sanctions)" (round 26e1)
            if not _compliance_refused(tok):
                continue
            objects = [o for c in tok.children if c.dep_ == "dobj" for o in conjuncts(c)] or \
                _pobj_list(tok, _WITH | _BY)
        else:
            objects = [o for c in tok.children if c.dep_ == "dobj" for o in conjuncts(c)] or \
                _refused_clause_subjects(tok)
            if not objects:
                continue
        if not any(c.dep_ == "neg" for c in tok.children):
            continue
        reporter = reporting_governor(tok, cues)
        hedged = any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_auxiliaries and
                     not (c.lower_ in REPORTED_FIRM_AUXILIARIES and _past_report(reporter)) for c in tok.children)
        sources = subject_of(tok)
        if hedged or not sources:
            continue
        if tok.dep_ == "relcl" and all(c.lower_ in ("do", "does") for c in tok.children if c.dep_ == "aux"):
            continue  # "Cyprus, which Turkey does not recognize": a standing position, no act (round 22)
        out.append(Draft(cand=Candidate(tok, [], [tok]), types=["REJECT"], mode="asserted", sources=sources,
                         targets=objects, sent=sent, weight=0.5, reporter=reporter,
                         cue=f"refusal:{tok.lower_}"))
        heads.add(i)
    return out


def _crowd_acts(sent, heads: set[int], pub, dates) -> list[Draft]:
    """"Protesters surrounded the police headquarters", "demonstrators filled the streets": what
    a crowd of protesters does in the street is a PROTEST by them (``crowd_verbs`` with a
    ``protester_nouns`` subject, cues in ``speech_cues.yaml``)."""
    sc = load_speech_cues()
    out = []
    doc, pos, lemmas = sent.doc, pos_ids(sent.doc), token_strings(sent.doc)[1]
    if sc.crowd_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return out  # no crowd verb in the sentence (most sentences)
    for i in range(sent.start, sent.end):
        if pos[i] != _VERB_ID or i in heads or lemmas[i] not in sc.crowd_verbs:
            continue
        tok = doc[i]
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        # "thousands of demonstrators": the counted crowd
        subj += [p for c in subj if c.lower_ in QUANTITY_NOUNS for p in _pobj_list(c, _OF)]
        crowd = [c for c in subj if c.lemma_.lower() in sc.protester_nouns]
        if not crowd:
            continue
        cand = Candidate(tok, [], [tok])
        dates = dates or date_entities(sent)
        out.append(Draft(cand=cand, types=["PROTEST"], mode="asserted", sources=crowd,
                         targets=[c for c in tok.children if c.dep_ == "dobj"], sent=sent, plover_mode="demo",
                         date=event_date(cand, sent, pub, False, dates), weight=0.5, bare=True,
                         cue=f"crowd-act:{tok.lower_}"))
        heads.add(tok.i)
    return out


def _standing_norm(tok) -> bool:
    """Round 26e2: a deontic clause with "never" whose subject undergoes it, passive or a copula
    with a predicate ("Food must never be used as a weapon", "Hospitals should never be a target"):
    a rule stated for all time, no demand made of the subject (it does nothing). An active clause
    ("Russia must never again invade") and "must be released" (no "never") stay demands."""
    if not any(c.lower_ == "never" for c in tok.children):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    copula = tok.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in tok.children)
    return passive or copula


def _norm_for_kind(tok) -> bool:
    """Round 27e2: a deontic copula whose subject is a bare plural common noun ("Schools must be
    places where children learn", "Hospitals should be safe"): what such places must be, asked of
    nobody. "Rebels must be disarmed" (passive) and "The authorities must be accountable" (a
    determiner) stay demands."""
    if tok.lemma_ != "be" or not any(c.dep_ in ("attr", "acomp") for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.tag_ == "NNS" and not s.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in s.children) for s in subjects)


def _demands(sent, drafts: list[Draft], heads: set[int], cues: Modality) -> list[Draft]:
    """"Russia said Sudan must return the helicopter": a REQUEST by the speaker to the
    subject of the deontic clause. Without a speaker the stage gives the REQUEST to the
    author in commentary and statements (``author_demand``) and drops it elsewhere.
    A prohibition is a demand too ("Sudan must not send weapons"); a generic subject is
    nobody addressed ("no leader should assume ..."). "Ottawa should demand a moratorium":
    one REQUEST, the deontic one to Ottawa, replaces the demand verb's own."""
    out: list[Draft] = []
    sheet, modals = token_sheet(sent.doc), cues.demand_modals
    if modals.isdisjoint(sheet.lowers[sent.start:sent.end]):
        return out  # no demand modal in the sentence (a verb's auxiliaries are in its sentence)
    # the verbs a demand modal hangs on: only these are read (round 27s1)
    governed = {sheet.heads[j] for j in range(sent.start, sent.end) if sheet.lowers[j] in modals}
    sentence_contexts = None
    doc, pos = sent.doc, sheet.pos
    for i in range(sent.start, sent.end):
        if i not in governed or pos[i] not in _VERB_AUX_IDS:
            continue
        tok = doc[i]
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in cues.demand_modals), None)
        if modal is None or (tok.tag_ == "VBN"
                             and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)):
            continue  # "should have closed its waters": a reproach of what was not done, no demand
        addressee = subject_of(tok)
        if not addressee or all(t.pos_ == "PRON" and t.lower_ not in THIRD_PERSON or _generic_quantified(t) or
                                _indefinite(t) for t in addressee):
            continue
        if _standing_norm(tok) or _norm_for_kind(tok):
            continue  # "Aid workers must never be a target": a rule for everyone, asked of nobody (26e2)
        if not _asks_addressee(tok):  # round 34e17: "it should ask the AU to send observers" is a demanded request
            drafts[:] = [d for d in drafts if d.cand.token.i != tok.i or d.type != "REQUEST"]
        if modal.i < min(t.i for t in addressee):
            continue  # "Should Minsk take further measures, ...": an inverted condition (round 23c)
        reporter = reporting_governor(tok, cues)
        speaker = [c for c in reporter.children if c.dep_ == "nsubj"] if reporter is not None else []
        cand = Candidate(modal, [], [modal])
        if sentence_contexts is None:
            sentence_contexts = cue_contexts(sent, cues)
        d = Draft(cand=cand, types=["REQUEST"], mode="asserted", sources=speaker, targets=addressee,
                  sent=sent, plover_mode=None, context=list(sentence_contexts), weight=0.45,
                  reporter=None, cue=f"deontic-demand:{modal.lower_}")
        d.author_demand = reporter is None
        out.append(d)
    return out


def _asks_addressee(verb) -> bool:
    """Round 34e17: the demanded verb asks someone named of its own to act ("Malawi should ask the African Union
    to send observers", "Ottawa should urge Oslo to ..."): an object and a clause of what the object is to do.
    The demand is then two events: the writer's REQUEST to the subject, and the subject's REQUEST to the
    object, demanded. "Ottawa should demand a moratorium" asks nobody of its own: one REQUEST."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN")]
    return bool(objects) and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _named_participant(tok) -> bool:
    """A name that can do an act ("by North Korea", "by Peru's navy", "between the Governments of
    A and B"), not "by the summit"."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or any(
        c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.children) or \
        any(p.pos_ == "PROPN" or p.ent_type_ for p in _pobj_list(tok, _OF))


def _agents_of(noun) -> list:
    """The "by" objects of an act noun, or of its "of" object ("the launch of a missile by Iran"),
    and the parties "between" whom talks were held ("welcomed the talks between A and B")."""
    return _pobj_list(noun, frozenset({"by", "between"})) + [a for o in _pobj_list(noun, _OF)
                                                            for a in _pobj_list(o, _BY)]


def _object_gap(verb) -> bool:
    """A relative clause with a named subject and no object of its own, said of a common noun:
    the noun is its object ("a charge Belgrade denies", "the plan Lima rejected")."""
    kids = [c.dep_ for c in verb.children]
    return verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and "nsubj" in kids and \
        not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children) and \
        not any(k in ("dobj", "ccomp", "xcomp", "dative") for k in kids)


def _own_session(noun, sources) -> bool:
    """A meeting whose one participant is the body that holds it, named by its "of" complement
    or by "its" ("the annual meeting of the General Assembly", "at its 12th meeting"), and no
    one it meets."""
    if len(sources) != 1 or _pobj_list(noun, frozenset({"with", "between"})):
        return False
    body = sources[0]
    return body.dep_ == "poss" and body.lower_ == "its" or \
        body.dep_ == "pobj" and body.head.lower_ == "of" and body.ent_type_ == "ORG"


def _anonymity(verb) -> bool:
    """"asked not to be named", "requested not to be identified": the verb's clause is a negated
    passive of one of ``ANONYMITY_VERBS``."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and
               {"neg", "auxpass"} <= {k.dep_ for k in c.children} for c in verb.children)


def _self_defence(verb) -> bool:
    """The verb's object is the doer itself ("defend ourselves"), or the verb is turned
    "against" something with no one defended ("deter, defend against and counter threats")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
    if objects and all(o.tag_ == "PRP" and o.lower_.endswith(("self", "selves")) for o in objects):
        return True
    return any(not objects or not any(o.dep_ == "pobj" for o in a.children) for a in against)


def _own_cause(verb) -> bool:
    """Round 34e17: "defend" whose objects all are causes (``OWN_CAUSE_NOUNS``) held by nobody named: no
    possessor, or possessors that end in a pronoun ("its own interests", "their fleet's interests", "the
    unanimity rule", "a national interest"); not "defended Ukraine's sovereignty" (Ukraine supported), nor (round
    34f8) "the independence of Moldova"."""
    if verb.lemma_.lower() != "defend":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]

    def owner_named(tok) -> bool:
        # round 34f8: "the independence of Moldova", "the sovereignty and territorial integrity of Ukraine"
        # are named owners too
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        return owner is not None and owner.pos_ != "PRON" and (owner.pos_ == "PROPN" or owner_named(owner)) \
            or any(o.dep_ == "pobj" and o.pos_ == "PROPN" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children) \
            or any(owner_named(c) for c in tok.children if c.dep_ == "conj")

    return bool(objects) and all(o.lemma_.lower() in OWN_CAUSE_NOUNS and not owner_named(o) for o in objects)


def _lone_drill(cand, sources, targets) -> bool:
    """A military exercise held by one side with nobody named to hold it with, not joint
    ("X held drills near Y"; not "X and Z held drills", "X held joint drills", "drills with Z")."""
    drills = [p for p in cand.parts[1:] if p.lemma_.lower() in DRILL_NOUNS]
    return bool(drills) and len(sources) == 1 and not targets and not any(
        c.lower_ in ("joint", "combined") for d in drills for c in d.children)


def _force_aimed_at(cand) -> list:
    """Whom a show of force is aimed at: the place "around", "near" or "off" it, or the owner
    of an unnamed place there ("off the coast of Taiwan")."""
    out = []
    for place in (o for h in cand.parts for o in _pobj_list(h, FORCE_PLACE_PREPS)):
        owner = [] if place.ent_type_ else _pobj_list(place, _OF)
        out.extend(conjuncts(owner[0] if owner else place))
    return out


def _unnamed_doer(tok, verb) -> bool:
    """The subject of a passive clause said by ``verb`` with no "by" agent ("alleged X was
    poisoned")."""
    clause = tok.head
    return tok.dep_ == "nsubjpass" and clause.dep_ == "ccomp" and clause.head.i == verb.i and \
        not any(c.dep_ == "agent" for c in clause.children)


def _nobody_hurt(verb) -> bool:
    """The verb's patients (passive subjects, objects) are all nobody: "no troops", "no one",
    "nobody" (and it has some)."""
    s = token_sheet(verb.doc)
    patients = [c for c in s.kids[verb.i] if s.deps[c] in _PATIENT_IDS]
    return bool(patients) and all(s.lowers[c] in ("nobody", "none") or any(
        s.deps[d] == _DET and s.lowers[d] == "no" for d in s.kids[c]) for c in patients)


def _ordered_to_own(doc, chain, cues: Modality) -> bool:
    """The nearest demand governing the act is "order" with one's own people as its object ("ordered
    his staff / the troops to ..."): the command is carried out, not asked of another actor."""
    gov = next((doc[g] for _d, g in chain if doc[g].lemma_.lower() in cues.demand_governors), None)
    return gov is not None and gov.lemma_.lower() == "order" and any(
        o.dep_ == "dobj" and o.lemma_.lower() in SUBORDINATE_NOUNS for o in gov.children)


def _indefinite(tok) -> bool:
    """"A border incident must not turn into a war": an indefinite subject of a deontic clause
    names no one addressed (round 16d)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _generic_quantified(tok) -> bool:
    """"any leader", "no country", "every government": a quantified noun names nobody."""
    return any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in tok.children)


def _inherit_targets(drafts: list[Draft]) -> None:
    """"The Congress agreed to lift embargoes on Iran": a commitment, demand, threat or refusal
    with no target of its own is directed at the target of the act it governs."""
    by_head = {d.cand.token.i: d for d in drafts}
    for d in drafts:
        if d.governor is None or not (d.targets or d.sources):
            continue
        gov = by_head.get(d.governor.i)
        if gov is None or gov.targets or gov.type not in INHERITING_TYPES:
            continue
        # "called on the international community to increase pressure on Moscow": a demand is
        # addressed to whoever is asked to act, when the parse gives the demanded act a doer
        addressees = [t for t in d.sources if t not in gov.sources] if gov.type == "REQUEST" else []
        gov.targets = addressees or [t for t in d.targets if t not in gov.sources]


def _accusations(drafts: list[Draft], heads: set[int], cues: Modality) -> list[Draft]:
    """"X claimed that Y attacked Z": an ACCUSE by X against Y besides the claimed event."""
    out = []
    for d in drafts:
        rep = d.reporter
        if rep is None or rep.i in heads or rep.lemma_.lower() not in cues.accusing_verbs:
            continue
        if d.type not in CONFLICT_TYPES or d.mode not in ("asserted", "historical"):
            continue
        speaker = [c for c in rep.children if c.dep_ == "nsubj"]
        if not speaker or not d.sources:
            continue
        cand = Candidate(rep, [e for e in d.cand.entries], [rep])
        out.append(Draft(cand=cand, types=["ACCUSE"], mode="asserted", sources=speaker,
                         targets=list(d.sources), sent=d.sent, plover_mode="allege",
                         date=d.date, context=list(d.context), weight=0.5, derived_from=d,
                         cue=f"claimed-conflict:{rep.lemma_.lower()}"))
        heads.add(rep.i)
    return out


#: Participles that open a sentence with the question a reporter put ("Asked about the plan, ...").
QUESTION_PARTICIPLES = frozenset({"ask", "question", "press"})


def _under_question(tok) -> bool:
    """The trigger is, or stands in, a sentence-opening participle of questioning with no subject
    of its own ("Asked about Chile's plan to ..., Milei said", "Asked whether Peru would recall its
    ambassador, the minister said"): what a reporter asked, neither a request nor an act; not
    "Asked to leave, the ambassador refused", a request all the same (round 18c)."""
    derived = views_of(tok.doc).derived
    asked = derived.get("question_participles")
    if asked is None:  # round 26s: none of the words in the Doc, no walk up the tree for any trigger
        asked = derived["question_participles"] = bool(positions(tok.doc, QUESTION_PARTICIPLES))
    if not asked:
        return False
    for t in (tok, *tok.ancestors):
        if t.tag_ == "VBN" and t.lemma_.lower() in QUESTION_PARTICIPLES and t.dep_ in ("advcl", "ccomp", "dep") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "xcomp") for c in t.children) \
                and all(w.is_punct for w in t.doc[t.sent.start:t.i]):
            return True
    return False


def _labelled_by_participle(verb) -> tuple[list, list]:
    """"The PKK is a banned organization in Turkey", "Hamas, a proscribed group in Britain": a
    participle describing the noun a named actor is said to be labels that actor as acted upon
    (the target), by the state the noun's "in" names (the source, when named). Only a past
    participle modifying the predicate noun of "be" or an apposition of a name: "armed groups",
    "the banned substances" name nobody (round 18e)."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "amod" or noun.pos_ != "NOUN":
        return [], []
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        named = [t for c in noun.head.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    elif noun.dep_ == "appos":
        named = conjuncts(noun.head)
    else:
        return [], []
    named = [t for t in named if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "PERSON", "GPE")]
    if not named:
        return [], []
    states = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE" for t in conjuncts(o)]
    return states, named


def _partnered_setting(noun, carrier, sources) -> bool:
    """"Echeverria, speaking at a joint news conference with his counterpart": a meeting noun under
    "at" that names its partner with "with" and no named party of its own ("news" of "news
    conference" is none) is a setting the governing verb's subject takes part in (round 18e)."""
    return carrier.lower_ == "at" and bool(_pobj_list(noun, _WITH)) and \
        not any(t.ent_type_ or t.pos_ == "PROPN" or t.dep_ == "poss" for t in sources)


#: Marks that open a listed paragraph of a declaration ("- Condemns ...", "• Urges ...").
BULLETS = frozenset({"-", "•", "–", "*", "·"})


def _operative_head(cand) -> bool:
    """A communiqué's numbered, lettered or bulleted operative clause opened by its own verb, with
    no subject ("3. Expresses deep concern over ...", "(b) Expresses its readiness to ...", "-
    Expresses concern ..."): the body issuing the
    text is its source (``stages.events``), so it is kept with no argument of its own."""
    return cand.pos == "verb" and listed_clause_verb(cand.token)


def listed_clause_verb(tok) -> bool:
    """Whether ``tok`` (or the verb it is coordinated with) opens a numbered, lettered or bulleted
    paragraph in the present tense with no subject ("3. Condemns ...", "- Call upon ...")."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.tag_ not in ("VBZ", "VBP", "VB") or tok.head.i != tok.i or not tok.text[:1].isupper() or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in ("LS", "CD") for c in tok.children):
        return False
    doc, i = tok.doc, tok.i - 1  # back past adverbs and brackets to the paragraph's number
    while i >= 0 and (doc[i].is_punct or doc[i].tag_ == "RB") and "\n" not in doc[i].text and \
            doc[i].text not in BULLETS:  # the bullet is punctuation too ("- Call on ...", round 19c)
        i -= 1
    if i >= 0 and doc[i].text in BULLETS:  # "- Condemns ...", "• Urges ..."
        return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].text_with_ws.endswith("\n")
    if i < 0 or not (doc[i].like_num or len(doc[i].text) == 1 and doc[i].text.islower()) or doc[i].text.count(".") > 1:
        return False
    return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].text_with_ws.endswith("\n") or doc[i - 1].text in ("(", "[")


def _coordinated_agents(cand, by_token: dict) -> list:
    """The named doer of an act noun of the same type coordinated with ``cand``'s, when ``cand``
    names none: "condemns the attack by the RSF on A and the shelling of a camp near B" (the
    shelling is the RSF's), also where the parser hangs the second noun on the first one's
    object ("the bombing of A and the siege of B by al-Shabaab"). Only nouns of the same type:
    "the attack by X and the protests in Y" give the protests no doer (round 19c)."""
    tok = cand.token
    nouns = [c for c in tok.conjuncts] + [c for o in _pobj_list(tok, _OF) for c in o.conjuncts]
    out = []
    for n in nouns:
        other = by_token.get(n.i)
        if other is None or other.pos != "noun" or not set(other.types) & set(cand.types):
            continue
        out += [t for a in _agents_of(n) if _named_participant(a) for t in conjuncts(a)]
    return out


#: Prepositions that name what an accused party is blamed for ("blamed X for the raid").
ACCUSED_OF = frozenset({"for", "of"})
#: Hostile material acts whose doer an accusation names ("blamed X for the shelling of Y").
BLAMED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def _accused_doer(noun, by_token: dict) -> list:
    """The named party an accusation verb is aimed at, as the doer of the hostile act noun it is
    blamed for, when the noun says upon whom or what ("blamed Togo for the shelling of border
    villages", "accused Kigali of the attack on the camp"): the guidelines code the accusation
    and the act it names. Not a bare "blamed Iran for the attack" (the attack reported already)
    nor "accused Rwanda of breaking the ceasefire" (no hostile act noun) (round 19c)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ACCUSED_OF:
        return []
    cand, verb = by_token.get(noun.i), noun.head.head
    # its complement, or one the parser hangs on the verb ("accused X of the strike | on a plant")
    aimed = [c for c in noun.children if c.dep_ == "prep"] + \
        [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("on", "against")]
    if cand is None or not set(cand.types) & BLAMED_TYPES or \
            not any(o.dep_ == "pobj" for c in aimed for o in c.children):
        return []
    judge = by_token.get(verb.i)
    if judge is None or judge.pos != "verb" or "ACCUSE" not in judge.types:
        return []
    return [t for c in verb.children if c.dep_ == "dobj" and _named_participant(c) for t in conjuncts(c)]


def _compliance_refused(tok) -> bool:
    """A compliance verb (``COMPLIANCE_VERBS``) negated under a firm future auxiliary ("will not
    comply", "would not abide by"): a refusal announced. "did not comply", "has not complied" report
    a failure, "might not comply" hedges (round 26e1)."""
    kids = list(tok.children)
    auxes = [c.lower_ for c in kids if c.dep_ == "aux"]
    return any(c.dep_ == "neg" for c in kids) and bool(auxes) and all(a in REFUSING_AUXILIARIES for a in auxes)


def _refused(cand, cues: Modality) -> bool:
    """"Caracas would not accept conditions", "we will not accept any deal": a negated
    ``refusal_verbs`` verb with an object, whose auxiliaries leave it firm (not "might not"), is a
    refusal of the object; "has not accepted the offer yet" reports no refusal (round 19)."""
    tok = cand.token
    if cand.pos == "verb" and tok.lemma_.lower() in COMPLIANCE_VERBS:
        return _compliance_refused(tok)  # "would not comply with the order" (round 26e1)
    if cand.pos != "verb" or tok.lemma_.lower() not in load_speech_cues().refusal_verbs:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "dobj" for c in kids):
        return False
    auxes = [c.lower_ for c in kids if c.dep_ == "aux"]
    return bool(auxes) and all(a in FIRM_AUXILIARIES for a in auxes) and \
        not any(a in cues.hypothetical_auxiliaries and a != "would" for a in auxes)


def _meeting_refused(cand) -> bool:
    """"would not negotiate under blackmail", "will not meet under threats": a negated meeting verb
    whose only auxiliaries are those of a refusal announced (not "did not meet", a failure
    reported), with no partner or object ("will not negotiate with them" stays a negated meeting
    between the two) and no "if" clause on it, is a refusal to meet (round 29e1)."""
    tok = cand.token
    kids = list(tok.children)
    if cand.pos != "verb" or not any(c.dep_ == "neg" for c in kids) or any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" or
            c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in kids):
        return False
    auxes = [c.lower_ for c in kids if c.dep_ == "aux"]
    return bool(auxes) and all(a in REFUSING_AUXILIARIES for a in auxes)


def _forbearance_end(noun, sc) -> object | None:
    """The verb that says the forbearance ``noun`` is ending, or ``None``: "our patience is
    running out / wearing thin / is not unlimited / has its limits", "lost patience with X"."""
    head = noun.head
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj":
        return head if lemma in ("lose", "exhaust") else None
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return None
    negated = any(c.dep_ == "neg" for c in head.children)
    if lemma in sc.ending_verbs and not negated:
        return head
    if lemma == "have" and not negated and any(c.dep_ == "dobj" and c.lemma_.lower() == "limit" for c in head.children):
        return head
    words = {c.lower_ for c in head.children if c.dep_ in ("acomp", "attr", "advmod", "oprd")}
    if negated and words & sc.unending_words:
        return head
    if not negated and lemma == "be" and words & sc.ending_words:
        return head
    return None


def _forbearance_ending(sent, heads: set[int]) -> list[Draft]:
    """"Our patience is not unlimited", "Washington's patience with Caracas is wearing thin",
    "we have lost patience with Kigali": a speaker's forbearance said to end warns whom it is
    with (THREATEN, cue ``forbearance:``); the holder (the possessor, or the subject of "lose")
    is the source, the "with" object the target; the stage finds them from the context when
    the sentence names none (round 19)."""
    sc = load_speech_cues()
    out: list[Draft] = []
    lemmas = token_strings(sent.doc)[1]
    if sc.forbearance_nouns.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, sc.forbearance_nouns):
        if tok.pos_ != "NOUN":
            continue
        verb = _forbearance_end(tok, sc)
        if verb is None or verb.i in heads:
            continue
        if tok.dep_ == "dobj":
            sources = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        else:
            sources = [c for c in tok.children if c.dep_ == "poss"]
        targets = _pobj_list(tok, _WITH) or _pobj_list(verb, _WITH)
        if not sources and not targets:
            continue
        parts = sorted((tok, verb), key=lambda t: t.i)
        out.append(Draft(cand=Candidate(verb, [], parts), types=["THREATEN"], mode="asserted",
                         sources=sources, targets=targets, sent=sent, weight=0.5,
                         cue=f"forbearance:{tok.lower_}"))
        heads.add(verb.i)
    return out


def _infinitive(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in tok.children)


def _semimodal_demands(sent, heads: set[int], cues: Modality) -> list[Draft]:
    """"Russia needs to withdraw its troops", "Kyiv has to stop the shelling", "both governments
    had a duty to let the monitors work" (said): a verb of necessity (``semimodal_verbs``), or
    "have" with a duty noun (``duty_nouns``), before a to-infinitive demands the clause of its
    subject like "must" (``_demands``): a REQUEST by the speaker (cue ``semimodal-demand:``).
    Not when negated ("does not need to"), not of a pronoun or a generic subject, and a past
    tense only inside reported speech ("Russia had to withdraw in 1994" is history) (round 19)."""
    sc = load_speech_cues()
    out: list[Draft] = []
    lemmas = token_strings(sent.doc)[1]
    if sc.semimodal_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, sc.semimodal_verbs):
        if tok.pos_ not in ("VERB", "AUX") or tok.i in heads:
            continue
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_auxiliaries
                                                   for c in kids):
            continue
        clause = [c for c in kids if c.dep_ == "xcomp" and _infinitive(c)]
        if not clause and tok.lemma_.lower() == "have":
            clause = [v for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in sc.duty_nouns
                      for v in c.children if v.dep_ in ("acl", "relcl", "xcomp") and _infinitive(v)]
        if not clause:
            continue
        addressee = subject_of(tok)
        if not addressee or any(t.pos_ == "PRON" or _generic_quantified(t) or _indefinite(t) for t in addressee):
            continue
        reporter = reporting_governor(tok, cues)
        if reporter is None and tok.tag_ == "VBD":
            continue  # "Russia had to withdraw": a past necessity told, nobody asked
        speaker = [c for c in reporter.children if c.dep_ == "nsubj"] if reporter is not None else []
        d = Draft(cand=Candidate(tok, [], [tok]), types=["REQUEST"], mode="asserted", sources=speaker,
                  targets=addressee, sent=sent, weight=0.45, cue=f"semimodal-demand:{tok.lower_}")
        d.author_demand = reporter is None
        out.append(d)
        heads.add(tok.i)
    return out


def _claim_denials(sent, drafts: list[Draft], cues: Modality) -> list[Draft]:
    """"The claim has no basis", "These allegations are untrue": a sentence whose main clause,
    with no reporting verb, says a claim (``claim_nouns``) is false (``falsity_words`` after
    "be", or a denied ``basis_nouns``: "has no basis", "is without foundation") rejects it in the
    text's own voice: a REJECT against whoever the claim names (its possessor, its "of" / "by"
    object or a name in it), given to the author like ``_author_judgements`` (round 19)."""
    if any(d.type == "REJECT" for d in drafts):
        return []
    sc = load_speech_cues()
    lowers, lemmas = token_strings(sent.doc)
    if sc.claim_nouns.isdisjoint(lemmas[sent.start:sent.end]) and sc.claim_pronouns.isdisjoint(lowers[sent.start:sent.end]):
        return []  # no claim noun or pronoun, so no claim to deny (round 22 speed pass: a word test first)
    root = sent.root
    if root.lemma_.lower() in cues.reporting_verbs:
        # "The allegations are not true, the Kremlin said" (round 20f): the said clause denies the
        # claim, its speaker is the source
        reporter = root
        root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if root is None:
            return []
    else:
        reporter = reporting_governor(root, cues)
    if root.pos_ not in ("VERB", "AUX"):
        return []
    speaker = subject_of(reporter) if reporter is not None else []
    if reporter is not None and not speaker:
        return []
    kids = list(root.children)
    claim = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")
                  and (c.lemma_.lower() in sc.claim_nouns or c.lower_ in sc.claim_pronouns)), None)
    if claim is None and any(c.dep_ == "expl" for c in kids):
        # "There is no truth in the reports that ...": the claim is the object of the denied basis noun
        claim = next((o for c in kids if c.dep_ == "attr" and c.lemma_.lower() in sc.basis_nouns
                      and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                      for o in _pobj_list(c, frozenset({"in", "to", "behind"}))
                      if o.lemma_.lower() in sc.claim_nouns), None)
        if claim is not None:
            kids = [c for c in kids if c.dep_ != "expl"]
    if claim is None:
        return []
    negated = any(c.dep_ == "neg" for c in kids)
    false = not negated and any(c.dep_ in ("acomp", "attr") and (c.lower_ in sc.falsity_words or
                                                                 c.lemma_.lower() in sc.falsity_words) for c in kids)
    if not false:
        false = negated and any(c.dep_ == "acomp" and c.lower_ in sc.truth_words for c in kids)
    if not false and claim.lower_ in sc.claim_pronouns:
        return []
    if not false:
        basis = [c for c in kids if c.dep_ in ("dobj", "attr") and c.lemma_.lower() in sc.basis_nouns] + \
            [o for c in kids if c.dep_ == "prep" and c.lower_ == "without"
             for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in sc.basis_nouns]
        false = any(negated or any(d.dep_ == "det" and d.lower_ == "no" for d in b.children) or
                    b.head.lower_ == "without" for b in basis)
    if not false:
        return []
    content = {t.i for c in claim.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    about = [t for t in claim.subtree if t.i != claim.i and t.i not in content and (t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                                                              or t.dep_ == "poss" and t.pos_ == "PROPN")
             and t.dep_ != "compound"]
    d = Draft(cand=Candidate(root, [], [claim, root] if claim.i < root.i else [root, claim]), types=["REJECT"],
              mode="asserted", sources=speaker, targets=about, sent=sent, weight=0.4,
              cue=f"claim-denied:{claim.lower_}")
    d.author_demand = reporter is None
    # the author's own denial names nobody: the accuser is found from the context (round 20f)
    d.bare = d.author_demand and not about
    return [d]


#: Prepositions after a stance adjective that name whom the stance is towards.
STANCE_PREPS = frozenset({"of", "towards", "toward"})
#: Verbs whose small clause ("considers the YPG supportive of the PKK") says what its subject holds.
SMALL_CLAUSE_VERBS = frozenset({"consider", "deem", "find", "see", "regard", "call"})


def _stance_adjectives(sent, heads: set[int]) -> list[Draft]:
    """"Ankara has been critical of Washington" (ACCUSE), "the group is supportive of the PKK"
    (SUPPORT): a stance adjective (``critical_adjectives``, ``supportive_adjectives``) as the
    complement of "be" (or of an object: "considers the group supportive of the PKK") with an
    "of" object is a stance of the subject (the object) towards it; not negated ("is not
    critical of") and not a stance that only modifies a noun ("a critical report") (round 19)."""
    sc = load_speech_cues()
    words = sc.critical_adjectives | sc.supportive_adjectives
    lemmas = token_strings(sent.doc)[1]
    out: list[Draft] = []
    if words.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, words):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd", "ccomp") or tok.i in heads:
            continue
        head = tok.head
        targets = [t for o in _pobj_list(tok, STANCE_PREPS) for t in conjuncts(o)]
        if not targets or any(c.dep_ == "neg" for c in (*tok.children, *head.children)) or \
                tok.dep_ == "ccomp" and head.lemma_.lower() not in SMALL_CLAUSE_VERBS:
            continue
        if tok.dep_ == "ccomp":  # "considers the YPG supportive of the PKK": a small clause
            sources = [t for c in tok.children if c.dep_ == "nsubj" for t in conjuncts(c)]
        elif tok.dep_ == "oprd":
            sources = [t for c in head.children if c.dep_ == "dobj" for t in conjuncts(c)]
        else:
            sources = subject_of(head)
        if not sources:
            continue
        type_ = "ACCUSE" if lemma in sc.critical_adjectives else "SUPPORT"
        out.append(Draft(cand=Candidate(tok, [], [tok]), types=[type_], mode="asserted", sources=sources,
                         targets=targets, sent=sent, weight=0.45,
                         plover_mode="disapprove" if type_ == "ACCUSE" else None, cue=f"stance-adjective:{tok.lower_}"))
        heads.add(tok.i)
    return out


#: Dependencies of a verb's own phrase that ``_verdict_idioms`` reads for an idiom's word (no clause).
VERDICT_PHRASE_DEPS = frozenset({"dobj", "prep", "pobj", "prt", "advmod", "amod", "dative", "acomp", "compound"})
#: Auxiliaries that leave a verdict unsaid: a forecast, a wish or a possibility is no judgement of an act.
VERDICT_MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll"})
#: Subject pronouns a verdict may be said of: the stage reads whom they stand for ("it is selling its vote").
VERDICT_PRONOUNS = frozenset({"it", "they"})


def _phrase_words(verb) -> set[str]:
    """Lower-cased forms and lemmas of ``verb``'s own phrase, two levels down: particles, objects,
    prepositions and their objects, and the words on those; never a clause below it."""
    # the parser reads "holding the region to ransom" as a clause "to ransom": its verb's word, not its subtree
    out = {w for c in verb.children if c.dep_ in ("ccomp", "xcomp") for w in (c.lower_, c.lemma_.lower())}
    level = [c for c in verb.children if c.dep_ in VERDICT_PHRASE_DEPS]
    for _ in range(3):
        out.update(w for c in level for w in (c.lower_, c.lemma_.lower()))
        level = [g for c in level for g in c.children if g.dep_ in VERDICT_PHRASE_DEPS]
    return out


def _shown_praise(verb, sc) -> bool:
    """"Iraq has shown what leadership looks like": a demonstrating verb whose clause names a quality
    of ``praise_idioms`` as its subject or object. Round 35e35 (review): a clause of what can be done
    ("Russia has shown that borders can be changed by force") praises nothing by itself: no longer read."""
    if verb.lemma_.lower() not in sc.demonstrating_verbs:
        return False
    qualities = {words[0] for words in sc.verdict_idioms.get(verb.lemma_.lower(), ((), ()))[1] if words}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        kids = list(clause.children)
        if any(c.dep_ == "neg" for c in kids):
            continue
        if any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in qualities for c in kids):
            return True
    return False


def _named_judged(tok, sc=None) -> bool:
    """``tok`` names an actor: a name, or a noun with a name on it ("the governments of Spain"). Round
    35e35 (review): never a noun of evidence (``evidence_nouns``: "a study by the World Bank", "the
    experience of Colombia") whose name is only its author or its subject."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or tok.pos_ == "PROPN":
        return True
    if tok.lemma_.lower() in (sc or load_speech_cues()).evidence_nouns:
        return False
    return any(w.ent_type_ in ("GPE", "NORP", "ORG") for w in tok.subtree)


def _named_subject(sent) -> list:
    """The named subjects of ``sent``'s root and the verbs coordinated with it."""
    return [s for v in conjuncts(sent.root) for s in v.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in VERDICT_PRONOUNS and _named_judged(s)]


def _verdict_antecedent(pron) -> list:
    """The named subject an "it" or "they" stands for: the nearest named subject before it in its own
    sentence, else the named subject of the sentence before ("Budapest is not defending ...; it is
    selling its signature"). Round 35e35 (review): where the sentence before also names another actor
    as an object ("Brussels pleaded with Budapest for months. But it has hidden behind its veto"), the
    pronoun may stand for either: none."""
    doc = pron.doc
    for i in range(pron.i - 1, pron.sent.start - 1, -1):
        if doc[i].dep_ == "nsubj" and doc[i].lower_ not in VERDICT_PRONOUNS and _named_judged(doc[i]):
            return conjuncts(doc[i])
    if not pron.sent.start:
        return []
    before = doc[pron.sent.start - 1].sent
    subjects = _named_subject(before)
    if not subjects:
        return []
    named = {s.i for s in subjects for s in conjuncts(s)}
    others = [t for t in before if t.dep_ in ("dobj", "pobj", "dative") and t.i not in named and
              (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))]
    return [] if others else conjuncts(subjects[0])


def _phrase_tokens(verb) -> list:
    """The tokens of ``verb``'s own phrase (as ``_phrase_words``) and their determiners."""
    level = [c for c in verb.children if c.dep_ in VERDICT_PHRASE_DEPS or c.dep_ in ("det", "neg")]
    out = []
    for _ in range(4):
        out.extend(level)
        level = [g for c in level for g in c.children if g.dep_ in VERDICT_PHRASE_DEPS or
                 g.dep_ in ("det", "preconj", "cc", "conj", "neg")]
    return out


def _verdict_flipped(verb, judged, sc) -> bool:
    """Round 35e35 (review): a word of ``verdict_flippers`` on the idiom's phrase, the verb or its
    subject ("set a dangerous example", "shown little restraint", "a lack of leadership", "Neither
    Berlin nor Paris has shown", "has hardly shown") turns the verdict round or leaves it unsaid."""
    words = {t.lower_ for t in _phrase_tokens(verb)}
    words |= {c.lower_ for c in verb.children if c.dep_ in ("advmod", "neg", "preconj")}
    words |= {w.lower_ for t in subject_of(verb) for w in t.subtree}
    words |= {w.lower_ for t in judged for w in t.subtree}
    return not words.isdisjoint(sc.verdict_flippers)


def _verdict_demanded(verb, sc) -> bool:
    """Round 35e35 (review): an act demanded or wished for is no verdict on a done one: ``verb`` below
    a word of ``demand_governors`` ("It is high time Germany showed some leadership")."""
    tok = verb
    while tok.dep_ in ("ccomp", "xcomp", "relcl", "acl", "conj") and tok.head is not tok:
        up = tok.head
        said = [up, *(c for c in up.children if c.dep_ == "attr")]  # "It is time Germany showed": "time"
        if tok.dep_ != "conj" and any(w.lemma_.lower() in sc.demand_governors or w.lower_ in sc.demand_governors
                                      for w in said):
            return True
        if tok.dep_ in ("relcl", "acl"):
            break  # "Ukraine, which Hungary has held to ransom, needs air defence": the noun's own clause
        tok = up
    return any(c.lower_ in sc.demand_governors for c in verb.children if c.dep_ == "aux")


#: Round 35e35 (review): prepositions of a way shown to someone or somewhere ("the way to the centre",
#: "the way for every spoiler"): no praise told.
WAY_PLACE_PREPS = frozenset({"to", "into", "out", "towards", "toward", "for", "through", "across", "from"})


def _literal_idiom(verb, words: tuple, sc) -> bool:
    """Round 35e35 (review): the literal sense of an idiom: "hide behind" a place or a thing
    (``physical_nouns``, a place name: "troops have hidden behind the Dnipro river"); "show the way"
    to someone or somewhere ("showed the refugees the way to the reception centre")."""
    if words and words[0] == "behind":
        objects = [o for p in verb.children if p.lower_ == "behind" for o in p.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in sc.physical_nouns or o.lower_ in sc.physical_nouns or
                   any(w.ent_type_ in ("LOC", "FAC") for w in o.subtree) for o in objects)
    if words and words[0] == "way":
        return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in WAY_PLACE_PREPS for c in verb.children) or \
            any(c.dep_ == "prep" and c.lower_ in WAY_PLACE_PREPS for w in verb.children if w.lower_ == "way"
                for c in w.children)
    return False


def _verdict_idioms(sent, heads: set[int], cues: Modality) -> list[Draft]:
    """"France, Britain and the Netherlands have hidden behind their courts" (ACCUSE), "Budapest is
    selling its signature" (ACCUSE), "Iraq has shown the way" (SUPPORT): a verdict on the verb's named
    subject told by an idiom (``blame_idioms``, ``praise_idioms``, ``demonstrating_verbs`` of
    ``speech_cues.yaml``) with no word of accusing or praising. Under a reporting verb it is the
    speaker's (a named or titled one); with none, the writer's (``author_demand``; the stage keeps it in
    commentary only; cue ``verdict-idiom:``). Only a verdict on what was done or is being done: not
    negated, not under a modal or a condition, not a question, not demanded, not turned round by its
    modifiers, not in a literal sense, not already an event's trigger (round 35e35)."""
    sc = load_speech_cues()
    idioms = sc.verdict_idioms
    lemmas = token_strings(sent.doc)[1]
    out: list[Draft] = []
    if sent.text.rstrip().endswith("?"):
        return out
    for tok in _sentence_words(sent, lemmas, idioms.keys() | sc.demonstrating_verbs):
        if tok.pos_ not in ("VERB", "AUX") or tok.i in heads:
            continue
        kids = list(tok.children)
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in VERDICT_MODALS or
               c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids):
            continue
        if tok.dep_ in ("xcomp", "advcl", "pcomp", "csubj") or tok.tag_ in ("VB", "VBN") and not any(
                c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
            continue  # "to hide behind", "hidden behind" as a modifier: no finite verdict
        if _verdict_demanded(tok, sc):
            continue
        blame, praise = idioms.get(tok.lemma_.lower(), ((), ()))
        words = _phrase_words(tok)
        told = next((w for w in blame if words.issuperset(w)), None)
        if told is not None:
            type_ = "ACCUSE"
        elif (told := next((w for w in praise if words.issuperset(w)), None)) is not None or _shown_praise(tok, sc):
            type_ = "SUPPORT"
        else:
            continue
        if told is not None and _literal_idiom(tok, told, sc):
            continue
        judged = [j for t in subject_of(tok)
                  for j in (_verdict_antecedent(t) if t.lower_ in VERDICT_PRONOUNS else
                            [t] if _named_judged(t, sc) else [])]
        if not judged or _verdict_flipped(tok, judged, sc):
            continue
        reporter = reporting_governor(tok, cues)
        speaker = [c for c in reporter.children if c.dep_ == "nsubj"] if reporter is not None else []
        if reporter is not None and not any(_named_speaker(s, sc) for s in speaker):
            continue  # round 35e35 (review): "the diplomat said", "officials said": no one to judge
        d = judgement_draft(tok, type_, speaker, judged, sent, f"verdict-idiom:{tok.lemma_.lower()}")
        d.author_demand = reporter is None
        heads.add(tok.i)
        out.append(d)
    return out


def _named_speaker(tok, sc) -> bool:
    """Round 35e35 (review): a speaker a verdict can be told of: a name, a pronoun standing for one, or
    a title with a name or a state on it ("the Estonian foreign minister"); not "the diplomat",
    "officials", "a senior diplomat"."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she")
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
        any(w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or w.pos_ == "PROPN" for w in tok.subtree if w is not tok)


def _no_more_waiting(sent, drafts: list[Draft], heads: set[int]) -> list[Draft]:
    """"We will not stand idly by", "Chad will not wait for a fifth attack", "we shall not remain
    silent": a negated future of staying passive (``inaction_verbs``; "wait" alone, the others
    with an ``inaction_words`` word) is a THREATEN by its subject (cue ``no-more-waiting:``),
    against a "with" / "against" object or whom the stage finds in the context; "will not stand
    idly by" read as a negated "stand by" (SUPPORT) is re-typed (round 19)."""
    sc = load_speech_cues()
    lemmas = token_strings(sent.doc)[1]
    out: list[Draft] = []
    if sc.inaction_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, sc.inaction_verbs):
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(tok.children)
        if tok.i in heads:
            if any(c.lower_ in ("idly", "idle") for c in kids):
                for d in drafts:
                    if d.cand.token.i == tok.i and d.type == "SUPPORT" and d.mode == "negated":
                        d.types, d.mode, d.cue = ["THREATEN"], "asserted", f"no-more-waiting:{tok.lower_}"
            continue
        if not any(c.dep_ == "neg" for c in kids) or \
                not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in kids):
            continue
        if lemma != "wait" and not any(c.lower_ in sc.inaction_words for c in kids):
            continue
        sources = subject_of(tok)
        if not sources or any(_generic_quantified(t) or _indefinite(t) for t in sources):
            continue
        targets = _pobj_list(tok, frozenset({"against"}))
        out.append(Draft(cand=Candidate(tok, [], [tok]), types=["THREATEN"], mode="asserted", sources=sources,
                         targets=targets, sent=sent, weight=0.45, cue=f"no-more-waiting:{tok.lower_}"))
        heads.add(tok.i)
    return out


# Round 20c: precision on unseen documents. Drafts the guidelines do not code as events.

#: Conditions set on someone ("lose the funds unless Belgrade resumes the dialogue", "would hold
#: the town until the government agrees"): a demand in effect, not the act.
#: "until" sets a condition only under a modal of the clause it ends ("would hold the town until").
UNTIL_MARKS = frozenset({"until", "till"})
#: Modals that with "have" and a participle reproach what was not done ("should have expelled").
REPROACH_MODALS = frozenset({"should", "ought"})
#: Requests that stay inside one government when the one asked is its own ("asked his foreign
#: minister to study it"): domestic administration, no political actor on the receiving end.
INSTRUCTING_VERBS = frozenset({"ask", "instruct", "direct", "task", "order", "tell", "charge"})
OWN_OFFICE_NOUNS = frozenset({"minister", "ministry", "department", "official", "staff", "team", "cabinet",
                              "aide", "adviser", "advisor", "secretary", "agency", "office"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})
#: Nouns that make "release" a document ("Joint Press Release of ...").
DOCUMENT_MODIFIERS = frozenset({"press", "news", "media"})


def _condition_clause(tok) -> bool:
    """Whether ``tok`` is the act (the verb or its object) of the nearest adverbial clause of a
    condition set on someone: "unless Serbia resumes the dialogue", "would hold the town until the government agreed to
    talks" (a modal on the clause it ends; "shelled the town until the rebels withdrew" reports
    the withdrawal), or a negated "if" ("if Iran did not cooperate by March"); "if the
    government signs the deal" is a hypothetical the guidelines code."""
    s, x = token_sheet(tok.doc), tok.i  # the nearest advcl up the tree, from the Doc's arrays (round 30s5)
    while s.deps[x] != _ADVCL:
        if s.heads[x] == x:
            return False
        x = s.heads[x]
    if x != tok.i and not (tok.head.i == x and tok.dep_ in ("dobj", "xcomp")):
        return False  # "unless he arranged a ceasefire with rebels fighting there": a description
    x = tok.doc[x]  # (compared by index: each access to a Token's head makes a new object)
    marks = {c.lower_ for c in x.children if c.dep_ == "mark"}
    if "unless" in marks:
        return True
    if marks & UNTIL_MARKS:  # "will hold the town until ...", not "shelled the town until they withdrew"
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in x.head.children)
    return "if" in marks and any(c.dep_ == "neg" for c in x.children)


def _reproach(tok) -> bool:
    """"should have expelled the ambassador": what was not done, said in reproach."""
    if tok.tag_ != "VBN":
        return False  # (most triggers: no walk of the children)
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return "have" in auxes and any(a in REPROACH_MODALS for a in auxes)


def _own_office(d: Draft) -> bool:
    """A REQUEST to the requester's own office: "asked his foreign minister to study it",
    "instructed their ministers to settle ...", "asked the public works ministry to send ..." (a
    ministry with no country named)."""
    tok = d.cand.token
    if d.type != "REQUEST" or d.cand.pos != "verb" or tok.lemma_.lower() not in INSTRUCTING_VERBS:
        return False
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        if o.lemma_.lower() not in OWN_OFFICE_NOUNS:
            continue
        kids = list(o.children)
        if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in kids):
            return True
        if o.lemma_.lower() in ("ministry", "department") and any(c.lower_ == "the" for c in kids) and \
                not any(c.ent_type_ in ("NORP", "GPE") or c.dep_ in ("prep", "poss") for c in kids):
            return True
    return False


def _document_label(d: Draft) -> bool:
    """"Joint Press Release of ...": the name of a document."""
    tok = d.cand.token
    return tok.lemma_.lower() == "release" and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ in DOCUMENT_MODIFIERS


#: Prepositions that name what a meeting, an accord or a dispute is about.
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
#: Words whose "on" / "over" object is a topic, not an act reported ("talks on a customs agreement",
#: "no agreement on the disarmament of the fighters", "divided over the withdrawal of troops"); not
#: "row" or "dispute", whose cause has often happened ("a row over the expulsion of two envoys").
TOPIC_HOLDERS = frozenset({"talk", "negotiation", "dialogue", "consultation", "discussion", "debate", "agreement",
                           "deal", "accord", "referendum", "vote", "divide", "disagreement",
                           "conference", "meeting", "summit", "proposal", "framework"})


def _topic(d: Draft) -> bool:
    """A nominal act (or a gerund) that is only what talks, an accord or a dispute are about:
    "talks in Cucuta on a new customs agreement", "did not reach agreement on the disarmament of
    CPC fighters", "remained divided over the withdrawal of troops", "held a referendum on
    annexing the area"."""
    tok = d.cand.token
    if not (d.cand.pos == "noun" and tok.dep_ == "pobj" or tok.dep_ == "pcomp" and tok.tag_ == "VBG"):
        return False
    prep = tok.head
    if prep.lower_ not in TOPIC_PREPS:
        return False
    holder = prep.head
    if holder.lemma_.lower() in TOPIC_HOLDERS:
        return True
    return holder.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in TOPIC_HOLDERS
                                         for c in holder.children)


#: What one declines to say is no rejection of anyone ("declined to say whether the funding would
#: be reviewed", "refused to comment").
UNSAID_VERBS = frozenset({"say", "comment", "confirm", "disclose", "elaborate", "specify", "reveal", "speculate",
                          "identify", "name", "answer"})


def _no_comment(d: Draft) -> bool:
    """"An EU spokesperson declined to say whether ...": a REJECT read on a refusal to comment."""
    tok = d.cand.token
    return d.type == "REJECT" and d.cand.pos == "verb" and tok.lemma_.lower() in ("decline", "refuse") and \
        any(c.dep_ == "xcomp" and c.lemma_.lower() in UNSAID_VERBS for c in tok.children)


def _summoned_to_protest(d: Draft, drafts: list[Draft]) -> bool:
    """"summoned China's ambassador to protest against ...": the protest is the purpose of the
    summons, one diplomatic act already coded as the ACCUSE of the summoning verb."""
    tok = d.cand.token
    return d.type == "PROTEST" and d.cand.pos == "verb" and tok.lemma_.lower() in ("protest", "complain") and \
        tok.dep_ in ("advcl", "xcomp") and \
        any(e is not d and e.type == "ACCUSE" and e.cand.token.i == tok.head.i for e in drafts)


def unreported_acts(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence less those the guidelines do not code (round 20c): an act in a
    condition set on someone, a reproach for what was not done, a request to one's own office, a
    document's name, a topic of talks or of a dispute, a refusal to comment, the protest a summons
    is for."""
    out = []
    for d in drafts:
        tok = d.cand.token
        if _condition_clause(tok) or _reproach(tok) or _own_office(d) or _document_label(d) or _topic(d) or \
                _no_comment(d) or _summoned_to_protest(d, drafts) or embedded_question(tok) or \
                nobody_reported(tok) or denied_right(tok) or any_act(d) or natural_force(d) or \
                public_vote(d) or unpromised_answer(d):
            logger.debug("abstain: %s %r not coded (round 20c)", d.type, tok.text)
            continue
        out.append(d)
    return out


def _promised_responses(sent, heads: set[int]) -> list[Draft]:
    """"Belarus will respond in kind", "Hanoi would respond firmly", "Azerbaijan would respond in a
    reciprocal manner": a future (``FUTURE_AUXILIARIES``), not negated, of answering
    (``response_verbs``) said with how it will answer (``response_manner_words``: an adverb or the
    object of "in") warns (THREATEN) by its subject, against a "to" / "against" object or whom
    the stage finds in the context; "will respond to questions" (no manner) and a past response
    are none (round 20d)."""
    sc = load_speech_cues()
    lemmas = token_strings(sent.doc)[1]
    out: list[Draft] = []
    if sc.response_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, sc.response_verbs):
        if tok.pos_ != "VERB" or tok.i in heads:
            continue
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids) or \
                not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in kids):
            continue
        manner = [c for c in kids if c.dep_ == "advmod" and c.lower_ in sc.response_manner_words] + \
            [o for c in kids if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
             if o.dep_ == "pobj" and (o.lemma_.lower() in sc.response_manner_words or any(
                 m.dep_ == "amod" and m.lower_ in sc.response_manner_words for m in o.children))] + \
            [o for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "at") for o in c.children
             if o.dep_ == "pobj" and o.lemma_.lower() in sc.response_occasion_nouns]  # round 23
        if not manner:
            continue
        sources = subject_of(tok)
        if not sources or any(_generic_quantified(t) or _indefinite(t) for t in sources):
            continue
        targets = [o for o in _pobj_list(tok, frozenset({"to", "against"}))
                   if o.pos_ in ("PROPN", "PRON") or o.ent_type_]
        out.append(Draft(cand=Candidate(tok, [], [tok]), types=["THREATEN"], mode="asserted", sources=sources,
                         targets=targets, sent=sent, weight=0.45, cue=f"promised-response:{tok.lower_}"))
        heads.add(tok.i)
    return out


def _disapproval(tok, sources: list, targets: list, sent, cue: str) -> Draft:
    """An asserted ACCUSE (PLOVER mode disapprove) on the speaker's word ``tok`` ("regrets", "is
    concerned"), from ``sources`` at ``targets``: the draft of the regret and worry rules."""
    return Draft(cand=Candidate(tok, [], [tok]), types=["ACCUSE"], mode="asserted", sources=sources,
                 targets=targets, sent=sent, weight=0.45, plover_mode="disapprove", cue=cue)


def _regretted_failures(sent, heads: set[int]) -> list[Draft]:
    """"Norway regretted that the Malaysian authorities had not answered", "the Embassy regrets
    that the author did not contact the Embassy": regretting (``regret_verbs``) that someone did
    not act (the clause negated, or its verb ``fail`` / ``refuse``) disapproves of whoever did not
    (ACCUSE, the clause's subject as target); regretting an outcome ("that the weather had
    delayed the rescue") accuses nobody (round 20d)."""
    sc = load_speech_cues()
    lemmas = token_strings(sent.doc)[1]
    out: list[Draft] = []
    if sc.regret_verbs.isdisjoint(lemmas[sent.start:sent.end]):
        return out
    for tok in _sentence_words(sent, lemmas, sc.regret_verbs):
        if tok.pos_ != "VERB" or tok.i in heads or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None or not (any(c.dep_ == "neg" for c in clause.children)
                                  or clause.lemma_.lower() in ("fail", "refuse", "decline")):
            continue
        targets = [t for c in clause.children if c.dep_ == "nsubj" for t in conjuncts(c)
                   if t.pos_ in ("PROPN", "NOUN") and t.lemma_.lower() not in ("it", "there")]
        sources = subject_of(tok)
        if not sources or not targets:
            continue
        out.append(_disapproval(tok, sources, targets, sent, f"regretted-failure:{tok.lower_}"))
        heads.add(tok.i)
    return out


#: Types of an act whose doer is disapproved of when a speaker regrets it (round 25e1).
REGRETTED_TYPES = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "THREATEN", "REJECT"})


def _regretted_acts(sent, drafts: list[Draft], heads: set[int]) -> list[Draft]:
    """"Norway regrets that Russia expelled three of its diplomats", "Ghana regretted that Togolese
    troops had shelled the village" (round 25e1): regretting (``regret_verbs``) a hostile act done
    (``REGRETTED_TYPES``, asserted or historical, its doer named) disapproves of its doer (ACCUSE),
    as regretting a failure does (``_regretted_failures``). An outcome with no doer ("regret that
    the talks were delayed") accuses nobody; the act itself stays an event of its own."""
    sc = load_speech_cues()
    out: list[Draft] = []
    if sc.regret_verbs.isdisjoint(token_strings(sent.doc)[1][sent.start:sent.end]):
        return out  # the word test first (round 26s)
    for tok in _sentence_words(sent, token_strings(sent.doc)[1], sc.regret_verbs):
        if tok.pos_ != "VERB" or tok.i in heads or \
                any(c.dep_ == "neg" for c in tok.children):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        sources = subject_of(tok)
        if clause is None or not sources:
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i
        acts = [d for d in drafts if lo <= d.cand.token.i <= hi and set(d.types) & REGRETTED_TYPES
                and d.mode in ("asserted", "historical") and d.sources
                and not any(t in sources for t in d.sources)]
        if not acts:
            continue
        out.append(_disapproval(tok, sources, list(acts[0].sources), sent, f"regretted-act:{tok.lower_}"))
        heads.add(tok.i)
    return out


#: Participles of worry a speaker says it is in ("is deeply concerned by ...", "we are troubled by
#: ..."): a disapproval of whoever did what worries it (round 26e1).
WORRY_WORDS = frozenset({"concerned", "troubled", "alarmed", "worried", "dismayed", "disturbed", "appalled",
                         "shocked", "outraged", "perturbed", "disquieted"})
#: Prepositions whose object is what the speaker is worried by.
WORRY_PREPS = frozenset({"by", "at", "about", "over"})
#: Types of an act whose doer a speaker disapproves of by saying it is worried by the act.
WORRYING_TYPES = REGRETTED_TYPES | frozenset({"ACCUSE", "PROTEST"})
#: Nouns of a decision or a saying whose maker ("of" / "by" object, possessor) is disapproved of
#: when a speaker is worried by it with no act of its own inside ("the decision of X to ...",
#: "the remarks of Mr X", "X's ruling").
WORRYING_NOUNS = frozenset({"decision", "ruling", "verdict", "sentence", "judgment", "judgement", "remark", "comment",
                            "statement", "declaration", "announcement", "move", "step", "action", "conduct",
                            "behaviour", "behavior", "policy", "order", "decree", "refusal", "choice", "rhetoric"})
#: Common nouns of a body that makes decisions, taken as the maker of a worrying decision
#: ("the decision of the de facto authorities"); a name is taken in any case.
AUTHORITY_NOUNS = frozenset({"authority", "government", "court", "ministry", "police", "army", "junta", "regime",
                             "council", "parliament", "tribunal", "chamber", "administration", "military"})


def _worried_by_acts(sent, drafts: list[Draft], heads: set[int]) -> list[Draft]:
    """"The Union is deeply concerned by the verdicts of the court, which jailed twelve activists",
    "we are troubled by the decision of the authorities to close the border", "Norway is alarmed
    at Russia's remarks" (round 26e1): a speaker who says it is worried (``WORRY_WORDS``, the
    complement of "be" / "remain" or a passive participle, not negated) by an act disapproves of
    its doer (ACCUSE, the worried subject as source): the doer of a hostile act of the sentence
    inside the object (``WORRYING_TYPES``), else the maker of a decision or a saying
    (``WORRYING_NOUNS``: its "of" / "by" object or possessor, a name). Worry about a report ("alarmed
    by reports that ...": a claim, not an act the speaker states), a situation or an outcome with
    no doer ("concerned about the floods") accuses nobody; "expressed concern" is the lexicon's."""
    lowers = token_strings(sent.doc)[0]
    if WORRY_WORDS.isdisjoint(lowers[sent.start:sent.end]):
        return []
    claims = load_speech_cues().claim_nouns
    out: list[Draft] = []
    for tok in _sentence_words(sent, lowers, WORRY_WORDS):
        if tok.i in heads:
            continue
        head = tok.head
        if tok.dep_ == "acomp" and head.lemma_.lower() in ("be", "remain", "feel", "become", "seem"):
            sources, negated = subject_of(head), any(c.dep_ == "neg" for c in (*tok.children, *head.children))
        elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            sources = [s for c in tok.children if c.dep_ == "nsubjpass" for s in conjuncts(c)]
            negated = any(c.dep_ == "neg" for c in tok.children)
        else:
            continue
        if not sources or negated:
            continue
        objects = [o for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in WORRY_PREPS
                   for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in claims]
        targets: list = []
        for obj in objects:
            lo, hi = obj.left_edge.i, obj.right_edge.i
            acts = [d for d in drafts if lo <= d.cand.token.i <= hi and set(d.types) & WORRYING_TYPES
                    and d.mode in ("asserted", "historical", "intended") and d.sources
                    and not any(t in sources for t in d.sources)]
            if acts:
                targets = list(acts[0].sources)
                break
            if obj.lemma_.lower() in WORRYING_NOUNS:
                makers = [m for m in (*_pobj_list(obj, _OF | _BY),
                                      *(c for c in obj.children if c.dep_ == "poss"))
                          if m.pos_ == "PROPN" or m.ent_type_ in _NAMED or
                          m.pos_ == "NOUN" and m.lemma_.lower() in AUTHORITY_NOUNS]
                if makers:
                    targets = [t for m in makers[:1] for t in conjuncts(m)]
                    break
        if not targets or any(t in sources for t in targets):
            continue
        out.append(_disapproval(tok, sources, targets, sent, f"worried-by:{tok.lower_}"))
        heads.add(tok.i)
    return out


#: Verbs of taking a measure, nouns of a measure, and the words that make it a measure against
#: someone ("will take reciprocal measures", "adopt retaliatory steps", "consider measures against
#: those who supply arms"): a SANCTION by the taker (round 26e1).
MEASURE_VERBS = frozenset({"take", "adopt", "impose", "apply", "introduce", "consider"})
MEASURE_NOUNS = frozenset({"measure", "countermeasure", "counter-measure", "step"})
HOSTILE_MEASURE_WORDS = frozenset({"reciprocal", "retaliatory", "restrictive", "punitive", "countervailing",
                                   "coercive", "mirror"})
_AGAINST = frozenset({"against"})
#: Verbs a vowed measure is the complement of: "will continue to take all necessary measures",
#: "will not hesitate to take further measures" (round 31e9).
VOW_CARRIERS = frozenset({"continue", "hesitate"})
#: Auxiliaries of a measure vowed (FUTURE_AUXILIARIES less "must": "Russia must take measures" asks).
VOW_AUXILIARIES = frozenset({"will", "would", "shall", "'ll"})
#: Measure verbs a vow is told with: "will consider measures" weighs them and "will impose
#: restrictive measures on trucks from June 1" announces the sanction itself (round 31f2).
VOW_MEASURE_VERBS = MEASURE_VERBS - {"consider", "impose"}
#: Marks of a clause that tells no vow ("if Poland would take ...", "whether Latvia will take ...").
_UNVOWED_MARKS = CONDITION_MARKS | {"whether"}


@resources.cached
def belief_verbs() -> frozenset[str]:
    """The reporting verbs of belief (tagged ``cue:cognition``: "believe", "doubt", "fear",
    "think"): a measure in their complement, of another doer, is the believer's guess, no vow
    (round 32e14). Round 32f5: not one that is a speech act too ("concluded that Moscow will take
    ...": a finding the body tells, its own)."""
    acts = resources.with_tag(REPORTING_VERBS_FILE, "speech_act")
    return frozenset(w for w, cls in resources.tag_values(REPORTING_VERBS_FILE, "cue").items()
                     if cls == "cognition" and w not in acts)


def _vowed_measure(verb, mode: str) -> bool:
    """Round 31e9: a hostile measure its doer says it will take ("we will take reciprocal measures",
    "Japan will continue to take all necessary measures against ...", "will not hesitate to take
    further measures") threatens the one it is aimed at (the guidelines' "warned Y of
    consequences"); "does not intend to take", "should Minsk take", "calls on the Council to
    consider" and "will not take" are none. Round 31f2: nor a measure whose ``mode`` (``event_mode``)
    a governing verb negates ("denied that it would take ..."), one in a condition or question ("if
    Poland would take ...") or told with "have" ("would have taken ... had Moscow not apologised").
    Round 32e14: nor a measure someone else believes, doubts or fears its doer will take ("Minsk does
    not believe that Vilnius will take retaliatory measures": ``belief_verbs``; the guidelines'
    threat is the doer's own warning), unlike "we believe we will take ...". Round 32f5: a pronoun
    doer is the believer ("Russia believes it will take ...", "I think we will take ...")."""
    if verb.lemma_.lower() not in VOW_MEASURE_VERBS:
        return False
    clause = [verb]
    while clause[-1].dep_ == "xcomp" and clause[-1].head.lemma_.lower() in VOW_CARRIERS:
        clause.append(clause[-1].head)
    x, kids = clause[-1], [c for t in clause for c in t.children]
    doers = subject_of(x) if x.dep_ == "ccomp" and x.head.lemma_.lower() in belief_verbs() else None
    if doers is not None and not any(t.pos_ == "PRON" for t in doers) and \
            {t.lower_ for t in subject_of(x.head)} != {t.lower_ for t in doers}:
        return False  # another's guess at the doer's measure (a pronoun doer is the believer: round 32f5)
    if any(c.dep_ == "mark" and c.lower_ in _UNVOWED_MARKS or c.dep_ == "aux" and c.lemma_.lower() == "have"
           for c in kids) or not any(c.dep_ == "aux" and c.lower_ in VOW_AUXILIARIES for c in x.children):
        return False
    if mode == "negated" and not any(c.dep_ == "neg" for c in kids):
        return False  # a governor negates it: the sanction, negated
    return any(c.dep_ == "neg" for c in x.children) == (x.lemma_.lower() == "hesitate")


def _hostile_measures(sent, heads: set[int], cues: Modality, year) -> list[Draft]:
    """"The EU does not intend to take reciprocal measures", "should Minsk take further measures
    against our diplomats", "calls on the Council to consider measures against those who supply
    arms" (round 26e1): a measure verb (``MEASURE_VERBS``) whose object is a measure
    (``MEASURE_NOUNS``) made hostile by its modifier (``HOSTILE_MEASURE_WORDS``) or aimed "against"
    someone is a SANCTION by the verb's subject, its mode the verb's ("does not intend to": negated;
    "should X take": hypothetical), its target the "against" object. "Take measures to protect
    civilians", "take further steps towards peace" are no sanction (no hostile word, no "against")."""
    lemmas = token_strings(sent.doc)[1]
    if MEASURE_NOUNS.isdisjoint(lemmas[sent.start:sent.end]):
        return []
    out: list[Draft] = []
    for tok in _sentence_words(sent, lemmas, MEASURE_VERBS):
        if tok.pos_ != "VERB" or tok.i in heads:
            continue
        measure = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS), None)
        if measure is None:
            continue
        targets = [t for o in (*_pobj_list(measure, _AGAINST), *_pobj_list(tok, _AGAINST)) for t in conjuncts(o)]
        if not targets and not any(c.dep_ == "amod" and c.lower_ in HOSTILE_MEASURE_WORDS for c in measure.children):
            continue
        sources = subject_of(tok)
        if not sources:
            continue
        chain = governor_chain(token_sheet(sent.doc), tok.i)
        mode = event_mode(tok, sent, cues, year, historical_cue_in(sent, cues, year), chain)
        if _vowed_measure(tok, mode):  # "we will take reciprocal measures": a threat, told as made (round 31e9)
            types, mode, cue = ["THREATEN"], "asserted", f"vowed-measure:{measure.lower_}"
        else:
            types, cue = ["SANCTION"], f"hostile-measure:{measure.lower_}"
        out.append(Draft(cand=Candidate(tok, [], [tok, measure]), types=types, mode=mode, sources=sources,
                         targets=targets, sent=sent, weight=0.45, cue=cue))
        heads.add(tok.i)
    return out


_NAMED = ("GPE", "NORP", "ORG", "PERSON")


#: The word ``_disowned_acts`` reads a sentence at ("had nothing to do with").
_NOTHING = frozenset(("nothing",))


def _disowned_acts(sent, drafts: list[Draft], heads: set[int], cues: Modality) -> list[Draft]:
    """"Venezuela said it had nothing to do with the attack", "we had nothing to do with the
    bombing": a speaker saying they (or whom they speak for) had "nothing to do with" an act denies
    the charge (REJECT by the speaker: the reporting verb's subject, or the author when the
    subject is first person and nothing reports it); the accuser is found from the context. A
    narrator's "X had nothing to do with it" with no reporting verb is none (round 20f)."""
    if any(d.type == "REJECT" for d in drafts) or "nothing" not in token_strings(sent.doc)[0][sent.start:sent.end]:
        return []  # (round 22 speed pass: the word test first)
    sc = load_speech_cues()
    out: list[Draft] = []
    for tok in _sentence_words(sent, token_strings(sent.doc)[0], _NOTHING):
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "have" or tok.head.i in heads:
            continue
        do = next((c for c in tok.children if c.lemma_.lower() == "do" and c.dep_ in ("relcl", "acl", "xcomp")), None)
        if do is None or not _pobj_list(do, _WITH):
            continue
        have = tok.head
        subjects = [c for c in have.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        reporter = reporting_governor(have, cues)
        if reporter is not None:
            speaker = subject_of(reporter)
            if not speaker:
                continue
        elif subjects[0].lower_ in sc.first_person:
            speaker = []
        else:
            continue
        d = Draft(cand=Candidate(have, [], [have, tok]), types=["REJECT"], mode="asserted", sources=speaker,
                  targets=[], sent=sent, weight=0.4, cue="disowned-act:nothing")
        d.author_demand = d.bare = reporter is None
        out.append(d)
        heads.add(have.i)
    return out


def _threatened_outcomes(sent, drafts: list[Draft], heads: set[int], cues: Modality) -> list[Draft]:
    """"Israel will pay a heavy price", "Pyongyang would face serious consequences", "any
    provocation by Seoul will not go unanswered": a threat said as its outcome, with no verb of
    threatening. A future (``FUTURE_AUXILIARIES``), not negated, of undergoing
    (``consequence_verbs``) a penalty (``consequence_nouns``; not a comparative "a higher
    price"), or a negated future of "go" with ``unanswered_words``, warns (THREATEN) the named
    subject (or the names in the subject: "any attack by X"); the speaker is the subject of the
    reporting verb, or the author when none. Not when the sentence already has a THREATEN, and
    only of a named actor ("farmers will pay the price" is none) (round 20f)."""
    if any("THREATEN" in d.types for d in drafts):
        return []
    sc = load_speech_cues()
    lemmas = token_strings(sent.doc)[1]
    if (sc.consequence_verbs | sc.penalty_verbs | {"go"}).isdisjoint(lemmas[sent.start:sent.end]):
        return []
    out: list[Draft] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or tok.i in heads and lemma not in sc.penalty_verbs:
            continue  # a penalty verb is a trigger of its own act: the threat is coded besides it
        kids = list(tok.children)
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in kids):
            continue
        negated = any(c.dep_ == "neg" for c in kids)
        if lemma in sc.consequence_verbs:
            ok = not negated and any(
                c.dep_ == "dobj" and c.lemma_.lower() in sc.consequence_nouns
                and not any(m.tag_ in ("JJR", "RBR") for m in c.children) for c in kids)
        elif lemma == "go":
            ok = negated and any(c.lower_ in sc.unanswered_words for c in kids)
        else:
            # "any vessel that enters will be boarded and seized": a penalty promised to anyone who acts
            ok = lemma in sc.penalty_verbs and not negated and any(c.dep_ == "auxpass" for c in kids) and any(
                c.dep_ == "nsubjpass" and (c.lower_ in sc.any_words or any(
                    d.dep_ == "det" and d.lower_ in sc.any_words for d in c.children)) for c in kids)
            if not ok:
                continue
        if not ok:
            continue
        subjects = [t for c in kids if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
        targets = [t for t in subjects if t.ent_type_ in _NAMED or t.pos_ == "PROPN"]
        if not targets and lemma not in sc.consequence_verbs:
            targets = [t for s in subjects for t in s.subtree if t.i != s.i and t.ent_type_ in _NAMED
                       and t.dep_ != "compound"]
        anyone = lemma in sc.penalty_verbs
        if not targets and not anyone:
            continue
        reporter = reporting_governor(tok, cues)
        sources = subject_of(reporter) if reporter is not None else []
        if anyone and reporter is not None and not sources:
            continue
        d = Draft(cand=Candidate(tok, [], [tok]), types=["THREATEN"], mode="asserted", sources=sources,
                  targets=targets, sent=sent, weight=0.45, cue=f"threatened-outcome:{tok.lower_}")
        d.author_demand = reporter is None
        d.bare = anyone and not targets  # whom it warns is found from the context
        out.append(d)
        heads.add(tok.i)
    return out


#: Verbs of an order to go whose object is told to leave ("ordered two diplomats to leave").
LEAVING_VERBS = frozenset({"leave", "quit", "depart", "go"})


def _counted_noun(obj):
    """The "of" noun of a count said as an object ("dozens of embassy staff", "two of its
    diplomats": the staff, the diplomats; round 31e11), else the object itself."""
    if obj.pos_ not in PARTITIVE_POS and obj.ent_type_ != "CARDINAL":
        return obj
    return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), obj)


def _expulsion_orders(drafts: list[Draft]) -> None:
    """"Eritrea ordered two German diplomats to leave Asmara", "the junta told the ambassador to
    leave the country": an order (a REQUEST of ``expulsion_order_verbs``) whose object is a person
    or a people noun (``expelled_nouns``: diplomats, envoys, the mission's head) and whose clause
    is leaving expels them (SANCTION, mode expel), in place of the request; "ordered a vessel to
    leave the area" and "ordered officials to investigate" stay as they were (round 20d). A count
    is read by its "of" noun ("dozens of embassy staff"); an order to leave given to a state's
    people (``people_name``: "a million Ghanaians") or to ``deported_nouns`` (foreigners, migrants)
    deports them (COERCE, mode deport; round 31e11). An order to a state's own people (an
    evacuation) is left out later by ``own_people_act`` (round 31f3)."""
    sc = load_speech_cues()
    for d in drafts:
        tok = d.cand.token
        if d.types != ["REQUEST"] or tok.lemma_.lower() not in sc.expulsion_order_verbs:
            continue
        leaving = [c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS]
        if not leaving:
            continue
        # the object, or the subject the parse gives the leaving ("ordered a million Ghanaians to leave")
        told = [c for c in tok.children if c.dep_ == "dobj"] or \
            [c for c in leaving[0].children if c.dep_ == "nsubj"]
        said = [o for c in told for o in conjuncts(c)]
        objects = [_counted_noun(o) for o in said]
        sheet = token_sheet(tok.doc)
        if objects and all(o.ent_type_ == "PERSON" or o.lemma_.lower() in sc.expelled_nouns for o in objects):
            d.types, d.plover_mode, d.cue = ["SANCTION"], "expel", f"expulsion-order:{tok.lower_}"
        elif objects and all(o.lemma_.lower() in sc.deported_nouns or people_name(sheet, t.i)
                             for t, o in zip(said, objects)):
            d.types, d.plover_mode, d.cue = ["COERCE"], "deport", f"deportation-order:{tok.lower_}"


#: Words of thanks whose "for" clause, or the relative clause of whose object, tells a permission
#: given as help ("thank Ghana for allowing us to meet refugees", "thanks Argentina, which has
#: allowed our lorries to return"; round 31e11).
THANKING_WORDS = frozenset({"thank", "grateful", "thankful", "appreciate"})
#: Verbs of permission whose bare CONCEDE entry the thanks retype.
PERMISSION_VERBS = frozenset({"allow", "permit", "let"})


def _thanked_permissions(drafts: list[Draft]) -> None:
    """A permission (a CONCEDE of ``PERMISSION_VERBS``) told as what a party is thanked for is
    cooperation (COOPERATE), not a concession: the "for" clause of a word of thanks
    (``THANKING_WORDS``) or a relative clause on its object (round 31e11); not a negated one
    ("which has never allowed"; round 31f3). Only the type and cue change: the target stays the
    permission's own ("allowing us to meet refugees": the refugees), not whoever gives the thanks."""
    for d in drafts:
        tok = d.cand.token
        if d.types != ["CONCEDE"] or tok.lemma_.lower() not in PERMISSION_VERBS:
            continue
        if tok.dep_ == "pcomp" and tok.head.lower_ == "for":
            thanking = tok.head.head
        elif tok.dep_ == "relcl" and tok.head.dep_ == "dobj":
            thanking = tok.head.head
        else:
            continue
        if thanking.lemma_.lower() not in THANKING_WORDS or d.mode == "negated":
            continue  # "Ghana, which has never allowed refugees to be turned away": no help given (round 31f3)
        d.types, d.cue = ["COOPERATE"], f"thanked-permission:{tok.lower_}"


# --- round 21d: the second event of a sentence -------------------------------------------------

CONDEMNING_TYPES = frozenset({"ACCUSE", "PROTEST"})
"""The speech acts whose object, a hostile act noun with its own complement, is an act reported."""

CONDEMNED_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})

AIMED_COMPLEMENT_PREPS = frozenset({"on", "against", "upon", "of"})


def _condemned_aimed_act(cand, by_token: dict) -> bool:
    """A hostile act noun that a condemnation takes as its direct object and that names its own
    target ("condemns attack on food convoy", "condemned the shelling of a maternity hospital",
    "deplored the abduction of three engineers"): the act is reported as having happened, besides
    the condemnation, also when its doer is not named. Not a bare "condemned the attack" (an act
    mentioned again), nor what is denied, called for or allowed (the governing trigger is no
    condemnation), nor a pronoun or count as the complement."""
    tok = cand.token
    if cand.entries[0].type not in CONDEMNED_ACT_TYPES or cand.types[1:] or tok.dep_ != "dobj":
        return False
    judged = by_token.get(tok.head.i)
    if judged is None or not set(judged.types) & CONDEMNING_TYPES or judged.pos != "verb":
        return False
    return any(o.pos_ not in ("PRON", "NUM") for o in _pobj_list(tok, AIMED_COMPLEMENT_PREPS))


WALKOUT_TYPES = frozenset({"PROTEST", "REJECT"})


#: Verbs that make a walk-out with a delegation as their object ("led his delegation out of the hall").
WALKOUT_LEAD_VERBS = frozenset({"lead", "take", "pull"})


_OUT_IDS = label_ids(frozenset({"prt", "advmod", "prep"}))
_DOBJ_ID = get_string_id("dobj")


def _walkout(tok) -> bool:
    """"walk out", "walked out of the session", "led his delegation out": the verb with its particle.
    Read from the Doc's arrays (round 28s1: every draft of every sentence is asked, and most verbs
    have no "out")."""
    s, i = token_sheet(tok.doc), tok.i
    if not any(s.deps[c] in _OUT_IDS and s.lowers[c] == "out" for c in s.kids[i]):
        return False
    lemma = s.lemmas[i]
    return lemma == "walk" or lemma in WALKOUT_LEAD_VERBS and any(
        s.deps[c] == _DOBJ_ID and s.lemmas[c] in ("delegation", "delegate") for c in s.kids[i])


def _walkouts(drafts: list[Draft]) -> None:
    """A walk-out is a protest said with the feet: a walk-out read as a refusal (or as either)
    in a sentence that holds another refusal by the same side ("blocks the summit declaration and
    walks out", "vetoed the draft and its delegation walked out of the session") is that side's
    PROTEST, a second act the refusal does not cover; a walk-out read as either with no other
    refusal is the protest too ("Iran walks out and vows response"), not left to the sentence
    classifier (which vetoes it beside other acts). In place."""
    rejects = [d for d in drafts if d.types == ["REJECT"] and not _walkout(d.cand.token)]
    for d in drafts:
        if d.cand.pos != "verb" or not _walkout(d.cand.token) or not set(d.types) <= WALKOUT_TYPES:
            continue
        if len(d.types) > 1 or rejects:
            d.types, d.cue = ["PROTEST"], f"walk-out:{d.cand.token.lower_}"


SIGNED_TYPES = frozenset({"AGREE"})

SIGNING_VERBS = frozenset({"sign", "conclude", "reach", "ink", "negotiate", "strike", "seal", "agree"})


def _signing_clause(cand):
    """The relative clause of signing, with its own subject, that an agreement noun takes ("the
    cooperation agreements they signed in 2012", "the accord Chad and Sudan concluded"), or None.
    Its subject made the agreement, though the noun is the object of another verb ("asked both
    governments to respect the agreements they signed"). Not a participle without a subject
    ("the timetable agreed by the two sides": an agent, read elsewhere)."""
    for c in cand.token.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in SIGNING_VERBS and \
                any(s.dep_ == "nsubj" and s.tag_ not in RELATIVE_TAGS | ACT_RELATIVE_TAGS for s in c.children):
            return c
    return None


PLURAL_PRONOUNS = frozenset({"they", "we"})


def _signers(signing) -> list:
    """Who signed, in a signing clause: its subject, or for "they" / "we" the parties the clause's
    noun is said of - the subject of the verb that takes the agreement ("Kenya and Somalia must
    honour the deal they concluded"), or the object of the verb that asks it of them ("asked Chad
    and Sudan to respect the accord they signed")."""
    subjects = [t for c in signing.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    if not (len(subjects) == 1 and subjects[0].lower_ in PLURAL_PRONOUNS):
        return subjects
    verb = signing.head.head  # the verb whose object is the agreement
    own = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    if own and not any(t.pos_ == "PRON" for t in own):
        return own
    if verb.dep_ == "xcomp":
        asked = [t for c in verb.head.children if c.dep_ == "dobj" for t in conjuncts(c)]
        if asked:
            return asked
    return subjects


def _withdrawal_refused(type_: str, targets: list) -> bool:
    """"would not withdraw from any town": a refusal to leave places, which names no party but is a
    withdrawal refused all the same (the generic target of "I never threaten anybody" is a habit
    denied, no act; a place withdrawn from is no victim)."""
    return type_ == "RETREAT" and all(t.dep_ == "pobj" and t.head.lower_ == "from" for t in targets)


def _own_clauses_in_demands(drafts: list[Draft]) -> None:
    """A clause that the parser hung inside a demand's content as a conjunct, but whose own subject
    is the demander's ("They demand that the junta submit a timetable, and they warn the junta that
    ..."): the demanders' own second act, in the mode of the demand itself, not demanded of the
    other party. Only a repeated pronoun or the same name as the demander's subject. In place."""
    for d in drafts:
        tok = d.cand.token
        if d.mode != "demanded" or d.cand.pos != "verb" or tok.dep_ != "conj":
            continue
        own = [c for c in tok.children if c.dep_ == "nsubj"]
        demand = next((g for g in drafts if g is not d and g.cand.pos == "verb" and g.type == "REQUEST"
                       and g.cand.token.i < tok.i and tok.head in g.cand.token.subtree), None)
        if demand is None or len(own) != 1:
            continue
        demanders = [c for c in demand.cand.token.children if c.dep_ == "nsubj"]
        same = len(demanders) == 1 and demanders[0].i != own[0].i and (
            demanders[0].lower_ == own[0].lower_ or
            own[0].lower_ in PLURAL_PRONOUNS and demanders[0].pos_ != "PRON" and demanders[0].tag_ in ("NNS", "NNPS"))
        if same and not any(c.dep_ == "nsubj" and c.lower_ == own[0].lower_ for c in tok.head.children):
            d.mode = demand.mode
            if demand.sources and all(t.lower_ == own[0].lower_ for t in d.sources):
                d.sources = list(demand.sources)  # the same pronoun: read as the demand's (one antecedent)


#: Round 34e17: modes of an act asked of someone (``_asked_of_the_asked``).
ASKED_MODES = frozenset({"demanded", "offered"})


def _asked_of_the_asked(drafts: list[Draft]) -> None:
    """Round 34e17: an act asked, in turn, of the one a demanded request or invitation addresses ("Malawi should
    ask the African Union to send observers", "it should invite Mozambique to join talks"): the demand codes the
    request or invitation it asks for (demanded), not the act two demands down, which nobody was asked by the
    writer to do. Drops (in place) a demanded or offered verb whose clause is the complement of the verb of
    another draft that is itself demanded and a verb of asking (``POLITE_REQUESTS``: ask, invite, urge ...). "We
    call on Russia to withdraw" (the call asserted) keeps its demanded withdrawal; "called on both governments to
    coordinate ... and offered to host a meeting" keeps the offered meeting (the lead, round 34: an "offered"
    read under the call is no request of the asked)."""
    demanded = {g.cand.token.i for g in drafts if g.mode == "demanded" and g.cand.pos == "verb"
                and g.cand.token.lemma_ in POLITE_REQUESTS}
    drafts[:] = [d for d in drafts if not (d.mode in ASKED_MODES and d.cand.pos == "verb" and
                                           d.cand.token.dep_ == "xcomp" and d.cand.token.head.i in demanded
                                           and d.cand.token.head.i != d.cand.token.i)]


def _their_delegates(drafts: list[Draft]) -> None:
    """A meeting, talks or joint act of "their" officials, agreed or announced by two parties ("Kenya
    and Ethiopia agreed that their defence ministers would meet in Nairobi", "the two leaders agreed
    that their navies would hold joint patrols"): the parties' act, each with the other, as the
    guidelines code the states behind their delegates. Only a reciprocal type whose one doer is a
    plural noun with "their" and no other party, and a governing verb whose subject is coordinated
    or a plural noun. In place."""
    for d in drafts:
        if d.type not in RECIPROCAL_TYPES or d.targets or len(d.sources) != 1:
            continue
        doer = d.sources[0]
        if doer.tag_ != "NNS" or not any(c.dep_ == "poss" and c.lower_ == "their" for c in doer.children):
            continue
        head = d.cand.token
        if head.dep_ in ("dobj", "pobj") and head.head.dep_ == "ccomp":
            head = head.head  # "their navies would hold joint patrols"
        governor = head.head if head.dep_ == "ccomp" else None  # not a purpose inside it ("to plan patrols")
        if governor is None or governor.pos_ != "VERB":
            continue
        parties = subject_of(governor)  # "the two leaders welcomed ... and agreed that their ..."
        if len(parties) > 1 or len(parties) == 1 and parties[0].tag_ in ("NNS", "NNPS") and parties[0].pos_ != "PRON":
            d.sources, d.targets, d.reciprocal = parties, list(parties), True


#: Types of an act noun that a demand asks a named party to do ("demanded the withdrawal of
#: Rwandan troops", "demands Russian withdrawal"): coded as the demanded act (round 21e).
DEMANDED_ACT_TYPES = frozenset({"RETREAT"})


def _pressed_upon(verb) -> list:
    """Who a light verb's pressure is put on: "put pressure on me" (the "on" of the verb or of its object)."""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return [p for h in holders for p in _pobj_list(h, ("on", "upon"))]


def _brokered_act(cand, by_token: dict) -> bool:
    """Round 27e5: the object of a third party's brokering verb ("Oman brokers release of three aid
    workers", "Norway brokered the release"): the act brokered took place, an event of its own
    beside the mediation (not "rejected the US request", a judged text)."""
    governor = by_token.get(cand.token.head.i) if cand.token.dep_ == "dobj" else None
    return governor is not None and governor.pos == "verb" and \
        any(e.plover_mode == "third-party" for e in governor.entries)


def _demanded_act(cand, by_token: dict) -> bool:
    """An act noun that a demand's verb takes as its object, with the party that is to do it
    named by a nationality or state adjective or by its "of" object ("demanded the withdrawal of
    Rwandan troops", "demands Russian withdrawal"): the demanded act, kept beside the demand (not
    "rejected the US request", not "talks on the withdrawal", not "the question of a withdrawal")."""
    tok = cand.token
    if cand.entries[0].type not in DEMANDED_ACT_TYPES or cand.types[1:]:
        return False
    if tok.dep_ == "dobj":
        governor = by_token.get(tok.head.i)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "for":  # "called for the withdrawal of X troops"
        governor = by_token.get(tok.head.head.i)
    else:
        return False
    if governor is None or "REQUEST" not in governor.types:
        return False
    return bool(_demanded_doers(tok))


def _demanded_doers(noun) -> list:
    """Who is to do a demanded act noun: its nationality or state adjective ("Russian
    withdrawal"), else its named "of" object ("the withdrawal of Rwandan troops")."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")] or \
        [o for o in _pobj_list(noun, _OF) if _named_participant(o)]


# --- Round 22b: dropped triggers ---------------------------------------------------------------

#: Types whose verb said of a text judges it ("reject that statement", "welcome the report"): the
#: judgement is the event, not a publication (round 22b; the publication rule dropped them).
JUDGED_TEXT_TYPES = frozenset({"REJECT", "SUPPORT"})


def _judged_text(cand) -> bool:
    """"The two sides reject that statement", "welcome the statements of the Secretary-General":
    a rejecting or welcoming verb whose object is a text judges the text (its author is the
    target), unlike "released a statement" (round 22b)."""
    return cand.entries[0].type in JUDGED_TEXT_TYPES and all(e.type in JUDGED_TEXT_TYPES for e in cand.entries)


#: Relations of the clauses ``embedded_question`` reads a "whether" on.
_QUESTION_CLAUSE_IDS = label_ids(frozenset({"ccomp", "advcl", "pcomp", "csubj", "xcomp", "acl"}))


def embedded_question(tok) -> bool:
    """Round 22c: the act (the verb or its object) of a clause marked "whether" is only asked about,
    not reported: "He did not say whether Tanzania would withdraw its ships", "It did not say
    whether the troops would be pulled back", "an inquiry into whether X had breached the
    convention" (the inquiry stays)."""
    # "would withdraw its ships or pull back": the first conjunct carries the mark (a "conj" is
    # passed over); the nearest clause up the tree, from the Doc's arrays (round 30s5)
    s, x = token_sheet(tok.doc), tok.i
    while s.deps[x] not in _QUESTION_CLAUSE_IDS:
        if s.heads[x] == x:
            return False
        x = s.heads[x]
    if x != tok.i and not (tok.head.i == x and tok.dep_ in ("dobj", "xcomp", "nsubjpass", "conj")):
        return False  # (compared by index: each access to a Token's head makes a new object)
    clause = tok.doc[x]
    if x != tok.i and tok.dep_ == "conj" and not (tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)):
        return False  # round 31f2: "asked whether Moscow would apologise and expelled ...": told, not asked
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children)


def _none_of(tok) -> bool:
    """"No Filipino", "no state", "nobody", "none"."""
    return tok.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def nobody_reported(tok) -> bool:
    """Round 22c: "No Filipino has been reported killed or injured", "No citizen was reported
    hurt": the act said of nobody, through a reporting verb's passive subject."""
    x = tok.head if tok.dep_ == "conj" else tok
    if x.dep_ not in ("xcomp", "oprd") or x is tok.head and tok.dep_ != "conj":
        return False
    return any(c.dep_ in ("nsubjpass", "nsubj") and _none_of(c) for c in x.head.children)


def denied_right(tok) -> bool:
    """Round 22c: "No state has the right to send its soldiers onto our soil", "X has no right
    to expel them": a norm stated, not an act (a right claimed, "reserves the right to respond",
    stays)."""
    if token_sheet(tok.doc).deps[tok.i] != _ACL:
        return False  # (most triggers: no head read; round 30s5)
    if tok.dep_ != "acl" or tok.head.lemma_.lower() != "right":
        return False
    right, holder = tok.head, tok.head.head
    if _none_of(right):
        return True
    return holder.pos_ in ("VERB", "AUX") and (any(c.dep_ == "neg" for c in holder.children) or any(
        t.i < holder.i and t.pos_ in ("NOUN", "PROPN") and _none_of(t) for t in holder.subtree))


#: Material acts that "any" makes a possibility ("any attack", "any incursion").
ANY_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})


def any_act(d: Draft) -> bool:
    """Round 22c: a material act named by a noun under "any" is one that may happen, not one that
    did: "refrain from any attack on hospitals", "will respond to any attack on its territory",
    "did not claim any new attack" (the verbs beside it, "refrain", "respond", stay for what they
    are)."""
    if d.type not in ANY_ACT_TYPES:
        return False
    noun = next((p for p in d.cand.parts if p.pos_ == "NOUN"), None)
    return noun is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


# --- round 23b: what an order does -------------------------------------------------------------

#: Verbs of an order whose passive complement is the act ordered ("ordered the cargo confiscated").
ORDER_VERBS = frozenset({"order", "direct"})

#: Types of an act done by whoever ordered it.
ORDERED_ACT_TYPES = frozenset({"COERCE", "SANCTION", "SEIZE", "ASSAULT", "RETREAT", "CONCEDE"})


def _ordered_done(drafts: list[Draft]) -> None:
    """"A court ordered the tanker's cargo confiscated", "ruled ... and ordered it confiscated",
    "ordered that the consulate be closed": an order whose complement is a passive clause with an
    act of its own is that act, done by whoever ordered it (the source of the order; the act's
    subject, or its owner, what is acted upon), in the order's mode; the order's REQUEST is
    dropped. "Ordered troops to withdraw" (an infinitive: the troops do it) stays a request."""
    by_token = {d.cand.token.i: d for d in drafts}
    done = []
    for d in drafts:
        tok = d.cand.token
        if d.types != ["REQUEST"] or tok.lemma_.lower() not in ORDER_VERBS or d.cand.pos != "verb":
            continue
        for c in tok.children:
            act = by_token.get(c.i)
            if act is None or c.dep_ not in ("ccomp", "xcomp", "oprd") or not set(act.types) & ORDERED_ACT_TYPES:
                continue
            kids = list(c.children)
            passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in kids) or (
                c.tag_ in ("VBN", "VBD") and any(k.dep_ == "nsubj" for k in kids)
                and not any(k.dep_ in ("aux", "dobj") for k in kids))
            if not passive or any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
                continue
            things = [t for k in kids if k.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(k)]
            owners_ = [o for t in things for o in t.children if o.dep_ == "poss"]
            act.sources, act.targets = list(d.sources), owners_ or things
            act.mode, act.cue = d.mode, f"ordered-done:{tok.lower_}"
            done.append(d)
            break
    for d in done:
        drafts.remove(d)


# --- Round 23c: harm done by a natural force --------------------------------------------------------

#: Natural hazards and diseases: harm they do is no act of a political actor (the guidelines leave
#: weather and accidents uncoded): "a cholera outbreak that has killed 300 people", "floods swept
#: through the island and destroyed the hospital".
NATURAL_FORCES = frozenset({
    "flood", "floods", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado",
    "drought", "landslide", "mudslide", "tsunami", "avalanche", "eruption", "wildfire", "heatwave", "outbreak",
    "epidemic", "pandemic", "cholera", "ebola", "malaria", "measles", "disease", "virus", "rains", "rain"})
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def natural_force(d: Draft) -> bool:
    """An ASSAULT or COERCE whose verb's subject (through a conjunct, or the noun a relative clause
    hangs on) is a natural force ``NATURAL_FORCES``: "an outbreak that has killed 300 people"."""
    if not _HARM_TYPES.intersection(d.types):
        return False
    verb = d.cand.token
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(3):
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        else:
            break
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
        subjects = [verb.head]
    return any(t.lemma_.lower() in NATURAL_FORCES or t.lower_ in NATURAL_FORCES for t in subjects)


# --- Round 23c: the voters of an election ------------------------------------------------------------

#: The public as voters: "the people voted for change", "every Malawian who voted for us", "thanked
#: voters". A state's, a delegation's or a legislator's vote stays an act ("Brazil voted for the text").
PUBLIC_VOTERS = frozenset({"people", "voter", "voters", "electorate", "citizen", "citizens", "public", "population",
                           "resident", "residents", "supporter", "supporters"})


def _public(t) -> bool:
    return t.lemma_.lower() in PUBLIC_VOTERS or t.lower_ in PUBLIC_VOTERS or (
        t.ent_type_ == "NORP" and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS", "NN", "NNP")
        and t.dep_ in ("nsubj", "pobj", "dobj", "ROOT", "appos") and t.lower_.endswith(("s", "n")) and
        t.head.lemma_.lower() != "government")


def public_vote(d: Draft) -> bool:
    """A SUPPORT by the public in an election ("voted for", with a voters' subject: a common noun of
    ``PUBLIC_VOTERS`` or a demonym, also as the noun a relative clause hangs on), or thanks to the
    voters ("thanked voters"): no interaction between political actors."""
    if "SUPPORT" not in d.types:
        return False
    tok = d.cand.token
    lemma = tok.lemma_.lower()
    if lemma == "vote" and tok.pos_ == "VERB":
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
            subjects = [tok.head]
        return bool(subjects) and all(_public(t) for t in subjects)
    if lemma == "thank" and tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        return bool(objects) and all(t.lemma_.lower() in ("voter", "electorate") for t in objects)
    return False


#: Offer verbs that are an offer by themselves, with no light object ("invited the minister to visit": an
#: offered consultation, round 23).
OFFERING_VERBS = frozenset({"invite"})
#: Refusal verbs whose "that" clause is what is refused ("we will not accept that Russia threatens any
#: Ally": round 23).
CLAUSE_REFUSAL_VERBS = frozenset({"accept", "tolerate"})


def _refused_clause_subjects(tok) -> list:
    """The named subject of a refusal verb's "that" clause ("will not accept that Russia threatens the
    security of any Ally": Russia), or ``[]`` (round 23)."""
    if tok.lemma_.lower() not in CLAUSE_REFUSAL_VERBS:
        return []
    for c in tok.children:
        if c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return [s for s in c.children if s.dep_ == "nsubj" and s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
    return []


#: Verbs an invitation to meet asks for ("invited the President to visit", "to attend", "to observe the
#: exercise", "to join the talks"); with another infinitive the invitation is no consultation (round 23).
MEETING_INVITATION_VERBS = frozenset({"visit", "attend", "observe", "meet", "join", "come", "participate", "brief",
                                      "address", "hold", "discuss", "take", "make", "pay", "travel", "speak"})


def _invited_to_act(tok) -> bool:
    """Invitation verb ``tok`` has a to-infinitive that is no meeting ("invited Algeria to reopen its
    airspace"), so it is not the offered CONSULT of an invitation to visit or attend (round 23)."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > tok.i and
               c.lemma_.lower() not in MEETING_INVITATION_VERBS for c in tok.children)


#: Auxiliaries of a future: "answer for" as a promise of what is to come ("Iran will answer for the attack"),
#: and a refusal to stay passive ("will not wait").
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "must"})


def unpromised_answer(d: Draft) -> bool:
    """A THREATEN read on "answer for" that no future auxiliary carries: "until the governments that
    arm the rebels are made to answer for it" is the author's demand, not a threat (round 23, lead)."""
    tok = d.cand.token
    if d.type != "THREATEN" or tok.lemma_.lower() != "answer":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in tok.children)


#: Verbs that bind their subject to the act they carry ("pledged 30 million dollars", "promised
#: new elections"): the act is "intended" (round 24e2; the statement gold codes every pledged
#: and promised act so, an offer's act "offered").
PLEDGING_VERBS = frozenset({"pledge", "promise"})


#: Commands to one's own organs: "ordered the Chief of the General Staff to ...": the command is
#: carried out (round 24e2; round 16d's ``_ordered_to_own`` read a plain subordinate noun only).
#: "instruct" stays a demand: Wikinews dev codes "instructed security agencies to investigate"
#: demanded (the statement gold has one "instructs the Commission to ..." asserted).
COMMAND_VERBS = frozenset({"order"})
#: Heads of one's own organs ("the Chief of the General Staff", "the chief of police").
OWN_ORGAN_NOUNS = SUBORDINATE_NOUNS | frozenset({"chief", "commander", "staff"})


def ordered_own_organ(doc, chain, cues: Modality) -> bool:
    """The nearest demand governing the act is "order" whose object is an organ or its head, also
    through "of" ("the Chief of the General Staff"; not a state or a person's name): the command is
    the act."""
    gov = next((doc[g] for _d, g in chain if doc[g].lemma_.lower() in cues.demand_governors
                or doc[g].lemma_.lower() in COMMAND_VERBS), None)
    if gov is None or gov.lemma_.lower() not in COMMAND_VERBS:
        return False
    for o in gov.children:
        if o.dep_ != "dobj" or o.ent_type_ in ("GPE", "NORP", "PERSON"):
            continue
        heads = [o] + [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj"]
        if any(h.lemma_.lower() in OWN_ORGAN_NOUNS for h in heads):
            return True
    return False


#: Measures that take effect when they are decided ("decides to suspend X from its organs", "agreed on
#: Sunday to ban the airline", "has decided to withdraw its consent"): a decision's SANCTION is
#: asserted (round 24e2; the statement gold codes each so, and a decided deployment or meeting
#: "intended").
DECIDED_TYPES = frozenset({"SANCTION"})
DECISION_VERBS = frozenset({"decide", "agree", "resolve"})


def decided_measure(doc, chain, cues: Modality) -> bool:
    """The act's clause is the "to"-complement of a decision verb that is itself done (no future
    or modal auxiliary, not an infinitive: "will decide to", "may agree to" stay intended)."""
    if not chain or chain[0][0] != "xcomp":
        return False
    gov = doc[chain[0][1]]
    if gov.lemma_.lower() not in DECISION_VERBS or gov.tag_ == "VB":
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in cues.future_auxiliaries
                                                    or c.lower_ in cues.hypothetical_auxiliaries)
                   for c in gov.children)


#: The links from an invited meeting up to the invitation ("invited X to pay a state visit", "to visit
#: Baku and meet ...").
_INVITED_LINKS = frozenset({"xcomp", "advcl", "dobj", "conj"})


def invited_meeting(d: Draft, inviting: set[int]) -> bool:
    """``d`` is a CONSULT inside an invitation whose token index is in ``inviting`` (the offered
    CONSULTs on "invite" that were kept): "invited the president to pay a state visit", "invite the
    editors to visit Baku and meet ...". One act, the invitation (the gold codes it once, on
    "invite"); the stage drops the meeting's own copy (round 24e2)."""
    tok = d.cand.token
    if d.type != "CONSULT" or tok.i in inviting:
        return False
    cur = tok
    for _ in range(4):
        if cur.dep_ not in _INVITED_LINKS or cur.head is cur:
            return False
        cur = cur.head
        if cur.i in inviting:
            return True
    return False


def _means_head(noun):
    """The word an "in" / "during" phrase (``MEANS_PREPS``) hangs on when ``noun`` is its object
    ("freed six hostages in a raid": "freed"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPS:
        return None
    return prep.head


def _means_of_act(cand, by_token: dict):
    """The verb whose act ``noun`` is the means of ("Nigerien troops freed six hostages in a raid",
    "police detained forty smugglers during a crackdown"; round 25e1), or None: the noun is the
    object of "in" / "during" on a verb that is an act of its own (a trigger candidate) with an
    active subject and a direct object. Not a victim's verb ("two soldiers died in the raid",
    "were killed in an attack": no trigger, or a passive with no active subject) and not a
    report ("said in an interview"), nor an act of the noun's own type ("killed nine in an air
    strike", "arrested forty in a crackdown": one act, the verb's)."""
    verb = _means_head(cand.token)
    if verb is None or verb.pos_ != "VERB" or verb.i not in by_token or is_passive(verb):
        return None
    if set(by_token[verb.i].types) & set(cand.types):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ not in ("conj", "xcomp"):
        return None
    return verb


def _quoted_label(verb):
    """The label a labelling verb gives its object when the label is in quotation marks, or None:
    the object complement ("called the tariffs 'a declaration of war'"), the object of "as"
    ("described the claims as 'pure invention'"), a second object ("calls blockade 'piracy'") or an
    apposition the parser hung on the object ("called Argentina's ban 'a blow to ...'")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    labels += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
               if p.dep_ == "pobj"]
    labels += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj"]
    labels += [c for o in objects for c in o.children if c.dep_ == "appos"]  # the parser's apposition
    doc = verb.doc
    for label in labels:
        start = label.left_edge.i
        if start > 0 and doc[start - 1].lower_ in ARG_QUOTE_MARKS or doc[start].lower_ in ARG_QUOTE_MARKS:
            return label
    return None


def _quoted_labels(sent, heads: set[int]) -> list[Draft]:
    """"Zambia called the seizure of the mine 'theft'", "Rwanda described the report as 'a work of
    fiction'" (round 25e1): an actor's quoted label for something (an act, a measure, a claim) is
    an ACCUSE against it, a REJECT when it labels a claim; the stage takes the maker of what is
    labelled as the target. Not praise ("called the talks 'constructive'"), not a labelling verb
    that is already an act of the sentence, not one with no subject or a passive one ("was called
    'the Lion'")."""
    if LABELLING_VERBS.isdisjoint(token_strings(sent.doc)[1][sent.start:sent.end]):
        return []  # the word test first (round 26s)
    sc = load_speech_cues()
    out = []
    for verb in _sentence_words(sent, token_strings(sent.doc)[1], LABELLING_VERBS):
        if verb.pos_ != "VERB" or verb.i in heads:
            continue
        speaker = subject_of(verb)  # "said it would appeal and described the ruling as ...": its subject
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        if not speaker or not objects or is_passive(verb) or any(o.tag_ in RELATIVE_TAGS for o in objects):
            continue  # "for what he called 'a warm welcome'": the relative's noun, said in passing
        label = _quoted_label(verb)
        if label is None or label in objects and len(objects) < 2 and \
                not any(c.dep_ in ("nmod", "compound") for c in label.children):
            continue
        words = {w for t in label.subtree for w in (t.lower_, t.lemma_.lower())}
        if words & (PRAISING_LABELS | sc.supporting_words):
            continue  # "called the talks 'constructive'": praise, no accusation
        named = [o for o in objects if o is not label] or \
            [c for c in label.children if c.dep_ in ("nmod", "compound")]
        if not named or any(t.lower_ in ("himself", "herself", "itself", "themselves") for t in named):
            continue
        type_ = "REJECT" if all(t.lemma_.lower() in sc.claim_nouns for t in named) else "ACCUSE"
        out.append(judgement_draft(verb, type_, speaker, named, sent, f"quoted-label:{verb.lower_}"))
        heads.add(verb.i)
    return out


def _time_anchor(token) -> bool:
    """Round 24e6: ``token`` (a nominal act) is the object of "after" / "since" on the main verb of
    its sentence (not of a relative clause: "a curfew that was imposed after clashes"): the act the
    sentence is dated from ("After an attack in the capital in 2015, a bill was proposed", "since the
    bombing of the embassy, ..."), an event even with nobody named."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ANCHOR_PREPS and prep.dep_ == "prep" and \
        prep.head.pos_ in ("VERB", "AUX") and prep.head.dep_ == "ROOT"


def _according_clause(token):
    """Round 24e6: the verb of the clause that ``token`` is the source of, in "according to TOKEN"
    ("According to the indictment, the mayor took bribes": took); else None."""
    to = token.head
    if token.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "according":
        return None
    verb = to.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != to.head.i else None


# Round 25e2: an offer and the act it offers are one event. "Brazil offered to mediate", "Germany
# offered to deploy experts", "the Council offered to send a fact-finding team": the gold codes the
# offered act (mode offered); the AGREE on the framing verb beside it is a second copy of that one
# act. The AGREE stays when its complement yields no event aimed at anyone ("offered to resign").

#: Verbs whose "to"-complement is the act offered or promised (the AGREE frame).
OFFER_FRAME_VERBS = frozenset({"offer", "pledge", "promise", "vow"})
#: Links from an offered act up to the frame's "to"-complement ("offered to host and chair the talks").
_OFFERED_LINKS = frozenset({"xcomp", "conj", "dobj", "pobj", "prep"})


def _to_complement(tok) -> bool:
    """``tok`` is a verb's "to"-complement: an xcomp, or an infinitive the parser hung as an
    adverbial clause after a time phrase ("had offered last year to set up patrols", round 26e2)."""
    return tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and tok.tag_ == "VB" and \
        not any(c.dep_ in ("dobj", "dative") for c in tok.head.children)  # "offered troops to help": a purpose


def offer_frame(d: Draft) -> bool:
    """``d`` is an AGREE on an offer verb with a "to"-complement ("offered to mediate")."""
    tok = d.cand.token
    return d.type == "AGREE" and tok.lemma_.lower() in OFFER_FRAME_VERBS and \
        any(_to_complement(c) and c.pos_ in ("VERB", "AUX") for c in tok.children)


def offered_act(d: Draft, frames: set[int]) -> int | None:
    """The token index of the offer frame (one of ``frames``) whose "to"-complement holds ``d``'s
    trigger: "offered to [host talks]", "offered to send a team and [mediate]"; else None. The
    last link below the frame is the complement itself (an xcomp), so "offered aid" (the offer
    verb's own object) never counts."""
    tok = d.cand.token
    if tok.i in frames:
        return None
    cur = tok
    for _ in range(5):
        if (cur.dep_ not in _OFFERED_LINKS and not _to_complement(cur)) or cur.head is cur:
            return None
        below, cur = cur, cur.head
        if cur.i in frames:
            return cur.i if _to_complement(below) else None
    return None


# Round 26e2: an offer whose act the lexicon does not code is still the offered act. "offered to
# take part in a joint investigation", "offered to send surveyors to help", "offered to host an
# emergency meeting": no event of the complement was kept, so the frame's AGREE (asserted) was the
# only one, of the wrong type and mode; GUIDELINES.md codes the offered act, mode offered ("offered
# to mediate"), and a promise's act as intended. The complement's verb (with its object or particle)
# gives the type; a verb outside these lists ("offered to look into it") leaves the AGREE.

#: Types of an offered act by the complement's verb lemma, or by (verb, object or particle) lemmas.
OFFERED_ACT_TYPES = {
    "CONSULT": frozenset({"mediate", "facilitate", "broker", "convene", "meet", "talk", "discuss",
                          "negotiate", "host", "chair", "visit", ("hold", "talks"), ("hold", "meeting"),
                          ("hold", "consultation"), ("open", "dialogue"), ("resume", "talks")}),
    "AID": frozenset({"send", "provide", "supply", "deliver", "donate", "fund", "finance", "help", "assist",
                      "contribute", "train", "rebuild", "lend", "evacuate", "fly", "deploy"}),
    "COOPERATE": frozenset({"cooperate", "collaborate", "coordinate", "partner", "share", ("take", "part"),
                            ("join", "investigation"), ("join", "patrol"), ("join", "effort"), ("set", "up"),
                            ("work", "with")}),
    "RETREAT": frozenset({"withdraw", "release", "free", "resign", ("pull", "back"), ("step", "down")}),
    "CONCEDE": frozenset({"allow", "let", "lift", "waive", "ease", "grant"}),
}
#: Lemmas of an offered "host" / "hold" object that make no meeting ("host refugees": AID).
_HOSTED_PEOPLE = frozenset({"refugee", "migrant", "people", "family", "child", "evacuee"})


def offered_act_type(d: Draft) -> str | None:
    """The type of the act an offer frame (``offer_frame``) offers, by its "to"-complement's verb:
    "offered to host talks" CONSULT, "pledged to send experts" AID, "offered to take part in an
    investigation" COOPERATE, "vowed to withdraw" RETREAT; None when the verb is in no list."""
    if any(c.dep_ in ("dobj", "dative") for c in d.cand.token.children):
        return None  # "offered its troops to help him": a thing offered, the frame's own object
    comp = next((c for c in d.cand.token.children if _to_complement(c) and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return None
    verb = comp.lemma_.lower()
    words = [c.lemma_.lower() for c in comp.children if c.dep_ in ("dobj", "prt")]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in comp.children):
        words.append("with")  # "work with": the preposition names the partner
    if verb == "host" and any(w in _HOSTED_PEOPLE for w in words):
        return "AID"
    for type_, forms in OFFERED_ACT_TYPES.items():
        if any((verb, w) in forms for w in words):
            return type_
    for type_, forms in OFFERED_ACT_TYPES.items():
        if verb in forms:
            return type_
    return None


# Round 25e2: a standing rule asks nobody. "although the rules of the bloc call for prior notice",
# "every step the treaty asks of us": a request verb whose subject is a norm in force says what the
# norm requires, no request made by anyone at the time; a resolution or a decision that calls on a
# party is a body's act and stays ("The resolution calls on Iran to ...").

#: Nouns of a norm in force (a rule, a law, a treaty and their parts).
NORM_NOUNS = frozenset({"rule", "law", "treaty", "charter", "convention", "article", "provision", "regulation",
                        "protocol", "statute", "constitution", "agreement", "code", "principle", "norm"})
#: Types that a norm in force does not perform.
NORM_TYPES = frozenset({"REQUEST"})


# Round 26e2: a procedure told under the law is no act. "Under the Constitution, the House impeaches
# the official and the Senate holds the trial", "Under Kenyan law, the police may hold a suspect for a
# day": a simple-present clause set under a legal order says what the order provides, not what anyone
# did; "Under the agreement, Russia withdrew its troops" (a past act) and "Under pressure, X frees ..."
# (no legal order) stay.

#: Nouns of a standing legal order ("under the constitution", "under international law").
LEGAL_ORDER_NOUNS = frozenset({"constitution", "law", "statute", "charter", "rule", "code", "legislation"})


def _under_law(verb) -> bool:
    """``verb`` (or the verb it is coordinated with) is a simple-present verb with an "under" phrase
    whose object is a legal order (``LEGAL_ORDER_NOUNS``)."""
    sheet, i = token_sheet(verb.doc), verb.i  # (no present tense on either: no Token made; round 30s5)
    if sheet.tags[i] not in _PRESENT_IDS and (sheet.deps[i] != _CONJ or sheet.tags[sheet.heads[i]] not in _PRESENT_IDS):
        return False
    for cur in (verb, verb.head if verb.dep_ == "conj" else None):
        if cur is None or cur.tag_ not in ("VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ != "MD" for c in cur.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in LEGAL_ORDER_NOUNS for p in c.children)
               for c in cur.children):
            return True
    return False


def _procedures_under_law(drafts: list[Draft]) -> None:
    """Drop (in place) a verb draft whose clause is a procedure under the law (``_under_law``)."""
    drafts[:] = [d for d in drafts if not (d.cand.pos == "verb" and d.cand.token.pos_ in ("VERB", "AUX")
                                           and _under_law(d.cand.token))]


# Round 26e2: a kind of act, not an act. "Deliberate attacks on peacekeepers may amount to war
# crimes", "Strikes on hospitals constitute a grave breach": a bare plural act noun (no determiner,
# owner or number) as the subject of a modal clause or of "amount to" / "constitute" says what such
# acts are, and reports none. "The attacks on the convoy may have been planned" (a determiner) and
# "Three attacks ... killed" (a number) stay.

#: Verbs that class a kind of act under a legal or moral heading.
CLASSING_VERBS = frozenset({"amount", "constitute"})
#: Modals of a generic statement about a kind of act.
GENERIC_MODALS = frozenset({"may", "might", "can", "could"})


def _generic_act(tok) -> bool:
    """``tok`` is a bare plural act noun, subject of a modal or classing clause (``_generic_acts``)."""
    if tok.tag_ != "NNS" or tok.dep_ != "nsubj" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    verb = tok.head
    return verb.lemma_.lower() in CLASSING_VERBS or any(
        c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in verb.children)


#: Articles of a singular noun that stands for any act of its kind.
INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _generic_instance(tok) -> bool:
    """Round 27e2: ``tok`` is a singular act noun with "a" / "an", subject of a present-tense copula
    with a predicate noun ("An attack on a school is a grave violation of the law"): what any such
    act is. "An attack on the convoy was a violation" (past: one act) stays."""
    verb = tok.head
    return tok.dep_ == "nsubj" and tok.tag_ == "NN" and verb.lemma_ == "be" and verb.tag_ == "VBZ" and \
        any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in tok.children) and \
        any(c.dep_ == "attr" for c in verb.children)


#: Round 34e17: verbs that stop or put off a measure before it is taken: the act their object names did not
#: happen ("Hungary vetoed the package of sanctions", "it blocked the release of the funds", "Washington should
#: delay its withdrawal": ``_blocked_act``).
BLOCKING_VERBS = frozenset({"veto", "block", "delay", "postpone", "defer"})


def _blocked_act(tok) -> bool:
    """Round 34e17: ``tok`` is an act noun that a blocking verb (``BLOCKING_VERBS``) takes as its object, or as
    the "of" complement of its object ("vetoed the package of sanctions against Russia", "blocked the release
    of 6.6 billion euros"): the veto is the event (a REJECT), the measure was never taken. "Blocked aid" (a
    verb trigger) and "protested the sanctions" are left alone."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        tok, head = head.head, head.head.head
    return tok.dep_ == "dobj" and head.lemma_.lower() in BLOCKING_VERBS


def _generic_acts(drafts: list[Draft]) -> None:
    """Drop (in place) a noun draft on a kind of act (``_generic_act``, ``_generic_instance``) or on a measure a
    veto stopped (``_blocked_act``, round 34e17)."""
    drafts[:] = [d for d in drafts if not (d.cand.pos == "noun" and (_generic_act(d.cand.token) or
                                                                     _generic_instance(d.cand.token) or
                                                                     _blocked_act(d.cand.token)))]


def _expected_visits(drafts: list[Draft]) -> None:
    """Round 26e2: "The envoy is expected in Khartoum on Monday": a visit someone is expected to make
    is to come (intended), not a meeting held; the CONSULT on "expected" takes that mode."""
    for d in drafts:
        tok = d.cand.token
        if d.type == "CONSULT" and d.mode == "asserted" and tok.lemma_.lower() == "expect" and \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            visitor = [c for c in tok.children if c.dep_ == "nsubjpass"] or (
                [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] if tok.dep_ == "conj" else [])
            named = [v for v in visitor if v.pos_ == "PROPN" or any(
                t.dep_ == "appos" and t.pos_ == "PROPN" for t in v.subtree)]  # "X's envoy, Y,"
            if not d.sources and not named:
                continue  # "The Chinese foreign minister is expected ...": left to the stage, as before
            d.mode = "intended"
            if not d.sources:  # the one expected is the visitor, not the visited
                d.sources = named
                d.targets = [t for t in d.targets if t.i not in {v.i for v in named}]


def _standing_rules(drafts: list[Draft]) -> None:
    """Drop (in place) a REQUEST whose verb's subject is a norm in force (``NORM_NOUNS``)."""
    drafts[:] = [d for d in drafts if not (d.type in NORM_TYPES and d.cand.pos == "verb" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in NORM_NOUNS for c in d.cand.token.children))]


# Round 27e2: one act told twice in a sentence, and an act with nobody behind it. "The raid is the
# third attack on a mine": the predicate noun names again the act its subject names. "abducted seven
# workers in an overnight raid": the raid is the abduction, not a second act. "struck the refinery,
# killing three workers": the deaths are the strike's toll. "ready to lend helicopters if asked":
# a condition with no subject names no one who asks.

#: Conjunctions of a condition whose clause may drop its subject ("if asked", "unless invited").
ELLIPTIC_CONDITION_MARKS = frozenset({"if", "unless"})


def _restated_act(tok, heads: set[int]) -> bool:
    """``tok`` (an act noun) is the predicate of a copula whose subject is an act noun of the
    sentence ("The raid is the third attack on a foreign-run mine")."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.i in heads for c in tok.head.children)


def _label_of_act(tok) -> bool:
    """``tok`` (an act noun, or a conjunct of one) is what a labelling verb calls its object noun
    ("Kask called the incident an attack on our energy security", "described the shelling as an
    attack on the nation"): a name given to an act the sentence names, no second act. "what it
    called a dangerous attack by the coast guard" names the act by its label only: it stays."""
    while tok.dep_ == "conj":
        tok = tok.head
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head if tok.dep_ == "oprd" else None
    return verb is not None and verb.lemma_.lower() in LABELLING_VERBS and \
        any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _setting_of_force(tok, kept: dict) -> bool:
    """``tok`` (an act noun) is the "in" / "during" phrase of a verb kept as an act of force
    ("abducted seven workers in an overnight raid", "killed two guards during an assault"): the
    verb's act, not another. ``_means_of_act`` keeps the noun when the verb is another kind of act
    ("freed six hostages in a raid"). ``kept``: token index -> types of the kept events."""
    verb = _means_head(tok)
    return verb is not None and verb.pos_ == "VERB" and bool(kept.get(verb.i, set()) & MEANS_TYPES)


def _toll_of_attack(tok, kept: dict) -> bool:
    """``tok`` (an ASSAULT verb, with no subject of its own but a relative "which") tells what an
    attack kept earlier in its sentence did: a participle after a comma, after a verb kept as an
    ASSAULT ("a drone struck the refinery, setting fire to two tanks and killing three workers"), or
    a clause ", which killed ..." after a noun kept as one ("the shelling of the city, which has
    killed forty civilians"). The parser may hang either on the last noun before the comma, so
    the kept attack is looked for before the clause, not among its heads."""
    lead = tok
    while lead.dep_ == "conj":
        lead = lead.head
    first = lead.left_edge
    if first.i == 0 or first.doc[first.i - 1].lower_ != ",":
        return False
    subjects = [c for c in lead.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lead.tag_ == "VBG" and lead.dep_ in ("advcl", "acl") and not subjects:
        kind = "VERB"  # ", killing three workers"
    elif lead.dep_ == "relcl" and [c.tag_ for c in subjects] == ["WDT"]:
        kind = "NOUN"  # ", which killed forty civilians"
    else:
        return False
    return any("ASSAULT" in types and lead.sent.start <= i < first.i and tok.doc[i].pos_ == kind
               for i, types in kept.items())


def force_retold(d: Draft, kept: dict) -> bool:
    """Round 27e2: ``d`` tells again an act of force that a kept event of its sentence tells (the
    raid of "abducted seven workers in an overnight raid", the killing of "struck the refinery,
    killing three workers"). ``kept``: token index -> types of the document's kept events; the
    stage asks once its events are kept, so that a verb dropped for want of a doer leaves the
    noun or the participle as its sentence's event."""
    if d.cand.pos == "noun":
        return d.type in MEANS_TYPES and _setting_of_force(d.cand.token, kept)
    return d.type == "ASSAULT" and _toll_of_attack(d.cand.token, kept)


def _elliptic_condition(tok) -> bool:
    """``tok`` (a verb) heads a condition with no subject of its own ("if asked", "unless invited")."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ELLIPTIC_CONDITION_MARKS
                                       for c in tok.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children)


def _told_twice(drafts: list[Draft], heads: set[int]) -> None:
    """Drop (in place) a restated act noun (``_restated_act``), an act noun given as a label
    (``_label_of_act``) and an act in an elliptic condition (``_elliptic_condition``): no new act,
    or nobody named who acts (round 27e2)."""
    drafts[:] = [d for d in drafts if not (d.cand.pos == "noun" and (_restated_act(d.cand.token, heads) or
                                                                     _label_of_act(d.cand.token)) or
                                           d.cand.pos == "verb" and _elliptic_condition(d.cand.token))]
