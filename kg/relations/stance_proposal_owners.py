"""The owner of a proposal is not what is backed or refused.

«وأيدت مصر قرار مجلس الأمن», «ورحبت قطر بمبادرة السعودية», «ورفضت إيران قرار الوكالة
الدولية»: the thing supported, welcomed, rejected or opposed is the decision, the initiative
or the plan; the name after it in construct is its author. Writing the author as the
object («supports(مصر → مجلس الأمن)») is a nearby name instead of the phrase's head (see
the guidelines: «قرار مجلس الأمن» is itself the object). Backing a body's decision often
goes with backing the body, so the reading is not always wrong: the fact is kept, but its
raw confidence is at most :data:`OWNER_CEILING`, under raw 0.45 (a calibration table
must map that low bucket low for the fact to be held back).

Criticism and condemnation are not touched: «انتقدت روسيا سياسة الولايات المتحدة» does
criticise the United States.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word

OWNER_CEILING = 0.4

_ACCEPTANCE = frozenset({"supports", "welcomes", "rejects", "opposes"})

_PROPOSALS = frozenset({
    "قرار", "قرارات", "مبادره", "مبادرات", "خطه", "خطط", "مقترح", "مقترحات", "اقتراح",
    "اقتراحات", "مشروع", "مشاريع", "دعوه", "دعوات", "اتفاق", "اتفاقيه", "برنامج", "عرض",
    "طلب", "توصيات", "توصيه", "اعلان",
})
"""Indefinite heads of a proposal or decision in construct with its author (normalised)."""


def _proposal(word: Word) -> bool:
    """«قرار», «بمبادرة», «لخطة»: a proposal noun without the article, with at most
    «و»/«ب»/«ل» before it."""
    norm = word.norm.lstrip("وف")
    return norm in _PROPOSALS or (norm[:1] in {"ب", "ل"} and norm[1:] in _PROPOSALS)


def proposal_owner(context: Extraction, words: list[Word], candidate: Candidate,
                   kind: str) -> bool:
    """Whether the named object ``candidate`` of an acceptance stance stands in construct
    after a proposal noun («قرار مجلس الأمن»), so that it is the author, not the thing."""
    if kind not in _ACCEPTANCE or candidate.source != "mention":
        return False
    head = construct_head(context, words, candidate)
    return head is not None and _proposal(head)


def construct_head(context: Extraction, words: list[Word], candidate: Candidate) -> Word | None:
    """The unnamed word the named ``candidate`` stands in construct after («قرار [مجلس
    الأمن]», «تقسيم [العراق]»): the word right before its first word, with no name over it
    and no boundary between them; None when there is none."""
    first = next((i for i in range(max(0, candidate.word_index - 3),
                                   min(len(words), candidate.word_index + 3))
                  if words[i].start <= candidate.arg.start < words[i].end), None)
    if first is None or first == 0:
        return None
    before = words[first - 1]
    if context.covering_mention(before.start) is not None or \
            context.boundary_between(before, words[first]):
        return None
    return before
