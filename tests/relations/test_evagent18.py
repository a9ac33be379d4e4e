"""Event agents and duplicates on unseen news, session 18: a verb joined to the clause of an
event noun takes the doer named after its support verb («هجوم نفذه مقاتلو الحركة ...
واستهدف»); a passive on a resumed noun («وقُتل فيها») takes no doer from before; a killing
whose when-clause tells the strike was done by the striker; who backs the doer («بمساندة»,
«بدعم من») did not do it; the members of a named body protest for it; an armed band is an
unnamed doer; a toll reported again, a protest's aim, and an attack told again by its doer
are the same event."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import events_of, trigger
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("Organization", "الجيش الليبي", ("الجيش الليبي",))
GROUP = E("ArmedGroup", "أنصار الشريعة", ("أنصار الشريعة",))
MILITIA = E("ArmedGroup", "كتائب الفجر", ("كتائب الفجر",))
PARTY = E("PoliticalParty", "حزب الخضر", ("حزب الخضر",))
TRIPOLI = E("City", "طرابلس", ("طرابلس",))
DERNA = E("City", "درنة", ("درنة",))
SIRTE = E("City", "سرت", ("سرت",))
ALL = [ARMY, GROUP, MILITIA, PARTY, TRIPOLI, DERNA, SIRTE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def confidence(event: Event) -> float:
    return event.evidence.confidence


# A verb joined to the clause of an event noun: the doer named after the support verb.

def test_joined_verb_takes_the_doer_of_the_nouns_clause() -> None:
    doc = run("وقتل الجيش الليبي عشرين مسلحا في درنة، ردا على هجوم مسلح نفذه نحو مائة من "
              "مقاتلي أنصار الشريعة بمدينة سرت واستهدف مواقع عسكرية.")
    joined = [e for e in doc.events if trigger(doc, e) == "واستهدف"]
    assert joined and role(doc, joined[0], "agent") == ["أنصار الشريعة"]


def test_joined_verb_with_an_unread_object_is_less_sure() -> None:
    doc = run("وقتل الجيش الليبي عشرين مسلحا في درنة، ردا على هجوم مسلح نفذه مقاتلو "
              "أنصار الشريعة بمدينة سرت واستهدف كمائن عسكرية.")
    joined = [e for e in doc.events if trigger(doc, e) == "واستهدف"]
    assert joined and not role(doc, joined[0], "target")
    assert confidence(joined[0]) < 0.8


def test_joined_verb_without_a_support_clause_keeps_the_first_subject() -> None:
    doc = run("وقصفت كتائب الفجر مواقع أنصار الشريعة في درنة وقتلت عشرين مسلحا.")
    killings = events_of(doc, "Killing")
    assert killings and role(doc, killings[0], "agent") == ["كتائب الفجر"]


def test_a_passive_on_a_resumed_noun_takes_no_doer_from_before() -> None:
    doc = run("ودمر الجيش الليبي مخزنا للذخيرة في درنة، بعد هجوم على حاجز للشرطة بمدينة سرت "
              "استهدف دورية، وقتل فيها 12 شرطيا.")
    for event in events_of(doc, "Killing"):
        if "12" in " ".join(role(doc, event, "target")):
            assert "الجيش الليبي" not in role(doc, event, "agent")


# A killing whose when-clause tells the strike: the striker did it.

def test_the_striker_of_the_when_clause_did_the_killing() -> None:
    doc = run("وقال المسعفون إن 25 شخصا قتلوا أمس عندما قصفت كتائب الفجر حي الأندلس.")
    killings = events_of(doc, "Killing")
    assert killings and role(doc, killings[0], "agent") == ["كتائب الفجر"]


def test_a_when_clause_without_a_strike_gives_no_doer() -> None:
    doc = run("وقال المسعفون إن 25 شخصا قتلوا أمس عندما وصلت كتائب الفجر إلى الحي.")
    for event in events_of(doc, "Killing"):
        assert "كتائب الفجر" not in role(doc, event, "agent")


# Who backs the doer did not do the deed.

def test_a_backer_is_no_doer() -> None:
    doc = run("وقال المصدر إن قوة خاصة، وبمساندة كتائب الفجر، تمكنت من قتل 14 مسلحا في سرت.")
    for event in events_of(doc, "Killing"):
        assert "كتائب الفجر" not in role(doc, event, "agent")


def test_a_relative_clause_with_a_backer_still_gives_its_antecedent() -> None:
    doc = run("وكان أنصار الشريعة الذين يواجهون عملية للقوات الموالية للحكومة تجري بدعم من "
              "طيران كتائب الفجر، قصفوا في وقت سابق أحد أحياء درنة.")
    attacks = [e for e in doc.events if trigger(doc, e) == "قصفوا"]
    assert attacks and role(doc, attacks[0], "agent") == ["أنصار الشريعة"]


# The members of a named body.

def test_members_of_a_named_party_protest_for_it() -> None:
    doc = run("واحتشد أعضاء من حزب الخضر أمام مقر البرلمان في طرابلس.")
    protests = events_of(doc, "Protest")
    assert protests and role(doc, protests[0], "agent") == ["حزب الخضر"]


def test_supporters_of_a_named_group_protest_for_it() -> None:
    doc = run("وتظاهر أنصار حزب الخضر في طرابلس أمس.")
    protests = events_of(doc, "Protest")
    assert protests and role(doc, protests[0], "agent") == ["حزب الخضر"]


def test_members_of_a_city_are_no_body() -> None:
    doc = run("واحتشد أعضاء من طرابلس أمام المقر.")
    for event in events_of(doc, "Protest"):
        assert "طرابلس" not in role(doc, event, "agent")


# An armed band is an unnamed doer.

def test_an_armed_band_is_the_doer() -> None:
    doc = run("وقال الضابط إن جماعة مسلحة هاجمت نقطة تفتيش في سرت.")
    attacks = events_of(doc, "Attack")
    assert attacks and role(doc, attacks[0], "agent") == ["جماعة مسلحة"]


def test_a_band_not_said_armed_is_no_doer() -> None:
    doc = run("وهاجمت مجموعة من النواب الحكومة في طرابلس.")
    for event in doc.events:
        assert "مجموعة" not in " ".join(role(doc, event, "agent"))


# The same deed told again.

def test_a_protest_noun_of_aim_is_the_same_protest() -> None:
    doc = run("وخرج آلاف المحتجين في طرابلس للتظاهر ضد الحكومة.")
    assert len(events_of(doc, "Protest")) == 1


def test_a_protest_noun_far_from_the_verb_stays_its_own() -> None:
    doc = run("وخرج آلاف المحتجين في طرابلس أمس. ودعا حزب الخضر أنصاره للتظاهر في درنة.")
    assert len(events_of(doc, "Protest")) != 1 or \
        trigger(doc, events_of(doc, "Protest")[0]) != "للتظاهر"


def test_tolls_reported_again_fold_into_the_killing() -> None:
    doc = run("وأسفرت غارة جوية أمس عن مقتل تسعة جنود في سرت. وكانت مصادر محلية تحدثت عن "
              "مقتل 12 جنديا. لكن المتحدث باسم الجيش الليبي أعلن مقتل سبعة من الجنود فقط.")
    assert len(events_of(doc, "Killing")) == 1


def test_a_toll_of_other_victims_is_another_killing() -> None:
    doc = run("وأسفرت غارة جوية أمس عن مقتل تسعة جنود في سرت. وأعلنت مصادر طبية مقتل "
              "خمسة مدنيين في قصف على درنة.")
    killings = events_of(doc, "Killing")
    attacks = events_of(doc, "Attack")
    assert len(killings) + len(attacks) >= 2


def test_a_repeat_names_the_doer_of_the_killing() -> None:
    doc = run("وأفاد مصدر أمني بمقتل 15 مسلحا في سرت. وقال إن الجيش الليبي قتل 15 مسلحا "
              "في سرت.")
    killings = events_of(doc, "Killing")
    assert len(killings) == 1 and role(doc, killings[0], "agent") == ["الجيش الليبي"]


def test_an_attack_told_again_by_its_doer_is_one_attack() -> None:
    doc = run("وقال ضابط إن جماعة مسلحة هاجمت مواقع للجيش في سرت. وأضاف المتحدث أن "
              "«جماعة مسلحة هاجمت موقعا للجيش».")
    assert len(events_of(doc, "Attack")) == 1


def test_an_attack_by_another_doer_stays_its_own() -> None:
    doc = run("وقصفت كتائب الفجر مواقع في سرت. وقصف أنصار الشريعة مواقع في درنة.")
    assert len([e for e in doc.events if e.label in {"Attack", "MilitaryOperation"}]) == 2


# The doer an attack is laid at.

def test_the_doer_an_attack_is_attributed_to() -> None:
    doc = run("شهدت ليبيا أمس هجوما انتحاريا داميا أوقع 30 قتيلا في مدينة سرت، نسبته "
              "الحكومة الليبية إلى أنصار الشريعة.")
    attacks = events_of(doc, "Attack")
    assert attacks and role(doc, attacks[0], "agent") == ["أنصار الشريعة"]
    assert "أنصار الشريعة" not in role(doc, attacks[0], "target")


def test_an_attributed_doer_is_a_claim_held_below_the_bar() -> None:
    doc = run("شهدت ليبيا أمس هجوما انتحاريا داميا أوقع 30 قتيلا في مدينة سرت، نسبته "
              "الحكومة الليبية إلى أنصار الشريعة.")
    attacks = events_of(doc, "Attack")
    assert attacks and confidence(attacks[0]) < 0.8


def test_an_accusation_that_a_name_stands_behind_an_attack_gives_no_doer() -> None:
    doc = run("وقال الوزير إن أنصار الشريعة يقف وراء الاعتداء الانتحاري في سرت.")
    for event in events_of(doc, "Attack"):
        assert "أنصار الشريعة" not in role(doc, event, "agent")


def test_an_attribution_after_another_deed_is_that_deeds() -> None:
    doc = run("شهدت ليبيا أمس هجوما انتحاريا في سرت، وقتل 20 جنديا في درنة نسبته الحكومة إلى "
              "أنصار الشريعة.")
    for event in events_of(doc, "Attack"):
        assert "أنصار الشريعة" not in role(doc, event, "agent")


def test_an_attack_noun_told_again_with_its_doer_is_one_attack() -> None:
    doc = run("شهدت ليبيا أمس هجوما انتحاريا في سرت، نسبته الحكومة إلى أنصار الشريعة. وقال "
              "الوزير إن التفجير ناجم عن اعتداء انتحاري قام به أنصار الشريعة.")
    assert len(events_of(doc, "Attack")) == 1


def test_an_attack_retold_by_the_article_itself_stays_its_own() -> None:
    doc = run("وشن الجيش الليبي غارات على مواقع أنصار الشريعة في درنة. وشن الجيش الليبي ست "
              "غارات على مواقع في سرت.")
    assert len([e for e in doc.events if e.label == "Attack"]) == 2


# A run of strikes told with a joined support verb and no subject.

def test_a_run_of_strikes_keeps_its_doer() -> None:
    doc = run("وشن الجيش الليبي عدة غارات على مخازن الأسلحة في درنة، كما شن أربع غارات على "
              "مواقع أنصار الشريعة في سرت. وشن ست غارات جوية على مواقع في طرابلس.")
    attacks = [e for e in doc.events if e.label == "Attack"]
    assert len(attacks) == 3
    for attack in attacks:
        assert role(doc, attack, "agent") == ["الجيش الليبي"]


def test_a_strike_with_its_own_subject_keeps_it() -> None:
    doc = run("وشن أنصار الشريعة هجوما على سرت. وقال الوزير إن الجيش الليبي شن غارات على درنة.")
    strikes = [e for e in doc.events if trigger(doc, e) == "غارات"]
    assert strikes and role(doc, strikes[0], "agent") == ["الجيش الليبي"]


def test_a_strike_far_from_the_run_takes_no_doer() -> None:
    doc = run("وشن الجيش الليبي غارات على درنة. وقال الوزير إن الوضع هادئ. وأضاف أن المدينة "
              "تحتاج إلى المساعدة. كما شن أربع غارات على سرت.")
    last = [e for e in doc.events if "سرت" in " ".join(role(doc, e, "target") +
                                                        role(doc, e, "location"))]
    for event in last:
        assert not role(doc, event, "agent")


# A gathering to pray is no meeting.

def test_a_gathering_to_pray_is_no_meeting() -> None:
    doc = run("وقتل مسلحون 30 مصليا اجتمعوا لصلاة المغرب في مسجد بسرت.")
    assert not events_of(doc, "Meeting")


def test_a_meeting_to_discuss_a_truce_is_a_meeting() -> None:
    doc = run("واجتمع الجيش الليبي مع أنصار الشريعة في سرت أمس لبحث الهدنة.")
    assert events_of(doc, "Meeting")
