"""Inflected forms of stance triggers: the dual and the plural of a listed verb, a listed
verb with its object pronoun, a listed verbal noun with a possessive pronoun.

The stance table (``kg.relations.lexicon.STANCE``) lists surface forms one by one; this
module derives from a few listed bases the forms news prose inflects them to, each with
the entry of its base (kind, noun or verb, confidence, frame), as
``kg.relations.event_inflections`` does for event triggers:

- the dual and the plural of a perfect verb: «والتقى الرئيسان ورحبا بالاتفاق»,
  «الدولتان أدانتا الهجوم», «اللذين انتقدا القرار»; of an imperfect: «يرحبان»,
  «تدينان», «يستنكرون»;
- a verb with its object pronoun: «انتقدهما», «أيدته», «ينتقدونه», «ساندوهم» (the alef
  of the plural dropped before the pronoun): the pronoun's antecedent is the object
  (``kg.relations.stance_triggers.object_pronoun``);
- a verbal noun with the possessive pronoun of its holder: «أعربا عن ترحيبهما»,
  «جددوا إدانتهم»: read as «ترحيبه» is (``kg.relations.stance_possessors``).

The future «سيدعم» and the conjunctions «و/ف» are peeled off by the lookup.

Forms that are also other words of news prose are left out (:data:`OTHER_WORDS`): the
dual «دعما», «رفضا», «شجبا», «حثا» (the accusative nouns «دعماً», «رفضاً», «إدانة
وشجباً»), «طالبا» («a student»), «حذرا» («caution»), «عارضا» («passing»), «ثمنا»,
«ثمنه» («a price», «its price»), «حذره» («his caution»), «عارضه» («عارضة», a crossbar;
the table lists it as a resumptive verb), «أيده», «أيدها» (the formula «أيده الله»,
«أيدها الله بنصره»: a prayer for the king), «ادانه» («إدانة», listed as a noun),
«طالبتا» («the two female students of»), «دعوه» («an invitation», listed as a noun;
also «leave him»), «رحبه» («رحبة», a square).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

V = TypeVar("V")

PERFECTS = (
    "ادان", "ندد", "استنكر", "شجب", "استهجن",  # condemns
    "رحب",  # welcomes
    "دعم", "ساند", "ايد",  # supports
    "رفض",  # rejects
    "عارض", "اعترض",  # opposes
    "انتقد",  # criticizes
    "اشاد", "ثمن",  # praises
    "حث", "طالب", "ناشد",  # urges
    "حذر", "هدد",  # warns, threatens
)
"""Listed third-person masculine perfects («رحب») whose dual («رحبا»), feminine dual
(«رحبتا»), plural («رحبوا») and forms with an object pronoun («رحبه», «رحبته», «رحبوه»)
are derived."""

IMPERFECTS = (
    "يدين", "يندد", "يستنكر", "يشجب", "يستهجن",
    "يرحب",
    "يدعم", "يساند", "يؤيد",
    "يرفض",
    "يعارض", "يعترض",
    "ينتقد",
    "يشيد", "يثمن",
    "يحث", "يطالب", "يناشد",
    "يحذر", "يهدد",
)
"""Listed third-person masculine imperfects («يرحب») whose duals («يرحبان», «ترحبان»),
plural («يرحبون») and forms with an object pronoun («يدعمه», «تدعمهم», «يدعمونه») are
derived."""

WEAK_FORMS = {"دعتا": "دعت", "يدعوان": "يدعو", "تدعوان": "تدعو", "دعاهما": "دعاه",
              "دعاهم": "دعاه", "دعتهم": "دعته", "دعتهما": "دعته"}
"""The forms of «دعا» (a verb whose last letter is a vowel, not derived as the others)."""

NOUNS = (
    "ادانه", "تنديد", "استنكار", "استهجان",
    "ترحيب",
    "تاييد", "مسانده",
    "معارضه", "اعتراض",
    "انتقاد",
    "اشاده", "تثمين",
    "مطالبه", "مناشده",
    "تحذير", "تهديد",
)
"""Listed verbal nouns whose possessive forms («ترحيبه», «ترحيبهما», «إدانتهم») are
derived (ة → ت before the pronoun)."""

PRONOUNS = ("هما", "هم", "ها", "ه")
"""The object and possessive pronouns of the third person."""

OTHER_WORDS = frozenset({
    "دعما", "رفضا", "شجبا", "حثا", "طالبا", "حذرا", "عارضا", "ثمنا", "ثمنه", "ثمنها",
    "ثمنهم", "ثمنهما", "حذره", "حذرها", "حذرهم", "حذرهما", "ادانه", "طالبتا", "دعوه", "رحبه",
    "عارضه", "ايده", "ايدها", "ايدهم", "ايدهما",
})
"""Derived forms that are also common other words (see the module's docstring)."""


INTRANSITIVE = frozenset({"رحب", "اشاد", "ندد", "يرحب", "يشيد", "يندد", "اعترض", "يعترض"})
"""Verbs whose object follows a preposition («رحب بالاتفاق», «اعترض على القرار»): no object
pronoun is derived («يشيده» is «builds it», «اعترضه» «intercepted it»)."""


def _perfect_forms(verb: str) -> list[tuple[str, str]]:
    """«انتقد» → «انتقدا», «انتقدتا», «انتقدوا», «انتقده», «انتقدتهم», «انتقدوه», ...:
    each form with the listed form of its person it is read as («انتقدتهم» → «انتقدت»)."""
    forms = [(verb + "ا", verb), (verb + "تا", verb + "ت"), (verb + "وا", verb)]
    for pronoun in PRONOUNS if verb not in INTRANSITIVE else ():
        forms += [(verb + pronoun, verb), (verb + "ت" + pronoun, verb + "ت"),
                  (verb + "و" + pronoun, verb)]
    return forms


def _imperfect_forms(verb: str) -> list[tuple[str, str]]:
    """«يدعم» → «يدعمان», «تدعمان», «يدعمون», «يدعمه», «تدعمها», «يدعمونه», «يدعمانه»."""
    feminine = "ت" + verb[1:]
    forms = [(verb + "ان", verb), (feminine + "ان", feminine), (verb + "ون", verb)]
    for pronoun in PRONOUNS if verb not in INTRANSITIVE else ():
        forms += [(verb + pronoun, verb), (feminine + pronoun, feminine),
                  (verb + "ون" + pronoun, verb), (verb + "ان" + pronoun, verb)]
    return forms


def _noun_forms(noun: str) -> list[tuple[str, str]]:
    """«ترحيب» → «ترحيبه», «ترحيبهما»; «إدانة» → «إدانتهم»."""
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    return [(stem + pronoun, noun) for pronoun in PRONOUNS]


def inflected_bases() -> dict[str, str]:
    """Each derived form → the listed form whose entry it takes."""
    forms: list[tuple[str, str]] = list(WEAK_FORMS.items())
    for verb in PERFECTS:
        forms += _perfect_forms(verb)
    for verb in IMPERFECTS:
        forms += _imperfect_forms(verb)
    for noun in NOUNS:
        forms += _noun_forms(noun)
    return {form: base for form, base in forms if form not in OTHER_WORDS}


def inflected_stances(table: Mapping[str, V], other_words: frozenset[str]) -> dict[str, V]:
    """The derived forms ``table`` lacks, each with its base's entry (a base ``table`` does
    not list gives nothing); forms in ``other_words`` (other tables' words) are left out."""
    found: dict[str, V] = {}
    for form, base in inflected_bases().items():
        # «دعمهما» as «دعمهم» is read (a noun there), «انتقدهما» as «انتقده»
        entry = table.get(form[:-1] if form.endswith("هما") and form[:-1] in table else base)
        if entry is not None and form not in table and form not in other_words:
            found[form] = entry
    return found


_VERB_PRONOUN = {form: base for form, base in inflected_bases().items()
                 if form.endswith(PRONOUNS) and base not in NOUNS}


def person_form(form: str) -> str:
    """The verb of a derived form without its object pronoun («انتقدته» → «انتقدت»,
    «ينتقدونه» → «ينتقدون», «انتقدوه» → «انتقدوا»), so that its person and number are
    read off it; any other form as it is."""
    base = _VERB_PRONOUN.get(form)
    if base is None:
        return form
    for pronoun in PRONOUNS:
        if form.endswith(pronoun):
            stem = form[:-len(pronoun)]
            return stem + "ا" if stem.endswith("و") and not base.endswith("و") else stem
    return form
