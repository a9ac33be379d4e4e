"""The ``ner.bodies`` stage: a state body named by a common noun and its country's adjective.

News names many actors by what they are and whose they are rather than by a
name: «الجيش الأمريكي», «الحكومة اليمنية», «الشرطة التركية», «المعارضة السورية»,
«وزارة الداخلية السعودية», «النيابة العامة المصرية». No NER tags them, yet they
say, condemn and strike. A head noun from a closed list (:data:`BODY_HEADS`)
right before a definite nationality adjective that agrees with it (derived
from the gazetteer's countries, :func:`nationality_adjectives`) is one mention
of that country's body. Precision comes first:

- the adjective follows the head directly, on the same line, spaces only;
- a title before the head makes the adjective the title's («وزيرة الخارجية
  السويدية», «رئيس الحكومة اليمنية»), a noun of kind makes the phrase a name
  («حزب القوات اللبنانية»): no body;
- a definite word right before a definite head makes the head its adjective
  («السياسة الخارجية السعودية», «الشؤون الداخلية اللبنانية»): no body;
- a distinguishing word after the adjective makes another body («الجيش السوري
  الحر», «الحكومة السورية المؤقتة»): no body;
- a mention that overlaps the phrase without lying inside it (a longer tagged
  name), or a gazetteer name of its own inside it, wins: no body.

«حكومة» right before a country's or a region's name is that place's government
(«حكومة إقليم كردستان», «حكومة اليمن», one body with «الحكومة اليمنية»).

Bodies named with no country's adjective (:func:`_named_bodies`): a ministry by its
field («وزارة الصحة», «لوزارة الشؤون الإسلامية»), a local body by its place («أمانة
منطقة الرياض», «شرطة منطقة القصيم», «سجون القصيم»); a place the taggers missed may
follow «منطقة» or «محافظة» («بلدية محافظة الدوادمي»); a government by its standing
(«الحكومة الشرعية», «الحكومة المعترف بها دوليا»); a society or an authority by its
field («جمعية البر الخيرية», «هيئة الري والصرف»); a company by its field and its country
(«شركة الاتصالات السعودية»), then by its field alone in that document (:func:`_companies`).
The linker finds no body reading
for them and names them by their words, one entity in the document.

The mentions inside the phrase (the adjective's country, a generic ministry)
give way to it, and so does the gazetteer's one mention of a generic body and
its adjective («النيابة العامة المصرية»). Bare heads («الحكومة») make nothing.
The linker gives the body
an identity made of its head and its country (:func:`body_reading`), so
«الجيش الأمريكي» and «للجيش الأميركي» are one entity, and a head that is a
gazetteer ``generic:*`` body (foreign, defence, interior ministries) is that
country's body as the gazetteer has it.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.gazetteer.bodies import (
    GOVERNED_LABELS,
    GOVERNMENT_OF,
    LOCAL_BODY_HEADS,
    BodyHead,
    BodyReading,
    government_of,
    nationality_adjectives,
    read_body,
)
from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR, BODIES_EXTRACTOR, EXTRACTOR
from kg.gazetteer.index import GazetteerIndex, default_gazetteer, name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.person_words import FUNCTION_WORDS, split_word
from kg.gazetteer.resources import KIND_NOUNS, TITLES
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.ner.body_places import construct_town, named_place
from kg.ner.common_names import common_readings
from kg.ner.conjoined_fields import conjoined_field, conjoined_nisba
from kg.ner.construct_fields import construct_noun
from kg.ner.described_people import described_people
from kg.ner.field_names import field_names
from kg.ner.headed_bodies import headed_bodies
from kg.ner.institutions import institution_spans
from kg.ner.local_bodies import service_bodies
from kg.ner.ministry_constructs import ministries_of
from kg.ner.movement_names import MOVEMENT_HEADS, movement_names
from kg.pipeline import Stage, register_stage
from kg.text.words import WordView, document_words

CONFIDENCE_BODY = 0.8
_DISTINGUISHING = frozenset(name_key("الحر الحرة المؤقتة الانتقالية الموازية المنشقة السابق"
                                     " السابقة"))
"""Words after the adjective that make another body («الجيش السوري الحر»)."""
_TITLE_WORDS = frozenset(word for title in TITLES for word in name_key(title)) | frozenset(
    name_key("وزير وزيرة الوزير الوزيرة رئيس رئيسة وكيل وكيلة مدير مديرة قائد قائدة زعيم "
             "زعيمة متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة")
)
"""Words before the head that make the adjective theirs («وزير الخارجية الأمريكي»)."""
_KIND_WORDS = frozenset(word for noun in KIND_NOUNS for word in name_key(noun))
"""Nouns of a body's kind before its own name («حزب القوات اللبنانية»)."""


