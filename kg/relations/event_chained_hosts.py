"""The host of a meeting verb joined to a chain of the same doer's acts, after a comma.

Chronicles and reports of a leader's day string his acts together, verb after verb, each
joined by «، و» and sharing the subject named after the first one: «وفي يوم الأحد، هنأ
خادم الحرمين الشريفين الرئيس فلاناً بفوزه، واستقبل الأمين العام للأمم المتحدة». The
name after the joined meeting verb is the one received or met (a participant), and the
host is the subject of the chain's first verb. The event rules read either the name after
the verb as its subject (the guest taken for the host) or the nearest name before it (the
object of the first verb), both wrong.

The chain's first verb opens the sentence, or the clause right after an opening adjunct
set off by a comma («وفي يوم الأحد،», «أمس،»); its subject, a person or a body, follows it
at once (behind title words). Nothing between that subject and the meeting verb may open a
reported or relative clause («أن», «الذي»), which would bring a subject of its own; and the
name after the meeting verb must stand alone (no second name after it, ``met_alone``), or it
would be a subject with its own object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.entity_classes import AGENT_LABELS
from kg.relations.event_joined_meetings import met_alone
from kg.relations.event_subjects import coordinated_verb
from kg.relations.index import Arg, Word
from kg.relations.lexicon import TITLE_HEADS

_MEETING_VERBS = frozenset({"التقي", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت"})
_HOST_LABELS = AGENT_LABELS - {"Country"}
_OPENERS = frozenset({"في", "خلال", "يوم", "امس", "اليوم", "مساء", "صباح", "بعد", "عقب"})
"""Words that open an adjunct before the chain's first verb («وفي يوم الأحد،», «أمس،»)."""
_OPENER_REACH = 8
_TITLE_REACH = 4
_CLAUSE_OPENERS = frozenset({"ان", "بان", "وان", "فان", "الذي", "التي", "الذين", "حيث", "عندما",
                             "حين", "بينما", "فيما", "وفيما", "وبينما", "كما"})


def chained_host(context: Extraction, words: list[Word], position: int,
                 agents: list[Arg]) -> list[Arg] | None:
    """The subject of the chain's first verb when the meeting verb at ``words[position]`` is
    joined to it after a comma («هنأ الملك فلاناً، واستقبل فلاناً»), or None."""
    word = words[position]
    if position == 0 or not word.has(_MEETING_VERBS) or \
            not coordinated_verb(words, position) or \
            not context.boundary_between(words[position - 1], word):
        return None
    after = [a for a in agents if a.start >= word.end]
    if after and (len(after) < len(agents) or not met_alone(context, words, after)):
        return None
    host = _first_subject(context, words, position)
    if host is None or host.node_id in {a.node_id for a in after}:
        return None
    first = context.word_at(host.end - 1)
    if first is None:
        return None
    between = words[first.index - words[0].index + 1:position]
    if any(w.norm in _CLAUSE_OPENERS or w.bare() in _CLAUSE_OPENERS for w in between):
        return None
    return [host]


def _first_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The person or body right after the verb that opens the sentence, or the clause after
    an opening adjunct set off by a comma."""
    head = 0
    if words[0].bare() in _OPENERS or words[0].norm.lstrip("و") in _OPENERS:
        head = next((i for i in range(1, min(position, _OPENER_REACH + 1))
                     if context.boundary_between(words[i - 1], words[i])), -1)
        if head < 0:
            return None
    verb = words[head]
    if head + 1 >= position or context.mention_starting_in(verb) is not None or \
            verb.norm.startswith("ال") or verb.has(TITLE_HEADS) or \
            context.boundary_between(verb, words[head + 1]):
        return None
    index = head + 1
    while index < position and index - head <= _TITLE_REACH and \
            context.mention_starting_in(words[index]) is None and \
            words[index].has(TITLE_HEADS):
        index += 1
    mention = context.mention_starting_in(words[index]) if index < position else None
    if mention is None or not mention.entity_id or mention.label not in _HOST_LABELS or \
            context.attached_prefix(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)
