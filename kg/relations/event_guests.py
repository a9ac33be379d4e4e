"""Who hosts a meeting or makes a visit, and who is only its guest or its organiser.

Two constructions of Arabic news give a meeting or a visit a name that is not its doer:

- **The guest behind a preposition.** A verb of meeting or visiting comes first (VSO), so
  its subject is the first name after it; a name after it behind «ب», «ل» or «مع» is the
  person met: «التقى بالملك عبدالله الثاني», «اجتمع بوزير الخارجية الأمريكي جون كيري»,
  «التقى مع الرئيس فلان». Nor is a name the subject when another verb of meeting or visiting
  stands between it and the trigger: «وزار الوزير الأردن أمس والتقى بالملك عبدالله الثاني»
  (the minister, unnamed, visits; the king is met in the next clause). In both the name is
  no agent (``guest_after_verb``); the host is then unread, which the event's confidence
  already weighs (a gathering verb with no subject of its own).
- **The organiser of a gathering.** «نظمت جمعية البر لقاء المعايدة», «أقامت الغرفة التجارية
  لقاء لرجال الأعمال», «استضافت الرياض اجتماع وزراء الخارجية»: the body that organises,
  holds a ceremony for others, sponsors or hosts the venue of a meeting named by a noun is
  not a party to it, so it is not its agent (``organised_meeting``). «عقد المجلس اجتماعاً»
  and «أجرى الوزير محادثات» keep their subject: holding a meeting is taking part in it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.possessive import fronted_occasion

_GOVERNING = frozenset({"ب", "ل", "بال", "لل"})
"""Prefixes glued to a title or a name that make it the object of a preposition."""
_WITH = frozenset({"مع", "ومع"})
_TITLE_REACH = 4
"""How many words of a title may stand between a prepositional head and the name it governs
(«بوزير الخارجية الأمريكي جون كيري»)."""

GATHERING_VERBS = frozenset({
    "التقي", "التقت", "التقوا", "التقيا", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا", "استقبل",
    "استقبلت", "زار", "زارت", "زاروا", "زارا", "يلتقي", "تلتقي", "يزور", "تزور", "يستقبل",
    "تستقبل", "يجتمع", "تجتمع",
})
"""Verbs of meeting or visiting: a second one between the trigger and a name opens a clause of
its own («وزار ... والتقى بالملك»)."""

ORGANISING_VERBS = frozenset({
    "نظم", "نظمت", "نظموا", "ينظم", "تنظم", "اقام", "اقامت", "اقاموا", "يقيم", "تقيم", "استضاف",
    "استضافت", "يستضيف", "تستضيف", "رعي", "رعت", "يرعي", "ترعي", "اقامته", "اقامه", "نظمته",
    "نظمه", "نظمها", "اقامها",
})
"""Verbs of organising, holding for others, hosting the venue or sponsoring a gathering."""
_ORGANISER_REACH = 5
"""How many words before the meeting noun the organising verb may stand («نظمت وزارة الثقافة
أمس اجتماعاً»)."""


def guest_after_verb(context: Extraction, words: list[Word], position: int,
                     agents: list[Arg]) -> bool:
    """Whether the agents read after the meeting or visiting verb at ``words[position]`` are
    its guest: behind «ب»/«ل»/«مع» (the title before the name included), or past another verb
    of meeting or visiting."""
    trigger = words[position]
    after = [a for a in agents if a.start >= trigger.end]
    if not after or len(after) != len(agents):
        return False
    first = context.word_at(min(a.start for a in after))
    if first is None:
        return False
    offset = first.index - words[0].index
    if not position < offset < len(words):
        return False
    if any(_gathering_verb(words[index]) or words[index].norm in _RELATIVES
           for index in range(position + 1, offset)):
        return True  # «زار ... والتقى بالملك فلان», «زيارة الرئيس التي التقى خلالها فلاناً»
    mention = context.covering_mention(first.start)
    if mention is not None and mention.start > first.start and \
            context.attached_prefix(mention).lstrip("وف") in _GOVERNING:
        return True  # «بعبدالله», «لأوباما»: the name itself behind the preposition
    for index in range(offset - 1, max(position, offset - 1 - _TITLE_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in _WITH or _governed_title(word):
            return True  # «مع الرئيس فلان», «بالملك عبدالله», «بوزير الخارجية الأمريكي فلان»
    return False


def organised_meeting(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the meeting noun at ``words[position]`` is the object of a verb of organising,
    holding for others, hosting or sponsoring, a few words before it in its clause
    («نظمت جمعية البر لقاء المعايدة») or right after it with the noun as its object pronoun
    («لقاء المعايدة الذي أقامته الإمارة»)."""
    for index in range(position - 1, max(-1, position - 1 - _ORGANISER_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if words[index].has(ORGANISING_VERBS):
            return True
    for index in range(position + 1, min(len(words), position + 4)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].bare() in {"اقامته", "اقامه", "نظمته", "نظمه", "نظمها", "اقامها"}:
            return True
    return False


def _gathering_verb(word: Word) -> bool:
    return any(rest in GATHERING_VERBS for prefix, rest in word.readings() if "ال" not in prefix)


def _governed_title(word: Word) -> bool:
    """A title with «ب» or «ل» glued before it («بالملك», «لوزير», «بالرئيس», «بنظيره»)."""
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") in _GOVERNING and (rest in TITLE_HEADS or rest in _COUNTERPARTS):
            return True
    return False


_COUNTERPARTS = frozenset({"نظيره", "نظيرها", "نظيريه", "نظرائه", "نظيرهم"})


def drop_guest_agents(context: Extraction, words: list[Word], position: int,
                      draft: Draft) -> None:
    """Past the roles read after a verb of meeting or visiting, no agent may be its guest
    (``guest_after_verb``): «وزار الوزير الأردن أمس والتقى بالملك عبدالله الثاني» gives the
    visit no agent; a meeting keeps the guest as its participant. A possessive noun fronted
    at the opening of the sentence («وخلال زيارته إلى الرياض، التقى فلان الملك») has for
    agent the subject of the verb after it (``possessive.fronted_occasion_subject``): kept."""
    if not draft.verb and fronted_occasion(words, position):
        return
    kept: list[Argument] = []
    for argument in draft.arguments:
        if argument.role == "agent" and guest_after_verb(
                context, words, position, [Arg(argument.entity_id, argument.start, argument.end)]):
            if draft.label == "Meeting":
                kept.append(replace(argument, role="participant"))
            continue
        kept.append(argument)
    draft.arguments = kept


_ON_BEHALF = frozenset({"نيابه", "ونيابه", "بالنيابه", "وبالنيابه"})
_ABOUT = frozenset({"عن"})
_DEATH = frozenset({"وفاه", "بوفاه", "لوفاه", "رحيل", "برحيل", "فقيد", "الفقيد", "فقيده", "الفقيده",
                    "استشهاد", "باستشهاد"})
_PRINCIPAL_REACH = 3
"""How many words after «نيابة عن» or «وفاة» the name of the one represented or mourned may
start («نيابة عن خادم الحرمين الشريفين», «وفاة الأمير سعود الفيصل»)."""


def drop_principals(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> None:
    """No party of a meeting, a visit or an agreement is the one its doer stands in for, nor
    the dead whose condolences are received: «استقبل الأمير فلان نيابة عن خادم الحرمين
    الشريفين الملك سلمان المعزين في وفاة الأمير سعود الفيصل» has the king and the late prince
    in its sentence, neither of them met. The first name after «نيابة عن» or «وفاة» (a title
    before it allowed), with the names right after it that refer to the same one («خادم
    الحرمين الشريفين الملك سلمان»), is dropped from the event's agents and participants;
    «ووقع الاتفاقية نيابة عن الحكومة وزير المالية فلان» keeps the minister, another one."""
    dropped: set[tuple[int, int, str]] = set()
    for index, word in enumerate(words):
        behalf = word.norm in _ON_BEHALF and index + 1 < len(words) and \
            words[index + 1].norm in _ABOUT
        if index == position or not (behalf or word.norm in _DEATH):
            continue
        first = index + (2 if behalf else 1)
        mention = next((m for k in range(first, min(len(words), first + _PRINCIPAL_REACH))
                        if (m := context.mention_starting_in(words[k])) is not None), None)
        while mention is not None and mention.entity_id:
            dropped.add((mention.start, mention.end, mention.entity_id))
            last = context.word_at(max(mention.start, mention.end - 1))
            following = None if last is None else last.index - words[0].index + 1
            if following is None or following >= len(words) or following == position:
                break
            after = context.mention_starting_in(words[following])
            mention = after if after is not None and after.entity_id == mention.entity_id \
                else None
    if not dropped:
        return
    draft.arguments = [a for a in draft.arguments
                       if a.role not in {"agent", "participant"} or
                       not any(start <= a.start < end and a.entity_id == entity
                               for start, end, entity in dropped)]


_THAT = frozenset({"ان", "بان", "وان", "فان", "لان"})
_FRONT_REACH = 8
"""How many title words may stand between «أن» and the subject's name («أن الرئيس السوداني عمر
البشير زار», «إن خادم الحرمين الشريفين الملك سلمان استقبل»: a style and a title, each word a
title, a mention or a title's adjective)."""


def subject_after_that(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The subject of a verb of meeting or visiting in a reported clause told subject first:
    «ذكرت الوكالة أن الملك سلمان استقبل الرئيس هادي», «أفادت بأن الرئيس عمر البشير زار
    القاهرة». After «أن»/«إن» Arabic puts the subject before the verb, so the named actor that
    ends right before the verb, with only its title between it and «أن», is the host or the
    visitor, and a name after the verb is the one met or the place visited. None when a word
    other than a title stands between («أن أوباما خلال زيارته للرياض التقى»)."""
    if position < 2 or context.boundary_between(words[position - 1], words[position]) or \
            not words[position].has(_PAST_GATHERING):
        return None
    mention = context.covering_mention(words[position - 1].end - 1)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.end < words[position - 1].end - 1:
        return None
    first = context.word_at(mention.start)
    if first is None:
        return None
    start = first.index - words[0].index
    for index in range(start - 1, max(-1, start - 1 - _FRONT_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return None
        if word.norm in _THAT:
            reported = _reported_by_saying(context, words, index)
            return Arg(mention.entity_id, mention.start, mention.end) if reported else None
        if context.covering_mention(word.start) is None and not word.has(TITLE_HEADS) and \
                not _adjective_of_title(word):
            return None
    return None


_PAST_GATHERING = frozenset({
    "التقي", "التقت", "التقوا", "التقيا", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا", "استقبل",
    "استقبلت", "استقبلوا", "زار", "زارت", "زاروا", "زارا",
})
"""Past verbs of meeting or visiting: told as done («أن الملك سلمان استقبل»), not «يستقبل غداً»."""
SAYING_VERBS = frozenset({
    "ذكر", "ذكرت", "قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "اكد", "اكدت", "اوضح",
    "اوضحت", "اشار", "اشارت", "كشف", "كشفت", "نقل", "نقلت", "بين", "بينت", "اضاف", "اضافت",
    "اورد", "اوردت", "علم", "علمت", "ذكرته", "يذكر", "يشار", "جاء",
})
"""Verbs of saying or reporting that open a reported clause told as fact."""
_SAYING_REACH = 6
"""How far before «أن» its verb of saying may stand («وذكرت وكالة الأنباء السعودية أن»)."""


def _reported_by_saying(context: Extraction, words: list[Word], that: int) -> bool:
    """Whether the «أن» at ``words[that]`` is governed by a verb of saying or reporting a few
    words before it, so its clause is told as fact; not one of denial, doubt, hope or
    expectation («نفت الوزارة أن», «توقع المراقبون أن»), which stops the search."""
    for index in range(that - 1, max(-1, that - 1 - _SAYING_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if word.has(SAYING_VERBS):
            return True
        if word.has(_NOT_FACT):
            return False
    return False


_NOT_FACT = frozenset({
    "نفي", "نفت", "ينفي", "تنفي", "انكر", "انكرت", "شكك", "شككت", "استبعد", "استبعدت", "توقع",
    "توقعت", "يتوقع", "تتوقع", "رجح", "رجحت", "يرجح", "امل", "يامل", "تامل", "تمني", "تمنت",
    "زعم", "زعمت", "يزعم", "ادعي", "ادعت", "لا", "لم", "لن", "ليس", "يمكن", "احتمال",
})


def _adjective_of_title(word: Word) -> bool:
    """A word of a title phrase («الرئيس السوداني», «وزير الخارجية», «ولي العهد», «سمو»):
    a definite noun or nisba with no preposition glued before it, or a head of a style."""
    return (word.norm.startswith("ال") and len(word.norm) > 3) or word.norm in _STYLE_HEADS


_STYLE_HEADS = frozenset({"ولي", "خادم", "سمو", "معالي", "فخامه", "جلاله", "صاحب", "سماحه",
                          "دوله", "سعاده", "د"})
"""Heads of a style or compound title before a name: «ولي العهد الأمير فلان», «خادم الحرمين
الشريفين الملك فلان», «صاحب السمو الملكي الأمير فلان»."""


_DENYING = frozenset({"نفي", "نفت", "ينفي", "تنفي", "نفوا", "انكر", "انكرت", "ينكر", "تنكر"})
_THAT_REACH = 8
"""How far before the verb the «أن» of a denied clause may stand («نفت الوزارة أن يكون وزير
الخارجية عادل الجبير قد التقى»)."""


def denied_gathering(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verb of meeting or visiting at ``words[position]`` stands in a clause whose
    «أن» a verb of denial governs: «نفت الوزارة أن يكون الوزير فلان التقى نظيره», «ونفى أن
    الرئيس زار». A denied event is no event."""
    for index in range(position - 1, max(-1, position - 1 - _THAT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm in _THAT:
            return any(words[k].has(_DENYING) and not any(
                context.boundary_between(words[j], words[j + 1]) for j in range(k, index))
                for k in range(index - 1, max(-1, index - 1 - _SAYING_REACH), -1))
    return False


_CLAUSE_REACH = 14
"""How far before the verb the «أن» of its clause may stand when words come between the
subject and the verb («أن الرئيس أوباما خلال زيارته للرياض عام 2014 التقى»)."""
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def that_clause_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named subject that opens the «أن» clause of a verb of meeting or visiting, when
    words stand between it and the verb: «وذكر أن الرئيس الأمريكي باراك أوباما خلال زيارته
    للرياض التقى الملك عبدالله». The clause is told subject first, so the name after the verb
    is the one met, not the host. None when a relative pronoun or another verb of meeting or
    visiting stands between (the name then belongs to another clause)."""
    for index in range(position - 1, max(-1, position - 1 - _CLAUSE_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or word.norm in _RELATIVES or \
                _gathering_verb(word):
            return None
        if word.norm not in _THAT:
            continue
        for follower in range(index + 1, min(position, index + 1 + _FRONT_REACH)):
            mention = context.mention_starting_in(words[follower])
            if mention is not None and context.is_nisba(mention):
                continue  # «الرئيس الأمريكي باراك أوباما»: part of the title
            if mention is not None:
                if not mention.entity_id or mention.label not in AGENT_LABELS or \
                        mention.end > words[position].start:
                    return None
                return Arg(mention.entity_id, mention.start, mention.end)
            if not words[follower].has(TITLE_HEADS) and \
                    not _adjective_of_title(words[follower]):
                return None
        return None
    return None


def visitor_for_visited_place(context: Extraction, agents: list[Arg],
                              recorded: list[str]) -> list[Arg] | None:
    """«زار الأمير فلان روسيا وأجرى محادثات مع الرئيس بوتين»: a meeting noun whose agent, read
    before it, is the place a visit told earlier in the sentence went to has the visitor for
    its host (the same subject does both); None when no agent is such a place. With no visitor
    named, the meeting has no agent."""
    if not agents:
        return None
    for event_id_ in reversed(recorded):
        visit = context.found.events.get(event_id_)
        if visit is None or visit.label != "Visit":
            continue
        places = {a.entity_id for a in visit.arguments if a.role == "location"}
        if not any(agent.node_id in places for agent in agents):
            return None
        return [Arg(a.entity_id, a.start, a.end) for a in visit.arguments if a.role == "agent"]
    return None
