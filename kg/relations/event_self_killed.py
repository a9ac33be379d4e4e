"""«كما قُتل المهاجم نفسه», «وقتل الانتحاريان نفساهما»: the one killed, not a killer.

A verb of killing whose subject is followed right away by the emphatic «نفسه»/«نفسها»/
«أنفسهم» tells that the doer of the attack died too: the verb is read as the passive
(«قُتل المهاجم نفسه», the attacker himself was killed), and even read as active (he killed
himself) the one named is who died. The name there is the victim of the killing, not its
doer; what killed him is told elsewhere. Read on unseen news (session 32): «كما قتل المهاجم
نفسه» gave the attacker as the agent of the killing.
"""

from __future__ import annotations

from dataclasses import replace

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft

_SELF = frozenset({"نفسه", "نفسها", "انفسهم", "نفسيهما", "نفساهما", "انفسهن"})


def self_killed(context: Extraction, draft: Draft) -> None:
    """Turn the agent of a verb of killing followed by «نفسه» into its target."""
    if draft.label != "Killing" or not draft.verb:
        return
    agents = [a for a in draft.arguments if a.role == "agent"]
    if len(agents) != 1 or any(a.role == "target" for a in draft.arguments):
        return
    last = context.word_at(agents[0].end - 1)
    if last is None:
        return
    after = context.word_at(last.end)
    if after is None or after.index != last.index + 1 or after.norm not in _SELF:
        return
    draft.arguments[:] = [replace(a, role="target") if a is agents[0] else a
                          for a in draft.arguments]
