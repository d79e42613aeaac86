"""Rhetoric stages: persuasion techniques, calls to action, stance toward actors, summary.

The logic lives in ``communique.rhetoric``; these functions only adapt it to
the stage contract (read the Document and the spaCy Doc, return records).
"""

from __future__ import annotations

import logging

from ..pipeline import Option, stage
from ..rhetoric.stance_model import MODELS as STANCE_MODELS

logger = logging.getLogger(__name__)


@stage("techniques.v1", assigns=("techniques",), requires=("sections",))
def extract_techniques(document, doc, ctx):
    """Technique spans with confidence, the cue that fired (resources/rhetoric/*) and the holder
    (the quoted speaker whose words hold the span, else the author)."""
    from ..rhetoric.techniques import find_techniques, with_holders

    return {"techniques": with_holders(find_techniques(document.text, doc), document)}


@stage("calls_to_action.v1", assigns=("calls_to_action",), requires=("actors", "quotes"))
def extract_calls_to_action(document, doc, ctx):
    """The text's own calls to action, with addressee (actor id, text or None) and action."""
    from ..rhetoric.calls import find_calls

    return {"calls_to_action": find_calls(document, doc)}


@stage("stance.v1", assigns=("stance",), requires=("actors", "quotes"), options={
    "stance_model": Option(str, STANCE_MODELS[0], "Target-sentiment model of the stance stage.", choices=STANCE_MODELS),
})
def extract_stance(document, doc, ctx):
    """Polarity toward each actor held by the author and by each quoted speaker, with evidence.

    Option ``stance_model``: "fast" (default) or "minilm" (see ``communique.rhetoric.stance_model``)."""
    from ..rhetoric.stance import find_stance

    return {"stance": find_stance(document, doc, ctx.option("stance_model", "fast"))}


@stage("summary.v1", assigns=("summary",), requires=("techniques", "calls_to_action", "stance"))
def summarise(document, doc, ctx):
    """The document summary (counts, passages, strongest spans, calls, most against / for)."""
    from ..rhetoric.summary import summarise as build

    return {"summary": build(document, doc)}
