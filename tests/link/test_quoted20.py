"""A quoted name takes its class from the noun of its kind before it (kg.link.quoted_names)."""

from __future__ import annotations

from kg.link.company_names import company_names
from kg.link.quoted_names import kind_before, quoted_names
from kg.model import Document, Mention


def mention(text: str, surface: str, label: str = "Miscellaneous") -> Mention:
    start = text.index(surface)
    return Mention(f"m{start}", start, start + len(surface), surface, label,  # type: ignore[arg-type]
                   "ner.bundled", 0.9, 0)


def labels(text: str, *found: Mention) -> dict[str, str]:
    doc = Document(id="doc-q20", text=text, mentions=tuple(found))
    return {m.text: m.label for m in quoted_names(doc, list(found))}


def test_a_company_noun_types_the_quoted_name() -> None:
    text = 'وقعت شركة "نماء" عقدا مع الوزارة.'
    assert labels(text, mention(text, "نماء")) == {"نماء": "Organization"}


def test_an_untagged_quoted_name_after_definite_words_is_found() -> None:
    text = "وأعلنت الشركة الوطنية للصناعات «تصنيع» أرباحها."
    assert labels(text) == {"تصنيع": "Organization"}


def test_a_paper_noun_gives_a_media_organization() -> None:
    text = "ونشرت صحيفة «المسار» تقريرا عن الحادث."
    assert labels(text) == {"المسار": "MediaOrganization"}


def test_the_class_spreads_to_the_same_name_quoted_alone() -> None:
    text = 'كرمت الجمعية شركة "نماء" أمس. وقدم المدير شكره لـ"نماء" على دعمها.'
    doc = Document(id="doc-q20", text=text)
    assert [(m.text, m.label) for m in quoted_names(doc, [])] == [
        ("نماء", "Organization"), ("نماء", "Organization")]


def test_a_listed_paper_told_or_reporting_is_the_paper() -> None:
    text = 'وقال أحد السكان لـ"عكاظ" إن المياه انقطعت. وعلمت "الوطن" أن اللجنة اجتمعت.'
    assert labels(text) == {"عكاظ": "MediaOrganization", "الوطن": "MediaOrganization"}


def test_a_listed_paper_word_in_other_quotes_is_no_paper() -> None:
    text = 'ورفع المشاركون شعارات تمجد "الوطن" في الحفل.'
    assert labels(text) == {}


def test_a_product_or_a_work_stays_miscellaneous() -> None:
    text = 'أطلقت الشركة تطبيق الخرائط "سامي ماب"، وعرضت الفرقة مسرحية "خالد والبحر".'
    found = labels(text, mention(text, "سامي ماب", "Organization"),
                   mention(text, "خالد", "Person"))
    assert found == {"سامي ماب": "Miscellaneous", "خالد والبحر": "Miscellaneous"}


def test_a_campaign_keeps_its_name_out_of_the_actors() -> None:
    text = "وأطلقت الجمعية حملة «وطن بلا مخالف» للتوعية."
    assert labels(text) == {"وطن بلا مخالف": "Miscellaneous"}


def test_a_quote_of_speech_and_an_unknown_quote_stay_alone() -> None:
    text = 'وقال الوزير "إن الخطة ناجحة" وأضاف "سنواصل".'
    assert labels(text) == {}


def test_a_known_actor_inside_the_quote_is_kept() -> None:
    text = 'وقالت شركة "أرامكو السعودية" إن الإنتاج ارتفع.'
    aramco = mention(text, "أرامكو السعودية", "Organization")
    assert labels(text, aramco) == {"أرامكو السعودية": "Organization"}


def test_a_longer_mention_across_the_quote_wins() -> None:
    text = 'وقالت شركة "نماء" العربية إن الأرباح زادت.'
    whole = mention(text, 'شركة "نماء" العربية', "Organization")
    assert labels(text, whole) == {'شركة "نماء" العربية': "Organization"}


def test_the_kind_noun_must_govern_the_quote() -> None:
    text = 'حضر ممثلو شركة كبرى و"سامي" الحفل.'
    assert kind_before(text, text.index('"')) is None
    assert kind_before("موقع التدوين العالمي «", len("موقع التدوين العالمي ")) == "موقع"


# -- names after «شركة» (kg.link.company_names) -------------------------------------------

