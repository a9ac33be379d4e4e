"""Who holds a stance: the subject of a stance trigger.

The subject is the head of the phrase that holds the stance, never a nearby name:

- verbs (``kg.relations.stance_verb_subjects``): the subject after the verb («ورفض
  الوزير X»), a name that opens the clause before it («X يهاجم Y», in
  ``kg.relations.stance_preverbal_subjects``), the speaker for «إنه يرفض» in a report, the
  subject of the verb it is coordinated with, or the previous actor or continued speaker
  for a verb with no subject of its own («وأشاد بما ...»);
- verbal nouns: a first-person speaker, the genitive agent («رفض مصر», «دعم ووقوف
  دولة الإمارات», in ``kg.relations.stance_genitive_agents``), «على لسان X», the
  subject before a possessive noun («جدد X دعوته»), or of a light verb («وجه X دعوة»);
- adjectives («الموالية ل», «الداعمة ل») take the named head right before them
  (``kg.relations.stance_adjective_heads``);
  circumstantial participles («مشيدا», «داعيا», «مؤكدا دعمه») the subject of their
  clause, or the continued speaker when they open the sentence (as a light verb that opens
  it does: «وعبر عن رفضه ...»).
The subject of a verbal noun is read in ``kg.relations.stance_noun_subjects``, and that
of a circumstantial participle or of the clause a stance word stands in in
``kg.relations.stance_clause_actors``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Sentence
from kg.relations.arguments import (
    first_person_near,
    is_first_person,
    kingdom,
    preposition,
    subject_before,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    EMOTION_POSITIVE,
    FIRST_PERSON_FORMS,
    ONE_OF_CRITICS,
    SATISFACTION_NOUNS,
    STANCE_ADJECTIVES,
    StanceTrigger,
)
from kg.relations.stance_adjective_heads import adjective_head
from kg.relations.stance_apposed_critics import apposed_critic
from kg.relations.stance_clause_actors import (
    clause_actor,
    feminine_hal,
    is_hal,
    opening_verb_subject,
)
from kg.relations.stance_critic_things import described_critic
from kg.relations.stance_dissatisfaction import dissatisfied_holder
from kg.relations.stance_feelings import LAUNCHED_ATTACK, attacker
from kg.relations.stance_first_singular import first_singular, quoted_self
from kg.relations.stance_genitive_agents import (
    AGENT_OBJECT_OPENERS,
    masdar_like,
    unnamed_agent,
)
from kg.relations.stance_headline_topics import headline_topic
from kg.relations.stance_noun_subjects import light_verb, noun_subject, own_country
from kg.relations.stance_opening_subjects import noun_too
from kg.relations.stance_particle_verbs import fronted_verb
from kg.relations.stance_phrases import (
    COMMAS,
    boundary,
    glued_lam,
)
from kg.relations.stance_preverbal_subjects import after_was_subject
from kg.relations.stance_purposes import purpose_noun, subordinate_subject
from kg.relations.stance_stand_holders import (
    stand_adjective,
    stand_genitive,
    stand_nisba,
)
from kg.relations.stance_styled_participles import past_style_pronoun
from kg.relations.stance_verb_subjects import (
    verb_subject,
)

__all__ = ["construct_noun", "find_subjects", "light_verb"]



def find_subjects(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  trigger: StanceTrigger) -> ArgsFound:
    """The stance holder, the index of the word after it, and how it was found."""
    word = words[position]
    if word.has(SATISFACTION_NOUNS):  # «أعربت X عن عدم رضاها»: X, named in its clause
        return dissatisfied_holder(context, words, position)
    if trigger is LAUNCHED_ATTACK:  # «شن X، في مقابلة مع Y، هجوما على Z»: X
        return attacker(context, words, position)
    if not trigger.noun and first_singular(word):  # «أدين بشدة هذا الهجوم»: the speaker
        speaker = quoted_self(context, words, position)
        return ArgsFound([speaker] if speaker is not None else [], position + 1, "pronoun")
    pronoun = first_person_near(context, words, position, lookback=3 if trigger.noun else 1)
    if pronoun is None and is_first_person(word):  # «حركة فتح: رفضنا للقرار»
        pronoun = headline_topic(context, words, position)
    if pronoun is not None and (is_first_person(word) or position == 0 or
                                _copula_first_person(words, position)):
        return ArgsFound([pronoun], position + 1, "pronoun")
    if pronoun is None and not trigger.noun and word.has(FIRST_PERSON_FORMS):
        return ArgsFound([], position + 1, "")  # «"السعودية ... ونرفض"» of no named speaker
    if masdar_like(word, trigger) and light_verb(context, words, position) is not None and \
            unnamed_agent(context, words, position):
        # «جدد الملك دعم المملكة لليمن»: the kingdom's support
        return own_country(context, words, position, sentence)
    if word.has(EMOTION_POSITIVE):  # «لم تكن كينيا راضية», «مصر ... سعيدة»
        before = subject_before(context, words, position, max_words=8)
        if before:
            return ArgsFound(before, position + 1, "before")
        return clause_actor(context, words, position, sentence)  # «وقال X إنه لم يكن راضيا»
    if word.has(STANCE_ADJECTIVES):
        head = adjective_head(context, words, position)
        return ArgsFound([head], position + 1, "head") if head is not None else \
            ArgsFound([], position + 1, "")
    if purpose_noun(words, position):  # «سحبت X سفيرها رفضا للتدخلات»: the opening verb's subject
        opener = opening_verb_subject(context, words, position, sentence, _PURPOSE_GAPS)
        if opener is not None:
            return ArgsFound([Arg(opener, word.start, word.end)], position + 1, "clause")
        clause = subordinate_subject(context, words, position, sentence)  # «بعدما ألغت X ...»
        return ArgsFound([clause] if clause is not None else [], position + 1, "clause")
    if is_hal(word, trigger) or feminine_hal(context, words, position, trigger):
        return past_style_pronoun(context, words, position,  # «مشيداً سموه بـ»
                                  clause_actor(context, words, position, sentence))
    if word.norm in ONE_OF_CRITICS:
        apposed = apposed_critic(context, words, position)  # «X، أحد أبرز منتقدي Y»
        return ArgsFound(_one_of_critics(context, words, position) or
                         ([apposed] if apposed is not None else []), position + 1, "before")
    if stand_adjective(words, position):
        holder = stand_genitive(context, words, position) or \
            stand_nisba(context, words, position)
        if holder is not None:  # «موقف المملكة الرافض للتدخل»: the stand's genitive
            return ArgsFound([holder], position + 1, "genitive")
    if trigger.noun:
        return noun_subject(context, words, position, sentence, pronoun, trigger)
    return verb_subject(context, words, position, sentence, pronoun)


_PURPOSE_GAPS = COMMAS | frozenset({""})
"""A purpose noun follows its clause with or without a comma («قوات دعما لـ»)."""


def construct_noun(context: Extraction, words: list[Word], position: int,
                   trigger: StanceTrigger) -> StanceTrigger:
    """«أكد الجبير دعم المملكة للحكومة الشرعية», «رفض مصر للتدخل»: a form that may be a
    verb or its verbal noun, with a named actor in construct after it and then the «ل»
    (or «مع», «ضد» ...) phrase of what it is toward, is the noun: the actor is its agent,
    never the object of a verb whose subject is the speaker before it. Right after a name
    with no «و» («أكد الجبير دعم المملكة») it is the noun too: the verb would need one."""
    word = words[position]
    if trigger.noun or not noun_too(word) or position + 1 >= len(words) or \
            context.boundary_between(word, words[position + 1]):
        return trigger
    if _after_name(context, words, position):  # not «وكان X رفض Y»: the pluperfect's verb
        return trigger if after_was_subject(context, words, position) or \
            fronted_verb(context, words, position) else replace(trigger, noun=True)
    realm = kingdom(context, words, position + 1)
    mention = context.mention_starting_in(words[position + 1])
    if realm is not None:
        last = position + 1
    elif mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
            mention.start == words[position + 1].start:
        last = context.mention_words(mention)[1] - words[0].index
    else:
        return trigger
    if last + 1 >= len(words) or context.boundary_between(words[last], words[last + 1]):
        return trigger
    following = words[last + 1]
    if glued_lam(following) or following.norm in AGENT_OBJECT_OPENERS:
        return replace(trigger, noun=True)
    return trigger


def _after_name(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the word before ``words[position]`` ends a named actor in the same clause."""
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    mention = context.covering_mention(words[position - 1].start)
    return mention is not None and mention.label in AGENT_LABELS and \
        mention.end <= words[position].start and mention.end >= words[position - 1].end


