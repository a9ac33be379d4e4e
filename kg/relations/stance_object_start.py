"""Where the object of a stance starts, past what belongs to its subject.

Past the subject's own name and the genitive and adjectives of its construct title
(«رئيس الوزراء البريطاني», «أمير منطقة مكة المكرمة»), time words and manner adverbs, the
fixed words of a frame («اعترض على X»), the subject's own occasion before an addressee
(«ودعا الأمير خلال كلمته المواطنين»), the dealing a refusal names («رفض التعامل مع X»), a
relative clause on the subject («اتهمت المؤسسة ... التي يوجد مقرها في طرابلس الحكومة
بعرقلة ...»), the statement the stance is voiced in («أشاد X في بيان صحفي بـ»), and a comma
that closes the subject's title, apposition or adjunct («ودعا الناطق باسم X، العقيد Y،
المسافرين», «أثنى X، القيادي في Y، على ...», «أدانت X، في بيان لها، ...»). Some of these
settle the object themselves: a titled person after the subject's name, the person named
after a title set off by a comma, the addressee past the subject's appositions, the name
right before an appeal's demand or an accusation's charge.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.model import Mention, Sentence
from kg.relations.arguments import Candidate, past_title_complement
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import (
    BLAME,
    DEFENDED,
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    PROTESTED_AT,
    StanceTrigger,
    find_event,
    reporting_verb,
)
from kg.relations.role_apposed import closes_quoted_body, quoted_body, title_after
from kg.relations.role_words import is_title_head
from kg.relations.stance_copy_formula import past_copy_obtained
from kg.relations.stance_decoys import past_time_adverbs
from kg.relations.stance_defended import defended_start
from kg.relations.stance_described_as import past_described_as
from kg.relations.stance_displeasure_frames import past_displeased_at
from kg.relations.stance_document_holders import past_back_pointer
from kg.relations.stance_manner import past_manner_phrase
from kg.relations.stance_mouthpieces import past_mouthpiece
from kg.relations.stance_occasion_adjectives import occasion_adjective, past_occasion_adjectives
from kg.relations.stance_paired_verbs import past_paired_verb
from kg.relations.stance_phrase_objects import (
    TIME_WORDS,
    adjective_like,
    content_noun,
    demanded_action,
    titled_object,
)
from kg.relations.stance_phrases import (
    COMMAS,
    DEMONSTRATIVES,
    LAM_NOUNS,
    RELATIVES,
    conjunction,
    definite,
    glued_lam,
    possessive,
    prepositional,
    skip_intensifiers,
    titled_name_follows,
    topic_phrase,
)
from kg.relations.stance_subject_places import past_body_place
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

_TWO_WORD_ADVERBS = frozenset({("جمله", "وتفصيلا"), ("شديد", "اللهجه"), ("شديده", "اللهجه"),
                               ("باشد", "العبارات"), ("باقوي", "العبارات"), ("باشد", "عبارات"),
                               ("باقسي", "العبارات")}) | frozenset(
    ("من", side + pronoun) for side in ("جانب", "جهت", "ناحيت")
    for pronoun in ("ه", "ها", "هم", "هما")) | frozenset(
    (cognate, degree) for cognate in ("رفضا", "دعما", "تاييدا", "ادانه", "انتقادا")
    for degree in ("قاطعا", "تاما", "مطلقا", "كاملا", "شديدا", "شديده", "قويا", "حادا"))
"""Two-word adverbs or adjectives of degree between a stance word and its object (the
intensifier «شديد» may have been passed already: «اللهجة» alone is then skipped), and «من
جانبه», «من جهتها» (for its part: «وأدانت الكويت من جهتها الهجوم»), and the verb's own noun
with its degree («ترفض مصر رفضاً قاطعاً أي تدخل»: a cognate object, not the thing refused)."""

_MANNER = frozenset({"بقوه", "بشده", "بحزم", "بوضوح", "بصراحه", "صراحه", "علنا", "بالاجماع",
                     "رسميا", "رسمي", "رسميه", "عاليا"})
"""Adverbs of manner between a stance verb and its object («دعم X بقوة Y», «رفض بشدة Y»,
«ثمّن X عالياً جهود Y»)."""


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
            not words[index].norm.startswith("ل") and not on_adjunct(words, index)) or \
            words[index].norm in LAM_NOUNS:
        return index
    if words[index].norm.startswith("ل") and not prepositional(words[index]):
        return index
    reach = 10 if on_adjunct(words, index) else 7  # «على لسان» a title and a name
    for later in range(index + 1, min(len(words), index + reach)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:()؛;") or live_stance(words, later):
            return None
        if any(mark in gap for mark in "،,"):
            return later
    return None


_ON_ADJUNCTS = frozenset({"لسان", "هامش"})


def on_adjunct(words: list[Word], index: int) -> bool:
    """«على لسان X», «على هامش القمة»: an adjunct opening with «على», never the object
    of a verb that takes «على» («أثنى X على جهود ...»)."""
    return words[index].norm == "علي" and index + 1 < len(words) and \
        words[index + 1].norm in _ON_ADJUNCTS


_APPOSITION_HEADS = frozenset({"قيادي", "قياديه", "احد", "احدي", "عضو", "عضوه", "مقرها", "ومقرها",
                               "مقره", "ومقره", "وهو", "وهي"})
"""Words besides titles and person nouns that open an apposition on the subject («، القيادي في
المقاومة،», «، أحد أبرز الدبلوماسيين،», «، ومقرها لندن،»)."""

_APPOSITION_REACH = 10


def past_apposition(context: Extraction, words: list[Word], index: int,
                    subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """Where the object may start past an apposition or adjunct set off by commas right after
    the subject's name («أثنى X، القيادي في المقاومة الشعبية، على دور ...», «وأدانت الوزارة، في
    بيان لها، الهجوم», «رحبت المنظمة، التي مقرها جنيف، بالقرار»): the word after the closing
    comma (and past an adjunct after it); right after the comma when the word there opens
    with the «ب» the verb takes («ونوه X، بالدور الذي ...»); None when neither follows the
    subject."""
    if not subjects or not 0 < index < len(words) or \
            context.gap(words[index - 1], words[index]).strip() not in COMMAS or \
            all(subject.end != words[index - 1].end for subject in subjects):
        return None
    word = words[index]
    if trigger.kind in _BA_KINDS and not trigger.noun and \
            any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:]):
        return index
    if word.norm in _ADJUNCT_OPENERS or on_adjunct(words, index):
        past = _past_adjunct(context, words, index)
        return past if past is not None and past > index else None
    if not (is_title_head(word) or word.has(PERSON_NOUNS) or word.has(_APPOSITION_HEADS)
            or word.norm in OBJECT_RELATIVES):
        return None
    relative = word.norm in OBJECT_RELATIVES  # «، الذي يعارض الاتفاق بشدة،»: its own verb
    for later in range(index + 1, min(len(words), index + _APPOSITION_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()؛;") or \
                (live_stance(words, later) and not relative) or reports(words[later]):
            return None
        if any(mark in gap for mark in "،,"):
            return _past_adjunct(context, words, later)
    return None


_ASIDE_MARKS = {"-": "-", "–": "–", "—": "—", "(": ")"}
"""Marks that set off a title after the subject's name, and the mark that closes each
(«أشاد X -رئيس اللجنة- بجهود Y», «دعا X (رئيس الحزب) الحكومة إلى ...»)."""


def past_aside(context: Extraction, words: list[Word], index: int,
               subjects: list[Arg]) -> int | None:
    """The word after the mark that closes a title set off by dashes or brackets right after
    the subject's name (``words[index]`` opens the title); None when no such aside is
    there, the aside is no title, or it does not close within reach."""
    if not subjects or not 0 < index < len(words) or \
            all(subject.end != words[index - 1].end for subject in subjects):
        return None
    closing = _ASIDE_MARKS.get(context.gap(words[index - 1], words[index]).strip())
    if closing is None:
        return None
    word = words[index]
    if not (is_title_head(word) or word.has(PERSON_NOUNS) or word.has(_APPOSITION_HEADS)):
        return None
    for later in range(index + 1, min(len(words), index + _APPOSITION_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"؛;،,"):
            return None
        if closing in gap:
            return later
    return None


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


def _titled_person_after(context: Extraction, words: list[Word], index: int,
                         skip: set[str]) -> Candidate | None:
    """«انتقد أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو», «وطالب X رئيس لجنة الحكام
    Y بإيقاف ...»: a person named right after a title that follows the subject's name is
    the object, whether the title is the subject's apposition or the person's own."""
    if not is_title_head(words[index]):
        return None
    run = title_after(context, words, index - 1)
    later = index + len(run) if run and run[0].index == words[index].index else index + 1
    while later < min(len(words), index + 8):
        if context.boundary_between(words[later - 1], words[later]) or \
                live_stance(words, later) or reports(words[later]) or \
                words[later].norm in FUNCTION_WORDS:
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person":
            if not mention.entity_id or mention.entity_id in skip or \
                    _genitive_of_title(words, index, later, run):
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person",
                             later, "mention")
        if run:
            return None  # the subject's title ends before a word that names no one
        later += 1  # the title's own words: «الإسرائيلي», «لجنة الحكام»
    return None


def _genitive_of_title(words: list[Word], index: int, later: int, run: list[Word]) -> bool:
    """«أشاد الأمير X مستشار خادم الحرمين الشريفين ...»: a person named right after a bare
    indefinite title head that is the whole title after the subject is that title's genitive
    (whose adviser, envoy or deputy the subject is), not the object."""
    return later == index + 1 and len(run) == 1 and not definite(words[index]) and \
        not prepositional(words[index])


def adjective_form(context: Extraction, mention: Mention, word: Word) -> bool:
    """A one-word country mention shaped like a nisba («الأميركي», «الروسية»)."""
    return mention.label == "Country" and mention.end <= word.end and \
        word.norm.startswith("ال") and word.norm.endswith(("ي", "يه", "يين", "يون"))


OBJECT_RELATIVES = RELATIVES - {"من", "ممن"}

_SAYING = frozenset({"قائلا", "قائله", "قائلين", "قائلتا", "قائلا:"})


def reports(word: Word) -> bool:
    """«قائلا», «مضيفا», «وأكد»: what follows is said, not the stance's object."""
    return word.norm in _SAYING or word.bare() in _SAYING or reporting_verb(word.norm) is not None


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
        elif mention is None:
            index = _past_title_genitive(context, words, index)
    names: set[str] = set()
    for subject in subjects:
        entity = context.entity(subject.node_id)
        if entity is not None:
            names |= {w for w in normalize_key(entity.name).split() if len(w) > 2}
    while index < len(words) and (words[index].norm in names or words[index].bare() in names):
        index += 1
    return index


