"""A stance holder named only by a title and a country's adjective, with no name anywhere.

«وندد الرئيس التركي بالهجوم», «وانتقد رئيس الوزراء الإسرائيلي الاتفاق», «ودعا وزير الخارجية
الفرنسي ...»: news names a head of state or a minister by the title and the country's
adjective alone, when the article never gives the name. Right after the stance verb, a
title head, at most two definite words of its own («الوزراء», «الخارجية») and a nisba mention
of a country, with no person named right after it, hold the stance as one person, known by
that title («الرئيس التركي»). Nothing is read when a person of the document holds a title of
the same head for that country (then the title stands for that person, see
:mod:`kg.relations.stance_titled_holders`), when the verb does not agree with the head in
gender, or when a person is named right after it.
"""

from __future__ import annotations

from kg.gazetteer.person_words import is_given
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, TITLE_HEADS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite, prepositional
from kg.text.normalize import normalize_key

_OWN_WORDS = 2
"""Definite words of the title between its head and the country's adjective."""


def unnamed_title_holder(context: Extraction, words: list[Word], position: int,
                         gender: str | None) -> tuple[Arg, int] | None:
    """The person the title right after the verb at ``position`` names (see the module
    docstring) and the index of the word after the title; None when no such title is there.
    ``gender`` is the verb's («m», «f» or None)."""
    index = position + 1
    if index >= len(words) or not is_title_head(words[index]) or prepositional(words[index]) \
            or context.covering_mention(words[index].start) is not None or \
            context.boundary_between(words[position], words[index]):
        return None
    head = words[index]
    feminine = head.bare().endswith("ه")
    if gender is not None and gender != ("f" if feminine else "m"):
        return None
    for at in range(index + 1, min(len(words), index + _OWN_WORDS + 2)):
        if context.boundary_between(words[at - 1], words[at]) or not definite(words[at]) or \
                prepositional(words[at]):
            return None
        mention = context.mention_starting_in(words[at])
        if mention is None:
            continue
        if mention.label != "Country" or not mention.entity_id or not context.is_nisba(mention):
            return None
        end = at + 1
        named = context.mention_starting_in(words[end]) if end < len(words) else None
        if named is not None and named.label == "Person":
            return None  # «الرئيس التركي رجب طيب أردوغان»: named after all
        if _untagged_name(context, words, end):
            return None  # «وزير الدفاع الإسرائيلي موشيه يعالون»: a name kg did not tag
        if _held_by_someone(context, head, mention.entity_id):
            return None
        start = head.start + _clitics(head)
        name = context.doc.text[start:mention.end]
        node = context.add_entity("Person", name, normalize_key(name) + "|" + mention.entity_id)
        return Arg(node, start, mention.end), end
    return None


def _clitics(head: Word) -> int:
    """The length of the conjunction before the title head («ورئيس» → 1); «ال» stays."""
    for prefix, rest in head.readings():
        if rest.removeprefix("ال") in TITLE_HEADS:
            return len(prefix.removesuffix("ال"))
    return 0


def _held_by_someone(context: Extraction, head: Word, country: str) -> bool:
    """A person of the document holds a title of this head for this country."""
    bare = head.bare().removeprefix("ال")
    return any(role.org_id == country and role.position_name.split()[0].removeprefix("ال") == bare
               for role in context.roles if role.position_name)


def _untagged_name(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the title is followed by what reads as a person's name no mention covers:
    a given name («أحمد», «جون»), or two bare words no mention covers, neither definite
    nor a function word («موشيه يعالون»). A noun in construct then a name («تصريحات
    نتنياهو») or a definite object («الاتفاق») is no name."""
    ahead = words[index:index + 2]
    if not ahead or context.covering_mention(ahead[0].start) is not None or \
            (len(ahead) == 2 and context.boundary_between(ahead[0], ahead[1])):
        return False
    if is_given(ahead[0].norm):
        return True
    return len(ahead) == 2 and all(
        context.covering_mention(w.start) is None and not definite(w) and
        w.norm not in FUNCTION_WORDS and not prepositional(w) and w.norm.isalpha()
        for w in ahead)
