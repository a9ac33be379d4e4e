"""A title whose body is a pair joined by «و» may still have another title after it.

«وزير الثقافة والإعلام رئيس مجلس إدارة هيئة الإذاعة والتلفزيون الدكتور X»: two titles of one
person in apposition. A new title opens at a bare head after a definite word that is no head
(``titles.opens_apposed``); «والإعلام» is definite too, behind its «و», so the same holds
after it. The words of the earlier title may likewise be such conjoined definite words
(«الثقافة والإعلام», «الشؤون الإسلامية والأوقاف»). A conjoined head («ورئيس») is not one of
them: it opens a coordinated title, which other rules handle.
"""
from __future__ import annotations

from kg.relations.index import Word
from kg.relations.titles import bare_head, head_at


def conjoined_definite(seq: list[Word], index: int) -> bool:
    """«والإعلام», «والآثار»: a definite word behind «و» that is no title head."""
    word = seq[index]
    return word.norm.startswith("وال") and len(word.norm) > 4 and not head_at(seq, index)


def opens_after_conjunct(seq: list[Word], index: int) -> bool:
    """Whether a bare title head at ``seq[index]`` opens a new title in apposition right
    after a conjoined definite word: «... والإعلام رئيس ...»."""
    return 0 < index < len(seq) and bare_head(seq, index) and \
        not seq[index].norm.startswith("و") and conjoined_definite(seq, index - 1)


def split_after_conjunct(parts: list[list[Word]]) -> list[list[Word]]:
    """Each title of ``parts`` cut again where a new title opens after a conjoined definite
    word: [«وزير الثقافة والإعلام رئيس مجلس إدارة الهيئة»] → two titles."""
    split: list[list[Word]] = []
    for part in parts:
        split.append([])
        for index, word in enumerate(part):
            if split[-1] and opens_after_conjunct(part, index):
                split.append([])
            split[-1].append(word)
    return [p for p in split if p]
