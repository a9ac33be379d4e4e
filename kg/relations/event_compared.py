"""An event noun that is one term of «بين ... و ...»: the other term is no party to it.

«ربط غسان شربل بين الاتفاق وتنظيم داعش», «قارن بين اتفاق فيينا واتفاق لوزان»: a meeting or an
agreement noun right after «بين» is what is linked, compared or told apart from the name
joined to it by «و»; that name is the other term, not one who met or agreed («اتفاق بين إيران
والقوى الست» has «بين» after the noun, and its names are the parties).
"""

from __future__ import annotations

from kg.relations.index import Word

_BETWEEN = frozenset({"بين", "وبين"})


def other_term(words: list[Word], trigger: int, candidate: int) -> bool:
    """Whether the name at ``words[candidate]`` is joined by «و» to the trigger at
    ``words[trigger]``, itself the first term after «بين»."""
    return trigger > 0 and words[trigger - 1].norm in _BETWEEN and candidate > trigger and \
        words[candidate].norm.startswith("و")
