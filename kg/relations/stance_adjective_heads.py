"""Who holds a stance told by an adjective: the head of «X الموالية لـ Y».

«القوات الموالية للحكومة», «الانفصاليون الموالون لروسيا», «دورها الداعم للحكومة
العراقية»: the named head that ends right before the adjective (past nisba adjectives of its
own), a described head no name covers (an actor phrase, a definite plural of people), or the
possessor of a role noun («موقفه المؤيد لـ Y»).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.actors import actor_phrase
from kg.relations.arguments import is_place, preposition
from kg.relations.context import Extraction
from kg.relations.deeds import earlier_name
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, NISBA, find_stance
from kg.relations.stance_construct_names import in_construct
from kg.relations.stance_copula_heads import copula_head
from kg.relations.stance_crowds import crowd
from kg.relations.stance_own_country import ROLE_NOUNS, role_country
from kg.relations.stance_phrases import definite, prepositional, without_clitics
from kg.relations.stance_stand_holders import stand_nisba
from kg.text.normalize import normalize_key

_AGENT_LABELS_OR_CITY = AGENT_LABELS | {"City"}


def adjective_head(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named head of «X الموالية ل Y» / «X الداعمة ل Y»: the mention that ends right
    before the adjective (after nisba adjectives of its own). A participle joined by «و»
    to a noun that is no stance word («المريدين والمؤيدين لـ Y») is a second noun, not an
    adjective of the first: it names no head."""
    if _coordinated_noun(words, position):
        return None
    predicate = copula_head(context, words, position)
    if predicate is not None:  # «أن روسيا كانت داعمة لإيران»: the copula's subject
        return predicate
    index = position - 1
    while index >= 0 and context.covering_mention(words[index].end - 1) is None and \
            words[index].has(NISBA):
        index -= 1
    if index < 0 or context.boundary_between(words[index], words[position]):
        return None
    mention = context.covering_mention(words[index].end - 1)
    if mention is None and index > 0 and not context.boundary_between(words[index - 1],
                                                                      words[index]):
        # «دول المجلس الداعمة لليمن» after «دول مجلس التعاون الخليجي»
        start, end = words[index - 1].start, words[index].end
        named = earlier_name(context, context.doc.text[start:end], start)
        if named and named.entity_id:
            return Arg(named.entity_id, start, end)
    if mention is None:
        return _described_head(context, words, index) or \
            _possessor_of_role(context, words, index) or \
            role_country(context, words, index)  # «موقف بلاده الداعم لـ Y»
    nisba = stand_nisba(context, words, position)
    if nisba is not None:  # «الموقف الروسي الداعم للأسد»: the country's stand
        return nisba
    if is_place(mention.label) and preposition(context, mention) in _LOCATIVE:
        return _located_head(context, mention)  # «جماعة الحوثي في اليمن المدعومة من إيران»
    if mention is None or not mention.entity_id or \
            mention.label not in _AGENT_LABELS_OR_CITY or context.is_nisba(mention):
        return None  # a capital stands for its government: «حكومة كييف الموالية للغرب»
    if in_construct(context, mention):
        return None  # «أعضاء مجلس النواب المؤيدين للاتفاق»: the members, not the house
    if mention.label == "Person" and _plural(words[position]):
        return None  # «أنصار الرئيس X الموالين لـ Y»: the plural describes his supporters
    return Arg(mention.entity_id, mention.start, mention.end)


_LOCATIVE = frozenset({"في", "ب"})
"""Prepositions that make a place named before a stance adjective where its head is."""


def _located_head(context: Extraction, place: Mention) -> Arg | None:
    """«جماعة الحوثي في اليمن المدعومة من إيران»: a place after «في» or «ب» only says where
    the head is; the adjective describes the named actor right before that place phrase (or
    nothing is read: never the place)."""
    word = context.word_at(place.start)
    if word is None:
        return None
    index = word.index - (1 if context.attached_prefix(place).lstrip("وف")[:1] == "ب" else 2)
    if index < 0 or context.words[index].sentence_index != word.sentence_index or \
            context.boundary_between(context.words[index], context.words[index + 1]):
        return None
    head = context.covering_mention(context.words[index].end - 1)
    if head is None or not head.entity_id or head.label not in AGENT_LABELS or \
            is_place(head.label) or context.is_nisba(head) or head.entity_id == place.entity_id:
        return None
    return Arg(head.entity_id, head.start, head.end)


def _plural(word: Word) -> bool:
    """«الموالين», «المؤيدون»: a participle in the sound masculine plural, which no single
    person's name agrees with."""
    bare = word.bare()
    return bare.endswith(("ين", "ون")) and len(bare) >= 5


def _coordinated_noun(words: list[Word], position: int) -> bool:
    """«عدد المريدين والمؤيدين لقادة الإرهاب»: a definite participle after «و», the word
    before it no stance adjective («القوات الداعمة والموالية لـ» joins two adjectives)."""
    if position == 0 or not words[position].norm.startswith("و"):
        return False
    return find_stance(words[position - 1].norm) is None


def _possessor_of_role(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«أن إيران لا تبدو في وارد التراجع عن دورها الداعم للحكومة العراقية», «موقفه المؤيد
    لـ Y»: a role or position noun with a possessive pronoun before the stance adjective is
    its possessor's stance, the nearest named agent before it in the sentence."""
    word = words[index]
    bare = word.bare()
    suffix = next((s for s in ("ها", "هم", "ه") if bare.endswith(s)), None)
    stem = bare[:-len(suffix)] if suffix else ""
    if suffix is None or (stem not in ROLE_NOUNS and stem.removesuffix("ت") + "ه" not in
                          ROLE_NOUNS):
        return None
    sentence_start = context.words[word.index - index].start
    # «دوره»: a man's; «دورها»: a state's or a body's (the feminine of a country or group)
    wanted = {"ه": {"Person"}, "ها": AGENT_LABELS - {"Person"}}.get(suffix, AGENT_LABELS)
    before = [m for m in context.mentions_between(sentence_start, word.start)
              if m.entity_id and m.label in AGENT_LABELS and not context.is_nisba(m)
              and not preposition(context, m)]
    if before and before[-1].label not in wanted:
        return None
    if not before:
        return None
    nearest = before[-1]
    return Arg(nearest.entity_id, nearest.start, nearest.end)  # type: ignore[arg-type]


def _described_head(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """A head no name covers, ending at ``words[index]`` before a stance adjective: an actor
    phrase («المقاومة الشعبية الموالية لـ X»), or a definite plural of people
    («الانفصاليون الموالون لروسيا», «المسلحين الموالين لـ X») as a described group."""
    for start in (index - 1, index):
        if start < 0 or (start < index and context.boundary_between(words[start],
                                                                    words[index])):
            continue
        phrase = actor_phrase(context, words, start)
        if phrase is not None and phrase[1] == index + 1:
            return phrase[0]
    word = words[index]
    bare = word.bare()
    if not definite(word) or not bare.endswith(("ون", "ين")) or len(bare) < 5 or \
            word.norm in FUNCTION_WORDS or prepositional(word) or crowd(word):
        return None  # «المتظاهرين المؤيدين للديمقراطية»: an unnamed crowd (stance_crowds)
    name = without_clitics(context, [word])
    if name.endswith("ين"):  # one group in any case: «الانفصاليين» is «الانفصاليون»
        name = name[:-2] + "ون"
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Arg(node, word.start, word.end)
