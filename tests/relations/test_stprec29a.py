"""Stances not taken (``kg.relations.stance_subjunctive``), crowds that hold no stance
(``kg.relations.stance_crowds``), stance nouns that are things (``stance_acted_upon``),
adjectives left over from a short name (``stance_holder_adjectives``).

Rules:
- a stance verb right after a subjunctive «أنْ» (an imperfect verb follows «أن» at once),
  or a stance word after that verb past only its subject and a preposition, is wanted,
  recommended or owed, not taken: «وأن تعمل X بالتنسيق مع Y», «طالب X بأن تدين Y ...»;
- the factual «أنّ» (a name, a pronoun or a noun after it) still asserts: «أكد X أن مصر
  تدعم Y»; so do «بعد أن», «قرر أن»;
- a crowd named by what it does or where it lives («المتظاهرين المؤيدين للحكومة») holds no
  stance; a faction («الانفصاليون الموالون لروسيا») still does;
- a definite stance noun right after a stance verb and its subject is the thing the verb
  acts on («رفض X الدعوة», «رحب X بالدعوة»): no stance of its own; «دعوته» still is;
- a one-word adjective («الأساسي») right after the subject's name is the rest of that name,
  not the object; «المجتمع الدولي» still is.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
LEAGUE = E("InternationalOrganization", "جامعة الدول العربية", ("جامعة الدول العربية",))
WIPO = E("InternationalOrganization", "الويبو", ("الويبو",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, IRAQ, JORDAN, LEAGUE, WIPO, UN, SALEM]


def run(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


def test_recommended_coordination_is_not_taken() -> None:
    found = run("وأوصى الاجتماع بأن تعمل جامعة الدول العربية بالتنسيق مع الويبو على جمع "
                "التقارير.")
    assert not any(kind == "coordinatesWith" for kind, _, _ in found)


def test_coordination_that_is_done_is_kept() -> None:
    found = run("وتعمل جامعة الدول العربية بالتنسيق مع الويبو على جمع التقارير.")
    assert ("coordinatesWith", "جامعة الدول العربية", "الويبو") in found


def test_demanded_condemnation_is_not_the_condemners() -> None:
    found = run("وطالب كريم سالم بأن تدين الأمم المتحدة العراق.")
    assert not any(kind == "condemns" for kind, _, _ in found)


def test_owed_support_is_not_taken() -> None:
    found = run("ودعا كريم سالم إلى أن يدعم الأردن العراق.")
    assert ("supports", "الأردن", "العراق") not in found


def test_factual_that_still_asserts() -> None:
    found = run("وأكد كريم سالم أن مصر تدعم العراق في حربها.")
    assert ("supports", "مصر", "العراق") in found


def test_narrated_that_still_asserts() -> None:
    found = run("وأدانت الأمم المتحدة الهجوم بعد أن انتقد كريم سالم العراق.")
    assert ("criticizes", "كريم سالم", "العراق") in found


def test_protesters_hold_no_stance() -> None:
    found = run("ووقعت مواجهات بين آلاف المتظاهرين المؤيدين للحكومة في عمان.")
    assert not any(kind == "supports" for kind, _, _ in found)


def test_a_faction_still_holds_its_stance() -> None:
    found = run("وقال كريم سالم إن الانفصاليين الموالين للعراق هاجموا المدينة.")
    assert ("supports", "الانفصاليون", "العراق") in found


def test_the_call_rejected_is_nobodys_appeal_here() -> None:
    found = run("فيما رفض الأردن الدعوة وكذا مصر والعراق.")
    assert not any(kind == "urges" for kind, _, _ in found)


def test_the_call_welcomed_is_not_the_welcomers_appeal() -> None:
    found = run("ورحب الأردن بالدعوة للحوار مع العراق.")
    assert not any(kind == "urges" and subject == "الأردن" for kind, subject, _ in found)


def test_an_own_call_is_still_an_appeal() -> None:
    found = run("وجدد الأردن دعوته العراق إلى الحوار.")
    assert ("urges", "الأردن", "العراق") in found


def test_an_adjective_left_of_a_short_name_is_no_addressee() -> None:
    union = E("Organization", "الاتحاد النقابي", ("الاتحاد النقابي",))
    doc = extract_relations(build_doc(
        "دعا الاتحاد النقابي الأساسي في الأردن أمس الى الإضراب.", [*ENTITIES, union]))
    assert not any(kind == "urges" for kind, _, _ in stances(doc))


def test_a_two_word_addressee_is_still_urged() -> None:
    found = run("ودعا كريم سالم المجتمع الدولي إلى التحرك.")
    assert ("urges", "كريم سالم", "المجتمع الدولي") in found


def test_a_noun_after_a_persons_name_is_still_the_object() -> None:
    found = run("وطالب كريم سالم المباني بالتبرع.")
    assert any(kind == "urges" and subject == "كريم سالم" for kind, subject, _ in found)
