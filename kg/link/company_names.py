"""A name right after the noun «شركة» («company of») is the company's name.

Arabic names a company by the construct «شركة/مجموعة/بنك/مصرف/مؤسسة» + its name. The name
is often a foreign one the tagger reads as a person («مجموعة جونستون بريس», then «شركة
جونستون بريس» tagged right), or a country or a city («شركة مصر للطيران», «بنك قطر
الوطني», «بنك إنجلترا»), which the gazetteer then makes the state itself: «قالت شركة مصر
للطيران» became a statement of Egypt. Rules, on one line with spaces only between:

- a Person mention right after the indefinite noun («شركة», «لمجموعة», «وبنك», never the
  definite «الشركة»: «قال مدير الشركة محمد العلي» names a person) is an Organization;
- a place mention (country, city, region) right after the indefinite «شركة», «بنك» or
  «مصرف» is one Organization with the noun and what follows it: one word of the field with
  «لل» («للطيران», «للبتروكيماويات», then a definite adjective: «للصناعات الدوائية») or one
  adjective of a bank («الوطني», «الأهلي», «المركزي»). The place inside it gives way; the
  plural «شركات مصر» (Egypt's companies) and «مجموعة» («مجموعة العشرين») are left alone;
- a person or a place mention right before a field of business with «لل» (a closed list,
  :data:`BUSINESS_FIELDS`: «إندرز للتحليلات», «مصر للطيران», «الكويت للتأمين») is one
  company with it, unless a preposition stands before the name («إلى الكويت للاستثمار»:
  to Kuwait, to invest) or a title opens it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.gazetteer.person_words import HONORIFICS
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

EXTRACTOR = "link.company_names"


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words.split())


_ROYALS = _keys("الملك الملكة السلطان الإمام")
COMPANY_NOUNS = _keys("شركة شركه مجموعة بنك مصرف مؤسسة")
"""Nouns that open a company's name in the construct state."""
PLACE_COMPANY_NOUNS = _keys("شركة شركه بنك مصرف")
"""Nouns after which a place's name is the name of a company or a bank."""
BANK_ADJECTIVES = _keys(
    "الوطني الأهلي المركزي الدولي العربي الإسلامي التجاري التجارية الوطنية الأهلية "
    "المتحدة القابضة")
"""Adjectives that end the name of a bank or a company named by a place («بنك قطر الوطني»)."""
BUSINESS_FIELDS = _keys(
    "للتحليل للتحليلات للطيران للاتصالات للاستثمار للاستثمارات للتأمين للبتروكيماويات "
    "للصناعات للتجارة للإعلان للتطوير للعقار للعقارات للتمويل للإنشاءات للمقاولات للأسمنت "
    "للإسمنت للتقنية للنفط للبترول للطاقة للأبحاث للاستشارات للملاحة للشحن للأدوية")
"""Fields of business that end a company's name after its name («مصر للطيران»)."""
_PREPOSITIONS = _keys("في إلى الى من عن على نحو حتى وفي وإلى ومن بين داخل خارج")
_PLACES = frozenset({"Country", "City", "Region"})
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_FIELD_AFTER = re.compile(r"[ \t]+(لل[^\W\d_]+)(?:[ \t]+(ال[^\W\d_]+))?")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def company_noun(word: str, nouns: frozenset[str] = COMPANY_NOUNS) -> bool:
    """Whether ``word`` is an indefinite company noun, a one- or two-letter preposition or
    conjunction glued to it («لمجموعة», «وبنك»), with no article."""
    key = normalize_key(word)
    return key in nouns or any(
        key.startswith(clitic) and key[len(clitic):] in nouns for clitic in _CLITICS)


def _titled(mention: Mention) -> bool:
    """Whether the person's mention opens with a title or «الملك»: «مؤسسة الملك خالد» is
    named after the person, and the tagger's span is the person's, not the foundation's."""
    first = normalize_key(mention.text.split()[0]) if mention.text.split() else ""
    return first in HONORIFICS or first in _ROYALS


def _clitic_length(word: str, nouns: frozenset[str]) -> int:
    """How many letters of a glued preposition or conjunction open the company noun."""
    key = normalize_key(word)
    if key in nouns:
        return 0
    return max((len(c) for c in _CLITICS if key.startswith(c) and key[len(c):] in nouns),
               default=0)


def _noun_before(doc: Document, mention: Mention) -> tuple[int, str] | None:
    found = _WORD_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start)
    if found is None:
        return None
    return found.start(1), found.group(1)


def _company_end(text: str, end: int) -> int:
    """The end of a company named by a place: past a field word with «لل» (and a definite
    adjective of it ending in «ية»), or past a bank's adjective; else the place's end."""
    field = _FIELD_AFTER.match(text, end)
    if field is not None:
        adjective = field.group(2)
        if adjective and normalize_key(adjective).endswith(("يه", "ية")):
            return field.end(2)
        return field.end(1)
    word = _WORD_AFTER.match(text, end)
    if word is not None and normalize_key(word.group(1)) in BANK_ADJECTIVES:
        return word.end(1)
    return end


def _business_field(doc: Document, mention: Mention) -> Mention | None:
    """The company a name and the field of business after it make: «إندرز للتحليلات»,
    «مصر للطيران», «سهيل للتقنية» (:data:`BUSINESS_FIELDS`); not after a preposition or a
    locative («وصل إلى جدة للاستثمار»: he came to Jeddah to invest), nor after a title
    («الأمير سلطان»)."""
    after = _WORD_AFTER.match(doc.text, mention.end)
    if after is None or normalize_key(after.group(1)) not in BUSINESS_FIELDS:
        return None
    if _titled(mention) or mention.text[:1] in "بل":
        return None
    before = _WORD_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start)
    if before is not None and normalize_key(before.group(1)) in _PREPOSITIONS:
        return None
    end = after.end(1)
    return replace(mention, id=mention_id(doc.id, mention.start, end), end=end,
                   text=doc.text[mention.start:end], label="Organization",
                   extractor=EXTRACTOR)


def company_names(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with a name after a company noun read as the company."""
    text = doc.text
    result: list[Mention] = []
    for mention in mentions:
        if mention.label not in _PLACES | {"Person"}:
            result.append(mention)
            continue
        before = _noun_before(doc, mention)
        field = _business_field(doc, mention)
        if field is not None and not (before and company_noun(before[1])):
            result.append(field)
            continue
        if before is None:
            result.append(mention)
            continue
        noun_start, noun = before
        if mention.label == "Person" and company_noun(noun) and not _titled(mention):
            result.append(replace(mention, label="Organization"))
            continue
        if mention.label in _PLACES and company_noun(noun, PLACE_COMPANY_NOUNS):
            start = noun_start + _clitic_length(noun, PLACE_COMPANY_NOUNS)
            end = _company_end(text, mention.end)
            result.append(replace(mention, id=mention_id(doc.id, start, end), start=start,
                                  end=end, text=text[start:end], label="Organization",
                                  extractor=EXTRACTOR))
            continue
        result.append(mention)
    widened = [m for m in result if m.extractor == EXTRACTOR]
    kept = [m for m in result if m.extractor == EXTRACTOR or not any(
        w.start <= m.start and m.end <= w.end for w in widened)]
    return sorted(kept, key=lambda m: (m.start, m.end))
