"""Two forms of «بين» naming the two parties of a coordination, read by
:mod:`kg.relations.stance_pairs`:

- **«ما بين» and «فيما بين»**, «بين» strengthened: «بالتعاون فيما بين وزارة الصحة ووزارة
  الزراعة», «وتم التعاون ما بين الجمعية وفرقة المسرح»: the same pair as after a bare «بين»;
- **a person named behind a role or a title**: «التعاون الثاني بين المخرج X والممثل Y»,
  «التنسيق بين الرئيس X والملك Y»: the person named right after one role noun
  (:data:`PERSON_NOUNS`: «المخرج», «الفنان») or title head («الرئيس», «الوزير») is the party.
  A title followed by its body («بين وزير الداخلية X و ...») is not read here: only a name
  right after the one noun counts.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.lexicon_stance_words import PERSON_NOUNS

_BETWEEN = "بين"
_STRENGTHENING = frozenset({"ما", "فيما"})
"""Particles that may stand right before «بين» without changing it («فيما بين»)."""


def between_at(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of «بين» when it stands at ``words[index]``, or right after «ما» or «فيما»
    there with nothing between; ``None`` otherwise."""
    if index >= len(words):
        return None
    if words[index].norm == _BETWEEN:
        return index
    if words[index].norm in _STRENGTHENING and index + 1 < len(words) and \
            words[index + 1].norm == _BETWEEN and \
            not context.boundary_between(words[index], words[index + 1]):
        return index + 1
    return None


def person_past_role(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """«المخرج X», «والممثل X»: the person named right after the role noun or title head at
    ``words[index]`` (a clitic «و» and the article on it allowed), with nothing between."""
    if index + 1 >= len(words) or context.boundary_between(words[index], words[index + 1]):
        return None
    stem = words[index].norm.removeprefix("و").removeprefix("ال")
    if stem not in PERSON_NOUNS and stem not in TITLE_HEADS:
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.start != words[index + 1].start or mention.label != "Person":
        return None
    return mention
