"""Body nouns whose own first letter is «ل», which no article restoring may eat.

A body cut out of «لل» + article keeps the preposition's «ل» («لحكومة المعترف بها»
of «للحكومة»), and the linker puts the article back («الحكومة»). A body noun that
opens with «ل» itself («لجنة», «لجان», «لواء», «لائحة») is no such cut: «لجنة
التنمية الاجتماعية» is the committee (not «الجنة»). Written after «ل» + article
(«للجنة التنمية»), one «ل» is the preposition, and the name is «اللجنة» (the
«ل» + «الجنة» reading, «for paradise», names no body).
"""

from __future__ import annotations

from kg.text.normalize import normalize_key

LAM_NOUNS = frozenset(normalize_key(word) for word in ("لجنة", "لجان", "لواء", "لائحة"))


def opens_with_lam_noun(text: str) -> bool:
    """Whether a (normalised or raw) name opens with a body noun that starts with «ل»."""
    words = normalize_key(text).split()
    return bool(words) and words[0] in LAM_NOUNS


def article_key(key: str) -> str | None:
    """The key of a normalised «لل» + lam noun name with its article («للجنه التنميه»
    → «اللجنه التنميه»), or None when the name opens with no such word."""
    if key.startswith("لل") and opens_with_lam_noun(key[1:]):
        return "ال" + key[1:]
    return None
