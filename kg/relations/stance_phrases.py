"""Word and phrase helpers that both the subject and the object readers of a stance use.

Small local rules in place of a noun-phrase chunker: definiteness, a glued «ل»,
coordination, quantifiers («كل», «أي»), punctuation boundaries, and the short
descriptive phrase («الاتهامات», «الدول المجتمعة») read as a topic entity.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.relations.arguments import known_person
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    INTENSIFIERS,
    PERSON_NOUNS,
    WEEKDAYS,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_adverbials import ADVERBIAL_HEADS
from kg.relations.stance_aim_objects import aim_end
from kg.relations.stance_described_groups import described_group
from kg.relations.stance_pointed_genitives import POINTERS, pointed_genitive
from kg.relations.stance_titled_objects import titled_end
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

COMMAS = frozenset({"،", ","})

LAM_NOUNS = frozenset({"لجنه", "لجان", "لاعب", "لاعبي", "لاعبو", "لقاء", "لواء", "لائحه",
                       "لوائح", "لغه"})
"""Nouns whose first letter reads as a glued «ل» («قرار لجنة الانضباط»)."""
BA_NOUNS = frozenset({"بنود", "بند", "بيان", "بيانات", "برنامج", "برامج", "بعثه", "بلاد",
                      "بلدان", "بلديه", "بروتوكول", "بطوله", "بورصه", "بوابه", "بطاقه"})
"""Nouns whose first letter reads as a glued «ب»: «رفض بنود الاتفاق» is no «نود الاتفاق»."""


def boundary(context: Extraction, left: Word, right: Word) -> bool:
    """Punctuation between two words, but not the brackets of a weekday after «أمس»
    («أطلقت بوينغ أمس (السبت) تحذيرا»): the date is part of the clause; nor the mark that
    closes a quoted name («وأدانت حركة «حماس» الهجوم») or opens it («وأعلنت «جبهة النصرة»
    عن رفضها»)."""
    if not context.boundary_between(left, right):
        return False
    gap = context.gap(left, right).strip()
    return not ((gap == "(" and right.norm in WEEKDAYS) or (gap == ")" and left.norm in WEEKDAYS)
                or (gap in _CLOSING_QUOTES and _quoted_name_ends(context, left))
                or (gap in _OPENING_QUOTES and _quoted_name_starts(context, right)))


_CLOSING_QUOTES = frozenset({"»", "\"", "”"})
_OPENING_QUOTES = ("«", "\"", "“")


def _quoted_name_ends(context: Extraction, word: Word) -> bool:
    """A name ends with ``word`` and a quotation mark opens right before it: the marks
    enclose a name, not a quotation."""
    mention = context.covering_mention(word.start)
    if mention is None:  # «ودعا "السحيباني" الأشقاء»: a surname no tagger named, in quotes
        return known_person(context, word) is not None and \
            context.doc.text[max(0, word.start - 2):word.start].rstrip().endswith(_OPENING_QUOTES)
    return mention.end == word.end and \
        context.doc.text[max(0, mention.start - 2):mention.start].rstrip().endswith(_OPENING_QUOTES)


def _quoted_name_starts(context: Extraction, word: Word) -> bool:
    """A name starts with ``word`` and a quotation mark closes right after it."""
    mention = context.mention_starting_in(word)
    return mention is not None and mention.start == word.start and \
        context.doc.text[mention.end:mention.end + 2].lstrip().startswith(tuple(_CLOSING_QUOTES))


def possessive(word: Word) -> bool:
    """«دعوته», «رفضها», «وقوفهم»: a verbal noun with a possessive suffix."""
    return word.bare().endswith(("ته", "تها", "ه", "ها", "هم", "هما")) and not \
        word.bare().endswith("يه")


def possessive_gender(word: Word) -> str | None:
    """«m» for a verbal noun with the masculine possessive («دعمه», «إدانته»), «f» for «ـها»
    («رفضها»), None for any other (a plural owner is left out)."""
    if not possessive(word):
        return None
    bare = word.bare()
    if bare.endswith(("هم", "هما")):
        return None
    return "f" if bare.endswith("ها") else "m"


NAME_HEADS = frozenset({"دوله", "حكومه", "سلطات", "قوات", "مقاتلات", "جيش", "نظام", "شعب",
                        "حركه", "جماعه", "وزاره", "مملكه", "جمهوريه", "اداره"})
"""«دعم ووقوف دولة الإمارات»: head words that stand before a name as part of the actor."""


RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "والتي", "والذي",
                       "والذين", "ممن", "من"})


_WAW_NOUNS = frozenset({"وزير", "وزيره", "وزاره", "وطني", "وطنيه", "وضع", "وقت", "ولايه", "وفد",
                        "وكاله", "وحده", "وسط", "واقع", "وجود", "وثيقه", "ورقه", "وساطه", "وعود",
                        "وحدات", "وزراء", "وكالات", "وفود", "وسائل", "ولايات", "وزارات"})


def conjunction(word: Word) -> bool:
    """«وبذل», «والإنسانية»: a word that starts a coordinated phrase."""
    return word.norm.startswith("و") and len(word.norm) > 3 and word.norm not in _WAW_NOUNS \
        and word.bare() not in _WAW_NOUNS


def prepositional(word: Word) -> bool:
    """«بالتسبب», «للغرب»: a word with an attached preposition."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])


