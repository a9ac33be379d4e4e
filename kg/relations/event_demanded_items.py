"""The items of a list of demands, conditions or a proposal are not events of the news.

«قالت ليفني إن إسرائيل لديها ثلاثة مطالب كي تنهي هجومها، وهي عودة الجنديين الأسيرين وتفكيك
حزب الله وسيطرة الجيش اللبناني على منطقة الجنوب»: the army's control of the south is
demanded, not done. «رفض بري اقتراح رايس الداعي إلى ضرورة إطلاق حزب الله للجنديين الأسيرين،
وانسحاب الحزب من منطقة الحدود»: the withdrawal is proposed. A noun trigger counts as such
an item when a noun of demand or proposal («مطالب», «شروط», «اقتراح», «مبادرة») stands
before it in its sentence, at most twenty words back, and a word that opens its contents
(«وهي», «الداعي إلى», «تشمل», «تتضمن», «تنص على») stands between the two. A verb
(«وانسحبت القوات») is told as done and stays, as does a noun with no such opener between
(«رفضت الحركة مطالب الوسطاء بعد مقتل قائدها»: the killing happened).
"""

from __future__ import annotations

from kg.relations.index import Word

DEMAND_NOUNS = frozenset({
    "مطالب", "مطالبها", "مطالبه", "مطالبهم", "شروط", "شروطها", "شروطه", "شروطهم", "شرط",
    "اقتراح", "اقتراحه", "اقتراحها", "اقتراحات", "مقترح", "مقترحات", "مبادره", "مبادرته",
    "مبادرتها", "خطه", "خطته", "خطتها",
})
"""Nouns whose contents are demanded or proposed («ثلاثة مطالب», «اقتراح رايس»)."""
CONTENT_OPENERS = frozenset({
    "وهي", "وهما", "الداعي", "الداعيه", "تشمل", "يشمل", "تتضمن", "يتضمن", "تنص", "ينص",
    "ومنها", "ابرزها", "اهمها",
})
"""Words that open the contents of a demand («وهي ...», «الداعي إلى ...»)."""
_REACH = 20


def demanded_item(words: list[Word], position: int, verb: bool) -> bool:
    """Whether the noun trigger at ``words[position]`` is an item of a demand or proposal
    named before it in its sentence, past a word that opens the contents."""
    if verb:
        return False
    sentence = words[position].sentence_index
    opener = False
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if word.norm in CONTENT_OPENERS:
            opener = True
        elif opener and word.has(DEMAND_NOUNS):
            return True
    return False
