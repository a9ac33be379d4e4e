"""A small hand-made DocGraph that conforms to the ontology and its shapes.

A test fixture, kept out of the runtime package: used by the tests of the
ontology, RDF, store and Neo4j modules, and handy for trying the loaders:
every offset is written out by hand and ``text[start:end]`` is exactly the
annotation as printed.
"""

from __future__ import annotations

from kg import ids
from kg.model import (
    Argument,
    Document,
    DocumentMeta,
    Entity,
    Event,
    Evidence,
    Mention,
    Relation,
    Sentence,
    Statement,
)

EXAMPLE_TEXT = (
    "قال وزير الخارجية مايك بومبيو إن الولايات المتحدة ترفض التوغل التركي في سوريا."
    " وأضاف: «لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا»."
)
EXAMPLE_URL = "https://npasyria.com/example/pompeo"


def example_document(text: str = EXAMPLE_TEXT, url: str = EXAMPLE_URL) -> Document:
    """Pompeo: the US rejects / is not happy with the Turkish incursion into Syria."""
    doc_id = ids.document_id(url, text)
    s0, s1 = ids.sentence_id(doc_id, 0), ids.sentence_id(doc_id, 1)
    pompeo = ids.entity_id("Person", "مايك بومبيو", "Q473239")
    usa = ids.entity_id("Country", "الولايات المتحدة", "Q30")
    turkey = ids.entity_id("Country", "تركيا", "Q43")
    syria = ids.entity_id("Country", "سوريا", "Q858")
    minister = ids.entity_id("Position", "وزير الخارجية")

    def mention(start: int, end: int, label: str, sentence: int, entity: str) -> Mention:
        return Mention(
            id=ids.mention_id(doc_id, start, end),
            start=start,
            end=end,
            text=text[start:end],
            label=label,
            extractor="ner.gazetteer",
            confidence=0.9,
            sentence_index=sentence,
            entity_id=entity,
        )

    mentions = (
        mention(4, 17, "Position", 0, minister),
        mention(18, 29, "Person", 0, pompeo),
        mention(33, 49, "Country", 0, usa),
        mention(72, 77, "Country", 0, syria),
        mention(106, 111, "Country", 1, turkey),
        mention(130, 135, "Country", 1, syria),
    )

    def mentions_of(entity: str) -> tuple[str, ...]:
        return tuple(m.id for m in mentions if m.entity_id == entity)

    entities = (
        Entity(
            pompeo,
            "Person",
            "مايك بومبيو",
            "Mike Pompeo",
            "Q473239",
            "mAyk bwmbyw",
            mention_ids=mentions_of(pompeo),
        ),
        Entity(
            usa,
            "Country",
            "الولايات المتحدة",
            "United States",
            "Q30",
            aliases=("أمريكا", "واشنطن"),
            mention_ids=mentions_of(usa),
        ),
        Entity(turkey, "Country", "تركيا", "Turkey", "Q43", mention_ids=mentions_of(turkey)),
        Entity(syria, "Country", "سوريا", "Syria", "Q858", mention_ids=mentions_of(syria)),
        Entity(
            minister,
            "Position",
            "وزير الخارجية",
            "foreign minister",
            mention_ids=mentions_of(minister),
        ),
    )

    def evidence(
        sentence: str,
        start: int,
        end: int,
        extractor: str,
        confidence: float,
        trigger: tuple[int, int] | None = None,
    ) -> Evidence:
        return Evidence(
            doc_id,
            sentence,
            start,
            end,
            extractor,
            confidence,
            trigger[0] if trigger else None,
            trigger[1] if trigger else None,
        )

    incursion_0 = ids.event_id(doc_id, "MilitaryOperation", 55, 61)
    incursion_1 = ids.event_id(doc_id, "MilitaryOperation", 101, 105)
    events = (
        Event(
            incursion_0,
            "MilitaryOperation",
            55,
            61,
            evidence(s0, 55, 77, "relations.events", 0.8, (55, 61)),
            (Argument("agent", turkey, 62, 68), Argument("location", syria, 72, 77)),
        ),
        Event(
            incursion_1,
            "MilitaryOperation",
            101,
            105,
            evidence(s1, 100, 135, "relations.events", 0.8, (101, 105)),
            (Argument("agent", turkey, 106, 111), Argument("location", syria, 130, 135)),
            time="2019-10",
        ),
    )
    statements = (
        Statement(
            ids.statement_id(doc_id, 33, 77),
            pompeo,
            "قال",
            33,
            77,
            False,
            evidence(s0, 0, 78, "relations.attribution", 0.9, (0, 3)),
            (incursion_0, usa),
        ),
        Statement(
            ids.statement_id(doc_id, 87, 135),
            pompeo,
            "أضاف",
            87,
            135,
            True,
            evidence(s1, 79, 137, "relations.attribution", 0.95, (79, 84)),
        ),
    )
    relations = (
        Relation(
            ids.relation_id("rejects", usa, incursion_0, "positive"),
            "rejects",
            usa,
            incursion_0,
            (evidence(s0, 33, 77, "relations.stance", 0.85, (50, 54)),),
        ),
        Relation(
            ids.relation_id("opposes", usa, incursion_1, "positive"),
            "opposes",
            usa,
            incursion_1,
            (evidence(s1, 87, 135, "relations.stance", 0.8, (87, 99)),),
        ),
        Relation(
            ids.relation_id("holdsPosition", pompeo, minister, "positive"),
            "holdsPosition",
            pompeo,
            minister,
            (evidence(s0, 4, 29, "relations.roles", 0.9),),
        ),
    )
    return Document(
        id=doc_id,
        text=text,
        meta=DocumentMeta(
            title="واشنطن ترفض التوغل التركي",
            url=url,
            date="2019-10-10",
            source="NPA",
            dateline="واشنطن – NPA",
            origin="example",
        ),
        sentences=(Sentence(s0, 0, 0, 78), Sentence(s1, 1, 79, 137)),
        mentions=mentions,
        entities=entities,
        statements=statements,
        events=events,
        relations=relations,
        annotations=frozenset(
            {"text", "sentences", "mentions", "entities", "statements", "events", "relations"}
        ),
    )
