"""Finding the arguments of a trigger word: subjects, objects, first-person pronouns.

Arabic news sentences are mostly verb-subject-object: «ورفض وزير الخارجية
مايك بومبيو الاتهامات». The subject is the first agent mention after the
verb that no preposition governs; failing that the nearest one before it
(«بيد أن الأحمدي أشار»), a title that names an earlier person («الرئيس»),
or, inside a quotation, the speaker's country or organisation for a
first-person plural («نحن», «قمنا», «لم نكن»).
The preposition of a mention, first-person plurals and «و» conjuncts are read in
``kg.relations.argument_words``, the subject right after a verb in
``kg.relations.subjects_after``, and a subject named before its verb in a topic or a
«كان ... قد» construction in ``kg.relations.topic_subjects``; this module keeps the subject
before a trigger, the candidates after it (``Candidate``, :func:`scan_after`) and
:func:`known_person`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from kg.model import Mention, Sentence
from kg.relations.actors import actor_phrase
from kg.relations.argument_words import (
    chain,
    coordinated_mentions,
    first_person_near,
    is_first_person,
    preposition,
    speaker_affiliation,
)
from kg.relations.context import Extraction
from kg.relations.first_person_kingdom import kingdom_after_first_person
from kg.relations.governed_conjuncts import governed_conjunct
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, Word
from kg.relations.lexicon import (
    NAMED_PLACE_HEADS,
    NISBA,
)
from kg.relations.realm_actors import kingdom, kingdom_after_lam
from kg.relations.role_holders import add_leads, person_for_title, unnamed_holder
from kg.relations.role_words import is_title_head
from kg.relations.rules import ObjectSource
from kg.relations.subjects_after import (
    COURTESY_TITLES,
    TITLE_BREAKS,
    TYPE_NOUNS,
    past_title_complement,
    quoted_after,
    subject_after,
    typed_name,
)
from kg.relations.topic_subjects import topicalised_subject, was_subject

__all__ = ["COURTESY_TITLES", "TITLE_BREAKS", "TYPE_NOUNS", "Arg", "Candidate", "chain",
           "commit_holder", "coordinated_mentions", "first_person_near", "is_first_person",
           "is_place", "kingdom", "known_person", "past_title_complement", "preposition",
           "quoted_after", "scan_after", "speaker_affiliation", "subject_after", "subject_before",
           "topicalised_subject", "typed_name", "was_subject"]


def _words_between(context: Extraction, word: Word, mention: Mention) -> int:
    target = context.word_at(mention.start)
    return (target.index - word.index) if target else 99


def subject_before(context: Extraction, words: list[Word], position: int,
                   max_words: int = 10) -> list[Arg]:
    """The nearest agent before the trigger in its sentence that no preposition governs,
    not even through a «و» conjunct («إلى غولام وميسالا»: ``governed_conjuncts``)."""
    start = words[max(0, position - max_words)].start
    candidates = [
        m for m in context.mentions_between(start, words[position].start)
        if m.label in AGENT_LABELS and m.entity_id and not preposition(context, m)
        and not context.is_nisba(m) and not _names_place(context, m)
        and context.speaker_at(m.start) == context.speaker_at(words[position].start)
        and not governed_conjunct(context, m, words[position], preposition)
    ]
    if not candidates:
        for word in reversed(words[max(0, position - 3):position]):
            if is_title_head(word):
                person = person_for_title(context, word)
                if person:
                    return [Arg(person, word.start, word.end)]
        phrase = _actor_phrase_before(context, words, position)
        return [phrase] if phrase is not None else []
    persons = [m for m in candidates if m.label == "Person"]
    nearest = persons[-1] if persons and candidates[-1].label != "Person" and \
        candidates.index(persons[-1]) >= len(candidates) - 2 else candidates[-1]
    assert nearest.entity_id is not None
    owned = _owned_by(context, words, nearest)
    return [owned or Arg(nearest.entity_id, nearest.start, nearest.end)]


def _names_place(context: Extraction, mention: Mention) -> bool:
    """«وكان مسجد سلمان قد شهد»: a person's name right after a building or place noun is
    part of the place's name."""
    word = context.word_at(mention.start)
    if word is None or mention.label != "Person" or word.index == 0:
        return False
    head = context.words[word.index - 1]
    return head.sentence_index == word.sentence_index and \
        head.has(NAMED_PLACE_HEADS)


