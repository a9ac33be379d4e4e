"""Unnamed but identifiable groups as a stance's object: «الدول الأعضاء», «القضاة».

A definite human plural or collective noun phrase («الدول العربية», «المجتمع الدولي»,
«الأطراف اليمنية», «القضاة», «الحلفاء», «أعضاء البرلمان») that a stance verb takes as its
direct object (or after the preposition the verb takes: «أشاد بالمواطنين») is who the stance
is toward: «ودعا الدول العربية إلى التكاتف», «كما انتقد المجتمع الدولي لصمته», «وحمّل
الأطراف الدولية المسؤولية». The span is the head noun phrase (the noun, its adjectives or
its definite genitive, see :func:`kg.relations.stance_phrases.topic_phrase`), never a clause.

Two readings are kept apart:

- :func:`group_object`: the phrase as the object, for the kinds that take a person or a
  group (an appeal's addressee, the one criticized, praised, condemned, warned or
  threatened, and the one stood with: «تضامنت مصر مع الدول العربية», «الوقوف إلى جانب
  الأطراف اليمنية», also the subject's own kin or allies: «تضامن مصر مع أشقائها
  العرب»), never for a welcome («رحب بالضيوف» is protocol), support as such («دعم الأسر»
  is charity) or a refusal; never the demand of an appeal («دعا إلى الحوار»
  has no addressee) nor the charge of a criticism (after «ب»). Besides the listed group
  nouns, a definite participle in the sound masculine plural heads a group here
  («هددت مصر المهربين», «انتقد المعارضين»), but not in :func:`group_follows`.
- :func:`group_follows`: whether a group right after a verb with no subject of its own is
  its object, not its subject. A masculine singular verb before a plural that takes a
  feminine verb («دعت الدول», «انتقدت المنظمات») does not agree with it, so the plural is
  the object; a human plural («القضاة», «المجتمع الدولي») agrees either way, and is read as
  the object only where the clause continues a subject already named in the sentence («،
  ودعا ...», «كما انتقد ...») and no second noun phrase follows it (which would be the
  object of the group as subject: «وانتقد القضاة الحكومة»).

The reading is less sure than a name: its raw confidence is lowered (see
``kg.relations.stance._OBJECT_PENALTY``, source ``group``).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, PREPOSITIONS, StanceTrigger
from kg.relations.stance_described_groups import described_group
from kg.relations.stance_phrases import (
    QUANTIFIERS,
    Phrase,
    boundary,
    definite,
    prepositional,
    topic_phrase,
)
from kg.text.normalize import normalize_key

FEMININE_GROUPS = frozenset({
    "دول", "حكومات", "منظمات", "هيئات", "جهات", "سلطات", "قوي", "شعوب", "فصائل", "احزاب",
    "جماعات", "حركات", "مؤسسات", "بلدان", "دوائر", "وزارات", "ميليشيات", "مليشيات",
    "عائلات", "اسر", "جمعيات", "قيادات", "حكومه", "معارضه",
})
"""Plurals of bodies and peoples, and the collectives «الحكومة», «المعارضة», that take a
feminine verb as subject («دعت الدول», «طالبت المنظمات»): after a masculine verb they are
its object."""

HUMAN_GROUPS = frozenset({
    "اطراف", "حلفاء", "قضاه", "مواطنين", "مسؤولين", "اعضاء", "زعماء", "قاده", "علماء",
    "ناخبين", "مستثمرين", "صحفيين", "صحافيين", "اعلاميين", "مقيمين", "لاجئين", "نازحين",
    "متظاهرين", "محتجين", "شركاء", "اشقاء", "جيران", "مسلمين", "اتباع", "انصار", "موظفين",
    "عمال", "تجار", "اهالي", "سكان", "ملاك", "رجال", "افراد", "طلاب", "معلمين", "اطباء",
    "حكام", "ائمه", "خطباء", "نواب", "وزراء", "برلمانيين", "سياسيين", "ناشطين", "مانحين",
    "دائنين", "منتسبي", "منسوبي", "مواطني", "ابناء", "شباب", "مسلحين", "متمردين",
    "انفصاليين", "متطرفين", "ارهابيين", "مجتمع",
    "رهائن", "اسري", "سجناء", "جنود", "ضباط", "ثوار", "زوار", "حجاج", "فلاحين", "صيادين",
    "خبراء",
})
"""Human plurals and collectives («الأطراف», «القضاة», «المواطنين», «المجتمع الدولي»),
whose verb may be masculine: only a continued clause reads them as its object."""

POSSESSED_GROUPS = frozenset({
    "رعايا", "انصار", "اتباع", "اشقاء", "اشقائ", "حلفاء", "حلفائ", "شركاء", "شركائ",
    "مواطني", "جنود", "مؤيدي", "ابناء", "ابنائ", "اعضاء", "اعضائ", "زملاء", "زملائ",
    "منتسبي", "منسوبي", "موظفي", "مقاتلي", "عناصر", "جيران", "قوات", "خصوم", "منتقدي",
})
"""Groups named by their owner's pronoun («رعاياها», «أنصاره», «أشقائها», «حلفاءه»): the
subject's own people, identifiable from the sentence."""
_POSSESSIVES = ("هما", "هم", "ها", "نا", "ه")

