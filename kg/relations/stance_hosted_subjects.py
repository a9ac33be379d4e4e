"""A stance verb that continues the named subject of the verb opening its sentence.

«واستقبل الرئيس اليمني X في الرياض أمس السفير الأمريكي Y، وأشاد بمواقف الولايات المتحدة»:
a stance verb after «، و» with no subject of its own continues the subject of the verb that
opens the sentence (X praised), even past the person that verb received or met, when both
verbs agree in gender. Not when a title, a person noun or an unnamed definite noun follows
the verb, which may be its own subject («وأشاد الضيف بـ»), nor past a reported or relative
clause or a mark other than a comma.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, PERSON_NOUNS, find_reporting
from kg.relations.role_words import is_title_head
from kg.relations.stance_opening_subjects import lam_form_eight, noun_too
from kg.relations.stance_phrases import COMMAS, RELATIVES, definite, prepositional
from kg.relations.stance_triggers import live_stance


def opens_clause(context: Extraction, words: list[Word], index: int) -> bool:
    """A word that opens a clause of its own: a complementizer, a relative pronoun, a
    reporting verb or a stance word (not a name that reads as one: «كيري»)."""
    word = words[index]
    if context.covering_mention(word.start) is not None:
        return False
    return word.norm in COMPLEMENTIZERS or word.norm.lstrip("وف") in COMPLEMENTIZERS or \
        word.norm in RELATIVES or find_reporting(word.norm) is not None or \
        live_stance(words, index)


def hosted_subject(context: Extraction, words: list[Word], position: int,
                   sentence: Sentence, genders: tuple[str | None, str | None]) -> Arg | None:
    """«واستقبل X ... Y، وأشاد بـ ...»: the named subject of the verb that opens the
    sentence, for a stance verb after «، و» with no subject of its own; None otherwise.
    ``genders``: the opening verb's and the stance verb's (see
    ``stance_verb_subjects.verb_gender``)."""
    word = words[position]
    if position < 4 or not word.norm.startswith("و") or \
            context.gap(words[position - 1], word).strip() not in COMMAS or \
            not live_stance(words, position) or _subject_follows(context, words, position):
        return None
    opening = words[0]
    opening_gender, gender = genders
    if gender is None or opening_gender != gender or \
            context.covering_mention(opening.start) is not None or \
            is_title_head(opening) or opening.has(PERSON_NOUNS) or \
            len(opening.norm.lstrip("وف")) < 3 or noun_too(word) or \
            (definite(opening) and not lam_form_eight(opening.norm.lstrip("وف"))):
        return None
    subjects, after = subject_after(context, words, 0, sentence)
    if len(subjects) != 1 or after >= position or \
            context.label(subjects[0].node_id) not in AGENT_LABELS or \
            (gender == "f" and context.label(subjects[0].node_id) == "Person"):
        return None
    for index in range(after, position):
        if opens_clause(context, words, index) or (
                context.boundary_between(words[index - 1], words[index]) and
                context.gap(words[index - 1], words[index]).strip() not in COMMAS):
            return None
    return Arg(subjects[0].node_id, word.start, word.end)


def _subject_follows(context: Extraction, words: list[Word], position: int) -> bool:
    """«وأشاد الضيف بـ», «وأشاد الوزير بـ»: a title, a person noun or an unnamed definite
    noun right after the verb may be its own subject (a named one would have been found)."""
    if position + 1 >= len(words):
        return True
    after = words[position + 1]
    return own_subject_follows(words, position) or \
        (definite(after) and not prepositional(after) and
         context.covering_mention(after.start) is None)


_BACK_REFERENCES = frozenset({"الضيف", "الزائر", "الاخير", "الاخيره", "الجانبان", "الطرفان",
                              "الضيفه", "الزائره"})
"""«وأكد الضيف», «وأشاد الأخير»: nouns that name one of the persons just mentioned."""


def own_subject_follows(words: list[Word], position: int) -> bool:
    """«وأكد الضيف دعمه», «وأشاد الوزير بـ»: a title, a person noun or a noun naming one of
    the persons just mentioned right after the verb at ``position`` is its own subject."""
    if position + 1 >= len(words):
        return False
    after = words[position + 1]
    return is_title_head(after) or after.has(PERSON_NOUNS) or after.norm in _BACK_REFERENCES
