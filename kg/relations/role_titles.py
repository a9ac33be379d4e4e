"""The title phrases of a document: each person's titles before and after the name.

Per sentence and person, the preposed title (:mod:`kg.relations.role_preposed`) and the
apposed ones (:mod:`kg.relations.role_apposed`), split where titles are coordinated or
in apposition («نائب رئيس الدولة ورئيس مجلس الوزراء وحاكم دبي»), each with its
organisation (:mod:`kg.relations.role_bodies`) and the span of its own words; and the
titles given by appointment («عيّن الرئيس X نائباً»). Not a title: a prince's style
(«الأمير سلطان»), the title of the one received («استقبل X وزير الخارجية الأمريكي Y»),
a compound title that is the name's own («خادم الحرمين الشريفين الملك سلمان»).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.model import Mention, Sentence
from kg.relations.appointments import Appointed, appointed
from kg.relations.conjoined_holders import conjoined_name
from kg.relations.conjunct_titles import split_after_conjunct
from kg.relations.construct_principals import principal_after_office
from kg.relations.context import Extraction
from kg.relations.counterparts import counterpart_before
from kg.relations.governed_names import governed_name
from kg.relations.idiom_names import idiom_name
from kg.relations.index import Arg, Word
from kg.relations.kind_nouns import kind_noun_of_body, kind_noun_of_quoted, place_in_body_name
from kg.relations.lexicon import FORMER, HONORIFICS, NISBA, TITLE_HEADS
from kg.relations.named_facilities import FACILITY_NOUNS
from kg.relations.office_places import seat_not_owner
from kg.relations.ordinal_offices import ordinal_office
from kg.relations.received_titles import takes_person_object
from kg.relations.role_apposed import title_after
from kg.relations.role_bodies import (
    body_elsewhere,
    by_nisba,
    genitive_link,
    is_nisba_word,
    named_body,
    nisba_in,
    nisba_of_body,
    org_in,
    preposition_link,
    territory,
)
from kg.relations.role_preposed import closing_mark, head_in_reach, preposed_title, title_mention
from kg.relations.role_words import (
    ACTING,
    BODY_NOUNS,
    FORMER_WORDS,
    OFFICE_HONORIFICS,
    TRAILING,
    is_name_honorific,
    is_title_head,
    object_after,
)
from kg.relations.royal_styles import prince_by_nationality
from kg.relations.staff_nationality import technical_director
from kg.relations.title_ends import dangling_kind, dangling_on, region_before_body, title_stops_at
from kg.relations.title_quotes import balanced_end
from kg.relations.titles import bare_head, compound_prefix, descriptive, head_at, split_apposed
from kg.text.normalize import normalize_key


@dataclass
class Title:
    """One title phrase given to a person: its words, organisation and the span of its name."""

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


_STYLE_HEADS = frozenset({"امير", "اميره"})
_NAMED_BODIES = BODY_NOUNS | FACILITY_NOUNS | frozenset({"كليه", "مستشفي", "مدرسه", "مجمع"})
"""Body nouns in construct with a name: «كلية سميث», «مستشفى الملك فهد», «جامعة X»: the
name is the body's, whoever the NER took it for, and holds no title before it."""
_CLOSING_FORMER = FORMER | frozenset({"الاسبق"})
"""A definite former adjective after the title's words closes its name: what follows
(«للمنتخب المصري», «لاتحاد الكونكاكاف») is the body, not the office."""
_STYLE_WORDS = frozenset({"صاحب", "سمو", "السمو", "الملكي", "معالي", "فخامه", "سعاده",
                          "الامير", "الاميره", "الشيخ", "الشيخه"})
"""A style of address before a name: «صاحب السمو الملكي الأمير», «معالي», «فخامة» (not a
rank: «قائد الفريق محمد» is the team's captain, «الفريق» no general)."""
# Heads that alone name a profession: «الممثل» is an actor, «ممثل الأمم المتحدة» an envoy.
_PROFESSION_HEADS = frozenset({"ممثل"})
_LATE = frozenset({"الراحل", "الراحله", "راحل"})
_FORMER_FORMS = FORMER | FORMER_WORDS
"""The words of a former office (read per word of a title: joined once, here)."""
_FORMER_OR_ACTING = _FORMER_FORMS | ACTING
_LATE_OR_FORMER = _LATE | _FORMER_FORMS
_NATIONALITY_HEADS = frozenset({"مدرب", "لاعب"})
_BARE_EPITHETS = frozenset({"امين"})
"""Heads that alone, with no word after them, are an epithet or a given name: «الأمين» is
«the trustworthy» («الصادق الأمين»), the office is «الأمين العام», «أمين المنطقة»."""
_EPITHET_TAILS = {"ملك": frozenset(normalize_key(word) for word in (
    "الخير", "الإنسانية", "القلوب", "الحزم", "العزم", "الحسم", "العطاء", "الوفاء",
    "الإصلاح"))}
"""«ملك الخير», «ملك الإنسانية», «ملك الحزم»: praise names of a king, no office («ملك
البحرين» is one)."""


