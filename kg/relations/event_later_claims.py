"""A claim told in a clause after the deed: «تعرضت ثكنة للجيش لهجوم أسفر عن مقتل جنديين، وقد
تبناه تنظيم ...».

News often tells the deed first and adds who claimed it in a clause joined after a comma or
«وقد», its object pronoun («تبناه», «تبنته») resuming the deed. ``event_claims`` reads the
claim right after the deed noun («هجوم تبناه تنظيم داعش»); this reads it a clause later, for
every violent event of the sentence before it that has no agent yet. Rules:

- the claim verb carries the deed as its pronoun («تبناه», «تبنته», «تبنوه»), maybe behind
  «و», and opens a clause: «وقد» or «قد» before it, or a comma, or its own «و»;
- it stands in the deed's sentence at most sixteen words after the deed, with no verb of
  saying and no full stop between (a speaker's clause may resume another thing);
- the claimer is a group named right after the verb (a quote mark may stand between): an
  armed group or a party, not a state, a person or another body («تبنته الحكومة», «تبنته
  المنظمة» adopt a plan or a text);
- as in ``event_claims``, it is the group's word: the caller keeps the agent a ``clause``
  one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_reporting

_CLAIMED = frozenset({"تبناه", "تبنته", "تبناها", "تبنتها", "تبنوه", "تبنوها"})
_OPENERS = frozenset({"وقد", "قد", "فقد"})
_CLAIMERS = frozenset({"ArmedGroup", "PoliticalParty"})
_KINDS = frozenset({"تنظيم", "جماعه", "حركه"})
_REACH = 16


def later_claimer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The group that claims the deed at ``words[position]`` in a later clause, or []."""
    sentence = words[position].sentence_index
    for index in range(position + 1, min(len(words), position + 1 + _REACH)):
        word = words[index]
        if word.sentence_index != sentence or find_reporting(word.norm) is not None:
            return []
        if word.bare() in _CLAIMED or word.norm in _CLAIMED:
            return _claimer(context, words, index) if _opens_clause(context, words, index) \
                else []
    return []


def _opens_clause(context: Extraction, words: list[Word], index: int) -> bool:
    """«وقد تبناه», «، تبناه», «وتبنته»: the claim verb opens a clause of its own."""
    word = words[index]
    if word.norm[:1] in {"و", "ف"} and word.norm[1:] in _CLAIMED:
        return True
    before = words[index - 1]
    return before.norm in _OPENERS or context.boundary_between(before, word)


def _claimer(context: Extraction, words: list[Word], verb: int) -> list[Arg]:
    """The named group right after the claim verb, maybe after its kind («تنظيم», «جماعة»)
    when the name alone is tagged."""
    first = verb + 1
    if first < len(words) and words[first].norm in _KINDS and \
            context.mention_starting_in(words[first]) is None:
        first += 1
    if first >= len(words) or words[first].sentence_index != words[verb].sentence_index:
        return []
    mention = context.mention_starting_in(words[first])
    if mention is None or not mention.entity_id or mention.label not in _CLAIMERS:
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]
