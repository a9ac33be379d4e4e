"""Who is speaking: the speaker of a reporting verb, read from the slots around it.

Arabic news names the speaker right after the verb («وقال الوزير سامي
الخطيب إن»), before it («بيد أن الخطيب أشار»), or not at all («وأضاف:
«...»»). The rules, in order:

1. After the verb (past adverbs and the channel: «لـ«الشرق الأوسط»»,
   «للصحافيين», «في بيان»), the first word opens the subject. An entity
   mention is the speaker; a capital is its country's government and any
   other city no speaker; a title («وزير الخارجية», «المهندس») gives the
   person named in its phrase, never one named in a genitive («مركز الملك
   سلمان», «مستشار الملك») or after an adjunct («خلال لقائه»), or the person
   introduced earlier with that title; a definite noun gives the name in
   apposition to it («المسؤول الانفصالي ألكسندر ...»), a surname the person
   named earlier («وأضاف باسلمه»), «في بيان لوزارة ...» its author; any other
   noun («مصادر», «شهود», «سكان», «أسرة فلان», «الصحيفة») is a speaker that
   is not an entity: **no statement**, and nothing to continue.
   «نقلت الوكالة عن فلان قوله إن»: the one named after «عن». «ولي العهد» and
   «ولي ولي العهد» are titles. After a verb of informing («أبلغت مجلس الأمن
   بأنها») a lone name is the one told, never the speaker.
2. Before the verb, in its clause: the nearest speaker («موسكو والمتمردين
   ينفون»); a noun that is not an entity again means no statement.
3. A circumstantial participle («مشيرا إلى أن») has the subject of its main
   clause: the speaker of the sentence's earlier statement, or the subject of
   its first verb.
4. A past-tense verb with no subject at the start of its clause («وأضاف»,
   «وتابع», «وقال:», «وقال سموه») continues the last speaker named in their
   own sentence, if their last statement is at most three sentences back. An
   imperfect one («يذكر أن», «يقولون») continues no one, nor does any verb after
   a sentence that cites an anonymous source («وبحسب شهود عيان», «عن مصادر»).

5. Organisations speak too: a kind noun and a quoted name («ذكرت مجلة «X»»), the kind
   noun and the definite words of a name the recogniser missed («قالت وزارة البترول
   المصرية»), or a bare definite kind noun for the one organisation of that kind named
   before («وقالت الصحيفة»). A definite occupation noun with no name («وقال الباحث إن»)
   is the person who just spoke; an honorific pronoun («وأوضح معاليه») with no earlier
   speaker the last person introduced with that style; «أما X فأوضح», «وكان X قد قال»
   name X before the verb; «مريض يدعى X» gives X.
6. A role noun in construct then a name («عضو مجلس قيادة الثورة X», «خبير الأمم المتحدة
   X») is X; a compound title («مدعي عام», «خادم الحرمين») or a one-letter title closed by
   a dot («م.», «أ.», «د.») opens the subject like a title; «نقل عن + title + X + قوله»
   gives X; an organisation glued to «ل» right after the verb («قال لوكالة ...») is the
   channel; a ministry by its short name and a nisba («الخارجية المصرية») speaks.

Each statement has one speaker: the head of the subject phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from kg.gazetteer.extractors import BODIES_EXTRACTOR
from kg.model import Mention, Sentence
from kg.relations.adjective_tails import trailing_adjective
from kg.relations.arguments import (
    known_person,
    subject_after,
    topicalised_subject,
    typed_name,
)
from kg.relations.body_references import added_bodies
from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.each_of import each_of
from kg.relations.index import AGENT_LABELS, ORGANIZATION_KINDS, REFERENCE_KINDS, Word
from kg.relations.issued_by import issuer_start
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    REPORTING,
    find_reporting,
)
from kg.relations.role_holders import person_for_title
from kg.relations.role_words import is_title_head
from kg.relations.rules import SpeakerHow
from kg.relations.said_that import said_that_subject
from kg.relations.subject_openers import opener_of_subject
from kg.relations.titles import compound_head

_SPEAKER_LABELS = AGENT_LABELS | {"City"}
_WINDOW = 12
_MAX_CONTINUED = 3

_ADVERBS = frozenset({
    "امس", "يوم", "ايضا", "دوره", "دورها", "مجددا", "كذلك", "حاليا", "سابقا", "مساء", "صباح",
    "ليله", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت", "قد", "قائلا", "قائله",
    "نفيا", "قاطعا", "تاما", "شديدا", "مطلقا",
})
"""Words that may stand between a verb and its subject («وقال أمس الوزير»), as bare forms."""
_BACK_POINTERS = frozenset({"فيه", "فيها", "فيهما"})
"""«كلمة أكد فيها عادل الجبير أن»: the pronoun points back to the text the words were said
in, not to a channel whose object follows; the name after it is the speaker, and with no
name («تصريح لمبعوث ... أفاد فيه بأن») the speaker is the text's author, never the one who
spoke last."""
_PRONOUN_SUBJECTS = frozenset({"سموه", "سموها", "معاليه", "معاليها", "فخامته", "سيادته",
                               "سماحته", "دولته", "فضيلته", "سعادته", "سعادتها"})
"""«وقال سموه»: an honorific pronoun, which continues the speaker named before."""
_ANONYMOUS = frozenset({
    "مصادر", "مصدر", "شهود", "شاهد", "سكان", "اهالي", "مسؤول", "مسؤولون", "مسؤولين", "مراقبون",
    "مراقبين", "دبلوماسيون", "دبلوماسيين", "دبلوماسي", "محللون", "محللين", "خبراء", "ناشطون",
    "ناشطين", "مسعفون", "مسعفين", "منتقدون", "منتقدين", "تقارير", "وسائل", "مواطنون", "مواطنين",
})
"""Speakers that are not entities («وأكد شهود محليون», «قالت مصادر»), as bare forms."""
_RELAYING = frozenset({"نقلته", "نقلتها", "نشرته", "نشرتها", "اجرته", "اجرتها", "بثته",
                       "بثتها", "اوردته", "اوردتها", "نقله", "نقلها", "نشره", "نشرها"})
"""«في حديث نقلته وكالة X», «في مقابلة أجرتها صحيفة X»: the name after it relayed the words
(the subject of the relative clause), never their speaker."""
_QUANTITY_SUBJECTS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "نصف", "ثلث", "ربع", "ثلثا",
                                "معظم", "اغلب", "غالبيه", "اكثريه"})
"""A share or an estimate right after the verb opens a subject that names no one («قال نحو
نصف المشاركين», «وقالت غالبية الأسر»): not a subjectless verb continuing a speaker."""
_SOURCE_WORDS = frozenset({"وفقا", "وفق", "حسب", "بحسب", "نقلا", "طبقا"})
"""«وقالت وفقا لما ذكره راديو فرنسا»: what follows is the channel, not the speaker."""
_SOURCE_ENDINGS = (*sorted(_SOURCE_WORDS), "عن")
_MEDIA_NOUNS = frozenset({"وكاله", "صحيفه", "قناه", "شبكه", "موقع", "تلفزيون", "اذاعه", "راديو",
                          "مجله", "برنامج", "جريده"})
"""«وقال لوكالة ...»: after ل these name the channel the words were said to."""
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
_MORE_PREPOSITIONS = frozenset({"امام", "اثناء", "عقب", "ضمن", "لدي", "له", "لها", "لهم", "ل"})
_CLAUSE_PARTICLES = frozenset({
    "و", "ف", "ثم", "كما", "قد", "وقد", "فقد", "لقد", "كان", "وكان", "من", "جهته", "جهتها",
    "جانبه", "جانبها", "بدوره", "بدورها", "هنا", "وهنا", "كذلك", "بينما", "فيما", "حيث", "اذ",
    "بعدها", "لكن", "ولكن", "الا", "وفي", "في", "ذلك", "هذا", "السياق", "الصدد",
    # «في البداية أشاد X ...», «وفي المقابل قال X»: a phrase that orders the report
    "البدايه", "المقابل", "الختام", "النهايه",
})
"""Words that may open a clause before its verb without being its subject."""
_CONSTRUCT_HEADS = frozenset({
    "مركز", "مؤسسه", "جامعه", "مدينه", "مستشفي", "جائزه", "برنامج", "مكتب", "صندوق", "معهد",
    "كليه", "قاعه", "شارع", "مطار", "ميناء", "مجمع", "مشروع", "حمله", "ابن", "نجل", "شقيق", "زوجه",
    "نائب", "مستشار", "مستشاره", "مبعوث", "ممثل", "مندوب", "وكيل", "مساعد", "امين", "مدير",
    "ديوان", "مجلس", "قصر", "عهد",
})
"""Nouns whose following name is their genitive («مركز الملك سلمان», «مستشار الملك»)."""
PARTICIPLES = frozenset(form for form in REPORTING if form.startswith("م")) | {
    "لافتا", "كاشفا", "نافيا", "قائلا", "قائله", "واصفا", "واصفه"}
"""«مشيرا», «مؤكدة»: a circumstantial participle; its subject is the main clause's."""
IMPERFECT = frozenset(
    form for form, verb in REPORTING.items() if form[0] in "يت" and not form.startswith(verb.lemma)
)
"""«يذكر أن», «يقولون»: with no subject these never continue a speaker."""

