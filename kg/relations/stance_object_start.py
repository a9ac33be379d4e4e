"""Where the object of a stance starts, past what belongs to its subject.

Past the subject's own name and the genitive and adjectives of its construct title
(«رئيس الوزراء البريطاني», «أمير منطقة مكة المكرمة»), time words and manner adverbs, the
fixed words of a frame («اعترض على X»), the subject's own occasion before an addressee
(«ودعا الأمير خلال كلمته المواطنين»), the dealing a refusal names («رفض التعامل مع X»), and
the statement the stance is voiced in («أشاد X في بيان صحفي بـ»). Commas, dashes and
brackets after the subject are read in :mod:`kg.relations.stance_appositions`, a title
right after it in :mod:`kg.relations.stance_subject_titles`, the addressee of an appeal and
the one charged past a relative clause in :mod:`kg.relations.stance_addressees`.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import past_title_complement
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    BLAME,
    DEFENDED,
    PREPOSITIONS,
    PROTESTED_AT,
    StanceTrigger,
    find_event,
    reporting_verb,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_behalf_phrases import past_behalf_phrase
from kg.relations.stance_context_phrases import past_context_phrase
from kg.relations.stance_copy_formula import past_copy_obtained
from kg.relations.stance_decoys import past_time_adverbs
from kg.relations.stance_defended import defended_start
from kg.relations.stance_delivered_statements import past_delivered
from kg.relations.stance_described_as import past_described_as
from kg.relations.stance_displeasure_frames import past_displeased_at
from kg.relations.stance_document_holders import past_back_pointer
from kg.relations.stance_manner import past_manner_phrase
from kg.relations.stance_mouthpieces import past_mouthpiece
from kg.relations.stance_occasion_adjectives import occasion_adjective, past_occasion_adjectives
from kg.relations.stance_paired_verbs import past_paired_verb
from kg.relations.stance_phrase_objects import TIME_WORDS, content_noun
from kg.relations.stance_phrases import (
    DEMONSTRATIVES,
    RELATIVES,
    conjunction,
    definite,
    glued_lam,
    possessive,
    prepositional,
    skip_intensifiers,
)
from kg.relations.stance_pointed_genitives import pointed_time
from kg.relations.stance_praise_objects import past_behalf_or_reception, past_speech_occasion
from kg.relations.stance_rank_adjectives import past_rank_adjective
from kg.relations.stance_recognised_holders import past_recognised
from kg.relations.stance_statement_outlets import past_outlet
from kg.relations.stance_subject_places import past_body_place
from kg.relations.stance_time_phrases import past_time_phrase
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_voiced_statements import VOICED_MODIFIERS, VOICED_NOUNS
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
            context, words, past_recognised(  # «الحكومة الليبية المعترف بها دوليا»
                context, words, _past_own_name(context, words, start + 1, subjects),
                subjects), subjects, trigger), subjects, trigger))
    first_word = past_rank_adjective(words, start, first_word)  # «الداعم الأول لإيران»
    first_word = past_paired_verb(context, words, first_word, trigger)  # «أدانت واستنكرت»
    first_word = past_back_pointer(context, words, start, first_word)  # «بيانا أدانت فيه»
    while first_word < len(words) and (words[first_word].norm in TIME_WORDS or
                                       words[first_word].norm.lstrip("و") in _MANNER or
                                       past_time_phrase(words, first_word) > first_word or
                                       past_manner_phrase(context, words, first_word) >
                                       first_word or
                                       past_behalf_phrase(context, words, first_word) >
                                       first_word or
                                       past_context_phrase(words, first_word) > first_word):
        first_word = max(first_word + 1, past_time_phrase(words, first_word),
                         past_manner_phrase(context, words, first_word),  # «بشكل غير مباشر»
                         past_behalf_phrase(context, words, first_word),  # «باسم شعبي،»
                         past_context_phrase(words, first_word))  # «في ذات السياق»
    if first_word + 1 < len(words) and (words[first_word].norm, words[first_word + 1].norm) in \
            _TWO_WORD_ADVERBS:
        first_word += 2  # «رفضت موسكو جملة وتفصيلا الخطوات», «تحذيرا شديد اللهجة إلى ...»
    elif 0 < first_word < len(words) and (words[first_word - 1].norm,
                                          words[first_word].norm) in _TWO_WORD_ADVERBS:
        first_word += 1
    if first_word < len(words) and words[first_word].norm in _DURING and \
            trigger.kind in BA_KINDS and not trigger.noun:
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
    spoken_for = past_behalf_or_reception(context, words, first_word, trigger)
    if spoken_for is None:
        return None  # «أشاد X لدى استقباله Y»: Y was received, not praised
    statement = past_statement_adjunct(context, words, spoken_for)
    if statement is None:  # «في كلمته خلال الحفل بجهود X»: for praise, the deed after
        statement = past_speech_occasion(context, words, first_word, trigger)
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
        if pointed_time(words[first_word]):
            return None  # «ندد X صباح هذا اليوم بـ»: a time, never the thing stood toward
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
    word with «ب» glued, the word after a «بـ» drawn out before a quote, or the word after
    «مع»."""
    if first_word + 1 >= len(words) or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word
    head = words[first_word].bare()
    preposition = _DEALINGS.get(head) or _DEALINGS.get(head.removeprefix("ال"))
    following = words[first_word + 1]
    if preposition == "ب" and any(p.lstrip("وف").startswith("ب")
                                  for p, _ in following.readings()[1:]):
        return first_word + 1
    if preposition == "ب" and following.norm == "ب" and first_word + 2 < len(words):
        return first_word + 2  # «الاعتراف بـ«المجلس»»: «ب» drawn out before a quote
    if preposition == "مع" and following.norm.startswith("مع"):
        return first_word + 2 if following.norm == "مع" else len(words)  # «معه»: no name
    return first_word


BA_KINDS = frozenset({"praises", "welcomes", "condemns"})
"""Verbs whose object follows «ب» («أشاد ب», «رحب ب», «ندد ب»)."""


_STATEMENT_NOUNS = VOICED_NOUNS | frozenset({"بيان", "تصريح", "تصريحات", "كلمه", "خطاب", "حديث",
                                             "مؤتمر", "مقابله", "تغريده", "تغريدات", "رساله",
                                             "بلاغ", "برقيه"})
"""What a stance is voiced in («في بيان», «خلال كلمته», «عبر تغريدة»)."""
_STATEMENT_MODIFIERS = frozenset({"صحفي", "صحافي", "صحفيه", "صحافيه", "رسمي", "رسميه", "مشترك",
                                  "مشتركه", "مقتضب", "متلفز", "متلفزه", "مكتوب", "له", "لها",
                                  "لهم", "الاخير", "الاخيره"}) | VOICED_MODIFIERS
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


statement_noun = _statement_noun
"""Public name of :func:`_statement_noun` (read in :mod:`kg.relations.stance_closed_statements`)."""


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
    index = past_outlet(context, words, index)  # «في تصريح لإحدى القنوات الفضائية»
    delivered = past_delivered(context, words, index)  # «في خطاب ألقاه أمس», «للصحفيين أمس»
    if delivered is None:
        return None
    index = delivered
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
