"""Titles lost by a dismissal, session 47 (helper pa47); sentences written for the tests.

«بإعفاء X رئيس الهيئة من منصبه», «وإقالة وزير الصحة X»: X held the title until the order
the sentence reports, so he keeps ``holdsPosition`` but no longer ``leads`` the body
(:mod:`kg.relations.dismissed_titles`). His successor named in the same sentence still
leads it; a dismissal asked for («طالب بإقالة») or an exemption of the body's head from
something else («من الرسوم») takes nothing away.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

OLD = E("Person", "سامي بن فهد العتيبي", ("سامي بن فهد العتيبي",))
NEW = E("Person", "ماجد بن علي القحطاني", ("ماجد بن علي القحطاني",))
PORTS = E("GovernmentBody", "هيئة الموانئ البحرية", ("هيئة الموانئ البحرية",))
COUNCIL = E("GovernmentBody", "مجلس الأمن الوطني", ("مجلس الأمن الوطني",))
LEAGUE = E("Organization", "رابطة الأندية المحترفة", ("رابطة الأندية المحترفة",))
ALL = [OLD, NEW, PORTS, COUNCIL, LEAGUE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize(("text", "body"), [
    # a royal order, the title after the name, «من منصبه» after it
    ("وأصدر الملك أمرا ملكيا بإعفاء الأمير سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية "
     "من منصبه.", "هيئة الموانئ البحرية"),
    # a run of titles before «من منصبه»; a comma after the dismissal noun
    ("كما صدر أمر بإعفاء، المهندس سامي بن فهد العتيبي الأمين العام لمجلس الأمن الوطني "
     "والمستشار الخاص من منصبه.", "مجلس الأمن الوطني"),
    # a decision, the title before the name
    ("وقرر المجلس عزل رئيس رابطة الأندية المحترفة سامي بن فهد العتيبي من منصبه.",
     "رابطة الأندية المحترفة"),
    # the passive verb right before the name
    ("وبموجب القرار يعفى سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية من منصبه.",
     "هيئة الموانئ البحرية"),
    # no «من منصبه»: the phrase closes the clause
    ("وصدرت أوامر بتعيين ماجد بن علي القحطاني مستشارا، وبإعفاء رئيس هيئة الموانئ البحرية "
     "سامي بن فهد العتيبي.", "هيئة الموانئ البحرية"),
])
def test_a_dismissed_head_keeps_the_title_but_leads_no_more(text: str, body: str) -> None:
    doc = run(text)
    assert "سامي بن فهد العتيبي" in {holder for holder, _ in pairs(doc, "holdsPosition")}
    assert ("سامي بن فهد العتيبي", body) not in pairs(doc, "leads")


def test_the_successor_in_the_same_sentence_still_leads() -> None:
    doc = run("كما صدر أمر بإعفاء سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية من منصبه، "
              "وتعيين ماجد بن علي القحطاني رئيسا لهيئة الموانئ البحرية بالمرتبة الممتازة.")
    assert ("سامي بن فهد العتيبي", "هيئة الموانئ البحرية") not in pairs(doc, "leads")
    assert ("ماجد بن علي القحطاني", "هيئة الموانئ البحرية") in pairs(doc, "leads")


@pytest.mark.parametrize("text", [
    # another man dismissed, by a verb; the name comes after his clause ended
    ("وأعفى الوزير أمس مدير الميناء من مهامه، وقال سامي بن فهد العتيبي رئيس هيئة الموانئ "
     "البحرية إن العمل مستمر."),
    # a demand, not a dismissal
    "وطالب النواب بإقالة سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية من منصبه.",
    # no order or decision before the noun: «إعفاء» of something else
    "وناقش المجلس إعفاء سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية من الرسوم الجمركية.",
    # no dismissal at all
    "وقال سامي بن فهد العتيبي رئيس هيئة الموانئ البحرية إن العمل مستمر.",
    # the dismissal is another man's, and his clause ended before the name
    "وأصدر الملك أمرا بإعفاء وزير النقل من منصبه، وأكد سامي بن فهد العتيبي رئيس هيئة "
    "الموانئ البحرية استمرار العمل.",
])
def test_a_head_not_dismissed_still_leads(text: str) -> None:
    assert ("سامي بن فهد العتيبي", "هيئة الموانئ البحرية") in pairs(run(text), "leads")
