"""The groups of entity classes and the kind nouns the relation extractors read entities by.

Who may speak or act (:data:`AGENT_LABELS`), what is a place (:data:`PLACE_LABELS`), and
the nouns that name the kind of an organisation or facility (:data:`REFERENCE_KINDS`),
which a bare definite noun («وقالت الصحيفة») refers back by.
"""

from __future__ import annotations

from kg.ontology.schema import subclasses

AGENT_LABELS = frozenset(subclasses("Agent"))
"""Who can speak, take a stance or act: the classes below kg:Agent (a country too)."""
ORGANIZATION_LABELS = AGENT_LABELS - {"Person"}
PLACE_LABELS = frozenset(subclasses("Place"))
"""The classes below kg:Place (a country too)."""
TERRITORY_LABELS = PLACE_LABELS - {"Country"}
"""Places inside a country."""

ORGANIZATION_KINDS = frozenset({
    "صحيفه", "جريده", "مجله", "موقع", "وكاله", "قناه", "شبكه", "اذاعه", "شركه", "وزاره",
    "بنك", "مصرف", "مرصد", "هيئه", "منظمه", "مؤسسه", "جمعيه", "حركه", "جماعه", "حزب",
    "مركز", "صندوق", "نيابه", "محكمه", "رئاسه",
})
"""Nouns that name the kind of an organisation («صحيفة», «مرصد», «وزارة»), as bare forms."""
FACILITY_KINDS = frozenset({"مستشفي", "جامعه", "بلديه", "امانه", "لجنه", "كليه", "معهد"})
"""Facilities and committees that speak through their administration («وقال المستشفى»),
as bare forms: kinds a bare definite noun refers back by (:mod:`kg.relations.body_references`)."""
REFERENCE_KINDS = ORGANIZATION_KINDS | FACILITY_KINDS
