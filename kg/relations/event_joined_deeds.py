"""A second verb of force joined by «و»/«ف» to a verb-first clause: its own doer, its own object.

«هاجمت القوات الأميركية القرية وقتلت المدرس فلاناً», «وخطفت حركة طالبان تسعة جنود وقتلت
أحدهم»: in a verb-first clause a second verb behind «و»/«ف» shares the first verb's subject
and opens a clause of its own. Two rules follow:

- **The first verb's target stops at the second verb** (``drop_targets_past_next_deed``): the
  names after «وقتلت» are what the second verb was done to, never what the first one hit
  («هاجمت القوات القرية وقتلت المدرس فلاناً»: the teacher is killed, not attacked; the
  attack's target is the unnamed village).
- **A feminine second verb before a masculine object is active** (``joined_doer``): «قتلت»
  could be read as the passive «قُتلت», but a passive agrees with its subject, and
  «المدرس», «أحدهم», «التاسع» are masculine. When the verb before, whose subject was read,
  is feminine too («خطفت حركة طالبان ... وقتلت»), the second verb is that subject's deed:
  its agent is that subject and the noun after it its object. A feminine noun after it
  («وقتلت امرأة»), a name (whose gender is not read) or a count (read by the casualty rules)
  leaves the passive reading to the other rules.
- **A state force named right after the second verb is its own subject**
  (``force_subject_after``): «وخطفت حركة طالبان تسعة جنود، وقتل الجيش خمسة من المسلحين»: the
  army killed, not the group of the clause before; with no name tagged on «الجيش», «الشرطة»,
  the verb is left with no agent rather than the earlier one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_conjoined_verbs import PLAIN_PERFECTS
from kg.relations.event_draft import Draft, SentenceState
from kg.relations.event_subjects import coordinated_verb
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_event
from kg.relations.perpetrators import SECURITY_OWNERS, object_follows, past_time

_INTRANSITIVE = frozenset({"انفجرت", "انفجر", "اغتيل", "استشهد"})
"""Verbs of force with no object of their own: what follows is their subject («وانفجرت
سيارة»), which may still close the first verb's clause, but is left to the other rules."""


def _finite(rest: str) -> bool:
    """«قتلت», «اغتالوا», «اقتحم»: a perfect verb whose form is no noun: a feminine or plural
    ending (not the plural «ات» of «هجمات»), or a masculine perfect with no verbal-noun
    homograph («وقتل» may be the noun «قتل»)."""
    return (rest.endswith("ت") and not rest.endswith("ات")) or rest.endswith("وا") or \
        rest in PLAIN_PERFECTS


def _violent_verb(rest: str) -> bool:
    hit = find_event(rest)
    return hit is not None and hit.value in VIOLENT_CAUSES and _finite(rest)


def _deed_verb(word: Word) -> bool:
    """«وقتلت», «فاغتالوا», «واستهدفت»: «و»/«ف» and a verb of a violent event."""
    return any(prefix in {"و", "ف"} and rest not in _INTRANSITIVE and _violent_verb(rest)
               for prefix, rest in word.readings())


def drop_targets_past_next_deed(context: Extraction, words: list[Word], position: int,
                                draft: Draft) -> None:
    """Drop the targets of the verb at ``words[position]`` read at or past a second verb of
    force joined to its clause («هاجمت القوات القرية وقتلت المدرس فلاناً»). The second verb
    must stand past at least one word of the first verb's clause («قصفت وحاصرت القوات
    المدينة»: two verbs of one subject and one object)."""
    if not draft.verb or draft.label not in VIOLENT_CAUSES:
        return
    for index in range(position + 2, len(words)):
        if _deed_verb(words[index]):
            limit = words[index].start
            draft.arguments = [a for a in draft.arguments
                               if not (a.role == "target" and a.start >= limit)]
            return


_FEMININE_ENDINGS = ("ه", "ات")
"""Normalised endings of a feminine noun: the tā' marbūṭa («امرأة» → «امراه») and the sound
feminine plural («سيدات»)."""


def joined_doer(context: Extraction, words: list[Word], position: int, draft: Draft,
                agents: list[Arg], here: SentenceState) -> bool:
    """Whether the feminine verb at ``words[position]`` is the active second verb of the clause
    whose subject ``agents`` repeats («وخطفت حركة طالبان تسعة جنود وقتلت أحدهم»); see the
    module docstring."""
    word = words[position]
    if not draft.verb or draft.label not in VIOLENT_CAUSES or \
            not here.previous_agent or not coordinated_verb(words, position) or \
            position + 1 >= len(words):
        return False
    if not any(prefix in {"و", "ف"} and rest.endswith("ت") and _violent_verb(rest)
               for prefix, rest in word.readings()):
        return False
    previous = {a.node_id for a in here.previous_agent}
    if not {a.node_id for a in agents} <= previous:
        return False
    subject = context.word_at(min(a.start for a in here.previous_agent))
    if subject is None or subject.index - words[0].index < 1:
        return False
    verb_before = words[subject.index - words[0].index - 1]
    if not verb_before.bare().endswith("ت"):
        return False  # «خطفت حركة طالبان»: the subject's verb agrees with the feminine one
    after = words[position + 1]
    if context.boundary_between(word, after) or after.bare().endswith(_FEMININE_ENDINGS) or \
            any(ch.isdigit() for ch in after.norm):
        return False
    mention = context.covering_mention(after.start)
    return mention is None or mention.label != "Person"


def force_subject_after(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a definite noun of the state's force («الجيش», «الشرطة», «الأمن») stands right
    after the verb at ``words[position]`` (past a time) with an object after it: the verb's
    own subject («وقتل الجيش خمسة من المسلحين»)."""
    index = past_time(context, words, position + 1)
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return False
    word = words[index]
    return word.norm in SECURITY_OWNERS and object_follows(context, words, index + 1)
