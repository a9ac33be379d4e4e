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

This module gives the facts: the organisation guessed for a title that names none,
and which titles lead. The phrases are read by :mod:`kg.relations.role_titles`
(before the name: :mod:`kg.relations.role_preposed`; after it:
:mod:`kg.relations.role_apposed`; the words that end them: :mod:`kg.relations.role_words`;
their organisation: :mod:`kg.relations.role_bodies`); a person known by a title alone
(«وقال الرئيس») is read by :mod:`kg.relations.role_holders`.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from kg.ids import relation_id
from kg.model import Relation
from kg.relations.body_heads import CONFIDENCE as BODY_CONFIDENCE
from kg.relations.body_heads import headed_body
from kg.relations.closed_tenures import closed_tenure
from kg.relations.context import Extraction
from kg.relations.directors import DIRECTOR_CONFIDENCE, directs
from kg.relations.dismissed_titles import dismissed
from kg.relations.findings import DocState, Findings, RoleFact
from kg.relations.former_titles import former_name
from kg.relations.index import TERRITORY_LABELS, Arg, DocIndex
from kg.relations.kind_nouns import kind_noun_of_body
from kg.relations.role_bodies import genitive_link, has_place
from kg.relations.role_titles import Title, title_phrases
from kg.relations.role_words import ACTING, is_title_head
from kg.relations.rules import Rule
from kg.relations.timex import article_date
from kg.relations.title_ends import pronoun_title
from kg.text.normalize import normalize_key

_FALLBACK_HEADS = frozenset({"وزير", "وزيره", "سفير", "سفيره", "مبعوث", "مبعوثه", "مندوب"})
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


def extract(index: DocIndex, state: DocState) -> Findings:
    """Every title phrase next to a person, with its role relations."""
    context = Extraction(index, state)
    _add_titles(context)
    return context.found


def _add_titles(context: Extraction) -> None:
    titles = title_phrases(context)
    home = _home_country(context, titles)
    observed = article_date(context.doc.meta.date)
    time = observed.isoformat() if observed else None
    for title in titles:
        if pronoun_title(context.doc.text[title.name_start:title.name_end]):
            continue  # «ويرافقه نائبه X»: his deputy, of an office named elsewhere
        if _cut_before_royal_word(context, title):
            continue
        if closed_tenure(context.doc.text, title.words[-1].end):
            continue  # «السفير السعودي في واشنطن (بين العامين 1981 و2005)»: held before
        person_id = title.person.entity_id
        assert person_id is not None
        org = title.org
        org_confidence = 0.8
        if org is None and not has_place(context, title.words):
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
        relieved = dismissed(context, title)  # «بإعفاء X رئيس الهيئة من منصبه»: no head now
        if title.org is None and not relieved:
            _add_headed_body(context, title, person_id, span, time)
        if org is None or _swallowed_title(context, org):
            continue
        org_evidence = evidence if org_confidence == 0.8 else context.evidence(
            title.sentence, span, Rule.ROLE_TITLE_GUESSED, org_confidence,
            (title.name_start, title.name_end))
        context.add_relation(Relation(
            id=relation_id("positionOf", position_id, org.node_id, "positive"),
            kind="positionOf", subject_id=position_id, object_id=org.node_id,
            evidence=(org_evidence,), time=time,
        ))
        if relieved:
            continue
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


_ROYAL_WORDS = frozenset({"السلطان", "الامير", "الملك", "الشيخ", "الاميره", "الشيخه"})
_NAME_END_MARKS = frozenset("،,.:؛;)»\"")


