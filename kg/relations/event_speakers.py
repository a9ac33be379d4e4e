"""The speaker as the agent of the deed they report as their own.

«قالت إسرائيل إنها قصفت موقعاً لحماس», «أعلن الجيش الأمريكي أن قواته قتلت خمسة مسلحين»:
a violent verb whose subject is a pronoun on «إن»/«أن» that refers back to the speaker, or
the speaker's own troops («قواته», «طائراتها», «جنوده»), has the speaker (a person's
organisation or country, as for «نحن») as its agent. The checks keep the pronoun of the
matter out («قال المرصد إنه قُتل 20 شخصاً»: «ـه» there is no one): «ـها» counts with a
feminine perfect verb, «ـه» of a body only before an object printed in the accusative
(«قال الحلف إنه قتل عدداً من زعماء طالبان»), and an object must follow the verb, since
«إنها قُصفت» is a passive whose subject was hit.
"""

from __future__ import annotations

from kg.relations.actors import COALITION, STANDING_GROUPS, actor_phrase
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import SEIZING_VERBS, find_reporting
from kg.relations.perpetrators import object_follows
from kg.text.normalize import normalize_key

_FEMININE_COMPLEMENTISERS = frozenset({"انها", "بانها", "وانها", "فانها"})
"""«إنها», «بأنها»: the feminine pronoun of a country, a body or a group."""
_MASCULINE_COMPLEMENTISERS = frozenset({"انه", "بانه", "وانه", "فانه"})
"""«إنه»: the speaking body only when the verb's object shows it is active (see
``_accusative_object``), and never a person (whose «إنه» may be anyone)."""
_COMPLEMENTISERS = frozenset({"ان", "بان", "وان", "فان"})
_OWN_TROOPS = frozenset({
    "قواته", "قواتها", "جنوده", "جنودها", "طائراته", "طائراتها", "مقاتلاته", "مقاتلاتها",
    "مقاتليه", "مقاتليها", "عناصره", "عناصرها", "وحداته", "وحداتها",
})
"""The speaker's own forces as the subject of the reported clause («إن قواته قتلت»)."""
_PARTICLES = frozenset({"قد", "لقد"})


def speaker_agent(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The speaker who reports the verb at ``words[position]`` as their own deed, or None."""
    before = position - 1
    if before >= 0 and words[before].norm in _PARTICLES:
        before -= 1
    if before < 0 or not (object_follows(context, words, position + 1)
                          or seized_on(words, position)):
        return None
    subject = words[before]
    masculine = subject.norm in _MASCULINE_COMPLEMENTISERS
    if subject.norm in _FEMININE_COMPLEMENTISERS:
        if not any(rest.endswith("ت") for _, rest in words[position].readings()):
            return None  # «إنها قتل»: no agreement, so «ـها» is not the subject
    elif masculine:
        if not _accusative_object(context, words, position + 1):
            return None  # «إنه قُتل 20 شخصاً»: «ـه» is the pronoun of the matter
    elif not (subject.norm in _OWN_TROOPS and before > 0 and
              words[before - 1].norm in _COMPLEMENTISERS):
        return None
    if subject.norm not in _OWN_TROOPS and not _reported_by(words, before, not masculine):
        return None  # «قالت حماس إنه»: «ـه» is not the body that speaks
    speaker = context.speaker_at(words[position].start)
    if speaker is None:
        return _phrase_speaker(context, words, before)
    agent = context.affiliation(speaker)
    if context.label(agent) not in AGENT_LABELS or (masculine and
                                                    context.label(speaker) == "Person"):
        return None
    return Arg(agent, *_speaker_span(context, words, before, agent, subject))


def seized_on(words: list[Word], position: int) -> bool:
    """«قالت المقاومة إنها سيطرت على الحي»: a verb of seizing takes its object behind «على»,
    so «على» right after it shows the verb active, and its pronoun subject the speaker."""
    return position + 1 < len(words) and words[position + 1].norm == "علي" and \
        words[position].has(SEIZING_VERBS)


_SPEAKER_REACH = 12
"""How far before «إنها» the verb of saying may stand («أعلنت وزارة الدفاع الروسية في بيان
أنها»)."""


def _reported_by(words: list[Word], complementiser: int, feminine: bool) -> bool:
    """Whether the nearest verb of saying before ``words[complementiser]`` agrees with its
    pronoun: «قالت ... إنها», «قال ... إنه»."""
    for index in range(complementiser - 1, max(-1, complementiser - _SPEAKER_REACH), -1):
        if find_reporting(words[index].norm) is not None:
            return words[index].bare().endswith("ت") == feminine
    return False


def _accusative_object(context: Extraction, words: list[Word], index: int) -> bool:
    """«إنه قتل عدداً من زعماء طالبان», «إنه قصف مواقعَ ... »: the word after the verb is
    an indefinite noun printed in the accusative («عدداً», «مسلحين»), so the verb is active
    and «ـه» its subject; a number («قُتل 20 شخصاً») or a definite noun shows no case."""
    if index >= len(words):
        return False
    word = words[index]
    if number_value(word) is not None or word.norm.startswith(("ال", "وال")) or \
            context.covering_mention(word.start) is not None:
        return False
    printed = context.doc.text[word.start:word.end]
    return printed.endswith(("ا", "اً", "ًا", "ين")) and len(word.bare()) > 3


def _speaker_span(context: Extraction, words: list[Word], before: int, agent: str,
                  subject: Word) -> tuple[int, int]:
    """Where the agent is named before the clause (its last mention in the sentence), else
    the pronoun or the troops that stand for it."""
    named = [m for m in context.mentions_between(words[0].start, words[before].start)
             if m.entity_id == agent]
    if named:
        return named[-1].start, named[-1].end
    return subject.start, subject.end


def _phrase_speaker(context: Extraction, words: list[Word], complementiser: int) -> Arg | None:
    """«وأوضحت المقاومة أن مقاتليها استهدفوا», «وقال التحالف إنه قصف مواقع»: a speaker the
    statements did not read because no name is tagged, an actor phrase (``actors``: the
    coalition, the resistance, a state's army) right after the nearest verb of saying."""
    for index in range(complementiser - 1, max(-1, complementiser - _SPEAKER_REACH), -1):
        if find_reporting(words[index].norm) is None:
            continue
        if index + 1 >= complementiser or \
                context.boundary_between(words[index], words[index + 1]):
            return None
        phrase = actor_phrase(context, words, index + 1) or \
            _standing_alone(context, words[index + 1])
        if phrase is None or context.label(phrase[0].node_id) not in AGENT_LABELS or \
                context.label(phrase[0].node_id) == "Person":
            return None
        return phrase[0]
    return None


def _standing_alone(context: Extraction, word: Word) -> tuple[Arg, int] | None:
    """«وأوضحت المقاومة، أن ...»: the coalition or the resistance alone before a comma, which
    ``actors.actor_phrase`` does not read (it looks at the word after the head)."""
    if not word.norm.lstrip("وف").startswith("ال") or word.bare() not in STANDING_GROUPS or \
            context.covering_mention(word.start) is not None:
        return None
    start = word.start + (1 if word.norm[:1] in {"و", "ف"} else 0)
    name = "التحالف" if word.bare() == COALITION else context.doc.text[start:word.end]
    node = context.add_entity(STANDING_GROUPS[word.bare()], name, normalize_key(name))
    return Arg(node, start, word.end), word.index + 1
