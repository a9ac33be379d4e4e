"""Who bears sanctions told by a resumptive pronoun: «تواجه روسيا صعوبات ناتجة عن عقوبات غربية
مفروضة عليها».

A sanction noun followed shortly by the passive participle of imposing with a pronoun of «على»
(«مفروضة عليها», «المفروضة عليه») says on whom the sanctions are imposed: the pronoun resumes a
name told before the noun. That name, which the event would otherwise read as the agent just
before its trigger, is the sanctions' target; who imposed them is not that name. With a name
after «على» instead («وانتقدت روسيا العقوبات المفروضة على إيران») the target is told there,
and the name before the noun is whoever judges or suffers them, still not who imposed them.

So is the subject of a verb of facing before the noun («تواجه روسيا عقوبات أوروبية»): it bears
the sanctions (``faced_before``); sanctions one will or may face («سيواجه النادي عقوبات تصل إلى
الحسم من نقاطه إذا ...») are a threat, no event.
"""

from __future__ import annotations

from kg.relations.index import Word

_IMPOSED = frozenset({"مفروضه", "المفروضه", "مفروض", "المفروض"})
_ON_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_REACH = 4
"""How many words after the sanction noun the participle may stand («عقوبات اقتصادية غربية
مفروضة عليها»)."""


def imposed_after(words: list[Word], position: int) -> str | None:
    """How the sanction noun at ``words[position]`` is told as imposed, within a few words
    after it: ``pronoun`` («مفروضة عليها»: on the name before the noun), ``named`` («المفروضة
    على إيران»: on the name after «على»), or None (no passive participle of imposing)."""
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        if words[index].bare() in _IMPOSED:
            after = words[index + 1].bare()
            return "pronoun" if after in _ON_PRONOUNS else "named" if after == "علي" else None
    return None


_FACING = frozenset({"واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "واجهوا", "تواجهان",
                     "يواجهان"})
_FUTURE_FACING = frozenset({"سيواجه", "ستواجه", "سيواجهون", "ستواجهان", "سيواجهان"})
_PROSPECT_WORDS = frozenset({"قد", "ان", "لن", "سوف", "ربما"})
_FACING_REACH = 4
"""How far before the sanction noun the verb of facing may stand («تواجه روسيا منذ أشهر
عقوبات»)."""


def faced_before(words: list[Word], position: int) -> str | None:
    """How the sanction noun at ``words[position]`` is told as faced, by a verb of facing a
    few words before it: ``faced`` («تواجه روسيا عقوبات أوروبية»: the subject bears them, it
    does not impose them), ``future`` («سيواجه النادي عقوبات», «قد تواجه الشركة عقوبات»: a
    threat, not sanctions imposed), or None.

    Who faces sanctions is their target; who imposed them is not told by that verb. Sanctions
    one will or may face are a prospect, no event.
    """
    for index in range(position - 1, max(-1, position - 1 - _FACING_REACH), -1):
        norm = words[index].norm.removeprefix("و").removeprefix("ف")
        if norm in _FUTURE_FACING:
            return "future"
        if norm in _FACING:
            before = words[index - 1].norm if index > 0 else ""
            return "future" if before in _PROSPECT_WORDS else "faced"
    return None
