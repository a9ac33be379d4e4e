"""Meetings told by «قابل» (met): «قابل الرئيس فلان البابا فلاناً في الفاتيكان أمس».

The past verb «قابل» names a meeting like «التقى», but most uses of the letters name none: the
adjective «قابل للتطبيق» (capable of), «غير قابل», and «قابل X بـ Y» (answered X with Y:
«قابلت الحكومة المطالب بالرفض», «قابلت الجماهير اللاعب بالتصفيق»). So «قابل» is a meeting only
as a singular past verb («قابل», «قابلت», with «و»/«ف» at most) that no «ل» word follows and
«غير» does not precede, with no response noun behind «بـ» in its clause, and with both persons
who met named after it, the subject and the one met: «قابل فلان» alone may be «he met Fulan» or
«Fulan met». The dual and plural («قابلا», «قابلوا»), whose subject is told before them, and the
present «يقابل» (faces, is matched with; a fixture in sports news) are left out.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

MET_FORMS = frozenset({"قابل", "قابلت"})
"""The past verb «قابل» (met): a meeting only with the persons met named (``met_persons``)."""
_VERB_PREFIXES = frozenset({"", "و", "ف"})
_RESPONSES = frozenset({
    "رفض", "ترحيب", "ترحاب", "صمت", "تجاهل", "سخريه", "استهجان", "تصفيق", "هتاف", "هتافات",
    "مثل", "استنكار", "غضب", "اعتراض", "قبول", "احتجاج", "ارتياح", "استياء", "حفاوه",
    "ورود", "زغاريد", "صفير", "شكر", "دعوات", "تهديد", "عنف", "قوه", "اعراض",
})
"""Nouns of a response behind «بـ» («قابلته بالرفض», «بالتصفيق»): «قابل» answered, not met."""
_OPENERS = frozenset({"الذي", "التي", "الذين", "حيث", "بعد", "قبل", "عندما", "ان", "انه",
                      "انها", "بينما", "فيما", "وقال", "واكد"})
"""Words that open another clause, whose persons did not meet."""
_REACH = 14
"""How far after the verb the persons met may be named (titles between)."""


def met_persons(context: Extraction, words: list[Word], position: int, prefix: str) -> bool:
    """Whether «قابل» at ``words[position]`` (found with ``prefix``) is a past verb of
    meeting with the persons who met named after it in its clause."""
    if prefix not in _VERB_PREFIXES or position + 1 >= len(words):
        return False
    after = words[position + 1]
    if after.norm.startswith("ل") or (position > 0 and words[position - 1].norm == "غير"):
        return False  # «قابل للتطبيق», «غير قابل»: the adjective
    persons: list[str] = []
    index = position + 1
    while index < min(len(words), position + 1 + _REACH):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            break
        if word.norm.startswith("ب") and word.bare() in _RESPONSES:
            return False  # «قابلت الجماهير اللاعب بالتصفيق»: answered with
        if word.norm in _OPENERS:
            break  # «... الذي وصل», «حيث بحث»: another clause
        mention = context.mention_starting_in(word)
        glued = context.doc.text[word.start:mention.start] if mention is not None else ""
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                mention.entity_id not in persons and not set(glued) & {"ب", "ل"}:
            persons.append(mention.entity_id)
        index += 1
    return len(persons) >= 2
