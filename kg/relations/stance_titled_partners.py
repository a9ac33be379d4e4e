"""A second subject joined by «و» with its own title: «وانتقد وزير الخارجية السعودي عادل
الجبير ونظيره الإماراتي عبدالله بن زايد إيران», «وأشاد الرئيس الأمريكي باراك أوباما ورئيس
الوزراء البريطاني ديفيد كاميرون بالاتفاق».

Both persons hold the stance; the second is no object of the verb. The second subject
opens with «و» (or «وال») glued to a title head («ورئيس», «ووزير», «والأمين») or to
«نظير» with its pronoun («ونظيره»), and its name follows within a few words with no
punctuation between. A preposition glued to the title («ولرئيس», «وبوزير») makes it an
object or an adjunct, never a subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Sentence, Word
from kg.relations.lexicon import TITLE_HEADS

COUNTERPARTS = frozenset({"نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظرائه"})
"""«ونظيره الإماراتي X»: the counterpart of the first subject."""

_JOINING = frozenset({"و", "وال"})
_REACH = 7
"""Title words between the head and the name («ورئيس مجلس الوزراء البريطاني X»)."""


def _titled_waw(word: Word) -> bool:
    """«ورئيس», «ونظيره», «والأمين»: «و» glued to a title head, with no preposition."""
    return any(prefix in _JOINING and (rest in TITLE_HEADS or rest in COUNTERPARTS)
               for prefix, rest in word.readings())


def titled_partners(context: Extraction, args: list[Arg], sentence: Sentence) -> list[Arg]:
    """``args`` (a subject chain of persons right after a verb) with the persons joined to
    it by «و» + a title: each such person is one more subject."""
    if not args:
        return args
    found = list(args)
    while True:
        last = context.word_at(max(found[-1].start, found[-1].end - 1))
        if last is None or last.index + 1 >= len(context.words):
            return found
        head = context.words[last.index + 1]
        if head.start >= sentence.end or not _titled_waw(head) or \
                context.boundary_between(last, head) or \
                context.covering_mention(head.start) is not None:
            return found
        person = _name_after(context, head, sentence)
        if person is None:
            return found
        found.append(person)


def _name_after(context: Extraction, head: Word, sentence: Sentence) -> Arg | None:
    """The person named after the title ``head`` within a few words, with no punctuation
    and no other person or verb between."""
    previous = head
    for index in range(head.index + 1, min(len(context.words), head.index + 1 + _REACH)):
        word = context.words[index]
        if word.start >= sentence.end or context.boundary_between(previous, word):
            return None
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person":
            return Arg(mention.entity_id, mention.start, mention.end) \
                if mention.entity_id else None
        previous = word
    return None
