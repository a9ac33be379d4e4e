"""Which of the candidates after a stance trigger are its objects, in special frames.

A stance toward an act not taken («عدم», «غياب»: :func:`absent_act`), the target of a
threatened hostile act (:func:`threatened_target`), the body a bare definite head stands for
(«الوزارة»: :func:`named_body`), a definite group of people (:func:`definite_group`), the
first named candidate and those coordinated with it (:func:`first_named`,
:func:`coordinated_object`), «بـ» drawn out before a quotation (:func:`detached_ba`) and
the partners after «مع» or «بين» (:func:`described_partner`, :func:`partner_args`). Read for
:mod:`kg.relations.stance_objects`.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.actors import institution_after
from kg.relations.arguments import (
    Candidate,
    commit_holder,
    preposition,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    StanceTrigger,
    find_stance,
)
from kg.relations.rules import ObjectSource
from kg.relations.stance_addressees import (
    quoted_appeal,
)
from kg.relations.stance_group_objects import GROUP_KINDS, group_object
from kg.relations.stance_phrases import (
    boundary,
    topic_entity,
    topic_phrase,
)

_ABSENCE = frozenset({"عدم", "غياب", "انعدام"})



def absent_act(words: list[Word], first_word: int) -> bool:
    """«استياءها من عدم نقد العرب لباكستان», «انتقد غياب إدانة X لـ Y»: the stance is toward
    another stance not taken; the names after that act are its own holder and object, not
    this stance's (a preposition of the frame may come first)."""
    index = first_word
    if index < len(words) and words[index].norm in {"من", "علي", "ازاء", "تجاه"}:
        index += 1
    if index + 1 >= len(words):
        return False
    absence = words[index]
    act = words[index + 1]
    return (absence.norm in _ABSENCE or absence.bare() in _ABSENCE) and \
        (find_stance(act.norm) is not None or act.norm == "نقد")  # «نقد» alone may be cash



_HOSTILE_ACTS = frozenset({"شن", "استهداف", "قصف", "ضرب", "مهاجمه", "اجتياح", "تدمير",
                           "اغتيال", "تصفيه", "ملاحقه"})



_THREAT_REACH = 6



