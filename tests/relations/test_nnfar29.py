"""Far stance holders, session 29 (:mod:`kg.relations.stance_feminine_participles`,
:mod:`kg.relations.stance_quoted_names`, :mod:`kg.relations.stance_stressing`).

- a feminine light participle after a comma late in the sentence («، معربةً عن إدانتها لـ»,
  «، مجددةً دعمها لـ», «، مؤكدةً رفضها لـ», «، مبديةً ترحيبها بـ», «، مشددةً على رفضها لـ»)
  gives its stance noun to the subject of the feminine verb that opens the sentence (past
  «كما», «وقد», «من جهتها،»), past a reported clause, a quotation or a coordinated feminine
  verb with no subject of its own («، وعبرت عن قلقها»);
- never when the opening verb is masculine, when the participle stands inside quotation
  marks, when another clause with its own subject stands between («فيما قالت Y», «، وقالت Y
  إن»), when no comma stands before the participle, or for a man named after a feminine verb;
- a short quoted name in the adjunct between a light verb's subject and its stance noun
  («في تصريح لـ«الشرق الأوسط» عن رفضه», «في مقابلة مع قناة “الجزيرة” دعمه») does not cut
  the noun off from the verb; a longer quotation, or a new subject after it, still does;
- «، مشدداً على دعمه لـ» states the participle's subject's own stance, as «مؤكداً على» does
  (the possessive must agree, and a comma stand before the participle).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

QATAR_MFA = E("GovernmentBody", "وزارة الخارجية القطرية", ("وزارة الخارجية القطرية",))
AMNESTY = E("Organization", "منظمة العفو الدولية", ("منظمة العفو الدولية",))
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
EGYPT_GOV = E("GovernmentBody", "الحكومة المصرية", ("الحكومة المصرية",))
LIBYA_GOV = E("GovernmentBody", "الحكومة الليبية", ("الحكومة الليبية",))
DOHA = E("City", "الدوحة", ("الدوحة",), "Q3861")
SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
MERKEL = E("Person", "أنجيلا ميركل", ("أنجيلا ميركل",))
UKRAINE_GOV = E("GovernmentBody", "الحكومة الأوكرانية", ("الحكومة الأوكرانية",))
ENTITIES = [QATAR_MFA, AMNESTY, HAMAS, EGYPT_GOV, LIBYA_GOV, DOHA, SHOUKRY, MERKEL,
            UKRAINE_GOV]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأكدت وزارة الخارجية القطرية في بيان أن الدوحة تتابع الأوضاع عن كثب، معربة عن "
     "إدانتها للحكومة الليبية.", ("condemns", "وزارة الخارجية القطرية", "الحكومة الليبية")),
    ("وقالت منظمة العفو الدولية في تقرير إن السلطات اعتقلت مئات المحتجين، مجددة انتقادها "
     "للحكومة المصرية.", ("criticizes", "منظمة العفو الدولية", "الحكومة المصرية")),
    ("وقالت حركة حماس في بيان: \"المقاومة ستستمر حتى التحرير\"، مؤكدة رفضها للحكومة "
     "الليبية.", ("rejects", "حركة حماس", "الحكومة الليبية")),
    ("وقالت منظمة العفو الدولية إن المحتجين يتعرضون للتعذيب، وعبرت عن قلقها من الأوضاع، "
     "مجددة انتقادها للحكومة المصرية.", ("criticizes", "منظمة العفو الدولية",
                                        "الحكومة المصرية")),
    ("وقالت وزارة الخارجية القطرية إن الدوحة تتابع الأوضاع، مشددة على رفضها للحكومة "
     "الليبية.", ("rejects", "وزارة الخارجية القطرية", "الحكومة الليبية")),
    ("كما أكدت وزارة الخارجية القطرية أن الدوحة تتابع الأوضاع، مجددة رفضها للحكومة "
     "الليبية.", ("rejects", "وزارة الخارجية القطرية", "الحكومة الليبية")),
    ("من جهتها، قالت منظمة العفو الدولية إن السلطات اعتقلت مئات المحتجين، مجددة انتقادها "
     "للحكومة المصرية.", ("criticizes", "منظمة العفو الدولية", "الحكومة المصرية")),
    ("وقالت المستشارة الألمانية أنجيلا ميركل إن أوروبا تواجه تحديات كبيرة، مجددة دعمها "
     "للحكومة الأوكرانية.", ("supports", "أنجيلا ميركل", "الحكومة الأوكرانية")),
])
def test_a_feminine_participle_continues_the_opening_subject(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("text", "holder"), [
    # the opening verb is masculine: the participle is not the minister's
    ("وقال وزير الخارجية المصري سامح شكري إن الحكومة المصرية تتابع الأوضاع، مؤكدة رفضها "
     "للحكومة الليبية.", "سامح شكري"),
    # the participle is inside the quotation
    ("وقالت وزارة الخارجية القطرية إن \"الحكومة المصرية تتابع الأوضاع، مجددة رفضها للحكومة "
     "الليبية\".", "وزارة الخارجية القطرية"),
    # another clause with a subject of its own stands between
    ("وأكدت وزارة الخارجية القطرية أن الدوحة تتابع الأوضاع، فيما قالت منظمة العفو الدولية "
     "إن المحتجين يتعرضون للتعذيب، مجددة انتقادها للحكومة المصرية.",
     "وزارة الخارجية القطرية"),
    ("وأكدت وزارة الخارجية القطرية أن الدوحة تتابع الأوضاع، وقالت منظمة العفو الدولية إن "
     "المحتجين يتعرضون للتعذيب، مجددة انتقادها للحكومة المصرية.", "وزارة الخارجية القطرية"),
    # no comma: «مقدمة» may be a noun
    ("وأكدت وزارة الخارجية القطرية أن الدوحة تتابع الأوضاع مقدمة دعمها للحكومة الليبية.",
     "وزارة الخارجية القطرية"),
])
def test_no_far_holder_past_a_barrier(text: str, holder: str) -> None:
    assert all(subject != holder for _, subject, _ in stances(run(text)))


AOUN = E("Person", "ميشال عون", ("ميشال عون",))
ZARIF = E("Person", "محمد جواد ظريف", ("محمد جواد ظريف",))
SYRIA_GOV = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
BASSIL = E("Person", "جبران باسيل", ("جبران باسيل",))
QUOTED = [AOUN, ZARIF, SYRIA_GOV, BASSIL]


def run_quoted(text: str) -> Document:
    return extract_relations(build_doc(text, QUOTED))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب الرئيس اللبناني ميشال عون في تصريح لـ«الشرق الأوسط» عن رفضه للحكومة السورية.",
     ("rejects", "ميشال عون", "الحكومة السورية")),
    ("وجدد وزير الخارجية الإيراني محمد جواد ظريف في مقابلة مع قناة “الجزيرة” دعمه للحكومة "
     "السورية.", ("supports", "محمد جواد ظريف", "الحكومة السورية")),
])
def test_a_quoted_name_in_the_adjunct_is_no_boundary(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run_quoted(text))


@pytest.mark.parametrize(("text", "holder"), [
    # a quotation, not a name: the stance noun after it is not the light verb's object
    ("وأعرب الرئيس اللبناني ميشال عون في تصريح إن «البلاد تواجه أزمة كبيرة جدا» عن رفضه "
     "للحكومة السورية.", "ميشال عون"),
    # a new subject after the quotation
    ("وقال الرئيس اللبناني ميشال عون إن «لبنان بخير» وأعرب الوزير جبران باسيل عن رفضه "
     "للحكومة السورية.", "ميشال عون"),
])
def test_a_quotation_still_bounds_the_light_verb(text: str, holder: str) -> None:
    assert all(subject != holder for _, subject, _ in stances(run_quoted(text)))


ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان",))
STRESSING = [ERDOGAN, LIBYA_GOV, QATAR_MFA]


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال الرئيس التركي رجب طيب أردوغان إن تركيا تتابع الأوضاع، مشددا على دعمه للحكومة "
     "الليبية.", ("supports", "رجب طيب أردوغان", "الحكومة الليبية")),
    ("وقالت وزارة الخارجية القطرية إن الدوحة تتابع الأوضاع، مشددة على دعمها للحكومة الليبية.",
     ("supports", "وزارة الخارجية القطرية", "الحكومة الليبية")),
])
def test_stressing_ones_own_stance(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(extract_relations(build_doc(text, STRESSING)))


@pytest.mark.parametrize("text", [
    # «رفضها»: someone else's refusal, not the man's
    "وانتقد الرئيس التركي رجب طيب أردوغان وزارة الخارجية القطرية، مشددا على رفضها للحكومة "
    "الليبية.",
    # no comma: the participle need not be circumstantial
    "وقال الرئيس التركي رجب طيب أردوغان إن تركيا تتابع الأوضاع مشددا على دعمه للحكومة "
    "الليبية.",
])
def test_stressing_needs_agreement_and_a_comma(text: str) -> None:
    found = stances(extract_relations(build_doc(text, STRESSING)))
    assert all(not (subject == "رجب طيب أردوغان" and obj == "الحكومة الليبية")
               for _, subject, obj in found)
