"""Inflected forms of event triggers: a listed verb with an object pronoun, a listed verbal
noun with a possessive pronoun, a missing person of a listed perfect verb.

The trigger lexicon (``kg.relations.lexicon.EVENT_TRIGGERS``) lists surface forms one by
one; this module derives the forms news prose inflects from them and maps each to its
listed base (``INFLECTED_BASE``), so that every restriction keyed on the base form still
applies (``kg.relations.event_draft.trigger_form``):

- a perfect verb of a violent deed with an object pronoun: «وقتله مسلحون» («قتل»
  + «ه»), «فقتلهم», «أسقطها النظام» («اسقط» + «ها»), «اغتالوه» («اغتالوا» + «ه», the alef
  of the plural dropped). The pronoun is the verb's object, so the phrase after the verb is
  its subject, never its target (``object_pronoun``); the pronoun itself is the target only
  where its antecedent is clear (``kg.relations.event_pronoun_objects``);
- a verbal noun of fighting with the possessive pronoun of its doer: «اغتصبها التنظيم بعد
  معاركه مع الثوار» («معارك» + «ه»), «عقب هجومهم على البلدة» (``AGENT_POSSESSIVES``):
  read like «سيطرته» (``kg.relations.possessive``): an event only where whose it is is clear;
- a verbal noun whose possessive pronoun is its victim or its object: «الإطاحة بمعمر القذافي
  وقتله», «بعد تحريرها من المتمردين» (``PATIENT_POSSESSIVES``): an event only where the
  pronoun resumes a name (``kg.relations.event_pronoun_objects``);
- a missing person of a listed perfect verb: the dual «هاجما» beside «هاجم».

Forms that are also other words are left out: «قتلته» (also «his killers»), «عذبه» (also
«fresh», «عذبة»), «وزاره» (the ministry, not «visited him»), «قصفه» and «تفجيره» (whether
the pronoun is the doer or the object is not told), «نشره», «فتحه», «عقده», «بحثه», «سحبه»,
«خرجه» (verbs of the table that are events only with troops or a side as object, or nouns
of another sense).
"""

from __future__ import annotations

from kg.relations.event_persons import PERSONS_OF_LISTED

OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")
"""The object and possessive pronouns, the longer first."""

_VERB_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
"""The pronouns a verb of the table takes as object («قتله», «أسقطها», «استهدفهم»); not «نا»
(«قتلنا» is also «we killed»), nor «كم» (not told in news)."""

OBJECT_VERBS = (
    "قتل", "قتلوا", "اغتال", "اغتالت", "اغتالوا", "اعدم", "اعدموا",
    "هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "اختطف", "اختطفت", "اختطفوا",
    "خطف", "خطفت", "خطفوا", "اقتحم", "اقتحمت", "اقتحموا", "اجتاح", "اجتاحت", "اجتاحوا",
    "اسقط", "اسقطت", "اسقطوا",
)
"""Perfect verbs whose object pronoun is what the deed befell: «قتله», «اغتالوه», «هاجمها»,
«أسقطها» (the aircraft downed or the bombs dropped). Not «زار» («وزاره» is «وزارة», a
ministry, «وزارته» his), «قتلت»
(«قتلته» is also «his killers»), «قصف» («قصفه» is also «its shelling»), «عذب» («عذبة»)."""

PERSON_FORMS = {"هاجما": "هاجم", "اغتالا": "اغتال", "اقتحما": "اقتحم", "اجتاحا": "اجتاح",
                **PERSONS_OF_LISTED}
"""Persons of listed perfect verbs the table lacks: the masculine dual («هاجما الحاجز»), and
the persons of ``kg.relations.event_persons.PERSONS_OF_LISTED`` («الطرفان اتفقا على هدنة»,
«اغتيلت الناشطة»). Not the feminine dual of a verb whose
passive is spelled alike («الطائرتان اختطفتا من بوسطن»: mostly a passive, things hijacked)."""

AGENT_POSSESSIVES = ("معارك", "هجوم", "هجمات", "غارات", "انسحاب", "توغل")
"""Verbal nouns whose possessive pronoun is their doer: «بعد معاركه مع الثوار», «عقب
انسحابهم من المدينة», «شنت غاراتها» (see ``kg.relations.possessive``)."""

PATIENT_POSSESSIVES = ("قتل", "اغتيال", "اعدام", "اختطاف", "خطف", "مقتل", "تحرير", "استهداف")
"""Verbal nouns whose possessive pronoun is their victim or object: «خطف الصحفي وقتله»,
«بعد تحريرها», «فور اغتياله»."""

_NOUN_PRONOUNS = ("هما", "هم", "ها", "ه")


def _object_forms(verb: str) -> dict[str, str]:
    """«قتل» → «قتله», «قتلها», ...; «اغتالوا» → «اغتالوه» (the plural's alef dropped)."""
    stem = verb[:-1] if verb.endswith("وا") else verb
    return {stem + pronoun: verb for pronoun in _VERB_PRONOUNS}


def inflected_base(listed: set[str] | frozenset[str]) -> dict[str, str]:
    """Each inflected form → its listed base, leaving out forms the table already lists."""
    forms: dict[str, str] = {}
    for verb in OBJECT_VERBS:
        forms.update(_object_forms(verb))
    for noun in AGENT_POSSESSIVES + PATIENT_POSSESSIVES:
        forms.update({noun + pronoun: noun for pronoun in _NOUN_PRONOUNS})
    forms.update(PERSON_FORMS)
    forms = {form: PERSON_FORMS.get(base, base) for form, base in forms.items()}
    return {form: base for form, base in forms.items() if form not in listed and base in listed}


def pronoun_of(rest: str, base: str) -> str | None:
    """The pronoun ``rest`` adds to ``base`` («قتلهم», «قتل» → «هم»; «اغتالوه» → «ه»), or None."""
    stem = base[:-1] if base.endswith("وا") else base
    suffix = rest[len(stem):] if rest.startswith(stem) else ""
    return suffix if suffix in OBJECT_PRONOUNS else None
