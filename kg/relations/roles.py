"""Roles: «وزير الخارجية مايك بومبيو», «جيمس جيفري، مبعوث الولايات المتحدة الى سوريا».

A title phrase (a head such as وزير، مبعوث، الأمين العام, then its
complements) directly before or after a Person mention gives
``holdsPosition`` Person → Position and ``positionOf`` Position →
Organization/Country, the organisation being the first organisation or
country named inside the phrase or a nisba adjective («اليمني»). A title
with neither takes the country of the same person's other title, of the
title listed just before it, or the country most of the document's titles
belong to. Heads of state and organisations (رئيس، الأمين العام، زعيم ...)
also give ``leads``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, NamedTuple

from kg.gazetteer.extractors import is_adjective_mention
from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.relations.appointments import Appointed, appointed
from kg.relations.apposed_holders import APPOSITION_MARKS
from kg.relations.assistant_titles import assistant_opens
from kg.relations.bodies_elsewhere import body_named_elsewhere
from kg.relations.body_heads import CONFIDENCE as BODY_CONFIDENCE
from kg.relations.body_heads import headed_body
from kg.relations.conjunct_titles import (
    conjoined_definite,
    opens_after_conjunct,
    split_after_conjunct,
)
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS
from kg.relations.directors import DIRECTOR_CONFIDENCE, directs
from kg.relations.findings import DocState, Findings, RoleFact
from kg.relations.former_titles import former_name
from kg.relations.index import (
    ORGANIZATION_LABELS,
    TERRITORY_LABELS,
    TITLE_WORD,
    Arg,
    DocIndex,
    Word,
)
from kg.relations.kind_nouns import kind_noun_of_body
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FORMER,
    HONORIFICS,
    LEADER_HEADS,
    NISBA,
    TITLE_HEADS,
    find_event,
    find_reporting,
    find_stance,
)
from kg.relations.office_fields import field_of_body, field_of_office
from kg.relations.quoted_holders import quoted_name_opening
from kg.relations.received_titles import takes_person_object
from kg.relations.royal_styles import (
    governed_head,
    prepositional_honorific,
    prince_by_nationality,
)
from kg.relations.rules import Rule
from kg.relations.timex import article_date
from kg.relations.title_complement import complement_after, same_office
from kg.relations.title_ends import (
    DEPUTY_WORDS,
    board_of_body,
    body_name_end,
    conjunct_after_body,
    dangling_kind,
    dangling_on,
    dashed_title,
    free_preposition,
    pronoun_title,
    purpose_verb,
    region_before_body,
    title_stops_at,
)
from kg.relations.title_quotes import balanced_end, crosses_quoted_name
from kg.relations.titles import (
    bare_head,
    complement,
    compound_end,
    compound_prefix,
    descriptive,
    head_at,
    opens_apposed,
    split_apposed,
)
from kg.text.normalize import normalize_key

_STOP_WORDS = frozenset({"الذي", "التي", "الذين", "حيث", "بعد", "قبل", "امس", "اليوم", "خلال",
                         "حينما", "عندما", "خلفا", "تصريحات", "تصريح"})
# Honorifics that begin the next person's name in a list: «وزير الخارجية الأستاذ ...».
_NAME_HONORIFICS = frozenset({"استاذ", "الاستاذ", "معالي", "صاحب", "سمو", "السمو", "فضيله",
                              "سعاده", "المهندس", "مهندس"})
# Military and police ranks open the name, not the office: «مدير شرطة ثادق المقدم X» is
# «مدير شرطة ثادق» held by «المقدم X» (definite forms only: «مقدم البرنامج» is a title).
_RANKS = frozenset({"المقدم", "النقيب", "الرائد", "الملازم", "العقيد", "العميد", "اللواء",
                    "الفريق", "العماد", "المشير"})
# Honorifics that are offices: «السفير روبرت غوديك» is the ambassador, «وقال السفير» him.
_OFFICE_HONORIFICS = frozenset({"السفير", "السفيره"})
_NAME_OPENERS = _NAME_HONORIFICS | _RANKS
_LOOSE_PREPOSITIONS = frozenset({"في", "عن", "من", "الي", "علي"})
_FALLBACK_HEADS = frozenset({"وزير", "وزيره", "سفير", "سفيره", "مبعوث", "مبعوثه", "مندوب"})
_ROYAL_STYLE = frozenset({"صاحب", "سمو", "السمو"})
_TRAILING = frozenset({"في", "لدي", "الي", "من", "باسم", "ل", "عن", "جديدا", "جديد", "اول"})
_FORMER_WORDS = frozenset({"اسبق", "الاسبق", "سابق", "سابقا", "السابقه"})
_BODY_NOUNS = frozenset({"هيئه", "ديوان", "استخبارات", "حزب", "شركه", "جامعه", "صحيفه", "وكاله",
                         "جمعيه", "اتحاد", "نادي", "بنك", "مؤسسه", "منظمه", "محكمه", "مجلس",
                         "جهاز", "مصرف", "غرفه", "حركه", "جبهه", "رابطه", "نقابه", "معهد",
                         "مركز", "لجنه", "مكتب", "وزاره", "قوات", "امانه", "اداره"})
_STYLE_HEADS = frozenset({"امير", "اميره"})
# Heads that alone name a profession: «الممثل» is an actor, «ممثل الأمم المتحدة» an envoy.
_PROFESSION_HEADS = frozenset({"ممثل"})
_LATE = frozenset({"الراحل", "الراحله", "راحل"})
_NATIONALITY_HEADS = frozenset({"مدرب", "لاعب"})
_PATRONYMIC = frozenset({"بن", "بنت", "ابن", "ال"})
_ACTING = frozenset({"بالنيابه", "بالانابه", "المكلف"})
_BEFORE_BODY = frozenset({"باسم", "التنفيذي", "العام"})
# «رئيس مجلس الوزراء», «رئيس مجلس الإدارة»: an office, not a body the title names.
_NOT_A_BODY = frozenset({"الوزراء", "وزراء", "اداره", "الاداره", "الامناء", "امناء", "المكلف",
                         "الدوري", "التنفيذي", "العام"}) | _ACTING
_TERRITORIAL_HEADS = frozenset({"امير", "حاكم", "محافظ", "محافظا", "والي"})
_DEPUTY_WORDS = frozenset({"نائب", "مساعد", "وكيل", "نائبه", "مساعده"})
# Heads whose holder leads the organisation or country of the position; «أمين» and «مدير»
# only as «الأمين العام», «المدير العام», «المدير التنفيذي».
_LEADER_HEADS = frozenset({"رئيس", "رئيسه", "زعيم", "زعيمه", "ملك", "ملكه", "امير", "حاكم",
                           "مرشد", "عاهل"})
# «أمين عام الجامعة», «مدير عام الشركة»: the indefinite «عام» in construct is the same
# office as «الأمين العام للجامعة», «المدير العام للشركة».
_QUALIFIED_LEADER_HEADS = {"امين": frozenset({"العام", "عام"}),
                           "مدير": frozenset({"العام", "التنفيذي", "عام"}),
                           "مديره": frozenset({"العام", "التنفيذي", "عام"})}
# Words between a leading head and its organisation that keep the head the organisation's
# head: «رئيس مجلس إدارة الشركة», «رئيس الوزراء البريطاني», «الرئيس التنفيذي لشركة».
_LEADING_COMPLEMENTS = frozenset({"مجلس", "اداره", "الاداره", "الوزراء", "وزراء", "الحكومه",
                                  "حكومه", "الجمهوريه", "الدوله", "التنفيذي", "العام", "الامناء",
                                  "الاعلي", "الاعلى", "امناء", "للجمهوريه", "الانتقالي", "جمهوريه",
                                  "دوله", "مملكه", "اماره", "سلطنه"})


@dataclass
class _Title:
    person: Mention
    words: list[Word]
    sentence: Sentence
    org: Arg | None
    name_start: int
    name_end: int
    head: str
    former: bool
    shown: str | None = None
    """The title's name when it is not the text of its span (an accusative title given by
    appointment, «وليّاً للعهد» → «ولي العهد»)."""


def is_title_head(word: Word) -> bool:
    return word.has(TITLE_HEADS)


def _is_trigger(word: Word) -> bool:
    return (find_reporting(word.norm) is not None or find_stance(word.norm) is not None
            or find_event(word.norm) is not None or word.norm in COMPLEMENTIZERS)


def _stops_title(context: Extraction, word: Word, preposed: bool) -> bool:
    """A verb or noun that ends a title phrase; not a word of a name («مجلس التعاون»),
    nor, before a name, an adjective or noun of stance («الموالية للشرعية»)."""
    if not _is_trigger(word) or _inside_mention(context, word) or \
            field_of_office(context.words, word.index) or \
            field_of_body(context.words, word.index, _BODY_NOUNS):
        return False  # «رئيس تحرير»: the field of the office, not an event
    stance = find_stance(word.norm)
    return not (preposed and stance is not None and stance.value.noun and
                find_reporting(word.norm) is None and find_event(word.norm) is None)


def _stop_word(word: Word) -> bool:
    """A relative pronoun or time word that ends a title, also after «و»: «رئيس للنادي
    للأربع سنوات القادمة والتي سينصب بها X» gives X no title."""
    norm = word.norm
    return norm in _STOP_WORDS or (norm.startswith("و") and norm[1:] in _STOP_WORDS)


def _as_title(word: Word) -> bool:
    """A head glued to «ك» («as»): «الرئيس الحالي كرئيس قادم» ends the title at «الحالي»."""
    return word.norm.startswith(("ك", "وك")) and any(
        prefix.lstrip("و") == "ك" and rest in TITLE_HEADS for prefix, rest in word.readings())


def _inside_mention(context: Extraction, word: Word) -> bool:
    """Whether ``word`` lies inside the name of a body or place («التعاون» of «مجلس
    التعاون لدول الخليج العربية»): a trigger there ends no title."""
    covering = context.covering_mention(word.start)
    if covering is not None and covering.label != "Person" and word.end <= covering.end:
        return True
    return any(m.start <= word.start and word.end <= m.end and m.label != "Person"
               for m in context.mentions_between(max(0, word.start - 80), word.end))


def _org_in(context: Extraction, words: list[Word], nationality: bool = False) -> Arg | None:
    """The first organisation or country named in the title; with ``nationality``, not a
    nationality adjective («المدرب السويسري»)."""
    if not words:
        return None
    for mention in context.mentions_between(words[0].start, words[-1].end):
        if mention.label in ORGANIZATION_LABELS and mention.entity_id and not (
                nationality and _adjective(context, mention)):
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _adjective(context: Extraction, mention: Mention) -> bool:
    word = context.word_at(mention.start)
    key = word.norm if word is not None else normalize_key(mention.text)
    return is_adjective_mention(mention) or (
        mention.label == "Country" and key.startswith("ال") and key.endswith(("ي", "يه")))


def _nisba_in(context: Extraction, words: list[Word]) -> Arg | None:
    """«وزير الخارجية اليمني»: the country of a nationality adjective in the title."""
    for word in words:
        country = context.country_for_nisba(word) if word.bare() in NISBA or any(
            rest in NISBA for _, rest in word.readings()) else None
        if country:
            return Arg(country, word.start, word.end)
    return None


def _territory(context: Extraction, words: list[Word], head_word: Word, head: str) -> Arg | None:
    """The city or region a governor or emir heads: «حاكم دبي», «أمير منطقة القصيم»,
    «محافظ عدن» (the place at most two words after the head)."""
    if head not in _TERRITORIAL_HEADS:
        return None
    window = [w for w in words if w.start > head_word.start][:2]
    if not window:
        return None
    for mention in context.mentions_between(window[0].start, window[-1].end):
        if mention.label in TERRITORY_LABELS and mention.entity_id:
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _named_body(context: Extraction, words: list[Word], group: list[Word],
                head_word: Word) -> Arg | None:
    """An organisation the NER missed, named by the title itself: «رئيس هيئة الإذاعة
    والتلفزيون», «رئيس الديوان الملكي», «الناطق باسم حركة ...»: a body noun right after
    the head (or after «باسم», «التنفيذي», «العام») and at least one more word, to the
    end of the title."""
    rest = [w for w in group if w.start > head_word.start]
    if rest and rest[0].norm in _BEFORE_BODY:
        rest = rest[1:]
    if board_of_body(rest, _BODY_NOUNS):
        rest = rest[2:]  # «رئيس مجلس إدارة شركة المراعي»: the board's body is the company
    if len(rest) < 2 or not (rest[0].has(_BODY_NOUNS) or _lam_body(rest[0])) or \
            rest[1].bare() in _NOT_A_BODY:
        return None
    places = {i for i, w in enumerate(rest) if _ends_place(context, w)}
    rest = rest[:body_name_end(rest, head_word.has(DEPUTY_WORDS), places)]
    offset = words[0].index
    while rest and (rest[-1].norm in _TRAILING or rest[-1].bare() in FORMER or
                    rest[-1].norm in _FORMER_WORDS or rest[-1].norm in _NOT_A_BODY or
                    _is_name_honorific(words, rest[-1].index - offset)):
        rest.pop()
    if len(rest) < 2 or dangling_kind(rest[-1], _BODY_NOUNS):
        return None
    prefix = _body_prefix(rest[0])
    start = rest[0].start + len(prefix)
    name = context.doc.text[start:rest[-1].end]
    if prefix.endswith("لل"):
        name = "ال" + name  # «للهيئة الملكية»: the article's alef is elided after ل
    return Arg(context.add_entity("Organization", name), start, rest[-1].end)


def _ends_place(context: Extraction, word: Word) -> bool:
    mention = context.covering_mention(word.start)
    return mention is not None and mention.end <= word.end and \
        mention.label in TERRITORY_LABELS


def _body_prefix(word: Word) -> str:
    """«ل» of «لهيئة», «لل» of «للهيئة»: the glued preposition before a body noun; «ل» of
    «للجنة» (the noun «لجنة» itself opens with «ل»)."""
    for prefix, rest in word.readings():
        if rest in _BODY_NOUNS:
            return prefix.removesuffix("ال")
    return "ل" if _lam_body(word) else ""


def _lam_body(word: Word) -> bool:
    """«للجنة»: «ل» glued to a body noun that opens with «ل» («لجنة»), which the clitic
    readings split as «لل» + «جنة»."""
    return word.norm.startswith("لل") and word.norm[1:] in _BODY_NOUNS


def _has_place(context: Extraction, words: list[Word]) -> bool:
    return bool(words) and any(
        m.label in {"City", "Region", "Place"}
        for m in context.mentions_between(words[0].start, words[-1].end)
    )


def _name_span(context: Extraction, words: list[Word], org: Arg | None) -> tuple[int, int]:
    """The title's own words: from the head up to the organisation, without nisba or particles."""
    kept: list[Word] = []
    for word in words:
        if org is not None and word.end > org.start:
            break
        if word.bare() in NISBA or word.norm in HONORIFICS or word.bare() in FORMER or \
                (kept and word.norm == "في") or title_stops_at(context, kept, word):
            break
        kept.append(word)
    while len(kept) > 1 and (kept[-1].norm in _TRAILING or kept[-1].bare() in _TRAILING
                             or dangling_on(context.doc.text, kept[-1])  # «المشرف العام على»
                             or (org is not None and region_before_body(
                                 context.doc.text, kept[-1], org.start))  # «أمير منطقة الرياض»
                             or dangling_kind(kept[-1], _BODY_NOUNS)
                             or (org is not None and _genitive_link(kept[-1], org))
                             or (org is not None and kind_noun_of_body(kept[-1], org.start))):
        kept.pop()
    if not kept:
        kept = words[:1]
    # «لخادم الحرمين الشريفين», «وولي العهد»: a compound title's clitics are no part of it
    start = kept[0].start + len(_head_prefix(kept[0]) or
                                 (compound_prefix(kept, 0) or "").removesuffix("ال"))
    end = kept[-1].end
    if len(kept) == 1:
        end -= _case_ending(context, kept[0])
    return start, balanced_end(context.doc.text, start, end)


