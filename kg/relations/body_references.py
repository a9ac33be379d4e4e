"""What a bare definite kind noun as a speaker («وقالت الوكالة», «وأوضح المستشفى») refers to.

Arabic news names a body once in full («قالت وكالة الأنباء الكورية الشمالية»,
«استقبل مستشفى الملك فهد المصابين») and then goes on with the definite noun of its
kind alone: «وأوضحت الوكالة أن ...», «وقال المستشفى في بيان إن ...». The noun stands
for the one body of that kind the text has named before it; when the text has named
two («وزارة الصحة» and «وزارة الداخلية») or none, it names no one.

Two sources of earlier bodies are read here, beside the recogniser's mentions:

- the bodies the relation stage itself named when the recogniser missed them
  (:func:`kg.relations.speaker_bodies.unnamed_body`: «وقالت وكالة الأنباء الكورية الشمالية
  الرسمية إن»), which are entities without a mention: one counts when its name is
  written in the text before the noun;
- the kinds of facility that speak for themselves through their administration
  («المستشفى», «الجامعة», «البلدية», «الأمانة», «اللجنة», «الكلية», «المعهد»), added to
  the kinds of organisation already read (:data:`kg.relations.index.REFERENCE_KINDS`).
  Kinds that sports and politics name several of under other names («النادي»,
  «الاتحاد», «المجلس») are left out: «وقال النادي» after «نادي الهلال» and «النصر».
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, REFERENCE_KINDS
from kg.relations.lexicon import bare_forms
from kg.text.normalize import normalize_key


def _kinds_of(name: str) -> set[str]:
    """The kinds a body's name opens with («وكالة الأنباء ...» → {وكاله})."""
    words = normalize_key(name).split()
    return {rest for _, rest in bare_forms(words[0])} & REFERENCE_KINDS if words else set()


def added_bodies(context: Extraction, kind: str, before: int) -> set[str]:
    """The organisations of ``kind`` that the relation stage named (no mention of the
    recogniser stands for them) and whose name is written before offset ``before``."""
    found: set[str] = set()
    for entities in (context.state.new_entities, context.found.new_entities):
        for node_id, entity in entities.items():
            if entity.label not in ORGANIZATION_LABELS or entity.label == "Country" or \
                    kind not in _kinds_of(entity.name):
                continue
            at = context.doc.text.find(entity.name)
            if at >= 0 and at + len(entity.name) <= before:
                found.add(node_id)
    return found
