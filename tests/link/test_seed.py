"""The seed article: who and what the gazetteer and the linker alone find."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document
from kg.pipeline import Pipeline

SEED = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "data"
    / "news"
    / "seed"
    / "npa_washington_coalition.txt"
)

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(
        not SEED.exists(), reason=f"{SEED} is absent (../shared/data not available)"
    ),
]

# (English label or Arabic name, class, surface forms that must all be this one entity)
EXPECTED = [
    ("Donald Trump", "Person", {"ترامب"}),
    ("Mike Pompeo", "Person", {"مايك بومبيو", "بومبيو"}),
    ("Jens Stoltenberg", "Person", {"جينس ستولتنبرغ"}),
    ("Nathan Sales", "Person", {"ناثان سيلس"}),
    ("James Jeffrey", "Person", {"جيمس جيفري", "جيفري"}),
    ("Mazloum Abdi", "Person", {"مظلوم"}),
    ("هديل عويس", "Person", {"هديل عويس"}),
    (
        "Global Coalition to Defeat ISIS",
        "InternationalOrganization",
        {"لتحالف الدولي لهزيمة داعش", "التحالف"},
    ),
    (
        "Small Group of the Global Coalition to Defeat ISIS",
        "InternationalOrganization",
        {"مجموعة العمل المصغرة"},
    ),
    (
        "Islamic State",
        "ArmedGroup",
        {
            "الدولة الإسلامية",
            "الدولة الاسلامية",
            "تنظيم الدولة الإسلامية",
            "تنظيم الدولة الاسلامية",
        },
    ),
    ("NATO", "InternationalOrganization", {"حلف الناتو"}),
    (
        "United States Department of State",
        "GovernmentBody",
        {"الخارجية الأمريكية", "وزارة الخارجية"},
    ),
    ("Syrian Democratic Forces", "ArmedGroup", {"قوات سوريا الديمقراطية"}),
    ("United Nations Security Council", "InternationalOrganization", {"مجلس الأمن"}),
    ("Syrian Constitutional Committee", "Organization", {"اللجنة الدستورية"}),
    ("North Press Agency", "MediaOrganization", {"NPA"}),
    (
        "United States",
        "Country",
        {"الولايات المتحدة الأمريكية", "الولايات المتحدة", "لولايات المتحدة", "الأمريكية"},
    ),
    ("Washington, D.C.", "City", {"واشنطن"}),
    ("Iraq", "Country", {"العراق"}),
    ("Syria", "Country", {"سوريا", "السوري"}),
    ("North-east Syria", "Region", {"شمال شرق سوريا", "الشمال الشرقي لسوريا"}),
    ("Turkey", "Country", {"تركيا", "التركي"}),
    ("Russia", "Country", {"روسيا", "الروسي"}),
]


@pytest.fixture(scope="module")
def seed_doc(pipeline: Pipeline) -> Document:
    return pipeline(Document(id="doc-seed", text=SEED.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("label", "cls", "surfaces"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_seed_entity(seed_doc: Document, label: str, cls: str, surfaces: set[str]) -> None:
    entity = next((e for e in seed_doc.entities if label in {e.name_en, e.name}), None)
    assert entity is not None, f"{label} not found among {[e.name for e in seed_doc.entities]}"
    assert entity.label == cls
    texts = {m.text for m in seed_doc.mentions if m.entity_id == entity.id}
    assert surfaces <= texts, f"{label}: missing {surfaces - texts}"
    for mention in seed_doc.mentions:
        assert seed_doc.text[mention.start : mention.end] == mention.text


def test_seed_has_one_entity_per_thing(seed_doc: Document) -> None:
    ids = [e.id for e in seed_doc.entities]
    assert len(ids) == len(set(ids))
    named = [e for e in seed_doc.entities if e.name_en in {x[0] for x in EXPECTED}]
    assert len({e.name_en for e in named}) == len(named)
    assert all(m.entity_id for m in seed_doc.mentions)
