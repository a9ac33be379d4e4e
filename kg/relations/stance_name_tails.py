"""An adjective right after the holder's name is the rest of that name, not the object.

When the name tagger stops short of a body's full name («الاتحاد النقابي» of «الاتحاد
النقابي الأساسي»), the adjective left over right after it looks like a definite noun after
the verb and its subject: «دعا الاتحاد النقابي الأساسي في تايلاند إلى الإضراب» would read
«الأساسي» as whom the union urges. A one-word descriptive object that follows the subject
with nothing between and ends as a masculine or feminine adjective («ـي», «ـية») agrees
with the name before it: it is no object. Only a body's name is so continued: after a
person's name the word is a noun («طالب محمد عمر ولي ملاك المباني», «المباني» a broken
plural). Objects of two words («المجتمع الدولي») or more, and names, are read as before.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg
from kg.text.normalize import normalize_key


def name_tail(context: Extraction, candidate: Candidate, subjects: list[Arg]) -> bool:
    """The descriptive object ``candidate`` is one adjective glued to a body's name."""
    if candidate.source != "topic" or candidate.preposition:
        return False
    text = context.doc.text[candidate.arg.start:candidate.arg.end].strip()
    key = normalize_key(text)
    if " " in text or not text.startswith("ال") or not key.endswith(("ي", "يه")):
        return False
    return any(not context.doc.text[s.end:candidate.arg.start].strip() and
               context.label(s.node_id) != "Person" for s in subjects)
