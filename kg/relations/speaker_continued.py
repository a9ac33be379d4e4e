"""A verb of saying with no subject goes on with the last speaker: «وأضاف», «وتابع».

A past verb at the start of its clause («وأضاف», «وقال:») continues the last speaker
named in their own sentence, at most three sentences back, unless another person has
spoken since; a present one only in a feature story, right after the speaker's
sentence («ويضيف أن»); «يذكر أن», «قالوا» and a masculine verb after a woman spoke
continue no one.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import COMPLEMENTIZERS, find_reporting
from kg.relations.speaker_expressed import expressed_since
from kg.relations.speaker_readings import NO_SPEAKER, SpeakerReading

_MAX_CONTINUED = 3


def is_continuation(verb: Word) -> bool:
    """«وأضاف», «وتابع»: a verb of saying that goes on with its speaker's words."""
    hit = find_reporting(verb.norm)
    return hit is not None and hit.prefix == "و" and hit.value.continuation


_GOING_ON = frozenset({"اضاف", "اوضح", "اشار", "اكد", "بين"})
"""Lemmas whose present form opening a sentence goes on with the last speaker's words."""


def goes_on(context: Extraction, words: list[Word], position: int, sentence: Sentence) -> bool:
    """«وأوضح X أن ... . ويضيف أن ...», «ويبين أنه ...»: feature stories go on with the
    last speaker in the present tense. Only a masculine singular present («يضيف», «يوضح»,
    «يشير», «يؤكد», «يبين») with «و» that opens its sentence, right after the sentence
    where the last speaker spoke; «يذكر أن», «يقال» (impersonal) never go on."""
    verb = words[position]
    last = context.discourse.last_speaker
    if position != 0 or not verb.norm.startswith("وي") or last is None or \
            sentence.index - last.sentence != 1:
        return False
    hit = find_reporting(verb.norm)
    return hit is not None and hit.prefix == "و" and hit.value.lemma in _GOING_ON


def plural_form(form: str) -> bool:
    """«قالوا», «قالا», «يقولون»: a plural or dual subject that no name was given for."""
    return form.endswith(("وا", "ون")) or (len(form) == 4 and form.endswith("ا")
                                           and not form.startswith("م"))


def continued_reading(context: Extraction, sentence: Sentence, verb: Word) -> SpeakerReading:
    """The last speaker named in their own sentence, unless another person has spoken
    since with a verb not read as reporting («بدوره، بين المشرف ... إبراهيم أن») or has
    expressed something («أعرب X عن غضبه»: ``kg.relations.speaker_expressed``)."""
    last = context.discourse.last_speaker
    if last is None or not 0 <= sentence.index - last.sentence <= _MAX_CONTINUED:
        return NO_SPEAKER
    speaker = last.node_id
    if speaker in context.discourse.female_speakers and _masculine(verb):
        return NO_SPEAKER  # «وقال:» after a woman spoke: a man named since speaks
    since = context.last_quote_end(speaker)
    for mention in context.mentions_between(since, verb.start):
        if mention.label == "Person" and mention.entity_id not in {None, speaker} and \
                context.speaker_at(mention.start) is None and \
                (_reports(context, mention) or expressed_since(context, mention)):
            return NO_SPEAKER
    return SpeakerReading(speaker, "continued")


def _masculine(verb: Word) -> bool:
    """«وقال», «وأضاف», «ويقول»: a singular masculine verb, as far as its form tells («تابع»
    and «تعاون», past verbs in «ت», are left undecided)."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    if form.endswith(("وا", "ون", "ان", "ت", "ه")) or plural_form(form):
        return False  # a plural, a feminine verb or participle («موضحة»)
    return form[:1] not in {"ت", "ن"}


def continued_speaker(context: Extraction, sentence: Sentence, verb: Word) -> str | None:
    """Whom a subjectless word opening ``sentence`` continues, as «وأضاف» does: the last
    speaker named in their own sentence, a few sentences back at most, unless another
    person has spoken since (see :func:`continued_reading`)."""
    return continued_reading(context, sentence, verb).entity_id


def _reports(context: Extraction, mention: Mention) -> bool:
    """Whether «أن» follows the person within two words: the subject of a verb of saying."""
    following = context.words_between(mention.end, min(len(context.doc.text), mention.end + 40))
    return any(word.norm.lstrip("وب") in COMPLEMENTIZERS for word in following[:2])
