"""Stance between actors or toward events: opposes, supports, criticizes, rejects, denies, urges ...

A stance trigger (verb or verbal noun, see ``lexicon.STANCE``) or an emotion
word («سعداء ب») gives ``kind(subject, object)``. The subject is the head of the
phrase that holds the stance, never a nearby name. Small local phrase rules do
the work of a noun-phrase chunker (none was built: these cover the attachment
errors read on dev at a few milliseconds per article):

- verbs: the subject after the verb («ورفض الوزير X»), after a role noun
  («انتقد المخرج السعودي X»), a name that opens the clause before an imperfect
  («X يهاجم Y»), a preverbal name in the same clause that no preposition governs
  and no relative pronoun separates («جماعات الضغط الموالية لـ X في Y تعارض»
  has none), the speaker for «إنه يرفض» in a report, the subject of the verb it
  is coordinated with, or the previous actor only for a verb that opens its
  clause with no subject of its own («وأشاد بما ...», «، ودعا الوزير ...»), else the
  speaker whose statement the sentence continues, as «وأضاف» would take it («وطالب
  الحوثيين ...»: a plural in «ـين» after the verb is its object, never its subject);
- verbal nouns: a first-person speaker, the genitive agent («رفض مصر», «دعم ووقوف
  دولة الإمارات»), «على لسان X», the subject before a possessive noun («جدد X
  دعوته»), or of a light verb («وجه X دعوة»);
- adjectives («الموالية ل», «الداعمة ل») take the named head right before them;
  circumstantial participles («مشيدا», «داعيا», «مؤكدا دعمه») the subject of their
  clause, or the continued speaker when they open the sentence (as a light verb that opens
  it does: «وعبر عن رفضه ...»);
- the object comes after the subject and its own title («دعت X رئيسة ...» has
  none), never a name coordinated with the subject, the genitive of a person noun
  («بمبعوث دول المجلس»), a place after «في», a nisba that describes a thing or a
  person («التحرك التركي»), or anything past the next stance word; for urges
  it is the addressee right after the verb, never the demand («بضرورة», «إلى»);
  for criticizes the accused, never the charge («اتهمه بـ»); a descriptive
  phrase («الاتهامات», «شركات الطيران») stops at a conjunction or a new
  prepositional phrase, after adjectives of degree («أسفه الشديد»); «أي» opens one only
  for a stand against it («رفضها لأي تدخل أجنبي», «أي خفض للإنتاج»);
- not stances: «رفض التعليق», material support («دعم مالي», «بالسلاح»),
  thanks without a deed, regret for a death, «مما دعا X», prayers («داعيا الله»);
- «لم نكن سعداء ب X» is ``opposes`` X, «سعداء ب X» is ``supports`` X; any other
  negation makes the polarity negative; hedges, conditionals, quotes and
  denials set the modality; coordinatesWith also reads «بين X و Y» and «بيننا».

Confidence is the trigger's, less for arguments read from further away (a
previous sentence, a participle's clause, a nisba), see :func:`confidence_of`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.actors import actor_phrase, institution_after
from kg.relations.arguments import (
    Candidate,
    chain,
    commit_holder,
    first_person_near,
    is_first_person,
    is_place,
    kingdom,
    known_person,
    past_title_complement,
    preposition,
    scan_after,
    speaker_affiliation,
    subject_after,
    subject_before,
    topicalised_subject,
    typed_name,
)
from kg.relations.context import Extraction
from kg.relations.deeds import deed_actor, earlier_name
from kg.relations.findings import DocState, Findings, Turn
from kg.relations.index import AGENT_LABELS, STANCE_WORD, Arg, ArgsFound, DocIndex, Word
from kg.relations.lexicon import (
    ADDRESSEE_FROM,
    COMPLEMENTIZERS,
    DECLINED_TOPICS,
    EMOTION_POSITIVE,
    FACING_VERBS,
    FUNCTION_WORDS,
    HONORIFICS,
    INTENSIFIERS,
    NISBA,
    ONE_OF_CRITICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    RESUMPTIVE,
    STANCE_ADJECTIVES,
    STANCE_LIGHT_VERBS,
    VERBAL_ONLY,
    StanceTrigger,
    find_event,
    find_reporting,
    find_stance,
)
from kg.relations.polarity import emotion_negated, is_negated, modality, polarity, questioned
from kg.relations.roles import is_title_head
from kg.relations.rules import ArgsHow, ObjectSource, Rule, stance_rule
from kg.relations.speakers import continued_speaker
from kg.relations.stance_phrases import (
    ANY_QUANTIFIERS,
    COMMAS,
    DEMONSTRATIVES,
    NAME_HEADS,
    QUANTIFIERS,
    RELATIVES,
    Phrase,
    boundary,
    conjunction,
    definite,
    glued_lam,
    possessive,
    prepositional,
    skip_intensifiers,
    titled_name_follows,
    topic_entity,
    topic_phrase,
    without_clitics,
)
from kg.relations.stance_triggers import as_noun, live_stance, trigger_at, usable
from kg.relations.timex import article_date, resolve
from kg.relations.titled import sole_title_holder, title_head
from kg.text.normalize import normalize_key


def _subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
             trigger: StanceTrigger) -> ArgsFound:
    """The stance holder, the index of the word after it, and how it was found."""
    word = words[position]
    pronoun = first_person_near(context, words, position, lookback=3 if trigger.noun else 1)
    if pronoun is not None and (is_first_person(word) or position == 0 or
                                _copula_first_person(words, position)):
        return ArgsFound([pronoun], position + 1, "pronoun")
    if _masdar_like(word, trigger) and _light_verb(context, words, position) is not None and \
            _unnamed_agent(context, words, position):
        # «جدد الملك دعم المملكة لليمن»: the kingdom's support
        return ArgsFound([], position + 1, "")
    if word.has(EMOTION_POSITIVE):  # «لم تكن كينيا راضية», «مصر ... سعيدة»
        before = subject_before(context, words, position, max_words=8)
        if before:
            return ArgsFound(before, position + 1, "before")
        return _clause_actor(context, words, position, sentence)  # «وقال X إنه لم يكن راضيا»
    if word.has(STANCE_ADJECTIVES):
        head = _adjective_head(context, words, position)
        return ArgsFound([head], position + 1, "head") if head is not None else \
            ArgsFound([], position + 1, "")
    if _is_hal(word, trigger):
        return _clause_actor(context, words, position, sentence)
    if word.norm in ONE_OF_CRITICS:
        return ArgsFound(_one_of_critics(context, words, position), position + 1, "before")
    if trigger.noun:
        return _noun_subject(context, words, position, sentence, pronoun)
    return _verb_subject(context, words, position, sentence, pronoun)


def _verb_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  pronoun: Arg | None) -> ArgsFound:
    """VSO («ورفض الوزير X ...»), a fronted or preverbal subject («مصر ترفض»), a
    pronoun of the speaker's side, or, for a verb that opens its sentence with no
    subject of its own («وأشاد بما ...»), the previous actor."""
    fronted = _fronted_subject(context, words, position) or \
        _topic_subject(context, words, position)
    if fronted is not None:
        return ArgsFound([fronted], position + 1, "before")
    topic = topicalised_subject(context, words, position)
    if topic is not None and topic.entity_id:  # «أما X فانتقد Y», «وكان X قد رفض Y»
        return ArgsFound([Arg(topic.entity_id, topic.start, topic.end)], position + 1, "before")
    reported = _reported_holder(context, words, position)
    if reported is not None:
        return ArgsFound([reported], position + 1, "speaker")
    subjects, after = subject_after(context, words, position, sentence)
    if subjects and position + 1 < len(words) and \
            words[position + 1].start <= subjects[0].start < words[position + 1].end and \
            (_feminine_object(context, words[position], words[position + 1]) or
             _accusative_plural(context, words[position + 1])):
        subjects = []  # «ودعا وزارة الصحة إلى ...»: the ministry is called on, not calling
    if subjects and (_title_genitive(words, position, subjects[0]) or
                     _governed_arg(context, subjects[0])):
        return ArgsFound([], position + 1, "")  # «ودعا وكيل أمانة الرياض ...»: an unnamed official
    if subjects:
        return ArgsFound(subjects, after, "after")
    institution = _institution_subject(context, words, position)
    if institution is not None:
        return ArgsFound([institution[0]], institution[1], "institution")
    surname = _surname_subject(context, words, position)
    if surname is not None:
        return ArgsFound(surname, _after_args(context, words, surname), "after")
    appositive = _appositive_person(context, words, position)
    if appositive is not None:
        return ArgsFound(appositive, _after_args(context, words, appositive), "after")
    if pronoun is not None:
        return ArgsFound([pronoun], position + 1, "pronoun")
    before = _preverbal_subject(context, words, position)
    if before is not None:
        return ArgsFound([before], position + 1, "before")
    opening = _opening_institution(context, words, position)
    if opening is not None:
        return ArgsFound([opening], position + 1, "institution")
    speaker = _reported_pronoun(context, words, position)
    if speaker is not None:
        return ArgsFound([speaker], position + 1, "speaker")
    actor = context.discourse.last_actor
    if _later_quantity_subject(context, words, position):
        return ArgsFound([], position + 1, "")
    opener = _but_pronoun_subject(context, words, position)
    if opener is not None:
        return ArgsFound([opener], position + 1, "clause")
    if actor is not None and actor.sentence == sentence.index and \
            words[position].norm.startswith("و") and position > 0 and \
            _opens_clause(context, words, position, coordinated=True):
        # «موسكو ... ينفون ... وتتهمان ...»: a coordinated verb shares the clause's subject
        word = words[position]
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], \
            _past_title(context, words, position), "coordinated")
    if actor is not None and sentence.index - actor.sentence <= 1 and \
            _opens_clause(context, words, position):
        return ArgsFound([Arg(actor.node_id, words[position].start, words[position].end)], \
            _past_title(context, words, position), "previous")
    if _opens_clause(context, words, position) and not _titled_after(words, position):
        holder = _continued_holder(context, words, position, sentence,
                                   _verb_gender(words[position]))
        if holder is not None:  # «وقال X إن ... . وأضاف ... . ودعا المواطنين إلى ...»
            return ArgsFound([holder], position + 1, "previous")
    return ArgsFound([], position + 1, "")


def _titled_after(words: list[Word], position: int) -> bool:
    """«ودعا الوزير ...»: a title after the verb may name a new subject."""
    return position + 1 < len(words) and (is_title_head(words[position + 1]) or
                                          words[position + 1].norm in HONORIFICS)


def _continued_holder(context: Extraction, words: list[Word], position: int,
                      sentence: Sentence, gender: str | None) -> Arg | None:
    """«وعبر عن رفضه ...», «داعيا كل مواطن ...», «ودعا المواطنين ...» opening a sentence
    with no subject of their own: the holder is the speaker whose statement the sentence
    continues, whom a «وأضاف» there would take (:func:`speakers.continued_speaker`), when
    the word is singular, agrees with a person in gender, and no other person has been
    named since the speaker's last words."""
    if gender is None or (position > 0 and not _after_also(context, words, position)):
        return None
    word = words[position]
    speaker = continued_speaker(context, sentence, word)
    if speaker is None or context.label(speaker) not in AGENT_LABELS:
        return None
    if context.label(speaker) == "Person" and \
            (gender == "f") != (speaker in context.discourse.female_speakers):
        return None
    since = _last_words_before(context, speaker, sentence.start)
    if any(m.label == "Person" and m.entity_id not in {None, speaker}
           for m in context.mentions_between(since, word.start)):
        return None  # «من جهته طالب X ...»: another person named since may be the one acting
    return Arg(speaker, word.start, word.end)


def _last_words_before(context: Extraction, speaker: str, offset: int) -> int:
    """Where the speaker's last quote before ``offset`` ends (0 if none): a quote the
    attribution read in this sentence («وأعرب عن دعمه ...» continues the speaker there too)
    does not hide a person named in between."""
    return max((quote.end for quotes in (context.state.quotes, context.found.quotes)
                for quote in quotes.in_order_added()
                if quote.speaker == speaker and quote.end <= offset), default=0)


def _participle_gender(word: Word) -> str | None:
    """«داعيا» «m», «داعية» «f», None for a plural or dual («داعين»)."""
    bare = word.bare()
    return "m" if bare.endswith("ا") else "f" if bare.endswith("ه") else None


