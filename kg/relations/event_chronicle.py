"""Entries of a dated chronicle: «* 12 ديسمبر 2005: اغتيال الصحافي فلان بتفجير سيارة مفخخة».

A line of a news chronology opens with a list mark, a date (a day, a month's name, a year)
and a colon, then tells what happened that day as a verbal noun with no verb before it
(«اغتيال ...», «تفجير انتحاري في فندق ...»). The noun reports the deed as having happened
(it is the entry's whole news), though no agent is named: an attack, killing or protest
noun right after such a date and colon is a reported event (its date makes it background,
see ``kg.relations.timex``). Rules:

- only the words of the trigger's own sentence before it count, and each must be a number,
  a month's name (with its gloss in brackets: «مايو (أيار)») or a year word;
- at least one of them is a number (a day or a year), and a colon ends them, right before
  the trigger: «في 12 ديسمبر اغتيال» (no colon) or «قال: اغتيال» (no date) are no entries.
"""

from __future__ import annotations

import itertools
import re

from kg.relations.context import Extraction
from kg.relations.index import Word

_MONTHS = frozenset({
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "اغسطس",
    "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز",
    "اب", "ايلول", "تشرين", "كانون", "الثاني", "الاول", "عام",
})
_NUMBER = re.compile(r"^[0-9\u0660-\u0669]+$")
_MARKS = re.compile(r"^[\s*\-ـ•–—()\[\]0-9\u0660-\u0669]*$")


def chronicle_entry(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger opens a dated chronicle entry: «* 21 مايو 2005: اغتيال ...»."""
    trigger = words[position]
    before = [word for word in words[:position] if word.sentence_index == trigger.sentence_index]
    # (the test of every word first: it stops at the first word of prose, most often the
    # sentence's first)
    if not before or not all(_NUMBER.match(word.norm) or word.bare() in _MONTHS
                             or word.norm in _MONTHS for word in before):
        return False
    if not any(_NUMBER.match(word.norm) for word in before):
        return False
    text = context.doc.text
    gap = text[before[-1].end:trigger.start]
    if gap.strip() not in {":", "):", ") :"} and not gap.strip().endswith(":"):
        return False
    return all(_MARKS.match(text[left.end:right.start])
               for left, right in itertools.pairwise(before))
