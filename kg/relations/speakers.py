"""Who is speaking: the speaker of a reporting verb, read from the slots around it.

Arabic news names the speaker right after the verb («وقال الوزير سامي
الخطيب إن»), before it («بيد أن الخطيب أشار»), or not at all («وأضاف:
«...»»). The rules, in order:

1. After the verb (past adverbs and the channel: «لـ«الشرق الأوسط»»,
   «للصحافيين», «في بيان»), the first word opens the subject. An entity
   mention is the speaker; a capital is its country's government and any
   other city no speaker; a title («وزير الخارجية», «المهندس») gives the
   person named in its phrase, never one named in a genitive («مركز الملك
   سلمان», «مستشار الملك») or after an adjunct («خلال لقائه»), or the person
   introduced earlier with that title; a definite noun gives the name in
   apposition to it («المسؤول الانفصالي ألكسندر ...»), a surname the person
   named earlier («وأضاف باسلمه»), «في بيان لوزارة ...» its author; any other
   noun («مصادر», «شهود», «سكان», «أسرة فلان», «الصحيفة») is a speaker that
   is not an entity: **no statement**, and nothing to continue.
   «نقلت الوكالة عن فلان قوله إن»: the one named after «عن». «ولي العهد» and
   «ولي ولي العهد» are titles. After a verb of informing («أبلغت مجلس الأمن
   بأنها») a lone name is the one told, never the speaker.
2. Before the verb, in its clause: the nearest speaker («موسكو والمتمردين
   ينفون»); a noun that is not an entity again means no statement.
3. A circumstantial participle («مشيرا إلى أن»), and «بالقول» after the verb it
   qualifies («يعلّق X على الحادث بالقول:»), has the subject of its main
   clause: the speaker of the sentence's earlier statement, or the subject of
   its first verb.
4. A past-tense verb with no subject at the start of its clause («وأضاف»,
   «وتابع», «وقال:», «وقال سموه») continues the last speaker named in their
   own sentence, if their last statement is at most three sentences back. An
   imperfect one («يذكر أن», «يقولون») continues no one, nor does any verb after
   a sentence that cites an anonymous source («وبحسب شهود عيان», «عن مصادر»).

5. Organisations speak too: a kind noun and a quoted name («ذكرت مجلة «X»»), the kind
   noun and the definite words of a name the recogniser missed («قالت وزارة البترول
   المصرية»), or a bare definite kind noun for the one organisation of that kind named
   before («وقالت الصحيفة»). A definite occupation noun with no name («وقال الباحث إن»)
   is the person who just spoke; an honorific pronoun («وأوضح معاليه») with no earlier
   speaker the last person introduced with that style; «أما X فأوضح», «وكان X قد قال»
   name X before the verb; «مريض يدعى X» gives X.
6. A role noun in construct then a name («عضو مجلس قيادة الثورة X», «خبير الأمم المتحدة
   X») is X; a compound title («مدعي عام», «خادم الحرمين») or a one-letter title closed by
   a dot («م.», «أ.», «د.») opens the subject like a title; «نقل عن + title + X + قوله»
   gives X; an organisation glued to «ل» right after the verb («قال لوكالة ...») is the
   channel; a ministry by its short name and a nisba («الخارجية المصرية») speaks.

Each statement has one speaker: the head of the subject phrase.

This module picks the reader for a verb (:func:`find_speaker`) and reads «نقل عن X
قوله»; the readers are :mod:`kg.relations.speaker_after` (rules 1 and 6, and
:mod:`kg.relations.speaker_bodies` for organisations, rule 5),
:mod:`kg.relations.speaker_before` (rule 2), :mod:`kg.relations.speaker_participles`
(rule 3), :mod:`kg.relations.speaker_continued` (rule 4) and
:mod:`kg.relations.speaker_styles` (honorific pronouns); what they share is in
:mod:`kg.relations.speaker_readings`.
"""

from __future__ import annotations

from itertools import pairwise

from kg.model import Sentence
from kg.relations.adjective_tails import trailing_adjective
from kg.relations.arguments import topicalised_subject
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import HONORIFICS, REPORTING, find_reporting
from kg.relations.role_words import is_title_head
from kg.relations.rules import SpeakerHow
from kg.relations.said_that import said_that_subject
from kg.relations.scanned_words import PARTICIPLES
from kg.relations.speaker_after import noun_subject, subject_after_verb, titled_speaker
from kg.relations.speaker_before import (
    fronted_speaker,
    person_met,
    sentence_topic,
    subject_before,
    unnamed_topic,
    woman_by_role,
)
from kg.relations.speaker_continued import continued_reading, goes_on, is_continuation, plural_form
from kg.relations.speaker_fronted_sources import fronted_source
from kg.relations.speaker_joined_verbs import joined_speaker
from kg.relations.speaker_participles import participle_speaker
from kg.relations.speaker_quoted_bodies import quoted_speaker
from kg.relations.speaker_readings import (
    ANONYMOUS,
    ANONYMOUS_READING,
    NO_SPEAKER,
    SOURCE_WORDS,
    SPEAKER_LABELS,
    WINDOW,
    SpeakerReading,
    mention_speaker,
)
from kg.relations.speaker_relative_asides import relative_aside_speaker
from kg.relations.speaker_styles import styled_person
from kg.relations.speaker_titled_subject import title_right_after
from kg.relations.speaker_whoever import says_whoever
from kg.relations.stance_aside_subjects import aside_subject
from kg.relations.titles import compound_head