_SUPERLATIVES = frozenset({"اشد", "ابرز", "اكبر", "اكثر", "اهم", "اوائل", "الد"})
_BEING = frozenset({"كان", "كانت", "يعد", "تعد", "يعتبر", "تعتبر", "بات", "باتت", "اصبح",
                    "اصبحت", "ظل", "ظلت"})


def _one_of_critics(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«وكان X من أشد منتقدي Y», «ويعد X من أبرز معارضي Y»: X, named right before «من»
    in the same clause, is one of Y's critics; «عدد من معارضي النظام» names no one."""
    start = position - 1
    if start > 0 and words[start].norm in _SUPERLATIVES:
        start -= 1
    if start < 1 or words[start].norm != "من" or \
            any(boundary(context, words[i], words[i + 1]) for i in range(start - 1, position)):
        return []
    if start > 1 and words[start - 1].norm in _BEING:  # «وX كان من أشد منتقدي Y»
        start -= 1
    last = words[start - 1]
    mention = context.covering_mention(last.start)
    if mention is None or mention.end < last.end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            preposition(context, mention):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


_BUT_PRONOUNS = {"لكنه": "m", "ولكنه": "m", "لكنها": "f", "ولكنها": "f"}


def _but_pronoun_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وفشل كاميرون في الحصول على الموافقة، لكنه طلب من أعضاء البرلمان ...»: the pronoun
    of «لكنه»/«لكنها» right before the verb is the subject of the verb that opens the
    sentence, named right after it (a man for «ـه», a state or body for «ـها»)."""
    if position < 3 or words[position - 1].norm not in _BUT_PRONOUNS:
        return None
    mention = context.mention_starting_in(words[1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or context.covering_mention(words[0].start) is not None \
            or context.boundary_between(words[0], words[1]) or \
            (words[0].norm in FUNCTION_WORDS or definite(words[0])):
        return None
    person = mention.label == "Person"
    if person != (_BUT_PRONOUNS[words[position - 1].norm] == "m"):
        return None
    word = words[position]
    return Arg(mention.entity_id, word.start, word.end)


_QUANTITY_HEADS = frozenset({"عدد", "العديد", "كثير", "الكثير", "بعض", "مجموعه", "عشرات",
                             "مئات", "الاف", "اغلب", "معظم"})


def _later_quantity_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """«كما رحب بالاتفاق عدد من دول الجوار»: a verb, its short object, then «عدد من ...»:
    the subject comes after the object, so the verb does not continue the previous actor."""
    for index in range(position + 2, min(len(words) - 1, position + 6)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        word = words[index]
        if (word.norm in _QUANTITY_HEADS or word.bare() in _QUANTITY_HEADS) and \
                words[index + 1].norm == "من":
            return True
    return False


def _surname_subject(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«وأشاد الضاهر بالدور ...», «وانتقد العتيبي القرار», «وطالب الدكتور العتيبي»: a
    surname right after the verb (and an honorific), that no mention covers, names the one
    person of the text called so in full before; a name coordinated with it holds the same
    stance («ودعم بلاتيني والاتحاد الأوروبي X»)."""
    index = _past_honorific(context, words, position + 1)
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    word = words[index]
    person = known_person(context, word)
    if person is None:
        return None
    return [Arg(person, word.start, word.end), *_coordinated_agent(context, words, index + 1)]


def _past_honorific(context: Extraction, words: list[Word], index: int) -> int:
    """Past one honorific before a name no mention covers («الدكتور العتيبي»)."""
    if index + 1 < len(words) and words[index].norm in HONORIFICS and \
            context.covering_mention(words[index + 1].start) is None and \
            not context.boundary_between(words[index], words[index + 1]):
        return index + 1
    return index


def _coordinated_agent(context: Extraction, words: list[Word], index: int) -> list[Arg]:
    """«بلاتيني والاتحاد الأوروبي»: a named agent joined by «و» right after a subject."""
    if index >= len(words) or not conjunction(words[index]) or \
            context.boundary_between(words[index - 1], words[index]):
        return []
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.start == words[index].start or not mention.entity_id or \
            mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or preposition(context, mention):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _unknown_name_after(context: Extraction, words: list[Word], index: int) -> bool:
    """«وطالب الدكتور السدلان بـ ...»: an honorific and a word no mention covers, not a title
    nor a function word, is a subject's name kg does not know."""
    if index + 1 >= len(words) or words[index].norm not in HONORIFICS or \
            context.boundary_between(words[index], words[index + 1]):
        return False
    name = words[index + 1]
    return context.covering_mention(name.start) is None and not is_title_head(name) and \
        name.norm not in FUNCTION_WORDS and not prepositional(name) and \
        name.norm not in HONORIFICS


def _governed_arg(context: Extraction, arg: Arg) -> bool:
    """«ورحب أمير الكويت بالأمير X»: a name after a preposition is not the subject."""
    word = context.word_at(arg.start)
    if word is None:
        return False
    clitic = normalize_key(context.doc.text[word.start:arg.start]).lstrip("وف")
    if clitic[:1] in {"ب", "ل", "ك"}:
        return True
    before = context.words[word.index - 1] if word.index > 0 else None
    if before is not None and (is_title_head(before) or before.has(HONORIFICS)) and \
            prepositional(before) and not context.boundary_between(before, word):
        return True  # «بالأمير X»
    return before is not None and before.norm in PREPOSITIONS and \
        not context.boundary_between(before, word)


def _title_genitive(words: list[Word], position: int, subject: Arg) -> bool:
    """The name right after a construct title («وكيل أمانة الرياض») is what the title
    governs, never the title holder's name."""
    index = position + 1
    return index + 1 < len(words) and is_title_head(words[index]) and \
        not definite(words[index]) and \
        words[index + 1].start <= subject.start < words[index + 1].end


def _past_title(context: Extraction, words: list[Word], position: int) -> int:
    """The index after the verb and a title that names the previous actor («ودعا الوزير»,
    «وحذر الناطق باسم حماس»: the body the title speaks for is no object)."""
    after = position + 1
    if after < len(words) and (is_title_head(words[after]) or words[after].norm in HONORIFICS):
        after = past_title_complement(context, words, after + 1)
    return after


_PRONOUN_COMPLEMENTIZERS = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها"})


def _reported_pronoun(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وقال X إنه «يرفض ...»»: the pronoun after «أن» is the speaker, the verb's subject."""
    speaker = context.speaker_at(words[position].start)
    if speaker is None or position == 0:
        return None
    for index in (position - 1, position - 2):
        if index >= 0 and words[index].norm in _PRONOUN_COMPLEMENTIZERS:
            word = words[position]
            return Arg(speaker, word.start, word.end)
        if index >= 0 and words[index].norm not in _BEFORE_VERB:
            return None
    return None


_AGREEING_PRONOUNS = {"انه": "ي", "بانه": "ي", "انها": "ت", "بانها": "ت"}
_HIS_COUNTRY = frozenset({"بلاده", "بلادها"})
_THAT_ONLY = frozenset({"ان", "بان"})


def _reported_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """In a reported clause, before a name after the verb is read as its subject: «وقال X
    إنه يدعم Y» (the pronoun agrees with the verb: the speaker supports Y, Y is the
    object), «وقال X إن بلاده ترفض Y» (the speaker's country, from the title that names
    it)."""
    speaker = context.speaker_at(words[position].start)
    if speaker is None or position < 2:
        return None
    word, before = words[position], words[position - 1]
    prefix = _AGREEING_PRONOUNS.get(before.norm)
    if prefix is not None and word.norm.startswith(prefix):
        return Arg(speaker, word.start, word.end)
    if before.norm in _HIS_COUNTRY and words[position - 2].norm in _THAT_ONLY and \
            word.norm.startswith("ت"):
        country = _country_of(context, speaker)
        return Arg(country, before.start, before.end) if country is not None else None
    return None


def _country_of(context: Extraction, person_id: str) -> str | None:
    """The country of a person's latest title («وزير الخارجية المصري»: Egypt)."""
    for role in reversed(context.roles):
        if role.person_id == person_id and role.org_id and \
                context.label(role.org_id) == "Country":
            return role.org_id
    return None


def _opens_clause(context: Extraction, words: list[Word], position: int,
                  coordinated: bool = False) -> bool:
    """A verb that opens its sentence, or a clause after a comma with «و», and is followed
    by a preposition or a title («وأشاد بما ...», «، ودعا الوزير ...»), not by a word that
    may be an unrecognised name of its own subject («ودعا باسلمة ...»)."""
    word = words[position]
    if position > 0 and not (word.norm.startswith("و") and (
            coordinated or context.boundary_between(words[position - 1], word))) and \
            not _after_also(context, words, position):
        return False
    if position + 1 >= len(words):
        return False
    following = words[position + 1]
    if _coordinated_unknown(context, words, position + 1) or \
            _unknown_name_after(context, words, position + 1):
        return False  # «ودعم بلاتيني والاتحاد الأوروبي»: a subject kg does not know
    return following.norm in FUNCTION_WORDS or prepositional(following) or \
        is_title_head(following) or following.norm in HONORIFICS or \
        following.norm in _CLITIC_RELATIVES or _feminine_object(context, word, following) or \
        _accusative_plural(context, following)


def _accusative_plural(context: Extraction, word: Word) -> bool:
    """«وناشد المواطنين», «وطالب المسؤولين», «ودعا الحوثيين»: a definite plural in «ـين»
    right after the verb is its object (its subject would read «المواطنون», «الحوثيون»), so
    the verb has none of its own; a group the NER named counts, not a person or a place
    («البحرين»)."""
    norm = word.norm
    if not (norm.startswith("ال") and norm.endswith("ين") and len(norm) > 6):
        return False
    mention = context.covering_mention(word.start)
    return mention is None or (mention.start == word.start and mention.label != "Person"
                               and not is_place(mention.label))


_ALSO = frozenset({"كما", "وكما"})


def _after_also(context: Extraction, words: list[Word], position: int) -> bool:
    """«كما دعا الحكومة إلى ...»: «كما» opening the clause adds a deed of the same actor."""
    index = position - 1
    return words[index].norm in _ALSO and (
        index == 0 or context.boundary_between(words[index - 1], words[index]))


def _institution_subject(context: Extraction, words: list[Word],
                         position: int) -> tuple[Arg, int] | None:
    """«واتهمت المؤسسة الوطنية للنفط X», «أعلن مجلس محافظة بغداد رفضه»: an institution the
    NER missed, right after the verb, when the verb agrees with its head in gender (a
    masculine verb before «وزارة» has it as its object: «دعا وزارة الصحة إلى ...»)."""
    if position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return None
    found = institution_after(context, words, position + 1)
    if found is None:
        return None
    feminine = words[position + 1].bare().endswith("ه")
    return found if _verb_gender(words[position]) == ("f" if feminine else "m") else None


_OPENING_REACH = 6


def _opening_institution(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«مجلس محافظة بغداد يرفض قرار ...»: an institution the NER missed, that opens the
    sentence (or a clause after punctuation or «إن») and ends right before the verb, which agrees
    with its head in gender."""
    for first in range(position - 1, max(-1, position - _OPENING_REACH - 1), -1):
        if first > 0 and not context.boundary_between(words[first - 1], words[first]) and \
                words[first - 1].norm not in COMPLEMENTIZERS:
            continue
        found = institution_after(context, words, first)
        if found is None or found[1] != position or _indefinite_by_nisba(context, words, first):
            return None
        feminine = words[first].bare().endswith("ه")
        return found[0] if _verb_gender(words[position]) == ("f" if feminine else "m") else None
    return None


def _indefinite_by_nisba(context: Extraction, words: list[Word], head: int) -> bool:
    """«محكمة ألمانية ترفض ...»: an indefinite head with a nisba adjective names no one
    body («a German court»)."""
    if head + 1 >= len(words) or definite(words[head]):
        return False
    adjective = words[head + 1]
    mention = context.mention_starting_in(adjective)
    return (not definite(adjective) or adjective.norm in NISBA) and (
        (mention is not None and context.is_nisba(mention)) or
        context.country_for_nisba(adjective) is not None)


def _verb_gender(verb: Word) -> str | None:
    """«m» or «f» for a singular third-person verb («رفض», «يرفض» / «رفضت», «ترفض»), None
    for any other form (a plural, a dual, a first person)."""
    form = verb.norm
    if form[:1] in {"و", "ف"} and len(form) > 3:
        form = form[1:]
    if form[:1] == "س" and form[1:2] in {"ي", "ت"}:
        form = form[1:]
    if form.endswith(("وا", "ون", "تا")) or (form[:1] in {"ي", "ت"} and form.endswith("ان")) \
            or (form.endswith("ا") and len(form) > 3):
        return None  # a plural or a dual
    if form[:1] == "ي":
        return "m"
    if form[:1] == "ت" and not form.startswith(("تعاون", "تضامن")):
        return "f"
    if form[:1] == "ن":
        return None
    return "f" if form.endswith("ت") else "m"


def _feminine_object(context: Extraction, verb: Word, following: Word) -> bool:
    """«ودعا الوزارة إلى ...», «وطالب الحكومة بـ ...»: a masculine singular past verb
    does not agree with a feminine singular noun after it («دعت الوزارة»), so that noun is
    its object and the verb has no subject of its own (not a person's name, nor a broken
    plural in «ـاة» such as «القضاة», which a masculine verb may precede)."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    if form[:1] in {"ي", "ت", "ن", "س"} or form.endswith(("ت", "وا")):
        return False
    mention = context.mention_starting_in(following)
    if mention is not None and mention.label == "Person":
        return False
    noun = following.bare()
    return (definite(following) or mention is not None) and \
        noun.endswith("ه") and not noun.endswith("اه")


def _coordinated_unknown(context: Extraction, words: list[Word], index: int) -> bool:
    """A word that is no mention, then «و» and a named actor: a coordination of names,
    the first one unknown («بلاتيني والاتحاد الأوروبي»)."""
    if index + 1 >= len(words) or context.covering_mention(words[index].start) is not None \
            or words[index].norm in FUNCTION_WORDS:
        return False
    after = words[index + 1]
    mention = context.mention_starting_in(after)
    return after.norm.startswith("و") and mention is not None and \
        mention.label in AGENT_LABELS and not context.boundary_between(words[index], after)


_CLITIC_RELATIVES = frozenset({"بما", "لما", "عما", "بمن", "لمن"})
"""«وأشاد بما ...»: a preposition joined to a relative pronoun."""


def _noun_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  pronoun: Arg | None) -> ArgsFound:
    """The agent of a verbal noun: the speaker's side («نعمل من أجل دعم X»), its genitive
    («رفض مصر», «دعم ووقوف دولة الإمارات»), «على لسان X», a light verb's subject
    («وجه X دعوة»), or, for a noun with a possessive suffix («جدد بومبيو دعوته»), the
    subject just before it."""
    if pronoun is not None:  # «نعمل من أجل دعم X»: the speaker's side
        return ArgsFound([pronoun], position + 1, "pronoun")
    genitive = _genitive(context, words, position, sentence)
    if genitive:
        return ArgsFound(genitive, _after_args(context, words, genitive), "genitive")
    if _unnamed_agent(context, words, position):
        return ArgsFound([], position + 1, "")
    for index in range(position + 1, min(len(words), position + 6)):
        if words[index].has(frozenset({"لسان"})) and index + 1 < len(words):
            subjects, _ = subject_after(context, words, index, sentence)
            if subjects:
                return ArgsFound(subjects, position + 1, "lisan")
    if possessive(words[position]) and not conjunction(words[position]):
        before = _preverbal_subject(context, words, position, reach=3)
        if before is not None:
            return ArgsFound([before], position + 1, "before")
    light = _light_verb(context, words, position)
    if light is not None and _is_hal(words[light], trigger=None):
        subjects, _, how = _clause_actor(context, words, light, sentence)
        if subjects:
            return ArgsFound(subjects, position + 1, "clause")
    elif light is not None:
        subjects, _, how = _verb_subject(context, words, light, sentence, pronoun)
        if subjects and how != "previous" and all(s.end <= words[position].start for s in subjects):
            return ArgsFound(subjects, position + 1, "light")
        actor = _continued_light_verb(context, words, light, position, sentence)
        if actor is not None:
            return ArgsFound([actor], position + 1, "coordinated")
        holder = _continued_holder(context, words, light, sentence, _verb_gender(words[light])) \
            if (not subjects or how == "previous") and possessive(words[position]) else None
        if holder is not None:  # «وقال X إن ... . وعبر عن رفضه ...»
            return ArgsFound([holder], position + 1, "previous")
    else:
        subjects = _light_verb_past_comma(context, words, position, sentence)
        if subjects:
            return ArgsFound(subjects, position + 1, "light")
    return ArgsFound([], position + 1, "")


def _light_verb_past_comma(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence) -> list[Arg]:
    """«جدد عضو اللقاء الديمقراطي الوزير X، التمسك باتفاق الطائف», «أبدى رئيس الوزراء X،
    تأييده للخطة»: a comma after a long subject and before the stance noun; the light verb's
    subject is the holder only when that subject ends right at the comma."""
    if position < 2 or conjunction(words[position]) or \
            context.gap(words[position - 1], words[position]).strip() not in COMMAS:
        return []
    for index in range(position - 2, max(-1, position - 13), -1):
        if boundary(context, words[index], words[index + 1]):
            return []
        if words[index].has(STANCE_LIGHT_VERBS):
            subjects, _, how = _verb_subject(context, words, index, sentence, None)
            ends = {s.end for s in subjects}
            return subjects if how == "after" and ends == {words[position - 1].end} else []
        if live_stance(words, index) or words[index].norm in RELATIVES:
            return []
    return []


def _continued_light_verb(context: Extraction, words: list[Word], light: int, position: int,
                          sentence: Sentence) -> Arg | None:
    """«ودعا X المنظمات إلى ...، كما وجه دعوة لكل الصحافيين»: a light verb that continues the
    sentence («كما», «و» after a comma) with the stance noun right after it has the subject
    of the stance before it in the same sentence."""
    actor = context.discourse.last_actor
    if actor is None or actor.sentence != sentence.index or light + 1 != position or light == 0:
        return None
    verb = words[light]
    continued = _after_also(context, words, light) or (
        verb.norm.startswith("و") and context.boundary_between(words[light - 1], verb))
    return Arg(actor.node_id, verb.start, verb.end) if continued else None


def _light_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    """«وجه دعوة», «أطلقت بوينغ أمس تحذيرا», «جدد رفضه»: the verb whose object the
    stance noun is, a few words before it in its clause (a long subject may stand between:
    «أعلن مجلس إدارة النادي الأهلي المصري برئاسة X رفضه»)."""
    for index in range(position - 1, max(-1, position - 11), -1):
        if boundary(context, words[index], words[index + 1]) and not (
                index + 1 == position and _quoted_after_about(context, words, index)):
            return None
        if words[index].has(STANCE_LIGHT_VERBS):
            return index
        if live_stance(words, index) or words[index].norm in RELATIVES:
            return None
    return None


def _quoted_after_about(context: Extraction, words: list[Word], index: int) -> bool:
    """«أعلنت X عن «رفضها لحواجز Y»»: a stance noun that opens a quotation right after «عن»
    is still the light verb's object."""
    return words[index].norm == "عن" and \
        context.gap(words[index], words[index + 1]).strip() in {"«", "“", '"'}


def _clause_actor(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> ArgsFound:
    """A circumstantial participle («مشيدا», «داعيا», «مطالبا») shares the subject of
    the clause it follows: the actor of this sentence, or of the one before when the
    participle opens the sentence."""
    actor = context.discourse.last_actor
    word = words[position]
    if actor is not None and actor.sentence == sentence.index and \
            not _named_only_after(context, actor.node_id, word, sentence):
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    reporter = _reporting_subject(context, words, position, sentence)
    if reporter is not None:
        return ArgsFound([Arg(reporter, word.start, word.end)], position + 1, "clause")
    if actor is not None and position == 0 and sentence.index - actor.sentence <= 1:
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    holder = _continued_holder(context, words, position, sentence, _participle_gender(word))
    if holder is not None:
        return ArgsFound([holder], position + 1, "clause")
    return ArgsFound([], position + 1, "")


def _named_only_after(context: Extraction, node_id: str, word: Word, sentence: Sentence) -> bool:
    """«... رافضا الاعتراف بالمحامي ...، ردد خلالها أنصار حبري هتافات»: the sentence's
    actor is named only after the participle, in a later clause; it is not the participle's
    subject."""
    entity = context.entity(node_id)
    if entity is None:
        return False
    text = context.doc.text
    return entity.name not in text[sentence.start:word.start] and \
        entity.name in text[word.end:sentence.end]


def _reporting_subject(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence) -> str | None:
    """«وقال الحمود مغردا عبر حسابه مادحا ...», «وقال X ... داعيا»: a participle after a
    verb of saying shares that verb's named subject (not one inside a quotation)."""
    for index in range(position - 1, max(-1, position - 10), -1):
        word = words[index]
        if word.norm in RELATIVES or word.norm in COMPLEMENTIZERS or \
                context.speaker_at(word.start) is not None:
            return None  # «قال X إن Y ...»: the participle may belong to the reported clause
        if find_reporting(word.norm) is not None:
            subjects, after = subject_after(context, words, index, sentence)
            if len(subjects) == 1 and after <= position:
                return subjects[0].node_id
            return None
    return None


def _is_hal(word: Word, trigger: StanceTrigger | None) -> bool:
    """«مشيدا», «داعيا», «مطالبا», «موجها»: an active participle in the accusative."""
    bare = word.bare()
    return (trigger is None or trigger.noun) and bare.endswith("ا") and \
        not bare.endswith(("ها", "نا")) and (bare.startswith("م") or bare in _BARE_HAL)


_BARE_HAL = frozenset({"داعيا", "رافضا"})
"""Participles of the first form that do not open with «م» («داعيا», «رافضا»)."""


def _after_args(context: Extraction, words: list[Word], args: list[Arg]) -> int:
    last = context.word_at(max(args[-1].start, args[-1].end - 1))
    assert last is not None
    return last.index - words[0].index + 1


def _genitive(context: Extraction, words: list[Word], position: int,
              sentence: Sentence) -> list[Arg]:
    """The named agent right after a verbal noun, past one coordinated noun
    («دعم ووقوف دولة الإمارات») and one head word of its own name («دولة»), not the
    genitive of another noun («دعم قرار الأمم المتحدة»: the resolution is supported)."""
    index = position + 1
    if index < len(words) and words[index].norm.startswith("و") and \
            find_stance(words[index].norm) is not None:
        index += 1
    titled = _titled_genitive(context, words, index)
    if titled is not None:
        return [titled]
    for step in range(2):
        if index + step >= len(words) or context.boundary_between(
                words[index + step - 1], words[index + step]):
            return []
        word = words[index + step]
        realm = kingdom(context, words, index + step)
        if realm is not None and step == 0:
            return [Arg(realm, word.start, word.end)]  # «رفض المملكة للتدخل»
        mention = context.mention_starting_in(word)
        if mention is not None:
            if mention.entity_id and mention.label in AGENT_LABELS and \
                    not preposition(context, mention) and not context.is_nisba(mention):
                return chain(context, mention, sentence, AGENT_LABELS)
            return []
        if not word.has(NAME_HEADS):
            return []
    return []


def _titled_genitive(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«معارضة رئيس الوزراء الأسترالي X للاتفاق», «انتقاد وزير الخارجية X لقرار ...»: the
    person named after the title that follows the verbal noun holds the stance, when a
    phrase with «ل» (or «مع», «ضد» ...) follows the name and names what it is toward; a
    titled person with nothing after him may be the object («دعم الرئيس X»)."""
    if not titled_name_follows(context, words, index):
        return None
    for later in range(index + 1, min(len(words), index + 6)):
        mention = context.mention_starting_in(words[later])
        if mention is None:
            continue
        if mention.label != "Person" or not mention.entity_id:
            return None
        last = context.mention_words(mention)[1] - words[0].index
        if last + 1 >= len(words) or context.boundary_between(words[last], words[last + 1]):
            return None
        following = words[last + 1]
        if not (glued_lam(following) or following.norm in _AGENT_OBJECT_OPENERS):
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    return None


_OWN_SIDE = frozenset({"بلاده", "بلادها", "بلادهم", "حكومته", "حكومتها", "المملكه", "الدوله",
                       "الحكومه", "القياده", "السلطات"})
"""«دعم بلاده», «وقوف المملكة», «رفض الحكومة»: an actor named by description only."""
_AGENT_OBJECT_OPENERS = frozenset({"مع", "ضد", "الي", "لدي", "تجاه", "حيال"})


def _masdar_like(word: Word, trigger: StanceTrigger) -> bool:
    """A verbal noun, or a bare three-letter past verb that reads as one too («دعم», «رفض»)."""
    return trigger.noun or len(word.bare()) == 3


def _unnamed_agent(context: Extraction, words: list[Word], position: int) -> bool:
    """A verbal noun whose own agent is its unnamed genitive: «جدد الملك دعم المملكة
    للشعب اليمني», «أكد الوزير وقوف بلاده مع مصر». The genitive holds the stance, so
    neither the light verb's subject nor the genitive as a topic makes a fact."""
    index = position + 1
    if possessive(words[position]) or index >= len(words) or \
            context.boundary_between(words[position], words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return False
    genitive = words[index]
    if kingdom(context, words, index) is not None:
        return False  # «دعم المملكة»: the kingdom is named after all
    if genitive.norm.lstrip("و") in _OWN_SIDE:
        return True
    if not genitive.norm.startswith("ال") or genitive.norm in FUNCTION_WORDS:
        return False
    for later in words[index + 1:index + 3]:
        if context.boundary_between(words[later.index - words[0].index - 1], later):
            return False
        if later.norm in _AGENT_OBJECT_OPENERS or (
                later.norm.startswith("ل") and prepositional(later)):
            return True
        if not later.has(INTENSIFIERS) and not any(rest in NISBA for _, rest in later.readings()):
            return False
    return False


def _appositive_person(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«انتقد المخرج السعودي عامر الحمود», «اتهمت زعيمة مجاهدي خلق مريم رجوي»: a noun
    naming a person by role, its complements, then the name."""
    index = position + 1
    if index >= len(words) or not words[index].has(PERSON_NOUNS) or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    for later in range(index + 1, min(len(words), index + 5)):
        if context.boundary_between(words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id:
            return [Arg(mention.entity_id, mention.start, mention.end)]
        if words[later].norm in FUNCTION_WORDS or live_stance(words, later):
            return None
    return None


def _preverbal_subject(context: Extraction, words: list[Word], position: int,
                       reach: int = 2) -> Arg | None:
    """A named agent that ends at most ``reach`` words before the trigger, in its clause,
    not governed by a preposition and not the antecedent of a relative clause
    («جماعات الضغط الموالية لـ X في Y تعارض»: neither X nor Y is the subject)."""
    index = position - 1
    skipped = 0
    while index >= 0 and skipped <= reach:
        if context.boundary_between(words[index], words[index + 1]):
            return None
        word = words[index]
        if word.norm in RELATIVES or word.norm in COMPLEMENTIZERS:
            return None  # «قال X إن طالب ...»: X says, the clause after «إن» has its own subject
        realm = kingdom(context, words, index) if index == position - 1 else None
        if realm is not None:
            return Arg(realm, word.start, word.end)  # «والمملكة ترفض ...»
        mention = context.covering_mention(word.end - 1)
        if mention is not None and mention.entity_id and index == position - 1 and \
                words[position].norm.startswith("و") and conjunction(words[position]):
            return None  # «بمبادرة من شركة سابك ودعم ...»: a coordinated noun, not a verb
        if mention is not None and mention.entity_id and _governed(context, mention):
            return None
        if mention is not None and mention.entity_id:
            # Outside the quote that holds the trigger, only its own speaker can hold the
            # stance («وأعرب X عن أسفه لـ ...»: X's words, X's regret).
            speaker = context.speaker_at(words[position].start)
            if mention.label not in AGENT_LABELS or preposition(context, mention) or \
                    context.is_nisba(mention) or (
                        context.speaker_at(mention.start) != speaker
                        and speaker != mention.entity_id):
                return None
            return Arg(mention.entity_id, mention.start, mention.end)
        if word.norm not in _BEFORE_VERB and word.norm not in {"قد", "وقد", "فقد"}:
            skipped += 1
        index -= 1
    return None


_GOVERNED_HEADS = NAME_HEADS | frozenset({"شركه", "مجموعه", "منظمه", "هيئه", "مدينه", "بلديه",
                                          "مؤسسه", "صحيفه", "وكاله", "مركز", "جامعه"})


_LED_BY = frozenset({"برئاسه", "بقياده", "برعايه", "بحضور", "بمشاركه", "وبحضور", "وبمشاركه",
                     "وبرعايه", "بزعامه"})
"""«أعلن مجلس إدارة النادي برئاسة X رفضه»: the name after these describes the body before
it; it holds no stance of its own."""


def _governed(context: Extraction, mention: Mention) -> bool:
    """«من شركة سابك», «في دولة قطر», «استطلاع لمؤسسة X»: a preposition governs the name
    through its head noun, standing apart or glued to it; «برئاسة X» governs it too."""
    first, _ = context.mention_words(mention)
    if first < 1:
        return False
    head = context.words[first - 1]
    if head.norm in _LED_BY:
        return True
    if not head.has(_GOVERNED_HEADS):
        return False
    if head.norm not in _GOVERNED_HEADS and any(
            prefix.lstrip("وف")[:1] in {"ب", "ل"} and rest in _GOVERNED_HEADS
            for prefix, rest in head.readings()[1:]):
        return True  # «لمؤسسة», «بشركة»
    before = context.words[first - 2] if first >= 2 else None
    return before is not None and before.norm in PREPOSITIONS and \
        not context.boundary_between(before, head)


def _adjective_head(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named head of «X الموالية ل Y» / «X الداعمة ل Y»: the mention that ends right
    before the adjective (after nisba adjectives of its own)."""
    index = position - 1
    while index >= 0 and context.covering_mention(words[index].end - 1) is None and \
            any(rest in NISBA for _, rest in words[index].readings()):
        index -= 1
    if index < 0 or context.boundary_between(words[index], words[position]):
        return None
    mention = context.covering_mention(words[index].end - 1)
    if mention is None and index > 0 and not context.boundary_between(words[index - 1],
                                                                      words[index]):
        # «دول المجلس الداعمة لليمن» after «دول مجلس التعاون الخليجي»
        start, end = words[index - 1].start, words[index].end
        named = earlier_name(context, context.doc.text[start:end], start)
        if named and named.entity_id:
            return Arg(named.entity_id, start, end)
    if mention is None:
        return _described_head(context, words, index) or \
            _possessor_of_role(context, words, index)
    if mention is None or not mention.entity_id or \
            mention.label not in AGENT_LABELS | {"City"} or context.is_nisba(mention):
        return None  # a capital stands for its government: «حكومة كييف الموالية للغرب»
    return Arg(mention.entity_id, mention.start, mention.end)


_ROLE_NOUNS = frozenset({"دور", "موقف", "مواقف", "سياسه", "سياسات", "جهود"})


def _possessor_of_role(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«أن إيران لا تبدو في وارد التراجع عن دورها الداعم للحكومة العراقية», «موقفه المؤيد
    لـ Y»: a role or position noun with a possessive pronoun before the stance adjective is
    its possessor's stance, the nearest named agent before it in the sentence."""
    word = words[index]
    bare = word.bare()
    suffix = next((s for s in ("ها", "هم", "ه") if bare.endswith(s)), None)
    stem = bare[:-len(suffix)] if suffix else ""
    if suffix is None or (stem not in _ROLE_NOUNS and stem.removesuffix("ت") + "ه" not in
                          _ROLE_NOUNS):
        return None
    sentence_start = context.words[word.index - index].start
    # «دوره»: a man's; «دورها»: a state's or a body's (the feminine of a country or group)
    wanted = {"ه": {"Person"}, "ها": AGENT_LABELS - {"Person"}}.get(suffix, AGENT_LABELS)
    before = [m for m in context.mentions_between(sentence_start, word.start)
              if m.entity_id and m.label in AGENT_LABELS and not context.is_nisba(m)
              and not preposition(context, m)]
    if before and before[-1].label not in wanted:
        return None
    if not before:
        return None
    nearest = before[-1]
    return Arg(nearest.entity_id, nearest.start, nearest.end)  # type: ignore[arg-type]


def _described_head(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """A head no name covers, ending at ``words[index]`` before a stance adjective: an actor
    phrase («المقاومة الشعبية الموالية لـ X»), or a definite plural of people
    («الانفصاليون الموالون لروسيا», «المسلحين الموالين لـ X») as a described group."""
    for start in (index - 1, index):
        if start < 0 or (start < index and context.boundary_between(words[start],
                                                                    words[index])):
            continue
        phrase = actor_phrase(context, words, start)
        if phrase is not None and phrase[1] == index + 1:
            return phrase[0]
    word = words[index]
    bare = word.bare()
    if not definite(word) or not bare.endswith(("ون", "ين")) or len(bare) < 5 or \
            word.norm in FUNCTION_WORDS or prepositional(word):
        return None
    name = without_clitics(context, [word])
    if name.endswith("ين"):  # one group in any case: «الانفصاليين» is «الانفصاليون»
        name = name[:-2] + "ون"
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Arg(node, word.start, word.end)


_BEFORE_VERB = frozenset({"لا", "قد", "لن", "لم"})
"""Particles that may stand between a fronted subject and its verb («إن كينيا لم تنتقد»)."""


def _fronted_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """After «أن»/«إن» the subject comes before the verb: «إن كينيا تعارض X», «بأن
    الصومال لم ينتقد X»; the name after the verb is then its object, not its subject."""
    index = position - 1
    while index >= 0 and words[index].norm in _BEFORE_VERB:
        index -= 1
    if index < 1:
        return None
    mention = context.covering_mention(words[index].start)
    if mention is None or mention.label not in AGENT_LABELS or not mention.entity_id:
        return _fronted_phrase(context, words, index + 1)
    first = index
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if first == 0 or words[first - 1].norm not in COMPLEMENTIZERS:
        return None
    if context.boundary_between(words[first - 1], words[position]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


_LEADERSHIP = frozenset({"قياده", "قيادات", "زعامه"})


def _fronted_phrase(context: Extraction, words: list[Word], end: int) -> Arg | None:
    """«إن قيادة «جيش الإسلام» دعت X», «أن قوات الأسد ترفض»: after «أن»/«إن», an actor
    phrase (with «قيادة» before it) that ends right before the verb is its subject; quotes
    around the name are no boundary."""
    for start in range(end - 1, max(-1, end - 3), -1):
        phrase = actor_phrase(context, words, start)
        if phrase is None or phrase[1] != end:
            continue
        first = start - 1 if start > 0 and words[start - 1].bare() in _LEADERSHIP else start
        if first < 1 or words[first - 1].norm not in COMPLEMENTIZERS:
            return None
        if any(mark in context.gap(words[i], words[i + 1]) for i in range(first - 1, end - 1)
               for mark in ".،,:؛;()"):
            return None
        return phrase[0]
    return None


def _topic_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«المالكي يهاجم حسن عسيري», «، مصر ترفض ...»: a name that opens the clause right
    before an imperfect verb is its subject, and the name after the verb its object."""
    if position == 0 or words[position].bare()[:1] not in {"ي", "ت"}:
        return None
    mention = context.covering_mention(words[position - 1].end - 1)
    if mention is None or mention.label not in AGENT_LABELS or not mention.entity_id or \
            context.is_nisba(mention) or preposition(context, mention):
        return None
    first = position - 1
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if first > 0 and not context.boundary_between(words[first - 1], words[first]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _copula_first_person(words: list[Word], position: int) -> bool:
    return any(w.bare() in {"نكن", "لسنا", "نحن", "نكون"} or w.norm == "لسنا"
               for w in words[max(0, position - 2):position])


_AGAINST_ANY = frozenset({"rejects", "opposes", "condemns", "criticizes", "denies"})
"""«رفضها لأي تدخل», «أدان أي اعتداء»: a stand against whatever comes is a stance toward
it; a welcome, an appeal or support of «any» one («دعا أي طرف») names no one."""


def _any_of(words: list[Word], candidate: Candidate, kind: RelationKind) -> bool:
    """A phrase opened by «أي» as the object of a stance other than a stand against it."""
    return candidate.source == "topic" and kind not in _AGAINST_ANY and \
        candidate.word_index < len(words) and words[candidate.word_index].norm in ANY_QUANTIFIERS


def _declined(words: list[Word], index: int, trigger: StanceTrigger) -> bool:
    """«رفض X التعليق»: declining to comment is no stance."""
    return trigger.kind == "rejects" and index < len(words) and \
        words[index].norm in DECLINED_TOPICS | {"ال" + t for t in DECLINED_TOPICS}


_INVITING = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "دعوه", "دعوته",
                       "دعوتها", "داعيا", "داعيه"})
_OCCASIONS = frozenset({
    "حفل", "حفله", "احتفال", "احتفاليه", "مادبه", "عشاء", "غداء", "افطار", "سحور", "مناظره",
    "ندوه", "مهرجان", "حضور", "امسيه", "عرس", "زفاف", "معرض", "مباراه", "مسابقه",
})
"""What one is invited to, not urged to; a visit stays an appeal («دعوة لزيارة طرابلس»)."""


def _invitation(context: Extraction, words: list[Word], position: int,
                trigger: StanceTrigger) -> bool:
    """«دعت القناة المرشحين إلى مناظرة», «دعاه لحضور حفل»: «دعا» that invites to an
    occasion (a ceremony, a banquet, a debate) is no appeal."""
    word = words[position]
    if trigger.kind != "urges" or (word.bare() not in _INVITING and word.norm not in _INVITING):
        return False
    for later in range(position + 1, min(len(words), position + 16)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        if words[later].has(_OCCASIONS):
            return True
        if words[later - 1].norm in {"الي", "ل"} or glued_lam(words[later - 1]):
            return False  # past the demand's first word: what follows is not the occasion
    return False


_OWING = frozenset({"يدين", "تدين", "يدينون", "تدينان", "ندين"})
"""«تدين بنما بالفضل لحارسها», «يدين سكانها بالإسلام»: «دان بـ» owes or professes; it
condemns only a direct object («يدين الهجوم»)."""


def _owing(context: Extraction, words: list[Word], position: int, after: int) -> bool:
    """«يدين X بـ ...»: the imperfect of «دان» with «ب» after its subject is no condemnation."""
    if words[position].norm.lstrip("وف") not in _OWING:
        return False
    index = skip_intensifiers(words, after)
    return index < len(words) and words[index].norm.startswith("ب") and \
        not context.boundary_between(words[index - 1], words[index])


def _fits(context: Extraction, words: list[Word], candidate: Candidate,
          trigger: StanceTrigger, start: int) -> bool:
    """Whether a candidate after the trigger can be its object.

    Not a name coordinated with the subject («دعم الأمير X ورئيس الهيئة»); not the
    genitive of a person noun («رحب بمبعوث دول المجلس»: the envoy is welcomed); for
    urges the addressee, never the demand («إلى», «بضرورة»); for criticizes the
    accused, never the charge («اتهمه بـ»)."""
    word = words[candidate.word_index]
    if candidate.word_index == start + 1 and conjunction(word):
        return False
    previous = words[candidate.word_index - 1]
    if candidate.word_index - 1 > start and not candidate.preposition and \
            candidate.label != "Person" and (is_title_head(previous) or previous.has(PERSON_NOUNS)):
        return False
    if trigger.kind == "urges":
        allowed = {"", "ل"} if trigger.noun else {""}
        if candidate.preposition not in allowed or candidate.label in {"City", "Region", "Place"}:
            return False
    if _nisba_of_thing(context, words, candidate):
        return False
    if candidate.preposition == "في":
        return False  # «وزارة الداخلية في غزة», «في المسجد الحرام»: where, not toward what
    if trigger.kind == "warns" and candidate.preposition == "من":
        return False  # «حذر من X»: the danger, or the speaker's own outlet, not who is warned
    if any(w.norm in _AGAINST for w in words[start + 1:candidate.word_index]):
        return trigger.kind not in _FAVOUR  # «بمساندة X ضد Y»: Y is opposed, not supported
    return not (trigger.kind == "criticizes" and candidate.preposition == "ب")


_AGAINST = frozenset({"ضد", "وضد"})
_FAVOUR = frozenset({"supports", "praises", "welcomes", "coordinatesWith", "sharesConcernWith"})
_TIME_WORDS = frozenset({"امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                         "الجمعه", "السبت", "الماضي", "الماضيه", "المقبل", "الجاري", "مساء",
                         "صباح", "ايضا", "مجددا"})
"""Time adverbs that may stand between a verb's subject and its object («دعت X الثلاثاء الماضي»)."""

_MANNER = frozenset({"بقوه", "بشده", "بحزم", "بوضوح", "بصراحه", "صراحه", "علنا", "بالاجماع"})
"""Adverbs of manner between a stance verb and its object («دعم X بقوة Y», «رفض بشدة Y»)."""

_PRAYED_TO = frozenset({"الله", "المولي", "الباري", "لله", "للمولي"})


def _closing_comma(context: Extraction, words: list[Word], index: int) -> int | None:
    """The first word after an appositive title set off by commas («، الناطق باسم X،»),
    past an adjunct set off by commas after it («، في تصريح لـ«الشرق الأوسط»،»)."""
    for later in range(index + 1, min(len(words), index + 10)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()"):
            return None
        if any(mark in gap for mark in "،,"):
            return _past_adjunct(context, words, later)
    return None


_ADJUNCT_OPENERS = frozenset({"في", "خلال", "لدي", "امام", "عبر", "وفي", "وخلال"})


def _past_adjunct(context: Extraction, words: list[Word], index: int) -> int | None:
    """Past «في تصريح لـ«الشرق الأوسط»،», «خلال مؤتمر صحافي،»: an adjunct that opens with a
    preposition and closes with a comma within six words is not the object; without its
    closing comma, it leaves no object."""
    if index >= len(words) or (words[index].norm not in _ADJUNCT_OPENERS and \
            not words[index].norm.startswith("ل")) or words[index].norm in _LAM_NOUNS:
        return index
    if words[index].norm.startswith("ل") and not prepositional(words[index]):
        return index
    for later in range(index + 1, min(len(words), index + 7)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:()؛;") or live_stance(words, later):
            return None
        if any(mark in gap for mark in "،,"):
            return later
    return None


def _faced_by(context: Extraction, words: list[Word], position: int,
              skip: set[str]) -> Candidate | None:
    """«واجه تسيبراس انتقادات كروغمان», «تعرضت قطر لانتقاد مصر»: the one who faces the
    stance is its object."""
    for index in range(position - 1, max(0, position - 3), -1):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index - 1].has(FACING_VERBS):
            mention = context.mention_starting_in(words[index])
            if mention is None or not mention.entity_id or mention.entity_id in skip or \
                    mention.label not in AGENT_LABELS:
                return None
            _, last = context.mention_words(mention)
            if last + 1 != words[position].index:
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "faced")
    return None


_COLLECTIVE_HEADS = NAME_HEADS | frozenset({"عسكريين", "مسؤولين", "مواطنين", "قيادات",
                                            "قياده"})


def _definite_titled_person(context: Extraction, words: list[Word], index: int,
                            skip: set[str]) -> Candidate | None:
    """«انتقد الوزير X الرئيس السوري بشار الأسد»: a definite title right after the subject's
    name, with a person named in its phrase, introduces the object; an appositive title of
    the subject's own is a construct («X رئيسة اتحاد المصارف») and names nobody after it."""
    if not words[index].norm.startswith("ال") or not titled_name_follows(context, words, index):
        return None
    for later in range(index + 1, min(len(words), index + 6)):
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                mention.entity_id not in skip:
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person",
                             later, "mention")
    return None


def _people_of(context: Extraction, words: list[Word], index: int) -> bool:
    """«الشعب اليمني», «الحكومة المصرية»: a people or a government and its nisba, tagged as
    the country, stand for the country (read as a nisba candidate), not for a topic «الشعب»
    cut short at the tagged nisba."""
    return index + 1 < len(words) and words[index].has(_COLLECTIVE_HEADS) and \
        definite(words[index]) and not context.boundary_between(words[index], words[index + 1]) \
        and context.covering_mention(words[index + 1].start) is not None \
        and context.country_for_nisba(words[index + 1]) is not None


def _nisba_of_thing(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«التحرك التركي», «وزير الخارجية الأميركي»: a nisba adjective describes the noun
    before it (a move, a minister), not the country, unless that noun is the country's
    people, government or army («الشعب اليمني», «العسكريين الأوكرانيين»)."""
    word = words[candidate.word_index]
    mention = context.mention_starting_in(word)
    nisba = candidate.source == "nisba" or (mention is not None and (
        context.is_nisba(mention) or _adjective_form(context, mention, word)))
    if not nisba or candidate.word_index == 0:
        return False
    return not words[candidate.word_index - 1].has(_COLLECTIVE_HEADS)


def _adjective_form(context: Extraction, mention: Mention, word: Word) -> bool:
    """A one-word country mention shaped like a nisba («الأميركي», «الروسية»)."""
    return mention.label == "Country" and mention.end <= word.end and \
        word.norm.startswith("ال") and word.norm.endswith(("ي", "يه", "يين", "يون"))


def _within(words: list[Word], candidate: Candidate, first_word: int, position: int,
            how: ArgsHow, trigger: StanceTrigger) -> bool:
    """The candidate is in reach: before the next stance word (its objects are its own);
    for an addressee of urges, or after a subject read from the previous sentence, the
    phrase right after the trigger («دعا X الدول», «وأشاد بمواقف X»); after a verbal
    noun and its genitive agent, a prepositional phrase («رفض مصر للتدخل»)."""
    between = words[position + 1:candidate.word_index]
    if any(live_stance(words, index) for index in range(position + 1, candidate.word_index)):
        return False
    if any(w.norm in _OBJECT_RELATIVES or _reports(w) for w in between[1:]):
        return False  # «رفضت موسكو الخطوات التي أقدم عليها X», «رفض X ... قائلا إن Y»
    if how == "previous" or trigger.kind == "urges":
        return candidate.word_index <= first_word + 1
    if _deep_genitive(words, first_word, candidate.word_index):
        return False
    return how != "genitive" or (first_word < len(words) and _opens_phrase(words[first_word]))


def _deep_genitive(words: list[Word], first_word: int, index: int) -> bool:
    """«ترفض نشر مراقبين لرصد تحركات مقاتلي داعش»: the object is an action noun, and a name
    two or more words into its phrase (past other nouns, not only a head like «حكومة») is
    a complement inside it, not what the stance is toward («انتقد سياسات روسيا» keeps the
    name right after the noun, and so do coordinated heads and a person noun before a name:
    «انتقد تصرفات وتغريدات الفنان X»)."""
    if index - first_word < 2 or first_word >= len(words):
        return False
    head = words[first_word]
    if definite(head) or prepositional(head) or conjunction(head) or \
            not _content_noun(head):
        return False  # «شكره وتقديره للدكتور X»: a second stance noun, then the object
    return any(_content_noun(w) and not w.has(_COLLECTIVE_HEADS) and not conjunction(w)
               and not prepositional(w) for w in words[first_word + 1:index])


def _content_noun(word: Word) -> bool:
    """A word that may head a noun phrase: not a function word, particle, quantifier,
    demonstrative, title, person noun or honorific."""
    norm, bare = word.norm, word.bare()
    return not (norm in FUNCTION_WORDS or bare in FUNCTION_WORDS or norm in PREPOSITIONS or
                norm in QUANTIFIERS or bare in DEMONSTRATIVES or is_title_head(word) or
                word.has(PERSON_NOUNS) or norm in HONORIFICS or norm in _TIME_WORDS or
                norm.isdigit())


_OBJECT_RELATIVES = RELATIVES - {"من", "ممن"}
_SAYING = frozenset({"قائلا", "قائله", "قائلين", "قائلتا", "قائلا:"})


def _reports(word: Word) -> bool:
    """«قائلا», «مضيفا», «وأكد»: what follows is said, not the stance's object."""
    return word.norm in _SAYING or word.bare() in _SAYING or find_reporting(word.norm) is not None


def _opens_phrase(word: Word) -> bool:
    """«للتدخل», «إلى جانب», «ضد»: a prepositional phrase starts here."""
    return word.norm in PREPOSITIONS or prepositional(word)


def _past_own_name(context: Extraction, words: list[Word], index: int,
                   subjects: list[Arg]) -> int:
    """Past the genitive of a construct title and the words of the subject's own name
    («ودعا أمير الشرقية ...», «ودعا العقيد السعد، المواطنين»): neither is the object."""
    if 0 < index < len(words) and is_title_head(words[index - 1]) and \
            not definite(words[index - 1]) and not context.boundary_between(
                words[index - 1], words[index]):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.label != "Person":
            index = context.mention_words(mention)[1] - words[0].index + 1
    names: set[str] = set()
    for subject in subjects:
        entity = context.entity(subject.node_id)
        if entity is not None:
            names |= {w for w in normalize_key(entity.name).split() if len(w) > 2}
    while index < len(words) and (words[index].norm in names or words[index].bare() in names):
        index += 1
    return index


def _objects(context: Extraction, words: list[Word], position: int, after: int,
             sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
             how: ArgsHow = "") -> list[Candidate]:
    skip = {s.node_id for s in subjects}
    start, crossing = max(position, after - 1), False
    if after < len(words) and words[after].norm in _OBJECT_RELATIVES and \
            trigger.kind in _FRAMED and not trigger.noun:
        framed = _past_relative_clause(context, words, after, trigger, skip)
        return [framed] if framed is not None else []
    reopened = _past_closing_comma(context, words, position, after, subjects)
    if reopened is not None:
        start, crossing = reopened - 1, True  # «ودعا ...، العقيد X، المسافرين»
    elif after > position + 1 and after < len(words) and (
            is_title_head(words[after]) or words[after].has(PERSON_NOUNS)):
        settled, closing = _after_subject_title(context, words, after, sentence, trigger, skip)
        if closing is None:
            return settled
        start, crossing = closing - 1, True  # «ولوح X، الناطق باسم المتمردين، بوقف ...»
    if _resumed(words, position):
        antecedent = _antecedent(context, words, position - 2, skip)
        return [antecedent] if antecedent is not None else []
    opening = _object_opening(context, words, start, subjects, trigger)
    if opening is None:
        return []
    first_word, start = opening, opening - 1
    if trigger.kind == "urges" and first_word < len(words) and \
            words[first_word].norm in _PRAYED_TO:
        return []  # «داعيا الله أن ...»: a prayer, not an appeal to anyone
    if trigger.requires == ADDRESSEE_FROM:
        addressee = _addressee_from(context, words, first_word, trigger, how, skip)
        return [addressee] if addressee is not None else []
    candidates = scan_after(context, words, start, sentence, 7, context.state.event_at_word, skip,
                            crossing)
    if trigger.kind == "coordinatesWith":
        partners = _partners(context, words, position, sentence, candidates, subjects)
        if partners:
            return [Candidate(arg, "", None, position, "partner") for arg in partners]
        partner = _described_partner(context, words, first_word)
        return [partner] if partner is not None else []
    if trigger.noun and first_word + 1 < len(words) and conjunction(words[first_word]) and \
            find_stance(words[first_word].norm) is not None:
        first_word = skip_intensifiers(words, first_word + 1)  # «إدانتها واستنكارها الشديدين»
    if trigger.deed_object:  # «هنأ X بالانتصارات التي حققتها Y»: only the deed's actor
        return _first_deed(context, words, first_word, skip)
    if how == "genitive":
        faced = _faced_by(context, words, position, skip)
        if faced is not None:
            return [faced]
    appositive = _appositive_object(context, words, first_word, skip)
    if appositive is not None:
        return [appositive]
    phrase = _phrase_object(context, words, first_word, sentence, trigger, skip)
    if phrase is not None:
        return [phrase]
    reread = reopened is not None  # past the comma closing the subject's apposition
    topic = _topic_object(context, words, first_word, trigger, candidates, how, reread)
    if topic is not None:
        return [topic]
    candidates = [c for c in candidates if _fits(context, words, c, trigger, start)
                  and _within(words, c, first_word, position, how, trigger)]
    named = _first_named(context, candidates, sentence)
    if named or not _topical(context, words, first_word, trigger, how, reread):
        return named
    construct = _construct_phrase(context, words, first_word)
    if construct is None:
        return []
    node = context.add_entity("Miscellaneous", construct.name, normalize_key(construct.name))
    return [Candidate(Arg(node, construct.start, construct.end), "", None, first_word, "topic")]


def _object_opening(context: Extraction, words: list[Word], start: int, subjects: list[Arg],
                    trigger: StanceTrigger) -> int | None:
    """Where the object may begin after ``start``: past the subject's own name, intensifiers,
    time words, the trigger's frame and (for an appeal or a warning) the subject's own
    occasion; at the thing a demonstrative points to («دعم هذا الاتفاق»). None when that
    thing is an event named before that kg did not find."""
    first_word = skip_intensifiers(words, _past_own_name(context, words, start + 1, subjects))
    while first_word < len(words) and (words[first_word].norm in _TIME_WORDS or
                                       words[first_word].norm.lstrip("و") in _MANNER):
        first_word += 1
    first_word = _past_frame(context, words, first_word, trigger)
    if trigger.kind in {"urges", "warns"}:
        first_word = _past_own_occasion(context, words, first_word)
    if first_word + 1 < len(words) and words[first_word].bare() in DEMONSTRATIVES and \
            definite(words[first_word + 1]) and not prepositional(words[first_word + 1]):
        first_word += 1  # «دعم هذا الاتفاق», «رفض هذه الخطوة»: the thing pointed to
        if find_event(words[first_word].norm) is not None and \
                words[first_word].index not in context.state.event_at_word:
            return None  # «هذا الاتفاق»: an event named before, that kg did not find
    return first_word


_RELATIVE_OF = {"ه": frozenset({"الذي", "والذي"}), "ها": frozenset({"التي", "والتي"})}


def _resumed(words: list[Word], position: int) -> bool:
    """«الاتفاق الذي تعارضه إسرائيل», «القرار الذي رفضه الوزير»: a stance verb with the
    pronoun of its object right after a relative of the same gender."""
    if position < 2:
        return False
    norm = words[position].norm
    suffix = "ها" if norm.endswith("ها") else "ه" if norm.endswith("ه") else ""
    if not suffix or words[position - 1].norm not in _RELATIVE_OF[suffix]:
        return False
    verb = find_stance(norm[:-len(suffix)])
    return norm in RESUMPTIVE or (verb is not None and not verb.prefix and not verb.value.noun)


_ANTECEDENT_REACH = 4
_ADJECTIVE_WORDS = frozenset({"الجديد", "الجديده", "الاخير", "الاخيره", "الحالي", "الحاليه",
                              "المقترح", "المقترحه", "الاخيرين"})


def _construct_head(context: Extraction, words: list[Word], first: int) -> int:
    """The indefinite head of a construct ending at ``words[first]`` («قرار المجلس», «قرار
    مجلس الأمن», «مشروع القانون»), past up to two indefinite genitives; ``first`` when
    the words before it are no such head."""
    for head in range(first - 1, max(-1, first - 4), -1):
        word = words[head]
        if context.boundary_between(word, words[head + 1]) or definite(word) or \
                not _content_noun(word) or conjunction(word) or \
                context.covering_mention(word.start) is not None:
            return first
        if word.bare() in _CONSTRUCT_HEADS:
            return head
    return first


def _adjective_like(word: Word) -> bool:
    """«النووي», «الأمريكية», «الجديدة»: a definite word that reads as an adjective after the
    noun it qualifies (a nisba or a common adjective), not a second noun («المجلس الخطة»)."""
    bare = word.bare()
    return definite(word) and ((bare.endswith(("ي", "يه", "يين", "يون")) and len(bare) > 3)
                               or word.norm in _ADJECTIVE_WORDS)


def _antecedent(context: Extraction, words: list[Word], last: int,
                skip: set[str]) -> Candidate | None:
    """The antecedent that ends at ``words[last]``, before the relative: a name, an event
    kg found, or a definite phrase of up to four words («الاتفاق النووي», «قرار مجلس
    الأمن»), never a phrase that opens with a conjunction or runs past a preposition."""
    if last < 0 or (context.boundary_between(words[last], words[last + 1]) and \
            context.gap(words[last], words[last + 1]).strip() not in COMMAS):
        return None
    word = words[last]
    mention = context.covering_mention(word.end - 1)
    if mention is not None:
        first = context.mention_words(mention)[0] - words[0].index
        head = _construct_head(context, words, first)
        if head < first:  # «اتفاق الطائف الذي يرفضه X»: the agreement, not the city
            kept = words[head:last + 1]
            name = without_clitics(context, kept)
            node = context.add_entity("Miscellaneous", name, normalize_key(name))
            return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, head, "topic")
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) \
                or mention.label not in AGENT_LABELS | {"Miscellaneous"}:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         first, "mention")
    event = context.state.event_at_word.get(word.index)
    if event is not None and event not in skip:
        return Candidate(Arg(event, word.start, word.end), "", None, last, "event")
    if not definite(word) or not _content_noun(word):
        return None
    first = last
    while first > 0 and last - first + 1 < _ANTECEDENT_REACH and \
            not context.boundary_between(words[first - 1], words[first]) and \
            not prepositional(words[first]) and not conjunction(words[first]):
        before = words[first - 1]
        if not _content_noun(before) or before.norm in RELATIVES or \
                context.covering_mention(before.start) is not None or \
                find_stance(before.norm) is not None:
            break
        if definite(before) and _adjective_like(words[first]):
            first -= 1  # «الاتفاق النووي», «الخطة الأمريكية الجديدة»
            continue
        first = _construct_head(context, words, first)
        break
    if conjunction(words[first]):
        return None
    kept = words[first:last + 1]
    name = without_clitics(context, kept)
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, first, "topic")


_FRAMED = frozenset({"urges", "criticizes"})
_CLAUSE_REACH = 12


def _frame(word: Word, trigger: StanceTrigger) -> bool:
    """The demand of an appeal («إلى», «بـ») or the charge of an accusation («بـ»)."""
    glued_ba = any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()[1:])
    return glued_ba or (trigger.kind == "urges" and word.norm == "الي")


def _past_relative_clause(context: Extraction, words: list[Word], relative: int,
                          trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«اتهمت المؤسسة ... التي يوجد مقرها في طرابلس الحكومة بعرقلة ...», «دعا X الذي ...
    في عدن المنظمات إلى ...»: past a relative clause on the subject, the object is the name
    or short definite phrase right before the charge or the demand, when a name or a comma
    ends the clause before it (a definite noun after a name is no genitive of it)."""
    for index in range(relative + 2, min(len(words), relative + _CLAUSE_REACH)):
        gap = context.gap(words[index - 1], words[index])
        if any(mark in gap for mark in ".؟!:«»\"()؛;") or live_stance(words, index) or \
                _reports(words[index]):
            return None
        if _frame(words[index], trigger) and \
                context.covering_mention(words[index].start) is None:
            found = _before_frame(context, words, relative + 2, index, skip)
            if found is not None:
                return found
    return None


def _before_frame(context: Extraction, words: list[Word], first: int, frame: int,
                  skip: set[str]) -> Candidate | None:
    """The name or definite phrase of one or two words that ends right before ``frame``,
    after a name or a comma (see :func:`_past_relative_clause`)."""
    last = frame - 1
    mention = context.covering_mention(words[last].end - 1)
    if mention is not None:
        start = context.mention_words(mention)[0] - words[0].index
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) \
                or mention.label not in AGENT_LABELS or \
                context.mention_words(mention)[1] != words[last].index:
            return None
        found = Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                          start, "mention")
    else:
        start = last
        if last > first and definite(words[last - 1]) and _adjective_like(words[last]) and \
                not context.boundary_between(words[last - 1], words[last]):
            start = last - 1  # «الحكومة الليبية»
        phrase = topic_phrase(context, words, start)
        if phrase is None or phrase.end != words[last].end or prepositional(words[start]):
            return None
        node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
        found = Candidate(Arg(node, phrase.start, phrase.end), "", None, start, "topic")
    if start <= first:
        return None
    if context.gap(words[start - 1], words[start]).strip() in COMMAS:
        return found
    while start - 1 > first and words[start - 1].norm in _TIME_WORDS:
        start -= 1  # «وصل إلى بغداد أمس المواطنين»
    name = context.covering_mention(words[start - 1].end - 1)
    closed = name is not None and context.mention_words(name)[1] == words[start - 1].index
    return found if closed else None


def _comma_before(context: Extraction, words: list[Word], index: int) -> bool:
    return 0 < index < len(words) and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def _past_closing_comma(context: Extraction, words: list[Word], position: int, after: int,
                        subjects: list[Arg]) -> int | None:
    """Where the object may start past a comma right after a named subject: past a time
    word in commas («رفضت محكمة X، أمس، طلب ...»), or past the comma that closes the
    subject's name set off after its title («ودعا الناطق باسم X، العقيد Y، المسافرين»);
    None when no such comma follows the subject."""
    if not subjects or not _comma_before(context, words, after) or after <= position + 1:
        return None
    index = after
    while index < len(words) and words[index].norm in _TIME_WORDS:
        index += 1
    if index > after:
        return index if _comma_before(context, words, index) else None
    first = context.word_at(subjects[0].start)
    if first is None:
        return None
    opening = first.index - words[0].index
    while opening > position + 1 and not context.boundary_between(
            words[opening - 1], words[opening]) and (
            words[opening - 1].norm in _STYLES or is_title_head(words[opening - 1])):
        opening -= 1  # «، العقيد X،»: the name's own style is in the apposition
    return after if opening > position + 1 and _comma_before(context, words, opening) else None


class _PastTitle(NamedTuple):
    """What :func:`_after_subject_title` read: the objects when they are settled, else
    none and the position of the closing comma's word to look after."""

    objects: list[Candidate]
    closing: int | None


def _after_subject_title(context: Extraction, words: list[Word], after: int,
                         sentence: Sentence, trigger: StanceTrigger,
                         skip: set[str]) -> _PastTitle:
    """A title or person noun right after the subject: the object it names («ورحب الرئيس
    بمبعوث ...»), the titled person («دعت X رئيسة اتحاد المصارف ...» is the subject's own
    title, so only a named holder of a definite title counts), or, past the subject's own
    title in commas, where the object is looked for («ولوح X، الناطق باسم المتمردين، بوقف»)."""
    if prepositional(words[after]):
        titled = _titled_object(context, words, after, sentence, trigger, skip) or \
            _appositive_object(context, words, after, skip)
        return _PastTitle([titled] if titled is not None else [], None)
    if not context.boundary_between(words[after - 1], words[after]):
        named = _definite_titled_person(context, words, after, skip)
        if named is None and trigger.kind == "urges" and not trigger.noun:
            return _PastTitle(_addressee_past_apposition(context, words, after, skip), None)
        return _PastTitle([named] if named is not None else [], None)
    return _PastTitle([], _closing_comma(context, words, after))


_APPOSITION_REACH = 30


def _addressee_past_apposition(context: Extraction, words: list[Word], after: int,
                               skip: set[str]) -> list[Candidate]:
    """«دعت X رئيسة اتحاد المصارف، أحد التجمعات المصرفية، الاثنين جميع العملاء إلى الهدوء»,
    «دعا X مقدم برنامج "صباح الخير" المبتعثين إلى العودة»: past the subject's title and
    appositions set off by commas, or a quoted name that closes the title, the addressee of
    an appeal is the phrase between the last comma or closing quote and the demand's «إلى»
    (after a time word): a named agent or a described group that ends right before «إلى»."""
    demand, quotes, closings = None, 0, []
    for index in range(after, min(len(words), after + _APPOSITION_REACH)):
        word = words[index]
        gap = context.gap(words[index - 1], word)
        if any(mark in gap for mark in ":()؛;") or word.norm in _OBJECT_RELATIVES or \
                live_stance(words, index) or _reports(word):
            return []
        if any(mark in gap for mark in "،,") and not quotes % 2:
            closings.append(index)
        for mark in gap:
            if mark in "«»\"“”":
                quotes += 1
                if not quotes % 2 and index > after + 1:
                    closings.append(index)  # «مقدم برنامج "صباح الخير" المبتعثين»
        if word.norm == "الي" and not quotes % 2:
            demand = index
            break
    if demand is None or not closings:
        return []
    opening = closings[-1]
    while opening < demand and words[opening].norm in _TIME_WORDS:
        opening += 1
    if opening >= demand or demand - opening > 3:
        return []
    mention = context.mention_starting_in(words[opening])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or mention.label not in \
                AGENT_LABELS or context.is_nisba(mention) or \
                context.mention_words(mention)[1] != words[demand - 1].index:
            return []
        return [Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                          mention.label, opening, "mention")]
    phrase = topic_phrase(context, words, opening)
    if phrase is None or phrase.end != words[demand - 1].end:
        return []
    node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return [Candidate(Arg(node, phrase.start, phrase.end), "", None, opening, "topic")]


def _topic_object(context: Extraction, words: list[Word], first_word: int,
                  trigger: StanceTrigger, candidates: list[Candidate],
                  how: ArgsHow, crossing: bool = False) -> Candidate | None:
    """A descriptive phrase as the object, before any named candidate («رفض الاتهامات»,
    «رحب بالقرار»): never the demand of an appeal or the charge of a criticism after «ب»,
    a people, or a titled person."""
    if (candidates and candidates[0].word_index <= first_word) or \
            not _topical(context, words, first_word, trigger, how, crossing):
        return None
    topic = topic_entity(context, words, first_word)
    return Candidate(topic, "", None, first_word, "topic") if topic is not None else None


def _topical(context: Extraction, words: list[Word], first_word: int, trigger: StanceTrigger,
             how: ArgsHow, crossing: bool = False) -> bool:
    """Whether a descriptive phrase at ``first_word`` may be the object (see
    :func:`_topic_object`); after punctuation only when ``crossing`` a comma that closes
    the subject's apposition or adjunct."""
    topical = trigger.topic_object or (
        trigger.kind in _DEED_KINDS and not trigger.deed_object and first_word < len(words)
        and _proposal(words[first_word]))
    if not topical or first_word >= len(words) or (not crossing and boundary(
            context, words[first_word - 1], words[first_word])):
        return False
    opening = words[first_word]
    demand = trigger.kind == "urges" and (opening.norm.startswith("ب") or (
        not trigger.noun and glued_lam(opening)))  # «دعا X للتوصل»: the demand, or a prayer
    charge = trigger.kind == "criticizes" and opening.norm.startswith("ب")
    loose = how == "genitive" and not opening.norm.startswith("ل")
    return not (demand or charge or loose or _people_of(context, words, first_word)
                or titled_name_follows(context, words, first_word))


_CONSTRUCT_REACH = 6
_LAM_NOUNS = frozenset({"لجنه", "لجان", "لاعب", "لاعبي", "لاعبو", "لقاء", "لواء", "لائحه",
                        "لوائح", "لغه"})
"""Nouns whose first letter reads as a glued «ل» («قرار لجنة الانضباط»)."""


def _construct_phrase(context: Extraction, words: list[Word], index: int) -> Phrase | None:
    """«رفضه التام لقرار مجلس إدارة اتحاد الكرة», «رفضت مصر قرار مجلس إدارة الاتحاد»: a
    chain of indefinite nouns in iḍāfa, closed by a definite noun or a name, is the thing
    named (the whole construct, not its last genitive). The chain stops at nothing else:
    punctuation, a conjunction, a preposition, a function word, a relative, another stance
    word or a number leave no object; it is at least three words and at most six."""
    kept: list[Word] = []
    for word in words[index:index + _CONSTRUCT_REACH]:
        if kept and (context.boundary_between(kept[-1], word) or conjunction(word)
                     or (prepositional(word) and word.norm not in _LAM_NOUNS)):
            return None
        if live_stance(words, word.index - words[0].index) or word.norm in RELATIVES or \
                word.norm in FUNCTION_WORDS or word.bare() in FUNCTION_WORDS or \
                word.norm in PREPOSITIONS or word.norm.isdigit() or word.norm in QUANTIFIERS \
                or word.bare() in DEMONSTRATIVES or word.norm in _TIME_WORDS:
            return None
        mention = context.mention_starting_in(word)
        if mention is not None:
            if not kept or not mention.entity_id or context.is_nisba(mention):
                return None
            last = context.mention_words(mention)[1]
            if last - words[0].index >= len(words):
                return None
            end = words[last - words[0].index]
            return _construct(context, kept, end, len(kept) + 1)
        if context.covering_mention(word.start) is not None:
            return None
        if not kept and not _content_noun(word):
            return None
        if definite(word):
            if not kept:
                return None  # «الاتهامات», «قرار المجلس»: the shorter topic phrase reads them
            return _construct(context, kept, word, len(kept) + 1)
        kept.append(word)
    return None


def _construct(context: Extraction, kept: list[Word], end: Word, size: int) -> Phrase | None:
    """The construct from ``kept[0]`` to ``end``, when it is long enough for
    :func:`_construct_phrase`."""
    if size < 3:
        return None
    name = without_clitics(context, kept)
    name += context.doc.text[kept[-1].end:end.end]
    return Phrase(kept[0].start, end.end, name)


def _first_named(context: Extraction, candidates: list[Candidate],
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


_DEED_KINDS = frozenset({"praises", "welcomes"})
_PROPOSALS = frozenset({
    "قرار", "قرارات", "اتفاق", "اتفاقيه", "خطوه", "خطوات", "مبادره", "اعلان", "مقترح",
    "اقتراح", "تسويه", "هدنه", "خطه", "اجراءات", "اجراء", "نتائج", "موافقه", "تعديلات",
})
"""What a decision or an agreement is called («رحب بالقرار», «أشاد بالاتفاق»): praise and
welcome take such a phrase as their object, never a guest («رحب بالضيوف»)."""
_CONSTRUCT_HEADS = _PROPOSALS | frozenset({"مشروع", "سياسه", "سياسات", "تصريحات", "موقف",
                                           "مواقف", "قانون", "برنامج", "حكم", "قرارات"})
"""Indefinite heads of a construct that names a thing («قرار مجلس الأمن الذي ...»)."""


def _proposal(word: Word) -> bool:
    """«بالقرار», «بالاتفاق النووي», «بهذه الخطوة»: a decision or agreement after «ب»."""
    return any(prefix.lstrip("وف").startswith("ب") and rest.removeprefix("ال") in _PROPOSALS
               for prefix, rest in word.readings())
_OBJECT_PREFIXES = {"praises": frozenset({"ب", "بال"}), "welcomes": frozenset({"ب", "بال"}),
                    "criticizes": frozenset({"", "ال"}), "urges": frozenset({"", "ال"}),
                    "condemns": frozenset({"", "ال"}), "warns": frozenset({"", "ال"})}
"""How a title as the object joins each verb («رحب بمبعوث», «انتقد الوزير»)."""


def _titled_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                   trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«ورحب الرئيس بمبعوث دول المجلس»: a title right after the subject, with no name of
    its own after it in the clause, stands for the one person named earlier with it."""
    prefixes = _OBJECT_PREFIXES.get(trigger.kind)
    if prefixes is None or trigger.noun or first_word >= len(words):
        return None
    word = words[first_word]
    head = title_head(word, prefixes)
    if head is None or context.covering_mention(word.start) is not None:
        return None
    for later in words[first_word + 1:first_word + 8]:
        if context.boundary_between(words[later.index - words[0].index - 1], later):
            break
        mention = context.mention_starting_in(later)
        if mention is not None and mention.label == "Person":
            return None  # «بالمبعوث الأممي X»: the name is the object
    person = sole_title_holder(context, word, head)
    if person is None or person in skip:
        return None
    return Candidate(Arg(person, word.start, word.end), "", "Person", first_word, "holder")


def _phrase_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                   trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The actor of a praised deed, or the person a title stands for."""
    if trigger.kind in _DEED_KINDS:
        deed = _deed_object(context, words, first_word, skip)
        if deed is not None:
            return deed
    return _titled_object(context, words, first_word, sentence, trigger, skip)


def _addressee_from(context: Extraction, words: list[Word], first_word: int,
                    trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطلب كاميرون من أعضاء البرلمان دراسة ...»: the one asked, after «من» right after
    a named subject; never for the noun («بناء على طلب من الوزارة»: the ministry asks) or
    a passive with no subject of its own («وطُلب من المواطنين»)."""
    if trigger.noun or how in {"previous", "coordinated", ""} or first_word + 1 >= len(words) \
            or words[first_word].norm != "من" or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return None
    index = first_word + 1
    mention = context.mention_starting_in(words[index])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS or context.is_nisba(mention):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, "mention")
    topic = topic_entity(context, words, index)
    return Candidate(topic, "", None, index, "topic") if topic is not None else None


def _first_deed(context: Extraction, words: list[Word], first_word: int,
                skip: set[str]) -> list[Candidate]:
    """The deed's actor for a congratulation or pride, the deed a word or two on, past the
    rest of the subject's title or the one congratulated («وهنأ رئيس الجمهورية
    بالانتصارات التي حققتها المقاومة»), within the clause."""
    for index in range(first_word, min(len(words), first_word + 3)):
        if index > first_word and context.boundary_between(words[index - 1], words[index]):
            break
        deed = _deed_object(context, words, index, skip)
        if deed is not None:
            return [deed]
    return []


def _deed_object(context: Extraction, words: list[Word], first_word: int,
                 skip: set[str]) -> Candidate | None:
    """«أشاد بأداء رجال الداخلية», «بالدور الذي يلعبه الجيش»: the actor of the deed."""
    index = deed_actor(context, words, first_word)
    if index is None:
        return None
    mention = context.mention_starting_in(words[index]) or typed_name(context, words, index)
    if mention is not None and context.mention_starting_in(words[index]) is None:
        index += 1  # «بالدور الذي تقوم به شركة زين»: the name after its kind noun
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS or context.is_nisba(mention):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                         mention.label, index, "mention")
    phrase = topic_phrase(context, words, index)
    if phrase is None:
        return None
    start, end, name = phrase
    named = earlier_name(context, name, start)
    if named is not None:  # «دول المجلس» after «دول مجلس التعاون الخليجي»
        if named.entity_id in skip:
            return None
        return Candidate(Arg(named.entity_id or "", start, end), "", named.label, index,
                         "holder")
    topic = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(topic, start, end), "", None, index, "topic")


_OCCASION_PREPOSITIONS = frozenset({"خلال", "في", "اثناء", "عقب", "لدي", "امام"})


def _past_own_occasion(context: Extraction, words: list[Word], first_word: int) -> int:
    """Past an adjunct on the subject's own occasion before the addressee («ودعا الأمير خلال
    كلمته المواطنين إلى ...», «في تصريحاته للصحفيين»): a preposition, a noun with a
    possessive pronoun, and at most one prepositional word."""
    index = first_word
    if index + 2 >= len(words) or words[index].norm not in _OCCASION_PREPOSITIONS or \
            not possessive(words[index + 1]) or \
            context.covering_mention(words[index + 1].start) is not None:
        return first_word
    index += 2
    if index + 1 < len(words) and prepositional(words[index]) and \
            context.covering_mention(words[index].start) is None:
        index += 1  # «خلال لقائه بالصحفيين»
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(first_word, index)):
        return first_word
    if index < len(words) and (words[index].norm in PREPOSITIONS or
                               words[index].norm in _OCCASION_PREPOSITIONS):
        return first_word  # «في كلمته أمام المؤتمر ...»: the adjunct goes on
    return index


_FRAME_WORDS = frozenset({"علي", "الي", "جانب"})


def _past_frame(context: Extraction, words: list[Word], first_word: int,
                trigger: StanceTrigger) -> int:
    """Past the fixed words of a frame that governs the object («اعترض على X», «وقف إلى
    جانب X»), when they follow the subject at once."""
    if not trigger.requires or not trigger.requires <= _FRAME_WORDS:
        return first_word
    index = first_word
    while index + 1 < len(words) and index < first_word + 2 and \
            words[index].norm in _FRAME_WORDS and \
            not context.boundary_between(words[index], words[index + 1]):
        index += 1
    if index > first_word and (words[index - 1].norm in trigger.requires):
        return index
    return first_word


def _appositive_object(context: Extraction, words: list[Word], first_word: int,
                       skip: set[str]) -> Candidate | None:
    """«انتقد X رئيس تكتل الإصلاح والتغيير، العماد ميشال عون», «أشاد بمدير الجامعة، الدكتور
    Y»: the object is a title with no name in its clause, and the person named right after
    the comma that closes it (past an honorific or a rank)."""
    index = first_word + 1 if first_word < len(words) and words[first_word].norm == "الي" \
        else first_word
    if index >= len(words) or not is_title_head(words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    for later in range(index + 1, min(len(words), index + 7)):
        if context.mention_starting_in(words[later]) is not None and \
                context.mention_starting_in(words[later]).label == "Person":  # type: ignore[union-attr]
            return None  # a name in the title's own clause: the plain scan reads it
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()؛;"):
            return None
        if any(mark in gap for mark in "،,"):
            return _name_after(context, words, later, skip)
    return None


_STYLES = HONORIFICS | frozenset({"العماد", "المشير", "المقدم", "الرائد", "النقيب", "الاستاذ",
                                  "الاستاذه", "الدكتوره", "القاضي", "المستشار"})


def _name_after(context: Extraction, words: list[Word], index: int,
                skip: set[str]) -> Candidate | None:
    """The person named at ``index``, past one honorific or rank («العماد», «الدكتور»)."""
    if index < len(words) and context.mention_starting_in(words[index]) is None and (
            words[index].norm in _STYLES or is_title_head(words[index])):
        index += 1
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.entity_id in skip:
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person", index,
                     "mention")


def _described_partner(context: Extraction, words: list[Word], first_word: int) -> Candidate | None:
    """«تعاونت مع سلطات الأمن», «التنسيق مع الجهات المعنية»: a described partner right after
    «مع»."""
    index = first_word + 1
    if index >= len(words) or words[first_word].norm != "مع" or \
            context.boundary_between(words[first_word], words[index]):
        return None
    topic = topic_entity(context, words, index)
    return Candidate(topic, "مع", None, index, "topic") if topic is not None else None


def _partners(context: Extraction, words: list[Word], position: int, sentence: Sentence,
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


_HOW_PENALTY: dict[ArgsHow, float] = {
    "after": 0.0, "pronoun": 0.0, "genitive": 0.0, "lisan": 0.05, "head": 0.05,
    "speaker": 0.05, "before": 0.1, "clause": 0.1, "light": 0.1, "coordinated": 0.1,
    "previous": 0.15, "institution": 0.1,
}
_OBJECT_PENALTY: dict[ObjectSource, float] = {
    "mention": 0.0, "event": 0.0, "partner": 0.0, "holder": 0.05, "topic": 0.05,
    "faced": 0.05, "nisba": 0.15,
}


def confidence_of(trigger: StanceTrigger, how: ArgsHow, obj: Candidate) -> float:
    """How sure the rule is: the trigger's own confidence, less for a subject or an
    object read from further away (a previous sentence, a nisba adjective)."""
    penalty = _HOW_PENALTY.get(how, 0.15) + _OBJECT_PENALTY.get(obj.source, 0.1)
    if obj.preposition in {"في", "من", "عن", "الي"}:
        penalty += 0.1
    return round(max(0.3, trigger.confidence - penalty), 2)


def _backed_by(context: Extraction, sentence: Sentence, words: list[Word], position: int,
               trigger: StanceTrigger) -> None:
    """«الميليشيات الحوثية المدعومة من إيران», «القوات المدعومة من التحالف»: the agent after
    «من» supports the named head before the participle."""
    index = position + 1
    if index + 1 >= len(words) or words[index].norm != "من" or \
            context.boundary_between(words[position], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return
    mention = context.mention_starting_in(words[index + 1])
    head = _adjective_head(context, words, position)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or head is None or head.node_id == mention.entity_id:
        return
    word = words[position]
    confidence = round(trigger.confidence - _HOW_PENALTY["head"], 2)
    evidence = context.evidence(sentence, [(mention.start, mention.end), (head.start, head.end)],
                                Rule.STANCE_BACKED, confidence,
                                (word.start, word.end))
    pol = polarity(is_negated(context, words, position))
    context.add_relation(Relation(
        id=relation_id("supports", mention.entity_id, head.node_id, pol), kind="supports",
        subject_id=mention.entity_id, object_id=head.node_id, evidence=(evidence,),
        polarity=pol, modality=modality(context, words, position),
        time=resolve(article_date(context.doc.meta.date), words, position),
    ))


def _own_office(context: Extraction, subject: Arg, obj: Arg) -> bool:
    """«رحب أمير منطقة عسير بزوار منطقة عسير», «أشاد رئيس النادي بجماهير النادي»: the body
    or region of the subject's own title, named again after the trigger, is the genitive of
    the real object (its visitors, its fans), not what the subject stands for or against."""
    return any(role.person_id == subject.node_id and role.org_id == obj.node_id
               for role in context.roles)


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The stances of one sentence, and who acted last after it; None when no word of
    the sentence may be a stance trigger."""
    if not index.trigger_positions(words, STANCE_WORD):
        return None
    context = Extraction(index, state)
    anchor = article_date(context.doc.meta.date)
    for position in context.trigger_positions(words, STANCE_WORD):
        _stance_at(context, sentence, words, position, anchor)
    return context.found


@dataclass(frozen=True, slots=True)
class _Stance:
    """A stance read at a trigger, before its relations are written."""

    kind: RelationKind
    negated: bool
    how: ArgsHow
    """How the subjects were found (see :func:`confidence_of`)."""
    trigger: StanceTrigger
    subjects: list[Arg]
    objects: list[Candidate]


def _stance_at(context: Extraction, sentence: Sentence, words: list[Word], position: int,
               anchor: date | None) -> None:
    """The stance the trigger at ``words[position]`` expresses, if it expresses one."""
    word = words[position]
    trigger = trigger_at(words, position, context.doc.text,
                         lambda w: context.covering_mention(w.start) is not None)
    if trigger is None or not usable(context, words, position, trigger) or \
            questioned(context, words, position):
        return
    if trigger.passive:
        _backed_by(context, sentence, words, position, trigger)
        return
    trigger = as_noun(words, position, trigger)
    subjects, after, how = _stance_subjects(context, words, position, sentence, trigger)
    if not subjects or _declined(words, skip_intensifiers(words, after), trigger) or \
            _invitation(context, words, position, trigger) or \
            _owing(context, words, position, after):
        return
    kind = trigger.kind
    negated = is_negated(context, words, position) or _light_verb_negated(context, words, position,
                                                                            trigger)
    if word.bare() in EMOTION_POSITIVE and emotion_negated(context, words, position):
        kind, negated = "opposes", False
    objects = [c for c in _objects(context, words, position, after, sentence, trigger,
                                   subjects, how) if not _any_of(words, c, kind)]
    if word.has(VERBAL_ONLY):  # «هاجم» in words: one person of another
        if any(context.label(s.node_id) != "Person" for s in subjects):
            return
        objects = [c for c in objects if c.source != "event" and not is_place(c.label)]
    _add_stance(context, sentence, words, position, anchor,
                _Stance(kind, negated, how, trigger, subjects, objects))
    if how in {"after", "before", "lisan", "genitive"} and \
            context.speaker_at(word.start) is None:
        context.discourse = replace(context.discourse,
                                    last_actor=Turn(subjects[0].node_id, sentence.index))


def _light_verb_negated(context: Extraction, words: list[Word], position: int,
                        trigger: StanceTrigger) -> bool:
    """«ولم تعلن مصر إدانتها لـ ...»: a verbal noun is negated with its light verb."""
    if not trigger.noun:
        return False
    light = _light_verb(context, words, position)
    return light is not None and is_negated(context, words, light)


def _stance_subjects(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence, trigger: StanceTrigger) -> ArgsFound:
    """The stance's subjects, the position after them and how they were found: for
    «تنسيق بيننا», the speaker's side; else see :func:`_subject`."""
    if trigger.kind == "coordinatesWith":
        subjects: list[Arg] = []
        for follow in words[position + 1:position + 6]:
            pronoun = speaker_affiliation(context, follow) if follow.norm == "بيننا" else None
            if pronoun is not None:
                subjects = [pronoun]
        if subjects:
            return ArgsFound(subjects, position + 1, "pronoun")
    return _subject(context, words, position, sentence, trigger)


def _add_stance(context: Extraction, sentence: Sentence, words: list[Word], position: int,
                anchor: date | None, stance: _Stance) -> None:
    """A relation from each subject to each object of ``stance``, but not to itself nor to
    the body of its own title."""
    word = words[position]
    mood = modality(context, words, position)
    time = resolve(anchor, words, position)
    pol = polarity(stance.negated)
    for subject in stance.subjects:
        for candidate in stance.objects:
            obj = candidate.arg
            if obj.node_id == subject.node_id or _own_office(context, subject, obj):
                continue
            confidence = confidence_of(stance.trigger, stance.how, candidate)
            evidence = context.evidence(
                sentence, [(subject.start, subject.end), (obj.start, obj.end)],
                stance_rule(stance.kind, stance.how, candidate.source), confidence,
                (word.start, word.end),
            )
            context.add_relation(Relation(
                id=relation_id(stance.kind, subject.node_id, obj.node_id, pol), kind=stance.kind,
                subject_id=subject.node_id, object_id=obj.node_id, evidence=(evidence,),
                polarity=pol, modality=mood, time=time,
            ))
