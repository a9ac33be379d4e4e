"""Violent words added to the event triggers, and what makes each precise.

- Fighting (``lexicon.FIGHTING_VERBS``, ``lexicon.FIGHTING_NOUNS``), a military operation:
  «اشتبكت قوات الأمن مع مسلحين», «قتلوا خلال قتال مع جماعات مسلحة», «وتقاتل القوات الحكومية
  جماعات مسلحة», «وقع تصادم بين عناصر الجيش والمسلحين». The same words tell a brawl, a
  struggle for a living, a car crash or a clash of interests («تصادم سيارتين», «يقاتل من أجل
  لقمة العيش», «اشتباك كلامي بين النواب»), so they name one only with fighting men or
  violence told near them in their sentence (``armed_near``): an armed body («قوات»,
  «مسلحين», «عناصر», «الجيش») within eight words either side, or another violent event or a
  casualty word there («القتال العنيف ... أدى إلى مقتل خمسة»). A word of speech, ideas or
  vehicles right after them («اشتباك كلامي», «تصادم سيارتين») undoes it. Fighting men in
  construct right after the indefinite «قتال» are the foe fought, its target
  (``fought_genitive``: «قُتلوا خلال قتال جماعات إسلامية»). A force phrase after a fighting
  verb and right before «مع» is its doer, as the subject before a violent verb's object is
  (``fought_with``: «اشتبكت قوات الأمن مع مسلحين»).
- Raids and pounding (``lexicon.RAIDING_FORMS``), an Attack on the same terms: «داهمت قوات
  الجيش منزلاً», «قامت قوة من الشرطة بمداهمة جامع», «دكت المدفعية مواقع المسلحين»; not
  «داهمت السيول المنازل», «مداهمة الأمن منزلاً» (a police search).
- Stabbing (``lexicon.STABBING_FORMS``), an Attack only with the blade told within six
  words: «طعن شاب مستوطناً بسكين»; «طعن في الحكم» is an appeal.
- Slaughter (``lexicon.SLAUGHTER_FORMS``), a Killing as a verb unless beasts follow: «ذبح
  مسلحو التنظيم 21 رهينة», not «ذبح المواطنون الأضاحي», nor a noun listed with others («ما
  يجري من قتل وذبح وخطف»).
- Campaigns (``lexicon.CAMPAIGN_FORMS``), a military operation only as a military, air or
  ground one: «شنت القوات حملة عسكرية على المسلحين», not «حملة انتخابية».
- Named operations (``lexicon.NAMED_OPERATIONS``): «عملية عاصفة الحزم» by its first word
  with the rest of its name; told by its name, it is reported (``named_operation``). Who
  ordered or launched it in a relative clause right after the name is its doer
  (``ordering_doer``: «عاصفة الحزم التي أمر بها خادم الحرمين الشريفين الملك سلمان»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import (
    ARMED_BODIES,
    CAMPAIGN_FORMS,
    FIGHTING_NOUNS,
    FIGHTING_VERBS,
    NAMED_OPERATIONS,
    PREPOSITIONS,
    RAIDING_FORMS,
    SLAUGHTER_FORMS,
    STABBING_FORMS,
    find_event,
)

_FIGHTING = frozenset({*FIGHTING_VERBS, *FIGHTING_NOUNS})
_ARMED_ONLY = _FIGHTING | frozenset(RAIDING_FORMS)
_CAMPAIGN_KINDS = frozenset({"عسكريه", "العسكريه", "جويه", "الجويه", "بريه", "البريه"})
"""What makes a campaign one of war: «حملة عسكرية», «الحملة الجوية»."""
_ARMED_STEMS = ("مسلح", "مقاتل", "عناصر", "جنود", "جندي", "ميليشي", "مليشي", "قوات", "جيش",
                "ثوار", "الثوار", "متمرد", "ارهابي", "كتائب", "فصائل", "عسكري")
"""Beginnings of words for fighting men («مسلحين», «مقاتليه», «عناصرهما», «الميليشيات»)."""
_CASUALTIES = frozenset({"قتلي", "قتيلا", "قتيل", "قتيلين", "جرحي", "مصابين", "جريحا"})
_VIOLENT = frozenset({"Killing", "Attack", "MilitaryOperation"})
_NOT_ARMS = frozenset({
    "كلامي", "كلاميه", "لفظي", "لفظيه", "الاراء", "المصالح", "الحضارات", "الارادات",
    "سياسي", "سياسيه", "اعلامي", "اعلاميه", "سيارتين", "سياره", "قطارين", "قطار", "حافله",
    "شاحنه", "مركبتين", "مركبات", "سيارات",
})
"""Words right after a fighting word that make it speech, a clash of ideas or a crash."""
_REACH = 8
_BLADES = frozenset({"سكين", "السكين", "سكاكين", "السكاكين", "بلطه", "ساطور", "خنجر", "حاده",
                     "طعنات", "طعنه", "طعنتين"})
"""What a stabbing was done with («بسكين», «بآلة حادة», «عدة طعنات»)."""
_BEASTS = frozenset({"الاضاحي", "اضاحي", "اضحيه", "الاضحيه", "خراف", "الخراف", "ماشيه",
                     "الماشيه", "اغنام", "الاغنام", "عجل", "عجول", "ابقار", "الابقار", "جمل",
                     "ابل", "الابل", "دجاج", "الدجاج", "خروف", "الخروف", "ذبيحه", "رؤوس",
                     "نعاج", "مواشي", "ذبائح", "حيوانات", "شياه", "ماعز", "خرفان", "غنم", "بقر"})
"""Beasts slaughtered (matched with or without the article: «وقد ذبحت به النعاج»)."""
NEW_VERBS = frozenset({*FIGHTING_VERBS, *(form for form in RAIDING_FORMS if form[0] != "م"),
                       *STABBING_FORMS[:3], *SLAUGHTER_FORMS})
"""The forms of this module that are verbs (``event_triggers.EVENT_VERBS``)."""
_VERB_REACH = 6


def _armed(word: Word) -> bool:
    if word.has(ARMED_BODIES) or word.has(_CASUALTIES):
        return True
    return any(rest.startswith(_ARMED_STEMS) for _, rest in word.readings())


def armed_near(words: list[Word], position: int) -> bool:
    """Fighting men, a casualty word or another violent event within ``_REACH`` words of
    ``words[position]`` in its sentence (see the module docstring)."""
    sentence = words[position].sentence_index
    for index in range(max(0, position - _REACH), min(len(words), position + _REACH + 1)):
        word = words[index]
        if index == position or word.sentence_index != sentence:
            continue
        if _armed(word):
            return True
        hit = find_event(word.norm)
        if hit is not None and hit.value in _VIOLENT and \
                not word.has(_FIGHTING):
            return True
    return False


def fighting_ok(words: list[Word], position: int, form: str) -> bool:
    """Whether a fighting word at ``words[position]`` is armed fighting; any other trigger
    passes."""
    if form in NAMED_OPERATIONS:
        return named_operation(words, position)  # «عاصفة الحزم», not «عاصفة رملية»
    if form in STABBING_FORMS:
        return _within(words, position, _BLADES, _VERB_REACH)  # «طعنه بسكين»
    if form in SLAUGHTER_FORMS:
        return verb_use(words, position, SLAUGHTER_FORMS) and \
            not _within(words, position, _BEASTS, 3)  # «ذبح الأضاحي»
    if form in CAMPAIGN_FORMS:
        return position + 1 < len(words) and words[position + 1].has(_CAMPAIGN_KINDS)
    if form not in _ARMED_ONLY:
        return True
    if position + 1 < len(words) and words[position + 1].has(_NOT_ARMS):
        return False  # «اشتباك كلامي», «تصادم سيارتين»
    return armed_near(words, position)


def named_operation(words: list[Word], position: int) -> bool:
    """«عملية عاصفة الحزم»: the first word of a named operation (``NAMED_OPERATIONS``) with
    the rest of its name right after it."""
    seconds = NAMED_OPERATIONS.get(words[position].bare())
    return seconds is not None and position + 1 < len(words) and \
        words[position + 1].norm in seconds


def _within(words: list[Word], position: int, table: frozenset[str], reach: int) -> bool:
    """A word of ``table`` within ``reach`` words after ``words[position]``, in its
    sentence."""
    sentence = words[position].sentence_index
    return any(word.sentence_index == sentence and word.has(table)
               for word in words[position + 1:position + 1 + reach])


def verb_use(words: list[Word], position: int, forms: frozenset[str] | tuple[str, ...]) -> bool:
    """«وذبح مسلحو التنظيم 21 رهينة»: a form of ``forms`` read as a verb, bare or behind
    «و»/«ف», not after a preposition or another violent noun it is listed with («ما يجري من
    قتل وذبح وخطف»; the first word of a sentence has nothing before it)."""
    if not any(prefix in {"", "و", "ف"} and rest in forms
               for prefix, rest in words[position].readings()):
        return False
    if position == 0:
        return True
    before = words[position - 1]
    if before.sentence_index != words[position].sentence_index:
        return True
    return before.norm not in PREPOSITIONS and find_event(before.norm) is None


_ORDERING = frozenset({"امر", "اطلقها", "شنها", "يقودها", "تقودها", "اعلنها", "اطلقتها",
                       "شنتها", "قادها"})
"""Verbs of a relative clause on an operation naming who ordered, launched or leads it."""
_DOER_LABELS = ORGANIZATION_LABELS | frozenset({"Person"})
_TITLE_REACH = 6
"""How many words of title may stand before the doer's name («خادم الحرمين الشريفين الملك»)."""


