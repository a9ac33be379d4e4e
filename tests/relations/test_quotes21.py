"""Statements recalled by session 21's quotes helper, on sentences written for the tests:
a colon ending the verb's line, verbs of saying added to the lexicon (أبان، اعترف،
تساءل، نوّه، يلفت), continuations (أردف، استطرد، استدرك) and «سموه» for a
prince."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import facts, pairs
from tests.relations.docbuilder import E, build_doc

HANI = E("Person", "هاني العتيبي", ("هاني العتيبي", "العتيبي"))
SARA = E("Person", "سارة المطيري", ("سارة المطيري",))
NAWAF = E("Person", "نواف بن فيصل", ("نواف بن فيصل",))
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")


def test_statement_on_the_line_after_the_colon() -> None:
    text = "وقال هاني العتيبي:\nالمشروع سيكتمل قبل نهاية العام الجاري."
    doc = extract_relations(build_doc(text, [HANI]))
    assert pairs(doc, "stated") == {("هاني العتيبي", "المشروع سيكتمل قبل نهاية العام الجاري")}


def test_dash_and_marks_on_the_next_line_are_not_the_statement() -> None:
    text = "وقالت سارة المطيري:\n- «الجمعية ستفتح فرعا جديدا في الكويت». ثم غادرت القاعة."
    doc = extract_relations(build_doc(text, [SARA, KUWAIT]))
    assert pairs(doc, "stated") == {("سارة المطيري", "الجمعية ستفتح فرعا جديدا في الكويت")}


def test_next_line_with_its_own_speaker_is_not_taken() -> None:
    text = "وقال هاني العتيبي:\nوقالت سارة المطيري إن الجمعية ستفتح فرعا جديدا."
    doc = extract_relations(build_doc(text, [HANI, SARA]))
    assert pairs(doc, "stated") == {("سارة المطيري", "الجمعية ستفتح فرعا جديدا")}


def test_no_colon_no_next_line() -> None:
    text = "والتقى هاني العتيبي وفد الشركة.\nالمشروع سيكتمل قبل نهاية العام."
    doc = extract_relations(build_doc(text, [HANI]))
    assert facts(doc, "stated") == set()


def test_new_verbs_of_saying() -> None:
    cases = {
        "من جهته أبان هاني العتيبي أن الفريق سيصل غدا.": "الفريق سيصل غدا",
        "واعترف هاني العتيبي بأن الخطة تأخرت شهرين.": "الخطة تأخرت شهرين",
        "وتساءل هاني العتيبي: لماذا تأخر صرف الرواتب؟": "لماذا تأخر صرف الرواتب؟",
        "ونوه هاني العتيبي إلى أن التسجيل يبدأ الأحد.": "التسجيل يبدأ الأحد",
        "ويلفت هاني العتيبي إلى أن الأسعار ارتفعت.": "الأسعار ارتفعت",
    }
    for text, quote in cases.items():
        doc = extract_relations(build_doc(text, [HANI]))
        assert pairs(doc, "stated") == {("هاني العتيبي", quote)}, text


def test_new_verbs_need_content() -> None:
    for text in ("واعترف هاني العتيبي بالخطأ أمام الجمهور.",
                 "ونوه هاني العتيبي بجهود الكويت في دعم اللاجئين."):
        doc = extract_relations(build_doc(text, [HANI, KUWAIT]))
        assert facts(doc, "stated") == set(), text


def test_continuation_verbs() -> None:
    for verb in ("وأردف", "واستطرد", "واستدرك"):
        text = f"وقال هاني العتيبي إن الفريق جاهز. {verb} أن المباراة ستكون صعبة."
        doc = extract_relations(build_doc(text, [HANI]))
        assert ("هاني العتيبي", "المباراة ستكون صعبة") in pairs(doc, "stated"), verb


def test_continuation_after_unnamed_sources_is_nobody() -> None:
    text = "وقالت مصادر إن الفريق جاهز. وأردف أن المباراة ستكون صعبة."
    doc = extract_relations(build_doc(text, [HANI]))
    assert facts(doc, "stated") == set()


def test_prince_style_pronoun() -> None:
    text = "استقبل الأمير نواف بن فيصل الوفد. وأكد سموه أن الرياضة أولوية."
    doc = extract_relations(build_doc(text, [NAWAF]))
    assert pairs(doc, "stated") == {("نواف بن فيصل", "الرياضة أولوية")}


def test_prince_style_needs_a_named_prince() -> None:
    text = "وقتل أمير الجماعة في غارة. وقال سموه إن الجماعة انتهت."
    doc = extract_relations(build_doc(text, [HANI]))
    assert facts(doc, "stated") == set()


def test_prince_title_after_the_name_is_not_the_style() -> None:
    king = E("Person", "سلمان بن عبدالعزيز", ("سلمان بن عبدالعزيز",))
    text = "هنأ الوزير هاني العتيبي أمير المنطقة، الملك سلمان بن عبدالعزيز بنجاح الموسم. " \
        "وقال سموه إن الموسم نجح."
    doc = extract_relations(build_doc(text, [HANI, king]))
    assert ("سلمان بن عبدالعزيز", "الموسم نجح") not in pairs(doc, "stated")


def test_affirmed_noun_after_the_style_pronoun() -> None:
    text = "استقبل الأمير نواف بن فيصل الوفد، مؤكدا سموه دعم الرياضة السعودية."
    doc = extract_relations(build_doc(text, [NAWAF]))
    quotes = {quote for _, quote in pairs(doc, "stated")}
    assert not any(quote.startswith("سموه") for quote in quotes)
