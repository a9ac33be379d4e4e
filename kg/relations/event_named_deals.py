"""The nuclear deal named as such, with no party around it: «الاتفاق النووي لن يغير شيئاً».

An agreement noun needs a party to make an event (``event_reading``): «الاتفاق» alone is
most often a deal told before, or no deal at all. Once a deal has been made, the news names it
by its kind or its city («الاتفاق النووي», «اتفاق فيينا النووي») and lets the parties go
unsaid: «وصرح خامنئي بأن الاتفاق النووي لن يغير علاقات بلاده»; the gold takes the first such
mention of the article as the agreement (roles empty where the sentence names no party), and
later mentions repeat it. So the first mention of the article of a definite «الاتفاق النووي»,
or of «اتفاق» followed by a city and «النووي», is an agreement even with no party named when it
is the subject of a that-clause («بأن الاتفاق النووي», «إلى أن اتفاق فيينا النووي»: the deal
itself is what is told of), once the checks of sense, aim, prospect, question and approval have
passed. Told as a time or a frame («بعد التوقيع على الاتفاق النووي») it is left to the
mention that names the parties. A later one, or one
after a mention found to name no event («إذا انتهكت طهران الاتفاق»), is left to the rules of
repeats.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_NUCLEAR = frozenset({"النووي"})
_DEAL = "اتفاق"
_CITIES = frozenset({"City", "Location", "Country"})
_THAT = frozenset({"ان", "بان", "وان", "لان", "فان"})


def named_deal(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` names the nuclear deal as such
    (module docstring) and is the article's first mention of an agreement."""
    if context.latest_event("Agreement") is not None or context.rejected_event("Agreement"):
        return False
    word = words[position]
    readings = [(prefix, rest) for prefix, rest in word.readings() if rest == _DEAL]
    if not readings or position + 1 >= len(words) or position < 1 or \
            words[position - 1].norm not in _THAT:
        return False
    after = words[position + 1]
    if context.boundary_between(word, after):
        return False
    if any("ال" in prefix for prefix, _ in readings):
        return after.norm in _NUCLEAR  # «الاتفاق النووي», «للاتفاق النووي»
    mention = context.mention_starting_in(after)
    if mention is None or mention.label not in _CITIES or mention.start != after.start:
        return False
    following = next((w for w in words[position + 2:] if w.start >= mention.end), None)
    return following is not None and following.norm in _NUCLEAR and \
        not context.boundary_between(words[position + 1], following)  # «اتفاق فيينا النووي»
