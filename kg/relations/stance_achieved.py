"""«أشاد X بما تحقق من إنجاز أمني»: what was achieved, praised with no doer named, is the object.

Gulf news praise an achievement through «ما» and an impersonal verb of achieving: «وأشاد
العقيد X بما تحقق من إنجاز أمني», «ثمن X ما تحقق من نجاحات كبيرة», «رحب بما أُنجز من
خطوات». Nothing but the noun after «من» names the thing: it is the object as a phrase, the
indefinite noun and up to two adjectives after it («إنجاز أمني», «نجاحات كبيرة»), never a
further «في»/«لـ» phrase. When a doer follows the verb («بما حققته وزارة الداخلية من
إنجاز») the doer is the object, as :mod:`kg.relations.stance_praise_objects` reads it; here
«من» must follow the verb at once. Only for praise and welcome.

What the praiser saw or found is read the same way, through a verb of witnessing whose
pronoun points back to «ما»: «مشيداً بما شاهده من أجنحة وأركان», «منوها بما لمسه من تعاون».
"""

from __future__ import annotations

from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_phrase_objects import content_noun
from kg.relations.stance_phrases import conjunction, definite, prepositional
from kg.text.normalize import normalize_key

_WHAT = frozenset({"ما", "بما", "لما"})
_ACHIEVED = frozenset({"تحقق", "تحققت", "يتحقق", "انجز", "تم"})
"""Impersonal verbs of achieving (and «تم», «what was done»)."""
_WITNESSED = frozenset({"شاهده", "شاهدته", "شاهدوه", "شاهدناه", "لمسه", "لمسته", "لمسوه",
                        "لمسناه", "راه", "راته", "راوه", "رايناه", "وجده", "وجدته", "وجدوه"})
"""Verbs of witnessing with the pronoun of «ما» («بما شاهده من», «بما لمسوه من»): the praiser
saw or found the thing."""
_ACHIEVED_KINDS = frozenset({"praises", "welcomes"})
_ADJECTIVES = 2


_ACHIEVED_OR_WITNESSED = _ACHIEVED | _WITNESSED


def achieved_thing(context: Extraction, words: list[Word], first_word: int, skip: set[str],
                   kind: RelationKind) -> Candidate | None:
    """The achievement at «بما تحقق من X» from ``words[first_word]`` (see the module
    docstring), or None."""
    noun_index = first_word + 3
    if kind not in _ACHIEVED_KINDS or noun_index >= len(words) or \
            words[first_word].norm.removeprefix("و") not in _WHAT or \
            words[first_word + 1].norm not in _ACHIEVED_OR_WITNESSED or \
            words[first_word + 2].norm != "من" or \
            any(context.boundary_between(words[i], words[i + 1])
                for i in range(first_word, noun_index)):
        return None
    noun = words[noun_index]
    if definite(noun) or conjunction(noun) or prepositional(noun) or not content_noun(noun) or \
            context.covering_mention(noun.start) is not None:
        return None
    last = noun_index
    while last + 1 < len(words) and last - noun_index < _ADJECTIVES and \
            _adjective(context, words[last], words[last + 1]):
        last += 1
    end = words[last].end
    name = context.doc.text[noun.start:end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    if node in skip:
        return None
    return Candidate(Arg(node, noun.start, end), "", None, noun_index, "topic")


def _adjective(context: Extraction, before: Word, word: Word) -> bool:
    """«أمني», «كبيرة»: an indefinite adjective right after the noun, in the same phrase."""
    return not context.boundary_between(before, word) and not definite(word) and \
        not prepositional(word) and not conjunction(word) and \
        context.covering_mention(word.start) is None and \
        word.norm.endswith(("ي", "يه", "ه", "ين", "ات"))
