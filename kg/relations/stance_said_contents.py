"""«رحبت مصر بما جاء في البيان الختامي»: what a text says, welcomed or rejected, is the text.

«بما جاء في», «ما ورد في» («رحب بما جاء في كلمة الرئيس», «رفضت ما ورد في التقرير») name
nothing but the text after «في»: the statement, the report, the speech, the agreement is the
object as a phrase, up to two adjectives («البيان الختامي»), or the indefinite text and the
definite noun in construct after it («تقرير المنظمة»); an actor named in that construct is
the object, as everywhere in kg («ما ورد في تقرير مجلس الأمن»: the council); never a
further «لـ» or «في» phrase («للقمة», «في القاهرة»). Only for stances toward a thing said or
decided; an appeal, a warning or a denial is left to their own readings.
"""

from __future__ import annotations

from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_phrases import conjunction, definite, prepositional
from kg.text.normalize import normalize_key

_WHAT = frozenset({"ما", "بما", "لما"})
_CAME = frozenset({"جاء", "ورد", "جاءت", "وردت"})
_SAID_KINDS = frozenset({"rejects", "opposes", "criticizes", "supports", "welcomes", "condemns",
                         "praises"})
_ADJECTIVES = 2


def said_content(context: Extraction, words: list[Word], first_word: int, skip: set[str],
                 kind: RelationKind) -> Candidate | None:
    """The text at «بما جاء في X» from ``words[first_word]`` (see the module docstring), or
    None."""
    text_index = first_word + 3
    if kind not in _SAID_KINDS or text_index >= len(words) or \
            words[first_word].norm.removeprefix("و") not in _WHAT or \
            words[first_word + 1].norm not in _CAME or words[first_word + 2].norm != "في" or \
            any(context.boundary_between(words[i], words[i + 1])
                for i in range(first_word, text_index)):
        return None
    text = words[text_index]
    if conjunction(text) or prepositional(text):
        return None
    mention = context.mention_starting_in(text)
    if mention is not None:
        if mention.start != text.start or not mention.entity_id or \
                mention.entity_id in skip or context.is_nisba(mention):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         text_index, "mention")  # «بما جاء في اتفاق أوسلو»: the named text
    author = _author(context, words, text_index)
    if author is not None:  # «ما ورد في تقرير مجلس الأمن»: toward its authors, as everywhere
        return author if author.arg.node_id not in skip else None
    end = _text_end(context, words, text_index)
    if end is None:
        return None
    name = context.doc.text[text.start:end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    if node in skip:
        return None
    return Candidate(Arg(node, text.start, end), "", None, text_index, "topic")


def _author(context: Extraction, words: list[Word], index: int) -> Candidate | None:
    """The actor named in construct after the indefinite text at ``words[index]`` («تقرير
    مجلس الأمن», «خطاب أوباما»), or None."""
    head = words[index]
    if definite(head) or index + 1 >= len(words) or \
            context.boundary_between(head, words[index + 1]):
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.start != words[index + 1].start or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                     index + 1, "mention")


def _text_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The end of the text's phrase at ``words[index]``: a definite noun and up to two
    definite adjectives, or an indefinite noun and the definite noun or name after it."""
    head = words[index]
    if definite(head):
        last = index
        while last + 1 < len(words) and last - index < _ADJECTIVES and \
                definite(words[last + 1]) and not prepositional(words[last + 1]) and \
                not conjunction(words[last + 1]) and \
                words[last + 1].norm.endswith(("ي", "يه", "ه")) and \
                context.mention_starting_in(words[last + 1]) is None and \
                not context.boundary_between(words[last], words[last + 1]):
            last += 1  # «البيان الختامي», «الكلمة الافتتاحية»
        return words[last].end
    if index + 1 >= len(words) or context.boundary_between(head, words[index + 1]):
        return None
    genitive = words[index + 1]
    if context.mention_starting_in(genitive) is not None:
        return None  # a place or another name: not read
    if definite(genitive) and not prepositional(genitive) and not conjunction(genitive):
        return genitive.end  # «تقرير المنظمة»
    return None
