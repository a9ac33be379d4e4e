"""An appeal refused is the object of the refusal: «رفضت الحكومة دعوة الحوثيين إلى الحوار».

After a verb of refusing, the singular noun of an appeal («دعوة», «مطالبة») with its named
author right after it in construct is the proposal refused: GUIDELINES.md has «رفض + a
proposal» as ``rejects``, and the object is the short phrase naming it («دعوة الحوثيين»),
as for the plural «دعوات الحوثيين» that the topic phrase already reads. The noun is also a
stance word of its own (the author's appeal, read by its own trigger), which otherwise ends
the refusal's object before the name.

Only the noun as the object's first word with no clitic but «و»-less «ال»-less form (not
«بدعوة»), its author a named actor (not a nisba, not the refuser), with nothing between.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.text.normalize import normalize_key

APPEAL_NOUNS = frozenset({"دعوه", "مطالبه"})
"""The singular nouns of an appeal («دعوة», «مطالبة»), as normalised."""


def refused_appeal(context: Extraction, words: list[Word], first_word: int,
                   trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«رفض X دعوة Y»: the appeal and its author as the refusal's object, or None."""
    if trigger.kind != "rejects" or trigger.noun or first_word + 1 >= len(words) or \
            words[first_word].norm not in APPEAL_NOUNS:
        return None
    head, author = words[first_word], words[first_word + 1]
    if context.boundary_between(head, author):
        return None
    mention = context.mention_starting_in(author)
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    name = context.doc.text[head.start:mention.end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, head.start, mention.end), "", None, first_word, "topic")
