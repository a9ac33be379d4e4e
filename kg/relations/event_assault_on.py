"""Verbs of assault whose victim follows «على»: «اعتدى مستوطنون على المصلين», «أغارت طائرات
على تجمع للمسلحين».

«اعتدى» and «أغار» take what they hit behind «على», never as a plain object: the noun right
after the verb is the subject (or, with a pronoun subject, «على» comes at once: «اعتدوا على
المصلين»). As with the verbs of seizing («سيطر على»), the first «على» of the clause a few
words after the verb opens the object, and the unnamed victim phrase there is the target
(``event_objects.add_victim``). The noun after «على» cannot be the subject, so the phrase is
read even when the doer is not named. Named targets behind «على» are read by
``event_role_targets`` already.
"""

from __future__ import annotations

from kg.relations.event_draft import Draft, trigger_form

ASSAULT_ON_FORMS = frozenset({
    "اعتدي", "اعتدت", "اعتدوا", "اعتديا", "يعتدي", "تعتدي", "يعتدون",
    "اغار", "اغارت", "اغاروا",
})
"""Verbs of assault and raiding, past and present, whose object is governed by «على»."""


def assaults_on(draft: Draft) -> bool:
    """The draft is a verb of assault whose victim follows «على» («اعتدى على», «أغار على»)."""
    return draft.verb and draft.label == "Attack" and trigger_form(draft.word) in ASSAULT_ON_FORMS
