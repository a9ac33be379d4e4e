"""Unnamed doers of an event: the perpetrator or the crowd that a phrase names without a name.

A violent verb's subject may be a phrase kg names itself (``perpetrators``): after a
singular verb with an object («خطف مسلحون عدداً من الأشخاص», «فجّر انتحاري نفسه»), a
counted one before a reflexive («فجّر 3 انتحاريين أنفسهم»), or opening the clause before
the verb («إن مسلحين مجهولين اغتالوا ضابطاً»); between a light verb and its violent «ب»
noun («قام مسلحون مقنعون بخطف نائب»). A protest verb's doer is its crowd, after it
(«تظاهر مئات الطلاب») or opening the clause before it («وكان متظاهرون فلسطينيون قد خرجوا»).
A force's deed (a military operation, a deployment) reads its unnamed force as a violent
verb does («واستعادت المروحيات الإسرائيلية الآليتين»).
"""

from __future__ import annotations

from kg.relations.allegiance_clauses import past_allegiance
from kg.relations.carrying_doers import carrying_clause_start
from kg.relations.context import Extraction
from kg.relations.crowd_members import BODY_HEADS, MEMBERS, past_crowd_count
from kg.relations.event_draft import OWN_AGENT, VIOLENT, Draft
from kg.relations.event_new_triggers import fought_with
from kg.relations.event_seizures import seized_over
from kg.relations.event_weapons import weapon_end
from kg.relations.index import Arg, ArgsAfter, Word
from kg.relations.lexicon import EVENT_TRIGGERS, LIGHT_VERBS, find_event
from kg.relations.perpetrators import (
    REFLEXIVES,
    object_follows,
    past_time,
    perpetrator_end,
    perpetrator_phrase,
)
from kg.relations.target_words import phrase_arg
from kg.relations.targets import crowd_end, crowd_phrase


