"""A speaker's verdict on a thing: «قال X إن القرار غير مقبول», «أكد X أن هذه التصريحات تعد
تدخلاً فجاً ومرفوضاً», «وقال: «الاتفاق يمثل انتهاكاً صارخاً»».

A reported clause whose predicate condemns its own subject is the speaker's stance toward
that subject: «مرفوض», «غير مقبول» (the predicate, after the subject) reject it; «يعد»,
«يمثل», «يشكل» with an accusative of :data:`~kg.relations.lexicon.REGARDED_AS` («تدخلاً»,
«انتهاكاً», «خرقاً») criticize it. The clause opens right after «أن»/«إن» or an opening
quote; its subject is a name («أن إيران تمثل ...»), the name a statement or a decision is
of («تصريحات X», «قرار مجلس الأمن»), or a short descriptive phrase («القرار», «هذه
التصريحات»). The speaker is the one whose statement holds the clause; without a speaker,
with a negation, or with another verb between the subject and the verdict that is no
relative clause, nothing is read.
"""

from __future__ import annotations

from kg.ids import relation_id
from kg.model import Relation, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate, subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    BEARING,
    BLAME_NOUNS,
    COMPLEMENTIZERS,
    ENVOYS,
    NEGATORS,
    OPENING_QUOTES,
    REGARDED_AS,
    RESPONSIBILITY,
    SUMMONING,
    VERDICT_WORDS,
)
from kg.relations.polarity import modality
from kg.relations.rules import ObjectSource, stance_rule
from kg.relations.stance_phrases import DEMONSTRATIVES, definite, topic_entity
from kg.relations.stance_rejected_things import rejected_thing

_REJECTED = frozenset({"مرفوض", "مرفوضه"})
_UNACCEPTED = frozenset({"مقبول", "مقبوله"})
_COPULAS = frozenset({"يعد", "تعد", "يمثل", "تمثل", "يشكل", "تشكل", "يعتبر", "تعتبر"})
_CLAUSE_REACH = 16

_THING_HEADS = frozenset({
    "تصريحات", "تصريح", "قرار", "قرارات", "موقف", "مواقف", "سياسه", "سياسات", "اجراءات",
    "اجراء", "خطوه", "خطوات", "كلمه", "بيان", "دعوه", "دعوات", "ممارسات", "تدخل", "تدخلات",
    "اتهامات", "مزاعم", "ادعاءات", "تهديدات", "خطاب", "تصرفات", "اعمال", "مشروع", "خطه",
})
"""Heads of an iḍāfa whose genitive names whose statement, decision or deed it is
(«تصريحات خامنئي», «قرار مجلس الأمن»): the stance is toward that actor."""

_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def verdict_at(context: Extraction, sentence: Sentence, words: list[Word], position: int) -> None:
    """The stance of the verdict that opens at ``words[position]``, if it is one."""
    if not words[position].has(VERDICT_WORDS):
        return
    if words[position].has(BLAME_NOUNS):
        _blamed(context, sentence, words, position)
        return
    if words[position].has(SUMMONING):
        _summoned(context, sentence, words, position)
        return
    kind = _verdict_kind(words, position)
    if kind is None:
        return
    opening = _clause_opening(context, words, position)
    if opening is None or opening >= position:
        return
    speaker = context.speaker_at(words[opening].start)
    if speaker is None or any(w.norm in NEGATORS for w in words[opening:position]) or \
            _other_verb(words, opening, position):
        return
    thing = rejected_thing(context, words, opening, position, _THING_HEADS) \
        if kind == "rejects" else None
    found: tuple[Arg, ObjectSource] | None = (thing, "topic") if thing is not None else \
        _clause_subject(context, words, opening, position, kind)
    if found is None or found[0].node_id == speaker:
        return
    obj, source = found
    word = words[position]
    confidence = 0.6
    evidence = context.evidence(sentence, [(obj.start, obj.end)],
                                stance_rule(kind, "speaker", source), confidence,
                                (word.start, word.end))
    context.add_relation(Relation(
        id=relation_id(kind, speaker, obj.node_id, "positive"), kind=kind, subject_id=speaker,
        object_id=obj.node_id, evidence=(evidence,), polarity="positive",
        modality=modality(context, words, position, strict=True),
    ))


