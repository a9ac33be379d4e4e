"""Words that open a speaker's name or title without being the speaker themselves.

1. A surname particle: «فان بيرسي», «فون دير لاين», «دي ماريا». Dutch, German, Spanish and
   Italian surnames open with a particle («فان», «فون», «دي», «دا», «ديل», «دوس») that the
   recogniser often leaves out of a later, shorter mention («وكشف فان بيرسي» is tagged as
   «بيرسي» only). Read alone, the particle looks like an Arabic word («فان» is also «فإنّ»
   once the hamza is dropped), so the slot after a reporting verb would read it as the
   start of an unnamed subject. It counts as part of the name only when a person mention
   starts on the very next word: «فإن الأمور» stays what it was.
2. A style of address before a title: «وأوضح معالي أمين العاصمة المقدسة الدكتور X»,
   «وقال سعادة مدير عام التعليم X», «وأكد فضيلة الشيخ X». The style («معالي», «سعادة»,
   «فخامة», «فضيلة», «سماحة», «دولة») is no noun subject of its own; the title after it
   names the speaker. It is skipped only when a title head or an honorific follows at
   once: «دولة الإمارات» stays a country. «سمو» («وقال سمو الأمير X», «وأكد سمو أمير
   منطقة عسير», «سمو ولي العهد») and the owner styles «صاحب السمو الملكي», «صاحب المعالي»
   (every word of the run) are skipped the same way; «صاحب الشركة» is a noun.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_words import is_title_head

NAME_PARTICLES = frozenset({"فان", "فون", "دي", "دا", "ديل", "دوس", "ديلا"})
"""Surname particles, as normalised words (hamza and case endings dropped)."""
STYLES = frozenset({"معالي", "سعاده", "فخامه", "فضيله", "سماحه", "دوله", "سمو"})
"""Styles of address that stand before a title, as normalised words («سمو الأمير»)."""
_OWNER_STYLES = frozenset({"صاحب", "صاحبه"})
"""«صاحب السمو الملكي», «صاحب المعالي»: «the owner of» + a definite style."""
_DEFINITE_STYLES = frozenset({"السمو", "الملكي", "المعالي", "السعاده", "الفضيله", "السماحه",
                              "الفخامه", "الجلاله"})
"""The definite style words of «صاحب السمو الملكي», «صاحب المعالي», as normalised words."""
_STYLE_RUN = 3


def particle_of_person(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a surname particle right before a person mention
    («فان» in «وكشف فان بيرسي أن»), not a word of its own."""
    if words[index].norm not in NAME_PARTICLES or index + 1 >= len(words):
        return False
    if context.mention_starting_in(words[index]) is not None:
        return False
    following = context.mention_starting_in(words[index + 1])
    return following is not None and following.label == "Person" and bool(following.entity_id)


def _opens_title(word: Word, after: Word | None) -> bool:
    """A title head, an honorific, or «ولي العهد» («سمو ولي العهد»)."""
    return is_title_head(word) or word.norm in HONORIFICS or \
        (word.norm == "ولي" and after is not None and after.norm in {"العهد", "ولي"})


def style_before_title(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a style of address right before a title or an
    honorific («معالي» in «معالي وزير الصحة», «فضيلة» in «فضيلة الشيخ», «سمو» in «سمو
    الأمير», «سمو ولي العهد»), or a word of the owner style «صاحب السمو الملكي» /
    «صاحب المعالي» whose run of style words ends right before one."""
    word = words[index]
    if word.norm in STYLES:
        run_end = index + 1
    elif word.norm in _OWNER_STYLES or (word.norm in _DEFINITE_STYLES and index > 0 and (
            words[index - 1].norm in _OWNER_STYLES or words[index - 1].norm in _DEFINITE_STYLES)):
        run_end = index + 1
        while run_end < min(len(words), index + _STYLE_RUN) and \
                words[run_end].norm in _DEFINITE_STYLES:
            run_end += 1
        if word.norm in _OWNER_STYLES and run_end == index + 1:
            return False  # «صاحب الشركة»: the owner of something, a noun of its own
    else:
        return False
    if run_end >= len(words):
        return False
    return _opens_title(words[run_end], words[run_end + 1] if run_end + 1 < len(words) else None)


def opener_of_subject(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the word at ``index`` after a reporting verb only opens the subject: a
    surname particle or a style of address (see the module's rules)."""
    return particle_of_person(context, words, index) or style_before_title(words, index)
