"""Stance evidence: the spans that show a holder for or against an actor, each with its reason.

``find_evidence(document, doc)`` reads what an analyst accepts as a position, not the
mood of a sentence:

* **events** the earlier stage found: an accusation, protest, rejection, threat or
  sanction from S against T is S's negative stance toward T; support and aid are
  positive ("we"/"I" as the trigger's subject: whoever speaks there). A hostile act (assault,
  coercion, threat, sanction) that the *author*
  (or a quoted speaker) asserts in their own voice is that holder's accusation
  against the act's source (an unsigned statement or commentary section is the author's
  voice too; a warning "against" something is advice, not a threat), and so is a rejection
  that turns down a thing put to the source ("rejected the proposal", "ignored every request";
  not a refusal to act, "refused to send weapons", nor a denial, "rejected the accusation"), forces
  sent "against" someone ("deployed troops against the strikers") and an act planned in the past
  ("planned some of the bombings", which the events stage reads as intended).
* **calls to action**: a call whose action starts with a cease verb ("Moscow must end
  its occupation") is a demand against the addressee; a side-taking verb inside
  the call ("isolate Moscow", "stand with Kyiv") is the author's stance toward its
  object.
* **evaluative words** (``evaluative.en.tsv``) and **labels** (``name_calling.txt``,
  ``political_labels.en.tsv``) whose syntactic target is an actor or its acts (a judged act
  ordered or overseen is the subject's: "ordered the crackdown"):
  an adjective on the actor or on a noun the actor owns ("Russia's brutal war"),
  a noun of the actor ("the treachery of Paris", "the junta in Bamako", "the
  Kremlin regime"), a predicate ("Minsk is a puppet regime"), a verb with the actor
  as subject ("Washington betrayed its allies"), an apposition ("Assad, the
  butcher"). A negation on the word or its head reverses the sign.
* **sarcasm and hypocrisy** markers (``sarcasm.en.txt``, and talk of one thing while doing
  another: "speaks of peace while it arms ...", "claims to be neutral while it lends ..."): the
  sentence's subject actor is mocked
  (negative), and positive words in that sentence count as negative; a positive word in scare quotes in the writer's voice is mocked too ('Havana's "heroic resistance"'),
  a negative one there is someone else's label and no evidence.
* **side-taking** (``side_taking.en.tsv``): "we stand with X", "X sides against Y", help in kind
  ("sells rifles to X", "harbours X's leaders"): the stance toward the object of the subject (each
  actor of a joined subject) ("we" and "I" outside quotes are the author);
  an actor that takes the writer's side ("stood by us") has the writer's stance of that sign.
* **deeds** judged without an evaluative word: a verb and its object (``deeds.en.tsv``:
  "kept its word", "broke its promises") and help in kind given (``relief.en.txt``: "sent
  doctors and tents"), about the verb's subject. A hostile act the holder praises in the
  same sentence, with no blame there, is no accusation. A subject that "has shown what a
  sovereign policy looks like" is held up as a model (praise).
* **rebuttals**: an actor's claim (its quote, or "X says / claims / insists that ...") that the writer
  then contradicts in their own voice ("the record says otherwise", ``rebuttal.en.txt``; a sentence
  opening with "Yet" or "But" that names the claimant; a "but"/"yet" clause naming it; a name it gave
  that the writer's next sentence replaces: "calls it an operation. It is a war.") counts against it.
* **the cause of a harm**, with no evaluative word: the subject of a causing verb whose result is a
  hardship ("the bloc's tariff makes it harder for small firms to sell", "has driven millions into
  exile", "has left thousands without water"; a measure counts for its owner), and the cause named
  with "because of" / "thanks to" of a clause that tells a harm suffered ("Because of the kingdom's
  sponsorship system, a worker ... can be deported").
* **attacked without evidence of their own** (round 16): the doer of an asserted hostile act that the events
  stage left without a source, named by the parse ("Its officers beat two teachers", "the drones that
  struck the market"); side-taking in the passive, for its agent ("It was armed and bankrolled by X",
  "were supplied by X"); the subject that profits from a harm ("profits from the war"); a failure to
  act named as the cause ("thanks to the indifference of X") and a "because" clause whose subject
  causes a harm ("the river is dying because X keeps building dams"); a rhetorical question that
  presupposes the wrong ("How many more boats must X sink ...?", "Why does X keep selling ...?", "Where
  was X when ...?", "Who sold them the drones that bombed the market? X did."); the giver of the means
  of a harm told in a relative clause ("The shells that hit the block were supplied by X"); a refusal
  told by ellipsis ("published the names when the authorities would not").
* **attacked with no evaluative word** (round 19): a hostile act done on an actor's behalf or orders,
  on its watch, with its blessing or money ("Masked men working on behalf of Minsk beat ...", "jailed
  on Ankara's watch"); an act nobody in the actor did ("No one in Quito thought to warn them", "Did
  anyone in New Delhi ask ...?"); a denied innocence ("is not innocent in this either"); a comparison
  to a label ("no better than the junta it replaced"); a name, or its adjective, that the writer denies
  ("A consultation in which ... is not a consultation", "a minor overflow" ... "It was not minor"); an
  actor named as another's ally, customer or financier (carried by ``stance._sides``); a promise the
  next sentences say is not kept ("There is still no hospital"); a friendly act only asked for ("We
  ask that our two governments set up a committee") is no evidence.
* a verb and its particle match with words between them ("prop up": "Moscow props him up"), and
  a person's name inside the mention of a government ("the government of X", "X's government")
  stands for that person too.

The holder of a word is the speaker of the quote it sits in, the author outside
quotes. Inside a quote whose speaker is unknown ("a source said", "critics argue") it is
the author, who presents the view without an accountable speaker, at
``UNATTRIBUTED_SHARE`` of the weight; side-taking there ("we stand with ...") is the
unknown speaker's and counts for nobody. Every item is an ``Evidence``
with a span, a sign, a weight and a reason; ``stance.find_stance`` aggregates them.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

from spacy import symbols

from .. import resources
from ..doc_index import question_after
from ..quote_spans import QuoteSpans
from ..syntax import judged_by, label_ids
from ..views import (dependency_tree, doc_text, indices_of, pos_ids, positions, sentence_of, sentences, space_flags,
                     token_range, token_strings, verb_indices, views_of)
from .lexicon import political_labels, polar_terms, word_list
from .techniques import SCARE_QUOTE_MAX_WORDS, is_people

logger = logging.getLogger(__name__)

#: Weights of each kind of evidence (the aggregate is a weighted mean, see stance.py).
EVENT_WEIGHT = 0.8            # an accusation / support the holder makes toward the target
ASSERTED_ACT_WEIGHT = 0.5     # a hostile act of the target asserted in the holder's own voice
CALL_CEASE_WEIGHT = 0.6       # "X must end its occupation"
LABEL_WEIGHT = 0.9            # a name-calling label attached to the actor
EVALUATIVE_WEIGHT = 0.7       # an evaluative word about the actor or its acts
SARCASM_WEIGHT = 0.7          # the actor is the subject of a sarcastic / hypocrisy sentence
SIDE_WEIGHT = 0.8             # "stands with", "sides against"
DEED_WEIGHT = 0.6             # help in kind given: "sent doctors and tents"
UNATTRIBUTED_SHARE = 0.5      # share of the weight of an item inside a quote whose speaker is unknown
REBUTTAL_WEIGHT = 0.7         # an actor's claim the writer then contradicts ("X says ...; the record says otherwise")
OMISSION_WEIGHT = 0.3         # what the actor did not do, in the writer's voice ("did not send its delegation")
HARM_WEIGHT = 0.5             # the actor or its measure as the cause of a harm ("X's tariff makes it harder to ...")
QUESTION_WEIGHT = 0.5         # a rhetorical question that presupposes the actor's wrong ("How many more boats must X sink?")

#: Verbs whose object in the past is an act done by their subject ("planned the bombings": ``_carried_out``).
_CARRYING_VERBS = ("mastermind", "orchestrate", "perpetrate", "plan", "plot")
#: Objects of a rejection that make it a denial, not an obstruction ("rejected the accusation": ``_turns_down_a_thing``).
_DENIED = ("accusation", "allegation", "charge", "claim", "criticism")
#: Event types that are the source's negative stance toward the target.
HOSTILE_SPEECH = ("ACCUSE", "PROTEST", "REJECT", "THREATEN", "SANCTION")
#: Event types that are the source's positive stance toward the target (weight share).
FRIENDLY = {"SUPPORT": 1.0, "AID": 1.0, "COOPERATE": 0.6, "AGREE": 0.4}
#: Hostile acts: asserted by the author (or a speaker) as fact in their own voice, they accuse the source.
HOSTILE_ACTS = ("ASSAULT", "COERCE", "THREATEN", "SANCTION")
#: The words of a reason that mark an asserted hostile act ("the author asserts ASSAULT (shelled)").
ASSERTS = " asserts "
#: Event modes that do not describe a position taken (the act did not happen or is only imagined).
SKIPPED_MODES = ("negated", "hypothetical")
#: Triggers of a warning: a warning "against" something ("Oslo warned against any change") is advice, not a hostile act.
WARNINGS = ("warn", "warned", "warning", "warns")

#: Dependency relations that attach a modifier to the noun it describes.
_MODIFIER_DEPS = ("amod", "compound", "nmod", "advmod", "npadvmod")
#: Dependency relations of a predicate (the word says something about the clause subject).
_PREDICATE_DEPS = ("acomp", "attr", "oprd", "xcomp")
#: Prepositions that tie a noun to its owner or agent ("the treachery of Paris", "the junta in Bamako").
_OWNER_PREPS = ("of", "by", "in", "from")
_SUBJECT_DEPS = ("nsubj", "csubj")
#: First-person words that stand for the author when they hold a side outside quotes.
_AUTHOR_WORDS = ("i", "we", "us", "my", "our")
#: Quotation marks as spaCy tokenises them (``_scare_quoted``): opening, closing, either way.
_OPEN_QUOTES = frozenset({"“", "«", "``"})
_CLOSE_QUOTES = frozenset({"”", "»", "''"})
_STRAIGHT_QUOTES = frozenset({'"'})
_QUOTE_MARKS = _OPEN_QUOTES | _CLOSE_QUOTES | _STRAIGHT_QUOTES
#: Section kinds in which the author speaks in their own name (the events stage's rule, ``section.kind``).
_AUTHOR_SECTIONS = ("commentary", "statement")
#: First-person objects: an actor that sides with them sides with the author ("France stood by us").
_AUTHOR_OBJECTS = ("me", "us")
#: Verbs whose object says what the subject is or has ("Hungary played the spoiler", "showed restraint").
#: Parts of speech a name-calling label can have ("fooled" is no "fool").
_LABEL_POS = ("NOUN",)
#: Negated, these verbs tell no failure to act (``_omission_evidence``): restraint ("did not hesitate"),
#: perception and wanting ("did not know", "does not want a war"), receiving ("never received").
_NOT_OMISSIONS = frozenset(("abandon", "ask", "back", "believe", "bend", "blink", "bow", "budge", "choose",
                            "expect", "fail", "falter", "flinch", "forget", "get", "give", "hear", "hesitate",
                            "intend", "know", "leave", "like", "mean", "need", "receive", "relent", "rest",
                            "retreat", "see", "stop", "surrender", "think", "understand", "wait", "want",
                            "waver", "wish", "yield"))
#: Verbs whose negation is said of their complement as a plain act ("did not hesitate to send" = sent).
_DOUBLE_NEGATIVE_HEADS = ("fail", "hesitate")
#: Objects that tell an act not done: "issued no statement", "said nothing" (``_omitted_acts``).
_NO_OBJECTS = frozenset(("no", "nothing"))
#: Verbs whose "no" object is no omission: having, being, meeting, sparing ("has no army", "meets no
#: resistance", "spared no effort", "lost no time", "poses no threat"; "spar": the lemma the parser gives "spared").
_NO_OBJECT_NON_ACTS = ("be", "encounter", "face", "find", "have", "lose", "meet", "pose", "spar", "spare", "suffer")
#: Words of a failure or a delay to act: "failed to protect", "has yet to publish" (``_omitted_acts``).
_FAILING_WORDS = frozenset(("fail", "failed", "fails", "failing", "yet"))
#: The reason of an act told as not done without a negated verb ("inaction 'issue no statement'"): unlike
#: a negated verb's omission, it does not make a text an opinion text by itself (``stance._is_opinion``).
INACTION = "inaction"
#: Modals that, negated with their verb left out, tell a refusal ("published the names when the authorities
#: would not"): an omission of the verb they stand after (``_omitted_acts``).
_REFUSING_MODALS = ("will", "wo", "would")
#: Modal auxiliaries: a negated verb under one is an inability or a refusal to come, not an omission.
_MODALS = frozenset(("can", "could", "may", "might", "must", "shall", "should", "will", "would"))
#: Words a negation is spelled with ("not", "n't", "never").
_NEGATION_WORDS = frozenset(("n't", "never", "no", "not", "nt"))
#: Sectors of ordinary people and refugees: their omissions are no blame ("the villagers did not leave").
_PEOPLE_SECTORS = ("CVL", "REF")
#: Words after "not" that keep it from negating ("not only delusional but ...").
_NOT_NEGATING = ("only", "just", "merely", "simply")
#: Verbs whose object says what the subject deserves (``deserved.en.tsv``).
_DESERVE_VERBS = ("deserve", "merit", "earn")
#: Nouns whose "of" object is said of whoever the noun is about: a doer's act ("the architect of
#: the blockade"), a quality shown ("an example of calm").
_ABOUT_NOUNS = ("architect", "author", "example", "instigator", "mastermind", "model", "orchestrator")
#: Words of professing: "speaks of peace while ..." is hypocrisy (``_professing_while``).
_PROFESS_WORDS = ("preach", "speak", "talk")
#: Verbs of claiming or denying whose clause says what the subject is or does: "claims to be neutral
#: while it lends its airfields", "denied doing so while doing it" are hypocrisy too; "call" with
#: itself as object ("called itself a partner while it sheltered them").
_PRETEND_WORDS = ("call", "claim", "deny", "pretend", "profess")
#: Reflexive objects of "call" ("Minsk calls itself neutral").
_REFLEXIVES = ("itself", "himself", "herself", "themselves")
#: Verbs that hold their subject up as a model: "has shown what a sovereign policy looks like".
_SHOW_VERBS = ("demonstrate", "show")
#: Verbs of giving: with help in kind as object (``relief.en.txt``) they credit their subject.
_GIVING_VERBS = ("deliver", "donate", "fly", "give", "provide", "send", "ship", "supply")
#: Verbs whose object is the subject's own act or product: an adjective on it judges the subject
#: ("took a brave decision", "launched a brutal offensive", "published careful statements").
_PRODUCT_VERBS = ("adopt", "conduct", "hold", "issue", "launch", "make", "organise", "organize", "pursue", "publish", "run",
                  "stage", "take", "wage")
#: Verbs of doing, ordering or overseeing: a judged act as their object (with no owner of its own) is
#: their subject's ("ordered the crackdown", "oversaw the massacres", "presided over the purges").
_DOER_VERBS = (*_PRODUCT_VERBS, "carry", "commit", "command", "direct", "mastermind", "orchestrate", "order",
               "organise", "organize", "oversee", "preside", "unleash")
#: Verbs of claiming: their subject makes the claim a rebuttal contradicts (``_rebuttal_evidence``).
_CLAIM_VERBS = ("announce", "argue", "assert", "boast", "claim", "insist", "maintain", "say")
#: Verbs that give a thing a name: "Moscow calls it an operation", "describes the trials as reform".
_NAMING_VERBS = ("call", "describe", "label", "portray", "present", "term")
#: Subjects of a sentence that renames the thing the sentence before named ("It is a war.").
_RENAMED = ("it", "that", "these", "they", "this", "those")
#: Openers of a sentence that contradicts the sentence before ("Yet it was Minsk that ...").
_CONTRAST_OPENERS = ("but", "yet", "in fact", "in reality", "in truth")
#: The first words of ``_CONTRAST_OPENERS``.
_CONTRAST_FIRSTS = frozenset(o.split(" ", 1)[0] for o in _CONTRAST_OPENERS)
#: Words of contrast: the sentences that hold one are the only ones read for a contrast.
_CONTRAST_WORDS = frozenset({"but", "yet", "fact", "reality", "truth"})
#: Particles that make a side-taking verb another verb ("sell out", "back down", "back off").
_TURNING_PARTICLES = ("down", "off", "out")
#: Causing verbs and the results that make them a harm done (``_harm_evidence``): "makes it harder",
#: "has driven millions into exile", "has left thousands without water" (lemmas).
_HARM_RESULTS = {"make": ("bad", "costly", "dangerous", "difficult", "expensive", "hard", "impossible", "poor"),
                 "drive": ("debt", "exile", "hiding", "hunger", "poverty", "ruin", "starvation"),
                 "push": ("debt", "exile", "hiding", "hunger", "poverty", "ruin", "starvation"),
                 "leave": ("without", "homeless", "hungry", "jobless", "stranded")}
#: Words that tie a clause to its cause ("because of the blockade", "thanks to its embargo").
_CAUSE_WORDS = ("because", "due", "owing", "thanks")
#: Lemmas of a harm suffered: a clause caused by an actor that holds one tells a harm the actor caused
#: ("Because of the kingdom's sponsorship system, a worker ... can be deported").
_HARMS = frozenset(("arrest", "collapse", "deport", "die", "evict", "flee", "imprison", "jail", "kill",
                    "lose", "starve", "suffer"))
#: Verbs of going on with an act: a why-question on them presupposes the act ("Why does Paris keep selling ...?").
_GOING_ON_VERBS = ("continue", "keep", "persist")
#: Verbs of help in kind: giving the means of a harm makes their subject an accomplice (``_accomplice_evidence``).
_HELP_VERBS = frozenset(("arm", "bankroll", "deliver", "equip", "finance", "fund", "provide", "sell", "ship", "supply"))
#: Harmful acts done by a thing given or its recipient ("the shells that hit the block", "the militia that sank the boat").
_HARM_ACTS = frozenset(("bomb", "burn", "destroy", "flatten", "hit", "kill", "level", "loot", "maim", "massacre", "raze",
                        "shell", "shoot", "sink", "starve", "strike", "torture", "wound"))
#: Targets of a harmful act that make it a fight between forces, no accomplice's proof (a defence).
_ARMED_TARGETS = frozenset(("aircraft", "drone", "fighter", "jet", "missile", "plane", "rocket", "shell", "soldier",
                            "tank", "troop", "warship"))
#: The tokens two rules look for (``positions``): a question mark, "without".
_QUESTION_MARK = frozenset({"?"})
_WITHOUT = frozenset({"without"})
#: Words of gaining whose "from" / "on" object, a harm, makes their subject a beneficiary of a wrong.
_PROFIT_WORDS = frozenset(("benefit", "cash", "profit", "rich"))
#: Harms profited from ("profits from the war", "cashes in on their misery", ``_profit_evidence``).
_PROFITED_HARMS = frozenset(("bloodshed", "blockade", "chaos", "conflict", "crisis", "despair", "famine", "hunger",
                             "killing", "misery", "occupation", "plight", "poverty", "repression", "sanction",
                             "smuggling", "suffering", "violence", "war"))
#: Failures to act that, as the cause named with "because of" / "thanks to", blame their owner whatever
#: the clause tells ("Thanks to the indifference of Athens, the camp now holds nine thousand").
_FAILINGS = frozenset(("apathy", "complacency", "inaction", "indifference", "inertia", "neglect", "negligence",
                       "passivity"))
_ROLE_VERBS = ("play", "act", "become", "remain", "prove", "behave", "show", "display", "demonstrate", "offer", "set")


@dataclass(frozen=True)
class Evidence:
    """One reason why ``holder`` is for (+1) or against (-1) actor ``target``."""

    holder: str
    target: str
    sign: int
    weight: float
    start: int
    end: int
    reason: str


class _Mentions:
    """Token index -> actor id for the tokens inside actor mentions; holder at an offset."""

    def __init__(self, document, doc):
        self.document = document
        self.token_actor: dict[int, str] = {}
        self._linking: set[int] = set()  # nouns whose ``linked`` is being computed (a cycle returns nothing)
        for actor in document.actors:
            for start, end in actor.mentions:
                tokens = token_range(doc, start, end)
                if tokens is None:
                    continue
                for i in range(*tokens):
                    self.token_actor.setdefault(i, actor.id)
        self._claim_named_persons(doc)
        if doc.has_annotation("DEP"):
            _claim_head_nouns(self, doc)
            _unclaim_counted_plurals(self, doc)  # round 26b
        self.author_ids = byline_actors(document)
        if doc.has_annotation("DEP"):
            self._resolve_pronouns(doc, {a.id: a.kind for a in document.actors})
            self._resolve_addressed(doc)

    def _resolve_addressed(self, doc) -> None:
        """"you"/"your" after an address that opens a sentence ("To the board of Corvina Maritime we say: your
        cranes are rotten", "To the generals in Naypyidaw: you have burned enough villages.") stand for the
        addressee, in that sentence and in the next one of the same paragraph (round 20); a "you" elsewhere is the
        reader, and an address to no actor ("To the reader who doubts this: you can check ...") maps nothing."""
        sents = sentences(doc)
        for n, sent in enumerate(sents):
            address = _addressees_of(sent, self)
            if address is None or len(address[0]) != 1:
                continue
            scope = [t for t in sent if t.i >= address[1].i]
            if n + 1 < len(sents) and "\n\n" not in doc_text(doc)[sent.end_char:sents[n + 1].start_char] \
                    and "\n\n" not in sent.text and _addressees_of(sents[n + 1], self) is None:
                scope += list(sents[n + 1])
            for tok in scope:
                if tok.lower_ in _SECOND_PERSON and tok.i not in self.token_actor:
                    self.token_actor[tok.i] = address[0][0]

    def _claim_named_persons(self, doc) -> None:
        """A person's name inside another actor's mention ("the government of Ilham Aliyev",
        "Aliyev's government", both the state) stands for the person: what is said of the
        government is said of its leader too (``linked`` reaches the name as owner)."""
        names = {w: a.id for a in self.document.actors if a.kind == "person" for w in _norm(a.name).split()
                 if w[:1].isalpha() and len(w) > 2}
        if not names:
            return
        lowers, _ = token_strings(doc)
        for i, actor in list(self.token_actor.items()):
            person = names.get(lowers[i])
            if person is not None and person != actor and doc[i].pos_ == "PROPN" \
                    and doc[i].dep_ in ("poss", "pobj", "compound"):
                self.token_actor[i] = person

    def _resolve_pronouns(self, doc, kinds: dict[str, str]) -> None:
        """Map third-person pronouns to the actor they most likely stand for: the subject of the
        main clause of their own sentence (when it comes first) or of the sentence before
        ("Moscow promised peace. It invaded."); "he"/"his" to a person, "it"/"its" and a
        demonstrative opening a sentence as its subject or on its subject noun ("These are sensible positions",
        "That restraint should be remembered": the noun is the actor's, as with "its") to any other kind. A main-clause subject that is no actor ("The plan failed. It ...") blocks "it".
        Where the main-clause subject is no actor of the pronoun's kind ("we", a person for "its") or
        there is none ("let us ..."), the nearest actor of its kind before the pronoun in its own
        sentence comes first ("let us applaud Manama for its hospitality", "we will remember Lisbon
        for its crackdown")."""
        def group_of(actor):
            return "person" if kinds.get(actor) == "person" else "thing"

        lowers, _ = token_strings(doc)
        pronouns = [i for i in positions(doc, _PRONOUNS, _DEMONSTRATIVES, lemmas=False) if (
            (w := lowers[i]) in _PRONOUNS or w in _DEMONSTRATIVES and doc[i].is_sent_start and (
                doc[i].dep_ == "nsubj" or doc[i].dep_ == "det" and doc[i].head.dep_ in ("nsubj", "nsubjpass")))
            and (i not in self.token_actor or self._owner_in_mention(doc[i])) and not _expletive(doc[i])]
        if not pronouns:
            return
        sents = sentences(doc)
        starts = [sent.start for sent in sents]
        subjects: dict[int, object] = {}

        def subject_of(n: int):
            if n not in subjects:
                root = sents[n].root
                subjects[n] = _subject(root) if root.pos_ in ("VERB", "AUX") else None
            return subjects[n]

        for i in pronouns:
            group, n = _PRONOUNS.get(lowers[i], "thing"), bisect_right(starts, i) - 1
            subj = subject_of(n)
            if subj is not None and subj.i < i:
                actor = self.token_actor.get(subj.i)
                if actor is not None and group in (group_of(actor), "any"):
                    if doc[i].dep_ in _PRONOUN_SUBJECT_DEPS:  # "Ankara lectures Europe while it bombs ..."
                        self.token_actor[i] = actor
                    continue  # "X should follow Paris instead of hiding behind it": not X
                if actor is None and group != "person" and subj.lower_ not in _AUTHOR_WORDS:
                    continue  # "The plan failed because it ...": "it" is the plan
            earlier = next((self.token_actor[k] for k in range(i - 1, sents[n].start - 1, -1) if k in self.token_actor
                            and self.token_actor[k] not in self.author_ids
                            and group in (group_of(self.token_actor[k]), "any")), None)
            if earlier is not None:  # "let us applaud Manama for its hospitality": no subject of its kind
                self.token_actor[i] = earlier
                continue
            for m in range(n - 1, max(-1, n - 1 - _PRONOUN_REACH[group]), -1):
                subj = subject_of(m)
                actor = self.token_actor.get(subj.i) if subj is not None else None
                if subj is not None and actor is None and subj.lower_ in _AUTHOR_WORDS and m == n - 1:
                    # "We also speak to the Sudanese Armed Forces, who hold the towns. Their aircraft ...":
                    # the writer speaks; the pronoun is the last actor of its kind the writer named there
                    named = next((self.token_actor[k] for k in range(sents[m].end - 1, sents[m].start - 1, -1)
                                  if k in self.token_actor and self.token_actor[k] not in self.author_ids
                                  and doc[k].lower_ not in _PRONOUNS
                                  and group in (group_of(self.token_actor[k]), "any")), None)
                    if named is not None:
                        self.token_actor[i] = named
                        break
                if subj is not None and group in ((group_of(actor) if actor is not None else "thing"), "any"):
                    if actor is not None:
                        self.token_actor[i] = actor
                    break

    def _owner_in_mention(self, tok) -> bool:
        """A possessive pronoun inside the mention of what it owns ("His army" standing for the state's
        armed forces): it still names its own antecedent, the owner."""
        return tok.dep_ == "poss" and tok.head.i != tok.i and self.token_actor.get(tok.head.i) == self.token_actor.get(tok.i)

    def holder(self, start: int, end: int) -> str:
        """The speaker of the quote holding the span; the author outside quotes and inside a
        quote whose speaker is unknown."""
        q = self._quote_spans().first_holding(start, end)
        return (self.author_or(q.speaker) if q.speaker else "author") if q is not None else "author"

    def in_quote(self, start: int) -> bool:
        """Whether the offset sits inside a quote of the quotes stage."""
        return self._quote_spans().inside(start)

    def unattributed(self, start: int, end: int) -> bool:
        """Whether the span sits inside a quote whose speaker is unknown."""
        return self._quote_spans().any_unspoken(start, end)

    def _quote_spans(self) -> QuoteSpans:
        """The index of the document's quotes (``quote_spans``), built once per quote list."""
        spans = self.__dict__.get("_quotes_index")
        if spans is None or spans.quotes is not self.document.quotes:
            spans = self._quotes_index = QuoteSpans(self.document.quotes)
        return spans

    def author_or(self, actor_id: str) -> str:
        return "author" if actor_id in self.author_ids else actor_id

    def actors_at(self, tok) -> list[str]:
        """The actor a token stands for, with actors joined to it by "and" ("Bamako, Ouagadougou and Niamey")."""
        out = []
        for t in [tok, *_conjuncts(tok)]:
            actor = self.token_actor.get(t.i)
            if actor is not None and actor not in out:
                out.append(actor)
        return out

    def linked(self, noun) -> list[str]:
        """Actors a noun is (its own mention) or belongs to: possessor, compound, apposition,
        "of/by/in/from" object; one level down, plus conjuncts. A noun met again while its own
        owners are sought links to nothing ("the author of the article": the author's "of" object
        leads back to the author)."""
        if noun.i in self._linking:
            return []
        self._linking.add(noun.i)
        try:
            return self._linked(noun)
        finally:
            self._linking.discard(noun.i)

    def _linked(self, noun) -> list[str]:
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _ABOUT_NOUNS:
            return _targets_of(noun.head.head, self)  # "He is the author of a war of conquest": his act
        found = self.actors_at(noun)
        if noun.lemma_.lower() in PATIENT_NOUNS and not found:  # "Tbilisi's critics", "the victims of X": not X's
            return [a for c in noun.children if c.dep_ in ("compound", "appos", "nmod") for a in self.actors_at(c)] \
                + [a for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from")  # "critics in Yerevan"
                   for o in c.children if o.dep_ == "pobj" for a in self.actors_at(o)] \
                + (self.actors_at(noun.head) if noun.dep_ == "appos" else [])
        by = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
        if not by and noun.dep_ == "dobj":  # "condemn the violations of Peru's airspace by X", "by X" on the verb
            by = [o for o in judged_by(noun.head, [noun]) if o.i != noun.i]
        agents = [o for o in by if self.actors_at(o) or self.linked(o)]
        if agents:  # "the violations of Lithuania's airspace by Russian aircraft": the doer's act
            return list(dict.fromkeys(a for o in agents for a in self.actors_at(o) or self.linked(o)))
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "appos", "nmod", "det"):
                found += self.actors_at(child)
            elif child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found += self.actors_at(obj)
                        if not self.actors_at(obj):  # "the junta of the generals in Bamako"
                            found += self.linked(obj) if obj.i != noun.i else []
        if noun.dep_ == "appos":
            found += self.actors_at(noun.head)
        if not found:  # "officials who answer to Tbilisi", "a unit that reports to the ministry": its masters'
            found += _served(noun, self)
        return list(dict.fromkeys(found))


#: Second-person pronouns that stand for the addressee after an address ("To X: you have ...", ``_resolve_addressed``).
_SECOND_PERSON = frozenset(("you", "your", "yours", "yourself", "yourselves"))
#: Third-person pronouns that can stand for an actor: person ones, "it" for states and bodies, and
#: "they" for an actor of any kind (an op-ed's "their hypocrisy" after "London ...").
_PRONOUNS = {**dict.fromkeys(("he", "him", "his", "she", "her"), "person"), **dict.fromkeys(("it", "its"), "thing"),
             **dict.fromkeys(("they", "their", "them"), "any")}
#: Demonstratives that, as the subject opening a sentence or on its noun, stand for the actor of the
#: sentence before ("Oslo proposed talks. These are sensible positions.", "Quito voted against it. That
#: took courage.", "... That restraint should be remembered.": the restraint is Quito's).
_DEMONSTRATIVES = ("that", "these", "this", "those")
#: Pronoun relations that can take the clause subject as antecedent (an object would be "itself").
_PRONOUN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "poss")
#: Sentences back that a pronoun of each group reaches for its actor.
_PRONOUN_REACH = {"person": 2, "thing": 1, "any": 1}


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


def byline_actors(document) -> set[str]:
    """Ids of the person actors the byline names: the writer is no target of their own stance."""
    names = {_norm(a.name) for a in document.authors}
    return {a.id for a in document.actors if a.kind == "person" and _norm(a.name) in names} if names else set()


def _conjuncts(tok) -> list:
    try:
        return [t for t in tok.conjuncts if t.i != tok.i]
    except (AttributeError, ValueError):
        return []


def _negated(tok) -> bool:
    """A negation on the word, or on the verb of a predicate word ("is not brave"); "not only"
    is no negation, nor one on "hesitate" or "fail" for their complement ("did not hesitate to send")."""
    doc = tok.doc
    heads, deps, kids = dependency_tree(doc)  # the children by index: no ``Token`` per child (round 27s1)
    lowers, n = token_strings(doc)[0], len(deps)
    i = tok.i
    for c in kids[i]:
        if deps[c] in _NEG_IDS and not (c + 1 < n and lowers[c + 1] in _NOT_NEGATING):
            return True
    if _inverted_nor(tok):
        return True
    # round 30s3: the head read by index, a ``Token`` made only where ``_inverted_nor`` reads it
    head = heads[i]
    if deps[i] not in _PREDICATE_IDS:
        return False
    return (any(deps[c] in _NEG_IDS and not (c + 1 < n and lowers[c + 1] in _NOT_NEGATING) for c in kids[head])
            or _inverted_nor(doc[head])) and token_strings(doc)[1][head] not in _DOUBLE_NEGATIVE_HEADS


#: The relation id of a negation (``dependency_tree``'s ``deps``).
_NEG_IDS = label_ids(frozenset({"neg"}))
#: Round 30s3: the relation ids of ``_PREDICATE_DEPS``.
_PREDICATE_IDS = label_ids(frozenset(_PREDICATE_DEPS))
#: Round 25: words that negate an inverted clause they open ("Nor has the board covered itself in glory").
_INVERTING_NEGATORS = ("nor", "neither")
#: ... and the words an opener of such a clause is read from ("not once", "at no point").
_INVERTING_OPENERS = frozenset(("nor", "neither", "once", "point"))


#: Round 29s3: the relation id of an adverb that can carry the negation of a fronted opener ("Not once").
_ADVMOD_IDS = label_ids(frozenset({"advmod"}))


def _inversion_verbs(doc) -> frozenset[int]:
    """Round 29s3: the indices of the verbs ``_inverted_nor`` can find an opener for, from the Doc's
    arrays, once per Doc (kept in its views): an opener is a child of the verb or of one of its
    auxiliaries, so the verb is its head or its head's head; the openers are "nor" / "neither" (also
    as the sentence's first word), an adverb with a negation ("Not once") and a preposition whose object
    has "no" ("At no point"). A verb left out has no opener: ``_inverted_nor`` returns False for it
    without reading its children (~37 verbs a document, none inverted on the ``speed.py`` documents)."""
    derived = views_of(doc).derived
    found = derived.get("stance_inversion_verbs")
    if found is None:
        heads, deps, _ = dependency_tree(doc)
        openers = positions(doc, _INVERTING_NEGATORS, lemmas=False)
        openers += [heads[i] for dep in _NEG_IDS for i in indices_of(deps, dep) if deps[heads[i]] in _ADVMOD_IDS]
        openers += [heads[heads[i]] for i in positions(doc, ("no",), lemmas=False)]  # "At no point": det, pobj, prep
        found = derived["stance_inversion_verbs"] = frozenset(v for o in openers for v in (heads[o], heads[heads[o]]))
    return found


def _inverted_nor(verb) -> bool:
    """Round 25: a clause opened by "nor" / "neither" (or a negated adverbial: "not once", "at no point") with its
    auxiliary (or copula) before its subject is negated: "Nor has the board covered itself in glory", "Neither did
    the ministry show courage", "Nor is the court blameless", "Not once did the board reply". A "nor" that joins
    two words ("neither Paris nor Rome acted") hangs on a noun, not the verb. Asked only of the verbs
    ``_inversion_verbs`` leaves open (round 29s3)."""
    if verb.i not in _inversion_verbs(verb.doc) or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    fronting = children + [g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children]
    opener = next((c for c in fronting if c.i < verb.i and (
        c.dep_ in ("cc", "preconj", "advmod") and c.lower_ in _INVERTING_NEGATORS
        or c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children)  # "Not once did the board reply"
        or c.dep_ == "prep" and any(o.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in o.children)
                                    for o in c.children))), None)  # "At no point has the board replied"
    if opener is None:
        # the sentence's first word (after "and" / "but"), read from the Doc's lists and made a
        # ``Token`` only when it is "nor" / "neither" (``Token.sent`` walked the sentence on each
        # of its three reads, for every verb asked; round 26s)
        doc = verb.doc
        sent, lowers = sentence_of(doc, verb.i), token_strings(doc)[0]
        at = sent.start if lowers[sent.start] not in ("and", "but") or sent.end - sent.start < 2 else sent.start + 1
        first = doc[at] if lowers[at] in _INVERTING_NEGATORS and at < verb.i else None
        if first is not None and (first.head.i == verb.i or first.head.head.i == verb.i
                                  and first.head.dep_ in ("aux", "auxpass")):
            opener = first  # "Neither has the company kept ...": the parser makes "Neither" the subject of "has"
    if opener is None:
        return False
    subj = next((c for c in children if (c.dep_ in _SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl"))
                 and c.i != opener.i), None)
    if subj is None:
        return False
    fronted = [c.i for c in children if c.dep_ in ("aux", "auxpass")] + ([verb.i] if verb.pos_ == "AUX" else [])
    return any(opener.i < i < subj.i for i in fronted)


def _subject(verb):
    """The clause subject of a verb (inherited along "xcomp", "conj", "advcl"); none for a
    passive verb, whose subject undergoes the act ("it has been punished"). Read from the Doc's
    dependency table, a ``Token`` made only for the subject (round 30s3; ~80 calls a document)."""
    doc = verb.doc
    heads, deps, kids = dependency_tree(doc)
    passive, i = _passive_verbs(doc), verb.i
    while i not in passive:
        for c in kids[i]:
            if deps[c] in _SUBJECT_IDS:
                return doc[c]
        if deps[i] not in _SUBJECT_INHERITING_IDS or heads[i] == i:
            return None
        i = heads[i]
    return None


#: Round 30s3: the relation ids of ``_SUBJECT_DEPS``, and of the clauses that inherit their head's subject.
_SUBJECT_IDS = label_ids(frozenset(_SUBJECT_DEPS))
_SUBJECT_INHERITING_IDS = label_ids(frozenset(("xcomp", "conj", "advcl")))


def _targets_of(word, mentions: _Mentions, act: bool = False) -> list[str]:
    """The actors an evaluative word or label is syntactically about. ``act``: the word names an
    act (an evaluative word, not a label for people), so that as the object of a verb of doing or
    ordering with no owner of its own it is the subject's act ("oversaw the massacres"). A word joined
    by "and" to a modifier or predicate of the same part of speech is about what that one is about
    ("quietly and honestly", "reckless and cynical")."""
    if word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ == word.pos_ \
            and word.head.dep_ in (*_MODIFIER_DEPS, *_PREDICATE_DEPS) and word.pos_ in ("ADJ", "ADV"):
        return _targets_of(word.head, mentions, act)
    if word.dep_ == "advmod" and word.head.pos_ in ("VERB", "AUX"):  # "Yerevan has wisely begun ..."
        subj = _subject(word.head)
        return mentions.linked(subj) if subj is not None else []
    if word.pos_ == "VERB" and _passive(word):  # "punished by Brussels": the agent's act
        return [a for c in word.children if c.dep_ == "agent" for o in c.children for a in mentions.linked(o)]
    if word.pos_ == "VERB" and word.tag_ == "VBN":  # "saw the agreement abandoned by Bamako" (an actor as agent)
        agents = [a for c in word.children if c.dep_ == "agent" for o in c.children for a in mentions.linked(o)]
        if agents:
            return agents
    if word.dep_ in _MODIFIER_DEPS and word.head.i != word.i:
        found = mentions.linked(word.head)
        if not found and (word.head.dep_ in _PREDICATE_DEPS  # "the protesters are brave people"
                          or word.head.dep_ == "dobj" and word.head.head.lemma_ in _PRODUCT_VERBS):
            subj = _subject(word.head.head)  # "Vilnius took a brave decision": the decision is Vilnius's
            found = mentions.linked(subj) if subj is not None else []
        return found
    if word.dep_ == "appos":
        return mentions.actors_at(word.head) or mentions.linked(word)
    if word.dep_ == "oprd" and word.head.lemma_.lower() in CALLING_VERBS:  # "I would call Paris honest": Paris
        return [a for o in word.head.children if o.dep_ == "dobj" for a in mentions.linked(o)]
    if word.dep_ in _PREDICATE_DEPS:
        subj = _subject(word.head)
        found = mentions.linked(subj) if subj is not None else []
        if not found and act:  # round 30o2: "the collapse is Brackwater's failure": the act's owner
            found = [a for c in word.children if c.dep_ == "poss" for a in mentions.linked(c)]
        if subj is not None or found:
            return found
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.lemma_ == "be":
        subj = _subject(word.head.head)  # "Budapest is on the wrong side of history"
        return mentions.linked(subj) if subj is not None else []
    if word.dep_ == "pobj" and word.head.lower_ == "with" and word.head.head.pos_ == "VERB" \
            and not mentions.linked(word):  # "stands with the regime in Damascus": the regime's
        subj = _subject(word.head.head)  # "Colombia has handled the crisis with courage"
        return mentions.linked(subj) if subj is not None else []
    if word.dep_ == "prep" and word.head.pos_ == "VERB":
        subj = _subject(word.head)  # a phrase on the verb: "Oslo lent the money without conditions"
        return mentions.linked(subj) if subj is not None else []
    if word.dep_ == "prep" and mentions.actors_at(word.head):  # "Nepal, to its credit, did not give in"
        return mentions.actors_at(word.head)
    if word.dep_ in ("dobj", "pobj") and word.head.lemma_ in _ROLE_VERBS + ("as",):
        verb = word.head if word.head.pos_ != "ADP" else word.head.head
        subj = _subject(verb)
        if subj is not None:
            return mentions.linked(subj)
    if word.pos_ == "VERB":
        subj = _subject(word)
        return mentions.linked(subj) if subj is not None else []
    found = mentions.linked(word)
    verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "over" else word.head
    if act and not found and word.dep_ in ("dobj", "pobj") and verb.lemma_ in _DOER_VERBS and not _negated(verb):
        subj = _subject(verb)  # "ordered the crackdown", "presided over the executions": the subject's act
        found = mentions.linked(subj) if subj is not None else []
    return found


def _passive(verb) -> bool:
    """``any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)``, read by index."""
    return verb.i in _passive_verbs(verb.doc)


#: The ids of "nsubjpass" and "auxpass" as ``Token.dep`` gives them (spaCy symbols).
_PASSIVE_DEPS = frozenset((symbols.nsubjpass, symbols.auxpass))


def _passive_verbs(doc) -> frozenset[int]:
    """Round 30s3: the tokens with a child of ``_PASSIVE_DEPS`` (the heads of those children), once
    per Doc (kept in its views), so that ``_passive`` (~100 calls a document) is one set look-up."""
    derived = views_of(doc).derived
    found = derived.get("stance_passive_verbs")
    if found is None:
        heads, deps, _ = dependency_tree(doc)
        found = derived["stance_passive_verbs"] = frozenset(
            heads[c] for dep in _PASSIVE_DEPS for c in indices_of(deps, dep) if heads[c] != c)
    return found


def _phrase_heads(doc, multi: tuple[str, ...], phrases: dict) -> Iterator[tuple[object, str, int]]:
    """``(head token, entry, value)`` for each multi-word entry (``multi``) found (lower-cased words)."""
    if not multi:
        return
    for mid, s, e in _phrase_matcher(doc.vocab, multi)(doc):
        span = doc[s:e]
        key = doc.vocab.strings[mid]
        yield span.root, key, phrases[key]


#: Two-word entries by their first word and second word, per multi-word entry list (``_particle_index``).
_PARTICLES: dict[tuple[str, ...], dict[str, dict[str, str]]] = {}


def _particle_index(multi: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """``{first word: {second word: entry}}`` of the two-word entries, built once per entry list."""
    held = _PARTICLES.get(multi)
    if held is None:
        held = _PARTICLES[multi] = {}
        for key in multi:
            words = key.split()
            if len(words) == 2:
                held.setdefault(words[0], {})[words[1]] = key
    return held


#: Phrase matchers by their entries (in order), each with the vocabulary it was built for.
_MATCHERS: dict[tuple[str, ...], tuple[object, object]] = {}


def _phrase_matcher(vocab, entries: tuple[str, ...]):
    """A ``PhraseMatcher`` (lower case) of ``entries``, built once per entry list and vocabulary."""
    held = _MATCHERS.get(entries)
    if held is None or held[0] is not vocab:
        from spacy.matcher import PhraseMatcher

        matcher = PhraseMatcher(vocab, attr="LOWER")
        tokenizer = _blank_tokenizer(vocab)
        for key in entries:
            matcher.add(key, [tokenizer(key)])
        held = _MATCHERS[entries] = (vocab, matcher)
    return held[1]


_TOKENIZER = {}


def _blank_tokenizer(vocab):
    from ..nlp import load_nlp

    nlp = load_nlp()
    if nlp.vocab is vocab:
        return nlp.tokenizer
    if "blank" not in _TOKENIZER:
        import spacy

        _TOKENIZER["blank"] = spacy.blank("en").tokenizer
    return _TOKENIZER["blank"]


#: The multi-word entries of each entry dict ``_word_hits`` was given, by its id (with the dict).
_MULTI: dict[int, tuple[dict, tuple[str, ...]]] = {}


def _multi_word(terms: dict) -> tuple[str, ...]:
    """The entries of ``terms`` with a space or a hyphen, in order, once per dict (the lexicon
    dicts are built once per resource set and not edited)."""
    held = _MULTI.get(id(terms))
    if held is None or held[0] is not terms:
        if len(_MULTI) > 64:  # dicts of other resource sets
            _MULTI.clear()
        held = _MULTI[id(terms)] = (terms, tuple(k for k in terms if " " in k or "-" in k))
    return held[1]


def _word_hits(doc, terms: dict) -> Iterator[tuple[object, str, int]]:
    """``(token, entry, value)`` for one-word entries (lemma or lower case), multi-word ones, and
    two-word entries of a verb and its particle with words between them, by lemma ("prop up":
    "Moscow props him up")."""
    lowers, lemmas = token_strings(doc)
    multi = _multi_word(terms)
    particles = _particle_index(multi)
    for i in sorted({*positions(doc, terms), *positions(doc, terms, lemmas=False)}):  # lemma or word in terms
        lemma = lemmas[i]
        key = lemma if lemma in terms else lowers[i]
        if key in terms and " " not in key:
            tok = doc[i]
            if tok.pos_ != "PROPN":
                yield tok, key, terms[key]
    heads = set()
    for tok, key, value in _phrase_heads(doc, multi, terms):
        heads.add(tok.i)
        yield tok, key, value
    for i in (i for i in positions(doc, particles) if i not in heads):
        tok = doc[i]
        key = next((particles[lemmas[i]][c.lower_] for c in tok.children
                    if c.dep_ == "prt" and c.i > i and c.lower_ in particles[lemmas[i]]), None)
        if key is not None and tok.pos_ == "VERB":
            yield tok, key, terms[key]


@resources.cached
def _lexicons():
    evaluative = polar_terms("evaluative.en.tsv")
    labels = {w: -1 for w in word_list("name_calling.txt")}
    labels.update({w: -1 for w, tech in political_labels().items() if tech == "Name_Calling,Labeling"})
    loaded = {w: -1 for w, tech in political_labels().items() if tech == "Loaded_Language"}
    evaluative = {**loaded, **evaluative}
    return evaluative, labels


@resources.cached
def _sarcasm_markers() -> dict[str, int]:
    return {w: 1 for w in word_list("sarcasm.en.txt")}


def _sarcastic_sentences(doc) -> dict[int, tuple[int, int, str]]:
    """Sentence start char -> (marker start, end, marker) for sentences with a sarcasm marker, or
    that profess one thing while doing another (``_professing_while``)."""
    markers = _sarcasm_markers()
    out = {}
    for tok, key in [*((tok, key) for tok, key, _ in _word_hits(doc, markers)), *_professing_while(doc),
                     *_scornful_some(doc)]:
        out.setdefault(tok.sent.start_char, (tok.idx, tok.idx + len(tok.text), key))
    return out


#: What may follow a bare denial's negation (``_bare_denial``): the end of the sentence or a colon before the facts
#: ("It is not:"); a scornful "Some friend" fragment (``_scornful_some``) may also end at a comma.
_DENIAL_ENDS = frozenset((".", ":", ";", "!", "\u2014"))
_FRAGMENT_ENDS = _DENIAL_ENDS | {","}


def _scornful_some(doc) -> Iterator[tuple[object, str]]:
    """Round 30o2: ``(token, entry)`` for a sentence that opens with "Some" and a singular noun cut off by a
    punctuation mark, a scornful echo of what an actor called itself or its deed: "Some friend: it sold the
    fishing rights.", "Some consultation." (entry "some friend"); not "Some boats stayed in port." nor "Some
    ministers, ..." (plural). Round 30f1: the noun echoes a word of the sentence before ("... calls itself a friend
    of the islands. Some friend."), else it opens a plain note ("Some context: ...", "Some history.")."""
    sents = sentences(doc)
    for prev, sent in zip(sents, sents[1:]):
        i = sent.start
        if i + 2 < sent.end and doc[i].lower_ == "some" and doc[i + 1].tag_ == "NN" \
                and doc[i + 2].text in _FRAGMENT_ENDS \
                and any(t.lemma_.lower() == doc[i + 1].lemma_.lower() for t in prev):
            yield doc[i], f"some {doc[i + 1].lower_}"


def _professing_while(doc) -> Iterator[tuple[object, str]]:
    """``(token, entry)`` for talk of one thing while doing another, a hypocrisy: "Tehran speaks of
    peace while it arms the militias", "talks of reconciliation while blocking ...", "Minsk claims to
    be neutral while it lends its airfields", "denied doing so while doing it", "called itself a
    partner while it sheltered them"; not when someone else acts in the "while" clause ("spoke of
    peace while the envoys waited"), nor for a plain "said" ("said so while visiting Oslo")."""
    _, lemmas = token_strings(doc)
    for i in _with_while(doc, positions(doc, _PROFESS_WORDS, _PRETEND_WORDS)):
        tok, heads = doc[i], [doc[i]]
        if lemmas[i] in _PROFESS_WORDS or lemmas[i] == "call":
            words = ("of", "about") if lemmas[i] != "call" else _REFLEXIVES
            said = next((c.lower_ for c in tok.children if c.dep_ in ("prep", "dobj") and c.lower_ in words), None)
            entry = f"{tok.lower_} {said} ... while"
        elif tok.pos_ == "VERB":  # the claim's own clause may hold the "while" ("claims to be neutral while ...")
            said, entry = tok.lower_, f"{tok.lower_} ... while"
            heads += [c for c in tok.children if c.dep_ == "xcomp"]
        else:
            continue
        if said and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
                        and all(m.pos_ == "PRON" for m in c.children if m.dep_ in _SUBJECT_DEPS)
                        for h in heads for c in h.children):  # the same doer: "while blocking", "while it arms"
            yield tok, entry


def _scare_quoted(doc) -> set[int]:
    """Indices of the tokens between quotation marks that hold at most ``SCARE_QUOTE_MAX_WORDS``
    words in one sentence (Havana's "heroic resistance"): words the writer mentions, not uses."""
    lowers, _ = token_strings(doc)
    out, opened = set(), None
    for i in positions(doc, _QUOTE_MARKS, lemmas=False):
        if lowers[i] in _OPEN_QUOTES or lowers[i] in _STRAIGHT_QUOTES and opened is None:
            opened = i
        elif opened is not None:
            inside = range(opened + 1, i)
            if sum(not doc[k].is_punct for k in inside) <= SCARE_QUOTE_MAX_WORDS \
                    and not any(doc[k].is_sent_start for k in inside):
                out.update(inside)
            opened = None
    return out


def _word_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    evaluative, labels = _lexicons()
    scare = _scare_quoted(doc)
    seen = set()
    for source, weight, kind in ((labels, LABEL_WEIGHT, "name-calling"), (evaluative, EVALUATIVE_WEIGHT, "evaluative")):
        for tok, key, sign in _word_hits(doc, source):
            if (tok.i, key) in seen or kind == "name-calling" and tok.pos_ not in _LABEL_POS:
                continue
            seen.add((tok.i, key))
            holder = mentions.holder(tok.idx, tok.idx + len(tok.text))
            quoted = tok.i in scare and holder == "author" and not mentions.in_quote(tok.idx)
            if quoted and sign < 0:
                continue  # 'Moscow calls them "bandits"': the label is not the writer's
            if _negated(tok):
                sign = -sign
            mocked = doc.has_annotation("SENT_START") and tok.sent.start_char in sarcastic
            if quoted:
                sign, why = -1, f"{kind} '{key}' in scare quotes"
            elif mocked and sign > 0:
                sign, why = -1, f"{kind} '{key}' said with sarcasm"
            else:
                why = f"{kind} '{key}'"
            start, end = _word_span(doc, tok, key)
            if holder == "author" and (caller := _caller(tok, mentions)) is not None:
                holder, why = caller, f"{why}, in its words"  # "Yerevan called the crackdown brutal"
            for target in _targets_of(tok, mentions, act=kind == "evaluative" and tok.pos_ == "NOUN"):
                if target != holder:
                    yield Evidence(holder, target, sign, weight, start, end, why)
    defended = _insult_rebuttals(doc, mentions) if sarcastic else {}
    for sent_start, (start, end, entry) in sarcastic.items():
        holder = mentions.holder(start, end)
        marker = doc.char_span(start, end, alignment_mode="expand")
        if marker is None:
            continue
        spared = defended[sent_start][0] if sent_start in defended else set()  # round 22: "He is nothing of the kind"
        for target in _mocked(marker.sent, marker.root, mentions):
            if target != holder and target not in spared:
                yield Evidence(holder, target, -1, SARCASM_WEIGHT, start, end, f"sarcasm '{entry}'")


def _word_span(doc, tok, key: str) -> tuple[int, int]:
    n = len(key.split())
    if n == 1:
        return tok.idx, tok.idx + len(tok.text)
    lo = max(0, tok.i - n + 1)
    for s in range(lo, tok.i + 1):
        span = doc[s:s + n]
        if span.text.lower() == key or " ".join(t.lower_ for t in span) == key:
            return span.start_char, span.end_char
    return tok.idx, tok.idx + len(tok.text)


def _mocked(sent, marker, mentions: _Mentions) -> list[str]:
    """The actors a sarcastic sentence is about: for a marker that modifies a noun ("the so-called
    peace plan of Ankara") only that noun's actors; else the owners of the marker's noun, and the
    subject nearest the marker, else the first actor in the sentence, else the subject of the
    sentence before (a sarcastic aside: "... How very progressive.")."""
    if marker.dep_ in _MODIFIER_DEPS and marker.head.i != marker.i and marker.head.pos_ in ("NOUN", "PROPN"):
        return mentions.linked(marker.head)
    found = mentions.linked(marker) if marker.pos_ in ("NOUN", "PROPN") else []
    subjects = sorted((t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "poss") and mentions.linked(t)),
                      key=lambda t: abs(t.i - marker.i))
    for subj in subjects[:1]:
        found += mentions.linked(subj)
    if not found:
        for tok in sent:
            actors = mentions.actors_at(tok)
            if actors:
                found = actors
                break
    if not found and sent.start > 0:  # "Copenhagen wants to be admired. How very progressive."
        subj = _subject(sent.doc[sent.start - 1].sent.root)
        found = mentions.linked(subj) if subj is not None else []
    return list(dict.fromkeys(found))


#: Round 35s35: nouns of a part through which a deserved thing is named ("deserves its share of the blame",
#: "has earned a part of the credit", "deserves most of the credit"): the "of" object is what is deserved.
_SHARE_NOUNS = frozenset(("share", "part", "portion", "measure", "some", "most", "much", "all", "half", "none"))
#: Round 35s35 (fix): words on a deserved thing or its share that deny it ("deserves no credit", "none of the blame").
_NONE_WORDS = frozenset(("no", "none"))


def _deserved_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """"Dhaka deserves more support", "Armenia deserves better": the object of "deserve" /
    "merit" / "earn" (``deserved.en.tsv``) is the holder's stance toward the verb's subject; through a share
    ("deserves its share of the blame", round 35s35) the "of" object is. A negation on the verb or a "no" / "none"
    on the thing or its share turns the sign ("deserves no credit", "no share of the blame"); the writer's reading
    needs the verb asserted: not under a modal or "if", not a claim reported from someone else ("critics say X
    deserves ...", "X deserves ..., a lawmaker told reporters"), not in a quote (round 35s35's fix)."""
    deserved = polar_terms("deserved.en.tsv")
    for i in positions(doc, _DESERVE_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        subj = _subject(verb)
        for obj in verb.children:
            denied = False
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _SHARE_NOUNS:  # round 35s35: "its share of the blame"
                share = obj
                obj = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj"), obj)
                denied = share.lower_ == "none" or any(d.dep_ == "det" and d.lower_ in _NONE_WORDS
                                                       for d in share.children)
            sign = deserved.get(obj.lemma_.lower()) if obj.dep_ in ("dobj", "advmod", "acomp") \
                or obj.dep_ == "pobj" and obj.head.head.lemma_.lower() in _SHARE_NOUNS else None
            if sign is None or subj is None:
                continue
            denied = denied or any(d.dep_ == "det" and d.lower_ in _NONE_WORDS for d in obj.children)
            start, end = verb.idx, obj.idx + len(obj.text)
            if mentions.holder(start, end) == "author" and (_unasserted(verb, negation=False)
                                                            or mentions.in_quote(verb.idx)):
                continue
            sign = -sign if _negated(verb) != denied else sign
            yield from _of_subject(mentions, subj, sign, EVALUATIVE_WEIGHT, start, end,
                                   f"deserves '{obj.lemma_.lower()}'")


def _of_subject(mentions: _Mentions, subj, sign: int, weight: float, start: int, end: int,
                reason: str) -> Iterator[Evidence]:
    """Evidence about the actors a clause's subject stands for, held by whoever holds the span."""
    holder = mentions.holder(start, end)
    for target in mentions.linked(subj):
        if target != holder:
            yield Evidence(holder, target, sign, weight, start, end, reason)


@resources.cached
def _first_words(name: str) -> frozenset[str]:
    """The first words of the entries of a tagged stance list."""
    return frozenset(entry.split()[0] for entry in polar_terms(name))


def _deed_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """Deeds judged without an evaluative word, about the verb's subject: a verb and its object
    in ``deeds.en.tsv`` ("kept its word" +, "broke its promises" -), and help in kind
    (``relief.en.txt``) as the object of a giving verb ("Norway sent doctors, tents and pumps" +).
    A negation reverses the sign ("did not send a single doctor"); said with sarcasm, praise is a sneer."""
    relief = set(word_list("relief.en.txt"))
    deeds = polar_terms("deeds.en.tsv")
    deed_verbs = _first_words("deeds.en.tsv")
    _, lemmas = token_strings(doc)
    for i in positions(doc, _GIVING_VERBS, deed_verbs):
        verb, lemma = doc[i], lemmas[i]
        if verb.pos_ != "VERB":
            continue
        objects = [o for c in verb.children if c.dep_ in ("dobj", "dative") for o in (c, *_conjuncts(c))]
        found = next(((o, deeds[f"{lemma} {o.lemma_.lower()}"], EVALUATIVE_WEIGHT, "deed") for o in objects
                      if f"{lemma} {o.lemma_.lower()}" in deeds), None)
        if found is None and lemma in _GIVING_VERBS:
            found = next(((o, 1, DEED_WEIGHT, "help in kind") for o in objects if o.lemma_.lower() in relief), None)
        subj = _subject(verb) if found is not None else None
        if subj is None or found[3] == "deed" and _modal_deed(verb):
            continue
        obj, sign, weight, kind = found
        sign = -sign if _negated(verb) else sign
        if sign > 0 and verb.sent.start_char in sarcastic:
            sign = -1
        yield from _of_subject(mentions, subj, sign, weight, verb.idx, obj.idx + len(obj.text),
                               f"{kind} '{lemma} {obj.lemma_.lower()}'")


def _modal_deed(verb) -> bool:
    """A deed under a modal is not told as done ("the ministry should do its duty", "Lima must keep its
    word"): it is a demand or a guess, read by the calls to action if anywhere (round 19b)."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _omission_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    """What an actor did not do, said in the writer's own voice in a commentary or statement
    section: "Caracas has not published the tally sheets", "it never tabled its drought rules"
    blame the verb's subject, at ``OMISSION_WEIGHT`` (a measured piece lists a party's failures to
    act without an evaluative word). Not a failure to act: a negated verb of restraint, perception,
    wanting or receiving ("did not hesitate", "did not know", "did not receive", ``_NOT_OMISSIONS``),
    one under a modal ("could not attend"), a hostile act or speech the events stage found ("did not
    shell the town"), an evaluative word (its negation is read there), nor ordinary people or
    refugees as the subject (sectors ``_PEOPLE_SECTORS``: "the villagers did not leave by choice").
    An omission is also told without a negated verb: an act with "no" or "nothing" as its object ("it
    has issued no statement", "Madrid said nothing"; not for a verb of having, meeting or sparing,
    ``_NO_OBJECT_NON_ACTS``: "has no army", "meets no resistance", "spared no effort"), and a failure
    or a delay to act ("failed to protect them", "has yet to publish the rules"; not "did not fail to").
    Not handled: a negated harmful act that no list or event knows ("did not retaliate", "never
    interfered", "did not lecture anyone") is read as an omission, though it is restraint; an object
    with "any" cuts both ways ("did not lecture anyone", "has not offered any explanation")."""
    triggers = {e.trigger.start for e in document.events if e.type in HOSTILE_ACTS or e.type in HOSTILE_SPEECH}
    evaluative = polar_terms("evaluative.en.tsv")
    people = {a.id for a in document.actors if a.sector in _PEOPLE_SECTORS}
    for verb, reason in _omitted_acts(doc):
        lemma = verb.lemma_.lower()
        if lemma in evaluative or verb.idx in triggers \
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) or _no_failure(verb) \
                or lemma in CONDUCT_VERBS and any(c.dep_ == "prep" and c.lower_ == "like" for c in verb.children):
            continue
        section = document.section_at(verb.idx)
        if section is None or section.kind not in _AUTHOR_SECTIONS or mentions.in_quote(verb.idx):
            continue
        subj = _subject(verb)
        for ev in _of_subject(mentions, subj, -1, OMISSION_WEIGHT, verb.idx, verb.idx + len(verb.text),
                              reason) if subj is not None else ():
            if ev.holder == "author" and ev.target not in people:
                yield ev


def _omitted_acts(doc) -> list[tuple[object, str]]:
    """``(verb, reason)`` for each act told as not done, in text order (``_omission_evidence``): a negated
    verb ("not publish"), a verb with "no" or "nothing" as its object ("issue no statement", "say
    nothing"), and a failure or delay to act, on the verb whose subject fails ("failed to act",
    "yet to publish")."""
    heads = {doc[i].head for i in positions(doc, _NEGATION_WORDS, lemmas=False) if doc[i].dep_ == "neg"}
    verbs = {*heads, *(c for h in heads for c in h.children if c.dep_ in _PREDICATE_DEPS)}  # "did not want to pay"
    # round 25: a clause negated by its fronted opener ("Nor did the board reply", "Not once did it apologise")
    for i in positions(doc, _INVERTING_OPENERS, lemmas=False):
        tok = doc[i]
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
        verb = verb.head if verb.dep_ == "aux" else verb  # "Neither" read as the subject of "did"
        if _inverted_nor(verb):
            verbs.add(verb)
    out = [(v, f"omission 'not {v.lemma_.lower()}'") for v in sorted(verbs, key=lambda v: v.i)
           if v.pos_ == "VERB" and _negated(v) and v.lemma_.lower() not in _NOT_OMISSIONS]
    out += [(v, f"omission 'would not {v.head.lemma_.lower()}'") for v in heads  # "... when the authorities would not"
            if v.pos_ == "AUX" and v.lower_ in _REFUSING_MODALS and v.dep_ in ("advcl", "conj") and v.head.pos_ == "VERB"
            and not any(c.pos_ in ("VERB", "AUX") and c.dep_ != "neg" for c in v.children)]
    for i in positions(doc, _NO_OBJECTS, lemmas=False):
        obj = doc[i] if doc[i].dep_ == "dobj" else doc[i].head if doc[i].dep_ == "det" else None
        verb = obj.head if obj is not None and obj.dep_ == "dobj" else None
        if verb is not None and verb.pos_ == "VERB" and not _negated(verb) \
                and verb.lemma_.lower() not in _NOT_OMISSIONS and verb.lemma_.lower() not in _NO_OBJECT_NON_ACTS:
            out.append((verb, f"{INACTION} '{verb.lemma_.lower()} {'no ' if obj.i != i else ''}{obj.lower_}'"))
    for i in positions(doc, _FAILING_WORDS, lemmas=False):
        tok = doc[i]
        verb = tok if tok.lemma_.lower() == "fail" and tok.pos_ == "VERB" else \
            tok.head if tok.lower_ == "yet" and tok.dep_ == "advmod" and tok.head.lemma_ in ("be", "have") else None
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > i), None) if verb is not None else None
        if act is not None and not _negated(verb):
            out.append((verb, f"{INACTION} '{'failed' if verb.i == i else 'yet'} to {act.lemma_.lower()}'"))
    return sorted(out, key=lambda pair: pair[0].i)


def _model_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """"Hungary has shown what a sovereign policy looks like": a subject that shows what something
    looks like is held up as the model of it (praise; a sneer with sarcasm, blame under a negation)."""
    for i in positions(doc, _SHOW_VERBS):
        verb = doc[i]
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "look"
                       and any(p.lower_ == "like" for p in c.children)
                       and any(w.lower_ == "what" for w in c.subtree)), None)
        subj = _subject(verb) if clause is not None and verb.pos_ == "VERB" else None
        if subj is None:
            continue
        sign = -1 if _negated(verb) or verb.sent.start_char in sarcastic else 1
        yield from _of_subject(mentions, subj, sign, EVALUATIVE_WEIGHT, verb.idx, clause.idx + len(clause.text),
                               f"model '{verb.lemma_.lower()} what ... looks like'")


def _side_evidence(document, doc, mentions: _Mentions, call_spans: list[tuple[int, int]],
                   sarcastic: dict) -> Iterator[Evidence]:
    side = polar_terms("side_taking.en.tsv")
    cease = set(word_list("cease_verbs.en.txt"))
    for tok, key, sign in _word_hits(doc, side):
        verb = tok
        if " " not in key and any(c.dep_ == "prt" and c.lower_ in _TURNING_PARTICLES for c in verb.children):
            continue  # "sold out its allies", "backed down": another verb
        objects = _objects(verb, key, mentions)
        if not objects and " " not in key:
            yield from _passive_side(verb, key, sign, mentions)
        if not objects:
            if not _thanks_received(verb):  # round 22: "We received one reply, thanking us ..."
                yield from _side_with_author(verb, key, sign, mentions)
            continue
        head = verb.head
        if verb.dep_ in ("xcomp", "dobj", "pcomp") and head.lemma_.lower() in cease or \
                verb.dep_ == "xcomp" and head.lemma_.lower() in ("stop", "end", "cease", "quit"):
            sign, why = -sign, f"side-taking '{key}' under '{head.lower_}'"
        else:
            why = f"side-taking '{key}'"
        if _negated(verb):
            sign = -sign
        start, end = _word_span(doc, tok, key)
        for holder in _side_holders(verb, mentions, call_spans):
            mocked = holder == "author" and sign > 0 and verb.sent.start_char in sarcastic
            for target in objects:
                if target != holder:
                    yield Evidence(holder, target, -sign if mocked else sign, SIDE_WEIGHT, start, end,
                                   f"{why} said with sarcasm" if mocked else why)
            if sign > 0 and not mocked:
                for target in _opposed_sides(verb, key, mentions):
                    if target != holder and target not in objects:
                        yield Evidence(holder, target, -1, SIDE_WEIGHT, start, end, f"{why}, the other side")


#: Round 28o1: what one follows of an actor when one takes it as a model ("follow Dhaka's lead", "the example set by X").
_MODEL_NOUNS = frozenset(("example", "lead"))
_FOLLOWING = frozenset(("follow",))


def _followed_lead_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An actor whose lead or example the holder wants followed, in the possessive form the side-taking phrases
    ("follow the lead of", "follow the example of") miss: "Other governments should follow Dhaka's lead", "follow the
    example set by Dhaka" count for it (round 28o1; ``SIDE_WEIGHT``, reason "side-taking 'follow ... lead'"), against
    it when negated ("should not follow Moscow's example")."""
    for i in positions(doc, _FOLLOWING):
        verb = doc[i]
        if verb.pos_ != "VERB" or _asked(doc, verb):
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MODEL_NOUNS):
            models = [c for c in noun.children if c.dep_ == "poss"] + \
                [o for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() == "set"
                 for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"]
            start, end = verb.idx, noun.idx + len(noun.text)
            holder = mentions.holder(start, end)
            sign = -1 if _negated(verb) else 1
            for target in dict.fromkeys(a for m in models for a in mentions.linked(m)):
                if target != holder and mentions.author_or(target) != holder:
                    yield Evidence(holder, target, sign, SIDE_WEIGHT, start, end,
                                   f"side-taking 'follow ... {noun.lemma_.lower()}'")


def _passive_side(verb, key: str, sign: int, mentions: _Mentions) -> Iterator[Evidence]:
    """A side-taking verb in the passive, or a participle, with its agent: "It was armed and bankrolled
    by Abu Dhabi", "the drones ... were supplied by Tehran", "the militia, armed by Moscow, ...": the
    agent's stance toward the verb's patient (its passive subject, or the noun the participle is on),
    as in the active "Abu Dhabi armed it". A negation reverses the sign."""
    if verb.pos_ != "VERB" or mentions.unattributed(verb.idx, verb.idx + len(verb.text)):
        return
    agents = [o for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"))
              for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
              for o in (p, *_conjuncts(p))]  # "armed and bankrolled by X": the agent on the last verb
    if not agents:
        return
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i and not any(c.dep_ == "nsubjpass" for c in head.children):
        head = head.head  # "It was armed and bankrolled by ...": the patient is on the first verb
    patients = [c for c in head.children if c.dep_ == "nsubjpass"]
    if not patients and head.dep_ in _PREDICATE_DEPS and head.head.lemma_ == "be":  # "It was armed by X"
        patients = [c for c in head.head.children if c.dep_ == "nsubj"]
    if not patients and head.dep_ == "acl" and head.tag_ == "VBN":
        patients = [head.head]
    objects = list(dict.fromkeys(a for p in patients for a in mentions.linked(p)))
    helpers = list(dict.fromkeys(mentions.author_or(a) for o in agents for a in mentions.actors_at(o)))
    sign = -sign if _negated(verb) else sign
    start, end = _word_span(verb.doc, verb, key)
    for holder in helpers:
        for target in objects:
            if target != holder:
                yield Evidence(holder, target, sign, SIDE_WEIGHT, start, end, f"side-taking '{key}' by its agent")


def _objects(verb, key: str, mentions: _Mentions) -> list[str]:
    """Actors the side-taking verb puts on a side: its object, the object of its preposition
    ("stand with X"), or the object of one of the phrase's words ("follow the example of X")."""
    found = []
    if verb.pos_ == "NOUN":  # "our support for Kyiv", "solidarity to the victims"
        found += [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with", "to")
                  for o in c.children if o.dep_ == "pobj" for a in mentions.linked(o)]
    for child in _object_tokens(verb, key):
        found += mentions.linked(child)
    return list(dict.fromkeys(found))


#: Prepositions that name the other side of a side-taking verb ("stand with X against Y").
AGAINST_PREPS = ("against",)


def _against_side(obj, verb, key: str) -> bool:
    """Whether ``obj`` is the object of a preposition of ``AGAINST_PREPS`` on the side-taking verb
    itself that the verb's key does not hold ("stand with Kyiv against the Kremlin", not "side against")."""
    prep = obj.head
    return prep.dep_ == "prep" and prep.lower_ in AGAINST_PREPS and prep.head.i == verb.i \
        and prep.lower_ not in key.split()


def _opposed_sides(verb, key: str, mentions: _Mentions) -> list[str]:
    """Actors a side-taking verb puts on the other side (``_against_side``): "We stand with Kyiv
    against the Kremlin's treachery" sides with Kyiv and against Russia."""
    found = [a for prep in verb.children if prep.dep_ == "prep" for o in prep.children
             if o.dep_ == "pobj" and _against_side(o, verb, key) for a in mentions.linked(o)]
    return list(dict.fromkeys(found))


def _object_tokens(verb, key: str) -> Iterator:
    """The object tokens of a side-taking verb or phrase (see ``_objects``)."""
    phrase = range(verb.i - len(key.split()) - 1, verb.i + len(key.split()) + 1)
    for child in verb.subtree if " " in key else verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and child.head.i == verb.i \
                and any(c.dep_ == "dobj" for c in verb.children):  # the recipient: "sells rifles to the junta"
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "pobj" and _against_side(child, verb, key):
            continue  # "stand with Kyiv against Moscow": Moscow is the other side (``_opposed_sides``)
        elif child.dep_ in ("dobj", "pobj", "dative") and (child.head.i == verb.i or child.head.head.i == verb.i
                                                         or " " in key and child.head.i in phrase):
            yield child
        elif child.dep_ in ("ccomp", "xcomp") and child.head.i == verb.i:  # "helped Kyiv rebuild"
            yield from (c for c in child.children if c.dep_ == "nsubj")


def _side_with_author(verb, key: str, sign: int, mentions: _Mentions) -> Iterator[Evidence]:
    """An actor that takes the writer's side or stands against it ("France stood by us", "Ankara
    turned against us"), told in the writer's own voice: the writer's stance toward that actor
    has the same sign."""
    if verb.pos_ != "VERB" or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author" \
            or mentions.in_quote(verb.idx) or not any(o.lower_ in _AUTHOR_OBJECTS for o in _object_tokens(verb, key)):
        return
    subj = _subject(verb)
    sign = -sign if _negated(verb) else sign
    start, end = _word_span(verb.doc, verb, key)
    for target in mentions.linked(subj) if subj is not None else []:
        yield Evidence("author", target, sign, SIDE_WEIGHT, start, end, f"side-taking '{key}' toward the writer")


def _side_holders(verb, mentions: _Mentions, call_spans) -> list[str]:
    """Who takes the side: the verb's subject, with the actors joined to it by "and" ("Britain and
    France arm the junta": both), or "we"/"I" = the author outside quotes; the author for a call to
    action in the text's own voice."""
    if mentions.unattributed(verb.idx, verb.idx + len(verb.text)):
        return []
    holder = mentions.holder(verb.idx, verb.idx + len(verb.text))
    if verb.pos_ == "NOUN":  # "our full support for Kyiv", "France's solidarity with Kyiv"
        owner = next((c for c in verb.children if c.dep_ == "poss"), None)
        # round 29o1: a verb the parser tags as a noun at the root keeps its subject ("Its brochure thanks its
        # sponsor": the brochure thanks, not the writer in an imperative)
        said = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.dep_ == "ROOT" else None
        subj = owner if owner is not None else said if said is not None \
            else _subject(verb.head) if verb.dep_ == "dobj" else None
    else:
        subj = _subject(verb)
    if any(s <= verb.idx < e for s, e in call_spans) and verb.dep_ != "relcl":
        return [holder]  # "Brussels must stop funding ...": the caller's side (not "the states that shelter ...")
    if subj is not None:
        actors = mentions.actors_at(subj)
        if actors:  # "France stands with Kyiv": France's side, whoever reports it
            return list(dict.fromkeys(mentions.author_or(a) for a in actors))
        if subj.lower_ in _AUTHOR_WORDS:
            return [holder]
    if subj is None and verb.dep_ == "ROOT":  # an imperative
        return [holder]
    return []


def _warns_against(doc, event) -> bool:
    """Whether the warning's trigger has an "against" phrase ("warned against any change")."""
    span = _trigger_span(doc, event)
    return span is not None and any(c.lower_ == "against" for t in span for c in t.children)


#: The end of the reason of an event whose subject is "we" or "I" (``_first_person_subject``): such an
#: item is dropped where the holder's own words on the same span already say it ("We stand with ...").
SAID_AS_WE = ", said as 'we'"


def _trigger_span(doc, event):
    """``doc.char_span`` of the event's trigger, widened to whole tokens (None where it holds none), made once per
    Doc and trigger (kept in its views; round 31s8): the event rules ask for it ~3 times an event. Read only."""
    spans = views_of(doc).derived.setdefault("stance_trigger_spans", {})
    key = (event.trigger.start, event.trigger.end)
    if key not in spans:
        spans[key] = doc.char_span(*key, alignment_mode="expand")
    return spans[key]


def _first_person_subject(doc, event) -> bool:
    """Whether the trigger's subject is "we" or "I": whoever speaks there (the writer outside quotes,
    a statement's own voice, a quoted speaker) makes the accusation or gives the support, whatever
    actor the events stage took "we" for."""
    span = _trigger_span(doc, event)
    subj = _subject(span.root) if span is not None else None
    return subj is not None and subj.lower_ in ("i", "we")


def _event_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    voice = _writer_voice(document, doc, mentions)
    for event in document.events:
        if event.mode in SKIPPED_MODES:
            continue
        span = (event.trigger.start, event.trigger.end)
        attribution = event.attribution
        sources, said_as = [mentions.author_or(s) for s in event.source], ""
        trigger = _trigger_span(doc, event)
        if trigger is not None and _thanks_received(trigger.root):
            continue  # round 22: "We received one reply, thanking us ...": the replier's thanks, not the writer's
        if _first_person_subject(doc, event):  # "We hold Pakistan responsible": the text's own voice
            sources, said_as = [mentions.holder(*span)], SAID_AS_WE
        if event.type in FRIENDLY and _requested(doc, event):
            continue  # "We ask that our two governments set up a committee": asked for, not done
        if event.type in HOSTILE_SPEECH or event.type in FRIENDLY:
            sign = -1 if event.type in HOSTILE_SPEECH else 1
            share = 1.0 if sign < 0 else FRIENDLY[event.type]
            recorders = _recorders(doc, event, mentions) if sign < 0 else ()
            if sign < 0 and trigger is not None:  # round 24: "bring the case to COMESA": the forum, not the accused
                recorders = {*recorders, *_venues(trigger.root, mentions)}
            for holder in sources:
                for target in event.target:
                    if target != holder and mentions.author_or(target) != holder and target not in recorders:
                        yield Evidence(holder, target, sign, EVENT_WEIGHT * share, *span,
                                       f"event {event.type} ({event.trigger.text}){said_as}")
        kind = attribution.kind
        if kind == "reported" and (section := document.section_at(event.trigger.start)) is not None \
                and section.kind in _AUTHOR_SECTIONS:
            kind = "author"  # a statement or commentary with no named author: still the writer's own voice
        elif kind == "reported" and voice and attribution.speaker is None:
            kind = "author"  # a text whose writer speaks as "we" outside quotes ("We have documented ...")
        advice = event.type == "THREATEN" and event.trigger.text.lower() in WARNINGS and (_warns_against(doc, event) or _warns_of_a_risk(doc, event))
        hostile = event.type in HOSTILE_ACTS or event.type == "REJECT" and _turns_down_a_thing(doc, event) \
            or event.type == "MOBILIZE" and _sent_against(doc, event)
        if hostile and not _trade_measure(doc, event) and (event.mode == "asserted" or event.mode == "intended" and _carried_out(doc, event)) \
                and kind in ("author", "quoted") and not advice:
            holder = "author" if kind == "author" else \
                (mentions.author_or(attribution.speaker) if attribution.speaker else None)
            if holder is None or _law_enforced(doc, event, mentions):
                continue
            doers, by_parse = event.source, ""
            if not doers:  # "Its officers beat two teachers", "the drones that struck the market"
                doers, by_parse = _doers(doc, event, mentions), DOER_BY_PARSE
            masters = [a for a in _masters(doc, event, mentions) if a not in doers and a not in event.target]
            complicit = [(a, f", {key}") for a, key in _complicit(doc, event, mentions) if a not in doers and a not in masters]
            for target, suffix in [*((d, by_parse) for d in doers), *((m, FOR_ITS_MASTER) for m in masters), *complicit]:
                if mentions.author_or(target) != holder:
                    yield Evidence(holder, target, -1, ASSERTED_ACT_WEIGHT, *span,
                                   f"{holder if holder != 'author' else 'the author'}{ASSERTS}"
                                   f"{event.type} ({event.trigger.text}){suffix}")


#: The end of the reason of an asserted hostile act whose doer the events stage left open and the parse
#: names (``_doers``): "the author asserts ASSAULT (beat), its doer the verb's subject".
DOER_BY_PARSE = ", its doer the verb's subject"
#: Relative pronouns whose clause's doer is the noun the clause is on ("the drones that struck ...",
#: "the forces that carry out ..."); the one definition every rule of this module reads.
_RELATIVES = frozenset(("that", "which", "who", "whom"))


def _doers(doc, event, mentions: _Mentions) -> list[str]:
    """The actors the subject of a hostile act's trigger stands for, where the events stage names no
    source: a mention the stance stage resolves ("Its officers broke down the doors and beat two
    teachers": "its" for the force named the sentence before), the noun a relative clause is on ("the
    drones that struck the market"). Not the byline's writer, nor ordinary people or refugees, nor the
    act's own target; none for an act on no one named or on armed forces (a defence: "the missiles that
    shot the drones down")."""
    span = _trigger_span(doc, event)
    subj = _subject(span.root) if span is not None else None
    if subj is None:
        return []
    verb = span.root
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    if subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subj = verb.head
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    forces = {a.id for a in mentions.document.actors if a.sector == "MIL"}
    if not event.target or any(t in forces for t in event.target):
        return []  # an act on no one named, or on armed forces ("the missiles that shot the drones down")
    return [a for a in mentions.linked(subj) if a not in people and a not in mentions.author_ids
            and a not in event.target]


def _sent_against(doc, event) -> bool:
    """Whether forces are sent or deployed "against" someone ("sent suicide bombers against hotels",
    "deployed the army against the strikers"): an attack, not a deployment that guards."""
    span = _trigger_span(doc, event)
    verb = span.root if span is not None else None
    return verb is not None and any(c.dep_ == "prep" and c.lower_ == "against" for t in (verb, *(
        c for c in verb.children if c.dep_ == "dobj")) for c in t.children)


def _carried_out(doc, event) -> bool:
    """Whether an act the events stage reads as intended is the object of a carrying verb in the past
    ("which planned some of the bombings", "orchestrated the raids"): a plan carried out, not one to come."""
    span = _trigger_span(doc, event)
    act = span.root if span is not None else None
    if act is not None and act.dep_ == "pobj" and act.head.lower_ == "of":  # "planned some of the bombings"
        act = act.head.head
    if act is None or act.dep_ != "dobj":
        return False
    verb = act.head
    return verb.lemma_.lower() in _CARRYING_VERBS and verb.tag_ in ("VBD", "VBN") and not _negated(verb)


def _turns_down_a_thing(doc, event) -> bool:
    """Whether a rejection turns down a thing put to its source, named as the verb's object ("rejected
    the proposal", "blocked a proposal", "ignored every point of it", "has not accepted them"): an
    obstruction; not a refusal to act ("refused to send weapons", "refused to be provoked": often
    the restraint the writer praises), nor a vote ("voted against the increase"), nor a denial ("rejected
    the accusation", ``_DENIED``)."""
    span = _trigger_span(doc, event)
    return span is not None and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                                    and c.lemma_.lower() not in _DENIED and not _imposition(c)
                                    for c in span.root.children)


#: Things pressed on a party that it is to its credit to turn down ("will not accept lectures on sovereignty",
#: "rejected the ultimatum"), beside the negative words of the lexicons.
_IMPOSITIONS = frozenset(("dictate", "diktat", "interference", "lecture", "lesson", "pressure", "sermon",
                          "threat", "ultimatum"))


#: Round 27o1: nouns of a demand whose "to" clause says what the rejecter was asked to do, and verbs of shutting
#: people out that make such a demand a wrong to turn down ("refused every demand to close the crossing", "rejected
#: the request to deport the two reporters"). Not "hand over" or "send": handing over records is no wrong.
_DEMAND_NOUNS = frozenset(("demand", "request", "call", "order", "instruction"))
_SHUTTING_VERBS = frozenset(("close", "shut", "seal", "expel", "deport", "extradite", "evict", "ban", "bar"))


def _imposition(obj) -> bool:
    """Whether a rejected object is a thing pressed on the rejecter that the writer disapproves of (``_IMPOSITIONS``,
    a negative evaluative word: "lectures on sovereignty", "the blackmail", "any interference"): turning it down is
    no obstruction of the rejecter's (round 26b); nor is a demand to do a wrong (round 27o1: its "to" clause a
    harmful act, a negative word or a verb of shutting people out, ``_SHUTTING_VERBS``: "refused every
    demand from Port Sudan to close the crossing")."""
    negative = _negative_words()
    wrongs = _bad_words(_SHUTTING_VERBS)
    return any(o.lemma_.lower() in _IMPOSITIONS or o.lemma_.lower() in negative
               or o.lemma_.lower() in _DEMAND_NOUNS and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in wrongs
                                                            for c in o.children)
               for o in (obj, *_conjuncts(obj)))


#: Round 29o1: verbs of ``imperative_demands.en.txt`` that a call may address to an actor the writer favours: a
#: measure against someone else ("Washington must freeze the generals' assets") or a plea for openness
#: ("Jakarta should publish the audits").
_NOT_REDRESS = frozenset(("freeze", "publish", "suspend"))


def _call_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A call to action whose verb is one of ceasing (``cease_verbs.en.txt``: "Moscow must end its occupation")
    or, round 29o1, of undoing or redress (``imperative_demands.en.txt``: "Halvern Mining must pay for the
    cleanup", "the museum should return the bronzes", "the ministry must reverse the ban") is a demand against
    its addressee (``CALL_CEASE_WEIGHT``, reason "demand: '...'"): the writer asks it to make good a wrong."""
    cease = set(word_list("cease_verbs.en.txt")) | set(word_list("imperative_demands.en.txt")) - _NOT_REDRESS
    for call in document.calls_to_action:
        words = call.action.split()
        if not words or call.addressee is None or call.addressee not in mentions.document_actor_ids:
            continue
        first = doc.char_span(call.start, call.end, alignment_mode="expand")
        lemma = _first_verb_lemma(first, words[0]) if first is not None else words[0].lower()
        if lemma in cease:
            holder = mentions.holder(call.start, call.end)
            for addressee in _addressees(first, call.addressee, mentions) if first is not None else [call.addressee]:
                if holder is not None and holder != addressee:
                    yield Evidence(holder, addressee, -1, CALL_CEASE_WEIGHT, call.start, call.end,
                                   f"demand: '{call.action}'")


def _addressees(span, addressee: str, mentions: _Mentions) -> list[str]:
    """The call's addressee with the actors joined to it by "and" ("We urge Moscow and Beijing to end ...")."""
    for tok in span:
        if mentions.token_actor.get(tok.i) == addressee:
            return list(dict.fromkeys([addressee, *mentions.actors_at(tok)]))
    return [addressee]


def _first_verb_lemma(span, word: str) -> str:
    for tok in span:
        if tok.text == word:
            return tok.lemma_.lower()
    return word.lower()


def _claimants(sents, mentions: _Mentions, until: int | None = None) -> list[str]:
    """The actors that make a claim in these sentences (before the offset ``until``): the speakers
    of the quotes in them and the subjects of a verb of claiming with a clause ("Riyadh says that
    ...", "Minsk claims to defend ...", not "Oslo announced new visas")."""
    found = []
    for sent in sents:
        end = sent.end_char if until is None else min(until, sent.end_char)
        found += [mentions.author_or(q.speaker) for q in mentions.document.quotes
                  if q.speaker and sent.start_char <= q.start < end]
        for tok in sent:
            if tok.idx < end and tok.lemma_.lower() in _CLAIM_VERBS and tok.pos_ == "VERB" \
                    and any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) and (subj := _subject(tok)) is not None:
                found += mentions.linked(subj)
    return [a for a in dict.fromkeys(found) if a != "author"]


def _contrast_clause(word):
    """The verb of the conjunct after a "but"/"yet" when it is a clause with its own subject ("...,
    but it has cancelled every meeting", "..., yet it shelters them" with "yet" on the verb), not a
    second verb of the claimant's ("said ... but accused Yerevan"); else None."""
    if word.dep_ == "advmod":
        verbs = [word.head] if word.head.dep_ == "conj" and word.head.i > word.i else []
    else:
        verbs = [c for c in word.head.children if c.dep_ == "conj" and c.i > word.i]
    return next((v for v in verbs if v.pos_ in ("VERB", "AUX")
                 and any(g.dep_ in _SUBJECT_DEPS + ("nsubjpass", "expl") for g in v.children)), None)


def _clause_actors(verb, mentions: _Mentions) -> set[str]:
    """The actors a contradicting clause is about: its subject's ("its guns stand ..."), and the
    focus of a cleft ("it was Minsk that ..."); not an owner elsewhere ("but Congress has not
    passed his budget" is about Congress)."""
    found = set()
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS + ("nsubjpass",):
            found.update(mentions.linked(child))
        elif child.dep_ == "attr":
            found.update(mentions.actors_at(child))
    return found


def _rebuttal_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim the writer contradicts counts against whoever made it: a denial (``rebuttal.en.txt``:
    "The record says otherwise.", "It is doing nothing of the kind.") after the actors' claims earlier
    in its passage (in the passage before when it opens its own); a contrast ("but", "yet", "in
    fact") that opens a sentence about the actor whose claim the sentence before reports ("Minsk
    claims to defend the country. Yet it was Minsk that let the troops in"), or that joins a clause
    with that actor as its subject to its claim ("Oslo says it wants talks, but it has cancelled
    every meeting"). Only in the writer's own voice, outside quotes."""
    from .stance import paragraph_spans

    words = word_list("rebuttal.en.txt")
    denials = {tok.sent.start: (tok, key) for tok, key, _ in _phrase_heads(doc, words, dict.fromkeys(words))}
    lowers, _ = token_strings(doc)
    contrasts = defaultdict(list)  # sentence start -> its words of contrast
    for i in positions(doc, _CONTRAST_WORDS, lemmas=False):
        contrasts[doc[i].sent.start].append(doc[i])
    if not denials and not contrasts:
        return
    sents = sentences(doc)
    starts = [p0 for p0, _ in paragraph_spans(document.text)]
    for n, sent in enumerate(sents):
        if sent.start not in denials and sent.start not in contrasts or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        opener = next((o for o in _CONTRAST_OPENERS
                       if " ".join(lowers[sent.start:sent.start + len(o.split())]) == o), None)
        inner = next((t for t in contrasts.get(sent.start, ()) if t.i > sent.start and t.dep_ in ("cc", "advmod")
                      and not mentions.in_quote(t.idx) and _contrast_clause(t) is not None), None)
        if sent.start in denials and not mentions.in_quote(denials[sent.start][0].idx):
            tok, key = denials[sent.start]
            k = bisect_right(starts, sent.start_char) - 1
            first = sent.start_char == starts[k] if k >= 0 else False
            since = starts[k - 1] if first and k > 0 else starts[k] if k >= 0 else 0
            claimants = _claimants([s for s in sents[:n] if s.start_char >= since], mentions)
            start, end = _word_span(doc, tok, key)
        elif opener is not None and n > 0:
            named = _clause_actors(sent.root, mentions)
            claimants = [a for a in _claimants([sents[n - 1]], mentions) if a in named]
            last = doc[sent.start + len(opener.split()) - 1]
            key, start, end = opener, sent.start_char, last.idx + len(last.text)
        elif inner is not None:
            named = _clause_actors(_contrast_clause(inner), mentions)
            claimants = [a for a in _claimants([sent], mentions, until=inner.idx) if a in named]
            key, start, end = inner.lower_, inner.idx, inner.idx + len(inner.text)
        else:
            continue
        for target in claimants:
            yield Evidence("author", target, -1, REBUTTAL_WEIGHT, start, end, f"rebuttal '{key}' of its claim")


def _renaming_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An actor's name for a thing that the writer's next sentence replaces or denies ("Moscow calls
    it a special operation. It is a war of conquest.", "The Kremlin says these are commercial
    decisions. They are punishments.", "Riyadh says the trials are fair. They are not fair."): a
    rebuttal of the actor's claim; not when the writer keeps the name ("It is a famine.") or adds
    a word of its own ("They are also quick."); round 30o2: a bare denial ("Brackwater says the harbour is
    thriving. It is not."), not of a negative claim, which it repeats (round 30f1: "... says the pier will not
    close. It will not."). Only in the writer's own voice, outside quotes."""
    _, lemmas = token_strings(doc)
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    for i in positions(doc, _NAMING_VERBS, _CLAIM_VERBS):
        verb = doc[i]
        if lemmas[i] in _NAMING_VERBS:  # "calls it an operation", "describes the trials as reform"
            names = [c for c in verb.children if c.dep_ == "oprd"] + [o for c in verb.children
                                                                    if c.dep_ == "prep" and c.lower_ == "as"
                                                                    for o in c.children if o.dep_ == "pobj"]
        else:  # "says these are commercial decisions", "says that the trials are fair"
            names = [a for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                     for a in c.children if a.dep_ in ("attr", "acomp")]
        name = next((t for t in names if t.pos_ in ("NOUN", "ADJ")), None)
        subj = _subject(verb) if name is not None and verb.pos_ == "VERB" else None
        if subj is None and name is not None and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            subj = _subject(verb.head.head)  # "issued a statement describing the event as ...": the issuer
        n = bisect_right(starts, i)  # the next sentence
        said = _renamed(name, sents[n], mentions) if subj is not None and n < len(sents) else None
        if said is None and subj is not None and name.pos_ == "NOUN":  # round 19: "a minor overflow" ... "It was not minor"
            said = _denied_epithet(name, sents[n:n + DENIAL_REACH], mentions)
        for target in mentions.linked(subj) if said is not None else ():
            yield Evidence("author", target, -1, REBUTTAL_WEIGHT, said.idx, said.idx + len(said.text),
                           f"rebuttal '{'not ' if _negated(said) else ''}{said.lemma_}' of its name '{name.lemma_}'")
        if said is None and lemmas[i] in _CLAIM_VERBS and verb.pos_ == "VERB" and n < len(sents) \
                and any(c.dep_ == "ccomp" and not _negated(c) for c in verb.children) \
                and (subj := _subject(verb)) is not None \
                and (denial := _bare_denial(sents[n], mentions)) is not None:
            for target in mentions.linked(subj):  # round 30o2: "... says the harbour is thriving. It is not."
                yield Evidence("author", target, -1, REBUTTAL_WEIGHT, denial.idx, denial.idx + len(denial.text),
                               f"rebuttal '{denial.head.lower_} {denial.lower_}' of its claim")



def _bare_denial(sent, mentions: _Mentions):
    """Round 30o2: the negation of a sentence that denies the claim just reported in a word, in the writer's voice:
    "It is not.", "They are not: the fish market closed in May.", "It did not.", "It isn't." (a pronoun subject, an
    auxiliary root and nothing after the negation but the sentence's end or a colon); not "It is not that ..."."""
    root = sent.root
    neg = next((c for c in root.children if c.dep_ == "neg"), None)
    if neg is None or root.pos_ != "AUX" or neg.i + 1 >= sent.end or sent.doc[neg.i + 1].text not in _DENIAL_ENDS \
            or not any(c.dep_ == "nsubj" and c.lower_ in _RENAMED for c in root.children) \
            or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
        return None
    return neg


def _renamed(name, sent, mentions: _Mentions):
    """The word of a sentence "It is / They are (not) ..." in the writer's own voice that replaces the
    name just given (another noun) or denies it (the same word under a negation); else None. Round 19:
    the name itself as the subject, with a clause on it, denied of itself ("Meridian describes this
    process as consultation. A consultation in which one side cannot read the document is not a
    consultation.": ``_same_name_denied``)."""
    root = sent.root
    said = next((c for c in root.children if c.dep_ in ("attr", "acomp") and c.pos_ == name.pos_), None)
    if root.lemma_ != "be" or said is None or (said.lemma_ == name.lemma_) != _negated(said) \
            or name.pos_ == "ADJ" and said.lemma_ != name.lemma_ \
            or not any(c.dep_ == "nsubj" and (c.lower_ in _RENAMED or _same_name_denied(c, said, name)) for c in root.children) \
            or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
        return None
    return said


def _harm_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The actor as the cause of a harm, with no evaluative word: the subject of a causing verb whose
    result is a hardship (``_HARM_RESULTS``: "the bloc's tariff makes it harder for small firms to sell",
    "the regime has driven millions into exile", "the blockade has left thousands without water"; a
    measure counts for its owner), and the cause named with "because of" / "due to" / "thanks to" of
    a clause that tells a harm suffered (``_HARMS``: "Because of the kingdom's sponsorship system, a
    worker ... can be deported"). A negated causing verb tells no harm; a "left" whose object is not
    people counted (plural or numbered) is a departure ("left the summit without a deal")."""
    lowers, lemmas = token_strings(doc)
    for i in sorted({*positions(doc, _HARM_RESULTS), *positions(doc, _CAUSE_WORDS, lemmas=False)}):
        lemma = lemmas[i]  # a ``Token`` only for the few words that may tell a harm
        tok = doc[i]
        if lemma in _HARM_RESULTS and tok.pos_ in ("VERB", "AUX") and not _negated(tok):
            result = _harm_result(tok, lemma)
            subj = _subject(tok) if result is not None else None
            if subj is not None:
                yield from _of_subject(mentions, subj, -1, HARM_WEIGHT, tok.idx, result.idx + len(result.text),
                                       f"cause of harm '{lemma} {result.lemma_.lower()}'")
        elif tok.lower_ in _CAUSE_WORDS and tok.dep_ in ("prep", "intj", "amod", "advmod", "mark", "npadvmod"):
            cause = next((o for c in (tok, *(c for c in tok.children if c.lower_ in ("of", "to")))
                          for o in c.children if o.dep_ == "pobj"), None)  # "because of": either token
            clause = tok.head if tok.head.i != tok.i else None
            if cause is None and tok.dep_ == "mark" and clause is not None and clause.dep_ == "advcl":
                cause, clause = _subject(clause), clause.head  # "is dying because Ankara keeps building dams"
            if cause is not None and cause.lemma_.lower() in _FAILINGS and cause.dep_ == "pobj" and not _negated(cause):
                yield from _of_subject(mentions, cause, -1, HARM_WEIGHT, tok.idx, cause.idx + len(cause.text),
                                       f"blame '{tok.lower_} ... {cause.lemma_.lower()}'")  # "thanks to X's indifference"
                continue
            harm = _harm_in(clause) if cause is not None and clause is not None else None
            if harm is not None:
                yield from _of_subject(mentions, cause, -1, HARM_WEIGHT, tok.idx, cause.idx + len(cause.text),
                                       f"cause of harm '{tok.lower_} ... {harm.lemma_.lower()}'")


def _harm_result(verb, lemma: str):
    """The token that makes a causing verb's result a hardship ("harder", "exile", "without"), or None."""
    results = _HARM_RESULTS[lemma]
    for child in verb.children:
        if lemma == "make" and child.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and child.lemma_.lower() in results:
            return child
        if lemma in ("drive", "push") and child.dep_ == "prep" and child.lower_ == "into":
            return next((o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in results), None)
    if lemma == "leave":
        counted = [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                   and (o.tag_ == "NNS" or any(c.dep_ == "nummod" for c in o.children))]
        return next((c for c in verb.children if counted and c.lower_ in _HARM_RESULTS["leave"]
                     and c.dep_ in ("prep", "oprd", "acomp", "xcomp", "ccomp")), None)
    return None


def _harm_in(verb):
    """The first word of a harm suffered (``_HARMS``) in a clause and the clauses joined to it, or None;
    a negated one, or one that befalls nobody ("no one died"), is no harm."""
    for v in (verb, *_conjuncts(verb)):
        subj = _subject(v) or next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and (subj.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subj.children)):
            continue
        for t in (v, *(c for c in v.children if c.dep_ in ("attr", "dobj", "acomp"))):
            if t.lemma_.lower() in _HARMS and not _negated(t):
                return t
    return None


def _accomplice_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The giver of the means of a harm told in the same sentence, an accomplice: a verb of help in kind
    (``_HELP_VERBS``) whose thing given or recipient is the doer of a harmful act in a relative clause
    ("The shells that hit the apartment block were supplied by Pyongyang", "The militia that sank the
    boat was financed by Rome", "X sells drones that bomb the markets"): the giver (the subject, or the
    agent of a passive) is blamed, in the writer's voice. Not an act on forces or weapons (a defence:
    "the missiles that shot the drones down were supplied by London"), nor a negated one."""
    for i in positions(doc, _HELP_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or _negated(verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents:
            givers, head = agents, verb
            while head.dep_ == "conj" and head.head.i != head.i and not any(c.dep_ == "nsubjpass" for c in head.children):
                head = head.head
            things = [c for c in head.children if c.dep_ == "nsubjpass"]
            if not things and head.dep_ in _PREDICATE_DEPS and head.head.lemma_ == "be":
                things = [c for c in head.head.children if c.dep_ == "nsubj"]
            if not things and head.dep_ == "acl":
                things = [head.head]
        else:
            subj = _subject(verb)
            givers = [subj] if subj is not None else []
            things = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
                o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        harm = next((v for t in things for v in t.children if v.dep_ == "relcl" and _harmful_act(v)), None)
        if harm is None:
            continue
        for giver in givers:
            yield from _of_subject(mentions, giver, -1, HARM_WEIGHT, verb.idx, verb.idx + len(verb.text),
                                   f"accomplice '{verb.lemma_.lower()} ... {harm.lemma_.lower()}'")


def _harmful_act(verb) -> bool:
    """Whether a clause tells a harmful act (``_HARM_ACTS``) done to something that is no force or weapon."""
    if verb.lemma_.lower() not in _HARM_ACTS or _negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "pobj")] + [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return bool(objects) and not any(o.lemma_.lower() in _ARMED_TARGETS for o in objects)


def _profit_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The actor that profits from a harm, a beneficiary of a wrong: the subject of "profit" / "benefit" /
    "cash in" / "grow rich" whose "from" / "on" / "by" object is a harm (``_PROFITED_HARMS``: "Bern
    profits from the war in Sudan", "cashes in on their misery") or a negative evaluative word ("grows
    rich on the slaughter"). Not a gain from anything else ("farmers benefit from the rains"), nor a
    negated one."""
    evaluative = polar_terms("evaluative.en.tsv")
    for i in positions(doc, _PROFIT_WORDS):
        tok = doc[i]
        verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ in _PREDICATE_DEPS else tok  # "grows rich on"
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        harm = next((o for t in (tok, verb, *(c for c in verb.children if c.dep_ == "prt"))
                     for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "on", "by")
                     for o in c.children if o.dep_ in ("pobj", "pcomp")
                     and (o.lemma_.lower() in _PROFITED_HARMS or evaluative.get(o.lemma_.lower()) == -1)), None)
        subj = _subject(verb) if harm is not None else None
        if subj is not None:
            yield from _of_subject(mentions, subj, -1, HARM_WEIGHT, tok.idx, harm.idx + len(harm.text),
                                   f"profits from harm '{harm.lemma_.lower()}'")


def _question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A rhetorical question in the writer's voice that presupposes the actor's wrong: "How many more
    boats must Beijing sink before ...?", "How long will Minsk keep them in prison?" (the subject of the
    question's verb), "Why does Ankara still buy the gold?", "Why does Paris keep selling rifles to the
    junta?" (a why-question on an act the subject goes on doing), "Where was Brussels when the camps
    flooded?" (an absence). Not an ordinary people's subject ("How
    long must the villagers wait?"), nor a question inside a quote."""
    lowers, _ = token_strings(doc)
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    for i in positions(doc, _QUESTION_MARK, lemmas=False):
        sent = doc[i].sent
        opener = " ".join(lowers[sent.start:sent.start + 3])
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        if opener.startswith(("how many more", "how much more", "how long")):
            key = "how many more" if opener.startswith("how many") else " ".join(opener.split()[:2 + (opener.startswith("how much"))])
        elif opener.startswith(("where was", "where were")) and root.lemma_ == "be" and any(
                c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) for c in root.children):
            key = "where was ... when"  # "Where was Brussels when the camps flooded?": an absence
        elif lowers[sent.start] == "why" and (any(c.lower_ == "still" and c.dep_ == "advmod" for c in root.children)
                                              or root.lemma_ in _GOING_ON_VERBS) and not _negated(root):
            key = "why ... still" if root.lemma_ not in _GOING_ON_VERBS else f"why ... {root.lemma_}"
        else:
            continue
        subj = _subject(root)
        last = doc[sent.start + len(key.split()) - 1] if key.startswith("how") else doc[sent.start]
        for ev in _of_subject(mentions, subj, -1, QUESTION_WEIGHT, sent.start_char, last.idx + len(last.text),
                              f"rhetorical question '{key}'") if subj is not None else ():
            if ev.holder == "author" and ev.target not in people:
                yield ev


def _answered_question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A question "Who ...?" about a harmful act (``_HARM_ACTS``) that the writer answers at once with an
    actor: "Who sold the junta the drones that bombed the market? Serbia did." / "It was Serbia.": the
    answer's subject (or the focus of "It was ...") did or enabled the act the question tells, and is
    blamed. A question about no harm ("Who sent the doctors? Norway did.") is no blame."""
    sents = sentences(doc)
    lowers, lemmas = token_strings(doc)
    for n, sent in enumerate(sents[:-1]):
        answer = sents[n + 1]
        if lowers[sent.start] != "who" or lowers[sent.end - 1] != "?" or answer.root.i - answer.start > 4 \
                or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, answer.end_char) != "author":
            continue
        harm = next((t for t in sent if lemmas[t.i] in _HARM_ACTS and not _negated(t)), None)
        subj = _subject(answer.root) if answer.root.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.lower_ == "it" and answer.root.lemma_ == "be":  # "It was Serbia."
            subj = next((c for c in answer.root.children if c.dep_ == "attr"), None)
        if harm is None or subj is None or answer.root.lemma_ not in ("do", "be"):
            continue
        yield from _of_subject(mentions, subj, -1, QUESTION_WEIGHT, sent.start_char, answer.end_char,
                               f"rhetorical question 'who ... {harm.lemma_.lower()}?' answered")


def _drop_praised_acts(doc, items: list[Evidence]) -> list[Evidence]:
    """Without the hostile acts the holder praises in the same sentence, with no blame there ("Vilnius
    took a brave decision when it expelled the envoy"): the judgement, not the act's type, is the stance."""
    acts = [e for e in items if ASSERTS in e.reason or e.reason.startswith(HARMFUL_ACT)]
    if not acts or not doc.has_annotation("SENT_START"):
        return items

    def sentence(e: Evidence):
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        return span.sent.start if span is not None else None

    judged = [(e.sign, (e.holder, e.target, sentence(e))) for e in items
              if ASSERTS not in e.reason and not e.reason.startswith(("event ", HARMFUL_ACT))]
    praised = {key for sign, key in judged if sign > 0} - {key for sign, key in judged if sign < 0}
    if not praised:
        return items
    dropped = {e for e in acts if (e.holder, e.target, sentence(e)) in praised}
    return [e for e in items if e not in dropped]


def find_evidence(document, doc) -> list[Evidence]:
    """Every stance evidence item of the document (see the module docstring), in text order."""
    mentions = _Mentions(document, doc)
    mentions.document_actor_ids = {a.id for a in document.actors}
    calls = [(c.start, c.end) for c in document.calls_to_action]
    items: list[Evidence] = []
    items += _event_evidence(document, doc, mentions)
    items += _call_evidence(document, doc, mentions)
    if doc.has_annotation("DEP"):
        sarcastic = _sarcastic_sentences(doc) if doc.has_annotation("SENT_START") else {}
        items += _word_evidence(doc, mentions, sarcastic)
        items += _side_evidence(document, doc, mentions, calls, sarcastic)
        items += _followed_lead_evidence(doc, mentions)  # round 28o1
        items += _deserved_evidence(doc, mentions)
        items += _deed_evidence(doc, mentions, sarcastic)
        items += _model_evidence(doc, mentions, sarcastic)
        items += _omission_evidence(document, doc, mentions)
        items += _rebuttal_evidence(document, doc, mentions)
        items += _renaming_evidence(doc, mentions)
        items += _harm_evidence(doc, mentions)
        items += _question_evidence(doc, mentions)
        items += _profit_evidence(doc, mentions)
        items += _accomplice_evidence(doc, mentions)
        items += _answered_question_evidence(doc, mentions)
        items += _credit_evidence(doc, mentions)
        items += _harmful_act_evidence(doc, mentions, items)
        items += _force_on_people_evidence(doc, mentions, items)  # round 27o2
        items += _deprivation_evidence(doc, mentions, items)  # round 29o1
        items += _helpful_act_evidence(doc, mentions, items)
        items += _told_deed_evidence(doc, mentions, items)  # round 21
        items += _blame_evidence(doc, mentions)
        items += _denial_rebuttal_evidence(document, doc, mentions, items)
        items += _smear_evidence(doc, mentions)
        items += _shown_how_evidence(doc, mentions, sarcastic)
        items += _elided_praise_evidence(document, doc, mentions)
        items += _reproach_evidence(doc, mentions)
        items += _gratitude_evidence(doc, mentions)
        items += _acknowledgement_evidence(doc, mentions)
        items += _not_innocent_evidence(doc, mentions)
        items += _nobody_in_evidence(document, doc, mentions)
        for kind in (_comparison_evidence, _ally_evidence, _unkept_promise_evidence,  # rounds 19-20, in this order
                     _generic_description_evidence, _why_question_evidence, _address_evidence, _echo_evidence,
                     _irony_evidence, _hedged_echo_evidence, _counterfactual_evidence):
            items += kind(doc, mentions)
        items += _ruling_evidence(doc, mentions)  # round 21
        items += _demand_list_evidence(doc, mentions)
        items += _withdrawal_evidence(doc, mentions)
        items += _analogy_evidence(doc, mentions)
        items += _norm_evidence(doc, mentions)
        items += _insult_rebuttal_evidence(doc, mentions)  # round 22
        items += _judged_generic_evidence(doc, mentions)
        items += _asked_to_stop_evidence(doc, mentions)
        items += _conditional_sarcasm_evidence(doc, mentions)
        items += _which_rebuttal_evidence(doc, mentions)
        items += _bare_imperative_evidence(doc, mentions)  # round 22c
        items += _praise_by_deeds_evidence(doc, mentions, items)
        items = _deeds_against_the_attacked(document, doc, mentions, items)
        items += _curious_evidence(doc, mentions)  # round 23
        items += _dare_evidence(doc, mentions)
        items += _contrast_evidence(doc, mentions)
        items += _framed_which_evidence(doc, mentions)
        items += _granted_claim_evidence(doc, mentions)
        items += _rewarder_evidence(doc, mentions, items)
        items += _simile_evidence(doc, mentions)  # round 24
        items += _echo_wh_evidence(doc, mentions)
        items += _belief_question_evidence(doc, mentions)
        items += _fine_word_evidence(doc, mentions)
        items += _fond_claim_evidence(doc, mentions)  # round 25
        items += _passive_demand_evidence(doc, mentions)
        items += _exemplar_evidence(doc, mentions)
        items += _time_given_evidence(doc, mentions)
        items += _answerable_evidence(doc, mentions)
        items += _deed_for_us_evidence(doc, mentions, sarcastic, items)  # round 25b
        items += _enabling_deed_evidence(doc, mentions, sarcastic, items)  # round 26b
        items += _steadfast_evidence(doc, mentions, sarcastic)
        items += _ceased_duty_evidence(doc, mentions, sarcastic)
        items += _pioneer_evidence(doc, mentions, sarcastic)
        items += _skipped_work_evidence(doc, mentions, sarcastic)
        items += _herald_evidence(doc, mentions)
        items += _duty_done_evidence(doc, mentions, sarcastic, items)  # round 28o1
        items += _undo_evidence(doc, mentions)  # round 26a
        items += _withheld_praise_evidence(doc, mentions)
        items += _accounting_evidence(doc, mentions)
        items += _writer_dismay_evidence(doc, mentions)
        items += _overdue_demand_evidence(doc, mentions)
        items += _no_better_evidence(doc, mentions)  # round 27o1
        items += _open_door_evidence(doc, mentions, items)
        items += _blocked_demand_evidence(doc, mentions)
        items += _more_than_most_evidence(doc, mentions)
        items += _example_to_join_evidence(doc, mentions)
        items += _scare_quoted_term_evidence(doc, mentions)  # round 30o2
        items += _hollow_word_evidence(doc, mentions)
        items += _gain_first_evidence(doc, mentions)
        items += _no_friend_evidence(doc, mentions)
        items += _excuse_denied_evidence(doc, mentions)
        items += _toll_evidence(doc, mentions)  # round 31o3
        items += _loss_deed_evidence(doc, mentions)
        items += _unaffordable_demand_evidence(doc, mentions)
        mocked = list(_so_question_evidence(doc, mentions))
        items += mocked
        items = _drop_mocked_praise(items, mocked)
        items = _drop_praised_acts(doc, items)
        items += _unlike_evidence(doc, mentions, items)  # round 35s35: after every rule whose items it reads
        worded = {(e.holder, e.start, e.end) for e in items if not e.reason.startswith("event ")}
        items = [e for e in items if not (e.reason.endswith(SAID_AS_WE) and (e.holder, e.start, e.end) in worded)]
    items = [replace(e, weight=e.weight * UNATTRIBUTED_SHARE, reason=f"{e.reason}, in a quote without a known speaker")
             if e.holder == "author" and mentions.unattributed(e.start, e.end) else e for e in items]
    return sorted(set(items), key=lambda e: (e.start, e.end, e.holder, e.target, e.reason))


def evidence_for(items: Iterable[Evidence], holder: str, target: str) -> list[Evidence]:
    """The items of one (holder, target) pair."""
    return [e for e in items if e.holder == holder and e.target == target]


#: Objects of a ban or restriction that make it a measure on a flow of goods (``_trade_measure``).
_TRADE_FLOWS = ("export", "import", "shipment", "sale")


def _trade_measure(doc, event) -> bool:
    """Whether a hostile act with no target restricts a flow of goods ("banned the export of raw ore",
    "exports of lithium were banned"): a measure the state takes on its own trade, its policy, not an
    attack on anyone, so asserting it accuses no one. Not a flow to or from someone ("banned exports to
    Russia", "banned imports from the north": an embargo aimed at them)."""
    span = _trigger_span(doc, event)
    verb = span.root if span is not None else None
    if verb is None or any(c.dep_ == "prep" and c.lower_ in ("to", "from") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _TRADE_FLOWS
               and not any(t.dep_ == "prep" and t.lower_ in ("to", "from") for t in c.subtree) for c in verb.children)


def _warns_of_a_risk(doc, event) -> bool:
    """Whether a warning describes a risk in a clause of its own whose subject is a noun ("warned in
    her report that the debts were growing faster than its income"): a caution, not a threat; a clause
    on what the warner will do has a pronoun for subject ("warned that it would retaliate") and stays a threat."""
    span = _trigger_span(doc, event)
    verb = span.root if span is not None else None
    return verb is not None and any(c.dep_ == "ccomp" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") for s in c.children) for c in verb.children)


CREDIT_WEIGHT = 0.6           # "Without its work, this report could not have been written"
#: Modal verbs of a counterfactual main clause (``_credit_evidence``).
_COUNTERFACTUAL_MODALS = ("could", "would", "might")


def _credit_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Credit given by a counterfactual: "without" an actor or its work, help or courage, a negated
    "could" / "would" main clause ("Without its work, much of this report could not have been written",
    "Without the help of Oxfam, the clinic would never have opened"): the speaker says the good thing
    is owed to the actor. "its" / "their" that the pronoun map leaves open stand for the actor that is
    the subject of the sentence before ("The Forum has counted the expulsions. Without its work, ...").
    Not a plain "without" ("left without water"), nor one on a clause that is not negated and modal."""
    sents = sentences(doc)
    starts = [s.start for s in sents]
    for i in positions(doc, _WITHOUT, lemmas=False):
        tok = doc[i]
        verb = tok.head
        if tok.dep_ != "prep" or verb.i == i or verb.pos_ not in ("VERB", "AUX") or not _negated(verb) \
                or not any(c.dep_ == "aux" and c.lower_ in _COUNTERFACTUAL_MODALS for c in verb.children):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        targets = mentions.actors_at(obj) or mentions.linked(obj)
        poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if not targets and poss is not None:
            n = bisect_right(starts, i) - 1
            subj = _subject(sents[n - 1].root) if n > 0 else None
            actor = mentions.token_actor.get(subj.i) if subj is not None else None
            targets = [actor] if actor is not None else []
        holder = mentions.holder(tok.idx, obj.idx + len(obj.text))
        for target in targets:
            if mentions.author_or(target) != holder:
                yield Evidence(holder, target, 1, CREDIT_WEIGHT, tok.idx, obj.idx + len(obj.text),
                               f"credit 'without ... {verb.lemma_.lower()}'")


# --- Round 17: harmful acts (``harmful_acts.en.tsv``) -------------------------------------------

HARMFUL_ACT_WEIGHT = 0.5      # "the authorities jailed the editors", "Moscow's annexation", "ordered the expulsions"
#: The start of the reason of a harmful act ("harmful act 'jail'"): no judging word, a deed asserted.
HARMFUL_ACT = "harmful act"
#: The file of the harmful acts and its ``kind`` tags: "act" (a noun's possessor is its doer: "Moscow's
#: annexation"), "suffered" (a noun's possessor or "of" object suffers it: "her arrest").
HARMFUL_ACTS_FILE = "harmful_acts.en.tsv"
HARM_KINDS = ("act", "suffered")
#: Verbs whose clause complement is someone's claim, not the holder's assertion ("Kyiv says Moscow shelled
#: the dam", "Tunis denies that it expelled anyone"), unless the holder says it ("we know that ...").
_REPORTING_VERBS = frozenset(("accuse", "allege", "argue", "assert", "believe", "charge", "claim", "contend", "deny",
                              "fear", "find", "insist", "report", "rule", "say", "suggest", "suspect", "tell", "think"))
#: Heads that undo or avoid the act in their complement ("stopped shelling", "refused to deport").
_NOT_DOING_HEADS = frozenset(("avoid", "cease", "decline", "end", "halt", "quit", "refrain", "refuse", "stop"))
#: Subordinators of a clause that is no assertion ("if it annexes ...", "unless they rig ...").
_UNREAL_MARKS = frozenset(("if", "unless", "whether", "lest"))
#: Verbs of paying for, approving or signing an act: their subject answers for it too ("paid for the
#: expulsions", "signed off on the executions", "approved the evictions").
_ANSWERING_VERBS = ("approve", "authorise", "authorize", "bankroll", "finance", "fund", "pay", "sanction", "sign")


@resources.cached
def harmful_acts() -> dict[str, str]:
    """``{entry: kind}`` of ``harmful_acts.en.tsv`` (``kind:act`` or ``kind:suffered``), validated."""
    from ..errors import LexiconError
    from .lexicon import _relpath, display_path

    out = {}
    for entry, tags in resources.tagged(_relpath(HARMFUL_ACTS_FILE)).items():
        if tags.get("kind") not in HARM_KINDS:
            raise LexiconError(display_path(HARMFUL_ACTS_FILE), None,
                               f"entry {entry!r}: tag kind must be one of {list(HARM_KINDS)}, got {tags.get('kind')!r}")
        out[entry] = tags["kind"]
    return out


@resources.cached
def _verb_only_harms() -> frozenset[str]:
    """The harmful acts matched as a verb only (``pos:verb``: "shelled the town", not "supplied it with shells")."""
    from .lexicon import _relpath

    return frozenset(e for e, tags in resources.tagged(_relpath(HARMFUL_ACTS_FILE)).items() if tags.get("pos") == "verb")


@resources.cached
def _objectless_harms() -> frozenset[str]:
    """The harmful acts whose verb needs no direct object (``object:optional``: "cracked down on the unions")."""
    from .lexicon import _relpath

    return frozenset(e for e, tags in resources.tagged(_relpath(HARMFUL_ACTS_FILE)).items() if tags.get("object") == "optional")


def _doer_subject(verb):
    """The subject of a verb, with a relative pronoun replaced by the noun its clause is on
    ("the forces that carry out the expulsions": the forces)."""
    subj = _subject(verb)
    if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head
    return subj


def _agents(word, mentions: _Mentions) -> list[str]:
    """The actors of the "by" agent of a passive verb or participle, or of a "by" phrase on a noun."""
    objs = [o for c in word.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(a for o in objs for a in mentions.actors_at(o) or mentions.linked(o)))


def _unasserted(verb, negation: bool = True) -> bool:
    """Whether a verb's act is not asserted as done: negated, under a modal, in an "if" clause, undone
    by its head ("stopped shelling"), or inside a claim reported from someone else ("Kyiv says ...").
    ``negation=False`` leaves the negation to the caller (round 35s35: "does not deserve" turns a sign)."""
    if negation and _negated(verb):
        return True
    # round 30s3: read from the Doc's tables (relation ids, lower-cased forms and lemmas), no ``Token`` per step
    doc = verb.doc
    heads, deps, kids = dependency_tree(doc)
    lowers, lemmas = token_strings(doc)
    if any(deps[c] in _AUX_IDS and lowers[c] in _MODALS for c in kids[verb.i]):
        return True
    i = verb.i
    for _ in range(6):
        if any(deps[c] in _MARK_IDS and lowers[c] in _UNREAL_MARKS for c in kids[i]):
            return True
        head = heads[i]
        if head == i:
            return False
        lemma, dep = lemmas[head], deps[i]
        if dep in _UNDOING_IDS and lemma in _NOT_DOING_HEADS:
            return True
        if dep in _CCOMP_IDS and lemma in _REPORTING_VERBS:
            subj = _subject(doc[head])
            return subj is None or subj.lower_ not in _AUTHOR_WORDS
        if dep not in _CLAUSE_CHAIN_IDS:
            return False
        i = head
    return False


#: Round 30s3: the relation ids ``_unasserted`` reads.
_AUX_IDS = label_ids(frozenset({"aux"}))
_MARK_IDS = label_ids(frozenset({"mark"}))
_UNDOING_IDS = label_ids(frozenset(("xcomp", "pcomp")))
_CCOMP_IDS = label_ids(frozenset({"ccomp"}))
_CLAUSE_CHAIN_IDS = label_ids(frozenset(("conj", "xcomp", "advcl", "relcl", "acl", "ccomp")))


def _harm_doers(tok, key: str, kind: str, mentions: _Mentions) -> list[str]:
    """The doers of a harmful act: the subject of an active verb with an object, the agent of a passive
    verb or participle; for a noun its "by" agent, its possessor where the noun's ``kind`` is "act", and
    the subject of a verb of doing, ordering or paying whose object it is ("ordered the expulsions")."""
    if tok.pos_ == "VERB":
        if _unasserted(tok):
            return []
        if _passive(tok) or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            return _agents(tok, mentions)
        if key not in _objectless_harms() and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
            return []  # "pushed back against the plan" is no harm; "cracked down on the unions" needs no object
        subj = _doer_subject(tok)
        return mentions.linked(subj) if subj is not None else []
    if tok.pos_ != "NOUN" or key in _verb_only_harms():
        return []
    found = _agents(tok, mentions)
    if not found and kind == "act":
        found = [a for c in tok.children if c.dep_ in ("poss", "compound") for a in mentions.actors_at(c)]
    if not found and tok.dep_ in ("dobj", "pobj"):
        verb = tok.head
        with_ = verb.pos_ == "ADP" and verb.lower_ == "with"  # "answered the protests with mass trials"
        if verb.pos_ == "ADP" and verb.dep_ == "prep":  # "presided over the executions", "paid for the buses"
            verb = verb.head
        if verb.pos_ == "VERB" and (with_ or verb.lemma_.lower() in (*_DOER_VERBS, *_ANSWERING_VERBS)) \
                and not _unasserted(verb):
            subj = _doer_subject(verb)
            found = mentions.linked(subj) if subj is not None else []
    return found


def _asked(doc, tok) -> bool:
    """Whether the word sits in a question (a question mark after it in its sentence)."""
    return question_after(doc, tok.i)  # one index of the "?"s per Doc (round 22 speed pass)


def _pair_spans(items) -> dict:
    """{(holder, target): [(start, end) of each evidence item of that pair]}: what the rules that add
    evidence only where a pair has none near already ask of ``items``."""
    taken = defaultdict(list)
    for e in items:
        taken[(e.holder, e.target)].append((e.start, e.end))
    return taken


def _harmful_act_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """A harmful act (``harmful_acts.en.tsv``) the holder asserts in their own voice counts against its
    doer ("the authorities jailed the editors", "were bulldozed by the municipality", "Moscow's annexation
    of the peninsula", "the forces that carry out the expulsions"): a deed, where no judging word is said.
    Not an act negated, modal, conditional, undone, reported from someone else or asked about, nor one a
    span of the pair's evidence already covers (an event the events stage read)."""
    acts = harmful_acts()
    taken = _pair_spans(items)
    for tok, key, kind in _word_hits(doc, acts):
        doers = _harm_doers(tok, key, kind, mentions)
        if not doers or _asked(doc, tok):
            continue
        start, end = _word_span(doc, tok, key)
        holder = mentions.holder(start, end)
        for target in doers:
            if target == holder or mentions.author_or(target) == holder:
                continue
            if any(s < end and start < e for s, e in taken[(holder, target)]):
                continue
            taken[(holder, target)].append((start, end))
            yield Evidence(holder, target, -1, HARMFUL_ACT_WEIGHT, start, end, f"{HARMFUL_ACT} '{key}'")


#: Round 27o2: verbs of force that are a harm only when done to people ("beat the students", "shot two protesters",
#: "fired on the marchers"), not to things or rivals ("beat the favourites", "hit the target", "fired the minister"
#: is no people in need): the people are the beneficiaries of ``helpful_acts.en.tsv`` (civilians, refugees, workers ...).
FORCE_VERBS = frozenset(("attack", "beat", "shoot", "hit", "fire", "assault", "tear-gas", "teargas", "club", "whip",
                         "drag", "kick", "chase", "raid"))
_FORCE_PREPS = frozenset(("on", "at", "into"))


def _force_on_people_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """Round 27o2: a verb of force (``FORCE_VERBS``) whose object is people (a beneficiary of ``helpful_acts.en.tsv``:
    the direct object, the subject of a passive, or an "on" / "at" / "into" object: "fired on the marchers") is a
    harmful act of its doer, asserted as for ``_harmful_act_evidence`` (not negated, modal, reported or asked; not
    a span the pair's evidence already covers), reason "harmful act 'beat students'": the writer tells what was
    done to people, with no judging word."""
    _, people = helpful_acts()
    taken = _pair_spans(items)
    for i in positions(doc, FORCE_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or _unasserted(verb) or _asked(doc, verb):
            continue
        passive = _passive(verb)
        objs = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))]
        objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _FORCE_PREPS
                 and not any(n.dep_ == "neg" for n in (*c.children, *c.head.children) if n.i == c.i - 1)
                 for o in c.children if o.dep_ == "pobj"]  # not "fired once, at a machine, not at people"
        hurt = next((x for o in objs for x in (o, *_conjuncts(o)) if x.lemma_.lower() in people), None)
        if hurt is not None:
            yield from _harm_to_people(verb, hurt, mentions, taken)


def _harm_to_people(verb, hurt, mentions: _Mentions, taken) -> Iterator[Evidence]:
    """The harmful act of a verb done to people (``hurt``, the word of those harmed) against its doer: the subject,
    or the "by" agent of a passive; not the holder, nor a span the pair's evidence already covers (``taken``);
    reason "harmful act 'beat student'"."""
    passive = _passive(verb)
    subj = None if passive else _doer_subject(verb)
    doers = _agents(verb, mentions) if passive else mentions.linked(subj) if subj is not None else []
    start, end = verb.idx, verb.idx + len(verb.text)
    holder = mentions.holder(start, end)
    for target in dict.fromkeys(doers):
        if target == holder or mentions.author_or(target) == holder \
                or any(s < end and start < e for s, e in taken[(holder, target)]):
            continue
        taken[(holder, target)].append((start, end))
        yield Evidence(holder, target, -1, HARMFUL_ACT_WEIGHT, start, end,
                       f"{HARMFUL_ACT} '{verb.lemma_.lower()} {hurt.lemma_.lower()}'")


#: Round 29o1: verbs of keeping from people what they need, with the particle a verb needs for that sense
#: ("turned away the women", "fenced off the spring", "withheld the salaries"); ``None``: the verb alone.
DEPRIVING_VERBS = {"withhold": None, "block": None, "deny": None, "cut": None, "turn": "away", "fence": "off",
                   "shut": "out", "lock": "out", "strand": None, "abandon": None, "sack": None, "lay": "off"}
#: Round 29o1: what people need to live or work, kept from them by a depriving verb ("blocked the food convoys",
#: "cut the nurses' salaries"): not "blocked the road", "cut taxes", "denied the allegations".
NEEDS = frozenset(("aid", "bread", "convoy", "electricity", "food", "fuel", "grain", "medicine", "pension", "ration",
                   "salary", "shelter", "vaccine", "wage", "water"))
#: Dependency labels that tie a noun to the people it belongs to or serves ("the nurses' salaries", "aid to the
#: refugees", "the spring that the herders used": the relative clause's subject).
_OWNER_DEPS = ("poss", "prep", "relcl")
#: The depriving verbs whose object may be anything of the people's ("blocked the students' march", "fenced off the
#: spring the herders used"); the others keep only people or a need ("cut the farmers' taxes", "denied the farmers'
#: claims" keep nothing from them).
_OWNER_VERBS = frozenset(("withhold", "block", "fence", "shut", "lock", "turn"))


def _deprived(verb, people: frozenset[str]):
    """The word of people a depriving verb keeps something from (``DEPRIVING_VERBS``): people as its object,
    its passive subject or its indirect object ("denied the farmers their permits"), the people a noun object
    belongs to or serves (``_OWNER_DEPS``, for ``_OWNER_VERBS``), or else a need (``NEEDS``) as its object; not a
    claim turned down (``_DENIED``); ``None`` where none."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    owned = verb.lemma_.lower() in _OWNER_VERBS
    for o in (x for o in objs for x in (o, *_conjuncts(o))):
        if o.lemma_.lower() in _DENIED:
            continue
        if o.lemma_.lower() in people:
            return o
        for c in o.children if owned else ():
            if c.dep_ not in _OWNER_DEPS:
                continue
            words = [c] if c.dep_ == "poss" else [w for w in c.children if w.dep_ in ("pobj", "nsubj")]
            hurt = next((w for w in words if w.lemma_.lower() in people), None)
            if hurt is not None:
                return hurt
        if o.lemma_.lower() in NEEDS or any(c.dep_ == "compound" and c.lemma_.lower() in NEEDS for c in o.children):
            return o
    return None


def _deprivation_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """Round 29o1: a verb of keeping from people what they need (``DEPRIVING_VERBS``), said of people or of what
    they need (``_deprived``: "turned away the women who came with buckets", "withheld the nurses' salaries",
    "blocked the food convoys", "fenced off the spring that the herders used") is a harmful act of its doer, asserted
    as for ``_force_on_people_evidence`` (not negated, modal, reported or asked; not a span the pair's evidence
    already covers, ``_harm_to_people``), reason "harmful act 'withhold nurse'": the writer tells the harm with
    no judging word."""
    _, people = helpful_acts()
    taken = _pair_spans(items)
    for i in positions(doc, DEPRIVING_VERBS):
        verb = doc[i]
        particle = DEPRIVING_VERBS[verb.lemma_.lower()]
        if verb.pos_ != "VERB" or _unasserted(verb) or _asked(doc, verb) \
                or particle is not None and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle
                                                    for c in verb.children):
            continue
        hurt = _deprived(verb, people)
        if hurt is not None:
            yield from _harm_to_people(verb, hurt, mentions, taken)


# --- Round 17: helpful acts (``helpful_acts.en.tsv``) -------------------------------------------

HELPFUL_ACT_WEIGHT = 0.5      # "the coast guard rescued the migrants", "recovered unpaid wages for the workers"
#: The start of the reason of a helpful act ("helpful act 'rescue'").
HELPFUL_ACT = "helpful act"
HELPFUL_ACTS_FILE = "helpful_acts.en.tsv"
HELP_KINDS = ("act", "beneficiary")


@resources.cached
def helpful_acts() -> tuple[dict[str, int], frozenset[str]]:
    """The verbs of help (``kind:act``, as a ``_word_hits`` term dict) and the people in need they help
    (``kind:beneficiary``) of ``helpful_acts.en.tsv``, validated."""
    from ..errors import LexiconError
    from .lexicon import _relpath, display_path

    acts, people = {}, set()
    for entry, tags in resources.tagged(_relpath(HELPFUL_ACTS_FILE)).items():
        kind = tags.get("kind")
        if kind not in HELP_KINDS:
            raise LexiconError(display_path(HELPFUL_ACTS_FILE), None,
                               f"entry {entry!r}: tag kind must be one of {list(HELP_KINDS)}, got {kind!r}")
        if kind == "act":
            acts[entry] = 1
        else:
            people.add(entry)
    return acts, frozenset(people)


def _helped_people(verb, people: frozenset[str]):
    """The object or "for" object of a verb that is a people in need (``kind:beneficiary``), or None."""
    for c in verb.children:
        objs = [c] if c.dep_ in ("dobj", "dative") else \
            [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "for" else []
        for o in objs:
            for x in (o, *_conjuncts(o)):
                if x.lemma_.lower() in people or x.lower_ in people:
                    return x
    return None


def _helpful_act_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """Help given to people in need (``helpful_acts.en.tsv``) that the holder asserts in their own voice
    counts for its doer: "the coast guard rescued 200 migrants", "the union recovered unpaid wages for
    three thousand workers", "were sheltered by the parish". Not an act negated, modal, conditional,
    undone, reported or asked about, nor help to anyone else ("protected its generals")."""
    acts, people = helpful_acts()
    taken = _pair_spans(items)
    for tok, key, _ in _word_hits(doc, acts):
        if tok.pos_ != "VERB" or _unasserted(tok) or _asked(doc, tok) or _aside_on_a_name(tok):
            continue
        if _passive(tok) or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            helped = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in people), None)
            if helped is None and tok.dep_ in ("acl", "amod") and tok.head.lemma_.lower() in people:
                helped = tok.head
            doers = _agents(tok, mentions) if helped is not None else []
        else:
            helped = _helped_people(tok, people)
            subj = _doer_subject(tok) if helped is not None else None
            doers = mentions.linked(subj) if subj is not None else []
        if not doers:
            continue
        start, end = _word_span(doc, tok, key)
        holder = mentions.holder(start, end)
        for target in doers:
            if target == holder or mentions.author_or(target) == holder \
                    or any(s < end and start < e for s, e in taken[(holder, target)]):
                continue
            taken[(holder, target)].append((start, end))
            yield Evidence(holder, target, 1, HELPFUL_ACT_WEIGHT, start, end, f"{HELPFUL_ACT} '{key}'")


def _aside_on_a_name(verb) -> bool:
    """Round 27o1: whether a verb is a relative clause set off by commas on a name in the subject of its sentence
    ("Egypt, which hosts many refugees of its own, has proposed another conference"): what the actor is known for,
    told in passing, not the deed the sentence is about."""
    head = verb.head
    return verb.dep_ == "relcl" and head.pos_ == "PROPN" and head.dep_ in _SUBJECT_DEPS \
        and head.i + 1 < len(verb.doc) and verb.doc[head.i + 1].text == ","


# --- Round 17: blame ("responsible for the deaths", "is to blame", "must be held accountable") --------

BLAME_WEIGHT = 0.6
#: Predicates that blame their subject whatever follows ("guilty of", "culpable").
_BLAME_ADJECTIVES = frozenset(("culpable", "guilty"))
#: Predicates that blame their subject when their "for" / "of" / "in" object is a harm ("responsible for the deaths");
#: "held accountable" / "held responsible" blames it whatever follows.
_ANSWERING_ADJECTIVES = frozenset(("accountable", "answerable", "liable", "responsible"))
#: Nouns of blame borne ("bears responsibility for the famine", "shares the blame") and the verbs that bear them.
_BLAME_NOUNS = frozenset(("blame", "responsibility"))
_BEARING_VERBS = frozenset(("bear", "carry", "share"))
#: Round 30o2: nouns of blame that lie with an actor ("the blame lies with X", "the fault rests with X", "the blame
#: falls on X"), and the verbs they lie with; not "responsibility", which says also who is in charge.
_LODGED_NOUNS = frozenset(("blame", "fault"))
_LODGING_VERBS = {"lie": ("with",), "rest": ("with",), "fall": ("on", "upon")}
_BLAME_WORDS = _BLAME_ADJECTIVES | _ANSWERING_ADJECTIVES | _BLAME_NOUNS | _LODGED_NOUNS


@resources.cached
def _negative_words() -> frozenset[str]:
    """The negative evaluative words (and loaded labels) of ``_lexicons``."""
    return frozenset(w for w, sign in _lexicons()[0].items() if sign < 0)


# Round 29s3: the unions of lexicon sets the rules read, built once per resource set (``resources.cached``:
# keyed by the active set and the arguments) and no longer once per rule and document, or per word asked
# (``_imposition``): ~20-35 us each, ~0.2 ms a document. Each is the union its rule built before.

@resources.cached
def _positive_words(*extra: frozenset[str]) -> frozenset[str]:
    """The positive evaluative words of ``_lexicons``, with the words of ``extra``."""
    return frozenset(w for w, sign in _lexicons()[0].items() if sign > 0).union(*extra)


@resources.cached
def _one_word_harms() -> frozenset[str]:
    """The entries of ``harmful_acts.en.tsv`` of one word."""
    return frozenset(e for e in harmful_acts() if " " not in e)


@resources.cached
def _bad_words(*extra: frozenset[str]) -> frozenset[str]:
    """The negative evaluative words and the one-word harmful acts, with the words of ``extra``."""
    return _negative_words().union(_one_word_harms(), *extra)


@resources.cached
def _bad_labels() -> frozenset[str]:
    """The negative evaluative words and the labels of ``_lexicons`` (name calling)."""
    return _negative_words() | set(_lexicons()[1])


def _harm_object(word) -> bool:
    """Whether a "for" / "of" / "in" object of the word is a harm: a harmful act or harm suffered
    (``harmful_acts.en.tsv``) or a negative evaluative word ("responsible for the deaths", "for the crackdown")."""
    acts = harmful_acts()
    negative = _negative_words()
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "in"):
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp") and any(x.lemma_.lower() in acts or x.lemma_.lower() in negative
                                                       or x.lemma_.lower() in _HARMS for x in (o, *_conjuncts(o))):
                    return True
    return False


def _blame_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Blame said of an actor: "Tehran is responsible for the deaths", "the junta is guilty of war crimes",
    "Beijing is to blame", "Moscow bears responsibility for the famine", "Riyadh must be held accountable",
    "the blame for the empty quay lies with the port company" (round 30o2):
    the holder's negative stance toward the subject. Negated ("is not responsible for") or conditional, no blame."""
    _, lemmas = token_strings(doc)
    for i in positions(doc, _BLAME_WORDS, lemmas=False):
        tok = doc[i]
        lemma = tok.lower_
        subj, head = None, tok.head
        if lemma in _BLAME_NOUNS and tok.dep_ == "dobj" and lemmas[head.i] in _BEARING_VERBS:
            if _harm_object(tok) or lemma == "blame":
                subj = _doer_subject(head)
        elif lemma in _LODGED_NOUNS and tok.dep_ == "nsubj" and lemmas[head.i] in _LODGING_VERBS:
            subj = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in _LODGING_VERBS[lemmas[head.i]]
                         for o in c.children if o.dep_ == "pobj"), None)  # "the blame lies with Brackwater"
        elif lemma == "blame" and tok.dep_ == "xcomp" and lemmas[head.i] == "be" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):  # "Beijing is to blame"
            subj = _subject(head)
        elif tok.dep_ in ("acomp", "attr", "oprd") and tok.pos_ == "ADJ":
            if lemmas[head.i] == "hold" and _passive(head) and lemma in _ANSWERING_ADJECTIVES:
                subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)  # "must be held accountable"
            elif lemma in _BLAME_ADJECTIVES or lemma in _ANSWERING_ADJECTIVES and _harm_object(tok):
                subj = _subject(head)
        if subj is None or _negated(tok) or _negated(head) or _unasserted(head) and lemmas[head.i] != "hold":
            continue
        if lemmas[head.i] == "hold" and _negated(head):
            continue
        holder = mentions.holder(tok.idx, tok.idx + len(tok.text))
        for target in mentions.linked(subj):
            if target != holder and mentions.author_or(target) != holder:
                yield Evidence(holder, target, -1, BLAME_WEIGHT, tok.idx, tok.idx + len(tok.text), f"blame '{lemma}'")


# --- Round 17: "the committee" for the State Committee for National Security ----------------------

#: Actor kinds whose name's head noun, after "the", stands for the actor later in the text.
_HEAD_NOUN_KINDS = ("organization", "igo")
#: Words that end the head of a name ("Ministry of State Security": "ministry").
_NAME_PREPS = frozenset(("of", "for", "on", "in", "at"))


def _claim_head_nouns(mentions: _Mentions, doc) -> None:
    """"the committee", "the bank", "the ministry" after the first mention of the one organisation whose
    name has that head noun ("State Committee for National Security", "Export-Import Bank of China"): the
    text names it again by its head. Only "the" (or "this") with the noun and nothing else on it, and only
    where a single actor of the document has that head."""
    heads: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for actor in mentions.document.actors:
        if actor.mentions:
            first[actor.id] = min(s for s, _ in actor.mentions)
        words = _norm(actor.name).split()
        cut = next((k for k, w in enumerate(words) if w in _NAME_PREPS), len(words))
        if actor.kind in _HEAD_NOUN_KINDS and 1 < cut and words[cut - 1].isalpha() and len(words[cut - 1]) > 3:
            heads[words[cut - 1]].add(actor.id)
        elif actor.kind not in _HEAD_NOUN_KINDS:
            for w in words:
                heads.get(w, set()).add("")  # a person or state with that word: ambiguous
    kinds = {a.id: a.kind for a in mentions.document.actors}
    deps, appos = dependency_tree(doc)[1], doc.vocab.strings["appos"]  # (round 22 speed pass: appositions only)
    for tok in map(doc.__getitem__, indices_of(deps, appos)):  # round 21: "the Information Network Security Administration, the agency that watches ..."
        actor = mentions.token_actor.get(tok.head.i)
        if tok.dep_ == "appos" and tok.tag_ == "NN" and actor is not None and kinds.get(actor) in _HEAD_NOUN_KINDS \
                and tok.i not in mentions.token_actor and tok.lower_.isalpha() and len(tok.lower_) > 3 \
                and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
            heads[tok.lower_].add(actor)
            first[actor] = min(first.get(actor, tok.idx), tok.idx)
    unique = {w: next(iter(ids)) for w, ids in heads.items() if len(ids) == 1 and "" not in ids}
    if not unique:
        return
    for i in positions(doc, unique, lemmas=False):
        tok = doc[i]
        actor = unique[tok.lower_]
        if i in mentions.token_actor or tok.pos_ != "NOUN" or tok.idx <= first.get(actor, len(doc_text(doc))):
            continue
        kids = list(tok.children)
        if kids and all(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) and len(kids) == 1:
            mentions.token_actor[i] = actor


#: Counting words that make a plural noun several bodies ("three governments", "both ministries").
_SEVERAL = frozenset(("both", "several", "many", "various", "numerous"))
#: Nouns of whole bodies: "three governments" are three bodies, while "thirteen judges" or "two ministers" are
#: members who may act for one.
_BODY_NOUNS = frozenset(("administration", "agency", "authority", "bank", "cabinet", "company", "country", "court",
                         "firm", "government", "junta", "ministry", "nation", "parliament", "regime", "state"))
#: Actor kinds that are one body, never several: a counted plural noun is not their mention.
_SINGLE_KINDS = frozenset(("state", "location", "organization", "igo", "person"))


#: Actor nouns that, bare after a preposition of manner, are a manner ("seized power by force", "the use of force").
_MANNER_NOUNS = frozenset(("force",))
_MANNER_PREPS = frozenset(("by", "of", "with"))


def _unclaim_counted_plurals(mentions: _Mentions, doc) -> None:
    """A plural noun counted as more than one ("three governments that came to power by force", "the two
    ministries", "both regimes") is several bodies: where the actors stage made it a mention of one state,
    organisation or person, the noun and its count stand for no actor here, so that what the writer says of
    the several (a sneer, their deeds) is not said of that one (round 26b). A group actor ("eleven men") keeps
    its count. Likewise a bare "force" after "by" / "of" / "with" ("came to power by force") is a manner, not
    the armed forces the actors stage may have taken it for."""
    kinds = {a.id: a.kind for a in mentions.document.actors}
    for i, actor in list(mentions.token_actor.items()):
        tok = doc[i]
        if tok.tag_ != "NNS" or kinds.get(actor) not in _SINGLE_KINDS or tok.lemma_.lower() not in _BODY_NOUNS:
            continue
        counts = [c for c in tok.children if c.dep_ in ("nummod", "det", "amod", "predet")
                  and (c.dep_ == "nummod" and c.lower_ not in ("one", "1") or c.lower_ in _SEVERAL)]
        if counts:
            for t in (tok, *counts):
                if mentions.token_actor.get(t.i) == actor:
                    del mentions.token_actor[t.i]
    for i in positions(doc, _MANNER_NOUNS, lemmas=False):
        tok = doc[i]
        if i in mentions.token_actor and tok.dep_ == "pobj" and tok.head.lower_ in _MANNER_PREPS \
                and not any(True for _ in tok.children):
            del mentions.token_actor[i]  # "came to power by force", "the use of force": a manner, no army


# --- Round 17: a denial the next sentence contradicts ("X denies it arms them. Yet ...") --------------

#: Verbs of denying: a sentence opening with a contrast right after one rebuts the denier, named or not.
_DENIAL_VERBS = frozenset(("deny", "dismiss"))


def _denial_rebuttal_evidence(document, doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """"The Rwandan government denies that it arms the rebels. Yet the rebels carry its rifles.": a denial
    (``_DENIAL_VERBS`` with a clause or an object: "denies everything", "dismissed the reports") that the
    next sentence, opening with "But" / "Yet" / "In fact", contradicts in the writer's voice counts against
    the denier even where that sentence does not name it (a contrast after any other claim still must).
    Not a denial that is itself negated or in a quote."""
    if not doc.has_annotation("SENT_START"):
        return
    taken = {(e.target, e.start) for e in items if e.holder == "author"}
    lowers, _ = token_strings(doc)
    sents = sentences(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        first = lowers[sent.start]
        if first not in _CONTRAST_FIRSTS and " " not in first:  # no opener starts so: none is joined
            continue
        opener = next((o for o in _CONTRAST_OPENERS if " ".join(lowers[sent.start:sent.start + len(o.split())]) == o), None)
        if opener is None or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        deniers = []
        for tok in sents[n - 1]:
            if tok.lemma_.lower() in _DENIAL_VERBS and tok.pos_ == "VERB" and not _negated(tok) \
                    and not mentions.in_quote(tok.idx) \
                    and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children) \
                    and (subj := _doer_subject(tok)) is not None:
                deniers += mentions.linked(subj)
        last = doc[sent.start + len(opener.split()) - 1]
        start, end = sent.start_char, last.idx + len(last.text)
        for target in dict.fromkeys(deniers):
            if target != "author" and (target, start) not in taken:
                yield Evidence("author", target, -1, REBUTTAL_WEIGHT, start, end, f"rebuttal '{opener}' of its denial")



# --- Round 17: smears, "shown what ... can do", omissions that are no failure ----------------------

SMEAR_WEIGHT = 0.6
#: Verbs that put a name on someone ("called the protesters traitors", "branded critics as saboteurs").
_SMEAR_VERBS = frozenset(("brand", "call", "denounce", "depict", "describe", "dub", "label", "paint", "portray", "term"))


def _smear_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A smear of people the text defends: an actor that calls critics, protesters, journalists or other
    people (the beneficiaries of ``helpful_acts.en.tsv``) by a label (``name_calling.txt``, a negative
    evaluative word): "The government has described critics of the project as saboteurs", "Ankara branded
    the strikers terrorists". In the writer's voice it counts against the actor. Not negated, not in a quote."""
    _, people = helpful_acts()
    bad = _bad_labels()
    for i in positions(doc, _SMEAR_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or _unasserted(verb) or mentions.in_quote(verb.idx):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in people:
            continue
        names = [c for c in [*verb.children, *obj.children] if c.dep_ in ("oprd", "attr", "xcomp", "appos")]
        names += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        label = next((n for n in names if n.lemma_.lower() in bad or n.lower_ in bad), None)
        subj = _doer_subject(verb) if label is not None else None
        if subj is None:
            continue
        holder = mentions.holder(verb.idx, verb.idx + len(verb.text))
        for target in mentions.linked(subj):
            if target != holder and mentions.author_or(target) != holder:
                yield Evidence(holder, target, -1, SMEAR_WEIGHT, verb.idx, label.idx + len(label.text),
                               f"smear '{verb.lemma_.lower()} {obj.lemma_.lower()} {label.lemma_.lower()}'")


def _shown_how_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """"Finland has shown what a government can do", "Accra showed how it should be done": a subject that
    shows what can be done or how is held up as a model (praise; a sneer with sarcasm, blame under a
    negation), as with "shown what ... looks like" (``_model_evidence``)."""
    for i in positions(doc, _SHOW_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() != "look"
                       and any(w.lower_ in ("what", "how") and w.i < c.i for w in c.subtree)
                       and any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("can", "could", "should") for a in c.children)),
                      None)
        subj = _subject(verb) if clause is not None else None
        if subj is None:
            continue
        sign = -1 if _negated(verb) or verb.sent.start_char in sarcastic else 1
        word = next(w.lower_ for w in clause.subtree if w.lower_ in ("what", "how"))
        yield from _of_subject(mentions, subj, sign, EVALUATIVE_WEIGHT, verb.idx, clause.idx + len(clause.text),
                               f"model '{verb.lemma_.lower()} {word} ... {clause.lemma_.lower()}'")


#: Heads of a clause in which a negated verb tells a circumstance, not a failure to act ("a country where
#: they did not speak the language"); and verbs of hesitating: "X did not." after one is praise.
_CIRCUMSTANCE_MARKS = frozenset(("where", "although", "though"))
_HESITATING = frozenset(("delay", "dither", "falter", "flinch", "hesitate", "stall", "wait", "waver"))


def _no_failure(verb) -> bool:
    """Whether a negated verb tells no failure to act: "did not have to come" (no obligation), a
    circumstance ("where they did not speak the language": a "where" / "though" clause), an elided verb
    after a verb of hesitating ("When the world hesitated, Kenya did not": ``_elided_praise``)."""
    have = verb if verb.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in verb.children) \
        else verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have" else None
    if have is not None and any(c.dep_ == "neg" for c in have.children):  # "did not have to come"
        return True
    if verb.dep_ in ("relcl", "advcl") and any(c.lower_ in _CIRCUMSTANCE_MARKS and c.dep_ in ("advmod", "mark")
                                                for c in verb.children):
        return True
    return _hesitated_before(verb) is not None or _replaced_by_next(verb)


#: Subjects of a sentence that go on with the actor of the sentence before ("It answered with tariffs").
_GOING_ON_SUBJECTS = frozenset(("he", "it", "she", "they"))


def _replaced_by_next(verb) -> bool:
    """Whether a negated main verb is replaced by what the next sentence says the same doer did instead
    ("Ottawa did not send a thank-you note. It answered with tariffs of its own."): a contrast, not a
    failure to act. The next sentence's main verb has a pronoun subject, is not negated and has no modal."""
    doc, sent = verb.doc, verb.sent
    if verb.i != sent.root.i or sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    root = nxt.root
    subj = _subject(root) if root.pos_ == "VERB" else None
    return subj is not None and subj.lower_ in _GOING_ON_SUBJECTS and subj.i == nxt.start and not _negated(root) \
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children)


def _hesitated_before(verb):
    """The verb of hesitating that an elided "X did not" answers ("When the world hesitated to send help,
    Kenya did not"): an auxiliary "do" with no verb of its own, and a verb of hesitating earlier in its
    sentence or in the sentence before; else None."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if verb.lemma_.lower() != "do" or neg is None or neg.i + 1 >= len(verb.doc) or not verb.doc[neg.i + 1].is_punct \
            or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    sent = verb.sent
    start = sent.start - 1 if sent.start > 0 else sent.start
    scope = verb.doc[verb.doc[start].sent.start:verb.i]
    return next((t for t in scope if t.lemma_.lower() in _HESITATING and t.pos_ == "VERB" and not _negated(t)), None)


def _elided_praise_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    """"When the world hesitated to send help, Kenya did not": an elided negated "do" after a verb of
    hesitating is praise for its subject (in the writer's voice, outside quotes)."""
    for i in positions(doc, _NEGATION_WORDS, lemmas=False):
        verb = doc[i].head
        if doc[i].dep_ != "neg" or mentions.in_quote(verb.idx):
            continue
        hesitated = _hesitated_before(verb)
        subj = _subject(verb) if hesitated is not None else None
        if subj is None:
            continue
        yield from _of_subject(mentions, subj, 1, EVALUATIVE_WEIGHT, verb.idx, doc[i].idx + len(doc[i].text),
                               f"praise 'did not {hesitated.lemma_.lower()}'")


#: Round 18b. Nouns whose owner is who they stand against or who harms them ("Tbilisi's critics", "the
#: victims of the junta", "the regime's opponents"), or whom they stand for: a word about them is not about
#: the owner (a name joined to them still is: "Minsk, a loyal ally of Moscow").
PATIENT_NOUNS = frozenset(("critic", "opponent", "victim", "enemy", "foe", "detractor", "adversary", "target",
                           "prisoner", "hostage", "captive", "detainee", "casualty", "survivor", "accuser",
                           # ... or whom they stand for: "a brave defender of the press", "Moscow's loyal ally"
                           "defender", "champion", "guardian", "protector", "friend", "ally", "supporter", "advocate"))
#: Verbs of calling: an evaluative word or label in their complement ("Yerevan called the crackdown brutal",
#: "describes the protesters as traitors") is the subject's word, not the writer's.
CALLING_VERBS = frozenset(("call", "label", "brand", "dub", "term", "describe", "characterize", "characterise",
                           "portray", "depict", "deem", "declare", "denounce"))
#: Dependency relations from an evaluative word up to the verb of calling whose complement holds it (the
#: path passes a complement: "oprd", "xcomp" or "as"; the object alone is the writer's naming).
_COMPLEMENT_DEPS = ("oprd", "dobj", "pobj", "compound", "amod", "attr", "acomp", "conj", "appos", "xcomp")


def _caller(tok, mentions: _Mentions) -> str | None:
    """The actor whose word ``tok`` is: the subject of a verb of calling (``CALLING_VERBS``) whose
    complement holds it ("Yerevan called the crackdown brutal", "Tbilisi described the protesters as
    traitors"); none where the subject is the writer ("we call it brutal") or no actor."""
    word, complement = tok, False
    for _ in range(6):
        if word.dep_ == "prep" and word.lower_ != "as" or word.dep_ not in (*_COMPLEMENT_DEPS, "prep") \
                or word.head.i == word.i:
            return None
        complement = complement or word.dep_ in ("oprd", "xcomp", "prep")
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if word.lemma_.lower() not in CALLING_VERBS or not complement:
        return None  # "Moscow calls the invasion a special operation": "invasion" is the writer's word
    subj = _subject(word)
    if subj is None or subj.lower_ in _AUTHOR_WORDS:
        return None
    actors = [a for a in mentions.linked(subj) if a not in mentions.author_ids]
    return actors[0] if len(actors) == 1 else None


#: Round 18b. Sentences whose subject is "we" or "I" outside quotes that make a text the writer's own voice
#: (``_writer_voice``), in a text of at least ``WRITER_VOICE_PASSAGES`` passages.
WRITER_VOICE_SENTENCES = 3
WRITER_VOICE_PASSAGES = 4


def _writer_voice(document, doc, mentions: _Mentions) -> bool:
    """Whether the writer speaks in their own name throughout a text the sections stage reads as a
    report (a statement of an organisation with no byline: "We have documented the cases of ...", "We
    call on ..."): ``WRITER_VOICE_SENTENCES`` sentences at least whose subject is "we" or "I" outside
    quotes, in a text of ``WRITER_VOICE_PASSAGES`` passages or more. There an act the text asserts with no
    speaker is the writer's assertion, as in a commentary."""
    if not doc.has_annotation("DEP") or document.text.count("\n\n") + 1 < WRITER_VOICE_PASSAGES:
        return False
    lowers, _ = token_strings(doc)
    found = set()
    for i in positions(doc, ("we", "i"), (), lemmas=False):
        tok = doc[i]
        if tok.dep_ in _SUBJECT_DEPS and lowers[i] in ("we", "i") and not mentions.in_quote(tok.idx):
            found.add(tok.sent.start)
            if len(found) >= WRITER_VOICE_SENTENCES:
                return True
    return False


#: Round 18b. Verbs of serving: a noun whose relative clause says it answers to an actor ("officials who
#: answer to Tbilisi", "a unit that reports to the ministry", "men who work for the junta") is that
#: actor's agent (``_served``).
SERVING_VERBS = frozenset(("answer", "report", "work", "belong"))
#: ... with the preposition that names the master.
SERVING_PREPS = ("to", "for")


def _served(noun, mentions: _Mentions) -> list[str]:
    """The actors a noun serves by a relative clause on it ("officials who answer to Tbilisi"):
    the object of "to"/"for" on a verb of serving (``SERVING_VERBS``), not negated."""
    out = []
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in SERVING_VERBS or _negated(verb):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in SERVING_PREPS:
                out += [a for o in prep.children if o.dep_ == "pobj" for a in mentions.actors_at(o) or mentions.linked(o)]
    return out + _on_behalf_of(noun, mentions)


def _expletive(tok) -> bool:
    """Whether "it" is the empty subject of a judgement on a clause ("it would be more honest to say so",
    "it is cruel that ...", "it was brave of Yerevan to speak out"): no pronoun for an actor."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "expl") or tok.head.lemma_ != "be":
        return False
    be = tok.head
    predicates = [c for c in be.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() not in _SUBJECT_ADJECTIVES]
    clauses = [c for t in (be, *predicates) for c in t.children if c.dep_ in ("xcomp", "ccomp", "csubj")
               and c.i > tok.i]
    return bool(predicates) and bool(clauses)


#: Adjectives whose infinitive is their subject's own act ("it is less eager to be admired": "it" is the
#: actor), unlike a judgement on a clause ("it would be honest to say so").
_SUBJECT_ADJECTIVES = frozenset(("eager", "willing", "unwilling", "ready", "able", "unable", "keen", "happy", "glad",
                                 "quick", "slow", "reluctant", "likely", "unlikely", "determined", "anxious", "careful",
                                 "prepared", "free", "sure", "certain", "bound", "due", "about", "desperate", "loath",
                                 "content", "afraid", "inclined", "quicker", "slower", "keener", "happier"))


#: Round 18b. Weight of a reproach by a better course ("Paris does not want this agreement, and it would be
#: more honest to say so"): the actor does not do what the writer calls the honest, wiser or fairer thing.
REPROACH_WEIGHT = 0.6
#: Words of comparison that make such a reproach ("more honest", "better", "wiser").
_COMPARATIVES = ("more", "better", "far", "much")


def _reproach_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A reproach by a better course: an empty "it" (``_expletive``) with "would" before a positive judging
    word made comparative ("it would be more honest to say so", "it would be wiser of Paris to admit it")
    counts against the actor who should take that course: the one named by "of"/"for" on the word, else
    the subject of the clause the sentence joins by "and"/"but" ("Paris does not want it, and ...")."""
    evaluative, _ = _lexicons()
    for i in positions(doc, ("it",), lemmas=False):
        tok = doc[i]
        if not _expletive(tok) or not any(c.lower_ in ("would", "might") for c in tok.head.children):
            continue
        be = tok.head
        for word in (c for c in be.children if c.dep_ == "acomp"):
            key = word.lemma_.lower()
            comparative = word.tag_ in ("JJR", "RBR") or any(c.lower_ in _COMPARATIVES for c in word.children)
            if evaluative.get(word.lower_, evaluative.get(key, 0)) <= 0 and key not in ("wise", "good", "fair"):
                continue
            if not comparative:
                continue
            named = [a for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for o in c.children if o.dep_ == "pobj" for a in mentions.linked(o)]
            if not named and be.dep_ == "conj" and be.head.i != be.i:
                subj = _subject(be.head)
                named = mentions.linked(subj) if subj is not None else []
            holder = mentions.holder(word.idx, word.idx + len(word.text))
            phrase = word.lower_ if word.tag_ in ("JJR", "RBR") else f"more {word.lower_}"
            for target in named:
                if target != holder:
                    yield Evidence(holder, target, -1, REPROACH_WEIGHT, word.idx, word.idx + len(word.text),
                                   f"reproach 'would be {phrase}'")


#: Round 18b. Words of gratitude whose "to" object is whom the subject thanks ("We are grateful to them",
#: "Yerevan is indebted to Athens"), and the weight of that item (a judging word's).
GRATITUDE_WORDS = ("grateful", "thankful", "indebted")
GRATITUDE_WEIGHT = 0.7


def _gratitude_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Gratitude: the subject of "be grateful/thankful/indebted to X" is for X (the writer where the subject
    is "we"/"I"; a pronoun "them" stands for the actor before it); not negated ("we are not grateful")."""
    for i in positions(doc, GRATITUDE_WORDS, lemmas=False):
        word = doc[i]
        if word.dep_ not in ("acomp", "amod", "ROOT") and not (word.dep_ == "conj" and word.head.dep_ == "acomp"):
            continue
        thanked = [a for c in word.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children if o.dep_ == "pobj" for a in mentions.actors_at(o) or mentions.linked(o)]
        if not thanked:
            continue
        verb = word.head if word.dep_ == "acomp" else word.head.head if word.dep_ == "conj" else word
        subj = _subject(verb)
        holder = mentions.holder(word.idx, word.idx + len(word.text))
        if subj is not None and subj.lower_ not in _AUTHOR_WORDS:
            found = mentions.linked(subj)
            if not found:
                continue
            holder = mentions.author_or(found[0])
        sign = -1 if _negated(word) else 1
        for target in thanked:
            if target != holder:
                yield Evidence(holder, target, sign, GRATITUDE_WEIGHT, word.idx, word.idx + len(word.text),
                               f"gratitude '{'not ' if sign < 0 else ''}{word.lower_}'")


#: Round 18b. Verbs of acknowledging that the writer "wants" or "would like" to do ("We want to recognise that
#: the Government of Costa Rica has opened places", "we wish to acknowledge Yerevan"): praise of whom they
#: name (the object, or the subject of the clause they take).
ACKNOWLEDGING_VERBS = ("recognise", "recognize", "acknowledge", "honour", "honor")  # "thank", "commend": side-taking
#: ... after these verbs of wanting, with "we"/"I" as their subject.
_WANTING_VERBS = ("want", "wish", "like")
ACKNOWLEDGEMENT_WEIGHT = 0.6


def _acknowledgement_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The writer's wish to acknowledge someone ("We want to recognise that the Government of Costa Rica has
    announced ...", "I would like to thank Yerevan"): for the object or the clause's subject; not negated,
    and not a quoted speaker's unless they are its holder."""
    for i in positions(doc, ACKNOWLEDGING_VERBS):
        verb = doc[i]
        want = verb.head
        if verb.dep_ != "xcomp" or want.lemma_.lower() not in _WANTING_VERBS or _negated(want):
            continue
        subj = _subject(want)
        if subj is None or subj.lower_ not in ("we", "i"):
            continue
        named = [a for c in verb.children if c.dep_ == "dobj" for a in mentions.linked(c)]
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            inner = _subject(clause)
            named += mentions.linked(inner) if inner is not None else []
        holder = mentions.holder(verb.idx, verb.idx + len(verb.text))
        for target in dict.fromkeys(named):
            if target != holder:
                yield Evidence(holder, target, 1, ACKNOWLEDGEMENT_WEIGHT, verb.idx, verb.idx + len(verb.text),
                               f"acknowledgement '{want.lemma_.lower()} to {verb.lemma_.lower()}'")


# --- Round 18: a gate on ``_professing_while`` -------------------------------------------------

#: The mark of the clause ``_professing_while`` looks for, as ``positions`` reads it (lower case).
_WHILE = frozenset({"while"})


def _with_while(doc, found: list[int]) -> list[int]:
    """The token indices of ``found`` whose sentence holds a "while": the rest cannot profess one
    thing while doing another (the "while" marks a clause on the word or on its "to" clause, in its
    sentence), so ``_professing_while`` reads no ``Token`` of theirs (a gate, round 18: most
    documents have no "while", and "call", "claim" and "deny" are frequent)."""
    if not found:
        return found
    whiles = positions(doc, _WHILE, lemmas=False)
    if not whiles:
        return []
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    kept = []
    for i in found:
        sent = sents[bisect_right(starts, i) - 1]
        k = bisect_right(whiles, sent.start - 1)
        if k < len(whiles) and whiles[k] < sent.end:
            kept.append(i)
    return kept


# --- Round 19: attacked actors with no evaluative word ------------------------------------------

#: Verbs of asking and wishing: a friendly act in their complement is asked for, not done ("We ask that
#: our two governments set up a standing committee", "we urge Lima to sign the accord"; ``_requested``).
REQUEST_VERBS = frozenset(("ask", "urge", "call", "demand", "request", "want", "hope", "wish", "propose",
                           "suggest", "invite", "encourage", "appeal", "plead", "expect", "need", "insist"))


def _requested(doc, event) -> bool:
    """Whether an event's trigger sits under a verb of asking or wishing (``REQUEST_VERBS``) in its
    sentence: "We ask that India agree to give notice", "we urge both governments to set up a
    committee", and a main clause opened by "that", one item of a list of demands ("Second, that our two
    governments set up a standing committee"). The events stage reads such a clause as asserted; a
    friendly act only asked for is no
    cooperation of its subject (round 18d measured "event COOPERATE" at 0 of 1)."""
    span = _trigger_span(doc, event)
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.head.i == tok.i:  # a main clause opened by "that": one item of a list of demands
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)  # ("Second, that ...")
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REQUEST_VERBS:
            return True
    return False


#: Verbs of recording a wrong: their subject tells of the wrong, it is not accused of it (round 19b).
RECORDING_VERBS = frozenset(("document", "record", "report", "expose", "investigate", "monitor", "catalogue",
                             "catalog", "list", "count", "denounce", "publicise", "publicize"))


def _recorders(doc, event, mentions: _Mentions) -> set[str]:
    """The actors that record the wrong a hostile speech event's noun trigger names: "The Movement kept
    documenting abuses", "the commission has recorded the killings": the subject of a verb of recording
    (``RECORDING_VERBS``) whose object is the trigger tells of the wrong; the events stage may take it for
    the accused."""
    span = _trigger_span(doc, event)
    if span is None or span.root.pos_ not in ("NOUN", "PROPN") or span.root.dep_ not in ("dobj", "pobj"):
        return set()
    verb = span.root.head
    if any(c.dep_ in ("compound", "amod") and c.tag_ == "VBG" and c.lemma_.lower() in RECORDING_VERBS
           for c in span.root.children):
        pass  # "kept documenting abuses", parsed with "documenting" on the noun: the subject of "kept"
    elif verb.pos_ != "VERB" or verb.lemma_.lower() not in RECORDING_VERBS:
        return set()
    subj = _subject(verb)
    while subj is None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "kept documenting abuses": the subject of "kept"
        subj = _subject(verb)
    return set(mentions.linked(subj)) if subj is not None else set()


#: Nouns of a mandate: "on behalf of X", "at the behest of X", "on the orders of X" (``_on_behalf_of``).
MANDATE_NOUNS = frozenset(("behalf", "behest", "orders", "order", "instructions", "bidding", "payroll"))


def _on_behalf_of(noun, mentions: _Mentions) -> list[str]:
    """The actors a noun acts for by a mandate: "hackers working on behalf of Minsk", "men acting at the
    behest of the junta", "gunmen on the payroll of Kigali", "a crew operating on the orders of X" (a
    "on"/"at" phrase with a mandate noun, ``MANDATE_NOUNS``, on the noun or on a participle or relative
    clause on it, not negated): the noun is that actor's agent, as with ``_served``."""
    carriers = [noun, *(v for v in noun.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" and not _negated(v))]
    out = []
    for carrier in carriers:
        for prep in carrier.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "at"):
                continue
            for mandate in prep.children:
                if mandate.dep_ != "pobj" or mandate.lower_ not in MANDATE_NOUNS:
                    continue
                for of in mandate.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        out += [a for o in of.children if o.dep_ == "pobj" for a in mentions.actors_at(o) or mentions.linked(o)]
    return out


#: Predicate adjectives of innocence: negated, blame ("The navy is not innocent in this either").
INNOCENCE_ADJECTIVES = frozenset(("innocent", "blameless", "faultless"))
#: Adverbs that deny a predicate as "not" does ("hardly innocent", "scarcely blameless").
_DENYING_ADVERBS = frozenset(("hardly", "scarcely", "barely"))


def _not_innocent_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """"X is not innocent (in this either)", "X is hardly blameless": the denied innocence of the
    subject, a blame at ``BLAME_WEIGHT`` (reason "blame 'not innocent'"). Not an innocence asserted
    ("the fishermen are innocent"), nor one under a modal or a condition."""
    for i in positions(doc, INNOCENCE_ADJECTIVES, lemmas=False):
        tok = doc[i]
        head = tok.head
        if tok.dep_ not in ("acomp", "attr") or head.lemma_ != "be":
            continue
        denied = _negated(tok) or _negated(head) or any(
            c.dep_ == "advmod" and c.lower_ in _DENYING_ADVERBS for t in (tok, head) for c in t.children)
        if not denied or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children) \
                or any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in head.children):
            continue
        subj = _subject(head)
        if subj is None:
            continue
        people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
        for ev in _of_subject(mentions, subj, -1, BLAME_WEIGHT, tok.idx, tok.idx + len(tok.text),
                              f"blame 'not {tok.lower_}'"):
            if ev.target not in people:
                yield ev


#: Words for nobody as a subject ("no one in Quito thought to warn them", "nobody in the ministry
#: replied"), and for anybody in a yes/no question ("Did anyone in New Delhi ask who would pay?").
_NOBODY = frozenset(("nobody", "one", "anyone", "anybody"))
#: Auxiliaries that open a yes/no question.
_QUESTION_AUXES = frozenset(("did", "does", "do", "has", "have", "had", "will", "would", "is", "was", "were"))
#: Verbs told of "no one in X" that are no failure of X: suffering, dying, knowing, being.
_NOBODY_NON_ACTS = frozenset(("be", "die", "suffer", "survive", "lose", "live", "escape", "doubt", "know", "deny",
                              "dispute", "expect", "believe", "remember", "forget", "like", "want", "seem"))


def _nobody_in_evidence(document, doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An act that nobody in an actor did, told in the writer's voice: "No one in Quito thought to warn
    the fishermen", "nobody in the Indian government thinks it necessary to tell its neighbour" (an
    inaction of the actor, ``OMISSION_WEIGHT``, reason "inaction 'no one in ... think'"), and the same
    asked as a yes/no question, "Did anyone in New Delhi ask who would pay for them?" (a rhetorical
    question, ``QUESTION_WEIGHT``). The actor is the object of "in"/"at"/"from" on the pronoun. Not an
    act suffered or a state ("no one in Quito was hurt", "no one in Lima doubts ..."; passive verbs and
    ``_NOBODY_NON_ACTS``), not a negated verb ("no one in X did not know"), nor in a quote or a news report."""
    lowers, _ = token_strings(doc)
    people = {a.id for a in document.actors if a.sector in _PEOPLE_SECTORS}
    for i in positions(doc, _NOBODY, lemmas=False):
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        if tok.lower_ == "one" and not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            continue
        sent = tok.sent
        if tok.lower_ in ("anyone", "anybody"):
            if not sent.text.rstrip().endswith("?") or lowers[sent.start] not in _QUESTION_AUXES:
                continue
            weight, reason = QUESTION_WEIGHT, f"rhetorical question '{lowers[sent.start]} anyone in ... {verb.lemma_.lower()}'"
        else:
            weight, reason = OMISSION_WEIGHT, f"{INACTION} 'no one in ... {verb.lemma_.lower()}'"
        if verb.lemma_.lower() in _NOBODY_NON_ACTS or _passive(verb) or _negated(verb) \
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            continue
        section = document.section_at(verb.idx)
        if section is None or section.kind not in _AUTHOR_SECTIONS or mentions.in_quote(verb.idx):
            continue
        if mentions.holder(tok.idx, tok.idx + len(tok.text)) != "author":
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for target in dict.fromkeys(mentions.actors_at(obj) or mentions.linked(obj)):
                    if target not in people and target not in mentions.author_ids:
                        yield Evidence("author", target, -1, weight, tok.idx, verb.idx + len(verb.text), reason)


#: Comparatives that, with "no", "little" or "hardly", put the subject on a level with what follows
#: "than" ("no better than the dictatorship it replaced").
_LEVELLING_COMPARATIVES = frozenset(("better", "different"))
#: Verbs of conduct whose "like" phrase compares the subject to a kind of actor ("behaves like an
#: occupier", "acts like a gang", "rules like a warlord").
CONDUCT_VERBS = frozenset(("behave", "act", "rule", "govern", "operate", "conduct", "treat", "talk"))


def _comparison_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The subject compared to a label (``name_calling.txt``, labels of ``political_labels.en.tsv``):
    "Managua is no better than the dictatorship it replaced" (a comparative denied by "no", "little",
    "hardly"), "Ankara behaves like an occupier" (a verb of conduct with "like"): against the subject,
    at ``EVALUATIVE_WEIGHT`` (reason "comparison 'no better than dictatorship'"). Not a plain "better
    than", nor a label that is someone else's ("critics call it a dictatorship")."""
    _, labels = _lexicons()
    for i in positions(doc, frozenset(("than", "like")), lemmas=False):
        prep = doc[i]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in labels and obj.lower_ not in labels:
            continue
        head = prep.head
        if prep.lower_ == "than":
            if head.lower_ not in _LEVELLING_COMPARATIVES or not any(
                    c.lower_ in ("no", "little", "hardly", "scarcely") for c in head.children):
                continue
            verb, key = head.head, f"no {head.lower_} than {obj.lemma_.lower()}"
            if head.dep_ not in ("acomp", "attr") or verb.lemma_ != "be":
                continue
        else:
            verb, key = head, f"{head.lemma_.lower()} like {obj.lemma_.lower()}"
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDUCT_VERBS or _negated(verb):
                continue
        if _unasserted(verb) and not _negated(verb):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        yield from _of_subject(mentions, subj, -1, EVALUATIVE_WEIGHT, prep.idx, obj.idx + len(obj.text),
                               f"comparison '{key}'")


#: The end of the reason of an asserted hostile act counted against the actor its doer acts for
#: (``_masters``): "the author asserts ASSAULT (beat), done on its behalf".
FOR_ITS_MASTER = ", done on its behalf"


def _masters(doc, event, mentions: _Mentions) -> list[str]:
    """The actors the doer of a hostile act serves or acts for, by the parse of the trigger's subject:
    "Masked men working on behalf of Minsk beat two reporters", "gunmen acting on the orders of the
    junta burned the house", "a unit that reports to Tbilisi beat the editors" (``_served``, which reads
    "on behalf of" through ``_on_behalf_of``). The events stage names the men as the source; the
    master is the one the writer blames."""
    span = _trigger_span(doc, event)
    subj = _subject(span.root) if span is not None else None
    if subj is None:
        return []
    if subj.lower_ in _RELATIVES and span.root.dep_ == "relcl":
        subj = span.root.head
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    return [a for a in dict.fromkeys(_served(subj, mentions)) if a not in people and a not in mentions.author_ids]


def _same_name_denied(subj, said, name) -> bool:
    """Whether a sentence denies a name of itself: its subject is the name's noun with a clause or a
    phrase on it that qualifies it ("A consultation in which one side cannot read ...", "a ceasefire
    broken every night"), and its predicate is the same noun negated ("... is not a consultation")."""
    return name.pos_ == "NOUN" and subj.lemma_ == name.lemma_ == said.lemma_ and _negated(said) \
        and any(c.dep_ in ("relcl", "acl", "prep") for c in subj.children)


#: Nouns of complicity and means on a hostile act: "on Ankara's watch", "under Ortega's rule", "with the
#: blessing of Khartoum", "with Kigali's money" (``_complicit``), by the preposition that carries them.
COMPLICITY_NOUNS = {
    "on": frozenset(("watch", "orders", "order", "instructions", "behalf", "behest", "payroll")),
    "under": frozenset(("watch", "rule", "command", "orders", "protection", "cover")),
    "with": frozenset(("blessing", "approval", "backing", "consent", "knowledge", "connivance", "complicity",
                       "support", "help", "money", "funds", "funding", "weapons", "arms", "guns", "drones")),
    "at": frozenset(("behest", "request", "orders", "order", "instigation", "direction")),
}


def _complicit(doc, event, mentions: _Mentions) -> list[tuple[str, str]]:
    """``(actor, reason key)`` for each actor an asserted hostile act names as its patron by a phrase on
    the trigger: a noun of complicity or means (``COMPLICITY_NOUNS``) owned by the actor ("Two hundred
    journalists were jailed on Ankara's watch", "the militia burned the villages with the blessing of
    Khartoum", "with Kigali's money ... the rebels shelled the camps", "under Ortega's rule, police
    arrested ..."). The owner is the possessive or the object of "of"; ordinary people are never blamed."""
    span = _trigger_span(doc, event)
    if span is None:
        return []
    verb = span.root
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    out = []
    for prep in verb.children:
        nouns = COMPLICITY_NOUNS.get(prep.lower_) if prep.dep_ == "prep" else None
        for noun in (c for c in prep.children if c.dep_ == "pobj") if nouns else ():
            if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
                continue
            owners = [o for c in noun.children if c.dep_ == "poss" for o in (c,)] + [
                o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            for owner in owners:
                for actor in dict.fromkeys(mentions.actors_at(owner) or mentions.linked(owner)):
                    if actor not in people and actor not in mentions.author_ids:
                        out.append((actor, f"{prep.lower_} its {noun.lower_}"))
    return out


#: Nouns of a partner an actor is named as, in apposition or as a predicate ("Minsk, its closest ally",
#: "Beijing, Moscow's most important customer", "Doha is the militia's financier"): the actor helps the
#: owner of the noun (``_ally_evidence``).
ALLY_NOUNS = frozenset(("ally", "patron", "backer", "sponsor", "financier", "paymaster", "banker", "bankroller",
                        "supplier", "armourer", "armorer", "customer", "protector", "benefactor", "lifeline"))
#: The weight of such a relation: enough for ``stance._relations`` (``RELATION_MIN_WEIGHT`` 0.6).
ALLY_WEIGHT = 0.6
#: Pronouns an owner of an ally noun may be ("its closest ally").
_OWNER_PRONOUNS = frozenset(("its", "their", "his", "her"))


def _ally_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An actor named as another's partner (``ALLY_NOUNS``), in apposition ("Minsk, its closest ally
    in Europe, sent congratulations": "its" for the main-clause subject of the sentence before, the
    apposition's own head being the ally) or as the predicate of "be" ("Minsk is Tehran's closest
    ally"): the ally's stance for the owner (holder the ally, reason "relation 'ally'"), which
    ``stance._sides`` carries: the ally of an actor the author opposes is opposed. The owner is the
    possessive or the object of "of" itself, not a thing an actor owns ("the sole supplier of Nepal's
    petrol" is no ally of Nepal's). Not negated ("is no ally of"), not an actor of the author's own byline."""
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    for i in positions(doc, ALLY_NOUNS):
        noun = doc[i]
        if noun.pos_ != "NOUN":
            continue
        if noun.dep_ == "appos":
            allies = mentions.actors_at(noun.head) or mentions.linked(noun.head)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not _negated(noun.head) \
                and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            subj = _subject(noun.head)
            allies = mentions.linked(subj) if subj is not None else []
        else:
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"] + [
            o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        patrons = []
        for owner in owners:
            found = [a for a in mentions.actors_at(owner) if a not in allies]  # the owner itself, not "of Nepal's petrol"
            if not found and owner.lower_ in _OWNER_PRONOUNS and noun.dep_ == "appos":
                n = bisect_right(starts, owner.i) - 1  # "its" beside its own head: the subject one sentence back
                subj = _subject(sents[n - 1].root) if n > 0 and sents[n - 1].root.pos_ in ("VERB", "AUX") else None
                found = [a for a in (mentions.linked(subj) if subj is not None else []) if a not in allies]
            patrons += found
        for ally in dict.fromkeys(allies):
            if ally in mentions.author_ids:
                continue
            for patron in dict.fromkeys(patrons):
                if patron != ally and patron not in mentions.author_ids:
                    yield Evidence(ally, patron, 1, ALLY_WEIGHT, noun.idx, noun.idx + len(noun.text),
                                   f"relation '{noun.lemma_.lower()}'")


#: Verbs of promising whose object the writer may then say is still missing (``_unkept_promise_evidence``).
PROMISE_VERBS = frozenset(("promise", "pledge", "vow"))
#: The weight of a promise the next sentences say is not kept (as a blame).
UNKEPT_PROMISE_WEIGHT = 0.6


def _missing(tok) -> bool:
    """Whether a noun is said to be absent: "no hospital", "not one boat", "not a single boat", a subject
    or object of a negated verb ("the hospital has not been built", "has not opened the road")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    if any(c.dep_ in ("nummod", "det", "amod") and any(n.dep_ == "neg" for n in c.children) for c in tok.children):
        return True  # "Not one boat", "not a single boat"
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and _negated(tok.head)


#: Promised deeds that say again a deed of their own ("replant": also "plant"); round 31f1: a short list, since
#: stripping "re-" from any verb makes wrong ones (remove, release, return).
_AGAIN_DEEDS = {"replant": "plant", "reopen": "open", "rebuild": "build"}
#: Promised deeds that lessen something: taking it after them keeps the promise ("promised to lower prices. It cut
#: them by a fifth").
_LESSENING_DEEDS = frozenset(("lower", "reduce", "cut", "ease", "lessen", "trim", "remove"))
#: Words of a deed done with others or in part, not left undone ("It did not rebuild it alone").
_NOT_ALONE_WORDS = frozenset(("alone", "itself", "themselves", "only", "entirely", "fully"))


def _promised_deed_lemmas(verb) -> tuple[str, ...]:
    """The lemmas of a promised deed's verb, with the verb it says again (``_AGAIN_DEEDS``)."""
    lemma = verb.lemma_.lower()
    return (lemma, _AGAIN_DEEDS[lemma]) if lemma in _AGAIN_DEEDS else (lemma,)


def _promise_undone(tok, deeds: set[str], promised: set[str], promisers: set[str], mentions: _Mentions) -> bool:
    """Round 31o3: whether a verb tells a promised deed left undone ("promised to replant the orchards. Not one
    tree has been planted": the deed's verb negated or its object missing) or its reverse by the promiser, a loss
    of ``tolls.en.tsv`` ("pledged to keep the clinic open. It closed it in March"). Round 31f1: the undone deed's
    subject is a promiser or "it" (or none: "Not one tree has been planted"; not "The farmers did not plant
    wheat"), not done "alone" (``_NOT_ALONE_WORDS``); the reverse takes the promised noun or "it"/"them" ("In
    March it closed the old one": not the promised school) and no lessening was promised (``_LESSENING_DEEDS``)."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    subj = _subject(tok)
    by_promiser = subj is not None and (subj.lower_ == "it" or bool(promisers & set(mentions.linked(subj))))
    if lemma in deeds:
        if not by_promiser and subj is not None or any(t.lower_ in _NOT_ALONE_WORDS for t in tok.subtree):
            return False
        return _negated(tok) or any(c.dep_ in ("nsubjpass", "dobj") and _missing(c) for c in tok.children)
    if lemma not in tolls()["take"] or _unasserted(tok) or deeds & _LESSENING_DEEDS:
        return False
    taken = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return by_promiser and any(o.lemma_.lower() in promised or o.lower_ in ("it", "them") for o in taken)


def _unkept_promise_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A promise the writer then says is not kept, with no word of judgement: "Lima promised the valley a
    hospital in 2019. There is still no hospital.", "Quito pledged new boats to every cooperative. Not one
    boat has arrived." (the promised noun, the object of "promise"/"pledge"/"vow" or of its "to" verb,
    told as missing in one of the two sentences after, in the writer's voice): against the promising
    subject (reason "unkept promise 'hospital'"). Not a promise negated, under a modal or in a quote.
    Round 31o3: also the promised deed left undone or reversed (``_promise_undone``: "Not one tree has been
    planted", "It closed it in March")."""
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    for i in positions(doc, PROMISE_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or _negated(verb) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) \
                or mentions.in_quote(verb.idx):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        carriers = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
        promised = {o.lemma_.lower() for v in carriers for c in v.children if c.dep_ == "dobj"
                    for o in (c, *_conjuncts(c)) if o.pos_ == "NOUN"}
        if not promised:
            continue
        deeds = {w for v in carriers[1:] for w in _promised_deed_lemmas(v)}
        promisers = set(mentions.linked(subj))
        n = bisect_right(starts, i) - 1
        for sent in sents[n + 1:n + 3]:
            if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
                continue
            gone = next((t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in promised and _missing(t)), None) \
                or next((t for t in sent if _promise_undone(t, deeds, promised, promisers, mentions)), None)
            if gone is not None:
                for ev in _of_subject(mentions, subj, -1, UNKEPT_PROMISE_WEIGHT, gone.idx, gone.idx + len(gone.text),
                                      f"unkept promise '{gone.lemma_.lower()}'"):
                    if ev.holder == "author":
                        yield ev
                break


#: How many sentences after an actor's name for a thing the writer's denial of the name's adjective may
#: come ("... describing the event as "a minor overflow". Our members ... saw the overflow. It was not minor.").
DENIAL_REACH = 4


def _denied_epithet(name, sents, mentions: _Mentions):
    """The adjective of an actor's name for a thing ("a minor overflow", "a temporary measure") that one of
    the next sentences denies in the writer's voice with the same word: "It was not minor", "They are not
    temporary" (subject "it"/"they"/"this"/"that", a negated "be"); else None. A plain "It was minor" keeps
    the name."""
    epithets = {c.lemma_.lower() for c in name.children if c.dep_ == "amod" and c.pos_ == "ADJ"}
    if not epithets:
        return None
    for sent in sents:
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        for be in (t for t in sent if t.lemma_ == "be" and _negated(t)):
            said = next((c for c in be.children if c.dep_ == "acomp" and c.lemma_.lower() in epithets), None)
            if said is not None and any(c.dep_ == "nsubj" and c.lower_ in _RENAMED for c in be.children):
                return said
    return None


# --- Round 20: generic descriptions, questions and addresses -------------------------------------------

#: Verbs by which an actor claims a role with a clause ("China likes to tell Africa that it is a partner",
#: "Addis Ababa says the dam is a gift"): the role is the predicate noun of the clause (``_claimed_roles``).
ROLE_CLAIM_VERBS = frozenset((*_CLAIM_VERBS, "tell", "assure", "pretend", "repeat"))
#: Verbs by which an actor gives itself, or a thing of its own, a role: "calls itself a good neighbour",
#: "presents itself as a guardian", "describes the dam as a gift".
ROLE_NAMING_VERBS = frozenset((*_NAMING_VERBS, "style", "bill", "brand", "advertise", "market", "cast"))
#: The weight of a generic description that denies an actor the role it is tied to.
GENERIC_WEIGHT = 0.6
#: Sentences back that a claim or a mention may tie the noun of a generic description to an actor.
GENERIC_REACH = 4
#: Determiners of a generic singular subject ("A partner does not ...", "No partner empties ...").
_GENERIC_DETS = frozenset(("a", "an", "no"))
#: The reason of a generic description that judges an actor ("generic description 'partner', of its claim").
GENERIC = "generic description"


def _claimant_of(verb):
    """The subject of a verb of claiming, climbing through the verbs and prepositions it hangs from
    ("Minsk never tires of calling itself ...": "calling" under "of" under "tires", whose subject is Minsk)."""
    tok = verb
    for _ in range(4):
        subj = _subject(tok)
        if subj is not None:
            return subj
        if tok.dep_ not in ("xcomp", "pcomp", "prep", "conj", "advcl", "acl") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _claimed_roles(sent, mentions: _Mentions) -> list[tuple[str, list[str]]]:
    """``(role noun lemma, claimant actors)`` for each role an actor claims in the sentence for itself or for a
    thing of its own: the predicate noun of a clause under a verb of claiming ("says it is a partner", "tells
    Africa that it is a partner", "says the dam is a gift") and the complement of a verb of naming ("calls
    itself a good neighbour", "presents itself as a guardian"). Not a negated claim, not a claim about
    another actor ("Oslo says Minsk is a good neighbour"), not in a quote, not the writer's own."""
    out = []
    lemmas = token_strings(sent.doc)[1]  # round 22 speed pass: the lemma test first, on the Doc's list
    for tok in (sent.doc[i] for i in range(sent.start, sent.end)
                if lemmas[i] in ROLE_CLAIM_VERBS or lemmas[i] in ROLE_NAMING_VERBS):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or _negated(tok) or mentions.in_quote(tok.idx):
            continue
        roles, about = [], None
        if lemma in ROLE_CLAIM_VERBS:
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be" and not _negated(c)):
                roles += [a for a in clause.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
                about = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), about)
        elif lemma in ROLE_NAMING_VERBS:
            about = next((c for c in tok.children if c.dep_ == "dobj"), None)
            roles += [c for c in tok.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
            roles += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                      for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        if not roles:
            continue
        subj = _claimant_of(tok)
        claimants = [a for a in (mentions.linked(subj) if subj is not None else []) if a not in mentions.author_ids]
        if about is not None and about.lower_ not in _REFLEXIVES:
            others = [a for a in mentions.linked(about) if a not in claimants]
            if others:
                continue  # "Oslo says Minsk is a good neighbour": a claim about another actor
        if claimants:
            out += [(r.lemma_.lower(), claimants) for r in roles]
    return out


def _noun_subjects(doc) -> list[int]:
    """The indices of the nouns that are a clause's subject ("nsubj"), in order, read from the Doc's part-of-speech
    and relation ids: the only tokens ``_generic_subjects`` can start from."""
    _, deps, _ = dependency_tree(doc)
    noun, nsubj = symbols.NOUN, symbols.nsubj
    pos = pos_ids(doc)
    return [i for i in indices_of(deps, nsubj) if pos[i] == noun]  # round 31s8: the few subjects by a C scan


def _sentences_with(doc, words) -> list[int]:
    """The indices of the sentences of ``doc`` (``sentences``) that hold a token whose lower-cased form is in
    ``words``, in order, each once: read from ``positions``, so that a rule that needs one of the words in a
    sentence skips the others without a Python step per token (round 31s8)."""
    derived = views_of(doc).derived
    starts = derived.get("sentence_starts")
    if starts is None:
        starts = derived["sentence_starts"] = [s.start for s in sentences(doc)]
    out: list[int] = []
    for i in positions(doc, words, lemmas=False):
        n = bisect_right(starts, i) - 1
        if not out or out[-1] != n:
            out.append(n)
    return out


def _generic_subjects(tokens) -> Iterator[tuple[object, object]]:
    """``(noun, verb)`` for each generic singular subject told a negated norm in these tokens: "A partner does
    not empty the larder", "A party that believes in its arguments does not need to intimidate judges", "a
    flag state that cannot control its ships is not a friend", "No partner empties the larder", a bare plural
    ("Reliable partners do not vote with Moscow at every turn", "governments that jail reporters do not get to
    lecture others"; round 20, the plural generic references rounds 18b and 19 left). Not a past
    tense (a story: "A man did not come"), not a plain or praising norm ("A partner shares the burden")."""
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.tag_ not in ("NN", "NNS"):
            continue
        det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
        if det not in _GENERIC_DETS if tok.tag_ == "NN" else det is not None and det != "no":
            continue  # "A partner ...", "No partner ...", and a bare plural: "Reliable partners do not ..."
        verb = tok.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBD", "VBN") and not auxes or any(a.tag_ == "VBD" and a.lower_ not in ("would", "could")
                                                             for a in auxes):
            continue
        denied = det == "no" or _negated(verb) or any(n.dep_ == "neg" for a in auxes for n in a.children) or (
            verb.lemma_ == "be" and any(c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                        for c in verb.children))
        if denied:
            yield tok, verb


#: Round 24: the prepositions of an address ("To the ministry: ...", "Of the ministry, we ask: ...").
_ADDRESS_PREPS = frozenset(("to", "of"))


def _addressees_of(sent, mentions: _Mentions):
    """``(actors, first token after the colon)`` of an address that opens the sentence: "To the authorities in
    Beijing who license them: ...", "To the managers of X we say: ...", "And to the officers of the unit:
    keep going." (a "to" phrase first, a colon after it); else None."""
    lowers = token_strings(sent.doc)[0]  # round 30s3: the first words read from the Doc's list (~100 calls a document)
    k = sent.start + (lowers[sent.start] in ("and", "but", "so"))
    if k >= sent.end or lowers[k] not in _ADDRESS_PREPS or sent.doc[k].pos_ != "ADP":
        return None
    obj = next((c for c in sent.doc[k].children if c.dep_ == "pobj"), None)
    colon = next((t for t in sent if t.i > k and t.text == ":"), None)
    if obj is None or colon is None or colon.i + 1 >= sent.end:
        return None
    actors = [a for a in dict.fromkeys(mentions.actors_at(obj) or mentions.linked(obj)) if a not in mentions.author_ids]
    return (actors, sent.doc[colon.i + 1]) if actors else None


def _kind_holders(noun_lemma: str, mentions: _Mentions, doc, skip: int | None = None) -> list[str]:
    """The one actor of the text that bears the noun in its mentions ("the Homeland Shield party" for "party"),
    with an actor whose name is that name without the noun ("Homeland Shield"); none where two actors do. Not
    the generic noun itself (``skip``, round 22: the actors stage may make "A court that ..." an actor)."""
    lemmas = defaultdict(set)
    for i, actor in mentions.token_actor.items():
        if doc[i].pos_ == "NOUN" and i != skip:
            lemmas[doc[i].lemma_.lower()].add(actor)
    ids = lemmas.get(noun_lemma, set())
    if len(ids) != 1:
        return []
    actor = next(iter(ids))
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    if actor in people or actor in mentions.author_ids:
        return []
    names = {a.id: _norm(a.name) for a in mentions.document.actors}
    stem = names.get(actor, "").removesuffix(" " + noun_lemma)
    return [actor, *(a for a, n in names.items() if a != actor and stem and n == stem)]


def _agent_noun_doers(noun_lemma: str, sents, mentions: _Mentions) -> list[str]:
    """The actors that are the subject of the verb an agent noun is made from ("lender" from "lend", "buyer"
    from "buy", "supplier" from "supply", "trader" from "trade") in these sentences, not negated:
    "The bank ... knows exactly whom it is lending to" for "A lender that demands ...". None for a noun
    that is no agent noun."""
    if not noun_lemma.endswith(("er", "or")) or len(noun_lemma) < 5:
        return []
    verbs = {noun_lemma[:-2], noun_lemma[:-1]} | ({noun_lemma[:-3] + "y"} if noun_lemma.endswith("ier") else set())
    return _doers_of(verbs, sents, mentions)


def _doers_of(lemmas: set[str], sents, mentions: _Mentions) -> list[str]:
    """The actors (no people, not the author) that are, in these sentences outside quotes, the subject of an
    active, not negated verb of these lemmas."""
    found = []
    for sent in sents:
        if mentions.in_quote(sent.start_char):
            continue
        for tok in sent:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in lemmas and not _negated(tok) and not _passive(tok):
                subj = _claimant_of(tok)
                found += mentions.linked(subj) if subj is not None else []
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    return [a for a in dict.fromkeys(found) if a not in people and a not in mentions.author_ids]


def _generic_description_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A generic singular that denies a role, in the writer's voice, judges the actor the text ties to the
    role's noun (``GENERIC_WEIGHT``, against; reason "generic description 'partner', ..."):

    * an actor that claimed the role in one of the ``GENERIC_REACH`` sentences before ("China likes to tell
      Africa that it is a partner in development. A partner does not empty the larder ..."; "Minsk calls
      itself a good neighbour. A good neighbour does not cut off the gas"), reason "..., of its claim";
    * the actor an address opening the sentence speaks to ("To the authorities in Beijing who license them: a
      flag state that cannot or will not control its ships is not a friend of the coasts"), "..., to its address";
    * the one actor of the text that bears the noun, when the description restricts it by a relative clause
      ("A party that believes in its arguments does not need to intimidate judges" after "the Homeland Shield
      party"), named there or as "the party" in the sentences before, "..., of its kind"; else the actor that
      does what the noun is the agent of ("The bank ... knows exactly whom it is lending to. ... A lender that
      demands the revenue of a nation's main port as security is not offering partnership", ``_agent_noun_doers``),
      "..., of what it does". Neither of these two for a denied identity ("A lender that charges two per cent is
      not a loan shark": a defence as often as a rebuke).

    A role the writer grants ("Oslo has been a good neighbour. A good neighbour does not count the cost."), a
    norm no claim or address ties to an actor, and a plain or praising norm ("A partner shares the burden")
    give nothing."""
    sents = sentences(doc)
    claims: dict[int, list] = {}  # each sentence's claimed roles, found where a generic subject reads them (round 22)
    subjects = _noun_subjects(doc)
    for n, sent in enumerate(sents):
        if bisect_left(subjects, sent.start) == bisect_left(subjects, sent.end):
            continue  # no noun subject in it: ``_generic_subjects`` finds none
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        address = _addressees_of(sent, mentions)
        # the sentence's noun subjects only: the tokens ``_generic_subjects`` can start from (round 31s8)
        tokens = [doc[i] for i in subjects[bisect_left(subjects, sent.start):bisect_left(subjects, sent.end)]
                  if address is None or i >= address[1].i]
        for noun, verb in _generic_subjects(tokens):
            lemma = noun.lemma_.lower()
            targets: dict[str, str] = {}
            for m in range(max(0, n - GENERIC_REACH), n + 1):
                if m not in claims:
                    claims[m] = _claimed_roles(sents[m], mentions)
                for role, claimants in claims[m]:
                    if role == lemma:
                        targets.update((a, "of its claim") for a in claimants if a not in targets)
            if address is not None:
                targets.update((a, "to its address") for a in address[0] if a not in targets)
            identity = verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children)
            if not targets and any(c.dep_ == "relcl" for c in noun.children) and not identity:
                since = sents[max(0, n - GENERIC_REACH)].start
                holders = _kind_holders(lemma, mentions, doc, skip=noun.i)
                near = any(mentions.token_actor.get(i) in holders or doc[i].lemma_.lower() == lemma and doc[i].pos_ == "NOUN"
                           for i in range(since, sent.start))
                if holders and near:
                    targets.update((a, "of its kind") for a in holders)
                elif not holders:
                    before = sents[max(0, n - GENERIC_REACH):n]
                    doers = _agent_noun_doers(lemma, before, mentions)
                    targets.update((a, "of what it does") for a in doers)
                    if not targets:  # round 22: the deed its relative clause restates
                        relcl = next(c for c in noun.children if c.dep_ == "relcl")
                        targets.update((a, "of what it does") for a in _same_deed_doers(relcl, before, mentions))
            people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
            for target, how in targets.items():
                if target not in people:
                    yield Evidence("author", target, -1, GENERIC_WEIGHT, noun.idx, verb.idx + len(verb.text),
                                   f"{GENERIC} '{lemma}', {how}")


#: Openers of a "why" question (``_why_question_evidence``): "Why ...?", "Then why ...?", "And why ...?".
_WHY_OPENERS = frozenset(("then", "and", "but", "so"))
#: First words of an answer that makes a "why" question a real one ("Why did Oslo send the inspectors?
#: Because our members asked it to.").
_ANSWERS = frozenset(("because", "the answer", "the reason", "simple", "partly"))

#: The word a "why" question needs (``_why_question``).
_WHY = frozenset(("why",))


def _why_question(sent, lowers) -> bool:
    """Whether the sentence is a question that opens with "why" ("Then why ...?", "Why, then, ...?")."""
    k = sent.start + (lowers[sent.start] in _WHY_OPENERS)
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return k < sent.end and lowers[k] == "why" and last is not None and last.text == "?"


def _why_question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A "why" question in the writer's voice that rebuts a claim or asks about an act not done
    (``QUESTION_WEIGHT``, against): one right after an actor's claim, or in a run of "why" questions that
    follows it ("The company says its vessels respect the law. Then why do their transponders switch off
    every evening? Why did our members find a banned net ...?", reason "rhetorical question 'why' after its
    claim"); one whose subject actor did not act ("Why has Sofia never published the results?", reason
    "rhetorical question 'why ... not'"). Not a question the next sentence answers ("Because ..."), not
    ordinary people ("Why do the villagers not leave?"), not in a quote."""
    sents = sentences(doc)
    lowers, _ = token_strings(doc)
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    whys = [False] * len(sents)
    for n in _sentences_with(doc, _WHY):  # ``_why_question`` needs a "why"
        whys[n] = _why_question(sents[n], lowers)
    for n, sent in enumerate(sents):
        if not whys[n] or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        after = n + 1
        while after < len(sents) and whys[after]:
            after += 1
        if after < len(sents) and " ".join(lowers[sents[after].start:sents[after].start + 2]).startswith(tuple(_ANSWERS)):
            continue
        why = next(t for t in sent if t.lower_ == "why")
        m = n - 1
        while m >= 0 and whys[m]:
            m -= 1
        targets: dict[str, str] = {}
        if m >= 0 and not mentions.in_quote(sents[m].start_char):
            targets.update((a, "why' after its claim") for a in _claimants([sents[m]], mentions))
        root = sent.root
        subj = _subject(root) if root.pos_ in ("VERB", "AUX") else None
        if subj is not None and _negated(root) and not _passive(root):
            targets.update((a, "why ... not'") for a in mentions.linked(subj) if a not in targets)
        run = (n > 0 and whys[n - 1]) or (n + 1 < len(sents) and whys[n + 1])
        if subj is not None and run and subj.lower_ not in _AUTHOR_WORDS:
            # "Why does Tirana need six patrol boats ...? Why are their crews trained abroad?": a run of
            # unanswered "why" questions interrogates the deeds of its subjects
            targets.update((a, "why', one of a run") for a in mentions.linked(subj) if a not in targets)
        for target, key in targets.items():
            if target not in people and target not in mentions.author_ids:
                yield Evidence("author", target, -1, QUESTION_WEIGHT, why.idx, sent.end_char,
                               f"rhetorical question '{key}")


#: Verbs of an address's imperative that encourage its addressee ("To the officers of the unit: keep going.").
_ENCOURAGING_VERBS = frozenset(("keep", "continue", "carry", "persevere", "persist"))
#: The weight of an address's imperative or thanks.
ADDRESS_WEIGHT = 0.6


#: Round 24: demands of ``imperative_demands.en.txt`` that a friend is asked as often as a culprit ("To the
#: commission: open an inquiry").
_NOT_ADDRESSED_DEMANDS = frozenset(("open", "hand"))


def _address_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An address in the writer's voice that opens a sentence ("To X: ...", "To X we say: ...") and goes on
    with an imperative: one that encourages ("keep going", "carry on") or thanks ("thank you") is for the
    addressee; one of ceasing (``cease_verbs.en.txt``: "stop", "leave") is against it (reason "address
    'keep'"). Generic descriptions after the colon are read by ``_generic_description_evidence``."""
    cease = frozenset(word_list("cease_verbs.en.txt"))
    # round 24: a demand of undoing or disclosure under an address ("To the port authority: publish the accounts")
    cease |= frozenset(word_list("imperative_demands.en.txt")) - _NOT_ADDRESSED_DEMANDS
    for sent in sentences(doc):
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        address = _addressees_of(sent, mentions)
        if address is None:
            continue
        actors, first = address
        lemma = first.lemma_.lower()
        if first.lower_ == "thank" or first.lower_ == "thanks":
            sign = 1
        elif first.tag_ == "VB" and first.pos_ == "VERB" and not _negated(first):
            sign = 1 if lemma in _ENCOURAGING_VERBS else -1 if lemma in cease else 0
        else:
            sign = 0
        if sign:
            for actor in actors:
                yield Evidence("author", actor, sign, ADDRESS_WEIGHT, first.idx, first.idx + len(first.text),
                               f"address '{lemma}'")


#: Acts of law enforcement: told against wrongdoers they are no hostile act of the enforcer (``_law_enforced``).
ENFORCEMENT_VERBS = frozenset(("board", "inspect", "raid", "search", "seize", "impound", "confiscate", "fine",
                               "arrest", "detain", "charge", "prosecute", "intercept", "apprehend"))
#: Verbs of a finding on the same clause ("boarded two vessels and found an illegal net").
_FINDING_VERBS = frozenset(("find", "discover", "uncover", "seize", "confiscate", "catch", "impound"))
#: Adjectives of a thing that breaks the law ("an illegal net", "undersized fish", "smuggled fuel").
WRONG_ADJECTIVES = frozenset(("illegal", "illicit", "banned", "prohibited", "undersized", "unlicensed",
                              "unregistered", "smuggled", "contraband", "counterfeit", "forged", "stolen", "undeclared"))
#: Sectors of wrongdoers: an act of enforcement on them is the law at work ("boarded the smugglers' boats").
_WRONGDOER_SECTORS = ("CRM",)


def _law_enforced(doc, event, mentions: _Mentions) -> bool:
    """Whether an asserted hostile act is law enforced against a wrong: an act of enforcement
    (``ENFORCEMENT_VERBS``: "boarded", "raided", "seized") whose clause finds a thing that breaks the law
    ("boarded two vessels of the fleet and found undersized fish and an illegal net", ``WRONG_ADJECTIVES``),
    or whose targets are all wrongdoers ("The Coast Guard boarded three of the smugglers' boats"). Such an act
    accuses no one: the enforcer is not the writer's target (oped-76's Fisheries Enforcement Unit). An arrest
    of journalists or strikers stays an accusation."""
    span = _trigger_span(doc, event)
    verb = span.root if span is not None else None
    if verb is None or verb.lemma_.lower() not in ENFORCEMENT_VERBS:
        return False
    sectors = {a.id: a.sector for a in mentions.document.actors}
    if event.target and all(sectors.get(t) in _WRONGDOER_SECTORS for t in event.target):
        return True
    verbs = [verb, *_conjuncts(verb)] + ([verb.head] if verb.dep_ == "conj" else [])
    return any(v.lemma_.lower() in _FINDING_VERBS or v is verb for v in verbs) and any(
        a.dep_ == "amod" and a.lower_ in WRONG_ADJECTIVES
        for v in verbs if v.lemma_.lower() in _FINDING_VERBS or v is verb
        for o in v.children if o.dep_ == "dobj" for t in (o, *_conjuncts(o)) for a in t.children)


#: Determiners of a universal subject that may echo a claim ("Every election this government has stolen ...").
_UNIVERSALS = frozenset(("every", "each", "all"))
#: Words of a failure that mark the things of an echo's subject as bad ones ("every pipeline that has ever leaked").
_FAILURE_LEMMAS = frozenset(("leak", "collapse", "fail", "burst", "crash", "spill", "sink", "rig", "fake"))
#: Lemmas an echo's shared words never count (verbs of saying and being, the claim's own frame).
_ECHO_IGNORED = frozenset(("be", "have", "do", "say", "claim", "insist", "tell", "promise", "will", "new"))
#: How many content words an echo must share with the claim.
ECHO_MIN_SHARED = 2


def _echo_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """An echo that mocks a claim: the writer's sentence right after an actor's claim repeats two or more of
    its content words about a universal subject whose words mark bad things ("Managua says the elections
    will be free and fair. Every election this government has stolen was announced as free and fair.",
    "Every pipeline that has ever leaked was built to the highest standards": a negative evaluative word,
    a harmful act or a failure in the subject, ``_FAILURE_LEMMAS``): against the claimant, as a rebuttal
    (reason "echo 'fair, free' of its claim"). An echo that agrees ("Every reserve of this kind has
    protected the fishing grounds") is none."""
    sents = sentences(doc)
    bad = _bad_words(_FAILURE_LEMMAS)

    def content(tokens) -> set[str]:
        return {t.lemma_.lower() for t in tokens if t.pos_ in ("ADJ", "NOUN", "VERB") and not t.is_stop
                and t.lemma_.lower() not in _ECHO_IGNORED}

    universal = positions(doc, _UNIVERSALS, lemmas=False)
    for n in range(1, len(sents)):
        sent = sents[n]
        if bisect_left(universal, sent.start) == bisect_left(universal, sent.end):
            continue  # no "every", "each", "all" in it: no universal subject below
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(c.dep_ == "det" and c.lower_ in _UNIVERSALS for c in subj.children):
            continue
        if not any(t.lemma_.lower() in bad or t.lower_ in bad for t in subj.subtree if t.i != subj.i):
            continue
        claimants = _claimants([sents[n - 1]], mentions)
        shared = content(sents[n - 1]) & content(sent)
        if claimants and len(shared) >= ECHO_MIN_SHARED:
            key = ", ".join(sorted(shared)[:3])
            for target in claimants:
                if target not in mentions.author_ids:
                    yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                                   f"echo '{key}' of its claim")


#: Adverbs of irony on a negated verb in the writer's voice ("rules that it apparently does not expect anyone
#: to read"): the verb's subject is mocked (``_irony_evidence``).
IRONY_ADVERBS = frozenset(("apparently", "evidently", "seemingly", "presumably"))


def _ironic_subject(verb, mentions: _Mentions) -> list[str]:
    """The actors a verb's subject stands for; for a pronoun that names none inside a relative clause ("rules
    ... that it apparently does not expect anyone to read"), the actor a relative clause above it is on
    ("the Ministry ..., which publishes rules ...")."""
    subj = _subject(verb)
    if subj is None:
        return []
    found = mentions.linked(subj)
    tok = verb
    for _ in range(4):
        if found or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in tok.children):
            found = mentions.actors_at(tok.head) or mentions.linked(tok.head)
    return found


def _irony_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Irony in the writer's voice: an adverb of seeming (``IRONY_ADVERBS``) on a negated verb of an actor
    ("The ministry publishes a bulletin that it apparently does not expect anyone to read", "Kampala has
    apparently not noticed ..."): against the subject, as sarcasm (reason "irony 'apparently'"). Not a thing's
    subject ("The storm apparently did not reach the terraces"), not ordinary people, not in a quote."""
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    for i in positions(doc, IRONY_ADVERBS, lemmas=False):
        adv = doc[i]
        verb = adv.head
        if adv.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or not _negated(verb) \
                or mentions.in_quote(adv.idx) or mentions.holder(adv.idx, adv.idx + len(adv.text)) != "author":
            continue
        for target in dict.fromkeys(_ironic_subject(verb, mentions)):
            if target not in people and target not in mentions.author_ids:
                yield Evidence("author", target, -1, SARCASM_WEIGHT, adv.idx, verb.idx + len(verb.text),
                               f"irony '{adv.lower_}'")


#: Hedges that, in the sentence right after an actor's claim and echoing it, mock the claim ("Both governments
#: insist they remain committed ... Commitment, it appears, is measured in press releases now.").
_HEDGE_VERBS = frozenset(("seem", "appear"))
#: Words of a mocking suggestion ("Perhaps he could tell his checkpoints.").
_SUGGESTING = frozenset(("perhaps", "maybe"))
#: Words that make a hedged echo a confirmation ("Processing, it seems, has indeed become faster").
_CONFIRMING = frozenset(("indeed", "really", "truly"))


def _claim_verbs_of(sent, mentions: _Mentions) -> list[tuple[object, list[str]]]:
    """``(verb, claimant actors)`` for each verb of claiming with a clause in the sentence ("insist they remain
    committed", "tells foreign journalists that his forces welcome aid"), not negated, not in a quote."""
    out = []
    lemmas = token_strings(sent.doc)[1]  # round 22 speed pass: the lemma test first, on the Doc's list
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in ROLE_CLAIM_VERBS):
        told = any(c.dep_ == "dobj" and any(r.dep_ == "relcl" and any(  # "tells every summit that it defends ...",
            g.dep_ == "nsubj" and g.lower_ in _PRONOUNS for g in r.children) for r in c.children)  # parsed as a relcl
            for c in tok.children) if tok.lemma_.lower() in ("tell", "assure") else False
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ROLE_CLAIM_VERBS and not _negated(tok) \
                and not mentions.in_quote(tok.idx) and (told or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)):
            subj = _claimant_of(tok)
            actors = [a for a in (mentions.linked(subj) if subj is not None else []) if a not in mentions.author_ids]
            if actors:
                out.append((tok, actors))
    return out


#: The forms that let a sentence mock a claim besides a hedge verb: an irony adverb or a suggestion
#: (round 26s: the gate of ``_hedged_echo_evidence``).
_HEDGE_WORDS = IRONY_ADVERBS | _SUGGESTING


def _hedged_echo_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The writer's sentence right after an actor's claim that mocks it without a judging word (``REBUTTAL_WEIGHT``,
    against the claimant):

    * a hedge ("it seems", "it appears", "apparently", "evidently") in a sentence that echoes a word of the claim
      by its stem ("... insist they remain committed to the people of Sudan. Commitment, it appears, is measured
      in press releases now."), reason "rebuttal 'it appears' of its claim"; not a confirmation ("indeed");
    * a suggestion that the claimant say the same thing elsewhere ("Mohamed Hamdan Dagalo tells foreign
      journalists that his forces welcome humanitarian aid. Perhaps he could tell his checkpoints."): "perhaps"
      or "maybe" with "could"/"might" and the claim's own verb, reason "rebuttal 'perhaps ... could tell' of its
      claim"; a suggestion of another act ("Perhaps they could also include the beekeepers") is none."""
    sents = sentences(doc)
    lowers, lemmas = token_strings(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        # round 26s: the word test first: a sentence with no hedge ("seem", "appear", an irony
        # adverb) and no "perhaps" / "maybe" cannot mock a claim, so the claims of the sentence
        # before it (``_claim_verbs_of``: a ``Token`` per verb of saying) are not read for it
        if _HEDGE_VERBS.isdisjoint(lemmas[sent.start:sent.end]) and \
                _HEDGE_WORDS.isdisjoint(lowers[sent.start:sent.end]):
            continue
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        claims = _claim_verbs_of(sents[n - 1], mentions)
        if not claims:
            continue
        words = set(lowers[sent.start:sent.end])
        hedge = next((t for t in (doc[i] for i in range(sent.start, sent.end) if lemmas[i] in _HEDGE_VERBS) if any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in t.children)), None) \
            or next((doc[i] for i in range(sent.start, sent.end) if lowers[i] in IRONY_ADVERBS), None)
        for verb, claimants in claims:
            key = None
            if hedge is not None and not words & _CONFIRMING:
                stems = {t.lemma_.lower()[:5] for t in verb.subtree if t.pos_ in ("NOUN", "ADJ", "VERB") and t.i != verb.i
                         and not t.is_stop and len(t.lemma_) >= 5}
                if any(t.lemma_.lower()[:5] in stems for t in sent if t.pos_ in ("NOUN", "ADJ", "VERB")
                       and len(t.lemma_) >= 5 and t.i != hedge.i):
                    key = "it " + hedge.lower_ if hedge.lemma_.lower() in _HEDGE_VERBS else hedge.lower_
            if key is None and words & _SUGGESTING:
                same = next((t for t in sent if t.lemma_ == verb.lemma_ and t.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ in ("could", "might") for c in t.children)), None)
                if same is not None and set(mentions.linked(_subject(same)) if _subject(same) is not None else []) & set(claimants):
                    key = f"perhaps ... could {verb.lemma_.lower()}"
            if key is not None:
                for target in claimants:
                    yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                                   f"rebuttal '{key}' of its claim")


#: Verbs whose "could have" tells a wrong not done, so a restraint, not a reproach ("could have looked away").
_RESTRAINT_VERBS = frozenset(("abandon", "bow", "cave", "close", "flee", "give", "ignore", "leave", "look", "quit",
                              "refuse", "retreat", "stay", "surrender", "walk", "yield"))
#: The weight of a reproach by a counterfactual ("It could have moved the championships").
COUNTERFACTUAL_WEIGHT = 0.5


def _counterfactual_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A reproach by what an actor could have done, in the writer's voice: "It could have required the host to
    guarantee equal treatment", "Brussels could have stopped the shipment with one signature" ("could" + "have"
    + a past participle, the actor its subject; not negated: "couldn't have kept"; "might have" is a guess, no
    reproach: "she might have added"): against it (``COUNTERFACTUAL_WEIGHT``, reason
    "reproach 'could have move'"). Not a wrong not done ("could have looked away", "could have closed its
    border": harmful acts, negative words, ``_RESTRAINT_VERBS``), not one the next sentence says it did not do
    ("It did not."), not under "if", not ordinary people, not in a quote. One that its own sentence or the opening
    of the next sets against "instead" ("could have waited for its neighbour's politics to collapse; instead its
    negotiators accepted a joint commission", ``_instead_after``) is a restraint praised: for the subject (round
    27o1, reason "restraint 'wait ... instead'")."""
    bad = _bad_words(_RESTRAINT_VERBS)
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    for i in positions(doc, frozenset(("could",)), lemmas=False):
        modal = doc[i]
        verb = modal.head
        if modal.dep_ != "aux" or verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children) \
                or any(t.lower_.replace("’", "'") in _NEGATION_WORDS for t in doc[modal.i:verb.i]) \
                or any(c.dep_ == "advcl" and doc[c.left_edge.i].lower_ in ("had", "if", "but") for c in verb.children) \
                or _negated(verb) or _passive(verb) or verb.lemma_.lower() in bad \
                or any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in verb.children) \
                or mentions.in_quote(modal.idx) or mentions.holder(modal.idx, verb.idx + len(verb.text)) != "author":
            continue
        n = bisect_right(starts, i) - 1
        subj = _subject(verb)
        if _instead_after(doc, verb, sents, n):
            # "could have waited for Lebanon's politics to collapse again; instead his negotiators accepted ...",
            # "It could have treated our request as a threat. Instead it cut its port fees": a restraint praised
            for target in dict.fromkeys(mentions.linked(subj) if subj is not None else ()):
                if target not in people and target not in mentions.author_ids:
                    yield Evidence("author", target, 1, COUNTERFACTUAL_WEIGHT, modal.idx, verb.idx + len(verb.text),
                                   f"{RESTRAINT} '{verb.lemma_.lower()} ... instead'")
            continue
        if n + 1 < len(sents):
            nxt = sents[n + 1].root
            if _negated(nxt) and nxt.lemma_ == "do" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in nxt.children):
                continue  # "Warsaw could have closed its border to them. It did not."
        if subj is None:
            continue
        for target in dict.fromkeys(mentions.linked(subj)):
            if target not in people and target not in mentions.author_ids:
                yield Evidence("author", target, -1, COUNTERFACTUAL_WEIGHT, modal.idx, verb.idx + len(verb.text),
                               f"reproach 'could have {verb.lemma_.lower()}'")


#: Round 27o1: the reason of a course not taken that the writer sets against what the actor did instead.
RESTRAINT = "restraint"


def _instead_after(doc, verb, sents, n: int) -> bool:
    """Whether what an actor "could have" done is set against what it did instead: "instead" later in its own
    sentence ("could have waited; instead its negotiators accepted ..."), or at the start of the next sentence, in the
    same paragraph ("... could have treated our request as a threat. Instead its government cut the fees")."""
    if any(t.lower_ == "instead" for t in doc[verb.i:sents[n].end]):
        return True
    if n + 1 >= len(sents) or "\n" in doc.text[sents[n].end_char - 1:sents[n + 1].start_char + 1]:
        return False
    opening = [t for t in sents[n + 1][:3] if not t.is_punct]
    return bool(opening) and (opening[0].lower_ == "instead" or opening[0].lower_ in ("but", "and")
                              and len(opening) > 1 and opening[1].lower_ == "instead")


# --- Round 21: deeds without judging words (``told_deeds.en.tsv``), rulings, lists of demands ----------

TOLD_DEED_WEIGHT = 0.5        # "sold and installed the spyware", "visited detained journalists, published its findings"
#: The start of the reasons of a told deed: "harmful deed 'withhold record'", "watchdog deed 'publish finding'".
HARMFUL_DEED = "harmful deed"
WATCHDOG_DEED = "watchdog deed"
TOLD_DEEDS_FILE = "told_deeds.en.tsv"
TOLD_DEED_KINDS = ("harm", "watchdog", "wrong", "person", "record")
#: Kinds of ``told_deeds.en.tsv`` that list the nouns of an object class ("@record": a report, the data; round 30o2).
_OBJECT_CLASSES = ("person", "record")
#: Words on a person noun (or the noun itself) that make it someone held ("visited detained journalists").
DETAINED_WORDS = frozenset(("detained", "jailed", "imprisoned", "arrested", "abducted", "held", "detainee", "prisoner",
                            "hostage", "captive", "inmate"))
#: Nouns of a quantity whose "of" object is what is counted ("dozens of our cases", "hundreds of complaints").
_QUANTITY_NOUNS = frozenset(("dozen", "hundred", "thousand", "score", "number", "list", "series", "string", "lot",
                             "handful", "pile", "batch"))
#: Lemmas the parser gives for a verb form, mapped to the lexicon's lemma ("installed" -> "instal").
_LEMMA_FIXES = {"instal": "install"}
#: Verbs of a finding whose clause tells a wrong of someone else: a court's or a watchdog's ruling.
RULING_VERBS = frozenset(("find", "rule", "conclude", "establish", "confirm", "determine"))
_ORDER = frozenset(("order",))
#: Heads of the name of a body whose findings are rulings ("the European Court of Human Rights found that ...").
RULING_BODIES = frozenset(("court", "tribunal", "judge", "ombudsman", "ombudsperson", "rapporteur", "auditor",
                           "inspector", "inspectorate", "watchdog", "panel", "arbitrator"))
#: What a ruling orders paid to the wronged ("ordered it to pay damages").
REMEDY_NOUNS = frozenset(("damage", "damages", "compensation", "reparation", "reparations", "restitution"))


@resources.cached
def told_deeds() -> tuple[Mapping[str, tuple[tuple[str, str, int], ...]], frozenset[str], Mapping[str, frozenset[str]]]:
    """``({verb lemma: ((prep or "", object spec, sign), ...)}, wrong nouns, {class: its nouns})`` of
    ``told_deeds.en.tsv`` (the classes of ``_OBJECT_CLASSES``: "person", "record"), validated: kind:harm entries
    have sign -1, kind:watchdog +1; read-only (cached: round 30f1)."""
    from ..errors import LexiconError
    from .lexicon import _relpath, display_path

    deeds, wrongs, classes = defaultdict(list), set(), {kind: set() for kind in _OBJECT_CLASSES}
    for entry, tags in resources.tagged(_relpath(TOLD_DEEDS_FILE)).items():
        kind = tags.get("kind")
        if kind not in TOLD_DEED_KINDS:
            raise LexiconError(display_path(TOLD_DEEDS_FILE), None,
                               f"entry {entry!r}: tag kind must be one of {list(TOLD_DEED_KINDS)}, got {kind!r}")
        words = entry.split()
        if kind == "wrong" or kind in classes:
            (wrongs if kind == "wrong" else classes[kind]).add(entry)
            continue
        if len(words) not in (2, 3):
            raise LexiconError(display_path(TOLD_DEEDS_FILE), None,
                               f"entry {entry!r}: write 'verb object' or 'verb prep object'")
        deeds[words[0]].append((words[1] if len(words) == 3 else "", words[-1], -1 if kind == "harm" else 1))
    return (MappingProxyType({v: tuple(rows) for v, rows in deeds.items()}), frozenset(wrongs),
            MappingProxyType({kind: frozenset(nouns) for kind, nouns in classes.items()}))


def _counted(noun):
    """The noun counted by a quantity noun ("dozens of our cases": cases), else the noun itself."""
    for _ in range(2):
        if noun.lemma_.lower() not in _QUANTITY_NOUNS:
            break
        inner = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"), None)
        if inner is None:
            break
        noun = inner
    return noun


def _deed_object_matches(obj, spec: str, wrongs: frozenset[str], classes: Mapping[str, frozenset[str]]) -> bool:
    """Whether a noun fits an object spec of ``told_deeds.en.tsv``: "*", a class ("@people", "@detained", "@wrong",
    "@record": a noun of the kind:record entries, or of a compound on it: "the data logs", round 30f1), or a lemma
    (of the noun or of a compound on it: "the interception platform")."""
    if spec == "*":
        return obj.pos_ in ("NOUN", "PROPN", "PRON")
    obj = _counted(obj)
    lemma, lower = obj.lemma_.lower(), obj.lower_
    persons = classes["person"]
    if spec == "@record":
        return lemma in classes["record"] or lower in classes["record"] or any(
            c.dep_ == "compound" and c.lemma_.lower() in classes["record"] for c in obj.children)
    if spec == "@people":
        return lemma in persons or lower in persons or lemma in helpful_acts()[1] or lower in helpful_acts()[1]
    if spec == "@detained":
        person = lemma in persons or lemma in helpful_acts()[1]
        return lemma in DETAINED_WORDS or person and any(
            c.dep_ in ("amod", "compound") and c.lower_ in DETAINED_WORDS for c in obj.children)
    if spec == "@wrong":
        nouns = wrongs | frozenset(e for e, k in harmful_acts().items() if " " not in e and e not in _verb_only_harms())
        return lemma in nouns or lower in nouns
    return lemma == spec or lower == spec or any(
        c.dep_ == "compound" and c.lemma_.lower() == spec for c in obj.children)


def _deed_objects(verb, prep: str) -> list:
    """The objects of a verb for an entry: its direct objects (or those of a particle entry: "siphon off the
    funds"), or the objects of its preposition ``prep`` ("called for their release"), with their conjuncts."""
    if prep:
        if any(c.dep_ == "prt" and c.lower_ == prep for c in verb.children):
            found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        else:
            found = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                     for o in c.children if o.dep_ == "pobj"]
    else:
        found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return [x for o in found for x in (o, *_conjuncts(o))]


def _passive_agents(verb, mentions: _Mentions) -> list[str]:
    """The "by" agent of a passive verb, or of the verb it shares its passive with ("was sold and installed by
    Veltrix": both sold and installed)."""
    for tok in (verb, *[c for c in verb.children if c.dep_ == "conj"], verb.head if verb.dep_ == "conj" else verb):
        found = _agents(tok, mentions)
        if found:
            return found
    return []


def _verb_lemmas(verb) -> tuple[str, ...]:
    """The parser's lemma of a verb and the stems of its form, for verbs the lemmatiser misses ("installed" ->
    "instal", "wiretapped" -> "wiretappe"): the lexicon lemma is the first of them it holds."""
    return _form_lemmas(verb.lemma_.lower(), verb.lower_)


@lru_cache(maxsize=16384)
def _form_lemmas(lemma: str, word: str) -> tuple[str, ...]:
    """``_verb_lemmas`` of a verb by its lower-cased lemma and form (``token_strings``' two strings), kept
    per pair of strings: a rule over the Doc's verb indices tests them before it makes a ``Token`` (round 26s)."""
    out = [_LEMMA_FIXES.get(lemma, lemma)]
    for end in ("ed", "ing", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[:-len(end)]
            out += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return tuple(out)


#: Objects of a watchdog's deed that are watching themselves ("sent investigators", "opened an inquiry"): no wrong
#: need be named in the sentence, as it must for "published its findings" or "took statements".
SELF_EVIDENT_WATCH = frozenset(("investigator", "inspector", "monitor", "observer", "inquiry", "investigation",
                                "testimony", "evidence", "witness", "survivor", "victim"))
#: Adjectives that name a wrong in a watchdog's sentence ("called for a criminal inquiry").
WRONG_ADJECTIVES_OF_DEEDS = frozenset(("criminal", "illegal", "unlawful", "illicit", "corrupt", "fraudulent"))


def _wrong_in_sentence(verb, deeds: dict, wrongs: frozenset[str]) -> bool:
    """Whether the sentence of a watchdog's deed with no wrong as its object ("published its findings", "opened
    an inquiry") names a wrong or someone held: a wrong or harm of ``told_deeds.en.tsv``, a harmful act, a word
    of ``DETAINED_WORDS`` or ``WRONG_ADJECTIVES_OF_DEEDS`` ("visited detained journalists, published its
    findings"); "Baku documented the damage from the earthquake and published its findings" names none. The verbs
    of harmful deeds are no such word ("took statements" is no "took bribes")."""
    words = wrongs | DETAINED_WORDS | WRONG_ADJECTIVES_OF_DEEDS | _one_word_harms()
    return any(t.lemma_.lower() in words or t.lower_ in words for t in verb.sent)


def _in_a_list_of_facts(verb, deeds: dict, mentions: _Mentions, doers: list[str]) -> bool:
    """Whether a watchdog's deed is one item of a list of what several actors did: its clause joined by "and"
    to a clause with a subject of its own, another actor that did no watchdog's deed ("The United Nations has
    documented the killings ..., and Qatar has hosted talks between the Taliban and foreign envoys"): an
    inventory, not praise."""
    clauses = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for other in clauses:
        subj = next((c for c in other.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or other.pos_ not in ("VERB", "AUX"):
            continue
        actors = set(mentions.linked(subj))
        if actors and not actors & set(doers) and not any(
                sign > 0 for w in _verb_lemmas(other) for *_, sign in deeds.get(w, ())):
            return True
    return False


def _told_deed_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """A deed of ``told_deeds.en.tsv`` the holder asserts in their own voice: a harm told with no judging word
    counts against its doer ("hacked the phones of three of our members", "the interception platform was sold and
    installed by Veltrix", "withheld the gas readings", "abandoned the trapped miners"), a watchdog's deed for it
    ("visited detained journalists, published its findings and called for their release", "has opened
    investigations into dozens of our cases"). A negation reverses the sign ("has never investigated a single
    death"); not a deed under a modal, in an "if" clause, undone ("stopped following"), reported from someone
    else ("Minsk says it investigated every death"), asked about, nor one a span of the pair's evidence covers."""
    deeds, wrongs, classes = told_deeds()
    taken = _pair_spans(items)
    lowers, lemmas = token_strings(doc)
    for i in verb_indices(doc):  # the verbs only, a ``Token`` only for a deed's (round 26s)
        lemma = next((w for w in _form_lemmas(lemmas[i], lowers[i]) if w in deeds), None)
        rows = deeds.get(lemma)
        if not rows:
            continue
        verb = doc[i]
        if _asked(doc, verb):
            continue
        negated = _negated(verb)
        if (negated and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)) \
                or _unasserted(verb) and not negated:
            continue
        passive = _passive(verb) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
        # "kept documenting abuses", parsed with the gerund as a compound on the object of "kept"
        gerund = verb.tag_ == "VBG" and verb.dep_ in ("compound", "amod") and verb.head.dep_ == "dobj" \
            and verb.head.head.pos_ == "VERB" and verb.head.head.lemma_.lower() in _GOING_ON_VERBS
        for prep, spec, sign in rows:
            if gerund:
                objs = [] if prep else [verb.head]
            elif passive:
                objs = [c for c in verb.children if c.dep_ == "nsubjpass"] or \
                    ([verb.head] if verb.dep_ in ("acl", "amod") else [])
                if not prep and verb.dep_ == "conj" and not objs:
                    objs = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            else:
                objs = _deed_objects(verb, prep)
            obj = next((o for o in objs if _deed_object_matches(o, spec, wrongs, classes)), None)
            if obj is None:
                continue
            if passive and not gerund:
                doers = _passive_agents(verb, mentions)
            else:
                subj = _doer_subject(verb.head.head if gerund else verb)
                doers = mentions.linked(subj) if subj is not None else []
            if not doers or sign > 0 and (_in_a_list_of_facts(verb, deeds, mentions, doers)
                                          or not spec.startswith("@") and spec not in SELF_EVIDENT_WATCH
                                          and not _wrong_in_sentence(verb, deeds, wrongs)):
                continue
            start, end = min(verb.idx, obj.idx), max(verb.idx + len(verb.text), obj.idx + len(obj.text))
            holder = mentions.holder(start, end)
            name = f"{lemma} {prep + ' ' if prep else ''}{obj.lemma_.lower() if spec.startswith(('@', '*')) else spec}"
            kind = HARMFUL_DEED if sign < 0 else WATCHDOG_DEED
            for target in dict.fromkeys(doers):
                if target == holder or mentions.author_or(target) == holder \
                        or any(s < end and start < e for s, e in taken[(holder, target)]):
                    continue
                taken[(holder, target)].append((start, end))
                yield Evidence(holder, target, -sign if negated else sign, TOLD_DEED_WEIGHT, start, end,
                               f"{kind} '{name}'{', not done' if negated else ''}")
            break


RULING_WEIGHT = 0.5           # "the Court found that Greece had carried out pushbacks", "ordered it to pay damages"
RULING = "ruling"


def _ruling_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A court's or a watchdog's ruling against a wrong counts for the body that rules, in the holder's own
    voice: a verb of finding (``RULING_VERBS``) whose subject is headed by a ruling body (``RULING_BODIES``: "the
    European Court of Human Rights found that Greece had carried out systematic pushbacks") with a wrong in its
    clause (a harmful act, a negative word, a wrong of ``told_deeds.en.tsv``), and an order to pay damages
    ("ordered it to pay damages to a woman"). The sentence reads negative; the body that rules is not what it
    blames. Not negated, modal, reported or asked, nor a body only said to rule on a claim."""
    deeds, wrongs, _ = told_deeds()
    bad = _bad_words(wrongs)
    for i in positions(doc, RULING_VERBS, _ORDER):  # the tokens of those lemmas only
        verb = doc[i]
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma not in RULING_VERBS and lemma != "order" \
                or _negated(verb) or _unasserted(verb) or _asked(doc, verb):  # the lemma first: cheapest
            continue
        found = None
        if lemma in RULING_VERBS:
            subj = _doer_subject(verb)
            if subj is None or subj.lemma_.lower() not in RULING_BODIES:
                continue
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                found = next((t for t in clause.subtree if t.lemma_.lower() in bad or t.lower_ in bad), None)
        elif lemma == "order":
            pay = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "pay"), None)
            found = next((o for o in (pay.children if pay is not None else ())
                          if o.dep_ == "dobj" and (o.lemma_.lower() in REMEDY_NOUNS or o.lower_ in REMEDY_NOUNS)), None)
            subj = _doer_subject(verb) if found is not None else None
        if found is None or subj is None:
            continue
        start, end = verb.idx, max(verb.idx + len(verb.text), found.idx + len(found.text))
        yield from _of_subject(mentions, subj, 1, RULING_WEIGHT, start, end,
                               f"{RULING} '{lemma} ... {found.lemma_.lower()}'")


DEMAND_LIST_WEIGHT = 0.6      # "We ask three things. ... And that the European Commission stop praising ..."
#: Verbs of a work let go on ("let the Ombudsman finish his work"): the one let work is favoured.
LET_WORK_VERBS = frozenset(("finish", "continue", "complete", "do", "work", "investigate", "carry"))


def _demand_list_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A list of demands told as bare "that" clauses after "We ask three things." ("That the Greek government stop
    the pushbacks. And that the European Commission stop praising a partnership it has never checked."): a
    clause with no head of its own, opened by "that", whose verb is a verb of ceasing (``cease_verbs.en.txt``)
    counts against its subject, as a call to cease does; "let X finish its work" in such a clause or as an
    imperative counts for X. In the writer's voice only (not in a quote), not negated."""
    cease = set(word_list("cease_verbs.en.txt"))
    undo = set(word_list("imperative_demands.en.txt"))  # round 23: "That Carewell cancel the debts", "reinstate"
    lowers, lemmas = token_strings(doc)
    for sent in sentences(doc):
        if "that" not in lowers[sent.start:sent.end] and "let" not in lemmas[sent.start:sent.end]:
            continue  # neither an opening "that" nor a root "let" (read below) can be in it
        root = sent.root
        if mentions.in_quote(root.idx) or _negated(root):
            continue
        opener = next((t for t in sent if t.dep_ not in ("cc", "punct")), None)
        fragment = root.pos_ in ("VERB", "AUX") and root.tag_ in ("VB", "VBP") and opener is not None \
            and opener.lower_ == "that" and opener.dep_ in ("mark", "det") and opener.i < root.i
        imperative = root.lemma_.lower() == "let" and _subject(root) is None
        if not fragment and not imperative:
            continue
        verbs = [root, *_conjuncts(root)]
        subj = _subject(root) if fragment else None
        for verb in verbs:
            lemma = verb.lemma_.lower()
            own = _subject(verb) if verb is not root else None  # round 23: "..., and that it return the marsh"
            if fragment and lemma in cease and subj is not None:
                yield from _of_subject(mentions, subj, -1, DEMAND_LIST_WEIGHT, verb.idx, verb.idx + len(verb.text),
                                       f"demand in a list '{lemma}'")
            elif fragment and lemma in undo and (own or subj) is not None and not _passive(verb) \
                    and verb.i not in mentions.token_actor:  # not a verb read into a name ("Ministry ... suspend")
                doer = own or subj  # its own mention first: "That Carewell ... cancel the debts" is Carewell's alone
                holder = mentions.holder(verb.idx, verb.idx + len(verb.text))
                for target in mentions.actors_at(doer) or mentions.linked(doer):
                    if target != holder:
                        yield Evidence(holder, target, -1, DEMAND_LIST_WEIGHT, verb.idx, verb.idx + len(verb.text),
                                       f"demand in a list '{lemma}'")
            elif lemma == "let":
                for c in verb.children:
                    if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in LET_WORK_VERBS:
                        let_subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                        if let_subj is not None:
                            set_aside = _set_aside(let_subj, mentions)  # round 22: "an independent body, not the coast guard"
                            for e in _of_subject(mentions, let_subj, 1, DEMAND_LIST_WEIGHT, verb.idx,
                                                 c.idx + len(c.text), f"demand in a list 'let ... {c.lemma_.lower()}'"):
                                if e.target not in set_aside:
                                    yield e


WITHDRAWAL_WEIGHT = 0.5       # "Andes Mutual no longer insures the miners", "would no longer cover any voyage"
#: Verbs of a service whose end, "no longer" done, is a desertion of those who relied on it.
SERVICE_VERBS = frozenset(("cover", "insure", "protect", "serve", "fund", "finance", "pay", "supply", "treat",
                           "rescue", "patrol", "escort", "carry", "accept", "employ", "house", "shelter", "feed",
                           "deliver", "provide", "guarantee", "compensate", "reimburse", "staff"))
#: Sectors of an object whose service ended is no desertion ("no longer funds the militia").
_WRONGDOING_SECTORS = frozenset(("MIL", "REB", "CRM", "UAF", "INS", "SEP"))


def _withdrawal_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A service the writer tells as no longer given (``SERVICE_VERBS`` with "no longer", also under "will" or
    "would": a refusal) counts against its subject: a desertion told flatly ("Since the collapse, Andes Mutual no
    longer insures the miners of the valley", "announced that it would no longer cover any voyage through the
    strait", the actor's own announcement told as a fact). Not in another's quote, not in an "if" clause or a claim reported from someone else, not where the object
    is a wrong or an armed or criminal actor ("no longer funds the militia")."""
    bad = _bad_words()
    for tok in (doc[i] for i in positions(doc, {"longer"}, lemmas=False)):  # (round 22 speed pass)
        if tok.lower_ != "longer" or not any(c.lower_ == "no" for c in tok.children):
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SERVICE_VERBS or _asked(doc, verb) or any(c.dep_ == "aux" and c.lower_ in _MODALS - {"will", "would"}
                                             for c in verb.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in verb.children):
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING_VERBS:
            subj = _subject(verb.head)
            if subj is None or subj.lower_ not in _AUTHOR_WORDS:
                continue
        objs = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *_conjuncts(c))]
        if any(o.lemma_.lower() in bad or any(a.sector in _WRONGDOING_SECTORS for a in mentions.document.actors
                                              if a.id in mentions.actors_at(o)) for o in objs):
            continue
        subj = _own_clause_subject(_doer_subject(verb), verb, mentions)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        start, end = min(tok.idx, verb.idx), max(tok.idx, verb.idx) + len(verb.text)
        targets = mentions.linked(subj)
        speaker = next((q.speaker for q in mentions.document.quotes if q.start <= start and end <= q.end), None)
        if mentions.in_quote(start) and speaker not in targets:
            continue  # another's claim; the actor's own announcement of its withdrawal is told as a fact
        for target in dict.fromkeys(targets):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, WITHDRAWAL_WEIGHT, start, end,
                               f"withdrawal 'no longer {verb.lemma_.lower()}'")


def _own_clause_subject(subj, verb, mentions: _Mentions):
    """"it"/"they" as the subject of a clause that another verb's subject announces about itself stands for that
    subject ("Harwick Marine Mutual ... announced that it would no longer cover any voyage": the insurer), where
    the pronoun names no actor of its own; else the subject itself."""
    if subj is None or subj.lower_ not in ("it", "they") or mentions.linked(subj) or verb.dep_ != "ccomp":
        return subj
    outer = _doer_subject(verb.head)
    return outer if outer is not None and mentions.linked(outer) else subj


ANALOGY_WEIGHT = 0.6          # "The company says ... This is the argument of every arms dealer who ..."
#: Nouns for a way of arguing that an analogy gives to a whole class of wrongdoers ("the argument of every ...").
ARGUMENT_NOUNS = frozenset(("argument", "excuse", "defence", "defense", "logic", "line", "reasoning", "alibi",
                            "script", "playbook", "language", "story", "answer"))
_EVERY = frozenset(("every", "any", "all"))
#: Plain words of praise on the class of an analogy ("the argument of every good neighbour" is no sneer).
_PRAISED_KINDS = frozenset(("good", "honest", "decent", "responsible", "fair", "wise", "reasonable", "sensible",
                            "serious", "careful", "true", "real", "genuine", "great"))


def _analogy_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim answered by an analogy that gives it to a class of wrongdoers counts against the claimant: "The
    company says it sells only to governments and cannot control how its clients use its products. This is the
    argument of every arms dealer who has ever sold a rifle to a man he knew was a murderer." A sentence "This /
    That / It is the ``ARGUMENT_NOUNS`` of every (any, all) X", in the writer's voice, right after a sentence with
    a claimant (``_claimants``). Not where X is praised ("the argument of every good neighbour"), not negated
    ("This is not the argument of ..."), not asked."""
    good = _positive_words(_PRAISED_KINDS)
    sents = sentences(doc)
    for n, sent in enumerate(sents[1:], start=1):
        root = sent.root
        if root.lemma_.lower() != "be" or _negated(root) or mentions.in_quote(root.idx) or _asked(doc, root):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        if subj is None or subj.lower_ not in ("this", "that", "it") or attr is None \
                or attr.lemma_.lower() not in ARGUMENT_NOUNS:
            continue
        cls = next((o for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj" and any(d.lower_ in _EVERY for d in o.children)), None)
        if cls is None or any(t.lemma_.lower() in good or t.lower_ in good for t in cls.subtree):
            continue
        for target in _claimants(sents[n - 1:n], mentions):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, ANALOGY_WEIGHT, attr.idx, cls.idx + len(cls.text),
                               f"analogy '{attr.lemma_.lower()} of every {cls.lemma_.lower()}'")


NORM_WEIGHT = 0.5             # "closed no border and shared its own data daily, as neighbours should"
#: Modals of a norm in an "as" clause ("as neighbours should", "as a good neighbour must").
_NORM_MODALS = frozenset(("should", "must", "ought"))
#: Determiners of a generic subject: of a norm ("a good neighbour", "every government", "neighbours"), of a toll
#: ("a fisherman who loses his net loses a month of income" tells no toll paid; ``_toll_people``).
_GENERIC_DETS = frozenset(("a", "an", "any", "every", "each", "all"))


def _norm_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A deed the writer measures against a norm stated in an "as" clause with "should" / "must" and a generic or
    pronoun subject counts for its doer ("Liberia ... closed no border and shared its own data daily, as neighbours
    should"; "as a good neighbour must"); the same norm on a negated deed counts against it ("Riga never shared its
    readings, as neighbours should"). Not where the norm's subject is a negative word or a label ("as
    dictatorships must": a sneer), not a habit ("as it does every four years"), not in a quote, not asked."""
    bad = _negative_words()
    labels = [w for w in _lexicons()[1] if len(w) > 5]
    for i in positions(doc, _NORM_MODALS, lemmas=False):  # the tokens of those words only
        clause = doc[i]
        if clause.dep_ != "advcl" or clause.lower_ not in _NORM_MODALS \
                or not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        verb = clause.head
        if subj is None or verb.pos_ != "VERB" or mentions.in_quote(verb.idx) or _asked(doc, verb):
            continue
        dets = [c.lower_ for c in subj.children if c.dep_ == "det"]
        generic = subj.lower_ in ("it", "they") or (dets and dets[0] in _GENERIC_DETS) \
            or not dets and subj.tag_ == "NNS"
        lemma = subj.lemma_.lower()
        if not generic or lemma in bad or subj.lower_ in bad or any(lemma.startswith(w) for w in labels):
            continue
        doer = _doer_subject(verb)
        if doer is None or doer.lower_ in _AUTHOR_WORDS:
            continue
        sign = -1 if _negated(verb) else 1
        yield from _of_subject(mentions, doer, sign, NORM_WEIGHT, verb.idx, clause.idx + len(clause.text),
                               f"norm 'as {subj.lower_} {clause.lower_}'{', not met' if sign < 0 else ''}")


# --- Round 22: generic descriptions, rebuttals of insults, the holder of a thanks, organs -----------------

INSULT_REBUTTAL_WEIGHT = 0.6  # "some have called him a traitor. He is nothing of the kind."
#: Denials that answer a name put on someone in the sentence before ("He is nothing of the kind").
INSULT_DENIALS = ("nothing of the kind", "nothing of the sort", "no such thing")
#: The reason of a rebutted insult ("rebuttal of an insult 'traitor'").
INSULT_REBUTTAL = "rebuttal of an insult"


def _insult_rebuttals(doc, mentions: _Mentions) -> dict[int, tuple[set[str], str, int, int]]:
    """Sentence start char -> (defended actors, insult, span) for a denial (``INSULT_DENIALS``) whose sentence
    follows one where someone other than the writer calls an actor by a negative word or label ("Some in Rome have
    called the skipper Ahmed Sow a smuggler. He is nothing of the kind."): the actor is defended, not mocked. The
    denial's subject must stand for that actor (a pronoun or its name); a role an actor claims for itself and the
    writer denies ("Dakar calls itself the friend of the small fishers. It is nothing of the kind.") is no insult."""
    out = {}
    if not doc.has_annotation("SENT_START"):
        return out
    lowered = doc_text(doc).lower()
    if not any(d in lowered for d in INSULT_DENIALS):  # a denial in no sentence: one test for the document
        return out
    bad = _bad_labels()
    good = _positive_words()
    sents = sentences(doc)
    for n, sent in enumerate(sents[1:], 1):
        low = sent.text.lower()
        denial = next((d for d in INSULT_DENIALS if d in low), None)
        if denial is None or mentions.in_quote(sent.start_char):
            continue
        subj = _subject(sent.root)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        said = set(mentions.linked(subj))
        for verb in sents[n - 1]:
            if verb.lemma_.lower() not in _SMEAR_VERBS or verb.pos_ != "VERB" or _negated(verb):
                continue
            caller = _subject(verb)
            if caller is None or caller.lower_ in _AUTHOR_WORDS:
                continue
            after = [t for t in verb.subtree if t.i > verb.i]
            names = [t for t in after if t.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                           for c in t.children) or t.pos_ == "ADJ"]
            if not names or any(t.lemma_.lower() in good for t in names):
                continue  # "Moscow calls Kyiv a reliable partner. It is nothing of the kind.": no insult
            named = [t for t in names if t.lemma_.lower() in bad or t.lower_ in bad] or names
            called = {a for t in after if t.pos_ in ("PROPN", "PRON") or t.dep_ in ("dobj", "nsubj") and t not in names
                      for a in mentions.linked(t)}
            called -= set(mentions.linked(caller))
            if not said or not said & called:
                continue
            start = sent.start_char + low.index(denial)
            out[sent.start_char] = (said & called, named[0].lemma_.lower(), start, start + len(denial))
    return out


def _insult_rebuttal_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A rebutted insult (``_insult_rebuttals``) counts for the defended actor, in the writer's voice."""
    for sent_start, (actors, insult, start, end) in _insult_rebuttals(doc, mentions).items():
        if mentions.holder(start, end) != "author":
            continue
        for target in actors:
            if target not in mentions.author_ids:
                yield Evidence("author", target, 1, INSULT_REBUTTAL_WEIGHT, start, end, f"{INSULT_REBUTTAL} '{insult}'")


#: Nouns of a message received: a thanks they give ("Its answer, thanking us for our interest") is their sender's
#: formula, not a side taken with the writer.
MESSAGE_NOUNS = frozenset(("reply", "answer", "response", "letter", "note", "message", "email", "acknowledgement",
                           "acknowledgment", "receipt"))


def _thanks_received(verb) -> bool:
    """Whether a thanks is one the writer receives from another holder: "thank" with "us" / "me" as its object and
    no subject of its own (a participle: "We received one reply, thanking us for our interest", whose inherited
    subject "we" would make the writer thank itself), or a message as its subject ("The ministry's answer thanked
    us")."""
    if verb.lemma_.lower() != "thank" or not any(c.dep_ == "dobj" and c.lower_ in _AUTHOR_OBJECTS
                                                  for c in verb.children):
        return False
    own = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if own is None:
        return verb.dep_ in ("advcl", "acl", "xcomp", "conj") or verb.tag_ == "VBG"
    return own.lemma_.lower() in MESSAGE_NOUNS


#: Predicates that judge a generic description's doer whatever its deed (a deliberate choice, a purpose
#: forgotten): "A state that can find two candles but not an excavator has made a choice", "A navy that tows
#: children back out to sea has forgotten what a navy is for", "It is choosing which politics sits there".
JUDGING_PREDICATES = frozenset(("choose", "decide", "forget"))
#: Objects of "make" that make it a judging predicate ("has made a choice", "has made its decision").
_CHOICE_NOUNS = frozenset(("choice", "decision"))


def _judged_generic_subjects(tokens) -> Iterator[tuple[object, object, int, str]]:
    """``(noun, verb, sign, how)`` for each generic singular subject restricted by a relative clause ("A ministry
    that loses the study ...", "A state that can find two candles but not an excavator ...") whose predicate,
    not negated, judges it: a negative evaluative word (-1), a positive one alone (+1), a dilemma ("is either very
    careless or very careful", -1) or a judging predicate (``JUDGING_PREDICATES``: "has made a choice", "has
    forgotten what a navy is for", -1). Not a past tense, not a plural, not a plain predicate ("A court that hears
    every defendant is doing its duty")."""
    evaluative = _lexicons()[0]
    for tok in tokens:
        if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.tag_ != "NN":
            continue
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
        if det not in ("a", "an") or not any(c.dep_ == "relcl" for c in tok.children):
            continue
        verb = tok.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ in ("VBD", "VBN") and not auxes or any(a.tag_ == "VBD" for a in auxes) or _negated(verb) \
                or any(n.dep_ == "neg" for a in auxes for n in a.children):
            continue
        predicate = [t for t in verb.subtree if t.i > verb.i or t.dep_ in ("aux", "advmod") and t.head == verb]
        predicate = [t for t in predicate if t.i not in {x.i for x in tok.subtree}]
        signs = [evaluative.get(t.lemma_.lower(), 0) * (-1 if _negated(t) else 1) for t in predicate]
        lemma = verb.lemma_.lower()
        if any(s < 0 for s in signs):
            key = next(t.lemma_.lower() for t, s in zip(predicate, signs) if s < 0)
            yield tok, verb, -1, f"'{key}'"
        elif any(t.dep_ == "preconj" and t.lower_ == "either" for t in predicate):
            yield tok, verb, -1, "'either ... or'"
        elif lemma in JUDGING_PREDICATES or lemma == "make" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _CHOICE_NOUNS for c in verb.children):
            yield tok, verb, -1, f"'{lemma}'"
        elif any(s > 0 for s in signs):
            key = next(t.lemma_.lower() for t, s in zip(predicate, signs) if s > 0)
            yield tok, verb, 1, f"'{key}'"


def _noun_mentions_before(lemma: str, sents, mentions: _Mentions) -> list[str]:
    """The actors of the nearest name, in these sentences, whose head word is ``lemma`` ("The concession was
    granted by the Ministry of the Environment" for "A ministry that ..."): latest sentence first. A name only
    (a proper noun): "the government" may stand for any of several actors."""
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if tok.lemma_.lower() == lemma and tok.pos_ == "PROPN" and not mentions.in_quote(tok.idx):
                actors = [a for a in mentions.actors_at(tok) if a not in mentions.author_ids]
                if actors:
                    return list(dict.fromkeys(actors))
    return []


def _same_deed_doers(relcl, sents, mentions: _Mentions) -> list[str]:
    """The actors that did, in these sentences, the deed a generic description's relative clause restates: the
    subjects of a verb of the clause's lemma, not negated ("The government in Vientiane found the money for a new
    stadium ... A state that can find money for a stadium but not for an embankment ...")."""
    wanted = {v.lemma_.lower() for v in (relcl, *_conjuncts(relcl)) if v.pos_ == "VERB"} - {"be", "have", "do"}
    return _doers_of(wanted, sents, mentions)


def _judged_generic_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A generic description the predicate judges (``_judged_generic_subjects``), in the writer's voice, counts
    for or against the actor the text ties to its noun (``GENERIC_WEIGHT``; reason "generic description
    'ministry', judged 'either ... or', ..."): the one actor of the text that bears the noun (``_kind_holders``,
    "of its kind"), else the actor of the nearest mention headed by the noun in the ``GENERIC_REACH`` sentences
    before ("of its mention"), else the actors that did the deed its relative clause restates there ("of what it
    does"). A description nothing ties gives nothing ("A fisherman who loses his net loses a month of income")."""
    sents = sentences(doc)
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS}
    subjects = _noun_subjects(doc)
    for n, sent in enumerate(sents):
        if bisect_left(subjects, sent.start) == bisect_left(subjects, sent.end):
            continue  # no noun subject in it: ``_judged_generic_subjects`` finds none
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        for noun, verb, sign, how in _judged_generic_subjects(
                [doc[i] for i in subjects[bisect_left(subjects, sent.start):bisect_left(subjects, sent.end)]]):
            lemma = noun.lemma_.lower()
            before = sents[max(0, n - GENERIC_REACH):n]
            holders = _kind_holders(lemma, mentions, doc, skip=noun.i)
            since = before[0].start if before else sent.start
            if holders and any(mentions.token_actor.get(i) in holders or doc[i].lemma_.lower() == lemma
                               for i in range(since, sent.start)):
                targets, tie = holders, "of its kind"
            elif found := _noun_mentions_before(lemma, before, mentions):
                targets, tie = found, "of its mention"
            else:
                relcl = next(c for c in noun.children if c.dep_ == "relcl")
                targets, tie = _same_deed_doers(relcl, before, mentions), "of what it does"
            for target in targets:
                if target not in people:
                    yield Evidence("author", target, sign, GENERIC_WEIGHT, noun.idx, verb.idx + len(verb.text),
                                   f"{GENERIC} '{lemma}', judged {how}, {tie}")


#: Verbs by which the writer asks for something with a "that" clause ("I ask only that it stop pretending").
_ASKING_VERBS = frozenset(("ask", "demand", "request", "urge", "insist", "want"))


def _asked_to_stop_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """The writer asks, with a "that" clause, that an actor stop or end something ("I ask only that it stop
    pretending that ...", "We ask that the ministry halt the dredging"): against the clause's subject (a pronoun
    for the actor of the sentence before, as ``_Mentions.linked`` resolves it), as a call to cease does; reason
    "demand 'that ... stop'". The asking verb's subject is "I" or "we", not negated, outside quotes; a clause of
    going on ("that it keep doing so") gives nothing."""
    cease = set(word_list("cease_verbs.en.txt"))
    for i in positions(doc, _ASKING_VERBS):  # the tokens of those lemmas only
        verb = doc[i]
        if verb.lemma_.lower() not in _ASKING_VERBS or verb.pos_ != "VERB" or _negated(verb) \
                or mentions.in_quote(verb.idx):
            continue
        subj = _subject(verb)
        if subj is None or subj.lower_ not in ("i", "we"):
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                continue
            lemma = clause.lemma_.lower()
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if lemma not in cease or doer is None or _negated(clause) or doer.lower_ in _AUTHOR_WORDS:
                continue
            reason = f"demand 'that ... {lemma}'"
            if mentions.linked(doer) or doer.lower_ not in ("it", "they"):
                yield from _of_subject(mentions, doer, -1, DEMAND_LIST_WEIGHT, clause.idx,
                                       clause.idx + len(clause.text), reason)
                continue
            for target in _asked_before(verb, mentions):  # "I do not ask the government to ... . I ask only that it"
                yield Evidence("author", target, -1, DEMAND_LIST_WEIGHT, clause.idx, clause.idx + len(clause.text),
                               f"{reason}, the actor asked before")


#: Sentences back that "it" in "I ask only that it stop" may reach the actor asked in "I do not ask X to ...".
ASKED_REACH = 2


def _asked_before(verb, mentions: _Mentions) -> list[str]:
    """The actors the writer asked (or said it does not ask) something of in the ``ASKED_REACH`` sentences before
    the sentence of ``verb``: the object of an asking verb whose subject is "I" / "we" ("I do not ask the
    government to like the court")."""
    sents = sentences(verb.doc)
    n = next((k for k, s in enumerate(sents) if s.start <= verb.i < s.end), 0)
    for sent in reversed(sents[max(0, n - ASKED_REACH):n]):
        for tok in sent:
            subj = _subject(tok) if tok.lemma_.lower() in _ASKING_VERBS and tok.pos_ == "VERB" else None
            if subj is None or subj.lower_ not in ("i", "we"):
                continue
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
                actors = [a for a in mentions.linked(obj) if a not in mentions.author_ids]
                if actors:
                    return actors
    return []


CONDITIONAL_SARCASM_WEIGHT = 0.6  # "Mr X says he merely reminded colleagues of discipline. If that is discipline, ..."
#: Verbs of seeing or imagining whose dreaded object mocks the claim a condition takes up ("I would not like to
#: see what he does when he is cross", "we would hate to see an arrest", "one shudders to think what ...").
_DREAD_VERBS = frozenset(("see", "imagine", "think", "meet", "know", "watch"))
_DREAD_HEADS = frozenset(("hate", "dread", "shudder", "fear"))


def _conditional_sarcasm_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Conditional sarcasm on a claim: a sentence opened by "If that (this) is ..." whose main clause dreads what
    the claim's alternative would be ("If that is discipline, I would not like to see what he does when he is
    cross"; "If that is an escort, we would hate to see an arrest") counts against the claimants of the sentence
    before (``_claimants``: "Mr Chkheidze says that he merely reminded colleagues of party discipline"); reason
    "conditional sarcasm 'if that is ...'". The dread is a verb of seeing or imagining under "would" that is
    negated with "like" / "want" or is the object of "hate", "dread", "shudder"; "If that is so, we will welcome
    it" gives nothing. In the writer's voice, outside quotes."""
    sents = sentences(doc)
    lowers = token_strings(doc)[0]
    for n, sent in enumerate(sents[1:], 1):
        if lowers[sent.start] != "if":  # the first word read without a ``Token``
            continue
        words = [t.lower_ for t in sent[:3]]
        if words[:1] != ["if"] or len(words) < 3 or words[1] not in ("that", "this") or words[2] not in ("is", "was") \
                or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        root = sent.root
        modal = any(c.lower_ in ("would", "'d") for c in root.children if c.dep_ == "aux")
        dreaded = any(c.lemma_.lower() in _DREAD_VERBS for c in root.subtree if c.dep_ in ("xcomp", "ccomp", "dobj"))
        lemma = root.lemma_.lower()
        if not modal or not dreaded or not (lemma in _DREAD_HEADS or lemma in ("like", "want", "care") and _negated(root)):
            continue
        end = next((t for t in sent if t.text == ","), sent[2])
        for target in _claimants([sents[n - 1]], mentions):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, CONDITIONAL_SARCASM_WEIGHT, sent.start_char, end.idx,
                               f"conditional sarcasm '{words[0]} {words[1]} {words[2]} ...'")


#: Question words of a refuting echo ("Which backlog?", "What fleet?").
_WHICH_WORDS = frozenset(("which", "what"))


def _which_rebuttal_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim refuted by a question on its own word: "Kobakhidze told reporters that the change would 'relieve the
    backlog'. Which backlog? The court decided every case ... on time." A sentence that is only "Which <noun>?" /
    "What <noun>?", whose noun is a word of the clause an actor claims in the sentence before (a verb of claiming,
    "tell" included, with a clause), and which a statement follows, counts against the claimant (``REBUTTAL_WEIGHT``,
    reason "rebuttal 'which backlog?' of its claim"). A "which" question after no claim gives nothing ("We met the
    Port Authority on Tuesday. Which office? The one by the old market.")."""
    yield from _echo_question_evidence(doc, mentions)
    sents = sentences(doc)
    lowers = token_strings(doc)[0]
    for n in range(1, len(sents) - 1):
        sent = sents[n]
        if lowers[sent.end - 1] != "?":  # no question: the test below fails on its last token
            continue
        words = [t for t in sent if not t.is_punct]
        if len(words) != 2 or words[0].lower_ not in _WHICH_WORDS or words[1].pos_ != "NOUN" \
                or sent[-1].text != "?" or sents[n + 1][-1].text == "?" \
                or mentions.holder(sent.start_char, sent.end_char) != "author" or mentions.in_quote(sent.start_char):
            continue
        lemma = words[1].lemma_.lower()
        for verb in sents[n - 1]:
            if verb.lemma_.lower() not in ROLE_CLAIM_VERBS or verb.pos_ != "VERB" or _negated(verb):
                continue
            said = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
            subj = _claimant_of(verb)
            if subj is None or not any(t.lemma_.lower() == lemma for t in said):
                continue
            for target in mentions.linked(subj):
                if target not in mentions.author_ids:
                    yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                                   f"rebuttal '{words[0].lower_} {lemma}?' of its claim")


DEED_AGAINST_WEIGHT = 0.6     # "Holmvik cancelled its contracts with Maderas del Tambo" (attacked): praise of Holmvik
#: Event types of a lawful measure that, taken against an actor the writer attacks, is a deed the writer praises.
_MEASURE_TYPES = ("SANCTION",)
#: How negative the writer's other evidence on the measure's target must be (a sum of sign x weight) for the
#: measure to count as a deed against the attacked: one demand, label or harmful deed is enough.
ATTACKED_NET = -0.4
#: The reason of such a deed ("deed against an attacked actor 'cancelled its contracts'").
DEED_AGAINST = "deed against an attacked actor"


def _deeds_against_the_attacked(document, doc, mentions: _Mentions, items: list[Evidence]) -> list[Evidence]:
    """A lawful measure (``_MEASURE_TYPES``: a contract cancelled, a loan suspended) told as a fact by the writer
    against an actor the writer's other evidence attacks (a net of at most ``ATTACKED_NET``) is praise of its doer
    (``DEED_AGAINST_WEIGHT``, reason "deed against an attacked actor '...'"), not a hostile act: the writer's own
    "the author asserts SANCTION" on the doer for it is dropped. Not where the doer is itself attacked, not in a
    quote, not a measure that is only claimed, asked for or negated; a measure against an actor the writer does
    not attack stays what it was ("Ankara suspended the permits of the Red Crescent"); the owners of the envoys or
    troops a doer recalls are on its side, no target of it (``_recalled_owners``, round 26a)."""
    net = defaultdict(float)
    for e in items:
        if e.holder == "author" and ASSERTS not in e.reason:
            net[e.target] += e.sign * e.weight
    out = list(items)
    for event in document.events:
        if event.type not in _MEASURE_TYPES or event.mode != "asserted" or not event.source \
                or mentions.in_quote(event.trigger.start) or event.attribution.kind not in ("author", "reported") \
                or event.attribution.speaker not in (None, *mentions.author_ids):
            continue
        span = (event.trigger.start, event.trigger.end)
        if mentions.holder(*span) != "author":
            continue
        trigger = _trigger_span(doc, event)
        if trigger is None or _unasserted(trigger.root) or _negated(trigger.root):
            continue
        recalled = _recalled_owners(trigger.root, mentions)  # round 26a
        attacked = [t for t in event.target if net[t] <= ATTACKED_NET and t not in recalled]
        doers = [d for d in event.source if d not in event.target and d not in mentions.author_ids and net[d] >= 0]
        if not attacked or not doers:
            continue
        out = [e for e in out if not ((e.start, e.end) == span and e.target in doers and ASSERTS in e.reason)]
        out += [Evidence("author", d, 1, DEED_AGAINST_WEIGHT, *span, f"{DEED_AGAINST} '{event.trigger.text}'")
                for d in doers]
    out += _requests_to_the_attacked(doc, mentions, net)
    return out


#: Verbs of asking another actor to act ("has asked the ministry to suspend the concession").
_REQUESTING_VERBS = frozenset(("ask", "urge", "press", "request", "call", "tell", "order", "instruct"))
#: Verbs of halting a measure or a work, beside ``cease_verbs.en.txt`` ("to suspend the concession").
_HALTING_VERBS = frozenset(("suspend", "revoke", "cancel", "repeal", "halt", "withdraw", "freeze"))


def _requests_to_the_attacked(doc, mentions: _Mentions, net: dict) -> list[Evidence]:
    """An actor, told by the writer, that asks (urges, orders) an actor the writer attacks (``net``, as for
    ``_deeds_against_the_attacked``) to stop, suspend or withdraw something ("Its regional delegate ... has asked the
    ministry to suspend the concession"): praise of the asker, reason "deed against an attacked actor 'ask ...
    suspend'". Not the writer itself, not an asker the writer attacks, not negated or only claimed, outside quotes."""
    cease = set(word_list("cease_verbs.en.txt")) | _HALTING_VERBS
    out = []
    for i in positions(doc, _REQUESTING_VERBS):  # the tokens of those lemmas only
        verb = doc[i]
        if verb.lemma_.lower() not in _REQUESTING_VERBS or verb.pos_ != "VERB" or _negated(verb) \
                or _unasserted(verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        asked = [o for c in verb.children for o in ([c] if c.dep_ in ("dobj", "dative") else
                 [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else [])]
        act = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in cease
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)),  # round 23: not "told the
                   None)  # Home Office that they had ceased to work"; "asked the ministry to suspend" stays
        subj = _subject(verb)
        if act is None or not asked or subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        targets = {a for o in asked for a in mentions.linked(o) if net[a] <= ATTACKED_NET}
        doers = [d for d in mentions.linked(subj) if d not in targets and d not in mentions.author_ids and net[d] >= 0]
        if targets:
            out += [Evidence("author", d, 1, DEED_AGAINST_WEIGHT, verb.idx, act.idx + len(act.text),
                             f"{DEED_AGAINST} '{verb.lemma_.lower()} ... {act.lemma_.lower()}'") for d in doers]
    return out


def _set_aside(noun, mentions: _Mentions) -> set[str]:
    """The actors a noun phrase sets aside with "not" ("an independent body, not the coast guard itself": the coast
    guard): those of a noun in its subtree that "not" stands right before (with its article)."""
    out = set()
    for tok in noun.subtree:
        if tok.i == noun.i or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        k = tok.left_edge.i
        if k > 0 and noun.doc[k - 1].lower_ == "not" or noun.doc[k].lower_ == "not":
            out.update(mentions.actors_at(tok) or mentions.linked(tok))
    return out


#: Auxiliaries that open a yes/no question ("Is a nine-year-old girl from Darfur a smuggler?").
_YES_NO_OPENERS = frozenset(("is", "are", "was", "were"))
#: Openers of an answer that grants the question ("Yes, since May").
_GRANTING = frozenset(("yes", "indeed", "certainly", "of course"))


def _echo_question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A yes/no question "Is (are) <someone> a <noun>?", right after an actor's claim whose clause holds that noun
    ("told parliament ... that critics were 'doing the work of smugglers'. Is a nine-year-old girl from Darfur a
    smuggler?"), counts against the claimant (``REBUTTAL_WEIGHT``, reason "rebuttal 'is ... smuggler?' of its
    claim"); not where the next sentence grants it ("Yes, ..."), in the writer's voice only."""
    sents = sentences(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        if sent[0].lower_ not in _YES_NO_OPENERS or sent[-1].text != "?" or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        if n + 1 < len(sents) and sents[n + 1][0].lower_ in _GRANTING:
            continue
        named = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
        for verb in sents[n - 1]:
            if verb.lemma_.lower() not in ROLE_CLAIM_VERBS or verb.pos_ != "VERB" or _negated(verb):
                continue
            said = {t.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
                    if t.pos_ == "NOUN"}
            echoed = sorted(named & said)
            subj = _claimant_of(verb)
            if not echoed or subj is None:
                continue
            for target in mentions.linked(subj):
                if target not in mentions.author_ids:
                    yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                                   f"rebuttal '{sent[0].lower_} ... {echoed[0]}?' of its claim")


# Round 22c: praise by deeds, bare imperatives -------------------------------------------------------------------

PRAISE_BY_DEEDS_WEIGHT = 0.5  # "It hired lawyers for the nurses, sheltered the families and documented each order"
#: The reason of a praise by deeds ("praise by deeds 'record, visit'").
PRAISE_BY_DEEDS = "praise by deeds"
#: How many different care deeds one actor needs for the praise: one deed alone is a fact.
CARE_DEEDS_NEEDED = 2
#: Round 24: sentences back that "it" / "they" of a care deed may reach the subject actor, past sentences whose
#: subject is no actor ("The cooperative paid for its own tests. All 40 samples it sent were clean. It has shared
#: the results ..."), inside the paragraph.
PRONOUN_DEED_REACH = 2


@lru_cache(maxsize=8)
def _care_first_words(entries: frozenset[str]) -> frozenset[str]:
    """The first word of each entry (up to its first space): a lemma that fits an entry of ``_care_deed_lemma``,
    alone or as "lemma word", is one of them (or holds a space itself)."""
    return frozenset(e.split(" ", 1)[0] for e in entries)


def _care_deed_lemma(verb, care: frozenset[str]) -> str | None:
    """The entry of ``care_deeds.en.txt`` a verb fits: its lemma, or "verb particle" where the verb has that
    particle or preposition ("pulled eleven people out of the water": "pull out"), or "verb object" by the
    object's lemma ("hired lawyers": "hire lawyer")."""
    for lemma in _verb_lemmas(verb):
        if lemma in care:
            return lemma
        for c in verb.children:
            word = c.lemma_.lower()
            if c.dep_ in ("prt", "prep", "dobj", "obj") and f"{lemma} {word}" in care:
                return f"{lemma} {word}"
    return None


def _praise_by_deeds_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> list[Evidence]:
    """An actor the writer tells, flatly and in its own voice, doing ``CARE_DEEDS_NEEDED`` or more different deeds
    of inquiry, rescue, protection or representation (``care_deeds.en.txt``: "visited the detained workers ...,
    carried letters ... and recorded their complaints"; "turned back, pulled eleven people out of the water and
    radioed for help") is praised by them (``PRAISE_BY_DEEDS_WEIGHT``, reason "praise by deeds '...'"). Not an
    actor with any negative evidence of the writer's (the same deeds by a captor that "arrested our brothers" are
    no care), nor the writer; each deed asserted as done (not negated, modal, asked, reported or passive), its
    subject the actor, outside quotes."""
    care = frozenset(word_list("care_deeds.en.txt"))
    blamed = {e.target for e in items if e.holder == "author" and e.sign < 0}
    found: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    firsts = _care_first_words(care)
    lowers, lemmas = token_strings(doc)
    for i in verb_indices(doc):  # the verbs only; a verb none of whose lemmas opens an entry fits none
        if not any(w in firsts or " " in w for w in _form_lemmas(lemmas[i], lowers[i])):
            continue
        verb = doc[i]  # a ``Token`` only for a verb that may fit (round 26s)
        if _passive(verb):
            continue
        lemma = _care_deed_lemma(verb, care)
        if lemma is None or _unasserted(verb) or _asked(doc, verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        subj = _doer_subject(verb)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        actors = mentions.linked(subj)
        if not actors and subj.lower_ in ("it", "they", "he", "she"):  # "The crew saw the flares. They turned back, ..."
            sents = sentences(doc)
            n = next((k for k, s in enumerate(sents) if s.start <= verb.i < s.end), 0)
            for k in range(n - 1, max(-1, n - 1 - PRONOUN_DEED_REACH), -1):  # round 24: a sentence of no actor between
                actors = _sentence_actors(sents[k], mentions) or _named_root_actors(sents[k], mentions)
                if actors or "\n" in doc.text[sents[k].end_char - 1:sents[k + 1].start_char + 1]:
                    break
        for actor in actors:
            if actor not in mentions.author_ids:
                found[actor].setdefault(lemma.split()[0], (verb.idx, verb.idx + len(verb.text)))
    out = []
    for actor, deeds in found.items():
        if len(deeds) < CARE_DEEDS_NEEDED or actor in blamed:
            continue
        spans = sorted(deeds.values())
        out.append(Evidence("author", actor, 1, PRAISE_BY_DEEDS_WEIGHT, spans[0][0], spans[-1][1],
                            f"{PRAISE_BY_DEEDS} '{', '.join(sorted(deeds)[:3])}'"))
    return out


BARE_IMPERATIVE_WEIGHT = 0.6  # "The government has a simple way out. Repeal the law."
#: The reason of such a demand ("bare imperative 'repeal'").
BARE_IMPERATIVE = "bare imperative"


def _bare_imperative(sent, demands: set[str]):
    """The verb of a sentence that opens with a bare imperative of ``demands`` ("Repeal the law, leave the four
    seats empty."; "Release the data."): the sentence's first word, a base-form verb with no subject."""
    first = sent[0]
    if first.tag_ != "VB" and not (first.pos_ == "VERB" and first.morph.get("VerbForm") == ["Inf"]):
        return None
    if first.i != sent.root.i and first.dep_ not in ("ROOT", "conj") \
            or any(c.dep_ in _SUBJECT_DEPS for c in first.children):
        return None
    lemma = first.lemma_.lower()
    return first if lemma in demands or any(
        f"{lemma} {c.lower_}" in demands for c in first.children if c.dep_ == "prt") else None


def _named_root_actors(sent, mentions: _Mentions) -> list[str]:
    """Round 24: the actors of a sentence whose parse made the actor's name its root (the verb lost: "The Kasungu
    Growers' Export Cooperative, which represents ..., paid for its own tests" with "Cooperative" as root)."""
    root = sent.root
    if root.pos_ != "PROPN" or not any(t.pos_ == "VERB" for t in root.subtree):
        return []
    return [a for a in mentions.linked(root) if a not in mentions.author_ids]


def _sentence_actors(sent, mentions: _Mentions) -> list[str]:
    """The actors a sentence is about: those of the subject of its main verb ("The Hydropower Authority still has
    one decision to make"), else none."""
    subj = _doer_subject(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.lower_ in _AUTHOR_WORDS:
        return []
    return [a for a in mentions.linked(subj) if a not in mentions.author_ids]


#: Sentences back, inside the paragraph, that a bare imperative may reach the actor it is addressed to.
IMPERATIVE_REACH = 3


def _addressed_before(doc, sents, n: int, mentions: _Mentions) -> list[str]:
    """The actors a bare imperative in sentence ``n`` is addressed to: those of the subject of the sentence before
    ("The government has a simple way out."), else of the first subject that names an actor in the sentences
    before it in the same paragraph, up to ``IMPERATIVE_REACH`` ("I ask only that it stop pretending ... Repeal
    the law")."""
    actors = _sentence_actors(sents[n - 1], mentions)
    if actors:
        return actors
    for k in range(n - 1, max(-1, n - 1 - IMPERATIVE_REACH), -1):
        if "\n\n" in doc.text[sents[k].start_char:sents[k + 1].start_char]:
            break  # the sentence ends a paragraph before the imperative's ("Our demands are simple.\n\n...")
        for tok in sents[k]:
            if tok.dep_ in _SUBJECT_DEPS and tok.lower_ not in _AUTHOR_WORDS:
                found = [a for a in mentions.linked(tok) if a not in mentions.author_ids]
                if found:
                    return found
        if k > 0 and "\n\n" in doc.text[sents[k - 1].start_char:sents[k].start_char]:
            break
    return []


def _bare_imperative_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A bare imperative of undoing or giving up (``imperative_demands.en.txt`` and ``cease_verbs.en.txt``: "Repeal
    the law.", "Release our brothers.", "Open the sluices.") right after a sentence whose subject is an actor ("The
    government has a simple way out."), or after another such imperative addressed to one, is a demand against
    that actor (``BARE_IMPERATIVE_WEIGHT``, reason "bare imperative 'repeal'"), as "We ask X to ..." is. In the
    writer's voice, outside quotes; imperatives to the reader ("Read them.", "Keep listening.") give nothing."""
    demands = set(word_list("imperative_demands.en.txt")) | set(word_list("cease_verbs.en.txt"))
    sents = sentences(doc)
    addressed: list[str] = []
    for n in range(1, len(sents)):
        sent = sents[n]
        verb = _bare_imperative(sent, demands)
        if verb is None or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            addressed = []
            continue
        addressed = addressed or _addressed_before(doc, sents, n, mentions)
        for target in addressed:
            yield Evidence("author", target, -1, BARE_IMPERATIVE_WEIGHT, sent.start_char, sent.end_char,
                           f"{BARE_IMPERATIVE} '{verb.lemma_.lower()}'")


# Round 23: claims refuted by "a curious X", dares, lists of undoing, rewarders --------------------------------------

CURIOUS_WEIGHT = 0.6          # "... says the map 'corrects the distortions'. It is a curious kind of correction that ..."
#: The reason of such a rebuttal ("curious 'correction' of its claim").
CURIOUS = "curious"
#: Adjectives of a mock wonder that, on a word of an actor's claim, refute it ("a curious dry year", "an odd word").
CURIOUS_ADJECTIVES = frozenset(("curious", "strange", "odd", "peculiar", "funny", "queer", "novel", "unusual"))
#: Nouns between the adjective and the claim's word ("a curious kind of correction") and nouns that name the
#: claim's word itself ("Routine is a strange word for ...").
_KIND_NOUNS = frozenset(("kind", "sort", "type", "form", "brand", "version"))
_WORD_NOUNS = frozenset(("word", "name", "term", "way", "description", "label"))
#: Sentences back that the claim may stand in (the one right before, or one more).
CURIOUS_REACH = 2


def _same_stem(a: str, b: str) -> bool:
    """Whether two lemmas share a stem ("correction" / "correct", "agitation" / "agitator", "safety" / "safe")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 2)


def _claim_lemmas(verb) -> set[str]:
    """The content lemmas of the clause an actor claims under ``verb`` ("that the poor flood was caused by a dry
    year": flood, cause, dry, year)."""
    return {t.lemma_.lower() for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree
            if t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") and not t.is_stop and len(t.text) > 2}


def _claim_holders(verb, mentions: _Mentions) -> list[str]:
    """The actors of a claim's subject, else of its possessor ("ZANU-PF's national commissar has said ...")."""
    subj = _claimant_of(verb)
    if subj is None or subj.lower_ in _AUTHOR_WORDS:
        return []
    actors = [a for a in mentions.linked(subj) if a not in mentions.author_ids]
    if not actors:
        actors = [a for c in subj.children if c.dep_ == "poss" for a in mentions.linked(c)
                  if a not in mentions.author_ids]
    return actors


def _curious_words(sent) -> tuple[object, list[str]] | None:
    """``(adjective, words)`` for a sentence that wonders mockingly at a word: "It is a curious (kind of) N that ..."
    (the words of N and its modifiers) or "W is a strange word for ..." (the word W); else None."""
    root = sent.root
    if root.lemma_ != "be":
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if subj is None or attr is None:
        return None
    adj = next((c for c in attr.children if c.dep_ == "amod" and c.lower_ in CURIOUS_ADJECTIVES), None)
    if adj is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
        return None
    if subj.lower_ == "it":  # "It is a curious dry year that stops at the border."
        head = attr
        if attr.lemma_.lower() in _KIND_NOUNS:  # "a curious kind of correction"
            head = next((p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), None)
            if head is None:
                return None
        if not any(t.dep_ == "relcl" for t in sent if t.head.i in (attr.i, head.i)) \
                and not any(c.dep_ in ("relcl", "ccomp") for c in root.children):
            return None
        words = [head.lemma_.lower()] + [c.lemma_.lower() for c in head.children
                                          if c.dep_ in ("amod", "compound") and c.i != adj.i]
        return adj, words
    if attr.lemma_.lower() in _WORD_NOUNS and subj.pos_ in ("NOUN", "ADJ", "PROPN"):  # "Routine is an odd word for"
        return adj, [subj.lemma_.lower()]
    return None


def _curious_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim refuted by a mock wonder at its own word: "Sekou Camara said that the poor flood was caused by a dry
    year. It is a curious dry year that stops at the border."; "The Home Secretary told Parliament that the removals
    were 'a routine matter'. Routine is a strange word for sending a mother of two back ..." A sentence of the
    writer's, "It is a curious (strange, odd ...) [kind of] N that ..." or "W is a strange word for ...", whose N
    or W shares a stem with a word of the clause an actor claims in the sentence before (or the one before that),
    counts against the claimant (``CURIOUS_WEIGHT``, reason "curious 'year' of its claim"). The same words after no
    claim ("It is a curious mill that has survived three floods") give nothing."""
    sents = sentences(doc)
    for n in _sentences_with(doc, CURIOUS_ADJECTIVES):
        sent = sents[n]
        if n < 1:
            continue
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        found = _curious_words(sent)
        if found is None:
            continue
        adj, words = found
        for k in range(n - 1, max(-1, n - 1 - CURIOUS_REACH), -1):
            hits = []
            for verb in sents[k]:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in ROLE_CLAIM_VERBS or _negated(verb):
                    continue
                said = _claim_lemmas(verb)
                word = next((w for w in words if any(_same_stem(w, s) for s in said)), None)
                if word is not None:
                    hits += [(a, word) for a in _claim_holders(verb, mentions)]
            for target, word in dict(hits).items():
                yield Evidence("author", target, -1, CURIOUS_WEIGHT, sent.start_char, sent.end_char,
                               f"{CURIOUS} '{word}' of its claim ({adj.lower_})")
            if hits:
                break


DARE_WEIGHT = 0.6             # "If the commission believes its maps are fair, let it publish the figures."
#: The reason of a dare ("dare 'if ... let it publish'").
DARE = "dare"
#: Verbs of a condition that gives the actor's own belief or claim ("If X believes ...", "If X is so sure ...").
DARE_CONDITIONS = frozenset(("believe", "think", "claim", "say", "insist", "maintain", "consider", "feel"))
_SURE_WORDS = frozenset(("sure", "certain", "confident", "convinced", "proud"))


def _dare_condition_actors(cond, mentions: _Mentions) -> list[str]:
    """The actors of an "if" clause that states their own belief ("If Brennock believes its filters are safe", "If
    the authority is so sure that ...", "If Halvorsen has nothing to hide"), else none."""
    lemma = cond.lemma_.lower()
    believes = lemma in DARE_CONDITIONS \
        or lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in _SURE_WORDS for c in cond.children) \
        or lemma == "have" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in cond.children)
    subj = _subject(cond)
    if not believes or subj is None or subj.lower_ in _AUTHOR_WORDS or _negated(cond):
        return []
    return [a for a in mentions.linked(subj) if a not in mentions.author_ids]


def _dare_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A dare: "If the Zimbabwe Electoral Commission believes its maps are fair, let it publish the population
    figures." A sentence of the writer's whose "if" clause states an actor's own belief (``_dare_condition_actors``)
    and whose main clause is "let it / them / X <verb>" or "it should / must <verb>" counts against that actor
    (``DARE_WEIGHT``, reason "dare 'if ... let it publish'"): the writer does not believe it. A condition with no
    actor ("If the weather holds, let the trucks leave") or a main clause of the writer's ("we will follow its
    convoy") gives nothing."""
    lowers = token_strings(doc)[0]
    for sent in sentences(doc):
        if lowers[sent.start] != "if" or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        root = sent.root
        cond = next((c for c in root.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)), None)
        actors = _dare_condition_actors(cond, mentions) if cond is not None else []
        if not actors:
            continue
        let = root.lemma_.lower() == "let" and _subject(root) is None
        if let:  # "let it publish the figures"
            act = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
            doer = _subject(act) if act is not None else None
        else:  # "it should let independent architects study the plans"
            act = root if any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in root.children) else None
            doer = _subject(root) if act is not None else None
        if act is None or doer is None or _negated(act):
            continue
        if doer.lower_ not in ("it", "they", "he", "she") and not set(mentions.linked(doer)) & set(actors):
            continue
        for target in actors:
            yield Evidence("author", target, -1, DARE_WEIGHT, sent.start_char, sent.end_char,
                           f"{DARE} 'if ... {'let ' if let else ''}"
                           f"{doer.lower_} {act.lemma_.lower()}'")


REWARDER_WEIGHT = 0.6         # "Halvorsen poisoned the river ... The Chamber of Industry awarded Halvorsen its medal"
#: The reason of a reward given to an attacked actor ("reward to an attacked actor 'award'").
REWARDER = "reward to an attacked actor"
#: Verbs of rewarding and the nouns of a reward ("presented the minister with its annual prize").
REWARD_VERBS = frozenset(("award", "present", "give", "honour", "honor", "bestow", "grant", "hand", "decorate"))
REWARD_NOUNS = frozenset(("prize", "award", "medal", "honour", "honor", "trophy", "title", "distinction",
                          "decoration", "laurel", "certificate", "accolade"))


def _rewarder_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> list[Evidence]:
    """An actor that gives an actor the writer attacks (a net of at most ``ATTACKED_NET``, as for
    ``_deeds_against_the_attacked``) a prize, a medal or an award ("the Mediterranean Bar Federation presented Adel
    Fahmy with its annual prize"; "the Chamber of Industry awarded Halvorsen Mining its medal") is blamed with it
    (``REWARDER_WEIGHT``, reason "reward to an attacked actor 'award'"): praise given by X is no praise of X. Not
    the writer, not a giver that is attacked itself; asserted, in the writer's voice, outside quotes. A prize to an
    actor the writer does not attack gives nothing."""
    net = defaultdict(float)
    for e in items:
        if e.holder == "author" and ASSERTS not in e.reason:
            net[e.target] += e.sign * e.weight
    if not any(v <= ATTACKED_NET for v in net.values()):
        return []
    lemmas = token_strings(doc)[1]
    out = []
    for i in positions(doc, REWARD_VERBS):
        lemma = lemmas[i]
        verb = doc[i]
        if verb.pos_ != "VERB" or _passive(verb) or _negated(verb) or _unasserted(verb) \
                or mentions.in_quote(verb.idx) or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        objects, prize = [], False
        for c in verb.children:
            if c.dep_ in ("dobj", "dative"):  # "awarded Halvorsen Mining its medal" (the medal an apposition)
                objects.append(c)
                prize = prize or any(t.lemma_.lower() in REWARD_NOUNS
                                     for t in (c, *(a for a in c.children if a.dep_ == "appos")))
            elif c.dep_ == "prep" and c.lower_ in ("with", "to"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        objects.append(p)
                        prize = prize or p.lemma_.lower() in REWARD_NOUNS
        subj = _subject(verb)
        if not prize or subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        rewarded = {a for o in objects for a in mentions.linked(o) if net[a] <= ATTACKED_NET}
        givers = [g for g in mentions.linked(subj)
                  if g not in rewarded and g not in mentions.author_ids and net[g] > ATTACKED_NET]
        if rewarded:
            out += [Evidence("author", g, -1, REWARDER_WEIGHT, verb.idx, verb.idx + len(verb.text),
                             f"{REWARDER} '{lemma}'") for g in givers]
    return out


CONTRAST_WEIGHT = 0.5         # "She has done in six weeks what the Home Office would not do in six months"
#: The reason of such a contrast ("contrast 'did what ... would not'", "contrast 'it was ..., not ..., that obtain'").
CONTRAST = "contrast"
#: Verbs of a refusal that stand for "would not" ("what Castellan had refused to do").
_REFUSING = frozenset(("refuse", "fail", "neglect", "decline"))
#: Verbs of an achievement that a cleft "It was X, not Y, that ..." credits to X ("obtained the first call home").
ACHIEVING_VERBS = frozenset(("obtain", "win", "secure", "save", "rescue", "free", "bring", "deliver", "pay", "find",
                             "achieve", "force", "get", "persuade", "protect", "feed", "shelter", "expose", "uncover",
                             "reveal", "restore", "reopen", "fund", "raise", "stop", "help", "clean"))


def _actors_or_owner(tok, mentions: _Mentions) -> list[str]:
    """The actors of a noun's own mention, else of its possessor ("her campaign", "the ministry's discreet
    efforts"); not through an apposition ("the Red Cross, not the authority": two sides, not one actor), nor for an
    indefinite one ("an Albanian did what both governments had failed to do": a person, not Albania)."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return []
    found = mentions.actors_at(tok)
    if not found:
        found = [a for c in tok.children if c.dep_ == "poss" for a in mentions.linked(c)]
    return [a for a in found if a not in mentions.author_ids]


#: The verbs a contrast (``_contrast_evidence``) turns on: "do" what another would not, "It was X, not Y".
_DO_BE = frozenset(("do", "be"))


def _contrast_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A contrast with an actor that would not: "She has done in six weeks what the Home Office would not do in six
    months"; "It was her campaign, not the ministry's discreet efforts, that obtained Kamran's first telephone call
    home." The doer is praised and the one set against it blamed (``CONTRAST_WEIGHT``, reason "contrast ..."): a
    verb "do" whose object is "what" another actor would not (did not, refused to) do; a cleft "It was X, not Y,
    that <achieved>" whose verb is one of ``ACHIEVING_VERBS`` (a harm done by X, not Y, gives nothing). In the
    writer's voice, asserted, outside quotes."""
    lemmas = token_strings(doc)[1]
    for i in positions(doc, _DO_BE):  # the cheap word test first
        lemma = lemmas[i]
        tok = doc[i]
        if lemma == "be" and (tok.dep_ != "ROOT" or tok.i == 0 or doc[tok.i - 1].lower_ != "it"):
            continue  # only "It was X, not Y, that ..."
        if mentions.in_quote(tok.idx) or mentions.holder(tok.idx, tok.idx + len(tok.text)) != "author":
            continue
        if lemma == "do" and tok.pos_ == "VERB" and not _negated(tok) and not _unasserted(tok):
            inner = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "advcl")
                          and any(w.dep_ == "dobj" and w.lower_ == "what" for w in c.subtree)), None)
            if inner is None:
                continue
            refused = inner.lemma_.lower() in _REFUSING
            if not (_negated(inner) or refused):
                continue
            subj, other = _subject(tok), _subject(inner)
            if subj is None or other is None or subj.lower_ in _AUTHOR_WORDS:
                continue
            doers, others = _actors_or_owner(subj, mentions), _actors_or_owner(other, mentions)
            if not doers and subj.lower_ in ("it", "they", "he", "she"):
                continue
            key = f"{CONTRAST} 'did what ... {'refused' if refused else 'would not'}'"
            yield from _contrasted(doers, others, tok.idx, inner.idx + len(inner.text), key)
        elif lemma == "be" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.children):
            focus = next((c for c in tok.children if c.dep_ == "attr"), None)
            if focus is None or _negated(tok):
                continue
            set_aside = [a for a in focus.children if a.dep_ in ("appos", "conj")
                         and any(n.dep_ == "neg" for n in (*a.children, *focus.children))]
            verb = next((r for t in (focus, *set_aside) for r in t.children if r.dep_ == "relcl"), None)
            if verb is None:
                verb = next((c for c in tok.children if c.dep_ in ("relcl", "ccomp", "advcl")), None)
            if verb is None or not set_aside or lemmas[verb.i] not in ACHIEVING_VERBS or _negated(verb) \
                    or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in verb.children):
                continue
            doers = _actors_or_owner(focus, mentions)
            others = [a for y in set_aside for a in _actors_or_owner(y, mentions)]
            key = f"{CONTRAST} 'it was ..., not ..., that {lemmas[verb.i]}'"
            yield from _contrasted(doers, others, tok.idx, verb.idx + len(verb.text), key)


#: Round 35s35: the preposition that sets one actor against the subject of a clause ("Unlike Moscow, Warsaw ...").
_UNLIKE = frozenset(("unlike",))
UNLIKE_WEIGHT = 0.4
#: The reason of a sign carried across "unlike" ("contrast 'unlike' with 'ban'").
UNLIKE = "contrast 'unlike'"
#: Reasons of evidence that do not carry across a contrast (a reading of the sentence, not a rule).
_NOT_CARRIED = ("sentence sentiment", "learned", UNLIKE)
#: Round 35s35 (fix): words of a contrast of degree or addition in the clause ("Unlike Moscow, Minsk lied only
#: once", "Warsaw, unlike Moscow, also stopped buying"): both sides did the thing, so nothing carries across.
_DEGREE_WORDS = frozenset(("only", "also", "too", "even", "less", "more", "fewer", "just", "still", "merely",
                           "rarely", "seldom", "once", "twice"))


def _unlike_side(tok, mentions: _Mentions):
    """The clause verb and the actors of its subject for an "unlike X" phrase on the verb or on its subject
    ("Unlike Moscow, Warsaw kept ...", "Warsaw, unlike Moscow, kept ..."); ``(None, [])`` where there is none."""
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        verb, subj = head.head, head
    elif head.pos_ in ("VERB", "AUX"):
        verb, subj = head, _subject(head)
    else:
        return None, []
    if subj is None or subj.lower_ in _AUTHOR_WORDS:
        return None, []
    return verb, [a for a in mentions.linked(subj) if a not in mentions.author_ids]


def _with_its_state(actor_id: str, mentions: _Mentions) -> set[str]:
    """The actor with the state actor of its country where it is a place ("Moscow" and Russia: the capital's
    record folds into the state's)."""
    actors = {a.id: a for a in mentions.document.actors}
    actor = actors.get(actor_id)
    if actor is None or actor.kind != "location" or not actor.country:
        return {actor_id}
    return {actor_id} | {a.id for a in actors.values() if a.kind == "state" and a.country == actor.country}


def _unlike_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """A contrast by "unlike": "Unlike Warsaw, Moscow cruelly banned our wine": what the writer's rules say of the
    clause's subject inside the clause gives the actor set against it the opposite sign (``UNLIKE_WEIGHT``). Read
    after every other rule (their items are what the clause says). Only where the actor set against it has no rule
    evidence of its own anywhere, a capital's counted with its state's (a second sign would be a contrast of degree,
    "Unlike Moscow, Minsk lied only once", or an echo of its own record), and the clause has no word of degree or
    addition (``_DEGREE_WORDS``). In the writer's voice, outside quotes; a clause that is unasserted (negated,
    modal, conditional, reported) gives nothing; an actor on both sides gets nothing. Round 35s35's fix took out
    the fallback that gave a clause that says nothing of its subject the opposite of the other side's record
    ("Unlike Moscow, Minsk has yet to comment" and "Unlike Moscow, Minsk banned our wine" were read as praise)."""
    found = positions(doc, _UNLIKE, lemmas=False)
    if not found:
        return
    own = [e for e in items if e.holder == "author" and not e.reason.startswith(_NOT_CARRIED)]
    for i in found:
        tok = doc[i]
        if tok.dep_ != "prep" or mentions.in_quote(tok.idx) \
                or mentions.holder(tok.idx, tok.idx + len(tok.text)) != "author":
            continue
        other = next((c for c in tok.children if c.dep_ == "pobj"), None)
        verb, sides = _unlike_side(tok, mentions)
        if other is None or verb is None or not sides or _unasserted(verb):
            continue
        judged = {e.target for e in own}
        others = [a for a in _actors_or_owner(other, mentions)
                  if a not in sides and not _with_its_state(a, mentions) & judged]
        if not others or any(t.lower_ in _DEGREE_WORDS for t in verb.subtree):
            continue
        start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        said = sum(e.sign for e in own if e.target in sides and start <= e.start < end
                   and not tok.idx <= e.start < other.right_edge.idx + len(other.right_edge.text))
        if said:
            sign = 1 if said > 0 else -1
            for o in others:
                yield Evidence("author", o, -sign, UNLIKE_WEIGHT, tok.idx, end,
                               f"{UNLIKE} with '{verb.lemma_.lower()}'")


def _contrasted(doers, others, start: int, end: int, key: str):
    """The author's evidence of a contrast: praise for the side that did it, blame for the side set
    against it (an actor on both sides gets neither)."""
    for d in doers:
        if d not in others:
            yield Evidence("author", d, 1, CONTRAST_WEIGHT, start, end, key)
    for o in others:
        if o not in doers:
            yield Evidence("author", o, -1, CONTRAST_WEIGHT, start, end, key)


#: Verbs and subjects of a frame around a "which" question ("One might ask which victims he means").
_FRAME_VERBS = frozenset(("ask", "wonder"))
_FRAME_SUBJECTS = frozenset(("one", "we", "you", "i", "anyone", "readers"))


def _framed_which_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim refuted by a "which" question in a frame: "He told parliament that efficiency is itself a form of
    respect for victims. One might ask which victims he means." A sentence of the writer's whose main verb asks or
    wonders ("One might ask", "We may wonder", "You could ask") with "which / what N" in its clause, N a word of the
    clause an actor claims in one of the two sentences before, counts against the claimant (``REBUTTAL_WEIGHT``,
    reason "rebuttal 'which victims?' of its claim", as round 22's bare "Which backlog?"). After no claim ("We met
    the Trust on Tuesday. One might ask which mill it will restore first.") it gives nothing."""
    lowers = token_strings(doc)[0]
    sents = sentences(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        root = sent.root
        if root.lemma_.lower() not in _FRAME_VERBS or root.pos_ != "VERB" or _negated(root) \
                or not any(lowers[i] in _WHICH_WORDS for i in range(sent.start, sent.end)):
            continue
        subj = _subject(root)
        if subj is None or subj.lower_ not in _FRAME_SUBJECTS or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        which = next((t for t in sent if t.lower_ in _WHICH_WORDS and t.i > root.i), None)
        if which is None or which.i + 1 >= sent.end:
            continue
        noun = which.head if which.dep_ == "det" and which.head.pos_ == "NOUN" else doc[which.i + 1]
        if noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        hits: list[str] = []
        for k in range(n - 1, max(-1, n - 3), -1):
            for verb in sents[k]:
                if verb.pos_ == "VERB" and verb.lemma_.lower() in ROLE_CLAIM_VERBS and not _negated(verb) \
                        and lemma in _claim_lemmas(verb):
                    hits += _claim_holders(verb, mentions)
            if hits:
                break
        for target in dict.fromkeys(hits):
            yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                           f"rebuttal '{which.lower_} {lemma}?' of its claim")


GRANTED = "granted claim"
#: Words of the writer's "X is true" that grant the claims before ("That is true", "Both statements are true").
_TRUE_WORDS = frozenset(("true", "correct", "accurate"))
_GRANTED_SUBJECTS = frozenset(("that", "this", "it", "both", "all", "statement", "claim", "promise", "figure"))


def _granted_claim_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim the writer grants: "Kenya's government says it will look for new posts for the returned nurses. The
    Nursing and Midwifery Council says their registrations remain valid. Both statements are true and neither will
    pay a loan." A sentence of the writer's whose main clause is "<that / this / both / the statements> is (are)
    true (correct, accurate)", not negated, gives the claimants of the sentence before ("that", "this", "it") or
    of the two before ("both", "all", plural statements) a row of no weight (reason "granted claim 'true'"): the
    writer takes no position on them there, so neither the sentence model nor the learned fallback reads one.
    A denial ("That is not true.") gives nothing."""
    sents = sentences(doc)
    for n in _sentences_with(doc, _TRUE_WORDS):
        sent = sents[n]
        if n < 1:
            continue
        root = sent.root
        true = next((c for c in root.children if c.dep_ == "acomp" and c.lower_ in _TRUE_WORDS), None)
        subj = _subject(root) if root.lemma_ == "be" else None
        if true is None or subj is None or _negated(root) or subj.lemma_.lower() not in _GRANTED_SUBJECTS \
                or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        if _mocking_simile(sent) is not None:  # round 24: "true in the way that a man ..." grants nothing
            continue
        reach = 1 if subj.lower_ in ("that", "this", "it") or subj.tag_ == "NN" else 2
        holders: list[str] = []
        for k in range(n - 1, max(-1, n - 1 - reach), -1):
            for verb in sents[k]:
                if verb.pos_ == "VERB" and verb.lemma_.lower() in ROLE_CLAIM_VERBS and not _negated(verb) \
                        and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not mentions.in_quote(verb.idx):
                    holders += _claim_holders(verb, mentions)
        for target in dict.fromkeys(holders):
            yield Evidence("author", target, 1, 0.0, true.idx, true.idx + len(true.text),
                           f"{GRANTED} '{true.lower_}'")


# --- Round 24: a claim mocked by a simile, a claim echoed by a question ----------------------------------------

SIMILE_WEIGHT = 0.6           # "... said no child had lost a place. That is true in the way a drowning man ..."
#: The reason of a claim mocked by a simile ("mocking simile 'the way a tenant ...' of its claim").
SIMILE = "mocking simile"
#: Subjects of the simile's sentence that stand for the claim or what it names ("It preserves them the way ...").
_SIMILE_SUBJECTS = frozenset(("that", "this", "it", "they", "so"))
#: Sentences back that the mocked claim may stand in.
SIMILE_REACH = 2
#: Verbs of a claim that a simile or a question may answer: round 20's, and the verbs of a reply.
ANSWERED_CLAIM_VERBS = frozenset((*ROLE_CLAIM_VERBS, "reply", "respond", "answer", "explain", "state", "declare"))


def _mocking_simile(sent):
    """The generic noun of a simile "the way (that) a/an N ..." on the main clause of ``sent`` ("That is true in
    the way that a man who was pushed from a boat has not lost his place in the sea"; "It preserves them the way a
    tenant preserves good relations with a landlord"), whose subject is a pronoun for the claim; else None."""
    root = sent.root
    subj = _subject(root)
    if subj is None or subj.lower_ not in _SIMILE_SUBJECTS:
        return None
    for way in sent:
        if way.lemma_.lower() != "way" or way.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in way.children):
            continue
        head = way.head.head if way.dep_ == "pobj" and way.head.lower_ in ("in", "like") else way.head
        if head.i != root.i or way.dep_ not in ("pobj", "npadvmod", "advmod", "dobj"):
            continue
        for clause in way.children:
            if clause.dep_ not in ("relcl", "acl"):
                continue
            noun = _subject(clause)
            if noun is not None and noun.pos_ == "NOUN" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
                return noun
    return None


def _recent_claimants(sents, n: int, reach: int, mentions: _Mentions) -> list[str]:
    """The actors that claim something (a verb of ``ANSWERED_CLAIM_VERBS`` with a clause, not negated, outside
    quotes) in the ``reach`` sentences before sentence ``n``, the nearest sentence with a claim only."""
    for k in range(n - 1, max(-1, n - 1 - reach), -1):
        holders: list[str] = []
        for verb in sents[k]:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in ANSWERED_CLAIM_VERBS and not _negated(verb) \
                    and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not mentions.in_quote(verb.idx):
                holders += _claim_holders(verb, mentions)
        if holders:
            return list(dict.fromkeys(holders))
    return []


#: The word a mocking simile needs ("the way a ...", ``_simile_evidence``).
_WAY = frozenset(("way",))


def _simile_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim mocked by a simile: "The minister told Parliament that no child had lost a place at school. That is
    true in the way that a man pushed from a boat has not lost his place in the sea."; "The minister said the deal
    preserves good relations. It preserves them the way a tenant preserves good relations with a landlord, by paying
    twice." A sentence of the writer's whose subject is a pronoun ("that", "it", "this", "they") and whose main
    clause holds "the way (that) a/an N ..." (a simile with a generic subject) counts against the actors that claim
    something in one of the two sentences before (``SIMILE_WEIGHT``, reason "mocking simile 'the way a N' of its
    claim"). The same simile after no claim ("The river rose. It rose the way a tide rises") gives nothing; a simile
    with a named subject ("the way Norway did") is no mockery."""
    sents = sentences(doc)
    for n in _sentences_with(doc, _WAY):
        sent = sents[n]
        if n < 1:
            continue
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        noun = _mocking_simile(sent)
        if noun is None:
            continue
        for target in _recent_claimants(sents, n, SIMILE_REACH, mentions):
            yield Evidence("author", target, -1, SIMILE_WEIGHT, sent.start_char, sent.end_char,
                           f"{SIMILE} 'the way a {noun.lower_}' of its claim")


ECHO_QUESTION_WEIGHT = REBUTTAL_WEIGHT
#: The reason of a claim echoed by a question ("question echoing its claim 'forest, protect'").
ECHO_QUESTION = "question echoing its claim"
#: Words of a question on a claim's content (why and which have rules of their own).
_ECHO_WH = frozenset(("what", "who", "whom", "whose", "how", "where", "when"))
#: Verbs of the writer's wish to know ("I would like to know what ...", "I wonder who ...").
_KNOW_FRAMES = frozenset(("know", "wonder", "learn", "hear", "understand"))
#: Shared stems a question needs with the claim it answers.
ECHO_QUESTION_SHARED = 2


def _wh_question(sent, lowers) -> bool:
    """Whether ``sent`` asks a content question in the writer's voice: it ends with "?" and opens with a
    question word (or one after a comma: "What, one may ask, does ..."), or the writer wishes to know a
    "what / who / how" ("I would like to know what the forest is being protected from")."""
    spaces = space_flags(sent.doc)  # white space: a paragraph break after a sentence
    words = [lowers[i] for i in range(sent.start, sent.end) if not spaces[i]]
    if not words or words[0] in ("why", "which"):
        return False
    if words[-1] == "?" and words[0] in _ECHO_WH:
        return True
    root = sent.root
    subj = _subject(root)
    if subj is None or subj.lower_ not in ("i", "we"):
        return False
    frame = root if root.lemma_.lower() in _KNOW_FRAMES else next(
        (c for c in root.children if c.dep_ == "xcomp" and c.lemma_.lower() in _KNOW_FRAMES), None)
    if frame is None or _negated(root) or (frame is root and root.lemma_.lower() != "wonder"):
        return False
    return any(t.lower_ in _ECHO_WH for c in frame.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree) \
        or any(t.lower_ in _ECHO_WH and t.i > frame.i and t.head.dep_ == "ccomp" for t in sent)


def _quoted_lemmas(sent) -> set[str]:
    """The lemmas of the words of ``sent`` between quotation marks (the claimant's own words: "due diligence")."""
    inside, out = False, set()
    for t in sent:
        if t.text in _QUOTE_MARKS:
            inside = not inside if t.text in _STRAIGHT_QUOTES else t.text in _OPEN_QUOTES
        elif inside and t.is_alpha and not t.is_stop:
            out.add(t.lemma_.lower())
    return out


def _echo_wh_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim answered by a question on its own words: "The printer replied that its contract 'does not cover
    content'. What, one may ask, does a textbook contract cover, if not the content?"; "The director told a
    television station that the felling was 'a measure to protect the forest'. I would like to know what the forest
    is being protected from." A content question of the writer's ("what / who / how / where / when ...?", or "I
    would like to know / I wonder what ...") right after a sentence in which an actor claims a clause (a verb of
    claiming or replying) counts against the claimant (``ECHO_QUESTION_WEIGHT``, reason "question echoing its claim
    'w1, w2'"), where the question shares ``ECHO_QUESTION_SHARED`` stems with the claimed clause, or one stem of
    the claimant's own quoted words ("The federation says it carried out 'due diligence'. What did that diligence
    consist of?"). Not a question
    the next sentence answers ("The answer is ...", "Because ..."), not one that echoes too little ("The agency
    said the survey would cover every village. What did it find?")."""
    lowers = token_strings(doc)[0]
    sents = sentences(doc)
    for n in _sentences_with(doc, _ECHO_WH):  # ``_wh_question`` needs one of its words
        sent = sents[n]
        if n < 1 or not _wh_question(sent, lowers) or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        if n + 1 < len(sents) and any(sents[n + 1].text.lower().startswith(a) for a in _ANSWERS):
            continue
        asked = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") and not t.is_stop
                 and len(t.text) > 2 and t.lemma_.lower() not in _KNOW_FRAMES and t.lemma_.lower() != "ask"}
        hits: dict[str, list[str]] = {}
        for verb in sents[n - 1]:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERED_CLAIM_VERBS or _negated(verb) \
                    or mentions.in_quote(verb.idx):
                continue
            said = _claim_lemmas(verb)
            shared = sorted(w for w in asked if any(_same_stem(w, s) for s in said))
            quoted = _quoted_lemmas(sents[n - 1])
            if len(shared) < ECHO_QUESTION_SHARED and not any(_same_stem(w, q) for w in shared for q in quoted):
                continue
            for target in _claim_holders(verb, mentions):
                hits.setdefault(target, shared)
        for target, shared in hits.items():
            yield Evidence("author", target, -1, ECHO_QUESTION_WEIGHT, sent.start_char, sent.end_char,
                           f"{ECHO_QUESTION} '{', '.join(shared[:2])}'")


#: Round 24: what is brought before a forum ("take the case to the tribunal", "file a complaint with the
#: commission"): the forum of an accusation is not its target.
CASE_NOUNS = frozenset(("case", "complaint", "dispute", "petition", "appeal", "matter", "grievance", "claim"))
#: The prepositions of a forum ("to", "before", "with").
_VENUE_PREPS = frozenset(("to", "before", "with"))


def _venues(verb, mentions: _Mentions) -> set[str]:
    """The actors a case is brought to by ``verb`` ("bring the case to COMESA", "took the dispute before the
    tribunal", "filed a complaint with the Ombudsman"): the verb has a case noun (``CASE_NOUNS``) as object and
    the actor as the object of "to" / "before" / "with" on the verb or on that noun."""
    cases = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CASE_NOUNS]
    if not cases:
        return set()
    out: set[str] = set()
    for head in (verb, *cases):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _VENUE_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        out.update(mentions.linked(obj))
    return out


SO_QUESTION_WEIGHT = REBUTTAL_WEIGHT
#: The reason of a mock conditional question ("if ... so dignified, why ...?' of its claim").
SO_QUESTION = "mock question 'if ... so"
#: Sentences back that the claim of a mock conditional question may stand in.
SO_QUESTION_REACH = 3
_QUESTION_OPENERS = frozenset(("why", "what", "how", "who", "where", "when"))


def _nearest_claimants(sents, n: int, reach: int, word: str, verbs, lemmas_of, mentions: _Mentions) -> list[str]:
    """The actors who, in the nearest of the ``reach`` sentences before sentence ``n`` that has one, claim with
    a verb of ``verbs`` (not negated, not inside a quote) a clause whose words (``lemmas_of(verb)``) share a
    stem with ``word``; [] when none does (round 24a's mocked claims)."""
    for k in range(n - 1, max(-1, n - 1 - reach), -1):
        holders = [a for verb in sents[k] if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs
                   and not _negated(verb) and not mentions.in_quote(verb.idx)
                   and any(_same_stem(word, s) for s in lemmas_of(verb))
                   for a in _claim_holders(verb, mentions)]
        if holders:
            return list(dict.fromkeys(holders))
    return []


def _so_question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claim mocked by a conditional question on its own word: "Officials say the remains were moved with dignity.
    ... If the removal was so dignified, why were journalists turned back at the road?" A question of the writer's
    opened by "If" whose condition holds "so <adjective>" and whose main clause asks "why / what / how ...", the
    adjective sharing a stem with a word of a clause an actor claims in one of the three sentences before (the
    nearest), counts against the claimant (``SO_QUESTION_WEIGHT``, reason "mock question 'if ... so dignified, why
    ...?' of its claim"). After no claim of that word ("If the river is so clean, why do the fish die?" after a
    report) it gives nothing."""
    lowers = token_strings(doc)[0]
    sents = sentences(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        if lowers[sent.start] != "if" or not any(lowers[i] == "so" for i in range(sent.start, sent.end)):
            continue
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != "?" or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        adj = next((t for t in sent if t.lower_ == "so" and t.dep_ == "advmod" and t.head.pos_ == "ADJ"
                    and t.head.dep_ in ("acomp", "attr") and t.head.head.dep_ == "advcl"), None)
        if adj is None:
            continue
        adj = adj.head
        comma = next((t for t in sent if t.text == "," and t.i > adj.i), None)
        if comma is None or comma.i + 1 >= sent.end or lowers[comma.i + 1] not in _QUESTION_OPENERS:
            continue
        for target in _nearest_claimants(sents, n, SO_QUESTION_REACH, adj.lemma_.lower(), ANSWERED_CLAIM_VERBS,
                                         _claim_lemmas, mentions):
            yield Evidence("author", target, -1, SO_QUESTION_WEIGHT, sent.start_char, sent.end_char,
                           f"{SO_QUESTION} {adj.lower_}, {lowers[comma.i + 1]} ...?' of its claim")


def _drop_mocked_praise(items: list[Evidence], mocked: list[Evidence]) -> list[Evidence]:
    """The items less the praise a mock question repeats to mock it ("If they were so prudent, ...": no evaluative
    'prudent' for the claimant)."""
    if not mocked:
        return items
    spans = {(e.target, e.start, e.end) for e in mocked}
    return [e for e in items if not (e.sign > 0 and e.reason.startswith("evaluative ")
                                     and any(t == e.target and s <= e.start and e.end <= x for t, s, x in spans))]


BELIEF_QUESTION_WEIGHT = REBUTTAL_WEIGHT
#: The reason of a question on which claim to believe ("question 'which ... should we believe?' of its claims").
BELIEF_QUESTION = "question 'which ... believe?'"
#: Verbs of believing a claim ("Which of these versions should we believe?", "Whom are we to trust?").
_BELIEF_VERBS = frozenset(("believe", "trust", "credit"))
#: Sentences back that the claims a belief question doubts may stand in.
BELIEF_QUESTION_REACH = 2


def _belief_question_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Claims doubted by a question on which to believe: "First it said the ship had discharged only ballast water.
    Then it said the video was fake. Now it says ... Which of these versions should we believe?" A question of the
    writer's whose main verb is "believe" / "trust" (or "are we to believe") with "we", "I", "one", "you" or a
    noun that is not the claimant ("the widows") as subject and a question word
    ("which", "what", "who", "whom") as object or its determiner counts against the actors that claim something in
    the sentence right before (or the one before that) (``BELIEF_QUESTION_WEIGHT``, reason "question 'which ...
    believe?'"). Not a question of the writer's own ("Why should we believe the rumours?" after no claim)."""
    lowers = token_strings(doc)[0]
    sents, spaces = sentences(doc), space_flags(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        if lowers[sent.start] not in ("which", "what", "who", "whom"):
            continue  # round 25s: the first word first; the last word then, no ``Token`` per word
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not spaces[i]), None)
        if last is None or doc[last].text != "?" \
                or mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        root = sent.root
        verb = root if root.lemma_.lower() in _BELIEF_VERBS else next(  # "Which ... are we to believe?"
            (c for c in root.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _BELIEF_VERBS), None)
        subj = None if verb is None else _subject(verb) or _subject(root)
        if verb is None or _negated(root) or _negated(verb) or subj is None:
            continue
        claimants = _recent_claimants(sents, n, BELIEF_QUESTION_REACH, mentions)
        if subj.lower_ not in ("we", "i", "one", "you") and (subj.pos_ not in ("NOUN", "PROPN")
                                                              or set(mentions.linked(subj)) & set(claimants)):
            continue  # "Whom should the widows believe?": anyone but the claimant
        for target in claimants:
            yield Evidence("author", target, -1, BELIEF_QUESTION_WEIGHT, sent.start_char, sent.end_char,
                           BELIEF_QUESTION)


FINE_WORD_WEIGHT = 0.6
#: The reason of a claim's word praised in mockery ("fine word 'optimisation' of its claim").
FINE_WORD = "fine word"
#: Adjectives of a mock praise of a claimant's word ("Optimisation is a fine word.").
_IRONIC_WORD_ADJECTIVES = frozenset(("fine", "nice", "lovely", "grand", "beautiful", "handsome", "convenient",
                                     "comforting", "wonderful", "splendid"))
#: Sentences back that the claim whose word is praised may stand in.
FINE_WORD_REACH = 2


def _named_or_claimed_lemmas(verb) -> set[str]:
    """The content lemmas a claim puts forward: the claimed clause (``_claim_lemmas``), and for a verb of naming
    the name it gives ("calls the closures 'an optimisation of the school network'": optimisation, network;
    "describes the cuts as 'an adjustment'")."""
    out = _claim_lemmas(verb)
    if verb.lemma_.lower() in ROLE_NAMING_VERBS:
        out |= {t.lemma_.lower() for c in verb.children if c.dep_ in ("oprd", "attr") for t in c.subtree
                if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_stop}
        names = [p for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "as"]  # "describes the cuts as 'an adjustment'"
        out |= {t.lemma_.lower() for p in names for t in p.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN") and not t.is_stop}
    return out


def _fine_word_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A claimant's word praised in mockery: "The ministry calls the closures 'an optimisation of the school
    network'. Optimisation is a fine word. In the town it meant forty children in a room built for twenty-eight."
    A writer's sentence "W is a fine (nice, lovely, convenient ...) word (name, term)" whose W shares a stem with
    a word an actor claims or gives as a name in one of the two sentences before counts against that actor
    (``FINE_WORD_WEIGHT``, reason "fine word 'W' of its claim"). The same sentence after no claim of W ("Freedom is
    a fine word." after a report) gives nothing."""
    sents = sentences(doc)
    for n in _sentences_with(doc, _IRONIC_WORD_ADJECTIVES):
        sent = sents[n]
        if n < 1:
            continue
        root = sent.root
        if root.lemma_ != "be" or _negated(root) or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        subj = _subject(root)
        attr = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in _WORD_NOUNS), None)
        if subj is None or attr is None or subj.pos_ not in ("NOUN", "ADJ", "PROPN") \
                or not any(c.dep_ == "amod" and c.lower_ in _IRONIC_WORD_ADJECTIVES for c in attr.children):
            continue
        word = subj.lemma_.lower()
        for target in _nearest_claimants(sents, n, FINE_WORD_REACH, word, ANSWERED_CLAIM_VERBS | ROLE_NAMING_VERBS,
                                         _named_or_claimed_lemmas, mentions):
            yield Evidence("author", target, -1, FINE_WORD_WEIGHT, sent.start_char, sent.end_char,
                           f"{FINE_WORD} '{word}' of its claim")


# --- Round 25: an actor fond of its own claims; a demand made of an actor in the passive ---

#: Verbs of liking whose "to" clause of self-presentation is the writer's sneer ("likes to describe itself as").
_FOND_VERBS = frozenset(("like", "love"))
#: Verbs of saying and self-presentation under such a verb ("likes to call this", "loves to lecture").
FOND_CLAIM_VERBS = frozenset(("say", "tell", "speak", "talk", "call", "describe", "present", "portray", "style",
                              "cast", "paint", "depict", "pose", "bill", "tout", "boast", "brag", "claim", "insist",
                              "remind", "lecture", "think", "see", "pretend", "picture", "preach", "proclaim"))
#: Modals that make a liking the speaker's own wish ("I would like to know"), no habit.
_WISH_MODALS = ("would", "should", "'d", "might", "could")
FOND_CLAIM_WEIGHT = 0.6
FOND_CLAIM = "fond of its claim"


def _fond_claim_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 25: the writer sneers at an actor by the habit of its claims: "The ministry likes to call this
    reform", "a bank that likes to describe itself as a partner of families", "The governor loves to lecture
    others about thrift": "like" / "love" (not under "would" / "should": "I would like to know" is a wish) with a
    "to" clause of a verb of saying or self-presentation (``FOND_CLAIM_VERBS``) counts against the subject of the
    liking verb (a relative pronoun stands for the noun it modifies), ``FOND_CLAIM_WEIGHT``, reason "fond of its
    claim 'likes to describe'". Not "X likes to read" (no claim), nor a negated liking ("does not like to boast")."""
    for i in positions(doc, _FOND_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FOND_VERBS or _negated(verb) \
                or any(c.dep_ == "aux" and c.lower_ in _WISH_MODALS for c in verb.children):
            continue
        said = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in FOND_CLAIM_VERBS), None)
        subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if said is None or subj is None or subj.lower_ in _AUTHOR_WORDS or subj.lower_ == "you":
            continue
        if subj.tag_ == "WDT" or subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
            subj = verb.head  # "a bank that likes to describe itself": the bank
        reason = f"{FOND_CLAIM} '{verb.lower_} to {said.lower_}'"
        yield from _of_subject(mentions, subj, -1, FOND_CLAIM_WEIGHT, verb.idx, said.idx + len(said.text), reason)


#: Verbs whose passive under "should" / "must" asks that the subject be called to order ("X should be told",
#: "X must be held to account", "X should be barred from ..."); with a negation the verbs of permission
#: ("X should not be allowed to ...").
PASSIVE_DEMAND_VERBS = frozenset(("tell", "remind", "warn", "stop", "hold", "punish", "sanction", "ban", "bar",
                                  "exclude", "expel", "suspend", "prosecute", "investigate", "charge", "fine",
                                  "disqualify", "strip", "penalise", "penalize", "censure", "reprimand", "shun",
                                  "make", "bring"))
#: Verbs of a reckoning under "made to" ("must be made to pay / answer / explain").
_RECKONING_VERBS = frozenset(("pay", "answer", "explain", "account", "apologise", "apologize", "compensate",
                              "return", "repay", "justify", "face"))
PERMISSION_VERBS = frozenset(("allow", "permit", "let"))
_DEMAND_MODALS = ("should", "must", "ought")
PASSIVE_DEMAND_WEIGHT = 0.6
#: "hold" asks for a reckoning only with one of these words ("held to account", "held responsible").
_ACCOUNT_WORDS = ("account", "accountable", "responsible", "liable")
#: Kinds of actor that a passive "must be told" more often serves than calls to order (families, parents, workers).
_SPARED_KINDS = ("group",)
PASSIVE_DEMAND = "demand in the passive"


def _passive_demand_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 25: a demand made of an actor in the passive, in the writer's voice: "And the company should be told
    plainly that ...", "The ministry must be held to account", "The federation should be barred from the next
    games", "The regime should not be allowed to hide behind ...": a passive verb of ``PASSIVE_DEMAND_VERBS``
    under "should" / "must" / "ought to" (not negated), or a negated one of ``PERMISSION_VERBS``, counts against
    its passive subject (``PASSIVE_DEMAND_WEIGHT``, reason "demand in the passive 'should be told'"). Not "X must
    be protected" (no such verb), nor a question ("Why should we be blamed?"), nor inside a quote."""
    for i in positions(doc, PASSIVE_DEMAND_VERBS | PERMISSION_VERBS):
        verb = doc[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not _passive(verb) or mentions.in_quote(verb.idx) \
                or verb.sent.text.rstrip().endswith("?"):
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
        if modal is None:
            continue
        negated = _negated(verb)
        if not (lemma in PASSIVE_DEMAND_VERBS and not negated or lemma in PERMISSION_VERBS and negated):
            continue
        if lemma == "hold" and not any(t.lower_ in _ACCOUNT_WORDS for t in verb.subtree):
            continue  # "the talks should be held in Oslo": no demand; "held to account" is one
        if lemma == "make" and not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _RECKONING_VERBS
                                       for c in verb.children):
            continue  # "made to pay", "made to answer for it"; not "made welcome"
        if lemma == "bring" and not any(t.lower_ in ("justice", "book", "account") for t in verb.subtree):
            continue  # "brought to justice"
        if verb.dep_ in ("ccomp", "xcomp") and (_negated(verb.head) or any(
                c.dep_ == "nsubj" and c.lower_ in ("nobody", "none", "no one") for c in verb.head.children)):
            continue  # "Nobody is suggesting that the voters should be told how to vote"
        subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        kinds = {a.id: a.kind for a in mentions.document.actors}
        if any(kinds.get(a) in _SPARED_KINDS for a in mentions.linked(subj)):
            continue  # "The families must be told the truth": people owed an answer, not called to order
        reason = f"{PASSIVE_DEMAND} '{modal.lower_} {'not ' if negated else ''}be {verb.lower_}'"
        yield from _of_subject(mentions, subj, -1, PASSIVE_DEMAND_WEIGHT, modal.idx, verb.idx + len(verb.text), reason)


#: Verbs of the clause of an exemplar sentence ("That is what a good neighbour does / looks like").
EXEMPLAR_VERBS = frozenset(("do", "look", "sound", "behave", "act", "lead", "mean"))
#: Sentences before an exemplar sentence, inside its paragraph, whose subjects it sums up (the actors that are
#: subjects in the most of them).
EXEMPLAR_REACH = 3
EXEMPLAR_WEIGHT = 0.6
EXEMPLAR = "exemplar"


#: Round 27o1: nouns of a virtue or a bond that name the model without an article ("That is what partnership
#: looks like", "This is what solidarity means").
EXEMPLAR_VIRTUES = frozenset(("partnership", "friendship", "solidarity", "leadership", "responsibility",
                              "cooperation", "co-operation", "neighbourliness", "courage", "decency", "statesmanship",
                              "integrity", "accountability", "generosity"))
#: The words of an exemplar sentence's "what" / "how" and of its subject (round 26s: its gates).
_EXEMPLAR_WH = frozenset(("what", "how"))
_EXEMPLAR_SUBJECTS = frozenset(("that", "this"))


def _exemplar_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 25: the writer sums up an actor's deeds as the model of a kind: "Brazil offered to host the talks.
    That is what a good neighbour looks like.", "It shared its data with the inspectors. That is what a
    responsible state does.": a writer's sentence "That / This is what (how) a(n) N ... does (looks like,
    behaves ...)" (the clause's subject a noun with "a" / "an") counts for the actors that are subjects in the most
    of the ``EXEMPLAR_REACH`` sentences before it in its paragraph (the paragraph's protagonist, not a helper
    named once: "The unit boarded two trawlers. Its officers worked all night. The navy lent them a ship. That is
    what ..." is said of the unit) (a bare plural kind too: "That is what neighbours do"; round 27o1: a bare noun
    of a virtue, ``EXEMPLAR_VIRTUES``: "That is what partnership looks like");
    against them when the clause holds a negative judging word ("That is what a rogue state does"), the copula is
    negated ("That is not what a partner does") or the sentence asks ("Is that how a partner behaves?").
    Weight ``EXEMPLAR_WEIGHT``, reason "exemplar 'that is what a neighbour looks'"."""
    evaluative, labels = _lexicons()
    # round 26s: the rule needs "what" / "how" in the document and a sentence root with "that" /
    # "this" as a subject: the roots that have one, from the Doc's lists, before any ``Span.root``
    if not positions(doc, _EXEMPLAR_WH, lemmas=False):
        return
    heads, deps, _ = dependency_tree(doc)
    roots = {heads[i] for i in positions(doc, _EXEMPLAR_SUBJECTS, lemmas=False) if deps[i] == symbols.nsubj}
    if not roots:
        return
    sents = sentences(doc)
    text = doc_text(doc)
    for n in range(1, len(sents)):
        sent = sents[n]
        if not any(sent.start <= r < sent.end for r in roots):
            continue
        root = sent.root
        if root.lemma_ != "be" or mentions.in_quote(sent.start_char) \
                or mentions.holder(sent.start_char, sent.end_char) != "author":
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "attr") and c.lemma_.lower() in EXEMPLAR_VERBS),
                      None)
        if subj is None or subj.lower_ not in ("that", "this") or clause is None \
                or not any(t.lower_ in ("what", "how") and t.i < clause.i for t in clause.subtree):
            continue
        dets = lambda c: [d.lower_ for d in c.children if d.dep_ == "det"]  # noqa: E731
        kind = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and (set(dets(c)) & {"a", "an"} or c.tag_ == "NNS" and not dets(c)
                          or c.lemma_.lower() in EXEMPLAR_VIRTUES and not dets(c))), None)
        if kind is None:
            continue
        words = [t.lemma_.lower() for t in clause.subtree] + [t.lower_ for t in clause.subtree]
        sign = -1 if any(evaluative.get(w, 0) < 0 or w in labels for w in words) else 1
        if _negated(root):
            sign = -sign
        if sent.text.rstrip().endswith("?"):
            sign = -sign  # "Is that how a partner behaves?": the writer's answer is no
        told: dict[str, int] = {}  # actor -> sentences before in which it is a subject
        for k in range(n - 1, max(-1, n - 1 - EXEMPLAR_REACH), -1):
            if "\n\n" in text[sents[k].start_char:sents[k + 1].start_char]:
                break  # another paragraph
            here = {a for tok in sents[k] if tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX")
                    and tok.lower_ not in _AUTHOR_WORDS for a in mentions.linked(tok)}
            for a in here:
                told[a] = told.get(a, 0) + 1
        most = max(told.values(), default=0)
        targets = [a for a, count in told.items() if count == most]  # the paragraph's protagonist(s)
        wh = next(t.lower_ for t in clause.subtree if t.lower_ in ("what", "how"))
        article = "a " if dets(kind) else ""
        reason = f"{EXEMPLAR} '{subj.lower_} is {wh} {article}{kind.lower_} {clause.lower_}'"
        for target in targets:
            yield Evidence("author", target, sign, EXEMPLAR_WEIGHT, sent.start_char, sent.end_char, reason)


#: Nouns of a span of time or a chance that an actor "had" to act ("had six months to act", "has had every
#: opportunity to repair the mains").
TIME_GIVEN_NOUNS = frozenset(("year", "month", "week", "day", "decade", "hour", "time", "chance", "opportunity",
                              "summer", "winter", "season"))
#: Words that make the time short, a hardship rather than a failure ("had only two days to leave").
_SHORT_TIME_WORDS = frozenset(("only", "just", "barely", "mere", "hardly", "scarcely", "little", "less"))
TIME_GIVEN_WEIGHT = 0.5
TIME_GIVEN = "time to act"


def _time_given_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 25: the writer tells how long an actor had to act, and leaves the failure to the reader: "The
    federation had six months to act.", "His ministry has had three years to say so.", "The utility has had every
    opportunity to repair the mains.": "have" (past or perfect, asserted: no negation, modal, condition or
    question) whose object is a span of time or a chance (``TIME_GIVEN_NOUNS``) with a "to" clause counts against
    the subject (``TIME_GIVEN_WEIGHT``, reason "time to act 'had months to act'"). Not a short time ("had only two
    days to leave", ``_SHORT_TIME_WORDS``: a hardship), not people or refugees (sectors ``_PEOPLE_SECTORS``, kind
    group: "The families had a week to pack"), not "I" / "we", not inside a quote."""
    kinds = {a.id: a.kind for a in mentions.document.actors}
    people = {a.id for a in mentions.document.actors if a.sector in _PEOPLE_SECTORS or a.kind == "group"}
    for i in positions(doc, frozenset(("have",))):
        verb = doc[i]
        if verb.lemma_.lower() != "have" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") \
                or _negated(verb) or mentions.in_quote(verb.idx) or verb.sent.text.rstrip().endswith("?") \
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) \
                or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TIME_GIVEN_NOUNS), None)
        act = next((c for c in (*obj.children, *verb.children) if c.i > obj.i and c.pos_ == "VERB"
                    and c.dep_ in ("relcl", "acl", "xcomp", "advcl")
                    and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)), None) if obj is not None else None
        subj = _subject(verb)
        if act is None or subj is None or subj.lower_ in _AUTHOR_WORDS \
                or any(t.lower_ in _SHORT_TIME_WORDS for t in obj.subtree if t.i < obj.i) \
                or any(c.lower_ in _SHORT_TIME_WORDS for c in verb.children if c.dep_ == "advmod"):
            continue
        reason = f"{TIME_GIVEN} 'had {obj.lower_} to {act.lemma_.lower()}'"
        for ev in _of_subject(mentions, subj, -1, TIME_GIVEN_WEIGHT, verb.idx, act.idx + len(act.text), reason):
            if ev.holder == "author" and ev.target not in people and kinds.get(ev.target) is not None:
                yield ev


ANSWERABLE_WEIGHT = 0.6
ANSWERABLE = "has to answer for"


def _answerable_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 25: the writer says an actor owes an answer: "The ministry has much to answer for", "The utility has
    questions to answer", "The board has a great deal to answer for", "The company has some explaining to do":
    "have" with an object and a "to answer" clause, or "have ... explaining to do", counts against the subject
    (``ANSWERABLE_WEIGHT``, reason "has to answer for 'much'"). Not negated, not a question, not an object of none
    ("has nothing to answer for", "has no questions to answer": the writer clears it), not "I" / "we"."""
    for i in positions(doc, frozenset(("answer", "explain")), lemmas=True):
        tok = doc[i]
        if mentions.in_quote(tok.idx) or tok.sent.text.rstrip().endswith("?"):
            continue
        if tok.lemma_.lower() == "answer" and tok.dep_ in ("relcl", "acl", "xcomp") and tok.pos_ == "VERB" \
                and any(t.dep_ == "aux" and t.lower_ == "to" for t in tok.children):
            obj = tok.head if tok.dep_ != "xcomp" else next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            verb = obj.head if obj is not None and obj.dep_ == "dobj" else None
            what = obj.lower_ if obj is not None else ""
        elif tok.lower_ == "explaining" and any(c.dep_ == "xcomp" and c.lemma_ == "do" for c in tok.children):
            # "has some explaining to do": the parser makes "explaining" the verb, "has" its auxiliary
            obj, what = tok, "explaining to do"
            verb = tok if any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) else \
                tok.head if tok.head.lemma_ == "have" else None
        else:
            continue
        if verb is None or verb.lemma_ != "have" and verb is not tok or _negated(verb) \
                or obj.lower_ in ("nothing", "none") \
                or any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children) \
                or any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in verb.children):
            continue
        subj = _subject(verb) if verb is not tok else next(
            (c for h in (tok, *(a for a in tok.children if a.dep_ == "aux")) for c in h.children
             if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        yield from _of_subject(mentions, subj, -1, ANSWERABLE_WEIGHT, verb.idx, tok.idx + len(tok.text),
                               f"{ANSWERABLE} '{what}'")


# --- Round 25b: deeds done for the writer's side ("gave us keys", "the first states to call for") ------

#: A helpful deed done for the writer or the writer's people ("gave us keys", "protect our children").
DEED_FOR_US_WEIGHT = 0.6
#: The reason of such a deed ("deed for us 'issue'").
DEED_FOR_US = "deed for us"
#: Verbs of help or of giving whose object (or "for" / "to" object) may be the writer's side. Not "offer" (an offer
#: is no deed done, and "generously offered to ..." is the writer's sneer), nor "take" ("took us in" may be an arrest).
_FOR_US_VERBS = frozenset(("accommodate", "assist", "defend", "feed", "give", "grant", "help", "house", "issue", "lend",
                           "protect", "provide", "rescue", "save", "send", "shelter", "supply", "support"))
#: Particles that turn a giving verb into a harm ("sent us back", "turned away").
_AWAY_PARTICLES = frozenset(("away", "back", "down", "off", "out"))
#: What a giving verb may hand over that is no help ("issued us a fine", "gave us an ultimatum").
_NO_GIFTS = frozenset(("assurance", "bill", "cause", "deadline", "excuse", "fine", "lecture", "nothing", "notice",
                       "order", "penalty", "promise", "reason", "runaround", "summons", "ultimatum", "warning", "word"))
#: Correspondence a giving verb may hand over: an answer on paper is no help ("sent us a one-line form acknowledging
#: our complaint", "issued us a reply"); papers that grant a status ("issued us travel documents") stay help.
_PAPER_REPLIES = frozenset(("acknowledgement", "acknowledgment", "answer", "circular", "email", "e-mail", "form",
                            "leaflet", "letter", "message", "memo", "note", "questionnaire", "receipt", "reply",
                            "response", "statement", "template"))
#: Money lent or given is no plain help: a loan binds ("lent us two billion for the port"), and the op-eds that tell of
#: it are mostly about the strings.
_MONEY_GIFTS = frozenset(("billion", "cash", "credit", "debt", "dollar", "euro", "fund", "loan", "million", "money",
                          "yuan"))
#: Verbs whose "to" clause is told as done ("managed to house us"); "promised to protect us" is no deed.
_DONE_TO_HEADS = frozenset(("hurry", "manage", "move", "rush", "step"))
#: Verbs of doing whose object's "to" clause is a deed of their subject ("ordered measures to protect our children").
_DOING_OBJECT_HEADS = frozenset(("adopt", "grant", "issue", "order", "take"))
#: Purpose clauses of a sent helper ("sent two boats to look for the shepherds"): the search and rescue of people.
_SEARCH_VERBS = frozenset(("evacuate", "find", "help", "look", "rescue", "search", "protect", "bring"))
_SENDING_VERBS = frozenset(("deploy", "dispatch", "lend", "send"))
#: Pioneers: "(among) the first (states) to call for an inspection" counts for the subject when the act is one of
#: advocacy or help.
PIONEER_WEIGHT = 0.5
PIONEER = "among the first to"
_PIONEER_VERBS = frozenset(("call", "condemn", "defend", "demand", "help", "propose", "protect", "raise", "receive",
                            "send", "speak", "stand", "welcome"))
_PIONEER_NOT = frozenset(("annexation", "junta", "occupation", "regime", "result"))  # "first to recognise the junta"


#: Giving verbs: their indirect object or "to" / "for" object is the one helped ("gave our utilities the signatures").
_FOR_US_GIVING = frozenset(("give", "grant", "issue", "lend", "provide", "send", "supply"))
#: Kin and fellows the writer may call "our" people, beside the people in need of ``helpful_acts.en.tsv``.
_OUR_PEOPLE = frozenset(("brother", "colleague", "compatriot", "daughter", "father", "fellow", "husband", "member",
                         "mother", "neighbour", "neighbor", "parent", "relative", "sister", "son", "wife"))


def _ours(tok, people: frozenset[str] | None) -> bool:
    """Whether a noun is the writer's side: "us" / "me", "several of us", or a noun of "our" / "my" ("our
    children"; with ``people`` given, only a noun of people: "our letter" is no one helped), with its conjuncts."""
    for x in (tok, *_conjuncts(tok)):
        word = x.lower_
        if word in _AUTHOR_OBJECTS:
            return True
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in x.children) and x.pos_ in ("NOUN", "PROPN") \
                and (people is None or x.lemma_.lower() in people):
            return True
        if x.pos_ == "NUM" or word in ("all", "many", "some", "most", "several", "each"):
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in _AUTHOR_OBJECTS for o in c.children)
                   for c in x.children):
                return True
    return False


def _beneficiary_ours(verb, people: frozenset[str]) -> object | None:
    """The one a verb helps where it is the writer's side, or None: for a giving verb its indirect object or "to"
    / "for" object (of any kind: "gave our utilities the signatures"), for a verb of help its object or "for"
    object, people only ("protect our children", not "received our letter")."""
    giving = verb.lemma_.lower() in _FOR_US_GIVING
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ != "ADP" and giving or c.dep_ == "dobj" and not giving:
            objs = [c]
        elif c.dep_ in ("prep", "dative") and (c.lower_ == "for" or c.lower_ == "to" and giving):
            objs = [o for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for o in objs:
            if _ours(o, None if giving else people):
                return o
    return None


def _deed_doer(verb):
    """The verb whose subject does a helping act and that subject: the verb itself, or for a "to" clause on the
    object of another verb ("ordered measures to protect our children") the verb of that object."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if to and verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("dobj", "obj"):
        head = verb.head.head
        return (head, _doer_subject(head)) if head.lemma_.lower() in _DOING_OBJECT_HEADS else (verb, None)
    if to and verb.dep_ == "xcomp":
        return (verb.head, _doer_subject(verb.head)) if verb.head.lemma_.lower() in _DONE_TO_HEADS else (verb, None)
    if to:  # a purpose ("to protect us") is no deed told as done
        return verb, None
    return verb, _doer_subject(verb)


def _told_actors(doc, verb, subj, mentions: _Mentions) -> list[str]:
    """The actors of a deed's subject; "it" / "they" reach back (``PRONOUN_DEED_REACH`` sentences, inside the
    paragraph) to the actor the sentences before are about."""
    actors = mentions.linked(subj)
    if not actors and subj.lower_ in ("it", "they", "he", "she"):
        sents = sentences(doc)
        n = next((k for k, s in enumerate(sents) if s.start <= verb.i < s.end), 0)
        for k in range(n - 1, max(-1, n - 1 - PRONOUN_DEED_REACH), -1):
            actors = _sentence_actors(sents[k], mentions) or _named_root_actors(sents[k], mentions)
            if actors or "\n" in doc.text[sents[k].end_char - 1:sents[k + 1].start_char + 1]:
                break
    return [a for a in actors if a not in mentions.author_ids]


def _deed_unasserted(doc, verb, sarcastic: dict, mentions: _Mentions) -> bool:
    """A deed not told as done by the writer: negated, modal, conditional, reported, asked, sarcastic, quoted."""
    return _unasserted(verb) or _asked(doc, verb) or verb.sent.start_char in sarcastic \
        or mentions.in_quote(verb.idx) or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author"


def _deed_for_us_evidence(doc, mentions: _Mentions, sarcastic: dict, items: list[Evidence]) -> Iterator[Evidence]:
    """A helpful deed the writer tells an actor doing for the writer's side counts for the actor
    (``DEED_FOR_US_WEIGHT``, reason "deed for us '...'"): a verb of help or giving (``_FOR_US_VERBS``) whose object,
    indirect object or "for" / "to" object is "us" / "me", "several of us" or "our" / "my" people ("the trust gave
    us keys to forty flats", "ordered emergency measures to protect our children"), and a helper sent to search
    for or rescue people ("sent two boats to look for the shepherds"). Not negated, modal, conditional, reported, asked
    or sarcastic; not a giving verb turned to harm by its particle ("sent us back") or its gift ("issued us a
    fine", "lent us two billion"); not the writer's own deed, nor an actor the writer blames elsewhere (as for the
    praise by deeds: what a captor "gave us" is no help)."""
    negative = _negative_words()
    blamed = {e.target for e in items if e.holder == "author" and e.sign < 0}
    people = helpful_acts()[1] | _OUR_PEOPLE
    deeds = set(positions(doc, _FOR_US_VERBS, _SEARCH_VERBS))  # the only verbs with a deed (round 27s1)
    for verb in [doc[i] for i in verb_indices(doc) if i in deeds] if deeds else ():
        lemma = verb.lemma_.lower()
        if _passive(verb):
            continue
        what = None
        if lemma in _FOR_US_VERBS and _beneficiary_ours(verb, people) is not None:
            if any(c.dep_ == "prt" and c.lower_ in _AWAY_PARTICLES for c in verb.children):
                continue
            gifts = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *_conjuncts(c))]
            if any(o.lemma_.lower() in _NO_GIFTS or o.lemma_.lower() in negative or o.lemma_.lower() in _ARMED_TARGETS
                   or o.lemma_.lower() in TIME_GIVEN_NOUNS or o.lemma_.lower() in _MONEY_GIFTS
                   or o.lemma_.lower() in _PAPER_REPLIES  # round 26b: an answer on paper is no help
                   or any(m.lemma_.lower() in _MONEY_GIFTS for m in o.subtree)
                   or any(d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in gifts):
                continue
            what = lemma
        elif lemma in _SEARCH_VERBS and verb.dep_ in ("advcl", "xcomp", "relcl", "acl") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            sender = verb.head if verb.dep_ in ("advcl", "xcomp") else verb.head.head
            if sender.pos_ == "VERB" and sender.lemma_.lower() in _SENDING_VERBS \
                    and (lemma not in ("look", "search") or any(c.dep_ == "prep" and c.lower_ == "for"
                                                                 for c in verb.children)) \
                    and (lemma != "bring" or any(c.lower_ in ("back", "home") for c in verb.children)):
                what = f"{sender.lemma_.lower()} to {lemma}"
        if what is None:
            continue
        if " to " in what:  # the sender does the deed
            doer = verb.head if verb.dep_ in ("advcl", "xcomp") else verb.head.head
            subj = _doer_subject(doer)
        else:
            doer, subj = _deed_doer(verb)
        if subj is None or subj.lower_ in _AUTHOR_WORDS or _passive(doer) \
                or _deed_unasserted(doc, doer, sarcastic, mentions) \
                or doer is not verb and _deed_unasserted(doc, verb, sarcastic, mentions):
            continue
        for actor in _told_actors(doc, doer, subj, mentions):
            if actor in blamed:
                continue
            yield Evidence("author", actor, 1, DEED_FOR_US_WEIGHT, doer.idx, verb.idx + len(verb.text),
                           f"{DEED_FOR_US} '{what}'")


#: The word of a pioneer ("among the first to ..."), whose tokens ``_pioneer_evidence`` reads (round 26s).
_FIRST = frozenset(("first",))
#: Verbs of a clause that tells what a deed made possible for the writer's side (", which let our nurses sleep").
_ENABLING_VERBS = frozenset(("allow", "enable", "free", "help", "let"))


def _enabling_deed_evidence(doc, mentions: _Mentions, sarcastic: dict, items: list[Evidence]) -> Iterator[Evidence]:
    """A deed the writer follows with a clause on the whole of it, "which" + a verb of enabling (``_ENABLING_VERBS``)
    whose object or the subject of whose complement is the writer's side ("the county lent two ambulances for the
    winter, which allowed our own crews to sleep": "us", "our" + any noun), counts for the deed's doer (round 26b;
    ``DEED_FOR_US_WEIGHT``, reason "deed for us '<deed> ... <enabling verb>'"): the writer tells the deed by what it
    did for the writer's side. Not a deed of harm (``harmful_acts.en.tsv``, a negative word), not negated, modal,
    asked, reported or sarcastic (the deed or the clause), not the writer's own deed, nor an actor the writer blames
    elsewhere (as for the deed for us)."""
    negative = _negative_words()
    harms = harmful_acts()
    blamed = {e.target for e in items if e.holder == "author" and e.sign < 0}
    for i in positions(doc, _ENABLING_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "advcl", "ccomp", "conj") \
                or not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in verb.children) \
                or _deed_unasserted(doc, verb, sarcastic, mentions):
            continue
        helped = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + \
                 [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        if not any(_ours(h, None) for h in helped):
            continue
        deed = verb.head
        while deed.pos_ != "VERB" and deed.head.i != deed.i:
            deed = deed.head
        lemma = deed.lemma_.lower()
        if deed.pos_ != "VERB" or deed.i > verb.i or lemma in harms or lemma in negative or _passive(deed) \
                or _deed_unasserted(doc, deed, sarcastic, mentions):
            continue
        subj = _doer_subject(deed)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        for actor in _told_actors(doc, deed, subj, mentions):
            if actor not in blamed:
                yield Evidence("author", actor, 1, DEED_FOR_US_WEIGHT, deed.idx, verb.idx + len(verb.text),
                               f"{DEED_FOR_US} '{lemma} ... {verb.lemma_.lower()}'")


#: An actor the writer says will not be provoked (intimidated, cowed ...): its steadfastness, told in the writer's voice.
STEADFAST_WEIGHT = 0.5
STEADFAST = "steadfast"
_PRESSURE_VERBS = frozenset(("blackmail", "bully", "cow", "frighten", "intimidate", "provoke", "scare", "silence"))


def _steadfast_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """An actor the writer says will not (does not, refuses to) be provoked, intimidated or cowed
    (``_PRESSURE_VERBS`` in the passive, negated, or under "refuse to") counts for it (round 26b; ``STEADFAST_WEIGHT``,
    reason "steadfast 'not be provoked'"): "The island council will not be intimidated", "The union refused to be
    cowed". Only in the writer's own voice: not asked, reported, in an "if" clause, quoted or sarcastic; not the
    writer itself ("we will not be silenced" is the writer's own resolve)."""
    for i in positions(doc, _PRESSURE_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "refuse" and not _negated(verb.head)
        if not (_negated(verb) or refused):
            continue
        clause = verb.head if refused else verb
        if _asked(doc, clause) or verb.sent.start_char in sarcastic or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        tok, reported = clause, False
        for _ in range(6):  # not in an "if" clause, not a claim reported from someone else
            if any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in tok.children) \
                    or tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _REPORTING_VERBS:
                reported = True
            if tok.head.i == tok.i or tok.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
                break
            tok = tok.head
        subj = _subject(clause) if refused else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if reported or subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        for actor in _told_actors(doc, clause, subj, mentions):
            yield Evidence("author", actor, 1, STEADFAST_WEIGHT, clause.idx, verb.idx + len(verb.text),
                           f"{STEADFAST} 'not be {verb.lower_}'")


#: A duty an actor stopped doing ("stopped paying the crew", "ceased answering our letters"): an omission told as a fact.
CEASED_DUTY_WEIGHT = 0.5
_CEASING_VERBS = frozenset(("cease", "quit", "stop"))
_DUTY_VERBS = frozenset(("answer", "deliver", "feed", "fund", "inspect", "maintain", "pay", "repair", "reply", "respond",
                         "supply"))


#: People a duty may be owed to, beside those of ``helpful_acts.en.tsv`` and kin: the ones who work for the actor.
_CREWS = frozenset(("crew", "employee", "nurse", "pensioner", "sailor", "seafarer", "staff", "teacher", "worker"))
_BAD_DUES = frozenset(("bribe", "kickback", "ransom", "tribute"))  # "stopped paying bribes" is no duty left undone


def _ceased_duty_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """An actor the writer tells stopping (ceasing, quitting) a duty (``_DUTY_VERBS``: pay, answer, reply, supply, feed,
    repair, inspect ...; "stopped paying the crew in May", "ceased answering our letters") counts against it (round 26b;
    ``CEASED_DUTY_WEIGHT``, reason "omission 'stopped paying'"): the writer states a duty left undone, owed to people
    (its object or "to" / "for" object: people of ``helpful_acts.en.tsv``, kin, crews and staff, "our" people) or
    an answer to mail ("stopped answering the emails"); "stopped supplying the junta" may be praise. Not negated
    ("never stopped paying" is praise), modal, asked, reported, quoted or sarcastic, not the writer's own, nor a
    payment of something bad ("stopped paying bribes": a negative word as the object)."""
    negative = _negative_words()
    people = helpful_acts()[1] | _OUR_PEOPLE | _CREWS
    for i in positions(doc, _CEASING_VERBS):
        verb = doc[i]
        if verb.pos_ != "VERB" or _deed_unasserted(doc, verb, sarcastic, mentions):
            continue
        duty = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG"
                     and c.lemma_.lower() in _DUTY_VERBS), None)
        if duty is None or any(o.dep_ == "dobj" and (o.lemma_.lower() in negative or o.lemma_.lower() in _BAD_DUES)
                               for o in duty.children):
            continue
        owed = [o for c in duty.children for o in ([c] if c.dep_ in ("dobj", "dative") else
                [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("to", "for") else [])]
        if not any(_ours(o, None) or o.lemma_.lower() in people or o.lemma_.lower() in _PAPER_REPLIES
                   for o in owed):
            continue  # "stopped supplying the junta" may be praise: the duty must be owed to people or answer mail
        subj = _subject(verb)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        for actor in _told_actors(doc, verb, subj, mentions):
            yield Evidence("author", actor, -1, CEASED_DUTY_WEIGHT, verb.idx, duty.idx + len(duty.text),
                           f"omission '{verb.lower_} {duty.lower_}'")


def _pioneer_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """An actor the writer names "(among) the first (states) to" do an act of advocacy or help (``_PIONEER_VERBS``:
    "was among the first states to call for an inspection", "the first government to send doctors") counts for it
    (``PIONEER_WEIGHT``, reason "among the first to '...'"). Not negated ("was not the first to"), modal ("would be
    the first to complain"), asked or sarcastic, nor an act whose object is a seizure or a junta ("the first to
    recognise the annexation")."""
    for tok in map(doc.__getitem__, positions(doc, _FIRST, lemmas=False)):  # round 26s: only the "first"s
        if tok.lower_ != "first" or tok.dep_ != "amod" and tok.dep_ not in ("attr", "pobj"):
            continue
        noun = tok.head if tok.dep_ == "amod" else tok
        act = next((c for c in noun.children if c.pos_ == "VERB" and c.dep_ in ("relcl", "acl")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if noun.dep_ == "pobj" and noun.head.lower_ == "among":
            cop = noun.head.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":  # "one of the first"
            cop = noun.head.head.head
        else:
            cop = noun.head if noun.dep_ == "attr" else None
        if act is None and cop is not None:  # the parser hangs the "to" clause on the copula
            act = next((c for c in cop.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl")
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None or cop is None or cop.lemma_ != "be" or act.lemma_.lower() not in _PIONEER_VERBS:
            continue
        if any(d.lower_ in ("last", "only") for d in noun.children) or _negated(cop) or _negated(act) \
                or _deed_unasserted(doc, cop, sarcastic, mentions):
            continue
        if any(o.lemma_.lower() in _PIONEER_NOT for o in act.subtree if o.pos_ == "NOUN"):
            continue
        subj = _subject(cop)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        for actor in _told_actors(doc, cop, subj, mentions):
            yield Evidence("author", actor, 1, PIONEER_WEIGHT, cop.idx, act.idx + len(act.text),
                           f"{PIONEER} '{act.lemma_.lower()}'")


#: The work others left undone: "did the careful work that others skipped", "did the job the inspectorate would not".
SKIPPED_WORK_WEIGHT = 0.6
SKIPPED_WORK = "did the work others skipped"
_WORK_NOUNS = frozenset(("duty", "homework", "job", "legwork", "work"))
_SKIPPING_VERBS = frozenset(("avoid", "dodge", "ignore", "neglect", "shirk", "skip"))
_OTHERS = frozenset(("nobody", "none", "other", "others"))
_DO_TAKE = frozenset(("do", "take"))


def _skipped_work_evidence(doc, mentions: _Mentions, sarcastic: dict) -> Iterator[Evidence]:
    """An actor the writer tells doing the work others left undone counts for it (``SKIPPED_WORK_WEIGHT``): "do"
    with an object of work (``_WORK_NOUNS``) whose relative clause says others skipped it ("the careful work that
    others skipped"; a verb of skipping, a subject "others" / "nobody" / "no one else", or a negated clause: "the job
    the ministry would not do"); round 27o1: "take on" with any object so described ("took on cases that no one else
    would touch"). Not negated, modal, asked, sarcastic or quoted; not the writer's own work."""
    deeds = set(positions(doc, _DO_TAKE))  # a ``Token`` for the verbs "do" / "take" only (round 27s1)
    for verb in [doc[i] for i in verb_indices(doc) if i in deeds] if deeds else ():
        if verb.lemma_.lower() == "do":
            work = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _WORK_NOUNS), None)
        else:  # round 27o1: "have taken on cases that no one else would touch"
            work = next((o for c in verb.children if c.lower_ == "on" and c.dep_ in ("prep", "prt")
                         for o in (*c.children, *verb.children) if o.dep_ in ("pobj", "dobj")), None)
        rel = next((c for c in work.children if c.dep_ == "relcl"), None) if work is not None else None
        if rel is None:
            continue
        rel_subj = _subject(rel)
        if not (rel.lemma_.lower() in _SKIPPING_VERBS or _negated(rel)
                or rel_subj is not None and (rel_subj.lemma_.lower() in _OTHERS or _no_one_else(rel_subj))):
            continue
        subj = _doer_subject(verb)
        if subj is None or subj.lower_ in _AUTHOR_WORDS or _deed_unasserted(doc, verb, sarcastic, mentions):
            continue
        for actor in _told_actors(doc, verb, subj, mentions):
            yield Evidence("author", actor, 1, SKIPPED_WORK_WEIGHT, verb.idx, rel.idx + len(rel.text),
                           f"{SKIPPED_WORK} '{work.lemma_.lower()}'")


def _no_one_else(subj) -> bool:
    """Whether a subject is "no one (else)" ("cases that no one else would touch")."""
    return subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)


#: A herald sentence: "There is one agency that has acted as it should." names its hero in the next sentence.
HERALD_WEIGHT = 0.6
HERALD = "herald of duty done"
_DUTY_NOUNS = frozenset(("duty", "job", "homework", "work"))
#: What an actor keeps when it does its duty by others ("kept its word", "kept their promises").
_PLEDGE_NOUNS = frozenset(("word", "promise", "pledge", "commitment"))


def _duty_done(verb) -> bool:
    """Whether a verb (of a relative clause, or round 28o1's main clause) tells a duty done: "behaved as it should", "did its job", "did the right
    thing", "kept their word" (not negated)."""
    lemma = verb.lemma_.lower()
    if _negated(verb) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False
    if lemma in ("behave", "act"):
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                   and (c.lower_ in ("should", "ought", "must") or any(a.lower_ in ("should", "ought", "must")
                                                                       for a in c.children)) for c in verb.children)
    if lemma == "keep":  # round 27o1: "kept their word", "kept its promises"
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLEDGE_NOUNS and any(p.dep_ == "poss" for p in c.children)
                   for c in verb.children)
    if lemma == "do":
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in _DUTY_NOUNS and any(p.dep_ == "poss" for p in c.children)
                                         or c.lemma_.lower() == "thing" and any(a.lower_ == "right" for a in c.children))
                   for c in verb.children)
    return False


#: Round 28o1: an actor the writer tells doing its (their, your) duty, job or work: "The commission did its work",
#: "Moussa did your work for you", "the inspectors have done their duty".
DUTY_DONE_WEIGHT = 0.6
DUTY_DONE = "duty done"
_DOING = frozenset(("do",))


def _duty_done_evidence(doc, mentions: _Mentions, sarcastic: dict, items: list[Evidence]) -> Iterator[Evidence]:
    """An actor the writer tells, in its own voice, doing a duty (``_duty_done`` on "do": "did its job", "has done
    their duty", "did your work for you", "did the right thing") counts for it (round 28o1; ``DUTY_DONE_WEIGHT``,
    reason "duty done 'job'"): praise by an ordinary description, with no judging word. Not negated, modal,
    conditional, reported, asked, quoted or sarcastic (``_deed_unasserted``); not the writer itself; not where a span
    of the pair's evidence already covers the verb (the evaluative "did its job")."""
    taken = _pair_spans(items)
    for i in positions(doc, _DOING):
        verb = doc[i]
        if verb.pos_ != "VERB" or not _duty_done(verb) or _deed_unasserted(doc, verb, sarcastic, mentions):
            continue
        subj = _doer_subject(verb)
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        noun = next(c for c in verb.children if c.dep_ == "dobj")
        start, end = verb.idx, noun.idx + len(noun.text)
        for actor in _told_actors(doc, verb, subj, mentions):
            if any(s < end and start < e for s, e in taken[("author", actor)]):
                continue
            taken[("author", actor)].append((start, end))
            yield Evidence("author", actor, 1, DUTY_DONE_WEIGHT, start, end, f"{DUTY_DONE} '{noun.lemma_.lower()}'")


#: "one" / "only" on a heralded noun, and their relations ids (round 26s: the gate of ``_herald_evidence``).
_HERALD_WORDS = frozenset(("one", "only"))
_HERALD_DEPS = label_ids(frozenset(("nummod", "amod")))


_HERALD_THOSE = frozenset(("those",))


def _there_are_those(tok) -> bool:
    """Whether a "those" is what an existential "there are" introduces ("There are those who have kept their word")."""
    return tok.lower_ == "those" and tok.dep_ == "attr" and tok.head.lemma_ == "be" \
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in tok.head.children)


def _herald_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """A writer's sentence that heralds one who did its duty ("There is one agency that has acted as it should.",
    "The only people who did their job were ...") with no actor of its own counts for the actors that are the
    subject of the next sentence in the same paragraph (``HERALD_WEIGHT``, reason "herald of duty done"): the
    heralded noun has "one" / "only", or is the "those" of "There are those who ..." (round 27o1:
    ``_there_are_those``), and a relative clause of a duty done (``_duty_done``). Not a question, not quoted, not
    negated."""
    # round 26s: the heralded noun has "one" / "only" as a child: the heads of those words, from
    # the Doc's lists, and only the sentences that hold one are walked
    heads, deps, _ = dependency_tree(doc)
    heralded = {heads[i] for i in positions(doc, _HERALD_WORDS, lemmas=False)
                if deps[i] in _HERALD_DEPS and heads[i] != i}
    heralded |= {i for i in positions(doc, _HERALD_THOSE, lemmas=False) if _there_are_those(doc[i])}
    if not heralded:
        return
    sents = sentences(doc)
    for k, sent in enumerate(sents[:-1]):
        if not any(sent.start <= h < sent.end for h in heralded):
            continue
        if sent.text.rstrip().endswith("?") or mentions.in_quote(sent.start_char):
            continue
        noun = next((t for t in sent if t.pos_ in ("NOUN", "PRON")
                     and (any(c.lower_ in ("one", "only") and c.dep_ in ("nummod", "amod") for c in t.children)
                          or _there_are_those(t))
                     and any(c.dep_ == "relcl" and _duty_done(c) for c in t.children)), None)
        if noun is None or _negated(sent.root) or _sentence_actors(sent, mentions) \
                or any(mentions.token_actor.get(t.i) for t in sent if t.pos_ != "PRON"):
            continue
        if "\n" in doc.text[sent.end_char - 1:sents[k + 1].start_char + 1]:
            continue
        nxt = sents[k + 1]
        for actor in _sentence_actors(nxt, mentions) or _named_root_actors(nxt, mentions):
            yield Evidence("author", actor, 1, HERALD_WEIGHT, sent.start_char, nxt.end_char,
                           f"{HERALD} '{noun.lemma_.lower()}'")


#: Round 26a. Verbs of undoing a deed ("return what it took", "restore the programme it cut"); with "back" as
#: their particle the verbs of ``_BACK_VERBS`` ("give back the land it seized").
UNDO_VERBS = frozenset(("return", "restore", "reverse", "undo", "repeal", "reinstate", "repay", "refund", "release",
                        "reopen", "rebuild", "rescind", "revoke"))
_BACK_VERBS = frozenset(("give", "hand", "put", "bring", "pay"))
#: Verbs of asking under which an undoing verb is a demand ("I ask X to return ...", "we want X to restore ...").
_UNDO_ASKING = frozenset((*_REQUESTING_VERBS, "want", "expect", "demand", "need", "implore", "invite", "beg"))
#: Deeds of the relative clause that are no wrong to be undone ("repay what it borrowed", "return what it won").
_NOT_WRONGS = frozenset(("borrow", "receive", "get", "earn", "win", "buy", "owe", "promise", "be", "have", "do",
                         "say", "find", "need", "lend", "give"))
_DEED_PRONOUNS = frozenset(("it", "they", "he", "she"))
#: Round 27o2: verbs of keeping a commitment ("honour the convention it signed", "respect its own pledge"), and the
#: deeds of a relative clause that make the object a commitment of the doer's ("it signed", "they promised").
KEEPING_VERBS = frozenset(("honour", "honor", "keep", "fulfil", "fulfill", "respect", "uphold", "obey", "implement"))
_PLEDGING_VERBS = frozenset(("sign", "ratify", "promise", "pledge", "make", "give", "adopt", "accept", "agree", "pass",
                             "endorse", "negotiate"))
_COMMITMENT_NOUNS = frozenset((*_PLEDGE_NOUNS, "obligation", "undertaking", "treaty", "convention", "agreement",
                               "guarantee", "law", "constitution", "charter"))
UNDO_WEIGHT = 0.6
UNDO = "undo its own deed"
KEEP = "keep its own word"


def _undo_demanded(verb) -> bool:
    """Whether an undoing verb is asked for, not told as done: under a modal of duty ("should / must / ought to /
    needs to return"), an imperative, the "to" clause of a verb of asking ("ask Moscow to return"), or negated
    ("has not returned", "has yet to return" reads as a demand not met); round 27o2: a "that" clause in the
    subjunctive under a verb of asking ("We demand that the trust explain ...")."""
    if _negated(verb) or _asked_for(verb):
        return True
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "to read its strategy and to restore what"
        return _undo_demanded(verb.head)
    if verb.dep_ == "ccomp" and verb.tag_ == "VB" and verb.head.lemma_.lower() in _UNDO_ASKING:
        return True  # round 27o2: a "that" clause in the subjunctive ("We demand that the trust explain ...")
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in (*_UNDO_ASKING, "yet", "have", "ought",
                                                                        "fail"):
        return verb.head.lemma_.lower() != "have" or any(c.lower_ == "yet" for c in verb.head.children)
    return False


def _duty_modal(verb) -> bool:
    """Whether a verb stands under a modal of duty: "should / must / ought to return"."""
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children)


def _asked_for(verb) -> bool:
    """Whether the writer asks for a verb's deed: under a modal of duty, the "to" clause of a verb of asking
    (``_UNDO_ASKING``: "ask Moscow to return"), or an imperative (a bare verb at the root with no subject)."""
    return _duty_modal(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNDO_ASKING \
        or verb.dep_ == "ROOT" and verb.tag_ == "VB" and _subject(verb) is None


def _undone_deed(verb, keeping: bool = False):
    """``(deed, doer)``: the clause inside an undoing verb's object that tells the deed to undo: "what it took" (a
    "what" clause) or "the programme (that) it cut" (a relative clause on the object): its verb, past and asserted,
    with a subject of its own (not the writer); or (round 27o2) an object owned by a possessive pronoun ("reverse
    its decision": the noun and the pronoun). For a verb of keeping (``keeping``) the deed is a pledge instead
    (``_PLEDGING_VERBS``: "honour the convention it signed") or the owned object a commitment
    (``_COMMITMENT_NOUNS``: "respect its obligations"). None where there is none."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "dobj") and c.pos_ == "VERB"
               and any(g.lower_ == "what" and g.dep_ == "dobj" for g in c.children)]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in objects:
        clauses += [c for c in obj.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
        if obj.lower_ == "what" and obj.head.i == verb.i:
            clauses += [c for c in obj.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
    for deed in clauses:
        subj = next((c for c in deed.children if c.dep_ == "nsubj"), None)
        lemma = deed.lemma_.lower()
        if subj is None or subj.lower_ in _AUTHOR_WORDS or subj.lower_ in ("you", "that", "which", "who") \
                or deed.tag_ not in ("VBD", "VBN") or _negated(deed) \
                or (lemma not in _PLEDGING_VERBS if keeping else lemma in _NOT_WRONGS) \
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in deed.children):
            continue
        return deed, subj
    for obj in objects:
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None)
        if owner is not None and obj.pos_ == "NOUN" and (obj.lemma_.lower() in _COMMITMENT_NOUNS) == keeping:
            return obj, owner
    return None


def _undo_addressees(verb, mentions: _Mentions) -> list[str]:
    """Who is asked to undo: the undoing verb's subject, or the object of the verb of asking above it ("ask
    Moscow to return", "call on the ministry to restore")."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is not None:
        return mentions.linked(subj) if subj.lower_ not in _AUTHOR_WORDS else []
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _undo_addressees(verb.head, mentions)
    if verb.dep_ in ("xcomp", "advcl"):  # "call on X to reinstate" parses as an adverbial clause
        head = verb.head
        if head.lemma_.lower() in ("need", "have", "ought", "fail", "yet"):  # "the ministry needs to restore"
            return _undo_addressees(head, mentions)
        asked = [o for c in head.children for o in ([c] if c.dep_ in ("dobj", "dative", "nsubj") and c.i < verb.i
                 else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" else [])]
        return [a for o in asked if o.lower_ not in _AUTHOR_WORDS for a in mentions.linked(o)]
    return []


def _undo_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 26a: the writer asks an actor to undo what it did itself ("I ask Moscow to return what it took",
    "The ministry should restore the programme it cut", "The board has not given back the land it seized"): an
    undoing verb (``UNDO_VERBS``, or give / hand / put back) that is demanded (``_undo_demanded``) and whose
    object tells a past deed of a doer of its own (``_undone_deed``) counts against that doer: a pronoun doer
    ("it", "they") stands for the one asked to undo, a named doer for itself ("return the land the army took":
    the army). Weight ``UNDO_WEIGHT``, reason "undo its own deed 'return what it took'". Not in a quote; not a
    deed that is no wrong ("repay what it borrowed"), nor the writer's own ("give back what we took"). Round 27o2:
    also an object owned by the one asked ("The board should reverse its decision": "undo its own deed 'reverse its
    decision'"), and a verb of keeping (``KEEPING_VERBS``) demanded of the actor's own commitment ("The registry
    should honour the convention it signed", "has not respected its obligations": "keep its own word 'honour what
    it signed'"): the writer's demands for accountability for what the actor did or failed to keep."""
    for i in positions(doc, UNDO_VERBS | KEEPING_VERBS, _BACK_VERBS):
        verb = doc[i]
        lemma = verb.lemma_.lower()
        keeping = lemma in KEEPING_VERBS
        if verb.pos_ != "VERB" or not (lemma in UNDO_VERBS or keeping or lemma in _BACK_VERBS and any(
                c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)):
            continue
        if mentions.in_quote(verb.idx) or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author" \
                or not _undo_demanded(verb):
            continue
        found = _undone_deed(verb, keeping)
        if found is None:
            continue
        deed, doer = found
        own = doer.lower_ in _DEED_PRONOUNS or doer.lower_ in _OWNER_PRONOUNS
        targets = _undo_addressees(verb, mentions) if own else mentions.linked(doer)
        if not targets and own:
            targets = mentions.linked(doer)
        said = f"{doer.lower_} {deed.lower_}" if doer.dep_ == "poss" else f"what {doer.lower_} {deed.lower_}"
        reason = f"{KEEP if keeping else UNDO} '{verb.lower_} {said}'"
        for actor in dict.fromkeys(targets):
            if actor not in mentions.author_ids:
                yield Evidence("author", actor, -1, UNDO_WEIGHT, verb.idx, deed.idx + len(deed.text), reason)


#: Round 26a. "the same" said of another actor in a wish or a denial ("I wish I could say the same of X", "The
#: same cannot be said of X", "The same is not true of X"): the writer's praise of the actor before it withheld.
SAME_WEIGHT = 0.6
SAME = "praise withheld"
_SAME_PREPS = ("of", "about", "for")


def _withheld_praise_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 26a: praise the writer withholds from an actor by "the same": "I wish I could say the same of the
    county council", "Sadly, the same cannot be said for the ministry", "The same is not true of its neighbour":
    the object of "of" / "about" / "for" on "same" (or on its verb) whose verb is "say" under "wish" or negated,
    or a negated copula with "true", counts against that actor (``SAME_WEIGHT``, reason "praise withheld 'say the
    same'"). Not in a quote, not a question ("Can the same be said of X?")."""
    for i in positions(doc, ("same",)):
        same = doc[i]
        verb = same.head
        if same.dep_ not in ("dobj", "nsubjpass", "nsubj") or mentions.in_quote(same.idx) \
                or same.sent.text.rstrip().endswith("?"):
            continue
        lemma = verb.lemma_.lower()
        wished = verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("wish", "hope") and \
            not _negated(verb) and _subject(verb.head) is not None and _subject(verb.head).lower_ in _AUTHOR_WORDS
        if lemma == "say" and not (wished or _negated(verb)):
            continue
        if lemma == "be" and not (_negated(verb) and any(c.lemma_.lower() == "true" for c in verb.children)):
            continue
        if lemma not in ("say", "be"):
            continue
        preps = [c for t in (same, verb, *(c for c in verb.children if c.lemma_.lower() == "true"))
                 for c in t.children if c.dep_ == "prep" and c.lower_ in _SAME_PREPS]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        for actor in dict.fromkeys(a for o in objects for a in mentions.linked(o)):
            if actor not in mentions.author_ids:
                yield Evidence("author", actor, -1, SAME_WEIGHT, same.sent.start_char, same.sent.end_char,
                               f"{SAME} '{lemma} the same'")


#: Round 26a. Verbs of an accounting asked of an actor ("ask X to account for every flight", "X must
#: apologise"); "account" and "answer" with "for".
ACCOUNTING_VERBS = frozenset(("account", "answer", "justify", "apologise", "apologize", "explain", "face"))
#: Round 27o2: "explain" asks an accounting only with a clause of a question word ("explain why it let the ship
#: sail", "explain where the money went"), not "explain the plan"; "face" only with an object of justice ("must face
#: justice / trial / the consequences").
_WH_ONLY = frozenset(("explain",))
_WH_WORDS = frozenset(("why", "where", "how", "what", "who", "whom", "when"))
_FACE_ONLY = frozenset(("face",))
_JUSTICE_NOUNS = frozenset(("justice", "trial", "court", "consequence", "prosecution", "charge", "inquiry",
                            "investigation", "judge", "tribunal", "accountability"))
_FOR_ONLY = frozenset(("account", "answer"))
ACCOUNTING_WEIGHT = 0.5
ACCOUNTING = "asked to account"


def _accounting_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 26a: the writer asks an actor to account for, answer for or justify what it did, or to apologise
    ("It should ask the Harbour Board, publicly, to account for every permit", "The mayor must apologise to the
    tenants", "We urge the council to justify the closure"): a verb of ``ACCOUNTING_VERBS`` that is demanded (as
    for ``_undo_evidence``, not negated: "need not apologise" asks nothing) counts against the one asked
    (``ACCOUNTING_WEIGHT``, reason "asked to account 'account for'"). Not in a quote, not a question ("Why
    should the council apologise?"), not the writer asked. Round 27o2: "explain" with a clause of a question word
    ("has yet to explain why it let the ship sail") and "face" with an object of justice ("must face trial")."""
    for i in positions(doc, ACCOUNTING_VERBS):
        verb = doc[i]
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb) or mentions.in_quote(verb.idx) \
                or verb.sent.text.rstrip().endswith("?") \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author" or not _undo_demanded(verb):
            continue
        if lemma in _FOR_ONLY and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            continue  # "answer the letter", "account" as a noun-like use
        if lemma in _WH_ONLY and not any(c.dep_ in ("ccomp", "advcl") and any(
                g.lower_ in _WH_WORDS and g.i < c.i for g in c.subtree) for c in verb.children):
            continue  # round 27o2: "explain the plan" asks no accounting
        if lemma in _FACE_ONLY and not any(c.dep_ == "dobj" and c.lemma_.lower() in _JUSTICE_NOUNS
                                           for c in verb.children):
            continue  # round 27o2: "face the sea", "face a hard winter"
        reason = f"{ACCOUNTING} '{verb.lower_}{' for' if lemma in _FOR_ONLY else ''}'"
        for actor in dict.fromkeys(_undo_addressees(verb, mentions)):
            if actor not in mentions.author_ids:
                yield Evidence("author", actor, -1, ACCOUNTING_WEIGHT, verb.idx, verb.idx + len(verb.text), reason)


#: Round 26a. Verbs of calling one's own people home ("recalled the ambassadors of Mali and Niger from Algiers"):
#: the owners of what is recalled are the doer's side, and the measure is against the host.
RECALL_VERBS = frozenset(("recall", "withdraw", "evacuate"))


def _recalled_owners(verb, mentions: _Mentions) -> set[str]:
    """The actors whose envoys, troops or staff a recalling verb (``RECALL_VERBS``) calls home: the owners ("of",
    a possessive, a compound) of its object. A measure told so is taken by them or for them, not against them
    ("The alliance recalled the ambassadors of its three members": no deed against the members)."""
    if verb.lemma_.lower() not in RECALL_VERBS:
        return set()
    return {a for obj in verb.children if obj.dep_ == "dobj" for o in [obj, *_conjuncts(obj)]
            for a in mentions.linked(o)}


#: Round 26a. The writer's own feelings of disappointment or outrage at an actor ("I am disappointed with X",
#: "We are appalled by the conduct of X", "I am tired of X's excuses"), by their written forms.
WRITER_DISMAY_WORDS = frozenset(("disappointed", "dismayed", "appalled", "angered", "angry", "furious", "outraged",
                                 "ashamed", "saddened", "alarmed", "frustrated", "disgusted", "shocked", "sickened",
                                 "tired", "weary", "exasperated", "disillusioned", "let"))
_DISMAY_PREPS = frozenset(("with", "in", "by", "at", "about", "of"))
WRITER_DISMAY_WEIGHT = 0.6
WRITER_DISMAY = "dismay of the writer"


def _writer_dismay_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 26a: the writer says they are disappointed with, appalled by or tired of an actor or of what it
    owns ("I am more disappointed with the Harbour Board", "We are appalled by the conduct of the county council",
    "I am tired of the ministry's excuses", "We feel let down by X"): a word of ``WRITER_DISMAY_WORDS`` whose
    subject is "I" / "we" (of its copula, or of its passive), not negated, outside quotes and questions, counts
    against the actors of its "with / in / by / at / about / of" object (``WRITER_DISMAY_WEIGHT``, reason
    "dismay of the writer 'disappointed with'")."""
    for i in positions(doc, WRITER_DISMAY_WORDS, lemmas=False):
        word = doc[i]
        if word.lower_ == "let" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in word.children):
            continue  # "let down" only
        if mentions.in_quote(word.idx) or word.sent.text.rstrip().endswith("?"):
            continue
        if word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd"):
            clause = word.head
            subj = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        elif word.pos_ == "VERB" and _passive(word):
            clause = word
            subj = next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        else:
            continue
        if subj is None or subj.lower_ not in ("i", "we") or _negated(word) or _negated(clause):
            continue
        preps = [c for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in _DISMAY_PREPS]
        for prep in preps:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            for actor in dict.fromkeys(a for o in objects for t in [o, *_conjuncts(o)] for a in mentions.linked(t)):
                if actor not in mentions.author_ids:
                    yield Evidence("author", actor, -1, WRITER_DISMAY_WEIGHT, word.idx, prep.idx + len(prep.text),
                                   f"{WRITER_DISMAY} '{word.lower_} {prep.lower_}'")


#: Round 26a. What makes a demand say that the act is overdue: "without further delay", "finally" ("at last" is
#: parsed as a noun phrase too often to be read).
_OVERDUE_ADVERBS = frozenset(("finally",))
_FURTHER = frozenset(("further", "more", "any"))
OVERDUE_WEIGHT = 0.5
OVERDUE = "overdue demand"


def _overdue_demand_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 26a: a demand that says the act is overdue ("I call on the Asylum Office to decide the claim without
    further delay", "We ask the council to finally publish the audit", "The ministry must finally answer the
    letters"): a demanded verb (as for ``_undo_evidence``) with "without further / more delay(s)" or "finally"
    counts against the one asked (``OVERDUE_WEIGHT``, reason "overdue demand 'without further
    delay'"). Not in a quote, not a question, not the writer asked."""
    heads = dependency_tree(doc)[0]  # the cue is a child of the verb: only the heads of its words (round 27s1)
    cued = {heads[i] for i in positions(doc, _OVERDUE_ADVERBS, _WITHOUT, lemmas=False)}
    for verb in [doc[i] for i in verb_indices(doc) if i in cued] if cued else ():
        cue = None
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in _OVERDUE_ADVERBS:
                cue = c.lower_
            elif c.dep_ == "prep" and c.lower_ == "without" and any(
                    o.lemma_.lower() == "delay" and any(m.lower_ in _FURTHER for m in o.children)
                    for o in c.children if o.dep_ == "pobj"):
                cue = "without further delay"
        if cue is None or mentions.in_quote(verb.idx) or verb.sent.text.rstrip().endswith("?") \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author" or _negated(verb):
            continue
        demanded = _duty_modal(verb) or verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _UNDO_ASKING
        if not demanded:
            continue
        for actor in dict.fromkeys(_undo_addressees(verb, mentions)):
            if actor not in mentions.author_ids:
                yield Evidence("author", actor, -1, OVERDUE_WEIGHT, verb.idx, verb.idx + len(verb.text),
                               f"{OVERDUE} '{cue}'")


# --- Round 27o1: "no better" ------------------------------------------------------------------------------------

NO_BETTER_WEIGHT = 0.6
NO_BETTER = "comparison 'no better'"


def _no_better_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 27o1: the writer puts an actor level with the wrongdoers it has just described: "The army is no better.",
    "The Sudanese Armed Forces are no better placed to lecture anyone.": "better" denied by "no" as the complement of
    "be" or on a passive participle ("no better placed / qualified") counts against the clause's subject
    (``NO_BETTER_WEIGHT``). Not "no better off" (a hardship shared), not against a label ("no better than a
    dictatorship": ``_comparison_evidence``), not asked, not in a quote, not the writer's own side."""
    _, labels = _lexicons()
    for i in positions(doc, frozenset(("better",)), lemmas=False):
        word = doc[i]
        if not any(c.lower_ == "no" for c in word.children) or mentions.in_quote(word.idx) \
                or word.sent.text.rstrip().endswith("?") or i + 1 < len(doc) and doc[i + 1].lower_ == "off":
            continue
        if any(c.lower_ == "than" and any(o.dep_ == "pobj" and (o.lemma_.lower() in labels or o.lower_ in labels)
                                          for o in c.children) for c in word.children):
            continue  # "no better than a dictatorship": the comparison rule's
        verb = word.head
        if word.dep_ == "acomp" and verb.lemma_ == "be":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        elif word.dep_ == "advmod" and verb.tag_ == "VBN" and _passive(verb):
            subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        else:
            continue
        if subj is None or subj.lower_ in _AUTHOR_WORDS or _unasserted(verb):
            continue
        yield from _of_subject(mentions, subj, -1, NO_BETTER_WEIGHT, word.idx - 3, word.idx + len(word.text),
                               NO_BETTER)


#: Round 27o1: the doors an actor keeps open to people in need ("kept its border open to 700,000 refugees").
_OPEN_WORDS = frozenset(("open",))


def _open_door_evidence(doc, mentions: _Mentions, items: list[Evidence]) -> Iterator[Evidence]:
    """Round 27o1: an actor that opens its door to people in need: "Chad has kept its border open to 700,000
    refugees", "The parish opened its hall to the evicted families": "open" (a verb, or the complement of "keep" /
    "leave") with a "to" object that is a people in need (``helpful_acts.en.tsv`` beneficiaries) counts for the
    doer (``HELPFUL_ACT_WEIGHT``, reason "helpful act 'open to'"), as the other helpful acts: asserted in the
    writer's voice, not asked, not negated, not an actor with a helpful act already on that span."""
    _, people = helpful_acts()
    taken = {(e.target, e.start) for e in items}
    for i in positions(doc, _OPEN_WORDS, lemmas=True):
        word = doc[i]
        verb = word if word.pos_ == "VERB" else word.head if word.dep_ in ("oprd", "acomp", "ccomp", "xcomp") \
            and word.head.lemma_.lower() in ("keep", "leave", "hold") else None
        if verb is None or _unasserted(verb) or _asked(doc, verb) or mentions.in_quote(verb.idx):
            continue
        helped = next((o for c in (*word.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "to"
                       for o in c.children if o.dep_ == "pobj"
                       and (o.lemma_.lower() in people or o.lower_ in people)), None)
        subj = _doer_subject(verb) if helped is not None else None
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        subj = _name_before_one(subj)
        start, end = verb.idx, word.idx + len(word.text)
        holder = mentions.holder(start, end)
        for target in mentions.linked(subj):
            if target != holder and (target, start) not in taken:
                yield Evidence(holder, target, 1, HELPFUL_ACT_WEIGHT, start, end, f"{HELPFUL_ACT} 'open to'")


def _name_before_one(subj):
    """The name a parse left beside its apposition "one of ..." ("Chad, one of the poorest countries on earth, has
    kept ...": the parser can take "one" for the subject and "Chad" for a modifier of the verb): that name, when it
    stands right before the comma and hangs on the same verb; else the subject itself."""
    doc = subj.doc
    if subj.lower_ != "one" or subj.i < 2 or doc[subj.i - 1].text != ",":
        return subj
    name = doc[subj.i - 2]
    return name if name.pos_ == "PROPN" and name.head.i == subj.head.i else subj


#: Round 27o1: verbs of stopping a measure from being taken ("blocked a new round of sanctions").
BLOCKING_VERBS = frozenset(("block", "veto", "obstruct", "stall", "torpedo", "derail", "scupper", "thwart"))
BLOCKED_DEMAND_WEIGHT = 0.6
BLOCKED_DEMAND = "blocks what the writer asks"


def _writer_demands(doc, mentions: _Mentions) -> set[str]:
    """The lemmas of what the writer asks for by an imperative sentence of its own ("Sanction the people who run
    the colonies."): the sentence's first word as its root with no subject (the parser may tag it a noun), and the
    root's objects. Not in a quote, not a question."""
    out = set()
    for sent in sentences(doc):
        root = sent.root
        words = [t for t in sent if not t.is_punct]
        if not words or words[0].i != root.i or mentions.in_quote(sent.start_char) \
                or sent.text.rstrip().endswith("?") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) \
                or not (root.tag_ == "VB" or any(c.dep_ == "dobj" for c in root.children)):
            continue
        out.add(root.lemma_.lower())
        out |= {c.lemma_.lower() for c in root.children if c.dep_ == "dobj"}
    return out


def _blocked_demand_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 27o1: an actor that blocks the very measure the writer asks for: "Three times this year the Hungarian
    government blocked a new round of sanctions on the judges ... Sanction the people who run the colonies, by
    name.": a verb of blocking (``BLOCKING_VERBS``) whose object, or that object's "of" noun ("a round of
    sanctions"), has the lemma of one of the writer's imperatives or their objects (``_writer_demands``) counts
    against the blocker (``BLOCKED_DEMAND_WEIGHT``, reason "blocks what the writer asks 'block sanction'"). Asserted
    in the writer's voice (not negated, modal, reported, asked, quoted), not "I" / "we"."""
    verbs = [doc[i] for i in positions(doc, BLOCKING_VERBS, lemmas=True)]
    if not verbs:
        return
    demanded = _writer_demands(doc, mentions)
    for verb in verbs:
        if verb.pos_ != "VERB" or _unasserted(verb) or _asked(doc, verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *_conjuncts(c))]
        objs += [p for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        measure = next((o for o in objs if o.lemma_.lower() in demanded), None)
        subj = _doer_subject(verb) if measure is not None else None
        if subj is None or subj.lower_ in _AUTHOR_WORDS:
            continue
        yield from _of_subject(mentions, subj, -1, BLOCKED_DEMAND_WEIGHT, verb.idx, verb.idx + len(verb.text),
                               f"{BLOCKED_DEMAND} '{verb.lemma_.lower()} {measure.lemma_.lower()}'")


#: Round 27o1: the others a deed is set above in "..., which is more than most did".
_MOST_OTHERS = frozenset(("most", "others", "many", "anyone", "any", "rest"))
MORE_THAN_MOST_WEIGHT = 0.6
MORE_THAN_MOST = "more than most"


def _more_than_most_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 27o1: praise carried by a comparison with the others: "it asked the right question in public, which is
    more than most did": "which / that is more than most (others, many, anyone) ..." on a clause counts for that
    clause's subject (``MORE_THAN_MOST_WEIGHT``, reason "more than most 'asked'"). The "be" whose subject is
    "which" / "that" is found above "than"; the clause it comments on is its head. Not negated ("which is no more
    than most did"), not asked, not in a quote, not the writer's own deed."""
    for i in positions(doc, frozenset(("than",)), lemmas=False):
        than = doc[i]
        if i < 1 or i + 1 >= len(doc) or doc[i - 1].lower_ != "more" or doc[i + 1].lower_ not in _MOST_OTHERS \
                or mentions.in_quote(than.idx) or _asked(doc, than):
            continue
        be = than
        for _ in range(4):
            if be.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in be.children):
                break
            be = be.head
        else:
            continue
        if be.lemma_ != "be" or _negated(be) or i >= 2 and doc[i - 2].lower_ in ("no", "not") or be.head.i == be.i:
            continue
        deed = be.head
        for _ in range(3):  # "wrote to the minister every month, which is ...": the parse hangs it on "month"
            if deed.pos_ in ("VERB", "AUX") or deed.head.i == deed.i:
                break
            deed = deed.head
        subj = _doer_subject(deed) if deed.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.lower_ in _AUTHOR_WORDS or _unasserted(deed):
            continue
        yield from _of_subject(mentions, subj, 1, MORE_THAN_MOST_WEIGHT, deed.idx, doc[i + 1].idx + len(doc[i + 1]),
                               f"{MORE_THAN_MOST} '{deed.lemma_.lower()}'")


EXAMPLE_TO_JOIN_WEIGHT = 0.6
EXAMPLE_TO_JOIN = "example to join"


def _example_to_join_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 27o1: the writer asks others to follow an actor's example: "We call on the Irish government to join
    France in voting against the agreement", "Other states should join Chile in refusing the shipments": "join" with
    an object and an "in" + gerund phrase (joining someone in a deed, not joining a body: "join NATO"), asked for (the
    "to" clause of a verb of asking, ``_UNDO_ASKING``; under "should / must / ought"; or an imperative) counts for
    the object's actors (``EXAMPLE_TO_JOIN_WEIGHT``, reason "example to join 'join ... in vote'"). Not negated, not
    in a quote, not the writer's own side."""
    for i in positions(doc, frozenset(("join",)), lemmas=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or _negated(verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        deed = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if deed is None or not _asked_for(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for target in mentions.linked(obj):
                if target not in mentions.author_ids:
                    yield Evidence("author", target, 1, EXAMPLE_TO_JOIN_WEIGHT, verb.idx, deed.idx + len(deed.text),
                                   f"{EXAMPLE_TO_JOIN} 'join ... in {deed.lemma_.lower()}'")


SCARE_TERM_WEIGHT = 0.5
SCARE_TERM = "its words in scare quotes"


def _scare_quoted_term_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 30o2: the writer puts an actor's own words for its deeds in scare quotes: the term an actor calls
    something ('Brackwater calls the fee rise a "modernisation charge"', 'what the ministry calls "consultation"')
    or a thing it owns ('its "consultation" lasted one afternoon'): words the writer mentions to mock, against the
    actor (``SCARE_TERM_WEIGHT``, reason "its words in scare quotes '...'"). Only short quoted words
    (``_scare_quoted``) in lower case (no name: 'the "Clean Harbours" programme', 'call them "the Russians"') and
    with no word of the evaluative or label lexicons (``_word_evidence`` reads those); in the writer's voice, or in
    the quote the quotes stage gives the named actor for its own naming ('calls it a "..."'); a naming verb not
    negated. Round 30f1: what is named is a deed or a policy, not people ('calls its volunteers "the night
    watch"', ``techniques.is_people``): a name for people may be quoted with approval."""
    scare = _scare_quoted(doc)
    if not scare:
        return
    evaluative, labels = _lexicons()
    _, lemmas = token_strings(doc)
    runs: list[list[int]] = []
    for i in sorted(scare):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        words = [doc[k] for k in run if not doc[k].is_punct]
        if not words or any(w.text[:1].isupper() for w in words) \
                or any(lemmas[w.i] in evaluative or lemmas[w.i] in labels for w in words):
            continue
        head = next((w for w in words if w.head.i not in run or w.head.i == w.i), None)
        if head is None:
            continue
        verb = head.head
        if head.dep_ in ("oprd", "attr", "dobj") and lemmas[verb.i] in _NAMING_VERBS:
            if any(c.dep_ in ("dobj", "nsubjpass") and c.i != head.i and is_people(c) for c in verb.children):
                continue  # round 30f1: a name for people ('calls its volunteers "the night watch"'), not a deed
            subj = _subject(verb)
            owners = mentions.linked(subj) if subj is not None and not _negated(verb) else []
        else:
            owners = [a for c in head.children if c.dep_ == "poss" for a in mentions.linked(c)]
        holder = mentions.holder(head.idx, head.idx + len(head.text))
        if holder != "author" and holder not in owners:  # the quotes stage gives "calls it a "..."" to the caller
            continue
        term = " ".join(w.text for w in words)
        for target in dict.fromkeys(owners):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, SCARE_TERM_WEIGHT, doc[run[0]].idx, head.idx + len(head.text),
                               f"{SCARE_TERM} '{term}'")


HOLLOW_WORD_WEIGHT = 0.6
HOLLOW_WORDS = "hollow words"
#: What an actor says or offers, whose worth the writer can deny ("its promises are worth nothing").
_SAID_NOUNS = frozenset(("apology", "assurance", "claim", "commitment", "guarantee", "offer", "pledge", "promise",
                         "rhetoric", "talk", "vow", "word"))
#: Words that deny it any worth ("empty", "hollow"), and "worth" with a nothing ("worth nothing", "worth little").
_HOLLOW = frozenset(("cheap", "empty", "hollow", "meaningless", "worthless"))
#: Of those, the words that deny worth only as a predicate ("its promises are cheap"; "a cheap offer" is low-priced).
_HOLLOW_PREDICATE_ONLY = frozenset(("cheap",))
_NOTHING = frozenset(("nothing", "little"))
#: Verbs whose predicate word is said of their subject ("is no friend", "proved empty"), and those of a sound.
_BEING_VERBS = frozenset(("be", "prove", "remain"))
_RINGING_VERBS = _BEING_VERBS | {"ring", "sound"}


def _hollow_word_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 30o2: the writer denies an actor's words any worth: "Brackwater's promises are worth nothing", "its
    talk of partnership is empty", "the ministry's hollow assurances", "its pledges ring hollow": an adjective of
    emptiness (``_HOLLOW``, or "worth nothing / little") said of, or on, a noun of what the actor says or offers
    (``_SAID_NOUNS``) that the actor owns (``linked``: "its", "X's", "of X") counts against the owner
    (``HOLLOW_WORD_WEIGHT``, reason "hollow words 'empty talk'"). Not negated ("are not empty") or otherwise
    unasserted (round 30f1: "without the grant, the offer would be worth nothing"), not in a quote whose speaker
    is not the writer; "the empty quay" is no word of the actor's, nor "cheap" on a noun ("a cheap offer": low-priced;
    round 30f1)."""
    _, lemmas = token_strings(doc)
    for i in positions(doc, _HOLLOW | frozenset(("worth",)), lemmas=True):
        adj = doc[i]
        if lemmas[i] == "worth" and not any(c.lower_ in _NOTHING for c in adj.children):
            continue
        if adj.dep_ == "amod" and lemmas[i] not in _HOLLOW_PREDICATE_ONLY:
            said = adj.head
        elif adj.dep_ in ("acomp", "attr", "oprd") and lemmas[adj.head.i] in _RINGING_VERBS:
            said = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if said is None or said.lemma_.lower() not in _SAID_NOUNS or _negated(adj) or _unasserted(adj.head):
            continue
        holder = mentions.holder(adj.idx, adj.idx + len(adj.text))
        for target in dict.fromkeys(mentions.linked(said)):
            if target != holder and mentions.author_or(target) != holder:
                yield Evidence(holder, target, -1, HOLLOW_WORD_WEIGHT, min(adj.idx, said.idx),
                               max(adj.idx + len(adj.text), said.idx + len(said.text)),
                               f"{HOLLOW_WORDS} '{_hollow_key(adj)} {said.lemma_.lower()}'")


def _hollow_key(adj) -> str:
    """The word of emptiness as the reason names it: "empty", "worth nothing"."""
    return " ".join([adj.lower_, *(c.lower_ for c in adj.children if c.lower_ in _NOTHING)])


GAIN_FIRST_WEIGHT = 0.6
GAIN_FIRST = "gain first"
#: What an actor keeps for itself, put before others by the writer's account ("put its profits before the town").
_GAIN_NOUNS = frozenset(("bonus", "convenience", "dividend", "margin", "money", "profit", "revenue", "shareholder"))
#: Verbs of ranking one thing over another, and the words that put the other below ("over", "before", "above").
_RANKING_VERBS = frozenset(("choose", "place", "prefer", "put", "rank", "set", "value"))
_RANKED_BELOW = frozenset(("above", "ahead", "before", "over"))
_CARING_VERBS = frozenset(("care", "think"))
#: Ranking verbs whose "before" may name where a thing is submitted ("put the plan before the annual meeting"), and
#: the nouns of such a forum (round 30f1).
_SUBMITTING_VERBS = frozenset(("place", "put", "set"))
_FORUM_NOUNS = frozenset(("assembly", "board", "committee", "conference", "congress", "council", "court", "hearing",
                          "inquiry", "meeting", "panel", "parliament", "session", "summit", "tribunal", "vote"))


def _gain_first_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 30o2: an actor that the writer says put its own gain (``_GAIN_NOUNS``: profits, shareholders, bonuses)
    before others, or cared only for it: "Brackwater chose its profits over the town", "put dividends before the
    fishermen", "cares only about its shareholders": against the verb's subject (``GAIN_FIRST_WEIGHT``, reason
    "gain first 'put profit'"). In the writer's voice, asserted (not negated, modal, reported or in an "if"
    clause: "companies should not put profits before people" blames nobody). Round 30f1: a gain with a possessor
    is the subject's own ("its profits"), not others' ("cares only about the islanders' money"), and "put / place
    / set ... before" a forum (``_FORUM_NOUNS``: "put its revenue figures before the annual meeting") submits."""
    _, lemmas = token_strings(doc)
    for i in positions(doc, _RANKING_VERBS | _CARING_VERBS, lemmas=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or _unasserted(verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        if lemmas[i] in _RANKING_VERBS:
            gain = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GAIN_NOUNS), None)
            below = [c for c in (*verb.children, *gain.children) if c.dep_ == "prep" and c.lower_ in _RANKED_BELOW] \
                if gain is not None else []
            if not below or lemmas[i] in _SUBMITTING_VERBS and any(
                    o.lemma_.lower() in _FORUM_NOUNS for c in below if c.lower_ == "before" for o in c.children):
                continue
        else:
            gain = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("about", "for", "of")
                         for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in _GAIN_NOUNS), None)
            if gain is None or not any(c.lower_ == "only" for c in (*verb.children, *gain.head.children)):
                continue
        subj = _subject(verb)
        doers = mentions.linked(subj) if subj is not None else []
        owner = next((c for c in gain.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON" and not set(mentions.linked(gain)) & set(doers):
            continue  # round 30f1: someone else's gain ("put the fishermen's money before its own comfort");
            # a pronoun ("put its profits before the town") is the doer's own (round 30, review)
        for target in dict.fromkeys(doers):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, GAIN_FIRST_WEIGHT, verb.idx, gain.idx + len(gain.text),
                               f"{GAIN_FIRST} '{lemmas[i]} {gain.lemma_.lower()}'")


NO_FRIEND_WEIGHT = 0.6
NO_FRIEND = "no friend"
#: Roles of a friend that the writer denies an actor ("is no friend of the press", "no partner for peace").
_FRIEND_NOUNS = frozenset(("champion", "defender", "friend", "guardian", "partner", "protector"))


def _no_friend_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 30o2: the writer denies an actor a friend's role toward a cause, a place or people: "Brackwater is no
    partner of this town", "the ministry is not a friend of the press", "has proved no friend to the fishermen":
    a noun of ``_FRIEND_NOUNS`` as the predicate of "be" / "prove" / "remain", with "no" on it or the verb
    negated, counts against the subject (``NO_FRIEND_WEIGHT``, reason "no friend 'partner'"). Not where the
    friend's "of" / "to" / "for" object is an actor ("Minsk is no ally of Moscow" sets two actors apart); in
    the writer's voice, outside quotes. Round 30f1: not a partner "in" a deed, a participant ("was no partner in
    the sale of the pier")."""
    _, lemmas = token_strings(doc)
    for i in positions(doc, _FRIEND_NOUNS, lemmas=True):
        noun = doc[i]
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "dobj", "oprd") or lemmas[verb.i] not in _BEING_VERBS \
                or mentions.in_quote(noun.idx) or mentions.holder(noun.idx, noun.idx + len(noun.text)) != "author":
            continue
        if not (any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or _negated(verb)) \
                or any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children):  # round 30f1: a participant
            continue
        if any(mentions.linked(o) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")
               for o in c.children if o.dep_ == "pobj" and o.lower_ not in _AUTHOR_WORDS):
            continue
        subj = _subject(verb)
        for target in dict.fromkeys(mentions.linked(subj) if subj is not None else ()):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, NO_FRIEND_WEIGHT, noun.idx, noun.idx + len(noun.text),
                               f"{NO_FRIEND} '{lemmas[i]}'")


_BLAMING_VERBS = frozenset(("blame",))
#: Verbs whose negation denies that the blamed thing caused the harm ("The weather did not raise the fees", "was not
#: the cause"; round 30f1: not any negated verb, "The storm did not spare a single boat" agrees with the excuse).
_CAUSING_VERBS = frozenset(("be", "bring", "cause", "create", "drive", "lead", "make", "produce", "push", "raise",
                            "trigger"))


def _excuse_denied_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 30o2: an actor's excuse that the writer's next sentence answers: the actor blames a thing ("Brackwater
    blames the weather", "blames the delays on the weather") and the next sentence, in the writer's voice, makes
    that thing its subject to deny it ("The weather did not raise the fees.") or to set it right after a contrast
    ("But the weather was mild all winter."): a rebuttal of the actor's excuse (``REBUTTAL_WEIGHT``, reason
    "rebuttal of its excuse 'weather'"). The blaming verb not negated, modal or reported. Round 30f1: the denial
    is of a causing verb (``_CAUSING_VERBS``) or of one whose object is the blamed effect ("blames the delays on
    the weather. The weather did not cause the delays" / "did not bring the delays"), not of any verb."""
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    lowers, lemmas = token_strings(doc)
    for i in positions(doc, _BLAMING_VERBS, lemmas=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or _unasserted(verb) or mentions.in_quote(verb.idx):
            continue
        effect = next((c for c in verb.children if c.dep_ == "dobj"), None)
        blamed = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                       for o in c.children if o.dep_ == "pobj"), None)
        blamed, effect = (blamed, effect) if blamed is not None else (effect, None)
        subj = _subject(verb)
        n = bisect_right(starts, i)  # the next sentence
        if blamed is None or subj is None or blamed.pos_ != "NOUN" or n >= len(sents):
            continue
        sent = sents[n]
        root = sent.root
        if mentions.in_quote(sent.start_char) or mentions.holder(sent.start_char, sent.end_char) != "author" \
                or not any(c.dep_ == "nsubj" and lemmas[c.i] == lemmas[blamed.i] for c in root.children):
            continue
        opener = any(" ".join(lowers[sent.start:sent.start + len(o.split())]) == o for o in _CONTRAST_OPENERS)
        if not (opener or _negated(root) and (lemmas[root.i] in _CAUSING_VERBS or effect is not None and any(
                c.dep_ == "dobj" and lemmas[c.i] == lemmas[effect.i] for c in root.children))):
            continue
        for target in dict.fromkeys(mentions.linked(subj)):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, REBUTTAL_WEIGHT, sent.start_char, sent.end_char,
                               f"rebuttal of its excuse '{lemmas[blamed.i]}'")


# --- Round 31o3: the toll of an actor's deeds on people, losses taken and demanded (``tolls.en.tsv``) ----------

TOLL_WEIGHT = 0.5             # "X closed the clinic; three villages now walk two hours"
LOSS_WEIGHT = 0.2             # "X closed the clinic", "X wants the harbour fees doubled": weak, adds up over a text
TOLLS_FILE = "tolls.en.tsv"
TOLL_KINDS = ("toll", "people", "span", "good", "charge", "take", "raise", "demand", "ill", "afford")
TOLL = "toll of its deed"
LOSS = "loss to people"
UNAFFORDABLE = "demand people cannot bear"
#: Verbs of saying: what an actor says is no deed of it whose toll the writer then tells.
_SAYING_VERBS = frozenset((*_CLAIM_VERBS, "promise", "pledge", "tell", "write", "add", "explain"))


@resources.cached
def tolls() -> Mapping[str, frozenset[str]]:
    """``{kind: its entries}`` of ``tolls.en.tsv`` (kinds ``TOLL_KINDS``), validated; read-only."""
    from ..errors import LexiconError
    from .lexicon import _relpath, display_path

    out = {kind: set() for kind in TOLL_KINDS}
    for entry, tags in resources.tagged(_relpath(TOLLS_FILE)).items():
        if tags.get("kind") not in out:
            raise LexiconError(display_path(TOLLS_FILE), None,
                               f"entry {entry!r}: tag kind must be one of {list(TOLL_KINDS)}, got {tags.get('kind')!r}")
        out[tags["kind"]].add(entry)
    return MappingProxyType({kind: frozenset(words) for kind, words in out.items()})


def _toll_people(noun) -> bool:
    """Whether a toll's subject is people the writer sides with: "we", a people noun (helpful_acts' beneficiaries,
    told_deeds' kind:person, kind:people of ``tolls.en.tsv``: "three villages", "pensioners"), or a noun "our" owns;
    not one taken generically ("a fisherman who loses his net", ``_GENERIC_DETS``)."""
    if noun.lower_ == "we":
        return True
    if any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    return lemma in tolls()["people"] or lemma in helpful_acts()[1] or lemma in told_deeds()[2]["person"] \
        or any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def _toll_matches(verb, entry: str) -> bool:
    """Whether a verb fits a kind:toll entry: "lose", "go without", "sell at loss", "walk @span"."""
    words = entry.split()
    if len(words) == 1:
        return True
    if words[1] == "@span":
        spans = tolls()["span"]
        return any(t.lemma_.lower() in spans for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i)
    prep = next((c for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == words[1]), None)
    return prep is not None and (len(words) == 2 or any(o.lemma_.lower() == words[2] for o in prep.children))


def _told_deed_verbs(doc, sent, mentions: _Mentions, but) -> Iterator[tuple[object, list[str]]]:
    """The verbs of a sentence that tell an actor's deed, with its actors: asserted in the writer's voice, with an
    object (a deed done to something) or a loss told in the passive with a "by" agent ("The bus was cut by X"; not
    "the children are being examined by doctors"), not a saying verb, not ``but`` (the toll's own verb), not a
    relative clause ("by the count that the doctors sent us, ninety people fell ill": a detail of a noun), not done
    by a subject "our" owns (round 31f1: "Our army shelled the rebel positions. We lost two soldiers.")."""
    losses = tolls()["take"] | tolls()["raise"]
    for v in sent:
        passive = _passive(v) and v.lemma_.lower() in losses
        if v.pos_ != "VERB" or v.i == but.i or v.lemma_.lower() in _SAYING_VERBS or v.dep_ in ("relcl", "acl") \
                or not (passive or any(c.dep_ in ("dobj", "obj", "prt") for c in v.children)) or _unasserted(v) \
                or _asked(doc, v):
            continue
        subj = None if passive else _doer_subject(v)
        if subj is not None and any(c.dep_ == "poss" and c.lower_ == "our" for c in subj.children):
            continue  # the writer's own side ("Our army shelled the rebel positions. We lost two soldiers.")
        actors = _passive_agents(v, mentions) if passive else mentions.linked(subj) if subj is not None else []
        if actors:
            yield v, actors


def _toll_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 31o3: the toll of an actor's deed on people the writer sides with: a hardship of ``tolls.en.tsv``
    (kind:toll: "lose", "miss", "walk @span", "sell at loss", "choose between") whose subject is such people
    (``_toll_people``: "three villages", "our shepherds", "old people", "two hundred families"), or a result the
    writer tells as an ill ("the result is cracked walls", "the result is a river nobody can swim in":
    ``_told_as_ill``), told in the writer's voice (asserted, not in a quote) in the sentence of an actor's deed or
    the one after it
    ("X closed the clinic; three villages now walk two hours to see a nurse", "X fenced the upper pastures. Our
    shepherds now sell their flocks at a loss", "Since X cut the bus, old people have missed their appointments"),
    counts against the doer of the deed (``TOLL_WEIGHT``, reason "toll of its deed 'miss'"). The deed's verb has
    an object, is asserted and no verb of saying; the actor is not among the people who pay the toll. A toll
    joined to a deed of the writer's own ("we irrigate by flooding fields, and we lose half the water") is not
    laid on the sentence before. Round 31f1: the deed comes before the toll in the text and is not told as
    after it ("Until X built the road": ``_toll_caused_apart``); a toll told apart from the deed
    (``_toll_told_apart``: in a relative clause, in the past perfect, as earlier, lifted, lessened) or with a
    cause of its own ("lost their harvest to the drought", "when the bank failed") is no toll of the deed; nor one
    where the two sentences tell deeds of more than one actor ("Russia shelled Kharkiv, and the European Union
    sent medicine; forty civilians died that night": whose toll is not read)."""
    lexicon = tolls()
    entries = lexicon["toll"]
    heads = {e.split()[0] for e in entries}
    sents = sentences(doc)
    starts = [sent.start for sent in sents]
    for i in positions(doc, heads, _RESULT_NOUNS, lemmas=True):
        tok = doc[i]
        if tok.lemma_.lower() in _RESULT_NOUNS:
            verb, name = tok.head, tok.lemma_.lower()
            if verb.dep_ in ("aux", "auxpass"):  # "The result is cracked walls", "is" parsed as its head
                verb = verb.head
            if tok.dep_ not in ("nsubj", "nsubjpass") or not _told_as_ill(verb, tok):
                continue
            payers = set()
        else:
            verb = tok
            name = next((e.split()[0] for e in entries if e.split()[0] == tok.lemma_.lower() and _toll_matches(tok, e)),
                        None)
            subj = _subject(verb) if name is not None and verb.pos_ == "VERB" else None
            if subj is None or not _toll_people(subj) or _toll_told_apart(verb, subj):
                continue
            payers = set(mentions.linked(subj))
        if _unasserted(verb) or _asked(doc, verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        n = bisect_right(starts, verb.i) - 1
        joined = [*_conjuncts(verb), *([verb.head] if verb.dep_ == "conj" else [])]
        ours = any(c.dep_ in _SUBJECT_DEPS and c.lower_ in _AUTHOR_WORDS for v in joined for c in v.children)
        found = []
        for sent in (sents[n], *(sents[n - 1:n] if n and not ours else ())):
            found += [(deed, actors) for deed, actors in _told_deed_verbs(doc, sent, mentions, verb)
                      if deed.i < verb.i and not _toll_caused_apart(verb, deed)]
        if len({frozenset(actors) for _, actors in found}) != 1:  # no deed, or deeds of two actors: whose toll?
            continue
        for deed, actors in found:
            for target in dict.fromkeys(actors):
                if target not in mentions.author_ids and target not in payers:
                    start, end = min(deed.idx, verb.idx), max(deed.idx + len(deed.text), verb.idx + len(verb.text))
                    yield Evidence("author", target, -1, TOLL_WEIGHT, start, end, f"{TOLL} '{name}'")


#: Marks of a clause told as coming before the main one: a toll under them is no toll of the main clause's deed
#: ("X hired two hundred workers after the families lost their jobs at the mill").
_EARLIER_MARKS = frozenset(("after", "before", "once", "until", "when", "while"))
#: Marks of a deed's clause told as coming after the hardship ("Until X built the road, villagers walked two hours").
_LATER_MARKS = frozenset(("before", "until", "till"))
#: Words that tell a hardship as coming before the deed ("Before that, our children walked two hours", "Until then").
_BEFORE_WORDS = frozenset(("before", "until", "till", "earlier", "previously", "formerly"))
#: Prepositions of a hardship's own cause ("lost their harvest to the drought", "lost their homes in the floods",
#: "died of measles", "fell in love"): no toll of a deed unless their object is the deed's ("shelled the town ...
#: died in the town").
_CAUSE_PREPS = frozenset(("in", "to", "from", "of", "during", "under", "after", "amid", "because", "through"))
#: Words that lessen a noun: "fewer children have died", "the result is less poverty".
_FEWER_WORDS = frozenset(("fewer", "less", "lower", "no"))
#: Marks of a clause that gives a hardship a cause or a time of its own ("when the bank failed").
_OWN_CAUSE_MARKS = frozenset(("when", "because", "as", "after", "since", "once", "while"))


def _toll_told_apart(verb, subj) -> bool:
    """Whether a hardship is told apart from any deed: in a relative clause or a noun's clause ("the attack, in
    which forty civilians died"; "Lisk, where three villages had lost power"), in the past perfect ("many
    families had lost everything"), told as earlier ("after the families lost their jobs": ``_EARLIER_MARKS``;
    "Before that, our children walked two hours": ``_BEFORE_WORDS``), lifted ("no longer walk"), lessened
    ("fewer children have died": ``_FEWER_WORDS``) or joined by "but" to what came before ("fed forty thousand
    people, but hundreds of children still starved"); its own cause is read by ``_toll_caused_apart``."""
    return verb.dep_ in ("relcl", "acl") or any(
        c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS
        or c.dep_ == "aux" and c.lower_ == "had"
        or c.lower_ in _BEFORE_WORDS and c.dep_ in ("prep", "advmod")
        or c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in verb.children) or verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.head.children) or any(
        c.dep_ in ("amod", "det") and c.lower_ in _FEWER_WORDS for c in subj.children)


def _toll_caused_apart(verb, deed) -> bool:
    """Whether a hardship has a cause other than ``deed``: a preposition of ``_CAUSE_PREPS`` whose object is not
    the deed's ("Three villages lost their harvest to the drought"; not "shelled the town ... died in the
    town"), a clause of its own cause or time that is not the deed ("lost their savings when the bank
    failed"), or the deed told as after it ("Until X built the road": ``_LATER_MARKS``)."""
    if any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in deed.children):
        return True
    entry = {w for e in tolls()["toll"] for w in e.split()[1:]}
    objects = {o.lemma_.lower() for c in deed.children if c.dep_ in ("dobj", "obj", "nsubjpass")
               for o in (c, *_conjuncts(c))}
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and c.lower_ not in entry \
                and any(o.dep_ in ("pobj", "pcomp", "prep") and o.lemma_.lower() not in objects for o in c.children):
            return True
        if c.dep_ == "advcl" and c.i != deed.i and deed not in c.subtree \
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in _OWN_CAUSE_MARKS for m in c.children):
            return True
    return False


#: Nouns of what a deed brought about: "the result is cracked walls and sleepless nights".
_RESULT_NOUNS = frozenset(("result", "outcome", "consequence"))
#: Words of no one at all in a result or a cost: "a river nobody can swim in", "a bill none of us can meet" ("no
#: one" is two tokens: read as "one" under "no").
_NOBODY_FORMS = frozenset(("nobody", "none"))


def _told_as_ill(verb, result) -> bool:
    """Whether "be" (or a verb the parser read with "is" as its auxiliary: "The result is cracked walls") tells
    its subject ``result`` an ill: a word of kind:ill of ``tolls.en.tsv`` or a negative word in what it says
    ("cracked walls and sleepless nights", "ruin"), or a clause that nobody can live with ("a river nobody can
    swim in"). Round 31f1: not an ill lessened ("fewer deaths", "less poverty": ``_FEWER_WORDS``), nor an ill
    denied of everyone ("the result is that nobody in the valley goes hungry": "nobody" counts only in a
    clause on a noun, and an ill in that clause is denied)."""
    if verb.lemma_.lower() != "be" and not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be"
                                                 for c in verb.children):
        return False
    bad = tolls()["ill"] | _bad_words()
    told = [verb, *(t for c in verb.children if c.i != result.i and c.dep_ != "punct" for t in c.subtree)]
    ills = {t.i for t in told if (t.lemma_.lower() in bad or t.lower_ in bad)
            and not any(w.lower_ in _FEWER_WORDS for w in t.subtree)}
    nobodies = [t for t in told if t.lower_ in _NOBODY_FORMS or t.lower_ == "one" and any(
        c.lower_ == "no" for c in t.children)]
    denied = {t.i for n in nobodies for t in n.head.subtree}  # "nobody goes hungry": a double negation
    return bool(ills - denied) or any(n.head.dep_ in ("relcl", "acl") and not ills & {t.i for t in n.head.subtree}
                                      for n in nobodies)


def _loss_object(verb, lexicon: Mapping[str, frozenset[str]], wanted: bool):
    """The object of a verb of ``tolls.en.tsv`` that makes it a loss to people: a good it takes ("closed the
    clinic", "cut the night bus") or a charge it raises ("doubled the rents"; ``wanted``: the subject of a clause
    of wanting, "wants the fees doubled"), or ``None``."""
    lemma = verb.lemma_.lower()
    kind = "good" if lemma in lexicon["take"] else "charge" if lemma in lexicon["raise"] else None
    if kind is None:
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") or wanted and c.dep_ == "nsubj"]
    return next((o for o in objs for x in (o, *_conjuncts(o)) if x.lemma_.lower() in lexicon[kind]
                 and not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in x.children)),
                None)


def _loss_deed_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 31o3: a loss an actor deals people, told without a judging word: a verb of taking a good from them
    (kind:take + kind:good of ``tolls.en.tsv``: "closed the clinic", "cut the night bus", "sold the school playing
    field"; not its own goods: "closed its old depot") or of raising what they pay (kind:raise + kind:charge:
    "raised the water tariff", "doubled the rents"), done by the actor or wanted by it (kind:demand: "wants the
    harbour fees doubled", "insists on closing the footpath"), or by the "by" agent of a passive ("The night bus was
    cut by X"). Asserted in the writer's voice. A weak cue (``LOSS_WEIGHT``) that adds up over a text (issue 18,
    round 31o3); one report alone can still leave the dead zone where the model reads the actor near 0 ("OPEC
    raised oil prices in March"). Round 31f1: not a loss verb negated ("asked the council not to close the
    clinic") nor one told with its cause (``_loss_with_a_cause``: "as every airline did")."""
    lexicon = tolls()
    verbs = lexicon["take"] | lexicon["raise"]
    for i in positions(doc, verbs, lemmas=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or _asked(doc, verb) or mentions.in_quote(verb.idx):
            continue
        wanting = verb.head if verb.dep_ in ("ccomp", "xcomp", "oprd", "pcomp") else None
        if wanting is not None and wanting.dep_ == "prep":  # "insists on closing"
            wanting = wanting.head
        wanted = wanting is not None and wanting.lemma_.lower() in lexicon["demand"]
        obj = _loss_object(verb, lexicon, wanted)
        if obj is None:
            continue
        passive = _passive(verb)
        if wanted:
            doer, reason = wanting, f"{LOSS} '{wanting.lemma_.lower()} {verb.lemma_.lower()} {obj.lemma_.lower()}'"
        elif not passive and verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "oprd", "xcomp"):
            continue
        else:
            doer, reason = verb, f"{LOSS} '{verb.lemma_.lower()} {obj.lemma_.lower()}'"
        if _unasserted(doer) or mentions.holder(doer.idx, doer.idx + len(doer.text)) != "author" \
                or _negated(verb) or _loss_with_a_cause(verb):
            continue
        subj = None if passive and not wanted else _doer_subject(doer)
        doers = _passive_agents(verb, mentions) if passive and not wanted else \
            mentions.linked(subj) if subj is not None else ()
        start, end = min(doer.idx, obj.idx), max(doer.idx + len(doer.text), obj.idx + len(obj.text))
        for target in dict.fromkeys(doers):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, LOSS_WEIGHT, start, end, reason)


#: Marks of a clause that gives a loss a cause or a common practice ("as every airline did", "after the fuel
#: prices rose", "because the mine closed").
_LOSS_CAUSE_MARKS = frozenset(("as", "after", "because", "since"))


def _loss_with_a_cause(verb) -> bool:
    """Round 31f1: whether a loss is told with its cause or as what all do, in a clause on it or on the verb it is
    joined to ("cut the Lisk route ... and raised the fares, as every airline did this winter after the fuel
    prices rose"): a business report, no loss dealt to people."""
    joined = [verb, *_conjuncts(verb)]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _LOSS_CAUSE_MARKS for m in c.children)
               for v in joined for c in v.children)


def _said_of_the_demand(borne, verb, lexicon: Mapping[str, frozenset[str]]) -> bool:
    """Whether a denied verb of bearing a cost is said of what ``verb`` demands: no other verb on its way up to
    the demand but one of bearing or raising a cost ("demands that the villages pay for the pipeline, a bill no
    family can meet"; not "asked X to cut the tariff, which pensioners cannot afford": the tariff is cut; round
    31f1: not a clause on the people helped, "help for families who cannot pay their rent")."""
    tok = borne
    while tok.i != verb.i:
        if tok.dep_ == "relcl" and (tok.head.dep_ == "pobj" or _toll_people(tok.head)):
            return False
        tok = tok.head
        if tok.i != verb.i and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in lexicon["afford"] | \
                lexicon["raise"] or tok.head.i == tok.i and tok.i != verb.i:
            return False
    return True


def _unaffordable_demand_evidence(doc, mentions: _Mentions) -> Iterator[Evidence]:
    """Round 31o3: an actor's demand the writer shows people cannot bear: a verb of wanting (kind:demand of
    ``tolls.en.tsv``: want, demand, insist, ...) whose clause holds a verb of bearing a cost (kind:afford: afford,
    meet, pay, bear) denied ("is demanding a tax holiday that the valley cannot afford", "demands that the villages
    pay for the pipeline, a bill no family here can meet"), asserted in the writer's voice: against the demanding
    actor (``TOLL_WEIGHT``, reason "demand people cannot bear 'afford'")."""
    lexicon = tolls()
    for i in positions(doc, lexicon["demand"], lemmas=True):
        verb = doc[i]
        if verb.pos_ != "VERB" or _unasserted(verb) or _asked(doc, verb) or mentions.in_quote(verb.idx) \
                or mentions.holder(verb.idx, verb.idx + len(verb.text)) != "author":
            continue
        subj = _doer_subject(verb)
        demanded = [t for c in verb.children if c.dep_ not in _SUBJECT_DEPS and c.dep_ != "punct" for t in c.subtree]
        borne = next((t for t in demanded if t.pos_ == "VERB" and t.lemma_.lower() in lexicon["afford"] and (
            _negated(t) or any(s.dep_ in _SUBJECT_DEPS and (s.lower_ in _NOBODY_FORMS or any(
                d.dep_ == "det" and d.lower_ == "no" for d in s.children)) for s in t.children))
            and _said_of_the_demand(t, verb, lexicon)), None)
        if borne is None or subj is None:
            continue
        bearer = _subject(borne)  # round 31f1: people or no one, never an actor ("a bill Moscow cannot afford")
        if bearer is None and borne.dep_ == "relcl" and _toll_people(borne.head):
            bearer = borne.head
        if bearer is None or mentions.linked(bearer) or not (
                bearer.lower_ in _NOBODY_FORMS or _toll_people(bearer)
                or any(d.dep_ == "det" and d.lower_ == "no" for d in bearer.children)):
            continue
        for target in dict.fromkeys(mentions.linked(subj)):
            if target not in mentions.author_ids:
                yield Evidence("author", target, -1, TOLL_WEIGHT, verb.idx, borne.idx + len(borne.text),
                               f"{UNAFFORDABLE} '{borne.lemma_.lower()}'")
