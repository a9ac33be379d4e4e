"""Events kept, session 29 (``event_undergone``): a violent noun that someone underwent
(«تعرّض X لـ/إلى») or escaped («نجا X من») is reported past a long subject with titles,
apposed names between commas and a time word; the subject is never the noun's agent, and
the one person named there is its target. Negated, feared, relative and joined-masdar
undergoing, and a second object joined by «و», report nothing. The security adjective
«أمنية» («مصادر أمنية») is no wish (``event_security_words``), and a death announced with
an indefinite status noun as its genitive («أعلنت مصادر أمنية مقتل رجل دين») is reported.
Whoever tells a trend of attacks («اعترف الجيش بتصاعد الهجمات») is not their agent
(``event_trends``)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import events_of, trigger
from tests.relations.docbuilder import E, build_doc, role

MINISTER = E("Person", "سلمى الحداد", ("سلمى الحداد",))
HUSBAND = E("Person", "كريم الحداد", ("كريم الحداد",))
OFFICIAL = E("Person", "نادر العلي", ("نادر العلي",))
MOVEMENT = E("PoliticalParty", "حركة النهضة", ("حركة النهضة",))
TOWN = E("City", "الزهراء", ("الزهراء",))
ALL = [MINISTER, HUSBAND, OFFICIAL, MOVEMENT, TOWN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def attacks(doc: Document) -> list:
    return events_of(doc, "Attack")


def test_long_subject_with_apposed_names_before_an_attempt() -> None:
    doc = run("تعرضت وزيرة الدولة بوزارة الزراعة، سلمى الحداد، زوجة الدكتور كريم الحداد نائب "
              "رئيس حركة النهضة، لمحاولة اغتيال في مدينة الزهراء أمس.")
    found = [e for e in attacks(doc) if trigger(doc, e) == "اغتيال"]
    assert found
    assert not role(doc, found[0], "agent")  # the minister underwent it
    assert not role(doc, found[0], "target")  # two persons named: none is read


def test_undergoing_with_ila_and_a_time_word() -> None:
    doc = run("وتعرضت قاعدة تابعة للجيش في شرق البلاد أمس الى هجوم بالصواريخ.")
    assert [e for e in attacks(doc) if trigger(doc, e) == "هجوم"]


def test_escaped_past_a_comma_and_a_time_word_names_the_target() -> None:
    doc = run("نجا وزير الداخلية نادر العلي، أمس، من انفجار سيارة مفخخة في الزهراء.")
    found = [e for e in attacks(doc) if trigger(doc, e) == "انفجار"]
    assert found and role(doc, found[0], "target") == ["نادر العلي"]
    assert not role(doc, found[0], "agent")


def test_negated_undergoing_reports_nothing() -> None:
    doc = run("ولم تتعرض قاعدة تابعة للجيش في شرق البلاد أمس الى هجوم بالصواريخ.")
    assert not [e for e in attacks(doc) if trigger(doc, e) == "هجوم"]


def test_feared_joined_masdar_reports_nothing() -> None:
    doc = run("وأخفى المساعدون موعد الزيارة خشية تسرب الخبر إعلاميا وتعرض الوزير نادر العلي "
              "لمحاولة اغتيال.")
    assert not [e for e in attacks(doc) if trigger(doc, e) == "اغتيال"]


def test_relative_clause_reports_nothing() -> None:
    doc = run("وتفقد المحافظ المكان الذي تعرضت فيه الآلية العسكرية التابعة للكتيبة الثالثة "
              "للتفجير بسيارة مفخخة.")
    assert not [e for e in attacks(doc) if trigger(doc, e) == "للتفجير"]


def test_second_object_joined_by_wa_is_not_read() -> None:
    doc = run("وتعرض الوزير نادر العلي في البرلمان أمس لانتقادات حادة من النواب، "
              "ولهجوم من الصحف المحلية.")
    assert not [e for e in attacks(doc) if trigger(doc, e) == "ولهجوم"]


def test_undergoing_in_a_past_period_is_background() -> None:
    doc = run("وقال نادر العلي: ففي مطلع الصيف الماضي تعرضت قافلة عسكرية تابعة للجيش الى هجوم "
              "في الزهراء.")
    assert not [e for e in attacks(doc) if trigger(doc, e) == "هجوم"]


# The security adjective «أمنية» is no wish (``event_security_words``).

def test_security_sources_announce_a_killing() -> None:
    doc = run("أعلنت مصادر امنية عراقية أمس مقتل رجل دين مقرب من حركة النهضة في الزهراء.")
    assert [e for e in events_of(doc, "Killing") if trigger(doc, e) == "مقتل"]


def test_a_wish_still_makes_the_event_hoped_for() -> None:
    doc = run("وقال نادر العلي إن أمنية حياته مقتل زعيم العصابة في الزهراء.")
    assert not [e for e in events_of(doc, "Killing") if trigger(doc, e) == "مقتل"]


def test_announced_death_of_a_status_noun() -> None:
    doc = run("وذكرت الشرطة أمس مقتل جندي قرب حاجز الزهراء.")
    assert [e for e in events_of(doc, "Killing") if trigger(doc, e) == "مقتل"]


def test_death_of_a_status_noun_as_a_topic_is_no_report() -> None:
    doc = run("وكشف نادر العلي الحقيقة في قضية مقتل جندي قرب الزهراء.")
    assert not [e for e in events_of(doc, "Killing") if trigger(doc, e) == "مقتل"]


# A violent noun told as a trend (``event_trends``).

def test_who_tells_a_trend_of_attacks_is_no_agent() -> None:
    doc = run("واعترفت حركة النهضة في بيان بتصاعد الهجمات المسلحة قرب الزهراء.")
    for event in attacks(doc):
        assert "حركة النهضة" not in role(doc, event, "agent")


def test_an_agent_before_a_plain_attack_noun_is_kept() -> None:
    doc = run("ونفذت حركة النهضة هجمات مسلحة على مواقع الجيش قرب الزهراء أمس.")
    found = [e for e in attacks(doc) if trigger(doc, e) == "هجمات"]
    assert found and role(doc, found[0], "agent") == ["حركة النهضة"]
