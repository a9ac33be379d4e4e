"""Finding the arguments of a trigger word: subjects, objects, first-person pronouns.

Arabic news sentences are mostly verb-subject-object: «ورفض وزير الخارجية
مايك بومبيو الاتهامات». The subject is the first agent mention after the
verb that no preposition governs; failing that the nearest one before it
(«بيد أن الأحمدي أشار»), a title that names an earlier person («الرئيس»),
or, inside a quotation, the speaker's country or organisation for a
first-person plural («نحن», «قمنا», «لم نكن»).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from kg.model import Mention, Sentence
from kg.relations.actors import actor_phrase
from kg.relations.apposed_holders import apposed_holder
from kg.relations.context import Extraction
from kg.relations.far_titled import far_holder
from kg.relations.governed_conjuncts import governed_conjunct
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, ArgsAfter, Word
from kg.relations.lexicon import (
    FIRST_PERSON_FORMS,
    HONORIFICS,
    NAMED_PLACE_HEADS,
    NISBA,
    PREPOSITIONS,
    REPORTING,
    STANCE,
)
from kg.relations.principal_names import genitive_principal, second_title_after
from kg.relations.quoted_holders import quoted_holder_at
from kg.relations.realm_actors import kingdom, kingdom_after_lam, state_by_nisba
from kg.relations.role_holders import add_leads, person_for_title, unnamed_holder
from kg.relations.role_words import is_title_head
from kg.relations.rules import ObjectSource
from kg.relations.stance_spellings import after_both_of, past_both_of
from kg.relations.stance_titled_partners import titled_partners
from kg.relations.titles import compound_head
from kg.text.normalize import normalize_key

_FIRST_PERSON_WORDS = frozenset({"نحن", "اننا", "لكننا", "بيننا", "لنا", "عندنا", "فاننا", "نكن",
                                 "لسنا",
                                 "نكون"})
_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "بدوره", "بدورها", "مجددا", "فيه", "فيها",
                      "بشده", "بقوه", "بحزم", "صراحه", "علنا"})
"""Words that may stand between a verb and its subject: time and manner adverbs («أدانت
بشدة وزارة الخارجية الهجوم»), and the resumptive pronoun of a relative clause on a text
(«بيان دعت فيه أوبك المنتجين إلى ...»)."""
_MAX_ADVERBS = 2
_NOT_FIRST_PERSON = frozenset({"هنا", "لدينا", "احيانا", "ايضا", "اثنا"}) | frozenset(
    form for form in (*STANCE, *REPORTING)
    if form.startswith("م") and form.endswith("نا") and not form.endswith("تنا"))
"""Words in «نا» that are no first person: adverbs, and the circumstantial participles of a
root in «ن» («مثمنا», «معلنا», «مبينا»: «مُثمِّنًا», not «our»)."""
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


def preposition(context: Extraction, mention: Mention) -> str:
    """The preposition that governs a mention: attached («لسوريا» → ل) or the word before."""
    prefix = context.attached_prefix(mention).lstrip("وف")
    if prefix[:1] in {"ب", "ل", "ك"}:
        return prefix[:1]
    word = context.word_at(mention.start)
    if word is None or word.index == 0:
        return ""
    before = context.words[word.index - 1]
    if before.sentence_index != word.sentence_index or (
            context.boundary_between(before, word) and not _quote_opens(context, before, word)):
        return ""
    if after_both_of(context.words, word.index):
        return ""  # «كل من مصر والأردن»: both, not «from»
    bare = before.norm.lstrip("و") if before.norm not in PREPOSITIONS else before.norm
    return bare if bare in _GOVERNING else ""


_GOVERNING = PREPOSITIONS | {"لسان"}
"""The words :func:`preposition` gives: a preposition, or «لسان» («على لسان X»)."""


_OPENING_QUOTES = frozenset("«\"“")


def _quote_opens(context: Extraction, before: Word, word: Word) -> bool:
    """Only an opening quotation mark between a preposition and a quoted name («في «حماس»»,
    «لـ"فيفا"»): the preposition still governs the name."""
    gap = context.gap(before, word).strip()
    return bool(gap) and all(mark in _OPENING_QUOTES for mark in gap)


def is_first_person(word: Word) -> bool:
    """«نحن», «قمنا», «لازلنا», «استمرارنا», «لسنا»: a first-person plural form."""
    if word.norm in _FIRST_PERSON_WORDS or word.bare() in _FIRST_PERSON_WORDS:
        return True
    if any(rest in FIRST_PERSON_FORMS for _, rest in word.readings()):
        return True
    bare = word.bare()
    return len(bare) > 3 and bare.endswith("نا") and bare not in _NOT_FIRST_PERSON


def speaker_affiliation(context: Extraction, word: Word) -> Arg | None:
    """Whom a first-person plural inside a quote stands for."""
    speaker = context.speaker_at(word.start)
    if speaker is None:
        return None
    return Arg(context.affiliation(speaker), word.start, word.end)


def first_person_near(context: Extraction, words: list[Word], position: int,
                      lookback: int = 4, include_self: bool = True) -> Arg | None:
    """A first-person plural at the trigger or a few words before it, in the same clause."""
    start = position if include_self else position - 1
    for index in range(start, max(-1, position - lookback - 1), -1):
        if index < position and context.boundary_between(words[index], words[index + 1]):
            break
        if is_first_person(words[index]):
            return speaker_affiliation(context, words[index])
    return None


def coordinated_mentions(context: Extraction, mention: Mention, sentence: Sentence,
                         labels: frozenset[str]) -> list[Mention]:
    """The mention and those joined to it by «و» in the same clause: «موسكو والمتمردين»."""
    found = [mention]
    _, last = context.mention_words(mention)
    while last + 1 < len(context.words):
        word = context.words[last + 1]
        if word.start >= sentence.end or not word.norm.startswith("و") or \
                context.boundary_between(context.words[last], word):
            break
        following = context.mention_starting_in(word)
        if following is None or following.label not in labels or not following.entity_id or \
                _waw_of_name(context, following, word):
            break
        found.append(following)
        _, last = context.mention_words(following)
    return found


def _waw_of_name(context: Extraction, mention: Mention, word: Word) -> bool:
    """«وشكر X وزارة الداخلية», «وانتقد X وكالة الطاقة»: the «و» that opens the name itself
    («وزارة», «وكالة», a gazetteer name such as «واشنطن») joins nothing; the named body is
    no second subject."""
    if mention.start != word.start:
        return False
    if mention.extractor.startswith("ner.gazetteer") and mention.text.startswith("و"):
        return True  # «وانتقدت موسكو واشنطن»: the gazetteer reads a clitic «و» off its names
    entity = context.entity(mention.entity_id) if mention.entity_id else None
    return entity is not None and normalize_key(entity.name).startswith("و")


def chain(context: Extraction, mention: Mention, sentence: Sentence,
          labels: frozenset[str]) -> list[Arg]:
    """The mention and the ones coordinated with it by «و», as arguments."""
    assert mention.entity_id is not None
    return [
        Arg(m.entity_id, m.start, m.end)
        for m in coordinated_mentions(context, mention, sentence, labels)
        if m.entity_id is not None
    ]


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
    while end < len(words) and (any(rest in NISBA for _, rest in words[end].readings())
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


def _words_between(context: Extraction, word: Word, mention: Mention) -> int:
    target = context.word_at(mention.start)
    return (target.index - word.index) if target else 99


def subject_before(context: Extraction, words: list[Word], position: int,
                   max_words: int = 10) -> list[Arg]:
    """The nearest agent before the trigger in its sentence that no preposition governs,
    not even through a «و» conjunct («إلى غولام وميسالا»: ``governed_conjuncts``)."""
    start = words[max(0, position - max_words)].start
    candidates = [
        m for m in context.mentions_between(start, words[position].start)
        if m.label in AGENT_LABELS and m.entity_id and not preposition(context, m)
        and not context.is_nisba(m) and not _names_place(context, m)
        and context.speaker_at(m.start) == context.speaker_at(words[position].start)
        and not governed_conjunct(context, m, words[position], preposition)
    ]
    if not candidates:
        for word in reversed(words[max(0, position - 3):position]):
            if is_title_head(word):
                person = person_for_title(context, word)
                if person:
                    return [Arg(person, word.start, word.end)]
        phrase = _actor_phrase_before(context, words, position)
        return [phrase] if phrase is not None else []
    persons = [m for m in candidates if m.label == "Person"]
    nearest = persons[-1] if persons and candidates[-1].label != "Person" and \
        candidates.index(persons[-1]) >= len(candidates) - 2 else candidates[-1]
    assert nearest.entity_id is not None
    owned = _owned_by(context, words, nearest)
    return [owned or Arg(nearest.entity_id, nearest.start, nearest.end)]


def _names_place(context: Extraction, mention: Mention) -> bool:
    """«وكان مسجد سلمان قد شهد»: a person's name right after a building or place noun is
    part of the place's name."""
    word = context.word_at(mention.start)
    if word is None or mention.label != "Person" or word.index == 0:
        return False
    head = context.words[word.index - 1]
    return head.sentence_index == word.sentence_index and \
        any(rest in NAMED_PLACE_HEADS for _, rest in head.readings())


