"""A war waged on a named foe: «مشاركتها في الحرب ضد تنظيم داعش».

The noun «الحرب» names a military operation only with «ضد» after it (``EVENT_COMPLEMENTS``):
«الحرب الأهلية», «منذ الحرب» recall a period, «الحرب على الفساد» is a figure. With a named
armed group, state or body right behind «ضد» (maybe behind a head noun: «ضد تنظيم داعش») the
war is one of the news, ongoing, and reported though nobody wages it by name; the foe is its
target (read by the roles after «ضد»). A war on a thing named by a common noun («الحرب ضد
الإرهاب») is a figure of policy, and a war called for or hoped for («دعا إلى الحرب ضد داعش»)
has not begun: neither is reported.

A noun of fighting whose genitive is the one fought («استمرارنا بمحاربة داعش», «قتال تنظيم
داعش») names its foe without «ضد»: with a named foe right after it, it is reported as the
war is (``fought_named_foe``), unless it is an aim or a pretext («لمحاربة داعش», «بحجة
محاربة طالبان», «بهدف قتال داعش»).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.event_draft import trigger_form
from kg.relations.event_prospects import PROPOSING_WORDS
from kg.relations.index import Word

WAR_FORMS = frozenset({"حرب"})
_AGAINST = "ضد"
_FOE_LABELS = frozenset({"ArmedGroup", "Country", "Organization", "PoliticalParty"})
_FOE_HEADS = frozenset({"تنظيم", "جماعه", "حركه", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
                        "قوات", "نظام"})
_CALLS = PROPOSING_WORDS | frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "دعوه", "الدعوه",
                                      "لشن", "بشن"})
"""Words before the war noun that call for it, hope for it or declare it to come."""
_CALL_REACH = 4
FOUGHT_GENITIVE = frozenset({"محاربه", "قتال"})
"""Nouns of fighting whose genitive is the one fought, not the fighter («محاربة طالبان»)."""
_AIMS = frozenset({"بحجه", "بهدف", "لهدف", "بغرض", "بذريعه", "لاجل", "اجل", "سبيل"})
"""Words before a noun of fighting that make it an aim or a pretext («بحجة محاربة طالبان»)."""


def war_on_named_foe(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the war noun at ``words[position]`` is waged on a named foe right behind «ضد»
    and not called for (see the module's docstring)."""
    if trigger_form(words[position]) not in WAR_FORMS or position + 2 >= len(words) or \
            words[position + 1].norm != _AGAINST:
        return False
    if any(word.has(_CALLS) for word in words[max(0, position - _CALL_REACH):position]):
        return False
    mention = _named_foe(context, words, position, position + 2)
    return mention is not None and not context.attached_prefix(mention)


def fought_named_foe(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the noun of fighting at ``words[position]`` has a named foe right after it and is
    no aim, pretext or call (see the module's docstring)."""
    word = words[position]
    if trigger_form(word) not in FOUGHT_GENITIVE or position + 1 >= len(words) or any(
            prefix.endswith("ل") for prefix, rest in word.readings() if rest in FOUGHT_GENITIVE):
        return False  # «لمحاربة داعش»: an aim
    before = words[max(0, position - _CALL_REACH):position]
    if any(w.has(_CALLS) or w.has(_AIMS) for w in before):
        return False
    return _named_foe(context, words, position, position + 1) is not None


def _named_foe(context: Extraction, words: list[Word], position: int,
               foe: int) -> Mention | None:
    """The named foe's mention at ``words[foe]`` (past a head noun such as «تنظيم» before
    its name), in the same clause as the noun at ``position``; None if there is none."""
    if words[foe].has(_FOE_HEADS) and context.covering_mention(words[foe].start) is None and \
            foe + 1 < len(words):
        foe += 1
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(position, foe)):
        return None
    mention = context.mention_starting_in(words[foe])
    if mention is None or not mention.entity_id or mention.label not in _FOE_LABELS:
        return None
    return mention
