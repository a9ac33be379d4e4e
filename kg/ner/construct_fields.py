"""An authority or a society named by a noun in construct with its field.

Many bodies are named by their kind and what they do, the deed an indefinite noun in
construct with its object: «هيئة حقوق الإنسان», «هيئة كبار العلماء», «هيئة مكافحة الفساد»,
«جمعية تحفيظ القرآن», «جمعية حماية المستهلك», «جمعية رعاية الأيتام». :mod:`kg.ner.bodies`
reads «هيئة»/«جمعية» with a definite field («هيئة الري والصرف»); :func:`construct_noun` says
whether the word right after the head may be such a construct noun, so that the definite
field may follow it: a word with no clitic, of letters only, that general text also uses
with the article (a noun: «الحقوق», «الرعاية», «المكافحة»; a verb never takes it, so «هيئة
تضم الخبراء», «جمعية تعنى بالأيتام» name no body), and no function word.
"""

from __future__ import annotations

from kg.gazetteer.person_words import FUNCTION_WORDS, PERSON_TITLES, split_word
from kg.ner.features import word_usage

_NEVER_WITH_ARTICLE = "0"
"""The bucket of ``kg/resources/ner/usage.tsv`` of words general text never writes with the
article: verbs and particles."""


def construct_noun(word: str) -> bool:
    """Whether ``word`` (a normalised key) may be the noun in construct between a body's
    kind and its definite field (see the module docstring)."""
    normal, proclitics, stem = split_word(word)
    if proclitics or not normal.isalpha() or len(normal) < 3 or normal in FUNCTION_WORDS or \
            normal in PERSON_TITLES:
        return False
    usage = word_usage().get(stem)
    return usage is not None and usage[1] != _NEVER_WITH_ARTICLE
