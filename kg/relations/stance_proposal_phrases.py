"""A proposal in construct with its author, right after the stance verb and its subject, is
the object as a whole.

«رفض بري اقتراح رايس», «وأيدت فرنسا خطة أنان», «ورحبت قطر بمبادرة السعودية»: what is
rejected, backed or welcomed is the proposal, and the guidelines take the whole construct
as the object («قرار مجلس الأمن»). ``stance_proposal_owners`` holds the author-as-object
reading under the bar; here the object becomes the phrase «اقتراح رايس» when the proposal
noun stands right after the verb or right after its subject («رفض X اقتراح Y», «X رفض
اقتراح Y»), past a manner or time word («ورفضت X بشدة قرار Y»), so that nothing but the
verb's own complement is read: «رحبت مصر بالاتفاق الذي ينص على تنفيذ قرار مجلس الأمن»
keeps its first object and is not touched. A verb or noun that takes its object with «على»
(«اعترضت تونس على قرار بريطانيا», «أبدت مصر تحفظها على قرار X») has the proposal right
after that «على».
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_phrase_objects import TIME_WORDS
from kg.relations.stance_phrases import without_clitics
from kg.relations.stance_proposal_owners import construct_head, proposal_owner
from kg.relations.stance_spellings import MANNER
from kg.text.normalize import normalize_key

_OBJECT_PREPOSITIONS = frozenset({"علي"})
"""«على» standing alone: the preposition of «اعترض على», «تحفّظ على» (the acceptance kinds'
only verbs that take their object with a separate preposition)."""


def proposal_phrase(context: Extraction, words: list[Word], position: int, subjects: list[Arg],
                    candidate: Candidate, kind: str) -> Candidate | None:
    """The phrase «اقتراح رايس» for the author ``candidate`` of a proposal that is the
    complement of the verb at ``words[position]`` (see the module docstring), else None."""
    if not proposal_owner(context, words, candidate, kind):
        return None
    head = construct_head(context, words, candidate)
    if head is None:
        return None
    index = head.index - words[0].index
    if index < 1 or not _opens_complement(words, position, index, subjects):
        return None
    name = without_clitics(context, [head]) + context.doc.text[head.end:candidate.arg.end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, head.start, candidate.arg.end), "", None, index, "topic")


def _opens_complement(words: list[Word], position: int, index: int, subjects: list[Arg]) -> bool:
    """Whether ``words[index]`` follows the verb at once, or the end of one of its subjects
    that itself follows the verb («رفض بري اقتراح»), past a manner or time word («بشدة»,
    «أمس»)."""
    while index - 1 > position and (words[index - 1].norm in MANNER or
                                    words[index - 1].norm in TIME_WORDS):
        index -= 1  # «ورفضت إيران بشدة قرار X», «ورحبت مصر أمس بمبادرة X»
    if index - 1 > position and words[index - 1].norm in _OBJECT_PREPOSITIONS:
        index -= 1  # «اعترضت تونس على قرار X»: the preposition of the verb's object
    before = words[index - 1]
    if index - 1 == position:
        return True
    return index > position and any(s.start <= before.start and s.end == before.end and
                                     s.start > words[position].start for s in subjects)
