"""A verb of saying or of a stance after a noun trigger opens another clause.

«وفي سياق ردود الفعل على الهجوم الإسرائيلي دانت الصين التي قتل أحد مراقبيها»: the attack
noun closes a fronted adjunct; «دانت» opens the main clause and «الصين» is its subject, not
the attack's target. A noun phrase holds no bare perfect verb, so a verb of saying or of a
stance with no «و» / «ف» before it («دانت», «قالت», «طالبت», «أكد») that stands between a noun
trigger and a name after it puts that name in another clause: it is no agent or target of the
violent event. A verb inside a relative clause on the trigger is left alone («الهجوم الذي
أعلنت حماس مسؤوليتها عنه»: who claimed it), and so are verb triggers, whose object may carry
a clause of its own.
"""

from __future__ import annotations

from kg.relations.event_draft import Draft
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, RELATIVE_PRONOUNS, find_stance, reporting_verb


def _bare_clause_verb(word: Word) -> bool:
    """«دانت», «قالت», «طالبت»: a verb of saying or of a stance with nothing glued before it
    (not a preposition of the stance lexicon: «ضربات ضد داعش»)."""
    if word.norm in FUNCTION_WORDS:
        return False
    said = reporting_verb(word.norm)
    if said is not None and not said.prefix:
        return True
    stance = find_stance(word.norm)
    return stance is not None and not stance.prefix and not stance.value.noun


def _clause_opened(words: list[Word], position: int) -> int | None:
    """The start offset of the first bare verb of saying or stance after ``words[position]``,
    before any relative pronoun; None when there is none."""
    for word in words[position + 1:]:
        if word.norm in RELATIVE_PRONOUNS:
            return None
        if _bare_clause_verb(word):
            return word.start
    return None


def drop_other_clause_roles(words: list[Word], position: int, draft: Draft) -> None:
    """Drop the agents and targets of a violent noun trigger that stand past a bare verb of
    saying or of a stance after it: they belong to that verb's clause."""
    if draft.verb or draft.label not in VIOLENT_CAUSES:
        return
    opened = _clause_opened(words, position)
    if opened is None:
        return
    draft.arguments = [a for a in draft.arguments
                       if not (a.role in {"agent", "target"} and a.start >= opened)]
