"""Praise recall, session 45 (pr45), families read from a pool of Saudi news judged by hand.

- A document's issuer named in quote marks: «نشرت صحيفة «واشنطن بوست» افتتاحية أشادت بـ Y»,
  «نشرت صحيفة "X" مقالا انتقدت فيه Y»: the marks around the tagged name do not close the
  issuing clause (a comma still does).
- A fronted «أما» topic with role words before the name: «أما المخرج X مخرج العمل "Z"، فأثنى
  على Y», «أما المهندس X، فثمّن ...»: the verb with «ف» has X for its subject.
- A letter sent «today» to a styled addressee: «أشاد X في برقية وجهها اليوم إلى الأمير Y بهذه
  الإنجازات التي حققها رجال الأمن»: Y is whom the letter went to, never praised for another's
  deed; praised for his own («إلى الأمير Y بجهوده»).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

POST = E("MediaOrganization", "واشنطن بوست", ("واشنطن بوست",))
ASHTON = E("Person", "كاثرين آشتون", ("كاثرين آشتون",))
OTAIBI = E("Person", "فهد العتيبي", ("فهد العتيبي",))
JEDDAH = E("GovernmentBody", "أمانة جدة", ("أمانة جدة",))
FAISAL = E("Person", "خالد الفيصل", ("خالد الفيصل",))
ENTITIES = [POST, ASHTON, OTAIBI, JEDDAH, FAISAL]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a quoted issuer of a document -------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("في ذلك الوقت، نشرت صحيفة «واشنطن بوست» افتتاحية أشادت بكاثرين آشتون.",
     ("praises", "واشنطن بوست", "كاثرين آشتون")),
    ("ونشرت صحيفة «واشنطن بوست» افتتاحية تشيد بكاثرين آشتون.",
     ("praises", "واشنطن بوست", "كاثرين آشتون")),
    ('ونشرت صحيفة "واشنطن بوست" مقالا انتقدت فيه كاثرين آشتون.',
     ("criticizes", "واشنطن بوست", "كاثرين آشتون")),
])
def test_quoted_issuer(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # a comma after the quoted name still closes the issuing clause
    "ونشرت صحيفة «واشنطن بوست»، وفق ما ذكر فهد العتيبي، افتتاحية أشادت بكاثرين آشتون.",
    # the quoted name belongs to an earlier clause: the document is another body's
    "وتابعت «واشنطن بوست» القضية، ونشرت أمانة جدة بيانا أشادت فيه بكاثرين آشتون.",
])
def test_quoted_issuer_not_read(text: str) -> None:
    assert not any(subject == "واشنطن بوست" for _, subject, _ in run(text))


# --- «أما» + role words + name, then «، فـverb» -----------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ('أما المخرج فهد العتيبي مخرج العمل المسرحي "ليالي جدة"، فأثنى على الدور الكبير الذي '
     'تقوم به أمانة جدة في خدمة المجتمع.', ("praises", "فهد العتيبي", "أمانة جدة")),
    ("أما المهندس فهد العتيبي، فأثنى على الدور الكبير الذي تقوم به أمانة جدة في خدمة المجتمع.",
     ("praises", "فهد العتيبي", "أمانة جدة")),
    ("أما الكاتبة كاثرين آشتون، فأشادت بأمانة جدة.",
     ("praises", "كاثرين آشتون", "أمانة جدة")),
])
def test_titled_topic(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # another person named in the topic: whose praise it is stays open
    "أما المخرج فهد العتيبي الذي التقى كاثرين آشتون، فأشاد بأمانة جدة.",
    # a colon ends the topic
    "أما المخرج فهد العتيبي: فأشاد بأمانة جدة.",
    # an unbalanced quote mark: the name may be quoted speech
    'أما المخرج "فهد العتيبي، فأشاد بأمانة جدة.',
    # no role word: a preposition before the name
    "أما بالنسبة إلى فهد العتيبي، فأشاد بأمانة جدة.",
])
def test_titled_topic_not_read(text: str) -> None:
    assert not any(kind == "praises" for kind, _, _ in run(text))


# --- a letter's addressee past a time word or a style --------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد فهد العتيبي في برقية وجهها إلى الأمير خالد الفيصل بجهوده في خدمة الحجاج.",
     ("praises", "فهد العتيبي", "خالد الفيصل")),
])
def test_letter_addressee_own_deed(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_letter_addressee_own_deed_after_time() -> None:
    # kept (read before by another path): the time word does not lose the addressee's own deed
    text = "وأشاد فهد العتيبي في برقية بعثها أمس إلى الأمير خالد الفيصل بجهوده في خدمة الحجاج."
    assert ("praises", "فهد العتيبي", "خالد الفيصل") in run(text)


@pytest.mark.parametrize("text", [
    "وأشاد فهد العتيبي في برقية وجهها اليوم إلى الأمير خالد الفيصل بهذه الإنجازات التي حققها "
    "رجال الأمن.",
    "وأشاد فهد العتيبي في رسالة بعثها مساء أمس إلى الأمير خالد الفيصل بالنتائج المحققة.",
])
def test_letter_addressee_not_praised(text: str) -> None:
    assert ("praises", "فهد العتيبي", "خالد الفيصل") not in run(text)
