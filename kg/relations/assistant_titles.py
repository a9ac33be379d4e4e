"""«مساعد» + a title head is one title: the assistant's, never the head's.

In Saudi and Gulf news an assistant director is written «مساعد مدير شرطة ثادق», «مساعد
أمين منطقة المدينة المنورة», «مساعد وزير الدفاع», «مساعدة مدير التعليم». «مساعد» is no
title head by itself (it is also a given name, «مساعد الجهني», and «مساعدة» is aid), so the
title rules saw only the head after it: before the name they gave the holder the head's own
office («مدير شرطة ثادق» for the assistant — a wrong fact), after the name they found no
title at all. The rule: «مساعد/مساعدة» with no clitic, right before a title head that has no
clitic but the article («مدير», «المدير العام», not «لمدير» or «والمدير»), opens the
title. The head
rules still decide leads, and a title with «مساعد» in it never leads (``roles._leads``).
"""
from __future__ import annotations

from kg.relations.index import Word
from kg.relations.titles import bare_head, head_at

ASSISTANT_WORDS = frozenset({"مساعد", "مساعده"})
"""The bare forms of «مساعد» (the tā' marbūṭa is normalised to «ه»)."""


def assistant_opens(seq: list[Word], index: int) -> bool:
    """Whether ``seq[index]`` is a bare «مساعد/مساعدة» opening the title whose head follows
    at once: «مساعد مدير عام التعليم» yes; «مساعد الجهني», «مساعدة للمدير», «مساعد لمدير»,
    «ومساعد مدير» (a new person's title after «و») no."""
    if index < 0 or index + 1 >= len(seq) or seq[index].norm not in ASSISTANT_WORDS:
        return False
    return head_at(seq, index + 1) and bare_head(seq, index + 1)