def _genitive_link(word: Word, org: Arg) -> bool:
    """«لشركة» in «الرئيس التنفيذي لشركة أرامكو»: the word that leads to the organisation."""
    return word.norm.startswith("ل") and word.end <= org.start and \
        not word.has(TITLE_HEADS)


def _head_prefix(word: Word) -> str:
    """The clitics glued before a title head: «و» of «والرئيس», «لل» of «للرئيس»."""
    if word.norm[0] not in "وبلف":
        return ""
    for prefix, rest in word.readings()[1:]:
        if rest in TITLE_HEADS or rest.removeprefix("ال") in TITLE_HEADS:
            return prefix.removesuffix("ال") if rest in TITLE_HEADS else prefix
    return ""


def _case_ending(context: Extraction, word: Word) -> int:
    """Characters of an accusative ending to drop from a one-word title: «وكيلاً» → «وكيل»."""
    stem = word.norm[:-1]
    if not word.norm.endswith("ا") or not (stem in TITLE_HEADS or stem[1:] in TITLE_HEADS):
        return 0
    text = context.doc.text[word.start:word.end]
    trimmed = text.rstrip("\u064b\u064e\u0652")
    return len(text) - len(trimmed) + 1


def _groups(context: Extraction, run: list[Word]) -> list[list[Word]]:
    """The titles of a run: coordinated («... ورئيس مجلس الوزراء») or in apposition."""
    return split_after_conjunct([part for group in _split_coordinated(run)
                                 for part in split_apposed(context, group)])


