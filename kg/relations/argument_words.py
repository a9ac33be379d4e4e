"""The words around an argument: its preposition, first-person plurals, «و» conjuncts.

:func:`preposition` gives the preposition that governs a mention (attached or the word
before, also across an opening quotation mark); :func:`is_first_person`,
:func:`first_person_near` and :func:`speaker_affiliation` read a first-person plural in a
quote («نحن», «قمنا») as the speaker's side; :func:`coordinated_mentions` and
:func:`chain` give a mention and those joined to it by «و». Read for
:mod:`kg.relations.arguments`.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    FIRST_PERSON_FORMS,
    PREPOSITIONS,
    REPORTING,
    STANCE,
)
from kg.relations.stance_spellings import after_both_of
from kg.text.normalize import normalize_key

_FIRST_PERSON_WORDS = frozenset({"نحن", "اننا", "لكننا", "بيننا", "لنا", "عندنا", "فاننا", "نكن",
                                 "لسنا",
                                 "نكون"})



_NOT_FIRST_PERSON = frozenset({"هنا", "لدينا", "احيانا", "ايضا", "اثنا"}) | frozenset(
    form for form in (*STANCE, *REPORTING)
    if form.startswith("م") and form.endswith("نا") and not form.endswith("تنا"))
"""Words in «نا» that are no first person: adverbs, and the circumstantial participles of a
root in «ن» («مثمنا», «معلنا», «مبينا»: «مُثمِّنًا», not «our»)."""



def preposition(context: Extraction, mention: Mention) -> str:
    """The preposition that governs a mention: attached («لسوريا» → ل) or the word before."""
    prefix = context.attached_prefix(mention).lstrip("وف")
    if prefix[:1] in {"ب", "ل", "ك"}:
        return prefix[:1]
    word = context.word_at(mention.start)
    if word is None or word.index == 0:
        return ""
    before = context.words[word.index - 1]
    if before.sentence_index != word.sentence_index or (
            context.boundary_between(before, word) and not _quote_opens(context, before, word)):
        return ""
    if after_both_of(context.words, word.index):
        return ""  # «كل من مصر والأردن»: both, not «from»
    bare = before.norm.lstrip("و") if before.norm not in PREPOSITIONS else before.norm
    return bare if bare in _GOVERNING else ""



_GOVERNING = PREPOSITIONS | {"لسان"}
"""The words :func:`preposition` gives: a preposition, or «لسان» («على لسان X»)."""



_OPENING_QUOTES = frozenset("«\"“")



def _quote_opens(context: Extraction, before: Word, word: Word) -> bool:
    """Only an opening quotation mark between a preposition and a quoted name («في «حماس»»,
    «لـ"فيفا"»): the preposition still governs the name."""
    gap = context.gap(before, word).strip()
    return bool(gap) and all(mark in _OPENING_QUOTES for mark in gap)



def is_first_person(word: Word) -> bool:
    """«نحن», «قمنا», «لازلنا», «استمرارنا», «لسنا»: a first-person plural form."""
    if word.norm in _FIRST_PERSON_WORDS or word.bare() in _FIRST_PERSON_WORDS:
        return True
    if word.has(FIRST_PERSON_FORMS):
        return True
    bare = word.bare()
    return len(bare) > 3 and bare.endswith("نا") and bare not in _NOT_FIRST_PERSON



def speaker_affiliation(context: Extraction, word: Word) -> Arg | None:
    """Whom a first-person plural inside a quote stands for."""
    speaker = context.speaker_at(word.start)
    if speaker is None:
        return None
    return Arg(context.affiliation(speaker), word.start, word.end)



def first_person_near(context: Extraction, words: list[Word], position: int,
                      lookback: int = 4, include_self: bool = True) -> Arg | None:
    """A first-person plural at the trigger or a few words before it, in the same clause."""
    start = position if include_self else position - 1
    for index in range(start, max(-1, position - lookback - 1), -1):
        if index < position and context.boundary_between(words[index], words[index + 1]):
            break
        if is_first_person(words[index]):
            return speaker_affiliation(context, words[index])
    return None



def coordinated_mentions(context: Extraction, mention: Mention, sentence: Sentence,
                         labels: frozenset[str]) -> list[Mention]:
    """The mention and those joined to it by «و» in the same clause: «موسكو والمتمردين»."""
    found = [mention]
    _, last = context.mention_words(mention)
    while last + 1 < len(context.words):
        word = context.words[last + 1]
        if word.start >= sentence.end or not word.norm.startswith("و") or \
                context.boundary_between(context.words[last], word):
            break
        following = context.mention_starting_in(word)
        if following is None or following.label not in labels or not following.entity_id or \
                _waw_of_name(context, following, word):
            break
        found.append(following)
        _, last = context.mention_words(following)
    return found



def _waw_of_name(context: Extraction, mention: Mention, word: Word) -> bool:
    """«وشكر X وزارة الداخلية», «وانتقد X وكالة الطاقة»: the «و» that opens the name itself
    («وزارة», «وكالة», a gazetteer name such as «واشنطن») joins nothing; the named body is
    no second subject."""
    if mention.start != word.start:
        return False
    if mention.extractor.startswith("ner.gazetteer") and mention.text.startswith("و"):
        return True  # «وانتقدت موسكو واشنطن»: the gazetteer reads a clitic «و» off its names
    entity = context.entity(mention.entity_id) if mention.entity_id else None
    return entity is not None and normalize_key(entity.name).startswith("و")



def chain(context: Extraction, mention: Mention, sentence: Sentence,
          labels: frozenset[str]) -> list[Arg]:
    """The mention and the ones coordinated with it by «و», as arguments."""
    assert mention.entity_id is not None
    return [
        Arg(m.entity_id, m.start, m.end)
        for m in coordinated_mentions(context, mention, sentence, labels)
        if m.entity_id is not None
    ]
