"""Reading the gazetteer files shipped in ``kg/resources/gazetteer/`` and CLDR names.

The formats are described in ``kg/resources/gazetteer/SOURCE.md``. This
module only parses rows; :mod:`kg.gazetteer.index` turns them into an index.
Word lists used by the matcher and the linker (titles, speech verbs, place
cues) live here too, so every hand-written list is in one place.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import ConfigError
from kg.ontology import schema

ENTITY_CLASSES = frozenset(schema.entity_classes())
"""The ontology's entity classes: the classes a gazetteer row may have."""
BLOCK_CLASS = "-"
QID_PATTERN = re.compile(r"Q[1-9][0-9]*")
CURATED_COLUMNS = (
    "key",
    "class",
    "qid",
    "name_en",
    "name_ar",
    "aliases_ar",
    "aliases_en",
    "adjectives",
    "part_of",
    "seat_of",
    "instance_of",
)
COUNTRY_TYPES = frozenset({"Sovereign country", "Country", "Sovereignty", "Disputed"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that stand before a person's name: «الرئيس ترامب», «وزير الخارجية بومبيو».
TITLES = _words(
    """الرئيس رئيس الرئيسة رئيسة الوزير وزير وزيرة الوزيرة السفير السفيرة سفير الجنرال جنرال
    اللواء العميد العقيد الفريق المشير الشيخ الملك الأمير الأميرة ولي العهد المبعوث مبعوث
    المبعوثة الأمين العام المتحدث الناطق القائد قائد زعيم الزعيم السيد السيدة الدكتور
    الدكتورة د المستشار المستشارة المرشد الإمام العاهل نظيره نظيرته النائب نائب المنسق منسق
    مساعد مساعدة المفوض المفوضة القاضي"""
)
# Words after which a place name is a place: «العاصمة واشنطن», «مدينة حماة».
PLACE_CUES = _words("العاصمة عاصمة مدينة المدينة محافظة المحافظة بلدة البلدة منطقة")
# Words of a group's members, leaders or forces: «مسلحو القاعدة», «عناصر التنظيم», «طيران
# التحالف», «قادة حماس», «وفد حماس»
# name the group that a bare conditional alias («~القاعدة») stands for.
MEMBER_CUES = _words(
    """مسلحو مسلحي عناصر مقاتلو مقاتلي متمردو متمردي ميليشيات مليشيات ميليشيا مليشيا قوات
    طيران طائرات مقاتلات تنظيم جماعة قادة قيادات قيادي قياديو قياديي زعيم زعماء أنصار
    مناصرو مناصري وفد"""
)
# Locative words: «في واشنطن» is the city.
LOCATIVES = _words("في إلى الى من عبر داخل خارج قرب بالقرب وسط نحو حتى")
# Speech and stance verbs (feminine singular, as agreeing with a country or a
# capital used for its government): «قالت واشنطن», «واشنطن ترفض», «وحثت واشنطن»,
# «نددت موسكو», «أعربت طهران عن».
STANCE_VERBS = _words(
    """قالت أعلنت أكدت رفضت طالبت حذرت نفت دعت اتهمت هددت أبلغت ردت أدانت رحبت انتقدت
    اعتبرت أوضحت أشارت تعهدت وافقت فرضت قررت أرسلت سعت تريد ترفض تقول تطالب تحذر تدعو
    تتهم تهدد تدين ترحب تنتقد تعتبر تسعى تؤكد تنفي تواصل توافق تعلن تعارض عارضت أيدت تؤيد
    ضغطت تضغط أصرت تصر اشترطت تشترط تعتقد اعتقدت ترى رأت حثت تحث ناشدت تناشد استنكرت
    تستنكر نددت تندد دانت شجبت تشجب أشادت تشيد ثمنت تثمن طلبت تطلب أعربت تعرب جددت
    تجدد وصفت تصف ساندت تساند دعمت تدعم احتجت تحتج توعدت تتوعد هاجمت تهاجم عبرت أبدت"""
)

# Nouns of the kind of a body, written before its quoted name: «منظمة «العفو الدولية»»,
# «حركة "حماس"», «صحيفة «نيويورك تايمز»».
KIND_NOUNS = _words(
    """منظمة حركة جماعة حزب شركة مجموعة وكالة صحيفة جريدة قناة شبكة مجلة إذاعة مؤسسة جمعية
    هيئة تنظيم جبهة ائتلاف تحالف تجمع موقع مركز اتحاد نادي بنك مصرف ميليشيا ميليشيات كتائب
    لواء"""
)


@dataclass(frozen=True, slots=True)
class CountryRow:
    """One row of ``countries.tsv``."""

    key: str
    iso_a2: str | None
    name_en: str
    name_ar: str
    qid: str | None
    type: str


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One row of ``curated.tsv`` (see ``SOURCE.md``)."""

    key: str
    label: str
    qid: str | None
    name_en: str | None
    name_ar: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    adjectives: tuple[str, ...]
    part_of: str | None
    seat_of: str | None
    instance_of: str | None
    line: int


def resource_dir() -> Path:
    return Path(str(resources.files("kg") / "resources" / "gazetteer"))


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _data_lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip() and not line.startswith("#"):
                yield number, line.rstrip("\n")


def read_countries(path: Path | None = None) -> list[CountryRow]:
    """The Natural Earth admin-0 table, keyed by ``adm0_a3``."""
    path = path or resource_dir() / "countries.tsv"
    with path.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            CountryRow(
                key=row["adm0_a3"],
                iso_a2=row["iso_a2"] if row["iso_a2"] != "-99" else None,
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                qid=row["wikidata"] or None,
                type=row["type"],
            )
            for row in reader
        ]


def country_names() -> list[str]:
    """The Arabic names of the Natural Earth countries, in table order: the country
    hints of the bundled NER model (:func:`kg.ner.features.listed_names`)."""
    return [row.name_ar for row in read_countries()]


def read_curated(path: Path | None = None) -> list[CuratedRow]:
    """The curated table; raises :class:`ConfigError` on a malformed row."""
    path = path or resource_dir() / "curated.tsv"
    rows: list[CuratedRow] = []
    lines = iter(_data_lines(path))
    header_line, header = next(lines)
    if tuple(header.split("\t")) != CURATED_COLUMNS:
        raise ConfigError(
            f"{path}:{header_line}: header is {header.split(chr(9))}, "
            f"expected {list(CURATED_COLUMNS)}"
        )
    for number, line in lines:
        fields = line.split("\t")
        if len(fields) != len(CURATED_COLUMNS):
            raise ConfigError(
                f"{path}:{number}: {len(fields)} tab-separated fields, "
                f"expected {len(CURATED_COLUMNS)}"
            )
        value = dict(zip(CURATED_COLUMNS, (field.strip() for field in fields), strict=True))
        rows.append(
            CuratedRow(
                key=value["key"],
                label=value["class"],
                qid=value["qid"] or None,
                name_en=value["name_en"] or None,
                name_ar=value["name_ar"],
                aliases_ar=_split(value["aliases_ar"]),
                aliases_en=_split(value["aliases_en"]),
                adjectives=_split(value["adjectives"]),
                part_of=value["part_of"] or None,
                seat_of=value["seat_of"] or None,
                instance_of=value["instance_of"] or None,
                line=number,
            )
        )
    return rows


def cldr_country_names() -> dict[str, str]:
    """Arabic CLDR names by ISO 3166 alpha-2 code (from ``babel``)."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a declared dependency
        return {}
    return {code: name for code, name in Locale("ar").territories.items() if code.isalpha()}