def topic_entity(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """A short descriptive noun phrase («الاتهامات», «الدول المجتمعة») as a topic entity;
    it ends before a conjunction («التضامن الإسلامي وبذل») or a new prepositional phrase."""
    phrase = topic_phrase(context, words, index)
    if phrase is None:
        return None
    start, end, name = phrase
    node = described_group(context, start, end) or \
        context.add_entity("Miscellaneous", name, normalize_key(name))  # «الميليشيات الحوثية»
    return Arg(node, start, end)


DEMONSTRATIVES = frozenset({"هذا", "هذه", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "تلك",
                            "ذلك", "اولئك"})


class Phrase(NamedTuple):
    """A phrase's span and its name without the clitics of its first word."""

    start: int
    end: int
    name: str


def topic_phrase(context: Extraction, words: list[Word], index: int) -> Phrase | None:
    """The span and name (without its clitics) of the phrase :func:`topic_entity` reads."""
    if index < len(words) and conjunction(words[index]):
        return None  # «وتتهم كييف ومعها الغرب ...»: a coordinated phrase, not the object
    if index < len(words) and words[index].norm in COMPLEMENTIZERS:
        return None  # «حذر X بأن "الأسابيع المقبلة حاسمة"»: what is said, no quoted name
    if index < len(words) and words[index].norm in ADVERBIAL_HEADS:
        return None  # «وتطالب سورية مقابل السلام بـ»: a circumstance, not the object
    quantified = index + 1 < len(words) and (
        words[index].norm in QUANTIFIERS or words[index].norm in _GLUED_QUANTIFIERS) and \
        not context.boundary_between(words[index], words[index + 1])
    kept = _topic_words(context, words, index, quantified)
    if len(kept) < 1 + quantified:
        return None
    if not quantified:  # «مرتكبي هذه الجريمة»: a genitive pointed by a demonstrative
        kept = pointed_genitive(context, words, kept)
    quoted = _quoted_name_after(context, words, kept) if len(kept) == 1 else None
    if quoted is not None:  # «تشكيل «جيش الفتح»», «الدول «5+1»»: the head and the name it bears
        name = without_clitics(context, kept) + context.doc.text[kept[0].end:quoted]
        return Phrase(kept[0].start, quoted, name)
    if not quantified and not (definite(kept[0]) or (len(kept) > 1 and definite(kept[1])) or
                               (len(kept) > 2 and kept[1].norm in POINTERS) or
                               (len(kept) > 2 and conjunction(kept[1]) and definite(kept[2]))):
        return None  # «الاتهامات», or an iḍāfa «شركات الطيران», «أهالي وزوار المنطقة»
    if quantified and kept[1].norm in _RECIPROCAL:
        return None  # «يدعم كل منا الآخر»: each other, no one named
    if quantified and kept[0].norm not in _BEFORE_INDEFINITE and not definite(kept[1]) and \
            not (len(kept) > 2 and definite(kept[2]) and not conjunction(kept[2])):
        return None  # «جميع المواطنين», «كافة أجهزة الدولة», not «جميع» before an indefinite
    end = None if quantified else \
        titled_end(context, words, kept) or aim_end(context, words, kept)
    if end is not None:  # «قرار الرئيس أوباما», «الرأي الداعي لتأجيل»: read on
        name = without_clitics(context, kept) + context.doc.text[kept[-1].end:end]
        return Phrase(kept[0].start, end, name)
    return Phrase(kept[0].start, kept[-1].end, without_clitics(context, kept))


_QUOTED_REACH = 4


def _quoted_name_after(context: Extraction, words: list[Word], kept: list[Word]) -> int | None:
    """The end (past its closing mark) of a name of up to four words in quotation marks right
    after the one-word head ``kept`` («تشكيل «جيش فتح»», «الدول «5+1»», «عملية «عاصفة
    الحزم»»), that no tagger named: the head and the name are one phrase; None when no such
    name follows."""
    head = kept[0]
    first = head.index - words[0].index + 1
    if first >= len(words) or not content_noun_like(head) or \
            context.gap(head, words[first]).strip() not in _OPENING_QUOTES:
        return None
    for last in range(first, min(len(words), first + _QUOTED_REACH)):
        if live_stance(words, last) or context.mention_starting_in(words[last]) is not None:
            return None  # «تصريحات «حزب الله»»: a tagged name is read as the name
        if last + 1 < len(words):
            gap = context.gap(words[last], words[last + 1])
        else:
            gap = context.doc.text[words[last].end:words[last].end + 2]
        closing = gap.lstrip()[:1]
        if closing in _CLOSING_QUOTES:
            return words[last].end + gap.index(closing) + 1
        if gap.strip(" +-/&"):
            return None
    return None


def content_noun_like(word: Word) -> bool:
    """A word that may head a phrase before a quoted name: no function word or number."""
    return len(word.norm) > 2 and word.norm not in FUNCTION_WORDS and \
        word.bare() not in FUNCTION_WORDS and not word.norm.isdigit() and not is_title_head(word)


STANCES_AS_THINGS = frozenset({"انتقادات", "دعوات", "تهديدات", "تحذيرات", "مطالبات"})
"""Plural stance nouns that may themselves be what a stance is toward («رفضت روسيا
الانتقادات الأمريكية», «رحب بالدعوات»): the phrase opens with them."""


def _topic_words(context: Extraction, words: list[Word], index: int,
                 quantified: bool) -> list[Word]:
    """Up to three words of the topic phrase from ``words[index]``, the quantifier first
    when ``quantified`` («جميع المواطنين», «كل مواطن ومقيم»)."""
    kept: list[Word] = []
    if quantified:
        kept.append(words[index])
        index += 1
    for offset, word in enumerate(words[index:index + 4 - len(kept)]):
        if quantified and len(kept) == 2 and conjunction(word) and \
                not context.boundary_between(kept[-1], word) and \
                _same_kind(kept[-1], word) and context.covering_mention(word.start) is None:
            kept.append(word)  # «كل الصحافيين والإعلاميين», «كل مواطن ومقيم»: one group
            break
        if quantified and len(kept) == 2 and kept[0].norm in ANY_QUANTIFIERS and \
                word.norm.startswith("لل") and not context.boundary_between(kept[-1], word) \
                and context.covering_mention(word.start) is None:
            kept.append(word)  # «أي خفض للإنتاج»: the indefinite noun's own complement
            break
        if _coordinated_head(context, words, kept, word) and not quantified:
            kept.append(word)  # «أهالي وزوار المنطقة»: two heads of one genitive
            continue
        if kept and (context.boundary_between(kept[-1], word) or conjunction(word)
                     or prepositional(word)):
            break
        if kept and definite(kept[-1]) and _nisba_adjective(context, word) and \
                not context.boundary_between(kept[-1], word):
            kept.append(word)  # «الخطوط السعودية», «التدخل الإيراني»: a thing and its nisba
            if len(kept) == 3:
                break
            continue
        if word.norm in FUNCTION_WORDS or word.bare() in FUNCTION_WORDS or \
                context.mention_starting_in(word) is not None or word.norm.isdigit():
            break
        if live_stance(words, index + offset) and not (offset == 0 and not kept and
                                                       word.bare().removeprefix("ال") in
                                                       STANCES_AS_THINGS):
            break
        if kept and definite(kept[-1]) and not definite(word) and word.norm[:1] != "«" \
                and kept[-1].norm not in QUANTIFIERS:
            break  # «أعضاء البرلمان دراسة ...»: a definite genitive ends the phrase
        if kept and _relative_verb(kept[-1], word):
            break  # «أي اتفاق يضمن بقاءه»: the verb opens a clause about the noun
        kept.append(word)
        if len(kept) == 3:
            break
    return kept


_NOUNS_IN_YA = frozenset({"يوم", "يوما", "يومي", "يوميه", "يونيو", "يوليو", "يناير", "يهود",
                          "يمين", "يسار"})
"""Nouns that open with «ي» like an imperfect verb («يوم», «يوليو»)."""


def _relative_verb(noun: Word, word: Word) -> bool:
    """«اتفاق يضمن», «تدخل يهدد»: a masculine imperfect right after an indefinite noun is the
    verb of a clause that describes it (an indefinite noun takes no «الذي»), not a word of
    its phrase."""
    form = word.norm
    return not definite(noun) and form.startswith("ي") and len(form) >= 3 and \
        form not in _NOUNS_IN_YA


def _nisba_adjective(context: Extraction, word: Word) -> bool:
    """«السعودية», «الإيراني»: a definite nisba tagged as its country, one word long, that
    qualifies the noun before it."""
    mention = context.mention_starting_in(word)
    if mention is None or mention.label != "Country" or mention.end > word.end:
        return False
    return context.is_nisba(mention) or (
        word.norm.startswith("ال") and word.norm.endswith(("ي", "يه", "يين", "يون")))


def _coordinated_head(context: Extraction, words: list[Word], kept: list[Word],
                      word: Word) -> bool:
    """«أهالي وزوار المنطقة», «منسوبي ومنسوبات الوزارة»: ``word`` is a second indefinite head
    joined by «و» to the one head kept, and a definite genitive of both follows at once."""
    if len(kept) != 1 or definite(kept[0]) or not conjunction(word) or definite(word) or \
            prepositional(word) or context.boundary_between(kept[0], word) or \
            word.norm.endswith("ا"):
        return False  # «جملة وتفصيلا»: an adverb in the accusative, not a second head
    following = word.index - words[0].index + 1
    if following >= len(words) or context.boundary_between(word, words[following]):
        return False
    genitive = words[following]
    if following + 1 < len(words) and context.mention_starting_in(words[following + 1]):
        return False  # «تصرفات وتغريدات الفنان X»: the name is what the phrase is about
    return definite(genitive) and not prepositional(genitive) and not conjunction(genitive) \
        and context.covering_mention(word.start) is None and \
        context.covering_mention(kept[0].start) is None and \
        genitive.norm not in FUNCTION_WORDS and not is_title_head(genitive) and \
        not genitive.has(PERSON_NOUNS)


def _same_kind(left: Word, right: Word) -> bool:
    """Two nouns of one group after a quantifier: both indefinite («كل مواطن ومقيم») or both
    definite with the same plural ending («الصحافيين والإعلاميين»), not «الأطراف والعمل»."""
    if not definite(left) and not definite(right):
        return True
    return definite(left) and definite(right) and len(left.bare()) > 3 and \
        left.bare()[-2:] == right.bare()[-2:] and left.bare()[-2:] in {"ين", "ون", "ات"}


def without_clitics(context: Extraction, kept: list[Word]) -> str:
    """The text of the words ``kept`` without the conjunction or preposition glued to the
    first («بالاتهامات» → «الاتهامات», «للدول» → «الدول»)."""
    prefix = ""
    whole = kept[0].norm in LAM_NOUNS or kept[0].norm in BA_NOUNS
    for candidate, rest in [] if whole else kept[0].readings():
        if candidate and (rest.startswith("ال") or candidate.lstrip("وف") in {"ب", "ل"}):
            prefix = candidate
            break
    name = context.doc.text[kept[0].start:kept[-1].end]
    if kept[0].norm in _GLUED_QUANTIFIERS:
        return name[1:]  # «لكل الصحافيين» → «كل الصحافيين»
    if prefix.endswith("لل"):
        return "ال" + name[len(prefix):]
    if prefix:
        return name[len(prefix):]
    return name


QUANTIFIERS = frozenset({"جميع", "كافه", "كل", "اي"})
"""«دعا جميع المواطنين», «داعيا كل مواطن», «رفضها أي تدخل»: a quantifier opens the phrase."""
_GLUED_QUANTIFIERS = frozenset({"لكل", "لجميع", "لكافه", "لاي"})
"""«دعوة لكل الصحافيين», «رفضها لأي تدخل أجنبي»: the quantifier with «ل» glued."""
_BEFORE_INDEFINITE = frozenset({"كل", "اي", "لاي"})
"""Quantifiers of a singular indefinite noun («كل مواطن», «أي تدخل»)."""
ANY_QUANTIFIERS = frozenset({"اي", "لاي"})
_RECIPROCAL = frozenset({"منا", "منهم", "منهما", "منكم", "منهن"})


def definite(word: Word) -> bool:
    return word.norm.startswith("ال") or any(
        p.endswith("ال") or p == "لل" for p, _ in word.readings()[1:])


def skip_intensifiers(words: list[Word], index: int) -> int:
    """Past the adjectives of degree after a stance noun («أسفه الشديد», «رفض مصر الكامل»)."""
    while index < len(words) and (words[index].bare() in INTENSIFIERS or
                                  words[index].norm in INTENSIFIERS):
        index += 1
    return index


def titled_name_follows(context: Extraction, words: list[Word], index: int) -> bool:
    """«الموالية للرئيس اليمني السابق علي عبد الله صالح»: a title whose holder is named in
    the same phrase; the person, not the title, is the object."""
    if index >= len(words) or not is_title_head(words[index]):
        return False
    for later in range(index + 1, min(len(words), index + 6)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        mention = context.mention_starting_in(words[later])
        if mention is not None and not context.is_nisba(mention):
            return mention.label == "Person"
    return False


def glued_lam(word: Word) -> bool:
    """«للتوصل», «للشباب»: a word with «ل» glued before it (after a verb of appeal, the
    demand «دعا X للتوصل» or a prayer «دعا للشباب», never the addressee)."""
    return any(prefix.lstrip("وف").startswith("ل") for prefix, _ in word.readings()[1:])
