"""A person named after two coordinated roles: «الكاتب والإعلامي X», «الكاتبة ومدير تحرير
مجلة منظمة المؤتمر الإسلامي X».

Pan-Arab news often stacks a person's roles with «و» before the name; the second role may
be a long title with a body named inside it. The name that ends the stack is the person the
first role noun («الكاتبة») introduces, so the search for it reaches further than after a
single role noun.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import PERSON_NOUNS, TITLE_HEADS

SINGLE_ROLE_REACH = 5
"""Words searched for the name after one role noun («المخرج السعودي X»)."""
COORDINATED_ROLE_REACH = 10
"""Words searched after a role noun coordinated with a second role («الكاتبة ومدير ...»)."""


def _coordinated_role(word: Word) -> bool:
    """«ومدير», «والإعلامي», «والناشطة»: «و» glued to a title or a role noun."""
    return any(prefix in {"و", "وال"} and (rest in TITLE_HEADS or rest in PERSON_NOUNS)
               for prefix, rest in word.readings()[1:])


def role_reach(words: list[Word], index: int) -> int:
    """How many words past the role noun at ``words[index]`` its person's name may be
    sought: further when a coordinated role follows it at once."""
    if index + 1 < len(words) and _coordinated_role(words[index + 1]):
        return COORDINATED_ROLE_REACH
    return SINGLE_ROLE_REACH
