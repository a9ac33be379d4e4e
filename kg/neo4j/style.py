"""The Neo4j Browser style (GraSS) of kg's graph, generated from the ontology.

Neo4j Browser applies the rules of a style in file order and the last matching
rule wins, while a node carries its class and every ancestor class as labels
(``:Country:Agent:Place:Entity``). So the node rules are written from the most
general class to the most specific (by the number of ancestors), and a country
is drawn in Country blue, not in the Place green of its ancestor. Every class and
every relationship type of the ontology gets a rule: a class without a colour of
its own takes its nearest ancestor's, a relationship type its family's (stance,
event role, provenance), so a new term is never left grey.

``scripts/gen_style.py`` writes ``docs/browser-style.grass``; ``kg neo4j start``
serves the same text to the Browser, which applies it after connecting.
"""

from __future__ import annotations

from kg.ontology import schema

#: (fill, border, text) per class; text is dark on light fills.
_DARK_TEXT = "#2A2C34"
CLASS_COLOURS: dict[str, tuple[str, str, str]] = {
    "Entity": ("#A5ABB6", "#9AA1AC", "#FFFFFF"),
    "Agent": ("#A5ABB6", "#9AA1AC", "#FFFFFF"),
    "Person": ("#4C8EDA", "#2870C2", "#FFFFFF"),
    "Organization": ("#F79767", "#F36924", "#FFFFFF"),
    "GovernmentBody": ("#F16667", "#EB2728", "#FFFFFF"),
    "InternationalOrganization": ("#FFC454", "#D7A013", _DARK_TEXT),
    "ArmedGroup": ("#8B0000", "#5C0000", "#FFFFFF"),
    "MediaOrganization": ("#D9C8AE", "#C0A378", _DARK_TEXT),
    "PoliticalParty": ("#C990C0", "#B261A5", "#FFFFFF"),
    "Place": ("#8DCC93", "#5DB665", _DARK_TEXT),
    "Country": ("#57C7E3", "#23B3D7", _DARK_TEXT),
    "City": ("#8DCC93", "#5DB665", _DARK_TEXT),
    "Region": ("#6DCE9E", "#3CBA7C", _DARK_TEXT),
    "Position": ("#ECB5C9", "#DA7298", _DARK_TEXT),
    "Miscellaneous": ("#DDDDDD", "#BBBBBB", _DARK_TEXT),
    "Event": ("#DA7194", "#CC3C6C", "#FFFFFF"),
    "MilitaryOperation": ("#B03060", "#80203F", "#FFFFFF"),
    "Attack": ("#C0392B", "#922B21", "#FFFFFF"),
    "Killing": ("#7B241C", "#4A1510", "#FFFFFF"),
    "Protest": ("#E67E22", "#B9621A", "#FFFFFF"),
    "Meeting": ("#5D6DBE", "#3F4F9F", "#FFFFFF"),
    "Agreement": ("#27AE60", "#1E8449", "#FFFFFF"),
    "Visit": ("#48C9B0", "#17A589", _DARK_TEXT),
    "Sanction": ("#884EA0", "#6C3483", "#FFFFFF"),
    "Withdrawal": ("#A9CCE3", "#7FB3D5", _DARK_TEXT),
    "Deployment": ("#D35400", "#A04000", "#FFFFFF"),
    "Statement": ("#FFE081", "#9F8A3F", _DARK_TEXT),
    "Document": ("#604A0E", "#423204", "#FFFFFF"),
    "Sentence": ("#C7C7C7", "#A0A0A0", _DARK_TEXT),
    "Mention": ("#E0E0E0", "#B0B0B0", _DARK_TEXT),
    "RelationAssertion": ("#E0E0E0", "#B0B0B0", _DARK_TEXT),
}
_DEFAULT_COLOURS = CLASS_COLOURS["Entity"]

#: Node sizes and captions that differ from an entity's (``{name}``, 50px).
_DIAMETERS = {
    "Person": 55, "Country": 65, "Event": 45, "Statement": 40, "Document": 60,
    "Sentence": 30, "Mention": 25,
}  # fmt: skip
_CAPTIONS = {
    "Event": "{caption}",
    "Statement": "{caption}",
    "Document": "{title}",
    "Sentence": "{index}",
    "Mention": "{text}",
    "RelationAssertion": "{kind}",
}

