"""Who did it to whom: source and target arguments of a trigger, from the parse.

Rules decide roles (the classifier never does):
- active voice: subject -> source, direct object / dative -> target;
- passive voice: agent ("by X") -> source, passive subject -> target;
- prepositions listed for the type in the lexicon (``target_preps``) -> target;
- an entry marked ``^swap`` ("receive a call", "face sanctions") exchanges the two (the host of a
  visit is its source since round 31e10);
- a clause without a subject inherits it: from the verb it is coordinated with
  ("arrived in Kabul and met ..."), from the controlling object ("urged Iran to
  ...") or subject ("agreed to ...") of the verb governing it, from the noun a
  relative clause modifies;
- coordination ("the deputy prime ministers, the Minister of Defense and the
  Minister of Interior") gives several arguments of one event;
- nominal events: possessor / actor modifier / "by X" -> source, "to/on/with X" -> target;
  an act noun that is the subject of a verb of its type gives the verb its parties ("the
  attack ..., carried out by X, killed ..."), and one judged by a speech act stands for its
  doer ("condemned the Russian invasion of Ukraine" -> Russian);
- a headline's bare participle is a passive ("Opposition leader arrested in Lima"), and so is
  a verb that always takes an object and has none ("with 30 soldiers killed"); a tenure names
  the doer of a passive act ("banned during X's presidency");
- "accused X of firing", "praised X for helping": X does the gerund's act (and the act's
  to-clause: "accused X of sending troops to back Y"); a "by X" hung on a judging verb names the
  doer of the judged act; "the border with X" is X; "Y accused X of massing troops": aimed at Y.

Example handled: "Kabul was visited by Shoigu" -> source Shoigu, target Kabul.
Not handled: pronoun resolution across sentences ("He met ..." keeps no source).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import IDS

from .. import resources
from ..syntax import OBJECT_DEPS, PREP_DEPS, children_with, conjuncts, judged_by, label_ids
from ..syntax import prep_objects as _pobjs
from ..views import TokenSheet, sentence_of, token_offsets, token_sheet
from .triggers import Candidate

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
#: Clause links through which a subject-less verb inherits an argument.
CONTROL_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp"})
#: Types of acts done by speaking ("accused", "asked", "rejected"): a speaker's, not a report's.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
#: Nominal-event prepositions whose object is the source ("the visit of the minister").
NOMINAL_SOURCE_PREPS = frozenset({"by", "from"})
#: Types of a nominal attitude whose "among" group holds it ("criticism among lawmakers", "anger among
#: residents at the new tax"; round 24e6).
AMONG_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
_AMONG = frozenset({"among", "amongst"})
#: Types whose "between X and Y" names both parties (of a noun) or the parties acted between (of a verb).
BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Nominal types whose trigger said of someone names the doer ("X is a critic of Y").
PREDICATE_TYPES = frozenset({"ACCUSE", "SUPPORT"})
#: Verbs that say a predicate noun of their subject.
COPULAS = frozenset({"be", "become", "remain"})
#: Types whose nominal "of" argument is the one acted upon ("the arrest of X").
OF_IS_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "AID", "SUPPORT"})
#: Round 29e3: types of the states a noun names that whoever is "in" them undergoes ("citizens who
#: remain in detention", "a reporter who is in custody"): the holder is the target, not the doer (``_holder``).
UNDERGONE_TYPES = frozenset({"COERCE", "SANCTION"})
#: Prepositions of a gerund whose doer is the governing verb's object ("accused X of firing",
#: "praised X for helping", "warned X against sending troops").
JUDGED_ACT_PREPS = frozenset({"of", "for", "against"})
#: Verbs whose "on X" names who must act ("called on Iran to withdraw").
OBJECT_CONTROL_PREP_VERBS = frozenset({"call", "prevail", "rely", "count"})
#: Verbs whose addressee, the one who must act, follows another preposition ("appealed to Iran to
#: withdraw", "pleaded with both sides to stop"; round 20b).
ADDRESSEE_PREP_VERBS = {"appeal": frozenset({"to"}), "plead": frozenset({"with"})}
#: Verbs whose to-clause says the subject's purpose, not what the object is to do ("summoned the
#: ambassador to protest", "convened the council to discuss").
PURPOSE_VERBS = frozenset({"summon", "convene", "use", "telephone", "phone", "visit"})  # round 22c: contact verbs
#: Prepositions whose "with X" names one who acts with the subject ("along with", "together with").
COMPANION_PREPS = frozenset({"along", "together"})
#: Particles of an aimed act whose object is the one aimed at, the direct object being what is
#: fired or driven ("fired rockets at the base", "rammed a truck into the checkpoint").
INSTRUMENT_PREPS = frozenset({"at", "on", "into"})
#: Prepositions whose border noun names the side beyond it ("massed troops along the Ugandan border").
BORDER_PREPS = frozenset({"along", "on", "at", "toward", "towards", "across"})
#: Nouns of a border, whose "with X" names the one on the other side ("the border with Peru").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
#: Entity labels that are never participants (dates, amounts).
NON_PARTICIPANT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
#: Nouns of amount or membership that stand for the group they count or belong to ("dozens of
#: protesters", "sanctions on the members of the junta").
QUANTITY_NOUNS = frozenset({"tens", "hundreds", "thousands", "millions", "dozens", "scores", "group",
                            "number", "crowd", "handful", "majority", "members"})
#: Types whose addressee can be the subject of a that-clause ("demanded that X ...").
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE"})
#: Entity labels that can own an object ("the Indian proposal", "Serbia's crackdown").
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
#: Pronouns resolved to a noun subject of a governing clause in the same sentence: the
#: entries tagged ``resolvable`` in this resource.
PRONOUNS_FILE = "actors/pronouns.en.tsv"
#: How far up the clause chain to look for an inherited subject.
MAX_INHERIT_HOPS = 4
#: Quotation marks a pronoun does not resolve across.
QUOTE_MARKS = frozenset({"\"", "\u201c", "\u201d"})
#: Prepositions on a verb's object that name whom the act is aimed at when the verb itself
#: has no target ("threatened further action against Russia", "cut off electricity to X").
OBJECT_TARGET_PREPS = frozenset({"to", "with", "against", "on", "into", "toward", "towards", "for", "from", "at"})
#: Speech acts and commitments without a target of their own that take the target of the
#: clause they govern ("threatened to break relations with Russia", "refused to deploy troops to Iraq").
GOVERNING_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})
#: Types that judge an act: their object act noun stands for its doer ("condemned the Russian
#: invasion" -> Russia, "demanded the withdrawal of Peruvian troops" -> Peruvian troops).
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "REQUEST"})
#: Verbs of "X is to blame": the subject is the target.
BLAME_VERBS = frozenset({"blame"})
#: Final characters of a sentence that is no headline.
HEADLINE_STOPS = frozenset('.!?"”')
#: Dependents that make a headline's past-tense verb active ("Senate passed the bill").
HEADLINE_ACTIVE_DEPS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "obj", "dative", "ccomp", "xcomp"})
#: Verbs that always take an object: one with a subject but no object is a participle the parser
#: read as active ("with 30 fighters killed", "20 protesters arrested on Monday were released").
OBJECT_ONLY_VERBS = frozenset({"kill", "wound", "injure", "arrest", "detain", "capture", "abduct", "kidnap",
                               "execute", "jail", "imprison", "deport", "torture", "behead", "massacre"})
#: Nominal types whose "at the X of Y" names the one the clause is about as the one asked or
#: invited ("entered at the request of the president", "are there at the invitation of Z").
INVITING_TYPES = frozenset({"AGREE", "REQUEST"})
#: Types whose passive subject is the force that moves, standing for its side ("troops were sent").
FORCE_TYPES = frozenset({"MOBILIZE"})
#: Prepositions of a passive act naming the act noun of its type it happened in ("killed in an
#: ambush by X").
ACT_SETTING_PREPS = frozenset({"in", "during"})
#: Prepositions and nouns of a tenure that name who did a passive act ("banned under Soto's rule").
TENURE_PREPS = frozenset({"during", "under"})
TENURE_NOUNS = frozenset({"presidency", "rule", "government", "administration", "regime", "reign", "tenure",
                          "premiership", "leadership"})
#: Tokens (comma, adverb) between an act noun and a participle the parser hung on the verb.
MAX_PARTICIPLE_GAP = 3
#: Entity labels of a quantifying preposition ("kidnapped up to 16 advisers").
QUANTIFIER_ENTS = frozenset({"CARDINAL", "QUANTITY"})
#: Prepositions whose named object is where an act happens ("in Lima", "near the border").
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside"})

#: Verbs of a third party that hosts or convenes talks between others ("Qatar hosted talks between
#: the US and the Taliban", "after talks hosted by the EU"): the talks' parties are the event's.
HOST_VERBS = frozenset({"host", "convene"})

#: Types whose noun's "on X" / "about X" is the topic, not a party ("held talks on the situation in
#: Myanmar", "an agreement on fisheries"), unlike "sanctions on X" or "an attack on X".
TOPIC_ON_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_PREP, _POBJ, _DOBJ, _DET = (get_string_id(label) for label in ("prep", "pobj", "dobj", "det"))
_PREP_DEP_IDS = label_ids(PREP_DEPS)  # the relations ``prep_objects`` reads a preposition under
#: One-preposition sets that the rules below pass to ``prep_objects`` (made once, not per call).
_OF = frozenset({"of"})
_BY = frozenset({"by"})
_BETWEEN = frozenset({"between"})
_WITH = frozenset({"with"})
_NUM, _NOUN, _PROPN, _ADJ = IDS["NUM"], IDS["NOUN"], IDS["PROPN"], IDS["ADJ"]
_NOUN_PROPN = frozenset({IDS["NOUN"], IDS["PROPN"]})
_VERB_AUX = frozenset({IDS["VERB"], IDS["AUX"]})
_CONTROLLING_POS = frozenset({IDS["VERB"], IDS["AUX"], IDS["ADJ"]})
_RELCL, _PCOMP, _AUX = get_string_id("relcl"), get_string_id("pcomp"), get_string_id("aux")
_WDT, _WP, _WP_POSS = get_string_id("WDT"), get_string_id("WP"), get_string_id("WP$")
#: Relations of an adjective that predicates of the verb's subject ("is ready to ...").
_PREDICATE_IDS = label_ids(frozenset({"acomp", "xcomp", "oprd"}))
_CONTROLLED_IDS = label_ids(frozenset({"xcomp", "advcl"}))
_PROPN_PRON = frozenset({IDS["PROPN"], IDS["PRON"]})
_POSS, _AMOD = get_string_id("poss"), get_string_id("amod")
#: Relations of a noun's modifiers that name the doer of its act ("Peru's", "a police", "US").
_NOMINAL_OWNER_IDS = label_ids(frozenset({"poss", "compound", "nmod"}))
_ROOT, _ACL, _CONJ, _XCOMP = (get_string_id(label) for label in ("ROOT", "acl", "conj", "xcomp"))
_VBN, _VBD, _CCOMP = get_string_id("VBN"), get_string_id("VBD"), get_string_id("ccomp")
_VBG, _NSUBJ = get_string_id("VBG"), get_string_id("nsubj")
_EXPL, _COMPOUND = get_string_id("expl"), get_string_id("compound")
_PAST_TAGS = label_ids(frozenset({"VBD", "VBN"}))
_FINITE_TAGS = label_ids(frozenset({"VBZ", "VBP", "VBD"}))
_SUBJECT_IDS, _PASSIVE_SUBJECT_IDS = label_ids(SUBJECT_DEPS), label_ids(PASSIVE_SUBJECT_DEPS)
_OBJECT_IDS, _HEADLINE_ACTIVE_IDS = label_ids(OBJECT_DEPS), label_ids(HEADLINE_ACTIVE_DEPS)
_PASSIVE_MARK_IDS = label_ids(frozenset({"auxpass", "nsubjpass"}))
_LIGHT_IDS = label_ids(OBJECT_DEPS | {"nsubjpass", "attr", "pobj"})
#: Relations of the words of a noun phrase left and right of its head (``mention_span``).
_PHRASE_LEFT_IDS = label_ids(frozenset({"compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"}))
_PHRASE_RIGHT_IDS = label_ids(frozenset({"compound", "flat", "appos"}))
_QUANTITY_ENT_IDS = label_ids(frozenset({"CARDINAL", "QUANTITY"}))
_NON_PARTICIPANT_IDS = label_ids(NON_PARTICIPANT_ENTS)


def _children(tok, deps) -> list:
    return children_with(tok, frozenset(deps))


def is_passive(tok) -> bool:
    s, i = token_sheet(tok.doc), tok.i
    return any(s.deps[c] in _PASSIVE_MARK_IDS for c in s.kids[i]) or \
        s.tags[i] == _VBN and s.deps[i] == _ACL and not _predicate_participle(tok) and not _noun_content_clause(tok)


def _noun_content_clause(tok) -> bool:
    """"reports that armed groups have blocked villagers": a participle the parser hung on a noun
    that has a subject of its own is the active verb of the noun's content clause, no passive."""
    s, i = token_sheet(tok.doc), tok.i
    return any(s.deps[c] in _SUBJECT_IDS for c in s.kids[i])


