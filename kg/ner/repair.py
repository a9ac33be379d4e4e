"""Repairs of person names the tagger cut short or missed, on its IOB2 tags.

The tagger reads names from their letters and context, so a long Arabic name
is where it most often fails: it stops at a link word («الأمير سلطان بن
[سلمان]», «[ابن أبي] أصيبعة»), or leaves a name untagged after a title
(«محافظ عدن نايف صالح عبد القادر البكري»). A statement, a stance or a position
whose holder is cut or missing is lost, or given to the wrong person (King
Salman instead of Prince Sultan). These rules run on the tags of a sentence
after the tagger (and its document pass) and only ever add words to person
names:

- a name never ends in a link word: «بن», «ابن», «بنت», «آل», «أبو», «عبد»
  take the next word into the name;
- a link word after a name and a name-like word after it join the name
  («[محمد] بن سلمان»), and so do a name-like word and a link word before it
  («سلطان بن [سلمان]»);
- a rare family name with the article («البكري», «الزياني») continues the name
  it follows;
- after a person title («الأمير», «الشيخ», «الرئيس الأمريكي», «وزير
  الخارجية») an untagged given name from the lists of people starts a name,
  which runs over the name-like words after it.

*Name-like* means a word with no proclitic (a name after a title is not
«وسلمان»), not a function word or a title, and either listed as a word of a
person's name in the bundled lists, or an article word too rare in general
text to be a common noun (a family name such as «الأصبحي», not «الثقافي»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kg.gazetteer.resources import TITLES
from kg.link.retype import HONORIFICS, given_names
from kg.ner.conll import chunks
from kg.ner.features import name_gazetteer, strip_clitics, word_usage
from kg.text.normalize import normalize_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words.split())


LINKS = _keys("بن ابن بنت آل")
"""Words between the parts of a name: «محمد بن سلمان», «فيصل آل سعود»."""
FATHER_LINKS = _keys("بن ابن بنت")
"""Link words before a father's name: the word before them is a given name («سلطان بن
سلمان»); not «آل», which also follows a noun («سلطة آل عثمان»)."""
OPENERS = _keys("أبو ابو أبي ابي أم عبد")
"""Words that open a compound name and never end one: «أبو بكر», «عبد القادر»."""
COMPOUND_ENDS = _keys("الدين الله الرحمن الإسلام")
"""Second words of compound given names: «عز الدين», «عبد الله», «سيف الإسلام»."""
PERSON_TITLES = (
    _keys(" ".join(TITLES)) | HONORIFICS | _keys("محافظ المحافظ أمير مدير المدير عضو")
) - _keys("الفريق العام العهد د نظيره نظيرته")
"""Titles after which a given name starts a person's name; not «الفريق» (also «the
team»), nor the words that only complete a title."""
FUNCTION_WORDS = _keys(
    """في من عن على إلى الى أن إن ان أو او ثم حتى مع عند بعد قبل منذ خلال حول
    لدى لكن بل قد لقد لم لن لا ما ماذا هل كان كانت يكون الذي التي الذين هذا هذه ذلك تلك
    هو هي هم نحن أنه إنه أنها إنها كما كل بين أمام وراء تحت فوق ضد عبر دون غير سوى أيضا
    قال قالت أكد أكدت أعلن أعلنت أضاف أوضح أشار ذكر صرح يقول تقول وقال وأكد"""
)
"""Words that are never part of a name, whatever the lists say."""
MAX_NAME_WORDS = 7


@lru_cache(maxsize=65536)
def _split(word: str) -> tuple[str, str, str]:
    """``(normalised word, proclitics, stem)``."""
    normal = normalize_key(word) or word
    proclitics, stem = strip_clitics(normal)
    return normal, proclitics, stem


@lru_cache(maxsize=1)
def _person_words() -> dict[str, str]:
    return dict(name_gazetteer().person_words)


def _bare(word: str) -> bool:
    """No proclitic but, at most, the article (or a given name that only looks like
    one: «فيصل»); Arabic letters only."""
    normal, proclitics, _ = _split(word)
    if not normal.isalpha() or normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    return proclitics in ("", "ال") or normal in given_names()


def is_given(word: str) -> bool:
    """A given name: listed as the first word of people's names (a word with a
    proclitic is not: «وسلمان»)."""
    normal = _split(word)[0]
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    return normal in given_names() or normal in OPENERS or \
        (normal.startswith("عبد") and len(normal) > 5)  # «عبدالمنعم», written as one word


def is_family(word: str) -> bool:
    """A word that can continue a name: listed in people's names (without the
    article) and rare in general text, seldom with a possessive suffix (not «قدوة»,
    «شكره»), or a rare article word ending in «ي» (a family name, «البكري»), listed
    or not shaped as a participle («المنتمي»)."""
    if not _bare(word):
        return False
    normal, proclitics, stem = _split(word)
    if normal in COMPOUND_ENDS:
        return True
    if proclitics not in ("", "ال") or not _rare(stem):
        return False
    if proclitics == "ال":
        return stem.endswith("ي") and stem[:-1] not in name_gazetteer().nationality_roots \
            and (stem in _person_words() or stem[0] not in "مت")
    return stem in _person_words()


POSSESSIVES = ("هما", "هم", "ها", "ه", "كم", "نا")
"""Possessive suffixes: a common noun with one («شكره», «ريشه») is missing from the
usage table, which lists stems, and is no rare word for that."""


def _rare(stem: str) -> bool:
    """A stem rare in general text and seldom with a possessive suffix."""
    usage = word_usage().get(stem)
    if usage is None:
        return not any(
            stem.endswith(suffix) and stem[: -len(suffix)] in word_usage()
            for suffix in POSSESSIVES
        )
    return usage[0] in ("6", "7") and usage[2] in ("0", "1")


def _name_end(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> int:
    """How far a person name ``[start, end)`` runs on over untagged words."""
    while end < len(words) and end - start < MAX_NAME_WORDS:
        if tags[end].startswith("I-"):
            break
        normal = _split(words[end - 1])[0]
        following = _split(words[end])[0]
        if normal in LINKS or normal in OPENERS:
            if tags[end] not in ("O", "B-PERS") or not _bare(words[end]):
                break
            end = _past_chunk(tags, end + 1)
            continue
        if tags[end] != "O":
            break
        if (following in LINKS or following in OPENERS) and end + 1 < len(words) and \
                _bare(words[end + 1]) and tags[end + 1] in ("O", "B-PERS"):
            end = _past_chunk(tags, end + 2)
            continue
        if is_family(words[end]) or (
            not _split(words[end])[1] and is_given(words[end]) and _continues(words, end + 1)
        ):
            end += 1
            continue
        break
    return end


def _continues(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` goes on with a name: a link word, an opener or
    a family name («نايف صالح عبد القادر»: «صالح» is a name part, not «right»)."""
    if index >= len(words):
        return False
    normal = _split(words[index])[0]
    return normal in LINKS or normal in OPENERS or is_family(words[index])


