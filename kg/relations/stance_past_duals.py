"""«مصر والأردن أدانتا الهجوم», «وكانت مصر والأردن قد رحبتا بالاتفاق»: both holders of a
feminine dual past verb.

:mod:`kg.relations.stance_dual_holders` reads two names joined by «و» before a dual
imperfect («يدينان», «ترحبان»). A report in the past gives the feminine dual past
instead («أدانتا», «رحبتا», «رفضتا»), often after «كانت ... قد»: «وكانت وزارة الخارجية
المصرية والخارجية الأردنية قد أدانتا الهجوم». Only the nearer name was read. The same
pair is read here: two named agents joined by a glued «و» right before the verb (or
before «قد»), the first opening its clause (sentence start, a comma, «أن»/«إن», or
«كان/كانت» that opens the sentence), neither a genitive nor governed by a preposition.
As for the dual imperfect, a dual past with no such pair before it has no holder: the one
name right before it is a genitive («وقال رئيسا وزراء مصر والأردن إنهما أدانتا») or one
of two; a dual past after «و» («... وأدانتا») is left to the reading of coordinated verbs.

The masculine dual and the plural past («X وY انتقدا», «X وY أدانوا») take the same pair;
with no such pair they keep the reading of a single subject (the nearer name, as after a
titled first conjunct: «رئيس الحكومة ووزير داخليته X اعترضا»).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS
from kg.relations.stance_shared_pairs import verb_number

_QAD = frozenset({"قد", "لقد"})
_BEING = frozenset({"كانت", "وكانت", "كان", "وكان"})


def is_past_dual(verb: Word) -> bool:
    """«أدانتا», «ورحبتا»: a feminine dual past."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    return len(form) > 4 and form.endswith("تا")


def _many_past(verb: Word) -> bool:
    """«انتقدا», «رفضوا»: a masculine dual or a plural past, not after «و» (a verb
    coordinated after another shares its subject)."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    return form == verb.norm and form.endswith("ا") and verb_number(verb) in {2, 3}


def _named(context: Extraction, mention: Mention | None, last: Word) -> Mention | None:
    """The named agent that ends with ``last`` (no nisba, not governed)."""
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or preposition(context, mention) or \
            mention.end != last.end:
        return None
    return mention


def past_dual_holders(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """Both named holders of the feminine dual past verb at ``position`` (see the module
    docstring), else ``[]``."""
    if position < 2 or not (is_past_dual(words[position]) or _many_past(words[position])):
        return []
    end = position - 1
    if words[end].norm in _QAD:
        end -= 1
    if end < 1 or any(context.boundary_between(words[i], words[i + 1])
                      for i in range(end, position)):
        return []
    second = _named(context, context.covering_mention(words[end].end - 1), words[end])
    if second is None:
        return []
    start = context.mention_words(second)[0] - words[0].index
    if start < 1 or not words[start].norm.startswith("و") or \
            second.start == words[start].start or \
            context.boundary_between(words[start - 1], words[start]):
        return []  # the «و» must be glued to the second name, not part of it
    first = _named(context, context.covering_mention(words[start - 1].end - 1),
                   words[start - 1])
    if first is None or first.entity_id == second.entity_id:
        return []
    opening = context.mention_words(first)[0] - words[0].index
    if opening < 0 or (opening > 0 and words[opening - 1].norm not in COMPLEMENTIZERS and
                       not context.boundary_between(words[opening - 1], words[opening]) and
                       not (opening == 1 and words[0].norm in _BEING)):
        return []  # «رئيسا وزراء مصر والأردن أدانتا»: a genitive, not the clause's head
    speaker = context.speaker_at(words[position].start)
    if any(context.speaker_at(m.start) != speaker and speaker != m.entity_id
           for m in (first, second)):
        return []
    return [Arg(m.entity_id or "", m.start, m.end) for m in (first, second)]