def _predicate_participle(tok) -> bool:
    """"The Red Cross, a Geneva-based charity, provided food": a participle the parser hung on the
    root noun of a sentence that has no verb of its own, past a comma, in a sentence with a final
    stop (no headline), is that sentence's active verb."""
    head = tok.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or tok.i < head.i:
        return False
    sent = sentence_of(tok.doc, tok.i)
    return sent.text.rstrip()[-1:] in HEADLINE_STOPS and any(
        c.dep_ == "punct" and c.text == "," and head.i < c.i < tok.i for c in head.children)


def _headline_participle(tok) -> bool:
    """A headline's bare participle is a passive ("Opposition leader airlifted to Berlin"):
    the root of a document's title line (no final stop, text after a line break), with no
    auxiliary and no object."""
    s, i = token_sheet(tok.doc), tok.i
    if s.deps[i] != _ROOT or s.tags[i] not in _PAST_TAGS or any(s.deps[c] in _HEADLINE_ACTIVE_IDS for c in s.kids[i]):
        return False
    sent = sentence_of(tok.doc, tok.i)  # a title line: the document goes on after a line break
    return sent.start == 0 and sent.text.rstrip()[-1:] not in HEADLINE_STOPS and sent.end < len(tok.doc) \
        and "\n" in sent.text_with_ws


def _reduced_passive(tok) -> bool:
    """A verb of ``OBJECT_ONLY_VERBS`` in the past with a subject, no auxiliary, no object and no
    clause (none on a verb coordinated with it either: "rebels kidnapped and killed two
    workers" shares the object) reads as a passive participle."""
    s, i = token_sheet(tok.doc), tok.i
    deps, kids = s.deps, s.kids
    if s.lemmas[i] not in OBJECT_ONLY_VERBS or s.tags[i] not in _PAST_TAGS \
            or not any(deps[c] in _SUBJECT_IDS for c in kids[i]) \
            or any(deps[c] in _HEADLINE_ACTIVE_IDS for c in kids[i]):
        return False
    return not any(deps[c] == _CONJ and any(deps[o] in _OBJECT_IDS for o in kids[c]) for c in kids[i])


def _shared_modal_subject(verb) -> list:
    """Round 27e5: "he can and may declare an emergency", "Kenya could and would expel him": the
    parser hangs the subject on the first modal and leaves the verb of the second without one; the
    subject of that first modal, when "and"/"or" joins it to the verb's own first auxiliary."""
    s, i = token_sheet(verb.doc), verb.i
    if not any(s.deps[c] == _AUX and c < i for c in s.kids[i]):
        return []  # (most verbs: no auxiliary before them, no walk of the children; round 30s5)
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if not aux or aux[0].i < 2:
        return []
    joint, modal = verb.doc[aux[0].i - 1], verb.doc[aux[0].i - 2]
    if joint.lower_ not in ("and", "or") or joint.head.i != modal.i or modal.tag_ != "MD":
        return []
    return [s for c in modal.children if c.dep_ == "nsubj" for s in conjuncts(c)]


def subject_of(tok, hops: int = 0, clause: bool = False) -> list:
    """The active subject of a verb, inherited through coordination and control (``clause``: the
    verb asked for is a to-clause below ``tok``, not a verb coordinated with it)."""
    sheet, i = token_sheet(tok.doc), tok.i
    deps, kids, dep, up = sheet.deps, sheet.kids, sheet.deps[i], sheet.heads[i]
    subj = [sheet.doc[c] for c in kids[i] if deps[c] in _SUBJECT_IDS]
    if dep == _RELCL and subj and all(sheet.tags[x.i] == _WDT for x in subj) and _among_those(tok.head):
        subj = _among_those(tok.head)  # "Cuba and Iran were among those that voted against" (round 22b)
    elif dep == _RELCL and subj and all(sheet.tags[x.i] == _WDT for x in subj):
        # "signed a decree that bars ...": the relative pronoun stands for the instrument
        # "Bolivia, which is at war with ...": the named noun the clause is said of
        subj = _instrument_author(tok.head) or (conjuncts(tok.head) if _named_head(tok.head) else subj)
    elif dep == _RELCL and subj and all(sheet.tags[x.i] == _WP for x in subj) and sheet.pos[up] in _NOUN_PROPN:
        subj = [tok.head]  # "Ana Soto, who accused Peru ...": the one the clause is said of
    elif dep == _RELCL and subj and sheet.pos[up] in _NOUN_PROPN and all(
            any(sheet.tags[c] == _WP_POSS for c in sheet.kids[x.i]) for x in subj):
        subj = [tok.head]  # "a militia whose fighters shelled the town": the militia, whose own they are
    if subj:
        return [s for x in subj for s in conjuncts(x) if deps[s.i] != _EXPL or s is not x]
    if any(deps[c] in _PASSIVE_SUBJECT_IDS for c in kids[i]):
        return []
    if hops >= MAX_INHERIT_HOPS:
        return []
    coordinate = _coordinated_22b(sheet, i)
    if coordinate is not None:  # "Chad demanded ..., warned that ... and said ...": Chad (round 22b)
        return subject_of(sheet.doc[coordinate], hops + 1)
    if dep == _ROOT and i:
        k = i - 1  # the word before the verb and its auxiliaries ("..., Ana Soto, will call")
        while k > 0 and (deps[k] == _AUX and sheet.heads[k] == i or sheet.lowers[k] == ","):
            k -= 1
        last = sheet.doc[k]
        if sheet.pos[k] == _PROPN and last.dep_ in ("appos", "conj") and \
                any(a.dep_ == "pobj" and a.head.head.i == i for a in last.ancestors):
            # "In Goma, rebel leader Ana Soto called ...", "At the invitation of X, Y's minister, Ana
            # Soto, will visit ...": the parser hung her on the fronted phrase
            return [last]
    shared = _shared_modal_subject(tok)
    if shared:  # "he can and may declare an emergency": the first modal's subject (round 27e5)
        return shared
    head, up_pos = tok.head, sheet.pos[up]
    if sheet.pos[i] == _ADJ and dep in _PREDICATE_IDS:
        return subject_of(head, hops + 1)  # "France is ready to contribute ..."
    if dep == _RELCL or (dep == _ACL and not is_passive(tok)):
        return _instrument_author(head) or conjuncts(head)
    if dep == _CONJ and up_pos in _VERB_AUX:
        past = _past_clause_before(sheet, i, up)
        if past is not None:  # "fighters crossed from Somalia and attacked the post": the fighters (29e3)
            return subject_of(sheet.doc[past], hops + 1)
        if _backshifted(sheet, i, up) or _finite_after_infinitive(sheet, i, up) or \
                _after_reported_passive(sheet, i, up) or _after_reported_present(sheet, i, up):
            # "X said Y had held up lorries and asked Z to ...", "urged Y to withdraw and asked Z": X asked
            return subject_of(head.head, hops + 1)
        if sheet.tags[i] == sheet.tags[up] == _VBG and deps[up] == _PCOMP:
            return subject_of(head, hops, clause)  # "accused of commanding and arming": as the first gerund (21b)
        return subject_of(head, hops + 1)
    if dep in _CONTROLLED_IDS and up_pos in _CONTROLLING_POS:
        # object control: "urged Iran to withdraw", "called on Iran to withdraw"
        objs = _children(head, OBJECT_DEPS) if sheet.lemmas[up] not in PURPOSE_VERBS else []
        objs = [o for o in objs if sheet.pos[o.i] != _NUM]  # "voted 13 to 2 to reject": a count asks nobody (22b)
        called_on = not objs and (sheet.lemmas[up] in OBJECT_CONTROL_PREP_VERBS or sheet.lemmas[up] in ADDRESSEE_PREP_VERBS)
        if called_on:  # the parser often hangs "to halt" of "called on X to halt" as an advcl
            objs = _pobjs(head, ADDRESSEE_PREP_VERBS.get(sheet.lemmas[up], frozenset({"on", "upon"})))
        if objs and (dep == _XCOMP or called_on and any(deps[c] == _AUX and sheet.lowers[c] == "to"
                                                        for c in kids[i])):
            if _ordered_subordinate(head, objs):  # "I have ordered the Chief of Staff to deploy": I deploy
                return subject_of(head, hops + 1)
            return [s for o in objs for s in conjuncts(o)]
        passive = [sheet.doc[c] for c in kids[up] if deps[c] in _PASSIVE_SUBJECT_IDS] if dep == _XCOMP else []
        if passive:  # "Canada is expected to sign", "Iran was urged to withdraw": the one to do it
            return [s for x in passive for s in conjuncts(x)]
        return subject_of(head, hops + 1, clause=True)
    if dep == _PCOMP:
        # "accused Chile of firing on ...", "Peru was praised for helping", "warned Japan against
        # sending warships": the one judged or warned does it
        # (not for a verb the parser coordinated with the gerund: "accused X of stalling ... and
        # called on Y"; but for its to-clause: "accused X of sending troops to back the rebels")
        judged, first = head.head, _first_conjunct(head.head)
        direct = not hops or clause
        if head.lower_ in JUDGED_ACT_PREPS and direct and judged.pos_ in ("NOUN", "PROPN") and \
                _actorlike([first]) and first.dep_ in OBJECT_DEPS and first.head.pos_ == "VERB":
            return conjuncts(first)  # "accused Peru and its allies of arming ...": "of" hung on the object
        objs = _children(judged, OBJECT_DEPS | PASSIVE_SUBJECT_DEPS) if head.lower_ in JUDGED_ACT_PREPS and \
            judged.pos_ == "VERB" and direct else []
        if head.lower_ in JUDGED_ACT_PREPS and direct and (relative := _judged_relative(judged, objs)):
            return relative  # "Uganda, which UN experts accused of arming the rebels": Uganda arms
        return [s for o in objs for s in conjuncts(o)] or subject_of(judged, hops + 1)
    return []


