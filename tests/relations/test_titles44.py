"""Titles, session 44 (helper hp44); sentences written for the test.

- «... وزير الداخلية وسعادة الشيخ Y رئيس المراسم»: a style glued to «و» opens the next
  man of a list; the titles before it are the last man's, not Y's
  (:mod:`kg.relations.conjunct_honorifics`).
- «عبر X نائب وزير خارجيتها رغبتها في ...»: a noun with an attached pronoun closes the
  title (:mod:`kg.relations.suffixed_titles`).
- «حاشية X كرئيس مؤقت»: a head glued to «ك» after a name is «as president», no title of X.
- «رئيس بعثة الأردن», «أمير البلاد برقيات التهنئة»: «بعثة», «برقيات» open with a root «ب»,
  no preposition (:mod:`kg.relations.ba_root_nouns`).
- «رئيس جامعة قطر»: the place after a body's kind noun is the body's name, not the office's
  country (:func:`kg.relations.kind_nouns.place_in_body_name`).
- «حملة لصالح وزير خارجيتها X»: «لصالح» is "in favour of", «صالح» no holder
  (:mod:`kg.relations.idiom_names`); «مدير جمعية "كاريكاتير إيران"»: a place inside a
  quoted body name is no office's country; «مدير برنامج الغذاء العالمي في كينيا»: a
  country after «في» behind a title naming its own body is the seat, not the owner
  (:mod:`kg.relations.office_places`).
- «X رئيس الدولة لدى وصوله», «X رئيس الدولة بحفظ الله»: «لدى» before no name and no
  definite word, and a blessing (:mod:`kg.relations.blessings`), end the title.
- «وزيره وكاتبه X»: his minister, an office named elsewhere
  (:func:`kg.relations.title_ends.pronoun_title`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _facts(pipeline: Pipeline, text: str, kind: str = "holdsPosition") -> set[tuple[str, str]]:
    return pairs(pipeline(Document(id="titles44", text=text)), kind)


_LIST = ("وحضر اللقاء معالي الشيخ خالد بن حمد آل سالم نائب رئيس الوزراء وزير الداخلية "
         "وسعادة الشيخ فهد بن علي آل سالم رئيس المراسم.")


@pytest.mark.parametrize(("text", "fact"), [
    (_LIST, ("فهد بن علي آل سالم", "وزير الداخلية")),
    ("وأعلنت تونس عبر سامي الهمامي نائب وزير خارجيتها رغبتها في التعاون مع الجزائر.",
     ("سامي الهمامي", "نائب وزير خارجيتها رغبتها")),
    ("وجاء تعيين الرجل من قبل مستشاري كريم داود كرئيس مؤقت للبلاد.",
     ("كريم داود", "كرئيس مؤقت للبلاد")),
    ("وقال رئيس بعثة الأردن إلى الدورة سامر الخطيب إن الفريق جاهز.", ("سامر الخطيب", "رئيس")),
    ("وتبادل الشيخ ناصر بن سعد آل حمد أمير البلاد برقيات التهنئة مع رؤساء الدول.",
     ("ناصر بن سعد آل حمد", "أمير البلاد برقيات")),
    ("وحضر الاجتماع الشيخ خالد بن حمد آل سالم وزير الداخلية والدكتور سمير القاسم رئيس "
     "جامعة قطر.", ("خالد بن حمد آل سالم", "وزير الداخلية والدكتور")),
    ("وحضر الاجتماع الدكتور سمير القاسم رئيس جامعة قطر.", ("سمير القاسم", "رئيس")),
])
def test_wrong_title_not_written(pipeline: Pipeline, text: str, fact: tuple[str, str]) -> None:
    assert fact not in _facts(pipeline, text)


def test_his_minister_and_scribe_holds_no_title(pipeline: Pipeline) -> None:
    text = "وأوفد السلطان وزيره وكاتبه الأديب عمر بن يحيى إلى تونس."
    assert not {holder for holder, _ in _facts(pipeline, text)} & {"عمر بن يحيى"}


def test_university_head_is_not_the_country_s(pipeline: Pipeline) -> None:
    text = "وحضر الاجتماع الدكتور سمير القاسم رئيس جامعة قطر."
    assert not {body for _, body in _facts(pipeline, text, "positionOf")} & {"قطر"}


@pytest.mark.parametrize(("text", "fact"), [
    (_LIST, ("خالد بن حمد آل سالم", "وزير الداخلية")),
    (_LIST, ("فهد بن علي آل سالم", "رئيس المراسم")),
    ("وحضر اللقاء الشيخ خالد بن حمد آل سالم وزير الداخلية والسفير ماجد العتيبي مدير إدارة "
     "المراسم.", ("ماجد العتيبي", "السفير")),
    ("وأعلنت تونس عبر سامي الهمامي نائب وزير خارجيتها رغبتها في التعاون مع الجزائر.",
     ("سامي الهمامي", "نائب وزير خارجيتها")),
    ("وقال سامي الهمامي وزير خارجيتها وتجارتها السابق إن المفاوضات متعثرة.",
     ("سامي الهمامي", "وزير خارجيتها وتجارتها السابق")),
    ("وقال رئيس بعثة الأردن إلى الدورة سامر الخطيب إن الفريق جاهز.",
     ("سامر الخطيب", "رئيس بعثة")),
    ("وتبادل الشيخ ناصر بن سعد آل حمد أمير البلاد برقيات التهنئة مع رؤساء الدول.",
     ("ناصر بن سعد آل حمد", "أمير البلاد")),
    ("وحضر الاجتماع الدكتور سمير القاسم رئيس جامعة قطر.", ("سمير القاسم", "رئيس جامعة قطر")),
    ("وقال الرئيس المصري حسين فهمي والملك علي بن سالم ملك البحرين إن المباحثات ناجحة.",
     ("علي بن سالم", "الملك")),
])
def test_right_title_still_written(pipeline: Pipeline, text: str, fact: tuple[str, str]) -> None:
    assert fact in _facts(pipeline, text)


def test_in_favour_of_gives_no_title(pipeline: Pipeline) -> None:
    text = ("وقال الرئيس اليمني علي عبد الله صالح إن الحوار مستمر. وأكدت الصحيفة أن اليابان "
            "شنت حملة لصالح وزير خارجيتها السابق هيرو تاناكا في الانتخابات.")
    facts = _facts(pipeline, text)
    assert ("علي عبد الله صالح", "وزير خارجيتها السابق") not in facts
    assert ("هيرو تاناكا", "وزير خارجيتها السابق") in facts


def test_place_inside_a_quoted_body_name(pipeline: Pipeline) -> None:
    text = 'وقال حميد رضائي مدير جمعية "كاريكاتير إيران" التي نظمت المعرض إن الإقبال كبير.'
    assert not {body for _, body in _facts(pipeline, text, "positionOf")} & {"إيران"}


def test_country_after_fi_is_the_seat_of_a_named_body(pipeline: Pipeline) -> None:
    text = "وحذر جون ميلر مدير برنامج الغذاء العالمي في كينيا من أن الموقف صار مخيفا."
    assert not {body for _, body in _facts(pipeline, text, "positionOf")} & {"كينيا"}
    assert ("جون ميلر", "مدير برنامج الغذاء العالمي") in _facts(pipeline, text)


@pytest.mark.parametrize(("text", "title", "country"), [
    ("وقال محمد العلي وزير الداخلية في الكويت إن الموقف صعب.", "وزير الداخلية", "الكويت"),
    # three words name no body of their own: the office is the country's (sweep, session 44)
    ("وقال مفوض الأمن الوطني في البرازيل كارلوس دياز إن الهارب لم يعثر عليه.",
     "مفوض الأمن الوطني", "البرازيل"),
])
def test_country_after_fi_of_a_short_title_stays(pipeline: Pipeline, text: str, title: str,
                                                 country: str) -> None:
    assert (title, country) in _facts(pipeline, text, "positionOf")


@pytest.mark.parametrize(("text", "fact"), [
    ("وكان في استقبال الشيخ سالم بن راشد آل حمدان رئيس الدولة لدى وصوله إلى المطار كبار "
     "المسؤولين.", ("سالم بن راشد آل حمدان", "رئيس الدولة لدى وصوله إلى المطار")),
    ("وصل الشيخ سالم بن راشد آل حمدان رئيس الدولة بحفظ الله ورعايته إلى تونس.",
     ("سالم بن راشد آل حمدان", "رئيس الدولة بحفظ الله")),
])
def test_time_clause_and_blessing_end_the_title(pipeline: Pipeline, text: str,
                                                fact: tuple[str, str]) -> None:
    facts = _facts(pipeline, text)
    assert fact not in facts
    assert ("سالم بن راشد آل حمدان", "رئيس الدولة") in facts


def test_envoy_to_a_country_keeps_ladaa(pipeline: Pipeline) -> None:
    text = "وقال علي بن حسن العامري سفير الدولة لدى الأردن إن الزيارة ناجحة."
    assert ("سفير الدولة", "الأردن") in _facts(pipeline, text, "positionOf")


def test_last_night_ends_the_title(pipeline: Pipeline) -> None:
    text = "وتلقى الشيخ سالم بن راشد آل حمدان وزير الخارجية الليلة الماضية اتصالا هاتفيا من نظيره."
    assert ("سالم بن راشد آل حمدان", "وزير الخارجية") in _facts(pipeline, text)
