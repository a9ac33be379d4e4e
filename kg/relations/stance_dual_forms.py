"""The dual imperfects of the stance verbs: «يدين» → «يدينان», «تدينان».

«مصر والأردن يدينان الهجوم», «السعودية والإمارات ترحبان بالاتفاق»: two holders named
before the verb take its dual. Each masculine singular imperfect of the stance table
gives its two dual imperfects, with the same trigger (and so the same requirements: «يحملان
X المسؤولية» as «يحمل»). Their holders are read by
:mod:`kg.relations.stance_dual_holders`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

V = TypeVar("V")


def dual_imperfects(table: Mapping[str, V]) -> dict[str, V]:
    """«يدين» → «يدينان», «تدينان»: the dual imperfects of the table's masculine singular
    imperfects (not of a plural, a dual or a form with an object pronoun), where the table
    does not hold them yet."""
    duals: dict[str, V] = {}
    for form, value in table.items():
        if not form.startswith("ي") or len(form) < 3 or \
                form.endswith(("ون", "ان", "ه", "ها")):
            continue
        for person in ("ي", "ت"):
            dual = person + form[1:] + "ان"
            if dual not in table:
                duals[dual] = value
    return duals
