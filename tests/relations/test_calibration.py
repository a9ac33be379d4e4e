"""Calibrated confidences and the precision bar, on relations extracted from Arabic sentences."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import calibrate, extract_relations
from kg.relations.calibration import CalibrationTable, bundled_table, combined, group_of
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

QATAR = E("Country", "قطر", ("قطر",), "Q846")
LIBYA = E("Country", "ليبيا", ("ليبيا",), "Q1016")
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
TEXT = "وقال حسن العلي إن الحوار هو الطريق الوحيد. وأدانت قطر الهجوم الذي استهدف ليبيا."

EDGES = (0.0, 0.5, 1.01)


def extracted() -> Document:
    return extract_relations(build_doc(TEXT, [QATAR, LIBYA, HASSAN]))


def table(**precision: tuple[int, int]) -> CalibrationTable:
    """Every raw confidence in one bucket above 0.5, with the given counts per group."""
    return CalibrationTable(EDGES, {g: ((0, 0), cell) for g, cell in precision.items()})


def test_the_sentences_give_a_statement_a_stance_and_an_event() -> None:
    doc = extracted()
    assert ("حسن العلي", "الحوار هو الطريق الوحيد") in pairs(doc, "stated")
    assert ("قطر", "Attack:الهجوم") in pairs(doc, "condemns")
    assert "Attack" in {e.label for e in doc.events}


def test_confidences_become_the_measured_precision_smoothed() -> None:
    doc = extracted()
    kept, held = calibrate(doc, table(stated=(19, 20), stance=(10, 10), event=(10, 10)), 0.0)
    assert not held
    (stated,) = [r for r in kept.relations if r.kind == "stated"]
    assert stated.evidence[0].confidence == pytest.approx(0.95)
    assert kept.statements[0].evidence.confidence == stated.evidence[0].confidence


def test_a_held_back_event_takes_a_held_back_stance_on_it_along() -> None:
    doc = extracted()
    kept, held = calibrate(doc, table(stated=(20, 20), stance=(1, 10), event=(1, 10)), 0.8)
    assert not kept.events
    assert not pairs(kept, "condemns")
    assert held == {"event": len(doc.events), "stance": 1}
    assert pairs(kept, "stated")


def test_a_confident_stance_keeps_the_event_it_is_about() -> None:
    doc = extracted()
    kept, held = calibrate(doc, table(stated=(20, 20), stance=(20, 20), event=(1, 10)), 0.8)
    assert ("قطر", "Attack:الهجوم") in pairs(kept, "condemns")
    (event,) = [e for e in kept.events if kept.text[e.trigger_start : e.trigger_end] == "الهجوم"]
    assert event.evidence.confidence < 0.8  # kept, with its own low confidence
    assert held["event"] == len(doc.events) - 1


def test_a_held_back_statement_goes_with_its_stated() -> None:
    doc = extracted()
    kept, held = calibrate(doc, table(stated=(2, 10), stance=(20, 20), event=(20, 20)), 0.8)
    assert not kept.statements
    assert not pairs(kept, "stated")
    assert held["stated"] == 1
    assert pairs(kept, "condemns")


def test_a_kind_never_seen_on_dev_is_held_back_at_the_default_bar() -> None:
    assert table().calibrated("leads", 0.9) < 0.8


def test_stance_kinds_share_a_row_and_the_bundled_table_loads() -> None:
    assert group_of("condemns") == group_of("urges") == "stance"
    assert group_of("holdsPosition") == "holdsPosition"
    assert bundled_table().counts


def test_a_clean_top_bucket_is_kept_in_a_kind_right_half_the_time() -> None:
    """The prior of a bucket is the precision at or above it, not the kind's overall one."""
    edges = (0.0, 0.6, 0.7, 1.01)
    events = CalibrationTable(edges, {"event": ((3, 30), (12, 30), (8, 9))})
    assert events.calibrated("event", 0.8) >= 0.8
    assert events.calibrated("event", 0.65) < 0.8
    assert events.calibrated("event", 0.3) < 0.8


