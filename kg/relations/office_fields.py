"""An event or stance noun that names the field of an office, right after its head.

A title head in construct with a noun names what the office runs: «رئيس تحرير صحيفة
الوطن» (editing, not liberation), «مدير العمليات», «قائد عمليات الجيش», «منسق الدعم»,
«مسؤول التنسيق». Some of these nouns are also event or stance triggers («تحرير» is a
military operation, «العمليات» an attack, «التنسيق» coordination), which end a title
elsewhere. Right after an indefinite title head (no article, no glued preposition but «و»)
the noun is the head's complement and the title goes on. The same holds right after an
indefinite body noun of the title («رئيس لجنة الدعم الاجتماعي», «مدير إدارة العمليات»,
«قائد قوات الدعم السريع»): the noun names what the body does.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS


def field_of_office(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` stands right after an indefinite title head in construct
    with it («رئيس تحرير», «مدير العمليات», «ورئيس تحرير»), so it is part of the title."""
    if index < 1:
        return False
    head = words[index - 1].norm.removeprefix("و")
    word = words[index].norm
    return head in TITLE_HEADS and not word.startswith(("و", "ب", "ل", "ف", "ك"))


def field_of_body(words: list[Word], index: int, bodies: frozenset[str]) -> bool:
    """Whether ``words[index]`` stands right after an indefinite body noun (one of
    ``bodies``: «لجنة», «إدارة») in construct with it («لجنة الدعم»), so it names the
    body's field and belongs to the body's name."""
    if index < 1:
        return False
    body = words[index - 1].norm.removeprefix("و")
    word = words[index].norm
    return body in bodies and not word.startswith(("و", "ب", "ل", "ف", "ك"))