_INFORMING = frozenset({"ابلغ", "اخبر"})
"""Verbs of informing, whose first object is the one told («أبلغ الوزير بأن»)."""
_QUOTED_SAYING = frozenset({"قوله", "قولها", "قولهم"})
"""«نقلت الوكالة عن الوزير قوله إن»: the words of the one named after «عن»."""

EXPLICIT: frozenset[SpeakerHow] = frozenset({"after", "title", "title_ref", "kind_ref",
                                            "capital", "author", "before"})
"""How a speaker named in its own sentence was found."""


@dataclass(frozen=True, slots=True)
class SpeakerReading:
    """The speaker of one reporting verb, or why there is none.

    ``entity_id`` is None when no speaker was found; then ``how`` is
    ``anonymous`` when the verb has a subject that is not an entity
    («قالت مصادر»), which also ends any continuation, and ``""`` otherwise."""

    entity_id: str | None
    how: SpeakerHow


_NONE = SpeakerReading(None, "")
_ANONYMOUS_READING = SpeakerReading(None, "anonymous")


def find_speaker(context: Extraction, words: list[Word], position: int, content_word: int,
                 sentence: Sentence) -> SpeakerReading:
    """The speaker of the reporting verb ``words[position]`` whose content starts at
    ``words[content_word]``."""
    verb = words[position]
    form = verb.bare()
    if form in PARTICIPLES or verb.norm in PARTICIPLES:
        return _participle_speaker(context, words, position, sentence)
    if form in _QUOTED_SAYING:
        return _quoted_from(context, words, position)
    topic = topicalised_subject(context, words, position)
    if topic is not None and topic.entity_id and topic.label in _SPEAKER_LABELS:
        return _mention_speaker(context, topic, "before")  # «أما X، فأوضح أن»
    after = _subject_after(context, words, position, min(content_word, len(words)))
    if after.entity_id is not None and _addressee(context, words, position, content_word):
        before = _subject_before(context, words, position)
        return before if before.entity_id is not None else _NONE
    if after.entity_id is not None:
        return after
    said_that = said_that_subject(context, words, position) \
        if after.how == "" and _continuing(verb) else None
    if said_that is not None:  # «أوضح ذلك رئيس النادي X، وأضاف: ...»
        return _mention_speaker(context, said_that, "before")
    if after.how == "" and _unnamed_topic(context, words, position):
        return _ANONYMOUS_READING  # «أما الدكتور [a name kg missed]، فأوضح أن»
    fronted = fronted_speaker(context, words, position) or \
        sentence_topic(context, words, position) or \
        _person_met(context, words, position) if after.how == "" else None
    if fronted is not None:  # «المواطن X، قال: إن ...», «أما X فقد أعرب عن ... وقال إن»
        _woman_by_role(context, words, fronted, verb)
        return _mention_speaker(context, fronted, "before")
    if after.how == "anonymous" and _source_right_after(words, position, content_word):
        return after  # «بعدما قال مصدر قريب من الاتحاد إن»: no named speaker
    if after.how != "pronoun":
        # «لكن موسكو والمتمردين ينفون نفيا قاطعا»: a subject before the verb makes the
        # noun after it the object.
        before = _subject_before(context, words, position)
        if before.entity_id is not None or before.how == "anonymous":
            return before
        if after.how == "anonymous":
            return after
    if (form in IMPERFECT and not _goes_on(context, words, position, sentence)) or \
            _plural(form):
        return _NONE
    continued = _continued(context, sentence, verb)
    if continued.entity_id is None and after.how == "pronoun":
        return _styled_person(context, words, position, content_word)
    return continued


