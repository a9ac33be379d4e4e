"""Military operations carried out by a named side: «نفذ حزب الله عمليات عسكرية واسعة».

The noun «عملية»/«عمليات» with the adjective «عسكرية» right after it names operations of war, a
military operation rather than one attack. Such operations are told as often as a plan, a
halt or a topic («وقف العمليات العسكرية», «مناقشة العمليات العسكرية الأخيرة»), so they are
read only with a named side of their own, the subject of the verb that carries them («نفذ
حزب الله خلال شهري مايو ويونيو عمليات عسكرية»), or the genitive or «ل» phrase after them.
"""

from __future__ import annotations

from kg.relations.event_draft import OWN_AGENT, Draft, trigger_form
from kg.relations.index import Word
from kg.relations.lexicon import MILITARY_ADJECTIVES

OPERATION_FORMS = frozenset({"عمليه", "عمليات"})


def military_operations(words: list[Word], position: int) -> bool:
    """«عمليات عسكرية»: the operation noun at ``words[position]`` with «عسكرية» right after it."""
    return trigger_form(words[position]) in OPERATION_FORMS and position + 1 < len(words) and \
        words[position + 1].has(MILITARY_ADJECTIVES)


def unowned_operations(words: list[Word], position: int, draft: Draft) -> bool:
    """Military operations with no named agent of their own (read from their construction,
    not the nearest name before them): no event."""
    return military_operations(words, position) and not draft.verb and (
        draft.agent_source not in OWN_AGENT or not any(a.role == "agent" for a in draft.arguments))
