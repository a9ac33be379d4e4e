"""A body named by the relation stage takes a field joined by «و»: «لجنة القبول والتسجيل».

The noun of a body's kind and the definite words of its name, which the recogniser did not
tag (:func:`kg.relations.speaker_bodies.unnamed_body`), run on over «و» and a field word
(«لجنة المتابعة والإشراف العليا», «إدارة التخطيط والتطوير»): a verbal noun of a derived
form or a plural field (:mod:`kg.ner.conjoined_fields`, which reads the same for a ministry
the recogniser tags). «والجهات المعنية», «والمواطنون» are other parties, not the name.
"""

from __future__ import annotations

from kg.ner.conjoined_fields import conjoined_field
from kg.relations.index import Word


def joined_field(word: Word) -> bool:
    """Whether ``word`` is «و» + a definite field word: «والتسجيل», «والإشراف», «والأوقاف»."""
    return conjoined_field(word.norm)