_STYLES = {"سموه": ("سمو", "السمو", "الامير"),
           "سموها": ("سمو", "السمو", "الاميره"), "معاليه": ("معالي",),
           "معاليها": ("معالي",), "فخامته": ("فخامه",), "سماحته": ("سماحه",),
           "فضيلته": ("فضيله",), "سعادته": ("سعاده",), "سعادتها": ("سعاده",)}
"""The style of address an honorific pronoun repeats («معاليه» ← «معالي الوزير فلان»); «سموه»
also repeats the title of a prince it is the style of («الأمير فلان» → «وقال سموه»)."""
_STYLE_REACH = 200
_STYLE_NAME_REACH = 8
_PRINCE_TITLES = frozenset({"الامير", "الاميره"})
_PRINCE_NAME_REACH = 2
"""«الأمير الدكتور فيصل»: the prince's name follows his title at once (after one more title
at most); «أمير منطقة القصيم، خادم الحرمين ...» names someone else."""


def address_styles(pronoun: str) -> tuple[str, ...]:
    """The styles of address an honorific pronoun repeats («سموه» → «سمو», «السمو»); none for
    a word that is no such pronoun."""
    return _STYLES.get(pronoun, ())


def _styled_person(context: Extraction, words: list[Word], position: int,
                   content_word: int) -> SpeakerReading:
    """«قدّم معالي وزير الخدمة المدنية الأستاذ فلان التعازي ... وأوضح معاليه أن»: an
    honorific pronoun whose bearer has not spoken yet stands for the last person the text
    introduced with the same style of address («معالي», «صاحب السمو»), a few sentences
    back at most."""
    pronoun = next((w.norm for w in words[position + 1:content_word] if w.norm in _STYLES), None)
    if pronoun is None:
        return _NONE
    bearer = style_bearer(context, words[position], pronoun)
    return SpeakerReading(bearer, "styled") if bearer is not None else _NONE


def style_bearer(context: Extraction, word: Word, pronoun: str) -> str | None:
    """The person an honorific pronoun («معاليه», «سموه») after ``word`` stands for: the last
    person the text introduced with the same style of address, a few sentences back at
    most; None when the pronoun is no such style or no one was introduced with it."""
    styles = _STYLES.get(pronoun)
    if styles is None:
        return None
    for index in range(word.index - 1, max(-1, word.index - _STYLE_REACH), -1):
        styled = context.words[index]
        if styled.norm.removeprefix("و") not in styles:
            continue
        reach = _PRINCE_NAME_REACH if styled.norm.removeprefix("و") in _PRINCE_TITLES \
            else _STYLE_NAME_REACH
        for later in context.words[index + 1:index + 1 + reach]:
            mention = context.mention_starting_in(later)
            if later.sentence_index != styled.sentence_index or later.norm in PREPOSITIONS or \
                    (mention is not None and context.is_prepositional(mention)):
                break  # «سمو رئيس الهيئة التهنئة لخادم الحرمين»: the title's bearer is unnamed
            if mention is not None and mention.label == "Person" and mention.entity_id:
                return mention.entity_id
        return None
    return None


def _source_right_after(words: list[Word], position: int, content_word: int) -> bool:
    """«وظهر بلاتيني مرشحا بعدما قال مصدر قريب من الاتحاد إن ...»: an unnamed source
    («مصدر», «مصادر», «مسؤول», «شهود») right after the verb is its subject, never its object,
    so the name before the verb (of another clause) is not the speaker."""
    index = position + 1
    if index >= min(content_word, len(words)):
        return False
    word = words[index]
    return word.bare() in _ANONYMOUS or word.norm in _ANONYMOUS


