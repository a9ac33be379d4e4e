"""Cautions on an event's reading: a trigger sense or an argument that news often reads otherwise.

The raw confidence of an event (``kg.relations.event_confidence``) rests on how its
trigger and arguments were found; a whole event is right only when its class, agent
and target all are. These constructions of Arabic news leave one of them in doubt
though a rule read the event, so each one found lowers the event's raw confidence:

- **A person who withdraws, musters or takes** («انسحبت الكاتبة فلانة وهي في قمة نجاحها»,
  «طالب فلان بإعادة حشد القوات», «هو أبو فلان الذي استعاد مصر إلى حضنها العربي»): a
  withdrawal, a deployment or a military operation is done by a force, a state or a side;
  with a person as its only doer the word is most often used in another sense (leaving
  public life, a race or a deal; mustering support; winning a country back in praise), or
  the person only hopes for it or ordered it.
- **A trigger told again in its own adjunct** («إن خمسة أشخاص قتلوا في هذا الهجوم»,
  «أصيب ثلاثة خلال ذلك الاشتباك»): a demonstrative within a few words after the
  trigger points back to an event the article told before; the deed is a repeat of
  that event or a part of it, which the reader counts once, in its first telling.
- **A side's casualties told but no target read** («سقوط قتلى في صفوف عناصر الميليشيا،
  في كمين للمقاومة»): an attack whose sentence counts casualties «في صفوف» a side was
  done to that side; with no target read, the event lacks the target the reader gives.
- **A toll with no doer beside a named person** («دفع بالشاب فلان إلى إطلاق النار على
  مركزين عسكريين، مما أدى إلى مقتل أربعة»): a killing told as the toll of a deed («أدى إلى
  مقتل», «أسفر عن مقتل») with no doer read, in a sentence that names a person before it
  who is neither its victim nor near a verb of saying (the one reporting it), was most
  often done by that person.
- **A hedge farther back in the clause** («ينبغي أن نكون مستعدين لتطبيق عقوبات», «لمنع
  الجماعات التي وصفها بالتكفيرية من دخول لبنان», «رغب الرئيس فلان في القيام بجولة»): a
  word of intent, wish, effort, duty, ability, prevention, question, condition or habit
  («ينبغي», «لمنع», «رغب», «يسعى», «هل», «إذا», «كثيراً ما») four to eight words before the
  trigger, with no comma between, still governs it; the nearer ones (and more) already
  unmake the event (``kg.relations.event_happened.happened``), these leave it told as what
  may, should or used to be.
- **A toll told again** («* مقتل 4 مدنيين ...» then «وأعلنوا مقتل أربعة مدنيين», «قتل 14
  جندياً في ضربة ...» then «وقتل 14 جندياً» in a quote): a killing whose toll (three or
  more: small tolls recur by chance), the same number of the same noun, was told earlier
  in the article is the toll of an event told before, told again, which the reader counts
  once; so is one whose number was told before as a count of the dead themselves («وأوقع 30
  قتيلاً على الأقل», then «قال أردوغان إن 30 شخصاً قتلوا في سروج»: read 0.80 on unseen news,
  session 40).
- **Victims named back** («وأضافت المصادر أن الجنود قُتلوا عندما سقطت قذائف»): a killing whose
  only victim is a bare definite noun, no toll and no name, points back to victims counted
  before («خمسة أفراد من قوات الأمن قُتلوا»): the killing is told again (a first telling
  counts or names them).
- **A place as the visitor** («وما يميز زيارة موناكو أنك مجبر للنزول في مطار نيس»): the
  genitive of a visit noun that names a city or a country is most often the place visited
  (a tourist's trip), not who visits; every visitor of the dev gold is a person or a body.
- **A deed told in a relative clause in the imperfect** («الجيش السوري الحر، الذي يقاتل
  نظام بشار الأسد»): the clause describes what its antecedent does as a rule, not a deed
  of the news.
- **A doer told in the circumstance of a toll** («قتل أربعة مدنيين وجرح آخرون لدى إلقاء
  مروحيات النظام براميل متفجرة على البلدة»): a killing of counted victims with no doer read,
  whose clause goes on with «لدى», «عند», «أثناء», «إثر» or «جراء» and a verbal noun whose
  subject is a force, a machine of war or a named side (not a noun whose genitive is its
  victim: «جراء استهداف قوات النظام»), was done by that side (the gold
  gives a killing told as the outcome of a deed the deed's doer); with none read, the event
  lacks its agent. Read on unseen news (session 40) at 0.80.
- **A person as a party of an agreement noun** («نجحت إدارة الرئيس أوباما في إبرام اتفاق
  نووي مع إيران», «قام أحد وزراء تسيبراس بالحشد ضد الاتفاق»): states, bodies and companies
  are the parties of a deal (every party of the dev gold's agreements is one); a person
  read around an agreement noun, with no signing verb of which he is the subject, is most
  often the head of a party, an official who signed for it, or someone in the next clause
  (on fresh news, session 35, every such event was wrong).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_doubts import MACHINES
from kg.relations.event_draft import Draft
from kg.relations.event_happened import imperfect
from kg.relations.event_outcomes import TOLL_VERBS
from kg.relations.event_relative_victims import RELATIVES
from kg.relations.event_repeats import DEMONSTRATIVES
from kg.relations.event_retellings import echoed, presence_where, retold_by_unnamed
from kg.relations.index import PLACE_LABELS, Word
from kg.relations.lexicon import EVENT_TRIGGERS, PATIENT_NOUNS

_MOVES = frozenset({"Withdrawal", "Deployment", "MilitaryOperation"})
_BACK_REACH = 4
"""How many words after the trigger the preposition, demonstrative and event noun may end
(«قتلوا في هذا الهجوم»)."""
_ADJUNCTS = frozenset({"في", "خلال", "جراء", "اثر", "بعد", "اثناء", "ابان", "اعقاب"})
"""Prepositions of an event's circumstance: «في هذا الهجوم», «إثر ذلك الانفجار»."""
_ATTACKS = frozenset({"Attack", "MilitaryOperation"})
_RANKS = frozenset({"صفوف"})
_SAYING = frozenset({
    "قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت", "اكد", "واكد",
    "اكدت", "واكدت", "افاد", "وافاد", "افادت", "وافادت", "ذكر", "وذكر", "ذكرت", "وذكرت",
    "اعلن", "واعلن", "اعلنت", "واعلنت", "اوضح", "واوضح", "اوضحت", "واوضحت", "صرح", "وصرح",
    "اشار", "واشار", "اشارت", "واشارت", "اعتبر", "واعتبر", "لفت", "ولفت", "كشف", "وكشف",
    "نقل", "ونقل", "نقلت", "ونقلت", "حسب", "بحسب", "وفق", "وفقا", "لسان", "المتحدث",
    "متحدث", "باسم", "وصف", "ووصف", "ندد", "وندد", "دان", "ودان", "ادان", "وادان",
})
"""Verbs and phrases of saying or reporting: a person near one reports the killing, he did not
do it («قال المتحدث فلان إن ... مقتل»)."""
_TOLL_REACH = 2
"""«أدى إلى مقتل»: the verb of the toll stands this near before the killing noun."""
_SAYING_REACH = 6
"""How many words before a person a verb of saying may stand and still have him for subject
(«قال رئيس الوزراء البريطاني فلان»)."""


