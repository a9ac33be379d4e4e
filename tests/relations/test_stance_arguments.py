"""Who holds a stance and toward what: the head of the phrase, never a nearby name.

Sentences written for the tests (issue 12, error family 2), each with the
facts that must be found and those that must not.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.lexicon import StanceTrigger
from kg.relations.stance import confidence_of
from tests.relations.conftest import node_name, pairs, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
LIBYA = E("Country", "ليبيا", ("ليبيا",), "Q1016")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
NAHDA = E("Organization", "حركة النهضة", ("حركة النهضة",))
TRIPOLI = E("City", "طرابلس", ("طرابلس",))
ENTITIES = [EGYPT, QATAR, LIBYA, UN, HASSAN, KARIM, NAHDA, TRIPOLI]

def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- the subject is the head of its phrase -----------------------------------

@pytest.mark.parametrize("text", [
    # relative and adjectival clauses: the unnamed head holds the stance, not X or Y
    "وقال مراقبون إن جماعات الضغط الموالية لقطر في طرابلس تعارض قرار الأمم المتحدة.",
    "وانتقد حسن العلي الأحزاب الليبية والتي تؤيد قرار الأمم المتحدة.",
    "وتقاتل القوات الموالية لقطر في ليبيا منذ أكثر من عام.",
    # prepositional attachments are not subjects
    "وفي مصر يؤيد كثيرون قرار الأمم المتحدة.",
])
def test_a_nearby_name_is_not_the_subject(text: str) -> None:
    doc = run(text)
    found = pairs(doc, "supports") | pairs(doc, "opposes")
    assert not {s for s, _ in found} & {"قطر", "مصر", "طرابلس", "حسن العلي"}, found


def test_a_named_head_of_an_adjectival_clause_holds_the_stance() -> None:
    doc = run("وسيطرت حركة النهضة الموالية لمصر على المدينة.")
    assert pairs(doc, "supports") == {("حركة النهضة", "مصر")}


def test_a_capital_heads_its_government_in_an_adjectival_clause() -> None:
    doc = run("واتهموا حكومة طرابلس الموالية لقطر بالتقصير.")
    assert ("طرابلس", "قطر") in pairs(doc, "supports")


def test_no_previous_actor_for_a_verb_with_a_subject_of_its_own() -> None:
    text = "وقال حسن العلي إن الاجتماع كان مثمرا. وتقاتل القوات الموالية لقطر في ليبيا."
    assert not stances(run(text))


def test_a_subjectless_opening_verb_continues_the_previous_actor() -> None:
    doc = run("وقال حسن العلي إن الاجتماع كان مثمرا. وأشاد بمواقف قطر الأخيرة.")
    assert pairs(doc, "praises") == {("حسن العلي", "قطر")}


def test_a_role_noun_before_the_name_is_an_apposition() -> None:
    doc = run("وانتقد المخرج المصري كريم سالم قرار الأمم المتحدة.")
    assert pairs(doc, "criticizes") == {("كريم سالم", "الأمم المتحدة")}


def test_a_name_that_opens_the_clause_before_an_imperfect_is_the_subject() -> None:
    doc = run("حسن العلي يهاجم كريم سالم ويصفه بالفاشل")
    assert pairs(doc, "criticizes") == {("حسن العلي", "كريم سالم")}


def test_an_attack_between_countries_is_not_criticism() -> None:
    assert not pairs(run("قطر تهاجم ليبيا."), "criticizes")


def test_a_verbal_noun_takes_its_genitive_as_holder() -> None:
    doc = run("وأكد المتحدث رفض مصر الكامل للتدخل الأجنبي.")
    assert pairs(doc, "rejects") == {("مصر", "التدخل الأجنبي")}


def test_a_circumstantial_participle_shares_the_clause_subject() -> None:
    doc = run("ورحب حسن العلي بالاتفاق مشيدا بدور قطر.")
    assert ("حسن العلي", "قطر") in pairs(doc, "praises")


def test_a_coordinated_verb_shares_the_subject() -> None:
    doc = run("لكن مصر تنفي أي تورط في الهجوم وتتهم في المقابل قطر.")
    assert ("مصر", "قطر") in pairs(doc, "criticizes")


def test_a_light_verb_gives_the_noun_its_holder() -> None:
    doc = run("ووجه حسن العلي دعوة لكريم سالم لزيارة طرابلس.")
    assert pairs(doc, "urges") == {("حسن العلي", "كريم سالم")}


# --- urges: the addressee, never the demand, never swapped ------------------

def test_urges_takes_the_addressee_after_the_subject() -> None:
    doc = run("ودعت مصر المواطنين إلى الهدوء.")
    assert pairs(doc, "urges") == {("مصر", "المواطنين")}


@pytest.mark.parametrize("text", [
    "وطالبت قطر بضرورة احترام ميثاق الأمم المتحدة.",  # only the demand is named
    "ودعا حسن العلي إلى الحوار مع ليبيا.",
    "وتأخر القرار مما دعا قطر إلى الانسحاب.",  # what led Qatar to withdraw
])
def test_urges_without_an_addressee_is_no_fact(text: str) -> None:
    assert not pairs(run(text), "urges")


# --- what is not a stance, or not its object ----------------------------------

def test_declining_to_comment_is_not_a_rejection() -> None:
    assert not pairs(run("ورفض حسن العلي التعليق على قرار الأمم المتحدة."), "rejects")


def test_the_adjective_of_an_emotion_noun_is_not_the_target() -> None:
    doc = run("وأعرب حسن العلي عن أسفه الشديد لقرار الأمم المتحدة.")
    assert pairs(doc, "opposes") == {("حسن العلي", "الأمم المتحدة")}


def test_the_speakers_own_title_is_never_the_object() -> None:
    doc = run("ودعا كريم سالم رئيس اتحاد المصارف في مصر العملاء إلى الهدوء.")
    assert not {o for _, _, o in stances(doc)} & {"مصر", "اتحاد المصارف"}


def test_an_appositive_title_between_commas_is_skipped() -> None:
    doc = run("ولوح حسن العلي، المتحدث باسم الحكومة، بوقف التعامل مع الأمم المتحدة.")
    assert pairs(doc, "threatens") == {("حسن العلي", "الأمم المتحدة")}


def test_a_topic_does_not_run_over_a_conjunction() -> None:
    doc = run("ورفضت ليبيا الاتهامات الباطلة وبذل الجهود.")
    assert pairs(doc, "rejects") == {("ليبيا", "الاتهامات الباطلة")}


def test_a_name_coordinated_with_the_subject_is_not_the_object() -> None:
    doc = run("وأشاد حسن العلي وكريم سالم بمواقف قطر.")
    assert ("حسن العلي", "كريم سالم") not in pairs(doc, "praises")


def test_an_envoy_welcomed_is_not_his_organisation() -> None:
    assert not pairs(run("ورحب حسن العلي بمبعوث الأمم المتحدة إلى ليبيا."), "welcomes")


@pytest.mark.parametrize("text", [
    "ودعمت قطر ليبيا بالسلاح.",
    "وتدعم قطر ليبيا ماليا منذ عام.",
])
def test_material_support_is_not_political_support(text: str) -> None:
    assert not pairs(run(text), "supports")


def test_political_support_is_support() -> None:
    assert pairs(run("وتدعم قطر موقف ليبيا في المفاوضات."), "supports") == {("قطر", "ليبيا")}


def test_thanks_are_praise_only_for_a_deed() -> None:
    assert not pairs(run("وشكر حسن العلي قطر في ختام الحفل."), "praises")
    doc = run("وشكر حسن العلي قطر على دعمها لليبيا.")
    assert ("حسن العلي", "قطر") in pairs(doc, "praises")


# --- confidence orders stances by how sure the rule is ------------------------

def test_confidence_is_lower_for_farther_arguments() -> None:
    from kg.relations.arguments import Candidate
    from kg.relations.index import Arg

    trigger = StanceTrigger("criticizes", False, 0.7)
    mention = Candidate(Arg("x", 0, 1), "", "Country", 1, "mention")
    nisba = Candidate(Arg("x", 0, 1), "", "Country", 1, "nisba")
    direct = confidence_of(trigger, "after", mention)
    assert direct > confidence_of(trigger, "previous", mention)
    assert direct > confidence_of(trigger, "after", nisba)
    assert confidence_of(trigger, "previous", nisba) < confidence_of(trigger, "previous", mention)


def test_the_holder_is_recorded_in_the_evidence_rule() -> None:
    doc = run("وانتقد حسن العلي الأمم المتحدة بشدة.")
    [relation] = [r for r in doc.relations if r.kind == "criticizes"]
    assert node_name(doc, relation.subject_id) == "حسن العلي"
    assert relation.evidence[0].extractor.endswith("criticizes.after.mention")


def test_the_one_who_faces_criticism_is_its_object() -> None:
    doc = run("وواجه كريم سالم انتقادات حسن العلي الحادة.")
    assert pairs(doc, "criticizes") == {("حسن العلي", "كريم سالم")}


def test_a_verb_form_after_a_preposition_is_a_verbal_noun() -> None:
    doc = run("وقال حسن العلي، وزير خارجية مصر: «نعمل من أجل دعم قرار الأمم المتحدة».")
    assert pairs(doc, "supports") == {("مصر", "قرار الأمم المتحدة")}


def test_the_pronoun_after_anna_in_a_report_is_the_speaker() -> None:
    doc = run("وقال حسن العلي إنه «يرفض ما قاله وزير الخارجية القطري كريم سالم».")
    assert pairs(doc, "rejects") == {("حسن العلي", "كريم سالم")}


def test_a_place_after_the_subject_is_where_not_the_object() -> None:
    assert not pairs(run("ولم تتهم حركة النهضة في طرابلس أي طرف."), "criticizes")


def test_a_nisba_describing_a_thing_is_not_the_country() -> None:
    doc = run("وأعربت مصر عن أسفها لهذا التحرك القطري.")
    assert ("مصر", "قطر") not in pairs(doc, "opposes")
    people = run("وأكدت مصر دعمها للشعب الليبي.")
    assert pairs(people, "supports") == {("مصر", "الشعب الليبي")}


def test_a_prayer_is_not_an_appeal() -> None:
    doc = run("وقال حسن العلي إن الاجتماع كان مثمرا، داعيا المولى أن يحفظ ليبيا.")
    assert not pairs(doc, "urges")


def test_regret_for_a_death_is_condolence_not_opposition() -> None:
    assert not pairs(run("وأعرب حسن العلي عن أسفه لوفاة كريم سالم."), "opposes")


# --- a title's holder set off by dashes or commas (arguments._apposed_name) --------------


def test_the_holder_between_dashes_after_a_title_holds_the_stance() -> None:
    """«وأشاد مدير عام الشرطة – اللواء فلان – بـ...»: the rank and name between dashes are
    the title's holder, who praises."""
    doc = run("وأشاد مدير عام الشرطة – اللواء حسن العلي – بجهود قطر في حفظ الأمن.")
    assert ("praises", "حسن العلي", "قطر") in stances(doc)

