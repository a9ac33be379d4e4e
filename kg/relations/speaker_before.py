"""The speaker named before a reporting verb: «بيد أن الخطيب أشار», «أما X فأوضح».

In the verb's clause, the nearest speaker («موسكو والمتمردين ينفون»: the first of a
chain joined by «و»); a name fronted as a topic and set off by a comma («المواطن X، قال:
إن»); the person of «أما X ... وقال» or the one the reporter met («والتقينا بـ X ...
وقال»); a title before the verb for the person introduced with it.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS, PERSON_NOUNS
from kg.relations.role_holders import person_for_title
from kg.relations.role_words import is_title_head
from kg.relations.speaker_fronted_topics import in_fronted_topic
from kg.relations.speaker_readings import (
    ANONYMOUS_READING,
    NO_SPEAKER,
    SPEAKER_LABELS,
    WINDOW,
    SpeakerReading,
    mention_speaker,
)

CLAUSE_PARTICLES = frozenset({
    "و", "ف", "ثم", "كما", "قد", "وقد", "فقد", "لقد", "كان", "وكان", "من", "جهته", "جهتها",
    "جانبه", "جانبها", "بدوره", "بدورها", "هنا", "وهنا", "كذلك", "بينما", "فيما", "حيث", "اذ",
    "بعدها", "لكن", "ولكن", "الا", "وفي", "في", "ذلك", "هذا", "السياق", "الصدد",
    # «وفي حين يعلّق X ...»: «في حين» (whereas) opens a clause
    "حين",
    # «في البداية أشاد X ...», «وفي المقابل قال X»: a phrase that orders the report
    "البدايه", "المقابل", "الختام", "النهايه",
})
"""Words that may open a clause before its verb without being its subject."""


def clause_start(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether only particles («من جهته،», «وكان», «كما») stand before the verb in its clause."""
    index = position - 1
    while index >= 0:
        if context.boundary_between(words[index], words[index + 1]):
            return True
        word = words[index]
        if word.norm not in CLAUSE_PARTICLES and word.bare() not in CLAUSE_PARTICLES:
            return False
        index -= 1
    return True


_FRONTED_ROLES = PERSON_NOUNS | frozenset({
    "مواطن", "مواطنه", "زائر", "زائره", "مقيم", "مقيمه", "طالب", "طالبه", "حاج", "حاجه",
    "معتمر", "معتمره", "متسوق", "متسوقه", "سائح", "سائحه", "مشارك", "مشاركه", "متقاعد",
    "مهندس", "معلم", "معلمه", "موظف", "موظفه", "مزارع", "تاجر", "اب", "ام", "والد", "والده",
})
"""Words that name a person by what they are in a vox-pop report («المواطن», «الزائرة»)."""
_FRONTED_REACH = 3
_COMMAS = frozenset({"،", ","})


