"""«أقر» reports only an acknowledgement: «أقرت X بأنها نشرت الصورة».

«أقر» is as often «approved» («أقر البرلمان الميزانية», «أقرت المنظمة تصنيفا ... كما أن
هناك معايير»), so it reports only with «بأن» close after it (its subject and a short adjunct
between): a «أن» of another clause, or one far off past a relative clause («أقر مخرج فيلم
... الذي أنفق عليه الاتحاد ... بأنه»), is not its content.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import ReportingVerb
from kg.relations.statement_content import Content

_ACKNOWLEDGING = "اقر"
_BI_ANNA = frozenset({"بان", "بانه", "بانها", "بانهم", "بانني", "باننا"})
_REACH = 8
"""How many words may stand between «أقر» and its «بأن» (the subject, a short adjunct)."""


def unacknowledged(words: list[Word], position: int, content: Content,
                   verb: ReportingVerb) -> bool:
    """Whether the content read for the verb at ``words[position]`` is no acknowledgement:
    for «أقر», anything but a clause opened by «بأن» within reach."""
    if verb.lemma != _ACKNOWLEDGING:
        return False
    first = content.first_word
    return content.direct or not (0 < first - 1 - position <= _REACH) or \
        words[first - 1].norm not in _BI_ANNA
