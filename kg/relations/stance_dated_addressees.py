"""The one urged after the subject's name, a time word and a comma: «دعا X أمس، Y إلى ...».

«ودعا وزير الخارجية البريطاني X امس، المجلس العسكري الى ضبط النفس», «وطالب X اليوم،
الحكومة بالتدخل»: a time word («أمس», «اليوم», a weekday) right after the subject's name,
closed by a comma, then the addressee as after «X، Y إلى» (see
``stance_addressees.addressee_past_apposition``): the phrase that ends right before the
demand («إلى», or «بـ» glued to an indefinite noun).

Only one time word, right after the name (not one that follows a comma of its own), and
only with the demand after the addressee; «دعا X أمس، في كلمة ...» names no one.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_addressees import addressee_past_apposition
from kg.relations.stance_phrase_objects import TIME_WORDS
from kg.relations.stance_phrases import COMMAS


def dated_addressee(context: Extraction, words: list[Word], after: int, subjects: list[Arg],
                    skip: set[str]) -> list[Candidate]:
    """The addressee after «X <time word>،» (see the module docstring), or none."""
    if not subjects or not 0 < after < len(words) - 1 or \
            words[after].norm not in TIME_WORDS or \
            all(subject.end != words[after - 1].end for subject in subjects) or \
            context.gap(words[after - 1], words[after]).strip() or \
            context.gap(words[after], words[after + 1]).strip() not in COMMAS:
        return []
    return addressee_past_apposition(context, words, after + 1, skip, ba_demand=True,
                                      past_first=False)
