"""A stance noun inside a ministry's name, joined by «و», opens no new clause.

Saudi ministries and bodies carry long names of joined definite nouns: «وزير الشؤون
الإسلامية والأوقاف والدعوة والإرشاد», «هيئة الأمر بالمعروف والنهي عن المنكر». Thanks name
their deed after such a title and the minister's name («عن شكره وتقديره لوزير الشؤون
الإسلامية والأوقاف والدعوة والإرشاد الشيخ X على جهوده»). «والدعوة» there is one more
noun of the title, not the noun of an appeal that would open another clause before «على»:
a definite noun glued to «و» names a thing joined to the one before it; a new clause opens
with a verb («ودعا»), «أن» or a verb of saying.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.role_words import is_title_head

_TITLE_SPAN = 5
"""How far back a title head may stand before a joined noun of its name («وزير الشؤون
الإسلامية والأوقاف والدعوة»: four words back from «والدعوة»)."""


def title_conjunct(word: Word) -> bool:
    """«والدعوة», «والإرشاد»: a definite noun glued to «و»."""
    return word.norm.startswith("وال") and len(word.norm) > 4


def in_title(words: list[Word], index: int) -> bool:
    """``words[index]`` is a joined noun of the title opened a few words before it
    («لوزير الشؤون الإسلامية والأوقاف والدعوة»), not a stance word of its own."""
    return title_conjunct(words[index]) and \
        any(is_title_head(word) for word in words[max(0, index - _TITLE_SPAN):index])


def title_conjuncts(words: list[Word], start: int, reach: int) -> int:
    """How many joined nouns of a title opened in the ``reach`` words after ``start`` follow it
    («لوزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ X»: three): the object scan
    reads that many words further, as it does past styles of address, so that the name
    after a long ministry title is as near as one after a short title. Only nouns after a
    title head count: «الهجمات والتفجيرات» after no title is a list, read no further."""
    window = words[start + 1:start + 1 + 2 * reach]
    opened = next((i for i, word in enumerate(window[:reach]) if is_title_head(word)), None)
    if opened is None:
        return 0
    return sum(1 for index in range(start + 2 + opened, start + 1 + len(window))
               if in_title(words, index))
