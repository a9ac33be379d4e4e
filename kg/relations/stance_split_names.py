"""A name split in two is not holder and object: «دعا الرئيس الصومالي السابق أبو القاسم عبدي
صلاد حسن إثيوبيا إلى سحب قواتها».

Rule: a transitive stance verb has one subject and one direct object. When the holder, a
person, is followed at once (nothing but a space between) by a second person's name, and
that name is followed at once by a third name (a person, a country or a body), three names
stand in a row where the verb has room for two: the middle one is the rest of the holder's
long name (a four-part name the tagger cut in two), not the object. The name after it stays
an object. Two names alone («انتقد نتنياهو أوباما») are left as they are.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg


def split_name(context: Extraction, subject: Arg, candidate: Candidate) -> bool:
    """Whether ``candidate``, a person right after the person ``subject``, is the rest of
    the subject's name, another name following it at once."""
    obj = candidate.arg
    if candidate.source != "mention" or context.label(subject.node_id) != "Person" or \
            context.label(obj.node_id) != "Person" or obj.start < subject.end:
        return False
    text = context.doc.text
    if text[subject.end:obj.start].strip():
        return False
    rest = text[obj.end:obj.end + 3]
    if not rest[:1].isspace():
        return False
    start = obj.end + len(rest) - len(rest.lstrip())
    following = context.covering_mention(start)
    return following is not None and following.start == start and \
        following.label in AGENT_LABELS
