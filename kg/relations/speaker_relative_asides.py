"""«X، زعيم حزب Y، الذي، رغم أنه في المعارضة، قال: إنه ...»: the speaker of a verb of
saying in a relative clause interrupted by an aside.

A relative clause on a named person may open with an aside set off by commas («الذي، رغم
أنه في المعارضة، قال», «التي، بحسب مصادر، أكدت أن»). The verb then stands after a comma,
so it looks like the start of a clause with no subject, and was read as going on with the
last speaker of the article (a wrong speaker: another person, a paragraph back). Its
subject is the relative's antecedent: the person named last before «الذي»/«التي», past
an apposition between them set off by commas («، زعيم حزب Y،»), in the same sentence.

Only «الذي»/«التي» followed by a comma, an aside of at most :data:`_ASIDE` words, a comma
and the verb; the person must not be governed by a preposition, and no other person may
stand between him and the relative. «الذي قال» with no aside is read by
``speaker_before.subject_before``.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word

_RELATIVES = frozenset({"الذي", "التي"})
_COMMAS = frozenset({"،", ","})
_ASIDE = 8
"""How many words the aside between the relative and its verb may hold."""
_ANTECEDENT_REACH = 10
"""How many words before the relative its antecedent's name may end."""


def relative_aside_speaker(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The named person whose relative clause the verb at ``words[position]`` ends, past an
    aside set off by commas (see the module docstring); None otherwise."""
    if position < 3 or context.gap(words[position - 1], words[position]).strip() not in _COMMAS:
        return None
    relative = None
    for index in range(position - 2, max(-1, position - 2 - _ASIDE), -1):
        gap = context.gap(words[index], words[index + 1]).strip()
        if words[index].norm in _RELATIVES:
            relative = index if gap in _COMMAS else None
            break
        if gap and gap not in _COMMAS:
            return None  # a full stop, a colon, a quote: the aside is no aside
    if relative is None or relative < 1:
        return None
    persons = [
        m for m in context.mentions_between(words[max(0, relative - _ANTECEDENT_REACH)].start,
                                            words[relative].start)
        if m.label == "Person" and m.entity_id and words[0].start <= m.start
    ]
    if not persons:
        return None
    person = persons[-1]
    between = context.doc.text[person.end:words[relative].start]
    right_after = not between.strip()
    apposed = between.lstrip()[:1] in _COMMAS and between.rstrip()[-1:] in _COMMAS
    if not (right_after or apposed):
        return None  # «وصل X إلى المدينة التي، ...، قالت»: the relative is on another noun
    if any(mark in between for mark in (".", ":", "«", "»", "\"", "؟", "!")) or \
            context.is_prepositional(person) or context.speaker_at(person.start) is not None:
        return None
    return person
