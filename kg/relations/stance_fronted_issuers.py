"""The author of a document whose issuing verb follows its subject: «فإن X عقد مؤتمرا صحافيا
اتهم فيه ...».

«في المقابل، فإن الطيب البكوش وزير الخارجية عقد مؤتمرا صحافيا اتهم فيه «أطرافا تونسية»
...», «وقال إن الوزير X أصدر بيانا ندد فيه بـ ...»: the issuing verb («عقد», «أصدر», «نشر»
...) of the document the stance clause describes («فيه») has no subject after it; its
subject is the name before it in its clause, read as a stance verb's fronted subject is
(``stance_preverbal_subjects.preverbal_subject``: not governed by a preposition, not in
construct, not the antecedent of a relative), past the person's apposed title. The verb
must stand bare (with «و» at most): «ورحب X بعقد مؤتمر دعا فيه ...» is a noun, and the
conference is not X's.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.stance_preverbal_subjects import preverbal_subject

_REACH = 3
"""Words a person's apposed title may take between the name and the verb («وزير الخارجية»)."""


def fronted_issuer(context: Extraction, words: list[Word], verb: int) -> str | None:
    """The named subject right before the issuing verb at ``verb`` (see the module
    docstring), or None."""
    holder = preverbal_subject(context, words, verb, reach=_REACH)
    if holder is None or context.label(holder.node_id) not in AGENT_LABELS:
        return None
    return holder.node_id
