"""A stance verb followed by «لـ» and an imperfect verb: a clause of purpose or result.

«لكن X رفض ليقوم رئيس النادي بالمحاولة مرة أخرى»: «ليقوم» opens a new clause («so that /
whereupon he did»), whose subject is no object of the refusal. When the object of a stance
would open with «لـ» glued to a masculine imperfect («ليقوم», «ليتم», «ليصبح»), the stance
has no object there. Nouns that open with «لي» («ليبيا», «ليلة», «ليوم») are kept apart: a
tagged name, or a word of :data:`_NOT_VERBS`. Read by :mod:`kg.relations.stance_objects`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_NOT_VERBS = frozenset({
    "ليله", "ليلا", "ليالي", "ليس", "ليست", "ليسوا", "ليوم", "ليوما", "ليومي", "ليوميه",
    "ليونيو", "ليوليو", "ليناير", "ليهود", "ليمين", "ليسار", "ليبيا", "ليبي", "ليبيه", "لين",
    "ليون", "ليفربول",
})
"""Words opening with «لي» that are no «لـ» + imperfect verb."""


def purpose_verb(context: Extraction, word: Word) -> bool:
    """Whether ``word`` is «لـ» glued to a masculine imperfect verb («ليقوم», «ليتم»)."""
    form = word.norm
    if not form.startswith("لي") or len(form) < 4 or form in _NOT_VERBS or \
            word.bare() in _NOT_VERBS or context.covering_mention(word.start) is not None:
        return False
    return not form.endswith(("ه", "ات", "يه"))  # «ليبرالية», «ليرات»: nouns, not verbs
