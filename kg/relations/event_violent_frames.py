"""Violent words that name an event only in a violent frame, and the frame each needs.

- Hostage-taking (``lexicon.HOSTAGE_TAKING_FORMS``), an Attack only with the hostages told
  within six words after it, in its clause (``hostages_told``): «احتجز مسلحون عشرين رهينة
  في مدرسة», «واحتجزت الجبهة 68 رهينة», «عملية احتجاز رهائن»; not «احتجزت الشرطة
  المتهم», «احتجاز الصحفي في مطار القاهرة» (a detention).
- A toll (``lexicon.TOLL_FORMS``), a Killing only with «بحياة» within five words after it
  and a violent cause (a violent event, a bomb or gunfire) for its subject, between them or
  in the two words right before the verb, or behind «مما» within the eight words before it;
  no disaster or accident there (``violent_toll``). Behind «مما» it is the toll of the event
  before it, as «مما أدى إلى مقتل» is; behind a relative pronoun it tells its antecedent's
  toll («دوامة القتل ... التي أودت بحياة 800 شخص», mostly a long tally), and is left out.
  «أودى انفجار سيارة مفخخة بحياة عشرة أشخاص», «هجوم انتحاري أودى بحياة عشرين»; not
  «فيضانات مدمرة أودت بحياة 626 شخصاً», «حادث سير أودى بحياة طالبين».
- Destruction (``lexicon.DESTROYING_FORMS``), an Attack only on war hardware or a fighters'
  position named within three words after the noun (five after a verb, its subject between),
  no preposition but the «من» of «عدد من» between (``hardware_destroyed``):
  «دمرت المقاومة دبابة ميركافا», «أعلن الجيش تدمير ثلاث آليات للمتمردين», «تدمير مخازن
  أسلحة»; not «تدمير الاقتصاد», «الإعصار الذي دمر المدينة», «تدمير السياحة».
- Blowing up (``lexicon.BLOWING_UP_FORMS``), an Attack only as a verb (not the noun after
  another violent noun, «عمليات تفجير ونسف الأضرحة»), on a building, a bridge or war
  hardware within five words after it, in its clause: «ونسف مسلحو التنظيم منازل المواطنين»;
  not «نسف الاتفاق», «نسفت تصريحاته آمال المفاوضين».
- A shell's fall (``lexicon.SHELL_FALL_FORMS``), an Attack only with a shell, a rocket or a
  projectile within two words after it: «سقطت قذيفة هاون على حي سكني», «وسقطت مقذوفات على
  جازان»; not «سقط 12 قتيلاً», «سقط النظام».
- Storming (``lexicon.STORMING_NOUNS``): the noun «اقتحام» is an Attack only with an armed
  body within three words after it (its doer in construct) or within four words before it in
  its clause (the subject of a light verb) (``armed_storming``): «اقتحام الجنود
  الإسرائيليين للمبنى», «قامت قوات الأمن باقتحام المقر»; not «اقتحام سوق العمل», «نجح
  الأعداء في اقتحام المدينة» (no armed body named).
"""

from __future__ import annotations

from kg.relations.event_new_triggers import verb_use
from kg.relations.index import Word
from kg.relations.lexicon import (
    ARMED_BODIES,
    BLOWING_UP_FORMS,
    DESTROYING_FORMS,
    DISASTER_WORDS,
    HOSTAGE_TAKING_FORMS,
    RELATIVE_PRONOUNS,
    SHELL_FALL_FORMS,
    STORMING_NOUNS,
    TOLL_FORMS,
    find_event,
)

FRAMED_VERBS = frozenset({"احتجز", "احتجزت", "احتجزوا", *TOLL_FORMS, "دمر", "دمرت", "دمروا",
                          *BLOWING_UP_FORMS, *SHELL_FALL_FORMS})
