"""The bundled NER model: its benchmark figure and the ``ner.bundled`` stage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.ids import mention_id
from kg.model import Document, Mention, Sentence, Token
from kg.ner.bundled import BundledModel, BundledNER
from kg.ner.conll import read_conll, score
from kg.ner.features import strip_clitics_span
from kg.pipeline import create_stage

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"

ANERCORP_TEST_MICRO_F1 = 0.6692
"""What the committed model reaches on the ANERcorp test split (MODEL_CARD.md)."""

_WORD = re.compile(r"\w+|[^\w\s]")


def make_document(text: str, doc_id: str = "doc-test") -> Document:
    """One sentence; tokens split on spaces and punctuation (kg.text.tokens stands in)."""
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        stem_start, stem_end = strip_clitics_span(match.group())
        tokens.append(
            Token(
                index=index,
                start=match.start(),
                end=match.end(),
                sentence_index=0,
                stem_start=match.start() + stem_start,
                stem_end=match.start() + stem_end,
            )
        )
    return Document(
        id=doc_id,
        text=text,
        sentences=(Sentence(id=f"{doc_id}-s0", index=0, start=0, end=len(text)),),
        tokens=tuple(tokens),
        annotations=frozenset({"text", "sentences", "tokens"}),
    )


TEXT = (
    "وقال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن الولايات المتحدة تعمل مع الأمم المتحدة."
)


def found(doc: Document) -> list[tuple[str, str, int, int]]:
    return [(m.text, m.label, m.start, m.end) for m in doc.mentions]


def test_stage_tags_an_arabic_sentence() -> None:
    doc = BundledNER()(make_document(TEXT))
    assert found(doc) == [
        ("مايك بومبيو", "Person", TEXT.index("مايك"), TEXT.index(" في")),
        ("واشنطن", "City", TEXT.index("واشنطن"), TEXT.index(" إن")),
        ("الولايات المتحدة", "Country", TEXT.index("الولايات"), TEXT.index(" تعمل")),
        ("الأمم المتحدة", "InternationalOrganization", TEXT.index("الأمم"), len(TEXT) - 1),
    ]
    assert "mentions" in doc.annotations
    for mention in doc.mentions:
        assert mention.id == mention_id(doc.id, mention.start, mention.end)
        assert mention.extractor == "ner.bundled"
        assert mention.sentence_index == 0
        assert 0.0 < mention.confidence <= 1.0


def test_stage_starts_a_mention_after_its_clitics() -> None:
    text = "وصل الوفد إلى بيروت وبواشنطن."
    doc = BundledNER()(make_document(text))
    assert found(doc) == [
        ("بيروت", "City", text.index("بيروت"), text.index(" وب")),
        ("واشنطن", "City", text.index("واشنطن"), len(text) - 1),
    ]


def test_stage_is_registered() -> None:
    stage = create_stage("ner.bundled")
    assert isinstance(stage, BundledNER)
    assert stage.requires == frozenset({"tokens"})
    assert stage.provides == frozenset({"mentions"})


def test_stage_keeps_existing_mentions_and_adds_no_duplicate() -> None:
    doc = make_document(TEXT)
    start = TEXT.index("واشنطن")
    end = start + len("واشنطن")
    earlier = Mention(
        id=mention_id(doc.id, start, end),
        start=start,
        end=end,
        text="واشنطن",
        label="City",
        extractor="ner.gazetteer",
        confidence=1.0,
        sentence_index=0,
    )
    tagged = BundledNER()(doc.with_layers("mentions", mentions=(earlier,)))
    assert tagged.mentions[0] is earlier
    assert [m for m in tagged.mentions if (m.start, m.end) == (start, end)] == [earlier]
    assert len(tagged.mentions) == 4  # واشنطن from the gazetteer, three from the model


@pytest.mark.shared_data
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_anercorp_micro_f1_does_not_fall() -> None:
    model = BundledModel.load()
    test = read_conll(DATA / "anercorp" / "test.txt")
    scores = score([s.tags for s in test], [model.tag(s.words) for s in test])
    assert scores.micro.f1 >= ANERCORP_TEST_MICRO_F1 - 0.005
