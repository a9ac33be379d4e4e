"""Nouns of a title phrase whose first letter «ب» is the root's, not a glued preposition.

A word that opens with «ب» reads as the preposition «ب» + a noun, and the title readers
take such a word for the link to what follows («الناطق بقيادة حرس الحدود») or for the
start of an adverbial. Some nouns open with a root «ب»: «بعثة» (a mission), «بلدية» (a
municipality), «برلمان», «برقيات» (telegrams). Read as «ب» + «عثة», «رئيس بعثة مصر»
lost «بعثة» and became «رئيس» of Egypt (its president), and «أمير البلاد برقيات التهاني»
ran on over the verb's object. The list is closed and small: nouns news prose puts right
after a title's words.
"""

from __future__ import annotations

BA_ROOT_NOUNS = frozenset({"بعثه", "بعثات", "بلديه", "بلديات", "برلمان", "بورصه", "برقيه",
                           "برقيات", "بطاقه", "بطاقات", "بيان", "بيانات"})
"""Normalised forms («ة» written «ه»), without clitics."""