def cautions(context: Extraction, words: list[Word], position: int, draft: Draft) -> int:
    """How many of the module's cautions the event at ``words[position]`` raises."""
    return sum((person_moves(context, draft), told_back(words, position),
                ranks_unread(words, draft), doer_beside(context, words, position, draft),
                hedged_before(context, words, position),
                toll_told_again(context, draft), victims_named_back(context, draft),
                place_visitor(context, draft), relative_habit(words, position, draft),
                person_party(context, draft), retold_by_unnamed(context, draft),
                presence_where(words, position, draft), echoed(context, draft),
                doer_in_circumstance(context, words, position, draft)))


def person_party(context: Extraction, draft: Draft) -> bool:
    """An agreement noun with a person among its parties, not read as the one signer of a
    signing verb («نجحت إدارة الرئيس أوباما في إبرام اتفاق مع إيران»)."""
    return draft.label == "Agreement" and not draft.verb and not draft.signer and any(
        a.role in {"agent", "participant"} and context.label(a.entity_id) == "Person"
        for a in draft.arguments)


def person_moves(context: Extraction, draft: Draft) -> bool:
    """A withdrawal, deployment or military operation whose every agent is a person
    («انسحبت فلانة», «استعاد فلان مصر»)."""
    agents = [a for a in draft.arguments if a.role == "agent"]
    return draft.label in _MOVES and bool(agents) and \
        all(context.label(a.entity_id) == "Person" for a in agents)


