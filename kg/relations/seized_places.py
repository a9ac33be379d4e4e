"""Places taken or retaken in fighting: «استعادت القوات قصر الرئاسة», «انتزع مقر القيادة».

The place noun where the object of a verb of retaking starts, with its genitive or name, is
the target; not when a possessive noun follows and makes it the subject («استعادت المدينة
هدوءها»).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.target_words import (
    PLACE_HEADS,
    with_genitive,
)

SEIZED_HEADS = PLACE_HEADS | frozenset({
    "قصر", "مقر", "مطار", "قاعده", "معسكر", "ثكنه", "مبني", "مبان", "مواقع", "موقع", "مناطق",
    "قري", "بلدات", "مدن", "احياء", "جسر", "ميناء", "مرفا", "تله", "جبل", "سد", "حقل", "حقول",
    "اراضي", "اراض",
})
"""Places taken or retaken in fighting («استعادت القوات قصر الرئاسة», «انتزع مقر القيادة»)."""


_POSSESSIVE_ENDINGS = ("ها", "ه", "هم")


def seized_place(context: Extraction, words: list[Word], start: int) -> Arg | None:
    """«استعادت قصر 22 مايو», «انتزع المسلحون مقر القيادة»: the place noun right where the
    object of a verb of retaking starts is the target, even when no agent was found (a
    place does not retake), with its genitive or name («مقر القيادة»). Not when a
    possessive noun follows it, which makes the place the subject: «استعادت المدينة
    هدوءها»."""
    if start >= len(words) or start == 0 or \
            context.boundary_between(words[start - 1], words[start]):
        return None
    head = words[start]
    if not head.has(SEIZED_HEADS) or context.covering_mention(head.start) is not None or \
            any(c in (head.readings()[-1][0] if head.readings() else "") for c in "بلك"):
        return None
    last = with_genitive(context, words, start)
    if last == start and start + 1 < len(words) and \
            not context.boundary_between(head, words[start + 1]):
        mention = context.mention_starting_in(words[start + 1])
        if mention is None and number_value(words[start + 1]) is not None:
            last = start + 1  # «قصر 22 مايو»: a name the NER missed, from its number
    following = words[last + 1] if last + 1 < len(words) else None
    if following is not None and not context.boundary_between(words[last], following) and \
            _possessive(context, following):
        return None
    node = context.add_entity("Miscellaneous", context.doc.text[head.start:words[last].end])
    return Arg(node, head.start, words[last].end)


def _possessive(context: Extraction, word: Word) -> bool:
    """An indefinite noun with a possessive pronoun as printed («هدوءها», «نشاطه»; not the
    «ة» of «العسكرية»)."""
    printed = context.doc.text[word.start:word.end]
    return not word.norm.startswith(("ال", "وال")) and len(printed) > 4 and \
        printed.endswith(_POSSESSIVE_ENDINGS)
