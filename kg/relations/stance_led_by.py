"""«الحزب الديمقراطي الكردستاني بزعامة مسعود البرزاني»: the leader after «بزعامة» is no object.

«وطالب الحزب الديمقراطي الكردستاني بزعامة مسعود البرزاني بضم كركوك», «ورفضت الحكومة برئاسة
X الخطة», «وانتقد التحالف بقيادة الولايات المتحدة ...»: a name after «بزعامة», «برئاسة»,
«بقيادة», «بإمرة» describes the body before it (who leads it); it is neither whom an appeal
addresses nor what a stance is toward. Only «أشاد بقيادة X», «رحب برئاسة X» (the praised
leadership itself, the verb's own «ب» right after the subject) keeps it. Right after the
subject, the object is sought past the leader's name («ودعا الحزب بزعامة X الحكومة إلى
الحوار»: the government is urged).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word

LEADER_WORDS = frozenset({"بزعامه", "برئاسه", "بقياده", "بامره", "وبزعامه", "وبرئاسه",
                          "وبقياده"})
LEADERSHIP_PRAISED = frozenset({"praises", "welcomes"})


def leader_adjunct(words: list[Word], candidate: Candidate, first_word: int,
                   kind: str) -> bool:
    """Whether ``candidate`` is the leader named after «بزعامة» and the like (see the module
    docstring)."""
    index = candidate.word_index
    if index == 0 or words[index - 1].norm not in LEADER_WORDS:
        return False
    return not (kind in LEADERSHIP_PRAISED and index - 1 == first_word)


def past_leader(context: Extraction, words: list[Word], after: int) -> int:
    """Past «بزعامة X» right after the subject («ودعا الحزب بزعامة X الحكومة إلى ...»): the
    index after the leader's name, where the object opens; ``after`` itself otherwise."""
    if not 0 < after < len(words) - 1 or words[after].norm not in LEADER_WORDS or \
            context.boundary_between(words[after - 1], words[after]) or \
            context.boundary_between(words[after], words[after + 1]):
        return after
    mention = context.mention_starting_in(words[after + 1])
    if mention is None or mention.start != words[after + 1].start:
        return after
    end = after + 1
    while end < len(words) and words[end].start < mention.end:
        end += 1
    return end
