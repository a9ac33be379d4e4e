"""The doer named in «ما قامت به X» after a stance trigger is what the stance is toward.

«وأدانت مصر بشدة ما قامت به إسرائيل من اعتداءات», «وأعربت مصر عن رفضها لما قامت به
إسرائيل», «واستنكر X ما ترتكبه القوات الإسرائيلية من جرائم», «وانتقد X ما أقدمت عليه
الحكومة»: «ما» (or «لما», «بما», «عما») opens the object, then a verb of doing («قام بـ»,
«أقدم على», «ارتكب», «مارس», «اقترف», «فعل») with its resumptive pronoun («به», «عليه», or
one on the verb: «ترتكبه»), then its subject: a named actor, the one condemned, criticised,
rejected or welcomed for the deed.

Only for stances against a deed and for welcoming or backing one (praise reads the deed's
owner itself, an appeal its addressee); the actor must follow the verb and its pronoun at
once (not a place, not the stance's own subject, not a nisba).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import StanceTrigger
from kg.relations.stance_urged_doers import doing_actor

_WHAT = frozenset({"ما", "لما", "بما", "عما"})
_DOING = frozenset({
    "قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون",
    "اقدم", "اقدمت", "اقدموا", "يقدم", "تقدم",
})
"""Verbs of doing whose resumptive pronoun is a separate word («قامت به», «أقدمت عليه»)."""
_RESUMPTIVE = frozenset({"به", "بها", "عليه", "عليها"})
_DOING_IT = frozenset({
    "ارتكبته", "ارتكبه", "ارتكبها", "ارتكبوه", "ترتكبه", "يرتكبه", "ترتكبها", "يرتكبها",
    "يرتكبونه", "اقترفته", "اقترفه", "تقترفه", "يقترفه", "مارسته", "مارسه", "تمارسه",
    "يمارسه", "تمارسها", "يمارسها", "يمارسونه", "فعلته", "فعله", "تفعله", "يفعله",
})
"""Verbs of doing with the resumptive pronoun on them («ما ترتكبه X», «ما مارسته X»)."""
_DEED_KINDS = frozenset({"condemns", "criticizes", "rejects", "opposes", "welcomes",
                         "supports"})


def deed_doer(context: Extraction, words: list[Word], first_word: int,
              trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The actor of «ما قامت به X» opening the object at ``words[first_word]`` (see the
    module docstring), or None."""
    if trigger.kind not in _DEED_KINDS or first_word + 2 >= len(words) or \
            words[first_word].norm.lstrip("و") not in _WHAT:
        return None
    index = first_word + 1
    if words[index].norm in _DOING and index + 1 < len(words) and \
            words[index + 1].norm in _RESUMPTIVE:
        index += 2
    elif words[index].norm in _DOING_IT:
        index += 1
    else:
        return None
    if index >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                  for i in range(first_word, index)):
        return None
    return doing_actor(context, words, index, skip)
