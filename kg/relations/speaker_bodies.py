"""Organisations as speakers: «ذكرت مجلة «X»», «قالت وزارة البترول المصرية», «وقالت الصحيفة».

A kind noun and a quoted name, a kind noun and the definite words of a name the
recogniser missed, a bare definite kind noun for the one organisation of that kind
named before, and the author of a statement («في بيان لوزارة الداخلية», «بيان صادر عن
X»); a news outlet after «لـ» is the channel, not the author («في تصريح لوكالة الأنباء»).
"""

from __future__ import annotations

from kg.gazetteer.extractors import BODIES_EXTRACTOR
from kg.model import Mention
from kg.relations.body_conjoined_fields import joined_field
from kg.relations.body_field_names import field_opening
from kg.relations.body_references import added_bodies
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, ORGANIZATION_KINDS, REFERENCE_KINDS, Word
from kg.relations.issued_by import issuer_start
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.speaker_readings import ADVERBS, SpeakerReading, mention_speaker
from kg.relations.speaker_statement_construct import construct_author

MEDIA_NOUNS = frozenset({"وكاله", "صحيفه", "قناه", "شبكه", "موقع", "تلفزيون", "اذاعه", "راديو",
                         "مجله", "برنامج", "جريده"})
"""«وقال لوكالة ...»: after ل these name the channel the words were said to."""


def kind_then_name(context: Extraction, words: list[Word], index: int,
                   end: int) -> Mention | None:
    """«ذكرت مجلة «أوتوموتيف نيوز» أن», «وأشار موقع "X" إلى أن»: the noun of an
    organisation's kind, then its name in quotation marks; the organisation speaks."""
    word = words[index]
    if index + 1 >= end or not any(prefix in {"", "و", "ف"} and rest in ORGANIZATION_KINDS
                                   for prefix, rest in word.readings()) or \
            context.covering_mention(word.start) is not None:
        return None
    if context.gap(word, words[index + 1]).strip(" \t«\"“"):
        return None  # «مجلة، ...»: the noun ends its phrase
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label == "Person" or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    return mention


_BODY_KINDS = ORGANIZATION_KINDS | {"مكتب", "لجنه", "اداره", "قسم", "بعثه"}
_SHORT_MINISTRIES = frozenset({"خارجيه", "داخليه"})
"""«أكدت الخارجية المصرية», «ذكرت الداخلية السعودية»: a ministry by its short name, which
the definite noun names only with a nisba or a «لـ» phrase after it."""
_BODY_REACH = 4
_DESCRIBED_KINDS = frozenset({"شركه", "مجموعه"})
"""Kinds whose definite noun and a nisba describe a company named before («الشركة
الألمانية», «المجموعة الصينية»); a company's own name so made takes its field after «لـ»
(«الشركة السعودية للكهرباء»)."""


