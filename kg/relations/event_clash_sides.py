"""The sides of clashes named past the first one after «بين»: «اشتباكات بين مقاتلي المقاومة
وميليشيات الحوثي والمخلوع صالح».

A clash noun («اشتباكات», «مواجهات») has no agent, and the sides after «مع»/«بين» are its
participants (``event_roles``). When the first side after «بين» is a phrase kg does not
name («مقاتلي المقاومة»), the names joined after it by «و» carry no preposition of their
own, and were read as the target; they are sides too: a name after «بين» or «مع», later in
the clause of the clash noun, is a participant, never the target.
"""

from __future__ import annotations

from kg.relations.index import Word

_SIDES = frozenset({"بين", "مع"})


def after_between(words: list[Word], trigger: int, candidate: int) -> bool:
    """Whether «بين» or «مع» stands between the trigger at ``words[trigger]`` and the name
    at ``words[candidate]``, in the same sentence."""
    sentence = words[trigger].sentence_index
    return any(words[index].norm in _SIDES and words[index].sentence_index == sentence
               for index in range(trigger + 1, min(candidate, len(words))))
