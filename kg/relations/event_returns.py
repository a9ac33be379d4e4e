"""A visit told after a meeting verb: «والتقى فراتيني الغنوشي، في زيارة خاطفة لدى عودته من زيارة
للأردن».

«التقى/اجتمع X Y، في زيارة» tells the visit during which X met Y: X, the subject who came, is
the visitor, not Y, the name standing nearest before the visit noun. So with «عودته من زيارة»
(his return from a visit), whose pronoun names the clause's subject. The visitor is the one
person who did the meeting told just before in the sentence. A reception («استقبل X Y في
زيارة») is left alone: there the guest, after the verb, is the one who visits. Where no meeting
came before, the nearest name is the clause's subject («وقال الوزير فلان بعد عودته من زيارة
إلى واشنطن») and the visit is left to the usual reading.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import SentenceState
from kg.relations.index import Arg, Word

_RETURNS = frozenset({"عودته", "عودتها", "عودتهم", "عودتهما", "رجوعه", "رجوعها"})
"""The verbal noun of returning with the returner's pronoun."""
_FROM = frozenset({"من"})
_IN = frozenset({"في"})
MEETING_VERBS = frozenset({"التقي", "التقت", "التقوا", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا"})
"""Meeting verbs whose subject came to the one met (not «استقبل», whose object came)."""


def returning_visitor(context: Extraction, words: list[Word], position: int,
                      here: SentenceState) -> list[Arg]:
    """The doer of the meeting verb told before in the sentence when the visit noun at
    ``words[position]`` follows «في» or «عودته من» (see the module); ``[]`` otherwise."""
    if position < 2 or len(here.previous_agent) != 1 or here.previous_form not in MEETING_VERBS:
        return []
    during = words[position - 1].norm in _IN
    returned = words[position - 1].norm in _FROM and words[position - 2].has(_RETURNS) and \
        not context.boundary_between(words[position - 2], words[position - 1])
    if not (during or returned) or context.boundary_between(words[position - 1], words[position]):
        return []
    visitor = here.previous_agent[0]
    return [visitor] if context.label(visitor.node_id) == "Person" else []