AGAINST = "#EB2728"
FOR = "#3CBA7C"
#: Colour and shaft width per relationship type; types not named take their family's.
RELATIONSHIP_STYLES: dict[str, tuple[str, int]] = {
    "opposes": (AGAINST, 3),
    "criticizes": (AGAINST, 2),
    "rejects": (AGAINST, 2),
    "condemns": (AGAINST, 2),
    "denies": (AGAINST, 2),
    "warns": ("#C0392B", 2),
    "threatens": ("#922B21", 3),
    "supports": (FOR, 3),
    "praises": (FOR, 2),
    "welcomes": (FOR, 2),
    "coordinatesWith": (FOR, 2),
    "sharesConcernWith": ("#58D68D", 2),
    "urges": ("#F36924", 2),
    "stated": ("#9F8A3F", 2),
    "about": ("#D4C27A", 1),
    "holdsPosition": ("#DA7298", 2),
    "positionOf": ("#DA7298", 1),
    "leads": ("#2870C2", 2),
    "memberOf": ("#F79767", 2),
    "locatedIn": ("#5DB665", 1),
    "partOf": ("#5DB665", 1),
}
_FAMILY_STYLES: dict[str, tuple[str, int]] = {
    "stance": ("#F5B041", 2),
    "eventRole": ("#CC3C6C", 1),
}
_PROVENANCE_STYLE = ("#B0B0B0", 1)


def class_colours(name: str) -> tuple[str, str, str]:
    """The class's own colours, else its nearest ancestor's."""
    for candidate in (name, *schema.class_info(name).ancestors):
        if candidate in CLASS_COLOURS:
            return CLASS_COLOURS[candidate]
    return _DEFAULT_COLOURS


def relationship_style(name: str) -> tuple[str, int]:
    """(colour, shaft width) of an object property's relationship type."""
    if name in RELATIONSHIP_STYLES:
        return RELATIONSHIP_STYLES[name]
    for family in schema.property_info(name).superproperties:
        if family in _FAMILY_STYLES:
            return _FAMILY_STYLES[family]
    return _PROVENANCE_STYLE


def node_rule_order() -> list[str]:
    """Every class, the most general first: a later rule wins in the Browser."""
    return sorted(schema.classes(), key=lambda c: (len(schema.class_info(c).ancestors), c))


def _node_rule(name: str) -> str:
    fill, border, text = class_colours(name)
    info = schema.class_info(name)
    caption = next((_CAPTIONS[c] for c in (name, *info.ancestors) if c in _CAPTIONS), "{name}")
    diameter = next((_DIAMETERS[c] for c in (name, *info.ancestors) if c in _DIAMETERS), 50)
    return (
        f"node.{info.neo4j_label} {{ color: {fill}; border-color: {border}; "
        f"text-color-internal: {text}; diameter: {diameter}px; caption: '{caption}'; }}"
    )


def grass() -> str:
    """The whole style sheet."""
    lines = [
        "node {",
        "  diameter: 50px;",
        f"  color: {_DEFAULT_COLOURS[0]};",
        f"  border-color: {_DEFAULT_COLOURS[1]};",
        "  border-width: 2px;",
        "  text-color-internal: #FFFFFF;",
        "  font-size: 11px;",
        "  caption: '{name}';",
        "}",
        "relationship {",
        f"  color: {_PROVENANCE_STYLE[0]};",
        "  shaft-width: 1px;",
        "  font-size: 9px;",
        "  padding: 3px;",
        "  text-color-external: #000000;",
        "  text-color-internal: #FFFFFF;",
        "  caption: '<type>';",
        "}",
    ]
    lines += [_node_rule(name) for name in node_rule_order()]
    for name in sorted(schema.relation_properties(), key=schema.neo4j_type):
        colour, width = relationship_style(name)
        lines.append(
            f"relationship.{schema.neo4j_type(name)} {{ color: {colour}; shaft-width: {width}px; }}"
        )
    return "\n".join(lines) + "\n"
