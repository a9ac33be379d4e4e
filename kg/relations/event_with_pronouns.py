"""A meeting held «معه»: the one the pronoun names is the other party, not the host.

«استقبل الوزير فلان السفير علاناً وعقد معه جلسة مباحثات», «من خلال استقباله الرئيس
عباس، ويجري معه مباحثات»: a meeting noun governed by a verb with «معه» («معها», «معهم»)
before it is held with the one the pronoun resumes, the name told just before (the guest
received). The event rules take the nearest name before a meeting noun with no doer of its
own for its host; here that name is the party met, and who held the talks is the subject
of an earlier verb, told with a pronoun. When the sentence told a meeting before it
(«استقبل ... وعقد معه»), the talks are that meeting told again (``told_in_sentence``);
otherwise no host is read, and the talks are no event rather than one with the guest for
its host. A light verb with its own subject («وأجرى الوزير فلان معه مباحثات») keeps it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_WITH_PRONOUNS = frozenset({"معه", "معها", "معهم", "معهما", "معهن"})
_REACH = 3
"""How many words may stand between «معه» and the meeting noun («معه جلسة مباحثات رسمية»)."""


def held_with_pronoun(words: list[Word], position: int, agents: list[Arg]) -> bool:
    """«وعقد معه جلسة مباحثات»: «معه» stands just before the meeting noun at
    ``words[position]``, with at most a word of the meeting («جلسة») between, and none of the
    ``agents`` read stands right before «معه» as the subject of its verb («وأجرى الوزير
    فلان معه مباحثات»)."""
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if words[index].bare() in _WITH_PRONOUNS or words[index].norm in _WITH_PRONOUNS:
            return index > 0 and not any(a.end == words[index - 1].end for a in agents)
    return False


def told_in_sentence(context: Extraction, recorded: list[str], label: str) -> bool:
    """An event of class ``label`` was recorded earlier in the sentence (``recorded``: the
    ids of the sentence's events so far)."""
    return any(event.label == label for event in
               (context.found.events.get(event_id) for event_id in recorded)
               if event is not None)
