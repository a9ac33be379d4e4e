"""A person by title alone: «وقال الرئيس», «زعيم تنظيم الدولة الإسلامية».

A bare title later in the text («الرئيس», «وزير الخارجية») is the last person
introduced with that head, of the same country and office; a leading title with no
name after it («زعيم تنظيم الدولة الإسلامية») is a person known only by what they
lead.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.gazetteer.extractors import is_adjective_mention
from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import LEADER_HEADS, TITLE_HEADS
from kg.relations.rules import Rule
from kg.relations.title_complement import complement_after, same_office
from kg.text.normalize import normalize_key


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