def _addressee(context: Extraction, words: list[Word], position: int, content_word: int) -> bool:
    """«أبلغت مجلس الأمن بأنها»: the one named after a verb of informing, when no second
    name follows, is who was told, not who spoke («أبلغت ماليزيا مجلس الأمن»); the
    country adjective of the one told is no second name («أبلغ صحيفة «بيلد» الألمانية»)."""
    hit = find_reporting(words[position].norm)
    if hit is None or hit.value.lemma not in _INFORMING:
        return False
    found = [m for word in words[position + 1:content_word]
             if (m := context.mention_starting_in(word)) is not None and m.entity_id
             and m.label in _SPEAKER_LABELS and not context.is_prepositional(m)]
    named = {m.entity_id for index, m in enumerate(found)
             if not (index and trailing_adjective(context.doc.text, found[index - 1], m))}
    return len(named) == 1


def cites_anonymous_source(words: list[Word]) -> bool:
    """«وبحسب شهود عيان», «ووفقا لمصادر أمنية», «نقلت الوكالة عن مصادر»: the sentence
    gives its facts on the word of a source that is not an entity."""
    for word, following in pairwise(words):
        # A clitic-free form is the end of its word: ``endswith`` spares most words
        # the reading of their clitics (this runs over every sentence).
        if word.norm.endswith(_SOURCE_ENDINGS) and (
                word.bare() in _SOURCE_WORDS or word.norm in _SOURCE_WORDS
                or word.norm == "عن") and following.has(_ANONYMOUS):
            return True
    return False


_ASCRIBING = frozenset({"نسب", "نسبت", "ونسب", "ونسبت", "ينسب", "تنسب", "وينسب", "وتنسب"})
"""«ونسبت الصحيفة إلى الوزير قوله إن»: the verb that ascribes words to the one after «إلى»."""


