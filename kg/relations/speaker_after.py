"""The speaker named after a reporting verb: «وقال وزير النقل اليمني بدر باسلمه إن».

Read word by word past adverbs and the channel («لـ«الشرق الأوسط»», «للصحافيين», «في
بيان»): an entity mention; a title and the person its phrase names, never one in a
genitive («مستشار الملك سلمان») or after an adjunct («خلال لقائه»); a definite noun and
the name in apposition («المسؤول الانفصالي ألكسندر ...»); a surname named before
(«وأضاف باسلمه»); a role noun in construct then a name («عضو مجلس قيادة الثورة X»);
«مريض يدعى X»; any other noun («مصادر», «شهود») is a speaker that is not an entity.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import known_person, typed_name
from kg.relations.channel_genitives import setting_place_end
from kg.relations.context import Extraction
from kg.relations.each_of import each_of
from kg.relations.index import Word
from kg.relations.lexicon import COMPLEMENTIZERS, HONORIFICS, PERSON_NOUNS, PREPOSITIONS
from kg.relations.principal_names import genitive_principal
from kg.relations.role_holders import person_for_title
from kg.relations.role_words import is_title_head
from kg.relations.speaker_addressees import addressed_person
from kg.relations.speaker_bodies import (
    MEDIA_NOUNS,
    kind_reference,
    kind_then_name,
    statement_author,
    unnamed_body,
)
from kg.relations.speaker_indefinite import closing_name, indefinite_title
from kg.relations.speaker_owned_objects import owned_object_end
from kg.relations.speaker_readings import (
    ADVERBS,
    ANONYMOUS,
    ANONYMOUS_READING,
    NO_SPEAKER,
    SOURCE_WORDS,
    SPEAKER_LABELS,
    SpeakerReading,
    mention_speaker,
)
from kg.relations.subject_openers import opener_of_subject
from kg.relations.title_objects import object_after_title
from kg.relations.titles import compound_head
from kg.text.normalize import normalize_key

_BACK_POINTERS = frozenset({"فيه", "فيها", "فيهما"})
"""«كلمة أكد فيها عادل الجبير أن»: the pronoun points back to the text the words were said
in, not to a channel whose object follows; the name after it is the speaker, and with no
name («تصريح لمبعوث ... أفاد فيه بأن») the speaker is the text's author, never the one who
spoke last."""
_PRONOUN_SUBJECTS = frozenset({"سموه", "سموها", "معاليه", "معاليها", "فخامته", "سيادته",
                               "سماحته", "دولته", "فضيلته", "سعادته", "سعادتها"})
"""«وقال سموه»: an honorific pronoun, which continues the speaker named before."""
_RELAYING = frozenset({"نقلته", "نقلتها", "نشرته", "نشرتها", "اجرته", "اجرتها", "بثته",
                       "بثتها", "اوردته", "اوردتها", "نقله", "نقلها", "نشره", "نشرها"})
"""«في حديث نقلته وكالة X», «في مقابلة أجرتها صحيفة X»: the name after it relayed the words
(the subject of the relative clause), never their speaker."""
_QUANTITY_SUBJECTS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "نصف", "ثلث", "ربع", "ثلثا",
                                "معظم", "اغلب", "غالبيه", "اكثريه"})
"""A share or an estimate right after the verb opens a subject that names no one («قال نحو
نصف المشاركين», «وقالت غالبية الأسر»): not a subjectless verb continuing a speaker."""
_WHOM = frozenset({"ممن", "عمن", "لمن", "فيمن", "بمن", "وممن"})
"""A preposition glued to the relative «من» (whom): what follows describes the verb's object
or an adjunct («حذر ممن يسعون إلى ...», «أشاد بمن شاركوا ...»), and a name in that clause
(«ممن وصفهم بعملاء إيران») is never the speaker."""
_ADJUNCT_WORDS = frozenset({"خلال", "مع", "عقب", "بعد", "اثناء", "امام", "عند", "قبل", "حول",
                            "بشان", "عن"})
"""Prepositions that open an adjunct («خلال لقائه», «عقب اجتماعه»), never part of a title."""
_COMITATIVE = frozenset({"مع", "ومع", "برفقه", "بصحبه", "بحضور"})
"""«مع» (with) and its kin: who follows is the speaker's partner, never the one who speaks
(«وقال في مؤتمر صحافي مشترك عقده مع وزير الداخلية كريم سنجاري: ...»)."""
_STATEMENT_NOUNS = frozenset({"بيان", "تصريح", "تصريحات", "رساله", "كلمه", "مقابله", "حديث"})
"""«وقال في بيان لوزارة الداخلية»: the organisation after ل is the author."""
_PLATFORMS = frozenset(normalize_key(name) for name in (
    "تويتر", "تويتير", "فيسبوك", "فيس بوك", "الفيسبوك", "الفيس بوك", "انستغرام", "إنستغرام",
    "انستجرام", "إنستجرام", "انستقرام", "يوتيوب", "اليوتيوب", "سناب شات", "سنابشات",
    "واتساب", "واتس اب", "تيليجرام", "تلغرام", "تيك توك", "لينكد إن"))
"""Social networks: after the channel («أكد عبر حسابه في موقع التواصل الاجتماعي "تويتر"
أن») the network is where the words were posted, part of the channel, never the one who
posted them."""
_FIRST_PERSON_ADDRESSEES = frozenset({"لي", "لنا"})
"""«قال لي المخرج محمد كريم», «وقالت لنا»: «to me», «to us», the writer spoken to; never the
speaker, though the recogniser may read «لي» as the name Lee."""
_MORE_PREPOSITIONS = frozenset({"امام", "اثناء", "عقب", "ضمن", "لدي", "له", "لها", "لهم", "ل"})


def _is_preposition(word: Word) -> bool:
    """«في», «خلال», «للصحافيين», «لوكالة», «لـ»: a preposition that opens the channel."""
    norm = word.norm.removeprefix("و") if len(word.norm) > 2 else word.norm
    if word.norm in PREPOSITIONS or norm in PREPOSITIONS or word.norm in _MORE_PREPOSITIONS:
        return True
    return any(prefix.lstrip("وف") == "لل" or (prefix.lstrip("وف") == "ل" and rest in MEDIA_NOUNS)
               for prefix, rest in word.readings())


def _governed(context: Extraction, mention: Mention, past_first_word: bool) -> bool:
    """Whether a mention after the verb is a preposition's object, not the subject. Right
    after the verb only a glued «ل» before an organisation counts («الذي قال لوكالة
    الصحافة الفرنسية»): the word before is the verb itself, which may read as a preposition
    («عبر الأردن عن»), and a person's name that opens with «ل», «ب» or «ك» is often cut
    there by the recogniser («قالت لبنى», «قال كياري»), unless the document names that
    person without the «ل» («قال لميركل»: :func:`addressed_person`)."""
    if past_first_word:
        return context.is_prepositional(mention)
    return (mention.label != "Person" and context.attached_prefix(mention).lstrip("وف") == "ل") \
        or addressed_person(context, mention)


def subject_after_verb(context: Extraction, words: list[Word], position: int,
                       end: int) -> SpeakerReading:
    """The speaker named after a reporting verb, read word by word («وقال الوزير ...»,
    «وأكدت في بيان لوزارة الداخلية», «وقالت مصادر»).

    Complexity 18, kept in one function on purpose: it is one left-to-right scan whose
    cases share one state (whether a channel or an addressee has been passed), which
    helpers would have to hand back and forth.
    """
    index = position + 1
    after_channel = False
    while index < end:
        word = words[index]
        bare = word.bare()
        if index > position + 1 and word.norm in _COMITATIVE:
            return ANONYMOUS_READING  # «وقال في مؤتمر عقده مع وزير X:»: X is the partner,
            # and the subject of «قال» is not read here: no speaker
        if word.norm in COMPLEMENTIZERS or bare in SOURCE_WORDS or word.norm in SOURCE_WORDS:
            return ANONYMOUS_READING if words[index - 1].norm in _BACK_POINTERS else NO_SPEAKER
        if bare in ADVERBS or word.norm in ADVERBS or \
                (word.norm in _BACK_POINTERS and index == position + 1) or \
                opener_of_subject(context, words, index):
            index += 1
            continue
        if word.norm in _FIRST_PERSON_ADDRESSEES:  # «قال لي المخرج X»: «to me», not a name
            if index == position + 1 and (index + 1 >= end or _is_preposition(words[index + 1])):
                return NO_SPEAKER  # «X قال لي في مكتبه:»: the subject came before the verb
            index += 1
            continue
        owned = owned_object_end(context, words, index, end) if after_channel else None
        if owned is not None:  # «بعد لقائه الرئيس X»: the one met, not the speaker
            index = owned
            continue
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and not _bare_title(context, mention, word):
            if _governed(context, mention, index > position + 1) or (
                    after_channel and normalize_key(context.doc.text[
                        mention.start:mention.end]) in _PLATFORMS):
                after_channel = True  # «لسوريا»: a channel or an addressee; «في "تويتر"»
            elif mention.label in SPEAKER_LABELS and not context.is_nisba(mention):
                return mention_speaker(context, mention, "after")
            elif not after_channel:
                person = known_person(context, word)  # «وقال "الزوي"» read as no person
                return SpeakerReading(person, "after") if person else ANONYMOUS_READING
            index = _after_mention(context, words, mention, index)
            continue
        if word.norm in _PRONOUN_SUBJECTS:
            return SpeakerReading(None, "pronoun")
        if index == position + 1 and word.norm in _QUANTITY_SUBJECTS:
            return ANONYMOUS_READING  # «وقال نحو نصف الآباء ...، إن»: no one named
        each = each_of(context, words, index, end) if index == position + 1 else None
        if each is not None:  # «قال كل من X:» is X; «قال كل من X وY:» no one
            return SpeakerReading(each, "after") if each else ANONYMOUS_READING
        if is_title_head(word) or word.norm in HONORIFICS or _crown_title(words, index, end) \
                or _abbreviated_title(context, words, index) or compound_head(words, index):
            return titled_speaker(context, words, index, end)
        if word.has(_STATEMENT_NOUNS):
            author = statement_author(context, words, index, end)
            if author is not None:
                return author
        if _is_preposition(word):  # «للصحافيين», «في بيان», «لـ«الشرق الأوسط»»: skip its object
            after_channel = True
            index += 1
            author = statement_author(context, words, index, end) \
                if index < end and words[index].has(_STATEMENT_NOUNS) else None
            if author is not None:  # «وأكدت في بيان لوزارة الداخلية أن»
                return author
            if index < end:
                following = context.mention_starting_in(words[index])
                index = _after_mention(context, words, following, index) \
                    if following is not None else setting_place_end(context, words, index, end)
            continue  # «في قلب أمريكا»: a place in the genitive is part of the setting
        if after_channel and word.norm in _RELAYING:
            return NO_SPEAKER  # «وأضافت في حديث نقلته وكالة X»: X relayed the words
        if word.norm in _WHOM:
            return NO_SPEAKER  # «وحذر في كلمته ممن وصفهم بأعداء X»: X is in the object's clause
        if after_channel and bare not in ANONYMOUS and word.norm not in ANONYMOUS:
            index += 1
            continue
        if after_channel:
            return ANONYMOUS_READING
        typed = typed_name(context, words, index) or kind_then_name(context, words, index, end)
        if typed is not None and typed.label in SPEAKER_LABELS:
            return mention_speaker(context, typed, "after")  # «وقالت شركة زين»
        body = unnamed_body(context, words, index, end)
        if body is not None:
            return body
        return noun_subject(context, words, index, end)
    return NO_SPEAKER


def _bare_title(context: Extraction, mention: Mention, word: Word) -> bool:
    """«وقال وكيل وزارة التعليم ... الدكتور X»: a person mention that is one title word
    and nothing more is the recogniser's misreading of the title, which opens the subject
    and names its holder after it; it is never a person of its own."""
    return mention.label == "Person" and mention.start == word.start and \
        mention.end == word.end and is_title_head(word)


_ABBREVIATED_TITLES = frozenset({"د", "م", "ا"})
"""«د.» (doctor), «م.» (engineer), «أ.» (professor), as normalised one-letter words."""


def _abbreviated_title(context: Extraction, words: list[Word], index: int) -> bool:
    """«وقال م. خالد السالم», «وأكد أ.د. سعد»: a one-letter title closed by a dot."""
    word = words[index]
    return word.norm.removeprefix("و") in _ABBREVIATED_TITLES and index + 1 < len(words) and \
        context.gap(word, words[index + 1]).strip().startswith(".")


def _crown_title(words: list[Word], index: int, end: int) -> bool:
    """«ولي العهد», «ولي ولي العهد»: a title of two or three words with no title head."""
    following = [w.norm for w in words[index:min(end, index + 3)]]
    return following[:1] == ["ولي"] and ("العهد" in following[1:])


def noun_subject(context: Extraction, words: list[Word], index: int,
                 end: int) -> SpeakerReading:
    """A subject that is not a mention: a person named earlier by surname («وأضاف باسلمه»),
    a definite noun with a name in apposition («المسؤول الانفصالي ألكسندر زاخارتشنكو»),
    or a speaker that is not an entity («قالت مصادر», «وقالت أسرة قنديل»)."""
    word = words[index]
    prefix, _ = word.readings()[-1]
    apposed = _apposed_person(context, words, index, end) if prefix.endswith("ال") else None
    person = known_person(context, word)
    if person is not None and (apposed is None or _joined_before(words, index, apposed, context)):
        return SpeakerReading(person, "after")
    if not prefix.endswith("ال"):
        return _called(context, words, index, end) or _construct_apposed(
            context, words, index, end) or ANONYMOUS_READING
    if apposed is not None:
        # «يتحدث المعتمر المصري X:»: the name in apposition, though «المعتمر» ends the name
        # of another person of the article («رائد أبو زيد المعتمر»)
        return SpeakerReading(apposed, "title")
    named = closing_name(context, words, index, end)
    if named is not None:  # «أوضح الخبير ... في غرفة جدة X أن»: X, not the last speaker
        return named
    return kind_reference(context, word) or _described_speaker(context, word) or \
        ANONYMOUS_READING


def _joined_before(words: list[Word], index: int, person: str, context: Extraction) -> bool:
    """Whether a «و» joins the words between ``words[index]`` and the mention of ``person``
    («وقال الشهري والعتيبي»: a second speaker, not a name in apposition)."""
    for word in words[index + 1:index + 5]:
        mention = context.mention_starting_in(word)
        if word.norm.startswith("و") or (mention is not None and mention.entity_id == person):
            return word.norm.startswith("و")
    return False


def _apposed_person(context: Extraction, words: list[Word], index: int, end: int) -> str | None:
    """The person named in apposition a few words after the definite noun ``words[index]``
    («المسؤول الانفصالي ألكسندر زاخارتشنكو»), in the same clause."""
    for later in range(index + 1, min(end, index + 5)):
        if (context.boundary_between(words[later - 1], words[later]) and
                not _doctor(context, words[later - 1], words[later])) or \
                words[later].norm.lstrip("وف") in COMPLEMENTIZERS or _is_preposition(words[later]):
            return None  # «وكما تشير الصورة فإن جين فوندا»: another clause
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                not context.is_prepositional(mention) and not genitive_principal(context, mention):
            return mention.entity_id
    return None


def _doctor(context: Extraction, left: Word, right: Word) -> bool:
    """Whether the full stop between two words is the abbreviation «د.» (doctor) before a
    name: «أوضح الخبير الاجتماعي د. محمد عاشور أن» names the expert; no clause ends there."""
    return left.norm == "د" and context.doc.text[left.end:right.start].strip() == "."


_CONSTRUCT_REACH = 8


def _construct_apposed(context: Extraction, words: list[Word], index: int,
                       end: int) -> SpeakerReading | None:
    """«وقال عضو مجلس قيادة الثورة إسماعيل الداراني إن», «كتب خبير الاقتصاد الأمريكي
    بول كروغمان»: a noun naming a person by role, indefinite but made definite by the
    genitive after it, then the person's name: the name is in apposition to the whole
    phrase and speaks. The name must follow a definite word or a name, not the noun itself
    («مسؤول سامي» is no apposition), and no preposition, complementiser or clause mark may
    stand between («مسؤول مقرب من الرئيس أوباما»: the official, unnamed, speaks)."""
    if not words[index].has(PERSON_NOUNS):
        return None
    later = index + 1
    while later < min(end, len(words), index + _CONSTRUCT_REACH):
        following = words[later]
        if context.boundary_between(words[later - 1], following) or \
                following.norm.lstrip("وف") in COMPLEMENTIZERS or _is_preposition(following) \
                or following.norm in _ADJUNCT_WORDS:
            return None
        mention = context.mention_starting_in(following)
        if mention is not None and mention.entity_id and mention.label != "Person":
            later = _after_mention(context, words, mention, later)  # «خبير الأمم المتحدة»
            continue
        if mention is not None and mention.entity_id:
            if later == index + 1 or context.is_prepositional(mention) or \
                    genitive_principal(context, mention):
                return None
            return SpeakerReading(mention.entity_id, "title")
        later += 1
    return None


_CALLED = frozenset({"يدعي", "تدعي", "ويدعي", "وتدعي", "يسمي", "ويسمي", "تسمي", "وتسمي",
                     "اسمه", "اسمها", "واسمه", "واسمها"})
"""«مريض يدعى سامي», «سيدة تدعى هند», «شاب اسمه علي»: the name that follows is the noun's."""
_CALLED_REACH = 8
_CALLED_ENDS = frozenset('.:«»"“”')


