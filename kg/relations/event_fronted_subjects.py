"""Doubts from a subject printed before the event's verb (``kg.relations.event_confidence``).

Arabic news tells a deed verb-first («قتل الجيش 31 مسلحاً») or, in reported speech and after
a name set off by a comma, subject-first («ذكر المتحدث أن الجيش قتل 31 مسلحاً», «أن الموقوف
فلان، استقبل فلاناً»). The event rules read the subject after the verb best; where the
subject stands before it, two readings go wrong though every argument they keep looks sure:

- **A fronted doer left unread** («ذكر أن الجيش قتل 31 مسلحاً», «قال إن الجيش استهدف مقراً»):
  a violent verb after «أن/إن» and a definite noun, whose object after it was read, has that
  noun for its doer (a passive has its victims before it, «أن الجنود قُتلوا», and no object
  after); the event kg keeps has no agent, which the gold gives it. On fresh news (session
  33) such events read 0.60-0.65 and none was right. The doer is no doubt when the noun is a
  number (the victims of a passive), an event (the deed itself: «إن الهجوم قتل») or a machine
  (the means: «إن الغارة», «إن الطائرة»), which the gold does not take for the doer either.
  A demonstrative before the noun («وأضاف أن هذه القوات استعادت قصر 22 مايو») points back to
  a side told before; the dev gold leaves such a doer empty, so it is no doubt.
- **An object read as the doer** («أن الموقوف أحمد عسيري، استقبل خالد الشمري بموقف السيارات»):
  a verb whose only agent was read after it, with a person or a body named right before it
  (nothing but a comma between) that is none of its arguments: the name before is the
  subject, the name after the object, and kg has them the wrong way round (on fresh news it
  read 0.85 and was wrong).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_doubts import MACHINES
from kg.relations.event_draft import Draft
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import EVENT_TRIGGERS

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_COMPLEMENTISERS = frozenset({"ان", "بان", "وان"})
"""«أن», «إن», «بأن», «وأن» (normalised alike): a reported clause opens after them."""
_SUBJECT_REACH = 3
"""How many words the subject between «أن» and the verb may have («أن قوات الجيش العراقي»)."""
_SUBJECT_LABELS = ORGANIZATION_LABELS - {"Country"} | {"Person"}
"""Who is named as a subject before a comma («الموقوف فلان،», «الهيئة،»); a country or a city
there is most often a dateline («الرياض، استقبل»)."""
_COMMA_ONLY = frozenset({"", "،", ","})


def fronted_doer_unread(context: Extraction, words: list[Word], position: int,
                        draft: Draft) -> bool:
    """A violent verb with no agent read, its object after it read, and «أن/إن» with a
    definite noun before it («أن الجيش قتل 31 مسلحاً»): its doer is that noun, unread."""
    if not draft.verb or draft.label not in _VIOLENT or \
            any(a.role == "agent" for a in draft.arguments):
        return False
    targets = [a for a in draft.arguments if a.role == "target"]
    if not targets or any(a.start < draft.word.end for a in targets):
        return False
    for back in range(1, _SUBJECT_REACH + 1):
        at = position - back - 1
        if at < 0 or context.boundary_between(words[at], words[at + 1]):
            return False
        if words[at].norm in _COMPLEMENTISERS:
            return _plain_definite(words[at + 1])  # not «أن هذه القوات استعادت»: the dev
            # gold leaves the doer of an anaphoric subject empty
    return False


def _plain_definite(word: Word) -> bool:
    """A definite noun that may be a doer: not a number, an event or a machine."""
    return word.norm.startswith("ال") and number_value(word) is None and \
        not word.has(EVENT_TRIGGERS) and not word.has(MACHINES)


def object_as_doer(context: Extraction, words: list[Word], position: int,
                   draft: Draft) -> bool:
    """A verb whose agents were all read after it, with a person or a body that is none of
    the event's arguments named right before it, a comma at most between
    («أن الموقوف فلان، استقبل فلاناً»): the name after is the object."""
    agents = [a for a in draft.arguments if a.role == "agent"]
    if not draft.verb or not agents or position == 0 or \
            any(a.start < draft.word.end for a in agents):
        return False
    before = words[position - 1]
    if context.gap(before, draft.word).strip() not in _COMMA_ONLY:
        return False
    mention = context.covering_mention(before.end - 1)
    if mention is None or mention.end != before.end or mention.label not in _SUBJECT_LABELS:
        return False
    return not any(a.start < mention.end and mention.start < a.end for a in draft.arguments)