def body_mentions(doc: Document, gazetteer: GazetteerIndex | None = None) -> Document:
    """``doc`` with a mention for every body phrase (see the module docstring); the
    mentions inside a phrase give way to it."""
    gazetteer = gazetteer or default_gazetteer()
    words = document_words(doc)
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    index = 0
    while index < len(texts) - 1:
        reading = read_body(texts, index, gazetteer)
        if reading is None or not _stands(words, index, reading):
            index += 1
            continue
        start = words.view.origin[words.view_starts[index] + reading.skipped]
        found.append((start, words.ends[index + reading.length - 1], reading))
        index += reading.length
    found.extend(_governments(doc, words, gazetteer))
    found.extend(ministries_of(doc, words, gazetteer, lambda i: _after_title(texts, i)))
    found.extend(_named_bodies(doc, words, gazetteer))
    found.extend(_companies(words, gazetteer))
    found.extend((words.view.origin[words.view_starts[first] + skipped], words.ends[last],
                  BodyReading(_INSTITUTION, "", skipped, last - first + 1))
                 for first, last, skipped in institution_spans(doc, words))
    found.extend((words.view.origin[words.view_starts[first] + skipped], words.ends[last],
                  BodyReading(_FIELD_NAME, "", skipped, last - first + 1))
                 for first, last, skipped in field_names(
                     words, doc.mentions, lambda first: _after_title(words.texts, first),
                     lambda form: bool(gazetteer.lookup(form)),
                     nationality_adjectives(gazetteer)))
    found.extend((start, end, BodyReading(
        _LOCAL_BODY if label == _LOCAL_BODY.label else _LOCAL_ORGANIZATION, "", skipped, 1))
        for start, end, skipped, label in service_bodies(
            doc, words, lambda first: _after_title(words.texts, first)))
    found.extend(movement_names(words, doc.mentions, lambda i: _after_title(texts, i), gazetteer))
    read = list(found)
    found.extend((start, end, reading) for start, end, reading in (
        (words.view.origin[words.view_starts[first] + skipped], words.ends[last],
         BodyReading(_HEADED_BODIES[label], "", skipped, last - first + 1))
        for first, last, skipped, label in headed_bodies(
            doc, words, lambda first: _after_title(texts, first),
            nationality_adjectives(gazetteer)))
        if not any(start < other_end and other_start < end for other_start, other_end, _ in read))
    if not found:
        return doc
    mentions = list(doc.mentions)
    added: list[Mention] = []
    for start, end, reading in found:
        if reading.head.generic is not None:
            # «النيابة العامة المصرية», a generic body and its adjective the gazetteer
            # read as one mention: the same body, read here; a curated name stays
            mentions = [m for m in mentions if not (
                (m.start, m.end) == (start, end) and m.extractor == EXTRACTOR
                and not gazetteer.lookup(m.text))]
        if reading.head in (_LOCAL_BODY, _UNIVERSITY, _LOCAL_ORGANIZATION, _INSTITUTION,
                            _FIELD_NAME, *MOVEMENT_HEADS, *_HEADED_BODIES.values()):
            if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end)
                   for m in mentions):
                continue  # a place inside is the body's; a longer name across it wins
        elif reading.head is not GOVERNMENT_OF and not _free(mentions, start, end, gazetteer):
            continue
        sentence = next((s.index for s in doc.sentences if s.start <= start < s.end), None)
        if sentence is None or end > doc.sentences[sentence].end:
            continue
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
        added.append(Mention(
            id=mention_id(doc.id, start, end), start=start, end=end, text=doc.text[start:end],
            label=reading.head.label, extractor=BODIES_EXTRACTOR, confidence=CONFIDENCE_BODY,
            sentence_index=sentence,
        ))
    if not added:
        return doc
    merged = sorted(mentions + added, key=lambda m: (m.start, m.end))
    return doc.with_layers("mentions", mentions=tuple(merged))


