"""A killing verb whose definite subject before it names the victims told before: the same
killing again.

«لقي العشرات من عناصر تنظيم داعش مصرعهم في المواجهات ...» then «وقال قائد ... إن العشرات
من عناصر التنظيم الإرهابي قتلوا في عمليات تطهير المدينة»: the subject of «قتلوا», opening
the clause after «إن», is definite and names the dead of the killing told before (a stem of
four letters or more of its head in that killing's target, as ``event_told_again`` reads
«وقُتل المدنيون» with its subject after the verb). It tells that killing again, not a second
one.

Left alone: a verb with an object after it («إن المسلحين قتلوا ثلاثة جنود»: the subject is
the doer), a subject that holds a number («إن خمسة من الجنود قتلوا») or a name, an
indefinite subject («إن جنوداً قتلوا»), and a subject with no clause word before it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_told_again import victims_known
from kg.relations.index import Word
from kg.relations.victims import no_object

_OPENERS = frozenset({"ان", "بان", "وان", "فان"})
_REACH = 8
"""How many words the subject may span between «إن» and the verb."""


def fronted_victims_told(context: Extraction, words: list[Word], position: int, label: str,
                         verb: bool) -> bool:
    """Whether the killing verb at ``words[position]`` has, between «إن» and itself, a
    definite subject naming the victims of the latest killing of the article."""
    if label != "Killing" or not verb or position < 2 or \
            not no_object(context, words, position + 1):
        return False
    for index in context.clause_before(words, position, _REACH):
        if words[index].norm in _OPENERS:
            subject = words[index + 1:position]
            return bool(subject) and subject[0].norm.startswith("ال") and \
                not any(w.norm[:1].isdigit() or context.covering_mention(w.start) is not None
                        for w in subject) and victims_known(context, subject[0])
    return False