_PARTY_HEADS = frozenset({"حزب", "حركه", "تيار", "كتله", "ائتلاف", "جبهه", "جماعه"})
_PARTY_REACH = 4


def _past_affiliation(context: Extraction, words: list[Word], index: int, subjects: list[Arg],
                      trigger: StanceTrigger) -> int:
    """«وندد النائب X من حزب العمل الديمقراطي بالتحرك», «انتقد X من حركة فتح القرار»: «من»
    and the party or body right after a person's name say where the person comes from; the
    object starts after them. Not for a warning («حذر X من حزب الله»: what X warns of)."""
    if index + 1 >= len(words) or index == 0 or words[index].norm != "من" or \
            trigger.kind == "warns" or "من" in trigger.requires or len(subjects) != 1 or \
            context.label(subjects[0].node_id) != "Person" or \
            context.boundary_between(words[index - 1], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return index
    named = context.covering_mention(words[index - 1].start)
    if named is None or named.entity_id != subjects[0].node_id:
        return index  # «من» after another word than the holder's name
    body = context.mention_starting_in(words[index + 1])
    if body is not None:
        if not body.entity_id or body.label not in AGENT_LABELS or body.label == "Person":
            return index
        return context.mention_words(body)[1] - words[0].index + 1
    if words[index + 1].bare() not in _PARTY_HEADS or words[index + 1].norm != \
            words[index + 1].bare():
        return index
    end = index + 2
    while end < min(len(words), index + 2 + _PARTY_REACH) and definite(words[end]) and \
            not prepositional(words[end]) and \
            not context.boundary_between(words[end - 1], words[end]):
        end += 1
    return end


_GENITIVE_CHAIN = 3


def _past_title_genitive(context: Extraction, words: list[Word], index: int) -> int:
    """Past the genitive of the subject's own construct title and its adjectives: «رئيس
    الوزراء البريطاني», «أمير منطقة مكة المكرمة», «وزير خارجية فرنسا» (a title head without
    the article is followed by its genitive, never by the verb's object): up to two
    indefinite nouns, then a definite noun or a name."""
    for later in range(index, min(len(words), index + _GENITIVE_CHAIN)):
        word = words[later]
        if later > index and context.boundary_between(words[later - 1], word):
            return index
        mention = context.mention_starting_in(word)
        if mention is not None:
            if mention.label == "Person":
                return index
            end = context.mention_words(mention)[1] - words[0].index + 1
            return _past_title_adjectives(context, words, end)
        if context.covering_mention(word.start) is not None or prepositional(word) or \
                conjunction(word) or not content_noun(word) or live_stance(words, later):
            return index
        if definite(word):
            return _past_title_adjectives(context, words, later + 1)
    return index


def _past_title_adjectives(context: Extraction, words: list[Word], index: int) -> int:
    """Past the adjectives of a title: nisbas, tagged («اليوناني») or not, and «باسم X»."""
    while True:
        index = past_title_complement(context, words, index)
        mention = context.mention_starting_in(words[index]) if index < len(words) else None
        if mention is None or not (context.is_nisba(mention) or
                                   adjective_form(context, mention, words[index])):
            return index
        index = context.mention_words(mention)[1] - words[0].index + 1


def object_opening(context: Extraction, words: list[Word], start: int, subjects: list[Arg],
                   trigger: StanceTrigger) -> int | None:
    """Where the object may begin after ``start``: past the subject's own name, intensifiers,
    time words, the statement the stance is voiced in («في بيان صحفي»), the trigger's frame
    and (for an appeal or a warning) the subject's own occasion; at the thing a
    demonstrative points to («دعم هذا الاتفاق»). None when that thing is an event named
    before that kg did not find, or when the statement goes on («في بيان صادر عن X»)."""
    first_word = skip_intensifiers(words, _past_affiliation(
        context, words, past_body_place(  # «دانت المنظمة الإسلامية لتشاتانوغا الاعتداء»
            context, words, _past_own_name(context, words, start + 1, subjects), subjects,
            trigger), subjects, trigger))
    first_word = past_paired_verb(context, words, first_word, trigger)  # «أدانت واستنكرت»
    first_word = past_back_pointer(context, words, start, first_word)  # «بيانا أدانت فيه»
    while first_word < len(words) and (words[first_word].norm in TIME_WORDS or
                                       words[first_word].norm.lstrip("و") in _MANNER or
                                       past_time_adverbs(words, first_word) > first_word or
                                       past_manner_phrase(context, words, first_word) >
                                       first_word):
        first_word = max(first_word + 1, past_time_adverbs(words, first_word),
                         past_manner_phrase(context, words, first_word))  # «بشكل غير مباشر»
    if first_word + 1 < len(words) and (words[first_word].norm, words[first_word + 1].norm) in \
            _TWO_WORD_ADVERBS:
        first_word += 2  # «رفضت موسكو جملة وتفصيلا الخطوات», «تحذيرا شديد اللهجة إلى ...»
    elif 0 < first_word < len(words) and (words[first_word - 1].norm,
                                          words[first_word].norm) in _TWO_WORD_ADVERBS:
        first_word += 1
    if first_word < len(words) and words[first_word].norm in _DURING and \
            trigger.kind in _BA_KINDS and not trigger.noun:
        occasion = _past_occasion(context, words, first_word)
        if occasion is None:
            return None  # «ندد X خلال زيارة إلى قبرص»: the occasion is no object
        first_word = occasion
    first_word = past_displeased_at(context, words, _past_frame(context, words, first_word,
                                                                 trigger), trigger)
    if trigger.kind == "praises" and first_word + 1 < len(words) and \
            words[first_word].norm == "علي" and \
            not context.boundary_between(words[first_word], words[first_word + 1]):
        first_word += 1  # «أثنى على جهود رجال الأمن»: the verb's own preposition
    if trigger.kind == "rejects":
        first_word = _past_refused_dealing(context, words, first_word)
    statement = past_statement_adjunct(context, words, first_word)
    if statement is None:
        return None  # «في بيان صادر عن X», «في تصريح لوكالة X»: the names describe the statement
    spoken = past_mouthpiece(context, words, statement)  # «على لسان المتحدث باسمها X»
    if spoken is None:
        return None  # where the spokesman's phrase ends is not known
    first_word = past_described_as(context, words, spoken)  # «ما وصفه بالعدوان»
    if trigger.kind in {"urges", "warns"}:
        first_word = _past_own_occasion(context, words, first_word)
    if first_word + 1 < len(words) and words[first_word].bare() in DEMONSTRATIVES and \
            definite(words[first_word + 1]) and not prepositional(words[first_word + 1]):
        first_word += 1  # «دعم هذا الاتفاق», «رفض هذه الخطوة»: the thing pointed to
        if find_event(words[first_word].norm) is not None and \
                words[first_word].index not in context.state.event_at_word:
            return None  # «هذا الاتفاق»: an event named before, that kg did not find
    return _past_each_of(context, words, first_word)


_EACH = frozenset({"كلا", "كل", "كلًا"})


def _past_each_of(context: Extraction, words: list[Word], first_word: int) -> int:
    """«وطالبت مصر كلا من مجلس الأمن والأمم المتحدة بـ»: «كلا من» before a name opens the
    list of those the stance is toward; they start after «من»."""
    index = first_word
    if index + 2 < len(words) and words[index].norm in _EACH and words[index + 1].norm == "من" \
            and not context.boundary_between(words[index], words[index + 1]):
        mention = context.mention_starting_in(words[index + 2])
        if mention is not None and mention.label in AGENT_LABELS:
            return index + 2
    return first_word


def each_of(words: list[Word], first_word: int) -> bool:
    """Whether the object starts right after «كلا من» (see :func:`_past_each_of`)."""
    return first_word >= 2 and words[first_word - 1].norm == "من" and \
        words[first_word - 2].norm in _EACH


_DURING = frozenset({"خلال", "اثناء", "ابان"})
_OCCASION_REACH = 6


def _past_occasion(context: Extraction, words: list[Word], index: int) -> int | None:
    """«ندد X خلال زيارة إلى قبرص بالهجوم», «أشاد X أثناء لقائه الوفد بجهود ...»: the occasion
    after «خلال» is no object of a verb that takes its object with «ب»: the object starts at
    the first word with «ب» glued after it, in the same clause; otherwise there is none."""
    for later in range(index + 2, min(len(words), index + _OCCASION_REACH + 1)):
        if context.boundary_between(words[later - 1], words[later]):
            return None
        named = context.covering_mention(words[later].start)
        if named is not None and named.start <= words[later].start:
            continue  # «موقع برشلونة»: the «ب» of a name is no preposition
        if any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in words[later].readings()) \
                or words[later].norm == "ب":  # «بـ«هجوم إرهابي»»: drawn out before a quote
            return later
    return None


