"""A name in the member list of a delegation is not the doer of the delegation's deed.

«إن وفدا برئاسة خالد مشعل رئيس المكتب السياسي، وعضوية الدكتور موسى أبو مرزوق، وصالح العاروري،
ومحمد نزال، قام بزيارة إلى المملكة»: the subject of «قام» is the delegation, and the name
nearest before the light verb is its last member. Read as the visitor, it made a visit at 0.80
with the wrong agent (fresh news, session 40). A name that follows «وعضوية» / «بعضوية» in its
sentence is dropped as the subject of a light verb: the deed is left with no agent read (the
delegation is no entity, and the gold may name its head or the delegation).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_MEMBERSHIP = frozenset({"عضويه", "وعضويه", "بعضويه", "وبعضويه"})
_REACH = 16
"""How many words back from the name the word of membership may stand (a list of members)."""


def delegation_member(context: Extraction, words: list[Word], arg: Arg) -> bool:
    """Whether ``arg`` stands in a list of members opened by «وعضوية» in its sentence."""
    named = context.word_at(arg.start)
    if named is None:
        return False
    position = named.index - words[0].index
    return any(words[back].norm in _MEMBERSHIP
               for back in range(max(0, position - _REACH), position))
