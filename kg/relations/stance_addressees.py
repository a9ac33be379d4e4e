"""The one an appeal or an accusation is toward, read back from its demand or charge.

The addressee after a comma that closes the subject's name or its appositions («ودعا العقيد
X، المواطنين إلى ...», «دعت X رئيسة اتحاد المصارف، أحد التجمعات المصرفية، الاثنين جميع
العملاء إلى الهدوء»), and the name or short definite phrase right before the demand or the
charge past a relative clause on the subject («اتهمت المؤسسة ... التي يوجد مقرها في طرابلس
الحكومة بعرقلة ...»), and the addressee that opens the quoted words of an appeal
(«ودعت الوزارة «جميع المواطنين إلى الإبلاغ ...»», «وطالب X "المجتمع الدولي بالضغط ..."»).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.relations.stance_bare_demands import bare_demand, group_opening
from kg.relations.stance_object_start import OBJECT_RELATIVES, reports
from kg.relations.stance_phrase_objects import TIME_WORDS, adjective_like, demanded_action
from kg.relations.stance_phrases import COMMAS, definite, prepositional, topic_phrase
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

_APPOSITION_REACH = 30
_OPENING_QUOTES = frozenset("«“\"")


def quoted_appeal(context: Extraction, words: list[Word], first_word: int,
                  trigger: StanceTrigger) -> bool:
    """Whether only an opening quotation mark stands before ``words[first_word]``, the first
    word after an appeal verb's subject: the quoted words open with whom the verb urges
    («ودعت قيادة المقاومة «جميع المقاومين إلى ...»»), as they do with no quote."""
    if trigger.kind != "urges" or trigger.noun or not 0 < first_word < len(words):
        return False
    left, right = words[first_word - 1], words[first_word]
    between = context.doc.text[left.end:right.start].strip()
    return left.sentence_index == right.sentence_index and len(between) == 1 and \
        between in _OPENING_QUOTES


def addressee_after_comma(context: Extraction, words: list[Word], after: int,
                          subjects: list[Arg], skip: set[str]) -> list[Candidate]:
    """«ودعا العقيد X، المواطنين إلى ...», «وطالب X، الوزارة بتشديد ...»: a comma right after
    the subject's name, then the addressee of an appeal, ended by its demand («إلى», or «ب»
    glued to an indefinite noun)."""
    if not subjects or not 0 < after < len(words) or \
            context.gap(words[after - 1], words[after]).strip() not in COMMAS or \
            all(subject.end != words[after - 1].end for subject in subjects):
        return []
    return addressee_past_apposition(context, words, after, skip, ba_demand=True,
                                      past_first=False, bare=True)


def addressee_past_apposition(context: Extraction, words: list[Word], after: int,
                               skip: set[str], ba_demand: bool = False,
                               past_first: bool = True, bare: bool = False) -> list[Candidate]:
    """«دعت X رئيسة اتحاد المصارف، أحد التجمعات المصرفية، الاثنين جميع العملاء إلى الهدوء»,
    «دعا X مقدم برنامج "صباح الخير" المبتعثين إلى العودة»: past the subject's title and
    appositions set off by commas, or a quoted name that closes the title, the addressee of
    an appeal is the phrase between the last comma or closing quote and the demand's «إلى»
    (after a time word): a named agent or a described group that ends right before «إلى».
    With ``ba_demand`` (the subject's name closed by a comma), a demand with «ب» glued to an
    indefinite noun («بافتتاح», «بضرورة») after the apposition's closing comma counts too;
    with ``bare``, a bare accusative demand after a group or a name
    (:mod:`kg.relations.stance_bare_demands`: «وناشد X، جميع قائدي المركبات أخذ الحيطة»)."""
    demand, quotes = None, 0
    closings: list[int] = []
    for index in range(after, min(len(words), after + _APPOSITION_REACH)):
        word = words[index]
        gap = context.gap(words[index - 1], word)
        if bare and not quotes % 2 and closings and closings[-1] < index and \
                not any(mark in gap for mark in ":()؛;،,") and bare_demand(word) and \
                (group_opening(words[closings[-1]]) or
                 context.mention_starting_in(words[closings[-1]]) is not None):
            demand = index  # «وناشد X، جميع قائدي المركبات أخذ الحيطة» («أخذ» is no stance)
            break
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


def _ba_demand(word: Word) -> bool:
    """«بافتتاح», «بضرورة», «بإيقاف»: «ب» glued to an indefinite noun, the demand of an appeal."""
    return any(prefix.lstrip("وف") == "ب" and not rest.startswith("ال") and len(rest) > 2
               for prefix, rest in word.readings()[1:])


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
