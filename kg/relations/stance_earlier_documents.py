"""«أصدرت الخارجية المصرية بيانا ... . وأدان البيان الهجوم»: a statement named before speaks
for its author.

A news story introduces a body's statement once («أصدرت X بيانا», «وقالت X في بيان»,
«في بيان لـ X», «بيان صادر عن X») and then lets the statement itself hold the stance with
the definite noun right after a stance verb: «وأدان البيان الحوثيين», «ورحب البيان بقرار
مجلس الأمن», «ودعا البيان إيران إلى ...», «وانتقد التقرير الحكومة». The holder is the
statement's author, when the article names it without doubt: every document of the same
kind named in the sentence before the verb and the few sentences before it has that one
author (a joint statement, two statements by two bodies, or a statement whose author kg
does not know give none). «البيان» with a word that says which statement («الختامي»,
«المشترك», a nisba: :mod:`kg.relations.stance_statement_nisbas`) or a relative clause
after it («البيان الذي أصدرته ...»: the verb's object) is left alone; so is a feminine verb,
which cannot have «البيان» as its subject.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_document_holders import document_author_at
from kg.relations.stance_verb_gender import verb_gender

_KINDS = {
    "البيان": frozenset({"بيان", "بيانا"}),
    "التقرير": frozenset({"تقرير", "تقريرا"}),
}
"""The definite document after the verb, and the indefinite nouns that introduce it."""
_WHICH = frozenset({
    "الختامي", "المشترك", "الثلاثي", "الثنائي", "الاول", "الثاني", "الثالث", "الاخير",
    "الاخر", "الجديد", "السابق", "الصادر", "الذي", "المذكور", "الدولي", "الاممي",
})
"""Words after the document that say which one it is, or open a clause on it."""
_SENTENCES_BACK = 3
"""How many sentences before the verb's own the author may be named in."""


def earlier_document_author(context: Extraction, words: list[Word], position: int,
                            sentence: Sentence) -> tuple[Arg, int] | None:
    """The author of the statement that «البيان» («التقرير») right after the stance verb at
    ``words[position]`` resumes, and the index after that noun; None unless one author is
    named for every such document in the window (see the module's docstring)."""
    index = position + 1
    if index >= len(words) or words[index].norm not in _KINDS or \
            context.boundary_between(words[position], words[index]) or \
            verb_gender(words[position]) == "f":
        return None
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and not context.boundary_between(words[index], following) and \
            (following.norm in _WHICH or context.index.nisba_country(following) is not None):
        return None
    nouns = _KINDS[words[index].norm]
    authors: set[str] = set()
    for earlier, earlier_words, end in _window(context, sentence, words, position):
        for document in range(end - 1, -1, -1):
            if not _introduces(earlier_words[document], nouns):
                continue
            author = document_author_at(context, earlier_words, document, earlier)
            if author is None:
                return None  # a statement of no known author: not surely the one resumed
            authors.add(author)
    if len(authors) != 1:
        return None
    return Arg(authors.pop(), words[index].start, words[index].end), index + 1


def _introduces(word: Word, nouns: frozenset[str]) -> bool:
    """«بيانا», «وبيان», «ببيان»: an indefinite document noun, with clitics at most (not
    «البيان», which resumes one)."""
    return any(rest in nouns and not prefix.endswith("ال") for prefix, rest in word.readings())


def _window(context: Extraction, sentence: Sentence, words: list[Word],
            position: int) -> list[tuple[Sentence, list[Word], int]]:
    """The verb's sentence up to the verb, then the sentences before it, nearest first: each
    with its words and how many of them are read."""
    found = [(sentence, words, position)]
    sentences = context.doc.sentences
    for back in range(1, _SENTENCES_BACK + 1):
        at = sentence.index - back
        if at < 0 or at >= len(sentences) or sentences[at].index != at:
            break
        earlier_words = context.sentence_words(sentences[at])
        found.append((sentences[at], earlier_words, len(earlier_words)))
    return found
