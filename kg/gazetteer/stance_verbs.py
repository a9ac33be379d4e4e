"""Perfect verbs of stance that are given names too («دعا», «دان»), and where they open a clause.

Shared by the tagger's repair (:mod:`kg.ner.stance_verbs`) and the linker, which must not
widen a name over such a verb before it (:mod:`kg.link.retype`); see
:mod:`kg.ner.stance_verbs` for the rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.text.normalize import normalize_key

VERBS = frozenset(normalize_key(word) or word for word in (
    "دعا", "دان", "أدان", "ناشد", "هاجم", "شكر"))
"""Perfect verbs of stance listed as given names (:func:`kg.gazetteer.person_words.given_names`)
whose verb reading rules in news; not «أمل» (hoped, and the common name Amal), «وعد» (the
name Waad), «بارك» (the Korean family name Park)."""
CLAUSE_OPENERS = frozenset({"،", ",", "؛", ";", ".", "كما", "ثم", "وقد", "فقد", "لقد", "وكان",
                             "فيما", "وفيما", "بينما", "وبينما", "حين", "وحين", "عندما", "وعندما"})
"""Words and marks after which a verb opens a clause; not «:», which in credits opens a
name («إخراج: دان ...»)."""
_RELATIVES = frozenset(normalize_key(word) or word for word in (
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"))
_TO = frozenset({"إلى", "الى", "إلي"})


def stance_verb(word: str) -> tuple[bool, bool]:
    """(whether ``word`` is one of the verbs, whether «و» or «ف» is glued to it)."""
    normal = normalize_key(word) or word
    if normal in VERBS:
        return True, False
    return normal[:1] in ("و", "ف") and normal[1:] in VERBS, True


def article_word(word: str) -> bool:
    normal = normalize_key(word) or word
    return normal.startswith("ال") and len(normal) > 3 and normal not in _RELATIVES


def complement(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` can open the verb's object: an article word, «إلى»,
    or a word with «ب» or «ل» glued (not a name part: the tags are checked by the caller)."""
    if index >= len(words):
        return False
    word = words[index]
    normal = normalize_key(word) or word
    return article_word(word) or word in _TO or (normal[:1] in ("ب", "ل") and len(normal) > 3)


_LAST_WORD = re.compile(r"(\S+)\s*$")
_NEXT_WORD = re.compile(r"\s+(\S+)")


def stance_verb_before(text: str, verb_start: int, name_end: int, sentence_start: int) -> bool:
    """Whether the word at ``verb_start`` is one of the stance verbs, at a clause start
    (its sentence's first word, or after a clause opener), and the word after the name that
    ends at ``name_end`` can open the verb's object: then the name after the verb does not
    take the verb as its given name («دعا بلاتر الاتحادات إلى ...», «كما دعا ميركل إلى ...»)."""
    verb = _NEXT_WORD.match(" " + text[verb_start:name_end])
    if verb is None or not stance_verb(verb.group(1))[0] or stance_verb(verb.group(1))[1]:
        return False
    last = _LAST_WORD.search(text, max(sentence_start, verb_start - 60), verb_start)
    if last is not None and last.group(1) not in CLAUSE_OPENERS and \
            last.group(1)[-1:] not in "،,؛;.\n":
        return False
    after = _NEXT_WORD.match(text, name_end)
    return after is not None and complement([after.group(1).rstrip("،,.؛:")], 0)
