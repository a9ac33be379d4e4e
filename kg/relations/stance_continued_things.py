"""What is condemned or criticised for going on: «أدانت مصر استمرار الاعتداءات».

Rules:

- After a verb of condemnation, criticism, rejection or opposition, «استمرار» or «مواصلة»
  before a definite noun opens the object («استمرار الاعتداءات», «مواصلة الاستيطان»): the
  thing that goes on is what the stance is against.
- After support or an appeal («دعم استمرار المفاوضات») keeping something up names no
  object, as before (see ``stance_objects._UPKEEP``); nor before an indefinite noun or a
  clitic («استمرار في», «استمراره»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, StanceTrigger

_GOING_ON = frozenset({"استمرار", "مواصله"})
_AGAINST = frozenset({"condemns", "criticizes", "rejects", "opposes"})


def continued_against(context: Extraction, words: list[Word], index: int,
                      trigger: StanceTrigger) -> bool:
    """Whether ``words[index]`` is a bare «استمرار»/«مواصلة» that opens the object of a
    stance against something, a definite noun right after it in the same clause."""
    if trigger.kind not in _AGAINST or index + 1 >= len(words) or \
            words[index].norm not in _GOING_ON:
        return False
    after = words[index + 1]
    return after.norm.startswith("ال") and after.norm not in FUNCTION_WORDS and \
        not context.boundary_between(words[index], after) and \
        context.covering_mention(after.start) is None