def _backshifted(sheet: TokenSheet, i: int, up: int) -> bool:
    """A simple past speech act ``i`` the parser coordinated with a pluperfect reported clause
    ``up`` ("said the soldiers had stayed on their side and accused Chile of ..."): the tense and
    the act say it goes on with the past reporting verb, not with the report (a material act
    shares the report's "had": "said troops had crossed the border and attacked a post")."""
    from .lexicon import load_lexicon, load_modality

    deps, tags, kids, lemmas = sheet.deps, sheet.tags, sheet.kids, sheet.lemmas
    verb, reporting = sheet.heads[up], load_modality().reporting_verbs
    if tags[i] != _VBD or any(deps[c] == _AUX for c in kids[i]) or deps[up] != _CCOMP or \
            tags[verb] != _VBD or lemmas[verb] not in reporting or \
            not any(deps[c] == _AUX and sheet.lowers[c] == "had" for c in kids[up]):
        return False
    entries = load_lexicon().verbs.get(lemmas[i], ())
    return lemmas[i] in reporting or bool(entries) and all(e.type in VERBAL_TYPES for e in entries)


def _after_reported_passive(sheet: TokenSheet, i: int, up: int) -> bool:
    """A simple past speech act ``i`` the parser coordinated with a passive or a copular clause
    ``up`` of a report ("said that he had told them the aid was tied to reforms but denied that
    ...", "... the aid was conditional on X but denied ..."): the patient or the thing described
    ("the aid") speaks no denial, the one who reports does (round 25e5). Only a verb whose lexicon
    entries are all verbal acts (or a reporting verb), with no auxiliary of its own, after a
    reported passive with no active subject or a "be" with a predicate."""
    deps, tags, kids, lemmas = sheet.deps, sheet.tags, sheet.kids, sheet.lemmas
    if tags[i] != _VBD or any(deps[c] == _AUX for c in kids[i]) or deps[up] != _CCOMP:
        return False
    passive = any(deps[c] in _PASSIVE_SUBJECT_IDS for c in kids[up]) and \
        not any(deps[c] in _SUBJECT_IDS for c in kids[up])
    state = lemmas[up] == "be" and any(deps[c] in _PREDICATE_IDS for c in kids[up])  # "the aid was contingent on ..."
    if not passive and not state:
        return False
    return _speech_verb(sheet, i)


def _speech_verb(sheet: TokenSheet, i: int) -> bool:
    """A reporting verb, a verb whose lexicon entries are all verbal acts, or "call" with "on" /
    "upon" (a request: "called on both governments to ...")."""
    from .lexicon import load_lexicon, load_modality

    lemmas = sheet.lemmas
    if lemmas[i] in load_modality().reporting_verbs:
        return True
    if lemmas[i] == "call" and any(sheet.deps[c] == _PREP and sheet.lowers[c] in ("on", "upon")
                                   for c in sheet.kids[i]):
        return True
    entries = load_lexicon().verbs.get(lemmas[i], ())
    return bool(entries) and all(e.type in VERBAL_TYPES for e in entries)


#: Tags of a verb in the present ("curfews seldom stop riots": the parser tags some as the base form).
_PRESENT_TAGS = label_ids(frozenset({"VBZ", "VBP", "VB"}))
_MD = get_string_id("MD")


def _after_reported_present(sheet: TokenSheet, i: int, up: int) -> bool:
    """A simple past speech act ``i`` the parser coordinated with a reported clause ``up`` in the
    present or under a modal ("said the agency would continue its work and appealed to members to
    ...", "said closures seldom stop epidemics, and asked Zambia to ..."): a past verb cannot share
    the report's "would" or its present tense, so it goes on with the past reporting verb above
    (round 26e1, beside ``_backshifted`` and ``_after_reported_passive``). Only when the clause has
    a subject of its own and the verb above reports in the past."""
    from .lexicon import load_modality

    deps, tags, kids = sheet.deps, sheet.tags, sheet.kids
    verb = sheet.heads[up]
    if tags[i] != _VBD or any(deps[c] == _AUX for c in kids[i]) or deps[up] != _CCOMP or \
            tags[verb] != _VBD or sheet.lemmas[verb] not in load_modality().reporting_verbs or \
            not any(deps[c] in _SUBJECT_IDS for c in kids[up]):
        return False
    modal = any(deps[c] == _AUX and tags[c] == _MD for c in kids[up])
    present = tags[up] in _PRESENT_TAGS and not any(deps[c] == _AUX for c in kids[up])
    return (modal or present) and _speech_verb(sheet, i)


