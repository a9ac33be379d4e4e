"""A person the text names as a woman, for the gender check of a far speaker reading.

A feminine verb whose speaker is read from further away («وقالت سموها», «وأضافت») is only
taken for a person the text shows to be a woman (``statement_gender.gender_clash``). Besides a
feminine verb or title already read, two cues of the name itself say so:

- «بنت» inside the name: «الأميرة عادلة بنت عبدالله», «نورة بنت محمد» — the daughter of;
- a feminine honorific right before one of her mentions: «الأميرة», «الشيخة», «السيدة»,
  «الدكتورة», «الملكة», «المهندسة», «الأستاذة», «السفيرة», «معالي الوزيرة» ...
- a feminine occupation noun heading the phrase before her name: «الممثلة الأميركية X»
  (:mod:`kg.relations.women_titled`).
"""
from __future__ import annotations

from kg.model import Document
from kg.relations.women_titled import feminine_occupation_before
from kg.text.normalize import normalize_key

_DAUGHTER = frozenset({normalize_key("بنت")})
_FEMININE_HONORIFICS = frozenset(normalize_key(word) for word in (
    "الأميرة", "الشيخة", "السيدة", "الدكتورة", "الملكة", "المهندسة", "الأستاذة", "السفيرة",
    "الوزيرة", "الآنسة", "سمو الأميرة", "صاحبة"))
_BEFORE = 16
"""How many characters before a mention are read for the honorific."""


def named_as_woman(doc: Document, person_id: str) -> bool:
    """Whether the name or the honorific before a mention says ``person_id`` is a woman."""
    entity = next((e for e in doc.entities if e.id == person_id), None)
    if entity is not None and any(
            _DAUGHTER & {normalize_key(word) for word in name.split()}
            for name in (entity.name, *entity.aliases)):
        return True
    for mention in doc.mentions:
        if mention.entity_id != person_id:
            continue
        before = doc.text[max(0, mention.start - _BEFORE):mention.start].split()
        if before and normalize_key(before[-1]).removeprefix("و") in _FEMININE_HONORIFICS:
            return True
        if feminine_occupation_before(doc.text, mention.start):  # «الممثلة الأميركية X»
            return True
        if _DAUGHTER & {normalize_key(word) for word in mention.text.split()}:
            return True
    return False