def _ascribed_to(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the «إلى» of «نسب ... إلى X قوله»: a form of «نسب» opens
    the phrase within the window before it."""
    return words[index].norm == "الي" and any(
        word.norm in _ASCRIBING for word in words[max(0, index - _WINDOW):index])


def _quoted_from(context: Extraction, words: list[Word], position: int) -> SpeakerReading:
    """«ونقل موقع شانا عن محسن قمصري ... قوله إن»: the one quoted is named after «عن»
    (after «إلى» with «نسب»: «ونسبت الصحيفة إلى الوزير X قوله إن»)."""
    for index in range(position - 1, max(-1, position - _WINDOW), -1):
        if (words[index].norm != "عن" and not _ascribed_to(words, index)) or \
                index + 1 >= position:
            continue
        mention = context.mention_starting_in(words[index + 1])
        if mention is not None and mention.entity_id and mention.label in AGENT_LABELS:
            return SpeakerReading(mention.entity_id, "after")
        if mention is None:
            return _described_source(context, words, index + 1, position)
        return _NONE
    return _NONE


def _described_source(context: Extraction, words: list[Word], index: int,
                      end: int) -> SpeakerReading:
    """«نقلت وكالة الأنباء عن وزير الخارجية عادل الجبير قوله», «عن المدافع الهولندي الدولي
    فلان قوله»: a title or a definite noun after «عن», then the name in apposition to it;
    the person named speaks, as after a verb (:func:`_titled`, :func:`_noun_subject`)."""
    word = words[index]
    if is_title_head(word) or word.norm in HONORIFICS or compound_head(words, index):
        reading = _titled(context, words, index, end)
    elif word.norm.startswith("ال"):
        reading = _noun_subject(context, words, index, end)
    else:
        return _NONE
    return reading if reading.how in {"title", "after"} else _NONE


def _continuing(verb: Word) -> bool:
    """«وأضاف», «وتابع»: a verb of saying that goes on with its speaker's words."""
    hit = find_reporting(verb.norm)
    return hit is not None and hit.prefix == "و" and hit.value.continuation


_GOING_ON = frozenset({"اضاف", "اوضح", "اشار", "اكد", "بين"})
"""Lemmas whose present form opening a sentence goes on with the last speaker's words."""


def _goes_on(context: Extraction, words: list[Word], position: int, sentence: Sentence) -> bool:
    """«وأوضح X أن ... . ويضيف أن ...», «ويبين أنه ...»: feature stories go on with the
    last speaker in the present tense. Only a masculine singular present («يضيف», «يوضح»,
    «يشير», «يؤكد», «يبين») with «و» that opens its sentence, right after the sentence
    where the last speaker spoke; «يذكر أن», «يقال» (impersonal) never go on."""
    verb = words[position]
    last = context.discourse.last_speaker
    if position != 0 or not verb.norm.startswith("وي") or last is None or \
            sentence.index - last.sentence != 1:
        return False
    hit = find_reporting(verb.norm)
    return hit is not None and hit.prefix == "و" and hit.value.lemma in _GOING_ON


def _plural(form: str) -> bool:
    """«قالوا», «قالا», «يقولون»: a plural or dual subject that no name was given for."""
    return form.endswith(("وا", "ون")) or (len(form) == 4 and form.endswith("ا")
                                           and not form.startswith("م"))


def _continued(context: Extraction, sentence: Sentence, verb: Word) -> SpeakerReading:
    """The last speaker named in their own sentence, unless another person has spoken
    since with a verb not read as reporting («بدوره، بين المشرف ... إبراهيم أن»)."""
    last = context.discourse.last_speaker
    if last is None or not 0 <= sentence.index - last.sentence <= _MAX_CONTINUED:
        return _NONE
    speaker = last.node_id
    if speaker in context.discourse.female_speakers and _masculine(verb):
        return _NONE  # «وقال:» after a woman spoke: a man named since speaks
    since = context.last_quote_end(speaker)
    for mention in context.mentions_between(since, verb.start):
        if mention.label == "Person" and mention.entity_id not in {None, speaker} and \
                context.speaker_at(mention.start) is None and _reports(context, mention):
            return _NONE
    return SpeakerReading(speaker, "continued")


def _masculine(verb: Word) -> bool:
    """«وقال», «وأضاف», «ويقول»: a singular masculine verb, as far as its form tells («تابع»
    and «تعاون», past verbs in «ت», are left undecided)."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    if form.endswith(("وا", "ون", "ان", "ت", "ه")) or _plural(form):
        return False  # a plural, a feminine verb or participle («موضحة»)
    return form[:1] not in {"ت", "ن"}


def continued_speaker(context: Extraction, sentence: Sentence, verb: Word) -> str | None:
    """Whom a subjectless word opening ``sentence`` continues, as «وأضاف» does: the last
    speaker named in their own sentence, a few sentences back at most, unless another
    person has spoken since (see :func:`_continued`)."""
    return _continued(context, sentence, verb).entity_id


def _reports(context: Extraction, mention: Mention) -> bool:
    """Whether «أن» follows the person within two words: the subject of a verb of saying."""
    following = context.words_between(mention.end, min(len(context.doc.text), mention.end + 40))
    return any(word.norm.lstrip("وب") in COMPLEMENTIZERS for word in following[:2])


# --- after the verb -------------------------------------------------------------


def _is_preposition(word: Word) -> bool:
    """«في», «خلال», «للصحافيين», «لوكالة», «لـ»: a preposition that opens the channel."""
    norm = word.norm.removeprefix("و") if len(word.norm) > 2 else word.norm
    if word.norm in PREPOSITIONS or norm in PREPOSITIONS or word.norm in _MORE_PREPOSITIONS:
        return True
    return any(prefix.lstrip("وف") == "لل" or (prefix.lstrip("وف") == "ل" and rest in _MEDIA_NOUNS)
               for prefix, rest in word.readings())


def _governed(context: Extraction, mention: Mention, past_first_word: bool) -> bool:
    """Whether a mention after the verb is a preposition's object, not the subject. Right
    after the verb only a glued «ل» before an organisation counts («الذي قال لوكالة
    الصحافة الفرنسية»): the word before is the verb itself, which may read as a preposition
    («عبر الأردن عن»), and a person's name that opens with «ل», «ب» or «ك» is often cut
    there by the recogniser («قالت لبنى», «قال كياري»)."""
    if past_first_word:
        return context.is_prepositional(mention)
    return mention.label != "Person" and context.attached_prefix(mention).lstrip("وف") == "ل"


def _subject_after(context: Extraction, words: list[Word], position: int,
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
            return _ANONYMOUS_READING  # «وقال في مؤتمر عقده مع وزير X:»: X is the partner,
            # and the subject of «قال» is not read here: no speaker
        if word.norm in COMPLEMENTIZERS or bare in _SOURCE_WORDS or word.norm in _SOURCE_WORDS:
            return _ANONYMOUS_READING if words[index - 1].norm in _BACK_POINTERS else _NONE
        if bare in _ADVERBS or word.norm in _ADVERBS or \
                (word.norm in _BACK_POINTERS and index == position + 1) or \
                opener_of_subject(context, words, index):
            index += 1
            continue
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id:
            if _governed(context, mention, index > position + 1):
                after_channel = True  # «لسوريا»: a channel or an addressee
            elif mention.label in _SPEAKER_LABELS and not context.is_nisba(mention):
                return _mention_speaker(context, mention, "after")
            elif not after_channel:
                person = known_person(context, word)  # «وقال "الزوي"» read as no person
                return SpeakerReading(person, "after") if person else _ANONYMOUS_READING
            index = _after_mention(context, words, mention, index)
            continue
        if word.norm in _PRONOUN_SUBJECTS:
            return SpeakerReading(None, "pronoun")
        if index == position + 1 and word.norm in _QUANTITY_SUBJECTS:
            return _ANONYMOUS_READING  # «وقال نحو نصف الآباء ...، إن»: no one named
        each = each_of(context, words, index, end) if index == position + 1 else None
        if each is not None:  # «قال كل من X:» is X; «قال كل من X وY:» no one
            return SpeakerReading(each, "after") if each else _ANONYMOUS_READING
        if is_title_head(word) or word.norm in HONORIFICS or _crown_title(words, index, end) \
                or _abbreviated_title(context, words, index) or compound_head(words, index):
            return _titled(context, words, index, end)
        if word.has(_STATEMENT_NOUNS):
            author = _author(context, words, index, end)
            if author is not None:
                return author
        if _is_preposition(word):  # «للصحافيين», «في بيان», «لـ«الشرق الأوسط»»: skip its object
            after_channel = True
            index += 1
            author = _author(context, words, index, end) \
                if index < end and words[index].has(_STATEMENT_NOUNS) else None
            if author is not None:  # «وأكدت في بيان لوزارة الداخلية أن»
                return author
            if index < end:
                following = context.mention_starting_in(words[index])
                index = _after_mention(context, words, following, index) \
                    if following is not None else index + 1
            continue
        if after_channel and word.norm in _RELAYING:
            return _NONE  # «وأضافت في حديث نقلته وكالة X»: X relayed the words
        if word.norm in _WHOM:
            return _NONE  # «وحذر في كلمته ممن وصفهم بأعداء X»: X is in the object's clause
        if after_channel and bare not in _ANONYMOUS and word.norm not in _ANONYMOUS:
            index += 1
            continue
        if after_channel:
            return _ANONYMOUS_READING
        typed = typed_name(context, words, index) or _kind_then_name(context, words, index, end)
        if typed is not None and typed.label in _SPEAKER_LABELS:
            return _mention_speaker(context, typed, "after")  # «وقالت شركة زين»
        body = _unnamed_body(context, words, index, end)
        if body is not None:
            return body
        return _noun_subject(context, words, index, end)
    return _NONE


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


def _kind_then_name(context: Extraction, words: list[Word], index: int,
                    end: int) -> Mention | None:
    """«ذكرت مجلة «أوتوموتيف نيوز» أن», «وأشار موقع "X" إلى أن»: the noun of an
    organisation's kind, then its name in quotation marks; the organisation speaks."""
    word = words[index]
    if index + 1 >= end or not any(prefix in {"", "و", "ف"} and rest in ORGANIZATION_KINDS
                                   for prefix, rest in word.readings()) or \
            context.covering_mention(word.start) is not None:
        return None
    if context.gap(word, words[index + 1]).strip(" \t«\"“"):
        return None  # «مجلة، ...»: the noun ends its phrase
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label == "Person" or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    return mention


_BODY_KINDS = ORGANIZATION_KINDS | {"مكتب", "لجنه", "اداره", "قسم", "بعثه"}
_SHORT_MINISTRIES = frozenset({"خارجيه", "داخليه"})
"""«أكدت الخارجية المصرية», «ذكرت الداخلية السعودية»: a ministry by its short name, which
the definite noun names only with a nisba or a «لـ» phrase after it."""
_BODY_REACH = 4
_DESCRIBED_KINDS = frozenset({"شركه", "مجموعه"})
"""Kinds whose definite noun and a nisba describe a company named before («الشركة
الألمانية», «المجموعة الصينية»); a company's own name so made takes its field after «لـ»
(«الشركة السعودية للكهرباء»)."""


def _unnamed_body(context: Extraction, words: list[Word], index: int,
                  end: int) -> SpeakerReading | None:
    """«قالت وزارة البترول المصرية أمس إن», «ذكر المرصد السوري لحقوق الإنسان أن», «قال مكتب
    المدعي العام السويسري إنه»: the noun of an organisation's kind and the definite words
    of its name, which the recogniser did not tag, name an organisation that speaks. A bare
    definite kind noun is a reference (see :func:`_kind_reference`), so a definite kind
    needs a nisba or a «لـ» phrase after it to be a name."""
    word = words[index]
    prefix = next((p for p, rest in word.readings() if (
        rest in _BODY_KINDS and p.lstrip("وف") in {"", "ال"}) or (
        rest in _SHORT_MINISTRIES and p.lstrip("وف") == "ال")), None)
    if prefix is None or context.covering_mention(word.start) is not None:
        return None
    kept, naming, field = index, False, False
    for later in range(index + 1, min(end, len(words), index + 1 + _BODY_REACH)):
        following = words[later]
        mention = context.mention_starting_in(following)
        if context.boundary_between(words[later - 1], following) or \
                not _definite_word(following) or following.has(_ADVERBS) or \
                (mention is not None and not context.is_nisba(mention) and
                 mention.extractor != BODIES_EXTRACTOR):
            break  # «وزارة الصحة التابعة للحكومة اليمنية»: a country's body names the owner
        field = field or following.norm.lstrip("وف").startswith("لل")
        naming = naming or mention is not None or field
        kept = later
    if kept == index or (prefix.lstrip("وف") == "ال" and not naming):
        return None
    if prefix.lstrip("وف") == "ال" and not field and \
            next(rest for p, rest in word.readings() if p == prefix) in _DESCRIBED_KINDS:
        return None  # «وأوضحت الشركة الألمانية»: the company named before (a reference)
    start = word.start + len(prefix) - len(prefix.lstrip("وف"))  # «وقالت» → «قالت»
    name = context.doc.text[start:words[kept].end]
    return SpeakerReading(context.add_entity("Organization", name), "after")


def _definite_word(word: Word) -> bool:
    """«البترول», «للسياحة», «المصرية»: a word with the article (after «ل» too)."""
    norm = word.norm
    return norm.startswith(("ال", "لل")) and len(norm) > 3 and norm not in FUNCTION_WORDS \
        and norm not in {"الي", "الا", "الذي", "التي", "الذين"}


def _kind_reference(context: Extraction, word: Word) -> SpeakerReading | None:
    """«وقالت الصحيفة», «وأضاف الموقع», «ذكرت الوزارة في بيان»: a definite noun of an
    organisation's kind, alone, stands for the one organisation of that kind the text has
    named before («صحيفة "ذا ناشيونال"», «وزارة البترول المصرية»), a body the relation
    stage named («وقالت وكالة الأنباء الكورية» ... «وأوضحت الوكالة»), or a facility
    («وقال المستشفى»: :mod:`kg.relations.body_references`); none when it named several,
    or none."""
    bare = next((rest for prefix, rest in word.readings()
                 if prefix.lstrip("وف") == "ال" and rest in REFERENCE_KINDS), None)
    if bare is None:
        return None
    earlier = {m.entity_id for m in context.index.organizations_by_kind.get(bare, [])
               if m.end <= word.start} | added_bodies(context, bare, word.start)
    if len(earlier) != 1:
        return None
    [entity_id] = earlier
    return SpeakerReading(entity_id, "kind_ref") if entity_id else None


def _noun_subject(context: Extraction, words: list[Word], index: int,
                  end: int) -> SpeakerReading:
    """A subject that is not a mention: a person named earlier by surname («وأضاف باسلمه»),
    a definite noun with a name in apposition («المسؤول الانفصالي ألكسندر زاخارتشنكو»),
    or a speaker that is not an entity («قالت مصادر», «وقالت أسرة قنديل»)."""
    word = words[index]
    person = known_person(context, word)
    if person is not None:
        return SpeakerReading(person, "after")
    prefix, _ = word.readings()[-1]
    if not prefix.endswith("ال"):
        return _called(context, words, index, end) or _construct_apposed(
            context, words, index, end) or _ANONYMOUS_READING
    for later in range(index + 1, min(end, index + 5)):
        if context.boundary_between(words[later - 1], words[later]) or \
                words[later].norm.lstrip("وف") in COMPLEMENTIZERS or _is_preposition(words[later]):
            break  # «وكما تشير الصورة فإن جين فوندا»: another clause
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                not context.is_prepositional(mention) and not _genitive(context, mention):
            return SpeakerReading(mention.entity_id, "title")
    return _kind_reference(context, word) or _described_speaker(context, word) or \
        _ANONYMOUS_READING


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
                    _genitive(context, mention):
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


def _mention_speaker(context: Extraction, mention: Mention,
                     how: SpeakerHow) -> SpeakerReading:
    """The mention as a speaker: a capital is its country, any other city no speaker."""
    assert mention.entity_id is not None
    if mention.label == "City":
        country = government_of(context, mention.entity_id)
        if country is not None:
            return SpeakerReading(country, "capital")
        word = context.word_at(mention.start)
        person = known_person(context, word) if word is not None else None
        return SpeakerReading(person, how) if person else _ANONYMOUS_READING
    return SpeakerReading(mention.entity_id, how)


def _author(context: Extraction, words: list[Word], index: int, end: int) -> SpeakerReading | None:
    """«في بيان لوزارة الداخلية»: the organisation the statement is «of»; «بيان صادر عن X»,
    «بيان أصدرته X»: its issuer (:mod:`kg.relations.issued_by`). A news outlet after
    ل is the one the words were given to, not their author: «وأوضح في تصريح لوكالة الأنباء
    السعودية أن ...», «في حديث لصحيفة الحياة» (the speaker is the subject named before)."""
    if index + 1 >= end:
        return None
    issuer = issuer_start(words, index + 1)
    if issuer is not None and issuer < end:  # «وذكر بيان صادر عن وزارة الداخلية أن»
        mention = context.mention_starting_in(words[issuer])
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention) or context.attached_prefix(mention):
            return None
        return _mention_speaker(context, mention, "author")
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.label == "Person" or context.attached_prefix(mention).lstrip("وف") != "ل":
        return None
    if mention.label == "MediaOrganization" or words[index + 1].has(_MEDIA_NOUNS):
        return None
    return SpeakerReading(mention.entity_id, "author")


