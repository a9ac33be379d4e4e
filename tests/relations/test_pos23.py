"""Where a title ends, on sentences written for the tests (``kg.relations.title_ends``,
``office_fields.field_of_body``, the feminine «نائبة»): a verb of purpose, a free
preposition or a definite conjunct after a complete title is no part of it; a deputy's
portfolio is not the body's name; a body's field noun that is also a trigger does not end
the title; a title set off by dashes after a name is the name's."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SAAD = E("Person", "سعد الحربي", ("سعد الحربي", "الحربي"))
KHALED = E("Person", "خالد العمري", ("خالد العمري", "العمري"))
NOURA = E("Person", "نورة بنت محمد", ("نورة بنت محمد",))
UNION = E("Organization", "الاتحاد الآسيوي", ("الاتحاد الآسيوي",))
CLUB = E("Organization", "نادي الشباب", ("نادي الشباب",))
IRAQ = E("Country", "العراق", ("العراق",))
RIYADH = E("City", "الرياض", ("الرياض",))


def _run(text: str, entities: list[E]) -> object:
    return extract_relations(build_doc(text, entities))


def _titles(doc: object) -> set[tuple[str, str]]:
    return pairs(doc, "holdsPosition")  # type: ignore[arg-type]


def test_purpose_verb_ends_the_title() -> None:
    doc = _run("وغادر سعد الحربي الأمين العام ليشارك في اجتماع اللجنة.", [SAAD])
    assert ("سعد الحربي", "الأمين العام") in _titles(doc)
    assert not any("ليشارك" in t for _, t in _titles(doc))


def test_free_preposition_after_the_lam_complement_ends_the_title() -> None:
    doc = _run("واعتذر سعد الحربي الأمين العام للاتحاد عن المشاركة في البطولة.", [SAAD])
    assert ("سعد الحربي", "الأمين العام للاتحاد") in _titles(doc)


def test_preposition_right_after_the_head_stays() -> None:
    # «المشرف العام على القناة»: the head's own preposition, before any «ل» complement
    doc = _run("وقال سعد الحربي المشرف العام على القناة إن البث مستمر.", [SAAD])
    assert ("سعد الحربي", "المشرف العام على القناة") in _titles(doc)


def test_definite_conjunct_after_a_named_body_is_the_next_man_s() -> None:
    text = ("وغاب سعد الحربي رئيس الاتحاد الآسيوي والمرشح السابق الدكتور خالد العمري "
            "عن الاجتماع.")
    doc = _run(text, [SAAD, KHALED, UNION])
    assert ("سعد الحربي", "الاتحاد الآسيوي") in pairs(
        doc, "leads")  # type: ignore[arg-type]
    assert not any(person == "خالد العمري" for person, _ in _titles(doc))


def test_coordinated_complement_of_a_minister_stays() -> None:
    doc = _run("وقال وزير الثقافة والإعلام سعد الحربي إن المعرض ناجح.", [SAAD])
    assert ("سعد الحربي", "وزير الثقافة والإعلام") in _titles(doc)


def test_definite_body_noun_then_a_conjunct_names_no_body() -> None:
    text = "وأبلغ سعد الحربي رئيس النادي والموجود حاليا في الرياض اللاعبين بالقرار."
    doc = _run(text, [SAAD, RIYADH])
    assert ("سعد الحربي", "رئيس النادي") in _titles(doc)
    assert not any("الموجود" in o for _, o in pairs(doc, "positionOf"))  # type: ignore[arg-type]
    assert not any("الموجود" in o for _, o in pairs(doc, "leads"))  # type: ignore[arg-type]


def test_deputy_portfolio_is_not_the_body_s_name() -> None:
    doc = _run("وسلم وكيل أمانة الرياض للخدمات المهندس سعد الحربي الجوائز.", [SAAD, RIYADH])
    assert ("وكيل", "أمانة الرياض") in pairs(doc, "positionOf")  # type: ignore[arg-type]


def test_deputy_portfolio_after_a_definite_body_noun() -> None:
    doc = _run("وصرح وكيل الوزارة لشؤون المساجد الدكتور سعد الحربي بذلك.", [SAAD])
    assert not any("لشؤون" in o for _, o in pairs(doc, "positionOf"))  # type: ignore[arg-type]


def test_head_s_body_keeps_its_lam_name() -> None:
    # not a deputy: «الهيئة العامة للسياحة» is the body's whole name
    doc = _run("وقال رئيس الهيئة العامة للسياحة سعد الحربي إن الموسم ناجح.", [SAAD])
    assert any(o == "الهيئة العامة للسياحة" for _, o in pairs(doc, "positionOf"))  # type: ignore[arg-type]


def test_trigger_noun_in_a_body_s_name_keeps_the_title() -> None:
    doc = _run("وحضر الحفل رئيس لجنة الدعم الاجتماعي سعد الحربي.", [SAAD])
    assert ("سعد الحربي", "رئيس") in _titles(doc)
    assert ("سعد الحربي", "لجنة الدعم الاجتماعي") in pairs(doc, "leads")  # type: ignore[arg-type]


def test_feminine_deputy_is_no_chairwoman() -> None:
    doc = _run("ووقعت الاتفاقية نائبة رئيس مجلس الإدارة الأميرة نورة بنت محمد.", [NOURA])
    assert ("نورة بنت محمد", "نائبة رئيس مجلس الإدارة") in _titles(doc)
    assert ("نورة بنت محمد", "رئيس مجلس الإدارة") not in _titles(doc)


def test_dangling_kind_noun_before_a_quoted_name() -> None:
    text = "ووقعت نورة بنت محمد رئيسة اللجنة التنفيذية بجمعية «الوفاء» الاتفاقية."
    doc = _run(text, [NOURA])
    assert not any(o.endswith("بجمعية") for _, o in pairs(doc, "positionOf"))  # type: ignore[arg-type]
    assert not any(t.endswith("بجمعية") for _, t in _titles(doc))


def test_title_between_dashes() -> None:
    doc = _run("وقال سعد الحربي -نائب رئيس الوزراء العراقي- إن الحملة مستمرة.", [SAAD, IRAQ])
    assert ("سعد الحربي", "نائب رئيس الوزراء") in _titles(doc)
    assert ("نائب رئيس الوزراء", "العراق") in pairs(doc, "positionOf")  # type: ignore[arg-type]


def test_unclosed_dash_gives_no_title() -> None:
    doc = _run("وقال سعد الحربي - وزير الخارجية إن الوضع صعب.", [SAAD])
    assert not _titles(doc)


def test_club_member_after_name_keeps_its_club() -> None:
    doc = _run("وقال سعد الحربي رئيس نادي الشباب إن الفريق جاهز.", [SAAD, CLUB])
    assert ("سعد الحربي", "نادي الشباب") in pairs(doc, "leads")  # type: ignore[arg-type]


GCC = E("InternationalOrganization", "مجلس التعاون لدول الخليج العربية",
        ("مجلس التعاون لدول الخليج العربية",))


def test_trigger_inside_a_body_s_name_keeps_the_title() -> None:
    # «التعاون» (a stance trigger) inside the Council's name ends no title
    text = ("وأعرب سعد الحربي الأمين العام لمجلس التعاون لدول الخليج العربية عن "
            "استغرابه من التصريحات.")
    doc = _run(text, [SAAD, GCC])
    assert ("سعد الحربي", "مجلس التعاون لدول الخليج العربية") in pairs(
        doc, "leads")  # type: ignore[arg-type]


HOSPITAL = E("Organization", "مستشفى الملك فهد", ("مستشفى الملك فهد",))


def test_royal_name_inside_a_tagged_body_is_no_honorific() -> None:
    # «الملك» of «مستشفى الملك فهد» opens no name: the title runs to the body's end
    for text in ("وقال مدير مستشفى الملك فهد الدكتور سعد الحربي إن الحالة مستقرة.",
                 "وقال الدكتور سعد الحربي مدير مستشفى الملك فهد إن الحالة مستقرة."):
        doc = _run(text, [SAAD, HOSPITAL])
        assert ("مدير", "مستشفى الملك فهد") in pairs(doc, "positionOf")  # type: ignore[arg-type]
        assert ("سعد الحربي", "مدير مستشفى") not in _titles(doc)


def test_king_after_a_compound_title_keeps_both_titles() -> None:
    salman = E("Person", "سلمان بن عبد العزيز", ("الملك سلمان",))
    doc = _run("وقال خادم الحرمين الشريفين الملك سلمان إن المملكة قوية.", [salman])
    assert ("سلمان بن عبد العزيز", "خادم الحرمين الشريفين") in _titles(doc)


def test_board_chairman_leads_the_company_named_after_the_board() -> None:
    doc = _run("وقال رئيس مجلس إدارة شركة المراعي سعد الحربي إن الأرباح ارتفعت.", [SAAD])
    assert ("سعد الحربي", "شركة المراعي") in pairs(doc, "leads")  # type: ignore[arg-type]


def test_board_alone_names_no_body() -> None:
    doc = _run("وقال رئيس مجلس الإدارة سعد الحربي إن الأرباح ارتفعت.", [SAAD])
    assert not pairs(doc, "leads")  # type: ignore[arg-type]
    assert not pairs(doc, "positionOf")  # type: ignore[arg-type]


def test_a_title_with_a_possessive_pronoun_gives_no_position() -> None:
    doc = _run("ويرأس البعثة رئيس مجلس الإدارة خالد العمري ويرافقه نائبه الأستاذ سعد الحربي "
               "وأعضاء مجلس الإدارة.", [SAAD, KHALED])
    assert ("خالد العمري", "رئيس مجلس الإدارة") in _titles(doc)
    assert not any(person == "سعد الحربي" for person, _ in _titles(doc))  # «نائبه»: his


def test_a_feminine_title_written_with_ta_marbuta_is_kept() -> None:
    doc = _run("وقالت نائبة رئيس مجلس الإدارة نورة بنت محمد إن النادي مستعد.", [NOURA])
    assert any(person == "نورة بنت محمد" for person, _ in _titles(doc))
