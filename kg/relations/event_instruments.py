"""An object read past the weapon a strike was made with.

A verb of striking often names its weapon with «بـ» between the doer and the object
(:mod:`kg.relations.event_weapons`): «قصفت المقاومة الشعبية بالمدفعية تجمعات للمتمردين»,
«استهدف انتحاري بسيارة مفخخة نقطة تفتيش». The plain noun after the weapon is the verb's
object; when the rules read no target, the deed has a victim left unread, like an object
right after the doer (``event_clause_doers.plain_object``), so its event is less sure.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clause_doers import plain_object
from kg.relations.event_weapons import weapon_end
from kg.relations.index import Word


def object_past_weapon(context: Extraction, words: list[Word], after: int) -> bool:
    """Whether the word after ``words[after]`` is a weapon behind «بـ» and a plain noun object
    follows it: «قصفت المقاومة بالمدفعية تجمعات ...» (``after`` is the doer's last word, or the
    verb when its doer stands before it)."""
    last = weapon_end(words, after + 1)
    return last is not None and plain_object(context, words, last)
