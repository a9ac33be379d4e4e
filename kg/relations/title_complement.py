"""A title that refers back to a person must name the same office.

«وقال وزير الداخلية إن ...» after «وزير الخارجية سعد الحربي» is another minister, and
«وقال مدير الشرطة» after «مدير البنك الأهلي X» another director: a title head followed by
its complement (the noun in construct after it: «الداخلية», «الشرطة», «فرع ...») refers back
only to a person whose recorded title holds that complement too, or whose body is the one
the complement names. A bare head («وقال الوزير», «وأضاف المدير»), or a head followed by an
adjective only («الرئيس الأمريكي», handled by the title's country), refers back as before.
Qualifiers of rank («مدير عام», «الأمين العام», «الرئيس التنفيذي») are no complement: the
word after them is.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.findings import RoleFact
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, NISBA
from kg.text.normalize import normalize_key

_QUALIFIERS = frozenset(normalize_key(word) for word in (
    "عام", "العام", "التنفيذي", "الإقليمي", "العامة"))
_MAX_QUALIFIERS = 2


def complement_after(context: Extraction, word: Word) -> Word | None:
    """The complement of the title headed by ``word``: the next content word in construct
    (past rank qualifiers), or None for a bare head or an adjective."""
    words = context.words
    index = word.index + 1
    while index < len(words) and index - word.index <= _MAX_QUALIFIERS and \
            words[index].norm in _QUALIFIERS and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index >= len(words) or words[index].sentence_index != word.sentence_index or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    after = words[index]
    if after.norm in FUNCTION_WORDS or after.norm.removeprefix("و") in FUNCTION_WORDS or \
            after.has(NISBA):
        return None
    if context.mention_starting_in(after) is not None:
        mention = context.mention_starting_in(after)
        if mention is not None and mention.label == "Person":
            return None  # «وقال الوزير سعد الحربي»: the name follows, not a complement
    if not (after.norm.startswith("ال") or index > word.index + 1 or
            context.mention_starting_in(after) is not None):
        return None  # an indefinite word right after the head: no construct to check
    return after


def same_office(context: Extraction, complement: Word, role: RoleFact) -> bool:
    """Whether the earlier ``role`` holds the office the complement names: the complement's
    word is in the recorded title, in the name of the role's body or in the holder's own
    name (an untagged surname after the title), or it opens a mention of that body."""
    mention = context.mention_starting_in(complement)
    if mention is not None and mention.entity_id and role.org_id == mention.entity_id:
        return True
    name = normalize_key(role.position_name)
    holder = context.entity(role.person_id)
    if holder is not None:  # «وأكد الوزير الأصبحي»: the word after the title is his surname
        name += " " + " ".join(normalize_key(alias) for alias in (holder.name, *holder.aliases))
    body = context.entity(role.org_id) if role.org_id else None
    if body is not None:  # «رئيس» of «المحكمة العامة», then «ونبه رئيس المحكمة العامة»
        name += " " + normalize_key(body.name)
    return any(rest and len(rest) > 1 and rest in name for _, rest in complement.readings())
