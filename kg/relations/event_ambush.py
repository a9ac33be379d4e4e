"""The «ل» object of an ambush: «نصب المسلحون كميناً لدورية عسكرية», «كمين نصبه مقاتلو
الحركة لقافلة تابعة للجيش».

An ambush is laid *for* its victims: after «كمين» (past the relative «نصبه»/«نصبها» and its
doer) «ل» and a body of troops or what carries them («دورية», «قافلة», «رتل», «قوات»,
«تعزيزات») is the target. The same «ل» before a named armed side is ambiguous: «كمين لداعش»
is mostly Daesh's own ambush (its doer, read by the agent rules), so a named side after «ل»
is the target only when the ambush already has its doer («نصب مقاتلو الحركة كميناً للقوات
الكينية») and the name is another one. A body of troops whose owner follows («لدورية تابعة
للجيش») is given to that owner by ``event_owned_targets``.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import AGENT_LABELS, Arg, Word

AMBUSH_FORMS = frozenset({"كمين", "كمينا", "كمائن"})
"""The ambush nouns of the Attack lexicon."""
AMBUSHED = frozenset({
    "دوريه", "دوريات", "قافله", "قوافل", "رتل", "ارتال", "موكب", "تعزيزات", "قوات", "قوه",
    "وحده", "وحدات", "جنود", "عناصر", "عسكريين", "حافله", "سياره", "سيارات", "عربات", "اليات",
    "مدرعات", "كتيبه", "سريه", "مفرزه",
})
"""Troops and what carries them: what an ambush is laid for."""
_LAID = frozenset({"نصبه", "نصبها", "نصبته", "نصبوه", "نصبتها", "نصبوها", "محكما", "محكم", "محكمه",
                   "مسلحا", "مسلح"})
"""The relative «نصبه» and the adjectives that may stand between the ambush and its «ل»."""
_REACH = 6
_MARKS = frozenset(chr(code) for code in range(0x064B, 0x0653)) | {"\u0640"}
"""Short vowels and the tatweel, which the normal form drops."""
_NISBA_ENDINGS = ("يه", "ي", "يين")


def ambush_target(context: Extraction, words: list[Word], position: int,
                  draft: Draft) -> Arg | None:
    """The victims an ambush at ``words[position]`` was laid for, behind «ل», or None."""
    if draft.label != "Attack" or trigger_form(words[position]) not in AMBUSH_FORMS or \
            any(a.role == "target" for a in draft.arguments):
        return None
    agents = [a for a in draft.arguments if a.role == "agent"]
    index = position + 1
    while index < len(words) and index - position <= _REACH:
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return None
        if any(a.start <= word.start < a.end for a in agents) or word.norm in _LAID:
            index += 1  # «كمين نصبه مسلحو الحركة لـ...»: the doer of the relative clause
            continue
        return _lam_object(context, words, index, bool(agents),
                           {a.entity_id for a in agents})
    return None


def _lam_object(context: Extraction, words: list[Word], index: int, has_agent: bool,
                agents: set[str]) -> Arg | None:
    """The troops (a phrase) or, once the doer is known, the named side behind «ل» at
    ``words[index]``."""
    word = words[index]
    mention = context.mention_starting_in(word)
    if mention is not None and mention.start < word.end:
        if not has_agent or mention.label not in AGENT_LABELS or mention.entity_id is None or \
                mention.entity_id in agents or \
                not context.attached_prefix(mention).lstrip("وف").startswith("ل"):
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    lam = next((prefix for prefix, rest in word.readings()
                if prefix.lstrip("وف") in {"ل", "لل"} and rest in AMBUSHED), None)
    if lam is None:
        return None
    printed = context.doc.text[word.start:word.end]
    skip = _printed_length(printed, len(lam))
    begin = word.start + skip
    last = index
    following = index + 1
    if following < len(words) and not context.boundary_between(word, words[following]) and \
            words[following].norm.endswith(_NISBA_ENDINGS) and \
            words[following].norm.startswith("ال") == lam.endswith("لل") and \
            context.covering_mention(words[following].start) is None:
        last = following  # «لدورية عسكرية», «للقوات الحكومية»
    end = words[last].end
    name = ("ال" if lam.endswith("لل") else "") + printed[skip:] + \
        context.doc.text[word.end:end]
    return Arg(context.add_entity("Miscellaneous", name), begin, end)


def _printed_length(printed: str, letters: int) -> int:
    """How many characters of ``printed`` hold its first ``letters`` letters (the vowel marks
    and the tatweel that the normal form drops counted in)."""
    seen = 0
    for offset, char in enumerate(printed):
        if seen == letters and char not in _MARKS:
            return offset
        if char not in _MARKS:
            seen += 1
    return len(printed)
