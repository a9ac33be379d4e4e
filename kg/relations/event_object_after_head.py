"""A name after a definite head noun of a verb's subject that cannot stand in apposition to it.

«قصف المتمردون الحوثيون المدينة»: a definite head noun of fighters right after the verb,
then the name of their group in apposition, is the subject. But the name is the verb's
object, and the head alone its subject, when it cannot be an apposition:

- a place: «وهاجم المسلحون العراق», «قصفت القوات سوريا»;
- the head names machines, which no group's name is put in apposition to (one writes
  «طائرات التحالف», a construct, not «الطائرات التحالف»): «وقصفت الطائرات الحوثيين»;
- the head is nominative plural («المسلحون») and the name accusative plural
  («الحوثيين»): «وهاجم المسلحون الحوثيين».
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import is_place
from kg.relations.index import Word

_MACHINES = frozenset({"طيران", "طائرات", "مقاتلات", "مروحيات", "بوارج", "مدفعيه", "دبابات"})


def object_after_head(head: Word, name_word: Word, mention: Mention) -> bool:
    """The name opening at ``name_word`` after the definite head noun ``head`` is the verb's
    object, not the subject in apposition to the head."""
    definite = [rest for prefix, rest in head.readings() if prefix.lstrip("وف") == "ال"]
    if not definite:
        return False  # «قوات التحالف»: a construct, the name owns the head
    if is_place(mention.label) or any(rest in _MACHINES for rest in definite):
        return True
    return head.norm.endswith("ون") and name_word.norm.endswith("ين")
