"""A praised deed owned by an honorific pronoun: «ثمّن X إشادة سموه ودعمه», «بتوجيهات معاليه».

Saudi news names the owner of a praised deed or quality by the honorific pronoun of the person
introduced earlier with that style («صاحب السمو الملكي الأمير Y» ... «دعم سموه»). A noun with
such a pronoun after it, a few words after the praise and in its clause, names that person as
the praised one (see :func:`kg.relations.speaker_styles.style_bearer`); the pronoun right after the
verb is its subject («وأشاد سموه»), not this.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.speaker_styles import address_styles, style_bearer

_REACH = 5


def styled_owner(context: Extraction, words: list[Word], position: int, after: int,
                 skip: set[str]) -> Candidate | None:
    """The person an honorific pronoun after a noun stands for, in the few words after the
    praise at ``words[position]`` and its subject (``after`` is the word past the subject);
    None when there is none."""
    first = max(position + 2, after + 1)
    for index in range(first, min(len(words), first + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if not address_styles(word.norm):
            continue
        bearer = style_bearer(context, words[position], word.norm)
        if bearer is None or bearer in skip:
            return None
        return Candidate(Arg(bearer, word.start, word.end), "", "Person", index, "mention")
    return None


def styled_deed_owner(context: Extraction, words: list[Word], position: int, after: int,
                      found: list[Candidate], skip: set[str]) -> list[Candidate] | None:
    """«منوهاً بحرص سموه على افتتاح فعاليات صيف الباحة»: a praised deed owned by an honorific
    pronoun before the first object found is that person's; the place or body named later
    inside the deed is not what is praised. The pronoun's bearer when known (else no object);
    None when no such pronoun comes first."""
    if not found:
        return None
    first = max(position + 2, after + 1)
    end = min(len(words), first + _REACH, min(c.word_index for c in found))
    for index in range(first, end):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if address_styles(words[index].norm):
            owner = styled_owner(context, words, position, after, skip)
            return [owner] if owner is not None and owner.word_index == index else []
    return None
