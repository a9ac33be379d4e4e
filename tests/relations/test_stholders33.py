"""Stance holders and polarity on politics and conflict news, session 33.

- «أصدرت X بيانا ... . وأدان البيان Y», «وقالت X في بيان ...، ورحب البيان بـ Y»: the
  definite statement right after a stance verb speaks for its author, when every statement
  named in its sentence and the three before has that one author (a joint statement, two
  authors, an unknown author, «البيان الختامي», «البيان الذي ...» give none)
  (:mod:`kg.relations.stance_earlier_documents`).
- «وقال الحوثيون إنهم يرفضون Y»: «إنهم» and a plural verb resume a speaker named by a
  definite plural in «ـون»; not a person's, nor a body named in the singular
  (:func:`kg.relations.stance_reported_holders.plural_speaker`).
- «ولم تكن قطر مؤيدة لحماس», «ليست روسيا داعمة لإيران», «لم تكن حكومة قطر داعمة»: a negated
  copula before the subject (a name, or its head nouns and the name) of the predicate negates
  the stance (:func:`kg.relations.polarity.negated_across_subject`); «لم يبدِ X تأييده»: the
  jussive «يبد» is a light verb, negated with its noun; «لم تدعم X Y فقط، بل ...» (not only
  ... but) is no negation (:func:`kg.relations.polarity.not_only`).
- «"السعودية نحن نؤيدها ونرفض ..."» of a speaker kg does not know: a first-person plural verb
  has no holder; a name in the quote is never it.
- «وقال X إن ... وانتقد الأمم المتحدة»: a masculine verb before a body whose head a feminine
  adjective follows («الأمم المتحدة») has it as its object (:mod:`kg.relations.stance_verb_gender`).
- «وانتقد X إيران وحث الأمم المتحدة على ...»: the object of the first verb, right before
  «وحث», is not the second verb's subject.
- «وطالب X، المتواجد في بروكسل، Y بـ», «وانتقد X، المعروف بمواقفه، Y»: a definite participle
  with its preposition after the subject's comma describes the subject; the object is past
  the closing comma, and there is none without it (:mod:`kg.relations.stance_appositions`).
- «أنصار الرئيس السابق X الموالين لـ Y»: a participle in the masculine plural does not
  describe one person named before it (:mod:`kg.relations.stance_adjective_heads`).

Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
LEAGUE = E("Organization", "رابطة العالم الإسلامي", ("رابطة العالم الإسلامي",))
MINISTRY = E("Organization", "وزارة الخارجية الأردنية", ("وزارة الخارجية الأردنية",))
HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس", "حماس"))
HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين", "الحوثيون"))
NABIL = E("Person", "نبيل العمري", ("نبيل العمري", "العمري"))
SALMA = E("Person", "سلمى حداد", ("سلمى حداد",))
ENTITIES = [EGYPT, IRAN, QATAR, RUSSIA, SAUDI, UN, COUNCIL, LEAGUE, MINISTRY, HAMAS, HOUTHIS,
            NABIL, SALMA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a statement named before speaks for its author --------------------------------------


def test_statement_issued_in_previous_sentence() -> None:
    doc = run("وأصدرت وزارة الخارجية الأردنية بيانا مساء أمس حول التطورات. "
              "وأدان البيان الحوثيين بسبب قصف المدن.")
    assert ("condemns", "وزارة الخارجية الأردنية", "الحوثيين") in stances(doc)


def test_statement_spoken_in_same_sentence() -> None:
    doc = run("وقالت رابطة العالم الإسلامي في بيان إن الاعتداء جريمة، ورحب البيان بقرار "
              "مجلس الأمن.")
    assert ("welcomes", "رابطة العالم الإسلامي", "قرار مجلس الأمن") in stances(doc)


def test_statement_author_after_lam() -> None:
    doc = run("وجاء ذلك في بيان لرابطة العالم الإسلامي صدر اليوم. ودعا البيان إيران إلى "
              "الكف عن التدخل.")
    assert ("urges", "رابطة العالم الإسلامي", "إيران") in stances(doc)


def test_two_statements_two_authors_give_none() -> None:
    doc = run("وأصدرت رابطة العالم الإسلامي بيانا. وأصدرت وزارة الخارجية الأردنية بيانا "
              "آخر. وأدان البيان الحوثيين.")
    assert not any(obj == "الحوثيين" for _, _, obj in stances(doc))


def test_statement_of_unknown_author_gives_none() -> None:
    doc = run("وأصدرت الهيئة بيانا مساء أمس. وأدان البيان الحوثيين.")
    assert not any(obj == "الحوثيين" for _, _, obj in stances(doc))


def test_joint_statement_gives_none() -> None:
    doc = run("وفي بيان مشترك نشر أمس، أكد الطرفان التزامهما بالتهدئة. وانتقد البيان إيران.")
    assert not any(obj == "إيران" for _, _, obj in stances(doc))


def test_closing_statement_gives_none() -> None:
    doc = run("وأصدرت رابطة العالم الإسلامي بيانا. وأدان البيان الختامي للقمة الحوثيين.")
    assert not any(obj == "الحوثيين" for _, _, obj in stances(doc))


def test_statement_too_far_back_gives_none() -> None:
    doc = run("وأصدرت رابطة العالم الإسلامي بيانا. وتحدث المشاركون عن الوضع. ثم عرض فيلم "
              "قصير. وتلا ذلك نقاش طويل. وأعقبه عشاء. وأدان البيان الحوثيين.")
    assert not any(obj == "الحوثيين" for _, _, obj in stances(doc))


def test_feminine_verb_before_statement_gives_none() -> None:
    doc = run("وأصدرت رابطة العالم الإسلامي بيانا. وانتقدت البيان مصر.")
    assert not any(holder == "رابطة العالم الإسلامي" for _, holder, _ in stances(doc))


# --- «إنهم» after a group named in the plural ---------------------------------------------


def test_plural_pronoun_resumes_plural_group() -> None:
    doc = run("وقال الحوثيون في بيان إنهم يرفضون قرار مجلس الأمن.")
    assert ("rejects", "الحوثيين", "قرار مجلس الأمن") in stances(doc)


def test_plural_pronoun_past_verb() -> None:
    doc = run("وأكد الحوثيون أنهم انتقدوا الأمم المتحدة مرارا.")
    assert ("criticizes", "الحوثيين", "الأمم المتحدة") in stances(doc)


def test_plural_pronoun_not_a_person() -> None:
    doc = run("وقال نبيل العمري إنهم يرفضون قرار مجلس الأمن.")
    assert not any(holder == "نبيل العمري" for _, holder, _ in stances(doc))


def test_plural_pronoun_not_a_singular_body() -> None:
    doc = run("وقالت وزارة الخارجية الأردنية إنهم يرفضون قرار مجلس الأمن.")
    assert not any(holder == "وزارة الخارجية الأردنية" for _, holder, _ in stances(doc))


# --- a negated copula before the subject ------------------------------------------------


def test_negated_copula_before_subject() -> None:
    doc = run("ولم تكن قطر مؤيدة لحركة حماس في تلك المرحلة.")
    assert ("قطر", "حركة حماس", "negative", "asserted") in facts(doc, "supports")
    assert ("قطر", "حركة حماس", "positive", "asserted") not in facts(doc, "supports")


def test_negative_copula_before_subject() -> None:
    doc = run("ليست روسيا داعمة لإيران كما يظن البعض.")
    assert not any(pol == "positive" for s, o, pol, _ in facts(doc, "supports")
                   if (s, o) == ("روسيا", "إيران"))


def test_negated_copula_before_subject_and_verb() -> None:
    doc = run("ولم تكن مصر تدعم الحوثيين.")
    assert ("مصر", "الحوثيين", "negative", "asserted") in facts(doc, "supports")


def test_negated_copula_before_construct_subject() -> None:
    doc = run("ولم تكن حكومة قطر داعمة لحركة حماس في أي وقت.")
    assert ("قطر", "حركة حماس", "positive", "asserted") not in facts(doc, "supports")


def test_negated_jussive_light_verb() -> None:
    doc = run("ولم يبد نبيل العمري تأييده لقرار مجلس الأمن.")
    assert ("نبيل العمري", "قرار مجلس الأمن", "negative", "asserted") in facts(doc, "supports")


def test_light_verb_without_negation_stays_positive() -> None:
    doc = run("وأبدى نبيل العمري تأييده لقرار مجلس الأمن.")
    assert ("نبيل العمري", "قرار مجلس الأمن", "positive", "asserted") in facts(doc, "supports")


def test_not_only_but_is_no_negation() -> None:
    doc = run("ولم تدعم مصر قطر فقط، بل أرسلت إليها وفدا رفيعا.")
    assert ("مصر", "قطر", "positive", "asserted") in facts(doc, "supports")
    assert not any(pol == "negative" for _, _, pol, _ in facts(doc, "supports"))


def test_not_only_across_subject() -> None:
    doc = run("ولم تكن قطر داعمة لحركة حماس فحسب، بل كانت شريكة لها.")
    assert ("قطر", "حركة حماس", "positive", "asserted") in facts(doc, "supports")


def test_only_without_but_stays_negated() -> None:
    doc = run("ولم تدعم مصر قطر في الأزمة.")
    assert ("مصر", "قطر", "negative", "asserted") in facts(doc, "supports")


def test_copula_without_negation_stays_positive() -> None:
    doc = run("وكانت قطر مؤيدة لحركة حماس في تلك المرحلة.")
    assert ("قطر", "حركة حماس", "positive", "asserted") in facts(doc, "supports")


# --- «نرفض» in the quote of no known speaker --------------------------------------------


def test_first_person_of_unknown_speaker_has_no_holder() -> None:
    doc = run('وقال مسؤول في الخارجية: "السعودية نحن نؤيدها ونرفض تدخل إيران".')
    assert not any(holder == "السعودية" for _, holder, _ in stances(doc))


def test_first_person_of_known_speaker() -> None:
    doc = run('وقال نبيل العمري: "نحن نؤيد موقف مصر ونرفض تدخل إيران".')
    assert ("rejects", "نبيل العمري", "إيران") in stances(doc)


# --- «الأمم المتحدة» after a masculine verb is its object --------------------------------


def test_body_with_feminine_head_after_masculine_verb() -> None:
    doc = run("وقال نبيل العمري إن مصر ترحب بالقرار، وانتقد الأمم المتحدة لصمتها.")
    assert ("criticizes", "نبيل العمري", "الأمم المتحدة") in stances(doc)


def test_body_with_feminine_head_after_feminine_verb() -> None:
    doc = run("وانتقدت الأمم المتحدة قطر بسبب تصريحاتها.")
    assert ("criticizes", "الأمم المتحدة", "قطر") in stances(doc)


def test_man_named_after_masculine_verb_holds() -> None:
    doc = run("وانتقد نبيل العمري الأمم المتحدة.")
    assert ("criticizes", "نبيل العمري", "الأمم المتحدة") in stances(doc)


# --- the first verb's object is not the second verb's subject ----------------------------


def test_object_before_coordinated_short_verb() -> None:
    doc = run("وانتقد نبيل العمري إيران وحث الأمم المتحدة على التدخل.")
    assert ("urges", "نبيل العمري", "الأمم المتحدة") in stances(doc)
    assert not any(holder == "إيران" for _, holder, _ in stances(doc))


def test_subject_before_verb_with_root_waw() -> None:
    doc = run("وقالت سلمى حداد إن مصر وقفت إلى جانب قطر في الأزمة.")
    assert ("supports", "مصر", "قطر") in stances(doc)


# --- a plural participle is no adjective of one person ----------------------------------


def test_plural_participle_after_person_gives_none() -> None:
    doc = run("وقاتل أنصار الرئيس السابق نبيل العمري الموالين لحركة حماس في المدينة.")
    assert not any(holder == "نبيل العمري" for _, holder, _ in stances(doc))


def test_singular_participle_after_person() -> None:
    doc = run("وقال نبيل العمري الموالي لحركة حماس إن الوضع صعب.")
    assert ("supports", "نبيل العمري", "حركة حماس") in stances(doc)


def test_plural_participle_after_group() -> None:
    doc = run("وقاتل الحوثيون الموالون لإيران في المدينة.")
    assert ("supports", "الحوثيين", "إيران") in stances(doc)


# --- «X، المتواجد في ...،»: a participle set off after the subject ----------------------


def test_participle_aside_closed_by_comma() -> None:
    doc = run("وانتقد نبيل العمري، المعروف بمواقفه الحادة، إيران.")
    assert ("criticizes", "نبيل العمري", "إيران") in stances(doc)


def test_participle_aside_never_closed_gives_no_object() -> None:
    doc = run("وطالب وزير الخارجية المصري نبيل العمري، المتواجد في بروكسل للقاء نظرائه "
              'الأوروبيين "بالتضامن" مع قطر.')
    assert not any(kind == "urges" for kind, _, _ in stances(doc))


def test_plural_after_comma_may_be_urged() -> None:
    doc = run("ودعا نبيل العمري، المواطنين إلى الهدوء.")
    assert ("urges", "نبيل العمري", "المواطنين") in stances(doc)