def _governments(doc: Document, words: WordView,
                 gazetteer: GazetteerIndex) -> list[tuple[int, int, BodyReading]]:
    """«حكومة إقليم كردستان», «وحكومة اليمن»: «حكومة» right before a country's or a
    region's gazetteer name (no proclitic on it), on one line: that place's government,
    one body with «الحكومة اليمنية» (:func:`kg.gazetteer.bodies.government_of`)."""
    places = [m for m in doc.mentions
              if m.extractor == EXTRACTOR and m.label in GOVERNED_LABELS]
    if not places:
        return []
    index_at = {start: index for index, start in enumerate(words.starts)}
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    for place in places:
        index = index_at.get(place.start)
        if not index:
            continue
        head = texts[index - 1]
        forms = [(form, skipped) for form, skipped in first_word_forms(head)
                 if form == GOVERNMENT_OF.words[0]]
        gap = words.view.text[words.view_ends[index - 1]:words.view_starts[index]]
        if not forms or not gap.isspace() or "\n" in gap or \
                (index > 1 and texts[index - 2] in _TITLE_WORDS and forms[0][1] == 0):
            continue
        span_words = name_key(doc.text[place.start:place.end])
        key = government_of((GOVERNMENT_OF.words[0], *span_words), gazetteer)
        if key is None:
            continue
        start = words.view.origin[words.view_starts[index - 1] + forms[0][1]]
        found.append((start, place.end, BodyReading(GOVERNMENT_OF, key, forms[0][1],
                                                    1 + len(span_words))))
    return found


_FIELD_MINISTRY = BodyHead(name_key("وزارة"), "GovernmentBody", "Ministry", "وزاره", "mf")
_LOCAL_BODY = BodyHead(name_key("أمانة"), "GovernmentBody", "Local body", "", "mf")
_LOCAL_ORGANIZATION = BodyHead(name_key("لجنة"), "Organization", "Local committee", "", "mf")
_INSTITUTION = BodyHead(name_key("مؤسسة"), "Organization", "Institution", "", "mf")
"""A hospital, a bank or an exchange named by its own name (:mod:`kg.ner.institutions`)."""
_UNIVERSITY = BodyHead(name_key("جامعة"), "Organization", "University", "", "mf")
"""A university named by its city («جامعة حائل», «وجامعة القاهرة»), read like a local body."""
_FIELD_NAME = BodyHead(name_key("هيئة"), "Organization", "Named by its field", "", "mf")
"""A body named by its kind, adjectives and field («الندوة العالمية للشباب الإسلامي»,
:mod:`kg.ner.field_names`)."""
_HEADED_BODIES = {
    "Organization": BodyHead(name_key("مجلس"), "Organization", "Headed body", "", "mf"),
    "GovernmentBody": BodyHead(name_key("سفارة"), "GovernmentBody", "Embassy", "", "mf"),
}
"""A council, a fund, a chamber or an embassy named by its chain and its place
(:mod:`kg.ner.headed_bodies`)."""
_FIELD_BODIES = {
    name_key("جمعية")[0]: BodyHead(name_key("جمعية"), "Organization", "Society", "", "mf"),
    name_key("هيئة")[0]: BodyHead(name_key("هيئة"), "GovernmentBody", "Authority", "", "mf"),
}
"""Other bodies named by their field: a society («جمعية البر الخيرية», «جمعية الثقافة
والفنون»), an authority («هيئة الري والصرف»). Their field may take one coordinated word, and
a noun in construct may stand before it («هيئة حقوق الإنسان», :mod:`kg.ner.construct_fields`)."""
_NOT_BODY_FIELDS = frozenset(name_key("التدريس التحكيم المحلفين الإدارة الأمناء العامة الأمر"))
"""Fields that make «هيئة»/«جمعية» a board, not a body: «هيئة التدريس» (the faculty),
«هيئة التحكيم» (the jury); or that open a longer name this rule would cut («هيئة الأمر
بالمعروف والنهي عن المنكر»)."""
_SHAPE_CUES = frozenset(name_key("على اتخذ اتخذت يتخذ تتخذ واتخذ واتخذت"))
"""Words before «هيئة» in its sense of shape: «على هيئة», «تتخذ هيئة الوهاد»."""
_DIVISIONS = frozenset(name_key("منطقة محافظة مدينة"))
_LOOSE_LABELS = frozenset({"Person", "Miscellaneous"})
"""A tagger's reading a listed place word may override after a local body's noun
(«أمانة الاحساء» read as a person); another name's word is no body's place."""
_PLACE_LABELS = frozenset({"City", "Region", "Place"})
"""A local body's place: a city or a region, not a country («أكبر سجون لبنان»)."""
_MAX_FIELD_WORDS = 3
_NOT_FIELDS = frozenset(name_key(
    "اليوم الآن أمس الأمس الغد السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة الماضي الماضية "
    "الجاري الحالي الحالية المقبل المقبلة الجديد الجديدة السابق السابقة المعنية المختصة "
    "ذاتها نفسها"))
