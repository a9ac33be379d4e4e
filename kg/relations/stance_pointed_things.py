"""Decisions and agreements a welcome or a praise points to past a demonstrative or as a decree.

Rules:

- «ورحبت مصر بهذه الخطوة», «وأشاد بهذا الاتفاق»: the «ب» the verb takes is glued to the
  demonstrative, so the thing pointed to (a decision, a step, an agreement) is the object
  though it bears no «ب» itself.
- «ورحبت السعودية بالأمر الملكي», «منوها بالأوامر السامية»: «الأمر» with the adjective of a
  sovereign («الملكي», «السامي») is a decree, a decision like «القرار»; a bare «بالأمر» is
  only «the matter» and names nothing.
- «ورحبت مصر بأي مبادرة», «بكل خطوة»: a quantifier that bears the verb's «ب» before an
  indefinite decision or agreement opens the object («أي مبادرة»); «بكل سرور», «بكل
  حزم» (a manner) are none.
- «ورحبت مصر بتوقيع اتفاق السلام», «أشاد بإقرار القانون»: the signing, passing or forming of
  a thing, after the «ب» of a welcome or a praise, with the thing right after it, is what
  is welcomed; the verbal noun alone («بتوقيعه») names nothing.
- «ورحبت مصر بالمصالحة الفلسطينية», «بالقانون الجديد», «بالعفو الرئاسي», «بالبيان
  الختامي»: a reconciliation, a law, a pardon or a statement with the article after the
  «ب» of a welcome or a praise is a thing decided, as «بالقرار» is, when a definite
  adjective or genitive tells which; a lone «بالبيان» is none.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.stance_phrases import DEMONSTRATIVES, Phrase
from kg.text.normalize import normalize_key

_DECREES = frozenset({"امر", "اوامر"})
_SOVEREIGN = frozenset({"الملكي", "الملكيه", "السامي", "الساميه"})


def pointed_with_ba(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """Whether ``words[index]`` is a definite noun of ``heads`` right after a demonstrative
    that bears the verb's «ب» («بهذه الخطوة»)."""
    if index < 1 or index >= len(words):
        return False
    pointer, word = words[index - 1], words[index]
    return pointer.bare() in DEMONSTRATIVES and any(
        prefix.lstrip("وف") == "ب" for prefix, rest in pointer.readings() if rest == pointer.bare()
    ) and word.norm.startswith("ال") and word.norm.removeprefix("ال") in heads


def decree(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «بالأمر» or «بالأوامر» followed by «الملكي» or «السامي»."""
    if index + 1 >= len(words):
        return False
    word = words[index]
    return any(prefix.lstrip("وف") == "بال" and rest in _DECREES
               for prefix, rest in word.readings()) and words[index + 1].norm in _SOVEREIGN \
        and not context.boundary_between(word, words[index + 1])


_QUANTIFIERS = frozenset({"بكل", "باي"})
"""«بكل», «بأي»: too short for a reading that splits off the «ب»."""


def quantified_with_ba(context: Extraction, words: list[Word], index: int,
                       heads: frozenset[str]) -> Phrase | None:
    """The phrase «أي مبادرة» when ``words[index]`` is «بأي» or «بكل» and an indefinite noun
    of ``heads`` follows in the same clause; None otherwise."""
    if index + 1 >= len(words):
        return None
    word, noun = words[index], words[index + 1]
    if word.norm.removeprefix("و").removeprefix("ف") not in _QUANTIFIERS or \
            noun.norm not in heads or \
            context.boundary_between(word, noun) or \
            context.covering_mention(noun.start) is not None:
        return None
    text = context.doc.text[word.start:noun.end]
    return Phrase(word.start, noun.end, text[text.index("ب") + 1:])


def quantified_entity(context: Extraction, words: list[Word], index: int,
                      heads: frozenset[str]) -> Arg | None:
    """The topic entity of :func:`quantified_with_ba`."""
    phrase = quantified_with_ba(context, words, index, heads)
    if phrase is None:
        return None
    node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return Arg(node, phrase.start, phrase.end)


_CONCLUDING = frozenset({"توقيع", "ابرام", "اقرار", "تشكيل", "اعتماد", "اصدار"})
"""Verbal nouns of concluding a thing (signing, passing, forming, adopting, issuing)."""


def concluded(context: Extraction, words: list[Word], index: int,
              heads: frozenset[str]) -> bool:
    """Whether ``words[index]`` is «بتوقيع», «بإقرار» ... and right after it, in the same
    clause, a definite noun or a noun of ``heads`` that no name starts at."""
    if index + 1 >= len(words):
        return False
    word, thing = words[index], words[index + 1]
    return any(prefix.lstrip("وف") == "ب" and rest in _CONCLUDING
               for prefix, rest in word.readings()) and \
        not context.boundary_between(word, thing) and thing.norm not in FUNCTION_WORDS and \
        (thing.norm.startswith("ال") or thing.norm in heads) and \
        context.covering_mention(thing.start) is None


_DECIDED = frozenset({"مصالحه", "قانون", "عفو", "بيان"})


def decided_thing(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «بالمصالحة», «بالقانون», «بالعفو» or «بالبيان» and, right
    after it in its clause, a definite adjective or genitive that tells which («بالبيان
    الختامي»): a lone «بالبيان» may be any statement, and a lone law any law."""
    if index + 1 >= len(words):
        return False
    word, after = words[index], words[index + 1]
    return any(prefix.lstrip("وف") == "بال" and rest in _DECIDED
               for prefix, rest in word.readings()) and after.norm.startswith("ال") and \
        not context.boundary_between(word, after) and after.norm not in FUNCTION_WORDS
