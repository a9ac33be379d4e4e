"""A title given by an appointment: «بتعيين X وزيراً للخارجية», «انتخب X رئيساً للنادي».

Arabic news reports an appointment (or an election) with the verb or its verbal noun
(«عيّن، تعيين، انتخب، انتخاب، اختير، كلّف، تكليف») followed by the appointee and the
title in the accusative: «صدر أمر ملكي بتعيين الأمير محمد بن نايف وليّاً للعهد»,
«عيّنت إدارة النادي خالد العمري مديراً للكرة». The title stands right after the name,
with the accusative ending («وزيراً», «رئيساً», «وليّاً») and its complement often behind
«ل» («للعهد», «لمجلس إدارة الشركة»). The appointee holds that title: the position is
named in the nominative construct form («ولي العهد», «مدير الكرة»).

Several appointees may follow one verb, joined by «و»: «وتعيين X رئيساً و Y نائباً له»;
a person after «و» in the same sentence as an earlier appointment is appointed too.

Not an appointment: a negated, demanded, planned or future one («لم يعيّن», «طالب
بتعيين», «يعتزم تعيين», «سيعيّن»), a denied or rumoured one («نفى تعيين», «أنباء عن
تعيين»), and an accusative title with no verb of appointment
before it («كان X رئيساً للنادي», «عمل X مديراً»: a past or a described job).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.denied_appointments import denied_appointment
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.text.normalize import normalize_key

_TRIGGERS = frozenset({
    "عين", "عينت", "يعين", "تعين", "تعيين", "انتخب", "انتخبت", "انتخاب", "اختير", "اختيرت",
    "اختار", "اختارت", "اختيار", "كلف", "كلفت", "تكليف", "سمي", "سمت", "تسميه",
})
"""Verbs and verbal nouns of appointing or electing (after «و», «ف», «ب»)."""
_FINITE = frozenset({
    "عين", "عينت", "يعين", "تعين", "انتخب", "انتخبت", "اختار", "اختارت", "كلف", "كلفت",
    "سمي", "سمت",
})
"""The finite verbs among the triggers: a noun right after one is its subject."""
_UNREAL = frozenset({
    "لم", "لن", "لا", "عدم", "رفض", "رفضت", "يرفض", "ترفض", "طالب", "طالبت", "يطالب", "تطالب",
    "مطالبه", "ينوي", "تنوي", "يعتزم", "تعتزم", "يدرس", "تدرس", "اقترح", "اقترحت", "يقترح",
    "تقترح", "احتمال", "امكانيه", "المتوقع", "يتوقع", "ويتوقع", "مرشح", "المرشح", "قد", "ربما",
    "يريد", "تريد", "اراد", "ارادت", "يجب", "ينبغي",
})
"""Words right before the trigger that make the appointment unreal (negated, demanded,
planned, expected, only possible)."""
_EXTRA_HEADS = frozenset({"ولي"})
"""Heads of a title given by appointment that are no title heads alone («وليّاً للعهد»)."""
_NOT_TITLES = frozenset({"ممثل", "مدرب", "محقق"})
"""Accusative heads that are a profession or a role in a work, not an office."""
_STOPS = frozenset({
    "خلفا", "بدلا", "اعتبارا", "لمده", "بمرتبه", "بالمرتبه", "وذلك", "حتي", "منذ", "بعد",
    "قبل", "لدي", "في", "خلال", "من", "الي", "عن", "مع", "بين", "بدءا", "ابتداء",
})
"""Words that end the title's complement (a date, a term, a host country, a place)."""
_PRONOUN_LINKS = frozenset({"له", "لها", "لهم", "لهما", "لهن"})
"""A complement that only points back («وزيراً لها»): the title ends before it."""
_DROPPED_ADJECTIVES = frozenset({"جديد", "جديده"})
"""Adjectives of the appointment, not of the office («مديراً جديداً للنادي»)."""
_LAM_NOUNS = frozenset({"لجنه", "لجان", "لواء", "لوائح"})
"""Nouns of a title's complement that begin with «ل» («للجنة» is «ل» + «اللجنة»)."""
_REACH = 10
_UNREAL_REACH = 3
"""Words before the trigger searched for a word that makes it unreal («طالب الأعضاء بتعيين»)."""
"""Words between the trigger and the appointee at most."""
_MAX_COMPLEMENT = 5
CONFIDENCE = 0.75
"""Raw confidence of a title given by appointment (below the apposed title's 0.8)."""


@dataclass(frozen=True)
class Appointed:
    """One title given by appointment: its words, its nominative name, its body."""

    person: Mention
    words: list[Word]
    name: str
    head: str
    org: Mention | None
    after_verb: bool
    """Whether a finite verb appoints («عيّن الرئيس اليمني X نائباً»): a title between the
    verb and the name is the verb's subject's, not the appointee's."""
    listed: bool
    """Whether the accusative word is itself a listed title head («محافظاً», «وكيلاً»),
    which the apposed-title rule already reads: no second title from this one."""


def accusative_head(word: Word, after_and: bool = False) -> str | None:
    """The title head of an accusative title word («وزيراً» → «وزير», «وليّاً» → «ولي»),
    else None; with ``after_and``, behind a glued «و» («ومتحدثاً» → «متحدث»)."""
    norm = word.norm.removeprefix("و") if after_and else word.norm
    if len(norm) < 3 or not norm.endswith("ا"):
        return None
    stem = norm[:-1]
    if stem in _NOT_TITLES or not (stem in TITLE_HEADS or stem in _EXTRA_HEADS):
        return None
    return stem