_QUALIFIED = {"مجتمع": frozenset({"الدولي"})}
"""Heads that name a group only with their adjective («المجتمع الدولي», not «المجتمع»)."""

GROUP_KINDS = frozenset({"urges", "criticizes", "praises", "condemns", "warns", "threatens",
                         "supports"})
"""Kinds whose object may be a group of people; not welcomes (guests), rejects, denies or
opposes (things); support only as standing with or beside someone («تضامن مع», «الوقوف إلى
جانب»), never «دعم الأسر» (charity)."""
_SOLIDARITY = frozenset({"مع", "جانب", "بجانب"})

_DIRECT = frozenset({"", "ال"})
_BY_KIND: dict[str, frozenset[str]] = {
    "urges": _DIRECT, "criticizes": _DIRECT, "condemns": _DIRECT, "warns": _DIRECT,
    "threatens": _DIRECT, "praises": _DIRECT | {"ب", "بال"}, "supports": _DIRECT,
}
"""How the group joins each kind's verb: directly («دعا الدول», «انتقد القضاة», «أثنى على
الأطراف» past its «على»), or after «ب» for praise («أشاد بالمواطنين»); a noun also after
«ل» («دعوته للدول الأعضاء»)."""
_NOUN_EXTRA = frozenset({"ل", "لل"})
CALLING_UPON = frozenset({"اهاب", "اهابت", "يهيب", "تهيب", "اهابوا", "يهيبون"})
"""«أهاب بـ»: the verb of appeal whose addressee follows «ب» («يهيب بالمواطنين»)."""


def _stem(word: Word, prefixes: frozenset[str], participles: bool = False) -> str | None:
    """The group head ``word`` spells after one of ``prefixes`` (or None); never after «و»
    or «ف» («والدول»: a coordinated phrase, not the object). With ``participles``, also a
    definite participle in the sound masculine plural (see :func:`participle_plural`)."""
    for prefix, rest in word.readings():
        if prefix[:1] in {"و", "ف"}:
            continue
        stem = rest.removeprefix("ال")
        joined = prefix + ("ال" if rest.startswith("ال") else "")
        if joined in prefixes and (stem in FEMININE_GROUPS or stem in HUMAN_GROUPS or (
                participles and rest.startswith("ال") and participle_plural(stem))):
            return stem
    return None


def participle_plural(stem: str) -> bool:
    """«المهربين», «المعارضين», «المستوطنين», «المقاتلين»: a participle of a derived verb
    («م» and at least three more letters) in the sound masculine plural names people doing
    it; not the broken plural «مفاعيل» («الميادين», «الموازين», «الملايين»)."""
    return stem.startswith("م") and stem.endswith("ين") and len(stem) >= 6 and \
        not (len(stem) == 6 and stem[2] == "ا") and stem not in _NOT_PEOPLE


_NOT_PEOPLE = frozenset({"مضامين", "ميادين", "موازين", "ملايين", "مساكين", "مجانين"})


def _possessed(word: Word, prefixes: frozenset[str]) -> str | None:
    """The group head of ``word`` with a possessive pronoun («أنصاره», «بجنوده»), joined by
    one of ``prefixes`` (never «ال», which no possessed noun takes)."""
    for prefix, rest in word.readings():
        if prefix[:1] in {"و", "ف"} or prefix not in prefixes:
            continue
        for suffix in _POSSESSIVES:
            if rest.endswith(suffix) and rest[:-len(suffix)] in POSSESSED_GROUPS:
                return rest[:-len(suffix)]
    return None


