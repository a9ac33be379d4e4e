"""A feminine reporting verb and its speaker: «فنفت الشركة مسؤوليتها ... مضيفةً أن», «وقالت X».

A feminine verb agrees with an organisation, a country or a woman. A person named next to
the verb («قالت جانيت يلين») is taken as a woman for the rest of the document; a person
read from further away (a subject before the verb, a participle, the previous speaker)
whom the text never shows to be a woman (a feminine verb, a feminine title «زعيمة
المعارضة», :mod:`kg.relations.women_named`) is a guess against the grammar: no statement.
"""

from __future__ import annotations

from dataclasses import replace

from kg.relations.context import Extraction
from kg.relations.lexicon import ReportingVerb
from kg.relations.speaker_readings import SpeakerReading
from kg.relations.women_named import named_as_woman

_FAR_READINGS = frozenset({"before", "participle", "continued", "title_ref", "described",
                           "styled"})


def gender_clash(context: Extraction, form: str, verb: ReportingVerb,
                 reading: SpeakerReading) -> bool:
    """«فنفت الشركة مسؤوليتها ... مضيفةً أن», «وأعلنت ...»: a feminine verb agrees with an
    organisation, a country or a woman. When the speaker was not named next to the verb but
    read from further away (a subject before it, a participle, the previous speaker) and that
    person is not one the verb can agree with (the text never calls her by a feminine
    form), the reading is a guess against the grammar: no statement rather than a wrong one."""
    if reading.entity_id is None or not _feminine(form, verb.lemma):
        return False
    entity = context.entities.get(reading.entity_id)
    if entity is None or entity.label != "Person":
        return False
    if reading.how not in _FAR_READINGS:
        female = context.discourse.female_speakers | {reading.entity_id}  # «قالت جانيت يلين»
        context.discourse = replace(context.discourse, female_speakers=female)
        return False
    return reading.entity_id not in context.discourse.female_speakers and \
        not _feminine_title(context, reading.entity_id) and \
        not named_as_woman(context.doc, reading.entity_id)


def _feminine_title(context: Extraction, person_id: str) -> bool:
    """«زعيمة المعارضة مريم رجوي», «المتحدثة باسم الشركة»: a title in the feminine says
    the person is a woman (read only for the rare feminine verb with a far speaker)."""
    return any(role.person_id == person_id and
               role.position_name.split(" ")[0].endswith(("ة", "ه"))
               for role in context.roles)


def _feminine(form: str, lemma: str) -> bool:
    """«قالت», «نفت», «تقول», «مضيفه»: the feminine singular of a reporting verb."""
    return form == lemma + "ت" or (lemma.endswith("ي") and form == lemma[:-1] + "ت") or (
        form.startswith("ت") and not lemma.startswith("ت")) or (
        form.startswith("م") and form.endswith("ه"))
