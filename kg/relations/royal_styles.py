"""Royal styles that are no office: a prince named with his nationality, a name after a
preposition glued to its honorific.

1. «الأمير» is a prince's style in most Arab monarchies and an office (head of state) only
   in an emirate: «الأمير الأردني علي بن الحسين», «الأمير السعودي الوليد بن طلال» are
   princes (no position, no ``leads`` of Jordan or Saudi Arabia), while «الأمير القطري
   تميم بن حمد» or «أمير الكويت» is the head of state. A definite «الأمير» whose only
   complement is the nisba adjective of a country that is no emirate gives no title.
2. A title glued to «ل» or «ب» right after a name is no apposition but the
   preposition's object: «ونقل الأمير نواف بن فيصل لأمير دولة الكويت تحيات ...» (to the
   emir), «وأشاد X بالرئيس» (:func:`governed_head`).
3. A name after an honorific with a glued preposition («بالأمير نواف», «للدكتور سامي»,
   «لسمو الأمير») is the object of that preposition: a title before the preposition is
   someone else's («ورحب أمير دولة الكويت بالأمير نواف بن فيصل»: the emir welcomes the
   prince).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS

EMIRATES = frozenset({"wd-Q846", "wd-Q817"})
"""Countries whose «أمير» is the head of state (Qatar, Kuwait), as entity ids."""
_PRINCE_STYLES = frozenset({"الامير", "الاميره", "والامير", "والاميره"})
_GLUED_PREPOSITIONS = frozenset({"ب", "ل", "لل", "بال", "وب", "ول", "ولل", "وبال", "فب", "فل"})


def prince_by_nationality(head_word: Word, country_id: str | None, nisba: bool) -> bool:
    """Whether the title is «الأمير» + the nisba of a country that is no emirate (a
    prince's style and his nationality, not an office)."""
    return nisba and head_word.norm in _PRINCE_STYLES and country_id is not None and \
        country_id not in EMIRATES


def prepositional_honorific(word: Word, honorific: bool) -> bool:
    """Whether ``word``, a name honorific, carries a glued preposition («بالأمير»,
    «للدكتور», «لسمو»)."""
    if not honorific:
        return False
    return any(prefix in _GLUED_PREPOSITIONS for prefix, _ in word.readings()[1:])


def governed_head(word: Word) -> bool:
    """Whether a title head carries a glued «ل», «لل», «ب» or «بال» (after «و» or «ف» too)
    and no reading without one: «لأمير», «للرئيس», «بوزير»."""
    readings = word.readings()
    if any(prefix in {"", "ال", "و", "وال", "ف", "فال"} and rest in TITLE_HEADS
           for prefix, rest in readings):
        return False
    return any(prefix.lstrip("وف") in {"ل", "لل", "ب", "بال"} and rest in TITLE_HEADS
               for prefix, rest in readings)
