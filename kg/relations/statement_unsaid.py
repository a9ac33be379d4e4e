"""«قال X إن ... لكنه لم يوضح ما إذا ...»: what the speaker did not say is the narrator's.

«لكنه»/«لكنها» with «لم» and a verb of saying («لكنه لم يوضح», «لكنها لم تذكر», «ولكنه لم
يكشف») is the narrator's remark on the statement, never more of it: the speaker does not
report his own silence. An indirect statement ends before it (fresh news, session 44: «وقال
بلير ... ان الولايات المتحدة وبريطانيا لن تتحركا ... لكنه لم يوضح ما اذا كان البلدان
مستعدين ...» kept the remark in his words). Other verbs after «لكنه» still go on with the
statement («لكنه أشار إلى أن ...»).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_reporting

_CONTRASTS = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})


def unsaid_remark(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` opens «لكنه لم» + a verb of saying."""
    if index + 2 >= len(words) or words[index].norm not in _CONTRASTS:
        return False
    return words[index + 1].norm == "لم" and find_reporting(words[index + 2].norm) is not None
