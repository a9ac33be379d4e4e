"""The holder of a stance noun named in the clause that follows it: who directed it.

«الانتقادات التي وجهها الأمير بندر بن سلطان حول الاتفاق», «تعرض أوباما لانتقادات حادة
وجهها السيناتور جون ماكين», «التحذير الذي أطلقه وزير الخارجية X», «الدعوة التي أطلقتها
منظمة الصحة العالمية»: the criticism, warning or appeal was directed, issued or voiced by
the one named after the verb, which carries a pronoun pointing back to the noun. The
verb must follow the noun at once, past at most two adjectives («انتقادات حادة») and a
relative pronoun; a name after it that the verb governs through a preposition is no
holder (see :func:`kg.relations.arguments.subject_after`). Criticism someone faces, and
praise, welcome or support one receives, may name its holder after «من» («تعرض أوباما
لانتقادات حادة من جون ماكين», «لقي الاتفاق ترحيبا من X», «حظيت مصر بدعم من X»); a warning
«من» someone is a warning against them, and stays as it is.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FACING_VERBS,
    INTENSIFIERS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    find_stance,
)
from kg.relations.stance_decoys import SIDE_OF
from kg.relations.stance_phrases import (
    conjunction,
    content_noun_like,
    definite,
    prepositional,
)

_DIRECTING_STEMS = ("وجه", "اطلق", "اصدر", "ساق", "كال")
"""Verbs of directing, issuing or voicing a statement (past, with «ت» for the feminine)."""
_OBJECT_PRONOUNS = ("ه", "ها", "هم")
DIRECTING = frozenset(
    stem + gender + pronoun
    for stem in _DIRECTING_STEMS for gender in ("", "ت") for pronoun in _OBJECT_PRONOUNS
    if not (stem == "وجه" and gender == "" and pronoun == "ه")  # «وجهه»: his face
) | frozenset(
    prefix + stem[1:] + pronoun if stem.startswith("ا") else prefix + stem + pronoun
    for stem in ("وجه", "اطلق", "اصدر") for prefix in ("ي", "ت")
    for pronoun in ("ها", "هم")
) | frozenset({"ابداه", "ابداها", "ابدته", "ابدتها", "يبديها", "تبديها"})
"""«وجهها», «وجهتها», «أطلقه», «أصدرتها», «يوجهها», «تطلقها», «أبداها»: a directing verb
with the pronoun of the thing directed."""
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})
_ADJECTIVE_REACH = 2


def directed_holder(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence, kind: RelationKind) -> tuple[list[Arg], int] | None:
    """The named holder of the stance noun at ``position`` after a verb that directed it
    (or, for criticism someone faces, after «من»), and the index of the word after the
    holder; None when no such clause follows."""
    index = position + 1
    for _ in range(_ADJECTIVE_REACH + 2):
        if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if word.norm in DIRECTING or (word.norm == "من" and kind in _RECEIVED and
                                      _faced(context, words, position, kind)):
            break
        if word.norm in _RELATIVES or word.norm == "قد":
            index += 1
            continue
        if not _adjective_like(context, word):
            return None
        index += 1
    else:
        return None
    if words[index].norm == "من" and index + 2 < len(words) and words[index + 1].norm in SIDE_OF:
        index += 1  # «قوبل القرار برفض من جانب المعارضة»
    subjects, after = subject_after(context, words, index, sentence)
    if not subjects:
        return None
    return subjects, after


_RECEIVED: dict[RelationKind, frozenset[str]] = {
    **dict.fromkeys(("criticizes", "condemns", "opposes", "rejects", "threatens"),
                    FACING_VERBS | RECEIVING_VERBS),
    **dict.fromkeys(("praises", "welcomes", "supports"), RECEIVING_VERBS),
}
"""Kinds a stance noun may be faced or received with, its holder named after «من», and the
verbs that face or receive it: criticism and rejection are faced or met («واجه», «تعرض»,
«قوبل»), praise, welcome and support received («لقي», «حظي»); a warning «من» someone is
against them."""


def faced(context: Extraction, words: list[Word], position: int, kind: RelationKind) -> bool:
    """Whether the stance noun at ``position`` is one its object faces or receives (see
    :func:`_faced`); False for a kind that is never received."""
    return kind in _RECEIVED and _faced(context, words, position, kind)


_FACED_REACH = 9
"""«وتعرض رئيس الوزراء اليوناني ألكسيس تسيبراس لانتقادات»: the facing verb, its subject
(a title and a name) and the noun."""


def _faced(context: Extraction, words: list[Word], position: int, kind: RelationKind) -> bool:
    """«تعرض X لانتقادات», «واجهت X انتقادات», «لقي الاتفاق ترحيبا», «حظيت مصر بدعم»: a verb
    of facing or receiving, then at most its subject (a name, or a title and a name), right
    before the noun (the one who holds the stance is then named after «من»). A relative, a
    complementizer or another stance word between them opens another clause."""
    verbs = _RECEIVED[kind]
    for index in range(position - 1, max(-1, position - _FACED_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(verbs):
            return True
        if position - index > 4 and (words[index].norm in _RELATIVES or
                                     words[index].norm in COMPLEMENTIZERS or
                                     find_stance(words[index].norm) is not None):
            return False
    return False


def _adjective_like(context: Extraction, word: Word) -> bool:
    """«حادة», «الشديدة», «اللاذعة»: a word no mention covers, that opens no coordinated or
    prepositional phrase and is no stance word («انتقادات وتحذيرات» is read by its own
    trigger); an adjective of degree even when it opens with «و» («إشادة واسعة»)."""
    if word.norm.removeprefix("ال") in INTENSIFIERS:
        return context.covering_mention(word.start) is None
    return context.covering_mention(word.start) is None and \
        find_stance(word.norm) is None and content_noun_like(word) and \
        not conjunction(word) and word.norm not in PREPOSITIONS and \
        not (prepositional(word) and definite(word))  # «للحكومة»; «لاذعة» is no «ل» + noun
