"""A violent noun told by what follows it: its course or its toll.

«اشتباكات مسلحة متقطعة تجري في ضاحية عدن», «المعارك في هذا الحي أسفرت عن سقوط 28 قتيلاً»,
«الاشتباكات الدائرة في منطقة الليثي»: a noun with no agent of its own is still reported
when the clause goes on to say that it is under way or what it caused. A definite noun
(«المعارك») may refer to fighting told already: only a toll or a running participle
reports it then, a verb of occurrence does not («المعارك التي جرت» is the reader's
knowledge). ``event_repeats`` folds a repeat into its first mention.
"""

from __future__ import annotations

from kg.relations.casualties import Count, count_near
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    DEATH_MET,
    HARM_WORDS,
    RECIPROCAL_NOUNS,
    REFERENCE_HEADS,
    RELATIVE_PRONOUNS,
)

TOLL_VERBS = frozenset({
    "اسفر", "اسفرت", "ادي", "ادت", "خلف", "خلفت", "اوقع", "اوقعت", "اودي", "اودت", "تسبب",
    "تسببت",
})
"""Verbs whose subject caused harm («أسفرت عن سقوط», «أدت إلى مقتل», «خلفت قتلى»)."""
COURSE_VERBS = frozenset({
    "تجري", "يجري", "جرت", "تدور", "يدور", "دارت", "اندلعت", "اندلع", "تتواصل", "يتواصل",
    "تتجدد", "تجددت",
})
"""Verbs that tell a fight as under way or having broken out («اشتباكات تدور»); not «دار»
nor «جري», a house («دار سعد») and a run as often."""
RUNNING = frozenset({"الدائره", "الدائر", "الجاريه", "المندلعه"})
"""Participles that tell a definite fight as under way («الاشتباكات الدائرة»); «المستمرة»
tells a practice as often as a fight («الاعتداءات المستمرة على مدن الضفة»)."""
TOLD_BY_OUTCOME = frozenset({"Attack", "MilitaryOperation"})
"""Classes told by their course or toll; a protest that «led to deaths» is mostly history."""
_TOLL_REACH = 5
STORY_HEADS = frozenset({"قصه", "روايه", "مسلسل", "فيلم", "حكايه", "مشهد", "مشاهد"})
"""Heads of a story told («قصة مواجهات», «مشاهد معارك»), not of news."""
_REACH = 4
MEETING_DEATH = frozenset({"لقي", "لقيت", "لقوا", "يلقي", "تلقي", "يلقون", "لاقي", "لاقت",
                           "لاقوا"})
"""«لقي فلان مصرعه», «لاقى ثلاثة جنود حتفهم»: the verb whose subject met the death the noun
names («لاقى» a variant of «لقي»)."""
_MET_REACH = 10


def running(context: Extraction, words: list[Word], position: int) -> bool:
    """«الاشتباكات الدائرة», «المعارك الجارية»: a participle right after a clash noun tells the
    fight as under way, not as the background of the news."""
    return position + 1 < len(words) and words[position].has(RECIPROCAL_NOUNS) and \
        words[position + 1].norm in RUNNING and \
        not context.boundary_between(words[position], words[position + 1])


_REFERENCE_HEADS_OR_STORY_HEADS = REFERENCE_HEADS | STORY_HEADS


def told_after(context: Extraction, words: list[Word], position: int, label: str,
               definite: bool) -> bool:
    """Whether the clause after a violent noun tells its course or its toll, or a toll
    verb right before it has it for subject («وتسببت المعارك في مقتل»)."""
    if position > 0 and words[position - 1].has(_REFERENCE_HEADS_OR_STORY_HEADS):
        return False  # «قصة مواجهات تجري بين عدة أطراف»: a plot, «ملف الهجمات»: a topic
    if running(context, words, position):
        return True
    tolled = label == "Attack" or words[position].has(RECIPROCAL_NOUNS)
    # («السيطرة على حرائق غابات أسفرت»: the toll after a seizure is what was seized's)
    if tolled and position > 0 and words[position - 1].has(TOLL_VERBS) and \
            not context.boundary_between(words[position - 1], words[position]):
        return _harm_after(context, words, position)
    following = words[position + 1:position + 1 + _REACH]
    previous = words[position]
    for offset, word in enumerate(following):
        if context.boundary_between(previous, word):
            return False
        if tolled and word.has(TOLL_VERBS):
            if definite and previous.norm in RELATIVE_PRONOUNS:
                return False  # «الهجمات والتفجيرات التي أسفرت عن مقتل 570»: a tally
            return _harm_after(context, words, position + 1 + offset)
        if not definite and word.has(COURSE_VERBS):
            return True
        previous = word
    return False


def _harm_after(context: Extraction, words: list[Word], position: int) -> bool:
    """A toll that names harm to people («أسفرت عن سقوط 28 قتيلاً»), not «أضرار مادية»."""
    for index in range(position + 1, min(len(words), position + 1 + _TOLL_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(HARM_WORDS):
            return True
    return False


def met_death(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of «لقي» whose subject met the death at ``words[position]`` («لقي ثمانية
    أشخاص من عائلة واحدة مصرعهم»), in the same clause, or None."""
    if words[position].bare() not in DEATH_MET:
        return None
    for index in range(position - 1, max(-1, position - _MET_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].has(MEETING_DEATH):
            relative = index > 0 and words[index - 1].norm in RELATIVE_PRONOUNS
            return None if relative else index  # «تلميذ الإسكندرية الذي لقي مصرعه»: known
    return None


def met_death_count(context: Extraction, words: list[Word], position: int) -> Count | None:
    """The victims counted between «لقي» and «مصرعهم» («لقي 8 أشخاص ... مصرعهم»)."""
    met = met_death(context, words, position)
    if met is None or met + 1 >= position:
        return None
    return count_near(context, words, met, window=position - met - 1)
