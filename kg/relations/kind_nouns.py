"""A body's kind noun between a title head and the body's name.

Arabic names a club, a company or a society by an indefinite kind noun in construct with
its proper name: «رئيس نادي الوحدة», «رئيس مجلس إدارة شركة المراعي», «رئيس جمعية البر».
The NER often tags only the proper name («الوحدة»), so the kind noun stands between the
title and the organisation. It is part of the body's name, not of the title: the title is
«رئيس» (its holder leads the club), not «رئيس نادي».

Only whole bodies count (club, company, society, foundation, bank, authority, university,
federation, party, movement, organisation, paper, agency, team: «مدرب فريق مانشستر
يونايتد»): «رئيس لجنة الوحدة», «مدير مكتب الشركة», «رئيس قسم ...» head a unit inside a
body, never the body.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.entity_classes import PLACE_LABELS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import OPENING_QUOTES

_WHOLE_BODY_KINDS = frozenset({
    "نادي", "شركه", "جمعيه", "مؤسسه", "بنك", "مصرف", "هيئه", "جامعه", "اتحاد", "حزب",
    "حركه", "منظمه", "صحيفه", "جريده", "وكاله", "مجموعه", "قناه", "فريق",
})
"""Kind nouns of a whole body, as printed without clitics (normalised)."""


def kind_noun_of_body(word: Word, body_start: int) -> bool:
    """Whether ``word`` is an indefinite kind noun («نادي», «شركة»; no article, «ب» or
    «ل» glued or none: «مدرب الفريق بنادي الاتحاد») that ends right before the body's
    name starting at ``body_start`` (one space at most between them)."""
    return 0 <= body_start - word.end <= 1 and any(
        rest in _WHOLE_BODY_KINDS and prefix in {"", "ب", "ل"} for prefix, rest in word.readings())


def place_in_body_name(context: Extraction, words: list[Word], org: Arg) -> bool:
    """Whether the country or city ``org`` of a title follows a whole body's kind noun:
    «رئيس جامعة قطر», «رئيس بلدية عمان». The place is part of the body's name (the NER
    tagged only the place), not the office's country: read as the body, «رئيس جامعة قطر»
    becomes «رئيس» of Qatar, its president. The body is unnamed, so the title keeps no
    organisation. So too a place inside the quoted name after the kind noun: «مدير جمعية
    "كاريكاتير إيران"» directs a society, he holds no office of Iran."""
    if context.label(org.node_id) not in PLACE_LABELS:
        return False
    return any(kind_noun_of_body(word, org.start) or _quoted_after(context, word, org)
               for word in words)


def _quoted_after(context: Extraction, word: Word, org: Arg) -> bool:
    """Whether ``word`` is a body's kind noun and a quoted name opens after it and is
    still open where ``org`` starts."""
    if word.end > org.start or not any(rest in _WHOLE_BODY_KINDS and prefix in {"", "ب", "ل"}
                                       for prefix, rest in word.readings()):
        return False
    gap = context.doc.text[word.end:org.start]
    opened = gap.lstrip()[:1]
    return opened in OPENING_QUOTES and not any(c in _CLOSING for c in gap.lstrip()[1:])


_CLOSING = frozenset("»”\"")

_QUOTED_BODY_KINDS = _WHOLE_BODY_KINDS | frozenset({"مركز", "معهد", "مستشفي", "مستشفى", "مدرسه",
                                                    "مصنع", "متحف"})
_OPENING_QUOTES = frozenset(OPENING_QUOTES + "'")


def kind_noun_of_quoted(text: str, word: Word, body_start: int) -> bool:
    """Whether ``word`` is an indefinite kind noun right before the opening quotation mark of
    the body's name: «مدير مركز «النخيل» للأبحاث», «رئيس معهد "الأفق"». A name in quotation
    marks is the proper name of what its kind noun names, so the noun (even «مركز», which
    before an unquoted name may be a unit: «رئيس مركز الشرطة») belongs to the body, not to
    the title."""
    gap = text[word.end:body_start]
    return gap.strip() != "" and all(c.isspace() or c in _OPENING_QUOTES for c in gap) and \
        sum(c in _OPENING_QUOTES for c in gap) == 1 and any(
            rest in _QUOTED_BODY_KINDS and prefix in {"", "ب", "ل"}
            for prefix, rest in word.readings())
