"""A second verb of meeting or visiting that shares the subject of the first.

«وزار الرئيس فلان كينيا أمس، والتقى خلال الزيارة الرئيس الكيني», «استقبل الأمير فلان السفير
في مكتبه، كما التقى وفداً من رجال الأعمال»: news prose chains the deeds of one official in one
sentence, and the second verb, joined by «و»/«ف» or «كما» with no subject of its own, has the
subject of the meeting or visit told before it. Its agent is read as the name before it
(``before``, a far agent, often another clause's); when that name is the very agent the
sentence's last recorded meeting or visit read as its own subject, it is this verb's own
subject too, and as sure.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import OWN_AGENT, Draft, SentenceState, trigger_form
from kg.relations.event_subjects import coordinated_verb
from kg.relations.index import Arg, Word

GATHERINGS = frozenset({"Meeting", "Visit"})
GATHERING_VERBS = frozenset({
    "التقي", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت", "زار", "زارت", "بحث", "بحثت",
})
"""Singular perfect verbs of meeting and visiting, as :func:`trigger_form` gives them: the
deed whose subject a joined verb may share (not a noun's doer: «قامت الحكومة بجولات ...،
والتقوا بشباب المقاومة», the team of the government met them)."""
_ALSO = frozenset({"كما", "ثم"})
"""«كما التقى», «ثم زار»: words that join a second deed of the same subject."""


def shares_gathering_subject(context: Extraction, words: list[Word], position: int,
                             draft: Draft, agents: list[Arg], here: SentenceState) -> bool:
    """Whether the singular gathering verb at ``words[position]``, joined to the clause before
    it, has as its agents (read before it) exactly the own agents of the sentence's last
    recorded meeting or visit told by a singular verb (see the module docstring)."""
    if not draft.verb or draft.label not in GATHERINGS or draft.agent_source in OWN_AGENT or \
            not agents or not here.previous_agent or not here.recorded or \
            here.previous_form not in GATHERING_VERBS or \
            trigger_form(words[position]) not in GATHERING_VERBS:
        return False
    joined = coordinated_verb(words, position) or (
        position > 0 and words[position - 1].norm.lstrip("و") in _ALSO
        and not context.boundary_between(words[position - 1], words[position]))
    if not joined:
        return False
    last = context.found.events.get(here.recorded[-1])
    if last is None or last.label not in GATHERINGS:
        return False
    own = {a.node_id for a in here.previous_agent}
    return {a.node_id for a in agents} == own and \
        {a.entity_id for a in last.arguments if a.role == "agent"} == own
