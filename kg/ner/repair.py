"""Repairs of person names the tagger cut short or missed, on its IOB2 tags.

The tagger reads names from their letters and context, so a long Arabic name
is where it most often fails: it stops at a link word («الأمير سلطان بن
[سلمان]», «[ابن أبي] أصيبعة»), or leaves a name untagged after a title
(«محافظ عدن نايف صالح عبد القادر البكري»). A statement, a stance or a position
whose holder is cut or missing is lost, or given to the wrong person (King
Salman instead of Prince Sultan). These rules run on the tags of a sentence
after the tagger (and its document pass) and add words to person names:

- a name never ends in a link word: «بن», «ابن», «بنت», «آل», «أبو», «عبد»
  take the next word into the name; after «آل» that word may be a title word
  too, for a family is named so («صالح بن عبدالعزيز آل الشيخ»);
- a link word after a name and a name-like word after it join the name
  («[محمد] بن سلمان»), and so do a name-like word and a link word before it
  («سلطان بن [سلمان]»);
- a rare family name with the article («البكري», «الزياني») continues the name
  it follows, and so does a given name right before a title in apposition
  («محمد رحيم أمين حاكم المنطقة»: «أمين» ends his name, no «أمين» title);
- after a person title («الأمير», «الشيخ», «الرئيس الأمريكي», «وزير
  الخارجية») an untagged given name from the lists of people starts a name,
  which runs over the name-like words after it; and a listed given name with one to
  three name words after it, set off by commas right after a title («رئيس مجلس شيوخ
  عشائر الأنبار، نعيم الكعود،»), is a name.

Two rules take words out: a rank's complement opening a name («اللواء [طيار عبد الحكيم
شلبي]») is of the title, and a common word with a pronoun suffix at the end
of a tagged name is no part of it («فيصل بن سلمان بن عبد العزيز شكره», his
thanks). And the document's completion of cut names (:func:`complete_from_document`)
never grows a name to one that opens with a title or a common noun («الشيف خالد»).
The word classes live in :mod:`kg.ner.names`.

*Name-like* means a word with no proclitic (a name after a title is not
«وسلمان»), not a function word or a title, and either listed as a word of a
person's name in the bundled lists, or an article word too rare in general
text to be a common noun (a family name such as «الأصبحي», not «الثقافي»).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import (
    FAMILY_LINKS,
    FATHER_LINKS,
    FUNCTION_WORDS,
    HONORIFICS,
    LINKS,
    OPENERS,
    PERSON_TITLES,
    is_bare,
    is_given,
    split_word,
)
from kg.ner.conll import chunks
from kg.ner.features import name_gazetteer
from kg.ner.given_titles import titled_given
from kg.ner.glued_objects import glued_objects
from kg.ner.name_edges import trim_name_edges
from kg.ner.names import is_family, is_possessed, is_title_like, person_words

MAX_NAME_WORDS = 7
APPOSITION_TITLES = frozenset(split_word(word)[0] for word in ("حاكم", "والي"))
"""Titles of office, besides :data:`PERSON_TITLES`, that follow a name in apposition."""
RANKS = frozenset(split_word(word)[0] for word in (
    "الفريق", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "المشير"))
"""Military ranks, which a branch word may follow before the name («اللواء طيار»)."""
RANK_COMPLEMENTS = frozenset(split_word(word)[0] for word in ("ركن", "طيار", "بحري", "أول"))
"""Words that complete a rank («الفريق ركن», «اللواء طيار», «العميد بحري», «الفريق أول»):
part of the title, never of the name after it."""


def _name_end(words: Sequence[str], tags: Sequence[str], start: int, end: int) -> int:
    """How far a person name ``[start, end)`` runs on over untagged words."""
    while end < len(words) and end - start < MAX_NAME_WORDS:
        if tags[end].startswith("I-"):
            break
        normal = split_word(words[end - 1])[0]
        following = split_word(words[end])[0]
        if normal in LINKS or normal in OPENERS:
            if tags[end] not in ("O", "B-PERS") or not (
                is_bare(words[end]) or (normal in FAMILY_LINKS and _family_word(words[end]))
                or (normal in FATHER_LINKS and titled_given(words[end]))
            ):
                break
            end = _past_chunk(tags, end + 1)
            continue
        if tags[end] != "O":
            break
        if (following in LINKS or following in OPENERS) and end + 1 < len(words) and \
                is_bare(words[end + 1]) and tags[end + 1] in ("O", "B-PERS"):
            end = _past_chunk(tags, end + 2)
            continue
        if is_family(words[end]) or (
            not split_word(words[end])[1] and is_given(words[end]) and (
                _continues(words, end + 1) or _titles_next(words, end + 1))
        ):
            end += 1
            continue
        break
    return end


def _family_word(word: str) -> bool:
    """Whether ``word`` can name a family after «آل»: an article word with no other
    proclitic, titles too («صالح بن عبدالعزيز آل الشيخ», «آل الأمير»), but no
    function word."""
    normal, proclitics, _ = split_word(word)
    return normal.isalpha() and proclitics == "ال" and normal not in FUNCTION_WORDS


def _continues(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` goes on with a name: a link word, an opener or
    a family name («نايف صالح عبد القادر»: «صالح» is a name part, not «right»)."""
    if index >= len(words):
        return False
    normal = split_word(words[index])[0]
    return normal in LINKS or normal in OPENERS or is_family(words[index])


