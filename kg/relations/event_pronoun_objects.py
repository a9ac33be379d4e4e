"""The roles of a trigger inflected with a pronoun (``kg.relations.event_inflections``).

- «وهاجمه مسلحون أمام منزله», «براميل أسقطها النظام السوري على المدينة»: a verb with an
  object pronoun (``object_pronoun``) has its object told by the pronoun, so the name right
  before the verb is the pronoun's antecedent (the victim, or the thing dropped), never the
  doer, and the phrase right after it is its subject, never its target;
- «الإطاحة بمعمر القذافي وقتله», «اختطاف الجندي فلان وقتله»: a verbal noun or a verb with
  the pronoun of its victim, joined by «و» right after a name that ends the object of the
  deed before it, has that name for its target (``conjunct_antecedent``); the pronoun must
  agree with the name (``ه`` a man or a body, ``ها`` a woman or a place, ``هم`` several);
- a possessive verbal noun of a victim («مقتله», «تحريرها», ``PATIENT_POSSESSIVES``) names
  an event only where that antecedent is found; one of a doer («معاركه», «هجومهم»,
  ``AGENT_POSSESSIVES``) only where its doer is read as for «سيطرته»
  (``kg.relations.possessive``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_inflections import (
    AGENT_POSSESSIVES,
    OBJECT_VERBS,
    PATIENT_POSSESSIVES,
    pronoun_of,
)
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    EVENT_COMPLEMENTS,
    INFLECTED_BASE,
    RECIPROCAL_NOUNS,
    RELATIVE_PRONOUNS,
    find_event,
)
from kg.relations.perpetrators import perpetrator_phrase
from kg.relations.targets import unnamed_target


def _inflection(word: Word) -> tuple[str, str, str] | None:
    """(prefix, listed base, pronoun) of the first reading of ``word`` that is an inflected
    trigger with a pronoun, or None."""
    for prefix, rest in word.readings():
        base = INFLECTED_BASE.get(rest)
        if base is None:
            continue
        verb = next((v for v in OBJECT_VERBS if pronoun_of(rest, v) is not None), None)
        pronoun = pronoun_of(rest, verb) if verb is not None else pronoun_of(rest, base)
        if pronoun is not None:
            return prefix, base, pronoun
    return None


def object_pronoun(word: Word) -> str | None:
    """The object pronoun of a verb of ``OBJECT_VERBS`` («وقتلهم» → «هم»), or None."""
    for prefix, rest in word.readings():
        if "ال" in prefix or rest not in INFLECTED_BASE:
            continue
        for verb in OBJECT_VERBS:
            pronoun = pronoun_of(rest, verb)
            if pronoun is not None:
                return pronoun
    return None


def possessive_kind(word: Word) -> str | None:
    """«agent» for a doer's possessive noun («معاركه»), «patient» for a victim's («مقتله»),
    else None."""
    if agent_possessive(word) is not None:
        return "agent"
    return "patient" if _patient_pronoun(word) is not None else None


_CAPTURE_DEEDS = frozenset({
    "اطاحه", "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "احتجاز", "احتجز", "احتجزت", "احتجزوا",
    "اسر", "اسرت", "اسروا", "تعذيب", "عذب", "عذبت", "عذبوا", "ضرب", "ضربوا", "اختطاف", "خطف",
    "اختطف", "اختطفت", "اختطفوا", "خطفت", "خطفوا",
})
"""Deeds done to a person before a killing told right after them: «الإطاحة بمعمر القذافي
وقتله», «اعتقال الناشط فلان وتعذيبه وقتله»."""
_TITLE_REACH = 3
"""How many words of title may stand between the deed and the name («اختطاف الجندي فلان»)."""
_SINGLE = ("ه", "ها")


def conjunct_antecedent(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«الإطاحة بمعمر القذافي وقتله», «خطف مسلحون الصحفي فلان وقتلوه»: the person a victim's
    pronoun resumes, when the trigger is joined by «و» right after that person's name and the
    name is the object of a deed told right before it; None elsewhere."""
    word = words[position]
    pronoun = object_pronoun(word) or _patient_pronoun(word)
    if pronoun not in _SINGLE or not word.norm.startswith("و") or position < 2 or \
            context.boundary_between(words[position - 1], word):
        return None
    mention = context.covering_mention(words[position - 1].start)
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            context.is_nisba(mention):
        return None
    first = context.word_at(mention.start)
    if first is None:
        return None
    start = first.index - words[0].index
    for index in range(start - 1, max(-1, start - 1 - _TITLE_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]) or \
                context.covering_mention(words[index].start) is not None:
            return None
        if find_event(words[index].norm) is not None or words[index].has(_CAPTURE_DEEDS):
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _patient_pronoun(word: Word) -> str | None:
    """The pronoun of a victim's possessive noun («مقتله» → «ه»), or None."""
    found = _inflection(word)
    if found is None or found[1] not in PATIENT_POSSESSIVES:
        return None
    return found[2]


