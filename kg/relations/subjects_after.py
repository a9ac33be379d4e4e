"""The subject right after a verb: past adverbs, styles, titles and kind nouns.

:func:`subject_after` takes the first agent after the verb that no preposition governs,
past an adverb («أمس»), a style of address (``COURTESY_TITLES``), a title and what
completes it (:func:`past_title_complement`) or a noun of its kind («شركة بوينغ»,
«حركة «حماس»»: :func:`typed_name`, :func:`quoted_after`); a word of ``TITLE_BREAKS`` ends
the title. Read for :mod:`kg.relations.arguments`.
"""

from __future__ import annotations

import re

from kg.model import Mention, Sentence
from kg.relations.actors import actor_phrase
from kg.relations.apposed_holders import apposed_holder
from kg.relations.argument_words import chain, preposition
from kg.relations.context import Extraction
from kg.relations.far_titled import far_holder
from kg.relations.index import AGENT_LABELS, Arg, ArgsAfter, Word
from kg.relations.lexicon import (
    HONORIFICS,
    NISBA,
)
from kg.relations.principal_names import genitive_principal, second_title_after
from kg.relations.quoted_holders import quoted_holder_at
from kg.relations.realm_actors import kingdom, state_by_nisba
from kg.relations.role_holders import person_for_title
from kg.relations.role_words import is_title_head
from kg.relations.stance_spellings import past_both_of
from kg.relations.stance_titled_partners import titled_partners
from kg.relations.titles import compound_head

_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "بدوره", "بدورها", "مجددا", "فيه", "فيها",
                      "بشده", "بقوه", "بحزم", "صراحه", "علنا"})
"""Words that may stand between a verb and its subject: time and manner adverbs («أدانت
بشدة وزارة الخارجية الهجوم»), and the resumptive pronoun of a relative clause on a text
(«بيان دعت فيه أوبك المنتجين إلى ...»)."""



_MAX_ADVERBS = 2



COURTESY_TITLES = frozenset({"صاحب", "فخامه", "معالي", "سمو", "سماحه", "حضره", "جلاله"})
"""Styles of address that open a subject before the person's title and name: «اجتمع صاحب
السمو الملكي الأمير محمد», «استقبل فخامة الرئيس», «التقى معالي الوزير»."""



def _styled(word: Word) -> bool:
    """«المهندس», «الشيخ», «معالي»: a style of address that may open a quoted name."""
    return word.norm in HONORIFICS or word.norm in COURTESY_TITLES



def _styled_title(words: list[Word], index: int) -> bool:
    """«ورفع سعادة مدير الجامعة الدكتور X», «وقال سعادة السفير X»: «سعادة» is a style of
    address only right before a title or an honorific (alone it is also «happiness»: «أبدى
    سعادة كبيرة بـ»)."""
    return words[index].norm == "سعاده" and index + 1 < len(words) and (
        is_title_head(words[index + 1]) or words[index + 1].norm in HONORIFICS)



_MEMBER_HEADS = frozenset({"عضو", "عضوه"})
"""«جدد عضو اللقاء الديمقراطي وزير الصحة X ...»: a member of a body, like a title, may stand
before the person's name (only before it: alone it stands for no one)."""



def subject_after(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  max_words: int = 9) -> ArgsAfter:
    """The subject right after a verb (and the index of the word after it), or ``[]``.


    The subject must follow the verb at once, after at most an adverb («أمس»);
    a title («وزير الخارجية», «منسق مكافحة الإرهاب في وزارة الخارجية السفير»)
    may stand before the person's name, or stand for a person named earlier.
    """
    index = position + 1
    while index < len(words) and index - position <= _MAX_ADVERBS and \
            words[index].has(_ADVERBS) and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    index = past_both_of(words, index)  # «ورحبت كل من السعودية والإمارات»
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return ArgsAfter([], position + 1)
    word = words[index]
    mention = context.mention_starting_in(word)
    if mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
            not _governed_after(context, words, position, index, mention) and \
            not context.is_nisba(mention):
        return _with_end(context, words, titled_partners(
            context, chain(context, mention, sentence, AGENT_LABELS), sentence))
    realm = kingdom(context, words, index)
    if realm is not None:
        return ArgsAfter([Arg(realm, word.start, word.end)], index + 1)
    state = state_by_nisba(context, words, index)
    if state is not None:
        return ArgsAfter([state[0]], state[1])
    typed = typed_name(context, words, index)
    if typed is not None:
        return _with_end(context, words, chain(context, typed, sentence, AGENT_LABELS))
    phrase = actor_phrase(context, words, index)
    if phrase is not None:
        return ArgsAfter([phrase[0]], phrase[1])
    member = mention is None and word.norm in _MEMBER_HEADS
    if mention is None and (is_title_head(word) or compound_head(words, index)
                            or word.norm in HONORIFICS or word.norm in COURTESY_TITLES
                            or _styled_title(words, index) or member):
        # «ولي العهد الأمير X», «خادم الحرمين الشريفين», «سعادة مدير الجامعة الدكتور X»
        for later in range(index + 1, min(len(words), index + max_words)):
            if context.boundary_between(words[later - 1], words[later]):
                apposed = apposed_holder(context, words, later)
                if apposed is not None:
                    return _with_end(context, words, [apposed])
                quoted = quoted_holder_at(context, words, later, lambda i: _styled(words[i]))
                if quoted is not None:  # «ونوه أمين الطائف "المهندس X" بـ»
                    return _with_end(context, words, [Arg(quoted.entity_id or "",
                                                          quoted.start, quoted.end)])
                break
            if words[later].norm in TITLE_BREAKS:
                break  # «والتقى الرئيس الفرنسي خلال الزيارة ولي العهد فلاناً»: the one met
            person = context.mention_starting_in(words[later])
            if person is not None and person.label == "Person" and genitive_principal(
                    context, person):  # «وجه مستشار خادم الحرمين الشريفين أمير منطقة ... X»
                if second_title_after(context, person):
                    continue
                return ArgsAfter([], position + 1)  # «وجه مستشار الملك سلمان»: unnamed
            if person is not None and person.label == "Person" and person.entity_id:
                return _with_end(context, words, titled_partners(
                    context, chain(context, person, sentence, AGENT_LABELS), sentence))
        else:  # the window ran out inside the title: a stacked title chain goes on
            far = far_holder(context, words, index, index + max_words)
            if far is not None:
                return _with_end(context, words, titled_partners(
                    context, chain(context, far, sentence, AGENT_LABELS), sentence))
        person_id = None if member else person_for_title(context, word)
        if person_id:
            return ArgsAfter([Arg(person_id, word.start, word.end)],
                             past_title_complement(context, words, index + 1))
    return ArgsAfter([], position + 1)



