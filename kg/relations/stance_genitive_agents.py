"""Who holds a stance named by a verbal noun: the genitive right after it.

«رفض مصر للتدخل», «دعم ووقوف دولة الإمارات», «معارضة رئيس الوزراء الأسترالي X للاتفاق»:
the named agent right after the verbal noun (past one coordinated noun and one head word of
its own name), or the person named after a title there when a phrase with «ل» follows; and
the verbal noun whose agent is an unnamed genitive («جدد الملك دعم المملكة للشعب اليمني»,
«أكد الوزير وقوف بلاده مع مصر»), which neither the light verb's subject nor a topic holds.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import chain, kingdom, preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, INTENSIFIERS, NISBA, StanceTrigger, find_stance
from kg.relations.stance_capital_agents import capital_holder
from kg.relations.stance_owned_nouns import owned_noun
from kg.relations.stance_phrases import (
    NAME_HEADS,
    definite,
    glued_lam,
    possessive,
    prepositional,
    titled_name_follows,
)

_ANNEXED = ("ته", "تها", "تهم", "تهما")
"""A feminine verbal noun with a possessive pronoun («مطالبتها», «إدانته»): its agent is the
pronoun, so it takes no genitive name after it."""


def genitive_agent(context: Extraction, words: list[Word], position: int,
              sentence: Sentence, received: bool = False) -> list[Arg]:
    """The named agent right after a verbal noun, past one coordinated noun
    («دعم ووقوف دولة الإمارات») and one head word of its own name («دولة»), not the
    genitive of another noun («دعم قرار الأمم المتحدة»: the resolution is supported).
    ``received``: the noun is faced or received by its object («واجه X انتقادات Y»)."""
    if words[position].bare().endswith(_ANNEXED) or owned_noun(words[position]):
        return []  # «وجددت مصر مطالبتها مجلس الأمن بـ»: the name after is the one urged
    index = position + 1
    if index < len(words) and words[index].norm.startswith("و") and \
            find_stance(words[index].norm) is not None:
        index += 1
    titled = _titled_genitive(context, words, index, received)
    if titled is not None:
        return [titled]
    for step in range(2):
        if index + step >= len(words) or context.boundary_between(
                words[index + step - 1], words[index + step]):
            return []
        word = words[index + step]
        realm = kingdom(context, words, index + step)
        if realm is not None and step == 0:
            return [Arg(realm, word.start, word.end)]  # «رفض المملكة للتدخل»
        mention = context.mention_starting_in(word)
        if mention is not None:
            if mention.entity_id and mention.label in AGENT_LABELS and \
                    not preposition(context, mention) and \
                    (not context.is_nisba(mention) or _construct_country(words, position, step)):
                return chain(context, mention, sentence, AGENT_LABELS)
            held = capital_holder(context, words, mention) \
                if step == 0 and not preposition(context, mention) else None
            return [held] if held is not None else []  # «دعم واشنطن للحكومة العراقية»
        if not word.has(NAME_HEADS) or prepositional(word):
            return []  # «شكره لإدارة نادي X»: a name after «لـ» + head is whom it is toward
    return []


def _construct_country(words: list[Word], position: int, step: int) -> bool:
    """«تأييد السعودية للحكومة»: a country name that reads as an adjective too, right after a
    verbal noun with neither article nor pronoun, is its genitive (a definite adjective
    cannot follow a noun in construct), so the country, not a nisba."""
    word = words[position]
    return step == 0 and not definite(word) and not possessive(word)


def _titled_genitive(context: Extraction, words: list[Word], index: int,
                     received: bool = False) -> Arg | None:
    """«معارضة رئيس الوزراء الأسترالي X للاتفاق», «انتقاد وزير الخارجية X لقرار ...»: the
    person named after the title that follows the verbal noun holds the stance, when a
    phrase with «ل» (or «مع», «ضد» ...) follows the name and names what it is toward; a
    titled person with nothing after him may be the object («دعم الرئيس X»), unless the
    noun is ``received``: what is faced or received is the facing verb's subject, so the
    titled genitive holds it («واجه X انتقادات وزير المالية الألماني Y», «لقي القرار ترحيب
    الرئيس المصري Y»)."""
    if not titled_name_follows(context, words, index):
        return None
    for later in range(index + 1, min(len(words), index + 6)):
        mention = context.mention_starting_in(words[later])
        if mention is None or context.is_nisba(mention):
            continue  # «رئيس الوزراء الأسترالي X»: the title's adjective
        if mention.label != "Person" or not mention.entity_id:
            return None
        if received:
            return Arg(mention.entity_id, mention.start, mention.end)
        last = context.mention_words(mention)[1] - words[0].index
        if last + 1 >= len(words) or context.boundary_between(words[last], words[last + 1]):
            return None
        following = words[last + 1]
        if not (glued_lam(following) or following.norm in AGENT_OBJECT_OPENERS):
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    return None


_OWN_SIDE = frozenset({"بلاده", "بلادها", "بلادهم", "حكومته", "حكومتها", "المملكه", "الدوله",
                       "الحكومه", "القياده", "السلطات"})
"""«دعم بلاده», «وقوف المملكة», «رفض الحكومة»: an actor named by description only."""
AGENT_OBJECT_OPENERS = frozenset({"مع", "ضد", "الي", "لدي", "تجاه", "حيال"})


def masdar_like(word: Word, trigger: StanceTrigger) -> bool:
    """A verbal noun, or a bare three-letter past verb that reads as one too («دعم», «رفض»)."""
    return trigger.noun or len(word.bare()) == 3


def unnamed_agent(context: Extraction, words: list[Word], position: int) -> bool:
    """A verbal noun whose own agent is its unnamed genitive: «جدد الملك دعم المملكة
    للشعب اليمني», «أكد الوزير وقوف بلاده مع مصر». The genitive holds the stance, so
    neither the light verb's subject nor the genitive as a topic makes a fact."""
    index = position + 1
    if _suffixed(context, words[position]) or index >= len(words) or \
            context.boundary_between(words[position], words[index]) or \
            _named_actor(context, words[index]):
        return False
    genitive = words[index]
    if definite(words[position]) and genitive.has(INTENSIFIERS) and _praise(words[position]):
        return False  # «تقدم X بالشكر الجزيل لـ Y»: the adjective of a definite noun
    if kingdom(context, words, index) is not None:
        return False  # «دعم المملكة»: the kingdom is named after all
    if _styled_genitive(context, words, index):
        return True  # «أكد X دعم واهتمام صاحب السمو الملكي الأمير Y»: Y's support
    if genitive.norm.lstrip("و") in _OWN_SIDE:
        return True
    if not genitive.norm.startswith("ال") or genitive.norm in FUNCTION_WORDS:
        return False
    for later in words[index + 1:index + 3]:
        if context.boundary_between(words[later.index - words[0].index - 1], later):
            return False
        if later.norm in AGENT_OBJECT_OPENERS or (
                later.norm.startswith("ل") and prepositional(later)):
            return True
        if not later.has(INTENSIFIERS) and not later.has(NISBA):
            return False
    return False