def companies(text: str, *found: Mention) -> list[tuple[str, str]]:
    doc = Document(id="doc-q20", text=text, mentions=tuple(found))
    return [(m.text, m.label) for m in company_names(doc, list(found))]


def test_a_person_tagged_after_a_company_noun_is_the_company() -> None:
    text = "وتوقعت لمجموعة هاربر كولينز تراجع المبيعات."
    assert companies(text, mention(text, "هاربر كولينز", "Person")) == [
        ("هاربر كولينز", "Organization")]


def test_a_person_after_the_definite_company_noun_stays_a_person() -> None:
    text = "وقال مدير الشركة سامي الراشد إن العمل مستمر."
    assert companies(text, mention(text, "سامي الراشد", "Person")) == [
        ("سامي الراشد", "Person")]


def test_a_foundation_named_after_a_prince_is_left_alone() -> None:
    text = "وقدمت مؤسسة الأمير سلطان منحا للطلاب."
    assert companies(text, mention(text, "الأمير سلطان", "Person")) == [
        ("الأمير سلطان", "Person")]


def test_a_country_after_company_is_the_company_with_its_field() -> None:
    text = "وقالت شركة تونس للصناعات الغذائية إن الإنتاج زاد."
    assert companies(text, mention(text, "تونس", "Country")) == [
        ("شركة تونس للصناعات الغذائية", "Organization")]


def test_a_bank_named_by_a_country_and_an_adjective() -> None:
    text = "وخفض وبنك الأردن الأهلي أسعار الفائدة."
    assert companies(text, mention(text, "الأردن", "Country")) == [
        ("بنك الأردن الأهلي", "Organization")]


def test_the_plural_and_a_group_of_countries_keep_the_place() -> None:
    text = "وتعمل شركات مصر في مجموعة العشرين وفي ليبيا."
    assert companies(text, mention(text, "مصر", "Country")) == [("مصر", "Country")]
    text = "أبرمت شركة كبرى عقدا في تونس."
    assert companies(text, mention(text, "تونس", "Country")) == [("تونس", "Country")]


def test_a_quoted_person_after_a_definite_body_is_the_person() -> None:
    text = 'وقال المشرف العام على القناة الثقافية "سامي العلي" إن البث مستمر.'
    sami = mention(text, "سامي العلي", "Person")
    assert labels(text, sami) == {"سامي العلي": "Person"}


def test_the_founder_is_no_foundation() -> None:
    text = 'وهي الرؤية التي تقودها المؤسسة "ريم الخالد" نفسها.'
    assert labels(text) == {}


def test_an_app_of_a_paper_stays_miscellaneous() -> None:
    text = 'وقال المدير لـ"المسار" إن الصحيفة ستطلق تطبيق "المسار" قريبا. وكتبت صحيفة "المسار" ذلك.'
    doc = Document(id="doc-q20", text=text)
    assert [m.label for m in quoted_names(doc, [])] == [
        "MediaOrganization", "Miscellaneous", "MediaOrganization"]


def test_a_name_and_a_field_of_business_is_a_company() -> None:
    text = "وتقول هاردن للتحليلات إن السوق تراجعت، وأعلنت الكويت للتأمين أرباحها."
    assert companies(text, mention(text, "هاردن", "Person"),
                     mention(text, "الكويت", "Country")) == [
        ("هاردن للتحليلات", "Organization"), ("الكويت للتأمين", "Organization")]


def test_a_place_reached_to_invest_stays_the_place() -> None:
    text = "وصل الوفد إلى الكويت للاستثمار في المشاريع، وقال محمد للصحفيين إن الأمر انتهى."
    assert companies(text, mention(text, "الكويت", "Country"),
                     mention(text, "محمد", "Person")) == [
        ("الكويت", "Country"), ("محمد", "Person")]


def test_a_listed_company_quoted_alone_is_the_company() -> None:
    text = 'وقال المحلل إن المنافس الأكبر هو "فيسبوك"، وقدم شكره لـ"أرامكو" على دعمها.'
    assert labels(text) == {"فيسبوك": "Organization", "أرامكو": "Organization"}


def test_a_stretched_preposition_before_a_paper() -> None:
    text = 'وقال في تعليق لــ "عكاظ" إن الطريق مغلق.'
    assert labels(text) == {"عكاظ": "MediaOrganization"}
