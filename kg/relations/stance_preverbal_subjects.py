"""Who holds the stance of a verb when named before it: the preverbal subject.

A name fronted after «أن»/«إن» («إن كينيا تعارض X», «بأن الصومال لم ينتقد X», «أن قوات
الأسد ترفض»), a name that opens the clause right before an imperfect («المالكي يهاجم X»,
«، مصر ترفض ...»), or a named agent that ends a word or two before the verb in its clause,
that no preposition governs («من شركة سابك», «برئاسة X») and no relative pronoun separates
(«جماعات الضغط الموالية لـ X في Y تعارض» has none). The name after such a verb is its
object. The preverbal subject serves the light verbs of ``stance_subjects`` too.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.actors import actor_phrase
from kg.relations.arguments import known_person, preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, PREPOSITIONS, STANCE
from kg.relations.realm_actors import kingdom
from kg.relations.role_words import is_title_head
from kg.relations.stance_construct_names import in_construct
from kg.relations.stance_own_part import before_own_part
from kg.relations.stance_particle_verbs import before_nisba
from kg.relations.stance_phrases import NAME_HEADS, RELATIVES, conjunction
from kg.relations.stance_verb_holders import INNA_SISTERS


def preverbal_subject(context: Extraction, words: list[Word], position: int,
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
                words[position].norm.startswith("و") and \
                (conjunction(words[position]) or words[position].norm[1:] in STANCE):
            return None  # «بمبادرة من شركة سابك ودعم ...», «انتقد X إيران وحث ...»: joined
        if mention is not None and mention.entity_id and (
                _governed(context, mention) or in_construct(context, mention)):
            return None  # «من شركة سابك», «رئيس وزراء مصر يدين»
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
        if word.norm not in BEFORE_VERB and word.norm not in {"قد", "وقد", "فقد"}:
            skipped += 1
        index -= 1
    return None


_GOVERNED_HEADS = NAME_HEADS | frozenset({"شركه", "مجموعه", "منظمه", "هيئه", "مدينه", "بلديه",
                                          "مؤسسه", "صحيفه", "وكاله", "مركز", "جامعه"}) | \
    frozenset({"انحاء", "ارجاء", "ربوع", "مناطق", "مدن", "محافظات"})
"""Heads through which a preposition governs the name after them: a name's own head
(«من شركة سابك»), or the parts of a place («في أنحاء المملكة بشراكة مع ...», «في مدن
الأردن»: where the deed is done, not who does it)."""

_LED_BY = frozenset({"برئاسه", "بقياده", "برعايه", "بحضور", "بمشاركه", "وبحضور", "وبمشاركه",
                     "وبرعايه", "بزعامه"})
"""«أعلن مجلس إدارة النادي برئاسة X رفضه»: the name after these describes the body before
it; it holds no stance of its own."""


_LOCATIVES = frozenset({"داخل", "خارج", "ضمن", "امام", "وراء", "خلف", "فوق", "تحت", "لدي",
                        "وسط", "بين"})
"""Nouns used as prepositions of place («داخل», «ضمن»): the name after them is governed."""


def _governed(context: Extraction, mention: Mention) -> bool:
    """«من شركة سابك», «في دولة قطر», «استطلاع لمؤسسة X»: a preposition governs the name
    through its head noun, standing apart or glued to it; «برئاسة X» governs it too."""
    first, _ = context.mention_words(mention)
    if first < 1:
        return False
    head = context.words[first - 1]
    if head.norm in _LED_BY or head.norm in _LOCATIVES:
        return True  # «برئاسة X», «كتل داخل التحالف الوطني»
    if not head.has(_GOVERNED_HEADS):
        return False
    if head.norm not in _GOVERNED_HEADS and any(
            prefix.lstrip("وف")[:1] in {"ب", "ل"} and rest in _GOVERNED_HEADS
            for prefix, rest in head.readings()[1:]):
        return True  # «لمؤسسة», «بشركة»
    before = context.words[first - 2] if first >= 2 else None
    return before is not None and before.norm in PREPOSITIONS and \
        not context.boundary_between(before, head)


BEFORE_VERB = frozenset({"لا", "قد", "لن", "لم"})
"""Particles that may stand between a fronted subject and its verb («إن كينيا لم تنتقد»)."""


def fronted_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """After «أن»/«إن» the subject comes before the verb: «إن كينيا تعارض X», «بأن
    الصومال لم ينتقد X»; the name after the verb is then its object, not its subject."""
    index = position - 1
    while index >= 0 and words[index].norm in BEFORE_VERB:
        index -= 1
    index = before_nisba(context, words, index)  # «غير أن البيت الأبيض الأمريكي رفض»
    if index < 1:
        return None
    mention = context.covering_mention(words[index].start)
    if mention is None or mention.label not in AGENT_LABELS or not mention.entity_id:
        return _fronted_phrase(context, words, index + 1)
    first = index
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if first == 0 or (words[first - 1].norm not in COMPLEMENTIZERS and
                      words[first - 1].norm not in _THEN_INNA_OR_INNA_SISTERS):
        return None
    if context.boundary_between(words[first - 1], words[position]) and \
            not _quoted_predicate(context, words, first - 1, index, position) and \
            not _quoted_name(context, words, first - 1, index, position):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


_THEN_INNA = frozenset({"فان"})
"""«ففيما تنسبه نظرية إلى الكاميرون، فإن وزارة السياحة تؤيد النظرية التقليدية»: «فإن» opens
a main clause whose fronted name is the subject, as after «إن» (a condition before it is
read by :mod:`kg.relations.stance_scope`)."""
_THEN_INNA_OR_INNA_SISTERS = _THEN_INNA | INNA_SISTERS

_OPENING_MARKS = frozenset({"«", "\"", "“"})
_CLOSING_MARKS = frozenset({"»", "\"", "”"})


def _quoted_name(context: Extraction, words: list[Word], complementizer: int, last: int,
                 position: int) -> bool:
    """«إن «جبهة النصرة» أعلنت عن رفضها», «أن "حماس" ترفض»: the marks enclose the fronted
    name alone, right after «أن» and right before the verb (or its particle); no other
    punctuation stands between «أن» and the verb."""
    first = complementizer + 1
    if context.gap(words[complementizer], words[first]).strip() not in _OPENING_MARKS or \
            context.gap(words[last], words[last + 1]).strip() not in _CLOSING_MARKS:
        return False
    return not any(context.boundary_between(words[index], words[index + 1])
                   for index in range(first, last)) and \
        not any(context.boundary_between(words[index], words[index + 1])
                for index in range(last + 1, position))


def _quoted_predicate(context: Extraction, words: list[Word], complementizer: int, last: int,
                      position: int) -> bool:
    """«إن الولايات المتحدة "تدين بشدة الاعتداء"»: the reporter quotes only the verb
    phrase; the name between «إن» and the opening mark right before the verb is its subject."""
    return last == position - 1 and \
        not context.boundary_between(words[complementizer], words[last]) and \
        context.gap(words[last], words[position]).strip() in _OPENING_MARKS


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


def topic_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«المالكي يهاجم حسن عسيري», «، مصر ترفض ...»: a name that opens the clause right
    before an imperfect verb is its subject, and the name after the verb its object; so is
    a name right after «كان» before a verb of either tense («وكان بلاتيني دعا بلاتر إلى
    الاستقالة»: the pluperfect)."""
    if position == 0 or words[position].norm.startswith("و"):
        return None
    surname = was_surname(context, words, position)
    if surname is not None:  # «وكان الصرخي رفض فتوى Y»
        return surname
    last = before_own_part(words, position - 1)  # «والجمعية بدورها تشكر ...»
    if last < 0:
        return None
    mention = context.covering_mention(words[last].end - 1)
    if mention is None or mention.label not in AGENT_LABELS or not mention.entity_id or \
            context.is_nisba(mention) or preposition(context, mention):
        return None
    first = last
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if first > 0 and words[first - 1].norm in _WAS and \
            not context.boundary_between(words[first - 1], words[first]):
        return Arg(mention.entity_id, mention.start, mention.end)
    if words[position].bare()[:1] not in {"ي", "ت"}:
        return None
    if first > 0 and not context.boundary_between(words[first - 1], words[first]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
"""«كان» before the subject of a verb in the pluperfect («وكان X دعا Y»)."""


def after_was_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """«وكان المرجع X رفض فتوى Y», «وكان الحزب دعم المرشح»: a form that may be a verb or
    its verbal noun right after a name that opens the clause after «كان» is the verb of the
    pluperfect, not a noun in construct with what follows («أكد الجبير دعم المملكة» has no
    «كان»: there it is the noun)."""
    if position < 2:
        return False
    if was_surname(context, words, position) is not None:
        return True
    mention = context.covering_mention(words[position - 1].end - 1)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return False
    first = position - 1
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if mention.label == "Person":  # «وكان وزير الخارجية X رفض Y»; not «رئيس حزب X»
        first = _past_title(context, words, first)
    return first > 0 and words[first - 1].norm in _WAS and \
        not context.boundary_between(words[first - 1], words[position])


_TITLE_REACH = 4
"""Words of a title before the name after «كان» («وزير الخارجية الأمريكي»)."""


def _past_title(context: Extraction, words: list[Word], first: int) -> int:
    """The index where the title before the name at ``first`` opens, when «كان» stands
    right before it and the title's first word is a title head; else ``first``."""
    for start in range(first - 1, max(0, first - 1 - _TITLE_REACH), -1):
        word = words[start]
        if context.covering_mention(word.start) is not None or \
                context.boundary_between(word, words[start + 1]):
            return first
        if start > 0 and words[start - 1].norm in _WAS:
            return start if is_title_head(word) else first
    return first


def was_surname(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«قال المرجع محمود الصرخي ... . وكان الصرخي رفض فتوى Y»: the surname of the one
    person named in full before, alone between «كان» and the verb, is the verb's subject
    though the NER tagged no mention there."""
    if position < 2 or words[position - 2].norm not in _WAS or \
            context.boundary_between(words[position - 2], words[position]):
        return None
    word = words[position - 1]
    if context.covering_mention(word.start) is not None:
        return None
    person = known_person(context, word)
    return Arg(person, word.start, word.end) if person is not None else None
