"""«في مؤتمر صحفي عقده أمس», «خلال اجتماع عقدته اليوم»: a statement held, between a stance
verb (or its subject) and what the stance is toward.

A press conference or a meeting is «held» («عقد»), with the pronoun of the occasion on the
verb, as a speech is «delivered» («ألقاه»): «ودعت الخارجية الروسية في مؤتمر صحفي عقدته
اليوم الولايات المتحدة إلى الحوار». Unknown, the verb and its time word were read as the
object («urges(الخارجية الروسية → عقدته اليوم)»). These forms join the delivering verbs of
``stance_delivered_statements.past_delivered``, which passes them and the time words
after them, and then reads the object (or, in verb-subject order, the subject) after
them.
"""

from __future__ import annotations

HELD = frozenset({"عقده", "عقدها", "عقدته", "عقدتها", "عقدوه", "عقدوها", "يعقده", "تعقده",
                  "يعقدها", "تعقدها"})
"""«عقده», «عقدتها», «يعقده»: held, with the pronoun of the press conference or meeting."""
