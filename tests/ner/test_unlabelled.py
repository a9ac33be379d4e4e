"""The untagged text the teachers tag for the students (scripts/ner_unlabelled.py)."""

from __future__ import annotations

from pathlib import Path

from kg.ner.conll import TaggedSentence
from scripts.ner_unlabelled import read_unlabelled, unlabelled_sentences

HELD_OUT = [
    TaggedSentence(
        ("قال", "الرئيس", "الأمريكي", "جورج", "بوش", "إن", "الحرب", "ستنتهي"),
        ("O", "O", "O", "B-PERS", "I-PERS", "O", "O", "O"),
    )
]


def test_each_sentence_is_kept_once_and_none_that_was_held_out() -> None:
    texts = [
        "زار وزير الخارجية   القاهرة أمس .",
        "زار وزير الخارجية القاهرة أمس .",
        # Most of a held-out sentence, with one word more.
        "قال الرئيس الأمريكي جورج بوش إن الحرب ستنتهي قريبا",
        " ",
        "وصل الوفد إلى عمان مساء الخميس",
    ]
    assert unlabelled_sentences(texts, HELD_OUT) == [
        "زار وزير الخارجية القاهرة أمس .",
        "وصل الوفد إلى عمان مساء الخميس",
    ]


def test_lines_are_cut_into_words_as_the_pipeline_cuts_them(tmp_path: Path) -> None:
    path = tmp_path / "unlabelled.txt"
    path.write_text("وقال عمرو موسى: «لا حل إلا بالحوار».\n\nزار الوفد بغداد\n", "utf-8")
    assert read_unlabelled(path) == [
        ("وقال", "عمرو", "موسى", ":", "«", "لا", "حل", "إلا", "بالحوار", "»", "."),
        ("زار", "الوفد", "بغداد"),
    ]
