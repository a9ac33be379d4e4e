"""The holder of a stance noun joined to a phrase about a named body, by its pronoun.

«لن ينسى المواقف التي سجلتها دول مجلس التعاون ووقوفها إلى جانب اليمن», «وأشاد بمواقف
الإمارات وقيادتها الحكيمة ووقوفها الدائم إلى جانب اليمن»: the verbal noun with «و» before
it and the feminine or plural pronoun after it («ووقوفها», «ودعمهم») continues the noun
phrase before it; its pronoun is the body named there (a man named between, «الشيخ خليفة»,
is «ـه», never «ـها»). Only when exactly one body is named between the clause's start and
the noun (two for the dual «ووقوفهما»), so that the pronoun has one antecedent.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_plural_pronouns import resumes_place

_FEMININE_OR_PLURAL = ("ها", "هم", "هما")
_REACH = 16


def possessor(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The bodies the pronoun of the stance noun at ``words[position]`` stands for, when the
    noun is joined by «و» to a phrase naming exactly one body (two for the dual «ـهما»);
    none otherwise."""
    word = words[position]
    if not word.norm.startswith("و") or not word.norm.endswith(_FEMININE_OR_PLURAL) or \
            position == 0 or context.boundary_between(words[position - 1], word):
        return []
    first = position - 1
    while first > 0 and position - first < _REACH and \
            not context.boundary_between(words[first - 1], words[first]):
        first -= 1
    bodies = {m.entity_id: m for m in context.mentions_between(words[first].start, word.start)
              if m.entity_id and m.label in AGENT_LABELS and m.label != "Person" and
              not context.is_nisba(m) and not context.is_prepositional(m) and
              not resumes_place(word, m)}
    if len(bodies) != (2 if word.norm.endswith("هما") else 1):
        return []
    return [Arg(body.entity_id or "", body.start, body.end) for body in bodies.values()]
