"""Stance holders after the verb past words between them, session 29
(:mod:`kg.relations.stance_adjunct_subjects`, ``kg.gazetteer.resources.STANCE_VERBS``).

- the subject past the statement the stance is voiced in («رحبت في بيان لها اليوم X بـ»,
  «أدان في بيان أصدره اليوم X الهجوم») or past several time and manner words («أدان بشدة
  اليوم الثلاثاء X الهجوم», «في وقت سابق اليوم», «من جهتها» agreeing with the verb);
- not the genitive of a bare statement noun («رحب في بيان X بـ»), not a name whose gender
  the verb or the statement's pronoun does not agree with («وانتقد في بيان له الحكومة»,
  «ورحب في بيان لها X»; a feminine verb is a woman's only after a feminine title, «رئيسة
  الحزب X»), and not a lone noun past the statement with nothing the stance is
  toward after it: that noun is the object («وانتقد في بيان له اليوم X»); a «بـ» phrase
  shows a subject only for a verb with no accusative object («وطالبت في بيان لها X بـ» is
  no subject's);
- the subject past the place the stance was voiced in («وانتقد في طهران X Y»); the place
  itself is never the holder; past an adjunct set off by commas after the verb («ورحبت، في
  بيان لها، X بـ») that names no actor, with the same checks;
- a capital right after a feminine verb of condemning, praising or urging («ونددت الرياض»,
  «وحثت واشنطن»), or of voicing a stance noun («وأعربت موسكو عن ترحيبها», «وجددت بكين
  رفضها»), stands for its country, past a time or manner word too («ورفضت أمس موسكو»);
  after «في» it is the place.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.gazetteer.index import default_gazetteer
from kg.link.stages import LinkStage
from kg.model import Document
from kg.ner.gazetteer import GazetteerNERStage
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from kg.text.stages import SentenceStage, TokenStage
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
COUNCIL = E("InternationalOrganization", "مجلس الأمن الدولي", ("مجلس الأمن الدولي",))
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
MINISTRY = E("GovernmentBody", "وزارة الخارجية المصرية", ("وزارة الخارجية المصرية",))
GOVERNMENT = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
NADER = E("Person", "نادر الحلبي", ("نادر الحلبي",))
LAILA = E("Person", "ليلى الحسن", ("ليلى الحسن",))
TEHRAN = E("City", "طهران", ("طهران",))
ENTITIES = [UN, EU, COUNCIL, AMNESTY, MINISTRY, GOVERNMENT, NADER, LAILA, TEHRAN]


def holders(text: str) -> set[tuple[str, str]]:
    doc = extract_relations(build_doc(text, ENTITIES))
    return {(kind, subject) for kind, subject, _ in stances(doc)}


@pytest.mark.parametrize(("text", "expected"), [
    ("رحبت في بيان لها اليوم الأمم المتحدة بالاتفاق بين الطرفين.",
     ("welcomes", "الأمم المتحدة")),
    ("أدان في بيان أصدره اليوم الاتحاد الأوروبي الهجوم على السفارة.",
     ("condemns", "الاتحاد الأوروبي")),
    ("أدان بشدة اليوم الثلاثاء مجلس الأمن الدولي الهجوم على القافلة.",
     ("condemns", "مجلس الأمن الدولي")),
    ("وانتقدت في مؤتمر صحفي منظمة العفو الدولية الحكومة السورية.",
     ("criticizes", "منظمة العفو الدولية")),
    ("ورحبت أمس في بيانها وزارة الخارجية المصرية بالخطوة.",
     ("welcomes", "وزارة الخارجية المصرية")),
    ("وانتقد في تصريح صحفي رئيس الحزب نادر الحلبي قرار المحكمة.",
     ("criticizes", "نادر الحلبي")),
    ("وانتقد في طهران رئيس الحزب نادر الحلبي قرار المحكمة.", ("criticizes", "نادر الحلبي")),
    ("ونددت في طهران أمس منظمة العفو الدولية بالإعدامات.",
     ("condemns", "منظمة العفو الدولية")),
    ("ورحبت من جهتها الأمم المتحدة بالاتفاق.", ("welcomes", "الأمم المتحدة")),
    ("وأدان من جانبه الاتحاد الأوروبي الهجوم على السفارة.", ("condemns", "الاتحاد الأوروبي")),
    ("وأدانت في وقت سابق اليوم وزارة الخارجية المصرية الهجوم.",
     ("condemns", "وزارة الخارجية المصرية")),
    ("ورحبت، في بيان لها اليوم، الأمم المتحدة بالاتفاق.", ("welcomes", "الأمم المتحدة")),
    ("وانتقدت في تصريح صحفي أمس رئيسة الحزب ليلى الحسن قرار المحكمة.",
     ("criticizes", "ليلى الحسن")),
    ("وانتقدت، خلال مؤتمر صحفي في طهران، منظمة العفو الدولية الحكومة السورية.",
     ("criticizes", "منظمة العفو الدولية")),
])
def test_subject_past_a_statement_or_time_words(text: str, expected: tuple[str, str]) -> None:
    assert expected in holders(text)


@pytest.mark.parametrize("text", [
    # the genitive of a bare statement noun owns the statement, it is not the verb's subject
    "ورحب في بيان الأمم المتحدة بالاتفاق.",
    # a masculine verb and a feminine body: the body is the object
    "وانتقد في بيان له اليوم الحكومة السورية بسبب قرارها.",
    # the statement's pronoun does not agree with the verb
    "ورحب في بيان لها اليوم الأمم المتحدة بالاتفاق.",
    # a lone noun past the statement is the object of a verb whose subject came before
    "وانتقدت في بيان لها اليوم منظمة العفو الدولية.",
    # «طالب X بـ»: X is whom the demand is made of
    "وطالبت في بيان لها اليوم الأمم المتحدة بالإفراج عن المعتقلين.",
    # a feminine verb is no man's
    "وانتقدت في تصريح صحفي أمس نادر الحلبي قرار المحكمة.",
    "وانتقدت في تصريح صحفي أمس رئيس الحزب نادر الحلبي قرار المحكمة.",
    # the place is never the holder, and a lone noun past it is the object
    "وانتقدت في طهران منظمة العفو الدولية.",
    "ورحبت في طهران بالاتفاق.",
    # «من جهتها» is a woman's or a body's side: a masculine verb's subject is elsewhere
    "ورحب من جهتها الأمم المتحدة بالاتفاق.",
    # set off by commas: the same checks
    "وانتقد، في بيان له، الحكومة السورية.",
    "ورحب، في بيان لها، الأمم المتحدة بالاتفاق.",
    "وطالبت، في بيان لها، الأمم المتحدة بالإفراج عن المعتقلين.",
    "ورحبت، في بيان للأمم المتحدة، منظمة العفو الدولية بالاتفاق.",
])
def test_no_subject_past_a_statement(text: str) -> None:
    assert not any(kind in {"welcomes", "criticizes", "urges"} for kind, _ in holders(text))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    gazetteer = default_gazetteer()
    return Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                     LinkStage(gazetteer)])


@pytest.mark.parametrize(("text", "capital", "label"), [
    ("ونددت الرياض في بيان بالهجوم على الناقلة.", "الرياض", "Country"),
    ("وحثت واشنطن الحكومة على الحوار.", "واشنطن", "Country"),
    ("واستنكرت القاهرة الهجوم على الكنيسة.", "القاهرة", "Country"),
    ("وأشادت أنقرة بالاتفاق بين الطرفين.", "أنقرة", "Country"),
    ("وأعربت موسكو عن ترحيبها بالاتفاق.", "موسكو", "Country"),
    ("وجددت بكين رفضها للعقوبات.", "بكين", "Country"),
    ("ووصفت دمشق القرار بأنه عدوان.", "دمشق", "Country"),
    ("ورفضت أمس موسكو الاتهامات.", "موسكو", "Country"),
    ("وأدانت بشدة طهران الهجوم.", "طهران", "Country"),
    ("ووصل أمس موسكو وفد من الوزارة.", "موسكو", "City"),
    ("ونددت في الرياض الأحزاب بالقرار.", "الرياض", "City"),
    ("وأعربت الوزيرة في موسكو عن ترحيبها بالاتفاق.", "موسكو", "City"),
    ("وتظاهر الآلاف في القاهرة ونددت الأحزاب بالقرار.", "القاهرة", "City"),
])
def test_capital_after_a_stance_verb(pipeline: Pipeline, text: str, capital: str,
                                     label: str) -> None:
    doc = pipeline(Document(id="doc-t", text=text))
    mention = next(m for m in doc.mentions if m.text == capital)
    assert mention.label == label
