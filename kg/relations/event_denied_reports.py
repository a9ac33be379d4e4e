"""Events told in reports that the sentence denies: «نفى المصدر صحة تقارير تفيد بأن فلان عذب».

A verb of denial or of belying («نفى», «نفت», «ينفي», «كذب», «فند») whose object is the truth of
something said or the saying itself («صحة», «تقارير», «أنباء», «ما تردد», «ما تناقلته»,
«مزاعم») governs the words after it up to the next punctuation: an event told there is the
content of a denied report, not an event of the news. «نفى الجيش صحة التقارير عن قصف
المستشفى» and «نفت الوزارة الأنباء التي تحدثت عن اختطاف السفير» are no attack and no
kidnapping; nor is «نفى الجيش أن تكون طائراته قصفت المستشفى» a strike. A comma, a full stop,
«لكن», «بل» or a new verb of saying ends the reach: «نفى الجيش صحة التقارير، وقال
إن طائراته قصفت مواقع المسلحين» asserts the strike. A denial of a part in the deed («نفت
الحركة أن تكون لها علاقة بالتفجير», «نفى مسؤوليته عن الهجوم») leaves the deed told.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import DENIAL_WORD, Word
from kg.relations.scanned_words import DENYING

SAID_THINGS = frozenset({
    "صحه", "تقارير", "التقارير", "تقرير", "التقرير", "انباء", "الانباء", "نبا", "النبا",
    "انباءا", "الشائعات", "شائعات", "مزاعم", "المزاعم", "ادعاءات", "الادعاءات", "تردد",
    "تناقلته", "تناقلتها", "اشيع", "روايات", "الروايات", "ان", "بان", "وجود", "حدوث",
    "وقوع",
})
"""What a denial's object is when it denies what was said or that something took place: the
truth of it, the reports, «أن» («نفى الجيش أن تكون طائراته قصفت المستشفى»), «وقوع»."""

_ENDS = frozenset({
    "لكن", "لكنه", "لكنها", "ولكن", "بل", "غير", "قال", "وقال", "قالت", "وقالت", "اضاف",
    "واضاف", "اكد", "واكد", "اكدت", "واكدت", "مؤكدا", "مشيرا", "موضحا", "اوضح", "واوضح",
    "اعلن", "واعلن", "اعلنت", "واعلنت", "وتابع", "معتبرا",
})
"""Words that end the denied report: a contrast, or a new verb of saying («نفى ذلك وقال إن
طائراته قصفت مواقع المسلحين»)."""
INVOLVEMENT = frozenset({
    "علاقه", "صله", "مسؤوليه", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "تورط", "تورطه",
    "تورطها", "ضلوع", "ضلوعه", "ضلوعها", "يد", "دور", "مشاركه", "مشاركته", "مشاركتها",
})
"""What a denial of a part in a deed denies («نفت الحركة أن تكون لها علاقة بالتفجير», «نفى
مسؤوليته عن الهجوم»): the deed took place, only the denier's part in it is denied."""
_REACH = 20
_OBJECT_REACH = 4


def in_denied_report(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` stands, with no punctuation between, after
    a verb of denial whose object (at most four words on, past its subject) is a report."""
    if not context.index.kind_between(words[max(0, position - _REACH)], words[position],
                                      DENIAL_WORD):
        return False  # no verb of denial in reach (most sentences)
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.norm in _ENDS or word.bare() in _ENDS or word.has(INVOLVEMENT):
            return False
        if word.has(DENYING):
            return any(later.has(SAID_THINGS) for later in
                       words[index + 1:min(position, index + 1 + _OBJECT_REACH)])
    return False
