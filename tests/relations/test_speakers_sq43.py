"""Speakers, session 43 (helper sq43); sentences written for the test.

- «ومن ناحية ثانية، انتقد X ...، إذ أكد أن ...»: a person right after a bare verb that opens
  its clause after a comma is its subject; the later «أكد» with no subject does not go on
  with the speaker of an earlier sentence (:mod:`kg.relations.comma_clause_verbs`).
- «وأوضحت X أنها ...، مؤكدا أنه ...»: a masculine participle after a feminine verb of saying
  is no longer the woman's (:mod:`kg.relations.speaker_participles`).
- «ثمة من يقول إنه ...»: a verb of saying right after «مَن» (whoever) has no named speaker
  (:mod:`kg.relations.speaker_whoever`).
- «كشفت صحيفة X نقلا عن مصادر ...، عن ...»: the «عن» of «نقلا عن» names the source, never
  what is reported (:mod:`kg.relations.statement_content`).
- «وقال في قلب أمريكا: ...»: a place in the genitive of the noun after a preposition is part
  of the setting, never the speaker; so is an outlet named after a media noun there («في
  حديث أدلى به إلى قناة «X»») (:mod:`kg.relations.channel_genitives`).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _statements(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline(Document(id="speakers_sq43", text=text))
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(s.speaker_id, s.speaker_id),
             doc.text[s.quote_start:s.quote_end]) for s in doc.statements}


_FIRST = "وأوضح التاجر خالد المرزوقي أن الطلب على الشقق ارتفع في الصيف. "


@pytest.mark.parametrize("text", [
    _FIRST + "ومن ناحية ثانية، انتقد أحمد الحلبي الرسوم الجديدة على المحلات، إذ أكد أن "
    "الرسوم أثقلت كاهل الصغار من التجار.",
    _FIRST + "وفي المقابل، دافع مروان الكعبي عن الأسعار الحالية في السوق، حيث أكد أن "
    "التكاليف تضاعفت خلال العام.",
    _FIRST + "من جهة أخرى، شن النائب جون ماكين هجوما على التجار. وقال: «التكاليف مبالغ فيها».",
])
def test_comma_clause_subject_stops_the_last_speaker(pipeline: Pipeline, text: str) -> None:
    assert "خالد المرزوقي" not in {s for s, q in _statements(pipeline, text) if "التجار" in q
                                   or "التكاليف" in q}


@pytest.mark.parametrize(("text", "quote"), [
    (_FIRST + "وأضاف أن الأسعار ستنخفض في الشتاء.", "الأسعار ستنخفض"),
    (_FIRST + "ومن ناحية ثانية، وأشار إلى أن الأسعار ستنخفض في الشتاء.", "الأسعار ستنخفض"),
    (_FIRST + "وبعد ذلك، أكد أن الأسعار ستنخفض في الشتاء.", "الأسعار ستنخفض"),
    (_FIRST + "وجاء ذلك خلال جولة في السوق، برفقة أحمد الحلبي وعدد من التجار. وأضاف أن "
     "الأسعار ستنخفض.", "الأسعار ستنخفض"),
    (_FIRST + "وجاء ذلك خلال جولة في السوق، صحبة أحمد الحلبي وعدد من التجار. وأضاف أن "
     "الأسعار ستنخفض.", "الأسعار ستنخفض"),
])
def test_last_speaker_still_goes_on(pipeline: Pipeline, text: str, quote: str) -> None:
    assert any(s == "خالد المرزوقي" and quote in q for s, q in _statements(pipeline, text))


@pytest.mark.parametrize("text", [
    "وأوضحت الممرضة سلمى الدباغ أنها تحدثت مع ابنها الطيار الذي طمأنها على صحته، مؤكدا أنه "
    "لا ينوي العودة إلى الطيران قريبا.",
    "وذكرت المعلمة نوال الشامي أنها التقت بأخيها الذي أخبرها بنجاته، مشيرا إلى أنه لن يسافر "
    "هذا العام.",
])
def test_masculine_participle_after_a_woman_is_not_hers(pipeline: Pipeline, text: str) -> None:
    statements = _statements(pipeline, text)
    assert not any("ينوي" in q or "يسافر" in q for _, q in statements)


@pytest.mark.parametrize(("text", "speaker", "quote"), [
    ("وأوضحت الممرضة سلمى الدباغ أن المستشفى يحتاج إلى أطباء، مؤكدة أن العجز كبير.",
     "سلمى الدباغ", "العجز كبير"),
    ("وأوضح الطبيب سامي الدباغ أن المستشفى يحتاج إلى أطباء، مؤكدا أن العجز كبير.",
     "سامي الدباغ", "العجز كبير"),
    ("ولفت الطبيب سامي الدباغ إلى أن المستشفى يحتاج إلى أطباء، مؤكدا أن العجز كبير.",
     "سامي الدباغ", "العجز كبير"),
    ("ذكرت الصحف البرتغالية اليوم أن المهاجم ريكاردو كواريسما أعلن رحيله عن فريقه، معربا عن "
     "استعداده العودة إلى بشيكتاش.", "ريكاردو كواريسما", "استعداده العودة"),
])
def test_participle_that_agrees_keeps_its_speaker(pipeline: Pipeline, text: str, speaker: str,
                                                  quote: str) -> None:
    assert any(s == speaker and quote in q for s, q in _statements(pipeline, text))


_SAID = "وقال الرئيس سعيد الزهراني إن الاقتصاد بخير. "


@pytest.mark.parametrize(("text", "quote"), [
    ("وحضر الرئيس سعيد الزهراني المؤتمر الصحفي، وهناك من يقول إنه أنقذ الاقتصاد من الانهيار.",
     "أنقذ"),
    ("والتقى الوزير فهد السالم بالتجار في السوق، ومنهم من قال إن الأسواق راكدة.", "راكدة"),
    ("انتقد الوزير فهد السالم الخطة الجديدة، وهناك من قال إنه تراجع عن وعوده.", "وعوده"),
    ("وظهر المدرب ماجد الفهد في المؤتمر، ثمة من يقول إنه سيرحل قريبا.", "سيرحل"),
])
def test_whoever_says_is_no_named_speaker(pipeline: Pipeline, text: str, quote: str) -> None:
    assert not any(quote in q for _, q in _statements(pipeline, text))


@pytest.mark.parametrize(("text", "speaker", "quote"), [
    ("والجديد أن الرئيس فرانسوا هولاند هو من كشف عن أول الخيوط يوم الاثنين؛ إذ أشار إلى «عملية "
     "إرهابية تم تلافيها».", "فرانسوا هولاند", "أول الخيوط"),
])
def test_whoever_pointing_back_to_a_name_speaks(pipeline: Pipeline, text: str, speaker: str,
                                                quote: str) -> None:
    assert any(s == speaker and q.startswith(quote) for s, q in _statements(pipeline, text))


@pytest.mark.parametrize(("text", "quote"), [
    (_SAID + "ومن جهته قال إن الأسعار مستقرة.", "الأسعار مستقرة"),
    (_SAID + "وأضاف أن الأسعار مستقرة.", "الأسعار مستقرة"),
])
def test_speaker_goes_on_without_whoever(pipeline: Pipeline, text: str, quote: str) -> None:
    assert any(s == "سعيد الزهراني" and quote in q for s, q in _statements(pipeline, text))


@pytest.mark.parametrize(("text", "quote"), [
    ("كشفت صحيفة الوطن أمس نقلاً عن مصادر مقربة من المدرب خالد الفهد، عن تلقيه عرضا من نادي "
     "الهلال.", "تلقيه عرضا"),
    ("أعلنت وزارة الصحة نقلا عن مستشفى المدينة عن شفاء عشرين مريضا.", "شفاء عشرين"),
])
def test_quoting_source_is_not_the_content(pipeline: Pipeline, text: str, quote: str) -> None:
    statements = _statements(pipeline, text)
    assert any(q.startswith(quote) for _, q in statements)
    assert not any(q.startswith(("مصادر", "مستشفى")) for _, q in statements)


def test_content_after_the_preposition_stays(pipeline: Pipeline) -> None:
    text = "وكشف المدرب خالد الفهد عن تلقيه عرضا من نادي الهلال."
    assert ("خالد الفهد", "تلقيه عرضا من نادي الهلال") in _statements(pipeline, text)


@pytest.mark.parametrize("text", [
    "التقى الرئيس حسن روحاني بعدد من المسؤولين. وقال في قلب أمريكا: «إنكم تتحدثون عن السنة».",
    "التقى الرئيس حسن روحاني بعدد من المسؤولين. وقال في وسط فرنسا: «إنكم تتحدثون عن السنة».",
])
def test_place_in_the_setting_is_no_speaker(pipeline: Pipeline, text: str) -> None:
    assert not {s for s, _ in _statements(pipeline, text)} & {"الولايات المتحدة", "فرنسا"}


@pytest.mark.parametrize("text", [
    "وقال في الرياض وزير الخارجية عادل الجبير إن الاتفاق مهم.",
    "وقال في مؤتمر صحفي وزير الخارجية عادل الجبير إن الاتفاق مهم.",
])
def test_speaker_after_the_setting_still_speaks(pipeline: Pipeline, text: str) -> None:
    assert ("عادل الجبير", "الاتفاق مهم") in _statements(pipeline, text)


@pytest.mark.parametrize("text", [
    "وكان الوزير سيرغي لافروف أعلن في حديث أدلى به إلى قناة «روسيا اليوم» التلفزيونية «إنني لا "
    "أعتقد في وجود مشكلة خطيرة».",
    "وكان الوزير سيرغي لافروف صرح في حديث أدلى به إلى صحيفة «الأهرام» المصرية «إنني لا أعتقد في "
    "وجود مشكلة خطيرة».",
])
def test_outlet_after_a_media_noun_is_no_speaker(pipeline: Pipeline, text: str) -> None:
    speakers = {s for s, _ in _statements(pipeline, text)}
    assert not speakers - {"سيرغي لافروف"}


def test_speaker_after_the_outlet_still_speaks(pipeline: Pipeline) -> None:
    text = "وقال في حديث إلى قناة الجزيرة وزير الخارجية عادل الجبير إن الاتفاق مهم."
    assert ("عادل الجبير", "الاتفاق مهم") in _statements(pipeline, text)
