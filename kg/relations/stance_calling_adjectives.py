"""«الداعية», «الداعي إلى»: the participle of calling with its article names, it does not appeal.

«ودعا الداعية محمد حسان الشباب إلى ...» («الداعية» is the preacher's calling, a word of his
title), «رفض بري اقتراح رايس الداعي إلى ...», «مواقفها الداعية للحفاظ على الأمن» (an
adjective of a proposal or a stand, whose content is no addressee): with «ال» the active
participle of «دعا» is a noun or an adjective, never the circumstantial «داعياً»/«داعيةً» of
an actor's appeal («وأدان الهجوم، داعيا المجتمع الدولي إلى ...»). No ``urges`` is read
at it; the verb of the sentence keeps its own appeal.
"""

from __future__ import annotations

from kg.relations.index import Word

_CALLING_PARTICIPLES = frozenset({"داعي", "داعيه", "داعين", "داعيان", "داعيتين"})


def calling_adjective(word: Word) -> bool:
    """Whether ``word`` is the participle of calling with its article («الداعية», «والداعي»)."""
    norm = word.norm.lstrip("وف")
    return any(norm.startswith(prefix) and norm[len(prefix):] in _CALLING_PARTICIPLES
               for prefix in ("ال", "بال", "لل", "كال"))  # «للداعية»: ل + الداعية
