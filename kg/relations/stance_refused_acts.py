"""An act refused that is another's own: «رفض الوزير تهديد إيران للسعودية».

After a verb of refusing, an indefinite verbal noun with no agent of its own is the act the
refuser will not do: «رفضت مصر إدانة الهجوم» is a condemnation not made (negative). When the
noun names its own agent right after it, in construct («تهديد إيران», «دعم روسيا»), the act
is that agent's, and the refusal is of it: Iran's threat is not denied by being rejected,
it is presupposed. So the noun's stance is not negated; and it is written only when what it
is toward follows that agent with «ل» («تهديد إيران للسعودية», «دعم روسيا للنظام»): agent
and object in the one construct. With no «ل» object («رفضت مصر دعم إيران في مجلس الأمن»,
where Egypt may refuse to support Iran), the reading is unsure and nothing is written.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.rules import ArgsHow


def others_act(refused: bool, how: ArgsHow) -> bool:
    """Whether a refused verbal noun is the act of its own named genitive agent (``how`` is
    ``genitive``): then the refusal does not negate it."""
    return refused and how == "genitive"


def construct_objects(objects: list[Candidate]) -> list[Candidate]:
    """The objects of another's refused act that its construct names with «ل»; none else."""
    return [c for c in objects if c.preposition == "ل" and c.source in {"mention", "event"}]