"""Words after «وزارة الصحة» that are no part of its name: days, «الماضي», «المعنية»."""


def _named_bodies(doc: Document, words: WordView,
                  gazetteer: GazetteerIndex) -> list[tuple[int, int, BodyReading]]:
    """Bodies named by what they do or where they serve, with no country's adjective:
    «وزارة الصحة», «وزارة الشؤون الإسلامية» (a ministry and its definite field words, up
    to the first coordinated one or time word), «أمانة منطقة الرياض», «شرطة منطقة
    القصيم», «سجون القصيم» (a local body's noun and its place). Not right after a title
    («وكيل وزارة الصحة»: the title's phrase stays whole), not a generic ministry (the
    gazetteer's «وزارة الخارجية»), not when a nationality adjective follows (the body of
    that country, read above)."""
    texts = words.texts
    adjectives = nationality_adjectives(gazetteer)
    place_at: dict[int, int] = {}
    for mention in doc.mentions:
        if mention.label in _PLACE_LABELS:
            place_at[mention.start] = max(mention.end, place_at.get(mention.start, 0))
    taken = frozenset(mention.start for mention in doc.mentions
                      if mention.label not in _LOOSE_LABELS)
    found: list[tuple[int, int, BodyReading]] = []
    for index, word in enumerate(texts[:-1]):
        if not word.endswith(_HEAD_ENDINGS):
            continue  # no head noun here, whatever its clitics (the cheap test first)
        described = _described_government(texts, index)
        if described is not None and not _after_title(texts, index) and \
                words.one_line(index, described[0]):
            end_word, skipped = described
            start = words.view.origin[words.view_starts[index] + skipped]
            found.append((start, words.ends[end_word],
                          BodyReading(_LOCAL_BODY, "", skipped, end_word - index + 1)))
            continue
        forms = [(form, skipped) for form, skipped in first_word_forms(word)
                 if form == _FIELD_MINISTRY.words[0] or form in LOCAL_BODY_HEADS
                 or form in _FIELD_BODIES or form == _UNIVERSITY.words[0]]
        if not forms or _after_title(texts, index):
            continue
        form, skipped = forms[0]
        if form == _FIELD_MINISTRY.words[0]:
            last = _field_end(texts, index + 1, adjectives)
            head = _FIELD_MINISTRY
        elif form in _FIELD_BODIES:
            if (index + 1 < len(texts) and texts[index + 1] in _NOT_BODY_FIELDS) or \
                    (index > 0 and texts[index - 1] in _SHAPE_CUES):
                continue
            last = _field_end(texts, index + 1, adjectives, coordinated=True)
            if last is None and index + 2 < len(texts) and construct_noun(texts[index + 1]):
                last = _field_end(texts, index + 2, adjectives, coordinated=True)
            head = _FIELD_BODIES[form]
        else:
            last = _place_end(words, index + 1, place_at, taken)
            head = _UNIVERSITY if form == _UNIVERSITY.words[0] else _LOCAL_BODY
        if last is None or not words.one_line(index, last):
            continue
        start = words.view.origin[words.view_starts[index] + skipped]
        found.append((start, words.ends[last], BodyReading(head, "", skipped, last - index + 1)))
    return found


