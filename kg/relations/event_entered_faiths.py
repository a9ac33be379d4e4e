"""A faith that «entered» a land, or a people that «entered» a faith: no troops entered.

«دخل» and «دخول» name a military operation or a deployment when troops enter a place
(``event_entered_wars`` reads the war joined instead). In history and culture pieces the
verb tells of conversion and the spread of a religion: «دخلت المسيحية مصر» (the faith is
the subject), «ودخلت القبائل في الإسلام», «دخول الإسلام إلى المغرب». A faith noun right
after the trigger, or after «في» among the five words after it (``object_words``: its
clause), makes it no event. Only the nouns of the faiths count, not their adjectives
(«القوات الإسلامية» may enter a town), and not inside a name («قوات سيف الإسلام», «محافظة
صلاح الدين»: no «الدين» at all).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_entered_wars import ENTRY_FORMS, object_words
from kg.relations.index import Word

FAITHS = frozenset({
    "الاسلام", "المسيحيه", "اليهوديه", "النصرانيه", "البوذيه", "الهندوسيه",
})
"""The faiths of news and history prose, normalised («الإسلام», «المسيحية»)."""
_IN = "في"


def entered_faith(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether the entry verb or noun at ``words[position]`` has a faith right after it or
    after «في» in its clause: «دخلت المسيحية مصر», «ودخلت النوبة في الإسلام»."""
    if form not in ENTRY_FORMS:
        return False
    after = object_words(context, words, position)
    return any(word.norm in FAITHS and (index == 0 or after[index - 1].norm == _IN)
               for index, word in enumerate(after))
