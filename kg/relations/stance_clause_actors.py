"""The subject of a circumstantial participle or a clause a stance word stands in.

:func:`clause_actor` takes the subject of the clause a participle («مشيدا», «داعيا»,
«مؤكدا دعمه») or a stance noun is part of: the subject of the verb that opens it
(:func:`opening_verb_subject`), the speaker a chain of participles continues, or the
named subject of a verb of saying the participle follows; a feminine participle agrees
only with a state, a body or a woman, and an actor named only in a later clause is none.
:func:`is_hal` tells a circumstantial participle, and :func:`feminine_hal` reads one of
the feminine form. Read for :mod:`kg.relations.stance_subjects`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import (
    subject_after,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    SATISFACTION_NOUNS,
    StanceTrigger,
    find_reporting,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_fronted_occasion import fronted_occasion
from kg.relations.stance_greeting_openers import opener_object, unstyled_span
from kg.relations.stance_nearer_clauses import nearer_clause_subject
from kg.relations.stance_phrases import (
    COMMAS,
    RELATIVES,
    definite,
    prepositional,
)
from kg.relations.stance_topic_openers import previous_opening_holder
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.stance_verb_subjects import (
    after_args,
    appositive_person,
    continued_holder,
)
from kg.relations.stance_verb_titles import style_pronoun_subject


def _participle_gender(word: Word) -> str | None:
    """«داعيا» «m», «داعية» «f», None for a plural or dual («داعين») or a noun with its
    holder's pronoun («عدم رضاه»: the «ه» is no feminine ending)."""
    if word.has(SATISFACTION_NOUNS):
        return None
    bare = word.bare()
    return "m" if bare.endswith("ا") else "f" if bare.endswith("ه") else None


def clause_actor(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> ArgsFound:
    """A circumstantial participle («مشيدا», «داعيا», «مطالبا») shares the subject of
    the clause it follows: the actor of this sentence, or of the one before when the
    participle opens the sentence."""
    actor = context.discourse.last_actor
    word = words[position]
    if actor is not None and not _agrees(context, actor.node_id, _participle_gender(word)):
        actor = None  # «..., مطالبة»: a feminine participle is no man's
    nearer = nearer_clause_subject(context, words, position, sentence)
    if nearer is not None and _agrees(context, nearer, _participle_gender(word)):
        return ArgsFound([Arg(nearer, word.start, word.end)], position + 1, "clause")
    if actor is not None and actor.sentence == sentence.index and \
            not _named_only_after(context, actor.node_id, word, sentence):
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    reporter = _reporting_subject(context, words, position, sentence)
    if reporter is not None and _agrees(context, reporter, _participle_gender(word)):
        return ArgsFound([Arg(reporter, word.start, word.end)], position + 1, "clause")
    if actor is not None and position == 0 and sentence.index - actor.sentence <= 1:
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    opener = opening_verb_subject(context, words, position, sentence)
    if opener is not None and _agrees(context, opener, _participle_gender(word)):
        return ArgsFound([Arg(opener, word.start, word.end)], position + 1, "clause")
    holder = continued_holder(context, words, position, sentence, _participle_gender(word))
    if holder is None and _participle_chain(context, words, position):
        opening = continued_holder(context, words, 0, sentence, _participle_gender(word))
        holder = Arg(opening.node_id, word.start, word.end) if opening is not None else None
    if holder is not None:
        return ArgsFound([holder], position + 1, "clause")
    previous = previous_opening_holder(context, sentence, word, _participle_gender(word),
                                       verb_gender) if position == 0 else None
    if previous is not None:  # «وافتتح الأمير X المعرض. مشيداً بجهود Y»
        return ArgsFound([previous], position + 1, "previous")
    return ArgsFound([], position + 1, "")


_OPENER_REACH = 14


ON_ONES_SIDE = frozenset({"جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها"})


def opening_verb_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence, separators: frozenset[str] = COMMAS) -> str | None:
    """«واستقبل الأمير X الوزير Y، مشيدا بجهوده», «والتقى X بالسفير Y، مؤكدا ...»: a
    participle after a comma (or a verb after one of ``separators``) shares the named subject
    of the verb that opens the sentence, when nothing between them opens a clause of its own
    (a complementizer, a relative, a stance or reporting verb, punctuation other than a
    comma)."""
    if position < 3 or \
            context.gap(words[position - 1], words[position]).strip() not in separators:
        return None
    first = 2 if words[0].norm.lstrip("و") == "من" and words[1].norm in ON_ONES_SIDE and \
        context.gap(words[1], words[2]).strip() in COMMAS else \
        fronted_occasion(words)  # «من جانبه، استقبل X ...», «وبهذه المناسبة هنأ X ...»
    opening = words[first]
    if context.covering_mention(opening.start) is not None or is_title_head(opening) or \
            opening.has(PERSON_NOUNS) or opening.norm in FUNCTION_WORDS or \
            opening.bare() in FUNCTION_WORDS or is_hal(opening, None) or \
            first + 1 >= position or context.boundary_between(opening, words[first + 1]):
        return None
    subjects, after = subject_after(context, words, first, sentence)
    if not subjects:  # «وفاز اللاعب X بالميدالية، مشيداً بـ ...»: a person noun before the name
        subjects = appositive_person(context, words, first) or []
        after = after_args(context, words, subjects) if subjects else after
    if len(subjects) != 1 or after >= position or \
            unstyled_span(words, after, position) > _OPENER_REACH or \
            context.label(subjects[0].node_id) not in AGENT_LABELS:
        return None
    for index in range(after, position):
        word = words[index]
        if word.norm in COMPLEMENTIZERS or (word.norm in RELATIVES and word.norm != "من") or \
                find_reporting(word.norm) is not None or \
                (live_stance(words, index) and not opener_object(words, index, after)) or \
                (context.boundary_between(words[index - 1], word) and
                 context.gap(words[index - 1], word).strip() not in COMMAS and
                 not (index == after and closes_quoted_name(context, subjects[0], word))):
            return None
    return subjects[0].node_id


