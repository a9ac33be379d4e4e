"""An honorific pronoun right after a circumstantial participle of stance.

Saudi news restates a prince's or a minister's subject with his style after a participle:
«وأكد أمير المنطقة الأمير X اكتمال الاستعدادات، مشيداً سموه بتعاون الجهات الحكومية»,
«…، مثمناً معاليه جهود الهلال الأحمر». The pronoun («سموه», «معاليه», «فضيلته») is the
participle's own subject restated, so the object starts after it, not at it; the holder is
the clause's actor, or, when the clause names none, the person the text last introduced with
that style (:func:`kg.relations.speaker_styles.style_bearer`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, ArgsFound, Word
from kg.relations.speaker_styles import address_styles, style_bearer


def past_style_pronoun(context: Extraction, words: list[Word], position: int,
                       found: ArgsFound) -> ArgsFound:
    """``found`` (the participle's holder read from its clause), with the object moved
    past an honorific pronoun that follows the participle at ``position`` at once."""
    after = position + 1
    if after >= len(words) or not address_styles(words[after].norm) or \
            context.boundary_between(words[position], words[after]):
        return found
    if found.args:
        return ArgsFound(found.args, after + 1, found.how)
    bearer = style_bearer(context, words[position], words[after].norm)
    if bearer is None:
        return ArgsFound([], after + 1, "")
    return ArgsFound([Arg(bearer, words[after].start, words[after].end)], after + 1, "clause")
