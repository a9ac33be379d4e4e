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

from kg.relations.index import Word

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