_SURNAME_GAPS = frozenset({".", "\"", "«", "“"})
"""What may stand between an honorific and the surname it names («د. الفلاح», «العقيد "البقمي"»)."""


def _titled(context: Extraction, words: list[Word], index: int, end: int) -> SpeakerReading:
    """«قال وزير النقل اليمني بدر باسلمه»: the person the title names, never its country
    nor a person in a genitive («مستشار الملك سلمان»); else the person introduced
    earlier with that title («وكان الوزير قد قال»)."""
    stop = words[end].start if end < len(words) else words[-1].end
    for later in range(index + 1, min(end, len(words))):
        if words[later].norm in _ADJUNCT_WORDS:  # «خلال لقائه الرئيس أوباما»: not the title's
            stop = words[later].start
            break
    for mention in context.mentions_between(words[index].start, stop):
        if mention.label == "Person" and mention.entity_id and \
                not context.is_prepositional(mention) and not _genitive(context, mention):
            return SpeakerReading(mention.entity_id, "title")
    if (words[index].norm in HONORIFICS or _abbreviated_title(context, words, index)) and \
            index + 1 < min(end, len(words)) and (
            not context.boundary_between(words[index], words[index + 1])
            or context.gap(words[index], words[index + 1]).strip() in _SURNAME_GAPS):  # «د.»
        surname = known_person(context, words[index + 1])
        if surname is not None:  # «وأكد د. الفلاح», «وقال الشيخ الخطيب»: named before in full
            return SpeakerReading(surname, "after")
    person = person_for_title(context, words[index])
    return SpeakerReading(person, "title_ref") if person else _ANONYMOUS_READING


