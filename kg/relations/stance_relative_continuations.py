"""An imperfect verb that goes on a relative clause of its sentence takes no earlier actor.

«... مثل الطبيب X، مؤسس موقع Y، الذي يستعرض التطبيقات الصحية، ويحثّ المستهلكين على
قراءة الوصف»: «ويحثّ» goes on the clause of «الذي يستعرض»; its subject is the one the
relative pronoun stands for, never the actor of an earlier sentence. So a stance verb in the
imperfect after «و», in a sentence where a relative pronoun right before an imperfect verb
opened a clause earlier, is given no previous actor nor continued speaker (a fact missed,
not a wrong holder). A perfect verb after such a clause keeps them («وأشار إلى الخطوات التي
اتخذتها الوزارة، ودعا المواطنين إلى ...»: the speaker calls).
"""

from __future__ import annotations

from kg.relations.index import Word

_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
                                "اللتان"})
_IMPERFECT_PREFIXES = ("ي", "ت")
_MIN_IMPERFECT = 4
"""Letters of the shortest imperfect read so («يحث», with its prefix, has three: too short to
tell from a noun, so «ويحث» is read with its «و»)."""


def _imperfect(word: Word, glued_and: bool) -> bool:
    """Whether ``word`` reads as an imperfect verb of the third person by its form: «يستعرض»,
    «تدعو»; with ``glued_and``, only after a glued «و» («ويحث»)."""
    form = word.norm
    if glued_and:
        if not form.startswith("و"):
            return False
        form = form[1:]
    return form.startswith(_IMPERFECT_PREFIXES) and len(form) >= _MIN_IMPERFECT - glued_and


def continues_relative(words: list[Word], position: int) -> bool:
    """Whether the stance verb at ``words[position]`` (an imperfect after «و») goes on a
    relative clause opened earlier in its sentence by a relative pronoun and an imperfect
    verb right after it (see the module docstring)."""
    if not _imperfect(words[position], glued_and=True):
        return False
    return any(words[index].norm in _RELATIVE_PRONOUNS and
               _imperfect(words[index + 1], glued_and=False)
               for index in range(position - 1))