_DEALINGS = {"اعتراف": "ب", "تعامل": "مع", "تعاون": "مع", "حوار": "مع", "تفاوض": "مع",
             "جلوس": "مع", "تطبيع": "مع", "تحالف": "مع"}
"""Verbal nouns of dealing with someone and the preposition that names whom: «رفضت X
الاعتراف بالدور الروسي», «رفضت مصر التعامل مع الحكومة» reject the role, the government."""


def _past_refused_dealing(context: Extraction, words: list[Word], first_word: int) -> int:
    """At «الاعتراف ب...», «التعامل مع ...» after «رفض», where the one refused starts: the
    word with «ب» glued, or the word after «مع»."""
    if first_word + 1 >= len(words) or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word
    head = words[first_word].bare()
    preposition = _DEALINGS.get(head) or _DEALINGS.get(head.removeprefix("ال"))
    following = words[first_word + 1]
    if preposition == "ب" and any(p.lstrip("وف").startswith("ب")
                                  for p, _ in following.readings()[1:]):
        return first_word + 1
    if preposition == "مع" and following.norm.startswith("مع"):
        return first_word + 2 if following.norm == "مع" else len(words)  # «معه»: no name
    return first_word


_CLAUSE_REACH = 12


def _frame(word: Word, trigger: StanceTrigger) -> bool:
    """The demand of an appeal («إلى», «بـ») or the charge of an accusation («بـ»)."""
    glued_ba = any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()[1:])
    return glued_ba or (trigger.kind == "urges" and word.norm == "الي")


