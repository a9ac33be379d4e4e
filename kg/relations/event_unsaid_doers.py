"""Names read as an event's agent that the text does not give as its doer.

A construction of news prose puts a name just before an event word that did not do it:

- a correspondent's byline: «وفي طرابلس (غسان ريفي)، تجمع عدد من أنصار الحريري»: a
  person's name alone in brackets after the dateline place (or opening the sentence) signs
  the report; it is nobody's subject.
"""

from __future__ import annotations

from kg.relations.arguments import is_place
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word


def unsaid_doers(context: Extraction, words: list[Word], position: int, draft: Draft,
                 agents: list[Arg]) -> list[Arg]:
    """The agents without those the text does not give as the doer (see the docstring)."""
    return [a for a in agents if not byline(context, a)]


def byline(context: Extraction, arg: Arg) -> bool:
    """«وفي طرابلس (غسان ريفي)، تجمع ...»: a person's name alone in brackets, after a place
    or opening its sentence, is the report's signature."""
    if context.label(arg.node_id) != "Person":
        return False
    first, last = context.word_at(arg.start), context.word_at(max(arg.start, arg.end - 1))
    if first is None or last is None or last.index + 1 >= len(context.words):
        return False
    following = context.words[last.index + 1]
    closes = following.sentence_index == last.sentence_index and \
        ")" in context.gap(last, following)
    if not closes:
        return False
    if first.index == 0 or context.words[first.index - 1].sentence_index != first.sentence_index:
        return context.doc.text[max(0, first.start - 2):first.start].strip() == "("
    before = context.words[first.index - 1]
    if context.gap(before, first).strip() != "(":
        return False
    if before.index == 0 or context.words[before.index - 1].sentence_index != \
            before.sentence_index:
        return True  # «بيروت (فلان) -»: the dateline opens the sentence
    place = context.covering_mention(before.start)
    return place is not None and is_place(place.label)