def _split_coordinated(words: list[Word]) -> list[list[Word]]:
    """«نائب رئيس الدولة ورئيس مجلس الوزراء وحاكم دبي» → three titles."""
    groups: list[list[Word]] = [[]]
    for index, word in enumerate(words):
        if groups[-1] and word.norm.startswith("و") and head_at(words, index) and \
                not bare_head(words, index):
            groups.append([])
        groups[-1].append(word)
    return [g for g in groups if g]


def _ends_at(context: Extraction, words: list[Word], group: list[Word], org: Arg) -> bool:
    """Whether a preposed title ends with its organisation (honorifics may follow):
    «الرئيس اليمني قرارين يقضيان بتعيين X» is no title of X."""
    offset = words[0].index
    tail = [w for w in group if w.start >= org.end and not (
        _is_name_honorific(words, w.index - offset) or w.bare() in FORMER or
        w.norm in FORMER | _FORMER_WORDS | _ACTING)]
    return descriptive(context, tail)


def _is_name_honorific(words: list[Word], index: int) -> bool:
    """«الشيخ», «معالي», «صاحب السمو الملكي»: words that open a person's name, not a title."""
    word = words[index]
    if word.norm in _OFFICE_HONORIFICS:
        return False
    if word.norm in HONORIFICS or word.has(_NAME_OPENERS):
        return True
    return word.norm == "الملكي" and index > 0 and words[index - 1].norm in _ROYAL_STYLE


def _loose_preposition(context: Extraction, words: list[Word], index: int) -> bool:
    """«في» that does not introduce a name: «رئيس الهيئة في تصريحات» ends the title there;
    «عن», «من», «إلى», «على» before neither a name nor a definite word: «كشف X الأمين
    العام للجنة عن خطة جديدة» ends it at «اللجنة»."""
    norm = words[index].norm
    if norm not in _LOOSE_PREPOSITIONS:
        return False
    if index + 1 >= len(words):
        return True
    following = words[index + 1]
    if context.mention_starting_in(following) is not None:
        return False
    return norm == "في" or not following.norm.startswith("ال")


_PREPOSED_REACH = 10
"""The most words a preposed title takes."""


def _head_in_reach(context: Extraction, words: list[Word], first: int) -> bool:
    """Whether one of the words a preposed title of ``words[first]`` may take can be its
    head: most names have none, and need no closer look (:func:`_before`)."""
    reach = words[max(0, first - _PREPOSED_REACH):max(0, first)]
    return bool(context.trigger_positions(reach, TITLE_WORD))


