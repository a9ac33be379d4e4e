"""A thing of a titled actor as one object: «قرار الرئيس أوباما», «خطاب الأمين العام لحزب الله».

A short descriptive object («قرار الرئيس», «خطاب الأمين العام») whose last words are a title
(«الرئيس», «الأمين العام», «وزير الخارجية الأمريكي») is cut short when the title's holder or
body follows: the name in apposition to the title («الرئيس أوباما», «الرئيس الأمريكي باراك
أوباما») or the body the title is of, with a glued or a separate «ل» («الأمين العام لحزب
الله», «الأمين العام لـ"حزب الله"»). The name is part of the phrase, not a new argument:
«دافع X عن قرار الرئيس أوباما بـ...» defends the president Obama's decision, not «قرار
الرئيس». The phrase reads on over that one name; what follows it (a comma, a second name
in apposition, a clause) stays out.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.role_words import is_title_head

_BODY_LABELS = AGENT_LABELS - {"Person"}
"""What a title is «of» after «ل»: an organisation, a country, an armed group."""
_SEPARATE_LAM = frozenset({"ل", "لـ"})
_CLOSING_QUOTES = frozenset({'"', "»", "”"})


def titled_end(context: Extraction, words: list[Word], kept: list[Word]) -> int | None:
    """The end (in the text) of the phrase ``kept`` read on over its title's holder or body,
    or None when ``kept`` holds no title past its head or no such name follows it."""
    if len(kept) < 2 or not any(is_title_head(word) for word in kept[1:]):
        return None  # the phrase's own head a title («الرئيس أوباما») is a name, not a thing
    position = _position(words, kept[-1])
    if position is None or position + 1 >= len(words):
        return None
    after = words[position + 1]
    if context.boundary_between(kept[-1], after):
        return None
    if after.norm in _SEPARATE_LAM and position + 2 < len(words):
        body = context.mention_starting_in(words[position + 2])  # «لـ"حزب الله"»
        if body is not None and body.entity_id and body.label in _BODY_LABELS:
            return _past_quote(context, body.end)
        return None
    mention = context.mention_starting_in(after)
    if mention is None or not mention.entity_id or mention.start < after.start:
        return None
    prefix = context.attached_prefix(mention)
    if prefix == "" and mention.label == "Person":
        return mention.end  # «قرار الرئيس أوباما»: the title's holder in apposition
    if prefix == "ل" and mention.label in _BODY_LABELS:
        return mention.end  # «خطاب الأمين العام لحزب الله»: the body the title is of
    return None


def _past_quote(context: Extraction, end: int) -> int:
    """The end past the closing mark of a quoted name («لـ"حزب الله"»)."""
    text = context.doc.text
    return end + 1 if end < len(text) and text[end] in _CLOSING_QUOTES else end


def _position(words: list[Word], word: Word) -> int | None:
    """Where ``word`` stands in ``words`` (its index there, when the list is the document's,
    else a search)."""
    if 0 <= word.index < len(words) and words[word.index] is word:
        return word.index
    for position, other in enumerate(words):
        if other is word:
            return position
    return None
