"""Title phrases: compound heads and chains of titles in apposition.

«ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع» is three titles one
after the other, with no «و» between them: a new title opens at a bare or definite
head right after a definite word («العهد النائب», «الوزراء وزير»), or after a
comma. A head glued to «ل» («لرئيس») or following an indefinite word («نائب
رئيس», «مستشار الملك») continues the title before it (an iḍāfa). Some titles
open with a word that is no title alone: «ولي العهد», «خادم الحرمين الشريفين»,
«القائم بأعمال», «المدعي العام», «عضو مجلس الوزراء».
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.relations.lexicon import TITLE_HEADS

if TYPE_CHECKING:
    from kg.relations.context import Extraction
    from kg.relations.index import Word

COMPOUND_HEADS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ولي": (("العهد",), ("ولي", "العهد")),
    "خادم": (("الحرمين", "الشريفين"), ("الحرمين",)),
    "قائم": (("باعمال",), ("بالاعمال",)),
    "مدعي": (("عام",), ("العام",)),
    "عضو": (("مجلس", "الوزراء"),),
}
"""First word of a compound title → the words that must follow it."""

_PLACE_NOUNS = frozenset({"منطقه", "محافظه", "مدينه", "دوله", "مملكه", "اماره", "ولايه",
                          "جمهوريه", "عاصمه", "بلديه"})
_LINK_WORDS = frozenset({"في", "لدي", "الي", "علي"})
_BODY_WORDS = frozenset({"مجلس", "هيئه", "وزاره", "اداره", "لجنه", "شؤون", "قسم", "حكومه",
                         "حزب", "شركه", "جمعيه", "اتحاد", "نادي", "مركز", "مكتب", "جهاز"})


def compound_prefix(seq: list[Word], index: int) -> str | None:
    """The clitics before a compound title's first word («و» of «وولي العهد»), or None
    when ``seq[index]`` opens no compound title («ولي العهد», «القائم بأعمال»)."""
    found = _compound_at(seq, index)
    return found[0] if found is not None else None


def compound_end(seq: list[Word], index: int) -> int | None:
    """The index of the last word of the compound title opening at ``seq[index]``
    («خادم الحرمين الشريفين» → the index of «الشريفين»), or None."""
    found = _compound_at(seq, index)
    return index + found[1] if found is not None else None


_COMPOUND_ENDINGS = tuple(COMPOUND_HEADS)


def _compound_at(seq: list[Word], index: int) -> tuple[str, int] | None:
    """The clitics and the number of words after the head of the compound title opening at
    ``seq[index]``; a reading's stem ends the word, so most words are ruled out at once."""
    if not seq[index].norm.endswith(_COMPOUND_ENDINGS):
        return None
    for prefix, rest in seq[index].readings():
        for tail in COMPOUND_HEADS.get(rest, ()):
            following = seq[index + 1:index + 1 + len(tail)]
            if len(following) == len(tail) and all(
                    w.norm == t for w, t in zip(following, tail, strict=True)):
                return prefix, len(tail)
    return None


def compound_head(seq: list[Word], index: int) -> bool:
    return compound_prefix(seq, index) is not None


def head_at(seq: list[Word], index: int) -> bool:
    """Whether ``seq[index]`` is a title head, single («وزير») or compound («ولي العهد»)."""
    word = seq[index]
    return word.has(TITLE_HEADS) or compound_head(seq, index)


def bare_head(seq: list[Word], index: int) -> bool:
    """A head with no clitic but the article: «وزير», «النائب», «ولي العهد», not «لرئيس»
    or «ووزير»."""
    norm = seq[index].norm
    if norm in TITLE_HEADS or norm.removeprefix("ال") in TITLE_HEADS:
        return True
    return compound_prefix(seq, index) in {"", "ال"}


def opens_apposed(context: Extraction, seq: list[Word], index: int) -> bool:
    """Whether a new title in apposition opens at ``seq[index]``: a bare head after a
    definite word that is no head itself, or after a comma."""
    if index == 0 or not bare_head(seq, index):
        return False
    previous = seq[index - 1]
    if context.gap(previous, seq[index]).strip() in {"،", ","}:
        return True
    return previous.norm.startswith("ال") and not head_at(seq, index - 1)


def complement(seq: list[Word], index: int) -> bool:
    """A word that may follow a title head inside the title: a definite word («الدولة»),
    a glued preposition and article («للسياحة»), a head («لرئيس»), a body noun («مجلس»)."""
    word = seq[index]
    norm = word.norm
    return (norm.startswith(("ال", "لل")) or head_at(seq, index) or word.has(_BODY_WORDS)
            or word.bare() in _PLACE_NOUNS)


def split_apposed(context: Extraction, group: list[Word]) -> list[list[Word]]:
    """«ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع» → three titles."""
    parts: list[list[Word]] = [[]]
    for index, word in enumerate(group):
        if parts[-1] and opens_apposed(context, group, index):
            parts.append([])
        parts[-1].append(word)
    return [p for p in parts if p]


def descriptive(context: Extraction, words: list[Word]) -> bool:
    """Whether words after a preposed title's organisation only describe it: «الموالية
    للشرعية», «لدى مملكة البحرين», «بمنطقة عسير» (definite words, prepositions, place
    nouns, names), not a clause («قرارين يقضيان بتعيين»)."""
    for index, word in enumerate(words):
        norm = word.norm
        if norm.startswith(("ال", "لل", "بال", "وال")) or norm in _LINK_WORDS or \
                word.bare() in _PLACE_NOUNS or context.mention_starting_in(word) is not None:
            continue
        if norm.startswith("ل") and index + 1 < len(words) and \
                words[index + 1].norm.startswith("ال"):
            continue  # «لدول الخليج»
        if any(m.start <= word.start and word.end <= m.end
               for m in context.mentions_between(max(0, word.start - 60), word.end)):
            continue
        return False
    return True