def told_back(words: list[Word], position: int) -> bool:
    """A circumstance preposition, a demonstrative and an event noun within a few words after
    the trigger («قتلوا في هذا الهجوم»): the deed belongs to an event told before («قتلوا في
    هذه المنطقة» points at a place, not an event)."""
    trigger = words[position]
    following = words[position + 1:position + 1 + _BACK_REACH]
    for index, word in enumerate(following[:-1]):
        if word.sentence_index != trigger.sentence_index:
            return False
        if word.norm in _ADJUNCTS and following[index + 1].bare() in DEMONSTRATIVES and \
                index + 2 < len(following) and _names_event(following[index + 2]):
            return True
    return False


_INCIDENTS = frozenset({"حادث", "حادثه", "عمليه", "مواجهات", "اعتداء", "انفجار"})


def _names_event(word: Word) -> bool:
    """«الهجوم», «الحادث»: a noun that names an event (not «هذا اليوم», «هذه المنطقة»)."""
    return word.has(EVENT_TRIGGERS) or word.has(_INCIDENTS)


def ranks_unread(words: list[Word], draft: Draft) -> bool:
    """An attack with no target in a sentence that counts casualties «في صفوف» a side."""
    return draft.label in _ATTACKS and not any(a.role == "target" for a in draft.arguments) \
        and any(word.has(_RANKS) for word in words)


def doer_beside(context: Extraction, words: list[Word], position: int, draft: Draft) -> bool:
    """A killing told as the toll of a deed («مما أدى إلى مقتل», «أسفر عن مقتل») with no agent
    read, in a sentence naming a person before its trigger who is not among its arguments nor
    near a verb of saying."""
    toll = words[max(position - _TOLL_REACH, 0):position]
    if draft.label != "Killing" or any(a.role == "agent" for a in draft.arguments) or \
            not any(word.has(TOLL_VERBS) for word in toll):
        return False
    trigger = words[position]
    arguments = {a.entity_id for a in draft.arguments}
    for person in context.index.persons_between(words[0].start, trigger.start):
        first = context.word_at(person.start)
        if person.entity_id in arguments or first is None:
            continue
        index = first.index - words[0].index
        before = words[max(index - _SAYING_REACH, 0):index]
        after = words[index + 1:index + 1 + _SAYING_REACH]
        if not any(word.has(_SAYING) for word in (*before, *after)):
            return True
    return False


_HEDGES = frozenset({
    "ينبغي", "يجب", "يمكن", "ضروره", "امكانيه", "امكان", "مستعد", "مستعدون", "مستعدين",
    "منع", "لمنع", "يمنع", "تمنع", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "بصدد",
    "يريد", "تريد", "يريدون", "اراد", "ارادت", "رغب", "رغبت", "يرغب", "ترغب", "يامل", "تامل",
    "يتمني", "تتمني", "هل", "لو", "اذا", "سوف", "دائما", "احيانا", "يسعي", "تسعي", "يسعون",
    "يحاول", "تحاول", "يحاولون",
})
"""Words of duty, ability, prevention, intent, wish, effort, question and condition that govern
a clause («ينبغي أن», «لمنع ... من», «رغب في», «يسعى للحصول على موافقة البرلمان لمد مهمات
قصف», «هل»); determiners such as «أي» only govern the noun after them."""
_HABITS = frozenset({"كثيرا", "غالبا", "عاده"})
"""Adverbs of habit before «ما» («كثيراً ما يشن», «عادة ما»); alone «كثيراً ممن» is «many»."""
_HEDGE_NEAR = 3
"""The hedges this near the trigger already unmake it (``event_happened.happened``)."""
_HEDGE_FAR = 8