"""The forms of this module that are verbs (``event_triggers.EVENT_VERBS``)."""
_HOSTAGES = frozenset({"رهينه", "رهائن", "رهينتين", "كرهائن", "كرهينه", "الرهائن", "الرهينه"})
_HOSTAGE_REACH = 6
_CLAUSE_ENDS = frozenset({"في", "من", "علي", "الي", "بعد", "قبل", "و", "الذي", "التي", "حيث"})
"""Words that end the phrase after a verb before its hostages («احتجزت الشرطة المتهم في»)."""
_LIVES = ("بحياه", "بحيات")
"""«بحياة», «بحياتهم»."""
_LIVES_REACH = 5
_CAUSE_REACH = 8
_SUBJECT_BEFORE = 2
_CONSEQUENCE = frozenset({"مما", "ما"})
_VIOLENT = frozenset({"Killing", "Attack", "MilitaryOperation"})
_WEAPONS = frozenset({
    "عبوه", "عبوات", "ناسفه", "مفخخه", "قنبله", "قنابل", "صاروخ", "صواريخ", "قذيفه", "قذائف",
    "رصاص", "رصاصه", "انتحاري", "انتحاريه", "لغم", "الغام", "هاون",
})
"""A bomb, a shell or gunfire: a violent cause without an event noun («انفجرت عبوة ناسفة»)."""
_HARDWARE = frozenset({
    "دبابه", "دبابات", "دبابتين", "اليه", "اليات", "اليتين", "مدرعه", "مدرعات", "عربه",
    "عربات", "مدفع", "مدافع", "منصه", "منصات", "مخزن", "مخازن", "مستودع", "مستودعات",
    "مروحيه", "مروحيات", "زورق", "زوارق", "بارجه", "تحصينات", "مواقع", "موقع", "ثكنه",
    "ثكنات", "مخابئ", "مخبا", "اوكار", "معسكر", "معسكرات", "انفاق", "نفق", "راجمه", "راجمات",
    "مضادات", "مقرات",
})
"""War hardware and fighters' positions («تدمير دبابة», «دمرت مواقع للمسلحين»)."""
_BLOWN_UP = _HARDWARE | frozenset({
    "منزل", "منازل", "بيت", "بيوت", "مبني", "مباني", "مسجد", "مساجد", "كنيسه", "كنائس",
    "جسر", "جسرا", "جسور", "مدرسه", "مدارس", "مستشفي", "مقر", "ضريح", "اضرحه", "مرقد",
    "منزلا", "مبنيين",
})
"""What is blown up: a building, a shrine, a bridge, or war hardware («نسفوا منازل»)."""
_SHELLS = frozenset({"قذيفه", "قذائف", "قذيفتين", "صاروخ", "صواريخ", "صاروخين", "مقذوف",
                     "مقذوفات", "قنبله", "قنابل"})
"""What falls in a shelling («سقطت قذيفة», «سقوط مقذوفات»)."""
_NOUN_REACH = 3
_SHELL_REACH = 2
_VERB_REACH = 5
_ARMED_STEMS = ("مسلح", "مقاتل", "جنود", "جندي", "ميليشي", "مليشي", "قوات", "جيش", "الجيش",
                "ثوار", "متمرد", "كتائب", "شرطه", "الشرطه", "الامن", "امن")
_STORM_AFTER = 3
_STORM_BEFORE = 4


def framed_word_ok(words: list[Word], position: int, form: str) -> bool:
    """Whether a trigger of this module stands in the frame it needs (see the module
    docstring); any other trigger passes."""
    if form in HOSTAGE_TAKING_FORMS:
        return hostages_told(words, position)
    if form in TOLL_FORMS:
        return violent_toll(words, position)
    if form in DESTROYING_FORMS:
        return hardware_destroyed(words, position)
    if form in STORMING_NOUNS:
        return armed_storming(words, position)
    if form in BLOWING_UP_FORMS:
        return verb_use(words, position, BLOWING_UP_FORMS) and \
            _within(words, position, _BLOWN_UP, _VERB_REACH)
    if form in SHELL_FALL_FORMS:
        return _within(words, position, _SHELLS, _SHELL_REACH)
    return True