def _first_conjunct(tok):
    """The first of the coordinated words ``tok`` belongs to ("Peru" for "allies" in "Peru and its allies")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


#: Conjunctions the parser can read as prepositions before a clause ("X accuses Y as UN envoy
#: pleads for calm": "envoy" hung on "as" as its object).
CLAUSE_CONJUNCTIONS = frozenset({"as", "while", "after", "before", "since", "until", "because", "when"})
#: Words before "as" that make it list members, not open a clause ("such as", "as well as").
LISTING_BEFORE_AS = frozenset({"such", "well"})


def _conjunction_subject(tok) -> list:
    """"Chad accuses Sudan's army of shelling town as UN envoy pleads for calm": a finite verb right
    after the object of a conjunction the parser read as a preposition has that object as its
    subject ("envoy"), not one taken from far before ("army") or none; [] elsewhere."""
    s, i = token_sheet(tok.doc), tok.i
    if s.tags[i] not in _FINITE_TAGS or i == 0:
        return []
    if s.deps[i - 1] != _POBJ and s.deps[i - 1] != _COMPOUND:
        return []  # (the word before is no object nor part of one: no Token made; round 30s5)
    subj = [c for c in s.kids[i] if s.deps[c] in _SUBJECT_IDS]
    noun = tok.doc[i - 1]
    while noun.dep_ == "compound" and noun.head.i < i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != i - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    prep = noun.head
    if prep.lower_ not in CLAUSE_CONJUNCTIONS or not all(c < prep.i for c in subj) or \
            prep.i > 0 and tok.doc[prep.i - 1].lower_ in LISTING_BEFORE_AS:
        return []  # "countries such as Chile condemned", "Peru as well as Chile condemned": a list
    return conjuncts(noun)


def _stranded_subject(tok) -> list:
    """Round 26e3: "Athens sends frigates and Ankara rejects protest": a headline's second finite verb
    with no subject of its own, right after a name the parser hung as one more object of the first
    verb ("frigates and Ankara"), has that name as its subject, not the first verb's; [] elsewhere."""
    s, i = token_sheet(tok.doc), tok.i
    if s.tags[i] not in _FINITE_TAGS or s.deps[i] != _CONJ or i == 0 or \
            any(s.deps[c] in _SUBJECT_IDS or s.deps[c] in _PASSIVE_SUBJECT_IDS for c in s.kids[i]):
        return []
    name = tok.doc[i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i >= i or name.head.dep_ not in OBJECT_DEPS \
            or name.head.head.i != s.heads[i] or not any(c.dep_ == "cc" for c in name.head.children):
        return []
    return [name]


def _named_head(tok) -> bool:
    """A name a relative clause can be said of ("Bolivia, which ...", "the Governments of Peru and
    Chile, which ...", "Assad's regime, which ...": not a named body's text, "a Security Council
    resolution that aims to ...")."""
    from .speech import load_speech_cues

    return tok.pos_ == "PROPN" or tok.ent_type_ in OWNER_ENTS or tok.pos_ == "NOUN" and (any(
        p.pos_ == "PROPN" or p.ent_type_ in OWNER_ENTS for p in _pobjs(tok, _OF)) or _owner_like(tok)
        and tok.lemma_.lower() not in load_speech_cues().instrument_nouns)


def _instrument_author(noun) -> list:
    """Who issued a legal instrument ("Chahed signed a decree banning ...", "the law passed by
    parliament that bars ..."): the subject of the issuing verb it is the object of, or its agent."""
    from .speech import load_speech_cues

    cues = load_speech_cues()
    if noun.lemma_.lower() not in cues.instrument_nouns:
        return []
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in cues.issuing_verbs:
        return subject_of(noun.head, MAX_INHERIT_HOPS - 1)
    return [p for c in noun.children if c.dep_ == "acl" for p in _pobjs(c, _BY)]


def _retained_object_agents(verb, objects: list) -> list:
    """The agent of a passive verb with an object of its own whose "by" phrase the parser hung on
    that object ("was denied entry to the camp by the border police", "were refused visas by the
    embassy"): the "by" objects of the retained object, when the verb has no agent itself; [] else
    (round 25e3). An act noun's own doer ("the arrest of X by Y" as the object) is no such phrase:
    only a retained object of a passive verb is looked at."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    return [a for o in objects if o.dep_ == "dobj" and o.pos_ == "NOUN" and not o.ent_type_
            for a in _pobjs(o, _BY) if a.pos_ in ("NOUN", "PROPN")]


#: Object pronouns of one person (round 31e10: they may stand for the object of the verb before).
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her"})
#: Offices one person holds: an object "him"/"her" may stand for (round 31f2).
PERSON_OFFICES = frozenset({"ambassador", "envoy", "emissary", "minister", "president", "premier", "chancellor",
                            "king", "queen", "emir", "prince", "secretary", "diplomat", "official", "commander",
                            "general", "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson",
                            "counterpart", "representative", "delegate", "consul", "governor", "mayor", "deputy"})


def object_before(pron) -> list:
    """Round 31e10: "summoned the Lao ambassador and handed him a note": an object "him"/"her" of a
    verb coordinated after another verb stands for that verb's one direct object, a person's name or
    a singular office noun ("the ambassador"), not for a person the actors stage links it to from
    an earlier sentence; [] elsewhere (a plural or pronoun object, no earlier verb, and since round
    31f2 a place or a thing: "called Paris and asked him ...", "read the statement and urged
    him ..."). "them" is the stage's (``_shared_object``, round 28e3)."""
    verb = pron.head
    if pron.lower_ not in PERSON_OBJECT_PRONOUNS or pron.dep_ not in ("dobj", "dative") or \
            verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    one = objects[0] if len(objects) == 1 and objects[0].tag_ in ("NN", "NNP") else None
    return [one] if one is not None and (one.ent_type_ == "PERSON" or one.lemma_.lower() in PERSON_OFFICES) else []


def _own_prep_objects(s: TokenSheet, tok):
    """``prep_objects`` of ``tok`` (called with the prepositions and ``exclude``) for the many
    preposition sets one argument reading asks about: the words of ``tok``'s own prepositions are
    read once, and a set holding none of them gives ``[]`` with no walk of its children (most
    sets, most triggers: round 29s4)."""
    own = {s.lowers[c] for c in s.kids[tok.i] if s.deps[c] in _PREP_DEP_IDS}
    return lambda preps, exclude=(): [] if own.isdisjoint(preps) else _pobjs(tok, preps, exclude)


def verb_arguments(cand, lexicon) -> tuple[list, list]:
    """(source tokens, target tokens) of a verbal trigger."""
    tok, entry = cand.token, cand.entries[0]
    targets_preps = lexicon.target_preps.get(entry.type, frozenset()) | ({entry.prep} if entry.prep else set())
    aimed_preps = frozenset(targets_preps) - {"by"}
    doc, s = tok.doc, token_sheet(tok.doc)
    deps, kids = s.deps, s.kids[tok.i]  # indices: a ``Token`` is made only for an argument
    objects = [doc[c] for c in kids if deps[c] in _OBJECT_IDS]
    verb_pobjs = _own_prep_objects(s, tok)
    light = [p for p in cand.parts[1:] if deps[p.i] in _LIGHT_IDS]
    light_ids = [p.i for p in light]
    participle = _headline_participle(tok) or _reduced_passive(tok)  # its subject is acted upon
    passive = is_passive(tok)
    retained: set[int] = set()
    if passive or participle:
        source = verb_pobjs(_BY)
        if not source and passive and (source := _retained_object_agents(tok, objects)):
            retained = {t.i for a in source for t in a.subtree}  # "by the Peruvian authorities": not aimed at
        patient_ids = _PASSIVE_SUBJECT_IDS | (_SUBJECT_IDS if participle else frozenset())
        target = [t for x in kids if deps[x] in patient_ids and x not in light_ids for t in conjuncts(doc[x])]
        if deps[tok.i] == _ACL and not target:
            target = conjuncts(tok.head)
        if not target and passive and deps[tok.i] == _CONJ and is_passive(tok.head) and \
                not any(deps[x] in _SUBJECT_IDS or deps[x] in _PASSIVE_SUBJECT_IDS for x in kids):
            # round 32e14: "was called in to the Ministry and was asked to secure ...": the patient of
            # the passive it is coordinated with, not that verb's doer (round 32f5: a passive with no
            # subject of its own)
            target = [t for x in s.kids[tok.head.i] if deps[x] in _PASSIVE_SUBJECT_IDS for t in conjuncts(doc[x])]
        if not source:  # "was banned during Soto's presidency": the holder of the office
            source = [c for r in verb_pobjs(TENURE_PREPS) if r.lemma_.lower() in TENURE_NOUNS
                      for c in r.children if c.dep_ == "poss"]
        for act in [] if source else verb_pobjs(ACT_SETTING_PREPS):
            # "were killed in an ambush by X", "wounded in an Israeli airstrike on Gaza": the act's parties
            doers, aimed = _act_parties(act, lexicon, entry.type)
            if doers:
                source, target = source + doers, target + aimed
        if not source and entry.type in FORCE_TYPES:
            source, target = target, []  # "Kenyan troops were sent to Haiti": the force that moves
    else:
        # "Kenya, along with Uganda, condemned ...": the companion acts too
        source = (_conjunction_subject(tok) or _stranded_subject(tok) or subject_of(tok)) + [
            p for c in kids if deps[c] == _PREP and s.lowers[c] in COMPANION_PREPS for p in _pobjs(doc[c], _WITH)]
        aimed_at = entry.prep in INSTRUMENT_PREPS and verb_pobjs(frozenset({entry.prep}))
        target = [t for x in objects if x not in light for t in (object_before(x) or conjuncts(x))] \
            if lexicon.object_is_target.get(entry.type, True) and not aimed_at else []
    source += verb_pobjs(lexicon.source_preps.get(entry.type, frozenset()))
    target += verb_pobjs(aimed_preps, exclude=cand.parts)
    target += [b for b in verb_pobjs(BORDER_PREPS - aimed_preps) if b.lemma_.lower() in BORDER_NOUNS]
    if entry.type in BETWEEN_TYPES:  # "offered to mediate between Peru and Bolivia": both parties
        target += verb_pobjs(_BETWEEN)
    if entry.type in FOUGHT_BETWEEN_TYPES and not source and not target:
        source, target = _fought_between(tok)  # "Fighting between X and Y resumed": a gerund's sides (26e5)
    for noun in [t for t in source if s.pos[t.i] == _NOUN and not s.ents[t.i]]:
        # "the attack on the embassy, carried out by X, killed two guards": the act's own parties
        doers, aimed = _act_parties(noun, lexicon, entry.type)
        if doers:
            source = [t for t in source if t is not noun] + doers
            target += aimed
    if s.lemmas[tok.i] in BLAME_VERBS and deps[tok.i] == _XCOMP and tok.head.lemma_ == "be":
        # "Peru was to blame for the crisis": the subject is the one blamed, the speaker the source
        source, target = [], source
    light_preps = frozenset(targets_preps) | {"with", "on", "against", "to"}
    if entry.type in TOPIC_ON_TYPES:  # "held talks on the situation in Myanmar": a topic
        light_preps = light_preps - {"on"}
    own_phrases = [t for noun in light for t in _pobjs(noun, light_preps)]
    for noun in light:  # "held talks with X", "imposed sanctions on X"
        target += _pobjs(noun, light_preps)
        # "accepted demands from the rebels", "rejected Iraq's offer" (not "talks hosted by Qatar")
        target += _but_brokers(owners(noun, places=False), noun, cand, lexicon)
    if light and not own_phrases:  # its "with" phrase hung on the verb ("expressed solidarity with X"; 20b)
        target += [t for t in verb_pobjs(light_preps & _WITH, exclude=cand.parts) if t not in target]
    if not entry.swap and not passive and not _actorlike(target):
        target += named_light_objects(light)  # "briefed the UN Secretary-General on ...": the one briefed
    if not passive and not _actorlike(target):
        # "kidnapped up to 16 advisers": the parser hangs the object under "up to"
        target += [doc[p] for c in kids if deps[c] == _PREP and s.ents[c] in _QUANTITY_ENT_IDS
                   for p in s.kids[c] if deps[p] == _POBJ]
        # "threatened further action against Russia": the object's complement is the target
        target += [p for x in objects for p in _pobjs(x, OBJECT_TARGET_PREPS - (
            {"on"} if entry.type in TOPIC_ON_TYPES and x in light else set()))]
    # "called on the international community to ...": the object of the trigger's own particle
    # ("on") is the addressee, whoever the demanded act is aimed at
    addressees = [t for p in cand.parts[1:] if deps[p.i] == _PREP and s.heads[p.i] == tok.i
                  for o in s.kids[p.i] if deps[o] == _POBJ for t in conjuncts(doc[o])]
    target += [t for t in addressees if t not in target]
    # "called for restraint from both sides": the target preposition of what the particle names
    target += [p for t in addressees if t.pos_ == "NOUN" and not t.ent_type_
               for p in _pobjs(t, aimed_preps) if p not in target]
    if entry.type in GOVERNING_TYPES and not _actorlike(target) and not (addressees and entry.type == "REQUEST"):
        target += governed_targets(tok, targets_preps)
    if entry.type in CLAUSE_TARGET_TYPES and not target:
        # "demanded that Hamas renounce ...": the addressee is the subject of the demanded clause
        for clause in _children(tok, ("ccomp",)):
            target += [t for x in _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) for t in conjuncts(x)]
    if entry.type in JUDGING_TYPES:
        target = [d for t in target for d in (_doers(t, lexicon) or _act_of(t, lexicon) or [t])]
        if not passive:
            target = judged_by(tok, target)
    # (``_beyond`` reads only a border noun, ``owners`` no name or pronoun: the others are not asked)
    target = [b for t in target for b in (s.lemmas[t.i] in BORDER_NOUNS and _beyond(t) or [t])]
    target += [o for t in target if not s.ents[t.i] and s.pos[t.i] not in _PROPN_PRON
               for o in _but_brokers(owners(t), t, cand, lexicon)]
    if entry.type in FORCE_TYPES and not _actorlike(target):
        target += _accuser(tok, lexicon)  # "Chile accused Peru of massing troops": aimed at Chile
    if not entry.swap and not _actorlike(target):
        target += space_owners([tok, *objects, *light])  # "halt drilling within the waters of Cyprus"
    if entry.swap:
        source, target = target, source
    if entry.type == "CONSULT" and s.lemmas[tok.i] in HOST_VERBS and (guests := _attendees(tok)):
        # "the conference, hosted by Jordan and attended by ministers from A and B": host -> guests (20b)
        return _dedupe(verb_pobjs(_BY)), _dedupe(guests)
    if entry.type == "CONSULT" and s.lemmas[tok.i] in HOST_VERBS:
        parties = hosted_parties(tok, cand, lexicon)
        if parties and (passive or participle or s.deps[tok.i] == _ACL):
            # "talks hosted by X": the talks' own parties meet one another (the stage reads a lone
            # list so); X only hosted them
            return _dedupe(parties), []
        if parties:  # "X hosted talks between A and B": the host acts towards its guests
            return _dedupe(subject_of(tok)), _dedupe([t for t in parties if t not in source])
    if retained:
        target = [t for t in target if t.i not in retained]
    return _dedupe(source), _dedupe([t for t in target if t not in source])


def _meeting_noun(tok, lexicon) -> bool:
    return tok.pos_ == "NOUN" and any(e.type == "CONSULT" for e in lexicon.nouns.get(tok.lemma_.lower(), ()))


def _clause_subject(noun) -> list:
    """The subject of the clause a noun phrase hangs in ("Armenia and Azerbaijan agreed ... after two
    days of talks hosted by the EU" -> Armenia, Azerbaijan), through prepositions and "of" phrases."""
    tok = noun
    for _ in range(MAX_INHERIT_HOPS + 2):
        if tok.dep_ in ("pobj", "prep", "dobj", "npadvmod") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return subject_of(tok)
        else:
            return []
    return []


def hosted_parties(tok, cand, lexicon) -> list:
    """The guests of talks a host holds or convenes: "hosted a meeting between A and B" / "of the two
    presidents" -> A, B (or the two presidents); "talks hosted by X" (a participle on the talks) ->
    the subject of the clause the talks hang in; [] when the text names no guest this way ("Oman
    hosted talks with Iran": the host and the "with" party, read as before)."""
    s = token_sheet(tok.doc)
    parties = [t for p in _pobjs(tok, _BETWEEN) for t in conjuncts(p)]
    talks = [p for p in cand.parts[1:] if _meeting_noun(p, lexicon)]
    talks += [tok.doc[c] for c in s.kids[tok.i] if s.deps[c] in _OBJECT_IDS and _meeting_noun(tok.doc[c], lexicon)]
    for noun in talks:
        if _pobjs(noun, _WITH):
            return []
        parties += [t for p in _pobjs(noun, _BETWEEN) for t in conjuncts(p)]
        parties += [t for p in _pobjs(noun, _OF) if _owner_like(p) or _two_or_both(p) for t in conjuncts(p)]
    if not parties and s.deps[tok.i] == _ACL and _pobjs(tok, _BY) and _meeting_noun(tok.head, lexicon):
        parties = [t for x in _clause_subject(tok.head) for t in conjuncts(x)]
    return [t for t in parties if t.pos_ in ("NOUN", "PROPN", "PRON")]


def _two_or_both(tok) -> bool:
    """"the two presidents", "both negotiators": a plural noun counted as a pair."""
    return tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("two", "both") for c in tok.children)


