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


GOVERNOR = "قال محافظ عدن نايف صالح البكري إن المدينة آمنة، وأكد الأمير سلطان بن سلمان دعمه."


def governor_mention(surface: str, label: str, extractor: str) -> Mention:
    start = GOVERNOR.index(surface)
    return Mention(f"d-m{start}-{start + len(surface)}", start, start + len(surface), surface,
                   label, extractor, 0.9, 0)


def test_a_person_run_together_with_a_gazetteer_place_is_cut_to_its_own_words() -> None:
    aden = governor_mention("عدن", "City", "ner.gazetteer")
    run_together = governor_mention("عدن نايف صالح البكري", "Person", "ner.bundled")
    kept = resolve_overlaps([run_together, aden], "d")
    assert [(m.text, m.label, m.id) for m in kept] == [
        ("عدن", "City", aden.id),
        ("نايف صالح البكري", "Person", "d-m14-30"),
    ]
    assert GOVERNOR[14:30] == "نايف صالح البكري"
    # without the document id the old rule holds: the gazetteer name alone
    assert resolve_overlaps([run_together, aden]) == (aden,)


def test_a_gazetteer_person_after_a_link_word_gives_way_to_the_longer_name() -> None:
    king = governor_mention("سلمان", "Person", "ner.gazetteer")
    prince = governor_mention("سلطان بن سلمان", "Person", "ner.bundled")
    assert resolve_overlaps([king, prince], "d") == (prince,)


def test_a_gazetteer_person_that_opens_a_lineage_gives_way_to_the_whole_name() -> None:
    text = "التقى الأمير محمد بن سلمان بن عبدالعزيز الرئيس الشيشاني."
    start = text.index("محمد")
    known = Mention("d-a", start, start + 13, text[start : start + 13], "Person",
                    "ner.gazetteer", 0.9, 0)
    longer = Mention("d-b", start, start + 26, text[start : start + 26], "Person",
                     "ner.bundled", 0.9, 0)
    assert known.text == "محمد بن سلمان" and longer.text == "محمد بن سلمان بن عبدالعزيز"
    # the whole name wins (the linker reads it as «محمد بن سلمان»); the rest of it is
    # never cut off as a name of its own
    assert resolve_overlaps([known, longer], "d") == (longer,)


def test_what_is_left_of_a_cut_must_start_with_a_given_name() -> None:
    text = "وزار الوفد لندن هامتون كورت أمس."
    start = text.index("لندن")
    london = Mention("d-a", start, start + 4, "لندن", "City", "ner.gazetteer", 0.9, 0)
    run_together = Mention("d-b", start, start + 16, text[start : start + 16], "Person",
                           "ner.bundled", 0.9, 0)
    assert run_together.text == "لندن هامتون كورت"
    assert resolve_overlaps([london, run_together], "d") == (london,)
