"""The ``ner.gazetteer`` stage: mentions of gazetteer names, and the dateline rule.

Every unconditional match of :class:`kg.gazetteer.matcher.Matcher` becomes a
mention labelled with its entry's ontology class. Conditional names
(surnames, names that are also common words) become mentions only with
support from the document, a title before a person, a place word before a
place, or a word of members before a group («مسلحو القاعدة», «عناصر
القاعدة»: :data:`kg.gazetteer.resources.MEMBER_CUES`); nationality adjectives become ``Country``
mentions with a lower confidence and the extractor
:data:`kg.gazetteer.extractors.ADJECTIVE_EXTRACTOR`
so that relations can tell «القوات الأمريكية» (US forces) from a name.
A generic body followed by a nationality adjective («وزارة الخارجية الروسية»)
is one mention.

The dateline rule reads a short line «CITY – NAME – AGENCY» near the top of
an article: the middle field is a ``Person`` (the reporter), the last a
``MediaOrganization``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR, DATELINE_EXTRACTOR, EXTRACTOR
from kg.gazetteer.index import (
    AliasKind,
    GazetteerEntry,
    GazetteerIndex,
    default_gazetteer,
    name_key,
)
from kg.gazetteer.matcher import Match, Matcher, MatchResult
from kg.gazetteer.resources import MEMBER_CUES, PLACE_CUES, STANCE_VERBS, TITLES
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.ner.leads import LEAD_OUTLETS, two_field_lead
from kg.ner.name_continues import name_goes_on
from kg.ontology.schema import entity_label
from kg.pipeline import Stage, register_stage
from kg.text.words import document_words

CONFIDENCE_NAME = 0.9
CONFIDENCE_CONDITIONAL = 0.75
CONFIDENCE_ADJECTIVE = 0.6
CONFIDENCE_DATELINE = 0.7

_TITLE_KEYS = frozenset(word for title in TITLES for word in name_key(title))
_PLACE_CUE_KEYS = frozenset(word for cue in PLACE_CUES for word in name_key(cue))
_PLACE_CLASSES = frozenset({"City", "Region", "Place", "Country"})
_MEMBER_CUE_KEYS = frozenset(word for cue in MEMBER_CUES for word in name_key(cue))
_STANCE_VERB_KEYS = frozenset(word for verb in STANCE_VERBS for word in name_key(verb))
_GROUP_CLASSES = frozenset({"ArmedGroup", "Organization", "InternationalOrganization",
                            "PoliticalParty"})
_DATELINE = re.compile(
    r"^[ \t]*(?P<f1>[^\n\-–—|]{2,40}?)[ \t]*[-–—|][ \t]*(?P<f2>[^\n\-–—|]{2,40}?)[ \t]*[-–—|][ \t]*"
    r"(?P<f3>[^\n\-–—|]{2,40}?)[ \t]*$",
    re.MULTILINE,
)
_DATELINE_LINES = 4
_LEAD = re.compile(
    r"\A\s*(?P<f1>[^\W\d_][^\n\-–—|:.,،]{2,40}?)[ \t]*[-–—][ \t]*(?P<f2>[^\W\d_]+)[ \t]*[-–—][ \t]*"
    r"(?P<f3>[^\n\-–—|:.,،]{2,30}?)[ \t]*:")
"""A lead that opens the text: «REPORTER - AGENCY - PLACE:» («ماجد الرفاعي - سبق - ينبع:»)."""


def gazetteer_mentions(
    doc: Document, gazetteer: GazetteerIndex | None = None, matcher: Matcher | None = None
) -> list[Mention]:
    """The gazetteer and dateline mentions of ``doc``, in text order."""
    gazetteer = gazetteer or default_gazetteer()
    matcher = matcher or Matcher(gazetteer)
    result = matcher.find_in(document_words(doc))
    sentence_starts = [sentence.start for sentence in doc.sentences]

    def make(start: int, end: int, label: str, extractor: str, confidence: float) -> Mention:
        index = max(bisect_right(sentence_starts, start) - 1, 0) if sentence_starts else 0
        sentence_index = doc.sentences[index].index if doc.sentences else 0
        return Mention(
            id=mention_id(doc.id, start, end),
            start=start,
            end=end,
            text=doc.text[start:end],
            label=entity_label(label),
            extractor=extractor,
            confidence=confidence,
            sentence_index=sentence_index,
        )

    named = {
        ref.key
        for match in result.matches
        for ref in match.refs
        if ref.kind is AliasKind.NAME and len({r.key for r in match.refs}) == 1
    }
    mentions: list[Mention] = []
    matches = result.matches
    skip_next = False
    for position, match in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        following = matches[position + 1] if position + 1 < len(matches) else None
        entry, kind = _resolve(match, result, gazetteer, named, following)
        if entry is None or kind is None:
            continue
        if kind is AliasKind.ADJECTIVE:
            mentions.append(
                make(match.start, match.end, "Country", ADJECTIVE_EXTRACTOR, CONFIDENCE_ADJECTIVE)
            )
            continue
        if entry.generic and following is not None and _adjective_after(match, following, result):
            mentions.append(
                make(match.start, following.end, entry.label, EXTRACTOR, CONFIDENCE_NAME)
            )
            skip_next = True
            continue
        confidence = CONFIDENCE_CONDITIONAL if kind is AliasKind.CONDITIONAL else CONFIDENCE_NAME
        mentions.append(make(match.start, match.end, entry.label, EXTRACTOR, confidence))
    mentions.extend(
        make(start, end, label, DATELINE_EXTRACTOR, CONFIDENCE_DATELINE)
        for start, end, label in dateline_spans(doc.text)
        if not any(m.start < end and start < m.end for m in mentions)
    )
    mentions.sort(key=lambda m: (m.start, m.end))
    # A name the sentence splitter cut through (a run with no sentence end is cut at a
    # bounded length) is no mention: a mention lies inside its sentence.
    ends = {sentence.index: sentence.end for sentence in doc.sentences}
    return [m for m in mentions if m.end <= ends.get(m.sentence_index, len(doc.text))]


def _resolve(
    match: Match, result: MatchResult, gazetteer: GazetteerIndex, named: set[str],
    following: Match | None = None,
) -> tuple[GazetteerEntry | None, AliasKind | None]:
    """The entry a match stands for, or None (blocked, ambiguous, unsupported). A
    person's one-word name supported by a title before it is no support when the name
    goes on after it («الشيخ صالح اليوسف»: :func:`kg.ner.name_continues.name_goes_on`)."""
    refs = match.refs
    if any(ref.kind is AliasKind.BLOCK for ref in refs):
        return None, None
    keys = {ref.key for ref in refs}
    if len(keys) == 1 and refs[0].kind is not AliasKind.CONDITIONAL:
        return gazetteer.entry(refs[0].key), refs[0].kind
    candidates = [gazetteer.entry(key) for key in sorted(keys)]
    supported = [entry for entry in candidates if entry.key in named]
    if not supported:
        previous = _previous_words(match, result, 3)
        if previous[-1:] and (_member_cue(previous[-1]) or _stance_verb(previous[-1])):
            # «مسلحي الحوثي»: a word of members right before the name makes it a group's
            supported = [entry for entry in candidates if entry.label in _GROUP_CLASSES]
        else:
            supported = [
                entry
                for entry in candidates
                if (entry.label == "Person" and _TITLE_KEYS.intersection(previous)
                    and not name_goes_on(match, result, following))
                or (entry.label in _PLACE_CLASSES and previous[-1:]
                    and previous[-1] in _PLACE_CUE_KEYS)
            ]
    if len(supported) != 1:
        return None, None
    return supported[0], AliasKind.CONDITIONAL


def _stance_verb(word: str) -> bool:
    """«قالت», «واتهمت»: a feminine verb of saying or stance right before a conditional
    name of a group makes the group its subject (an organisation speaks: «اتهمت حماس
    إسرائيل»), not a common word. Only that closed list: any feminine verb would take a
    common noun's subject too («تعرضت القاعدة العسكرية لهجوم»)."""
    return word in _STANCE_VERB_KEYS or (word[:1] in {"و", "ف"} and word[1:] in _STANCE_VERB_KEYS)


