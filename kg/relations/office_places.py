"""A country after «في» at the end of a title that names its own body is where the office
sits, not whose it is.

«مدير برنامج الغذاء العالمي في إثيوبيا» directs the World Food Programme's office in
Ethiopia; he holds no office of Ethiopia. When the NER misses the body («برنامج الغذاء
العالمي»), the only country in the title is the one after «في», and it was read as the
office's country. A title of three words or fewer before «في» names no body of its own
(«وزير الداخلية في السعودية», «أول وزيرة في الكويت», «مفوض الأمن القومي في المكسيك», «النائب
العام التمييزي في لبنان»): there the country is the office's, and stays.

A firm named only by its kind with «ال» («الشركة», «البنك», «المكتب») is one spoken of
before, and a country right after it («مدير الشركة بالسعودية», «مدير البنك في الأردن») is
the branch it runs there, not the country's office.

A country after «لدى» or «إلى» in the title is the one the office is sent to: «سفير خادم
الحرمين الشريفين لدى دولة الكويت X» is Saudi Arabia's ambassador, «المبعوث الخاص إلى
سوريا» no Syrian envoy. A title after the name already ends before them
(:mod:`kg.relations.role_apposed`); one before the name runs on to the name, and took the
host for the owner when it names no other body or country before it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_BRANCHED = frozenset({"الشركه", "البنك", "المصرف", "المكتب", "الفرع", "المجموعه"})
"""Definite kind nouns of firms with branches (normalised)."""
_TOWARD = frozenset({"لدي", "الي"})
"""«لدى», «إلى» (normalised): what follows is where the office is sent."""
_STATE_NOUNS = frozenset({"دوله", "جمهوريه", "مملكه", "المملكه", "سلطنه", "اماره"})
"""«لدى دولة الكويت», «لدى جمهورية مصر»: words of a state's style before its name."""
_SHORT_CORE = 3
"""The most words a title may have before «في» and still be the country's («وزير الداخلية»,
«المتحدث باسم الجيش»)."""


def seat_not_owner(context: Extraction, group: list[Word], org: Arg) -> bool:
    """Whether ``org`` is a country named only after the title's first «في», behind more
    than ``_SHORT_CORE`` title words that name a body of their own."""
    if context.label(org.node_id) != "Country":
        return False
    if _branch(group, org):
        return True  # «مدير الشركة بالسعودية»: the firm's branch
    if _host(group, org):
        return True  # «سفير خادم الحرمين الشريفين لدى دولة الكويت»: the host country
    cut = next((i for i, w in enumerate(group) if w.norm == "في"), None)
    if cut is None or group[cut].end > org.start:
        return False
    return cut > _SHORT_CORE


def _branch(group: list[Word], org: Arg) -> bool:
    """Whether ``org`` follows a definite firm noun right before it, glued to «ب» or
    after «في»: «مدير الشركة بالسعودية», «مدير البنك في الأردن»."""
    at = next((i for i, w in enumerate(group) if w.start <= org.start < w.end), None)
    if at is None or at < 1:
        return False
    glued = org.start > group[at].start and group[at].norm.startswith("ب")
    if glued:
        return group[at - 1].norm in _BRANCHED
    return at >= 2 and group[at - 1].norm == "في" and group[at - 2].norm in _BRANCHED


def _host(group: list[Word], org: Arg) -> bool:
    """Whether ``org`` follows «لدى» or «إلى» in the title, over a state's style words
    («لدى أستراليا», «لدى دولة الكويت»)."""
    at = next((i for i, w in enumerate(group) if w.start <= org.start < w.end), None)
    if at is None:
        return False
    at -= 1
    while at >= 0 and group[at].norm in _STATE_NOUNS:
        at -= 1
    return at >= 0 and group[at].norm in _TOWARD