_BLAME_PREFIXES = frozenset({"", "ب", "ل", "و", "وب", "ول", "ف"})


def _blamed(context: Extraction, sentence: Sentence, words: list[Word], position: int) -> None:
    """«قال X إن تعنت الحوثيين ...», «بسبب تقصير وزارة الإسكان»: a failing in construct with
    an actor, in the words of a speaker who is not that actor, criticizes the actor; not in a
    denial, nor negated right before it («لا تقصير من الوزارة»)."""
    word = words[position]
    if not any(rest in BLAME_NOUNS and prefix in _BLAME_PREFIXES
               for prefix, rest in word.readings()) or position + 1 >= len(words) or \
            context.boundary_between(word, words[position + 1]):
        return
    speaker = context.speaker_at(word.start)
    owner = context.mention_starting_in(words[position + 1])
    if speaker is None or owner is None or not owner.entity_id or \
            owner.label not in AGENT_LABELS or context.is_nisba(owner) or \
            owner.entity_id == speaker or context.in_denial(word.start) or \
            any(w.norm in NEGATORS for w in words[max(0, position - 2):position]):
        return
    evidence = context.evidence(sentence, [(owner.start, owner.end)],
                                stance_rule("criticizes", "speaker", "mention"), 0.55,
                                (word.start, word.end))
    context.add_relation(Relation(
        id=relation_id("criticizes", speaker, owner.entity_id, "positive"), kind="criticizes",
        subject_id=speaker, object_id=owner.entity_id, evidence=(evidence,), polarity="positive",
        modality=modality(context, words, position, strict=True),
    ))


_ENVOY_REACH = 8
_REASON_REACH = 30
_OVER = frozenset({"علي", "بسبب", "احتجاجا", "اثر", "خلفيه", "بعد"})


def _summoned(context: Extraction, sentence: Sentence, words: list[Word], position: int) -> None:
    """«استدعت وزارة الخارجية البحرينية القائم بأعمال السفارة الإيرانية ... وذلك على كلمة
    ألقاها خامنئي», «استدعت X السفير بسبب تصريحات Y»: the one who summons an envoy over
    someone's statements criticizes their author; only with an envoy named right after the
    subject and the statements' author named after the reason («على», «بسبب», «إثر»)."""
    subjects, after = subject_after(context, words, position, sentence)
    if len(subjects) != 1 or not any(
            w.has(ENVOYS) for w in words[after:after + _ENVOY_REACH]):
        return
    for index in range(after + 1, min(len(words) - 1, after + _REASON_REACH)):
        if words[index].has(_OVER):
            author = statements_author(context, words, index + 1, {subjects[0].node_id})
            if author is None and words[index + 1].norm in {"اثر", "خلفيه"}:
                author = statements_author(context, words, index + 2, {subjects[0].node_id})
            if author is None:
                continue
            word = words[position]
            evidence = context.evidence(sentence, [(subjects[0].start, subjects[0].end),
                                                   (author.arg.start, author.arg.end)],
                                        stance_rule("criticizes", "after", "mention"), 0.55,
                                        (word.start, word.end))
            context.add_relation(Relation(
                id=relation_id("criticizes", subjects[0].node_id, author.arg.node_id, "positive"),
                kind="criticizes", subject_id=subjects[0].node_id, object_id=author.arg.node_id,
                evidence=(evidence,), polarity="positive",
                modality=modality(context, words, position, strict=True),
            ))
            return


