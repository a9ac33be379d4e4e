"""A society named by the people it serves and their state: «جمعية الأطفال المعوقين».

Charities are named by whom they serve, and the people may be described by a passive
participle in the plural: «جمعية الأطفال المعوقين», «جمعية الأطفال المعاقين», «جمعية
الأيتام المكفوفين». The field reader of :mod:`kg.ner.bodies` takes only nisba adjectives
after the field («جمعية البر الخيرية»), so it cuts such a name after the people. The
participle is part of the name when:

- the field word is a broken plural of the shape أفعال («الأطفال», «الأيتام»), the plural
  of people most society names use;
- the word after it is definite, «الم» + a root of three letters + «ين» (مفعّل, مُفال:
  «المعوقين», «المعاقين») or of the shape مفعول («المكفوفين»).

An active participle of a derived form, the verb's usual object after a subject
(«ودعت جمعية الأطفال المتطوعين», «المواطنين», «المشاركين»), has another shape and is no part
of the name. Read on normalised words (:func:`kg.gazetteer.index.name_key`).
"""

from __future__ import annotations


def people_plural(norm: str) -> bool:
    """Whether a normalised word is a definite broken plural of the shape أفعال:
    «الاطفال», «الايتام»."""
    return len(norm) == 7 and norm.startswith("الا") and norm[5] == "ا"


def described_people(field: str, norm: str) -> bool:
    """Whether ``norm`` is a passive participle plural describing the people of the field
    word ``field``: «الاطفال» + «المعوقين»; not «المتطوعين» nor «المواطنين»."""
    if not people_plural(field) or not norm.startswith("الم") or not norm.endswith("ين"):
        return False
    stem = norm[3:-2]
    return len(stem) == 3 or (len(stem) == 4 and stem[2] == "و" and stem[0] != "ت")
