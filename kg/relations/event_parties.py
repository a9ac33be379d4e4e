"""Meetings of equals: two parties joined by «و» as the subject meet each other.

«تعقد مصر والسعودية اجتماعاً», «إسرائيل والولايات المتحدة تجريان محادثات»: the parties
named together as the subject of a meeting are its sides, no one of them hosts, so the
guidelines give every party as a participant and no agent. Only names of actors count
(«التقى الجبير ونظيره الأمريكي» keeps its host: the counterpart is no name), and not when
a guest follows «مع» («اجتمع الملك وولي العهد مع الرئيس»: the two receive the third).

A meeting noun whose agents are several named actors told together as its genitive
(«محادثات سولانا ولاريجاني») is a meeting of equals in the same way, with no «مع» guest; so
is one whose sides follow «بين» right after the noun («جرى اللقاء بين أولمرت والمسؤول
السعودي», «جولة محادثات بين سولانا ولاريجاني»); a doer read before such a noun is no host
and is dropped (``drop_hosts_of_equals``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import TITLE_HEADS

_WITH = frozenset({"مع", "ومع"})
_COUNTERPARTS = frozenset({"نظيره", "نظيرته", "نظيرها"})
_RECEIVING = frozenset({"استقبل", "استقبلت", "يستقبل", "تستقبل", "استقبلا"})
"""A receiving verb has its guest after its subjects («استقبل الملك وولي العهد الرئيس فلان»):
its subjects joined by «و» are its hosts, not equal parties."""
_TITLE_REACH = 4
"""How many title words may stand between «و» and the name of the second party («والمستشارة
الألمانية أنجيلا ميركل»: the title word with «و», then one)."""
_GUEST_REACH = 6
"""How many words after the trigger a «مع» guest may stand («اجتمع ... في جدة أمس مع»)."""


def equal_parties(context: Extraction, words: list[Word], position: int,
                  agents: list[Arg], noun: bool = False) -> list[Arg]:
    """The parties of a meeting whose one agent is joined by «و» to another named actor,
    the agent included, or (for a meeting ``noun``) whose agents are several named actors;
    empty when the meeting has a host."""
    if any(w.norm in _WITH for w in words[position + 1:position + 1 + _GUEST_REACH]):
        return []
    if noun and len(agents) > 1 and len({a.node_id for a in agents}) == len(agents) and \
            all(context.label(a.node_id) in AGENT_LABELS for a in agents):
        return sorted(agents, key=lambda arg: arg.start)  # «محادثات سولانا ولاريجاني»
    if len(agents) == 2 and not _receiving(words[position]):
        partner = titled_partner(context, words, agents[0])  # «التقى الجبير ونظيره الأمريكي
        if partner is not None and partner.node_id == agents[1].node_id:  # جون كيري»
            return sorted(agents, key=lambda arg: arg.start)
    if len(agents) != 1:
        return []
    agent = agents[0]
    first = context.word_at(agent.start)
    last = context.word_at(max(agent.start, agent.end - 1))
    if first is None or last is None:
        return []
    sentence_start = words[0].index
    partner = None
    following = last.index - sentence_start + 1
    if 0 < following < len(words) and words[following].norm.startswith("و"):
        partner = _actor(context, words[following])  # «مصر والسعودية»: the agent first
    preceding = first.index - sentence_start - 1
    if partner is None and first.norm.startswith("و") and 0 <= preceding < len(words):
        partner = _actor(context, words[preceding])  # «إسرائيل والولايات المتحدة»: second
    if partner is None and not _receiving(words[position]):
        partner = titled_partner(context, words, agent) or \
            _titled_before(context, words, first.index - sentence_start)
    if partner is None or partner.node_id == agent.node_id:
        return []
    return sorted([agent, partner], key=lambda arg: arg.start)


_BETWEEN = frozenset({"بين"})
_BETWEEN_REACH = 3
"""How many words after the noun «بين» may stand («جولة محادثات مكثفة بين»)."""


def sides_between(words: list[Word], position: int) -> bool:
    """Whether the meeting noun at ``words[position]`` has its sides after «بين» within a
    few words («اللقاء بين فلان وفلان»)."""
    return any(w.bare() in _BETWEEN for w in words[position + 1:position + 1 + _BETWEEN_REACH])


def _actor(context: Extraction, word: Word) -> Arg | None:
    """The named actor that ``word`` ends or begins, or None."""
    for offset in (word.end - 1, word.start + 1):
        mention = context.covering_mention(offset)
        if mention is not None and mention.label in AGENT_LABELS and mention.entity_id:
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def drop_hosts_of_equals(draft: Draft) -> None:
    """A meeting of equals told by its noun with its sides after «بين» has no agent: the
    guidelines give its parties as participants and the agent as «-». A name read before the
    noun as its doer («روبرتا جاكوبسون مساعدة الوزير، التي قادت المحادثات بين أميركا وكوبا»:
    the one who led the talks, or a word of her title) is dropped once a side is read after
    the noun; with no side read the name is kept."""
    trigger = draft.word
    if not draft.equals or not sides_read_after(draft):
        return
    draft.arguments = [a for a in draft.arguments
                       if not (a.role == "agent" and a.end <= trigger.start)]


def sides_read_after(draft: Draft) -> bool:
    """Whether a participant of ``draft`` was read after its trigger."""
    return any(a.role == "participant" and a.start >= draft.word.end for a in draft.arguments)


def _receiving(word: Word) -> bool:
    return word.has(_RECEIVING)


def _titled(context: Extraction, word: Word) -> bool:
    """A word of a title before a name: a title head, a counterpart («نظيره»), a nisba."""
    if word.has(TITLE_HEADS) or word.has(_COUNTERPARTS):
        return True
    mention = context.covering_mention(word.start)
    return mention is not None and context.is_nisba(mention)


def titled_partner(context: Extraction, words: list[Word], agent: Arg) -> Arg | None:
    """The person joined to ``agent`` by «و» behind a title of his own («الرئيس فلان
    والمستشارة الألمانية أنجيلا ميركل», «الجبير ونظيره الأمريكي جون كيري»), when nothing but
    the end of the clause, a place or a time follows him (no object: «... الرئيس فلان»)."""
    last = context.word_at(max(agent.start, agent.end - 1))
    if last is None:
        return None
    following = last.index - words[0].index + 1
    if not 0 < following < len(words) or not words[following].norm.startswith("و") or \
            not _titled(context, words[following]) or \
            context.boundary_between(words[following - 1], words[following]):
        return None
    for index in range(following + 1, min(len(words), following + 1 + _TITLE_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        mention = context.covering_mention(words[index].start)
        if mention is not None and not context.is_nisba(mention):
            partner = _actor(context, words[index])
            return partner if partner is not None and \
                context.label(partner.node_id) == "Person" and \
                context.label(agent.node_id) == "Person" and \
                not _object_after(context, words, partner) else None
        if not _titled(context, words[index]):
            return None
    return None


def _titled_before(context: Extraction, words: list[Word], first: int) -> Arg | None:
    """The person before the «و» that opens the title of the agent starting at ``words[first]``
    («فرانسوا هولاند والمستشارة الألمانية أنجيلا ميركل»: the agent read is Merkel)."""
    index = first - 1
    while index > 0 and first - index <= _TITLE_REACH and _titled(context, words[index]):
        if words[index].norm.startswith("و") and \
                (words[index].has(TITLE_HEADS) or words[index].has(_COUNTERPARTS)):
            if context.boundary_between(words[index - 1], words[index]):
                return None
            partner = _actor(context, words[index - 1])
            if partner is None or context.label(partner.node_id) != "Person":
                return None
            found = titled_partner(context, words, partner)
            return partner if found is not None else None
        index -= 1
    return None


def _object_after(context: Extraction, words: list[Word], partner: Arg) -> bool:
    """A person or a title right after ``partner``: the object of the verb («والتقى الجبير
    ونظيره الأمريكي جون كيري الرئيسَ فلاناً»), so the two before it are its subjects, not the
    only parties."""
    last = context.word_at(max(partner.start, partner.end - 1))
    if last is None:
        return False
    following = last.index - words[0].index + 1
    if following >= len(words) or context.boundary_between(words[following - 1],
                                                           words[following]):
        return False
    after = words[following]
    mention = context.mention_starting_in(after)
    return (mention is not None and mention.label == "Person") or after.has(TITLE_HEADS)