def _titles_next(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` opens a title in apposition to the name before it
    («محمد رحيم أمين حاكم المنطقة»: «أمين» is the last of his names, not «custodian»)."""
    return index < len(words) and not split_word(words[index])[1] and (
        _is_title(words[index]) or split_word(words[index])[0] in APPOSITION_TITLES)


def _past_chunk(tags: Sequence[str], end: int) -> int:
    """``end`` moved past the inside words of a person name that begins before it."""
    while end < len(tags) and tags[end] == "I-PERS":
        end += 1
    return end


def _name_start(words: Sequence[str], tags: Sequence[str], start: int) -> int:
    """How far back a person name starting at ``start`` runs over «X بن» before it
    (X at least three letters: not «به»)."""
    while start >= 2 and tags[start - 1] == "O" and tags[start - 2] == "O":
        if split_word(words[start - 1])[0] not in FATHER_LINKS or not is_bare(words[start - 2]):
            break
        if split_word(words[start - 2])[1] or len(split_word(words[start - 2])[0]) < 3:
            break
        start -= 2
    return start


def _is_title(word: str) -> bool:
    normal, _, stem = split_word(word)
    return normal in PERSON_TITLES or stem in PERSON_TITLES


def _ranked(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` completes the military rank before it («الفريق ركن»,
    «اللواء طيار»), and so ends a title."""
    return index >= 1 and split_word(words[index])[0] in RANK_COMPLEMENTS and \
        split_word(words[index - 1])[0] in RANKS


ORDINALS = frozenset(split_word(word)[0] for word in (
    "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))


def _after_rank(words: Sequence[str], index: int) -> bool:
    """Whether a military rank, or a rank and its complement, stands right before ``index``."""
    return index >= 1 and (
        split_word(words[index - 1])[0] in RANKS or _ranked(words, index - 1))


def _family_after_rank(words: Sequence[str], index: int) -> int:
    """1 when the word at ``index`` is a family name in «ي» after an officer's given name
    («الفريق ركن فهد الشهري»): an article word listed in people's names, not a nationality,
    a time word or an ordinal; else 0. An officer is named by given and family name, so a
    listed nisba goes with the name even when it is a common adjective too («شهري»)."""
    if index >= len(words):
        return 0
    normal, proclitics, stem = split_word(words[index])
    listed = proclitics == "ال" and stem.endswith("ي") and stem in person_words() and \
        stem[:-1] not in name_gazetteer().nationality_roots and \
        normal not in TIME_WORDS and normal not in ORDINALS
    return 1 if listed else 0


def _after_title(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """Whether a person title stands right before ``index``, or before one complement
    word («الرئيس الأمريكي», «وزير الخارجية»); or a rank with its complement («الفريق
    ركن»)."""
    if index >= 1 and (_is_title(words[index - 1]) or _ranked(words, index - 1)):
        return True
    return index >= 2 and _is_title(words[index - 2]) and \
        (tags[index - 1] == "O" or tags[index - 1].endswith("LOC"))


def trim_rank_complement(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with a rank's complement left out of the person name the tagger opened
    with it («اللواء [طيار عبد الحكيم شلبي]»: «طيار» is of the rank, the name is
    «عبد الحكيم شلبي»)."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind == "PERS" and end - start >= 2 and _ranked(words, start):
            result[start] = "O"
            result[start + 1] = "B-PERS"
    return result


def trim_suffixed_end(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with the last word of each person name of two words or more left out
    when it carries a pronoun suffix and is a common word (:func:`is_possessed`): the
    tagger runs a name on over the noun or verb after it («وقدم الأمير فيصل بن سلمان
    شكره»: his thanks)."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind == "PERS" and end - start >= 2 and is_possessed(words[end - 1]) and \
                split_word(words[end - 2])[0] not in OPENERS | LINKS:  # «عبد ربه»
            result[end - 1] = "O"
    return result


_COMMAS = frozenset({"،", ","})
TIME_WORDS = frozenset(split_word(word)[0] for word in (
    "اليوم", "أمس", "الغد", "الباكر", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "الجمعة", "الماضي", "الجاري", "المقبل", "الحالي"))
"""«، صباح اليوم،», «، مساء الخميس،»: a time adverb, not a name after a given name."""
_TITLE_REACH = 6
"""How many words before the comma a title may open the phrase the name stands after."""


def _name_in_commas(words: Sequence[str], tags: Sequence[str], comma: int) -> int | None:
    """The end of a name set off by commas after a title («انتقد رئيس مجلس شيوخ عشائر
    الأنبار، نعيم الكعود، الحكومة»): a listed given name, one to three words of a name
    after it (a given name, a link word or a bare article word), the closing comma, and a
    person title among the few words before the opening one, with no mark between; every
    word of the name untagged. None otherwise."""
    start = comma + 1
    if start >= len(words) or not is_given(words[start]) or tags[start] != "O":
        return None
    end = start + 1
    while end < len(words) and end - start <= 4 and words[end] not in _COMMAS:
        normal, proclitics, _ = split_word(words[end])
        named = is_given(words[end]) or normal in LINKS or (
            proclitics == "ال" and is_bare(words[end]) and not _is_title(words[end]))
        if tags[end] != "O" or normal in TIME_WORDS or not named:
            return None
        end += 1
    if end == start + 1 or end >= len(words) or words[end] not in _COMMAS:
        return None
    for index in range(comma - 1, max(-1, comma - _TITLE_REACH - 1), -1):
        if not words[index].isalpha():
            return None
        if _is_title(words[index]):
            return end
    return None


def _commas_named(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` with the names set off by commas after a title (:func:`_name_in_commas`)."""
    result = list(tags)
    for comma, word in enumerate(words):
        if word in _COMMAS:
            end = _name_in_commas(words, result, comma)
            if end is not None:
                result[comma + 1:end] = ["B-PERS"] + ["I-PERS"] * (end - comma - 2)
    return result


def repair_person_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with the person names of the sentence ``words`` completed, and
    cut of a common word with a pronoun suffix at their end (:func:`trim_suffixed_end`);
    a name set off by commas after a title is one too (:func:`_name_in_commas`); no verb
    of saying opens a name and no word with a tanween ends one, before and after the
    repairs (:func:`kg.ner.name_edges.trim_name_edges`)."""
    result = trim_rank_complement(words, trim_suffixed_end(words, trim_name_edges(words, tags)))
    if any(word in _COMMAS for word in words):
        result = _commas_named(words, result)
    persons = [(start, end) for kind, start, end in chunks(result) if kind == "PERS"]
    titles = [index for index, word in enumerate(words) if _is_title(word) or _ranked(words, index)]
    if not persons and not titles:
        return result
    for index in sorted({i + step for i in titles for step in (1, 2) if i + step < len(words)}):
        if result[index] == "O" and is_given(words[index]) and not _ranked(words, index) and \
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
        if start in found and new_end - new_start == 1 and _after_rank(words, start):
            new_end += _family_after_rank(words, new_end)
        elif start in found and new_end - new_start == 1 and \
                split_word(words[start - 1])[0] not in HONORIFICS:
            continue
        for position in range(new_start, new_end):
            result[position] = "I-PERS"
        result[new_start] = "B-PERS"
        if new_end < len(result) and result[new_end] == "I-PERS":
            result[new_end] = "B-PERS"
    return trim_name_edges(words, result)


def titled(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the name ``words[start:end]`` opens with a title or a common noun
    (:func:`kg.ner.names.is_title_like`): the document copies no such name."""
    return is_title_like(words[start], words[start + 1] if start + 1 < end else None)


def complete_from_document(
    words: Sequence[Sequence[str]], stems: Sequence[Sequence[str]], tags: Sequence[list[str]]
) -> list[list[str]]:
    """``tags`` (IOB2, a list per sentence) with each person name that is the start or
    the end of a longer person name of the same document, and followed or preceded
    there by the untagged rest of it, grown to the longer name: «[نايف صالح] عبد
    القادر البكري» after «نايف صالح عبد القادر البكري» was tagged whole elsewhere.
    ``stems`` are the clitic-free stems of the ``words``, as the document pass matches;
    a name that opens with a title or a common noun («الشيف خالد», «ابننا طارق»:
    :func:`titled`) is no longer name to grow others to. Then a name run on over the
    verb's «ب» object is cut (:func:`kg.ner.glued_objects.glued_objects`)."""
    names = {
        tuple(sentence[start:end])
        for sentence_words, sentence, sentence_tags in zip(words, stems, tags, strict=True)
        for kind, start, end in chunks(sentence_tags)
        if kind == "PERS" and end - start >= 2 and not titled(sentence_words, start, end)
    }
    if not names:
        return glued_objects(words, tags)
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
    return glued_objects(words, result)
