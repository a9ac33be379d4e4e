"""A name set in quotes after the noun of a device or an app is a product, not a person.

Technology news names products in quotes after their kind: «جهاز «ريفت»», «تطبيق
«واتساب»», «هاتف «غالاكسي إس 6»», «لعبة «فورتنايت»». The tagger reads a foreign
product name as a person's («أوكيلوس ريفت» as Person), and the product then says and
does what the article tells of it («يعمل جهاز «ريفت» مع ألعاب ...»). Quotes after the
kind noun mark the product's own name; a person after such a noun is its owner and is
written without them («هاتف ميركل»: Merkel's phone).

:func:`product_names` reads as a product's the name of every mention (of any class)
that stands in quotes right after a product noun (:data:`PRODUCT_NOUNS`, with
«و/ف/ب/ل/ك» and the article or not), and makes Miscellaneous every Person mention of
the document with that name, or whose last word is such a one-word name («أوكيلوس
ريفت» after «جهاز «ريفت»»), so that the linker gives no person that name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.model import Document, Mention
from kg.text.normalize import normalize_key


def _words(text: str) -> list[str]:
    return [normalize_key(word) or word for word in text.split()]


PRODUCT_NOUNS = frozenset(_words("""
    جهاز أجهزة هاتف هواتف تطبيق تطبيقات منصة متصفح لعبة ألعاب
    حاسوب كمبيوتر حاسب ساعة كاميرا نظارة نظارات سماعة سماعات
    """))
"""Kinds of device, app or game whose quoted name follows them («جهاز «ريفت»»); not
«برنامج» (a television show may bear its host's name) nor «نظام» («نظام "الأسد"»)."""
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_WORD_BEFORE = re.compile(r"(\S+)\s*[«\"“]\s*$")


def _product_noun(word: str) -> bool:
    normal = normalize_key(word) or word
    for prefix in _PREFIXES:
        if not normal.startswith(prefix):
            continue
        rest = normal[len(prefix):]
        if rest in PRODUCT_NOUNS or (rest.startswith("ال") and rest[2:] in PRODUCT_NOUNS):
            return True
    return normal.startswith("لل") and normal[2:] in PRODUCT_NOUNS  # «للجهاز»


def _named_product(doc: Document, mention: Mention) -> bool:
    """Whether the mention stands in quotes right after a product noun."""
    before = doc.text[max(0, mention.start - 40) : mention.start]
    found = _WORD_BEFORE.search(before)
    return found is not None and _product_noun(found.group(1))


def product_names(doc: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the Person mentions that name a product (see the module
    docstring) made Miscellaneous."""
    names = {normalize_key(m.text) for m in mentions if _named_product(doc, m)}
    if not names:
        return list(mentions)
    single = {name for name in names if " " not in name}

    def product(mention: Mention) -> bool:
        words = normalize_key(mention.text).split()
        return " ".join(words) in names or (bool(words) and words[-1] in single)

    return [replace(m, label="Miscellaneous") if m.label == "Person" and product(m) else m
            for m in mentions]