_QUOTE_PAIRS = {"«": "»", "\"": "\"", "“": "”"}


def closes_quoted_name(context: Extraction, subject: Arg, following: Word) -> bool:
    """«وكانت مجموعة "صافولا" قد أطلقت», «ونظمت شركة «X» حملة»: the mark that closes a
    name quoted after its kind noun ends the name, not the clause; only the closing mark of
    the quotation opened right before the name stands between the name and the next word."""
    text = context.doc.text
    opening = text[:subject.start].rstrip()[-1:]
    closing = _QUOTE_PAIRS.get(opening)
    return closing is not None and text[subject.end:following.start].strip() == closing


def _participle_chain(context: Extraction, words: list[Word], position: int) -> bool:
    """«وقال X: ... . منوها أن ...، متهما Y بأنه ...»: a participle after a comma in a
    sentence whose every clause so far opens with a circumstantial participle continues the
    same speaker as the one that opens the sentence (the persons named in the clauses
    before it are what those participles are about, not new actors)."""
    if position == 0 or context.gap(words[position - 1], words[position]).strip() not in COMMAS:
        return False
    for index in range(1, position + 1):
        if not context.boundary_between(words[index - 1], words[index]):
            continue
        if context.gap(words[index - 1], words[index]).strip() not in COMMAS:
            return False
        if not is_hal(words[index], None):
            return False
    return is_hal(words[0], None)


def _agrees(context: Extraction, node_id: str, gender: str | None) -> bool:
    """Whether a participle of ``gender`` may have the actor as its subject: a feminine one
    a state, a body or a woman who spoke («قالت X»), never another person."""
    return gender != "f" or context.label(node_id) != "Person" or \
        node_id in context.discourse.female_speakers


_FEMININE_HAL = frozenset({"داعيه", "رافضه"})


def feminine_hal(context: Extraction, words: list[Word], position: int,
                  trigger: StanceTrigger) -> bool:
    """«وأدانت الخارجية الهجوم، مطالبة المجتمع الدولي بـ ...», «، محذرة من ...»: a bare
    feminine active participle right after a comma is circumstantial (the same form
    with no comma before it may be a verbal noun: «مطالبة الحكومة بـ ...»)."""
    word = words[position]
    bare = word.bare()
    if not trigger.noun or word.norm != bare or position == 0 or \
            position + 1 >= len(words):
        return False
    participle = bare in _FEMININE_HAL or (bare.startswith("م") and bare.endswith("ه") and
                                           len(bare) >= 5 and not bare.endswith(("ته", "يه")))
    if context.gap(words[position - 1], word).strip() in COMMAS:
        return participle
    return participle and bare[2] != "ا" and _after_definite(context, words, position)


