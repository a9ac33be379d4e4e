"""A subject that opens its clause before the verb: «وفي يوم الأربعاء الملك فلان استقبل فلاناً».

Arabic news tells a deed verb-first, but chronicles, headlines and lists of the day's doings
often put the doer first, right after a date or at the head of the sentence («الأربعاء 4
مارس، خادم الحرمين الشريفين استقبل رئيس وزراء باكستان», «الوزير فلان التقى نظيره»). The
name right before such a verb is its subject, and the name after it is its object: the one
met, received or hit. The event rules read the subject after the verb, so without this the
guest is taken for the host.

The name before must open its clause: nothing before it but its own title words («الملك»,
«خادم الحرمين الشريفين») and, before those, the start of the sentence, a comma, or a date
(a day, a month, a number). A name that closes another verb's clause («زار الوزير الرياض
التقى») is not one, nor a country or a city (a dateline: «الرياض، استقبل»), nor a name
behind a preposition or a conjunction («ومع فلان استقبل»). The verb itself carries no
«و»/«ف»: a joined verb shares the subject of the verb before it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import TITLE_HEADS, find_event
from kg.relations.timex import is_month_name

_SUBJECT_LABELS = ORGANIZATION_LABELS - {"Country"} | {"Person"}
"""Who may open a clause as its subject; a country or a city there is most often a dateline."""
_COMMA_ONLY = frozenset({"", "،", ","})
_TITLE_REACH = 4
"""How many title words may stand before the name («خادم الحرمين الشريفين الملك»)."""
_DAY_WORDS = frozenset({"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                        "الجمعه", "السبت", "يوم", "ويوم", "في", "وفي", "صباح", "مساء", "الماضي",
                        "الماضيه"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_PRONOUNS = ("ه", "ها", "هم", "هما")
"""Object pronouns a verb may carry («استقبله», «قصفها»)."""


def opening_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The person or body that opens the clause of the verb at ``words[position]`` right
    before it («الملك فلان استقبل»), or None."""
    word = words[position]
    if position == 0 or any(prefix and prefix.lstrip("وف") == ""
                            for prefix, _ in word.readings()):
        return None  # «واستقبل»: a joined verb shares the subject of the verb before it
    if _object_pronoun(word):
        return None  # «فلان، استقبله الرئيس»: the name before is the one received
    before = words[position - 1]
    if context.gap(before, word).strip() not in _COMMA_ONLY:
        return None
    mention = context.covering_mention(before.end - 1)
    if mention is None or mention.end != before.end or not mention.entity_id or \
            mention.label not in _SUBJECT_LABELS or context.attached_prefix(mention):
        return None
    first = context.word_at(mention.start)
    if first is None or first.start != mention.start:
        return None
    index = first.index - words[0].index
    for _ in range(_TITLE_REACH):
        if index == 0 or context.boundary_between(words[index - 1], words[index]) or \
                not _plain_title(words[index - 1]):
            break
        index -= 1
    if not _opens_clause(context, words, index):
        return None  # «زار الوزير الرياض التقى», «الذي عاد أمس فلان استقبل»: another clause's
    return Arg(mention.entity_id, mention.start, mention.end)


def _opens_clause(context: Extraction, words: list[Word], index: int) -> bool:
    """Nothing but a date stands between ``words[index]`` and the start of the sentence or
    the comma before it («وفي يوم الخميس 16 يوليو»)."""
    while index > 0 and not context.boundary_between(words[index - 1], words[index]):
        if not _date_word(words[index - 1]):
            return False
        index -= 1
    return True


def _object_pronoun(word: Word) -> bool:
    """The verb carries an object pronoun («استقبله», «التقاه», «قصفها»)."""
    norm = word.norm
    stems = [norm[:-len(suffix)] for suffix in _PRONOUNS if norm.endswith(suffix)]
    stems += [norm[:-len(suffix)] + "ي" for suffix in ("اه", "اها", "اهم") if norm.endswith(suffix)]
    return any(len(stem) > 2 and find_event(stem) is not None for stem in stems)



def _plain_title(word: Word) -> bool:
    """A title word with no clitic but the article («الملك», «خادم»; not «ومع», «بالرئيس»)."""
    return any(rest in TITLE_HEADS and prefix in {"", "ال"} for prefix, rest in word.readings())


def _date_word(word: Word) -> bool:
    """A word of a date: a day's name, «اليوم», «أمس», «وفي يوم», a month or a number."""
    return word.norm in _DAY_WORDS or is_month_name(word) or \
        word.norm.translate(_DIGITS).isdigit()
