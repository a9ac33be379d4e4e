"""A person right after a bare verb that opens a clause after a comma: «، برر X ...».

Arabic news often fronts an adverbial phrase and opens the clause after its comma with a
verb and no «و»: «ومن ناحية ثانية، انتقد سامر الحلبي الرسوم الجديدة، إذ أكد أن ...». The
person right after that verb is its subject, so a later verb of saying with no subject of its
own («أكد أن») is theirs and does not go on with the speaker of an earlier sentence.

A title may stand between the verb and the person («إلى ذلك، شن السيناتور X هجوما»).
The word before the person (or before its title) counts as such a verb only when a comma
stands right before it and it has no mark of a noun: no article «ال», no feminine «ة», no
attached preposition, no title («، وزير الخارجية X»), no function word («، لكن X»), and it
is at least two letters («شنّ»). A missing speaker is better than another person's words
given to the last one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import prepositional


def comma_clause_verb(context: Extraction, before: list[Word]) -> bool:
    """Whether ``before[-1]``, the word right before a person, is a bare verb opening its
    clause after a comma («، برر X»), or the word before its title is («، شن السيناتور X»)."""
    if len(before) >= 3 and is_title_head(before[-1]) and \
            not context.boundary_between(before[-2], before[-1]):
        before = before[:-1]
    if len(before) < 2:
        return False
    word, previous = before[-1], before[-2]
    form = word.norm
    if previous.sentence_index != word.sentence_index or \
            context.doc.text[previous.end:word.start].strip() not in {"،", ","}:
        return False
    if len(form) < 2 or form.startswith(("ال", "و")) or form.endswith("ه"):
        return False  # a noun («، المواطن X», «، زوجة X»); «، وشارك X» is read elsewhere
    return form not in FUNCTION_WORDS and not is_title_head(word) and not prepositional(word)
