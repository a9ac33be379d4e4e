"""A name right after «بنيران», «برصاص» or «على يد» is who fired, never who was hit.

«استشهد فلسطيني إثر إصابته بنيران قوات الاحتلال الإسرائيلي شرق مخيم البريج»: the forces
after «بنيران» shot the victim; read as the killing's target they turn the deed around.
The same holds after «برصاص» («قتل شاب برصاص الشرطة»), «بقذائف» / «بقذيفة» («أصيب
طفلان بقذيفة للجيش» names the army's shell), «بغارة» / «بغارات» («قتلوا بغارات التحالف»)
and «على يد» («مقتل صحفي على يد مسلحين»). Such a target is dropped: the agent readers
(``event_subjects``) take the phrase as the doer where they reach it, and a missing target is
better than the doer named as its own victim. A target elsewhere in the sentence stays
(«قتل جنديان برصاص مسلحين هاجموا حاجزاً»: «حاجزاً» is not right after the word of fire).
"""

from __future__ import annotations

from kg.relations.event_draft import Draft
from kg.relations.index import Word

FIRE_WORDS = frozenset({
    "بنيران", "بنار", "برصاص", "برصاصه", "برصاصات", "بقذائف", "بقذيفه", "بغاره", "بغارات",
    "بصواريخ", "بصاروخ",
})
"""What a victim was hit by, whose genitive is the one who fired: «بنيران قوات الاحتلال»."""
_HAND = "يد"
_ON = frozenset({"علي", "وعلي"})


def _by_fire_of(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` stands right after «بنيران», «برصاص», ... or «على يد»."""
    if index == 0:
        return False
    before = words[index - 1].norm
    if before in FIRE_WORDS or (before[:1] in {"و", "ف"} and before[1:] in FIRE_WORDS):
        return True
    return before == _HAND and index >= 2 and words[index - 2].norm in _ON


def drop_fire_sources(words: list[Word], draft: Draft) -> None:
    """Drop each target that opens right after a word of fire or «على يد»: it names who
    fired («إصابته بنيران قوات الاحتلال»)."""
    # (the words by start only for a draft with an argument of that role: most have none)
    starts = {word.start: index for index, word in enumerate(words)} \
        if any(argument.role == "target" for argument in draft.arguments) else {}
    draft.arguments = [
        argument for argument in draft.arguments
        if not (argument.role == "target" and argument.start in starts and
                _by_fire_of(words, starts[argument.start]))
    ]
