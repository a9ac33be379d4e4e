"""«ويتحدث المعتمر X: نشكر ...»: «يتحدث» reports words only before a colon.

Feature stories give a speaker's words after «يتحدث X:» or «تحدثت X: "..."» as they do after
«قال». Elsewhere the verb reports no words: «تحدث المرصد عن تجدد الاشتباكات» tells what was
spoken of, «تحدثت معه الصحيفة» who was spoken with. So its forms (listed in
:data:`kg.relations.lexicon_attribution.REPORTING`) give a statement only when a colon stands
between the verb's subject and the content. The bare past «تحدث» is not listed: it is also the
imperfect of «حدث» (to occur: «قد تحدث أزمة»).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon_attribution import ReportingVerb

TALKED = "تحدث"
"""The lemma of «يتحدث», «تتحدث», «تحدثت»."""


def talked_without_colon(text: str, words: list[Word], first_content: int,
                         verb: ReportingVerb) -> bool:
    """Whether ``verb`` is «يتحدث» and no colon stands right before its content (the word
    at ``first_content``, or the quotation mark before it)."""
    if verb.lemma != TALKED:
        return False
    if first_content < 1 or first_content > len(words):
        return True
    before = words[first_content - 1].end
    after = words[first_content].start if first_content < len(words) else len(text)
    return ":" not in text[before:after]
