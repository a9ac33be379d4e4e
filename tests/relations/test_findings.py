"""The relation stage's structure: a read-only index, extractors that return their findings,
and a document state that only the stage changes (sentences written for the tests)."""

from __future__ import annotations

from dataclasses import replace

from kg.ids import relation_id
from kg.model import Evidence, Relation
from kg.relations import attribution, roles
from kg.relations.findings import Discourse, DocState, Findings, Turn
from kg.relations.index import (
    EVENT_WORD,
    MODAL_WORD,
    REPORTING_WORD,
    SPORTS_WORD,
    TITLE_WORD,
    WORD_KINDS,
    DocIndex,
)
from tests.relations.docbuilder import E, build_doc

NADER = E("Person", "نادر السالم", ("نادر السالم",))
QATAR = E("Country", "قطر", ("قطر",), "Q846")
TEXT = "قال نادر السالم إن قطر ستستضيف المؤتمر. وأضاف أن الوفود بدأت بالوصول."


def _snapshot(state: DocState) -> tuple[object, ...]:
    return (state.discourse, dict(state.statements), dict(state.relations),
            list(state.denied_spans), dict(state.new_entities))


def test_an_extractor_returns_its_findings_and_leaves_the_state_alone() -> None:
    doc = build_doc(TEXT, [NADER, QATAR])
    index = DocIndex.build(doc)
    state = DocState()
    state.merge(roles.extract(index, state))
    first = doc.sentences[0]
    before = _snapshot(state)
    found = attribution.extract_sentence(index, state, first, index.sentence_words(first))
    again = attribution.extract_sentence(index, state, first, index.sentence_words(first))
    assert found is not None and again is not None
    assert _snapshot(state) == before
    assert list(found.statements) == list(again.statements)
    [statement] = found.statements.values()
    assert TEXT[statement.quote_start:statement.quote_end] == "قطر ستستضيف المؤتمر"
    assert found.discourse.last_speaker == Turn(NADER.id, 0)


def test_the_discourse_carries_the_speaker_to_the_next_sentence() -> None:
    """«وأضاف» has no subject: it continues the speaker the stage carried over, and only
    when the earlier sentence's findings were merged."""
    doc = build_doc(TEXT, [NADER, QATAR])
    index = DocIndex.build(doc)
    first, second = doc.sentences
    alone = attribution.extract_sentence(index, DocState(), second, index.sentence_words(second))
    assert alone is not None and not alone.statements
    state = DocState()
    earlier = attribution.extract_sentence(index, state, first, index.sentence_words(first))
    assert earlier is not None
    state.merge(earlier)
    assert state.discourse.last_speaker == Turn(NADER.id, 0)
    found = attribution.extract_sentence(index, state, second, index.sentence_words(second))
    assert found is not None
    assert [s.speaker_id for s in found.statements.values()] == [NADER.id]


def _evidence(start: int) -> Evidence:
    return Evidence(document_id="doc-test", sentence_id="s", start=start, end=start + 3,
                    extractor="relations.roles.title", confidence=0.8)


def test_merging_a_relation_found_again_keeps_all_its_evidence() -> None:
    relation = Relation(
        id=relation_id("memberOf", NADER.id, QATAR.id, "positive"), kind="memberOf",
        subject_id=NADER.id, object_id=QATAR.id, evidence=(_evidence(0),),
    )
    state = DocState()
    earlier = Findings(Discourse())
    earlier.relations.add(relation)
    later = Findings(Discourse())
    later.relations.add(replace(relation, evidence=(_evidence(10),), time="2015-07-21"))
    later.relations.add(replace(relation, evidence=(_evidence(0),)))
    state.merge(earlier)
    state.merge(later)
    [merged] = state.relations.values()
    assert merged.evidence == (_evidence(0), _evidence(10))
    assert merged.time == "2015-07-21"


def test_the_index_finds_each_kind_of_word_in_a_sentence() -> None:
    """The positions the index gives for each kind of word are those of the words whose
    readings are in the kind's lexicons, clitics and all («ووزير», «للمباراة»)."""
    text = "وقال ووزير الرياضة إن الهجوم وقع قبل المباراة. ولم يحضر أحد."
    doc = build_doc(text, [])
    index = DocIndex.build(doc)
    first, second = (index.sentence_words(s) for s in doc.sentences)
    norms = [w.norm for w in first]
    assert [norms[p] for p in index.trigger_positions(first, REPORTING_WORD)] == ["وقال"]
    assert [norms[p] for p in index.trigger_positions(first, TITLE_WORD)] == ["ووزير"]
    assert [norms[p] for p in index.trigger_positions(first, EVENT_WORD)] == ["الهجوم"]
    assert [norms[p] for p in index.trigger_positions(first, SPORTS_WORD)] == ["المباراه"]
    assert index.trigger_positions(first[:2], SPORTS_WORD) == []
    assert all(not index.trigger_positions(second, kind) for kind in WORD_KINDS)


def test_the_index_finds_conditionals_and_hedges_before_a_trigger() -> None:
    """A conditional («وإذا»), a hedge («ربما») or «قد» is a modal word; a trigger
    with none before it needs no scan of its clause (``polarity.modality``)."""
    text = "وإذا فشلت المفاوضات، ربما تدعم قطر ليبيا. وقد يهاجم الجيش المدينة. وهاجم الجيش المدينة."
    doc = build_doc(text, [])
    index = DocIndex.build(doc)
    first, second, third = (index.sentence_words(s) for s in doc.sentences)
    norms = [w.norm for w in first]
    assert [norms[p] for p in index.trigger_positions(first, MODAL_WORD)] == ["واذا", "ربما"]
    assert [second[p].norm for p in index.trigger_positions(second, MODAL_WORD)] == ["وقد"]
    assert index.kind_between(first[0], first[-1], MODAL_WORD)
    assert not index.kind_between(first[1], first[3], MODAL_WORD)  # «فشلت المفاوضات»
    assert index.kind_between(second[0], second[1], MODAL_WORD)
    assert not index.kind_between(third[0], third[-1], MODAL_WORD)


def test_the_index_finds_the_first_punctuation_between_two_words() -> None:
    """«أطلق مسلحون النار، وقتل جندي - حسب المصادر»: the comma first, then a spaced
    hyphen; nothing between two words that only a space separates."""
    text = "أطلق مسلحون النار، وقتل جندي - حسب المصادر."
    doc = build_doc(text, [])
    index = DocIndex.build(doc)
    words = index.sentence_words(doc.sentences[0])
    assert index.first_boundary(words[0], words[2]) is None
    assert index.first_boundary(words[0], words[-1]) == text.index("،")
    assert index.first_boundary(words[3], words[-1]) == text.index(" - ")