_DESCRIBED_GOVERNMENTS = (
    name_key("الحكومة الشرعية"), name_key("حكومة الشرعية"),
    name_key("الحكومة المعترف بها دوليا"), name_key("الحكومة المعترف بها"))
"""A government named by its standing, not its country: Yemen's «الحكومة الشرعية», Libya's
«الحكومة المعترف بها دوليا» (the longer phrase first)."""
_HEAD_ENDINGS = tuple(sorted(
    {_FIELD_MINISTRY.words[0], *LOCAL_BODY_HEADS, *_FIELD_BODIES, _UNIVERSITY.words[0]}
    | {phrase[0].removeprefix("ال") for phrase in _DESCRIBED_GOVERNMENTS}))
"""How a word that holds one of those heads ends: each form of a word's first name word
(:func:`first_word_forms`) is a suffix of it, or the article and a suffix."""


_COMPANY = BodyHead(name_key("شركة"), "Organization", "Company", "", "mf")
_MAX_COMPANY_FIELD = 2


def _companies(words: WordView,
               gazetteer: GazetteerIndex) -> list[tuple[int, int, BodyReading]]:
    """A company named by its field and its country: «شركة الاتصالات السعودية», «شركة
    الخطوط الجوية الكويتية»; and, in a document that names it so, by its field alone
    («فنفت شركة الاتصالات مسؤوليتها»). «شركة» and a field with no country is too often a
    description before the company's own name («شركة الأبحاث غارتنر», «شركة الإنتاج»), so
    the bare field alone makes no company. Not right after a title («رئيس شركة ...»)."""
    texts = words.texts
    adjectives = nationality_adjectives(gazetteer)
    heads: list[tuple[int, int, tuple[str, ...], int | None]] = []
    for index, word in enumerate(texts[:-1]):
        if not word.endswith(_COMPANY.words[0]) or _after_title(texts, index):
            continue
        forms = [skipped for form, skipped in first_word_forms(word) if form == _COMPANY.words[0]]
        if not forms:
            continue
        position = index + 1
        while position < len(texts) and position - index <= _MAX_COMPANY_FIELD and \
                texts[position] not in adjectives and _company_field(texts[position]):
            position += 1
        if position == index + 1 or not words.one_line(index, position - 1):
            continue
        of_country = position < len(texts) and texts[position] in adjectives and \
            words.one_line(position - 1, position)
        heads.append((index, forms[0], tuple(texts[index + 1:position]),
                      position if of_country else None))
    named = {field for _, _, field, country in heads if country is not None}
    found: list[tuple[int, int, BodyReading]] = []
    for index, skipped, field, country in heads:
        if country is None and field not in named:
            continue
        last = country if country is not None else index + len(field)
        start = words.view.origin[words.view_starts[index] + skipped]
        found.append((start, words.ends[last], BodyReading(_COMPANY, "", skipped,
                                                           last - index + 1)))
    return found


def _company_field(word: str) -> bool:
    """A definite word of a company's field: «الاتصالات», «الخطوط الجوية»."""
    return word.startswith("ال") and len(word) >= 5 and word not in _NOT_FIELDS and \
        word not in FUNCTION_WORDS and not _titled(word)


def _described_government(texts: tuple[str, ...], index: int) -> tuple[int, int] | None:
    """(last word, proclitic characters skipped) of a government named by its standing
    that opens at word ``index`` («وللحكومة الشرعية»), or None."""
    for phrase in _DESCRIBED_GOVERNMENTS:
        if tuple(texts[index + 1:index + len(phrase)]) != phrase[1:]:
            continue
        for form, skipped in first_word_forms(texts[index]):
            if form == phrase[0]:
                return index + len(phrase) - 1, skipped
    return None


