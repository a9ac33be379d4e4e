"""«الآخرين», «البعض», «الجميع»: a word that stands for nobody in particular is no object.

«لنكنس أمام بيتنا قبل أن ننتقد الآخرين», «ودعا X الآخرين إلى الحوار», «وانتقد X البعض
ممن يعرقلون المصالحة»: «الآخرين» (the others), «البعض» (some), «الجميع» (everyone) point
at people the sentence does not name nor describe; a stance toward them says nothing
about whom. The object is only written when the phrase names an actor or a thing.

Nor is God or a scripture («تمسكنا بكتاب الله», «نلتزم بالقرآن الكريم»): adherence to
the faith, not a stance toward an actor or a policy.
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

_SACRED = frozenset({
    "الله", "كتاب الله", "القران", "القران الكريم", "السنه النبويه", "سنه رسول الله",
    "سنه النبي", "رسول الله", "الكتاب المقدس", "الانجيل", "التوراه", "كلام الله",
    "شرع الله", "دين الله",
})
"""God and the scriptures (normalised spelling)."""


def vague_object(context: Extraction, obj: Arg) -> bool:
    """True when the object ``obj`` is one of the words that name nobody («الآخرين»)."""
    text = normalize_key(context.doc.text[obj.start:obj.end])
    if text in _VAGUE:
        return True
    # the span may keep a glued preposition («بكتاب الله»)
    return text in _SACRED or (text[:1] in {"ب", "ل"} and text[1:] in _SACRED) or \
        (text[:2] in {"بال", "لل"} and "ال" + text[2:] in _SACRED)
