"""A meeting verb after «حيث» continues the visit told before it.

«وزار وزير الخارجية الأمريكي جون كيري القاهرة حيث التقى الرئيس عبد الفتاح السيسي», «ووصل
الرئيس فلان إلى الرياض حيث التقى الملك سلمان»: the clause «حيث» opens tells what the visitor
did where he went; the person named right after the meeting verb is the one met, a
participant, not its subject. The doer is the visitor, the agent of the sentence's visit
when one was read, else nobody named. As for a verb joined by «و»
(``event_joined_meetings``), this holds only when no second name or title follows that
person, nor «مع» or «بـ»: «حيث التقى الرئيس فلان بأعضاء الوفد» has its subject after the
verb. «حيث استقبله الرئيس» (the host with the guest's pronoun) is not this construction.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, SentenceState
from kg.relations.event_joined_meetings import met_alone
from kg.relations.index import Arg, Word

_WHERE = frozenset({"حيث", "وحيث"})
_MET = frozenset({"التقي", "التقت", "اجتمع", "اجتمعت"})


def where_guest(context: Extraction, words: list[Word], position: int,
                agents: list[Arg]) -> bool:
    """Whether the ``agents`` read right after the meeting verb at ``words[position]``, which
    opens a «حيث» clause, are the one met (see the module docstring)."""
    word = words[position]
    if position == 0 or words[position - 1].norm not in _WHERE or word.norm not in _MET or \
            not agents or any(a.start < word.end for a in agents) or \
            context.boundary_between(words[position - 1], word):
        return False
    return met_alone(context, words, agents) and not _met_with(context, words, agents)


def _met_with(context: Extraction, words: list[Word], agents: list[Arg]) -> bool:
    """«حيث التقى الرئيس فلان بأعضاء الوفد», «... مع الوفد»: the one met follows the names,
    which are then the subject."""
    last = context.word_at(max(a.end for a in agents) - 1)
    if last is None or last.index - words[0].index + 1 >= len(words):
        return False
    after = words[last.index - words[0].index + 1]
    return after.norm == "مع" or any(prefix.lstrip("و")[:1] == "ب" and rest != after.norm
                                     for prefix, rest in after.readings())


def met_by_visitor(context: Extraction, draft: Draft, guests: list[Arg],
                   here: SentenceState) -> list[Arg]:
    """Records the ``guests`` as the ones met and returns the meeting's agents: the
    sentence's last agent when the last event recorded before is a visit, else none."""
    for guest in guests:
        draft.add("participant", guest)
    event = context.found.events.get(here.recorded[-1]) if here.recorded else None
    agents = list(here.previous_agent) if event is not None and event.label == "Visit" else []
    draft.agent_source = "subject" if agents else "none"
    return agents
