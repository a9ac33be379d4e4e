"""A name after a definite meeting or visit noun that repeats the article's event is no agent.

A definite noun has no genitive: «حضر اللقاء فلان», «رافق الأمير خلال الزيارة فلان» tell the
meeting or visit of the article again as the object or the frame of another verb, and the
name after the noun is that verb's subject (who attended, who came along), not the host or
the visitor. Read as the agent, it made a new meeting or visit whose doer was wrong (on fresh
news, session 40: «رافق ولي ولي العهد خلال الزيارة محمد العايش» read 0.75, «وحضر اللقاء
وزير الدولة» is a participant of the gold's «التقى»). With no agent of its own the noun folds
into the earlier event (``kg.relations.event_repeats``). A relative clause or a «لـ» of
possession before the name may introduce the doer («الزيارة التي قام بها أوباما», «الزيارة
الرسمية لأوباما»), so the name is kept then.
"""

from __future__ import annotations

from kg.model import Event
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word
from kg.relations.lexicon_event_senses import RELATIVE_PRONOUNS
from kg.relations.possessive import possessive_pronoun

_GATHERINGS = frozenset({"Meeting", "Visit"})
_PARTY_ROLES = frozenset({"agent", "participant"})
_REACH = 4
"""How many words (titles: «وزير الدولة», «مساعد وزير الدفاع») may stand between the noun and
the name read after it."""
_DOERS_AFTER = frozenset({"بها", "به", "قام", "يقوم", "تقوم", "قامت", "اجراها", "اجراه"})


def attendee_after(context: Extraction, words: list[Word], position: int, draft: Draft,
                   prefix: str, agents: list[Arg]) -> bool:
    """Whether the agents read for the definite gathering noun at ``position`` all stand after
    it, as the subject of another verb, while the article already told such an event."""
    if draft.verb or draft.label not in _GATHERINGS or "ال" not in prefix or \
            prefix.endswith("لل") or not agents or context.latest_event(draft.label) is None:
        return False
    word = words[position]
    if any(a.start < word.end for a in agents):
        return False
    first = min(a.start for a in agents)
    between = [w for w in words[position + 1:] if w.start < first]
    if len(between) > _REACH or any(context.boundary_between(w, n) for w, n in
                                    zip(words[position:], words[position + 1:], strict=False)
                                    if n.start <= first):
        return False
    named = context.word_at(first)
    return not any(w.norm in RELATIVE_PRONOUNS or w.norm in _DOERS_AFTER or _lam(w)
                   for w in between) and not (named is not None and _lam(named))


def _lam(word: Word) -> bool:
    """Whether the word carries the «لـ» of possession («لأوباما», «للرئيس»)."""
    return word.norm.lstrip("وف").startswith("ل") and not word.bare().startswith("ل")


def owned_repeat(context: Extraction, draft: Draft, earlier: Event | None) -> bool:
    """«الأمير محمد بن سلمان خلال لقائه رئيس الشيشان»: a possessive meeting or visit noun
    whose owner is a party of the article's nearest earlier event of its class, with no
    other party that sets it apart, tells that event again (a caption under the photo of the
    meeting told above, a recap); the gold annotates the first telling only (dev snn_zip_1023:
    «ولي ولي العهد لدى استقباله الرئيس الشيشاني» is no event beside «التقى»). Only an event of
    an earlier sentence is told again so: in the same sentence the noun names another one."""
    if draft.verb or draft.label not in _GATHERINGS or earlier is None or \
            earlier.label != draft.label or possessive_pronoun(draft.word) is None:
        return False
    before = context.word_at(earlier.trigger_start)
    if before is None or before.sentence_index >= draft.word.sentence_index:
        return False  # «زيارة الملك للمسجد الحرام ... وزيارته للمسجد النبوي»: a second visit
    owners = {a.entity_id for a in draft.arguments if a.role == "agent"}
    parties = {a.entity_id for a in earlier.arguments if a.role in _PARTY_ROLES}
    if not owners or not owners <= parties:
        return False
    met = {a.entity_id for a in draft.arguments if a.role == "participant"}
    others = {a.entity_id for a in earlier.arguments if a.role == "participant"}
    return not (met and others and not met & others)
