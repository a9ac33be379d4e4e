"""A unit of a state's force as an unnamed doer: «قوة من الجيش», «فرقة مظلية من قوات الأمن».

News tells a raid or a killing by a unit drawn from the army or the police without naming it:
«وكانت قوة من الجيش قد قتلت أربعة مسلحين», «داهمت وحدة من الشرطة المنزل», «وكانت فرقة مظلية
من قوات مكافحة الإرهاب قد قتلت ...». The unit noun (maybe with one adjective: «مظلية»,
«خاصة») and «من» before the force it belongs to make a doer phrase, as «مسلحون من تنظيم
داعش» does (``perpetrators``). The force must be the state's: a word of the security
forces («الجيش», «الشرطة», «الأمن»), or «قوات»/«القوات» with the genitive or adjective that
names which («قوات مكافحة الإرهاب», «القوات الخاصة», «قوات الأمن»). «فرقة من الطلاب»,
«وحدة من الوحدات» are none.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import FUNCTION_WORDS

UNIT_HEADS = frozenset({"قوه", "وحده", "فرقه", "كتيبه", "سريه", "دوريه", "مفرزه", "وحدات",
                        "فرق", "دوريات"})
"""Nouns of a unit of armed men («قوة», «وحدة», «فرقة», «كتيبة», «سرية», «دورية»)."""
_FORCES = frozenset({"قوات", "القوات"})


def unit_end(context: Extraction, words: list[Word], index: int,
             owners: frozenset[str]) -> int | None:
    """The index of the last word of the unit phrase at ``words[index]`` («قوة من الجيش»:
    «الجيش»), or None; ``owners`` are the words of the security forces («الجيش», «الشرطة»)."""
    word = words[index]
    if not word.has(UNIT_HEADS) or context.covering_mention(word.start) is not None or \
            any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:]):
        return None
    at = index + 1
    if at < len(words) and words[at].norm != "من" and _adjective(context, words[at]):
        at += 1  # «فرقة مظلية من»
    if at + 1 >= len(words) or words[at].norm != "من" or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(index, at + 1)):
        return None
    owner = at + 1
    mention = context.covering_mention(words[owner].start)
    if words[owner].norm in owners:
        if mention is not None and mention.label in ORGANIZATION_LABELS:
            last = context.word_at(max(mention.start, mention.end - 1))
            return last.index - words[0].index if last is not None else owner
        return owner
    if words[owner].norm not in _FORCES or owner + 1 >= len(words) or \
            context.boundary_between(words[owner], words[owner + 1]):
        return None
    following = words[owner + 1]
    if following.norm in owners or (following.norm.startswith("ال") and _plain(following)):
        return owner + 1  # «قوات الأمن», «القوات الخاصة»
    if _plain(following) and owner + 2 < len(words) and \
            words[owner + 2].norm.startswith("ال") and _plain(words[owner + 2]) and \
            not context.boundary_between(following, words[owner + 2]):
        return owner + 2  # «قوات مكافحة الإرهاب», «قوات حفظ السلام»
    return None


def _plain(word: Word) -> bool:
    """A noun or adjective with no preposition glued to it, no function word."""
    prefix = word.readings()[-1][0] if word.readings() else ""
    return prefix.lstrip("و")[:1] not in {"ب", "ل", "ك"} and word.norm not in FUNCTION_WORDS \
        and len(word.bare()) > 2 and not any(ch.isdigit() for ch in word.norm)


def _adjective(context: Extraction, word: Word) -> bool:
    """«مظلية», «خاصة», «أمنية»: an indefinite feminine adjective after the unit noun."""
    return context.covering_mention(word.start) is None and _plain(word) and \
        not word.norm.startswith("ال") and word.norm.endswith("ه")
