"""A tagger's one-word name that is a common word and only a conditional alias.

The gazetteer marks a name that is also a common word as conditional («~مشهد»: a
scene, and Mashhad; «~حماس»: enthusiasm, and Hamas): its stage makes a mention of it
only with support (the entry named whole in the document, a member cue for a group, a
place noun for a place). The statistical tagger knows no such condition and tags the
word wherever it looks like a name: «وكان آخر مشهد», «ظهر حماس النزلاء». The same
support is asked of the tagger here, for a one-word mention whose word is frequent in
general text (:func:`kg.ner.common_names` decides that) and that the gazetteer knows
only as a conditional alias:

- a word right before it that makes it a name: a member cue («عناصر حماس»), a feminine
  verb of saying or stance («قالت حماس», «اتهمت حماس»: an organisation speaks), a place
  noun or a title («مدينة مشهد»);
- or it is the subject right after «إن/أن», with no definite noun after it (which would
  make a construct: «أن مشهد الأمير»);
- or it is coordinated with another name right before it («بين إسرائيل وحماس»);
- or a feminine imperfect verb right after it («حماس تتهم»: the organisation's verb);
- or, for a place, the document names the country it lies in («مشهد» in a report that
  names Iran).

Without any, the word is the common word and the mention is dropped.
"""

from __future__ import annotations

from kg.gazetteer.index import AliasKind, GazetteerIndex, name_key
from kg.gazetteer.resources import MEMBER_CUES, PLACE_CUES, STANCE_VERBS
from kg.model import Document, Mention
from kg.text.words import WordView

_GROUP_CUES = frozenset(word for cues in (MEMBER_CUES, STANCE_VERBS)
                        for phrase in cues for word in name_key(phrase))
_PLACE_CUES = frozenset(word for phrase in PLACE_CUES for word in name_key(phrase))
_PLACE_LABELS = frozenset({"City", "Region", "Place"})
_OPENERS = frozenset(name_key("إن أن ان لأن لان كأن لكن ولكن وإن وأن فإن"))
"""«إن/أن» open a nominal sentence whose subject the name is («إن حماس حركة مقاومة»)."""


def cued(before: str, label: str) -> bool:
    """The word before is a member cue or a feminine verb of saying or stance (before a
    group's name), a place noun (before a place's): the name after it is the name
    («عناصر حماس جاهزيتهم»: a construct, not «حماس» with an adjective)."""
    cues = _PLACE_CUES if label in _PLACE_LABELS else _GROUP_CUES
    return before in cues or (before[:1] in "وف" and before[1:] in cues)


def conditional_only(stem: str, gazetteer: GazetteerIndex) -> tuple[str, ...]:
    """The keys the gazetteer gives ``stem`` when all its readings are conditional."""
    refs = gazetteer.lookup(stem)
    if not refs or any(ref.kind is not AliasKind.CONDITIONAL for ref in refs):
        return ()
    return tuple(sorted({ref.key for ref in refs}))


def supported(doc: Document, mention: Mention, words: WordView, index: int,
              keys: tuple[str, ...], gazetteer: GazetteerIndex) -> bool:
    """Whether the conditional name at word ``index`` has support (module docstring)."""
    texts = words.texts
    if index > 0 and words.one_line(index - 1, index):
        if cued(texts[index - 1], mention.label):
            return True
        if texts[index - 1] in _OPENERS and index + 1 < len(texts) and \
                words.one_line(index, index + 1) and not texts[index + 1].startswith("ال"):
            return True  # the subject of «إن/أن» («إن حماس حركة»), no construct after it
        if texts[index].startswith("و") and any(
                other.start == words.starts[index - 1] or other.end == words.ends[index - 1]
                for other in doc.mentions if other is not mention):
            return True  # coordinated with another name: «فتح وحماس», «إسرائيل وحماس»
    if mention.label not in _PLACE_LABELS and index + 1 < len(texts) and \
            words.one_line(index, index + 1):
        after = texts[index + 1]
        if len(after) >= 4 and after[0] == "ت" and after.isalpha():
            return True
    if mention.label not in _PLACE_LABELS:
        return False
    countries = {gazetteer.entry(key).part_of for key in keys} - {None}
    if not countries:
        return False
    for other in doc.mentions:
        if other.label == "Country" and any(
                ref.key in countries for ref in gazetteer.lookup(other.text)):
            return True
    return False
