"""A verb of stance that opens a clause is no given name: «دعا بلاتر ...» is «Blatter urged».

A few perfect verbs that news uses to give a stance or an appeal are given names too:
«دعا» (urged), «دان» and «أدان» (condemned), «ناشد» (appealed to), «هاجم» (attacked),
«شكر» (thanked). Arabic news puts the verb first and its subject, often a person, right
after it: «دعا بلاتر الاتحادات الوطنية إلى ...», «ودان نبيه بري الاعتداء». The tagger
then reads the verb as the person's first name («دعا بلاتر») or as a person alone
(«[دان] الرئيس محمود عباس»), and the stance is lost or given to nobody.

:func:`stance_verb_names` takes such a verb out of a person name when all of these hold:

- the verb is the name's first word, maybe with «و» or «ف» glued to it, and it opens a
  clause: the sentence's first word, or after «،», «؛», «كما», «ثم», «وقد», «فيما»,
  «عندما» and the like, or glued to «و»/«ف» after a word that is no name (so not «جورج بوش
  ودان كويل»);
- the verb's object or its subject follows: after a name of two words or more, the next
  word takes the article (not «الذي», «التي», ...), is «إلى/الى» or opens with «ب»/«ل»
  («دعا بلاتر الاتحادات»; «ودان بلاتر بشدة»), and the name without the verb is left;
  after the verb alone, a tagged name or an article word follows it («[دان] الرئيس»,
  «[ودان] [نبيه بري]»).

The linker, which widens a one-word person name over a given name before it, leaves such a
verb out the same way (:func:`kg.gazetteer.stance_verbs.stance_verb_before`, used by
:mod:`kg.link.retype`): «كما دعا ميركل إلى الحوار» names «ميركل».

A person's name that itself opens a clause may stand before the verb, as its subject:
«وكان ميشيل بلاتيني دعا بلاتر إلى الاستقالة» (Platini had urged Blatter); the verb is
taken out of the name after it the same way.

Read on the written word: «دعاء» (a woman's name) is not «دعا»; a verb word inside a
name («محمد دعا») is left alone, and so is a name after a verb of saying («وقال دان براون
إن ...»), which no clause start stands before.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.stance_verbs import CLAUSE_OPENERS, article_word, complement, stance_verb
from kg.ner.conll import chunks
from kg.text.normalize import normalize_key


def _after_subject(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """Whether a person's name, itself at a clause start, ends right before
    ``words[index]``: the name is the verb's subject («وكان [X Y] دعا بلاتر إلى ...»)."""
    if index == 0 or tags[index - 1] not in ("B-PERS", "I-PERS"):
        return False
    start = index - 1
    while start > 0 and tags[start] == "I-PERS":
        start -= 1
    return start == 0 or words[start - 1] in CLAUSE_OPENERS


def _clause_start(words: Sequence[str], tags: Sequence[str], index: int, glued: bool) -> bool:
    if index == 0 or words[index - 1] in CLAUSE_OPENERS:
        return True
    if not glued and _after_subject(words, tags, index):
        return True
    return glued and tags[index - 1] == "O" and \
        (normalize_key(words[index - 1]) or words[index - 1]).isalpha()


def stance_verb_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a stance verb taken out of the person name it opens (see the
    module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS":
            continue
        verb, glued = stance_verb(words[start])
        if not verb or not _clause_start(words, tags, start, glued):
            continue
        if end - start >= 2:
            if end < len(tags) and tags[end] == "O" and complement(words, end):
                result[start] = "O"
                result[start + 1] = "B-PERS"
        elif end < len(words) and (tags[end].startswith("B-") or article_word(words[end])):
            result[start] = "O"
    return result

