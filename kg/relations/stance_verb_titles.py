"""Titles, styles and prepositions between a stance verb and its subject's name.

A title after the verb may name a new subject (:func:`titled_after`); the name after a
construct title is what it governs (:func:`title_genitive`), a title of the previous actor
is passed (:func:`past_title`), a name after a preposition is no subject
(:func:`governed_arg`), a role noun with its complements comes before the person's name
(:func:`appositive_person`, «م. محمد»), and an honorific pronoun («سموه», «معاليه») is the
person last introduced with that style (:func:`style_pronoun_subject`). Read for
:mod:`kg.relations.stance_verb_subjects`.
"""

from __future__ import annotations

from kg.relations.arguments import (
    past_title_complement,
    preposition,
)
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
)
from kg.relations.role_words import is_title_head
from kg.relations.speaker_styles import address_styles, style_bearer
from kg.relations.stance_coordinated_roles import role_reach
from kg.relations.stance_dependents import dependent_title
from kg.relations.stance_phrases import definite, prepositional
from kg.relations.stance_spellings import after_both_of
from kg.relations.stance_styled_repeats import repeated_style_bearer
from kg.relations.stance_titled_holders import repeated_title
from kg.relations.stance_triggers import live_stance
from kg.relations.verb_adverbs import after_verb
from kg.text.normalize import normalize_key


def titled_after(words: list[Word], position: int) -> bool:
    """«ودعا الوزير ...»: a title after the verb may name a new subject."""
    after = after_verb(words, position)  # «ودعا أيضا الوزير ...»
    return after < len(words) and (is_title_head(words[after]) or
                                   words[after].norm in HONORIFICS)



def governed_arg(context: Extraction, arg: Arg, verb: Word) -> bool:
    """«ورحب أمير الكويت بالأمير X»: a name after a preposition is not the subject; the
    verb itself is none («كما عبر الاتحاد الأوروبي عن ترحيبه»: «عبر» "expressed", not
    "via")."""
    word = context.word_at(arg.start)
    if word is None:
        return False
    clitic = normalize_key(context.doc.text[word.start:arg.start]).lstrip("وف")
    if clitic[:1] in {"ب", "ل", "ك"}:
        return True
    before = context.words[word.index - 1] if word.index > 0 else None
    if before is not None and (is_title_head(before) or before.has(HONORIFICS)) and \
            prepositional(before) and not context.boundary_between(before, word):
        return True  # «بالأمير X»
    return before is not None and before.norm in PREPOSITIONS and before.start != verb.start and \
        not context.boundary_between(before, word) and \
        not after_both_of(context.words, word.index)  # «كل من مصر والأردن»: both



def title_genitive(words: list[Word], position: int, subject: Arg) -> bool:
    """The name right after a construct title («وكيل أمانة الرياض») is what the title
    governs, never the title holder's name."""
    index = position + 1
    if index + 2 < len(words) and dependent_title(words, index + 1) and \
            words[index + 2].start <= subject.start < words[index + 2].end:
        return True  # «وانتقد مستشار الرئيس ترامب ...»: the adviser, not the president
    return index + 1 < len(words) and is_title_head(words[index]) and \
        not definite(words[index]) and \
        words[index + 1].start <= subject.start < words[index + 1].end



def past_title(context: Extraction, words: list[Word], position: int) -> int:
    """The index after the verb and a title that names the previous actor («ودعا الوزير»,
    «وحذر الناطق باسم حماس»: the body the title speaks for is no object)."""
    after = after_verb(words, position)  # «وأشاد أيضا بـ ...»: the adverb is no object
    if after < len(words) and (is_title_head(words[after]) or words[after].norm in HONORIFICS):
        after = past_title_complement(context, words, after + 1)
    return after



def after_args(context: Extraction, words: list[Word], args: list[Arg]) -> int:
    last = context.word_at(max(args[-1].start, args[-1].end - 1))
    assert last is not None
    return last.index - words[0].index + 1



def appositive_person(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«انتقد المخرج السعودي عامر الحمود», «اتهمت زعيمة مجاهدي خلق مريم رجوي», «طالب
    الاقتصادي م. محمد ولي»: a noun naming a person by role, its complements (an abbreviated
    title among them), then the name."""
    index = position + 1
    if index >= len(words) or not words[index].has(PERSON_NOUNS) or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    inside = index + 1 < len(words) and words[index + 1].norm == "في"  # «القيادي في حماس X»
    for later in range(index + 1, min(len(words), index + (6 if inside else
                                                              role_reach(words, index)))):
        if context.boundary_between(words[later - 1], words[later]) and \
                not _abbreviation_dot(context, words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id:
            if inside and preposition(context, mention):
                return None  # «المسؤول في لقاء مع أوباما»: governed, not the official
            return [Arg(mention.entity_id, mention.start, mention.end)]
        if (words[later].norm in FUNCTION_WORDS and not (inside and later == index + 1)) or \
                live_stance(words, later):
            return None
    return None



_ABBREVIATED_TITLES = frozenset({"د", "م", "ا"})
"""«د.» (doctor), «م.» (engineer), «أ.» (professor) as normalised one-letter words."""



def _abbreviation_dot(context: Extraction, title: Word, following: Word) -> bool:
    """«م. محمد»: the dot after a one-letter title is no boundary."""
    return title.norm in _ABBREVIATED_TITLES and \
        context.gap(title, following).strip() == "."



def style_pronoun_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وثمّن معاليه», «وأشاد سموه»: an honorific pronoun right after the verb is its
    subject, the person last introduced with that style of address."""
    if position + 1 >= len(words):
        return None
    word = words[position + 1]
    bearer = style_bearer(context, words[position], word.norm) or \
        _styled_title_bearer(context, words[position], word.norm) or \
        repeated_style_bearer(context, words[position], word.norm)
    return Arg(bearer, word.start, word.end) if bearer is not None else None



_STYLED_TITLE_REACH = 200



def _styled_title_bearer(context: Extraction, verb: Word, pronoun: str) -> str | None:
    """«ورفع سمو رئيس الهيئة التهنئة ... . ونوه سموه بـ ...»: when the style the pronoun
    repeats was last used before a title with no name, the pronoun stands for the person
    that title named in full earlier (see :mod:`kg.relations.stance_titled_holders`)."""
    styles = address_styles(pronoun)
    if not styles:
        return None
    for index in range(verb.index - 1, max(-1, verb.index - _STYLED_TITLE_REACH), -1):
        styled = context.words[index]
        if styled.norm.removeprefix("و") not in styles:
            continue
        sentence = context.doc.sentences[styled.sentence_index]
        words = context.sentence_words(sentence)
        titled = repeated_title(context, words, styled.index - words[0].index)
        return titled[0].node_id if titled is not None and titled[0] is not None else None
    return None