_SUPERLATIVES = frozenset({"اشد", "ابرز", "اكبر", "اكثر", "اهم", "اوائل", "الد"})
_BEING = frozenset({"كان", "كانت", "يعد", "تعد", "يعتبر", "تعتبر", "بات", "باتت", "اصبح",
                    "اصبحت", "ظل", "ظلت"})


def _one_of_critics(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«وكان X من أشد منتقدي Y», «ويعد X من أبرز معارضي Y»: X, named right before «من»
    in the same clause, is one of Y's critics; «عدد من معارضي النظام» names no one."""
    start = position - 1
    if start > 0 and words[start].norm in _SUPERLATIVES:
        start -= 1
    if start < 1 or words[start].norm != "من" or \
            any(boundary(context, words[i], words[i + 1]) for i in range(start - 1, position)):
        return []
    if start > 1 and words[start - 1].norm in _BEING:  # «وX كان من أشد منتقدي Y»
        start -= 1
    described = described_critic(context, words, start - 1)
    if described is not None:  # «X الحائز جائزة نوبل والذي كان من أشد منتقدي Y»
        return [described]
    last = words[start - 1]
    mention = context.covering_mention(last.start)
    if mention is None or mention.end < last.end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            preposition(context, mention):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _copula_first_person(words: list[Word], position: int) -> bool:
    return any(w.bare() in {"نكن", "لسنا", "نحن", "نكون"} or w.norm == "لسنا"
               for w in words[max(0, position - 2):position])
