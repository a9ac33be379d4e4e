"""State bodies named by a common noun and a country's adjective, read from their words.

«الجيش الأمريكي», «الحكومة اليمنية», «وزارة الداخلية السعودية»: a head noun from a
closed list (:data:`BODY_HEADS`) and a definite nationality adjective that agrees
with it (derived from the gazetteer's countries, :func:`nationality_adjectives`).
:func:`body_reading` gives such a phrase its identity, head and country, for the
``ner.bodies`` stage (:mod:`kg.ner.bodies`), which finds the phrases in text, and
for the linker, which names their entities; both read it from here, below them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.gazetteer.index import AliasKind, GazetteerIndex, default_gazetteer, name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.ministries_of import ministry_of
from kg.ontology.namespace import EntityLabel


@dataclass(frozen=True, slots=True)
class BodyHead:
    """A head noun phrase of a country's body."""

    words: tuple[str, ...]
    """Normalised words; the first may carry proclitics in the text."""
    label: EntityLabel
    name_en: str
    construct: str
    """The noun put before the country's name for the body's identity («جيش», «نظام»)."""
    genders: str
    """The adjective's genders the head takes: "m", "f" or "mf"."""
    generic: str | None = None
    """The gazetteer ``generic:*`` body the head is («الخارجية» → ``generic:mfa``)."""


def _head(text: str, label: EntityLabel, name_en: str, construct: str, genders: str,
          generic: str | None = None) -> BodyHead:
    return BodyHead(name_key(text), label, name_en, construct, genders, generic)


BODY_HEADS: tuple[BodyHead, ...] = (
    _head("الجيش", "GovernmentBody", "Army", "جيش", "m"),
    _head("جيش الاحتلال", "GovernmentBody", "Army", "جيش", "m"),
    _head("القوات", "GovernmentBody", "Forces", "قوات", "f"),
    _head("قوات الاحتلال", "GovernmentBody", "Forces", "قوات", "mf"),
    _head("القوات المسلحة", "GovernmentBody", "Armed Forces", "قوات مسلحة", "f"),
    _head("القوات الجوية", "GovernmentBody", "Air Force", "قوات جوية", "f"),
    _head("القوات البحرية", "GovernmentBody", "Navy", "قوات بحرية", "f"),
    _head("البحرية", "GovernmentBody", "Navy", "قوات بحرية", "f"),
    _head("سلاح الجو", "GovernmentBody", "Air Force", "قوات جوية", "m"),
    _head("قوات الأمن", "GovernmentBody", "Security Forces", "قوات أمن", "f"),
    _head("خفر السواحل", "GovernmentBody", "Coast Guard", "خفر سواحل", "m"),
    _head("حرس الحدود", "GovernmentBody", "Border Guard", "حرس حدود", "m",
          "generic:border_guard"),
    _head("الشرطة", "GovernmentBody", "Police", "شرطة", "f"),
    _head("الأمن العام", "GovernmentBody", "General Security", "أمن عام", "m"),
    _head("المخابرات", "GovernmentBody", "Intelligence", "مخابرات", "f"),
    _head("الاستخبارات", "GovernmentBody", "Intelligence", "مخابرات", "f"),
    _head("الحكومة", "GovernmentBody", "Government", "حكومة", "f"),
    _head("النظام", "GovernmentBody", "Regime", "نظام", "m"),
    _head("الرئاسة", "GovernmentBody", "Presidency", "رئاسة", "f"),
    _head("البرلمان", "GovernmentBody", "Parliament", "برلمان", "m"),
    _head("مجلس النواب", "GovernmentBody", "House of Representatives", "مجلس نواب", "m",
          "generic:lower_house"),
    _head("مجلس الشعب", "GovernmentBody", "People's Assembly", "مجلس شعب", "m"),
    _head("مجلس الوزراء", "GovernmentBody", "Cabinet", "مجلس وزراء", "m"),
    _head("مجلس الشورى", "GovernmentBody", "Shura Council", "مجلس شورى", "m",
          "generic:shura"),
    _head("النيابة العامة", "GovernmentBody", "Public Prosecution", "نيابة عامة", "f",
          "generic:prosecution"),
    _head("النيابة", "GovernmentBody", "Public Prosecution", "نيابة عامة", "f",
          "generic:prosecution"),
    _head("الخارجية", "GovernmentBody", "Ministry of Foreign Affairs", "", "f", "generic:mfa"),
    _head("الداخلية", "GovernmentBody", "Ministry of the Interior", "", "f", "generic:moi"),
    _head("الدفاع", "GovernmentBody", "Ministry of Defence", "", "f", "generic:mod"),
    _head("المعارضة", "Organization", "Opposition", "معارضة", "f"),
    _head("البنك المركزي", "GovernmentBody", "Central Bank", "بنك مركزي", "m"),
)
"""The closed list of heads. «وزارة» + one definite word is a head too (:func:`_ministry`)."""

_GENERIC_MINISTRIES = {
    head.words[0]: head.generic for head in BODY_HEADS if head.generic is not None
}
_GENERIC_HEADS = {head.generic: head for head in BODY_HEADS if head.generic is not None}
_MINISTRY = name_key("وزارة")[0]


@dataclass(frozen=True, slots=True)
class Nationality:
    country: str
    """The country's gazetteer key."""
    gender: str