def _actor_phrase_before(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وقالت مصادر إن قوات النظام تراجعت»: an actor phrase that ends right before the verb
    (subject-verb order), when no named agent stands before it."""
    for start in range(position - 1, max(-1, position - 3), -1):
        phrase = actor_phrase(context, words, start)
        if phrase is not None and phrase[1] == position:
            return phrase[0]
    return None


def _owned_by(context: Extraction, words: list[Word], mention: Mention) -> Arg | None:
    """«قوات الأسد تقصف»: a leader named after a force noun is the owner of the forces, and
    the forces are the agent."""
    word = context.word_at(mention.start)
    if word is None or mention.label != "Person":
        return None
    index = word.index - words[0].index
    if index < 1:
        return None
    phrase = actor_phrase(context, words, index - 1)
    return phrase[0] if phrase is not None else None


@dataclass(frozen=True, slots=True)
class Candidate:
    arg: Arg
    preposition: str
    label: str | None
    word_index: int
    source: ObjectSource
    """``mention``, ``event``, ``nisba`` or ``holder``."""
    led_id: str | None = None
    """For an unnamed holder («زعيم تنظيم الدولة»), the organisation it leads."""


def commit_holder(context: Extraction, candidate: Candidate, sentence: Sentence) -> None:
    """Record ``leads`` for an unnamed role holder once it is used as an argument."""
    if candidate.source == "holder" and candidate.led_id:
        add_leads(context, candidate.arg, candidate.led_id, sentence)


_SCAN_STOPS = re.compile("[.؟!:]")
"""Marks between two words that end the scan for arguments after a trigger."""
_SCAN_STOPS_AND_COMMAS = re.compile("[.؟!:،,؛]")
"""With the marks that end it too, unless it crosses commas."""


def scan_after(context: Extraction, words: list[Word], position: int, sentence: Sentence,
               max_words: int, events: Mapping[int, str], skip: set[str],
               cross_commas: bool = False) -> list[Candidate]:
    """Mentions, event triggers, nisba adjectives and unnamed role holders after the trigger."""
    found: list[Candidate] = []
    last = min(len(words) - 1, position + max_words)
    if last <= position:
        return found
    stops = _SCAN_STOPS if cross_commas else _SCAN_STOPS_AND_COMMAS
    stop = stops.search(context.doc.text, words[position].end, words[last].start)
    end = words[last].end if stop is None else stop.start()  # the words before it are read
    index = position + 1
    taken_until = -1
    while index <= last and words[index].start < end:
        word = words[index]
        if word.start < taken_until:
            index += 1
            continue
        if word.index in events and events[word.index] not in skip:
            found.append(Candidate(Arg(events[word.index], word.start, word.end), "", None,
                                   index, "event"))
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and mention.entity_id not in skip:
            found.append(Candidate(Arg(mention.entity_id, mention.start, mention.end),
                                   preposition(context, mention), mention.label, index, "mention"))
            taken_until = mention.end
        elif mention is None:
            held = unnamed_holder(context, words, index, sentence)
            realm = kingdom_after_lam(context, words, index)
            own = kingdom_after_first_person(context, words, index, position) \
                if realm is None else None
            if realm is not None:  # «عن شكره للمملكة بقيادة خادم الحرمين الشريفين»
                found.append(Candidate(Arg(realm, word.start, word.end), "ل", "Country",
                                       index, "mention"))
            elif own is not None:  # «نشكر المملكة على ...»: the object of «نشكر»
                found.append(Candidate(Arg(own, word.start, word.end), "", "Country",
                                       index, "mention"))
            elif held is not None:
                found.append(Candidate(held.holder, "", "Person", index, "holder",
                                       held.organisation_id))
                taken_until = held.holder.end
            elif word.has(NISBA):
                country = context.country_for_nisba(word)
                if country and country not in skip:
                    found.append(Candidate(Arg(country, word.start, word.end), "", "Country",
                                           index, "nisba"))
        index += 1
    return found


def is_place(label: str | None) -> bool:
    return label in PLACE_LABELS


def known_person(context: Extraction, word: Word) -> str | None:
    """The one person of the document whose name ends with ``word`` («باسلمه»)."""
    surname = word.norm.removeprefix("و") if word.norm.startswith("و") and len(word.norm) > 4 \
        else word.norm
    if len(surname) < 4:
        return None
    found = context.index.persons_by_surname.get(surname, frozenset())
    return next(iter(found)) if len(found) == 1 else None
