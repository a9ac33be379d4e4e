"""A quoted name takes its class from the noun of its kind before it.

The Saudi and pan-Arab press write the names of companies, papers, sites and groups in
quotation marks, mostly one word the tagger does not know: «شركة "سبكيم"», «الشركة
السعودية العالمية للبتروكيماويات "سبكيم"», «موقع التدوين العالمي "تويتر"», «مجموعة
«مفيد» الترفيهية». The tagger then tags the name Miscellaneous, or not at all, and the
relation stage never takes it as an actor. The same papers quote the names of things that
are no actors: products and apps («تطبيق الملاحظات "جوجل كيب"»), campaigns, programmes,
initiatives, slogans, hashtags and the titles of works («مسرحية "هيا تعال"»).

Rules (a quote is an opening mark, one to five words of letters or digits on one line,
and its closing mark):

- The noun of a kind stands right before the quote, or before one to three definite words
  that describe it («الشركة السعودية العالمية للبتروكيماويات»), on the same line with
  nothing but spaces between. An actor kind (:data:`ACTOR_KINDS`) makes the quote one
  mention of that class: a company, a paper, an agency, a movement, a party, an armed
  group («حركة «حماس»», «تنظيم «أنصار الحق»»; not after their definite form); the
  mentions inside the quote give way to it. A kind of no actor (:data:`THING_KINDS`) makes
  it one Miscellaneous mention, and the actor mentions inside it are dropped: a wrong actor
  is worse than a missed one.
- A quote with no kind before it whose words are a listed paper or channel («لـ"الوطن"»,
  «"الاقتصادية"») is that medium (the caller says which are: ``medium``).
- A quote with no kind before it that is a listed company or platform
  (:data:`KNOWN_COMPANIES`: «"فيسبوك"», «لـ"أرامكو"») is that company.
- A quoted name typed by these rules gives its class to the same name quoted elsewhere in
  the document with no kind noun, and to the tagger's Miscellaneous mentions of it
  («بالذكر أن "سبكيم"», «شكره لـ "سبكيم"»).

A quote that a longer mention overlaps without lying inside it is left to that mention
(«شركة "أرامكو" السعودية» tagged whole).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.ids import mention_id
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

EXTRACTOR = "link.quoted_names"


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words.split())


_MEDIA = _keys("صحيفة جريدة قناة وكالة مجلة إذاعة")
_ORGANIZATIONS = _keys(
    "شركة شركه مجموعة مؤسسة جمعية هيئة منظمة موقع بنك مصرف مركز اتحاد نادي مجمع مستشفى "
    "جامعة مصنع")
_GROUPS = _keys("حركة جماعة جبهة تحالف ائتلاف")
_PARTIES = _keys("حزب")
_ARMED = _keys("تنظيم ميليشيا ميليشيات مليشيا مليشيات كتائب فصيل")
ACTOR_KINDS: dict[str, str] = {
    **{key: "Organization" for key in _ORGANIZATIONS | _GROUPS},
    **{key: "PoliticalParty" for key in _PARTIES},
    **{key: "ArmedGroup" for key in _ARMED},
    **{key: "MediaOrganization" for key in _MEDIA},
}
"""Nouns of a kind of actor and the class they give the quoted name after them: a
movement, a party, an armed group («حركة «حماس»», «حزب «النداء»», «تنظيم «داعش»»,
«لجماعة «الإخوان»»), a company, a paper."""
THING_KINDS = _keys(
    "حملة برنامج مشروع مبادرة تطبيق هاتف جهاز منتج منتجات خدمة مسرحية فيلم مسلسل كتاب "
    "رواية ديوان أغنية قصيدة مقال مقالة شعار وسم هاشتاق هاشتاغ هاشتاج عنوان بعنوان مهرجان "
    "فعالية فعاليات مسابقة جائزة لعبة عرض معرض ملتقى مؤتمر ندوة منتدى دورة بطولة كأس "
    "عملية خطة رؤية ماركة علامة سيارة طائرة")
"""Nouns of things that are no actors: a product, a work, an event, a campaign."""
PAPERS = frozenset(normalize_key(name) for name in """الوطن|الرياض|عكاظ|الجزيرة|المدينة|اليوم
|الحياة|الشرق الأوسط|الاقتصادية|سبق|الوئام|عاجل|المواطن|الشرق|مكة|البلاد|الخليج|البيان
|الأهرام|القدس العربي|العربية|واس|أنحاء|تواصل|المرصد|الجزيرة نت|العربي الجديد|إيلاف
""".replace("\n", "").split("|"))
"""Saudi and pan-Arab papers, channels and agencies the press names alone in quotation
marks («قال لـ"الوطن"», «علمت "عكاظ"»)."""
KNOWN_COMPANIES = frozenset(normalize_key(name) for name in """فيسبوك|فيس بوك|تويتر|جوجل|غوغل
|آبل|أبل|مايكروسوفت|سامسونج|سامسونغ|أمازون|يوتيوب|واتساب|واتس آب|إنستغرام|انستقرام|سناب شات
|أرامكو|سابك|موبايلي|زين|المراعي|سبكيم""".replace("\n", "").split("|"))
"""Companies and platforms the press quotes alone with no noun of their kind («العدو الحقيقي
هو "فيسبوك"»)."""
REPORTING_VERBS = _keys("""علمت وعلمت صادفتهم التقتهم
التقت والتقت رصدت ورصدت حصلت وحصلت سألتها سألتهم واستطلعت استطلعت تابعت وتابعت نشرت
ونشرت ذكرت وذكرت كشفت وكشفت انفردت وانفردت زارت وزارت أجرتها أجرته أجرت اطلعت واطلعت
تلقت وتلقت""")
"""Verbs after which a quoted paper is the reporter: «علمت "عكاظ"», «صادفتهم "الوطن"»."""
_INDEFINITE_ONLY = _keys("مؤسسة") | _GROUPS | _PARTIES | _ARMED
"""Kind nouns whose definite form is also another word or names no group by the quote:
«المؤسسة» is the founder (f.); «التنظيم «عدوا للإسلام»» quotes what the group is called,
«الحركة "سان اندرياس"» (action) a game."""
_ACTOR_LABELS = frozenset({
    "Person", "Organization", "MediaOrganization", "GovernmentBody", "PoliticalParty",
    "ArmedGroup", "InternationalOrganization", "Country", "City", "Region", "Place"})
_CLITICS = ("وبال", "ولل", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك")
_QUOTE = re.compile(
    r"(?:«|\"|“)[ \t]*(?P<name>[^\W_]+(?:[ \t][^\W_]+){0,4})[ \t]*(?:»|\"|”)")
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){1,4})(?:ل?ـ?[ \t]*)?$")


def _kind_key(word: str) -> str:
    """The normalised word without a glued conjunction, preposition or article."""
    key = normalize_key(word)
    if key in ACTOR_KINDS or key in THING_KINDS:
        return key
    for clitic in _CLITICS:
        rest = key[len(clitic):]
        if key.startswith(clitic) and (rest in ACTOR_KINDS or rest in THING_KINDS):
            return rest
    return key


def _definite(word: str) -> bool:
    """Whether the word is definite: «السعودية», «للبتروكيماويات», «والعالمية»."""
    key = normalize_key(word)
    return any(key.startswith(p) and len(key) > len(p) + 1
               for p in ("ال", "لل", "وال", "بال", "ولل"))


def kind_before(text: str, start: int) -> str | None:
    """The normalised noun of a kind that governs the quote opening at ``start``: the word
    right before it, or the word before one to three definite words («موقع التدوين
    العالمي "تويتر"»); None when there is none."""
    found = _WORDS_BEFORE.search(text, max(0, start - 120), start)
    if found is None:
        return None
    words = found.group(1).split()
    for back, word in enumerate(reversed(words)):
        key = _kind_key(word)
        if key in THING_KINDS or (key in ACTOR_KINDS and not (
                _definite(word) and key in _INDEFINITE_ONLY)):
            return key
        if back >= 3 or not _definite(word):
            return None
    return None


def _person_after_body(
    text: str, opening: int, start: int, end: int, mentions: Sequence[Mention],
) -> bool:
    """Whether a quoted person's name follows a body named with the article: in «المشرف
    العام على القناة الثقافية "سامي العلي"» the quote names the supervisor, not the channel.
    A tagged Person of two words or more inside the quote, and the word before the quote is
    definite."""
    before = text[max(0, opening - 30):opening].split()
    if not before or not _definite(before[-1]):
        return False
    return any(m.label == "Person" and len(m.text.split()) > 1 and _inside(m, start, end)
               for m in mentions)


def _set_off(text: str, start: int, end: int) -> bool:
    """Whether the marks at ``start`` and ``end - 1`` open and close a quote: no letter
    glued before the opening mark but a one-letter preposition or conjunction («لـ"الوطن"»,
    «و"سبق"»), no letter glued after the closing one (so the closing mark of one quote and
    the opening mark of the next are no pair)."""
    if end < len(text) and text[end].isalpha():
        return False
    if start == 0 or not text[start - 1].isalpha() or text[start - 1] == "ـ":
        return True
    return start == 1 or not text[start - 2].isalpha()


def _paper_reporting(
    text: str, start: int, name: str, medium: Callable[[str], bool],
) -> bool:
    """Whether a quote with no kind noun is a paper named as the reporter or the one
    spoken to: a listed paper (:data:`PAPERS`, or one the caller knows) after «لـ» («قال
    لـ"الوطن"»), after a verb of reporting (:data:`REPORTING_VERBS`), or opening a line or a
    sentence (a dateline)."""
    key = normalize_key(name)
    if key not in PAPERS and not medium(name):
        return False
    before = text[max(0, start - 40):start].rstrip(" \t")
    if not before or before[-1] in ".:\n":
        return True
    if before.endswith("ـ"):
        return before.rstrip("ـ").endswith("ل")  # «لـ"سبق"», «لــ "سبق"»
    if before.endswith("ل"):
        return not before[-2:-1].isalpha()
    words = before.split()
    return bool(words) and normalize_key(words[-1]) in REPORTING_VERBS


def _inside(mention: Mention, start: int, end: int) -> bool:
    return start <= mention.start and mention.end <= end


def _crossing(mention: Mention, start: int, end: int) -> bool:
    return mention.start < end and start < mention.end and not _inside(mention, start, end)


def _sentence_index(doc: Document, offset: int) -> int:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.index
    return 0


def quoted_names(
    doc: Document,
    mentions: Sequence[Mention],
    medium: Callable[[str], bool] = lambda _text: False,
) -> list[Mention]:
    """``mentions`` (in text order) with quoted names typed by the noun of their kind, by a
    listed medium, or by the same name typed so elsewhere in the document."""
    text = doc.text
    typed: dict[str, str] = {}
    quotes: list[tuple[int, int, str | None]] = []
    for found in _QUOTE.finditer(text):
        if not _set_off(text, found.start(), found.end()):
            continue
        start, end = found.span("name")
        kind = kind_before(text, found.start())
        label: str | None = None
        if kind in THING_KINDS:
            label = "Miscellaneous"
        elif kind is not None:
            if _person_after_body(text, found.start(), start, end, mentions):
                continue
            label = ACTOR_KINDS[kind]
            typed.setdefault(normalize_key(found.group("name")), label)
        elif _paper_reporting(text, found.start(), found.group("name"), medium):
            label = "MediaOrganization"
            typed.setdefault(normalize_key(found.group("name")), label)
        elif normalize_key(found.group("name")) in KNOWN_COMPANIES:
            label = "Organization"
            typed.setdefault(normalize_key(found.group("name")), label)
        quotes.append((start, end, label))
    if not quotes:
        return list(mentions)
    result = list(mentions)
    things = {(start, end) for start, end, label in quotes if label == "Miscellaneous"}
    for start, end, label in quotes:
        if label is None:
            label = typed.get(normalize_key(text[start:end]))
            if label is None:
                continue
        if any(_crossing(m, start, end) for m in result):
            continue
        inner = [m for m in result if _inside(m, start, end)]
        if label != "Miscellaneous" and any(
                m.label not in ("Miscellaneous", "Person") and (m.start, m.end) == (start, end)
                for m in inner):
            continue  # already tagged as an actor of its own class
        if label != "Miscellaneous" and any(
                m.label not in ("Miscellaneous", "Person") for m in inner):
            continue  # a known actor inside it: let it be
        template = inner[0] if inner else None
        new = Mention(
            id=mention_id(doc.id, start, end),
            start=start,
            end=end,
            text=text[start:end],
            label=label,  # type: ignore[arg-type]
            extractor=EXTRACTOR,
            confidence=template.confidence if template else 0.8,
            sentence_index=template.sentence_index if template else _sentence_index(doc, start),
        )
        if template is not None and (template.start, template.end) == (start, end):
            new = replace(template, label=label)  # type: ignore[arg-type]
        result = [m for m in result if not _inside(m, start, end)]
        result.append(new)
    typed_keys = {key: label for key, label in typed.items()}
    retyped = [
        replace(m, label=typed_keys[normalize_key(m.text)])  # type: ignore[arg-type]
        if m.label == "Miscellaneous" and (m.start, m.end) not in things
        and normalize_key(m.text) in typed_keys else m
        for m in result
    ]
    return sorted(retyped, key=lambda m: (m.start, m.end))
