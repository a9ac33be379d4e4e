"""«قال إن سورية تتدخل في شؤون البلاد وحذر الدول الثلاث من ...»: the speaker's next act ends
the statement.

An indirect statement runs to the sentence end unless something ends it
(:mod:`kg.relations.statement_content`). A past verb of saying or of a stance glued to «و»
(«وحذر», «وطالب», «ودعتها», «وأكد») inside it, with no person after it, most often tells the
speaker's next act in the narrator's words, not more of what was said: «ودعتها إلى القبول
...», «وطالب ببناء مؤسسات ...» (fresh news, session 44: the quote ran over it). Ending there
keeps the words said; when the verb was the reported subject's («أن الوزير وصل ونفى ...»),
the statement is only shorter. An imperfect («ويطالب») or a noun («والمطالبة», «وتأييد»)
goes on with the statement.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_reporting, find_stance

_IMPERFECT_MARKS = ("ي", "ت", "ن")
"""Letters that open an imperfect («يطالب», «تدعو», «نؤكد»)."""


def joined_act(word: Word) -> bool:
    """Whether ``word`` is a past verb of saying or of a stance glued to «و»."""
    if not word.norm.startswith("و"):
        return False
    said = find_reporting(word.norm)
    if said is not None and said.prefix == "و":
        rest = word.norm[1:]
        return rest.startswith(said.value.lemma) or not rest.startswith(_IMPERFECT_MARKS)
    stance = find_stance(word.norm)
    return stance is not None and stance.prefix == "و" and not stance.value.noun and \
        not word.norm[1:].startswith(_IMPERFECT_MARKS)