TITLE_BREAKS = frozenset({"خلال", "اثناء", "لدى", "عقب", "فور", "اثر", "امس"})
"""Words of a time clause, and «أمس», that no title holds: a name after one is not the title's
holder («والتقى ولي العهد أمس في جدة فلاناً»: the one met)."""



def _governed_after(context: Extraction, words: list[Word], position: int, index: int,
                    mention: Mention) -> bool:
    """Whether a preposition governs the name after the verb; not the verb itself read as
    one: «عبّر X عن رفضه» (expressed), not «عبر X» (via)."""
    governing = preposition(context, mention)
    return bool(governing) and not (
        index == position + 1 and words[position].norm.lstrip("و") == governing)



def past_title_complement(context: Extraction, words: list[Word], end: int) -> int:
    """Past what completes a title that stands for a person: its adjectives («المنسق الدولي»,
    «الوزير اليمني») and «باسم X» («الناطق باسم حماس»); none of it is an argument."""
    while end < len(words) and (words[end].has(NISBA)
                                or _relational_adjective(context, words[end])):
        end += 1
    if end + 1 < len(words) and words[end].norm == "باسم" and \
            not context.boundary_between(words[end], words[end + 1]):
        mention = context.mention_starting_in(words[end + 1])
        if mention is not None:
            return context.mention_words(mention)[1] - words[0].index + 1
    return end



def _relational_adjective(context: Extraction, word: Word) -> bool:
    """«المنسق الدولي», «المبعوث الأممي»: a definite relational adjective (in «ـي»/«ـية») that
    no mention covers describes the title before it; it is no argument of its own."""
    norm = word.norm
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 5 and \
        context.covering_mention(word.start) is None and not is_title_head(word)



TYPE_NOUNS = frozenset({
    "شركه", "مجموعه", "منظمه", "حركه", "جماعه", "حزب", "وكاله", "صحيفه", "قناه", "مؤسسه",
    "جمعيه", "بنك", "مصرف", "دوله", "حكومه", "سلطات", "قوات", "جيش", "مملكه", "جمهوريه",
    "اماره", "تنظيم", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات",
})
"""Nouns that name the kind of an actor before its name («شركة بوينغ», «حكومة اليمن»)."""



def typed_name(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """«أطلقت شركة بوينغ تحذيرا», «وانتقدت حكومة اليمن ...»: the named actor right after a
    noun of its kind, when the kind noun is no mention of its own; never a person
    («نظام الأسد» names a regime, not the man)."""
    word = words[index]
    if word.bare() in TEAM_NOUNS:
        return _team_name(context, words, index)
    if index + 1 >= len(words) or word.bare() not in TYPE_NOUNS or \
            context.covering_mention(word.start) is not None or _attached(word) or \
            (context.boundary_between(word, words[index + 1]) and
             not quoted_after(context, word, words[index + 1])):
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.label == "Person" or preposition(context, mention) or \
            context.is_nisba(mention):
        return None
    return mention



TEAM_NOUNS = frozenset({"نادي", "منتخب"})
"""Kind nouns of a sports body before its name: «حذر نادي بوروسيا دورتموند نادي أرسنال
من ...», «وطالب نادي الهلال الاتحاد بـ ...». The NER often tags only the name after them.
Not «فريق», also a military rank («الفريق»), read as a title elsewhere."""


def _team_name(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """The club or team named right after its kind noun (read as :func:`typed_name`), only
    when the name is tagged as an organisation: «منتخب مصر» or «نادي الرياض» names a team
    after a country or a city, and the country or the city holds no stance of the team."""
    word = words[index]
    if index + 1 >= len(words) or context.covering_mention(word.start) is not None or \
            _attached(word) or context.boundary_between(word, words[index + 1]):
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.label != "Organization" or \
            preposition(context, mention) or context.is_nisba(mention):
        return None
    return mention


_OPENING_QUOTE = re.compile(r"\s*[«\"“]\s*")



def quoted_after(context: Extraction, word: Word, following: Word) -> bool:
    """Only an opening quotation mark stands between two words of a sentence: a kind noun
    and the quoted name it heads («حركة «حماس»», «منظمة "العفو الدولية"»)."""
    return word.sentence_index == following.sentence_index and \
        _OPENING_QUOTE.fullmatch(context.doc.text, word.end, following.start) is not None



def _attached(word: Word) -> bool:
    """«بشركة», «لحكومة»: a preposition is attached to the word."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])



def _with_end(context: Extraction, words: list[Word], args: list[Arg]) -> ArgsAfter:
    last_word = context.word_at(max(args[-1].start, args[-1].end - 1))
    assert last_word is not None
    return ArgsAfter(args, last_word.index - words[0].index + 1)
