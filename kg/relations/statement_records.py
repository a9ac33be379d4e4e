"""A statement found, recorded: «وقال الوزير X إن ...» → a Statement and X ``stated`` it.

The statement's span, its speaker, the entities it is about and a confidence that says how
the speaker was found (named right after the verb most, from a headline colon «ترامب
لـجمهوره : ...» least, an indirect statement a little less than a quotation). A denial
(«نفى») gives ``denies`` and marks the content not asserted; a negated denial («لم تنف»)
is a ``denies`` of negative polarity. A statement that calls a report untrue («أن ما تم تداوله
... لا صحة له», :mod:`kg.relations.statement_belied`) is also denied. The speaker becomes the
discourse's last speaker.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ids import relation_id, statement_id
from kg.model import Polarity, Relation, Sentence, Statement
from kg.ontology.namespace import RelationKind
from kg.relations.context import Extraction
from kg.relations.findings import Turn
from kg.relations.index import Word
from kg.relations.lexicon import ReportingVerb
from kg.relations.rules import SpeakerHow, attribution_rule
from kg.relations.speaker_readings import SpeakerReading
from kg.relations.speakers import EXPLICIT
from kg.relations.statement_belied import belies_report, denied_before
from kg.relations.statement_joined_deniers import joined_deniers
from kg.text.normalize import normalize_key

_CONFIDENCE: dict[SpeakerHow, float] = {
    "after": 0.9, "title": 0.85, "author": 0.8, "before": 0.8, "capital": 0.75, "according": 0.75,
    "participle": 0.75, "title_ref": 0.7, "kind_ref": 0.7, "continued": 0.7, "described": 0.65,
    "styled": 0.7,
    "colon": 0.55,
}
"""How sure each way of finding the speaker is (an indirect statement is a little less):
a speaker named right after the verb first; one read from a title introduced earlier,
carried over from an earlier sentence, or from a headline colon last."""


_NAMED_NEAR: frozenset[SpeakerHow] = frozenset({"after", "before", "title", "capital"})
"""Speaker readings that name the speaker next to the verb, where names joined to it by «و»
are read as co-speakers of a denial."""


def record_statement(context: Extraction, sentence: Sentence, verb_word: Word,
                     reading: SpeakerReading, start: int, end: int, direct: bool,
                     verb: ReportingVerb | None, negated: bool = False) -> None:
    """A statement and its speaker's ``stated`` (or ``denies``) relation. A negated
    denial («لم تنف») is a ``denies`` of negative polarity, and its content is not denied."""
    doc = context.doc
    speaker, how = reading.entity_id, reading.how
    assert speaker is not None
    about = tuple(dict.fromkeys(
        m.entity_id for m in context.mentions_between(start, end)
        if m.entity_id and m.entity_id != speaker
    ))
    confidence = _CONFIDENCE.get(how, 0.5) - (0.0 if direct else 0.05)
    evidence = context.evidence(sentence, [(start, end)], attribution_rule(direct, how), confidence,
                                (verb_word.start, verb_word.end))
    statement = Statement(
        id=statement_id(doc.id, start, end), speaker_id=speaker,
        verb=doc.text[verb_word.start:verb_word.end] if verb is not None or how == "according"
        else ":",
        quote_start=start, quote_end=end,
        direct=direct, evidence=evidence, about_ids=about,
    )
    if context.has_statement(statement.id):
        return
    if not direct and _repeated(context, statement, sentence):
        _take_turn(context, speaker, how, sentence)
        return  # «وحذرت الجمعية من خطورة الألعاب ...» again: the fact is on its first mention
    denial = verb is not None and verb.denial
    belied = not denial and not negated and belies_report(context, start, end) and \
        not denied_before(context, speaker, sentence.start, start)  # «... لا صحة له»
    context.add_statement(statement, denied=(denial or belied) and not negated)
    first: RelationKind = "denies" if denial else "stated"
    polarity: Polarity = "negative" if negated else "positive"
    kinds: tuple[RelationKind, ...] = (first, "denies") if belied else (first,)
    holders = [speaker]
    if denial and how in _NAMED_NEAR:  # «ونفت روسيا وسوريا أي تورط»: each conjunct denies
        holders += joined_deniers(context, sentence, verb_word, speaker, start)
    for kind in kinds:
        for holder in holders if kind == "denies" else [speaker]:
            context.add_relation(Relation(
                id=relation_id(kind, holder, statement.id, polarity), kind=kind,
                subject_id=holder, object_id=statement.id, evidence=(evidence,),
                polarity=polarity,
            ))
    _take_turn(context, speaker, how, sentence)


def _take_turn(context: Extraction, speaker: str, how: SpeakerHow, sentence: Sentence) -> None:
    """The speaker becomes the discourse's last actor (and last speaker when named)."""
    turn = Turn(speaker, sentence.index)
    last = context.discourse.last_speaker
    context.discourse = replace(
        context.discourse, last_actor=turn,
        last_speaker=turn if how in EXPLICIT or (last and last.node_id == speaker) else last,
    )


_REPEAT_WORDS = 6


def _repeated(context: Extraction, statement: Statement, sentence: Sentence) -> bool:
    """Whether the same speaker's indirect statement in an earlier sentence opens with the
    same words: news repeats a lead («حذرت الجمعية من خطورة الألعاب النارية المنتشرة بين
    الأطفال ...» in the first and the fourth paragraph); one fact, on its first mention."""
    earlier = [other for other in (*context.state.statements.values(),
                                   *context.found.statements.values())
               if other.speaker_id == statement.speaker_id and not other.direct and
               other.quote_end <= sentence.start]
    if not earlier:  # (most statements: the speaker's first indirect one, no words to compare)
        return False
    key = _opening(context.doc.text[statement.quote_start:statement.quote_end])
    if key is None:
        return False
    return any(_opening(context.doc.text[other.quote_start:other.quote_end]) == key
               for other in earlier)


def _opening(text: str) -> tuple[str, ...] | None:
    words = tuple(normalize_key(word) for word in text.split()[:_REPEAT_WORDS])
    return words if len(words) == _REPEAT_WORDS else None
