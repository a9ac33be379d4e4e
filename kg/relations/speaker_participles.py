"""The speaker of a circumstantial participle: «...، مشيرا إلى أن», «مؤكدة أن».

The participle has the subject of its main clause: the speaker of the sentence's
earlier statement, else the subject of its first verb («وأشادت فوزية خان بـ ...، مؤكدة
أن»), else a surname named before; at the start of a sentence, the last speaker.
A masculine participle after a feminine verb of saying opening the sentence («وأوضحت X أنها
تحدثت مع ابنها ...، مؤكدا أنه») is a man's (the one named in between), so it gets no speaker.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Sentence
from kg.relations.arguments import known_person, subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import HONORIFICS, find_reporting
from kg.relations.speaker_before import CLAUSE_PARTICLES, clause_start
from kg.relations.speaker_continued import continued_reading
from kg.relations.speaker_readings import NO_SPEAKER, SpeakerReading
from kg.relations.subject_openers import opener_of_subject


def _style_before_honorific(context: Extraction, words: list[Word], index: int) -> bool:
    """A word of a style of address («صاحب», «السمو», «الملكي», «سمو») whose run ends
    before an honorific («الأمير»): the honorific opens the subject that names the person.
    A style before a title head («معالي وزير الصحة X») is left to the subject reader."""
    return index + 1 < len(words) and opener_of_subject(context, words, index) and (
        words[index + 1].norm in HONORIFICS or opener_of_subject(context, words, index + 1))


def _feminine_pair(opening: Word, participle: Word) -> bool:
    """A past verb in «ت» opening the sentence and a participle in «ة» after it
    («وطالبت ...، قائلة»): their subject is a woman."""
    form = opening.norm.removeprefix("و").removeprefix("ف")
    feminine = participle.bare().endswith("ه") and (
        participle.bare().startswith("م") or participle.bare() == "قائله")
    return feminine and len(form) >= 4 and form.endswith("ت")


def _masculine_after_feminine(context: Extraction, words: list[Word], participle: Word,
                              speaker: str) -> bool:
    """«وأوضحت X أن ...، مؤكدا أنه»: a feminine past verb of saying («أوضحت», the verb of
    saying with «ت») opens the sentence with the person ``speaker`` right after it (a title
    may stand between), and the participle is masculine («مؤكدا», «قائلا»). A body or a
    plural after the verb («ذكرت الصحف أن X أعلن ...، معربا») is left alone."""
    first = 0
    while first < len(words) and words[first].norm in CLAUSE_PARTICLES:
        first += 1
    if first >= len(words) or words[first].start >= participle.start:
        return False
    form = words[first].norm.removeprefix("و").removeprefix("ف")
    if len(form) < 4 or not form.endswith("ت") or find_reporting(form) is None or \
            find_reporting(form[:-1]) is None:
        return False  # «لفت», «أثبت»: a root in «ت», no feminine verb
    named = [context.mention_starting_in(word) for word in words[first + 1:first + 3]]
    if not any(m is not None and m.label == "Person" and m.entity_id == speaker
               for m in named):
        return False
    bare = participle.bare()
    return bare.endswith("ا") and (bare.startswith("م") or bare == "قائلا")


def participle_speaker(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence) -> SpeakerReading:
    """«..., مشيرا إلى أن»: the speaker of this sentence's earlier statement, else the
    subject of its first verb; at the start of a sentence, the last speaker."""
    verb = words[position]
    earlier = context.latest_speaker_quoted_in(sentence.start, verb.start)
    if earlier is not None:
        if _masculine_after_feminine(context, words, verb, earlier):
            return NO_SPEAKER
        return SpeakerReading(earlier, "participle")
    if clause_start(context, words, position) and position == 0:
        return continued_reading(context, sentence, verb)
    first = 0
    while first < position and (words[first].norm in CLAUSE_PARTICLES
                                or words[first].bare() in CLAUSE_PARTICLES
                                or _style_before_honorific(context, words, first)):
        first += 1  # «وكان صاحب السمو الملكي الأمير X قد اطلع ...، مؤكدا»: the styles too
    args, _ = subject_after(context, words, first, sentence) if first < position else ([], 0)
    if args and context.label(args[0].node_id) in AGENT_LABELS:
        if context.label(args[0].node_id) == "Person" and _feminine_pair(words[first], verb):
            # «وأشادت فوزية خان بـ ...، مؤكدة أن»: both words say the person is a woman
            female = context.discourse.female_speakers | {args[0].node_id}
            context.discourse = replace(context.discourse, female_speakers=female)
        return SpeakerReading(args[0].node_id, "participle")
    if first + 1 < position and \
            not context.boundary_between(words[first], words[first + 1]):
        person = known_person(context, words[first + 1])
        if person is not None:  # «وأشاد الضاهر بالدور ..., قائلا»: a surname named before
            return SpeakerReading(person, "participle")
    return NO_SPEAKER