IMPERFECT = frozenset(
    form for form, verb in REPORTING.items() if form[0] in "يت" and not form.startswith(verb.lemma)
)
"""«يذكر أن», «يقولون»: with no subject these never continue a speaker."""
_INFORMING = frozenset({"ابلغ", "اخبر"})
"""Verbs of informing, whose first object is the one told («أبلغ الوزير بأن»)."""
MANNER_SAYING = frozenset({"بالقول", "بقوله", "بقولها"})
"""«علّق X على الحادث بالقول: «...»», «واختتم كلمته بقوله»: the verbal noun of saying after
the verb it qualifies, whose subject says it, as a circumstantial participle's does."""
_QUOTED_SAYING = frozenset({"قوله", "قولها", "قولهم"})
"""«نقلت الوكالة عن الوزير قوله إن»: the words of the one named after «عن»."""
EXPLICIT: frozenset[SpeakerHow] = frozenset({"after", "title", "title_ref", "kind_ref",
                                            "capital", "author", "before"})
"""How a speaker named in its own sentence was found."""
_SOURCE_ENDINGS = (*sorted(SOURCE_WORDS), "عن")


def find_speaker(context: Extraction, words: list[Word], position: int, content_word: int,
                 sentence: Sentence) -> SpeakerReading:
    """The speaker of the reporting verb ``words[position]`` whose content starts at
    ``words[content_word]``."""
    verb = words[position]
    form = verb.bare()
    if form in PARTICIPLES or verb.norm in PARTICIPLES:
        return participle_speaker(context, words, position, sentence)
    if says_whoever(words, position):
        return ANONYMOUS_READING  # «ثمة من يقول إنه ...»: someone unnamed says it
    if verb.norm in MANNER_SAYING:  # «يعلّق X على الحادث بالقول:»: the verb's subject
        manner = participle_speaker(context, words, position, sentence)
        if manner.entity_id is not None:
            return manner
    if form in _QUOTED_SAYING:
        return _quoted_from(context, words, position)
    topic = topicalised_subject(context, words, position)
    if topic is not None and topic.entity_id and topic.label in SPEAKER_LABELS:
        return mention_speaker(context, topic, "before")  # «أما X، فأوضح أن»
    after = quoted_speaker(context, words, position, min(content_word, len(words))) or \
        subject_after_verb(context, words, position, min(content_word, len(words)))
    if after.entity_id is not None and _addressee(context, words, position, content_word):
        before = subject_before(context, words, position)
        return before if before.entity_id is not None else NO_SPEAKER
    if after.entity_id is not None:
        return after
    said_that = said_that_subject(context, words, position) \
        if after.how == "" and is_continuation(verb) else None
    if said_that is not None:  # «أوضح ذلك رئيس النادي X، وأضاف: ...»
        return mention_speaker(context, said_that, "before")
    if after.how == "" and unnamed_topic(context, words, position):
        return ANONYMOUS_READING  # «أما الدكتور [a name kg missed]، فأوضح أن»
    if after.how == "" and fronted_source(context, words, position):
        return ANONYMOUS_READING  # «لكن مصدرا مطلعا في الوزارة، أكد أن»
    fronted = fronted_speaker(context, words, position) or \
        sentence_topic(context, words, position) or \
        person_met(context, words, position) if after.how == "" else None
    if fronted is not None:  # «المواطن X، قال: إن ...», «أما X فقد أعرب عن ... وقال إن»
        woman_by_role(context, words, fronted, verb)
        return mention_speaker(context, fronted, "before")
    if after.how == "anonymous" and (_source_right_after(words, position, content_word) or
                                     title_right_after(words, position, content_word) or
                                     _as_clause(words, position)):
        return after  # «بعدما قال مصدر قريب من الاتحاد إن»: no named speaker
    if after.how != "pronoun":
        # «لكن موسكو والمتمردين ينفون نفيا قاطعا»: a subject before the verb makes the
        # noun after it the object.
        fronted_holder = aside_subject(context, words, position) if after.how == "" else None
        holder = context.covering_mention(fronted_holder.start) \
            if fronted_holder is not None else None
        if holder is not None and holder.label in SPEAKER_LABELS:
            return mention_speaker(context, holder, "before")  # «X التابعة لـ Y نفت»
        joined = joined_speaker(context, words, position, sentence) \
            if after.how == "" else None
        if joined is not None:  # «وأيد X تصريحات Y وقال»: X, not Y
            return joined
        before = subject_before(context, words, position)
        if before.entity_id is not None or before.how == "anonymous":
            return before
        if after.how == "anonymous":
            return after
    aside = relative_aside_speaker(context, words, position) if after.how == "" else None
    if aside is not None:  # «X، زعيم حزب Y، الذي، رغم أنه في المعارضة، قال: إنه»
        return mention_speaker(context, aside, "before")
    if (form in IMPERFECT and not goes_on(context, words, position, sentence)) or \
            plural_form(form):
        return NO_SPEAKER
    continued = continued_reading(context, sentence, verb)
    if continued.entity_id is None and after.how == "pronoun":
        return styled_person(context, words, position, content_word)
    return continued


