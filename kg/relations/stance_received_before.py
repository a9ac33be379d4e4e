"""What received or faced a stance, named before the facing verb: the stance's object.

«وهي خطة واجهت معارضة من المؤتمر الوطني العام», «القرار الذي لقي ترحيبا من الحكومة»,
«أوباما، الذي يواجه انتقادات حادة من الجمهوريين»: a verb of facing or receiving
(``FACING_VERBS``, ``RECEIVING_VERBS``) right before the stance noun, whose holder is named
after «من» (see :mod:`kg.relations.stance_directed_holders`), has its subject before it:

- the antecedent of «الذي/التي» right before the verb: a named agent (not one that completes
  a noun before it: «قرار مجلس الأمن الذي ...» names the decision; not a man before «التي»:
  «زيارة الرئيس أوباما التي ...» names the visit), or a definite
  descriptive phrase («القرار», «الاتفاق النووي»);
- an indefinite noun the verb describes, after the pronoun of identity that points back to
  the thing named before («وهي خطة واجهت ...», «وهو قرار لقي ...»);
- in the pluperfect, the subject right after «كان» («وكان الاتفاق النووي قد حظي بإشادة من
  X»);
- a named agent (a capital for its government) that opens its clause right before the verb
  («لكن باريس تصطدم بمعارضة الحكومة الإسرائيلية», «وقال إن مصر تواجه معارضة X»): at the
  start of the sentence, after punctuation, or after a word that opens a clause
  (:data:`_CLAUSE_OPENERS`), so never the genitive of a noun before it («حكومة مصر تواجه
  ...» faces as the government).

That subject is the thing the stance is toward (:mod:`kg.relations.stance_received` reads
a subject after the verb).
"""

from __future__ import annotations

from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate
from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import FACING_VERBS, RECEIVING_VERBS
from kg.relations.stance_phrase_objects import content_noun
from kg.relations.stance_phrases import (
    conjunction,
    definite,
    prepositional,
    topic_phrase,
    without_clitics,
)
from kg.text.normalize import normalize_key

_VERBS = FACING_VERBS | RECEIVING_VERBS
_RELATIVES = frozenset({"الذي", "التي"})
_IDENTITY = frozenset({"وهي", "وهو", "هي", "هو"})
"""«وهي خطة ...»: the pronoun that says what the thing named before is."""
_PHRASE_WORDS = 3
"""Words a definite descriptive antecedent may take: a noun and its adjectives of relation
(«الاتفاق النووي الإيراني»); a definite noun before another («وقع الطرفان الاتفاق») is not
part of it."""


def received_before(context: Extraction, words: list[Word], position: int, skip: set[str],
                    kind: RelationKind) -> Candidate | None:
    """The subject, before it, of the facing or receiving verb right before the stance noun at
    ``position`` (see the module docstring); None when there is none. Support received
    («المشروع الذي حظي بدعم من البنك الدولي», «أرامكو، التي تلقت دعما من الحكومة») is mostly
    money: not read."""
    verb = position - 1
    if kind == "supports" or verb < 2 or not words[verb].has(_VERBS) or \
            context.boundary_between(words[verb], words[position]) or \
            context.boundary_between(words[verb - 1], words[verb]):
        return None
    if words[verb - 1].norm in _RELATIVES:
        return _antecedent(context, words, verb - 1, skip)
    if words[verb - 1].norm == "قد":
        return _pluperfect_subject(context, words, verb - 1, skip)
    opening = _clause_subject(context, words, verb, skip)
    if opening is not None:
        return opening
    noun = words[verb - 1]
    if words[verb - 2].norm not in _IDENTITY or definite(noun) or \
            not content_noun(noun) or prepositional(noun) or conjunction(noun) or \
            context.covering_mention(noun.start) is not None or \
            context.boundary_between(words[verb - 2], noun):
        return None
    name = without_clitics(context, [noun])
    return _described(context, noun.start, noun.end, name, verb - 1, skip)


def _antecedent(context: Extraction, words: list[Word], relative: int,
                skip: set[str]) -> Candidate | None:
    """The named agent or the definite phrase that ends right before the relative."""
    last = words[relative - 1]
    mention = context.covering_mention(last.end - 1)
    if mention is not None:
        gap = context.gap(last, words[relative]).strip()
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) or \
                mention.label not in AGENT_LABELS or mention.end < last.end - 1 or \
                gap not in {"", "،", ","} or _construct_genitive(context, words, mention.start) or \
                (mention.label == "Person" and words[relative].norm == "التي" and
                 mention.entity_id not in context.discourse.female_speakers):
            return None  # «زيارة أوباما التي لقيت ...»: «التي» is not a man
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                         mention.label, relative - 1, "faced")
    if context.boundary_between(last, words[relative]):
        return None
    start = relative - 1
    while start > 0 and relative - start < _PHRASE_WORDS and _nisba_form(words[start]) and \
            definite(words[start - 1]) and \
            not context.boundary_between(words[start - 1], words[start]):
        start -= 1  # «الاتفاق النووي الذي»: past the adjectives to their noun
    phrase = topic_phrase(context, words, start)
    if phrase is None or phrase.end != last.end or not definite(words[start]) or \
            not content_noun(words[start]) or _nisba_form(words[start]):
        return None
    return _described(context, phrase.start, phrase.end, phrase.name, start, skip)