def _before(context: Extraction, words: list[Word], first: int, mark: str = "",
            last: int = -1) -> list[Word]:
    """The title words right before a person (preposed title), or none; with ``mark``,
    the punctuation that closes the name, across the same mark before it; with ``last``
    (the name's last word), across the opening mark of a name in quotation marks."""
    run: list[Word] = []
    index = first - 1
    quoted = quoted_name_opening(context, words, first, last,
                                 lambda i: _is_name_honorific(words, i)) if last >= 0 else -1
    while index >= 0 and len(run) < _PREPOSED_REACH:
        word = words[index]
        if mark and _opens_apposition(context, words, index, run, mark):
            mark = ""  # crossed once
        elif index + 1 == quoted:
            quoted = -1  # «المشرف العام على القناة "X"»: the mark opens the quoted name
        elif (context.boundary_between(word, words[index + 1]) and
              not crosses_quoted_name(context, words, index)) or _stop_word(word) or \
                _stops_title(context, word, preposed=True) or \
                (_is_name_honorific(words, index) and not _inside_mention(context, word) and any(
                    is_title_head(w) and w.norm not in HONORIFICS for w in run)):
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person" and not _title_mention(
                words, index, context.mention_words(mention)[1] - words[0].index):
            break
        if prepositional_honorific(word, _is_name_honorific(words, index)):
            break  # «ورحب أمير الكويت بالأمير X»: X is the object of «ب»
        run.insert(0, word)
        index -= 1
        if conjunct_after_body(context, words, index + 1, _BODY_NOUNS):
            break  # «رئيس الاتحاد الأوروبي والمرشح السابق X»: the office before «و» is not X's
    # «مدير مستشفى الملك فهد X»: «الملك» inside a tagged body's name is no head or honorific
    heads = [i for i in range(len(run)) if head_at(run, i) and not _inside_mention(context, run[i])]
    if not heads:
        return []
    run = _before_honorific(context, words, run, heads[0])
    heads = [i for i in heads if i < len(run)]
    if not heads:
        return []
    start = _chain_start(run, heads, heads[-1])
    while opens_apposed(context, run, start) or opens_after_conjunct(run, start):
        # «وزير الدولة عضو مجلس الوزراء رئيس الديوان الملكي خالد العيسى»: the titles
        # in apposition before the last one are the same person's.
        earlier = [i for i in heads if i < start]
        if not earlier or not all(complement(run, i) or conjoined_definite(run, i)
                                  for i in range(earlier[-1] + 1, start)):
            break
        opening = _chain_start(run, heads, earlier[-1])
        verb = run[opening - 1] if opening > 0 else (words[index] if index >= 0 else None)
        if verb is not None and takes_person_object(verb):
            break  # «استقبل وزير الثقافة رئيس الوزراء X»: the first title is the subject's
        start = opening
    return run[start:]


def _opens_apposition(context: Extraction, words: list[Word], index: int, run: list[Word],
                      mark: str) -> bool:
    """A name set off by commas or dashes after its title: «وزير الخارجية المالي، X،»,
    «مدير عام الشرطة – اللواء X –»: the same mark before the name (or its honorifics)
    as after it."""
    offset = words[0].index
    return all(_is_name_honorific(words, w.index - offset) for w in run) and \
        context.gap(words[index], words[index + 1]).strip() == mark


def _closing_mark(context: Extraction, words: list[Word], last: int) -> str:
    """The comma or dash right after a name, or ""."""
    if last + 1 >= len(words):
        return ""
    mark = context.gap(words[last], words[last + 1]).strip()
    return mark if mark in APPOSITION_MARKS else ""


def _before_honorific(context: Extraction, words: list[Word], run: list[Word],
                      head: int) -> list[Word]:
    """A preposed title ends at the first honorific or rank after its head: the rest
    opens the name. «رئيس هيئة الأركان العامة الفريق أول ركن X» is «رئيس هيئة الأركان
    العامة», «مساعد مدير شرطة ثادق المقدم X» is «مساعد مدير شرطة ثادق»."""
    offset = words[0].index
    for index in range(head + 1, len(run)):
        if run[index].norm == "الملك" and any(compound_end(run, j) == index - 1
                                               for j in range(head, index)):
            return run[:index + 1]  # «خادم الحرمين الشريفين الملك X»: two titles
        if _inside_mention(context, run[index]):
            continue  # «مستشفى الملك فهد»: a word of a tagged body's name
        if run[index].norm in _OFFICE_HONORIFICS or \
                _is_name_honorific(words, run[index].index - offset):
            return run[:index]
    while run and _is_name_honorific(words, run[-1].index - offset):
        run.pop()
    return run


def _chain_start(run: list[Word], heads: list[int], start: int) -> int:
    """«نائب رئيس»: back over the heads right before ``start`` (not a definite one: in
    «استقبل الرئيس سفير ...» the president is someone else)."""
    while start > 0 and start - 1 in heads and not run[start - 1].norm.startswith("ال"):
        start -= 1
    if assistant_opens(run, start - 1):
        start -= 1  # «مساعد مدير شرطة ثادق»: the assistant's title, not the director's
    return start


def title_after(context: Extraction, words: list[Word], last: int) -> list[Word]:
    """The words of the title right after the name that ends at ``words[last]``, or none."""
    return _after(context, words, last)


def _after(context: Extraction, words: list[Word], last: int) -> list[Word]:
    """The title words right after a person (apposition), or none."""
    while last + 2 < len(words) and words[last + 1].norm in _PATRONYMIC and \
            not context.boundary_between(words[last], words[last + 2]):
        last += 2  # «محمد بن سلمان» named «بن عبدالعزيز»: the rest of the name
    index = last + 1
    if index >= len(words):
        return []
    gap = context.gap(words[last], words[index]).strip()
    dash = dashed_title(context, words, index, gap)
    if (gap not in {"", "،", ","} and not dash) or \
            not (head_at(words, index) or assistant_opens(words, index)):
        return []
    if not bare_head(words, index) and words[index].norm.startswith("و"):
        return []  # «فيليب هاموند ووزير الخارجية الألماني ...»: the next person's title
    if governed_head(words[index]):
        return []  # «ونقل الأمير X لأمير دولة الكويت تحيات ...»: to someone else
    run: list[Word] = [words[index]]
    opened: list[int] = []  # where a coordinated or comma-separated title opens in the run
    index += 1
    while index < len(words) and len(run) < 12:
        word = words[index]
        if dash and index == dash:
            break  # «X -نائب رئيس الوزراء العراقي- إن»: the closing dash ends the title
        listed = opens_apposed(context, words, index) and \
            context.gap(words[index - 1], word).strip() in {"،", ","}
        quoted = quoted_body(context, words, index)
        if (context.boundary_between(words[index - 1], word) and not listed and not quoted and
                not crosses_quoted_name(context, words, index - 1)) or \
                _ends_after(context, words, index):
            break
        if quoted is not None:  # «رئيس لجنة التدقيق في "فيفا"»: the body ends the title
            run.extend(w for w in words[index:] if w.start < quoted.end)
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person" and \
                not _inside_mention(context, word):  # «مستشفى الملك فهد»: the body's name
            # «عادل الطريفي الوزير المرافق ورئيس الاستخبارات العامة خالد الحميدان»:
            # the last listed title is the next person's.
            # «أيمن، أمين عام المجلس، سكرتير المجلس محمد»: after a comma, the next one's.
            return run[:opened[-1]] if opened else ([] if gap else run)
        if listed or (word.norm.startswith("و") and head_at(words, index) and
                      not bare_head(words, index)):
            opened.append(len(run))
        run.append(word)
        index += 1
    return run