def group_phrase(context: Extraction, words: list[Word], index: int,
                 prefixes: frozenset[str] = _DIRECT,
                 participles: bool = False) -> tuple[Phrase, str] | None:
    """The group phrase at ``words[index]`` (past a quantifier: «جميع الدول») and its head
    noun, when its head is a group noun joined by one of ``prefixes`` and the phrase is
    definite (by the article or a definite genitive: «دول المنطقة», «أعضاء البرلمان»)."""
    if index >= len(words) or context.covering_mention(words[index].start) is not None:
        return None
    head = index + 1 if words[index].norm in QUANTIFIERS else index
    if head >= len(words) or context.covering_mention(words[head].start) is not None:
        return None
    stem = _stem(words[head], prefixes, participles)
    if stem is None:
        possessed = _possessed(words[head], prefixes) if head == index else None
        return _possessed_phrase(context, words, head, possessed) if possessed else None
    phrase = topic_phrase(context, words, index)
    if phrase is None or phrase.end <= words[head].start:
        return None
    phrase = _head_phrase(context, words, head, phrase)
    needed = _QUALIFIED.get(stem)
    if needed is not None and (head + 1 >= len(words) or words[head + 1].norm not in needed or
                               phrase.end < words[head + 1].end):
        return None
    return phrase, stem


_ADJECTIVES = frozenset({"الاعضاء", "الكبري", "العظمي", "الصغري", "الاخري", "الشقيقه",
                         "الصديقه", "الحليفه", "الكبار", "العرب"})
"""Definite adjectives of a group that are neither a nisba nor a participle («الدول
الأعضاء», «الدول الكبرى», «الدول الشقيقة»)."""


_NOT_ADJECTIVES = frozenset({"المسؤوليه", "المسئوليه", "الاولويه", "الحريه", "الشرعيه",
                             "الحمايه", "الرعايه", "الكفايه", "المعونه", "المساعده"})
"""Abstract nouns in «ـية» or «م» that follow a group as a second object («وحمّل الأطراف
الدولية المسؤولية»), not as its adjective."""


def _adjective(word: Word) -> bool:
    """«العربية», «اليمنية», «المعنية», «المانحة», «الأعضاء»: a definite word that reads as
    the group's adjective (a nisba, a participle in «م», or one of :data:`_ADJECTIVES`), not
    a second noun («القضاة الحكومة»)."""
    norm = word.norm
    if not norm.startswith("ال") or prepositional(word) or norm in FUNCTION_WORDS or \
            norm in _NOT_ADJECTIVES:
        return False
    stem = norm[2:]
    return norm in _ADJECTIVES or (len(stem) > 3 and (
        stem.endswith(("ي", "يه", "يين", "يون")) or stem.startswith("م")))


def _possessed_phrase(context: Extraction, words: list[Word], head: int,
                      stem: str) -> tuple[Phrase, str]:
    """«أنصاره», «أشقائها العرب», «حلفاءها الغربيين»: the possessed group and its definite
    adjectives, without the preposition glued to it."""
    last = head
    while last + 1 < len(words) and last - head < 2 and \
            not context.boundary_between(words[last], words[last + 1]) and \
            context.covering_mention(words[last + 1].start) is None and \
            _adjective(words[last + 1]):
        last += 1
    text = context.doc.text[words[head].start:words[last].end]
    glued = next((p for p, rest in words[head].readings()
                  if p and rest.startswith(stem)), "")
    return Phrase(words[head].start, words[last].end, text[len(glued):]), stem


def _head_phrase(context: Extraction, words: list[Word], head: int, phrase: Phrase) -> Phrase:
    """The topic phrase cut to the group's own noun phrase: a definite head and its
    adjectives («الأطراف الدولية», not «الأطراف الدولية المسؤولية»), or an indefinite head
    and its definite genitive («أعضاء البرلمان»), within ``phrase``."""
    last = head
    if definite(words[head]):
        while last + 1 < len(words) and words[last + 1].end <= phrase.end and \
                _adjective(words[last + 1]) and last - head < 2:
            last += 1
    else:
        last = head + 1 if head + 1 < len(words) and words[head + 1].end <= phrase.end else head
    if words[last].end == phrase.end:
        return phrase
    tail = phrase.end - words[last].end  # the name ends with the words cut off
    return Phrase(phrase.start, words[last].end, phrase.name[:len(phrase.name) - tail])


def group_object(context: Extraction, words: list[Word], first_word: int,
                 trigger: StanceTrigger) -> Candidate | None:
    """The group phrase at ``first_word`` as the stance's object (see the module's doc)."""
    prefixes = _BY_KIND.get(trigger.kind)
    if prefixes is None:
        return None
    if trigger.kind == "supports":
        if not trigger.requires & _SOLIDARITY:
            return None  # «دعم الأسر المحتاجة»: charity, not a stance
        side = _past_side(words, first_word)
        if side is None or side >= len(words):
            return None
        if not definite(words[side]):
            return _possessed_side(context, words, side)
        first_word = side
    elif trigger.noun:
        prefixes = prefixes | _NOUN_EXTRA
    elif trigger.kind == "urges" and _called_upon(context, words, first_word):
        prefixes = prefixes | {"ب", "بال"}  # «أهابت المديرية بالمواطنين أخذ الحيطة»
    found = group_phrase(context, words, first_word, prefixes, participles=True)
    if found is None:
        return None
    phrase = found[0]
    node = described_group(context, phrase.start, phrase.end) or \
        context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return Candidate(Arg(node, phrase.start, phrase.end), "", None, first_word, "group")


