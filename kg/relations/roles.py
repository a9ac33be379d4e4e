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

from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.relations.context import ORGANIZATION_LABELS, Arg, DocContext, RoleFact, Word
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
from kg.relations.timex import article_date
from kg.text.normalize import normalize_key

_STOP_WORDS = frozenset({"الذي", "التي", "الذين", "حيث", "بعد", "قبل", "امس", "اليوم", "خلال"})
_FALLBACK_HEADS = frozenset({"وزير", "وزيره", "رئيس", "سفير", "سفيره", "مبعوث", "مبعوثه", "مندوب"})
_NOT_LEADER_NEXT = frozenset({"وزراء", "الوزراء", "مجلس", "حكومه", "الحكومه"})
_TRAILING = frozenset({"في", "لدي", "الي", "من", "باسم", "ل", "عن", "جديدا", "جديد", "اول"})


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


def is_title_head(word: Word) -> bool:
    return any(rest in TITLE_HEADS for _, rest in word.readings())


def _is_trigger(word: Word) -> bool:
    return (find_reporting(word.norm) is not None or find_stance(word.norm) is not None
            or find_event(word.norm) is not None or word.norm in COMPLEMENTIZERS)


def _org_in(context: DocContext, words: list[Word]) -> Arg | None:
    if not words:
        return None
    for mention in context.mentions_between(words[0].start, words[-1].end):
        if mention.label in ORGANIZATION_LABELS and mention.entity_id:
            return Arg(mention.entity_id, mention.start, mention.end)
    for word in words:
        country = context.country_for_nisba(word) if word.bare() in NISBA or any(
            rest in NISBA for _, rest in word.readings()) else None
        if country:
            return Arg(country, word.start, word.end)
    return None


def _has_place(context: DocContext, words: list[Word]) -> bool:
    return bool(words) and any(
        m.label in {"City", "Region", "Place"}
        for m in context.mentions_between(words[0].start, words[-1].end)
    )


def _name_span(context: DocContext, words: list[Word], org: Arg | None) -> tuple[int, int]:
    """The title's own words: from the head up to the organisation, without nisba or particles."""
    kept: list[Word] = []
    for word in words:
        if org is not None and word.end > org.start:
            break
        if word.bare() in NISBA or word.norm in HONORIFICS or word.bare() in FORMER:
            break
        kept.append(word)
    while len(kept) > 1 and (kept[-1].norm in _TRAILING or kept[-1].bare() in _TRAILING):
        kept.pop()
    if not kept:
        kept = words[:1]
    first = kept[0]
    start = first.start
    prefix = first.readings()[1][0] if len(first.readings()) > 1 and first.norm[0] in "وب" and \
        first.readings()[1][1] in TITLE_HEADS | {"ال" + h for h in TITLE_HEADS} else ""
    start += len(prefix)
    return start, kept[-1].end


def _split_coordinated(words: list[Word]) -> list[list[Word]]:
    """«نائب رئيس الدولة ورئيس مجلس الوزراء وحاكم دبي» → three titles."""
    groups: list[list[Word]] = [[]]
    for word in words:
        if groups[-1] and word.norm.startswith("و") and is_title_head(word):
            groups.append([])
        groups[-1].append(word)
    return [g for g in groups if g]


def _before(context: DocContext, words: list[Word], first: int) -> list[Word]:
    """The title words right before a person (preposed title), or none."""
    run: list[Word] = []
    index = first - 1
    while index >= 0 and len(run) < 10:
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or _is_trigger(word) or \
                word.norm in _STOP_WORDS:
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person":
            break
        run.insert(0, word)
        index -= 1
    while run and run[-1].norm in HONORIFICS:
        run.pop()
    heads = [i for i, w in enumerate(run) if is_title_head(w)]
    if not heads:
        return []
    start = heads[-1]
    while start > 0 and is_title_head(run[start - 1]):
        start -= 1
    return run[start:]


def _after(context: DocContext, words: list[Word], last: int) -> list[Word]:
    """The title words right after a person (apposition), or none."""
    index = last + 1
    if index >= len(words):
        return []
    gap = context.gap(words[last], words[index]).strip()
    if gap not in {"", "،", ","} or not is_title_head(words[index]):
        return []
    run: list[Word] = [words[index]]
    index += 1
    while index < len(words) and len(run) < 12:
        word = words[index]
        if context.boundary_between(words[index - 1], word) or _is_trigger(word) or \
                word.norm in _STOP_WORDS:
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person":
            break
        run.append(word)
        index += 1
    return run


def _titles(context: DocContext) -> list[_Title]:
    titles: list[_Title] = []
    for sentence in context.doc.sentences:
        words = context.sentence_words(sentence)
        if not words:
            continue
        offset = words[0].index
        for mention in context.mentions_between(sentence.start, sentence.end):
            if mention.label != "Person" or not mention.entity_id:
                continue
            first, last = context.mention_words(mention)
            runs = (_before(context, words, first - offset), _after(context, words, last - offset))
            for run in runs:
                for group in _split_coordinated(run):
                    org = _org_in(context, group)
                    name_start, name_end = _name_span(context, group, org)
                    head_word = next((w for w in group if is_title_head(w)), group[0])
                    head = next((rest for _, rest in head_word.readings() if rest in TITLE_HEADS),
                                head_word.bare())
                    titles.append(_Title(
                        person=mention, words=group, sentence=sentence, org=org,
                        name_start=name_start, name_end=name_end, head=head,
                        former=any(w.bare() in FORMER or w.norm in FORMER for w in group),
                    ))
    return titles