def _genitive(context: Extraction, mention: Mention) -> bool:
    """Whether a name is the genitive of a noun before it («مركز الملك سلمان»)."""
    word = context.word_at(mention.start)
    if word is None:
        return False
    index = word.index - 1
    while index >= 0 and context.words[index].norm in HONORIFICS:
        index -= 1
    if index < 0 or context.words[index].sentence_index != word.sentence_index:
        return False
    prefix, rest = context.words[index].readings()[-1]
    return rest in _CONSTRUCT_HEADS and not prefix.endswith("ال")


# --- before the verb ------------------------------------------------------------


def _clause_start(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether only particles («من جهته،», «وكان», «كما») stand before the verb in its clause."""
    index = position - 1
    while index >= 0:
        if context.boundary_between(words[index], words[index + 1]):
            return True
        word = words[index]
        if word.norm not in _CLAUSE_PARTICLES and word.bare() not in _CLAUSE_PARTICLES:
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
    if not 0 <= first <= _FRONTED_REACH:
        return None
    for index in range(first):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or not (
                (index == 0 and word.norm == "و") or word.has(_FRONTED_ROLES)
                or word.norm in HONORIFICS or is_title_head(word)):
            return None
    return mention


def _woman_by_role(context: Extraction, words: list[Word], person: Mention, verb: Word) -> None:
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


def _person_met(context: Extraction, words: list[Word], position: int) -> Mention | None:
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


def _unnamed_topic(context: Extraction, words: list[Word], position: int) -> bool:
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


def _subject_before(context: Extraction, words: list[Word], position: int) -> SpeakerReading:
    if _clause_start(context, words, position) or _topic_before(context, words, position):
        return _NONE
    verb = words[position]
    start = words[max(0, position - _WINDOW)].start
    candidates = [
        m for m in context.mentions_between(start, verb.start)
        if m.label in _SPEAKER_LABELS and m.entity_id and not context.is_prepositional(m)
        and not context.is_nisba(m) and context.speaker_at(m.start) is None
        and not any(mark in context.doc.text[m.end:verb.start]
                    for mark in (":", "..", "«", "»", "\"", "“", "”"))
    ]
    persons = [m for m in candidates if m.label == "Person"]
    nearest = (persons or candidates)[-1] if candidates else None
    gap = len(context.doc.text[nearest.end:verb.start].split()) if nearest else 0
    if nearest is not None and (nearest.label == "Person" or gap <= 1):
        # an organisation or country, or a capital, speaks only right before its verb
        return _mention_speaker(context, _first_of_chain(context, candidates, nearest), "before")
    for word in reversed(words[max(0, position - 4):position]):
        if is_title_head(word):
            person = person_for_title(context, word)
            if person:
                return SpeakerReading(person, "title_ref")
    return _ANONYMOUS_READING


def _first_of_chain(context: Extraction, candidates: list[Mention], nearest: Mention) -> Mention:
    """«موسكو والمتمردين ينفون»: the first of the speakers joined by «و» (one speaker)."""
    first = nearest
    for mention in reversed(candidates[:candidates.index(nearest)]):
        if context.norm(mention.end, first.start + 1).strip() in {"و", ""}:
            first = mention
        else:
            break
    return first


# --- participles ----------------------------------------------------------------


def _style_before_honorific(context: Extraction, words: list[Word], index: int) -> bool:
    """A word of a style of address («صاحب», «السمو», «الملكي», «سمو») whose run ends
    before an honorific («الأمير»): the honorific opens the subject that names the person.
    A style before a title head («معالي وزير الصحة X») is left to the subject reader."""
    return index + 1 < len(words) and opener_of_subject(context, words, index) and (
        words[index + 1].norm in HONORIFICS or opener_of_subject(context, words, index + 1))


def _feminine_pair(opening: Word, participle: Word) -> bool:
    """A past verb in «ت» opening the sentence and a participle in «ة» after it
    («وطالبت ...، قائلة»): their subject is a woman."""
    form = opening.norm.removeprefix("و").removeprefix("ف")
    feminine = participle.bare().endswith("ه") and (
        participle.bare().startswith("م") or participle.bare() == "قائله")
    return feminine and len(form) >= 4 and form.endswith("ت")


def _participle_speaker(context: Extraction, words: list[Word], position: int,
                        sentence: Sentence) -> SpeakerReading:
    """«..., مشيرا إلى أن»: the speaker of this sentence's earlier statement, else the
    subject of its first verb; at the start of a sentence, the last speaker."""
    verb = words[position]
    earlier = context.latest_speaker_quoted_in(sentence.start, verb.start)
    if earlier is not None:
        return SpeakerReading(earlier, "participle")
    if _clause_start(context, words, position) and position == 0:
        return _continued(context, sentence, verb)
    first = 0
    while first < position and (words[first].norm in _CLAUSE_PARTICLES
                                or words[first].bare() in _CLAUSE_PARTICLES
                                or _style_before_honorific(context, words, first)):
        first += 1  # «وكان صاحب السمو الملكي الأمير X قد اطلع ...، مؤكدا»: the styles too
    args, _ = subject_after(context, words, first, sentence) if first < position else ([], 0)
    if args and context.label(args[0].node_id) in AGENT_LABELS:
        if context.label(args[0].node_id) == "Person" and _feminine_pair(words[first], verb):
            # «وأشادت فوزية خان بـ ...، مؤكدة أن»: both words say the person is a woman
            female = context.discourse.female_speakers | {args[0].node_id}
            context.discourse = replace(context.discourse, female_speakers=female)
        return SpeakerReading(args[0].node_id, "participle")
    if first + 1 < position and \
            not context.boundary_between(words[first], words[first + 1]):
        person = known_person(context, words[first + 1])
        if person is not None:  # «وأشاد الضاهر بالدور ..., قائلا»: a surname named before
            return SpeakerReading(person, "participle")
    return _NONE