def _verdict_kind(words: list[Word], position: int) -> RelationKind | None:
    """«مرفوض», «غير مقبول»: rejects; «يعد تدخلاً», «تمثل انتهاكاً»: criticizes."""
    norm = words[position].norm
    following = words[position + 1].norm if position + 1 < len(words) else ""
    if norm in _REJECTED or (norm == "غير" and following in _UNACCEPTED):
        return "rejects"
    if norm in BEARING:
        at = position + 2 if following in _FULL else position + 1
        if at + 1 < len(words) and words[at].norm in RESPONSIBILITY and \
                _blameworthy(words[at + 1:at + 3]):
            return "criticizes"  # «إن السعودية تتحمل (كامل) المسؤولية عن التصعيد»
        return None
    if norm in _COPULAS and following in REGARDED_AS:
        return "rejects" if any(w.norm in {"مرفوضا", "مرفوضه"}
                                for w in words[position + 1:position + 5]) else "criticizes"
    return None


_FULL = frozenset({"كامل", "كل", "جزءا", "جزء"})
_WRONGS = frozenset({
    "التصعيد", "تصعيد", "الهجوم", "هجوم", "الفشل", "فشل", "التدهور", "تدهور", "الجرائم",
    "جرائم", "الانتهاكات", "انتهاكات", "الفوضي", "الازمه", "ازمه", "مقتل", "سقوط", "تعطيل",
    "عرقله", "تداعيات", "عواقب", "التفجير", "تفجير", "اي", "ما", "عما", "الاعتداء", "اعتداء",
})
"""What one is made responsible for in blame («مسؤولية التصعيد», «عن ما حدث»), unlike a duty
(«مسؤولية حماية الحرمين»)."""


def _blameworthy(following: list[Word]) -> bool:
    """The words after «المسؤولية» name a wrong, directly or after «عن» (or «الكاملة عن»)."""
    for word in following:
        if word.norm in {"عن", "الكامله", "كامله"}:
            continue
        return word.has(_WRONGS)
    return False


def _clause_opening(context: Extraction, words: list[Word], position: int) -> int | None:
    """The first word of the clause the verdict closes: after «أن»/«إن» or an opening quote,
    within a few words and no comma."""
    for index in range(position - 1, max(-1, position - _CLAUSE_REACH), -1):
        if words[index].norm in COMPLEMENTIZERS or words[index].norm == "ان":
            return index + 1
        gap = context.gap(words[index - 1], words[index]) if index > 0 else ""
        if any(mark in gap for mark in OPENING_QUOTES):
            return index
        if index > 0 and context.boundary_between(words[index - 1], words[index]):
            return None
    return None


def _other_verb(words: list[Word], opening: int, position: int) -> bool:
    """A copula or a verdict word earlier in the clause than a relative clause allows: the
    subject is then a clause of its own («أن الحكومة تعد ... تدخلاً»), read no further."""
    relative = any(w.norm in _RELATIVES for w in words[opening:position])
    return not relative and any(w.norm in _COPULAS for w in words[opening:position])


def _clause_subject(context: Extraction, words: list[Word], opening: int, position: int,
                    kind: RelationKind = "criticizes") -> tuple[Arg, ObjectSource] | None:
    """What the verdict is on: a name, the actor a statement or a decision is of, or a
    descriptive phrase. A verdict of rejection is on the statements themselves, not on
    their author named through a relative clause («إن التصريحات التي صدرت عن X مرفوضة»
    rejects «التصريحات», not X; see :mod:`kg.relations.stance_rejected_things`)."""
    first = words[opening]
    mention = context.mention_starting_in(first)
    if mention is not None:
        if mention.entity_id and mention.label in AGENT_LABELS and not context.is_nisba(mention):
            return Arg(mention.entity_id, mention.start, mention.end), "mention"
        return None
    if first.bare() in _THING_HEADS and opening + 1 < position:
        owner = context.mention_starting_in(words[opening + 1])
        if owner is not None and owner.entity_id and owner.label in AGENT_LABELS and \
                not context.is_nisba(owner) and \
                not context.boundary_between(first, words[opening + 1]):
            return Arg(owner.entity_id, owner.start, owner.end), "mention"
    index = opening
    if first.bare() in DEMONSTRATIVES and opening + 1 < position and definite(words[opening + 1]):
        index = opening + 1
    author = statements_author(context, words, index, set())
    if author is not None and kind == "rejects" and through_relative(words, index, author):
        author = None  # «التصريحات التي صدرت عن X مرفوضة»: the statements are rejected
    if author is not None and author.word_index < position:
        return author.arg, "mention"
    event = context.state.event_at_word.get(words[index].index)
    if event is not None:  # «إن الهجوم يمثل انتهاكاً»: the event found at the word
        return Arg(event, words[index].start, words[index].end), "event"
    if not definite(words[index]):
        return None
    topic = topic_entity(context, words, index)
    return (topic, "topic") if topic is not None else None