def _called(context: Extraction, words: list[Word], index: int,
            end: int) -> SpeakerReading | None:
    """«وقال مريض آخر من الأربعة يدعى سامي إن ...»: an indefinite noun, then «يدعى» (or
    «اسمه») and a person's name, within its clause: that person speaks."""
    for later in range(index + 1, min(end - 1, len(words) - 1, index + _CALLED_REACH)):
        if not _CALLED_ENDS.isdisjoint(context.gap(words[later - 1], words[later])):
            return None
        if words[later].norm in _CALLED:
            mention = context.mention_starting_in(words[later + 1])
            if mention is not None and mention.label == "Person" and mention.entity_id:
                return SpeakerReading(mention.entity_id, "after")
            return None
    return None


_DESCRIBED_REACH = 2


def _described_speaker(context: Extraction, word: Word) -> SpeakerReading | None:
    """«وقال الباحث والمحلل السياسي، إن», «ورأى الخبير الاقتصادي أن»: a definite noun
    naming a person by occupation, with no name after it, stands for the person who has
    just spoken (at most two sentences back), not for someone new."""
    if not word.norm.lstrip("وف").startswith("ال") or word.bare() not in PERSON_NOUNS:
        return None
    last = context.discourse.last_speaker
    if last is None or not 0 <= word.sentence_index - last.sentence <= _DESCRIBED_REACH:
        return None
    entity = context.entities.get(last.node_id)
    if entity is None or entity.label != "Person":
        return None
    return SpeakerReading(last.node_id, "described")


