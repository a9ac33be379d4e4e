"""Attribution lexicon: reporting verbs («قال», «أكد», «نفى»), complementizers, feelings
expressed and quotation marks.

Forms are in the normalised spelling of :func:`kg.text.normalize.normalize_key` and are
matched after their proclitics are peeled off (see :func:`kg.relations.lexicon_lookup.bare_forms`),
so a form is listed without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.relations.lexicon_lookup import Hit, cached_lookup


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    lemma: str
    continuation: bool = False
    """«وأضاف», «وتابع»: with no subject of its own it continues the previous speaker."""
    denial: bool = False
    content_prepositions: tuple[str, ...] = ()
    """Prepositions that may introduce the reported content instead of أن/إن."""


_REPORTING_FORMS: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "بالقول", "القول", "قوله",
            "قولها", "قولهم", "قائلا", "قائله"),
    "اكد": ("اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "يؤكدون", "مؤكدا", "مؤكده"),
    "اضاف": ("اضاف", "اضافت", "اضافوا", "يضيف", "تضيف", "مضيفا", "مضيفه"),
    "اوضح": ("اوضح", "اوضحت", "يوضح", "توضح", "موضحا", "موضحه"),
    "اشار": ("اشار", "اشارت", "يشير", "تشير", "مشيرا", "مشيره"),
    "ذكر": ("ذكر", "ذكرت", "يذكر", "تذكر"),
    "اعلن": ("اعلن", "اعلنت", "يعلن", "تعلن", "معلنا"),
    "صرح": ("صرح", "صرحت", "يصرح", "مصرحا"),
    "كشف": ("كشف", "كشفت", "يكشف", "كاشفا"),
    "افاد": ("افاد", "افادت", "يفيد", "مفيدا"),
    "شدد": ("شدد", "شددت", "يشدد", "مشددا", "مشدده"),
    "لفت": ("لفت", "لفتت", "يلفت", "تلفت", "لافتا"),
    "تابع": ("تابع", "تابعت"),
    "اكمل": ("اكمل", "اكملت"),
    "اعتبر": ("اعتبر", "اعتبرت", "يعتبر", "معتبرا"),
    "اعرب": ("اعرب", "اعربت", "يعرب", "معربا"),
    "عبر": ("عبر", "عبرت", "يعبر"),
    "ابلغ": ("ابلغ", "ابلغت"),
    "نفي": ("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا"),
    "حذر": ("حذر", "حذرت", "يحذر", "محذرا"),
    # Opinions of a named speaker, reported like speech («رأى المحلل أن», «توقع الخبير أن»,
    # «رجح الوزير أن»): a statement only with a clause (أن/إن), a quotation or a colon.
    "راي": ("راي", "رات", "راوا", "يري", "تري", "يرون"),
    "توقع": ("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "متوقعا", "متوقعه"),
    "رجح": ("رجح", "رجحت", "مرجحا", "مرجحه"),
    "نبه": ("نبه", "نبهت", "منبها", "منبهه"),
    # «ويبين أنه»: the present «يبيّن» is a verb; the past «بين» is the preposition too
    # (read by kg.relations.shown), «تبين أن» is «it turned out that» (impersonal).
    "بين": ("مبينا", "مبينه", "يبين"),
    "وصف": ("واصفا", "واصفه"),
    # «أبان المدير أن», «اعترف الوزير بأن», «تساءل النائب: ...»,
    # «نوه الأمين العام إلى أن»: verbs of saying that report only with a clause (أن/إن),
    # a quotation, a colon or their preposition; «اعترف بالخطأ» reports nothing.
    "ابان": ("ابان", "ابانت"),
    "اعترف": ("اعترف", "اعترفت", "يعترف", "تعترف", "معترفا"),
    # «أقرّت X بأنها نشرت الصورة»: acknowledging, like «اعترف», only with «بأن» close after
    # it (``statement_acknowledged``); «أقر البرلمان الميزانية» (approved) reports nothing.
    # The past only: «يقر» is as often a headline's or a law's («مقرا»: a headquarters).
    "اقر": ("اقر", "اقرت"),
    "تساءل": ("تساءل", "تساءلت", "يتساءل", "تتساءل", "متسائلا"),
    "نوه": ("نوه", "نوهت", "منوها", "منوهه"),
    # «وأردف», «واستطرد», «واستدرك»: like «وأضاف», they go on with the last speaker.
    "اردف": ("اردف", "اردفت", "مردفا"),
    "استطرد": ("استطرد", "استطردت", "مستطردا"),
    "استدرك": ("استدرك", "استدركت", "مستدركا"),
    # «ويتحدث X: ...»: a report only before a colon (``statement_talked``); not the bare
    # «تحدث», also «it occurs».
    "تحدث": ("يتحدث", "تتحدث", "تحدثت"),
}
_CONTINUATION = frozenset({"اضاف", "تابع", "اكمل", "اوضح", "اردف", "استطرد", "استدرك"})
_CONTENT_PREPS: dict[str, tuple[str, ...]] = {
    "اكد": ("علي",),
    "شدد": ("علي",),
    "كشف": ("عن",),
    "اعلن": ("عن",),
    "اعرب": ("عن",),
    "عبر": ("عن",),
    "حذر": ("من",),
    "اشار": ("الي",),
    "لفت": ("الي",),
    "نوه": ("الي",),
}
REPORTING: dict[str, ReportingVerb] = {}
for _lemma, _forms_of in _REPORTING_FORMS.items():
    for _form in _forms_of:
        REPORTING[_form] = ReportingVerb(
            lemma=_lemma,
            continuation=_lemma in _CONTINUATION,
            denial=_lemma == "نفي",
            content_prepositions=_CONTENT_PREPS.get(_lemma, ()),
        )
REPORTING_LEMMA: dict[str, str] = {form: verb.lemma for form, verb in REPORTING.items()}
find_reporting = cached_lookup(REPORTING)
"""``lookup(word, REPORTING)``, remembered per word."""


def reporting_verb(word: str) -> Hit[ReportingVerb] | None:
    """:func:`find_reporting` read as a verb: only a conjunction or the future «س» may come
    before it, never «ك», «ب» or the article («كيري» is Kerry, not «ك» + «يرى»)."""
    hit = find_reporting(word)
    return hit if hit is not None and not hit.prefix.strip("وفس") else None


COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "اننا", "انني", "بان", "بانه", "بانها",
                             "بانهم"})
"""أن / إن and their pronoun-suffixed forms: an indirect statement follows."""

_FEELING_NOUNS = ("استغراب", "اسف", "قلق", "ارتياح", "سعاده", "فخر", "اعتزاز", "امتنان",
                  "حزن", "غضب", "استياء", "انزعاج", "دهشه", "تعاطف", "تعازي", "تهاني", "اعجاب",
                  "سرور", "تقدير", "شكر", "ترحيب", "تضامن", "خيبه", "صدمه", "استنكار", "ادانه")
FEELINGS = frozenset(_FEELING_NOUNS) | frozenset(
    (noun[:-1] + "ت" if noun.endswith("ه") else noun) + suffix
    for noun in _FEELING_NOUNS for suffix in ("ه", "ها", "هم", "هما", "نا"))
"""«أعرب عن استغرابه», «عبّر عن ارتياحها»: what these verbs express is a feeling (a stance,
never a statement of what was said)."""

# Verbs that need a following «عن» to report something (عبر also means «via»).
NEEDS_PREPOSITION = frozenset({"عبر", "اعرب"})

OPENING_QUOTES = "«“\""
CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}