def threatened_target(context: Extraction, words: list[Word], first_word: int,
                       skip: set[str]) -> Candidate | None:
    """«هدد تنظيم داعش بشن هجمات على السعودية», «هددت إيران باستهداف القواعد الأمريكية»:
    a threat of a hostile act («بـ» + «شن», «استهداف», «قصف» ...) is toward the act's
    target, named (or by its country adjective) within a few words of it, never a place
    after «في»."""
    if first_word >= len(words) or not (words[first_word].norm[1:] in _HOSTILE_ACTS and
                                        words[first_word].norm.startswith("ب")):
        return None  # «بشن» is too short for the clitic readings
    for index in range(first_word + 1, min(len(words), first_word + 1 + _THREAT_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm == "في" or \
                find_stance(word.norm) is not None:
            return None
        mention = context.mention_starting_in(word)
        if mention is None or not mention.entity_id or mention.entity_id in skip:
            continue
        if mention.label not in AGENT_LABELS or preposition(context, mention) in {"في", "ب"}:
            return None
        source: ObjectSource = "nisba" if context.is_nisba(mention) else "mention"
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, source)
    return None



_BODY_HEADS = frozenset({
    "وزاره", "هيئه", "امانه", "جمعيه", "لجنه", "جامعه", "بلديه", "مديريه", "وكاله", "محكمه",
    "سفاره", "منظمه", "مؤسسه", "شركه", "نادي", "مجلس",
})
"""Heads of institutions' names that news uses alone, with «ال», for the body it named in
full before («وزارة الصحة» ... «داعيا الوزارة إلى»)."""



def named_body(context: Extraction, candidate: Candidate) -> Candidate:
    """A topic phrase that is a bare definite body head («الوزارة», «الهيئة») is the one body
    with that head the document named before it (its first word the same head); with none or
    with two such bodies it stays as it was."""
    if candidate.source != "topic":
        return candidate
    word = context.word_at(candidate.arg.start)
    if word is None or word.end != candidate.arg.end:
        return candidate
    head = word.bare()
    if head not in _BODY_HEADS or not word.norm.lstrip("وفبل").startswith("ال"):
        return candidate
    bodies: dict[str, Mention] = {}
    for mention in context.mentions_between(0, word.start):
        first = context.word_at(mention.start)
        if mention.entity_id and mention.label in _BODY_LABELS and first is not None and \
                first.has(frozenset({head})):
            bodies[mention.entity_id] = mention
    if len(bodies) != 1:
        return candidate
    ((node, mention),) = bodies.items()
    return Candidate(Arg(node, candidate.arg.start, candidate.arg.end), candidate.preposition,
                     mention.label, candidate.word_index, "mention")



_BODY_LABELS = frozenset({"GovernmentBody", "Organization", "InternationalOrganization",
                          "MediaOrganization", "PoliticalParty"})



def definite_group(context: Extraction, words: list[Word], first_word: int, trigger: StanceTrigger,
           candidates: list[Candidate], crossing: bool) -> Candidate | None:
    """A definite group of people at the object's first word, before any name (see
    :mod:`kg.relations.stance_group_objects`); after punctuation only when ``crossing`` a
    comma that closes the subject's apposition."""
    if trigger.kind not in GROUP_KINDS or first_word >= len(words) or \
            (candidates and candidates[0].word_index <= first_word) or \
            (first_word > 0 and not crossing and
             boundary(context, words[first_word - 1], words[first_word]) and
             not quoted_appeal(context, words, first_word, trigger)):
        return None  # past a comma, but not past the quote that opens an appeal's words
    return group_object(context, words, first_word, trigger)



def first_named(context: Extraction, candidates: list[Candidate],
                 sentence: Sentence) -> list[Candidate]:
    """The first event or named agent or place among the candidates, else a nisba."""
    events = [c for c in candidates if c.source == "event"]
    entities = [c for c in candidates if c.source in {"mention", "holder"}
                and (c.label in AGENT_LABELS or c.label in {"Place", "City", "Region"})]
    nisba = [c for c in candidates if c.source == "nisba"]
    ordered = sorted(events + entities, key=lambda c: c.word_index)
    if ordered:
        commit_holder(context, ordered[0], sentence)
        return [ordered[0]]
    return nisba[:1]



def coordinated_object(context: Extraction, words: list[Word], first: Candidate,
                        candidates: list[Candidate]) -> list[Candidate]:
    """«انتقد X الولايات المتحدة وبريطانيا», «دعا X الحكومة والحوثيين إلى الحوار»: a second
    named agent joined by «و» right after the first named object, with no mark between them,
    is an object too; so is a body the NER missed, named by its head with «و» glued to it
    («انتقادات لحزب X وحركة التغيير»)."""
    if first.source != "mention" or first.label not in AGENT_LABELS:
        return []
    for candidate in candidates:
        if candidate.word_index <= first.word_index:
            continue
        joined = context.doc.text[first.arg.end:candidate.arg.start]
        mention = context.mention_starting_in(words[candidate.word_index])
        if candidate.source != "mention" or candidate.label not in AGENT_LABELS or \
                joined.strip() != "و" or candidate.preposition not in {"", first.preposition} \
                or mention is None or context.is_nisba(mention):
            break
        return [candidate]
    return _joined_institution(context, words, first)


def _joined_institution(context: Extraction, words: list[Word],
                        first: Candidate) -> list[Candidate]:
    """«لحزب X وحركة التغيير»: the untagged body joined by a glued «و» right after the
    first named object (see :func:`kg.relations.actors.institution_after`)."""
    mention = context.mention_starting_in(words[first.word_index])
    if mention is None:
        return []
    index = context.mention_words(mention)[1] - words[0].index + 1
    if index >= len(words) or not words[index].norm.startswith("و") or \
            context.doc.text[mention.end:words[index].start].strip():
        return []
    found = institution_after(context, words, index)
    if found is None:
        return []
    arg = found[0]
    return [Candidate(arg, first.preposition, context.label(arg.node_id), index, "mention")]



def detached_ba(context: Extraction, words: list[Word], index: int) -> bool:
    """«بـ"الهجوم الإرهابي"», «بـ«هجوم إرهابي»»: «ب» drawn out with a tatweel before a
    quotation, the verb's preposition kept apart from its object by the quotation mark (only
    for condemning: after an appeal's or a threat's «بـ» comes the demand, not an object)."""
    if index + 1 >= len(words) or words[index].norm.lstrip("و") != "ب":
        return False
    text = context.doc.text
    between = text[words[index].end:words[index + 1].start]
    drawn = text[words[index].end - 1] == "ـ" or between.startswith("ـ")
    return drawn and between.lstrip("ـ").strip() in _OPENING_QUOTES



_OPENING_QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})