def title_phrases(context: Extraction) -> list[Title]:
    titles: list[Title] = []
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
            if title_mention(words, first - offset, last - offset) or \
                    idiom_name(context, mention):
                continue  # «خادم الحرمين الشريفين الملك»; «حملة لصالح وزير خارجيتها X»
            before = [] if not head_in_reach(context, words, first - offset) \
                or (mention.start, mention.end) in objects \
                or conjoined_name(context, mention) \
                or governed_name(context, words, first - offset) \
                or _complement_of_title(context, words, mention, first - offset) \
                else preposed_title(context, words, first - offset,
                                    closing_mark(context, words, last - offset), last - offset)
            after = title_after(context, words, last - offset)
            if after and sum(map(is_title_head, after)) == 1 and \
                    _received(context, words, first - offset, last - offset + 1 + len(after)):
                after = []  # «استقبل X وزير الخارجية الأمريكي Y»: Y's title, not X's
            runs = (before, after)
            found: list[Title] = []
            found_before = 0
            for preposed, run in zip((True, False), runs, strict=True):
                for group in _groups(context, run):
                    title = _title(context, words, group, preposed)
                    if title is not None:
                        found.append(Title(person=mention, sentence=sentence, **title))
                        found_before += preposed
            if not found:
                found = _counterpart_title(context, words, mention, first - offset, titles,
                                           sentence)
            titles.extend(_one_country(context, found, found_before))
        titles.extend(_appointed_titles(appointments, sentence))
    return _drop_ranks(titles)


def _counterpart_title(context: Extraction, words: list[Word], mention: Mention, first: int,
                       titles: list[Title], sentence: Sentence) -> list[Title]:
    """«نظيره الروسي X»: X holds the one office titled earlier in the sentence, of the
    nisba's country (:mod:`kg.relations.counterparts`)."""
    counterpart = counterpart_before(context, words, first)
    if counterpart is None:
        return []
    earlier = [t for t in titles if t.sentence is sentence and
               t.person.entity_id != mention.entity_id and t.person.start < mention.start]
    names = {normalize_key(t.shown or context.doc.text[t.name_start:t.name_end])
             .removeprefix("ال") for t in earlier}
    if len(names) != 1 or any(t.former for t in earlier):
        return []
    model = earlier[0]
    word, country = counterpart
    last = max(max(t.person.end, t.words[-1].end) for t in earlier)
    if any(is_title_head(w) for w in words if last <= w.start < word.start):
        return []  # «قال الرئيس X إن وزير خارجيته التقى نظيره Z»: the minister's peer
    return [Title(person=mention, words=[word], sentence=sentence, org=country,
                  name_start=word.start, name_end=word.end, head=model.head, former=False,
                  shown=model.shown or context.doc.text[model.name_start:model.name_end])]


