"""Mention replacement for training (scripts/ner_training.py, NamePool), on real Arabic names."""

from __future__ import annotations

import random

from kg.ner.conll import TaggedSentence, chunks
from kg.ner.features import NameLists
from scripts.ner_training import Jackknife, NamePool, attach_proclitics, split_proclitics

TRAIN = [
    TaggedSentence(
        ("وقال", "جورج", "بوش", "في", "واشنطن"), ("O", "B-PERS", "I-PERS", "O", "B-LOC")
    ),
    TaggedSentence(("التقى", "وليد", "المعلم", "وبوش"), ("O", "B-PERS", "I-PERS", "B-PERS")),
    TaggedSentence(("وصل", "بوش", "إلى", "ولبنان"), ("O", "B-PERS", "O", "B-LOC")),
    TaggedSentence(("زار", "لبنان", "أمس"), ("O", "B-LOC", "O")),
    TaggedSentence(("رد", "بوش"), ("O", "B-PERS")),
    TaggedSentence(("من", "لبنان"), ("O", "B-LOC")),
]
LISTED = [("تشاك نوريس", "person"), ("باريس", "city"), ("نادي الترجي", "club")]


def test_proclitics_are_split_only_where_the_rest_begins_names() -> None:
    pool = NamePool.of(TRAIN, LISTED)
    assert pool.proclitics("وبوش") == ("و", "بوش")
    assert pool.proclitics("ولبنان") == ("و", "لبنان")  # not «ول» + «بنان»
    assert pool.proclitics("وليد") == ("", "وليد")
    assert split_proclitics("للبيت") == ("ل", "البيت")
    assert attach_proclitics("ل", "البيت") == "للبيت"
    assert attach_proclitics("و", "باريس") == "وباريس"


def test_pool_holds_training_names_without_clitics_and_listed_names_by_type() -> None:
    pool = NamePool.of(TRAIN, LISTED)
    assert ("بوش",) in pool.seen["PERS"] and ("وبوش",) not in pool.seen["PERS"]
    assert ("لبنان",) in pool.seen["LOC"]
    assert pool.listed == {
        "PERS": [("تشاك", "نوريس")],
        "LOC": [("باريس",)],
        "ORG": [("نادي", "الترجي")],
    }


def test_replacement_keeps_context_clitics_and_iob2_tags() -> None:
    pool = NamePool.of(TRAIN, LISTED)
    rng = random.Random(3)
    for _ in range(50):
        copy = pool.replace(TRAIN[1], rng, 1.0)
        assert copy is not None
        assert copy.words[0] == "التقى"
        kinds = [kind for kind, _, _ in chunks(copy.tags)]
        assert kinds == ["PERS", "PERS"]
        last = chunks(copy.tags)[1]
        assert copy.words[last[1]].startswith("و")  # «وبوش» -> «و» + a person
        assert len(copy.words) == len(copy.tags)
        assert all(t == "O" or t[2:] == "PERS" for t in copy.tags)


def test_at_least_one_name_is_replaced_and_sentences_without_names_give_none() -> None:
    pool = NamePool({"PERS": [("تشاك", "نوريس")]}, {}, {})  # the one candidate
    copy = pool.replace(TRAIN[2], random.Random(0), 0.0)  # a person and a place
    assert copy is not None
    if copy.words[1] == "بوش":  # the place was chosen, and the pool has none
        assert copy == TRAIN[2]
    else:
        assert copy.words == ("وصل", "تشاك", "نوريس", "إلى", "ولبنان")
    copy = pool.replace(TRAIN[4], random.Random(0), 0.0)
    assert copy is not None and copy.words == ("رد", "تشاك", "نوريس")
    assert copy.tags == ("O", "B-PERS", "I-PERS")
    assert pool.replace(TaggedSentence(("قال", "إن"), ("O", "O")), random.Random(0), 1.0) is None


def test_jackknife_copies_read_their_fold_lexicon_and_differ_with_the_draw() -> None:
    sentences = TRAIN * 20  # 120 sentences: three blocks of 40, so three folds with data
    jackknife = Jackknife(sentences, NameLists({}), folds=3)
    originals = jackknife.examples()
    assert len(originals) == len(sentences) and not any(e.copy for e in originals)
    pool = NamePool.of(TRAIN, LISTED)

    def copies(seed: int) -> list[list[str]]:
        draws = random.Random(seed)
        examples = jackknife.copies(lambda sentence: pool.replace(sentence, draws, 1.0))
        assert all(e.copy for e in examples) and len(examples) == len(sentences)
        return [e.normal for e in examples]

    # The same draw gives the same copies; another draw (a later epoch) others.
    assert copies(1) == copies(1)
    assert copies(1) != copies(2)
    # Every fold's lexicon knows the training names of the other folds.
    assert all(lexicon.names.names.get(("بوش",)) == "PERS" for lexicon in jackknife.lexicons)
