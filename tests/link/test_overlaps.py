"""Overlapping mentions from the gazetteer and the statistical tagger."""

from __future__ import annotations

import random
import re

from kg.link.overlaps import _rank, resolve_overlaps
from kg.model import Mention

TEXT = "قال الأمين العام لحلف الناتو جينس ستولتنبرغ إن السفارة الأمريكية في بغداد مغلقة."


def mention(surface: str, label: str, extractor: str, confidence: float = 0.9) -> Mention:
    start = TEXT.index(surface)
    return Mention(
        f"m{start}", start, start + len(surface), surface, label, extractor, confidence, 0
    )


def test_a_gazetteer_name_wins_over_a_tagger_span_that_runs_two_names_together() -> None:
    nato = mention("حلف الناتو", "InternationalOrganization", "ner.gazetteer")
    person = mention("جينس ستولتنبرغ", "Person", "ner.gazetteer")
    run_together = mention("الناتو جينس ستولتنبرغ", "InternationalOrganization", "ner.bundled")
    assert resolve_overlaps([run_together, person, nato]) == (nato, person)


def test_an_adjective_gives_way_to_the_name_that_contains_it() -> None:
    adjective = mention("الأمريكية", "Country", "ner.gazetteer.adjective", 0.6)
    embassy = mention("السفارة الأمريكية", "GovernmentBody", "ner.bundled", 0.7)
    baghdad = mention("بغداد", "City", "ner.bundled", 0.8)
    assert resolve_overlaps([adjective, baghdad, embassy]) == (embassy, baghdad)


def test_between_tagger_spans_the_longer_wins() -> None:
    short = mention("الناتو", "InternationalOrganization", "ner.bundled", 0.9)
    long = mention("حلف الناتو", "InternationalOrganization", "ner.bundled", 0.5)
    assert resolve_overlaps([short, long]) == (long,)


def _pairwise_resolution(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The rule stated plainly: compare each candidate with every kept mention."""
    kept: list[Mention] = []
    for candidate in sorted(mentions, key=_rank):
        if all(candidate.end <= other.start or other.end <= candidate.start for other in kept):
            kept.append(candidate)
    return tuple(sorted(kept, key=lambda m: (m.start, m.end)))


def test_the_fast_resolution_keeps_exactly_what_the_pairwise_rule_keeps() -> None:
    """Every word span of a real sentence, from three extractors, many times over."""
    words = [(match.start(), match.end()) for match in re.finditer(r"\S+", TEXT)]
    extractors = ("ner.gazetteer", "ner.bundled", "ner.gazetteer.adjective")
    chooser = random.Random(13)
    for _ in range(200):
        mentions = []
        for index in range(chooser.randint(1, 25)):
            first = chooser.randrange(len(words))
            last = min(len(words) - 1, first + chooser.randrange(4))
            start, end = words[first][0], words[last][1]
            mentions.append(
                Mention(
                    f"m{index}", start, end, TEXT[start:end], "Person",
                    chooser.choice(extractors), chooser.choice((0.5, 0.7, 0.9)), 0,
                )
            )
        assert resolve_overlaps(mentions) == _pairwise_resolution(mentions)
