"""A partner conjoined behind the noun of its kind: «بالتعاون مع وزارة الصحة وشركة أرامكو».

A list of partners after «مع» often names one of them by its kind and its name: «بالتعاون مع
الغرفة التجارية ومعرض مشكاة التفاعلي», «بالتنسيق مع وزارة الصحة وجمعية «إطعام»». The
tagger names the body without its kind noun («مشكاة», «إطعام»), so the «و» of the list is
glued to the kind noun, not to the name. :func:`kind_conjunct` reads such a conjunct as
the body named right after the kind noun (an opening quotation mark may stand between them),
when that body is an actor and no person: «وشركة محمد X» names a firm after a man, not the man.
The kinds are :data:`BODY_KINDS` (an administration, a branch, a firm, a society, an
exhibition); a place after the kind noun («ومعرض الرياض») is no actor and joins nothing.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word

BODY_KINDS = frozenset({"اداره", "مديريه", "فرع", "فروع", "مكتب", "شركه", "جمعيه", "مؤسسه",
                        "هيئه", "مجموعه", "بنك", "مصرف", "جامعه", "مستشفي", "مركز"})
"""Nouns of a body's own administration or kind left out of its tagged name: «إدارة سجون
الطائف» works for «سجون الطائف», «فروع وزارة الصحة» for the ministry, «شركة أرامكو» is
«أرامكو»."""

CONJOINED_KINDS = BODY_KINDS | frozenset({"معرض"})
"""Kind nouns a conjoined partner may be named behind: the bodies, and an exhibition that
works with others («ومعرض مشكاة التفاعلي»)."""

_OPENING_QUOTES = frozenset("«\"“")


def kind_conjunct(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """«وشركة أرامكو», «وجمعية «إطعام»», «ومعرض مشكاة»: the body named right after the kind
    noun at ``words[index]``, that noun joined to the list by a glued «و»."""
    head = words[index]
    if index + 1 >= len(words) or not head.norm.startswith("و") or \
            head.norm[1:] not in CONJOINED_KINDS or \
            context.covering_mention(head.start) is not None or \
            context.gap(head, words[index + 1]).strip() not in {"", *_OPENING_QUOTES}:
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.start != words[index + 1].start or not mention.entity_id or \
            mention.label not in AGENT_LABELS or mention.label == "Person" or \
            context.is_nisba(mention):
        return None
    return mention