def _but_brokers(found: list, noun, cand, lexicon) -> list:
    """``found`` less the third party of an act between two sides (``BETWEEN_TYPES``): the agent of
    a meeting participle on its noun ("signed a ceasefire brokered by Brazil", "held talks hosted
    by Qatar"), who is no party to the ceasefire or the talks (unless that participle is the
    trigger itself: "a lunch hosted by the ambassador")."""
    if cand.entries[0].type not in BETWEEN_TYPES:
        return found
    brokers = [p for c in noun.children if c.dep_ == "acl" and c.i != cand.token.i and any(
        e.type == "CONSULT" for e in lexicon.verbs.get(c.lemma_.lower(), ())) for p in _pobjs(c, _BY)]
    return [t for t in found if t not in brokers]


def _accuser(tok, lexicon) -> list:
    """Who accuses the doer of the act a gerund names ("Chile accused Peru of massing troops on the
    border" -> Chile, the side the troops are massed against); [] for a verb no accusation judges."""
    s, i = token_sheet(tok.doc), tok.i
    prep = s.heads[i]
    if s.deps[i] != _PCOMP or s.lowers[prep] not in JUDGED_ACT_PREPS:
        return []
    verb = tok.doc[s.heads[prep]]
    if not any(e.type == "ACCUSE" for e in lexicon.verbs.get(verb.lemma_.lower(), ())):
        return []
    return subject_of(verb)


def mutual(tok) -> bool:
    """"each other", "one another": the parties act upon one another."""
    s, i = token_sheet(tok.doc), tok.i
    word = s.lowers[i]
    if word != "other" and word != "one":
        return False
    det = {s.lowers[c] for c in s.kids[i] if s.deps[c] == _DET}
    return word == "other" and "each" in det or word == "one" and "another" in det


def _beyond(tok) -> list:
    """"deployed troops to the border with Peru": the one on the other side of a border noun, from
    its "with X" or a "with X" the parser hung on the verb right after it; [] elsewhere."""
    s, i = token_sheet(tok.doc), tok.i
    if s.lemmas[i] not in BORDER_NOUNS or s.ents[i]:
        return []
    found = _pobjs(tok, _WITH)
    if not found and tok.dep_ == "pobj":
        nxt = tok.right_edge.i + 1
        found = [p for c in tok.head.head.children if c.i == nxt and c.dep_ == "prep" and c.lower_ == "with"
                 for o in c.children if o.dep_ == "pobj" for p in conjuncts(o)]
    return found


def _doers(tok, lexicon) -> list:
    """Who did the act a noun names ("the Russian invasion of Ukraine" -> Russian, "the arrest
    of the sailors by Peru" -> Peru); [] when it is no act noun or names no doer."""
    return _act_parties(tok, lexicon)[0]


def _act_parties(tok, lexicon, type_: str | None = None) -> tuple[list, list]:
    """(doers, targets) of the act a noun names (of ``type_`` when given); ([], []) for a noun
    that is no act noun (a name, a word outside the lexicon)."""
    s, i = token_sheet(tok.doc), tok.i
    if s.pos[i] != _NOUN or s.ents[i]:
        return [], []
    entries = [e for e in lexicon.nouns.get(s.lemmas[i], ()) if type_ is None or e.type == type_]
    return noun_arguments(Candidate(tok, entries, [tok]), lexicon) if entries else ([], [])


def _act_of(tok, lexicon) -> list:
    """"denounced the conclusions of the summit": a noun that is no act, whose "of" complement is
    one, stands for that act (its doers, else the act noun itself, which the stage reads as the
    act coded before); [] elsewhere."""
    s, i = token_sheet(tok.doc), tok.i
    if s.pos[i] != _NOUN or s.ents[i] or s.lemmas[i] in lexicon.nouns:
        return []
    acts = [p for p in _pobjs(tok, _OF) if p.pos_ == "NOUN" and not p.ent_type_
            and p.lemma_.lower() in lexicon.nouns]
    return [d for a in acts for d in (_doers(a, lexicon) or [a])]


