"""A stance verb in the first person singular inside a speaker's quoted words.

«قال X: «أنا أندد بهذا الهجوم»», «وقال X: «أطالب المجتمع الدولي بالتحرك»», «أدعو الحكومة
إلى ...»: the speaker holds the stance himself (a first person plural, «ندين», stands for
the speaker's side, see :func:`kg.relations.arguments.speaker_affiliation`). The forms are
listed in :data:`kg.relations.stance_spellings.FIRST_SINGULAR`; outside a quote they hold
nothing, and «أدين» with «ب»/«ل» after it (I owe, I profess) is no condemnation.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_spellings import FIRST_SINGULAR, MANNER

_OWED = ("ب", "ل")


def first_singular_speaker(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The speaker whose quoted words hold the first person singular stance verb at
    ``position`` («أندد», «أطالب»), or None outside a quote or for another form."""
    form = words[position].norm
    form = form if form in FIRST_SINGULAR else form[1:] if form[:1] in "وف" else ""
    if form not in FIRST_SINGULAR or context.covering_mention(words[position].start) is not None:
        return None  # «وادين هازار»: a name
    following = words[position + 1].norm if position + 1 < len(words) else ""
    if form == "ادين" and following.startswith(_OWED) and following not in MANNER:
        return None  # «أدين له بالفضل»: I owe him
    speaker = context.speaker_at(words[position].start)
    if speaker is None or context.label(speaker) not in AGENT_LABELS:
        return None
    return Arg(speaker, words[position].start, words[position].end)
