"""«الحزب الديمقراطي الكردستاني بزعامة مسعود البرزاني»: the leader after «بزعامة» is no object.

«وطالب الحزب الديمقراطي الكردستاني بزعامة مسعود البرزاني بضم كركوك», «ورفضت الحكومة برئاسة
X الخطة», «وانتقد التحالف بقيادة الولايات المتحدة ...»: a name after «بزعامة», «برئاسة»,
«بقيادة», «بإمرة» describes the body before it (who leads it); it is neither whom an appeal
addresses nor what a stance is toward. Only «أشاد بقيادة X», «رحب برئاسة X» (the praised
leadership itself, the verb's own «ب» right after the subject) keeps it, unless another «بـ»
follows the name: «أشاد مجلس الوزراء خلال جلسته برئاسة X بجهود Y» praises Y, X chairs;
so too «بحضور X», «بمشاركة X» before such a «بـ» (who attended). Right after the
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


ATTENDANCE_WORDS = frozenset({"بحضور", "وبحضور", "بمشاركه", "وبمشاركه"})
"""«خلال اجتماع اللجنة بحضور X»: who attended the occasion, an adjunct like a leader."""
_OBJECT_REACH = 8
"""Words past the adjunct's name searched for the verb's own «بـ» object."""


def leader_adjunct(context: Extraction, words: list[Word], candidate: Candidate,
                   first_word: int, kind: str) -> bool:
    """Whether ``candidate`` is the leader named after «بزعامة» and the like, or the one
    named after «بحضور», «بمشاركة», when the verb's own «بـ» object follows the name (see
    the module docstring)."""
    index = candidate.word_index
    if index == 0:
        return False
    adjunct = words[index - 1].norm
    if adjunct in ATTENDANCE_WORDS:
        return kind in LEADERSHIP_PRAISED and _ba_object_after(context, words, candidate)
    if adjunct not in LEADER_WORDS:
        return False
    return not (kind in LEADERSHIP_PRAISED and index - 1 == first_word and
                not _ba_object_after(context, words, candidate))


def _ba_object_after(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """Whether the verb's own «بـ» object follows the name (see :func:`ba_object_index`)."""
    return ba_object_index(context, words, candidate.word_index, candidate.arg.end) is not None


def ba_object_index(context: Extraction, words: list[Word], index: int,
                    name_end: int) -> int | None:
    """«أشاد مجلس الوزراء خلال جلسته برئاسة X بجهود Y»: the index of the next word opening
    with «بـ» after the name that starts at ``words[index]`` (ending at ``name_end``), in its
    clause, so the name chairs the session and «بجهود» opens what is praised; not «بن» in
    a name, nor a place («بالبلاد»: where the leadership is), nor a word inside a name."""
    while index < len(words) and words[index].start < name_end:
        index += 1
    for later in range(index, min(len(words), index + _OBJECT_REACH)):
        if context.boundary_between(words[later - 1], words[later]):
            return None
        word = words[later]
        mention = context.mention_starting_in(word)
        if word.norm in _NOT_OBJECTS or (mention is None and
                                         context.covering_mention(word.start) is not None):
            continue
        if mention is not None and mention.label in _PLACES:
            return None
        if any(prefix.lstrip("و") in {"ب", "بال"} and rest not in _PLACE_NOUNS
               for prefix, rest in word.readings()[1:]):
            return later
    return None


_LEADER_WORDS_OR_ATTENDANCE_WORDS = LEADER_WORDS | ATTENDANCE_WORDS


def past_chair(context: Extraction, words: list[Word], first_word: int, kind: str) -> int:
    """Where the object of a praise or a welcome opens past «برئاسة X», «بحضور X» when
    the verb's own «بـ» follows the name («رحب المجلس خلال جلسته برئاسة X بالقرار»);
    ``first_word`` itself otherwise."""
    if kind not in LEADERSHIP_PRAISED or first_word + 1 >= len(words) or \
            words[first_word].norm not in _LEADER_WORDS_OR_ATTENDANCE_WORDS:
        return first_word
    mention = context.mention_starting_in(words[first_word + 1])
    if mention is None:
        return first_word
    found = ba_object_index(context, words, first_word + 1, mention.end)
    return found if found is not None else first_word


_NOT_OBJECTS = frozenset({"بن", "بنت", "ابن"})
_PLACES = frozenset({"City", "Region", "Country", "Place"})
_PLACE_NOUNS = frozenset({"البلاد", "بلاد", "المملكه", "المنطقه", "منطقه", "المدينه",
                          "المحافظه", "الوطن", "العالم", "الدوله"})


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