_QUOTES = frozenset("\"«“")
_OF_BODY = frozenset({"في", "ب", "ل", "لدي"})


def quoted_body(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """The organisation whose name opens with a quotation mark at ``words[index]``, right
    after the «في»/«لـ» of a title («رئيس لجنة التدقيق في "فيفا"», «القيادي في «حماس»»):
    the quoted name is the title's body, not the start of a new phrase."""
    gap = context.gap(words[index - 1], words[index]).strip()
    if not gap or any(mark not in _QUOTES for mark in gap) or \
            words[index - 1].norm not in _OF_BODY:
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label not in ORGANIZATION_LABELS or \
            mention.start < words[index].start:
        return None
    closing = context.doc.text[mention.end:mention.end + 2].strip()
    return mention if closing[:1] in {"\"", "»", "”"} else None


def closes_quoted_body(context: Extraction, words: list[Word], end: int) -> bool:
    """Whether only the closing mark of a quoted body (see :func:`quoted_body`) stands
    between ``words[end - 1]`` and ``words[end]``."""
    gap = context.gap(words[end - 1], words[end]).strip()
    if gap not in {"\"", "»", "”"}:
        return False
    mention = context.covering_mention(words[end - 1].start)
    if mention is None:
        return False
    first = context.word_at(mention.start)
    return first is not None and first.index > words[0].index and \
        quoted_body(context, words, first.index - words[0].index) is not None


def _ends_after(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` ends a title after a name: a verb, a relative pronoun,
    «كرئيس», an honorific opening the next name, a loose preposition, an object, a deed
    after «ب» («أشاد X رئيس البرلمان العربي بأداء ...»: what the verb before is about)."""
    word = words[index]
    return _stops_title(context, word, preposed=False) or _stop_word(word) or \
        _as_title(word) or (_is_name_honorific(words, index) and
                            not _royal_complement(context, words, index) and
                            not _inside_mention(context, word)) or \
        _loose_preposition(context, words, index) or \
        (_object_after(context, words, index) and not _inside_mention(context, word)) or \
        _deed_after_ba(word) or purpose_verb(context, word) or \
        free_preposition(context, words, index) or \
        conjunct_after_body(context, words, index, _BODY_NOUNS)


def _deed_after_ba(word: Word) -> bool:
    """«بأداء», «بجهود», «بالدور»: a deed noun glued to «ب» belongs to no title."""
    return any(prefix.lstrip("وف") in {"ب", "بال"} and rest.removeprefix("ال") in DEED_NOUNS
               for prefix, rest in word.readings())


def _royal_complement(context: Extraction, words: list[Word], index: int) -> bool:
    """«مستشار الملك سابقا»: «الملك» in construct with an indefinite head before it and
    no name after it is the title's complement, not the next name's honorific."""
    previous = words[index - 1]
    if words[index].norm != "الملك" or previous.norm.startswith("ال") or \
            not is_title_head(previous):
        return False
    return index + 1 >= len(words) or context.mention_starting_in(words[index + 1]) is None


def _object_after(context: Extraction, words: list[Word], index: int) -> bool:
    """«استقبل X وزير الداخلية وفدا»: an indefinite word after a definite one is no
    more the title's (a genitive chain ends at its definite word)."""
    word, previous = words[index], words[index - 1]
    if not previous.norm.startswith("ال") or word.norm.startswith(("ال", "ل", "ب", "وال")):
        return False
    return not (head_at(words, index) or word.norm in _TRAILING | _FORMER_WORDS | _ACTING
                or word.norm in {"في", "لدي", "الي", "علي"}
                or context.mention_starting_in(word) is not None)


def _titles(context: Extraction) -> list[_Title]:
    titles: list[_Title] = []
    for sentence in context.doc.sentences:
        persons = context.index.persons_between(sentence.start, sentence.end)
        words = context.sentence_words(sentence) if persons else None
        if not words:
            continue
        offset = words[0].index
        appointments = appointed(context, words, persons)
        # «عيّن الرئيس اليمني X نائباً»: the title after the verb is its subject's
        objects = {(a.person.start, a.person.end) for a in appointments if a.after_verb}
        for mention in persons:
            first, last = context.mention_words(mention)
            if _title_mention(words, first - offset, last - offset):
                continue
            before = [] if not _head_in_reach(context, words, first - offset) \
                or (mention.start, mention.end) in objects \
                or _complement_of_title(context, words, mention, first - offset) \
                else _before(context, words, first - offset,
                             _closing_mark(context, words, last - offset), last - offset)
            after = _after(context, words, last - offset)
            if after and sum(map(is_title_head, after)) == 1 and \
                    _received(context, words, first - offset, last - offset + 1 + len(after)):
                after = []  # «استقبل X وزير الخارجية الأمريكي Y»: Y's title, not X's
            runs = (before, after)
            found: list[_Title] = []
            found_before = 0
            for preposed, run in zip((True, False), runs, strict=True):
                for group in _groups(context, run):
                    title = _title(context, words, group, preposed)
                    if title is not None:
                        found.append(_Title(person=mention, sentence=sentence, **title))
                        found_before += preposed
            titles.extend(_one_country(context, found, found_before))
        titles.extend(_appointed_titles(appointments, sentence))
    return _drop_ranks(titles)


def _appointed_titles(appointments: list[Appointed], sentence: Sentence) -> list[_Title]:
    """The titles given by appointment in a sentence (:mod:`kg.relations.appointments`)."""
    titles: list[_Title] = []
    for found in appointments:
        if found.listed:
            continue
        org = Arg(found.org.entity_id, found.org.start, found.org.end) \
            if found.org is not None and found.org.entity_id else None
        titles.append(_Title(person=found.person, words=found.words, sentence=sentence,
                             org=org, name_start=found.words[0].start,
                             name_end=found.words[-1].end, head=found.head, former=False,
                             shown=found.name))
    return titles


_RECEIVING = frozenset({
    "استقبل", "استقبلت", "يستقبل", "تستقبل", "التقي", "التقت", "يلتقي", "تلتقي", "قابل",
    "قابلت", "يقابل", "ودع", "ودعت", "يودع", "هاتف", "هاتفت", "زار", "زارت", "يزور",
})
"""Verbs whose subject is followed by the person received, met or called."""
_RECEIVING_REACH = 6


def _one_country(context: Extraction, found: list[_Title], preposed: int) -> list[_Title]:
    """A person's titles round one mention, without a title after the name whose country
    is not the country of a title before it: «والتقى الأمير القطري X الرئيس الفرنسي» —
    the French president is the one met, not X (``preposed``: how many of ``found`` stand
    before the name)."""
    before = {t.org.node_id for t in found[:preposed]
              if t.org is not None and context.label(t.org.node_id) == "Country"}
    if not before:
        return found
    return found[:preposed] + [
        t for t in found[preposed:]
        if t.org is None or context.label(t.org.node_id) != "Country" or t.org.node_id in before]


def _received(context: Extraction, words: list[Word], first: int, end: int) -> bool:
    """Whether the person at ``words[first]`` is the subject of a verb of meeting right
    before it and a person's name follows the title after it at ``words[end]`` with no
    mark between: «استقبل الأمير X وزير الخارجية الأمريكي Y» makes the title Y's."""
    if end >= len(words) or first < 1:
        return False
    mention = context.mention_starting_in(words[end])
    if mention is None or mention.label != "Person" or \
            context.boundary_between(words[end - 1], words[end]):
        return False
    for index in range(first - 1, max(-1, first - 1 - _RECEIVING_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm.lstrip("وف") in _RECEIVING or takes_person_object(words[index]):
            return True  # «وشكر X رئيس مجلس الأمناء Y»: the thanked one's title too
    return False


def _drop_ranks(titles: list[_Title]) -> list[_Title]:
    """«السفير X» is X's office only when X has no other title in the article: a
    spokesman or an under-secretary is styled «السفير» by rank («وشدد المتحدث باسم
    الخارجية ... ولفت السفير X»)."""
    def rank_only(title: _Title) -> bool:
        return title.org is None and len(title.words) == 1 and \
            title.words[0].norm in _OFFICE_HONORIFICS
    titled = {t.person.entity_id for t in titles if not rank_only(t)}
    return [t for t in titles if not (rank_only(t) and t.person.entity_id in titled)]


def _title_mention(words: list[Word], first: int, last: int) -> bool:
    """A «person» over ``words[first:last + 1]`` that is a compound title, «خادم الحرمين
    الشريفين», «ولي العهد»: the title of the name after it, not a holder («خادم الحرمين
    الشريفين الملك سلمان»)."""
    return 0 <= first < len(words) and compound_end(words, first) == last


def _complement_of_title(context: Extraction, words: list[Word], mention: Mention,
                         first: int) -> bool:
    """Whether a person is the complement of the title before it, not its holder: after
    a preposition («المبعوث الخاص لخادم الحرمين الشريفين») or «باسم», or in construct
    with an indefinite title head («سفير خادم الحرمين», «مستشار ترامب»)."""
    prefix = context.attached_prefix(mention).lstrip("وف")
    if prefix in {"ل", "لل"} or (not prefix and context.is_prepositional(mention)):
        return True  # a glued «ك» or «ب» may be a name's first letter the NER cut off
    if first < 1:
        return False
    before = words[first - 1]
    return before.norm == "باسم" or any(
        rest in TITLE_HEADS and not prefix.endswith(("ال", "لل"))
        for prefix, rest in before.readings()
    )


def _title(context: Extraction, words: list[Word], group: list[Word],
           preposed: bool) -> dict[str, Any] | None:
    """The fields of one title phrase (its organisation, name span, head), or None."""
    head_word = next((w for i, w in enumerate(group) if head_at(group, i)), group[0])
    head = next((rest for _, rest in head_word.readings() if rest in TITLE_HEADS),
                head_word.bare())
    # «رئيس لجنة الاحتراف في الاتحاد السعودي»: the body before «في» first; «رئيس حزب
    # القوات اللبنانية»: a body the title names before its nisba; «المدرب السويسري»: a
    # coach's nisba is his nationality, not his employer.
    core = _before_in(group, head_word)
    nationality = head in _NATIONALITY_HEADS
    org = _org_in(context, core, nationality)
    if org is not None and _nisba_of_body(context, org):
        # «رئيس حزب القوات اللبنانية»: the nisba ends the name of a body the NER missed.
        org = _named_body(context, words, core, head_word) or org
    org = org or _territory(context, group, head_word, head) \
        or _named_body(context, words, core, head_word) \
        or _body_elsewhere(context, core, head_word) \
        or _org_in(context, group, nationality) \
        or (None if nationality else _nisba_in(context, group))
    if preposed and org is not None and not _ends_at(context, words, group, org):
        return None
    if org is not None and prince_by_nationality(
            head_word, org.node_id if context.label(org.node_id) == "Country" else None,
            _by_nisba(context, org)):
        return None  # «الأمير الأردني علي بن الحسين»: a prince's style and nationality
    rest = [w for w in group if w.start > head_word.start]
    if org is None and not rest and head in _PROFESSION_HEADS:
        return None  # «الممثل فايز»: the actor, no representative of anything
    if org is None and (_royal_style(head, rest) or (preposed and not _title_words(
            context, group, group.index(head_word) + 1))):
        return None
    name_start, name_end = _name_span(context, group, org)
    return {"words": group, "org": org, "name_start": name_start, "name_end": name_end,
            "head": head, "former": any(w.bare() in FORMER or w.norm in FORMER | _FORMER_WORDS
                                        for w in group)}


def _body_elsewhere(context: Extraction, core: list[Word], head_word: Word) -> Arg | None:
    """«مدير شرطة محافظة رابغ» where «شرطة محافظة رابغ» is tagged elsewhere in the article
    (:mod:`kg.relations.bodies_elsewhere`)."""
    rest = [w for w in core if w.start > head_word.start]
    if len(rest) < 2 or rest[1].bare() in _NOT_A_BODY or rest[1].norm in _NOT_A_BODY or \
            any(is_title_head(w) for w in rest):
        return None  # «رئيس مجلس الوزراء»: an office; «نائب رئيس ...»: another title
    found = body_named_elsewhere(context, rest)
    return Arg(*found) if found is not None else None


def _by_nisba(context: Extraction, org: Arg) -> bool:
    """Whether ``org`` was read from a nationality adjective («الأردني»), not a name."""
    mention = next((m for m in context.mentions_between(org.start, org.end)
                    if m.start == org.start), None)
    return mention is None or _adjective(context, mention)


def _nisba_of_body(context: Extraction, org: Arg) -> bool:
    """Whether ``org`` is a nationality adjective right after a body noun's name
    («حزب القوات اللبنانية»), not a country named alone («وزير خارجية لبنان»)."""
    mention = next((m for m in context.mentions_between(org.start, org.end)
                    if m.start == org.start), None)
    return mention is not None and _adjective(context, mention)


def _royal_style(head: str, rest: list[Word]) -> bool:
    """«الأمير سلطان», «الأمير الراحل نايف»: a prince's style, no position («أمير منطقة
    القصيم» is one)."""
    return head in _STYLE_HEADS and all(
        w.norm in _LATE | FORMER | _FORMER_WORDS or w.bare() in FORMER for w in rest)


def _title_words(context: Extraction, group: list[Word], start: int) -> bool:
    """Whether the words after a preposed title's head may all belong to it: «القنصل العام
    أسمى آيات التهنئة لمقام X» is no title of X."""
    for index in range(max(start, 1), len(group)):
        if group[index].norm in HONORIFICS:
            return True  # the rest is the person's name
        if _object_after(context, group, index) and group[index].norm not in _LATE:
            return False
    return True


def _before_in(group: list[Word], head_word: Word) -> list[Word]:
    """The title words before its first «في» after the head."""
    cut = next((i for i, w in enumerate(group) if w.start > head_word.start and w.norm == "في"),
               len(group))
    return group[:cut]


class _Guess(NamedTuple):
    """An organisation guessed for a title that names none, and how sure the guess is."""

    org_id: str
    confidence: float


def _fallback_org(context: Extraction, titles: list[_Title], title: _Title,
                  home: str | None) -> _Guess | None:
    """The organisation of a title that names none, and the confidence of that guess.

    The same person's other title first («عادل الجبير ... وزير الخارجية» after
    «وزير الخارجية السعودي عادل الجبير»): right four times in five on dev. Then,
    for a minister or an envoy, the country most of the document's titles belong
    to: right less than half the time, so its confidence is low enough to be held
    back. A title listed next to another person's is not guessed (right one in four).
    """
    person_id = title.person.entity_id
    same_person = next((t.org.node_id for t in titles
                        if t.org and t is not title and t.person.entity_id == person_id
                        and not _same_run(t, title)
                        and context.label(t.org.node_id) not in TERRITORY_LABELS), None)
    if same_person is not None:
        return _Guess(same_person, 0.6)
    if home is not None and title.head in _FALLBACK_HEADS:
        return _Guess(home, 0.45)
    return None


def _same_run(one: _Title, other: _Title) -> bool:
    """Two titles given to one mention of a person in one run of apposed titles: «وزير
    الثقافة والإعلام رئيس مجلس إدارة هيئة الإذاعة X» — the body of the second is not the
    first's (a minister's body is his ministry), so it is no guess for it. Titles joined by
    «و» may share one body, and stay guesses."""
    if one.person is not other.person:
        return False
    later = max(one, other, key=lambda t: t.words[0].start)
    if later.words[0].norm.startswith("و"):
        return False  # «مدير العلاقات العامة والمتحدث الرسمي في الأمانة»: one body for both
    return (one.words[0].start < one.person.start) == (other.words[0].start < other.person.start)


def _home_country(context: Extraction, titles: list[_Title]) -> str | None:
    counts = Counter(
        t.org.node_id for t in titles if t.org and context.label(t.org.node_id) == "Country"
    )
    if counts:
        return counts.most_common(1)[0][0]
    for mention in context.mentions:
        if mention.label == "Country" and mention.entity_id:
            return mention.entity_id
    return None


def extract(index: DocIndex, state: DocState) -> Findings:
    """Every title phrase next to a person, with its role relations."""
    context = Extraction(index, state)
    _add_titles(context)
    return context.found


def _add_titles(context: Extraction) -> None:
    titles = _titles(context)
    home = _home_country(context, titles)
    observed = article_date(context.doc.meta.date)
    time = observed.isoformat() if observed else None
    for title in titles:
        if pronoun_title(context.doc.text[title.name_start:title.name_end]):
            continue  # «ويرافقه نائبه X»: his deputy, of an office named elsewhere
        person_id = title.person.entity_id
        assert person_id is not None
        org = title.org
        org_confidence = 0.8
        if org is None and not _has_place(context, title.words):
            fallback = _fallback_org(context, titles, title, home)
            if fallback is not None:
                org = Arg(fallback.org_id, title.name_start, title.name_end)
                org_confidence = fallback.confidence
        name = title.shown or former_name(context, title.words, title.name_start,
                                          title.name_end, title.sentence.end,
                                          title.org is not None) or \
            context.doc.text[title.name_start:title.name_end]  # «قائد ليفربول السابق»
        key = normalize_key(name).removeprefix("ال") + "|" + (org.node_id if org else "")
        position_id = context.add_entity("Position", name, key)
        span = [(title.person.start, title.person.end), (title.name_start, title.name_end)]
        evidence = context.evidence(title.sentence, span, Rule.ROLE_TITLE, 0.8,
                                    (title.name_start, title.name_end))
        context.add_relation(Relation(
            id=relation_id("holdsPosition", person_id, position_id, "positive"),
            kind="holdsPosition", subject_id=person_id, object_id=position_id,
            evidence=(evidence,), time=time,
        ))
        context.found.roles.append(RoleFact(person_id, position_id, normalize_key(name),
                                      org.node_id if org else None, title.name_start,
                                      org_confidence < 0.5))
        if title.org is None:
            _add_headed_body(context, title, person_id, span, time)
        if org is None:
            continue
        org_evidence = evidence if org_confidence == 0.8 else context.evidence(
            title.sentence, span, Rule.ROLE_TITLE_GUESSED, org_confidence,
            (title.name_start, title.name_end))
        context.add_relation(Relation(
            id=relation_id("positionOf", position_id, org.node_id, "positive"),
            kind="positionOf", subject_id=position_id, object_id=org.node_id,
            evidence=(org_evidence,), time=time,
        ))
        if title.org is not None and _leads(title, title.org):
            context.add_relation(Relation(
                id=relation_id("leads", person_id, org.node_id, "positive"),
                kind="leads", subject_id=person_id, object_id=org.node_id,
                evidence=(evidence,), time=time,
            ))
        elif title.org is not None and _directs(context, title, title.org):
            # «مدير المستشفى X»: a director heads what he directs (less sure)
            context.add_relation(Relation(
                id=relation_id("leads", person_id, org.node_id, "positive"),
                kind="leads", subject_id=person_id, object_id=org.node_id,
                evidence=(context.evidence(title.sentence, span, Rule.ROLE_TITLE,
                                           DIRECTOR_CONFIDENCE,
                                           (title.name_start, title.name_end)),),
                time=time,
            ))


def _add_headed_body(context: Extraction, title: _Title, person_id: str,
                     span: list[tuple[int, int]], time: str | None) -> None:
    """«رئيس مجلس إدارة النادي», «أمين العاصمة المقدسة»: ``leads`` to the body the title
    points back to (:mod:`kg.relations.body_heads`)."""
    if title.former:
        return
    words = [w for w in title.words if title.name_start <= w.start and w.end <= title.name_end]
    body = headed_body(context, words, title.name_start)
    if body is None:
        return
    evidence = context.evidence(title.sentence, span, Rule.ROLE_TITLE, BODY_CONFIDENCE,
                                (title.name_start, title.name_end))
    context.add_relation(Relation(
        id=relation_id("leads", person_id, body, "positive"),
        kind="leads", subject_id=person_id, object_id=body, evidence=(evidence,), time=time,
    ))


def _leads(title: _Title, org: Arg) -> bool:
    """Whether the title makes its holder the head of ``org``: a president, king, prime
    minister, chairman, CEO or secretary-general, not a deputy, an acting or former head, or the
    head of a unit inside it («رئيس لجنة الانضباط في الاتحاد», «رئيس التحرير»)."""
    if title.former or any(w.bare() in _DEPUTY_WORDS or w.norm in _ACTING for w in title.words):
        return False
    head_at = next((i for i, w in enumerate(title.words) if is_title_head(w)), 0)
    between = [w for w in title.words[head_at + 1:] if w.end <= org.start]
    qualifiers = _QUALIFIED_LEADER_HEADS.get(title.head)
    if qualifiers is not None:
        if not between or between[0].norm not in qualifiers or _regional(title, org):
            return False
        between = between[1:]
    elif title.head not in _LEADER_HEADS:
        return False
    if between and (_genitive_link(between[-1], org) or
                    kind_noun_of_body(between[-1], org.start)):
        between = between[:-1]
    return all(w.norm in _LEADING_COMPLEMENTS or w.bare() in _LEADING_COMPLEMENTS
               for w in between)


def _directs(context: Extraction, title: _Title, org: Arg) -> bool:
    """«مدير المستشفى X», «مدير إدارة الدفاع المدني X» (:mod:`kg.relations.directors`)."""
    if title.former or _regional(title, org) or \
            any(w.bare() in _DEPUTY_WORDS or w.norm in _ACTING for w in title.words):
        return False
    head_at = next((i for i, w in enumerate(title.words) if is_title_head(w)), 0)
    between = [w for w in title.words[head_at + 1:] if w.end <= org.start]
    return directs(title.head, between, context.label(org.node_id))


_REGIONAL = frozenset({"بمنطقه", "بمحافظه", "بالمنطقه", "بالمحافظه", "بمدينه", "بفرع", "فرع",
                       "بامانه"})
"""«بمنطقة عسير», «بالمنطقة»: words after a body that make it the body's regional office."""


def _regional(title: _Title, org: Arg) -> bool:
    """«مدير عام الهيئة العامة للسياحة بمنطقة عسير»: the director general of a body's
    regional office, who heads the office, not the body."""
    after = [w for w in title.words if w.start >= org.end]
    return bool(after) and after[0].norm in _REGIONAL


def person_for_title(context: Extraction, word: Word) -> str | None:
    """«الرئيس», «رئيس الجمهورية», «الوزير»: the last person introduced with that title head."""
    heads = {rest for _, rest in word.readings() if rest in TITLE_HEADS}
    if not heads:
        return None
    country = _title_nisba(context, word)
    complement = complement_after(context, word)
    for role in reversed(context.roles):
        if role.start < word.start and any(
            h in role.position_name or h.removesuffix("ه") in role.position_name for h in heads
        ):
            if country is not None and role.org_id is not None and role.org_id != country:
                continue  # «وتابع وزير الخارجية الأمريكي» after «وزير الخارجية السعودي X»
            if complement is not None and not same_office(context, complement, role):
                continue  # «وقال وزير الداخلية» after «وزير الخارجية X»: another office
            return role.person_id
    return None


_NISBA_REACH = 3


def _title_nisba(context: Extraction, word: Word) -> str | None:
    """The country of a title named by its adjective a few words on, past only definite
    words of the title itself («وزير الخارجية الأمريكي», «الرئيس الفرنسي»; not «السفير
    لمحطة التلفزيون الكينية»), else None."""
    words = context.words
    for index in range(word.index + 1, min(len(words), word.index + 1 + _NISBA_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        mention = context.mention_starting_in(words[index])
        if mention is not None:
            return mention.entity_id if context.is_nisba(mention) else None
        if not words[index].norm.startswith("ال"):
            return None
    return None


class UnnamedHolder(NamedTuple):
    """A person known only by a leading role (see :func:`unnamed_holder`)."""

    holder: Arg
    """The new person entity, over the span of the title and what it leads."""
    organisation_id: str
    """What the person leads."""


def unnamed_holder(context: Extraction, words: list[Word], position: int,
                   sentence: Sentence) -> UnnamedHolder | None:
    """«زعيم تنظيم الدولة الإسلامية»: a person known only by a leading role, and what they lead.

    Not when a name follows the title («الأمين العام لحلف الناتو جينس ستولتنبرغ»), nor
    when the title is in apposition to the name before it («لوكا كاتسيلي رئيسة اتحاد
    المصارف اليونانية»), nor for a nationality adjective («اليونانية» is no organisation).
    """
    word = words[position]
    if word.bare() not in LEADER_HEADS or _after_a_person(context, words, position):
        return None
    window = context.mentions_between(word.end, min(sentence.end, word.end + 60))
    organisations = [m for m in window if m.label in ORGANIZATION_LABELS and m.entity_id
                     and not is_adjective_mention(m)]
    if not organisations or _gap_words(context, word, organisations[0]) > 3:
        return None
    organisation = organisations[0]
    named = [m for m in window if m.label == "Person"]
    if named and _gap_words(context, word, named[0]) <= 10:
        return None
    assert organisation.entity_id is not None
    prefix = next((p for p, rest in word.readings() if rest in LEADER_HEADS or
                   rest == "ال" + word.bare()), "")
    prefix = prefix.removesuffix("ال")
    start = word.start + len(prefix)
    name = context.doc.text[start:organisation.end]
    person_id = context.add_entity("Person", name, normalize_key(name) + "|" +
                                   organisation.entity_id)
    return UnnamedHolder(Arg(person_id, start, organisation.end), organisation.entity_id)


def _after_a_person(context: Extraction, words: list[Word], position: int) -> bool:
    if position == 0 or context.gap(words[position - 1], words[position]).strip() not in {
            "", "،", ","}:
        return False
    mention = context.mention_starting_in(words[position - 1]) or next(
        (m for m in context.mentions_between(words[max(0, position - 5)].start,
                                             words[position].start)
         if m.end == words[position - 1].end), None)
    return mention is not None and mention.label == "Person"


def _gap_words(context: Extraction, word: Word, mention: Mention) -> int:
    target = context.word_at(mention.start)
    return target.index - word.index if target else 99


def add_leads(context: Extraction, holder: Arg, organisation_id: str, sentence: Sentence) -> None:
    evidence = context.evidence(sentence, [(holder.start, holder.end)], Rule.ROLE_UNNAMED, 0.6,
                                (holder.start, holder.end))
    context.add_relation(Relation(
        id=relation_id("leads", holder.node_id, organisation_id, "positive"),
        kind="leads", subject_id=holder.node_id, object_id=organisation_id,
        evidence=(evidence,),
    ))