def _appointed_titles(appointments: list[Appointed], sentence: Sentence) -> list[Title]:
    """The titles given by appointment in a sentence (:mod:`kg.relations.appointments`)."""
    titles: list[Title] = []
    for found in appointments:
        if found.listed:
            continue
        org = Arg(found.org.entity_id, found.org.start, found.org.end) \
            if found.org is not None and found.org.entity_id else None
        titles.append(Title(person=found.person, words=found.words, sentence=sentence,
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


def _one_country(context: Extraction, found: list[Title], preposed: int) -> list[Title]:
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


def _drop_ranks(titles: list[Title]) -> list[Title]:
    """«السفير X» is X's office only when X has no other title in the article: a
    spokesman or an under-secretary is styled «السفير» by rank («وشدد المتحدث باسم
    الخارجية ... ولفت السفير X»)."""
    def rank_only(title: Title) -> bool:
        return title.org is None and len(title.words) == 1 and \
            title.words[0].norm in OFFICE_HONORIFICS
    titled = {t.person.entity_id for t in titles if not rank_only(t)}
    return [t for t in titles if not (rank_only(t) and t.person.entity_id in titled)]


def _complement_of_title(context: Extraction, words: list[Word], mention: Mention,
                         first: int) -> bool:
    """Whether a person is the complement of the title before it, not its holder: after
    a preposition («المبعوث الخاص لخادم الحرمين الشريفين») or «باسم», or in construct
    with an indefinite title head («سفير خادم الحرمين», «مستشار ترامب»), the person's
    styles between («مستشار صاحب السمو الملكي الأمير X»: X is advised, not adviser), or
    with an indefinite body noun («في كلية سميث كوليدج»: a body's name)."""
    prefix = context.attached_prefix(mention).lstrip("وف")
    if prefix in {"ل", "لل"} or (not prefix and context.is_prepositional(mention)):
        return True  # a glued «ك» or «ب» may be a name's first letter the NER cut off
    while first > 1 and words[first - 1].norm in _STYLE_WORDS:
        first -= 1  # «مستشار صاحب السمو الملكي الأمير X»: the styles before X
    if first < 1:
        return False
    before = words[first - 1]
    if any(rest in _NAMED_BODIES and not prefix.endswith(("ال", "لل"))
           for prefix, rest in before.readings()):
        return True  # «مديرة تعليم الصحة في كلية سميث»: the college's name, no holder
    return before.norm == "باسم" or principal_after_office(context, words, first) or any(
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
    nationality = head in _NATIONALITY_HEADS or technical_director(group, head_word, head)
    org = org_in(context, core, nationality)
    if org is not None and nisba_of_body(context, org):
        # «رئيس حزب القوات اللبنانية»: the nisba ends the name of a body the NER missed.
        org = named_body(context, words, core, head_word) or org
    org = org or territory(context, group, head_word, head) \
        or named_body(context, words, core, head_word) \
        or body_elsewhere(context, core, head_word) \
        or org_in(context, group, nationality) \
        or (None if nationality else nisba_in(context, group))
    if org is not None and (place_in_body_name(context, group, org) or
                            seat_not_owner(context, group, org)):
        org = None  # «رئيس جامعة قطر», «مدير برنامج الغذاء العالمي في إثيوبيا»: not the country's
    if preposed and org is not None and not _ends_at(context, words, group, org):
        return None
    if org is not None and prince_by_nationality(
            head_word, org.node_id if context.label(org.node_id) == "Country" else None,
            by_nisba(context, org)):
        return None  # «الأمير الأردني علي بن الحسين»: a prince's style and nationality
    rest = [w for w in group if w.start > head_word.start]
    if org is None and not rest and head in _PROFESSION_HEADS:
        return None  # «الممثل فايز»: the actor, no representative of anything
    if not rest and head in _BARE_EPITHETS:
        return None  # «الصادق الأمين محمد», «محمد الأمين»: an epithet or a name, no office
    if head in _EPITHET_TAILS and rest and rest[0].norm in _EPITHET_TAILS[head]:
        return None  # «ملك الخير سلمان»: a praise name of the king, no office
    if org is None and (_royal_style(head, rest) or (preposed and not _title_words(
            context, group, group.index(head_word) + 1))):
        return None
    name_start, name_end = _name_span(context, group, org, nationality)
    return {"words": group, "org": org, "name_start": name_start, "name_end": name_end,
            "head": head, "former": any(w.bare() in FORMER or w.norm in _FORMER_FORMS
                                        for w in group)}


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
        is_name_honorific(words, w.index - offset) or w.bare() in FORMER or
        w.norm in _FORMER_OR_ACTING)]
    return descriptive(context, tail)


def _name_span(context: Extraction, words: list[Word], org: Arg | None,
               nationality: bool = False) -> tuple[int, int]:
    """The title's own words: from the head up to the organisation, without nisba or particles."""
    kept: list[Word] = []
    for word in words:
        if org is not None and word.end > org.start:
            break
        if kept and kept[-1].norm in _CLOSING_FORMER:
            break  # «المدير الفني السابق للمنتخب المصري»: «السابق» closes the office's name
        if word.bare() in NISBA or word.norm in HONORIFICS or word.bare() in FORMER or \
                (kept and (word.norm == "في" or is_nisba_word(context, word))) or \
                (kept and nationality and _nisba_shape(word)) or \
                title_stops_at(context, kept, word):
            break
        kept.append(word)
    while len(kept) > 1 and not ordinal_office(kept) and (
            kept[-1].norm in TRAILING or kept[-1].bare() in TRAILING
                             or (org is not None and preposition_link(context.doc.text,
                                                                      kept[-1], org))
                             or dangling_on(context.doc.text, kept[-1])  # «المشرف العام على»
                             or (org is not None and region_before_body(
                                 context.doc.text, kept[-1], org.start))  # «أمير منطقة الرياض»
                             or dangling_kind(kept[-1], BODY_NOUNS)
                             or (org is not None and genitive_link(kept[-1], org))
                             or (org is not None and kind_noun_of_body(kept[-1], org.start))
                             or (org is not None and kind_noun_of_quoted(
                                 context.doc.text, kept[-1], org.start))):
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


def _nisba_shape(word: Word) -> bool:
    """«المدرب الأوروجوياني», «اللاعب البرازيلي»: after a coach's or player's head, a
    definite adjective in «ـي» is his nationality (a country the gazetteer may not spell
    so), never part of the position."""
    return word.norm.startswith("ال") and word.norm.endswith("ي") and len(word.norm) > 5


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


def _royal_style(head: str, rest: list[Word]) -> bool:
    """«الأمير سلطان», «الأمير الراحل نايف»: a prince's style, no position («أمير منطقة
    القصيم» is one)."""
    return head in _STYLE_HEADS and all(
        w.norm in _LATE_OR_FORMER or w.bare() in FORMER for w in rest)


def _title_words(context: Extraction, group: list[Word], start: int) -> bool:
    """Whether the words after a preposed title's head may all belong to it: «القنصل العام
    أسمى آيات التهنئة لمقام X» is no title of X."""
    for index in range(max(start, 1), len(group)):
        if group[index].norm in HONORIFICS:
            return True  # the rest is the person's name
        if object_after(context, group, index) and group[index].norm not in _LATE:
            return False
    return True


def _before_in(group: list[Word], head_word: Word) -> list[Word]:
    """The title words before its first «في» after the head."""
    cut = next((i for i, w in enumerate(group) if w.start > head_word.start and w.norm == "في"),
               len(group))
    return group[:cut]
