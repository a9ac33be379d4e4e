"""The two parties of a coordination named after «بين»: «التنسيق بين X و Y».

«وجاء ذلك في إطار التنسيق بين وزارة الداخلية ووزارة الصحة»: the noun's two parties
coordinate with each other, whoever the sentence's subject is («أكد الجبير أهمية التنسيق
بين السعودية ومصر» is no coordination of the minister's). A coordination that is only
wanted, discussed or to be built («أهمية», «ضرورة», «سبل», «بحث», «تعزيز»), or denied
(«نفى وجود أي تنسيق بين»), is not asserted: it gives no stance at all, neither between the
pair nor of the subject; nor does a coordination with a partner after «مع» that is only
wanted the same way («شدد X على أهمية التنسيق مع دول التحالف», «دعا إلى التعاون مع Y»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_pair_forms import between_at, person_past_role
from kg.relations.stance_partnerships import body_past_kind, quoted_body_past_kind
from kg.text.normalize import normalize_key

_BETWEEN = frozenset({"بين"})
_UNASSERTED = frozenset({
    "اهميه", "ضروره", "سبل", "افاق", "امكانيه", "تعزيز", "تطوير", "توسيع", "زياده", "مجالات",
    "اوجه", "بحث", "لبحث", "مناقشه", "ناقش", "ناقشا", "بحثا", "دعا", "دعت", "الي", "يجب",
    "ينبغي", "تفعيل", "لتعزيز", "لتطوير",
    # denied or absent: «نفى وجود أي تنسيق بين X و Y», «لا يوجد تنسيق بين»
    "نفي", "نفت", "ينفي", "تنفي", "نفوا", "وجود", "يوجد", "عدم", "اي", "لا", "لم", "ليس",
    "دون", "بدون", "غياب", "انعدام",
})
"""Words before the noun that make the coordination a wish, a topic or a goal («في إطار
التنسيق بين X و Y» frames an action done, and is asserted)."""

Pair = tuple[Arg, Arg] | None


def between_pair(context: Extraction, words: list[Word], position: int) -> tuple[bool, Pair]:
    """Whether the coordination noun at ``position`` opens «بين X و Y» (one adjective may
    stand between: «التعاون الأمني بين»), and the two named parties when it is asserted
    (``(True, None)``: a pair that is wanted or discussed, no stance)."""
    at = between_at(context, words, _past_adjectives(context, words, position))  # «فيما بين»
    if at is None or at + 1 >= len(words) or any(
            context.boundary_between(words[i], words[i + 1]) for i in range(position, at + 1)):
        return False, None
    first = _party(context, words, at + 1)
    if first is None:
        return False, None
    arg, named_end = first
    after = _past_nisba(context, words, arg, named_end)  # «بين مجموعة «داسو» الفرنسية ومصر»
    if after >= len(words):
        return False, None
    gap = context.gap(words[after - 1], words[after]).strip()
    if gap and not (after == named_end and _closes_name(context, arg, gap)):
        return False, None
    if words[after].norm == "مع":  # «تنسيق بين وزارة الداخلية مع وزارة الشؤون الإسلامية»
        after += 1
        if after >= len(words) or context.boundary_between(words[after - 1], words[after]):
            return False, None
    elif not words[after].norm.startswith("و"):
        return False, None
    second = _party(context, words, after)
    if second is None or second[0].node_id == arg.node_id:
        return False, None
    if wanted(context, words, position, existence=False, pointed=True) or \
            _denied_any(context, words, position):
        return True, None
    return True, (arg, second[0])


def noun_before_between(context: Extraction, words: list[Word], position: int) -> bool:
    """«اتفاقية تعاون بين X و Y», «وهناك تعاون بين X و Y»: «تعاون» spelled as the verb, but
    «بين» after it (past its adjectives: «تعاون مشترك بين») makes it the verbal noun; the verb
    takes its partner with «مع», never «بين». Its holder is the pair after «بين» or no one:
    not the subject of the clause it stands in («شهد X توقيع اتفاقية تعاون بين Y و Z» is
    Y's and Z's cooperation, not X's)."""
    if words[position].norm.lstrip("وف") != "تعاون":
        return False
    at = between_at(context, words, _past_adjectives(context, words, position))
    return at is not None and not any(
        context.boundary_between(words[i], words[i + 1]) for i in range(position, at))


_ADJECTIVES = 2
"""How many adjectives may stand between the noun and «بين» («تنسيق يومي وشامل بين»)."""


_ARTICLE = frozenset({"ال", "بال", "لل", "كال"})


def _definite(word: Word) -> bool:
    """«الأمني», «والشامل», «بالتنسيق»: the article before the word's stem."""
    return any(prefix.lstrip("وف") in _ARTICLE for prefix, _ in word.readings())


def _past_adjectives(context: Extraction, words: list[Word], position: int) -> int:
    """The index of the word after the adjectives that follow the noun at ``position``
    («التعاون الأمني», «تنسيقا كاملا», «تنسيق يومي وشامل»): words that agree with the noun
    in definiteness (a definite genitive after an indefinite noun, «تنسيق الجهود», is no
    adjective), a second one joined by «و», none of them a name, a preposition or «بين»."""
    definite = _definite(words[position])
    index = position + 1
    while index < min(len(words), position + 1 + _ADJECTIVES):
        word = words[index]
        if word.norm in _BETWEEN or _definite(word) != definite or \
                word.norm.removeprefix("و") in _PARTICLES or \
                context.covering_mention(word.start) is not None or \
                (word.norm.startswith("و") and index == position + 1) or \
                context.boundary_between(words[index - 1], word):
            break
        index += 1
    return index


_PARTICLES = frozenset({"في", "علي", "الي", "من", "عن", "مع", "ل", "منذ", "عبر", "خلال", "ضد",
                        "بشان", "حول", "لا", "لم", "لن", "قد", "ان", "انه", "ما", "هو", "هي",
                        "كان", "كانت", "ليس", "غير", "تم", "بعد", "قبل"})
"""Words that end the adjectives after the noun (prepositions, particles, copulas)."""


def _denied_any(context: Extraction, words: list[Word], position: int) -> bool:
    """«لم يكن هناك أي تنسيق بين X و Y»: «أي» right before the noun, with a negation a few
    words before it in the clause (:func:`wanted` passes over «أي» as a word of existence)."""
    if position < 1 or words[position - 1].norm != "اي":
        return False
    for index in range(position - 2, max(-1, position - 6), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm.removeprefix("و") in _NEGATIONS:
            return True
    return False


_NEGATIONS = frozenset({"لا", "لم", "لن", "ليس", "ما", "نفي", "نفت", "ينفي", "تنفي", "عدم",
                        "دون", "بدون", "غياب", "انعدام"})


def _party(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """The named agent that starts at ``words[index]`` (a clitic «و» before it allowed) and
    the index of the word after it."""
    mention = context.mention_starting_in(words[index]) or \
        body_past_kind(context, words, index) or quoted_body_past_kind(context, words, index) or \
        person_past_role(context, words, index)  # «بين المخرج X والممثل Y»
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    last = context.mention_words(mention)[1] - words[0].index
    return Arg(mention.entity_id, mention.start, mention.end), last + 1


def _past_nisba(context: Extraction, words: list[Word], party: Arg, after: int) -> int:
    """The index past the country's adjective that follows the first party («بين شركة X
    الأمريكية و Y», «بين مجموعة «داسو» الفرنسية ومصر», the party's quotation mark closed
    before it); ``after`` when none follows."""
    if after + 1 >= len(words):
        return after
    gap = context.gap(words[after - 1], words[after]).strip()
    if gap and not _closes_name(context, party, gap):
        return after
    nisba = context.covering_mention(words[after].start)
    if nisba is None or not context.is_nisba(nisba) or nisba.end > words[after].end or \
            nisba.entity_id == party.node_id:
        return after
    return after + 1


def _closes_name(context: Extraction, party: Arg, gap: str) -> bool:
    """Whether ``gap`` is only the quotation mark that closes the party's name («مجموعة
    «داسو»»)."""
    return len(gap) == 1 and gap in "»\"”" and context.doc.text[party.end:party.end + 1] == gap


def wanted(context: Extraction, words: list[Word], position: int, existence: bool = True,
           pointed: bool = False) -> bool:
    """A word of wish, discussion, goal or denial shortly before the noun (three words
    back, in its clause); with ``existence`` false, a bare word of existence («يوجد تنسيق
    يومي بيننا», «وجود تنسيق مع») is no denial: only a negation before it is; with
    ``pointed``, «إلى» after a verb of pointing out («أشار إلى التعاون القائم بين X و Y»)
    is no goal: what is pointed out is there."""
    for index in range(position - 1, max(-1, position - 4), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if not existence and (word.norm in _EXISTENCE or word.bare() in _EXISTENCE):
            continue
        if pointed and word.norm == "الي" and _pointing_before(context, words, index):
            return False
        if word.norm.removeprefix("و") in _COPULA_NEGATIONS and \
                presupposed(context, words, position):
            continue  # «وليس التنسيق بين X و Y أمرا مستجدا»: it is there, and not new
        if word.norm in _UNASSERTED or word.bare() in _UNASSERTED:
            return True
    return False


_COPULA_NEGATIONS = frozenset({"ليس", "ليست"})
_NOT_NEW = frozenset({"الاول", "الاولي", "مستجدا", "جديدا", "بجديد", "بالجديد"})
"""What «ليس» denies of a coordination that is there: that it is the first or new («ليس
التعاون الأول بين X و Y», «وليس التنسيق بين X و Y أمرا مستجدا»)."""
_NOT_NEW_REACH = 10


def presupposed(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the clause of the noun at ``position`` says the coordination is not the first
    or not new, a denial that takes it as given: a word of :data:`_NOT_NEW` after the noun,
    in its clause."""
    for index in range(position + 1, min(len(words), position + 1 + _NOT_NEW_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm in _NOT_NEW:
            return True
    return False


_EXISTENCE = frozenset({"وجود", "يوجد", "اي"})
_POINTING_REACH = 4
"""Words before «إلى» within which its verb of pointing out stands (past its subject)."""


def _pointing_before(context: Extraction, words: list[Word], index: int) -> bool:
    """«أشار إلى», «وأشار الوزير X إلى»: a verb of pointing out before «إلى» at ``index``,
    in its clause."""
    for before in range(index - 1, max(-1, index - 1 - _POINTING_REACH), -1):
        if context.boundary_between(words[before], words[before + 1]):
            return False
        if words[before].norm.removeprefix("و") in _POINTING:
            return True
    return False
_POINTING = frozenset({"اشار", "اشارت", "يشير", "تشير", "مشيرا", "مشيره", "لفت", "لفتت",
                       "يلفت", "تلفت", "لافتا", "لافته"})
"""Verbs of pointing out («أشار إلى», «لفت إلى»), whose «إلى» names a thing that is."""


_AGREEING = frozenset({"اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا", "يتفق", "تتفق", "يتفقان",
                       "تتفقان"})
_ON = frozenset({"علي"})
_NEGATORS = frozenset({"لم", "لن", "لا", "ما"})
_AGREED_REACH = 14


def agreed_pair(context: Extraction, words: list[Word], position: int) -> Pair:
    """«اتفقت السعودية ومصر على تنسيق المواقف», «اتفق الجبير مع شكري على التعاون في ...»: the
    two named parties of an agreement on coordination coordinate with each other (a decision
    taken, not a wish). Only right after «على», with the agreeing verb opening the clause
    and exactly two named parties between, joined by «و» or «مع»."""
    if position < 3 or words[position - 1].norm not in _ON or \
            context.boundary_between(words[position - 1], words[position]):
        return None
    verb = None
    for index in range(position - 2, max(-1, position - _AGREED_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].norm.lstrip("وف") in _AGREEING:
            verb = index
            break
    if verb is None or (verb > 0 and words[verb - 1].norm.lstrip("و") in _NEGATORS):
        return None  # «لم تتفق X و Y على ...»: no agreement
    parties: list[Arg] = []
    for mention in context.mentions_between(words[verb].end, words[position - 1].start):
        if not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention):
            continue
        if all(p.node_id != mention.entity_id for p in parties):
            parties.append(Arg(mention.entity_id, mention.start, mention.end))
    if len(parties) != 2:
        return None
    joint = normalize_key(context.doc.text[parties[0].end:parties[1].start]).split()
    if not joint or not (joint[0] == "مع" or joint[0].startswith("و")):
        return None  # «و», «مع», «ونظيره المصري»: joined; anything else is no pair
    return parties[0], parties[1]