def _home_country(context: DocContext, titles: list[_Title]) -> str | None:
    counts = Counter(
        t.org.node_id for t in titles if t.org and context.label(t.org.node_id) == "Country"
    )
    if counts:
        return counts.most_common(1)[0][0]
    for mention in context.mentions:
        if mention.label == "Country" and mention.entity_id:
            return mention.entity_id
    return None


def extract(context: DocContext) -> None:
    """Find every title phrase next to a person and add the role relations."""
    titles = _titles(context)
    home = _home_country(context, titles)
    observed = article_date(context.doc.meta.date)
    time = observed.isoformat() if observed else None
    previous: _Title | None = None
    for title in titles:
        person_id = title.person.entity_id
        assert person_id is not None
        org = title.org
        confidence = 0.8
        if org is None and not _has_place(context, title.words):
            same_person = next((t.org for t in titles if t.org and t is not title
                                and t.person.entity_id == person_id), None)
            listed = previous.org if previous is not None and previous.org and \
                previous.sentence is title.sentence else None
            fallback_id = (same_person.node_id if same_person else
                           listed.node_id if listed else
                           home if title.head in _FALLBACK_HEADS else None)
            if fallback_id is not None:
                org = Arg(fallback_id, title.name_start, title.name_end)
                confidence = 0.55
        previous = title
        name = context.doc.text[title.name_start:title.name_end]
        key = normalize_key(name).removeprefix("ال") + "|" + (org.node_id if org else "")
        position_id = context.add_entity("Position", name, key)
        span = [(title.person.start, title.person.end), (title.name_start, title.name_end)]
        evidence = context.evidence(title.sentence, span, "roles.title", confidence,
                                    (title.name_start, title.name_end))
        context.add_relation(Relation(
            id=relation_id("holdsPosition", person_id, position_id, "positive"),
            kind="holdsPosition", subject_id=person_id, object_id=position_id,
            evidence=(evidence,), time=time,
        ))
        context.roles.append(RoleFact(person_id, position_id, normalize_key(name),
                                      org.node_id if org else None, title.name_start))
        if org is None:
            continue
        context.add_relation(Relation(
            id=relation_id("positionOf", position_id, org.node_id, "positive"),
            kind="positionOf", subject_id=position_id, object_id=org.node_id,
            evidence=(evidence,), time=time,
        ))
        head_word = next((w for w in title.words if is_title_head(w)), title.words[0])
        next_word = title.words[title.words.index(head_word) + 1].norm \
            if title.words.index(head_word) + 1 < len(title.words) else ""
        if title.head in LEADER_HEADS and not title.former and next_word not in _NOT_LEADER_NEXT \
                and not any(w.bare() == "نائب" for w in title.words):
            context.add_relation(Relation(
                id=relation_id("leads", person_id, org.node_id, "positive"),
                kind="leads", subject_id=person_id, object_id=org.node_id,
                evidence=(evidence,), time=time,
            ))


def person_for_title(context: DocContext, word: Word) -> str | None:
    """«الرئيس», «رئيس الجمهورية», «الوزير»: the last person introduced with that title head."""
    heads = {rest for _, rest in word.readings() if rest in TITLE_HEADS}
    if not heads:
        return None
    for role in reversed(context.roles):
        if role.start < word.start and any(
            h in role.position_name or h.removesuffix("ه") in role.position_name for h in heads
        ):
            return role.person_id
    return None


def unnamed_holder(context: DocContext, words: list[Word], position: int,
                   sentence: Sentence) -> tuple[Arg, str] | None:
    """«زعيم تنظيم الدولة الإسلامية»: a person known only by a leading role, and what they lead.

    Not when a name follows the title («الأمين العام لحلف الناتو جينس ستولتنبرغ»).
    """
    word = words[position]
    if word.bare() not in LEADER_HEADS:
        return None
    window = context.mentions_between(word.end, min(sentence.end, word.end + 60))
    organisations = [m for m in window if m.label in ORGANIZATION_LABELS and m.entity_id]
    if not organisations or _gap_words(context, word, organisations[0]) > 3:
        return None
    organisation = organisations[0]
    named = [m for m in window if m.label == "Person"]
    if named and _gap_words(context, word, named[0]) <= 6:
        return None
    assert organisation.entity_id is not None
    prefix = next((p for p, rest in word.readings() if rest in LEADER_HEADS or
                   rest == "ال" + word.bare()), "")
    prefix = prefix.removesuffix("ال")
    start = word.start + len(prefix)
    name = context.doc.text[start:organisation.end]
    person_id = context.add_entity("Person", name, normalize_key(name) + "|" +
                                   organisation.entity_id)
    return Arg(person_id, start, organisation.end), organisation.entity_id


def _gap_words(context: DocContext, word: Word, mention: Mention) -> int:
    target = context.word_at(mention.start)
    return target.index - word.index if target else 99


def add_leads(context: DocContext, holder: Arg, organisation_id: str, sentence: Sentence) -> None:
    evidence = context.evidence(sentence, [(holder.start, holder.end)], "roles.unnamed", 0.6,
                                (holder.start, holder.end))
    context.add_relation(Relation(
        id=relation_id("leads", holder.node_id, organisation_id, "positive"),
        kind="leads", subject_id=holder.node_id, object_id=organisation_id,
        evidence=(evidence,),
    ))