#: Nouns after "by" that name how an act was done, not who did it (round 29, review).
BY_MEANS_NOUNS = frozenset({"vote", "majority", "margin", "letter", "telephone", "phone", "decree", "order",
                            "means", "force", "way", "mistake", "accident", "law", "treaty", "agreement"})


def _actorlike(tokens) -> bool:
    """Some token names a participant: an entity, a proper noun, a pronoun, or a noun with a
    named modifier ("Croatian extremists"); "further measures" names none. Read from the Doc's
    arrays (``_owner_like`` inline; round 30s5: asked up to four times an argument reading)."""
    if not tokens:
        return False
    s = token_sheet(tokens[0].doc)
    pos, ents, deps, kids = s.pos, s.ents, s.deps, s.kids
    return any(pos[i] in _PROPN_PRON or ents[i] in _OWNER_ENT_IDS or any(
        ents[c] in _OWNER_ENT_IDS for c in kids[i] if deps[c] in _OWNER_MODIFIER_IDS) for i in [t.i for t in tokens])


def governed_targets(tok, preps) -> list:
    """Who the act governed by a speech act or commitment is aimed at: the object and the
    target prepositions of its xcomp verb ("threatened to shell Iraqi towns", "refused to
    deploy peacekeepers in Iraq", "threatened to cut off electricity to Nakhichevan")."""
    out = []
    for clause in _children(tok, ("xcomp",)):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        objs = [t for x in _children(clause, OBJECT_DEPS) for t in conjuncts(x)]
        out += objs
        out += _pobjs(clause, frozenset(preps) | OBJECT_TARGET_PREPS | {"in"})
        out += [p for o in objs for p in _pobjs(o, OBJECT_TARGET_PREPS)]
        out += [o for t in objs for o in owners(t)]
    return out


def _owner_like(tok) -> bool:
    """A name, or a noun with a named modifier ("Belarus's rulers", "Croatian extremists")."""
    s, i = token_sheet(tok.doc), tok.i
    return s.ents[i] in _OWNER_ENT_IDS or s.pos[i] == _PROPN or any(
        s.ents[c] in _OWNER_ENT_IDS for c in s.kids[i] if s.deps[c] in _OWNER_MODIFIER_IDS)


#: Children of a noun under which ``owners`` looks for more owners: those ``_pobjs`` reads and participles.
_OWNER_PHRASE_DEPS = frozenset({"prep", "agent", "dative", "acl"})
#: Modifiers of a noun that can name its owner ("Serbia's", "an Indian", "a police").
_OWNER_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWNER_PHRASE_IDS, _OWNER_MODIFIER_IDS = label_ids(_OWNER_PHRASE_DEPS), label_ids(_OWNER_MODIFIER_DEPS)
_OWNER_ENT_IDS = label_ids(OWNER_ENTS)


def owners(tok, places: bool = True) -> list:
    """Who a non-actor object belongs to: "an Indian proposal", "Serbia's suppression",
    "calls by Belarus's rulers", "an appeal from the president" -> the owner is the target."""
    doc, s, i = tok.doc, token_sheet(tok.doc), tok.i
    deps, ents, pos = s.deps, s.ents, s.pos
    if ents[i] or pos[i] in _PROPN_PRON:
        return []
    # "the prime minister's resignation": a possessor is an owner even when it is a title
    out = [doc[c] for c in s.kids[i] if deps[c] in _OWNER_MODIFIER_IDS and (
        ents[c] in _OWNER_ENT_IDS or pos[c] == _PROPN or deps[c] == _POSS and pos[c] == _NOUN)]
    kids = [c for c in s.kids[i] if deps[c] in _OWNER_PHRASE_IDS]
    if not kids:
        return [t for o in out for t in conjuncts(o)]  # no preposition or participle: nothing below
    own_pobjs = _own_prep_objects(s, tok)
    out += [p for p in own_pobjs(frozenset({"by", "from", "of"})) if _owner_like(p)]
    # "the memoranda of understanding between X and Y": the parties of an agreement or a dispute
    of = own_pobjs(_OF)
    out += [p for p in own_pobjs(_BETWEEN) if _owner_like(p)]
    out += [p for x in of for p in _pobjs(x, _BETWEEN) if _owner_like(p)]
    # "crimes committed by Croat forces": the agent of a participle on the object
    out += [p for c in kids if deps[c] == _ACL for p in _pobjs(doc[c], _BY) if _owner_like(p)]
    # "a peacekeeping force in Liberia", "settlements in Gaza": the place the object belongs to
    if places:
        out += [p for p in own_pobjs(frozenset({"in"})) if p.ent_type_ == "GPE"]
    return [t for o in out for t in conjuncts(o)]


#: Entity types of a word that names a party in a hyphened pair ("Turkish-Libyan", "US-Iran").
PAIR_ENTS = frozenset({"GPE", "NORP", "ORG"})
_PAIR_ENT_IDS = label_ids(PAIR_ENTS)


def hyphen_pair(tok) -> list:
    """The parties a hyphened run of capitalised names before a noun pairs ("the Turkish-Libyan
    agreement", "the US-Taliban deal", "an Israeli-Cypriot-Greek effort"; round 26e5): the words
    of the run in the noun's phrase, one of them an entity of ``PAIR_ENTS`` or a proper noun, all
    capitalised ("Kurdish-led" and "Iran-backed" pair nobody); [] when there is no such run."""
    s = token_sheet(tok.doc)
    doc, start = tok.doc, tok.left_edge.i
    i = tok.i - 1
    while i >= start:
        if s.lowers[i] != "-":
            i -= 1
            continue
        run = [i - 1, i + 1]  # a hyphen with no space on either side joins the words around it
        if i - 1 < start or doc[i - 1].whitespace_ or doc[i].whitespace_:
            i -= 1
            continue
        j = i - 2  # "Israeli-Cypriot-Greek": more parts to the left
        while j - 1 >= start and s.lowers[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
            run.insert(0, j - 1)
            j -= 2
        words = [doc[k] for k in sorted(set(run))]
        if all(w.text[:1].isupper() and w.is_alpha for w in words) and \
                any(s.ents[w.i] in _PAIR_ENT_IDS or s.pos[w.i] == _PROPN for w in words):
            return words
        i = j
    return []


def noun_arguments(cand, lexicon) -> tuple[list, list]:
    """(source tokens, target tokens) of a nominal trigger ("Shoigu's visit to Kabul")."""
    tok, entry = cand.token, cand.entries[0]
    # "the Russian invasion", "Peru's withdrawal", "a police crackdown" (not "an immediate ceasefire")
    s = token_sheet(tok.doc)
    noun_pobjs = _own_prep_objects(s, tok)
    source = [t for c in s.kids[tok.i] if s.deps[c] in _NOMINAL_OWNER_IDS or s.deps[c] == _AMOD and (
        s.ents[c] or s.pos[c] == _PROPN) for t in conjuncts(s.doc[c])]
    source += noun_pobjs(NOMINAL_SOURCE_PREPS | lexicon.source_preps.get(entry.type, frozenset()))
    if entry.type in AMONG_TYPES and not source:
        # "skepticism among diplomats and the opposition": a group who hold it (round 24e6)
        source += [p for p in noun_pobjs(_AMONG) if p.tag_ in ("NNS", "NNPS") or p.ent_type_]
    if entry.type in OF_IS_TARGET_TYPES:
        # "the attack on the embassy, carried out by X": the agent of a participle on a noun of an
        # act done to someone (not of talks, "hosted by X", or an agreement, "brokered by X": a
        # third party; nor of a protest, "staged by X": its organisers)
        source += [p for c in _participles(tok) for p in _pobjs(c, _BY)]
    target = noun_pobjs(lexicon.target_preps.get(entry.type, frozenset()) | {"to", "with"} - NOMINAL_SOURCE_PREPS)
    of = noun_pobjs(_OF)
    (target if entry.type in OF_IS_TARGET_TYPES else source).extend(of)
    # "the arrest of three sailors by Peru", "the launch of a missile by Iran": "by" hung on the object
    source += [p for o in of for p in _pobjs(o, _BY)]
    if not source and tok.dep_ in OBJECT_DEPS and tok.head.pos_ == "VERB" and not is_passive(tok.head) and \
            any(c.dep_ in SUBJECT_DEPS for c in tok.head.children):
        # round 29e3: "We condemn the violations of the airspace of Lithuania by aircraft of X": a
        # "by" with a name or noun after the act noun, hung on the verb that has it as its object
        # a doer, not a means or a manner ("by a unanimous vote of the Senate", "by force")
        source += [p for p in _pobjs(tok.head, _BY) if p.i > tok.i and p.pos_ in ("NOUN", "PROPN")
                   and p.lemma_.lower() not in BY_MEANS_NOUNS]
    if not [t for t in source if t not in cand.parts]:
        # "Bolivia, which is in a military conflict with Paraguay": who is in the state the noun names;
        # round 29e3: "the citizens who remain in detention": who undergoes a measure, not its doer
        (target if entry.type in UNDERGONE_TYPES else source).extend(t for t in _holder(tok) if t not in target)
    if entry.type in BETWEEN_TYPES and len(pair := hyphen_pair(tok)) > 1:
        # "the Turkish-Libyan agreement": the hyphened names are its parties (round 26e5)
        source = pair + [t for t in source if t not in pair and t.i not in range(pair[0].i, tok.i)]
    if not source and entry.type in BETWEEN_TYPES:
        # "a meeting between Giuliani and Yermak", "talks between Baku and Yerevan": the parties
        # (reciprocal: the extractor makes them source and target)
        source = [t for t in noun_pobjs(_BETWEEN) if t not in target]
        if len(source) == 1:  # "between Ana Ruiz, claiming ..., and Pedro Salas": a lost second party
            source += _stray_conjunct(source[0])
        if not source:  # "talks resumed between Baku and Yerevan": the "between" on its verb (26e5)
            source = [t for t in between_sides(tok) if t not in target]
    if not source and not target and entry.type in FOUGHT_BETWEEN_TYPES:
        source, target = _fought_between(tok)  # "the fighting between the forces of X and Y" (round 22b)
    if not target and entry.type in INVITING_TYPES and tok.dep_ == "pobj" and tok.head.lower_ == "at" and \
            tok.head.head.pos_ in ("VERB", "AUX"):
        # "troops are in Iraq at the invitation of its government": the one invited is who is there
        target = [t for t in subject_of(tok.head.head) if t not in source]
    if not source:  # "WFP condemns attack on convoy and appeals to all parties": a verb read as a noun (21b)
        source = _verb_read_as_noun(tok)
    if entry.type in PREDICATE_TYPES and not any(t.ent_type_ or t.pos_ in ("PROPN", "PRON") for t in source):
        # "X is a fierce critic of Y": the one the noun is said of, not its adjective
        source = [t for t in _predicated_of(tok) if t not in target] or source
    if entry.swap:
        source, target = target, source
    return _dedupe(source), _dedupe([t for t in target if t not in source])


def _participles(tok) -> list:
    """Participles said of a noun: its acl ("the attack carried out by X") and one the parser
    hangs on the verb of the noun's preposition ("died in the attack, reportedly conducted by X")."""
    s = token_sheet(tok.doc)
    out = [s.doc[c] for c in s.kids[tok.i] if s.deps[c] == _ACL]
    if s.deps[tok.i] == _POBJ:
        verb = tok.head.head
        out += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                and not _children(c, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
                and 0 < c.left_edge.i - tok.right_edge.i <= MAX_PARTICIPLE_GAP]
    return out


def _stray_conjunct(tok) -> list:
    """The name after ``tok`` the parser coordinated with one of its heads instead of with it
    (a comma-set phrase in between): ["Salas"] for "between Ruiz, claiming ..., and Salas"."""
    for head in tok.ancestors:
        found = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i]
        if found:
            return found[:1]
    return []