def _praise(word: Word) -> bool:
    """A noun of praise or thanks («بالشكر», «الإشادة»): the light verb's subject holds it
    («تقدم X بالشكر الجزيل لـ Y»), where support («أكد X الدعم الكامل لـ») may be his
    country's."""
    trigger = find_stance(word.norm)
    return trigger is not None and trigger.value.kind == "praises"


def _suffixed(context: Extraction, word: Word) -> bool:
    """A verbal noun with a possessive suffix («رفضها», «دعمه»), not one that ends in the
    feminine «ة» that normalisation writes as «ه» («إدانة», «مطالبة», «إشادة»)."""
    return possessive(word) and not context.doc.text[word.start:word.end].endswith("ة")


def _named_actor(context: Extraction, word: Word) -> bool:
    """Whether a mention covers ``word``, unless it is a bare description of the speaker's
    own side that the name finder tagged as no actor («إدانة المملكة/الدولة للهجوم» with
    «المملكة» a Miscellaneous mention): such a genitive is still the noun's unnamed agent,
    never its object."""
    mention = context.covering_mention(word.start)
    if mention is None:
        return False
    return mention.label in AGENT_LABELS or word.norm.lstrip("و") not in _OWN_SIDE


_STYLED = frozenset({"صاحب", "فخامه", "معالي", "سمو", "سماحه", "جلاله", "دوله"})


def _styled_genitive(context: Extraction, words: list[Word], index: int) -> bool:
    """A style of address right after the verbal noun, or after one noun coordinated with
    it («دعم واهتمام صاحب السمو»): the person so styled is its agent."""
    if words[index].norm.startswith("و") and index + 1 < len(words) and \
            not context.boundary_between(words[index], words[index + 1]) and \
            context.covering_mention(words[index].start) is None:
        index += 1
    return words[index].norm in _STYLED - {"دوله"} or (
        words[index].norm == "دوله" and index + 1 < len(words) and
        words[index + 1].norm in {"رئيس", "الرئيس"})