def hedged_before(context: Extraction, words: list[Word], position: int) -> bool:
    """A hedge word four to eight words before the trigger, with no punctuation between."""
    trigger = words[position]
    for index in range(position - _HEDGE_NEAR - 1, max(position - _HEDGE_FAR, 0) - 1, -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index or \
                context.index.boundary_between(word, trigger):
            return False
        if word.has(_HEDGES) or (word.has(_HABITS) and words[index + 1].norm == "ما"):
            return True
    return False


_SMALL_TOLL = 3
"""Tolls under this recur by chance in an article («مقتل شخصين» twice)."""


def toll_told_again(context: Extraction, draft: Draft) -> bool:
    """A killing whose counted toll (a number and its noun: «أربعة مدنيين») stands earlier in
    the article with the same value and noun."""
    count = draft.count
    if draft.label != "Killing" or count is None or count.value < _SMALL_TOLL:
        return False
    noun = context.word_at(count.end - 1)
    if noun is None:
        return False
    words = context.index.words
    for index in range(noun.index - 2, -1, -1):
        if number_value(words[index]) == count.value and any(
                _counted(word) == _counted(noun) or word.bare() in _THE_DEAD
                for word in words[index + 1:index + 3]):
            return True
    return False


_THE_DEAD = frozenset({"قتيلا", "قتيل", "قتلي"})
"""Nouns that count the dead themselves: «وأوقع 30 قتيلاً» told before «إن 30 شخصاً قتلوا» is
the same toll under another noun."""


def _counted(word: Word) -> str:
    """The counted noun without its accusative alif («مسلحاً» → «مسلح»)."""
    bare = word.bare()
    return bare[:-1] if bare.endswith("ا") else bare


def victims_named_back(context: Extraction, draft: Draft) -> bool:
    """A killing with no toll whose every target is one unnamed definite word («الجنود»),
    after a killing told earlier in the article."""
    targets = [a for a in draft.arguments if a.role == "target"]
    if draft.label != "Killing" or draft.count is not None or not targets or \
            context.latest_event("Killing") is None:
        return False
    for argument in targets:
        word = context.word_at(argument.start)
        if word is None or word.end < argument.end or argument.entity_id in context.entities \
                or not word.norm.removeprefix("و").startswith("ال") or \
                number_value(word) is not None:
            return False
    return True



def place_visitor(context: Extraction, draft: Draft) -> bool:
    """A visit whose every agent is a place («زيارة موناكو»)."""
    agents = [a for a in draft.arguments if a.role == "agent"]
    return draft.label == "Visit" and bool(agents) and \
        all(context.label(a.entity_id) in PLACE_LABELS for a in agents)


def relative_habit(words: list[Word], position: int, draft: Draft) -> bool:
    """A verb in the imperfect right after a relative pronoun («الذي يقاتل»)."""
    return draft.verb and position > 0 and words[position - 1].norm in RELATIVES and \
        imperfect(words[position])


_CIRCUMSTANCES = frozenset({"لدي", "عند", "اثناء", "اثر", "جراء", "اعقاب"})
"""Prepositions of the deed a toll came of («لدى إلقاء», «جراء قصف», «إثر استهداف»)."""
_FORCES = frozenset({
    "قوات", "القوات", "ميليشيات", "الميليشيات", "ميليشيا", "مليشيات", "مسلحي", "مسلحين",
    "مسلحون", "مقاتلي", "عناصر", "الجيش", "جيش", "الطيران", "طيران",
})
_CIRCUMSTANCE_REACH = 10
"""How many words after the trigger the preposition may stand («قتل أربعة مدنيين بينهم امرأة
قتلوا وجرح آخرون لدى إلقاء»)."""


def doer_in_circumstance(context: Extraction, words: list[Word], position: int,
                         draft: Draft) -> bool:
    """A killing of counted victims with no agent read whose clause goes on with «لدى/جراء
    ...» and a verbal noun whose subject is a force, a machine or a named side («لدى إلقاء
    مروحيات النظام براميل»)."""
    if draft.label != "Killing" or draft.count is None or \
            any(a.role == "agent" for a in draft.arguments):
        return False
    trigger = words[position]
    end = min(position + 1 + _CIRCUMSTANCE_REACH, len(words) - 2)
    for index in range(position + 1, end):
        word = words[index]
        if word.sentence_index != trigger.sentence_index:
            return False
        if word.bare() not in _CIRCUMSTANCES and word.norm not in _CIRCUMSTANCES:
            continue
        deed, subject = words[index + 1], words[index + 2]
        if context.boundary_between(word, subject) or deed.has(PATIENT_NOUNS):
            return False  # «جراء استهداف قوات النظام»: the forces may be the ones hit
        mention = context.mention_starting_in(subject)
        return subject.has(MACHINES) or subject.has(_FORCES) or (
            mention is not None and mention.label not in PLACE_LABELS and
            mention.label != "Person")
    return False
