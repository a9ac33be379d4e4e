"""«قال إن سورية تتدخل في شؤون البلاد وحذر الدول الثلاث من ...»: the speaker's next word ends
the statement.

An indirect statement runs to the sentence end unless something ends it
(:mod:`kg.relations.statement_content`). A past verb of saying glued to «و» («وحذر», «وأكد»,
«وقالت») inside it, with no person after it, most often tells the speaker's next saying in
the narrator's words, not more of what was said (fresh news, session 44: «وقال إن ... تتدخل
في شؤون العراق وحذر الدول الثلاث من أن ...» ran on). Ending there keeps the words said; when
the verb was the reported subject's («أن الوزير وصل ونفى ...»), the statement is only
shorter. An imperfect («ويقول») goes on with the statement, and so does a verb of a stance
only («وأشاد», «وطالب»), which the stance readers leave inside the reported clause («وذكر X
أن الرئيس Y استقبل الوفد وأشاد بجهود ...»: Y praises, not X).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_reporting

_IMPERFECT_MARKS = ("ي", "ت", "ن")
"""Letters that open an imperfect («يطالب», «تدعو», «نؤكد»)."""


def joined_act(word: Word) -> bool:
    """Whether ``word`` is a past verb of saying glued to «و»."""
    if not word.norm.startswith("و"):
        return False
    said = find_reporting(word.norm)
    if said is None or said.prefix != "و":
        return False
    rest = word.norm[1:]
    return rest.startswith(said.value.lemma) or not rest.startswith(_IMPERFECT_MARKS)