def described_partner(context: Extraction, words: list[Word], first_word: int) -> Candidate | None:
    """«تعاونت مع سلطات الأمن», «التنسيق مع الجهات المعنية»: a described partner right after
    «مع»."""
    index = first_word + 1
    if index >= len(words) or words[first_word].norm != "مع" or \
            context.boundary_between(words[first_word], words[index]):
        return None
    person = _described_person(context, words, index)
    if person is not None:  # «تعاون مع عالم الأحياء الصيني X»: the scientist is X
        return Candidate(person, "", None, index, "partner")
    topic = topic_entity(context, words, index)
    return Candidate(topic, "مع", None, index, "topic") if topic is not None else None


def _described_person(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«مع عالم الأحياء العتيقة الصيني جون تشانج»: the person named right after a described
    phrase at ``words[index]`` ended by a country's adjective, in one clause; the phrase and
    the adjective describe that person (an apposition), who is the partner."""
    phrase = topic_phrase(context, words, index)
    if phrase is None:
        return None
    past = next((at for at in range(index, len(words)) if words[at].start >= phrase.end),
                len(words))
    for at in range(index + 1, min(past + 1, len(words) - 1)):
        if boundary(context, words[at - 1], words[at]):
            return None
        nisba = context.covering_mention(words[at].start)
        if nisba is None:
            continue
        if not context.is_nisba(nisba) or nisba.end > words[at].end or \
                boundary(context, words[at], words[at + 1]):
            return None
        person = context.mention_starting_in(words[at + 1])
        if person is None or person.label != "Person" or not person.entity_id or \
                person.start != words[at + 1].start:
            return None
        return Arg(person.entity_id, person.start, person.end)
    return None



def partner_args(context: Extraction, words: list[Word], position: int, sentence: Sentence,
              candidates: list[Candidate], subjects: list[Arg]) -> list[Arg]:
    """«التنسيق مع X», «تنسيق ... بيننا» (with the other actor of the sentence)."""
    with_ = [c.arg for c in candidates if c.preposition in {"مع", "بين"} and c.source != "event"]
    if with_:
        return with_[:1]
    for word in words[position + 1:position + 6]:
        if word.norm == "بيننا":
            own = {s.node_id for s in subjects}
            for other in context.mentions_between(sentence.start, sentence.end):
                if other.entity_id and other.entity_id not in own and \
                        other.label in AGENT_LABELS - {"Person"}:
                    return [Arg(other.entity_id, other.start, other.end)]
            for other_word in words:
                country = context.country_for_nisba(other_word) if other_word is not word else None
                if country and country not in own:
                    return [Arg(country, other_word.start, other_word.end)]
    return []
