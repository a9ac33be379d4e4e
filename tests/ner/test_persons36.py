"""People the tagger left untagged (session 36, n2); sentences written for the tests.

Rule (:mod:`kg.ner.repaired_copies`): a person's name of two words or more that only a
repair rule found (a speaker after a verb of saying and a title) is put where the same
words stand untagged elsewhere in the document, and the repair rules run again, so a
copy inside a body's name is still taken out; nothing tagged is changed.

Rule (:mod:`kg.ner.placed_openers`): a town named right after a separate «في» is taken
out of the start of a person name of three words or more («القيادي في كوباني [شرفان
درويش]»); not a given name, not a two-word name, not after another preposition.

Rule (:func:`kg.ner.cues.surnames_from_document`): a family name whose first letter only
looks like «ب», «ل», «ف» or «و» («بلاتيني», «لافروف») is a family name too, tagged alone
after a verb of saying; not «ل» + a name of the gazetteer («لرويترز»), nor a common word.

Rules (:mod:`kg.ner.stance_verbs`, :mod:`kg.link.retype`): a stance verb right after its
subject, a person's name at a clause start, is no given name of the name after it:
«وكان X دعا [بلاتر] إلى ...»; a name after the verb with no name before it is left whole.
"""

from __future__ import annotations

import pytest

from kg.ids import document_id
from kg.model import Document
from kg.ner.cues import surnames_from_document
from kg.ner.placed_openers import placed_openers
from kg.ner.repaired_copies import repaired_copies
from kg.ner.stance_verbs import stance_verb_names
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged


def _copies(sentences: list[str], before: list[dict[str, str]],
            after: list[dict[str, str]]) -> list[list[str]] | None:
    words = [sentence.split() for sentence in sentences]
    tags_before = [tagged(sentence, names)[1]
                   for sentence, names in zip(sentences, before, strict=True)]
    tags_after = [tagged(sentence, names)[1]
                  for sentence, names in zip(sentences, after, strict=True)]
    copied = repaired_copies(words, words, tags_before, tags_after)
    if copied is None:
        return None
    return [persons(sentence_words, tags)
            for sentence_words, tags in zip(words, copied, strict=True)]


def test_a_name_a_rule_found_is_put_at_its_other_mentions() -> None:
    sentences = ["وتقول الصحفية نوال حمدان إن القضية طويلة",
                 "نوال حمدان أشادت بدور النقابة"]
    assert _copies(sentences, [{}, {}], [{"نوال حمدان": "PERS"}, {}]) == [[], ["نوال حمدان"]]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the tagger found the name itself: its own document pass copied it already
        ([{"نوال حمدان": "PERS"}, {}], [{"نوال حمدان": "PERS"}, {}]),
        # one word only, or a name opening with a title
        ([{}, {}], [{"نوال": "PERS"}, {}]),
        ([{}, {}], [{"الدكتورة نوال": "PERS"}, {}]),
    ],
)
def test_nothing_to_copy(before: list[dict[str, str]], after: list[dict[str, str]]) -> None:
    sentences = ["وتقول الصحفية نوال حمدان إن القضية طويلة", "نوال حمدان أشادت بدور النقابة"]
    assert _copies(sentences, before, after) is None


def test_a_copy_never_overrides_a_tagged_name() -> None:
    sentences = ["وتقول الصحفية نوال حمدان إن القضية طويلة",
                 "وزارت مؤسسة نوال حمدان الخيرية المدينة"]
    organisation = {"مؤسسة نوال حمدان الخيرية": "ORG"}
    assert _copies(sentences, [{}, organisation], [{"نوال حمدان": "PERS"}, organisation]) \
        is None


TEXT = (
    "وعن عملها في الميدان تقول الإعلامية وفاء صقر، إن التهديدات لم تتوقف.\n"
    "وفاء صقر أشادت بدور النقابة في الدفاع عن الصحافيين.\n"
)


def test_the_later_mention_is_tagged_in_a_document() -> None:
    pipeline = Pipeline.from_names(["sentences", "tokens", "ner.bundled"])
    doc = pipeline(Document(id=document_id(None, TEXT), text=TEXT))
    found = [m.text for m in doc.mentions if m.label == "Person"]
    assert found == ["وفاء صقر", "وفاء صقر"]


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("وقال القيادي الكردي في كوباني شرفان درويش إن الهجوم فشل",
         "كوباني شرفان درويش", ["شرفان درويش"]),
        ("وقال مدير المستشفى في الرياض سعد العتيبي إن الحالات مستقرة",
         "الرياض سعد العتيبي", ["سعد العتيبي"]),
    ],
)
def test_a_town_after_in_opens_no_name(sentence: str, name: str, expected: list[str]) -> None:
    words, tags = tagged(sentence, {name: "PERS"})
    assert persons(words, placed_openers(words, tags)) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # two words: the town and one word are left as they are
        ("وقال القيادي الكردي في كوباني درويش إن الهجوم فشل", "كوباني درويش"),
        # no «في» before the town
        ("وقال القيادي الكردي كوباني شرفان درويش إن الهجوم فشل", "كوباني شرفان درويش"),
        # a given name after «في», not a town
        ("وأشاد الوزير في محمد علي حسن بحضوره", "محمد علي حسن"),
    ],
)
def test_no_town_cut(sentence: str, name: str) -> None:
    words, tags = tagged(sentence, {name: "PERS"})
    assert persons(words, placed_openers(words, tags)) == [name]


@pytest.mark.parametrize(
    ("surname", "glued"),
    [("بلاتيني", False), ("لافروف", False), ("فابيوس", False), ("لرويترز", True)],
)
def test_a_family_name_that_looks_glued(surname: str, glued: bool) -> None:
    sentences = [f"وكان ميشال {surname} قد زار المدينة", f"وقال {surname} إن الزيارة ناجحة"]
    words = [sentence.split() for sentence in sentences]
    tags = [tagged(sentences[0], {f"ميشال {surname}": "PERS"})[1], ["O"] * len(words[1])]
    result = surnames_from_document(words, tags)
    assert persons(words[1], result[1]) == ([] if glued else [surname])


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        ("وكان ميشال كوستا دعا فيرنر إلى الاستقالة",
         {"ميشال كوستا": "PERS", "دعا فيرنر": "PERS"}, ["ميشال كوستا", "فيرنر"]),
        # a name inside the clause, not at its start, is no subject
        ("وزار الوفد ميشال كوستا دعا فيرنر إلى الاستقالة",
         {"ميشال كوستا": "PERS", "دعا فيرنر": "PERS"}, ["ميشال كوستا", "دعا فيرنر"]),
    ],
)
def test_a_stance_verb_after_its_subject(
    sentence: str, names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, names)
    assert persons(words, stance_verb_names(words, tags)) == expected


PLATINI = "وكان ميشال كوستا دعا فيرنر إلى الاستقالة من منصبه.\n"


def test_the_linker_leaves_the_verb_after_a_subject_out() -> None:
    pipeline = Pipeline.from_names(["sentences", "tokens", "ner.bundled", "link"])
    doc = pipeline(Document(id=document_id(None, PLATINI), text=PLATINI))
    found = [m.text for m in doc.mentions if m.label == "Person"]
    assert "دعا فيرنر" not in found
