"""Violent words named only in a violent frame, session 29 (evlex29,
``kg.relations.event_violent_frames``).

- Hostage-taking («احتجز ... رهينة», «احتجاز رهائن») is an Attack; a detention by the
  police («احتجزت الشرطة المتهم») is none.
- «أودى بحياة» after a violent cause is a Killing (told as the outcome of an event before it,
  that event's toll); after a flood, an accident or an illness it is none.
- Destroying war hardware («تدمير دبابة», «دمرت ... آليات») is an Attack; destroying an
  economy, a tourist trade or a city hit by a hurricane is none.
- Blowing up a building or a bridge («نسف مسلحون منازل») is an Attack; «نسف الاتفاق», blown
  hopes, is none.
- A shell's fall («سقطت قذيفة هاون على حي») is an Attack; «سقط 12 قتيلاً», «سقطت
  الطائرة» are none.
- The noun «اقتحام» is an Attack with an armed body next to it («قامت قوات الأمن باقتحام»,
  «اقتحام الجنود للمبنى»); «اقتحام سوق العمل» and a storming with nobody armed named are
  none.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc

FRONT = E("ArmedGroup", "جبهة التحرير الشعبية", ("جبهة التحرير الشعبية",))
ZAHRA = E("City", "الزهراء", ("الزهراء",))
NAHRAIN = E("City", "النهرين", ("النهرين",))
ALL = [FRONT, ZAHRA, NAHRAIN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# Hostage-taking.

def test_hostages_taken_by_gunmen_are_an_attack() -> None:
    doc = run("واحتجز مسلحون عشرين رهينة في مدرسة بمدينة الزهراء أمس.")
    assert triggers(doc, "Attack") == ["واحتجز"]


def test_hostages_taken_by_a_named_group_are_an_attack() -> None:
    doc = run("واحتجزت جبهة التحرير الشعبية 68 رهينة من الأجانب في فندقين بالنهرين.")
    assert triggers(doc, "Attack") == ["واحتجزت"]


def test_detention_by_the_police_is_no_attack() -> None:
    doc = run("واحتجزت الشرطة المتهم في مركز مدينة الزهراء أمس.")
    assert triggers(doc, "Attack") == []


def test_detention_noun_without_hostages_is_no_attack() -> None:
    doc = run("وندد الاتحاد باحتجاز الصحفي في مطار النهرين لساعات.")
    assert triggers(doc, "Attack") == []


# A toll of lives.

def test_toll_of_a_suicide_attack_is_a_killing() -> None:
    doc = run("وأودى هجوم انتحاري بحياة عشرين شخصا في سوق شعبي بالزهراء أمس.")
    assert triggers(doc, "Killing") == ["وأودى"]


def test_toll_of_clashes_is_a_killing() -> None:
    doc = run("وأودت الاشتباكات بين الجيش والمتمردين بحياة 30 شخصا على الأقل في النهرين.")
    assert triggers(doc, "Killing") == ["وأودت"]


def test_long_tally_in_a_relative_clause_is_no_killing() -> None:
    doc = run("وأنهى الاتفاق دوامة القتل والانفجارات وعنف الشوارع التي أودت بحياة أكثر من 800 "
              "شخص في الزهراء.")
    assert triggers(doc, "Killing") == []


def test_toll_after_an_unrelated_phrase_is_no_killing() -> None:
    doc = run("واعترف بتنفيذ عدة عمليات ضد ناشطين من مختلف الفصائل، أودت بحياة خمسة منهم.")
    assert triggers(doc, "Killing") == []


def test_toll_of_floods_is_no_killing() -> None:
    doc = run("وأودت الفيضانات بحياة 20 شخصا في مدينة الزهراء.")
    assert doc.events == ()


def test_toll_of_a_road_accident_is_no_killing() -> None:
    doc = run("وأودى حادث سير مروع بحياة ثلاثة طلاب على طريق النهرين.")
    assert doc.events == ()


def test_toll_of_an_illness_is_no_killing() -> None:
    doc = run("وأودى المرض بحياة الفنان الكبير في الزهراء.")
    assert doc.events == ()


# Destruction.

def test_tank_destroyed_is_an_attack() -> None:
    doc = run("ودمرت جبهة التحرير الشعبية دبابة للجيش قرب الزهراء أمس.")
    assert triggers(doc, "Attack") == ["ودمرت"]


def test_vehicles_destroyed_noun_is_an_attack() -> None:
    doc = run("وأعلن الجيش تدمير ثلاث آليات للمتمردين في النهرين.")
    assert triggers(doc, "Attack") == ["تدمير"]


def test_economy_destroyed_is_no_attack() -> None:
    doc = run("وقال الوزير إن الحكومة السابقة سعت إلى تدمير الاقتصاد في الزهراء.")
    assert doc.events == ()


def test_city_destroyed_by_a_hurricane_is_no_attack() -> None:
    doc = run("وضرب الإعصار الذي دمر مدينة النهرين مناطق واسعة.")
    assert triggers(doc, "Attack") == []


# Blowing up.

def test_houses_blown_up_are_an_attack() -> None:
    doc = run("ونسف مسلحو جبهة التحرير الشعبية منازل عدد من المواطنين في الزهراء.")
    assert triggers(doc, "Attack") == ["ونسف"]


def test_blowing_up_noun_after_a_bombing_is_no_verb() -> None:
    doc = run("واتهم جبهة التحرير الشعبية بالوقوف وراء عمليات تفجير ونسف الأضرحة في الزهراء.")
    assert triggers(doc, "Attack") == []


def test_hopes_blown_up_are_no_attack() -> None:
    doc = run("ونسفت تصريحات الوزير آمال المفاوضين في التوصل إلى اتفاق في النهرين.")
    assert doc.events == ()


# A shell's fall.

def test_mortar_shell_falling_is_an_attack() -> None:
    doc = run("وسقطت قذيفة هاون على حي سكني في مدينة الزهراء أمس.")
    assert triggers(doc, "Attack") == ["وسقطت"]


def test_plane_falling_is_no_attack() -> None:
    doc = run("وسقطت الطائرة في البحر قرب النهرين بعد إقلاعها بدقائق.")
    assert doc.events == ()


def test_regime_falling_is_no_attack() -> None:
    doc = run("وسقط النظام في الزهراء بعد أسابيع من الاحتجاجات.")
    assert triggers(doc, "Attack") == []


# Storming.

def test_storming_by_security_forces_is_an_attack() -> None:
    doc = run("وقامت قوات الأمن باقتحام مقر جبهة التحرير الشعبية في الزهراء.")
    assert triggers(doc, "Attack") == ["باقتحام"]


def test_storming_by_soldiers_in_construct_is_an_attack() -> None:
    doc = run("وروى الطفل اقتحام قوات جبهة التحرير الشعبية لمنزل أسرته في النهرين ليلا.")
    assert triggers(doc, "Attack") == ["اقتحام"]


def test_breaking_into_a_market_is_no_attack() -> None:
    doc = run("ونجحت الشركة في اقتحام سوق العمل في الزهراء.")
    assert doc.events == ()