def _source_right_after(words: list[Word], position: int, content_word: int) -> bool:
    """«وظهر بلاتيني مرشحا بعدما قال مصدر قريب من الاتحاد إن ...»: an unnamed source
    («مصدر», «مصادر», «مسؤول», «شهود») right after the verb is its subject, never its object,
    so the name before the verb (of another clause) is not the speaker."""
    index = position + 1
    if index >= min(content_word, len(words)):
        return False
    word = words[index]
    return word.bare() in ANONYMOUS or word.norm in ANONYMOUS


_AS = frozenset({"كما", "وكما"})


def _as_clause(words: list[Word], position: int) -> bool:
    """«ماجد كما يقول المثل "..."», «وكما قال الشاعر»: a verb of saying after «كما» (as)
    opens a clause of comparison whose subject follows the verb; a name before «كما»
    belongs to the main clause, never the speaker of what the proverb or poet says."""
    return position > 0 and words[position - 1].norm in _AS


def _addressee(context: Extraction, words: list[Word], position: int, content_word: int) -> bool:
    """«أبلغت مجلس الأمن بأنها»: the one named after a verb of informing, when no second
    name follows, is who was told, not who spoke («أبلغت ماليزيا مجلس الأمن»); the
    country adjective of the one told is no second name («أبلغ صحيفة «بيلد» الألمانية»)."""
    hit = find_reporting(words[position].norm)
    if hit is None or hit.value.lemma not in _INFORMING:
        return False
    found = [m for word in words[position + 1:content_word]
             if (m := context.mention_starting_in(word)) is not None and m.entity_id
             and m.label in SPEAKER_LABELS and not context.is_prepositional(m)]
    named = {m.entity_id for index, m in enumerate(found)
             if not (index and trailing_adjective(context.doc.text, found[index - 1], m))}
    return len(named) == 1


def cites_anonymous_source(words: list[Word]) -> bool:
    """«وبحسب شهود عيان», «ووفقا لمصادر أمنية», «نقلت الوكالة عن مصادر»: the sentence
    gives its facts on the word of a source that is not an entity."""
    for word, following in pairwise(words):
        # A clitic-free form is the end of its word: ``endswith`` spares most words
        # the reading of their clitics (this runs over every sentence).
        if word.norm.endswith(_SOURCE_ENDINGS) and (
                word.bare() in SOURCE_WORDS or word.norm in SOURCE_WORDS
                or word.norm == "عن") and following.has(ANONYMOUS):
            return True
    return False


_ASCRIBING = frozenset({"نسب", "نسبت", "ونسب", "ونسبت", "ينسب", "تنسب", "وينسب", "وتنسب"})
"""«ونسبت الصحيفة إلى الوزير قوله إن»: the verb that ascribes words to the one after «إلى»."""


def _ascribed_to(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the «إلى» of «نسب ... إلى X قوله»: a form of «نسب» opens
    the phrase within the window before it."""
    return words[index].norm == "الي" and any(
        word.norm in _ASCRIBING for word in words[max(0, index - WINDOW):index])


def _quoted_from(context: Extraction, words: list[Word], position: int) -> SpeakerReading:
    """«ونقل موقع شانا عن محسن قمصري ... قوله إن»: the one quoted is named after «عن»
    (after «إلى» with «نسب»: «ونسبت الصحيفة إلى الوزير X قوله إن»)."""
    for index in range(position - 1, max(-1, position - WINDOW), -1):
        if (words[index].norm != "عن" and not _ascribed_to(words, index)) or \
                index + 1 >= position:
            continue
        mention = context.mention_starting_in(words[index + 1])
        if mention is not None and mention.entity_id and mention.label in AGENT_LABELS:
            return SpeakerReading(mention.entity_id, "after")
        if mention is None:
            return _described_source(context, words, index + 1, position)
        return NO_SPEAKER
    return NO_SPEAKER


def _described_source(context: Extraction, words: list[Word], index: int,
                      end: int) -> SpeakerReading:
    """«نقلت وكالة الأنباء عن وزير الخارجية عادل الجبير قوله», «عن المدافع الهولندي الدولي
    فلان قوله»: a title or a definite noun after «عن», then the name in apposition to it;
    the person named speaks, as after a verb (:mod:`kg.relations.speaker_after`)."""
    word = words[index]
    if is_title_head(word) or word.norm in HONORIFICS or compound_head(words, index):
        reading = titled_speaker(context, words, index, end)
    elif word.norm.startswith("ال"):
        reading = noun_subject(context, words, index, end)
    else:
        return NO_SPEAKER
    return reading if reading.how in {"title", "after"} else NO_SPEAKER