@lru_cache(maxsize=4)
def nationality_adjectives(gazetteer: GazetteerIndex) -> dict[str, Nationality]:
    """Definite singular nationality adjectives («الامريكي», «السعوديه») → their country:
    the gazetteer's one-word adjectives of a country, and a country's name that is its own
    feminine adjective («السعودية»)."""
    found: dict[str, Nationality] = {}
    for words, refs in gazetteer.index.items():
        if len(words) != 1 or not words[0].startswith("ال") or len({r.key for r in refs}) != 1:
            continue
        word, ref = words[0], refs[0]
        entry = gazetteer.entries.get(ref.key)
        if entry is None or entry.label != "Country":
            continue
        if ref.kind is AliasKind.ADJECTIVE and word.endswith("ي"):
            found[word] = Nationality(ref.key, "m")
        elif ref.kind in (AliasKind.ADJECTIVE, AliasKind.NAME) and word.endswith("يه") and \
                len(word) > 5:
            found[word] = Nationality(ref.key, "f")
    return found


@dataclass(frozen=True, slots=True)
class BodyReading:
    head: BodyHead
    country: str
    skipped: int
    """View characters of the first word's proclitics left out of the span."""
    length: int
    """Words of the phrase, adjective included."""


def read_body(texts: tuple[str, ...] | list[str], index: int,
              gazetteer: GazetteerIndex | None = None) -> BodyReading | None:
    """The body phrase that opens at word ``index`` of the normalised words ``texts``."""
    adjectives = nationality_adjectives(default_gazetteer() if gazetteer is None else gazetteer)
    if not any(word in adjectives for word in texts[index + 1:index + 1 + _LONGEST_HEAD]):
        return None  # no adjective near enough: most words
    for form, skipped in first_word_forms(texts[index]):
        for head in _heads_for(form, texts, index):
            after = index + len(head.words)
            if after >= len(texts):
                continue
            nationality = adjectives.get(texts[after])
            if nationality is not None and nationality.gender in head.genders:
                return BodyReading(head, nationality.country, skipped, len(head.words) + 1)
    return None


def _heads_for(form: str, texts: tuple[str, ...] | list[str], index: int) -> list[BodyHead]:
    heads = [h for h in _heads_by_first().get(form, ())
             if tuple(texts[index + 1:index + len(h.words)]) == h.words[1:]]
    if form == _MINISTRY and index + 1 < len(texts) and texts[index + 1].startswith("ال"):
        heads.append(_ministry(texts[index + 1]))
    return heads


_LONGEST_HEAD = max(2, *(len(head.words) for head in BODY_HEADS))
"""Words of the longest head (a ministry named by its field has two)."""


@lru_cache(maxsize=1)
def _heads_by_first() -> dict[str, tuple[BodyHead, ...]]:
    """:data:`BODY_HEADS` by their first word, the longest first."""
    found: dict[str, list[BodyHead]] = {}
    for head in sorted(BODY_HEADS, key=lambda h: -len(h.words)):
        found.setdefault(head.words[0], []).append(head)
    return {word: tuple(heads) for word, heads in found.items()}


def _ministry(genitive: str) -> BodyHead:
    """«وزارة الصحة»: a ministry named by its field."""
    return BodyHead((_MINISTRY, genitive), "GovernmentBody", "Ministry", f"وزاره {genitive}",
                    "f", _GENERIC_MINISTRIES.get(genitive))


LOCAL_BODY_HEADS = frozenset(name_key("أمانة بلدية شرطة إمارة سجون جوازات مرور"))
"""Nouns of a Saudi (and Gulf) local body named by its place: «أمانة منطقة الرياض» (the
municipality), «شرطة منطقة القصيم», «سجون منطقة القصيم», «إمارة منطقة مكة المكرمة»."""

GOVERNMENT_OF = _head("حكومة", "GovernmentBody", "Government", "حكومة", "mf")
"""«حكومة» before a place's name: that place's government («حكومة إقليم كردستان»)."""
GOVERNED_LABELS = frozenset({"Country", "Region"})


def government_of(words: tuple[str, ...] | list[str],
                  gazetteer: GazetteerIndex | None = None) -> str | None:
    """The gazetteer key of the country or region whose government the normalised
    ``words`` name («حكومه اقليم كردستان» → the Kurdistan Region), or None: «حكومة»
    and the whole of one place's name."""
    if len(words) < 2 or words[0] != GOVERNMENT_OF.words[0]:
        return None
    gazetteer = default_gazetteer() if gazetteer is None else gazetteer
    refs = gazetteer.index.get(tuple(words[1:]), ())
    keys = {ref.key for ref in refs if ref.kind is AliasKind.NAME}
    if len(keys) != 1 or len({ref.key for ref in refs}) != 1:
        return None
    key = next(iter(keys))
    return key if gazetteer.entry(key).label in GOVERNED_LABELS else None


def body_reading(text: str, gazetteer: GazetteerIndex | None = None) -> BodyReading | None:
    """What a body mention's text names, or None (the linker's reading of the mention)."""
    words = name_key(text)
    if not words:
        return None
    place = government_of(words, gazetteer)
    if place is not None:
        return BodyReading(GOVERNMENT_OF, place, 0, len(words))
    ministry = ministry_of(words, default_gazetteer() if gazetteer is None else gazetteer)
    if ministry is not None:  # «وزارة خارجية مملكة البحرين»
        return BodyReading(_GENERIC_HEADS[ministry[0]], ministry[1], 0, len(words))
    reading = read_body(words, 0, gazetteer)
    if reading is None and words[0].startswith("ل"):  # «لجيش الأمريكي» of «للجيش»
        reading = read_body(("ا" + words[0], *words[1:]), 0, gazetteer)
    return reading if reading is not None and reading.length == len(words) else None
