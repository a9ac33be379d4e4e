"""More places in places (``locatedIn``), read where the text says it.

- «مدينة عدن اليمنية», «مدينة غازي عنتاب التركية», «ولاية ماساتشوستس الأميركية»: a
  city, region or place right followed by a FEMININE nationality adjective (a town
  agrees in the feminine) is located in that country. A masculine nisba agrees with
  a club or a team, not with the town: «فريق برشلونة الإسباني» says nothing; but
  after a masculine place noun the nisba agrees with it: «إقليم كردستان العراقي»;
  after a body's noun it is the body's: «جامعة القاهرة المصرية» says nothing.
- «نانتير (الضاحية الفرنسية)»: in brackets, a town noun and its feminine nisba.
- «نورثهامبتون بولاية ماساتشوستس», «بلدة X في ريف حلب»: a place followed by «بـ/في»
  and a province noun (ولاية، محافظة، منطقة، إقليم، مقاطعة، ريف) is located in the
  province even where the linker took both for cities.
- «الموصل (شمال العراق)», «مدينة البيضاء - وسط اليمن»: a place followed, in brackets
  or after a dash, by a direction word and a larger place is located in it.
- «بمدينة بنها شمالي القاهرة»: a town named by its noun and placed by a direction
  from a city lies beside it (:func:`beside_a_city`).
- Lists are no containment: in «ألاباما، وفلوريدا، ولويزيانا» the comma joins peers
  (:func:`listed_peers`, asked by ``geography._gap_allows``); nor is a name glued
  to a clitic it does not take («كيكو كاسيا»: «ك» + «اسيا» is no place after a place).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from kg.gazetteer.extractors import is_adjective_mention
from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.lexicon import DIRECTIONS
from kg.text.normalize import normalize_key

_TOWN_LABELS = frozenset({"City", "Region", "Place"})
_PROVINCE_NOUNS = frozenset({"ولايه", "محافظه", "منطقه", "اقليم", "مقاطعه", "ريف"})
_BRACKET_NOUNS = frozenset({"المدينه", "البلده", "الضاحيه", "القريه", "الولايه", "المحافظه",
                            "المنطقه", "العاصمه"})
_BODY_NOUNS = frozenset({"صحيفه", "جريده", "مجله", "قناه", "اذاعه", "وكاله", "شركه", "جامعه",
                         "بطوله", "مجموعه", "منظمه", "هيئه", "حكومه", "سفاره", "قنصليه",
                         "شرطه", "بلديه", "امانه", "غرفه", "محكمه", "كليه"})
"""Feminine nouns of a body named after its town: the nisba after the town is theirs."""
_TOWN_NOUNS = frozenset({"مدينه", "بلده", "قريه"})
_MASCULINE_PLACE_NOUNS = frozenset({"اقليم", "قطاع"})
"""«إقليم كردستان العراقي»: the nisba agrees with a masculine place noun before the name."""
_CONTAINING_CLITICS = frozenset({"ب", "بال", "وب", "وبال", "في"})
_DASHES = frozenset("-–—")
_RANK = {"Place": 0, "City": 1, "Region": 2, "Country": 3}


def _feminine_nisba(context: Extraction, first: Mention, second: Mention) -> bool:
    """«عدن اليمنية»: a country adjective in the feminine right after the town."""
    if first.label not in _TOWN_LABELS or second.label != "Country" or \
            not is_adjective_mention(second):
        return False
    if context.doc.text[first.end:second.start].strip():
        return False
    surface = normalize_key(context.doc.text[second.start:second.end])
    if not surface.startswith("ال"):
        return False
    before = context.words_between(max(0, first.start - 12), first.start)
    if before and before[-1].bare() in _BODY_NOUNS:
        return False  # «جامعة القاهرة المصرية»: the nisba is the university's
    if surface.endswith("يه"):
        return True
    if not surface.endswith("ي"):
        return False
    head = context.word_at(first.start)  # «[إقليم كردستان] العراقي»: the noun opens the name
    if head is not None and head.end < first.end and head.bare() in _MASCULINE_PLACE_NOUNS:
        return True
    return bool(before) and before[-1].bare() in _MASCULINE_PLACE_NOUNS and \
        context.doc.text[before[-1].end:first.start].strip() == ""


def _bracketed_nisba(context: Extraction, first: Mention, second: Mention) -> bool:
    """«نانتير (الضاحية الفرنسية)», «X (المدينة المصرية)»: in brackets after the town, a
    town noun and its feminine nisba."""
    if first.label not in _TOWN_LABELS or second.label != "Country" or \
            not is_adjective_mention(second):
        return False
    gap = context.doc.text[first.end:second.start].strip()
    words = context.words_between(first.end, second.start)
    surface = normalize_key(context.doc.text[second.start:second.end])
    after = context.doc.text[second.end:second.end + 2].strip()
    return gap.startswith("(") and len(words) == 1 and \
        normalize_key(words[0].norm.lstrip("(")) in _BRACKET_NOUNS and \
        surface.startswith("ال") and surface.endswith("يه") and after.startswith(")")


def _province_after(context: Extraction, first: Mention, second: Mention) -> bool:
    """«نورثهامبتون بولاية ماساتشوستس», «X في محافظة Y»: a province noun names the
    second place; the first is no province itself."""
    if first.label not in {"City", "Place"} or second.label not in {"City", "Region"}:
        return False
    words = context.words_between(first.end, second.start)
    if context.attached_prefix(second) or not 1 <= len(words) <= 2:
        return False
    if any(mark in context.doc.text[first.end:second.start] for mark in "،,.:()«»\""):
        return False
    noun = words[-1]
    if noun.bare() not in _PROVINCE_NOUNS or noun.norm.startswith(("و", "ف")):
        return False
    if len(words) == 2:
        return words[0].norm == "في" and noun.norm in _PROVINCE_NOUNS
    return noun.norm in {"ب" + n for n in _PROVINCE_NOUNS}


def _bracketed_direction(context: Extraction, first: Mention, second: Mention) -> bool:
    """«الموصل (شمال العراق)», «مدينة البيضاء - وسط اليمن»: brackets (or a dash) holding
    a direction word and the larger place."""
    if first.label not in _TOWN_LABELS or second.label not in {"Region", "Country"} or \
            _RANK[first.label] >= _RANK[second.label]:
        return False
    gap = context.doc.text[first.end:second.start].strip()
    words = [w for w in context.words_between(first.end, second.start) if w.norm.strip("-–—(")]
    if len(words) != 1 or words[0].norm.lstrip("(") not in DIRECTIONS or \
            context.attached_prefix(second):
        return False
    if gap[:1] in _DASHES:
        return True
    after = context.doc.text[second.end:second.end + 2].strip()
    return gap.startswith("(") and after.startswith(")")


def listed_peers(context: Extraction, first: Mention, second: Mention) -> bool:
    """Whether two places are peers of a list, not one inside the other: «فلوريدا،
    ولويزيانا» (a comma, then «و» glued to the second or before the first), or the
    second glued to a clitic no containment takes («كيكو كاسيا»)."""
    text = context.doc.text
    gap = text[first.end:second.start]
    if gap.strip() == "،" and (text[second.start] == "و" or
                               text[max(0, first.start - 1):first.start] == "و"):
        return True
    word = context.word_at(second.start)
    if word is None or word.start >= second.start:
        return False
    return normalize_key(text[word.start:second.start]) not in _CONTAINING_CLITICS


def beside_a_city(context: Extraction, first: Mention, second: Mention) -> bool:
    """«بمدينة بنها شمالي القاهرة», «قرية X جنوب حلب»: a town, village or city named
    by its noun and placed by a direction word from a city lies beside it, not in it
    (a district does lie in it: «حي X شمال الرياض»)."""
    if second.label != "City":
        return False
    words = context.words_between(first.end, second.start)
    if not any(w.bare() in DIRECTIONS for w in words):
        return False
    head = context.word_at(first.start)
    before = context.words_between(max(0, first.start - 12), first.start)
    nouns = [w for w in (head, before[-1] if before else None) if w is not None]
    return any(w.bare() in _TOWN_NOUNS for w in nouns)


def no_containment(context: Extraction, first: Mention, second: Mention) -> bool:
    """Whether the two places are peers of a list or a town beside a city."""
    return listed_peers(context, first, second) or beside_a_city(context, first, second)


def extract_more(mentions: list[Mention], context: Extraction,
                 add: Callable[[Mention, Mention], None]) -> None:
    """The ``locatedIn`` facts of the rules above, through ``add(first, second)``."""
    for first, second in itertools.pairwise(mentions):
        if _feminine_nisba(context, first, second) or \
                _bracketed_nisba(context, first, second) or \
                _province_after(context, first, second) or \
                _bracketed_direction(context, first, second):
            add(first, second)
