"""A deed that someone kept from happening: «لمنع الجماعات ... من دخول لبنان».

Arabic tells prevention with «منع» and the deed kept from happening behind «من»: «منع
المتظاهرين من اقتحام المبنى», «لمنع الجماعات التي وصفها بالتكفيرية من دخول لبنان». The
verbal noun after «من» names what did not happen (or was only feared), however many words
the prevented side takes between (a relative clause, adjectives). The nearer hedges already
unmake it (``event_happened``); a far one only lowered its confidence
(``event_cautions.hedged_before``), so a long prevented side left an entry or a storming
told as done. Here the frame itself is read: the trigger right after «من», and a form of
«منع» before it in its clause, within a few words.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_FROM = "من"
PREVENTING = frozenset({
    "منع", "لمنع", "بمنع", "ومنع", "يمنع", "تمنع", "منعت", "منعوا", "يمنعون", "منعه", "منعها",
    "منعهم", "لمنعه", "لمنعها", "لمنعهم", "ستمنع", "سيمنع",
})
"""Forms of «منع» (to keep someone from a deed), as normalized."""
_REACH = 10
"""How far before the trigger «منع» may stand («لمنع الجماعات التي وصفها بالتكفيرية من»)."""


def prevented(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` stands right after «من» and a form of «منع»
    stands before it in its clause (no punctuation between), within :data:`_REACH` words."""
    if position < 2 or words[position - 1].norm != _FROM:
        return False
    trigger = words[position]
    for index in range(position - 2, max(position - 1 - _REACH, -1), -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index or \
                context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in PREVENTING:
            return True
    return False
