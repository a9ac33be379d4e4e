"""The gold splits the relation scorer knows, and what it scores on each."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scripts import load_script

GOLD = Path(__file__).resolve().parents[1] / "data" / "relations"

evaluation = load_script("eval_relations")
draw = load_script("draw_eval_articles")


def test_partial_splits_score_only_their_kinds() -> None:
    assert evaluation.scored("praises", "stance")
    assert evaluation.scored("stance", "stance")  # the calibration group
    assert not evaluation.scored("stated", "stance")
    assert not evaluation.scored("event", "stance")
    assert evaluation.scored("event", "calib")
    assert not evaluation.scored("praises", "calib")
    assert all(evaluation.scored(kind, "dev") for kind in ("stated", "praises", "event"))


def test_blind_splits_include_the_stance_split() -> None:
    assert set(evaluation.BLIND_SPLITS) == {"test", "calib", "stance", "test_second"}


def test_the_second_reading_of_test_scores_events_and_stances_only() -> None:
    assert evaluation.scored("praises", "test_second")
    assert evaluation.scored("event", "test_second")
    assert evaluation.scored("agent", "test_second")
    assert not evaluation.scored("stated", "test_second")
    assert not evaluation.scored("holdsPosition", "test_second")


def test_every_drawn_article_has_a_gold_file_in_its_split() -> None:
    splits = json.loads((GOLD / "splits.json").read_text(encoding="utf-8"))["splits"]
    assert len(splits["stance"]) == 30
    for split, items in splits.items():
        for item in items:
            assert (GOLD / split / f"{item['name']}.jsonl").is_file(), (split, item["name"])


def test_the_stance_split_drew_no_excluded_article() -> None:
    splits = json.loads((GOLD / "splits.json").read_text(encoding="utf-8"))["splits"]
    excluded = draw.read_indices(GOLD / "stance_excluded.txt")
    assert excluded
    assert all(item["index"] not in excluded for item in splits["stance"])
    assert {item["topic"] for item in splits["stance"]} <= set(draw.STANCE_TOPICS)


def test_coordination_matches_either_order() -> None:
    """«التنسيق بين X و Y»: the gold's order of a coordination is not its direction."""
    def side(text: str, start: int) -> dict[str, object]:
        return {"node": "Entity", "text": text, "start": start, "end": start + len(text)}

    gold = {"kind": "coordinatesWith", "polarity": "positive",
            "subject": side("وزارة الصحة", 0), "object": side("جامعة الملك سعود", 20)}
    health = evaluation.Node("Entity", names={"وزارة الصحة"}, spans=[(0, 11)])
    ksu = evaluation.Node("Entity", names={"جامعة الملك سعود"}, spans=[(20, 36)])
    reversed_fact = evaluation.Fact("coordinatesWith", "positive", ksu, health, "")
    assert evaluation.fact_matches(gold, reversed_fact)
    urged = evaluation.Fact("urges", "positive", ksu, health, "")
    assert not evaluation.fact_matches({**gold, "kind": "urges"}, urged)  # directed


def test_a_named_phrase_matches_the_gold_by_its_printed_words() -> None:
    """A stance object kg names as a phrase has no mention: it is matched against the gold's
    printed words as well as its entity hint; an entity with mentions elsewhere is not."""
    gold = {"node": "Entity", "text": "الدول «5+1»", "start": 34, "end": 45,
            "entity_hint": "مجموعة 5+1"}
    phrase = evaluation.Node("Entity", names={"دول «5+1»"}, spans=[])
    assert evaluation.node_matches(gold, phrase)
    assert not evaluation.node_matches(gold, evaluation.Node("Entity", names={"دول الخليج"}))
    elsewhere = evaluation.Node("Entity", names={"دول «5+1»"}, spans=[(300, 309)])
    assert not evaluation.node_matches(gold, elsewhere)