def _trigger_before(context: Extraction, words: list[Word], first: int,
                    chained: bool) -> Word | None:
    """The verb of appointing at most ``_REACH`` words before ``words[first]`` with no
    punctuation between, if it is not negated, planned or demanded; else None. A person
    joined by «و» (``chained``) may follow an earlier appointee and its title («عيّن X
    مديراً للكرة وY مشرفاً»): the reach is doubled and the earlier title crossed."""
    reach = 2 * _REACH if chained else _REACH
    for index in range(first - 1, max(-1, first - 1 - reach), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if accusative_head(words[index]) is not None and not chained:
            return None  # another appointee's title lies between
        if _is_trigger(words[index]):
            if any(_unreal(w) for w in words[max(0, index - _UNREAL_REACH):index]) or \
                    denied_appointment(context, words, index):
                return None  # «لم يعيّن», «نفى تعيين» (:mod:`kg.relations.denied_appointments`)
            return words[index]
    return None


def _unreal(word: Word) -> bool:
    return word.norm in _UNREAL or (word.norm[:1] in "وف" and word.norm[1:] in _UNREAL)


def _finite(word: Word) -> bool:
    return any(rest in _FINITE and prefix.strip("وف") == "" for prefix, rest in word.readings())


def _is_trigger(word: Word) -> bool:
    """A verb or verbal noun of appointing, with «و», «ف» or «ب» glued or none."""
    return word.norm in _TRIGGERS or any(
        rest in _TRIGGERS and prefix.strip("وفب") == "" for prefix, rest in word.readings())


def _complement(context: Extraction, words: list[Word], start: int) -> list[Word]:
    """The words of the title after its accusative head, up to a boundary, a «و», a
    person, a pronoun link, a date or a place (at most ``_MAX_COMPLEMENT``)."""
    kept: list[Word] = []
    index = start
    while index < len(words) and len(kept) < _MAX_COMPLEMENT:
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm.startswith("و") or \
                word.norm in _STOPS or word.norm in _PRONOUN_LINKS:
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person":
            break
        kept.append(word)
        index += 1
    return kept


def _nominative_name(context: Extraction, head: str, complement: list[Word],
                     org_start: int | None) -> str:
    """The title in its citation form: the head without its ending; an indefinite
    adjective agreeing with it without its own («عاماً» → «عام», «رسمياً» → «رسمي»;
    «جديداً» dropped); the first «ل» that links the complement dropped («للعهد» →
    «العهد», «لمجلس» → «مجلس»); up to the body's name."""
    parts = [head]
    linked = False
    for word in complement:
        if org_start is not None and word.end > org_start:
            break
        text = context.doc.text[word.start:word.end]
        norm = word.norm
        if not linked and norm.startswith("ل") and len(norm) > 3:
            linked = True
            text = _definite(text) if norm.startswith("لل") else text[1:]
        elif not linked and not norm.startswith("ال") and norm.endswith("ا") and len(norm) > 3:
            text = text.rstrip("\u064b\u064e")[:-1]  # the accusative «اً» of an adjective
            if normalize_key(text) in _DROPPED_ADJECTIVES:
                continue
        parts.append(text)
    return " ".join(parts)


def _definite(text: str) -> str:
    """The definite noun behind «لل»: «للعهد» → «العهد»; a noun that itself begins with
    «ل» keeps it («للجنة» = «ل» + «اللجنة»)."""
    if normalize_key(text[1:]) in _LAM_NOUNS:
        return "ال" + text[1:]
    return "ال" + text[2:]


def appointed(context: Extraction, words: list[Word], persons: list[Mention]) -> list[Appointed]:
    """The titles given by appointment to the persons of one sentence (``words`` are the
    sentence's words, ``persons`` its person mentions in order)."""
    found: list[Appointed] = []
    offset = words[0].index if words else 0
    for mention in persons:
        first, last = context.mention_words(mention)
        first, last = first - offset, last - offset
        at = last + 1
        if at >= len(words) or context.gap(words[last], words[at]).strip():
            continue
        head = accusative_head(words[at])
        if head is None:
            continue
        chained = context.attached_prefix(mention).startswith("و")
        trigger = _trigger_before(context, words, first, chained)
        if trigger is None:
            continue
        after_verb = not chained and _finite(trigger)
        while head is not None:
            complement = _complement(context, words, at + 1)
            org = next((m for m in context.mentions_between(
                complement[0].start, complement[-1].end)
                if m.label in ORGANIZATION_LABELS and m.entity_id), None) if complement else None
            name = _nominative_name(context, head, complement, org.start if org else None)
            listed = words[at].norm.removeprefix("و") in TITLE_HEADS
            found.append(Appointed(mention, [words[at], *complement], name, head, org,
                                  after_verb, listed))
            at += 1 + len(complement)
            # «مديراً للمركز الإعلامي ومتحدثاً رسمياً»: a second title for the same person
            head = None
            if at < len(words) and words[at].norm.startswith("و") and \
                    not context.boundary_between(words[at - 1], words[at]):
                head = accusative_head(words[at], after_and=True)
    return found