def past_relative_clause(context: Extraction, words: list[Word], relative: int,
                         trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«اتهمت المؤسسة ... التي يوجد مقرها في طرابلس الحكومة بعرقلة ...», «دعا X الذي ...
    في عدن المنظمات إلى ...»: past a relative clause on the subject, the object is the name
    or short definite phrase right before the charge or the demand, when a name or a comma
    ends the clause before it (a definite noun after a name is no genitive of it)."""
    for index in range(relative + 2, min(len(words), relative + _CLAUSE_REACH)):
        gap = context.gap(words[index - 1], words[index])
        if any(mark in gap for mark in ".؟!:«»\"()؛;") or live_stance(words, index) or \
                reports(words[index]):
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
    after a name or a comma (see :func:`past_relative_clause`)."""
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
        if last > first and definite(words[last - 1]) and adjective_like(words[last]) and \
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
    while start - 1 > first and words[start - 1].norm in TIME_WORDS:
        start -= 1  # «وصل إلى بغداد أمس المواطنين»
    name = context.covering_mention(words[start - 1].end - 1)
    closed = name is not None and context.mention_words(name)[1] == words[start - 1].index
    return found if closed else None


def _comma_before(context: Extraction, words: list[Word], index: int) -> bool:
    return 0 < index < len(words) and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def past_closing_comma(context: Extraction, words: list[Word], position: int, after: int,
                       subjects: list[Arg]) -> int | None:
    """Where the object may start past a comma right after a named subject: past a time
    word in commas («رفضت محكمة X، أمس، طلب ...»), or past the comma that closes the
    subject's name set off after its title («ودعا الناطق باسم X، العقيد Y، المسافرين»);
    None when no such comma follows the subject."""
    if not subjects or not _comma_before(context, words, after) or after <= position + 1:
        return None
    index = after
    while index < len(words) and words[index].norm in TIME_WORDS:
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
    if opening > position + 1 and _comma_before(context, words, opening):
        return after
    if _titled_subject_span(context, words, position, opening):
        return after  # «ودعا عضو لجنة الأمن X، الحكومة إلى ...»: a comma after a long subject
    return None


def _titled_subject_span(context: Extraction, words: list[Word], position: int,
                         opening: int) -> bool:
    """The words between the verb and the subject's name are its title, with no mark between
    them: «ودعا عضو لجنة الأمن والدفاع النيابية X».»"""
    first = position + 1
    if opening <= first or opening - first > 8 or not (
            is_title_head(words[first]) or words[first].norm in {"عضو", "عضوه"}):
        return False
    return not any(context.boundary_between(words[i], words[i + 1]) for i in range(first, opening))


class _PastTitle(NamedTuple):
    """What :func:`after_subject_title` read: the objects when they are settled, else
    none and the position of the closing comma's word to look after."""

    objects: list[Candidate]
    closing: int | None


def after_subject_title(context: Extraction, words: list[Word], after: int,
                        sentence: Sentence, trigger: StanceTrigger,
                        skip: set[str]) -> _PastTitle:
    """A title or person noun right after the subject: the object it names («ورحب الرئيس
    بمبعوث ...»), the titled person («دعت X رئيسة اتحاد المصارف ...» is the subject's own
    title, so only a named holder of a definite title counts), or, past the subject's own
    title in commas, where the object is looked for («ولوح X، الناطق باسم المتمردين، بوقف»)."""
    if prepositional(words[after]):
        titled = titled_object(context, words, after, sentence, trigger, skip) or \
            appositive_object(context, words, after, skip) or \
            _named_after_title(context, words, after, trigger, skip)
        return _PastTitle([titled] if titled is not None else [], None)
    if not context.boundary_between(words[after - 1], words[after]):
        named = _definite_titled_person(context, words, after, skip) or \
            _titled_person_after(context, words, after, skip)
        if named is None and trigger.kind == "urges" and not trigger.noun:
            return _PastTitle(_addressee_past_apposition(context, words, after, skip), None)
        if named is None:
            past = _past_own_title(context, words, after, trigger)
            if past is not None:  # «أشاد X رئيس البرلمان العربي بأداء ...»
                return _PastTitle([], past)
        return _PastTitle([named] if named is not None else [], None)
    if trigger.kind == "urges" and not trigger.noun:
        addressee = _addressee_past_apposition(context, words, after, skip, ba_demand=True)
        if addressee:  # «وطالب X، مدير شركة ...، الخطوط السعودية بافتتاح خط»
            return _PastTitle(addressee, None)
    return _PastTitle([], _closing_comma(context, words, after))


_TITLED_NAME_REACH = 6


def _named_after_title(context: Extraction, words: list[Word], index: int,
                       trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«أشاد X بالرئيس الإيراني حسن روحاني», «رحب X بوزير الخارجية Y»: the person named
    right after a title that opens with the verb's preposition is the object (past the
    title's words and its country adjective, within the clause); never for a warning («حذر
    من الرئيس X»: the danger)."""
    if trigger.kind == "warns" or not is_title_head(words[index]):
        return None
    for later in range(index + 1, min(len(words), index + 1 + _TITLED_NAME_REACH)):
        if context.boundary_between(words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is None or context.is_nisba(mention):
            continue
        if mention.label != "Person" or not mention.entity_id or mention.entity_id in skip:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person",
                         later, "mention")
    return None


def _past_own_title(context: Extraction, words: list[Word], after: int,
                    trigger: StanceTrigger) -> int | None:
    """The index of the word after the subject's own title, when that word opens with the
    preposition the verb takes («أشاد X رئيس البرلمان العربي بأداء ...», «رحب X وزير
    الخارجية بالقرار»): the object is read from there."""
    run = title_after(context, words, after - 1)
    if not run or run[0].index != words[after].index:
        end = _past_membership(context, words, after)
        if end is None:
            return None
        end = _past_second_title(context, words, end)
    else:
        end = after + len(run)
    if end >= len(words):
        return None
    closed = context.gap(words[end - 1], words[end]).strip() in COMMAS
    if (context.boundary_between(words[end - 1], words[end]) and not closed and
            not closes_quoted_body(context, words, end)) or trigger.noun:
        return None
    if trigger.kind in _DIRECT_KINDS and (_construct_opens(context, words, end) or (
            closed and _definite_object(context, words, end))):
        return end  # «وانتقد X رئيس الوزراء التركي السابق سياسات الحكومة»
    if trigger.kind not in _BA_KINDS:
        return None
    return end if any(prefix in {"ب", "بال"} for prefix, _ in words[end].readings()) else None


_MEMBER = frozenset({"عضو", "عضوه"})


def _past_membership(context: Extraction, words: list[Word], after: int) -> int | None:
    """«أشاد X عضو مجلس الشورى بدور ...»: the index of the word after a membership named
    right after the subject (the member noun and the body's name), or None."""
    if after + 2 < len(words) and words[after].bare() in _MEMBER | _LEADING and \
            words[after + 1].norm == "في" and \
            not context.boundary_between(words[after], words[after + 1]):
        return _past_body(context, words, after + 2)  # «القيادي في «حماس»», «عضو في الحزب»
    if after + 1 >= len(words) or words[after].norm not in _MEMBER or \
            context.boundary_between(words[after], words[after + 1]):
        return None
    body = context.mention_starting_in(words[after + 1])
    if body is not None:
        if body.label not in ORGANIZATION_LABELS:
            return None
        end = after + 1
        while end < len(words) and words[end].start < body.end:
            end += 1
        return end
    if definite(words[after + 1]) and not prepositional(words[after + 1]):
        return after + 2  # «عضو البرلمان»
    if after + 2 < len(words) and words[after + 1].bare() in _BODIES and \
            definite(words[after + 2]) and \
            not context.boundary_between(words[after + 1], words[after + 2]):
        return after + 3  # «عضو مجلس الشورى», «عضو هيئة كبار العلماء» (the first word of it)
    return None


_LEADING = frozenset({"قيادي", "قياديه"})


def _past_body(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the word after the organisation named at ``words[index]`` (quoted or
    not, see :func:`kg.relations.role_apposed.quoted_body`), or None when none is named there."""
    if context.boundary_between(words[index - 1], words[index]) and \
            quoted_body(context, words, index) is None:
        return None
    body = context.mention_starting_in(words[index])
    if body is None or body.label not in ORGANIZATION_LABELS:
        return None
    end = index
    while end < len(words) and words[end].start < body.end:
        end += 1
    return end


_SECOND_TITLE_REACH = 8


def _past_second_title(context: Extraction, words: list[Word], end: int) -> int:
    """«عضو مجلس الشورى والبروفيسور في مكافحة الجريمة، بدور ...»: past a second title
    coordinated after a membership, up to the comma that closes it (or ``end`` as it was)."""
    if end >= len(words) or not words[end].norm.startswith("و") or \
            context.boundary_between(words[end - 1], words[end]):
        return end
    for index in range(end + 1, min(len(words), end + _SECOND_TITLE_REACH)):
        gap = context.gap(words[index - 1], words[index]).strip()
        if gap in COMMAS:
            return index
        mention = context.covering_mention(words[index].start)
        if gap or (mention is not None and mention.label == "Person"):
            return end  # another punctuation, or the next person named: no title of his
    return end


_BODIES = frozenset({"مجلس", "هيئه", "لجنه", "مجلسي", "برلمان", "اتحاد", "جمعيه", "حزب",
                     "نقابه", "غرفه", "مكتب"})
"""Nouns of a body in construct after «عضو» («عضو مجلس الشورى»)."""


def _definite_object(context: Extraction, words: list[Word], index: int) -> bool:
    """«أدان X رئيس المجلس، الهجوم», «انتقد X وزير الخارجية، إسرائيل»: after the comma that
    closes the subject's title, a definite noun or a name with no preposition begins a direct
    object."""
    word = words[index]
    mention = context.mention_starting_in(word)
    return not prepositional(word) and not conjunction(word) and content_noun(word) and (
        definite(word) or (mention is not None and mention.start == word.start))


_DIRECT_KINDS = frozenset({"criticizes", "rejects", "opposes", "supports", "condemns"})
"""Verbs whose object follows them with no preposition («انتقد X», «رفض X», «أدان X»)."""
_NOT_OBJECTS = frozenset({"يوم", "صباح", "مساء", "ليله", "عام", "نحو", "اكثر", "اقل", "بعض"})


def _construct_opens(context: Extraction, words: list[Word], index: int) -> bool:
    """An indefinite noun in construct with a definite noun or a name right after it
    («سياسات الحكومة», «قرار مجلس الأمن»): after a title, where a direct object begins (a
    title's own genitive chain ends at its definite word, see ``roles``)."""
    if index + 1 >= len(words) or context.boundary_between(words[index], words[index + 1]):
        return False
    word, genitive = words[index], words[index + 1]
    if definite(word) or prepositional(word) or conjunction(word) or not content_noun(word) \
            or word.norm in _NOT_OBJECTS or context.covering_mention(word.start) is not None:
        return False
    return (definite(genitive) and not prepositional(genitive)) or \
        context.mention_starting_in(genitive) is not None


_BA_KINDS = frozenset({"praises", "welcomes", "condemns"})
"""Verbs whose object follows «ب» («أشاد ب», «رحب ب», «ندد ب»)."""

_APPOSITION_REACH = 30


def addressee_after_comma(context: Extraction, words: list[Word], after: int,
                          subjects: list[Arg], skip: set[str]) -> list[Candidate]:
    """«ودعا العقيد X، المواطنين إلى ...», «وطالب X، الوزارة بتشديد ...»: a comma right after
    the subject's name, then the addressee of an appeal, ended by its demand («إلى», or «ب»
    glued to an indefinite noun)."""
    if not subjects or not 0 < after < len(words) or \
            context.gap(words[after - 1], words[after]).strip() not in COMMAS or \
            all(subject.end != words[after - 1].end for subject in subjects):
        return []
    return _addressee_past_apposition(context, words, after, skip, ba_demand=True,
                                      past_first=False)


def _addressee_past_apposition(context: Extraction, words: list[Word], after: int,
                               skip: set[str], ba_demand: bool = False,
                               past_first: bool = True) -> list[Candidate]:
    """«دعت X رئيسة اتحاد المصارف، أحد التجمعات المصرفية، الاثنين جميع العملاء إلى الهدوء»,
    «دعا X مقدم برنامج "صباح الخير" المبتعثين إلى العودة»: past the subject's title and
    appositions set off by commas, or a quoted name that closes the title, the addressee of
    an appeal is the phrase between the last comma or closing quote and the demand's «إلى»
    (after a time word): a named agent or a described group that ends right before «إلى».
    With ``ba_demand`` (the subject's name closed by a comma), a demand with «ب» glued to an
    indefinite noun («بافتتاح», «بضرورة») after the apposition's closing comma counts too."""
    demand, quotes, closings = None, 0, []
    for index in range(after, min(len(words), after + _APPOSITION_REACH)):
        word = words[index]
        gap = context.gap(words[index - 1], word)
        if any(mark in gap for mark in ":()؛;") or word.norm in OBJECT_RELATIVES or \
                live_stance(words, index) or reports(word):
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
        if ba_demand and not quotes % 2 and closings and \
                (closings[-1] > after or not past_first) and _ba_demand(word):
            demand = index
            break
        if not quotes % 2 and closings and closings[-1] < index and demanded_action(word):
            demand = index  # «دعا X مقدم برنامج "خطى التغيير" المبتعثين لمواجهة ...»
            break
    if demand is None or not closings:
        return []
    opening = closings[-1]
    while opening < demand and words[opening].norm in TIME_WORDS:
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


_STATEMENT_NOUNS = frozenset({"بيان", "تصريح", "تصريحات", "كلمه", "خطاب", "حديث", "مؤتمر",
                              "مقابله", "تغريده", "تغريدات", "رساله", "بلاغ", "برقيه"})
"""What a stance is voiced in («في بيان», «خلال كلمته», «عبر تغريدة»)."""
_STATEMENT_MODIFIERS = frozenset({"صحفي", "صحافي", "صحفيه", "صحافيه", "رسمي", "رسميه", "مشترك",
                                  "مشتركه", "مقتضب", "متلفز", "متلفزه", "مكتوب", "له", "لها",
                                  "لهم", "الاخير", "الاخيره"})
_STATEMENT_OPENERS = frozenset({"في", "خلال", "عبر"})
_AFTER_STATEMENT = frozenset({"علي", "الي"})
"""Prepositions that may open a stance's object or demand past its occasion («أثنى في كلمته
على ...»); any other («صادر عن», «لوكالة», «من») goes on describing the statement."""


def voiced_in_statement(words: list[Word], position: int) -> bool:
    """«هاجم العبادي السعودية في كلمة ألقاها», «خلال خطابه»: a statement the verb is voiced
    in, opened within eight words after it (same sentence: ``words`` are the sentence's)."""
    for index in range(position + 1, min(len(words) - 1, position + 9)):
        if words[index].norm in _STATEMENT_OPENERS and _statement_noun(words[index + 1]):
            return True
    return False


def _statement_noun(word: Word) -> bool:
    """«بيان», «بيانها», «كلمته», «تصريحاته»: a noun of statement, with its possessive."""
    norm = word.norm
    if norm in _STATEMENT_NOUNS:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
            stem = norm[:-len(suffix)]
            if stem in _STATEMENT_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in
                                            _STATEMENT_NOUNS):
                return True
    return False


def past_statement_adjunct(context: Extraction, words: list[Word], first_word: int) -> int | None:
    """Past the statement the stance is voiced in, between the subject and the object
    («أشاد X في بيان صحفي بالاتفاق», «ثمنت حركة حماس في بيان دور المملكة», «ندد الوزير خلال
    كلمته بالهجوم»): «في»/«خلال»/«عبر», a noun of statement (with its possessive) and up to
    three of its adjectives or time words, with no mark inside; unchanged when none is there
    or a mark ends it; None when the phrase goes on («في بيان صادر عن ...», «في تصريح لوكالة
    ...»): where it ends is not known, and the names in it are not the object."""
    if first_word + 2 >= len(words) or words[first_word].norm not in _STATEMENT_OPENERS or \
            not _statement_noun(words[first_word + 1]) or \
            context.covering_mention(words[first_word + 1].start) is not None:
        return first_word
    index = first_word + 2
    while index < len(words) and index < first_word + 5 and (
            words[index].norm in _STATEMENT_MODIFIERS or words[index].norm in TIME_WORDS or
            occasion_adjective(context, words[index])):  # «في خطابه الإذاعي الأسبوعي»
        index += 1
    if index >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                  for i in range(first_word, index)):
        return first_word
    index = past_copy_obtained(context, words, index)  # «في بيان حصلت «عكاظ» على نسخة منه»
    if index >= len(words):
        return first_word
    following = words[index]
    if ((following.norm in PREPOSITIONS or following.norm in _OCCASION_PREPOSITIONS) and
            following.norm not in _AFTER_STATEMENT) or \
            len(following.norm) < 2 or \
            following.bare().startswith(("صادر", "نشر", "وزع", "اصدر")) or \
            (glued_lam(following) and not following.norm.startswith("لل")):
        return None
    return index


def _ba_demand(word: Word) -> bool:
    """«بافتتاح», «بضرورة», «بإيقاف»: «ب» glued to an indefinite noun, the demand of an appeal."""
    return any(prefix.lstrip("وف") == "ب" and not rest.startswith("ال") and len(rest) > 2
               for prefix, rest in word.readings()[1:])


_OCCASION_PREPOSITIONS = frozenset({"خلال", "في", "اثناء", "عقب", "لدي", "امام"})


def _past_own_occasion(context: Extraction, words: list[Word], first_word: int) -> int:
    """Past an adjunct on the subject's own occasion before the addressee («ودعا الأمير خلال
    كلمته المواطنين إلى ...», «في تصريحاته للصحفيين»): a preposition, a noun with a
    possessive pronoun, and at most one prepositional word."""
    index = first_word
    if index + 2 >= len(words) or words[index].norm not in _OCCASION_PREPOSITIONS or \
            context.covering_mention(words[index + 1].start) is not None:
        return first_word
    if not possessive(words[index + 1]):
        return _past_definite_occasion(context, words, first_word)
    index = past_occasion_adjectives(context, words, index + 2)  # «في تقريرها السنوي»
    if index + 1 < len(words) and prepositional(words[index]) and \
            context.covering_mention(words[index].start) is None:
        index += 1  # «خلال لقائه بالصحفيين»
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(first_word, index)):
        return first_word
    if index < len(words) and (words[index].norm in PREPOSITIONS or
                               words[index].norm in _OCCASION_PREPOSITIONS):
        return first_word  # «في كلمته أمام المؤتمر ...»: the adjunct goes on
    return index


def _past_definite_occasion(context: Extraction, words: list[Word], first_word: int) -> int:
    """«وحث X خلال اللقاء وزارة الصحة على ...», «أثناء الاجتماع الطارئ»: «خلال» or «أثناء»
    and a definite occasion (one adjective at most) right before a named addressee; the
    occasion is no addressee (main wrote «حث X اللقاء»)."""
    if words[first_word].norm not in _DURING:
        return first_word
    index = first_word + 1
    while index < min(len(words), first_word + 3) and definite(words[index]) and \
            not prepositional(words[index]) and \
            context.covering_mention(words[index].start) is None and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index == first_word + 1 or index >= len(words) or \
            context.boundary_between(words[index - 1], words[index]):
        return first_word
    mention = context.mention_starting_in(words[index])
    named = mention is not None and mention.start == words[index].start and \
        mention.label in AGENT_LABELS
    return index if named else first_word


_FRAME_WORDS = frozenset({"علي", "الي", "جانب", "بجانب", "جنب"})


def _past_frame(context: Extraction, words: list[Word], first_word: int,
                trigger: StanceTrigger) -> int:
    """Past the fixed words of a frame that governs the object («اعترض على X», «وقف إلى
    جانب X»), when they follow the subject at once."""
    if trigger.requires == BLAME:
        return _past_blame(context, words, first_word)
    if trigger.requires == DEFENDED:  # «دافع X أمس عن الاتفاق»: what follows «عن»
        return defended_start(words, past_time_adverbs(words, first_word))
    if not trigger.requires or not trigger.requires <= _FRAME_WORDS:
        return first_word
    index = first_word
    while index + 1 < len(words) and index < first_word + 2 and \
            words[index].norm in _FRAME_WORDS and \
            not context.boundary_between(words[index], words[index + 1]):
        index += 1
    if index > first_word and (words[index - 1].norm in trigger.requires):
        if trigger.requires == PROTESTED_AT and index + 1 < len(words) and \
                words[index].norm in _IN_WAKE and \
                not context.boundary_between(words[index], words[index + 1]):
            return index + 1  # «احتجاج على إثر التصريحات»: what came before is the object
        return index
    if trigger.requires == PROTESTED_AT and first_word + 1 < len(words) and \
            words[first_word].norm in _IN_WAKE:
        return first_word + 1  # «مذكرة احتجاج رسمية إثر التصريحات»
    return first_word


_IN_WAKE = frozenset({"اثر", "خلفيه"})


_BLAME_REACH = 8


def _past_blame(context: Extraction, words: list[Word], first_word: int) -> int:
    """Past «باللوم ... على» («ألقى X باللوم على Y», «يلقي X باللوم في ظهور داعش على Y»):
    the one blamed follows «على», never the matter of the blame before it; with no «على»
    in the clause, no one is named (the end of the words)."""
    if first_word >= len(words) or words[first_word].norm not in BLAME:
        return first_word
    for index in range(first_word + 1, min(len(words) - 1, first_word + _BLAME_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            break
        if words[index].norm == "علي" and \
                not context.boundary_between(words[index], words[index + 1]):
            return index + 1
    return len(words)


def appositive_object(context: Extraction, words: list[Word], first_word: int,
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
