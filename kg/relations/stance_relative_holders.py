"""A holder named after «أن»/«إن» and described by a relative clause before its verb.

«وقال المتحدث إن مصر التي تقود الوساطة ترفض القرار», «وأضاف أن الشركة التي تملك ماركات
عدة رحبت ببدء البيع»: after a complementizer the subject comes before its verb (see
:func:`kg.relations.stance_preverbal_subjects.fronted_subject`), and a relative clause
(«التي»/«الذي» and its words) may stand between the two. The name right after the
complementizer, or the bare noun of a body's kind standing for the one body of that kind
named before (:func:`kg.relations.stance_kind_subjects.kind_reference`), is then the holder,
when:

- the relative pronoun follows the name at once and agrees in gender with the stance verb
  («التي» a feminine verb, «الذي» a masculine one);
- the clause has a few words of its own, all in one clause: no mark between them, only a
  pair of commas around the whole clause, and no second relative, complementizer or verb of
  saying in it;
- the stance verb is not the clause's own first word («مصر التي ترفض ...» is read by
  :func:`kg.relations.stance_verb_holders.relative_antecedent`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, reporting_verb
from kg.relations.stance_kind_subjects import kind_reference
from kg.relations.stance_phrases import COMMAS, RELATIVES
from kg.relations.stance_verb_gender import verb_gender

_GENDERED = {"التي": "f", "الذي": "m"}
"""The singular relative pronouns, by the gender of the noun they describe."""
_OTHER_RELATIVES = RELATIVES - {"من"}
"""Relatives that open a second clause («من» is most often the preposition)."""
_CLAUSE_WORDS = 10
"""The most words of the relative clause read between the holder and the verb."""


def relative_fronted_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The holder named after «أن»/«إن» before a relative clause that ends right before the
    stance verb at ``position`` (see the module docstring), else None."""
    gender = verb_gender(words[position])
    if gender is None:
        return None
    relative = next((index for index in range(position - 2, max(0, position - 2 - _CLAUSE_WORDS),
                                              -1) if words[index].norm in _GENDERED), None)
    if relative is None or relative < 2 or _GENDERED.get(words[relative].norm) != gender or \
            not _one_clause(context, words, relative, position):
        return None
    head = words[relative - 1]
    mention = context.covering_mention(head.start)
    if mention is None:
        opening = relative - 2
        holder = kind_reference(context, head)
    elif mention.end == head.end and mention.entity_id and mention.label in AGENT_LABELS and \
            not context.is_nisba(mention):
        opening = relative - 1
        while opening > 0 and words[opening - 1].end > mention.start:
            opening -= 1
        if words[opening].start != mention.start:
            return None  # «بمصر التي»: a name governed by a glued preposition
        opening -= 1
        holder = Arg(mention.entity_id, mention.start, mention.end)
    else:
        return None
    if holder is None or opening < 0 or words[opening].norm not in COMPLEMENTIZERS or \
            context.boundary_between(words[opening], words[opening + 1]):
        return None
    return holder


def _one_clause(context: Extraction, words: list[Word], relative: int, position: int) -> bool:
    """The words from the relative pronoun to the verb are one clause: no second relative,
    complementizer or verb of saying, and no mark but a comma before the pronoun matched by
    one before the verb."""
    for index in range(relative + 1, position):
        word = words[index]
        if word.norm in _OTHER_RELATIVES or word.norm in COMPLEMENTIZERS or \
                reporting_verb(word.norm) or context.gap(words[index - 1], word).strip():
            return False
    before = context.gap(words[relative - 1], words[relative]).strip()
    after = context.gap(words[position - 1], words[position]).strip()
    return before == after and (not before or before in COMMAS)
