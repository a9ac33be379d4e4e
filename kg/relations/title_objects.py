"""A verbal noun after a title's definite words opens the verb's object, not more title.

«ونفى المتحدث باسم الوزارة تعيين X وزيرا», «وأعلن رئيس النادي تعاقد الفريق مع اللاعب
X»: the title («المتحدث باسم الوزارة», «رئيس النادي») is the verb's subject, and the
indefinite verbal noun after its last, definite word («تعيين», «تعاقد») cannot continue
it (no indefinite word follows a definite one inside a title's chain): it opens the
object, and the person after it is no holder of the title before it. Only the shapes of
the verbal nouns of derived forms are read (:func:`kg.ner.conjoined_fields.derived_verbal_noun`),
bare (no clitic) and outside any tagged name.
"""

from __future__ import annotations

from kg.ner.conjoined_fields import derived_verbal_noun
from kg.relations.context import Extraction
from kg.relations.index import Word

_CLITICS = ("ال", "و", "ف", "ب", "ل", "ك")
"""What a bare verbal noun does not open with («العام», «والتعيين», «بتعيين»)."""


def object_after_title(context: Extraction, before: Word, word: Word) -> bool:
    """Whether ``word`` is a bare verbal noun of a derived form right after the definite
    word ``before`` («الوزارة تعيين», «النادي تعاقد»), outside any tagged name."""
    if not before.norm.startswith("ال") or word.norm.startswith(_CLITICS) or \
            not derived_verbal_noun(word.norm):
        return False  # «الأمين العام»: «العام» is the article and a noun, no verbal noun
    return context.covering_mention(word.start) is None
