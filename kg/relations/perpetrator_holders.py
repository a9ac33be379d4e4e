"""The named group that holds an unnamed perpetrator: «مسلحون من تنظيم داعش».

News prose often names the doers by what they are and then by the group they belong to:
«هاجم مسلحون من تنظيم داعش نقطة تفتيش», «إن عناصر من حركة الشباب اقتحموا القرية»,
«اختطف مسلحون تابعون لتنظيم القاعدة ثلاثة مهندسين», «مقاتلين موالين للحوثيين», «متشددون من
الموالين لحركة طالبان» (some of those loyal to it). The doer is
the group, as it is in «عناصر داعش» and «مسلحو الحوثي» (``kg.relations.actors``): the
phrase runs through the group's name, so that the verb's object is read after it, and the
node is the group's. Only a group, a party or a state body holds doers this way («من» +
a city is where they come from: «مسلحون من الفلوجة»), and the name must follow the
preposition at once, or behind its kind word and an opening quote («مسلحون من جماعة
"بوكو حرام"», «عناصر من حركة «الشباب»»: the NER tags the quoted name without its kind). The
phrase also runs through a describing adjective of the group after the name («من جماعة بوكو
حرام المتطرفة»), which is no object of the verb.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.actors import actor_phrase
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

HOLDER_LABELS = frozenset({"ArmedGroup", "Organization", "PoliticalParty", "GovernmentBody"})
"""Who holds fighters: an armed group, an organisation, a party, a state's forces."""
_OWNED = frozenset({"تابعون", "تابعين", "التابعين", "التابعون", "تابعه", "التابعه", "موالون",
                    "موالين", "الموالين", "الموالون", "مواليه", "الموالية"})
"""«تابعون لـ», «موالين لـ»: belonging or loyal to the group named behind «ل»."""
_KINDS = frozenset({"جماعه", "حركه", "تنظيم", "ميليشيا", "مليشيا", "جبهه", "حزب"})
"""The kind word printed before a quoted group name: «من جماعة "بوكو حرام"»."""
_OPENING_QUOTES = frozenset({"«", '"', "“", "'"})
_GROUP_ADJECTIVES = frozenset({"متطرفه", "متشدده", "مسلحه", "ارهابيه", "متطرف", "متشدد",
                               "مسلح", "ارهابي", "تكفيريه", "تكفيري"})
"""Adjectives that describe the group after its name («جماعة بوكو حرام المتطرفة»)."""
_CLOSING_QUOTES = frozenset({"»", '"', "”", "'"})


def holder_after(context: Extraction, words: list[Word], last: int) -> Arg | None:
    """The group named right after the perpetrator phrase ending at ``words[last]``, behind
    «من» («مسلحون من تنظيم داعش», «مقاتلون من المقاومة الجنوبية») or an adjective of
    belonging and «ل» («تابعون لتنظيم القاعدة»), as an argument whose span is the name;
    None when there is none. The index of the name's last word is ``holder_last``."""
    index = last + 1
    if index + 1 >= len(words) or context.boundary_between(words[last], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    if words[index].norm == "من" and words[index + 1].norm in _OWNED and \
            index + 2 < len(words) and \
            not context.boundary_between(words[index + 1], words[index + 2]):
        index, prefix = index + 1, "ل"  # «مسلحون من الموالين لحركة طالبان»
    elif words[index].norm == "من":
        prefix = ""
    elif words[index].norm in _OWNED:
        prefix = "ل"
    else:
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None and words[index + 1].norm in _KINDS:
        mention = _quoted_name(context, words, index + 1)
    if mention is None:
        phrase = actor_phrase(context, words, index + 1) if not prefix else None
        if phrase is None or context.label(phrase[0].node_id) not in HOLDER_LABELS:
            return None  # «مسلحون من الفلوجة»: where they come from
        return phrase[0]
    if not mention.entity_id or mention.label not in HOLDER_LABELS or \
            context.attached_prefix(mention).lstrip("وف") != prefix:
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _quoted_name(context: Extraction, words: list[Word], kind: int) -> Mention | None:
    """The mention of the group's name that opens behind the kind word at ``words[kind]``
    and an opening quote only («جماعة "بوكو حرام"»), or None."""
    if kind + 1 >= len(words):
        return None
    gap = context.doc.text[words[kind].end:words[kind + 1].start].strip()
    if gap not in _OPENING_QUOTES:
        return None
    return context.mention_starting_in(words[kind + 1])


def closes_quoted_name(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether only the quote that closes a quoted name («حركة «الشباب» ثلاثة جنود») parts
    ``words[index]`` from the word before it: a quote around a name parts no phrase."""
    if index <= 0 or index >= len(words):
        return False
    left = words[index - 1]
    if context.doc.text[left.end:words[index].start].strip() not in _CLOSING_QUOTES:
        return False
    mention = context.covering_mention(left.start)
    return mention is not None and mention.end == left.end and \
        context.doc.text[:mention.start].rstrip()[-1:] in _OPENING_QUOTES


_CLOSING_QUOTES_OR_NONE = _CLOSING_QUOTES | {""}


def holder_last(context: Extraction, words: list[Word], holder: Arg) -> int:
    """The index (in ``words``) of the last word of the holder's name, or of the describing
    adjective right after it («جماعة بوكو حرام المتطرفة», «حركة «الشباب» المتشددة»)."""
    end = context.word_at(max(holder.start, holder.end - 1))
    assert end is not None
    last = end.index - words[0].index
    after = last + 1
    if after < len(words) and words[after].sentence_index == end.sentence_index and \
            context.doc.text[end.end:words[after].start].strip() in _CLOSING_QUOTES_OR_NONE and \
            words[after].norm.startswith("ال") and words[after].norm[2:] in _GROUP_ADJECTIVES:
        return after
    return last