def unnamed_body(context: Extraction, words: list[Word], index: int,
                 end: int) -> SpeakerReading | None:
    """«قالت وزارة البترول المصرية أمس إن», «ذكر المرصد السوري لحقوق الإنسان أن», «قال مكتب
    المدعي العام السويسري إنه»: the noun of an organisation's kind and the definite words
    of its name, which the recogniser did not tag, name an organisation that speaks. A bare
    definite kind noun is a reference (see :func:`kind_reference`), so a definite kind
    needs a nisba or a «لـ» phrase after it to be a name."""
    word = words[index]
    prefix = next((p for p, rest in word.readings() if (
        rest in _BODY_KINDS and p.lstrip("وف") in {"", "ال"}) or (
        rest in _SHORT_MINISTRIES and p.lstrip("وف") == "ال")), None)
    if prefix is None or context.covering_mention(word.start) is not None:
        return None
    kept, naming, field = index, False, False
    for later in range(index + 1, min(end, len(words), index + 1 + _BODY_REACH)):
        following = words[later]
        mention = context.mention_starting_in(following)
        opens_field = kept > index and (field_opening(context, words, later) or
                                        joined_field(following))  # «لجنة القبول والتسجيل»
        if context.boundary_between(words[later - 1], following) or \
                not (_definite_word(following) or opens_field) or following.has(ADVERBS) or \
                (mention is not None and not context.is_nisba(mention) and
                 mention.extractor != BODIES_EXTRACTOR):
            break  # «وزارة الصحة التابعة للحكومة اليمنية»: a country's body names the owner
        field = field or opens_field or following.norm.lstrip("وف").startswith("لل")
        naming = naming or mention is not None or field
        kept = later
    if kept == index or (prefix.lstrip("وف") == "ال" and not naming):
        return None
    if prefix.lstrip("وف") == "ال" and not field and \
            next(rest for p, rest in word.readings() if p == prefix) in _DESCRIBED_KINDS:
        return None  # «وأوضحت الشركة الألمانية»: the company named before (a reference)
    start = word.start + len(prefix) - len(prefix.lstrip("وف"))  # «وقالت» → «قالت»
    name = context.doc.text[start:words[kept].end]
    return SpeakerReading(context.add_entity("Organization", name), "after")


def _definite_word(word: Word) -> bool:
    """«البترول», «للسياحة», «المصرية»: a word with the article (after «ل» too)."""
    norm = word.norm
    return norm.startswith(("ال", "لل")) and len(norm) > 3 and norm not in FUNCTION_WORDS \
        and norm not in {"الي", "الا", "الذي", "التي", "الذين"}


def kind_reference(context: Extraction, word: Word) -> SpeakerReading | None:
    """«وقالت الصحيفة», «وأضاف الموقع», «ذكرت الوزارة في بيان»: a definite noun of an
    organisation's kind, alone, stands for the one organisation of that kind the text has
    named before («صحيفة "ذا ناشيونال"», «وزارة البترول المصرية»), a body the relation
    stage named («وقالت وكالة الأنباء الكورية» ... «وأوضحت الوكالة»), or a facility
    («وقال المستشفى»: :mod:`kg.relations.body_references`); none when it named several,
    or none."""
    bare = next((rest for prefix, rest in word.readings()
                 if prefix.lstrip("وف") == "ال" and rest in REFERENCE_KINDS), None)
    if bare is None:
        return None
    earlier = {m.entity_id for m in context.index.organizations_by_kind.get(bare, [])
               if m.end <= word.start} | added_bodies(context, bare, word.start)
    if len(earlier) != 1:
        return None
    [entity_id] = earlier
    return SpeakerReading(entity_id, "kind_ref") if entity_id else None


def statement_author(context: Extraction, words: list[Word], index: int,
                     end: int) -> SpeakerReading | None:
    """«في بيان لوزارة الداخلية»: the organisation the statement is «of»; «بيان صادر عن X»,
    «بيان أصدرته X»: its issuer (:mod:`kg.relations.issued_by`). A news outlet after
    ل is the one the words were given to, not their author: «وأوضح في تصريح لوكالة الأنباء
    السعودية أن ...», «في حديث لصحيفة الحياة» (the speaker is the subject named before)."""
    if index + 1 >= end:
        return None
    issuer = issuer_start(words, index + 1)
    if issuer is not None and issuer < end:  # «وذكر بيان صادر عن وزارة الداخلية أن»
        mention = context.mention_starting_in(words[issuer])
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention) or context.attached_prefix(mention):
            return None
        return mention_speaker(context, mention, "author")
    if (construct := construct_author(context, words, index, end)) is not None:
        return construct  # «وقال بيان وزارة الداخلية إن», «وأضاف بيان الاتحاد أن»
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.label == "Person" or context.attached_prefix(mention).lstrip("وف") != "ل":
        return None
    if mention.label == "MediaOrganization" or words[index + 1].has(MEDIA_NOUNS):
        return None
    return SpeakerReading(mention.entity_id, "author")
