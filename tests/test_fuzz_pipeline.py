"""Property-based fuzzing of the whole pipeline with random Unicode text.

Texts are built from real Arabic words and names, random runs of Arabic
letters, diacritics alone, tatweel, presentation forms, bidi controls,
Arabic-Indic and ASCII digits, Latin and CJK letters, punctuation and
quotes, line breaks, and long runs of real words with no sentence end. For
every text the default pipeline and the validation must not raise, every
annotation must be the text at its offsets (design decision 1), and one
text must take bounded time. A second property gives texts with lone
surrogates (a JSON ``\\ud800`` escape) to the batch runner, which must
return a document or a reported failure, never raise.

A fixed, derandomized example budget keeps this deterministic and under a
minute in CI.
"""

from __future__ import annotations

import time
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ids import document_id
from kg.ingest import Failure, default_pipeline, extract_one
from kg.io import Article
from kg.model import Document, DocumentMeta, Evidence
from kg.ontology.prune import PruneResult, prune_invalid
from kg.pipeline import Pipeline

SECONDS_PER_TEXT = 20.0
"""Far above the ~1 s a 6,000-character text takes, far below a quadratic blow-up."""

REAL_TEXT = (
    "قال وزير الخارجية الأمريكي جون كيري إن الولايات المتحدة تعارض التوغل التركي في شمال "
    "سوريا وأضاف الرئيس باراك أوباما أن واشنطن والرياض اتفقتا على دعم الحكومة اليمنية "
    "وأعلنت وزارة الداخلية السعودية مقتل ثلاثة في هجوم على مسجد في القطيف ودعا الأمين العام "
    "لحلف الناتو ينس ستولتنبرغ إلى الحوار لم نكن سعداء بتوغل تركيا في الشمال الشرقي لسوريا "
    "والتقى الملك سلمان بن عبدالعزيز ولي العهد في قصر اليمامة وبواشنطن للولايات المتحدة"
)
WORDS = tuple(REAL_TEXT.split())
PUNCTUATION = (". ", "! ", "؟ ", "… ", "، ", "؛ ", ": ", "«", "»", "“", "”", '"', "..", "\n")
ALPHABETS = {
    "arabic letters": "".join(map(chr, range(0x0621, 0x064B))),
    "diacritics": "".join(map(chr, range(0x064B, 0x0653))) + "\u0670",
    "tatweel": "\u0640",
    "presentation forms": "".join(map(chr, range(0xFE70, 0xFEFD))) + "\ufdf2\ufefb\ufb50\ufb8e",
    "bidi controls": "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    "digits": "0123456789" + "".join(map(chr, range(0x0660, 0x066A))) + "٫٬",
    "latin": "abcXYZ éß",
    "other scripts": "中文カナ한글Ωж",
    "spaces": " \t\u00a0\u2009\u3000\u200b\u200c\u200d",
}


def _runs(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=1, max_size=40)


PIECE = st.one_of(
    st.sampled_from(WORDS).map(lambda word: word + " "),
    st.sampled_from(PUNCTUATION),
    *(_runs(alphabet) for alphabet in ALPHABETS.values()),
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20
    ),
)
LONG_RUN = st.lists(st.sampled_from(WORDS), min_size=300, max_size=900).map(" ".join)
TEXT = st.one_of(
    st.lists(PIECE, min_size=1, max_size=120).map("".join),
    LONG_RUN,
    st.tuples(LONG_RUN, st.lists(PIECE, max_size=30).map("".join)).map("".join),
    _runs(ALPHABETS["diacritics"]),
    _runs(ALPHABETS["digits"] + " "),
)
FUZZ = settings(
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def _pipeline() -> Pipeline:
    return default_pipeline()


def check_offsets(doc: Document) -> None:
    """Every annotation of ``doc`` is the text at its offsets, inside its sentence."""
    text = doc.text
    sentences = {sentence.id: sentence for sentence in doc.sentences}
    previous_end = 0
    for sentence in doc.sentences:
        surface = text[sentence.start : sentence.end]
        assert surface and surface == surface.strip(), sentence
        assert previous_end <= sentence.start
        previous_end = sentence.end
    for token in doc.tokens:
        assert 0 <= token.start <= token.stem_start <= token.stem_end <= token.end <= len(text)
        surface = text[token.start : token.end]
        assert surface and surface == surface.strip(), token
        sentence = doc.sentences[token.sentence_index]
        assert sentence.start <= token.start and token.end <= sentence.end
    for mention in doc.mentions:
        assert text[mention.start : mention.end] == mention.text, mention
        sentence = doc.sentences[mention.sentence_index]
        assert sentence.start <= mention.start < mention.end <= sentence.end

    def check_evidence(evidence: Evidence) -> None:
        sentence = sentences[evidence.sentence_id]
        assert sentence.start <= evidence.start < evidence.end <= sentence.end, evidence
        if evidence.trigger_start is not None or evidence.trigger_end is not None:
            assert evidence.trigger_start is not None and evidence.trigger_end is not None
            trigger = text[evidence.trigger_start : evidence.trigger_end]
            assert trigger and trigger == trigger.strip(), evidence

    for statement in doc.statements:
        quote = text[statement.quote_start : statement.quote_end]
        assert quote and quote == quote.strip(), statement
        check_evidence(statement.evidence)
    for event in doc.events:
        trigger = text[event.trigger_start : event.trigger_end]
        assert trigger and trigger == trigger.strip(), event
        check_evidence(event.evidence)
        for argument in event.arguments:
            assert text[argument.start : argument.end].strip(), argument
    for relation in doc.relations:
        assert relation.evidence, relation
        for evidence in relation.evidence:
            check_evidence(evidence)


@FUZZ
@given(TEXT)
def test_the_pipeline_never_raises_and_keeps_every_offset(text: str) -> None:
    began = time.perf_counter()
    doc = Document(id=document_id(None, text), text=text, meta=DocumentMeta(origin="fuzz"))
    doc = _pipeline()(doc)
    check_offsets(doc)
    checked = prune_invalid(doc)
    check_offsets(checked.document)
    assert checked.document.text == text
    assert time.perf_counter() - began < SECONDS_PER_TEXT


SURROGATES = st.text(st.characters(categories=("Cs",)), min_size=1, max_size=3)


@settings(FUZZ, max_examples=15)
@given(st.lists(st.one_of(PIECE, SURROGATES), min_size=1, max_size=40).map("".join))
def test_the_batch_runner_reports_what_it_cannot_extract_and_never_raises(text: str) -> None:
    result = extract_one(Article(text, DocumentMeta(origin="fuzz")), _pipeline(), 30)
    assert isinstance(result, PruneResult | Failure)
    if isinstance(result, Failure):
        assert result.record.origin == "fuzz"
        assert result.record.reason
    else:
        check_offsets(result.document)
