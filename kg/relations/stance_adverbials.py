"""Adverbial heads that open no stance object.

«وتطالب سورية مقابل السلام باستعادة الجولان»: a noun in the adverbial accusative («مقابل»
in return for, «رغم» despite, «عقب» and «إثر» right after) opens a phrase of circumstance
between the verb's subject and its real object; the phrase is never what the stance is
toward.
"""

from __future__ import annotations

ADVERBIAL_HEADS = frozenset({"مقابل", "رغم", "عقب", "اثر"})
"""Normalised adverbial nouns: «مقابل», «رغم», «عقب», «إثر»."""
