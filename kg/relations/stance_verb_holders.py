"""Named holders of a stance verb that the general subject finders miss.

- «وطالبت سورية إسرائيل بـ ...», «وتدين سورية الهجوم»: a country whose name is spelled as
  its indefinite feminine adjective («سورية») is named, not described, when it comes right
  after a feminine verb: an adjective there would have no noun to qualify.
- «فهاجم الجمهوري جون ماكين المرشح الديمقراطي ...»: a definite masculine nisba («الجمهوري»,
  «الديمقراطي», «اليساري») between a masculine verb and a person's name describes that
  person, who is the verb's subject.
- «لأن بنازير بوتو أيدت الهجوم», «لكن الحسيني رفض الإجابة»: after «لأنّ» and «لكنّ» (like
  after «أنّ»/«إنّ») the subject comes before the verb (see
  :func:`kg.relations.stance_preverbal_subjects.fronted_subject`).
- «وترأس X الاجتماع ...، ثم انتقد Y»: a verb after «، ثم» continues the sentence's opening
  subject, as after «، و» and «، حيث».
- «واستقبل X وفدا من حركة فتح ودعا Y»: «من» before a name is a preposition, so it opens
  no relative clause between the opening verb and the «و» verb that shares its subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, ArgsFound, Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.stance_phrases import COMMAS, definite

INNA_SISTERS = frozenset({"لان", "ولان", "لكن", "ولكن", "فلكن"})
"""«لأنّ», «لكنّ» with their clitics: particles that, like «أنّ», put the subject before the
verb of their clause («لأن مصر ترفض», «لكن الحسيني رفض»)."""

_FEMININE_ADJECTIVE_END = "يه"
"""The normalised ending of an indefinite feminine nisba («سورية» → «سوريه»)."""


def adjective_spelled_country(context: Extraction, words: list[Word], position: int,
                              gender: str | None) -> ArgsFound | None:
    """«وطالبت سورية إسرائيل بـ»: the country right after a feminine verb, named by its
    indefinite feminine adjective; None for any other word («وطالبت قوات سورية»)."""
    if gender != "f" or position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return None
    word = words[position + 1]
    mention = context.mention_starting_in(word)
    if mention is None or mention.label != "Country" or not mention.entity_id or \
            mention.start != word.start or mention.end != word.end or \
            not word.norm.endswith(_FEMININE_ADJECTIVE_END) or word.norm.startswith("ال") or \
            not context.is_nisba(mention):
        return None
    return ArgsFound([Arg(mention.entity_id, mention.start, mention.end)], position + 2, "after")


def nisba_described_person(context: Extraction, words: list[Word], position: int,
                           gender: str | None) -> ArgsFound | None:
    """«وهاجم الجمهوري جون ماكين ...»: the person named right after a definite masculine
    nisba that follows a masculine verb; None when no person follows at once."""
    index = position + 1
    if gender != "m" or index + 1 >= len(words) or \
            context.boundary_between(words[position], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    word = words[index]
    bare = word.norm
    if context.covering_mention(word.start) is not None or not definite(word) or \
            not bare.startswith("ال") or not bare.endswith("ي") or bare.endswith("الذي") or \
            len(bare) < 6 or word.norm in FUNCTION_WORDS:
        return None
    person = context.mention_starting_in(words[index + 1])
    if person is None or person.label != "Person" or not person.entity_id or \
            person.start != words[index + 1].start:
        return None
    last = context.mention_words(person)[1] - words[0].index
    return ArgsFound([Arg(person.entity_id, person.start, person.end)], last + 1, "after")


_THEN = frozenset({"ثم", "وثم"})


def after_comma_then(context: Extraction, words: list[Word], position: int) -> bool:
    """«وترأس X الاجتماع ...، ثم انتقد Y»: «ثم» after a comma, right before the verb, adds a
    later deed of the sentence's opening subject, as «، و» and «، حيث» do."""
    index = position - 1
    return index > 0 and words[index].norm in _THEN and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def from_name(context: Extraction, words: list[Word], index: int) -> bool:
    """«وفدا من حركة فتح»: «من» right before a name is the preposition, not the relative
    pronoun («من يدعو إلى ...») that would open a clause of its own."""
    if words[index].norm != "من" or index + 1 >= len(words) or \
            context.boundary_between(words[index], words[index + 1]):
        return False
    mention = context.mention_starting_in(words[index + 1])
    return mention is not None and mention.start == words[index + 1].start
