"""PLOVER's own coding of a communique event, for comparison with PLOVER-coded data.

PLOVER codes a statement of intent or an offer to cooperate as AGREE, a
threatened or intended conflict act as THREATEN and a demand as REQUEST, where
communique keeps the content's type and marks the mode. ``plover_type`` maps
back: ``plover_type("RETREAT", "intended") == "AGREE"`` ("said it will
release the hostages"); ``plover_type("ASSAULT", "hypothetical") == "THREATEN"``.
A negated act of any type is a REJECT ("failed to reach agreement", "refused to
deploy troops", "rejected calls for sanctions"): PLOVER codes the refusal, never
the act that did not happen. Asserted and historical events keep their type.
"""

from __future__ import annotations

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
#: Modes whose event is not (yet) done: PLOVER codes the commitment, not the act.
COMMITMENT_MODES = frozenset({"intended", "offered", "hypothetical"})


def plover_type(type_: str, mode: str) -> str:
    """The PLOVER event type a PLOVER coder would give this (type, mode) pair."""
    if mode in COMMITMENT_MODES:
        if type_ in ("REQUEST", "REJECT", "ACCUSE", "THREATEN", "AGREE"):
            return type_  # verbal acts: saying you will reject is already a rejection
        return "AGREE" if type_ in COOPERATIVE else "THREATEN"
    if mode == "demanded":
        return "REQUEST"
    if mode == "negated":
        return "REJECT"  # "refused to meet", "refused to deploy", "failed to reach agreement"
    return type_
