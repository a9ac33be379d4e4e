"""A title right after a person's name: «جيمس جيفري، مبعوث الولايات المتحدة الى سوريا».

The words after a name (past its patronymic, «محمد بن سلمان بن عبدالعزيز»), after a
comma, a dash or nothing, up to what ends the title: a verb, a relative, «كرئيس», the
next name's honorific, a loose preposition, an object, a deed after «ب» («أشاد X رئيس
البرلمان العربي بأداء ...»); a body in quotation marks after «في»/«لـ» is the title's
(«رئيس لجنة التدقيق في "فيفا"»).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.assistant_titles import assistant_opens
from kg.relations.blessings import blessing
from kg.relations.conjunct_honorifics import conjunct_honorific
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS
from kg.relations.governed_names import governs_name_after
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.relations.role_words import (
    BODY_NOUNS,
    inside_mention,
    is_name_honorific,
    is_title_head,
    object_after,
    stop_word,
    stops_title,
)
from kg.relations.royal_styles import governed_head
from kg.relations.suffixed_titles import closed_by_pronoun
from kg.relations.title_ends import (
    conjunct_after_body,
    dashed_title,
    free_preposition,
    preposition_after_office,
    purpose_verb,
)
from kg.relations.title_quotes import crosses_quoted_name
from kg.relations.titles import bare_head, compound_end, head_at, opens_apposed

_PATRONYMIC = frozenset({"بن", "بنت", "ابن", "ال"})
_LOOSE_PREPOSITIONS = frozenset({"في", "عن", "من", "الي", "علي", "لدي"})
_APPOSING_GAPS = frozenset({"", "،", ",", "؛"})
"""What may stand between a name and its title: nothing or a comma, also the Arabic
semicolon written for a comma («قال X؛ الناطق باسم وزارة الخارجية: ...»)."""
_TOWARD = frozenset({"الي", "لدي"})
"""«إلى», «لدى» (normalised): a country after them is where an office is sent, not whose
it is («سفير الدولة لدى المغرب» is the Emirates' ambassador to Morocco)."""


def title_after(context: Extraction, words: list[Word], last: int) -> list[Word]:
    """The title words right after the person's name that ends at ``words[last]``
    (apposition), or none."""
    while last + 2 < len(words) and words[last + 1].norm in _PATRONYMIC and \
            not context.boundary_between(words[last], words[last + 2]):
        last += 2  # «محمد بن سلمان» named «بن عبدالعزيز»: the rest of the name
    index = last + 1
    if index >= len(words):
        return []
    gap = context.gap(words[last], words[index]).strip()
    dash = dashed_title(context, words, index, gap)
    if (gap not in _APPOSING_GAPS and not dash) or \
            not (head_at(words, index) or assistant_opens(words, index)):
        return []
    if gap in _APPOSING_GAPS - {""} and _name_in_list(context, words, last, index):
        return []  # «... عقيل بلغيث، X، أمير كردي، محمد ...»: a name in a list of names
    if not bare_head(words, index) and words[index].norm.startswith("و"):
        return []  # «فيليب هاموند ووزير الخارجية الألماني ...»: the next person's title
    if governed_head(words[index]):
        return []  # «ونقل الأمير X لأمير دولة الكويت تحيات ...»: to someone else
    if _as_title(words[index]):
        return []  # «عيّنته حاشية X كرئيس مؤقت»: «as president», said of another man
    run: list[Word] = [words[index]]
    opened: list[int] = []  # where a coordinated or comma-separated title opens in the run
    index += 1
    while index < len(words) and len(run) < 12:
        word = words[index]
        if dash and index == dash:
            break  # «X -نائب رئيس الوزراء العراقي- إن»: the closing dash ends the title
        listed = opens_apposed(context, words, index) and \
            context.gap(words[index - 1], word).strip() in {"،", ","}
        quoted = quoted_body(context, words, index)
        if (context.boundary_between(words[index - 1], word) and not listed and not quoted and
                not crosses_quoted_name(context, words, index - 1)) or \
                _ends_after(context, words, index):
            break
        if quoted is not None:  # «رئيس لجنة التدقيق في "فيفا"»: the body ends the title
            run.extend(w for w in words[index:] if w.start < quoted.end)
            break
        mention = context.mention_starting_in(word)
        if mention is not None and mention.label == "Person" and \
                not inside_mention(context, word):  # «مستشفى الملك فهد»: the body's name
            # «عادل الطريفي الوزير المرافق ورئيس الاستخبارات العامة خالد الحميدان»:
            # the last listed title is the next person's.
            # «أيمن، أمين عام المجلس، سكرتير المجلس محمد»: after a comma, the next one's.
            return run[:opened[-1]] if opened else ([] if gap else run)
        if listed or (word.norm.startswith("و") and head_at(words, index) and
                      not bare_head(words, index)):
            opened.append(len(run))
        run.append(word)
        index += 1
    if gap == "؛" and not _closed_by_mark(context, words, run):
        return []  # «التقى X؛ الرئيس قال»: a new clause after the semicolon
    return run


def _closed_by_mark(context: Extraction, words: list[Word], run: list[Word]) -> bool:
    """Whether a title set off by a semicolon is closed by a comma or a colon, as a
    parenthesis is: «X؛ الناطق باسم الوزارة: ...»."""
    end = run[-1].index - words[0].index + 1
    if end >= len(words):
        return False
    return any(mark in context.gap(run[-1], words[end]) for mark in ("،", ",", ":"))


def _name_in_list(context: Extraction, words: list[Word], last: int, index: int) -> bool:
    """«وتضم البعثة ...: سامي الحربي، X، أمير كردي، محمد الزهراني»: between commas, with
    a person's name before it and after it, one or two indefinite words that open with a
    title head («أمير», «ملك») are the next name in the list (tagged or not), not a title
    of X (a listed title is definite or names its body: «X، رئيس الهيئة، Y، رئيس
    المجلس»)."""
    person = context.covering_mention(words[last].start)
    if person is None or person.label != "Person":
        return False
    text = context.doc.text
    before = text[:person.start].rstrip()
    if not before.endswith(("،", ",")):
        return False
    previous = context.covering_mention(len(before[:-1].rstrip()) - 1)
    if previous is None or previous.label != "Person":
        return False
    for end in range(index, min(index + 2, len(words) - 1)):
        if any(w.norm.startswith("ال") or _not_a_person(context, w) for w in words[index:end + 1]):
            return False
        if context.gap(words[end], words[end + 1]).strip() in {"،", ","}:
            following = context.mention_starting_in(words[end + 1])
            return following is not None and following.label == "Person"
    return False


def _not_a_person(context: Extraction, word: Word) -> bool:
    mention = context.covering_mention(word.start)
    return mention is not None and mention.label != "Person"


_QUOTES = frozenset("\"«“")
_OF_BODY = frozenset({"في", "ب", "ل", "لدي"})


def quoted_body(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """The organisation whose name opens with a quotation mark at ``words[index]``, right
    after the «في»/«لـ» of a title («رئيس لجنة التدقيق في "فيفا"», «القيادي في «حماس»»):
    the quoted name is the title's body, not the start of a new phrase."""
    gap = context.gap(words[index - 1], words[index]).strip()
    if not gap or any(mark not in _QUOTES for mark in gap) or \
            words[index - 1].norm not in _OF_BODY:
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label not in ORGANIZATION_LABELS or \
            mention.start < words[index].start:
        return None
    closing = context.doc.text[mention.end:mention.end + 2].strip()
    return mention if closing[:1] in {"\"", "»", "”"} else None


def closes_quoted_body(context: Extraction, words: list[Word], end: int) -> bool:
    """Whether only the closing mark of a quoted body (see :func:`quoted_body`) stands
    between ``words[end - 1]`` and ``words[end]``."""
    gap = context.gap(words[end - 1], words[end]).strip()
    if gap not in {"\"", "»", "”"}:
        return False
    mention = context.covering_mention(words[end - 1].start)
    if mention is None:
        return False
    first = context.word_at(mention.start)
    return first is not None and first.index > words[0].index and \
        quoted_body(context, words, first.index - words[0].index) is not None


def _ends_after(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` ends a title after a name: a verb, a relative pronoun,
    «كرئيس», an honorific opening the next name, a loose preposition, an object, a deed
    after «ب» («أشاد X رئيس البرلمان العربي بأداء ...»: what the verb before is about)."""
    word = words[index]
    if _inside_compound(words, index):
        return False  # «القائم بأعمال المدير الفني»: «بأعمال» is the compound title's own
    return stops_title(context, word, preposed=False) or stop_word(word) or \
        _as_title(word) or (is_name_honorific(words, index) and
                            not _royal_complement(context, words, index) and
                            not inside_mention(context, word)) or \
        _loose_preposition(context, words, index) or \
        (object_after(context, words, index) and not inside_mention(context, word)) or \
        _deed_after_ba(word) or _manner_after_ba(word) or purpose_verb(context, word) or \
        governs_name_after(context, words, index) or \
        free_preposition(context, words, index) or preposition_after_office(words, index) or \
        conjunct_after_body(context, words, index, BODY_NOUNS) or \
        closed_by_pronoun(context, words, index) or conjunct_honorific(word) or blessing(word)


def _inside_compound(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a later word of a compound title opened just before it
    («بأعمال» of «القائم بأعمال», «الشريفين» of «خادم الحرمين الشريفين»)."""
    return any((compound_end(words, start) or -1) >= index
               for start in range(max(0, index - 2), index))


def _as_title(word: Word) -> bool:
    """A head glued to «ك» («as»): «الرئيس الحالي كرئيس قادم» ends the title at «الحالي»."""
    return word.norm.startswith(("ك", "وك")) and any(
        prefix.lstrip("و") == "ك" and rest in TITLE_HEADS for prefix, rest in word.readings())


def _loose_preposition(context: Extraction, words: list[Word], index: int) -> bool:
    """«في» that does not introduce a name: «رئيس الهيئة في تصريحات» ends the title there;
    «عن», «من», «إلى», «على», «لدى» before neither a name nor a definite word: «كشف X الأمين
    العام للجنة عن خطة جديدة» ends it at «اللجنة», «X رئيس الدولة لدى وصوله» at «الدولة»
    («سفير الدولة لدى المغرب» goes on to the country)."""
    norm = words[index].norm
    if norm not in _LOOSE_PREPOSITIONS:
        return False
    if index + 1 >= len(words):
        return True
    following = words[index + 1]
    mention = context.mention_starting_in(following)
    if mention is not None:
        return norm in _TOWARD and mention.label == "Country"  # the host, not the owner
    return norm == "في" or not following.norm.startswith("ال")


_MANNER_NOUNS = frozenset({"صوره", "شكل"})


def _manner_after_ba(word: Word) -> bool:
    """«بصورة مؤقتة», «بشكل رسمي»: a manner adverbial says how the office is held, and is
    no part of its name («القائم بأعمال المدير الفني بصورة مؤقتة»)."""
    return any(prefix.lstrip("وف") == "ب" and rest in _MANNER_NOUNS
               for prefix, rest in word.readings())


def _deed_after_ba(word: Word) -> bool:
    """«بأداء», «بجهود», «بالدور»: a deed noun glued to «ب» belongs to no title."""
    return any(prefix.lstrip("وف") in {"ب", "بال"} and rest.removeprefix("ال") in DEED_NOUNS
               for prefix, rest in word.readings())


def _royal_complement(context: Extraction, words: list[Word], index: int) -> bool:
    """«مستشار الملك سابقا»: «الملك» in construct with an indefinite head before it and
    no name after it is the title's complement, not the next name's honorific."""
    previous = words[index - 1]
    if words[index].norm != "الملك" or previous.norm.startswith("ال") or \
            not is_title_head(previous):
        return False
    return index + 1 >= len(words) or context.mention_starting_in(words[index + 1]) is None
