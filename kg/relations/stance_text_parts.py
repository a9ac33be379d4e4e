"""A part of a text, indefinite, with the text it is in after «في»: one object.

«رفض البرلمان نصاً في الدستور», «انتقد حزب الوفد بنداً في الاتفاق النووي», «اعترضت
الحكومة على مادة في القانون الجديد»: an indefinite noun of a part of a text («نص», «بند»,
«مادة», «فقرة», «شرط» and their plurals) names nothing alone; with «في» and the definite text
it belongs to right after it, the two are the thing the stance is toward. Read as one
phrase, up to the text's adjectives of relation («الاتفاق النووي الإيراني») or the end of a
name after «في».
"""

from __future__ import annotations

from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_phrases import definite
from kg.text.normalize import normalize_key

_PARTS = frozenset({
    "نص", "نصا", "نصوص", "نصوصا", "بند", "بندا", "بنود", "بنودا", "ماده", "مواد", "فقره",
    "فقرات", "شرط", "شرطا", "شروط", "شروطا", "جزء", "جزءا", "اجزاء",
})
"""Indefinite nouns of a part of a text, bare or accusative («نصاً», «بنداً»)."""
_THING_KINDS = frozenset({"rejects", "opposes", "criticizes", "supports", "welcomes", "condemns",
                          "praises", "denies"})
"""Kinds whose object may be a thing said or decided (an appeal or a warning is to someone)."""
_ADJECTIVES = 2
"""Adjectives of relation the text may take after it («الاتفاق النووي الإيراني»)."""


def text_part(context: Extraction, words: list[Word], first_word: int, skip: set[str],
              kind: RelationKind) -> Candidate | None:
    """The part of a text at ``words[first_word]`` with «في» and its text (see the module
    docstring), or None."""
    if kind not in _THING_KINDS or first_word + 2 >= len(words) or \
            words[first_word].norm not in _PARTS or words[first_word + 1].norm != "في" or \
            any(context.boundary_between(words[i], words[i + 1])
                for i in range(first_word, first_word + 2)):
        return None
    text = words[first_word + 2]
    mention = context.mention_starting_in(text)
    if mention is not None:
        if mention.start != text.start:
            return None
        end = mention.end  # «بنداً في اتفاق أوسلو»
    elif definite(text) and not text.norm.startswith(("و", "ف", "ب", "ل", "ك")):
        last = first_word + 2
        while last + 1 < len(words) and last - first_word - 2 < _ADJECTIVES and \
                definite(words[last + 1]) and words[last + 1].norm.endswith(("ي", "يه")) and \
                not context.boundary_between(words[last], words[last + 1]):
            last += 1  # «في الاتفاق النووي»
        end = words[last].end
    else:
        return None
    start = words[first_word].start
    name = context.doc.text[start:end]  # «بنداً»: no clitic («ب» is the noun's own letter)
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    if node in skip:
        return None
    return Candidate(Arg(node, start, end), "", None, first_word, "topic")
