"""Stance objects, session 28 (noobj28).

- A name joined by «و» right after a first object named in two or more words («انتقد X
  حزب الله وإيران», «دعا X تنظيم داعش والنظام السوري إلى») is an object too (see
  :mod:`kg.relations.stance_joined_names`); a name inside an action noun's phrase is still
  none («رفضت X نشر مراقبين لرصد تحركات حزب الله وإيران»).
- The one who faces a stance noun («واجه X انتقادات Y») named by surname alone, the one
  person named in full before whose name ends with it, is its object (see
  :mod:`kg.relations.stance_faced_surnames`); not a surname two persons share, not one
  without the facing verb right before it.
- An indefinite proposal noun with «من» and a named actor after it, at the start of the
  object of a refusal or a welcome («رفضت X عرضاً من Y», «رحبت X بمبادرة من Y», «من
  النادي Y»), is the object: the phrase (see :mod:`kg.relations.stance_offered_by`); not
  «بطلب من Y», «بدعوة من Y» (at Y's request), not a town after «من», not for an appeal.
- A dual pronoun on the stance verb's preposition («وأشاد بهما», «أثنى عليهما») points to the
  last two actors named before it in the sentence, joined by «و» alone (see
  :mod:`kg.relations.stance_dual_objects`); not a person and a body, not a pair that is
  not joined by «و» alone, not a noun's «هما».
- The actor of a deed after «إزاء», «تجاه» or «حيال» following a noun of appreciation
  («عن تقديره إزاء الجهود التي تبذلها Y») is praised, as after «للجهود» (see
  :mod:`kg.relations.stance_toward_deeds`); not after a noun that takes no «ل».
- An adjunct set off by commas after the subject that names an actor and runs past the
  short reach («طالب X، خلال لقائه الرئيس Y في باريس، Z بـ», «أدان X، في بيان أصدره مكتب
  Y، الهجوم») ends at its closing comma; the object is after it, never the name inside (see
  :mod:`kg.relations.stance_named_adjuncts`); not past a clause of saying or «أن» inside.
  «لدى» opens such an adjunct too («أشاد X، لدى استقباله Y، بجهود Z»): the one received is
  not praised, the one after the closing comma is.
- A phrase of those who share a feeling between its noun and what it is toward («عن فخره
  واعتزازه وجميع مواطني هذا البلد بما يحققه Y») is skipped: the object starts at «بما»/«بـ»
  (see :mod:`kg.relations.stance_co_holders`); not without the «ب» word within reach.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HAMDI = E("Person", "سالم الحمدي", ("سالم الحمدي",))
HEZBOLLAH = E("ArmedGroup", "حزب الله", ("حزب الله",))
DAESH = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش",))
IRAN = E("Country", "إيران", ("إيران",))
REGIME = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
COUNCIL = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
BEIRUT = E("City", "بيروت", ("بيروت",))
DIMITRI = E("Person", "ديميتري كوستاس", ("ديميتري كوستاس",))
NIKOS = E("Person", "نيكوس كوستاس", ("نيكوس كوستاس",))
MARTIN = E("Person", "مارتن هوبر", ("مارتن هوبر",))
AHLI = E("Organization", "الأهلي", ("الأهلي",))
QATAR = E("Country", "قطر", ("قطر",))
TURKEY = E("Country", "تركيا", ("تركيا",))
ADEL = E("Person", "عادل الشمري", ("عادل الشمري",))
FAHD = E("Person", "فهد العتيبي", ("فهد العتيبي",))
ENTITIES = [HAMDI, HEZBOLLAH, DAESH, IRAN, REGIME, COUNCIL, BEIRUT, DIMITRI, MARTIN, AHLI,
            QATAR, TURKEY, ADEL, FAHD]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a name joined to a first object of two or more words ------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد وزير الخارجية سالم الحمدي حزب الله وإيران بشدة.",
     ("criticizes", "سالم الحمدي", "إيران")),
    ("ودعا سالم الحمدي تنظيم داعش والنظام السوري إلى وقف القتال.",
     ("urges", "سالم الحمدي", "النظام السوري")),
    ("وأدان سالم الحمدي تنظيم داعش وحزب الله.",
     ("condemns", "سالم الحمدي", "حزب الله")),
])
def test_name_joined_to_long_name(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert fact in found
    assert (fact[0], fact[1], "حزب الله" if "حزب الله و" in text else "تنظيم داعش") in found


@pytest.mark.parametrize("text", [
    "ورفض سالم الحمدي نشر مراقبين لرصد تحركات حزب الله وإيران.",  # inside the action's phrase
    "وانتقد سالم الحمدي حزب الله، وإيران تواصل دعمه.",  # a comma: a new clause
    "وانتقد سالم الحمدي حزب الله وبيروت.",  # a city is no agent
])
def test_no_name_joined(text: str) -> None:
    assert not any(o in {"إيران", "بيروت"} for _, _, o in run(text))


# --- the one who faces a stance, named by surname ------------------------------------------

FULL = "وتولى رئيس الوزراء ديميتري كوستاس منصبه العام الماضي. "


@pytest.mark.parametrize("text", [
    FULL + "كذلك واجه كوستاس انتقادات مارتن هوبر الحائز جائزة نوبل.",
    FULL + "وتعرض كوستاس لانتقادات مارتن هوبر في مقال نشره أمس.",
])
def test_faced_by_surname(text: str) -> None:
    assert ("criticizes", "مارتن هوبر", "ديميتري كوستاس") in run(text)


@pytest.mark.parametrize(("text", "entities"), [
    (FULL + "وقال نيكوس كوستاس إن الحكومة واجهت كوستاس انتقادات مارتن هوبر.",
     [*ENTITIES, NIKOS]),  # two persons named Kostas
    (FULL + "وفي الأسبوع نفسه كوستاس انتقادات مارتن هوبر كانت حادة.", ENTITIES),  # no verb
])
def test_no_faced_surname(text: str, entities: list[E]) -> None:
    doc: Document = extract_relations(build_doc(text, entities))
    assert not any(o.endswith("كوستاس") for k, _, o in stances(doc) if k == "criticizes")


# --- an offer from a named actor ----------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ورفض النظام السوري عرضاً من إيران لإرسال قوات إضافية.",
     ("rejects", "النظام السوري", "عرضاً من إيران")),
    ("ورفض النظام السوري أمس طلبا من مجلس الأمن بوقف القصف.",
     ("rejects", "النظام السوري", "طلبا من مجلس الأمن")),
    ("ورحب سالم الحمدي بمبادرة من إيران لحل الأزمة.",
     ("welcomes", "سالم الحمدي", "مبادرة من إيران")),
    ("وقال التقرير إن إدارة حزب الله رفضت عرضًا من النادي الأهلي لضم اللاعب.",
     ("rejects", "حزب الله", "عرضًا من النادي الأهلي")),
])
def test_offer_from_actor(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    "ورحب سالم الحمدي بطلب من إيران بالمشاركة في الاجتماع.",  # at Iran's request
    "ورحب سالم الحمدي بدعوة من إيران بزيارة طهران.",  # at Iran's invitation
    "ورفض سالم الحمدي عرضا من بيروت لإرسال قوات.",  # a city: where from
    "ودعا سالم الحمدي طلبا من إيران إلى التريث.",  # an appeal names whom it urges
])
def test_no_offer_from(text: str) -> None:
    assert not any("من" in o.split() or o in {"إيران", "بيروت"} for _, _, o in run(text))


# --- a dual pronoun: the pair named before ------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("والتقى سالم الحمدي بالوزيرين عادل الشمري وفهد العتيبي، وأشاد بهما وبدورهما.",
     "praises", ("عادل الشمري", "فهد العتيبي")),
    ("واستقبلت تركيا وقطر اللاجئين خلال الأزمة، ورحب سالم الحمدي بهما وبجهودهما.",
     "welcomes", ("تركيا", "قطر")),
])
def test_dual_pronoun_pair(text: str, kind: str, pair: tuple[str, str]) -> None:
    found = run(text)
    assert {(kind, "سالم الحمدي", pair[0]), (kind, "سالم الحمدي", pair[1])} <= found


@pytest.mark.parametrize("text", [
    # a person and a country
    "والتقى سالم الحمدي بالوزير عادل الشمري وقطر، وأشاد بهما.",
    # not joined by «و» alone
    "والتقى سالم الحمدي بعادل الشمري ثم بفهد العتيبي، وأشاد بهما.",
    # a noun's «هما» is its owner
    "والتقى سالم الحمدي بعادل الشمري وفهد العتيبي، وأكد دعمهما للمبادرة.",
])
def test_no_dual_pair(text: str) -> None:
    assert not any(o in {"عادل الشمري", "فهد العتيبي", "قطر"} for _, _, o in run(text))


# --- a deed after «إزاء», «تجاه», «حيال» ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب سالم الحمدي عن تقديره إزاء الجهود التي تبذلها قطر لحل الأزمة.",
    "وأعرب سالم الحمدي عن تقديره تجاه الدور الذي تقوم به قطر في الوساطة.",
])
def test_deed_after_toward(text: str) -> None:
    assert ("praises", "سالم الحمدي", "قطر") in run(text)


def test_no_deed_after_toward_without_lam() -> None:
    # «أعرب عن قلقه إزاء» takes no «ل»: the deed's actor is not read past «إزاء»
    found = run("وأعرب سالم الحمدي عن قلقه إزاء الدور الذي تقوم به قطر في الوساطة.")
    assert not any(k == "praises" for k, _, _ in found)


# --- a long adjunct in commas that names an actor ------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وطالب سالم الحمدي، خلال لقائه وزير الخارجية عادل الشمري في بيروت، إيران بوقف التدخل.",
     ("urges", "سالم الحمدي", "إيران")),
    ("وحث سالم الحمدي، في مؤتمر صحفي مشترك مع نظيره القطري فهد العتيبي، إيران على الحوار.",
     ("urges", "سالم الحمدي", "إيران")),
    ("وانتقد سالم الحمدي، في بيان أصدره مكتب المستشار الخاص عادل الشمري، النظام السوري.",
     ("criticizes", "سالم الحمدي", "النظام السوري")),
])
def test_past_named_adjunct(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert fact in found
    assert not any(o in {"عادل الشمري", "فهد العتيبي"} for _, _, o in found)


@pytest.mark.parametrize("text", [
    # a clause of saying inside: the comma closes no adjunct
    "وطالب سالم الحمدي، في بيان قال فيه عادل الشمري إن الوضع خطير جدا، إيران بوقف التدخل.",
    # what follows the closing comma is said, not whom the appeal is to
    "وطالب سالم الحمدي، خلال لقائه وزير الخارجية عادل الشمري في بيروت، مؤكدا أن إيران تتدخل.",
])
def test_not_past_adjunct(text: str) -> None:
    assert not any(k == "urges" and o == "إيران" for k, _, o in run(text))


@pytest.mark.parametrize("text", [
    "وأشاد سالم الحمدي، لدى استقباله وزير الخارجية عادل الشمري، بجهود قطر في الوساطة.",
    "وأشاد سالم الحمدي، لدى استقباله عادل الشمري، بجهود قطر في الوساطة.",
])
def test_past_reception_adjunct(text: str) -> None:
    found = {(k, s, o) for k, s, o in run(text) if k == "praises"}
    assert found == {("praises", "سالم الحمدي", "قطر")}


# --- those who share a feeling, before what it is toward -----------------------------------

def test_past_co_holders() -> None:
    text = "وعبر سالم الحمدي عن فخره واعتزازه وجميع مواطني هذا البلد بما تحققه قطر من إنجازات."
    assert ("praises", "سالم الحمدي", "قطر") in run(text)


def test_no_co_holders_without_ba() -> None:
    text = "وعبر سالم الحمدي عن فخره وجميع مواطني هذا البلد الكريم والعزيز على قلوبنا قطر."
    assert not any(o == "قطر" for _, _, o in run(text))
