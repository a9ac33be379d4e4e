"""«وتدين الحركتان ...», «ودعا الحزبان ...»: a dual kind noun as a stance verb's subject
stands for the two bodies of that kind named before.

News name two bodies of one kind («حركة فتح» and «حركة الجهاد الإسلامي», «حزب العمال» and
«حزب المحافظين») and go on with the definite dual of the kind noun: «وتدين الحركتان
الاحتلال», «ودعا الحزبان الحكومة إلى ...». Right after a stance verb, such a noun is the
verb's subject and stands for both bodies, when the text has named exactly two of that kind
before it (as a singular kind noun stands for the one body named, see
:mod:`kg.relations.stance_kind_subjects`); with one, three or more it names no one.

Only the nominative dual («الحركتان», «الحزبان») right after the verb, in its clause: the
subject of a verb that comes first. Its dual adjectives («الحركتان الإسلاميتان») are part of
it; when a relative clause on it follows («الحركتان اللتان تشكلان ...، باستمرار ...»), the
object lies past the clause and is not read (:func:`past_dual_phrase`). The kinds are those
a bare singular noun refers back by (:data:`kg.relations.index.REFERENCE_KINDS`).
"""

from __future__ import annotations

from kg.relations.body_references import added_bodies
from kg.relations.context import Extraction
from kg.relations.index import REFERENCE_KINDS, Arg, Word


def _kind_of_dual(word: Word) -> str | None:
    """«الحركتان» → حركه, «والحزبان» → حزب: the kind noun of a definite nominative dual."""
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") != "ال":
            continue
        if rest.endswith("تان") and rest[:-3] + "ه" in REFERENCE_KINDS:
            return rest[:-3] + "ه"
        if rest.endswith("ان") and rest[:-2] in REFERENCE_KINDS:
            return rest[:-2]
    return None


def dual_kind_subjects(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The two bodies a dual kind noun right after the stance verb at ``position`` stands
    for (see the module docstring), else ``[]``."""
    index = position + 1
    if index >= len(words) or context.boundary_between(words[position], words[index]):
        return []
    word = words[index]
    if context.covering_mention(word.start) is not None:
        return []
    kind = _kind_of_dual(word)
    if kind is None:
        return []
    earlier = {m.entity_id for m in context.index.organizations_by_kind.get(kind, [])
               if m.end <= word.start and m.entity_id} | added_bodies(context, kind, word.start)
    if len(earlier) != 2:
        return []
    return [Arg(node, word.start, word.end) for node in sorted(earlier)]


_DUAL_RELATIVES = frozenset({"اللتان", "اللذان"})


def past_dual_phrase(context: Extraction, words: list[Word], index: int) -> int | None:
    """Where the object may start after the dual kind noun that ends before ``index``: past
    its dual adjectives («الحركتان الإسلاميتان»). None when a relative clause on it follows
    («الحركتان اللتان تشكلان ...»): the object is then past the clause, out of this reading's
    reach, and the clause's words are no object."""
    while index < len(words) and words[index].norm.startswith("ال") and \
            words[index].norm.endswith("ان") and words[index].norm not in _DUAL_RELATIVES and \
            context.covering_mention(words[index].start) is None and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index < len(words) and words[index].norm in _DUAL_RELATIVES:
        return None
    return index