def _actor_phrase_before(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وقالت مصادر إن قوات النظام تراجعت»: an actor phrase that ends right before the verb
    (subject-verb order), when no named agent stands before it."""
    for start in range(position - 1, max(-1, position - 3), -1):
        phrase = actor_phrase(context, words, start)
        if phrase is not None and phrase[1] == position:
            return phrase[0]
    return None


def _owned_by(context: Extraction, words: list[Word], mention: Mention) -> Arg | None:
    """«قوات الأسد تقصف»: a leader named after a force noun is the owner of the forces, and
    the forces are the agent."""
    word = context.word_at(mention.start)
    if word is None or mention.label != "Person":
        return None
    index = word.index - words[0].index
    if index < 1:
        return None
    phrase = actor_phrase(context, words, index - 1)
    return phrase[0] if phrase is not None else None


@dataclass(frozen=True, slots=True)
class Candidate:
    arg: Arg
    preposition: str
    label: str | None
    word_index: int
    source: ObjectSource
    """``mention``, ``event``, ``nisba`` or ``holder``."""
    led_id: str | None = None
    """For an unnamed holder («زعيم تنظيم الدولة»), the organisation it leads."""


def commit_holder(context: Extraction, candidate: Candidate, sentence: Sentence) -> None:
    """Record ``leads`` for an unnamed role holder once it is used as an argument."""
    if candidate.source == "holder" and candidate.led_id:
        add_leads(context, candidate.arg, candidate.led_id, sentence)


_SCAN_STOPS = re.compile("[.؟!:]")
"""Marks between two words that end the scan for arguments after a trigger."""
_SCAN_STOPS_AND_COMMAS = re.compile("[.؟!:،,؛]")
"""With the marks that end it too, unless it crosses commas."""


def scan_after(context: Extraction, words: list[Word], position: int, sentence: Sentence,
               max_words: int, events: Mapping[int, str], skip: set[str],
               cross_commas: bool = False) -> list[Candidate]:
    """Mentions, event triggers, nisba adjectives and unnamed role holders after the trigger."""
    found: list[Candidate] = []
    last = min(len(words) - 1, position + max_words)
    if last <= position:
        return found
    stops = _SCAN_STOPS if cross_commas else _SCAN_STOPS_AND_COMMAS
    stop = stops.search(context.doc.text, words[position].end, words[last].start)
    end = words[last].end if stop is None else stop.start()  # the words before it are read
    index = position + 1
    taken_until = -1
    while index <= last and words[index].start < end:
        word = words[index]
        if word.start < taken_until:
            index += 1
            continue
        if word.index in events and events[word.index] not in skip:
            found.append(Candidate(Arg(events[word.index], word.start, word.end), "", None,
                                   index, "event"))
        mention = context.mention_starting_in(word)
        if mention is not None and mention.entity_id and mention.entity_id not in skip:
            found.append(Candidate(Arg(mention.entity_id, mention.start, mention.end),
                                   preposition(context, mention), mention.label, index, "mention"))
            taken_until = mention.end
        elif mention is None:
            held = unnamed_holder(context, words, index, sentence)
            realm = kingdom_after_lam(context, words, index)
            if realm is not None:  # «عن شكره للمملكة بقيادة خادم الحرمين الشريفين»
                found.append(Candidate(Arg(realm, word.start, word.end), "ل", "Country",
                                       index, "mention"))
            elif held is not None:
                found.append(Candidate(held.holder, "", "Person", index, "holder",
                                       held.organisation_id))
                taken_until = held.holder.end
            elif any(rest in NISBA for _, rest in word.readings()):
                country = context.country_for_nisba(word)
                if country and country not in skip:
                    found.append(Candidate(Arg(country, word.start, word.end), "", "Country",
                                           index, "nisba"))
        index += 1
    return found


def is_place(label: str | None) -> bool:
    return label in PLACE_LABELS


_TOPIC_MARKERS = frozenset({"اما", "واما"})
_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
_TOPIC_REACH = 8
_TOPIC_ENDS = frozenset(".؟!:«»\"")
"""Marks between the topic marker and the verb that end the search for it."""


def topicalised_subject(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The subject named before its verb in a topic construction: «أما X فأوضح أن», «أما X،
    فقد انتقد Y», «وكان X قد رفض Y». The name after «أما» (or between «كان» and «قد») is
    the verb's subject, so a name after the verb is its object, not its subject."""
    verb = words[position]
    index = position - 1
    if index >= 0 and words[index].norm in {"قد", "فقد"}:
        index -= 1
        if words[index + 1].norm == "قد" and index >= 0:
            was = _was_subject(context, words, index)
            if was is not None:
                return was
    elif not verb.norm.startswith("ف"):
        return None
    if words[index + 1].norm == "قد":
        return None
    for back in range(index, max(-1, index - _TOPIC_REACH), -1):
        if words[back].norm in _TOPIC_MARKERS:
            return _agent_at(context, words, back + 1, index)
        if back < index and not _TOPIC_ENDS.isdisjoint(context.gap(words[back], words[back + 1])):
            return None
    return None


def _was_subject(context: Extraction, words: list[Word], last: int) -> Mention | None:
    """«وكان X قد ...»: the agent named between «كان» and «قد» (ending at ``last``)."""
    mention = context.covering_mention(words[last].end - 1)
    if mention is None:
        return None
    first, _ = context.mention_words(mention)
    first -= words[0].index
    if first < 1 or words[first - 1].norm not in _WAS:
        return None
    return _agent_at(context, words, first, last)


def _agent_at(context: Extraction, words: list[Word], first: int, last: int) -> Mention | None:
    """The agent mention that starts at ``words[first]`` and ends by ``words[last]``."""
    if first > last or first >= len(words):
        return None
    mention = context.mention_starting_in(words[first])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or mention.end > words[last].end:
        return None
    return mention


_WAS_REACH = 12
"""How far before «قد» the «كان» of «وكانت X، الجناح العسكري لحركة Y، قد أطلقت» may stand."""
_WAS_STOPS = frozenset({"ان", "بان", "وان", "فان", "انه", "انها", "قد", "وقد", "فقد", "لقد"})
_QUOTES = frozenset({"«", "\""})


def was_subject(context: Extraction, words: list[Word], position: int,
                sentence: Sentence) -> list[Arg]:
    """«وكانت «كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت», «وكان الجيش الأميركي
    قد قتل»: the subject of a verb after «قد» opens the clause right after «كان» and may
    be followed by its apposition; a name there (or a quoted name the NER missed, or an
    actor phrase) is the verb's subject. Nothing when «أن», another «قد», a relative or a
    full stop stands between («وكان الجيش قد أعلن أن مسلحين قد قتلوا»)."""
    if position < 2 or words[position - 1].norm not in {"قد", "فقد"}:
        return []
    for back in range(position - 2, max(-1, position - _WAS_REACH), -1):
        word = words[back]
        if word.norm in _WAS:
            return _subject_opening(context, words, back + 1, position - 1, sentence)
        if word.norm in _WAS_STOPS or word.norm in _RELATIVES or any(
                mark in context.gap(word, words[back + 1]) for mark in ".؟!:؛"):
            return []
    return []


_RELATIVES = frozenset({"الذي", "التي", "الذين"})


def _subject_opening(context: Extraction, words: list[Word], first: int, end: int,
                     sentence: Sentence) -> list[Arg]:
    """The agent that opens at ``words[first]`` and ends before ``words[end]``."""
    if first >= end:
        return []
    word = words[first]
    mention = context.mention_starting_in(word)
    if mention is not None:
        if mention.entity_id and mention.label in AGENT_LABELS and \
                not preposition(context, mention) and not context.is_nisba(mention) and \
                mention.end <= words[end].start:
            return chain(context, mention, sentence, AGENT_LABELS)
        return []
    quoted = _quoted_name(context, words, first, end)
    if quoted is not None:
        return [quoted]
    phrase = actor_phrase(context, words, first)
    if phrase is not None and phrase[1] <= end:
        return [phrase[0]]
    return _titled_opening(context, words, first, end, sentence)


def _titled_opening(context: Extraction, words: list[Word], first: int, end: int,
                    sentence: Sentence) -> list[Arg]:
    """«وكان وزير الخارجية الأمريكي جون كيري قد زار القاهرة»: a title before the name that
    opens the clause after «كان»; read as the subject after a verb is (``subject_after``
    from «كان»), and kept only when the name ends right before «قد»."""
    subjects, after = subject_after(context, words, first - 1, sentence)
    return subjects if subjects and after == end else []


def _quoted_name(context: Extraction, words: list[Word], first: int, end: int) -> Arg | None:
    """«وكانت «كتائب عز الدين القسام»، ...»: a name of a few words in quotation marks right
    after «كان» that no mention covers, as a node of its own."""
    if context.gap(words[first - 1], words[first]).strip()[-1:] not in _QUOTES:
        return None
    for last in range(first, min(end, first + 5)):
        if last > first and (context.boundary_between(words[last - 1], words[last]) or
                             context.covering_mention(words[last].start) is not None):
            return None
        if context.doc.text[words[last].end:words[last].end + 1] in {"»", "\""}:
            start, stop = words[first].start, words[last].end
            return Arg(context.add_entity("Miscellaneous", context.doc.text[start:stop]),
                       start, stop)
    return None


def known_person(context: Extraction, word: Word) -> str | None:
    """The one person of the document whose name ends with ``word`` («باسلمه»)."""
    surname = word.norm.removeprefix("و") if word.norm.startswith("و") and len(word.norm) > 4 \
        else word.norm
    if len(surname) < 4:
        return None
    found = context.index.persons_by_surname.get(surname, frozenset())
    return next(iter(found)) if len(found) == 1 else None
