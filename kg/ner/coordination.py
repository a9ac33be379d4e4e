"""Where a person name coordinated right after another person name starts.

In a list of names («يقوم ببطولة الفيلم كريس برات وبرايس دالاس هاوارد وإيمليا
كلارك») each item after the first carries the conjunction «و» and the same
proclitics as the first item: none in «كريس برات وبرايس ...», so «وبرايس» is «و» +
«برايس», not «و» + «ب» + «رايس»; «ب» in «التقى بمحمد وبخالد», so «وبخالد» is
«وب» + «خالد». The rule reads a person mention whose first word starts with «و» and
that stands right after another person mention of the same sentence this way,
whatever the tagger's training names say about the word («رايس» seen more often
than «برايس», «إيمليا» never seen).
"""

from __future__ import annotations

from kg.gazetteer.person_words import is_given
from kg.text.normalize import normalize_key


def coordinated_start(word: str, previous_proclitics: str) -> int | None:
    """Where the name starts in ``word``, the first surface word of a person mention
    that follows another person mention (whose first word carried
    ``previous_proclitics``, normalised), with only «و» between them; ``None`` when
    the rule does not apply (no «و», a word that is a listed given name whole:
    «وليد», «وائل», or too little left). «و» + a listed given name is split after
    «و» only, whatever the first item carried («بمحمد وبسام»)."""
    letters = [i for i, char in enumerate(word) if normalize_key(char)]
    normal = "".join(normalize_key(word[i]) for i in letters)
    if not normal.startswith("و") or is_given(normal):
        return None
    if is_given(normal[1:]):
        return letters[1]  # «بمحمد وبسام»: «و» + the given name «بسام»
    proclitics = "و" + previous_proclitics
    if not normal.startswith(proclitics) or len(normal) - len(proclitics) < 3:
        return None
    return letters[len(proclitics)]