def _past_chunk(tags: Sequence[str], end: int) -> int:
    """``end`` moved past the inside words of a person name that begins before it."""
    while end < len(tags) and tags[end] == "I-PERS":
        end += 1
    return end


def _name_start(words: Sequence[str], tags: Sequence[str], start: int) -> int:
    """How far back a person name starting at ``start`` runs over «X بن» before it
    (X at least three letters: not «به»)."""
    while start >= 2 and tags[start - 1] == "O" and tags[start - 2] == "O":
        if _split(words[start - 1])[0] not in FATHER_LINKS or not _bare(words[start - 2]):
            break
        if _split(words[start - 2])[1] or len(_split(words[start - 2])[0]) < 3:
            break
        start -= 2
    return start


def _is_title(word: str) -> bool:
    normal, _, stem = _split(word)
    return normal in PERSON_TITLES or stem in PERSON_TITLES


def _after_title(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """Whether a person title stands right before ``index``, or before one complement
    word («الرئيس الأمريكي», «وزير الخارجية»)."""
    if index >= 1 and _is_title(words[index - 1]):
        return True
    return index >= 2 and _is_title(words[index - 2]) and \
        (tags[index - 1] == "O" or tags[index - 1].endswith("LOC"))


def repair_person_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with the person names of the sentence ``words`` completed."""
    result = list(tags)
    persons = [(start, end) for kind, start, end in chunks(result) if kind == "PERS"]
    titles = [index for index, word in enumerate(words) if _is_title(word)]
    if not persons and not titles:
        return result
    for index in sorted({i + step for i in titles for step in (1, 2) if i + step < len(words)}):
        if result[index] == "O" and is_given(words[index]) and \
                _after_title(words, result, index) and \
                not any(start <= index < end for start, end in persons):
            persons.append((index, index + 1))
    found = {start for start, end in persons if end == start + 1 and result[start] == "O"}
    for start, end in sorted(persons):
        if any(tag != "O" and not tag.endswith("PERS") for tag in result[start:end]):
            continue
        if result[start].startswith("I-") and start > 0 and result[start - 1] != "O":
            continue  # already merged into the name before it
        new_start = _name_start(words, result, start)
        new_end = _name_end(words, result, new_start, end)
        if (new_start, new_end) == (start, end) and result[start] == "B-PERS":
            continue
        if start in found and new_end - new_start == 1 and \
                _split(words[start - 1])[0] not in HONORIFICS:
            continue
        for position in range(new_start, new_end):
            result[position] = "I-PERS"
        result[new_start] = "B-PERS"
        if new_end < len(result) and result[new_end] == "I-PERS":
            result[new_end] = "B-PERS"
    return result


def complete_from_document(
    stems: Sequence[Sequence[str]], tags: Sequence[list[str]]
) -> list[list[str]]:
    """``tags`` (IOB2, a list per sentence) with each person name that is the start or
    the end of a longer person name of the same document, and followed or preceded
    there by the untagged rest of it, grown to the longer name: «[نايف صالح] عبد
    القادر البكري» after «نايف صالح عبد القادر البكري» was tagged whole elsewhere.
    ``stems`` are the clitic-free stems of the words, as the document pass matches."""
    names = {
        tuple(sentence[start:end])
        for sentence, sentence_tags in zip(stems, tags, strict=True)
        for kind, start, end in chunks(sentence_tags)
        if kind == "PERS" and end - start >= 2
    }
    if not names:
        return [list(sentence_tags) for sentence_tags in tags]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
        by_last.setdefault(name[-1], []).append(name)
    result = []
    for sentence, sentence_tags in zip(stems, tags, strict=True):
        fixed = list(sentence_tags)
        for kind, start, end in chunks(sentence_tags):
            if kind != "PERS":
                continue
            span = tuple(sentence[start:end])
            for name in sorted(by_first.get(span[0], ()), key=len, reverse=True):
                stop = start + len(name)
                if len(name) > len(span) and name[: len(span)] == span and \
                        tuple(sentence[end:stop]) == name[len(span) :] and \
                        all(tag == "O" for tag in fixed[end:stop]) and \
                        (stop >= len(fixed) or not fixed[stop].startswith("I-")):
                    fixed[end:stop] = ["I-PERS"] * (stop - end)
                    break
            else:
                for name in sorted(by_last.get(span[-1], ()), key=len, reverse=True):
                    first = end - len(name)
                    if len(name) > len(span) and first >= 0 and name[-len(span) :] == span \
                            and tuple(sentence[first:start]) == name[: -len(span)] and \
                            all(tag == "O" for tag in fixed[first:start]):
                        fixed[first:end] = ["B-PERS"] + ["I-PERS"] * (end - first - 1)
                        break
        result.append(fixed)
    return result