def fronted_speaker(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """«المواطن سامي الحربي، قال: إن ...», «وليد الشمري، قال إن ...»: a person named at the
    head of the sentence, past at most a few words of role or title, and set off by a comma
    right before the verb of saying: the name is the verb's subject, fronted as a topic."""
    if position < 1 or context.gap(words[position - 1], words[position]).strip() not in _COMMAS:
        return None
    mention = context.covering_mention(words[position - 1].end - 1)
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.end != words[position - 1].end:
        return None
    first, _ = context.mention_words(mention)
    first -= words[0].index
    if _TITLE_REACH >= first > _FRONTED_REACH and _titled_topic(context, words, mention, first):
        return mention  # «مدير عام التخطيط العمراني في أمانة المنطقة سابقا المهندس X، قال:»
    if not 0 <= first <= _FRONTED_REACH:
        return None
    for index in range(first):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or not (
                (index == 0 and word.norm == "و") or word.has(_FRONTED_ROLES)
                or word.norm in HONORIFICS or is_title_head(word)):
            return None
    return mention


_TITLE_REACH = 14
"""How many words a fronted speaker's title may run to before the name."""


def _titled_topic(context: Extraction, words: list[Word], mention: Mention, first: int) -> bool:
    """The sentence opens with a title that the roles found for the fronted person (a long
    one: «مدير عام التخطيط العمراني في أمانة المنطقة الشرقية سابقا المهندس X، قال:»), with no
    mark between the title and the name."""
    if not is_title_head(words[0]) or any(context.boundary_between(words[index], words[index + 1])
                                          for index in range(first)):
        return False
    return any(role.person_id == mention.entity_id and role.start == words[0].start
               for role in context.roles)


def woman_by_role(context: Extraction, words: list[Word], person: Mention, verb: Word) -> None:
    """«الزائرة X، قالت», «أما المواطنة X فقد ... وقالت»: a feminine role word before the
    name and a feminine verb say the fronted speaker is a woman."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    first, _ = context.mention_words(person)
    roles = words[:first - words[0].index]
    if form.endswith("ت") and any(word.has(_FRONTED_ROLES) and word.bare().endswith("ه")
                                  for word in roles):
        female = context.discourse.female_speakers | {person.entity_id or ""}
        context.discourse = replace(context.discourse, female_speakers=female - {""})


_TOPICS = frozenset({"اما", "واما"})
_MEETING_US = frozenset({"التقينا", "والتقينا", "سالنا", "وسالنا", "التقت", "والتقت"})
"""«والتقينا بأحد مرتادي العين X ...، وقال:», «وسألنا المواطن X ... فقال»: the reporter met
or asked a person, who then speaks («التقت» with the newspaper as subject: «التقت "اليوم"»)."""


def person_met(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The one person the reporter met or asked earlier in the sentence, for a verb of
    saying joined to it by «و» or «ف» with no subject of its own."""
    verb = words[position]
    if not verb.norm.startswith(("و", "ف")):
        return None
    meeting = next((index for index in range(position) if words[index].norm in _MEETING_US),
                   None)
    if meeting is None:
        return None
    people = [m for m in context.mentions_between(words[meeting].end, verb.start)
              if m.label == "Person"]
    if not people or not people[0].entity_id or \
            any(m.entity_id != people[0].entity_id for m in people):
        return None
    return people[0]


def unnamed_topic(context: Extraction, words: list[Word], position: int) -> bool:
    """«أما الدكتور محمد الحيزان، مستشار إعلامي، فأوضح أن»: the verb after «أما» and a title
    has the topic as its subject even when no name was read in it; the earlier speaker
    does not go on speaking («أما عن الأسعار فقال» has no subject of its own)."""
    verb = words[position]
    if position < 2 or words[0].norm not in _TOPICS or not (
            verb.norm.startswith("ف") or words[position - 1].norm in {"فقد", "فقط"}):
        return False
    opener = words[1]
    return opener.norm in HONORIFICS or is_title_head(opener) or opener.has(_FRONTED_ROLES)


def sentence_topic(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """«أما الزائر X فقد أعرب عن إعجابه بالفعاليات ... وقال إنه ...»: a verb joined by «و»
    later in a sentence that opens with «أما» and a person (past words of role) has that
    person as its subject, when no other person is named between them."""
    verb = words[position]
    if position < 4 or not verb.norm.startswith("و") or words[0].norm not in _TOPICS:
        return None
    people = [m for m in context.mentions_between(words[1].start, verb.start)
              if m.label == "Person"]
    if not people or not people[0].entity_id or \
            any(m.entity_id != people[0].entity_id for m in people):
        return None
    first, last = context.mention_words(people[0])
    first -= words[0].index
    last -= words[0].index
    if not 1 <= first <= 1 + _FRONTED_REACH or last + 1 >= position or \
            not words[last + 1].norm.startswith("ف") or \
            not all(words[index].has(_FRONTED_ROLES) or is_title_head(words[index])
                    for index in range(1, first)):
        return None
    return people[0]


_TOPIC_OPENERS = frozenset({"عن", "وعن", "حول", "وحول", "بشان", "وبشان", "بخصوص", "وبخصوص"})
_TOPIC_REACH = 6


def _topic_before(context: Extraction, words: list[Word], position: int) -> bool:
    """«وعن حجم الجرائم قال: ...», «وحول الاتفاق قال»: a short phrase on the topic opens
    the sentence and names no one; the verb has no subject of its own."""
    return 1 < position <= _TOPIC_REACH and words[0].norm in _TOPIC_OPENERS and \
        not context.mentions_between(words[0].start, words[position].start) and \
        not any(context.boundary_between(left, right)
                for left, right in pairwise(words[:position + 1]))


def subject_before(context: Extraction, words: list[Word], position: int) -> SpeakerReading:
    if clause_start(context, words, position) or _topic_before(context, words, position):
        return NO_SPEAKER
    verb = words[position]
    start = words[max(0, position - WINDOW)].start
    candidates = [
        m for m in context.mentions_between(start, verb.start)
        if m.label in SPEAKER_LABELS and m.entity_id and not context.is_prepositional(m)
        and not context.is_nisba(m) and context.speaker_at(m.start) is None
        and not in_fronted_topic(context, words, m, position)
        and not (m.label != "Person" and _of_person_noun(context, m, PERSON_NOUNS))
        and not _of_person_noun(context, m, _DOCUMENT_NOUNS)
        and not any(mark in context.doc.text[m.end:verb.start]
                    for mark in (":", "..", "«", "»", "\"", "“", "”"))
    ]
    persons = [m for m in candidates if m.label == "Person"]
    nearest = (persons or candidates)[-1] if candidates else None
    gap = len(context.doc.text[nearest.end:verb.start].split()) if nearest else 0
    if nearest is not None and (nearest.label == "Person" or gap <= 1):
        # an organisation or country, or a capital, speaks only right before its verb
        return mention_speaker(context, _first_of_chain(context, candidates, nearest), "before")
    for word in reversed(words[max(0, position - 4):position]):
        if is_title_head(word):
            person = person_for_title(context, word)
            if person:
                return SpeakerReading(person, "title_ref")
    return ANONYMOUS_READING


_DOCUMENT_NOUNS = frozenset({"ميثاق", "نص", "نصوص", "دستور", "قانون", "قرار", "قرارات",
                             "معاهده", "اتفاقيه", "مبادئ", "مبادي"})
"""«بنصوص ميثاق الأمم المتحدة التي تؤكد على ...»: a document, whose words no one states in
the news; the body named in its genitive is not speaking."""


def _of_person_noun(context: Extraction, mention: Mention, nouns: frozenset[str]) -> bool:
    """«وكان مسؤول الاتحاد الأوروبي قد قال»: a body in the genitive of a person noun right
    before it names whose official spoke, not the speaker (an unnamed one: no statement);
    an entity in the genitive of a document noun («ميثاق الأمم المتحدة التي تؤكد»), whose
    document, not the entity, says it (``nouns``: the nouns that take the genitive)."""
    word = context.word_at(mention.start)
    if word is None or word.index == 0:
        return False
    before = context.words[word.index - 1]
    if before.sentence_index != word.sentence_index or \
            context.boundary_between(before, word):
        return False
    prefix, rest = before.readings()[-1]
    return rest in nouns and not prefix.endswith("ال")


def _first_of_chain(context: Extraction, candidates: list[Mention], nearest: Mention) -> Mention:
    """«موسكو والمتمردين ينفون»: the first of the speakers joined by «و» (one speaker)."""
    first = nearest
    for mention in reversed(candidates[:candidates.index(nearest)]):
        if context.norm(mention.end, first.start + 1).strip() in {"و", ""}:
            first = mention
        else:
            break
    return first