def _holder(tok) -> list:
    """Who a copula's "in" puts in the state a noun names ("X is in talks with Y", "X, which is
    in a conflict with Y"); [] elsewhere."""
    s, i = token_sheet(tok.doc), tok.i
    if s.deps[i] != _POBJ or s.lowers[s.heads[i]] != "in" or s.lemmas[s.heads[s.heads[i]]] not in COPULAS:
        return []
    return subject_of(tok.head.head)


def _predicated_of(tok) -> list:
    """Who a predicate noun is said of: "Navalny is a critic of Putin", "Weber was more of a
    critic of Russia" (the copula's subject), "Navalny, a critic of Putin" (the apposition's head)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ in ("attr", "acomp"):
        tok = tok.head.head  # "more of a critic"
    if tok.dep_ == "attr" and tok.head.lemma_.lower() in COPULAS:
        return subject_of(tok.head)
    if tok.dep_ == "appos":
        return conjuncts(tok.head)
    return []


def location_of(cand, doc_ents_types=("GPE", "LOC", "FAC")):
    """The place named by an "in/at X" attached to the trigger, its light object or its
    direct object ("lifted the curfew in Montenegro"), or None."""
    doc = cand.token.doc
    s = token_sheet(doc)
    deps, kids, ents = s.deps, s.kids, s.ents
    places = label_ids(frozenset(doc_ents_types))
    parts = [p.i for p in cand.parts]
    for head in parts + [c for c in kids[cand.token.i] if deps[c] == _DOBJ and c not in parts]:
        for child in kids[head]:
            if deps[child] == _PREP and s.lowers[child] in LOCATION_PREPS:
                for p in kids[child]:
                    if deps[p] != _POBJ:
                        continue
                    if ents[p] in places:
                        return doc[p]
                    # "in the town of Cizre", "in the capital city of Algiers"
                    named = next((q for q in _pobjs(doc[p], _OF) if q.ent_type_ in doc_ents_types),
                                 None) if not ents[p] else None
                    if named is not None:
                        return named
    return None


def _quantified(s: TokenSheet, i: int) -> int:
    """"Tens of thousands of students" -> "students": a quantity's "of" noun (token index) stands for it."""
    for _ in range(3):
        if s.ents[i] not in _QUANTITY_ENT_IDS and s.pos[i] != _NUM and s.lowers[i] not in QUANTITY_NOUNS:
            return i
        nxt = next((p for c in s.kids[i] if s.deps[c] == _PREP and s.lowers[c] == "of"
                    for p in s.kids[c] if s.deps[p] == _POBJ), None)
        if nxt is None:
            return i
        i = nxt
    return i


def _antecedent(s: TokenSheet, i: int) -> int:
    """"the envoy whom Tehran expelled", "the army, which Chile accuses of ...": a relative pronoun
    object (token index) stands for the noun its clause is said of ("which" only for a name)."""
    verb = s.heads[i]
    if s.deps[verb] != _RELCL or s.deps[i] not in _OBJECT_IDS or s.tags[i] != _WP and (
            s.tags[i] != _WDT or not _named_head(s.doc[s.heads[verb]])):
        return i
    return s.heads[verb]


def _dedupe(tokens: list) -> list:
    seen, out = set(), []
    if not tokens:
        return out
    s = token_sheet(tokens[0].doc)
    heads, deps, ents, pos, lowers = s.heads, s.deps, s.ents, s.pos, s.lowers
    for t in tokens:
        i = t.i  # (each helper's first test, asked here: most arguments pass neither)
        if deps[heads[i]] == _RELCL:
            i = _antecedent(s, i)
        if ents[i] in _QUANTITY_ENT_IDS or pos[i] == _NUM or lowers[i] in QUANTITY_NOUNS:
            i = _quantified(s, i)
        if ents[i] in _NON_PARTICIPANT_IDS:
            continue
        if i not in seen:
            seen.add(i)
            out.append(t if i == t.i else s.doc[i])
    return out