_CLAUSE_OPENERS = frozenset({"لكن", "ولكن", "بينما", "فيما", "كما", "اذ", "حيث", "ان", "بان",
                             "لان", "فان", "وان", "بل"})
"""Words after which a name opens a clause as its subject («لكن», «بينما», «إن», «بأن»)."""


def _clause_subject(context: Extraction, words: list[Word], verb: int,
                    skip: set[str]) -> Candidate | None:
    """The named agent that ends right before the verb and opens its clause (see the
    module docstring)."""
    mention = context.covering_mention(words[verb - 1].end - 1)
    if mention is None or mention.end < words[verb - 1].end - 1 or not mention.entity_id or \
            context.is_nisba(mention):
        return None
    node: str | None = mention.entity_id
    label = mention.label
    if label == "City":  # «لكن باريس تصطدم بمعارضة ...»: a capital faces as its government
        node, label = government_of(context, mention.entity_id), "Country"
    if node is None or node in skip or label not in AGENT_LABELS:
        return None
    first, _ = context.mention_words(mention)
    start = first - words[0].index
    if start < 0 or (words[start].start != mention.start and
                     not words[start].norm.startswith("و")):
        return None  # a name that starts inside a word, past a clitic other than «و»
    if start > 0 and not context.boundary_between(words[start - 1], words[start]) and \
            words[start - 1].norm not in _CLAUSE_OPENERS:
        return None  # «حكومة مصر تواجه ...», «زار الوزير مصر ...»
    return Candidate(Arg(node, mention.start, mention.end), "", label, start, "faced")


_WAS = frozenset({"كان", "وكان", "كانت", "وكانت"})
_PLUPERFECT_REACH = 8
"""Words at most between «كان» and «قد»: the subject phrase and what it is related to."""


def _pluperfect_subject(context: Extraction, words: list[Word], particle: int,
                        skip: set[str]) -> Candidate | None:
    """«وكان الاتفاق النووي قد حظي بإشادة من X», «وكانت الخطة قد واجهت رفضا من Y»: the
    subject of «كان ... قد» + a facing or receiving verb, right after «كان», is a named agent
    or a definite descriptive phrase (the thing the stance is toward), when no punctuation
    stands between «كان» and «قد»."""
    for index in range(particle - 1, max(-1, particle - 1 - _PLUPERFECT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].norm not in _WAS:
            continue
        if index + 1 >= particle:
            return None
        first = words[index + 1]
        mention = context.covering_mention(first.start)
        if mention is not None:
            if mention.start != first.start or not mention.entity_id or \
                    mention.entity_id in skip or mention.label not in AGENT_LABELS or \
                    context.is_nisba(mention):
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index + 1, "faced")
        if topic_phrase(context, words, index + 1) is None or not definite(first) or \
                not content_noun(first) or prepositional(first) or conjunction(first) or \
                _nisba_form(first):
            return None
        last = index + 1  # the noun and its adjectives of relation («الاتفاق النووي»)
        while last + 1 < particle and last - index < _PHRASE_WORDS and \
                _nisba_form(words[last + 1]) and definite(words[last + 1]):
            last += 1
        kept = words[index + 1:last + 1]
        return _described(context, first.start, kept[-1].end, without_clitics(context, kept),
                          index + 1, skip)
    return None


def _construct_genitive(context: Extraction, words: list[Word], start: int) -> bool:
    """«قرار مجلس الأمن الذي لقي ترحيبا», «زيارة أوباما التي ...»: the name starting at
    ``start`` completes an indefinite noun right before it, which is the relative's
    antecedent (the decision, the visit), not the name."""
    first = next((index for index, word in enumerate(words) if word.start <= start < word.end),
                 None)
    if first is None or first == 0:
        return False
    before = words[first - 1]
    return content_noun(before) and not definite(before) and not prepositional(before) and \
        not conjunction(before) and not context.boundary_between(before, words[first])


def _nisba_form(word: Word) -> bool:
    """«النووي», «الليبية»: the form of an adjective of relation."""
    return word.norm.endswith(("ي", "يه"))


def _described(context: Extraction, start: int, end: int, name: str, index: int,
               skip: set[str]) -> Candidate | None:
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    if node in skip:
        return None
    return Candidate(Arg(node, start, end), "", None, index, "faced")
