"""Deniers joined by «و»: «ونفت روسيا وسوريا أي تورط», «لكن موسكو والمتمردين ينفون ...».

A denial is each conjunct's: the speaker reading gives the verb one speaker, the one named
next to it; the names joined to that one by «و» in the same clause
(:func:`kg.relations.argument_words.coordinated_mentions`) deny the same thing. Only for a
denial: who else «said» a statement is left to the speaker reading.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.argument_words import coordinated_mentions
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.statement_quotes import SUBJECT_LABELS


def joined_deniers(context: Extraction, sentence: Sentence, verb: Word, speaker: str,
                   content_start: int) -> list[str]:
    """The entities joined by «و» to the speaker's mention nearest the verb (after it and
    before the content, or before it), other than the speaker."""
    own = [m for m in context.mentions_between(sentence.start, content_start)
           if m.entity_id == speaker]
    if not own:
        return []
    nearest = min(own, key=lambda m: abs(m.start - verb.start))
    joined = coordinated_mentions(context, nearest, sentence, SUBJECT_LABELS)[1:]
    return list(dict.fromkeys(
        m.entity_id for m in joined
        if m.entity_id and m.entity_id != speaker and m.end <= content_start
        and not context.is_prepositional(m)))
