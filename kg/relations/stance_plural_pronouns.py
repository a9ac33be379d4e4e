"""A masculine plural pronoun resumes people, never a country or a place.

«وعبر مشائخ من محافظة الأنبار غربي العراق ... عن رغبتهم ... وتأييدهم لمبادرة المصالحة»:
«ـهم» in «وتأييدهم» stands for the sheikhs, a group of men; a country, a city or a region
is resumed by the feminine singular «ـها» («مواقف السعودية ووقوفها»), so a place named in
the phrase before the noun is no antecedent of «ـهم». The dual «ـهما» («ووقوفهما») may
still resume two countries.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.index import PLACE_LABELS, Word


def resumes_place(word: Word, mention: Mention) -> bool:
    """The noun's masculine plural suffix «ـهم» cannot stand for the place ``mention``."""
    return word.norm.endswith("هم") and mention.label in PLACE_LABELS
