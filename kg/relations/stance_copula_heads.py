"""Who holds a stance told by a participle that is the predicate of «كان» and its sisters.

«أن روسيا كانت داعمة إيران الأولى», «إن مصر ظلت مؤيدة للاتفاق», «قطر كانت ولا تزال داعمة
للإخوان»: the holder is named before the copula, which stands between it and the
participle; the participle is indefinite (a predicate, not an adjective of a noun) and
agrees with the copula in gender. «وكانت روسيا داعمة» (the name after the copula) is an
adjective head of its own (``kg.relations.stance_adjective_heads``).
"""

from __future__ import annotations

from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, PREDICATE_BACKERS, PREDICATE_OPPONENTS
from kg.relations.role_words import is_title_head

_COPULAS = {
    "كان": "m", "كانت": "f", "ظل": "m", "ظلت": "f", "بات": "m", "باتت": "f", "اصبح": "m",
    "اصبحت": "f", "بقي": "m", "بقيت": "f", "يظل": "m", "تظل": "f", "يبقي": "m", "تبقي": "f",
    "يزال": "m", "تزال": "f", "زال": "m", "زالت": "f", "لازال": "m", "لازالت": "f",
    "صار": "m", "صارت": "f",
}
"""Copulas («كان» and its sisters) by gender, without «و»; «يزال», «زال» follow «لا», «ما»."""
_PARTICLES = frozenset({"لا", "ما", "ولا", "وما"})
"""The negations of «لا يزال», «ما زال»: part of the copula, not of its subject."""
_ENDURING = frozenset({"يزال", "تزال", "زال", "زالت"})
"""«لا يزال», «ما زالت»: the copulas that need «لا»/«ما» before them to mean 'still'."""
_OPENERS = COMPLEMENTIZERS | {"لان", "كما", "حيث", "اذ", "فيما", "بينما"}
"""Words that open the clause of the copula's subject («أن روسيا كانت ...»)."""
_MOST_WORDS = 5
"""«كانت ولا تزال»: at most this many words of copula between the name and the participle."""
_TITLE_WORDS = 4
"""At most this many title words between «وكان» and the name of its subject."""


def copula_head(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named subject right before the copula chain that ends right before the
    indefinite participle at ``words[position]`` («أن روسيا كانت داعمة لإيران»)."""
    word = words[position]
    if word.norm.lstrip("و").startswith("ال"):
        return None  # «كانت روسيا الداعم الأول»: a definite noun, a head of its own
    gender = "f" if word.bare().endswith(("ه", "تين")) else "m" \
        if not word.bare().endswith(("ين", "ون")) else None
    index, copulas = position - 1, 0
    while index >= 0 and position - index <= _MOST_WORDS:
        norm = words[index].norm
        kind = _COPULAS.get(norm.removeprefix("و")) if norm not in _COPULAS else _COPULAS[norm]
        if kind is not None:
            if gender is not None and kind != gender:
                return None  # «كان ... داعمة»: the participle belongs to another noun
            copulas += 1
        elif norm not in _PARTICLES or \
                words[index + 1].norm.removeprefix("و") not in _ENDURING:
            break  # «روسيا ما كانت داعمة»: a negation, not «ما زالت»
        if kind is not None and norm.removeprefix("و") in _ENDURING and \
                (index == 0 or words[index - 1].norm not in _PARTICLES):
            return None  # «زالت»: ceased to be, without «لا»/«ما» before it
        if context.boundary_between(words[index], words[index + 1]):
            return None
        index -= 1
    if copulas == 0 or index < 0 or context.boundary_between(words[index], words[index + 1]):
        return None
    mention = context.covering_mention(words[index].end - 1)
    if mention is None or mention.end != words[index].end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            preposition(context, mention):
        return None  # «في روسيا كانت داعمة»: a place of the clause, no holder
    first = context.word_at(mention.start)
    if first is None:
        return None
    local = first.index - words[0].index
    if local < 0 or (local > 0 and not context.boundary_between(words[local - 1], first) and
                     words[local - 1].norm.removeprefix("و") not in _OPENERS):
        return None  # «رئيس روسيا كان مؤيدا»: the name is the genitive of another head
    return Arg(mention.entity_id, mention.start, mention.end)


def unframed_backer(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether ``words[position]`` is an accusative backer («داعما», «مؤيدا») outside the
    frame of a copula: neither after «X كان» (:func:`copula_head`) nor after «وكان X»,
    the copula right before its named subject («وكان أوباما مؤيدا للاتفاق»). Elsewhere the
    word is an adverb of manner or a backing of things («جاء القرار داعما للاقتصاد»)."""
    form = words[position].norm.removeprefix("و")
    if form not in PREDICATE_BACKERS and form not in PREDICATE_OPPONENTS:
        return False
    if copula_head(context, words, position) is not None:
        return False
    if position < 2 or context.boundary_between(words[position - 1], words[position]):
        return True
    mention = context.covering_mention(words[position - 1].end - 1)
    if mention is None or mention.end != words[position - 1].end:
        return True
    first = context.word_at(mention.start)
    local = first.index - words[0].index if first is not None else 0
    for index in range(local - 1, max(-1, local - 1 - _TITLE_WORDS), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return True
        if _COPULAS.get(word.norm.removeprefix("و")) is not None:
            return False  # «وكان الرئيس الأمريكي باراك أوباما مؤيدا للاتفاق»
        if not (is_title_head(word) or _definite(word) or
                context.covering_mention(word.start) is not None):
            return True  # «كان X قد التقى Y مؤيدا»: a clause of its own
    return True


def _definite(word: Word) -> bool:
    """«الأمريكي», «والخارجية»: a word with the article (``stance_phrases.definite``, which
    imports this module)."""
    return any(rest.startswith("ال") or prefix.endswith("ال") for prefix, rest in word.readings())
