"""Where the sentence before a subjectless praise opens: past a discourse opener.

«من جانب آخر، استقبل الأمير X ... المواطنين الذين قدموا البيعة للأمير Y. ونوه خلال الاستقبال
بـ ...»: a verb that opens its sentence with no subject goes on with the subject of the verb
opening the sentence before (:func:`kg.relations.stance_verb_clauses.previous_opening_subject`).
Two things hide that verb and its subject:

- a discourse opener set off by a comma before it («من جانب آخر،», «من جهة أخرى،», «على
  صعيد متصل،», «وفي سياق متصل،», «إلى ذلك،», and «من جانبه،», «من ناحيته،» that turn to the
  next speaker): :func:`opening_past_discourse` gives the index of the verb after it;
- persons named after a preposition later in that sentence («البيعة للأمير Y», «إلى الأمير
  Y») are recipients or the ones acted for, not another actor: they do not stand between
  the opening subject and the praise (:func:`oblique_person`).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import COMMAS
from kg.relations.style_oblique import oblique_styled

_SIDES = frozenset({"جانب", "جهه", "ناحيه", "صعيد", "سياق"})
_OTHER = frozenset({"اخر", "اخري", "ثان", "ثانيه", "متصل", "اخرى"})
_OPENERS = frozenset({"من", "ومن", "علي", "وعلي", "في", "وفي"})
_THAT = frozenset({"الي", "والي"})
_OWN_SIDES = frozenset({"جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها"})
_FROM = frozenset({"من", "ومن"})


def opening_past_discourse(context: Extraction, words: list[Word]) -> int:
    """The index of the word after «من جانب آخر،» («من جهة أخرى،», «على صعيد متصل،», «وفي
    سياق متصل،», «إلى ذلك،», «من جانبه،», «من ناحيته،») when one opens ``words`` closed by
    a comma; 0 otherwise."""
    if len(words) < 3:
        return 0
    if words[0].norm in _THAT and words[1].norm == "ذلك":
        end = 2  # «إلى ذلك،»
    elif words[0].norm in _FROM and words[1].norm in _OWN_SIDES:
        end = 2  # «من جانبه،», «ومن ناحيته،»
    elif len(words) > 3 and words[0].norm in _OPENERS and words[1].norm in _SIDES and \
            words[2].norm in _OTHER:
        end = 3  # «من جانب آخر،»
    else:
        return 0
    if any(context.covering_mention(word.start) is not None for word in words[:end]) or \
            context.gap(words[end - 1], words[end]).strip() not in COMMAS:
        return 0
    return end


_STYLED = frozenset({"امير", "الامير", "اميره", "الاميره", "سمو", "السمو", "صاحب", "الملكي",
                     "معالي", "فخامه", "سماحه", "الشيخ", "شيخ", "الملك", "ملك", "خادم",
                     "الحرمين", "الشريفين", "الرئيس", "الوزير", "الدكتور", "المهندس"})
"""Styles and titles that stand between a preposition and the name it governs («للأمير»,
«لصاحب السمو الملكي الأمير», «لخادم الحرمين الشريفين الملك»)."""
_STYLED_REACH = 6
_GOVERNED = frozenset({"ل", "لل", "ب", "بال"})


def oblique_person(context: Extraction, mention: Mention) -> bool:
    """A person named after a preposition («للأمير Y», «إلى الأمير Y», «لصاحب السمو الملكي
    الأمير Y»): a recipient, never the actor a later sentence goes on with."""
    if mention.label != "Person":
        return False
    if context.is_prepositional(mention):
        return True
    word = context.word_at(mention.start)
    if word is None:
        return False
    index = word.index - 1
    for _ in range(_STYLED_REACH):
        if index < 0 or context.words[index].sentence_index != word.sentence_index or \
                context.boundary_between(context.words[index], context.words[index + 1]):
            return False
        styled = context.words[index]
        if not styled.has(_STYLED):
            return False
        if any(prefix.lstrip("و") in _GOVERNED and rest in _STYLED
               for prefix, rest in styled.readings()[1:]):
            return True  # «للأمير Y», «لصاحب السمو الملكي الأمير Y»
        if styled.norm.startswith("و"):  # «البيعة للأمير Y ... والأمير Z»: the same list
            return oblique_styled(context, index)
        index -= 1
    return False
