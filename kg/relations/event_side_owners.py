"""A side named by a common noun after «ل» owns the struck post before it.

War news often gives the holder of struck posts as a common noun behind «ل» that the name
finder leaves untagged: «قصف طيران التحالف مواقع عدة للمتمردين», «استهدفت الغارات
تجمعات للميليشيات», «سيطرت المقاومة على مواقع للمتمردين الحوثيين». The side is then the
target of the strike or the seizure (GUIDELINES: «مواقع الحوثيين»: target the Houthis),
not the bare post, which names no one. Only nouns that name an armed side in the plural
are read («المتمردين», «الميليشيات», «المسلحين», «الإرهابيين», «الانقلابيين»); a place or
a body after «ل» is no side («مواقع للتواصل», «مراكز للتدريب»). The side keeps the definite
adjectives after it («للمتمردين الحوثيين», «للميليشيات المسلحة»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.text.normalize import normalize_key

SIDE_NOUNS = frozenset({
    "متمردين", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "مسلحين", "ارهابيين",
    "انقلابيين", "متشددين", "متطرفين", "مقاتلين", "مقاومين", "معارضه", "معارضين", "ثوار", "عدو",
})
"""Common nouns that name an armed side («المتمردين», «الميليشيات», «العدو»)."""
_ADJECTIVE_REACH = 2
_NISBA_ENDINGS = ("ي", "يه", "يين", "ين", "ون")


def untagged_side(context: Extraction, words: list[Word], at: int) -> Arg | None:
    """The side named by the common noun behind «ل» at ``words[at]`` («للمتمردين»), with
    its definite adjectives, as one node; None when the word is no such side."""
    word = words[at]
    mention = context.covering_mention(word.start)
    if mention is not None and not (mention.label == "Miscellaneous" and mention.end <= word.end):
        return None  # a bare Miscellaneous tag of the noun alone («الميليشيات») is no name
    reading = next(((prefix, rest) for prefix, rest in word.readings()
                    if rest in SIDE_NOUNS and prefix.lstrip("وف").startswith("ل")), None)
    if reading is None:
        return None
    prefix, rest = reading
    core = prefix.lstrip("وف")
    begin = word.start + (len(prefix) - len(core)) + 1  # past «و» and the «ل» of belonging
    last = at
    while last + 1 < len(words) and last + 1 <= at + _ADJECTIVE_REACH:
        following = words[last + 1]
        if context.boundary_between(words[last], following) or \
                not following.norm.startswith("ال") or \
                not following.norm.endswith(_NISBA_ENDINGS):
            break
        last += 1
    end = words[last].end
    name = "ال" + rest + context.doc.text[word.end:end]
    return Arg(context.add_entity("Miscellaneous", name, normalize_key(name)), begin, end)