def _after_definite(context: Extraction, words: list[Word], position: int) -> bool:
    """«وأشارت X إلى مخاطر العودة في البلاد منتقدة الحماسة ...»: an indefinite participle
    cannot qualify the definite noun or the name of a prepositional phrase before it, so it
    is circumstantial even with no comma. After an indefinite noun it may be that noun's
    adjective («دول منتقدة للاتفاق»), after a bare definite noun the predicate of a
    nominal clause («إن مصر متمسكة بروسيا»). The «مُفاعَلة» shape («مطالبة», «مساندة») is
    left out: it is also a verbal noun."""
    before, word = words[position - 1], words[position]
    governed = prepositional(before) or (position > 1 and words[position - 2].norm in PREPOSITIONS
                                         and not context.boundary_between(words[position - 2],
                                                                          before))
    return governed and not context.boundary_between(before, word) and (
        definite(before) or context.covering_mention(before.start) is not None)


def _named_only_after(context: Extraction, node_id: str, word: Word, sentence: Sentence) -> bool:
    """«... رافضا الاعتراف بالمحامي ...، ردد خلالها أنصار حبري هتافات»: the sentence's
    actor is named only after the participle, in a later clause; it is not the participle's
    subject."""
    entity = context.entity(node_id)
    if entity is None:
        return False
    text = context.doc.text
    return entity.name not in text[sentence.start:word.start] and \
        entity.name in text[word.end:sentence.end]


def _reporting_subject(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence) -> str | None:
    """«وقال الحمود مغردا عبر حسابه مادحا ...», «وقال X ... داعيا»: a participle after a
    verb of saying shares that verb's named subject (not one inside a quotation), or the
    person an honorific pronoun right after the verb stands for («وأكد جلالته مجددا
    إدانته»: «مجددا» renews the king's condemnation); right after
    a closed quotation («قالت X إن الاتفاق «...»، داعية طهران إلى ...»), the quotation's
    speaker."""
    if position > 0 and context.speaker_at(words[position].start) is None and \
            any(mark in context.gap(words[position - 1], words[position]) for mark in "»”"):
        quoted = context.speaker_at(words[position - 1].start)
        if quoted is not None:
            return quoted
    for index in range(position - 1, max(-1, position - 10), -1):
        word = words[index]
        if word.norm in RELATIVES or word.norm in COMPLEMENTIZERS or \
                context.speaker_at(word.start) is not None:
            return None  # «قال X إن Y ...»: the participle may belong to the reported clause
        if find_reporting(word.norm) is not None:
            subjects, after = subject_after(context, words, index, sentence)
            if len(subjects) == 1 and after <= position:
                return subjects[0].node_id
            styled = style_pronoun_subject(context, words, index) if not subjects else None
            if styled is not None and index + 1 < position:  # «وأكد جلالته مجددا إدانته»
                return styled.node_id
            return None
    return None


def is_hal(word: Word, trigger: StanceTrigger | None) -> bool:
    """«مشيدا», «داعيا», «مطالبا», «موجها»: an active participle in the accusative."""
    bare = word.bare()
    if bare in _ROOT_HA_HAL or bare in _ROOT_NUN_HAL:
        return trigger is None or trigger.noun
    return (trigger is None or trigger.noun) and bare.endswith("ا") and \
        not bare.endswith(("ها", "نا")) and (bare.startswith("م") or bare in _BARE_HAL)


_BARE_HAL = frozenset({"داعيا", "رافضا", "حاثا", "شاكرا"})
"""Participles of the first form that do not open with «م» («داعيا», «رافضا»)."""


_ROOT_HA_HAL = frozenset({"منوها", "موجها", "منبها", "متوجها"})
"""Participles of roots ending in «ه» («نوّه», «وجّه», «نبّه»), whose «ـها» is no pronoun."""


_ROOT_NUN_HAL = frozenset({"مثمنا", "معلنا", "مبينا", "مدينا", "مستحسنا", "مستهجنا"})
"""Participles of roots ending in «ن» («ثمّن», «أعلن», «بيّن», «أدان»), whose «ـنا» is no
pronoun."""
