"""A person who expressed something since the last speaker: «وقال» is no longer theirs.

«وأعلنت الشرطة البلجيكية أنها ... . وكما هو متوقع، أعرب فيلدرز – وهو أحد ... – في تغريدة له
عن غضبه الشديد ...، وقال في تغريدته بأنه سيقوم بنشر الفيديو، متهمًا التلفزيون ...»: a verb
of expressing («أعرب», «عبر», «أبدى») with its person subject right after it names who goes
on speaking; «وقال» after it does not continue the police (the speaker named before), nor do
the stances that hang on it («متهمًا» of the police). So does any verb with «و» that opens
its clause with the person right after it («. وشارك X في المعرض، وقال ...»): a word with «و»
there that is no title, no function word and no preposition is the verb of that person.
Only the verb right before the name counts: «وأشار إلى زيارة الرئيس X، وقال» still goes on
with the speaker.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.relations.comma_clause_verbs import comma_clause_verb
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.role_words import is_title_head
from kg.relations.speaker_stance_openers import stance_opener_subject
from kg.relations.stance_phrases import prepositional

_EXPRESSING = frozenset({"اعرب", "اعربت", "عبر", "عبرت", "ابدي", "ابدت"})
"""Past verbs of expressing a feeling or a stance, whose subject follows them."""

_PUNCTUATION = re.compile(r"[،,.:;؛«»\"()–-]")


def expressed_since(context: Extraction, mention: Mention) -> bool:
    """Whether the person ``mention`` is the subject of a verb of expressing within the three
    words before it («أعرب فيلدرز», «وعبر الوزير X»: a title may stand between), with no
    punctuation between them."""
    before = context.words_between(max(0, mention.start - 60), mention.start)[-3:]
    for word in reversed(before):
        if context.boundary_between(word, before[-1]) or \
                _PUNCTUATION.search(context.doc.text, word.end, mention.start):
            break
        if word.norm.removeprefix("و").removeprefix("ف") in _EXPRESSING:
            return True
    return _opening_verb_subject(context, before) or comma_clause_verb(context, before) or \
        stance_opener_subject(context, mention)  # «كما دعا مندوب فرنسا X ...»


def _opening_verb_subject(context: Extraction, before: list[Word]) -> bool:
    """«، وشارك X في المعرض»: the person right after a word with «و» that opens its clause
    (after punctuation or at the start of its sentence) and is no function word, no title
    and no preposition: that word is a verb and the person its subject."""
    if not before:
        return False
    word = before[-1]
    bare = word.norm.removeprefix("و")
    if not word.norm.startswith("و") or len(bare) < 3 or bare in FUNCTION_WORDS or \
            is_title_head(word) or prepositional(word):
        return False
    return len(before) < 2 or context.boundary_between(before[-2], word)