def _cut_before_royal_word(context: Extraction, title: Title) -> bool:
    """«أمين منطقة الرياض المهندس إبراهيم السلطان،» read as «إبراهيم»: a royal title comes
    before a name, never after it; one right after a one-word name and before a comma or the
    sentence's end is the family name («السلطان», «الشيخ», «الأمير»), which the mention lost.
    The person is then no one the graph can name; his titles are left out."""
    person = title.person
    if len(context.doc.text[person.start:person.end].split()) != 1:
        return False
    rest = context.doc.text[person.end:min(title.sentence.end, person.end + 20)]
    if not rest[:1].isspace():
        return False
    parts = rest.split(maxsplit=1)
    if not parts:
        return False
    word = parts[0].rstrip("".join(_NAME_END_MARKS))
    after = rest.lstrip()[len(word):]
    return normalize_key(word) in _ROYAL_WORDS and (not after.strip() or
                                                     after.lstrip()[:1] in _NAME_END_MARKS)


_TITLE_ADJECTIVES = frozenset({"المساعد", "المساعده", "المكلف", "المكلفه", "بالنيابه",
                               "بالانابه"})
"""Adjectives of a title («وكيل الوزارة المساعد», «المدير المكلف»), never of a body."""


def _swallowed_title(context: Extraction, org: Arg) -> bool:
    """«وكيل وزارة الشؤون الاجتماعية المساعد للتنمية الاجتماعية» read with the body
    «وزارة الشؤون الاجتماعية المساعد للتنمية الاجتماعية»: the body's span ran over the
    title's own adjective, so it is not the body's name; no ``positionOf`` is better than
    a wrong body."""
    words = context.doc.text[org.start:org.end].split()[1:]
    return any(normalize_key(w) in _TITLE_ADJECTIVES for w in words)


def _add_headed_body(context: Extraction, title: Title, person_id: str,
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


def _leads(title: Title, org: Arg) -> bool:
    """Whether the title makes its holder the head of ``org``: a president, king, prime
    minister, chairman, CEO or secretary-general, not a deputy, an acting or former head, or the
    head of a unit inside it («رئيس لجنة الانضباط في الاتحاد», «رئيس التحرير»)."""
    if title.former or any(w.bare() in _DEPUTY_WORDS or w.norm in ACTING for w in title.words):
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
    if between and (genitive_link(between[-1], org) or
                    kind_noun_of_body(between[-1], org.start)):
        between = between[:-1]
    return all(w.norm in _LEADING_COMPLEMENTS or w.bare() in _LEADING_COMPLEMENTS
               for w in between)


def _directs(context: Extraction, title: Title, org: Arg) -> bool:
    """«مدير المستشفى X», «مدير إدارة الدفاع المدني X» (:mod:`kg.relations.directors`)."""
    if title.former or _regional(title, org) or \
            any(w.bare() in _DEPUTY_WORDS or w.norm in ACTING for w in title.words):
        return False
    head_at = next((i for i, w in enumerate(title.words) if is_title_head(w)), 0)
    between = [w for w in title.words[head_at + 1:] if w.end <= org.start]
    return directs(title.head, between, context.label(org.node_id))


_REGIONAL = frozenset({"بمنطقه", "بمحافظه", "بالمنطقه", "بالمحافظه", "بمدينه", "بفرع", "فرع",
                       "بامانه"})
"""«بمنطقة عسير», «بالمنطقة»: words after a body that make it the body's regional office."""


def _regional(title: Title, org: Arg) -> bool:
    """«مدير عام الهيئة العامة للسياحة بمنطقة عسير»: the director general of a body's
    regional office, who heads the office, not the body."""
    after = [w for w in title.words if w.start >= org.end]
    return bool(after) and after[0].norm in _REGIONAL


class _Guess(NamedTuple):
    """An organisation guessed for a title that names none, and how sure the guess is."""

    org_id: str
    confidence: float


def _fallback_org(context: Extraction, titles: list[Title], title: Title,
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


def _same_run(one: Title, other: Title) -> bool:
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


def _home_country(context: Extraction, titles: list[Title]) -> str | None:
    counts = Counter(
        t.org.node_id for t in titles if t.org and context.label(t.org.node_id) == "Country"
    )
    if counts:
        return counts.most_common(1)[0][0]
    for mention in context.mentions:
        if mention.label == "Country" and mention.entity_id:
            return mention.entity_id
    return None
