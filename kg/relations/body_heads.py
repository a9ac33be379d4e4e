"""The head of a body named earlier: «رئيس مجلس إدارة النادي», «أمين العاصمة المقدسة».

Saudi local and economic news names a body once in full («النادي الأدبي بالرياض»,
«أمانة العاصمة المقدسة») and its head a sentence later by a title whose complement only
points back at it:

1. A leading title ending in a definite noun of the body's kind: «رئيس مجلس إدارة
   النادي», «رئيس الجمعية», «الرئيس التنفيذي للشركة», «مدير الجامعة». The noun stands
   for the one body of that kind the text has named before the title (the first word of
   its name: «النادي الأدبي ...», «شركة المراعي»); none when it named two or more, or none,
   or when another body was named after it (a club named without «نادي»: «الأهلي»).
   Only the head leads: a deputy («نائب رئيس مجلس إدارة الشركة»), an acting or former head,
   or the head of a unit («رئيس قسم الشركة», «مدير إدارة الجامعة») does not.
2. «أمين» + a place is the head of «أمانة» + the same place (the municipality of a Saudi
   city or region): «أمين منطقة الرياض» leads «أمانة منطقة الرياض» when the text names it.

Both give ``leads`` person → body, with a raw confidence below the title rules' (the body
is found by reference, not named in the phrase).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import bare_forms
from kg.text.normalize import normalize_key

CONFIDENCE = 0.75
"""Raw confidence of a ``leads`` edge to a body found by reference."""

_KINDS = frozenset({
    "نادي", "شركه", "جامعه", "هيئه", "جمعيه", "مؤسسه", "بنك", "مصرف", "لجنه", "اتحاد",
    "غرفه", "معهد", "كليه", "مستشفي", "صندوق", "مركز", "امانه", "بلديه", "منظمه",
})
"""Kinds of a body whose head a title names by a definite noun, as bare forms."""
_HEADS = frozenset({"رئيس", "رئيسه", "الرئيس", "الرئيسه", "مدير", "مديره", "المدير", "المديره"})
_BETWEEN = frozenset({"مجلس", "اداره", "الاداره", "امناء", "الامناء", "التنفيذي", "العام", "عام"})
"""Words between the head and the kind noun that keep the title the body's head."""
_NOT_HEADS = frozenset({"نائب", "مساعد", "وكيل", "نائبه", "مساعده", "بالنيابه", "بالانابه",
                        "المكلف", "السابق", "السابقه", "الاسبق", "المستقيل"})
_MUNICIPALITY_HEADS = frozenset({"امين", "امينه"})
_BODY_LABELS = ORGANIZATION_LABELS - {"Country", "MediaOrganization"}
"""Bodies a title may point back to (not a country, nor the newspaper quoted)."""


def _kind_of(word: Word) -> str | None:
    """The kind of a definite noun («النادي», «للشركة»), or None."""
    return next((rest for prefix, rest in word.readings()
                 if prefix.endswith("ال") or prefix.endswith("لل")
                 if rest in _KINDS), None)


def _named_kind(context: Extraction, mention: Mention) -> str | None:
    """The kind noun a body is named with: its name's first word («نادي النصر»), or an
    indefinite kind noun right before a name tagged without it («بنادي الاتحاد» with
    «الاتحاد» tagged: :func:`kind_before`), which comes first: the name's own first word
    may be a kind noun too («الاتحاد» of a club)."""
    words = normalize_key(context.doc.text[mention.start:mention.end]).split()
    named = next((rest for _, rest in bare_forms(words[0]) if rest in _KINDS), None) \
        if words else None
    return kind_before(context, mention) or named


def kind_before(context: Extraction, mention: Mention) -> str | None:
    """The indefinite kind noun right before a body's name, glued to «و», «ب» or «ل» or
    not («بنادي الاتحاد», «لشركة المراعي»), with nothing but a space between; else None."""
    first = context.word_at(mention.start)
    if first is None or first.start != mention.start or first.index == 0:
        return None
    previous = context.words[first.index - 1]
    if previous.sentence_index != first.sentence_index or \
            context.doc.text[previous.end:first.start].strip():
        return None
    return next((rest for prefix, rest in previous.readings()
                 if rest in _KINDS and not prefix.endswith("ال") and prefix.strip("وبل") == ""),
                None)


def _one_of_kind(context: Extraction, kind: str, before: int) -> str | None:
    """The one body of ``kind`` named before offset ``before``, if it is also the last body
    named before it: «رئيس النادي» after «نادي النصر ... الأهلي» may be the Ahli's head,
    whose name lacks the kind noun."""
    bodies = [m for m in context.index.mentions
              if m.end <= before and m.entity_id and m.label in _BODY_LABELS]
    found = {m.entity_id for m in bodies if _named_kind(context, m) == kind}
    if len(found) != 1 or bodies[-1].entity_id not in found:
        return None
    return bodies[-1].entity_id


def _municipality(context: Extraction, place: list[Word]) -> str | None:
    """The body named «أمانة» + the words of ``place``."""
    wanted = "امانه " + " ".join(word.norm for word in place)
    found = {m.entity_id for m in context.index.mentions
             if m.entity_id and m.label in ORGANIZATION_LABELS and m.label != "Country"
             and normalize_key(context.doc.text[m.start:m.end]) == wanted}
    return next(iter(found)) if len(found) == 1 else None


def headed_body(context: Extraction, words: list[Word], start: int) -> str | None:
    """The body that the title ``words`` (starting at offset ``start``, no body named in
    it) makes its holder the head of, by the rules of this module; None otherwise."""
    if not words or any(w.norm in _NOT_HEADS or w.bare() in _NOT_HEADS for w in words):
        return None
    head = words[0].norm.lstrip("و")
    if head in _MUNICIPALITY_HEADS and len(words) >= 2 and words[1].norm != "العام":
        return _municipality(context, words[1:])
    if head not in _HEADS or len(words) < 2:
        return None
    kind = _kind_of(words[-1])
    if kind is None or not all(w.norm in _BETWEEN for w in words[1:-1]):
        return None
    if head.startswith("ال") and not (len(words) > 2 or words[-1].norm.startswith("لل")):
        return None  # «الرئيس الشركة» is no title; «الرئيس التنفيذي للشركة» is
    return _one_of_kind(context, kind, start)