_STATEMENT_NOUNS = frozenset({
    "تصريحات", "تصريح", "كلمه", "خطاب", "خطبه", "اتهامات", "مزاعم", "ادعاءات", "تهديدات",
    "دعوات", "مواقف", "موقف", "اساءات",
})
_ISSUED_WORDS = frozenset({
    "التي", "الذي", "صدرت", "صدر", "الصادره", "الصادر", "مؤخرا", "اخيرا", "الاخيره", "الاخير",
    "ادلي", "ادلت", "بها", "به", "اطلقها", "اطلقه", "القاها", "القاه", "وردت", "ورد", "علي",
    "لسان", "عن", "من",
})
_AUTHOR_REACH = 9
_ISSUING = frozenset({"القاها", "القاه", "اطلقها", "اطلقه", "ادلي", "ادلت", "وجهها", "وجهه"})
_TITLE_REACH = 5
"""How far the author may be named after a verb of issuing, past their title («الكلمة التي
ألقاها مرشد الثورة الإيرانية علي خامنئي»)."""


def through_relative(words: list[Word], index: int, author: Candidate) -> bool:
    """Whether the author of the statements at ``words[index]`` is named through a relative
    clause («التصريحات التي صدرت عن X», «الاتهامات التي أطلقها X»), not in construct or after
    a glued «ل» with the noun («تصريحات X», «التصريحات الأخيرة لـ X»)."""
    return any(w.norm in _RELATIVES for w in words[index + 1:author.word_index])


def statements_author(context: Extraction, words: list[Word], index: int,
                      skip: set[str]) -> Candidate | None:
    """«التصريحات التي صدرت مؤخراً عن X», «التصريحات الأخيرة لـ X», «الكلمة التي ألقاها X»:
    a stance toward someone's statements is toward their author, named within a few words
    of the noun through a relative clause of issuing, «الصادرة عن» or a glued «ل»; any
    other word between (a verb of another meaning, a second noun) names no author."""
    if index >= len(words) or not any(rest.removeprefix("ال") in _STATEMENT_NOUNS
                                      for _, rest in words[index].readings()):
        return None  # not ``bare()``: «كلمة» would read «ك» + «لمة»
    issued = -1  # where a verb of issuing stands: the author's title may follow it
    for position in range(index + 1, min(len(words), index + 1 + _AUTHOR_REACH)):
        word = words[position]
        if context.boundary_between(words[position - 1], word):
            return None
        if word.norm in _ISSUING:
            issued = position
        mention = context.mention_starting_in(word)
        titled = 0 <= issued < position <= issued + _TITLE_REACH
        if mention is not None and titled and context.is_nisba(mention):
            continue  # «الرئيس التركي رجب طيب أردوغان»: the title's adjective
        if mention is not None:
            glued = context.attached_prefix(mention).lstrip("وف")[:1] == "ل"
            before = words[position - 1].norm
            construct = position == index + 1 and not definite(words[index])  # «تصريحات X»
            if not mention.entity_id or mention.label not in AGENT_LABELS or \
                    context.is_nisba(mention) or mention.entity_id in skip or \
                    not (glued or construct or before in {"عن", "لسان", "من"} or
                         titled):
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                             position, "mention")
        if word.norm not in _ISSUED_WORDS and not titled:
            return None
    return None
