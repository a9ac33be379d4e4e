"""The speaker as the agent of the deed they report as their own.

«قالت إسرائيل إنها قصفت موقعاً لحماس», «أعلن الجيش الأمريكي أن قواته قتلت خمسة مسلحين»:
a violent verb whose subject is a pronoun on «إن»/«أن» that refers back to the speaker, or
the speaker's own troops («قواته», «طائراتها», «جنوده»), has the speaker (a person's
organisation or country, as for «نحن») as its agent. The checks keep the pronoun of the
matter out («قال المرصد إنه قُتل 20 شخصاً»: «ـه» there is no one): only «ـها» with a
feminine perfect verb counts, and an object must follow the verb, since «إنها قُصفت» is a
passive whose subject was hit.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.perpetrators import object_follows

_FEMININE_COMPLEMENTISERS = frozenset({"انها", "بانها", "وانها", "فانها"})
"""«إنها», «بأنها»: the feminine pronoun of a country, a body or a group."""
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
    if before < 0 or not object_follows(context, words, position + 1):
        return None
    subject = words[before]
    if subject.norm in _FEMININE_COMPLEMENTISERS:
        if not any(rest.endswith("ت") for _, rest in words[position].readings()):
            return None  # «إنها قتل»: no agreement, so «ـها» is not the subject
    elif not (subject.norm in _OWN_TROOPS and before > 0 and
              words[before - 1].norm in _COMPLEMENTISERS):
        return None
    speaker = context.speaker_at(words[position].start)
    if speaker is None:
        return None
    agent = context.affiliation(speaker)
    if context.label(agent) not in AGENT_LABELS:
        return None
    return Arg(agent, *_speaker_span(context, words, before, agent, subject))


def _speaker_span(context: Extraction, words: list[Word], before: int, agent: str,
                  subject: Word) -> tuple[int, int]:
    """Where the agent is named before the clause (its last mention in the sentence), else
    the pronoun or the troops that stand for it."""
    named = [m for m in context.mentions_between(words[0].start, words[before].start)
             if m.entity_id == agent]
    if named:
        return named[-1].start, named[-1].end
    return subject.start, subject.end