def _member_cue(word: str) -> bool:
    """«مسلحو», «وعناصر», «لمقاتلي»: a word of a group's members right before its name."""
    return word in _MEMBER_CUE_KEYS or (word[:1] in {"و", "ف", "ل", "ب"} and
                                        word[1:] in _MEMBER_CUE_KEYS)


def _previous_words(match: Match, result: MatchResult, count: int) -> list[str]:
    """Up to ``count`` words before the match, with the match's own proclitics
    counting as nothing, and stopping at a line break."""
    first = match.first_word
    found: list[str] = []
    for index in range(first - 1, max(first - 1 - count, -1), -1):
        gap = result.gap(index, index + 1)
        if "\n" in gap or any(char in gap for char in '.!?؟:«»"“”'):
            break
        found.insert(0, result.word_texts[index])
    return found


def _adjective_after(match: Match, following: Match, result: MatchResult) -> bool:
    if following.first_word != match.last_word or following.proclitics:
        return False
    if not all(ref.kind is AliasKind.ADJECTIVE for ref in following.refs):
        return False
    return result.gap(match.last_word - 1, following.first_word).strip() == ""


def dateline_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans of the reporter (Person) and agency (MediaOrganization) of a dateline
    «CITY – NAME – AGENCY» among the first lines of ``text``, or of a lead that opens
    the text, «REPORTER - AGENCY - PLACE:» (two to four words, one word, a place
    before a colon: «سويد الحارثي- سبق- بلقرن: لقي أربعة ...»)."""
    head_end = 0
    for _ in range(_DATELINE_LINES + 1):
        next_break = text.find("\n", head_end)
        if next_break < 0:
            head_end = len(text)
            break
        head_end = next_break + 1
        while head_end < len(text) and text[head_end] == "\n":
            head_end += 1
    for match in _DATELINE.finditer(text, 0, head_end):
        fields = [match.group(name) for name in ("f1", "f2", "f3")]
        if not all(1 <= len(field.split()) <= 4 for field in fields):
            continue
        if any(char in field for field in fields for char in ".,،:؛"):
            continue
        return [
            (match.start("f2"), match.end("f2"), "Person"),
            (match.start("f3"), match.end("f3"), "MediaOrganization"),
        ]
    lead = _LEAD.match(text)
    if lead is not None and 2 <= len(lead.group("f1").split()) <= 4 and \
            len(lead.group("f3").split()) <= 3:
        # the reporter, then the agency, then the place of an opening lead; or the
        # reporter, the place, then an outlet that signs leads («زيد الخمشي- الرياض- سبق:»)
        agency = "f3" if lead.group("f3") in LEAD_OUTLETS and \
            lead.group("f2") not in LEAD_OUTLETS else "f2"
        return [(lead.start("f1"), lead.end("f1"), "Person"),
                (lead.start(agency), lead.end(agency), "MediaOrganization")]
    return two_field_lead(text)


def merge_mentions(existing: Sequence[Mention], new: Sequence[Mention]) -> tuple[Mention, ...]:
    """``existing`` plus those of ``new`` whose span no existing mention has."""
    spans = {(m.start, m.end) for m in existing}
    merged = list(existing) + [m for m in new if (m.start, m.end) not in spans]
    merged.sort(key=lambda m: (m.start, m.end))
    return tuple(merged)


@register_stage("ner.gazetteer")
class GazetteerNERStage(Stage):
    """Adds gazetteer mentions (see the module docstring), read from the document's
    word view (the ``words`` layer of the ``tokens`` stage)."""

    requires = frozenset({"sentences", "words"})
    provides = frozenset({"mentions"})

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.matcher = Matcher(self.gazetteer)

    def __call__(self, doc: Document) -> Document:
        found = gazetteer_mentions(doc, self.gazetteer, self.matcher)
        return doc.with_layers("mentions", mentions=merge_mentions(doc.mentions, found))