def test_a_single_right_fact_at_the_top_of_a_poor_kind_is_still_held_back() -> None:
    edges = (0.0, 0.6, 1.01)
    poor = CalibrationTable(edges, {"event": ((10, 40), (1, 1))})
    assert poor.calibrated("event", 0.9) < 0.8


def test_the_lowest_bucket_is_smoothed_towards_an_unknown_precision() -> None:
    edges = (0.0, 0.6, 1.01)
    cells = ((1, 1), (10, 10))
    value = CalibrationTable(edges, {"stated": cells}).calibrated("stated", 0.3)
    assert value == pytest.approx((1 + 3 * 0.5) / (1 + 3), abs=1e-3)
    assert value < 0.8  # one lucky fact does not lift a bucket of doubts over the bar


def test_the_event_row_comes_from_the_calib_split_and_the_rest_from_dev() -> None:
    # dev flatters the events (their rules were written from its errors): 10 right of 10;
    # the blind calib split finds 2 right of 10, and that is the row the table keeps.
    dev = table(stated=(19, 20), stance=(1, 10), event=(10, 10))
    calib = table(event=(2, 10), stated=(0, 5))  # calib annotates events only
    both = combined(dev, calib)
    assert both.counts == {"event": ((0, 0), (2, 10)), "stance": dev.counts["stance"],
                           "stated": dev.counts["stated"]}  # fmt: skip
    assert both.splits == {"event": "calib", "stance": "dev", "stated": "dev"}
    assert CalibrationTable.from_json(both.to_json("test")) == both
    kept, held = calibrate(extracted(), both, 0.8)
    assert not kept.events  # the attack of «وأدانت قطر الهجوم» is held back ...
    assert pairs(kept, "stated")  # ... the statement, measured on dev, is written
    assert held["event"] and not held["stated"]


def test_an_event_row_the_calib_split_never_saw_is_empty_not_dev_s() -> None:
    both = combined(table(event=(10, 10), stated=(9, 10)), table())
    assert both.counts["event"] == ((0, 0), (0, 0))
    assert both.splits["event"] == "calib"
    assert both.calibrated("event", 0.9) < 0.8


def test_an_empty_bucket_below_every_measured_fact_is_unknown_not_the_kinds_precision() -> None:
    edges = (0.0, 0.45, 0.6, 1.01)
    cells = ((0, 0), (4, 4), (20, 21))
    stances = CalibrationTable(edges, {"stance": cells})
    assert stances.calibrated("stance", 0.4) == 0.5  # a rule's doubt the gold never saw
    assert stances.calibrated("stance", 0.5) >= 0.8
    assert stances.calibrated("stance", 0.9) >= 0.8


def test_a_bucket_with_its_own_evidence_is_not_lifted_above_what_it_measured() -> None:
    edges = (0.0, 0.45, 0.6, 0.8, 1.01)
    cells = ((0, 0), (2, 24), (7, 9), (90, 100))
    positions = CalibrationTable(edges, {"positionOf": cells})
    assert positions.calibrated("positionOf", 0.62) == pytest.approx(7 / 9, abs=1e-3)
    assert positions.calibrated("positionOf", 0.85) >= 0.8


def test_a_bucket_is_not_lifted_above_the_facts_a_bar_there_writes() -> None:
    # 3 right of 3, but the surer fact above it wrong: a bar at that bucket writes 3 of 4
    edges = (0.0, 0.5, 0.85, 0.95, 1.01)
    cells = ((6, 20), (7, 13), (3, 3), (0, 1))
    events = CalibrationTable(edges, {"event": cells})
    assert events.calibrated("event", 0.9) == pytest.approx(0.75, abs=1e-3)
    clean = CalibrationTable(edges, {"event": (*cells[:3], (1, 1))})
    assert clean.calibrated("event", 0.9) >= 0.8  # the same bucket under a right fact