def _after_mention(context: Extraction, words: list[Word], mention: Mention, index: int) -> int:
    _, last = context.mention_words(mention)
    return max(index + 1, last - words[0].index + 1)


_SURNAME_GAPS = frozenset({".", "\"", "«", "“"})
"""What may stand between an honorific and the surname it names («د. الفلاح», «العقيد "البقمي"»)."""


def titled_speaker(context: Extraction, words: list[Word], index: int, end: int) -> SpeakerReading:
    """«قال وزير النقل اليمني بدر باسلمه»: the person the title names, never its country
    nor a person in a genitive («مستشار الملك سلمان»); else the person introduced
    earlier with that title («وكان الوزير قد قال»)."""
    stop = words[end].start if end < len(words) else words[-1].end
    for later in range(index + 1, min(end, len(words))):
        if words[later].norm in _ADJUNCT_WORDS or \
                object_after_title(context, words[later - 1], words[later]):
            stop = words[later].start  # «خلال لقائه الرئيس أوباما», «المتحدث باسم الوزارة
            break  # تعيين X»: X is not the title's
    for mention in context.mentions_between(words[index].start, stop):
        if mention.label == "Person" and mention.entity_id and \
                not context.is_prepositional(mention) and not genitive_principal(context, mention) \
                and not _bare_title(context, mention, words[index]):
            return SpeakerReading(mention.entity_id, "title")
    if (words[index].norm in HONORIFICS or _abbreviated_title(context, words, index)) and \
            index + 1 < min(end, len(words)) and (
            not context.boundary_between(words[index], words[index + 1])
            or context.gap(words[index], words[index + 1]).strip() in _SURNAME_GAPS):  # «د.»
        surname = known_person(context, words[index + 1])
        if surname is not None:  # «وأكد د. الفلاح», «وقال الشيخ الخطيب»: named before in full
            return SpeakerReading(surname, "after")
    if indefinite_title(context, words, index, end):
        return ANONYMOUS_READING  # «قال متحدث باسم الرئاسة»: a spokesman, not the one named before
    person = person_for_title(context, words[index])
    return SpeakerReading(person, "title_ref") if person else ANONYMOUS_READING