def _field_end(texts: tuple[str, ...], index: int,
               adjectives: Mapping[str, object], coordinated: bool = False) -> int | None:
    """The last word of a ministry's field that opens at ``index``: a definite word with no
    other proclitic, not a generic ministry's, and the nisba adjectives after it («الشؤون
    الإسلامية», «التعليم العالي») and a field joined by «و» («والأوقاف», «والإعلام»:
    :mod:`kg.ner.conjoined_fields`) or a nisba joined to a nisba («البلدية والقروية»); no
    nationality adjective nor «التابعة» after them. With
    ``coordinated``, a definite word after «و» right after the first one is of the field
    too («هيئة الري والصرف», «جمعية الثقافة والفنون»). A ministry's first field word may
    be a short one («وزارة الحج»); the words after it may not. A society's people may take
    their participle («جمعية الأطفال المعوقين», :mod:`kg.ner.described_people`)."""
    last = None
    position = index
    while position < len(texts) and position - index < _MAX_FIELD_WORDS:
        word = texts[position]
        if coordinated and position == index + 1 and word.startswith("وال") and \
                len(word) >= 6 and word[1:] not in _NOT_FIELDS and not _titled(word):
            last = position
            position += 1
            continue
        if not coordinated and position > index and conjoined_field(word):
            last = position  # «وزارة الثقافة والإعلام», «الشؤون الإسلامية والأوقاف»
            position += 1
            continue
        if not coordinated and last is not None and last > index and last == position - 1 \
                and conjoined_nisba(texts[last], word) and word[1:] not in adjectives:
            last = position  # «وزارة الشؤون البلدية والقروية»
            position += 1
            continue
        if coordinated and position == index + 1 and described_people(texts[index], word):
            last = position  # «جمعية الأطفال المعوقين»
            position += 1
            continue
        if coordinated and position > index and word in _PUBLIC:
            last = position
            break
        if word in adjectives:
            return None  # «وزارة الصحة السعودية»: that country's ministry
        if not word.startswith("ال") or len(word) < (4 if coordinated or position == index
                                                    else 5) or \
                word in _NOT_FIELDS or _titled(word) or word in FUNCTION_WORDS:
            break
        if position == index and word in _GENERIC_FIELDS:
            return None
        if position > index and not word.endswith(("يه", "ي")):
            break  # after the field, only a nisba adjective («الشؤون الإسلامية»), not
            # the verb's object («ودعت وزارة العدل الراغبين») nor «التابعة»
        last = position
        position += 1
    if last is not None and last + 1 < len(texts) and (
            texts[last + 1] in adjectives or texts[last + 1] in _AFFILIATIONS):
        return None  # «وزارة الصحة التابعة للحكومة اليمنية»: the relation stage names it whole
    return last


_AFFILIATIONS = frozenset(name_key("التابعة التابع"))
_PUBLIC = frozenset(name_key("العام العامة"))
"""«هيئة التحقيق والادعاء العام»: «العام» ends a society's or an authority's name."""


_GENERIC_FIELDS = frozenset(name_key("الخارجية الداخلية الدفاع"))
_HONORIFIC_WORDS = frozenset(name_key("الدكتور الدكتورة المهندس الأستاذ الشيخ المساعد عام"))


def _after_title(texts: tuple[str, ...], index: int) -> bool:
    """A title right before word ``index``, or before the one indefinite noun before it
    («قائد جيش الحكومة المعترف بها», «الناطق باسم شرطة جدة»): the title's phrase stays
    whole for the relation stage."""
    return (index > 0 and _titled(texts[index - 1])) or (
        index > 1 and _titled(texts[index - 2]) and not texts[index - 1].startswith("ال"))


def _titled(word: str) -> bool:
    """A title or an honorific, with a conjunction or not («ووكيل», «الدكتور»,
    «المساعد» of «وكيل الوزارة المساعد», «عام» of «مدير عام»)."""
    bare = word.removeprefix("و").removeprefix("ف") if len(word) > 3 else word
    return word in _TITLE_WORDS or bare in _TITLE_WORDS or word in _HONORIFIC_WORDS


