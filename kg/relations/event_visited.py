"""A body named right after a visit noun is the place visited, not the visitor.

«قام الوزير بزيارة مستشفى الملك فهد», «قام عدد من الطلاب بزيارة جامعة الملك سعود»: the
genitive of «زيارة» is its visitor when it is a person or a state's leader («زيارة أوباما»,
``event_subjects``), but a hospital, a university, a ministry or a company in that place is
where one goes: one visits a body's premises, and the visitor is the subject of the light verb
before the noun (or nobody read). A body that visits is told with a delegation («زيارة وفد
منظمة الصحة العالمية»), which no rule reads as the genitive.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import ArgsFound

_VISITED_LABELS = frozenset({"Organization"})


def visited_body(context: Extraction, draft: Draft, genitive: ArgsFound) -> bool:
    """Whether the genitive read after a visit noun is a body, the place visited."""
    return draft.label == "Visit" and not draft.verb and bool(genitive.args) and all(
        context.label(arg.node_id) in _VISITED_LABELS for arg in genitive.args)
