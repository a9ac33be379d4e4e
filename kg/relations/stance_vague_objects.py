"""«الآخرين», «البعض», «الجميع»: a word that stands for nobody in particular is no object.

«لنكنس أمام بيتنا قبل أن ننتقد الآخرين», «ودعا X الآخرين إلى الحوار», «وانتقد X البعض
ممن يعرقلون المصالحة»: «الآخرين» (the others), «البعض» (some), «الجميع» (everyone) point
at people the sentence does not name nor describe; a stance toward them says nothing
about whom. The object is only written when the phrase names an actor or a thing.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg
from kg.text.normalize import normalize_key

_VAGUE = frozenset({
    "الاخرين", "الاخرون", "الاخر", "الاخري", "غيرهم", "غيره", "غيرها", "البعض", "بعضهم",
    "الجميع", "جميعهم", "الكل", "كلهم", "الغير",
})
"""Words for others, some or all, naming no one (normalised spelling)."""


def vague_object(context: Extraction, obj: Arg) -> bool:
    """True when the object ``obj`` is one of the words that name nobody («الآخرين»)."""
    text = normalize_key(context.doc.text[obj.start:obj.end])
    return text in _VAGUE