def possessive_named(context: Extraction, words: list[Word], position: int, verb: bool) -> bool:
    """Whether an inflected trigger names whose deed it is: a verb (its object is the
    pronoun), but not in a relative clause, which tells who its antecedent is, mostly by a
    deed of the past; a victim's possessive noun only with the name it resumes
    (``conjunct_antecedent``); any other word, as before."""
    if position > 0 and words[position - 1].norm in RELATIVE_PRONOUNS and \
            object_pronoun(words[position]) is not None:
        return False  # «الرنتيسي الذي اغتالته إسرائيل عام 2004»: who the antecedent is
    if verb or possessive_kind(words[position]) != "patient":
        return True
    return conjunct_antecedent(context, words, position) is not None


def agent_possessive(word: Word) -> str | None:
    """The possessive pronoun of a doer's verbal noun («معاركه» → «ه»), or None."""
    found = _inflection(word)
    if found is None or found[1] not in AGENT_POSSESSIVES or "ال" in found[0]:
        return None
    return found[2]


def complement_before(context: Extraction, words: list[Word], position: int,
                      needed: frozenset[str]) -> bool:
    """«براميل أسقطها النظام السوري»: the complement a verb needs («أسقط» a bomb or an
    aircraft) told right before it, as the antecedent of its object pronoun."""
    if position < 1 or object_pronoun(words[position]) is None:
        return False
    before = words[position - 1]
    return not context.boundary_between(before, words[position]) and \
        (before.norm in needed or before.has(needed))


def opponent_after_with(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«اغتصبها التنظيم بعد معاركه مع الثوار»: a battle noun with its doer's pronoun fights
    the side named right after «مع»: its target (a battle told without a doer has sides,
    not a doer and a target, see ``RECIPROCAL_NOUNS``)."""
    word = words[position]
    if agent_possessive(word) is None or (not word.has(RECIPROCAL_NOUNS) and \
            INFLECTED_BASE.get(word.bare()) not in RECIPROCAL_NOUNS):
        return None
    side = position + 2
    if side >= len(words) or words[position + 1].norm != "مع" or \
            context.boundary_between(word, words[position + 1]) or \
            context.boundary_between(words[position + 1], words[side]):
        return None
    mention = context.mention_starting_in(words[side])
    if mention is not None:
        if not mention.entity_id or context.is_nisba(mention):
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    phrase = perpetrator_phrase(context, words, side)
    return phrase[0] if phrase is not None else unnamed_target(context, words, side, True)


def pronoun_target(context: Extraction, words: list[Word], position: int,
                   draft: Draft) -> Arg | None:
    """The target an inflected trigger's pronoun tells: the name it resumes
    (``conjunct_antecedent``) or the side a doer's battle is fought with
    (``opponent_after_with``); the side is then no participant."""
    target = conjunct_antecedent(context, words, position)
    if target is not None:
        return target
    target = opponent_after_with(context, words, position)
    if target is not None:
        draft.arguments = [a for a in draft.arguments if a.entity_id != target.node_id]
    return target


def unresolved_pronoun(context: Extraction, words: list[Word], position: int,
                       draft: Draft) -> bool:
    """«فقتلهم الله», «ما يبرر قتله»: a verb whose object pronoun, or a noun whose possessive
    pronoun, is what the deed befell, with no target read: whom it befell is not told. Its
    target is the name the pronoun resumes, before it; a phrase after it is the verb's
    subject or an adjunct, never its object (but «براميل أسقطها النظام على المدينة»: the
    place behind «على» is hit by the bombs the pronoun names). Other targets are dropped."""
    word = words[position]
    if object_pronoun(word) is None and possessive_kind(word) != "patient":
        return False
    dropped = complement_before(context, words, position, EVENT_COMPLEMENTS.get(
        trigger_form(word), frozenset()))
    draft.arguments = [a for a in draft.arguments if a.role != "target" or a.end <= word.start
                       or (dropped and _behind_on(context, words, a.start))]
    return not any(a.role == "target" for a in draft.arguments)


_ON_REACH = 2
"""How far before the target «على» may stand («على مدينة الزبداني»)."""


def _behind_on(context: Extraction, words: list[Word], start: int) -> bool:
    """Whether the phrase at ``start`` follows «على» («على المدينة», «على مدينة الزبداني»)."""
    first = context.word_at(start)
    index = -1 if first is None else first.index - words[0].index
    for before in range(index - 1, max(-1, index - 1 - _ON_REACH), -1):
        if before < 0 or context.boundary_between(words[before], words[before + 1]):
            return False
        if words[before].norm == "علي":
            return True
    return False
