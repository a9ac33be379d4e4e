"""Stance recall on unseen news, session 17: protests lodged, things regarded as an
interference or a violation, and a speaker's verdict on a reported clause's subject.

«احتجت X رسمياً على تصريحات Y», «سلمت X السفير مذكرة احتجاج على ...», «استدعت X السفير
احتجاجاً على ...»: a protest criticizes what it is lodged at. «اعتبرت X ما صدر عن Y تدخلاً
فجاً», «اعتبر X القرار غير مقبول»: regarding something as an interference, a violation or
unacceptable criticizes it. «قال X إن القرار غير مقبول», «أكد X أن هذه التصريحات تعد تدخلاً
مرفوضاً»: a speaker's verdict on the subject of the clause they report rejects or criticizes
it. «حمّل X، رئيس حزب Y، Z مسؤولية ...»: the frame word may come after a title set off by
commas. Sentences written for the tests, each with the facts that must be found and those
that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
FOREIGN = E("GovernmentBody", "وزارة الخارجية المصرية", ("وزارة الخارجية المصرية",))
KHAMENEI = E("Person", "علي خامنئي", ("علي خامنئي", "خامنئي"))
ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان", "أردوغان"))
JAAFARI = E("Person", "محمد جعفري", ("محمد جعفري",))
ZAYANI = E("Person", "خالد الزياني", ("خالد الزياني",))
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
GEAGEA = E("Person", "سمير جعجع", ("سمير جعجع",))
RUMAIH = E("Person", "يوسف الرميح", ("يوسف الرميح",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
HOUSING = E("GovernmentBody", "وزارة الإسكان", ("وزارة الإسكان",))
PARTY = E("Organization", "حزب القوات اللبنانية", ("حزب القوات اللبنانية",))
ENTITIES = [BAHRAIN, IRAN, EGYPT, TURKEY, FOREIGN, KHAMENEI, ERDOGAN, JAAFARI, ZAYANI, UNSC,
            GEAGEA, PARTY, RUMAIH, INTERIOR, HOUSING]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- a protest lodged -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("واحتجت البحرين رسمياً على تصريحات خامنئي الأخيرة.", ("criticizes", "البحرين", "علي خامنئي")),
    ("وسلمت وزارة الخارجية المصرية السفير مذكرة احتجاج على تصريحات أردوغان.",
     ("criticizes", "وزارة الخارجية المصرية", "رجب طيب أردوغان")),
    ("واستدعت وزارة الخارجية المصرية السفير احتجاجا على تصريحات أردوغان.",
     ("criticizes", "وزارة الخارجية المصرية", "رجب طيب أردوغان")),
])
def test_protest_lodged(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # street protests: their holders are no one named
    "وتظاهر الآلاف في القاهرة احتجاجا على قرار مصر رفع الأسعار.",
    # a detention, not a protest («احتجز»)
    "واحتجزت مصر سفينة إيرانية في البحر الأحمر.",
    # the plural is the street protests
    "وشهدت البحرين احتجاجات على قرار الحكومة.",
])
def test_no_protest_stance(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


# --- regarded as an interference, a violation, unacceptable -----------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("واعتبرت البحرين ما صدر عن خامنئي تدخلاً سافراً في شؤونها.",
     ("criticizes", "البحرين", "علي خامنئي")),
    ("واعتبرت مصر تصريحات أردوغان انتهاكاً لسيادتها.", ("criticizes", "مصر", "رجب طيب أردوغان")),
    ("واعتبر محمد جعفري قرار مجلس الأمن غير مقبول.", ("criticizes", "محمد جعفري", "مجلس الأمن")),
])
def test_regarded_as(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # what the clause says is regarded, not the name in it
    "واعتبرت مصر أن تركيا تواجه تدخلا سافرا في شؤونها.",
    # no word of blame
    "واعتبرت مصر زيارة أردوغان خطوة مهمة.",
    # «وعد» promised
    "ووعد أردوغان بمعاقبة المسؤولين عن المجزرة.",
])
def test_regarded_as_not_read(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


# --- a speaker's verdict on a reported clause's subject ---------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال محمد جعفري إن قرار مجلس الأمن الذي صدر أمس غير مقبول.",
     ("rejects", "محمد جعفري", "قرار مجلس الأمن")),  # the decision (s42)
    ("وأكد خالد الزياني أن تصريحات خامنئي تمثل تدخلا مرفوضا في شؤون البحرين.",
     ("rejects", "خالد الزياني", "تصريحات خامنئي")),  # the statements (s42)
    ("وأكد خالد الزياني أن هذه التصريحات تعد تدخلاً سافراً في شؤون البحرين.",
     ("criticizes", "خالد الزياني", "التصريحات")),
    ("وقال خالد الزياني: «تصريحات أردوغان مرفوضة».",
     ("rejects", "خالد الزياني", "تصريحات أردوغان")),  # (s42)
])
def test_verdict_on_clause_subject(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # negated
    "وقال محمد جعفري إن الاتفاق لا يمثل انتهاكا لأي قانون.",
    # no word of blame
    "وقال خالد الزياني إن البحرين تعد من أكثر الدول أمنا.",
    # the clause's subject is no thing to stand against
    "وقال خالد الزياني إن الوضع غير مستقر.",
    # no speaker
    "وفي المقابل فإن قرار مجلس الأمن غير مقبول لدى كثيرين.",
])
def test_verdict_not_read(text: str) -> None:
    assert not any(kind in {"rejects", "criticizes"} for kind, _, _ in stances(run(text)))


# --- a frame word past a title set off by commas ----------------------------------------------

def test_responsibility_past_apposition() -> None:
    found = stances(run("وحمّل سمير جعجع، رئيس حزب القوات اللبنانية، إيران مسؤولية تعطيل "
                        "الانتخابات الرئاسية."))
    assert ("criticizes", "سمير جعجع", "إيران") in found


# --- the author of the statements a stance is toward ------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وسلمت وزارة الخارجية المصرية السفير مذكرة احتجاج على إثر التصريحات التي صدرت مؤخرا عن "
     "أردوغان.", ("criticizes", "وزارة الخارجية المصرية", "رجب طيب أردوغان")),
    ("ورفضت مصر التصريحات الأخيرة لأردوغان.", ("rejects", "مصر", "رجب طيب أردوغان")),
    ("وانتقدت البحرين الكلمة التي ألقاها خامنئي.", ("criticizes", "البحرين", "علي خامنئي")),
])
def test_statements_author(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_statements_without_named_author_stay_a_phrase() -> None:
    found = stances(run("وانتقدت مصر التصريحات التي نشرتها الصحيفة عن تركيا."))
    assert not any(obj == "تركيا" for _, _, obj in found)


def test_coordinated_light_verb_shares_opening_subject() -> None:
    found = stances(run("استدعت وزارة الخارجية المصرية السفير التركي؛ وسلمته مذكرة احتجاج "
                        "رسمية على تصريحات أردوغان."))
    assert ("criticizes", "وزارة الخارجية المصرية", "رجب طيب أردوغان") in found


# --- past the subject's membership («عضو مجلس الشورى») ----------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد يوسف الرميح عضو مجلس الشورى بدور وزارة الداخلية في حماية الوطن.",
     ("praises", "يوسف الرميح", "وزارة الداخلية")),
    ("وأشاد يوسف الرميح عضو مجلس الشورى والأستاذ في علم الاجتماع، بجهود وزارة الداخلية.",
     ("praises", "يوسف الرميح", "وزارة الداخلية")),
    ("ورحب يوسف الرميح عضو البرلمان بقرار وزارة الإسكان.",
     ("welcomes", "يوسف الرميح", "وزارة الإسكان")),
])
def test_past_membership(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert any(kind == fact[0] and holder == fact[1] and fact[2] in obj
               for kind, holder, obj in found), found


def test_membership_body_is_no_object() -> None:
    found = stances(run("وأشاد يوسف الرميح عضو مجلس الشورى بالشباب."))
    assert not any("الشورى" in obj for _, _, obj in found)


# --- precision: no object past «لكن», none in a verbal noun of upkeep ---------------------------

def test_no_object_past_but() -> None:
    found = stances(run("وقال خالد الزياني إن إيران لا ترحب بالحرب لكن إذا أرادت مصر الحرب "
                        "فستندم."))
    assert not any(obj == "مصر" for _, _, obj in found)


def test_upkeep_is_no_object() -> None:
    found = stances(run("وأكد خالد الزياني أن البحرين متمسكة بالحفاظ على علاقاتها مع مصر."))
    assert not any(obj.startswith("الحفاظ") for _, _, obj in found)


# --- praise of a group of people with no name -------------------------------------------------

@pytest.mark.parametrize(("text", "obj"), [
    ("وأثنى خامنئي في وقت لاحق على المفاوضين الإيرانيين.", "المفاوضين الإيرانيين"),
    ("وأشاد يوسف الرميح برجال الأمن في المملكة.", "رجال الأمن"),
])
def test_praised_group(text: str, obj: str) -> None:
    assert any(kind == "praises" and found == obj for kind, _, found in stances(run(text)))


def test_praise_of_a_level_shown_is_for_who_showed_it() -> None:
    found = stances(run("وأشاد يوسف الرميح بالمستوى الذي ظهر عليه رجال الأمن."))
    assert ("praises", "يوسف الرميح", "رجال الأمن") in found


# --- a failing of an actor in a speaker's words -----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال خالد الزياني إن المفاوضات فشلت بسبب تعنت إيران.",
     ("criticizes", "خالد الزياني", "إيران")),
    ("وقال يوسف الرميح إن تقصير وزارة الإسكان أضر بالمواطنين.",
     ("criticizes", "يوسف الرميح", "وزارة الإسكان")),
])
def test_blamed_actor(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # a denial of the failing
    "ونفى يوسف الرميح تقصير وزارة الإسكان.",
    # negated
    "وأكد يوسف الرميح أن لا تقصير من وزارة الإسكان.",
    # the article's words, no speaker's
    "وتسبب تعنت إيران في فشل المفاوضات.",
])
def test_blamed_actor_not_read(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


# --- a participle right after a closed quotation is its speaker's -----------------------------

def test_participle_after_quotation() -> None:
    found = stances(run("وقال خالد الزياني إن «البحرين لن تتراجع»، داعيا إيران إلى الكف عن "
                        "التدخل."))
    assert ("urges", "خالد الزياني", "إيران") in found


# --- an envoy summoned over someone's statements ----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("استدعت وزارة الخارجية المصرية، مساء أمس، القائم بأعمال السفارة التركية، وذلك على كلمة "
     "ألقاها الرئيس التركي رجب طيب أردوغان.",
     ("criticizes", "وزارة الخارجية المصرية", "رجب طيب أردوغان")),
    ("واستدعت البحرين السفير الإيراني بسبب تصريحات خامنئي.",
     ("criticizes", "البحرين", "علي خامنئي")),
])
def test_envoy_summoned(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # no envoy: a summons for questioning
    "واستدعت النيابة العامة خالد الزياني على خلفية تصريحات أردوغان.",
    # no statements named: the reason is no one's words
    "واستدعت البحرين السفير الإيراني على إثر الهجوم.",
])
def test_envoy_summoned_not_read(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


def test_verdict_on_an_event() -> None:
    doc = extract_relations(build_doc(
        "وقال خالد الزياني إن الهجوم الإيراني على مصر يمثل انتهاكا صارخا للقانون الدولي.",
        [*ENTITIES, E("Country", "إيران", ("الإيراني",), "Q794")]))
    labels = {e.id: e.label for e in doc.events}
    assert any(r.kind == "criticizes" and labels.get(r.object_id) == "Attack"
               for r in doc.relations)


# --- an appeal to the one person named before its pronoun -------------------------------------

def test_urged_pronoun_antecedent() -> None:
    found = stances(run("واعتبرت البحرين ما صدر عن خامنئي تدخلاً سافراً في شؤونها وطالبته "
                        "بالكف عن مثل هذه التصريحات."))
    assert ("urges", "البحرين", "علي خامنئي") in found


@pytest.mark.parametrize("text", [
    # two persons before the pronoun: which one is not said
    "وانتقدت مصر أردوغان وخامنئي وطالبته بالكف عن التدخل.",
    # an invitation to an occasion
    "والتقى خالد الزياني بالرئيس أردوغان ودعاه إلى حضور حفل العشاء.",
])
def test_urged_pronoun_not_read(text: str) -> None:
    assert not any(kind == "urges" for kind, _, _ in stances(run(text)))


def test_stance_noun_after_a_cause_is_not_the_light_verbs() -> None:
    found = stances(run("وقامت إيران باستهداف مصنع الألبان نظراً لرفضه تزويد المسلحين بالوقود."))
    assert not any(kind == "rejects" and holder == "إيران" for kind, holder, _ in found)


def test_support_stopped_is_no_support() -> None:
    doc = run("وأوقفت مصر دعمها لحركة حماس.")
    assert not any(r.kind == "supports" and r.polarity == "positive" for r in doc.relations)


def test_titled_genitive_holder_past_the_title_adjective() -> None:
    found = stances(run("وجاء ذلك بعد رفض الرئيس التركي رجب طيب أردوغان للخطة."))
    assert any(kind == "rejects" and holder == "رجب طيب أردوغان" for kind, holder, _ in found)


# --- the person named after a title that opens with the verb's preposition ---------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد خالد الزياني بالرئيس التركي رجب طيب أردوغان.",
     ("praises", "خالد الزياني", "رجب طيب أردوغان")),
    ("ورحب خالد الزياني بالمرشد علي خامنئي.", ("welcomes", "خالد الزياني", "علي خامنئي")),
])
def test_named_after_title(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_warned_about_titled_person_is_no_object() -> None:
    found = stances(run("وحذر خالد الزياني من الرئيس التركي رجب طيب أردوغان."))
    assert not any(obj == "رجب طيب أردوغان" for _, _, obj in found)


# --- displeasure in the accusative spelling; a refusing stand ---------------------------------

def test_displeasure_accusative_spelling() -> None:
    found = stances(run("وأبدت مصر استياءها من تصريحات أردوغان."))
    assert ("criticizes", "مصر", "رجب طيب أردوغان") in found


def test_refusing_stand() -> None:
    found = stances(run("وجددت البحرين موقفها الرافض لتصريحات خامنئي."))
    assert any(kind == "rejects" and holder == "البحرين" for kind, holder, _ in found)


def test_refusing_people_are_no_stand() -> None:
    found = stances(run("وانتقد خالد الزياني التيار الرافض للاتفاق."))
    assert not any(kind == "rejects" for kind, _, _ in found)


# --- the speaker lays the responsibility for a wrong on the clause's subject ------------------

@pytest.mark.parametrize("text", [
    "وقال خالد الزياني إن إيران تتحمل مسؤولية التصعيد.",
    "وقال خالد الزياني إن إيران تتحمل المسؤولية الكاملة عما حدث.",
])
def test_responsibility_laid(text: str) -> None:
    assert ("criticizes", "خالد الزياني", "إيران") in stances(run(text))


@pytest.mark.parametrize("text", [
    # a duty, no blame
    "وقال خالد الزياني إن البحرين تتحمل مسؤولية حماية مواطنيها.",
    # negated
    "وقال خالد الزياني إن إيران لا تتحمل مسؤولية التصعيد.",
])
def test_responsibility_not_laid(text: str) -> None:
    assert not any(kind == "criticizes" for kind, _, _ in stances(run(text)))


# --- a threat of a hostile act is toward its target -------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وهددت إيران بشن هجمات على البحرين.", ("threatens", "إيران", "البحرين")),
    ("وهددت إيران باستهداف القواعد التركية.", ("threatens", "إيران", "تركيا")),
])
def test_threatened_target(text: str, fact: tuple[str, str, str]) -> None:
    turkish = E("Country", "تركيا", ("التركية",), "Q43")
    found = extract_relations(build_doc(text, [*ENTITIES, turkish]))
    assert fact in stances(found)


def test_threat_in_a_place_names_no_target() -> None:
    found = stances(run("وهددت إيران بشن هجمات في البحرين."))
    assert not any(kind == "threatens" and obj == "البحرين" for kind, _, obj in found)


# --- manner adverbs of condemnation; criticism rejected; refusing to take a stance -------------

def test_strongest_terms_is_no_object() -> None:
    found = stances(run("وأدانت البحرين بأشد العبارات الهجوم على السفارة."))
    assert not any("العبارات" in obj for _, _, obj in found)
    assert any(kind == "condemns" and holder == "البحرين" for kind, holder, _ in found)


def test_criticism_rejected() -> None:
    found = stances(run("ورفضت إيران الانتقادات البحرينية."))
    assert any(kind == "rejects" and holder == "إيران" and obj.startswith("الانتقادات")
               for kind, holder, obj in found)


def test_refused_to_condemn_is_negative() -> None:
    doc = run("ورفضت مصر إدانة الهجوم على السفارة.")
    assert not any(r.kind == "condemns" and r.polarity == "positive" for r in doc.relations)