def _place_end(words: WordView, index: int, place_at: dict[int, int],
               taken: frozenset[int] = frozenset()) -> int | None:
    """The last word of the place a local body's noun is followed by: a place mention
    right after it, or after «منطقة», «محافظة» or «مدينة» (the place's own mention may
    open with that word: «منطقة القصيم»); the longest such mention (place_at: the end
    of the longest place mention at each start)."""
    texts = words.texts
    if index >= len(texts):
        return None
    end = place_at.get(words.starts[index], 0)
    divided = texts[index] in _DIVISIONS and index + 1 < len(texts)
    if divided:
        end = max(end, place_at.get(words.starts[index + 1], 0))
        if not end and named_place(texts, index + 1) is None and _place_word(texts[index + 1]):
            # «بلدية محافظة الدوادمي», «شرطة محافظة حفر الباطن»: a place the taggers
            # did not know
            return construct_town(texts, index + 1, _NOT_FIELDS)
    if not end:
        # «شرطة ينبع», «أمانة الاحساء», «شرطة الشرقية»: a listed place no tagger found
        # (not a word another name holds: «أكبر سجون لبنان», a country)
        first = index + 1 if divided else index
        return None if first >= len(texts) or words.starts[first] in taken else \
            named_place(texts, first)
    last = index
    while last + 1 < len(texts) and words.starts[last + 1] < end:
        last += 1
    return last


def _place_word(word: str) -> bool:
    """A word that can name a place after «منطقة» or «محافظة»: letters only, with no
    proclitic but the article, not a function word or a title."""
    normal, proclitics, _ = split_word(word)
    return normal.isalpha() and len(normal) >= 3 and proclitics in ("", "ال") and \
        normal not in FUNCTION_WORDS and not _titled(normal)


def _stands(words: WordView, index: int, reading: BodyReading) -> bool:
    """The phrase is one line of words separated by spaces, no title before its head and
    no distinguishing word after its adjective."""
    last = index + reading.length - 1
    view = words.view.text
    for position in range(index, last):
        gap = view[words.view_ends[position]:words.view_starts[position + 1]]
        if not gap.isspace() or "\n" in gap:
            return False
    texts = words.texts
    if index > 0 and (texts[index - 1] in _TITLE_WORDS or texts[index - 1] in _KIND_WORDS):
        gap = view[words.view_ends[index - 1]:words.view_starts[index]]
        if gap.isspace() and reading.skipped == 0:
            return False
    if index > 0 and _definite(texts[index - 1]) and texts[index].startswith("ال"):
        gap = view[words.view_ends[index - 1]:words.view_starts[index]]
        if gap.isspace():
            return False  # «السياسة الخارجية السعودية», «القوة البحرية»: an adjective
    if last + 1 < len(texts) and texts[last + 1] in _DISTINGUISHING:
        gap = view[words.view_ends[last]:words.view_starts[last + 1]]
        if gap.isspace():
            return False
    return True


def _definite(word: str) -> bool:
    """«السياسة», «والشؤون»: a definite word with no preposition before it."""
    return word.removeprefix("و").removeprefix("ف").startswith("ال") and len(word) > 4


def _free(mentions: list[Mention], start: int, end: int, gazetteer: GazetteerIndex) -> bool:
    """No mention overlaps the phrase without lying inside it, and no gazetteer name
    inside it is more than a country or a generic body (a curated body is its own)."""
    for mention in mentions:
        if mention.end <= start or end <= mention.start:
            continue
        if not (start <= mention.start and mention.end <= end):
            return False
        if mention.extractor == EXTRACTOR and mention.label != "Country":
            refs = gazetteer.lookup(mention.text)
            if not refs or not all(gazetteer.entry(r.key).generic for r in refs
                                   if r.key in gazetteer.entries):
                return False
        if mention.extractor not in (EXTRACTOR, ADJECTIVE_EXTRACTOR) and \
                (mention.start, mention.end) != (start, end) and mention.label not in \
                ("Country", "GovernmentBody", "Organization", "Miscellaneous"):
            return False
    return True


@register_stage("ner.bodies")
class BodiesNERStage(Stage):
    """Adds the mentions of state bodies named by a head noun and a nationality
    adjective (see the module docstring); runs after the name taggers."""

    requires = frozenset({"sentences", "words", "mentions"})
    provides = frozenset({"mentions"})

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    def __call__(self, doc: Document) -> Document:
        return body_mentions(common_readings(doc, self.gazetteer), self.gazetteer)