def ordering_doer(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The doer of a named operation told by «التي أمر بها»/«التي أطلقها» right after its
    name (see the module docstring); None otherwise."""
    if not named_operation(words, position):
        return None
    at = position + 2
    if at + 1 >= len(words) or words[at].norm != "التي" or words[at + 1].norm not in _ORDERING:
        return None
    at += 2
    if words[at - 1].norm == "امر":
        if at >= len(words) or words[at].norm != "بها":
            return None  # «التي أمر بها»
        at += 1
    found = None
    for index in range(at, min(len(words), at + _TITLE_REACH)):
        if index > at and context.boundary_between(words[index - 1], words[index]):
            break
        mention = context.covering_mention(words[index].start)
        if mention is not None and mention.entity_id is not None and \
                mention.label in _DOER_LABELS:
            found = Arg(mention.entity_id, mention.start, mention.end)  # the name after the
            # title: «خادم الحرمين الشريفين الملك سلمان»
    return found


_FOUGHT_NOUN = "قتال"


def fought_genitive(draft: Draft, words: list[Word], start: int) -> bool:
    """«قُتلوا خلال قتال جماعات إسلامية»: the indefinite noun «قتال» in construct with
    fighting men right after it; they are the foe fought, its target."""
    if draft.verb or start >= len(words) or trigger_form(draft.word) != _FOUGHT_NOUN or \
            draft.word.bare() != draft.word.norm.lstrip("وف") or \
            words[start - 1] is not draft.word:
        return False
    return _armed(words[start]) or words[start].bare() in _FOES


_FOES = frozenset({"جماعات", "جماعه", "تنظيم", "المتمردين", "الجماعات", "التنظيم"})
"""Heads of a foe's name after «قتال» that are no armed word by themselves («قتال جماعات
إسلامية», «قتال تنظيم داعش»)."""


def fought_with(words: list[Word], position: int, index: int) -> bool:
    """«واشتبكت قوات الأمن مع مسلحين»: a fighting verb at ``words[position]`` whose subject
    phrase ends right before «مع» at ``words[index]``: the phrase is its doer, as a violent
    verb's subject before its object is."""
    return index < len(words) and words[index].norm == "مع" and \
        words[position].has(FIGHTING_VERBS)
