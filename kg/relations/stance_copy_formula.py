"""The news formula of a statement a paper obtained: «في بيان حصلت «عكاظ» على نسخة منه».

A stance voiced in a statement often names the statement with the paper's own note that it
holds a copy: «ثمنت حركة حماس في بيان حصلت الصحيفة على نسخة منه دور المملكة», «أشادت
الهيئة في بيان تلقت «الحياة» نسخة منه بجهود ...». The relative clause (a verb of obtaining
or receiving, the paper, «نسخة منه/منها») describes the statement; the stance's object
starts after it. Anything else after the verb (no «نسخة منه» within a few words) leaves the
clause unread."""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_OBTAINING = ("حصل", "تلق", "تسلم")
"""«حصلت على», «تلقت», «تسلمت»: the paper's verbs of getting the copy (bare stems)."""
_COPY = frozenset({"نسخه"})
_OF_IT = frozenset({"منه", "منها"})
_REACH = 6
"""At most this many words from the verb to «منه» («حصلت صحيفة «الشرق الأوسط» على نسخة منه»)."""


def past_copy_obtained(context: Extraction, words: list[Word], index: int) -> int:
    """The word after «نسخة منه» when ``index`` opens the formula (a verb of obtaining, then
    «نسخة» and «منه»/«منها» within a few words, with no mark but the paper's quotes in
    between); ``index`` unchanged otherwise."""
    if index >= len(words) or not words[index].bare().startswith(_OBTAINING):
        return index
    for end in range(index + 1, min(len(words) - 1, index + _REACH)):
        gap = context.gap(words[end - 1], words[end]).strip()
        if gap.strip("«»\"") or words[end - 1].sentence_index != words[end].sentence_index:
            return index  # a comma or a full stop: the clause is not the formula
        if words[end].norm in _COPY and words[end + 1].norm in _OF_IT and \
                not context.gap(words[end], words[end + 1]).strip():
            return end + 2
    return index