def _same_sentence(words: list[Word], position: int, index: int) -> bool:
    return 0 <= index < len(words) and \
        words[index].sentence_index == words[position].sentence_index


def _within(words: list[Word], position: int, table: frozenset[str], reach: int) -> bool:
    """A word of ``table`` within ``reach`` words after the trigger, in its clause."""
    for index in range(position + 1, position + 1 + reach):
        if not _same_sentence(words, position, index):
            return False
        if words[index].has(table):
            return True
        if words[index].norm in _CLAUSE_ENDS:
            return False
    return False


def hostages_told(words: list[Word], position: int) -> bool:
    """«احتجز مسلحون عشرين رهينة»: a hostage noun within six words after the trigger, no
    word that ends its phrase between them."""
    for index in range(position + 1, position + 1 + _HOSTAGE_REACH):
        if not _same_sentence(words, position, index):
            return False
        word = words[index]
        if word.has(_HOSTAGES) or word.norm in _HOSTAGES:
            return True
        if word.norm in _CLAUSE_ENDS:
            return False
    return False


def violent_toll(words: list[Word], position: int) -> bool:
    """«أودى انفجار سيارة مفخخة بحياة», «هجوم انتحاري أودى بحياة», «مما أودى بحياة»: «بحياة»
    within five words after, the violent cause its subject (between them, or the two words
    right before the verb) or, behind «مما», an event within eight words before; no disaster
    or accident there, no relative pronoun right before (the antecedent's toll)."""
    lives = next((index for index in range(position + 1, position + 1 + _LIVES_REACH)
                  if _same_sentence(words, position, index) and
                  words[index].norm.startswith(_LIVES)), None)
    if lives is None or (position > 0 and words[position - 1].norm in RELATIVE_PRONOUNS):
        return False
    consequence = position > 0 and words[position - 1].norm in _CONSEQUENCE
    reach = _CAUSE_REACH if consequence else _SUBJECT_BEFORE
    window = [index for index in range(max(0, position - reach), lives)
              if index != position and _same_sentence(words, position, index)]
    if any(words[index].has(DISASTER_WORDS) for index in window):
        return False
    return any(_violent(words[index]) for index in window)


def _violent(word: Word) -> bool:
    """A weapon or a violent event (not a toll verb itself)."""
    hit = find_event(word.norm)
    return word.has(_WEAPONS) or (hit is not None and hit.value in _VIOLENT and
                                  not word.has(TOLL_FORMS))


def hardware_destroyed(words: list[Word], position: int) -> bool:
    """«دمرت المقاومة دبابة», «تدمير ثلاث آليات», «تدمير عدد من المواقع»: war hardware or a
    position within three words after the noun (five after a verb, its subject between),
    only a number, a word of quantity or the subject between."""
    verb = words[position].bare() != "تدمير"
    for index in range(position + 1, position + 1 + (_VERB_REACH if verb else _NOUN_REACH)):
        if not _same_sentence(words, position, index):
            return False
        word = words[index]
        if word.has(_HARDWARE):
            return True
        if word.norm in _CLAUSE_ENDS - {"من"} or word.has(DISASTER_WORDS):
            return False
    return False


def _armed(word: Word) -> bool:
    return word.has(ARMED_BODIES) or any(rest.startswith(_ARMED_STEMS)
                                         for _, rest in word.readings())


def armed_storming(words: list[Word], position: int) -> bool:
    """«اقتحام الجنود للمبنى», «قامت قوات الأمن باقتحام المقر»: an armed body within three
    words after the noun or four words before it, in its sentence."""
    after = range(position + 1, position + 1 + _STORM_AFTER)
    before = range(position - 1, position - 1 - _STORM_BEFORE, -1)
    return any(_same_sentence(words, position, index) and _armed(words[index])
               for index in (*after, *before))
