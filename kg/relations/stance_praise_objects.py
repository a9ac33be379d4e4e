"""Whom praise is for, where the general object readers stop short.

- **Joined names after the praised one**: «أشاد X بجهود مصر والأردن», «شكر X وزارة الصحة
  ووزارة الداخلية على جهودهما», «أشاد X بمصر وبالأردن»: a named agent joined by a bare «و»
  (or «وب» after a name that took «ب») right after a praised name is praised too
  (:func:`praised_conjuncts`); the deed readers stop at the first.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word

_MAX_CONJUNCTS = 3


def praised_conjuncts(context: Extraction, words: list[Word], found: list[Candidate],
                      skip: set[str]) -> list[Candidate]:
    """«بجهود مصر والأردن», «وزارة الصحة ووزارة الداخلية»: the named agents joined by a bare
    «و» (no mark, no other word) right after a praised name, up to three."""
    known = skip | {c.arg.node_id for c in found}
    added: list[Candidate] = []
    for candidate in found:
        if candidate.source != "mention" or candidate.label not in AGENT_LABELS:
            continue
        end = candidate.arg.end
        ba = candidate.preposition == "ب"  # «بوزارة الصحة وبوزارة الداخلية»
        while len(added) < _MAX_CONJUNCTS:
            joined = _joined_agent(context, words, end, ba)
            if joined is None or joined[0].entity_id in known:
                break
            mention, index = joined
            assert mention.entity_id is not None
            known.add(mention.entity_id)
            added.append(Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                                   mention.label, index, "mention"))
            end = mention.end
    return added


def _joined_agent(context: Extraction, words: list[Word], end: int,
                  ba: bool) -> tuple[Mention, int] | None:
    """The agent named right after «و» that follows offset ``end`` (a mention's end), with
    the index of its word in ``words``; with ``ba`` (the first name took «ب») after «وب»
    too."""
    following = next((w for w in words if w.start >= end), None)
    if following is None or not following.norm.startswith("و"):
        return None
    mention = context.mention_starting_in(following)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    glue = context.doc.text[end:mention.start].strip()
    if glue not in ({"و", "وب"} if ba else {"و"}) or \
            mention.start != following.start + len(glue):
        return None
    return mention, following.index - words[0].index
