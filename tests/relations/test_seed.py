"""The seed article's Done-when facts, each with its evidence sentence.

Run twice: on a document whose mentions are given by hand (the relation stage
alone), and through the real pipeline when its stages are registered.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path

import pytest

from kg.io.txt import split_header
from kg.model import Document
from kg.pipeline import Pipeline, registered_stages
from kg.relations import extract_relations
from tests.relations.docbuilder import build_doc
from tests.relations.seed_entities import SEED_ENTITIES

_SEED_PATH = "shared/data/news/seed/npa_washington_coalition.txt"
SEED = next(
    (p for p in (Path(__file__).resolve().parents[3] / _SEED_PATH, Path("/work") / _SEED_PATH)
     if p.exists()),
    None,
)
pytestmark = [pytest.mark.shared_data,
              pytest.mark.skipif(SEED is None, reason="the seed article (shared/data) is missing")]


def seed_text() -> str:
    assert SEED is not None
    return split_header(SEED.read_bytes().decode("utf-8"))[1]


def by_name(doc: Document, name: str) -> str:
    """The id of the entity whose name or alias contains ``name``."""
    for entity in doc.entities:
        if name in entity.name or any(name in alias for alias in entity.aliases):
            return entity.id
    raise AssertionError(f"no entity named {name!r}")


def sentence_text(doc: Document, sentence_id: str) -> str:
    sentence = next(s for s in doc.sentences if s.id == sentence_id)
    return doc.text[sentence.start:sentence.end]


def relation(doc: Document, kind: str, subject: str | set[str], obj: str,
             polarity: str = "positive"):
    subjects = {subject} if isinstance(subject, str) else subject
    found = [r for r in doc.relations if r.kind == kind and r.subject_id in subjects
             and r.object_id == obj and r.polarity == polarity]
    assert found, f"no {kind}({subjects} -> {obj})"
    return found[0]


def event(doc: Document, label: str, **roles: str):
    for candidate in doc.events:
        args = {(a.role, a.entity_id) for a in candidate.arguments}
        if candidate.label == label and all((r, e) in args for r, e in roles.items()):
            return candidate
    raise AssertionError(f"no {label} with {roles}")


def check_done_when(doc: Document) -> None:
    us, turkey = by_name(doc, "الولايات المتحدة"), by_name(doc, "تركيا")
    russia = by_name(doc, "روسيا")
    pompeo, sales, jeffrey = by_name(doc, "بومبيو"), by_name(doc, "سيلس"), by_name(doc, "جيفري")
    stoltenberg, isis = by_name(doc, "ستولتنبرغ"), by_name(doc, "الدولة الإسلامية")
    entities = {e.id: e for e in doc.entities}

    # The US opposes Turkey's incursion into north-east Syria.
    incursion = event(doc, "MilitaryOperation", agent=turkey)
    assert doc.text[incursion.trigger_start:incursion.trigger_end] == "بتوغل"
    opposes = relation(doc, "opposes", us, incursion.id)
    assert "لم نكن سعداء بتوغل تركيا" in sentence_text(doc, opposes.evidence[0].sentence_id)
    # The US is not happy with the Syrian regime's and Russia's entry into the north-east.
    entry = event(doc, "Deployment", agent=russia)
    assert "لسنا سعداء" in sentence_text(doc, relation(doc, "opposes", us, entry.id)
                                         .evidence[0].sentence_id)
    # Pompeo holds the position of US Secretary of State and rejects the accusations.
    holds = [r for r in doc.relations if r.kind == "holdsPosition" and r.subject_id == pompeo]
    position = next(r.object_id for r in holds if entities[r.object_id].name == "وزير الخارجية")
    relation(doc, "positionOf", position, us)
    rejects = [r for r in doc.relations if r.kind == "rejects" and r.subject_id == pompeo]
    assert any("الاتهامات" in entities[r.object_id].name for r in rejects)
    # Pompeo urges the states to take back their citizens.
    urges = [r for r in doc.relations if r.kind == "urges" and r.subject_id == pompeo]
    assert any("الدول" in entities[r.object_id].name for r in urges)
    assert "استعادتها لمواطنيها" in sentence_text(doc, urges[0].evidence[0].sentence_id)
    # Sales urges states to coordinate with the SDF.
    sales_urges = [r for r in doc.relations if r.kind == "urges" and r.subject_id == sales]
    assert any("الدول" in entities[r.object_id].name for r in sales_urges)
    assert "قوات سوريا الديمقراطية" in sentence_text(doc, sales_urges[0].evidence[0].sentence_id)
    # Stoltenberg (NATO Secretary General) says the fight against the Islamic State is not over.
    nato = by_name(doc, "الناتو") if any("الناتو" in e.name or "الناتو" in " ".join(e.aliases)
                                          for e in doc.entities) else by_name(doc, "الأطلسي")
    general_secretary = next(r.object_id for r in doc.relations
                             if r.kind == "holdsPosition" and r.subject_id == stoltenberg)
    relation(doc, "positionOf", general_secretary, nato)
    said = [s for s in doc.statements if s.speaker_id == stoltenberg]
    assert any("المعركة لم تنتهِ" in doc.text[s.quote_start:s.quote_end] and isis in s.about_ids
               for s in said)
    # The US killed the Islamic State's leader.
    killing = event(doc, "Killing", agent=us)
    target = next(a.entity_id for a in killing.arguments if a.role == "target")
    relation(doc, "leads", target, isis)
    # The US hosted the coalition's small-group meeting in Washington with 31 countries.
    meeting = event(doc, "Meeting", agent=us, location=by_name(doc, "واشنطن"))
    names = {entities[a.entity_id].name for a in meeting.arguments if a.role == "participant"}
    assert "31 دولة" in names and any("تحالف" in n for n in names)
    # Jeffrey (for the US) shares General Mazloum's concern.
    relation(doc, "sharesConcernWith", {us, jeffrey}, by_name(doc, "مظلوم"))
    # The US and Russia coordinate daily to avoid clashes.
    coordination = relation(doc, "coordinatesWith", {us, jeffrey}, russia)
    assert "تنسيق يومي" in sentence_text(doc, coordination.evidence[0].sentence_id)
    # Jeffrey is the US envoy, so his «نحن» is the US.
    envoy = next(r.object_id for r in doc.relations
                 if r.kind == "holdsPosition" and r.subject_id == jeffrey)
    relation(doc, "positionOf", envoy, us)


def test_seed_with_given_mentions() -> None:
    doc = extract_relations(build_doc(seed_text(), SEED_ENTITIES))
    check_done_when(doc)
    for item in doc.relations:
        for evidence in item.evidence:
            assert evidence.document_id == doc.id
            assert 0 < evidence.confidence <= 1
            assert evidence.extractor.startswith("relations.")


def test_seed_through_the_pipeline() -> None:
    for module in ("kg.stages", "kg.text.stages", "kg.ner.gazetteer", "kg.ner.bundled",
                   "kg.ner.bodies", "kg.link.stages"):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    known = set(registered_stages())
    names = ["sentences", "tokens", "ner.gazetteer", "ner.bundled", "ner.bodies", "link",
             "relations"]
    missing = [n for n in names if n not in known and n != "ner.bundled"]
    if missing:
        pytest.skip(f"stages not registered yet: {missing}")
    pipeline = Pipeline.from_names([n for n in names if n in known])
    doc = pipeline(Document(id="doc-seed", text=seed_text()))
    check_done_when(doc)