def light_perpetrator(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«قام مسلحون مقنعون بخطف نائب», «قامت دبابة إسرائيلية بقصف المنازل»: an unnamed
    perpetrator between a light verb and its violent «ب» noun is the doer."""
    hit = find_event(words[position].norm)
    if hit is None or hit.value not in VIOLENT or not any(
            prefix.lstrip("وف")[:1] == "ب" for prefix, rest in words[position].readings()
            if rest in EVENT_TRIGGERS):
        return None
    for index in range(position - 2, max(-1, position - 6), -1):
        light = words[index]
        if light.bare() not in LIGHT_VERBS and light.norm not in LIGHT_VERBS:
            continue
        if perpetrator_end(context, words, index + 1) == position - 1 and not any(
                context.boundary_between(words[i], words[i + 1]) for i in range(index, position)):
            phrase = perpetrator_phrase(context, words, index + 1)
            return phrase[0] if phrase is not None else None
        return None
    return None


def unnamed_agent(context: Extraction, words: list[Word], position: int, draft: Draft,
                  agents: list[Arg]) -> ArgsAfter | None:
    """The unnamed doer of a verb with no subject of its own: a perpetrator of a violent
    verb or of a force's deed (``unnamed_subject``, ``_FORCE_DEEDS``), the crowd of a protest
    (``_crowd_agent``: «خرج مدنيون يطالبون», the crowd, not a name before);
    ``draft.agent_source`` says how it was read."""
    if not draft.verb or draft.agent_source in OWN_AGENT:
        return None
    if draft.label in VIOLENT or draft.label in _FORCE_DEEDS:
        found = unnamed_subject(context, words, position, tuple(agents))
        if found is not None:
            draft.agent_source = "subject"  # «الفصائل المعارضة للنظام»: the object is after
            found = ArgsAfter(found.args, past_allegiance(context, words, found.after))
        return found
    if draft.label == "Protest":
        found = _crowd_agent(context, words, position)
        if found is not None:
            draft.agent_source = "after"
        return found
    return None


_FORCE_DEEDS = frozenset({"MilitaryOperation", "Deployment"})
"""Deeds of a force that is told as a phrase after the verb, as a violent deed's doer is
(«واستعادت المروحيات الإسرائيلية الآليتين», «أنزلت طائرات حربية جنوداً»): the phrase, not a
name before the verb («اشتبكوا مع مقاتلي حزب الله، واستعادت المروحيات ...»)."""
_GROUP_LABELS = frozenset({"Organization", "PoliticalParty", "ArmedGroup"})


def _members_of(context: Extraction, words: list[Word], position: int) -> ArgsAfter | None:
    """«واحتشد أعضاء من منظمة “كو كلوكس كلان”», «تظاهر أنصار حزب العمال»: the named body
    whose members protest, right after the verb (past a time word and a crowd's count:
    «تظاهر أمس عشرات من أعضاء حزب الغد», ``crowd_members``; behind «من» and a head noun)."""
    index = past_crowd_count(context, words, past_time(context, words, position + 1))
    # «تظاهر أمس عشرات من أعضاء حزب»: past the time and the crowd's count
    if index >= len(words) or not words[index].has(MEMBERS):
        return None
    for step in range(index + 1, min(len(words), index + 4)):
        if context.boundary_between(words[step - 1], words[step]) and \
                context.doc.text[words[step - 1].end:words[step].start].strip(" «»“”\"") != "":
            return None
        mention = context.mention_starting_in(words[step])
        if mention is not None and mention.entity_id:
            if mention.label not in _GROUP_LABELS:
                return None
            end = context.word_at(max(mention.start, mention.end - 1))
            after = end.index - words[0].index + 1 if end is not None else step + 1
            return ArgsAfter([Arg(mention.entity_id, mention.start, mention.end)], after)
        if words[step].norm != "من" and not words[step].has(BODY_HEADS):
            return None
    return None


def _crowd_agent(context: Extraction, words: list[Word], position: int) -> ArgsAfter | None:
    """The unnamed crowd of a protest verb: after it («تظاهر مئات الطلاب»), or opening the
    clause right before it, maybe behind «قد» («وكان متظاهرون فلسطينيون قد خرجوا»); the named
    body of its members (``_members_of``)."""
    members = _members_of(context, words, position)
    if members is not None:
        return members
    crowd = crowd_phrase(context, words, position + 1)
    if crowd is not None:
        return ArgsAfter([crowd[0]], crowd[1])
    end = position - 1 if position > 0 and words[position - 1].norm in {"قد", "فقد"} \
        else position
    if end < 1 or context.boundary_between(words[end - 1], words[end]):
        return None
    for start in range(end - 1, max(-1, end - 3), -1):
        if crowd_end(context, words, start) == end - 1 and _opens_clause(context, words, start):
            found = phrase_arg(context, words, start, end - 1)  # first in its sentence or
            return ArgsAfter([found], position + 1)  # after a comma too: «مئات المتظاهرين خرجوا»
    return None


_SUBJECT_OPENERS = frozenset({
    "ان", "انه", "بان", "وان", "لان", "فان", "كان", "وكان", "كانت", "وكانت", "فيما", "بينما",
    "حيث", "اذ", "ثم", "لكن", "ولكن", "كما", "عندما", "بعدما", "حين", "و",
})
"""Words after which a noun opens a clause as its subject («إن مسلحين اغتالوا»)."""


def _object_past_weapon(context: Extraction, words: list[Word], last: int) -> bool:
    """«استهدف انتحاري بسيارة مفخخة حاجزاً»: the weapon after the doer, then its object."""
    weapon = weapon_end(words, last + 1)
    return weapon is not None and object_follows(context, words, weapon + 1)


def unnamed_subject(context: Extraction, words: list[Word], position: int,
                    taken: tuple[Arg, ...] = ()) -> ArgsAfter | None:
    """An unnamed perpetrator (``perpetrators.perpetrator_phrase``) as the subject of a violent
    verb with an object: after a singular verb («خطف مسلحون عدداً من الأشخاص», «فجّر انتحاري
    نفسه»), or opening the clause right before the verb, maybe behind «قد» («إن مسلحين
    مجهولين اغتالوا ضابطاً», «وكان انتحاريان قد فجرا نفسيهما»), maybe past a clause of what
    it carries («انتحاري يقود سيارة مفخخة فجّر نفسه», ``carrying_doers``), or anywhere when
    it is indefinite and the verb describes it (``_described``). A plural verb
    carries its own subject, so a noun after it is its object («اغتالوا مسلحين»). A phrase
    that holds an agent already found (``taken``: «القوات الروسية», an actor) is left to it."""
    plural = any(rest.endswith("وا") for _, rest in words[position].readings())
    index = position + 1
    if not plural and index < len(words) and not context.boundary_between(words[position],
                                                                          words[index]):
        last = perpetrator_end(context, words, index)
        if last is not None and (object_follows(context, words, last + 1) or
                                 _object_past_weapon(context, words, last) or
                                 fought_with(words, position, last + 1) or
                                 seized_over(words, position, last + 1)) and \
                not _holds(words, index, last, taken):
            return perpetrator(context, words, index)
        counted = _counted_bombers(context, words, index)
        if counted is not None and not _holds(words, index, counted, taken):
            return perpetrator(context, words, index, True)
    end = position - 1 if position > 0 and words[position - 1].norm in {"قد", "فقد"} \
        else position
    aside = end >= 1 and context.boundary_between(words[end - 1], words[end]) and \
        _owner_aside(context, words, end) != end
    if aside:
        end = _owner_aside(context, words, end)  # «طائرات حربية، تابعة للحكومة، قصفت»
    if not (object_follows(context, words, position + 1) or
            _object_past_weapon(context, words, position) or  # «قصفت بالصواريخ تمركزات»
            seized_over(words, position, position + 1)) or end < 1 or \
            (not aside and context.boundary_between(words[end - 1], words[end])):
        return None
    carried = carrying_clause_start(context, words, end) if not aside else None
    if carried is not None:
        end = carried  # «انتحاري يقود سيارة مفخخة فجّر»: the doer before what he drives
    for start in range(end - 1, max(-1, end - 1 - _SUBJECT_WORDS), -1):
        if perpetrator_end(context, words, start, counted=True) == end - 1 and \
                _opens_clause(context, words, start):
            if _holds(words, start, end - 1, taken):
                return None
            return ArgsAfter(perpetrator(context, words, start, True).args, position + 1)
    described = _described(context, words, end) if end == position else None
    if described is None or _holds(words, described, end - 1, taken):
        return None
    return ArgsAfter(perpetrator(context, words, described, True).args, position + 1)


def _described(context: Extraction, words: list[Word], end: int) -> int | None:
    """Where the longest indefinite perpetrator phrase that ends right before the verb at
    ``words[end]`` starts: a verb right after an indefinite noun describes it, and its
    subject is that noun wherever the phrase stands («وترجل منها 3 مسلحين أطلقوا النار»,
    «اعتقلت مسلحين اغتالوا ضابطاً»); «الجنود» is definite, and a verb after it may open a
    clause with a subject of its own."""
    found = None
    for start in range(end - 1, max(-1, end - 1 - _SUBJECT_WORDS), -1):
        if perpetrator_end(context, words, start, counted=True) == end - 1 and \
                not words[start].norm.startswith(("ال", "وال", "فال")):
            found = start
    return found


_SUBJECT_WORDS = 6
"""How many words an unnamed subject before its verb may take («فرقة مظلية من قوات مكافحة
الإرهاب»: six)."""
_OWNED = frozenset({"تابعه", "تابع", "تابعين", "تابعون", "التابعه", "التابع"})
"""«طائرات حربية، تابعة للحكومة المعترف بها دولياً، قصفت سفينة»: an aside that says whose
the unnamed doer is, between commas before its verb."""
_ASIDE_REACH = 8


def _owner_aside(context: Extraction, words: list[Word], end: int) -> int:
    """Where an aside of ownership opens when it closes with a comma right before the verb at
    ``end``; ``end`` itself when there is none (the caller then stops at the comma)."""
    for start in range(end - 1, max(0, end - 1 - _ASIDE_REACH), -1):
        if context.boundary_between(words[start - 1], words[start]):
            return start if words[start].has(_OWNED) else end
        if start < end - 1 and context.boundary_between(words[start], words[start + 1]):
            return end
    return end


def _counted_bombers(context: Extraction, words: list[Word], index: int) -> int | None:
    """«فجّر 3 انتحاريين أنفسهم»: a counted perpetrator phrase after the verb is its subject
    when a reflexive object follows it (a count after a verb is otherwise as likely the
    victims of a passive: «قُتل 3 مسلحين»); the index of its last word, or None."""
    last = perpetrator_end(context, words, index, counted=True)
    if last is None or last + 1 >= len(words) or words[last + 1].norm not in REFLEXIVES or \
            context.boundary_between(words[last], words[last + 1]):
        return None
    return last


def _holds(words: list[Word], first: int, last: int, taken: tuple[Arg, ...]) -> bool:
    """Whether the words ``first``..``last`` overlap one of the ``taken`` arguments."""
    start, end = words[first].start, words[last].end
    return any(arg.start < end and start < arg.end for arg in taken)


def perpetrator(context: Extraction, words: list[Word], index: int,
                counted: bool = False) -> ArgsAfter:
    """The perpetrator phrase at ``words[index]`` (one is known to start there) and the
    index after it."""
    phrase = perpetrator_phrase(context, words, index, counted)
    assert phrase is not None
    return ArgsAfter([phrase[0]], phrase[1])


def _opens_clause(context: Extraction, words: list[Word], start: int) -> bool:
    """Whether ``words[start]`` opens a clause: first, after punctuation or a clause word."""
    return start == 0 or context.boundary_between(words[start - 1], words[start]) or \
        words[start - 1].norm in _SUBJECT_OPENERS