def mention_span(tok) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (modifiers left of it, no clauses)."""
    doc = tok.doc
    left, end = _phrase_tokens(token_sheet(doc), tok.i)
    starts, ends = token_offsets(doc)
    return starts[left], ends[end]


def _phrase_tokens(s: TokenSheet, i: int) -> tuple[int, int]:
    """First and last token index of the noun phrase headed by token ``i`` (see ``mention_span``)."""
    deps, kids = s.deps, s.kids[i]
    start = i
    for child in kids:
        if child < i and deps[child] in _PHRASE_LEFT_IDS and child < start:
            start = child
    # keep modifiers contiguous: walk back only while tokens belong to tok's subtree
    left = min(start, i)
    end = i
    for child in kids:
        if child < i:
            continue
        if deps[child] in _PHRASE_RIGHT_IDS:
            end = max(end, child)
        elif deps[child] == _PREP and s.lowers[child] == "of":
            # "the memoranda of understanding between X and Y in which ...": the complement's own
            # phrase, not the clauses hung on it (they name other actors)
            end = max([end, child] + [_phrase_tokens(s, p)[1] for p in s.kids[child] if deps[p] == _POBJ])
        else:
            break
    return left, end


def resolve_pronoun(tok):
    """A subject pronoun resolved inside its sentence: "Syria says it will withdraw" -> Syria.

    Climbs from the pronoun's clause to the nearest governing clause whose subject is
    a noun; returns that noun, or ``None``. Cross-sentence coreference is not attempted.
    """
    if tok.pos_ != "PRON" or tok.lower_ not in resources.with_tag(PRONOUNS_FILE, "resolvable"):
        return None
    cur = tok.head
    for _ in range(MAX_INHERIT_HOPS):
        if cur.head is cur:
            return None
        cur = cur.head
        subj = [c for c in cur.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")]
        if subj:
            # 'Lee said: "They lie"': a pronoun inside a quote is not the speaker outside it
            low, high = sorted((subj[0].i, tok.i))
            if any(t.text in QUOTE_MARKS for t in tok.doc[low:high]):
                return None
            return subj[0]
    return None


def named_light_objects(light) -> list:
    """The objects of a multi-word trigger that name a participant themselves, a proper noun
    ("briefed the United Nations Secretary-General on the incidents": the Secretary-General is
    briefed; issue 16, round 19b), where the lexicon entry took the object into the trigger; [] for
    a common noun ("held talks", "briefed the council"), for prepositional objects ("on the
    incidents") and in a title-case headline ("Chile Conducts Drills ...")."""
    return [t for noun in light if noun.dep_ in OBJECT_DEPS and noun.pos_ == "PROPN" and _in_lower_case(noun)
            for t in conjuncts(noun)]


def _in_lower_case(tok) -> bool:
    """Whether the sentence of ``tok`` has a content word in lower case: no title-case headline,
    whose every word reads as a name ("Chile Conducts Drills Off The Coast Of Peru")."""
    return any(t.is_alpha and t.text[0].islower() and not t.is_stop for t in tok.sent)


#: Prepositions that put an act inside a state's space ("drilling within the zone of Cyprus").
SPACE_PREPS = frozenset({"in", "within", "inside", "into", "from", "off"})
#: Nouns of a state's own space: whose it is is acted upon by what is done in it.
SPACE_NOUNS = frozenset({"water", "waters", "zone", "airspace", "territory", "shelf", "eez"})


def space_owners(heads) -> list:
    """Whose waters, zone, airspace or territory an act is done in, from or into, said of the act
    or of its object ("halt its drilling operations within the exclusive economic zone of
    Cyprus", "seized a tanker in Omani waters", "flew drones into Lithuania's airspace"): the
    owners (``owners``) of that space noun; [] when none is named (issue 16, round 19b)."""
    spaces = [p for h in heads for p in _pobjs(h, SPACE_PREPS) if p.lemma_.lower() in SPACE_NOUNS]
    named = [x for p in spaces
             for x in [*_pobjs(p, _OF), *(c for c in p.children if c.dep_ in ("poss", "amod", "compound"))]
             if x.ent_type_ in OWNER_ENTS]
    return [o for x in named for o in conjuncts(x)]


#: Participles whose "by" agent names the guests of a meeting another hosts ("hosted by Jordan and
#: attended by ministers from A and B"; round 20b).
ATTEND_VERBS = frozenset({"attend", "join"})


def _attendees(tok) -> list:
    """The guests of a meeting a participle "hosted by X" describes, named by the "by" agent of a
    coordinated "attended by" participle ("the conference, hosted by Jordan and attended by ministers
    from Iraq and Syria" -> the ministers); [] elsewhere (an active "hosted", no host named)."""
    if tok.dep_ != "acl" or not _pobjs(tok, _BY):
        return []
    return [t for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in ATTEND_VERBS and c.tag_ == "VBN"
            for p in _pobjs(c, _BY) for t in conjuncts(p)]


#: Verbs by which a leader has a subordinate carry out an act (round 21b): "I have ordered the Chief
#: of the General Staff to deploy ...", "instructed the army to ...": the act is the leader's.
ORDERING_VERBS = frozenset({"order", "instruct", "direct", "command", "task"})
#: Entity labels that name a party acting on its own account, not a subordinate by title.
_OWN_ACCOUNT_ENTS = frozenset({"PERSON", "GPE", "NORP"})
#: Head nouns of a subordinate by title or of a leader's own forces ("the Chief of the General Staff",
#: "the army", "our troops"); "ordered a drilling vessel to leave" orders another party.
#: (lemmas of the object's head noun)
SUBORDINATE_NOUNS = frozenset({"chief", "commander", "minister", "general", "staff", "army", "forces", "force",
                               "military", "troops", "police", "navy", "ministry", "authorities",
                               "government", "cabinet"})


def _past_clause_before(sheet: TokenSheet, i: int, up: int) -> int | None:
    """Round 29e3: a past-tense verb ``i`` after "and" that the parser coordinated with a verb ``up``
    of another tense, while the verb right before the "and" is a past-tense clause hung on a noun
    ("We wish to inform the public that a group of fighters crossed from Somalia and attacked the
    post": "crossed" read as a clause of "fighters", "attacked" as a conjunct of "inform"): the two
    past verbs are the ones coordinated, so the clause verb's index (its noun is the doer); None
    otherwise."""
    if sheet.tags[i] != _VBD or sheet.tags[up] == _VBD or i < 2 or sheet.lowers[i - 1] != "and" \
            or sheet.heads[i - 1] != up:
        return None
    k, seen = i - 2, 0
    while k != up and seen < MAX_INHERIT_HOPS * 2:  # up from the word before "and" to its clause verb
        if sheet.deps[k] == _ACL and sheet.tags[k] == _VBD and sheet.pos[sheet.heads[k]] in _NOUN_PROPN:
            return k
        if sheet.heads[k] == k:
            return None
        k, seen = sheet.heads[k], seen + 1
    return None


def _finite_after_infinitive(sheet: TokenSheet, i: int, up: int) -> bool:
    """A finite verb ``i`` the parser coordinated with a to-infinitive ``up`` ("urged Peru to withdraw
    its troops and asked both governments to ..."): a past or present-tense verb cannot share the
    infinitive's "to", so it goes on with the verb the infinitive depends on, and with its subject
    (round 21b; before, the controlled object, Peru, was taken for the asker)."""
    finite = sheet.tags[i] in (_VBD, get_string_id("VBZ"))
    to = any(sheet.deps[c] == _AUX and sheet.lowers[c] == "to" for c in sheet.kids[up])
    return finite and to and sheet.tags[up] == get_string_id("VB") and sheet.deps[up] in _CONTROLLED_IDS \
        and not any(sheet.deps[c] in _SUBJECT_IDS for c in sheet.kids[i])


def _ordered_subordinate(verb, objs: list) -> bool:
    """``objs`` of an ordering verb ("ordered the Chief of the General Staff to deploy") are a
    subordinate by title, not a party on its own account: no person's, state's or people's name
    among them (round 21b)."""
    if verb.lemma_.lower() not in ORDERING_VERBS or not subject_of(verb, MAX_INHERIT_HOPS - 1):
        return False
    return all(o.lemma_.lower() in SUBORDINATE_NOUNS and o.pos_ in ("NOUN", "PROPN") and not any(
        t.ent_type_ in _OWN_ACCOUNT_ENTS or t.dep_ == "poss" and t.pos_ != "PRON" for t in o.subtree) for o in objs)


def _judged_relative(judged, objs: list) -> list:
    """"Uganda, which UN experts have accused of arming the rebels": the judging verb of a relative
    clause whose relative pronoun is the one judged (its object, or hung under its "of") judges the
    noun the clause is said of, not its own subject (round 21b)."""
    if judged.dep_ != "relcl" or judged.pos_ != "VERB" or not _named_head(judged.head):
        return []
    relative = [t for t in judged.subtree if t.tag_ in ("WDT", "WP") and t.dep_ not in SUBJECT_DEPS
                and t.i < judged.i]
    if not relative or any(o.tag_ not in ("WDT", "WP") for o in objs):
        return []
    return conjuncts(judged.head)


def _verb_read_as_noun(tok) -> list:
    """"WFP condemns attack on food convoy bound for Djibo and appeals to all parties for safe access":
    a plural noun with no determiner or modifier, with a "to" or "for" phrase of its own, that the parser
    coordinated with a present-tense verb or with a noun inside that verb's object (the headline's second
    verb, read as "appeals"), has that verb's subject (round 21b); [] elsewhere."""
    if tok.dep_ != "conj" or tok.tag_ != "NNS" or \
            any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children) or \
            not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in tok.children):
        return []
    head = tok.head
    for _ in range(8):
        if head.tag_ == "VBZ" and head.pos_ == "VERB":
            return subject_of(head)
        if head.dep_ not in ("conj", "pobj", "prep", "acl", "dobj", "compound") or head.head is head:
            return []
        head = head.head
    return []


def _coordinated_22b(sheet: TokenSheet, i: int) -> int | None:
    """The verb whose subject a subjectless verb ``i`` shares where the parser broke a coordination
    (round 22b): the first verb it hung below ``i`` as a content clause ("Chad demanded an apology,
    warned that ..."), or the verb a finite conjunct of a "would" clause goes on with ("... would
    answer any incursion and said it would ..."); None elsewhere."""
    from .modality import finite_after_modal, fronted_coordinate

    return fronted_coordinate(sheet, i) if sheet.deps[i] != _CONJ else finite_after_modal(sheet, i)


#: Types of an act noun whose "between X and Y" names the two sides of a fight (round 22b).
FOUGHT_BETWEEN_TYPES = frozenset({"ASSAULT"})


def _fought_between(noun) -> tuple[list, list]:
    """"the renewed fighting between the forces of X and Y", "clashes between police and
    protesters": the first side is the source, the others the target (the gold convention of the
    statements: the first named side acts); ([], []) with fewer than two sides (round 22b)."""
    sides = between_sides(noun)
    return (sides[:1], sides[1:]) if len(sides) > 1 else ([], [])


#: Dependencies of the modifiers that name the sides of one plural "between" object ("between
#: Indian and Chinese troops", round 26e5).
_SIDE_MODIFIER_IDS = label_ids(frozenset({"amod", "compound", "nmod"}))


def between_sides(tok) -> list:
    """The sides an act word's "between" names (rounds 22b and 26e5): its own "between" phrase, else
    the one the parser hung on the verb the word is the subject of ("clashes erupted between X and
    Y", "talks resumed between X and Y"); one plural object whose named modifiers are coordinated
    stands for as many sides ("between Armenian and Azerbaijani forces" -> Armenian, Azerbaijani);
    [] with fewer than two sides."""
    s, i = token_sheet(tok.doc), tok.i
    objs = _pobjs(tok, _BETWEEN)
    if not objs and s.deps[i] == _NSUBJ and s.pos[s.heads[i]] in _VERB_AUX and s.heads[i] != i:
        objs = _pobjs(tok.doc[s.heads[i]], _BETWEEN)
    sides = _dedupe([t for o in objs for t in conjuncts(o)])
    if len(sides) == 1:
        sides += _stray_conjunct(sides[0])
    if len(sides) == 1:  # "between the forces of X and Y": the parser joined Y to X, inside "of"
        owners_ = _dedupe([t for o in _pobjs(sides[0], _OF) for t in conjuncts(o)])
        sides = owners_ if len(owners_) > 1 else sides
    if len(sides) == 1:  # "between Indian and Chinese troops": one noun, its named modifiers the sides
        named = _dedupe([t for c in s.kids[sides[0].i] if s.deps[c] in _SIDE_MODIFIER_IDS and
                         (s.ents[c] in _OWNER_ENT_IDS or s.pos[c] == _PROPN) for t in conjuncts(tok.doc[c])])
        sides = named if len(named) > 1 else sides
    return sides if len(sides) > 1 else []


#: Words a relative clause hangs on in "X were among those that ...", "X was one of the countries
#: that ..." (round 22b).
AMONG_HEADS = frozenset({"those", "countries", "states", "nations", "governments", "members", "delegations"})


def _among_those(head) -> list:
    """"Cuba, Belarus and Iran were among those that voted against", "Chile was one of the
    countries that voted against": the copula's subject does what the relative clause says of
    "those" (round 22b); [] elsewhere."""
    if head.lower_ not in AMONG_HEADS or head.dep_ != "pobj":
        return []
    prep, up = head.head, head.head.head
    if prep.lower_ == "of" and up.lower_ == "one" and up.dep_ == "attr":
        up = up.head
    elif prep.lower_ != "among":
        return []
    if up.lemma_ != "be":
        return []
    return [s for c in up.children if c.dep_ == "nsubj" for s in conjuncts(c)]
