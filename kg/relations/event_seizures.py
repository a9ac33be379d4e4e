"""The unnamed force that seizes ground: «وسيطرت قوات الجيش على المدينة».

A verb of seizing (``lexicon.SEIZING_VERBS``: «سيطر», «سيطروا», «استولى»), raiding («أغارت
طائرات حربية على موقع») or assaulting («اعتدى مسلحون على دورية») takes its object behind
«على», not as a direct object; so the unnamed subject phrase of such a verb
(«قوات الجيش», «مسلحو التنظيم», «المسلحون», ``perpetrators``) ends right before «على», as a
fighting verb's ends before «مع» («اشتبكت قوات الأمن مع مسلحين»). That phrase is the doer,
after the verb («وسيطر مسلحو التنظيم على مبنى البلدية») or opening the clause right before
a plural verb («إن مسلحي الجماعة سيطروا على ثلاث قرى»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import OBJECT_AFTER_ON, Draft
from kg.relations.index import Word
from kg.relations.lexicon import SEIZING_VERBS

_ON = frozenset({"علي"})
_ON_OBJECT_VERBS = SEIZING_VERBS | OBJECT_AFTER_ON | frozenset({"اغار", "اغارت", "اغاروا", "اعتدي",
                                                               "اعتدت", "اعتدوا"})
"""Violent verbs whose object follows «على»: seizing, raiding, assaulting («اعتدى على»)."""


def seized_over(words: list[Word], position: int, index: int) -> bool:
    """A seizing, raiding or assaulting verb at ``words[position]`` whose subject phrase ends
    right before «على» at ``words[index]``."""
    return index < len(words) and words[index].norm in _ON and \
        words[index].sentence_index == words[position].sentence_index and \
        words[position].has(_ON_OBJECT_VERBS)


_PLURAL_REACH = 4
"""How many words may stand between a plural seizing verb and the end of its subject name."""


def drop_far_plural_doers(context: Extraction, words: list[Word], position: int,
                          draft: Draft) -> None:
    """«باقتحام منزل فلان، وسيطروا على مخزن»: a plural seizing verb carries its own subject;
    a name read before it is its subject only in the same clause, a few words before it
    («إن مسلحي الحوثي سيطروا»), not across a comma (there it is mostly the one raided)."""
    if not draft.verb or not any(rest in SEIZING_VERBS and rest.endswith("وا")
                                 for _, rest in words[position].readings()):
        return
    trigger = words[position]
    kept = []
    for argument in draft.arguments:
        if argument.role == "agent" and argument.end <= trigger.start:
            last = context.word_at(max(argument.start, argument.end - 1))
            at = last.index - words[0].index if last is not None else -1
            if at < 0 or position - at > _PLURAL_REACH or any(
                    context.boundary_between(words[i], words[i + 1]) for i in range(at, position)):
                continue
        kept.append(argument)
    if not any(a.role == "agent" for a in kept):
        kept = []  # no doer read: whose seizure it is stays untold, as «سيطروا» alone tells
    draft.arguments = kept
