"""Speakers named by a title of several words (kg/relations/speakers.py, issue #12)."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs, stated
from tests.relations.docbuilder import E, build_doc

KING = E("Person", "سلمان بن عبد العزيز", ("الملك سلمان",))
PRINCE = E("Person", "محمد بن سلمان", ("محمد بن سلمان",))


def test_crown_prince_named_after_his_title() -> None:
    text = "وقال ولي العهد الأمير محمد بن سلمان إن الملك سلمان يدعم الخطة."
    assert stated(text, [KING, PRINCE]) == {("محمد بن سلمان", "الملك سلمان يدعم الخطة")}


def test_deputy_crown_prince_is_not_the_king() -> None:
    text = "أكد ولي ولي العهد الأمير محمد بن سلمان أن الملك سلمان يدعم الخطة."
    assert stated(text, [KING, PRINCE]) == {("محمد بن سلمان", "الملك سلمان يدعم الخطة")}


def test_an_unnamed_crown_prince_is_not_the_last_speaker() -> None:
    text = "قال الملك سلمان إن العلاقات قوية. وقال ولي العهد إن الخطة جاهزة."
    assert stated(text, [KING]) == {("سلمان بن عبد العزيز", "العلاقات قوية")}


def test_a_guardian_is_no_crown_prince() -> None:
    text = "قال الملك سلمان إن العلاقات قوية. وقال ولي الأمر إن الطالب غاب."
    assert stated(text, [KING]) == {("سلمان بن عبد العزيز", "العلاقات قوية")}


def test_the_king_an_institution_is_named_after_is_no_speaker() -> None:
    fahd = E("Person", "فهد بن عبد العزيز", ("الملك فهد",))
    text = "قال الملك سلمان إن العلاقات قوية. وقال مدير مستشفى الملك فهد إن المصابين بخير."
    assert stated(text, [KING, fahd]) == {("سلمان بن عبد العزيز", "العلاقات قوية")}


def test_a_named_non_entity_speaker_ends_the_continuation() -> None:
    text = ("قال الملك سلمان إن العلاقات قوية. وأفاد سكان في المدينة بأن القصف استمر. "
            "وأضافوا أن الجنود انسحبوا.")
    assert stated(text, [KING]) == {("سلمان بن عبد العزيز", "العلاقات قوية")}


def test_the_one_spoken_for_is_not_the_spokesman() -> None:
    chris = E("Person", "كريس فيليرز", ("كريس فيليرز",))
    boeing = E("Person", "بوينغ", ("بوينغ",))  # a company the NER read as a person
    text = ("وقال كريس فيليرز المتحدث باسم بوينغ إن القطعة سقطت. "
            "ولفت المتحدث إلى أن بوينغ عممت مذكرة على الشركات.")
    assert stated(text, [chris, boeing]) == {
        ("كريس فيليرز", "القطعة سقطت"),
        ("كريس فيليرز", "بوينغ عممت مذكرة على الشركات"),
    }


def test_the_one_informed_is_not_the_speaker() -> None:
    malaysia = E("Country", "ماليزيا", ("ماليزيا",), "Q833")
    council = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
    told = "قال الملك سلمان إن العلاقات قوية، أبلغت مجلس الأمن أمس بأنها تعتزم العمل."
    assert stated(told, [KING, council]) == {("سلمان بن عبد العزيز", "العلاقات قوية")}
    both = "أبلغت ماليزيا مجلس الأمن أمس بأنها تعتزم العمل."
    assert stated(both, [malaysia, council]) == {("ماليزيا", "تعتزم العمل")}


def test_the_king_an_envoy_is_sent_by_holds_no_title() -> None:
    king = E("Person", "سلمان بن عبد العزيز", ("خادم الحرمين الشريفين", "الملك سلمان"))
    saud = E("Person", "سعود الفيصل", ("الأمير سعود الفيصل",))
    qattan = E("Person", "أحمد قطان", ("أحمد قطان",))
    text = ("توفي الأمير سعود الفيصل المستشار والمبعوث الخاص لخادم الحرمين الشريفين. "
            "وحضر سفير خادم الحرمين الشريفين في القاهرة أحمد قطان الحفل.")
    doc = extract_relations(build_doc(text, [king, saud, qattan]))
    holders = {s for s, _ in pairs(doc, "holdsPosition")}
    assert "سلمان بن عبد العزيز" not in holders


def test_an_indirect_span_ends_before_a_closing_mark_it_did_not_open() -> None:
    sami = E("Person", "سامي الخطيب", ("سامي الخطيب",))
    text = "وقال سامي الخطيب إن «الحكومة أعلنت أن الوفد سيعود»."
    assert stated(text, [sami]) == {("سامي الخطيب", "الحكومة أعلنت أن الوفد سيعود")}


def test_an_anonymous_source_ends_the_continuation() -> None:
    sami = E("Person", "سامي الخطيب", ("سامي الخطيب", "الخطيب"))
    for source in ("وبحسب شهود عيان فإن", "ووفقا لمصادر أمنية فإن", "ونقلت الوكالة عن مصادر أن"):
        text = (f"قال سامي الخطيب إن المحادثات مستمرة. {source} القصف استمر. "
                "وأضاف أن الجنود انسحبوا.")
        assert stated(text, [sami]) == {("سامي الخطيب", "المحادثات مستمرة")}, source


def test_a_speaker_named_again_after_the_source_continues() -> None:
    sami = E("Person", "سامي الخطيب", ("سامي الخطيب", "الخطيب"))
    text = ("قال سامي الخطيب إن المحادثات مستمرة. وبحسب شهود عيان فإن القصف استمر. "
            "وأضاف الخطيب أن الجنود انسحبوا. وتابع أن الوفد غادر.")
    assert stated(text, [sami]) == {
        ("سامي الخطيب", "المحادثات مستمرة"), ("سامي الخطيب", "الجنود انسحبوا"),
        ("سامي الخطيب", "الوفد غادر"),
    }
