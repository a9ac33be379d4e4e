"""Shortcuts of the relation stage that must answer as the long way does (session 46, speed):
the kinds of a word by its mask, a clause's look-up read inline, a verb of repelling looked
up before its readings are read, a draft's words indexed only for a role to check (sentences
written for the tests)."""

from __future__ import annotations

from itertools import combinations

import pytest

from kg.relations.context import Extraction
from kg.relations.event_blast_adjectives import drop_blast_adjectives
from kg.relations.event_clauses import has_any
from kg.relations.event_draft import Draft
from kg.relations.event_fire_sources import drop_fire_sources
from kg.relations.event_repulsed import _REPELLED, _opens_on, repelled_attack
from kg.relations.index import WORD_KINDS, Word, _kinds_in
from kg.relations.lexicon_attribution import OPENING_QUOTES
from kg.relations.statement_content import _OPENERS
from tests.relations.docbuilder import E, first_sentence

GROUP = E("Organization", "الحوثيين", ("الحوثيين",))


def _context(text: str) -> tuple[Extraction, list[Word]]:
    return first_sentence(text, [GROUP])


def test_the_kinds_of_a_mask_are_the_kinds_it_sets_in_order() -> None:
    for size in range(len(WORD_KINDS) + 1):
        for kinds in combinations(WORD_KINDS, size):
            mask = sum(kinds)
            assert _kinds_in(mask) == kinds
            assert _kinds_in(mask) == tuple(kind for kind in WORD_KINDS if mask & kind)


@pytest.mark.parametrize("text", [
    "وصد الجنود هجوما للحوثيين على البلدة.",
    "تصدت القوات لهجمات الحوثيين في الجبل.",
    "قال المسؤول إن الهجوم وقع أمس، وصد أي تقدم.",
    "شن الحوثيين هجوما على القرية.",
])
def test_has_any_answers_as_each_word_asked_in_turn(text: str) -> None:
    _, words = _context(text)
    for table in (_REPELLED, frozenset({"هجوم", "هجمات"}), frozenset({"اي"}), frozenset()):
        for low in range(len(words)):
            assert has_any(words[low:], table) == any(w.has(table) for w in words[low:])


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("وصد الجنود هجوما للحوثيين على البلدة.", "هجوما", True),
    ("تصدت القوات لهجمات الحوثيين في الجبل.", "لهجمات", True),
    ("ودحروا هجوما جديدا للحوثيين.", "هجوما", True),
    ("شن الحوثيين هجوما على القرية.", "هجوما", False),
    ("وأعلن الجيش، صد هجوما للحوثيين.", "هجوما", True),
    ("في صد هجوم للحوثيين.", "هجوم", False),
])
def test_a_repelled_attack_is_read_as_the_long_way_reads_it(text: str, noun: str,
                                                             expected: bool) -> None:
    context, words = _context(text)
    position = next(i for i, w in enumerate(words) if w.norm == noun)
    assert repelled_attack(context, words, position, "Attack") is expected
    long_way = False
    for index in range(position - 1, max(-1, position - 6), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if any(prefix in {"", "و", "ف"} and rest in _REPELLED
               for prefix, rest in words[index].readings()) or _opens_on(context, words, index):
            long_way = True
            break
    assert long_way is expected


def test_a_draft_with_no_agent_or_target_keeps_its_arguments() -> None:
    context, words = _context("وقع انفجار انتحاري في السوق.")
    draft = Draft("Attack", words[1], context.doc.sentences[0], False)
    drop_blast_adjectives(words, draft)
    drop_fire_sources(words, draft)
    assert draft.arguments == []


def test_the_opening_marks_are_the_marks_of_the_lexicon() -> None:
    assert frozenset(OPENING_QUOTES) == _OPENERS
    assert all(len(mark) == 1 for mark in _OPENERS)
