"""Who backs a side, named by a nisba adverb or a second agent after a passive participle.

«قوات النظام السوري المدعومة إيرانياً», «قوات سوريا الديمقراطية المدعومة أمريكياً»,
«النظام المدعوم إيرانياً وروسياً»: the adverb made of a country's nisba («إيرانيّاً» = by
Iran, written «ايرانيا» once normalised) names who backs the head, as «المدعومة من إيران»
does. Only the nisba of a country counts: «المدعوم شعبياً / دولياً / عربياً» names no single
backer. The adverb must follow the participle at once, in the same clause; a second adverb
joined by «و» names a second backer. Where the adverb is spelt as a country's own name
(«روسيا», «بريطانيا», «تركيا») it counts only with its tanween written («روسياً»).

«الميليشيات المدعومة من إيران وروسيا»: a second country joined by «و» right after a country
that is the agent of «من» backs the head too. Only countries: in «المقاومة المدعومة من
التحالف والجيش الوطني» the army is more often a second subject than a second backer.
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer.index import default_gazetteer
from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import NISBA, Arg, Word

_TANWEEN = "\u064b"


def _country_adverb(context: Extraction, word: Word, joined: bool) -> Arg | None:
    """The country the nisba adverb ``word`` names («ايرانيا» → Iran), with «و» before it
    when ``joined``; None for any other word (a definite word, a word of a mention that is
    no country, an adverb of no country)."""
    for prefix, rest in word.readings():
        if prefix != ("و" if joined else "") or rest.startswith("ال") or \
                not rest.endswith("يا") or rest[:-1] not in NISBA:
            continue
        mention = context.covering_mention(word.start)
        if mention is not None and mention.label != "Country":
            return None  # «المدعومة وسوريا الديمقراطية»: a name, not an adverb
        named = mention is not None and mention.end >= word.end  # the whole word a name
        if (named or default_gazetteer().lookup(rest)) and \
                _TANWEEN not in context.doc.text[word.start:word.end]:
            return None  # «روسيا», «بريطانيا»: a country's own name unless written «روسياً»
        country = context.country_for_nisba(replace(word, norm=rest[:-1]))
        if country is None:
            return None
        return Arg(country, word.start, word.end)
    return None


def adverb_backers(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The countries named by nisba adverbs right after the participle at ``position``
    («المدعوم إيرانياً وروسياً» → Iran, Russia); empty when the next word is no such adverb."""
    found: list[Arg] = []
    index = position + 1
    while index < len(words) and len(found) < 3 and \
            not context.boundary_between(words[index - 1], words[index]):
        country = _country_adverb(context, words[index], joined=bool(found))
        if country is None or any(c.node_id == country.node_id for c in found):
            break
        found.append(country)
        index += 1
    return found


def second_agent(context: Extraction, words: list[Word], agent: Mention) -> Mention | None:
    """The country joined by «و» right after the participle's agent («من إيران وروسيا» →
    Russia); None when the next word does not open such a side."""
    last = context.word_at(agent.end - 1)
    at = last.index - words[0].index + 1 if last is not None else len(words)
    if not 0 < at < len(words):
        return None
    after = words[at]
    if not after.norm.startswith("و") or context.doc.text[agent.end:after.start].strip():
        return None
    mention = context.mention_starting_in(after)
    if mention is None or mention.start > after.start + 1 or mention.label != "Country" or \
            agent.label != "Country" or \
            not mention.entity_id or mention.entity_id == agent.entity_id or \
            context.is_nisba(mention):
        return None
    return mention
