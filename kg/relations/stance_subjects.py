"""Who holds a stance: the subject of a stance trigger.

The subject is the head of the phrase that holds the stance, never a nearby name:

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
  it does: «وعبر عن رفضه ...»).
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.actors import actor_phrase, institution_after
from kg.relations.arguments import (
    chain,
    first_person_near,
    is_first_person,
    is_place,
    kingdom,
    known_person,
    past_title_complement,
    preposition,
    subject_after,
    subject_before,
    topicalised_subject,
)
from kg.relations.context import Extraction
from kg.relations.deeds import earlier_name
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    EMOTION_POSITIVE,
    FUNCTION_WORDS,
    HONORIFICS,
    INTENSIFIERS,
    NISBA,
    ONE_OF_CRITICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    STANCE_ADJECTIVES,
    STANCE_LIGHT_VERBS,
    StanceTrigger,
    find_reporting,
    find_stance,
)
from kg.relations.roles import is_title_head
from kg.relations.speakers import continued_speaker
from kg.relations.stance_phrases import (
    COMMAS,
    NAME_HEADS,
    RELATIVES,
    boundary,
    conjunction,
    definite,
    glued_lam,
    possessive,
    prepositional,
    titled_name_follows,
    without_clitics,
)
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key


def find_subjects(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  trigger: StanceTrigger) -> ArgsFound:
    """The stance holder, the index of the word after it, and how it was found."""
    word = words[position]
    pronoun = first_person_near(context, words, position, lookback=3 if trigger.noun else 1)
    if pronoun is not None and (is_first_person(word) or position == 0 or
                                _copula_first_person(words, position)):
        return ArgsFound([pronoun], position + 1, "pronoun")
    if _masdar_like(word, trigger) and light_verb(context, words, position) is not None and \
            _unnamed_agent(context, words, position):
        # «جدد الملك دعم المملكة لليمن»: the kingdom's support
        return ArgsFound([], position + 1, "")
    if word.has(EMOTION_POSITIVE):  # «لم تكن كينيا راضية», «مصر ... سعيدة»
        before = subject_before(context, words, position, max_words=8)
        if before:
            return ArgsFound(before, position + 1, "before")
        return _clause_actor(context, words, position, sentence)  # «وقال X إنه لم يكن راضيا»
    if word.has(STANCE_ADJECTIVES):
        head = adjective_head(context, words, position)
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
    author = _document_author(context, words, position)
    if author is not None:  # «وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...»
        return ArgsFound([author[0]], author[1], "institution")
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
    shared = _sentence_verb_subject(context, words, position)
    if shared is not None:  # «ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...»
        return ArgsFound([shared], position + 1, "coordinated")
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


def _sentence_verb_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...»: a verb after «، و» with no subject
    of its own shares the subject of the verb that opens the sentence, a name right after
    it, when both verbs agree in gender."""
    word = words[position]
    if position < 3 or not word.norm.startswith("و") or \
            context.gap(words[position - 1], word).strip() not in COMMAS or \
            not _opens_clause(context, words, position, coordinated=True):
        return None
    opening, named = words[0], words[1]
    gender = _verb_gender(word)
    if gender is None or _verb_gender(opening) != gender or \
            opening.norm in FUNCTION_WORDS or context.covering_mention(opening.start) or \
            context.boundary_between(opening, named) or len(opening.norm.lstrip("وف")) < 3:
        return None
    mention = context.mention_starting_in(named)
    if mention is None or not mention.entity_id or mention.start != named.start or \
            mention.label not in AGENT_LABELS or (mention.label == "Person" and gender == "f"):
        return None
    return Arg(mention.entity_id, word.start, word.end)


_DOCUMENT_NOUNS = frozenset({"بيان", "تقرير", "رساله", "مذكره", "بلاغ"})
"""A text that speaks for its author: «وأدان بيان لوزارة الخارجية ...»."""
_DOCUMENT_WORDS = frozenset({"اخير", "رسمي", "جديد", "صادر", "الصادر", "عن", "من", "ل"})
"""Words between a text and its author («بيان صادر عن», «تقرير أخير لـ»)."""


def _document_author(context: Extraction, words: list[Word],
                     position: int) -> tuple[Arg, int] | None:
    """«وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...», «وأدان بيان لوزارة الخارجية ...»,
    «ورحب بيان صادر عن الأمم المتحدة ...»: a statement or report right after the verb
    holds the stance of its author, the named body after «ل» or «عن»; the index after it."""
    index = position + 1
    if index >= len(words) or words[index].norm not in _DOCUMENT_NOUNS:
        return None
    for later in range(index + 1, min(len(words), index + 4)):
        if context.boundary_between(words[later - 1], words[later]) and \
                context.gap(words[later - 1], words[later]).strip() not in {"«", "ـ«", "\""}:
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None:
            glued = context.attached_prefix(mention).lstrip("وف")
            preceded = words[later - 1].norm in {"عن", "ل"} or glued == "ل"
            if not mention.entity_id or mention.label not in AGENT_LABELS or \
                    mention.label == "Person" or not preceded:
                return None
            last = context.word_at(max(mention.start, mention.end - 1))
            end = later + 1 if last is None else last.index - words[0].index + 1
            return Arg(mention.entity_id, mention.start, mention.end), end
        if words[later].norm not in _DOCUMENT_WORDS:
            return None
    return None


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
    mention = context.mention_starting_in(following)
    if form[:1] == "ي" and _verb_gender(verb) == "m":
        return _feminine_country(context, mention)  # «ويطالب إيران بـ ...»
    if form[:1] in {"ت", "ن", "س"} or form.endswith(("ت", "وا")):
        return False
    if mention is not None and mention.label == "Person":
        return False
    noun = following.bare()
    return (definite(following) or mention is not None) and \
        noun.endswith("ه") and not noun.endswith("اه")


_MASCULINE_COUNTRIES = frozenset({"العراق", "الاردن", "السودان", "المغرب", "اليمن", "لبنان"})
"""Countries whose names a masculine verb agrees with («رحب العراق»); the rest take a
feminine one («رحبت إيران», «تطالب مصر»)."""


def _feminine_country(context: Extraction, mention: Mention | None) -> bool:
    """A country named right after the verb whose name takes a feminine verb."""
    return mention is not None and mention.label == "Country" and \
        context.norm(mention.start, mention.end) not in _MASCULINE_COUNTRIES


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
    light = light_verb(context, words, position)
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


def light_verb(context: Extraction, words: list[Word], position: int) -> int | None:
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


def adjective_head(context: Extraction, words: list[Word], position: int) -> Arg | None:
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
