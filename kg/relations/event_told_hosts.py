"""The host of a meeting or the maker of a visit told with a pronoun subject after «إن».

«وقال كيري إنه التقى بوزير الخارجية السعودي عادل الجبير», «وقالت المستشارة ميركل إنها
التقت رئيس وزراء كوسوفو عيسى مصطفى»: after «إن»/«أن» a past verb of meeting or visiting
whose subject is the pronoun glued to the complementiser («إنه», «بأنها») has for its doer
the one who speaks, the subject of the verb of saying before it (the pronoun agrees with it:
«قال ... إنه», «قالت ... إنها», «موضحاً أنه»). The clause is then told pronoun first, so the
name after the verb is the one met or the place visited, never the host: Mustafa is Merkel's
guest. The pronoun must agree with the verb (a feminine «التقت» with «ـها», a masculine
«التقى» with «ـه»); where no speaker is read, the event has no agent rather than the guest.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import find_reporting

_MASCULINE = frozenset({"انه", "بانه", "وانه", "فانه"})
_FEMININE = frozenset({"انها", "بانها", "وانها", "فانها"})
_PARTICLES = frozenset({"قد", "لقد"})
_MASCULINE_VERBS = frozenset({"التقي", "اجتمع", "استقبل", "زار"})
_FEMININE_VERBS = frozenset({"التقت", "اجتمعت", "استقبلت", "زارت"})
_SAYING_REACH = 12
"""How far before «إنه» the verb of saying may stand («وقال كيري إنه يختلف ... موضحاً أنه»:
the nearest one counts)."""
_FEMININE_ENDS = ("ت", "ه")
"""«قالت», «موضحة»: a verb or participle of saying in the feminine."""


def pronoun_host(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """The doer of the verb of meeting or visiting at ``words[position]`` when its subject is
    the pronoun of a reported «إنه»/«إنها»: the speaker (one argument), no one when the speaker
    is not read (an empty list); None when the verb is not told so."""
    before = position - 1
    if before >= 0 and words[before].norm in _PARTICLES:
        before -= 1
    if before < 0:
        return None
    pronoun = words[before].norm
    verb = {rest for prefix, rest in words[position].readings() if "ال" not in prefix}
    if pronoun in _MASCULINE:
        feminine = False
        if not verb & _MASCULINE_VERBS:
            return None
    elif pronoun in _FEMININE:
        feminine = True
        if not verb & _FEMININE_VERBS:
            return None
    else:
        return None
    if not _said_by(words, before, feminine):
        return None
    speaker = context.speaker_at(words[position].start)
    if speaker is None or context.label(speaker) not in AGENT_LABELS:
        return []
    named = [m for m in context.mentions_between(words[0].start, words[before].start)
             if m.entity_id == speaker]
    if named:
        return [Arg(speaker, named[-1].start, named[-1].end)]
    return [Arg(speaker, words[before].start, words[before].end)]


def _said_by(words: list[Word], complementiser: int, feminine: bool) -> bool:
    """Whether the nearest verb of saying before ``words[complementiser]`` agrees with its
    pronoun: «قال ... إنه», «قالت ... إنها», «موضحاً أنه»."""
    for index in range(complementiser - 1, max(-1, complementiser - _SAYING_REACH), -1):
        hit = find_reporting(words[index].norm)
        if hit is not None:
            said = words[index].bare()
            return said.endswith(_FEMININE_ENDS) == feminine
    return False