def _possessed_side(context: Extraction, words: list[Word], side: int) -> Candidate | None:
    """«تضامن مصر مع أشقائها العرب», «وقفت إلى جانب حلفائها»: the subject's own kin or allies
    that it stands with, named by their owner's pronoun, with their adjectives; only the
    kin and allies of :data:`STOOD_WITH` (not «مع مواطنيها», «مع قواتها», who are its own)."""
    if context.covering_mention(words[side].start) is not None:
        return None
    stem = _possessed(words[side], frozenset({""}))
    if stem not in STOOD_WITH:
        return None
    phrase = _possessed_phrase(context, words, side, stem)[0]
    node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return Candidate(Arg(node, phrase.start, phrase.end), "", None, side, "group")


STOOD_WITH = frozenset({"اشقاء", "اشقائ", "حلفاء", "حلفائ", "شركاء", "شركائ", "جيران"})
"""Kin and allies one stands with as another side («مع أشقائها», «مع حلفائه»)."""


def _called_upon(context: Extraction, words: list[Word], first_word: int) -> bool:
    """Whether «أهاب» opens the clause of the object at ``first_word`` (its subject between:
    «وأهابت المديرية العامة للدفاع المدني بالمواطنين»)."""
    for index in range(first_word - 1, max(-1, first_word - 9), -1):
        if words[index].has(CALLING_UPON):
            return True
        if index > 0 and boundary(context, words[index - 1], words[index]):
            return False
    return False


def _past_side(words: list[Word], index: int) -> int | None:
    """Past «مع», «إلى جانب» or «بجانب» that a verb of solidarity takes before the one it
    stands with; None when none opens the phrase."""
    if index < len(words) and words[index].norm in {"مع", "بجانب"}:
        return index + 1
    if index + 1 < len(words) and words[index].norm == "الي" and words[index + 1].norm == "جانب":
        return index + 2
    return None


def group_follows(context: Extraction, words: list[Word], position: int, gender: str | None,
                  continued: bool) -> bool:
    """Whether the group right after the verb at ``position`` (singular of ``gender``,
    ``continued``: opening a clause after a comma or «كما» in the middle of its sentence)
    is its object, so that the verb has no subject of its own (see the module's doc)."""
    if gender is None or position + 1 >= len(words) or \
            boundary(context, words[position], words[position + 1]):
        return False
    found = group_phrase(context, words, position + 1)
    if found is None:
        return False
    phrase, stem = found
    following = [w for w in words if w.start >= phrase.end][:1]
    if following and not boundary(context, words[following[0].index - words[0].index - 1],
                                  following[0]) and _second_phrase(context, following[0]):
        return False  # «وانتقد القضاة الحكومة»: the group is the subject
    if stem in FEMININE_GROUPS and gender == "m":
        return True  # «ودعا الدول العربية إلى ...»: «دعت الدول» were they the subject
    return continued and (not following or _complement(context, words, following[0]))


_COMPLEMENTS = frozenset({"الي", "علي", "بسبب", "من", "عن", "لعدم", "بعدم"})


def _second_phrase(context: Extraction, word: Word) -> bool:
    """A definite noun or a name right after the group: the verb's object, with the group
    as its subject."""
    if word.norm in FUNCTION_WORDS or word.norm in PREPOSITIONS or word.norm in _COMPLEMENTS:
        return False  # «إلى», «الذي»: no noun
    return (definite(word) and not prepositional(word)) or \
        context.mention_starting_in(word) is not None


def _complement(context: Extraction, words: list[Word], word: Word) -> bool:
    """What may follow the verb's object: a preposition or a word with one glued («إلى
    التكاتف», «لصمته», «بضرورة», «على العودة»), or the end of the clause."""
    index = word.index - words[0].index
    return index == 0 or boundary(context, words[index - 1], word) or \
        prepositional(word) or word.norm in _COMPLEMENTS or word.norm in PREPOSITIONS or \
        (word.norm in FUNCTION_WORDS and word.norm not in {"ان", "انه", "انها"})
