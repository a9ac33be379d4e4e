"""Mention clean-up before linking: what is not an entity, and what is a person.

- Religious formulae («الله», «سبحانه وتعالى», «عز وجل», «إن شاء الله», «الله أكبر»)
  name no actor of the news: their mentions are dropped, whatever a statistical
  NER labelled them.
- A one-word place or organisation mention that is the surname of a person
  named in full in the document («هاموند» after «فيليب هاموند») is that
  person, unless a locative or a place cue stands before it («في هاموند»).
- A one-word place or organisation a tagger read on «ل» or «ب» glued to such a surname
  («إن لويب الحق» after «جيفري ويب») is that person: cut to the surname, a Person.
- A place name right after an honorific («الشيخ», «الدكتور») is a person.
- A one-word name right after a given name is the surname of that name (not after a place
  named by the gazetteer: «وحذرت واشنطن طهران» is two capitals):
  «جيب بوش» is one person, not George W. Bush («بوش») after a stray word; not
  after the «سيما» of «لا سيما» (especially).
- A generational epithet after a name belongs to it: «جورج بوش الأب» is not
  George W. Bush.
- A particle a statistical NER took into a name is dropped: «فإن جين فوندا».
- A miscellaneous name that opens with a noun of armed force is an armed group:
  «جيش الفتح», «كتائب حزب الله», «ميليشيا الدفاع الوطني» (so it can act and speak);
  so is a numbered unit («الفرقة الرابعة»).
- A place after «قصر», not after a locative, is the office the palace houses: «انتقد
  قصر باكنغهام» is an Organization.
- «باسم» after a spokesman's noun is «on behalf of», not the given name Basim.
- «ريف» alone («بريف حلب») is the common noun; «ريف دمشق» is a Region
  (:mod:`kg.link.countryside`).

Every new or widened mention keeps its offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.gazetteer.bodies import LOCAL_BODY_HEADS
from kg.gazetteer.deed_nouns import DEED_NOUNS
from kg.gazetteer.extractors import GAZETTEER_EXTRACTORS
from kg.gazetteer.index import name_key
from kg.gazetteer.person_words import HONORIFICS, LINKS, given_names
from kg.gazetteer.resources import LOCATIVES, PLACE_CUES
from kg.gazetteer.stance_verbs import complement, stance_verb, stance_verb_before
from kg.ids import mention_id
from kg.link.countryside import COUNTRYSIDE_WORDS, countryside_noun, countryside_region
from kg.link.place_words import after_office_title, document_places, office_place, place_labels
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

RELIGIOUS_WORDS = frozenset(
    name_key(
        "الله لله بالله والله تالله اللهم سبحانه تعالى وتعالى عز وجل جل جلاله الرحمن الرحيم بسم"
    )
)
"""Words of religious formulae; a mention made only of them names no entity."""
FORMULA_WORDS = frozenset(
    name_key(
        "أكبر الحمد إن ان شاء رحمه رحمها رحمهم صلى صلي عليه وسلم رضي عنه عنها عنهم بإذن "
        "باذن سبحان أستغفر استغفر الرحمن الرحيم رب ربي"
    )
)
"""Other words of a formula with «الله» («الله أكبر», «إن شاء الله», «رحمه الله»)."""
PARTICLE_WORDS = frozenset(name_key("سيما"))
"""Listed given names that are words of a particle before names and places: «لا سيما
الموصل» (especially Mosul) is no «سيما الموصل». Nor is a local body's noun a given name
before its place («أمانة الرياض», the Riyadh municipality: :data:`LOCAL_BODY_HEADS`)."""
EPITHETS = frozenset(name_key("الأب الابن الأكبر الأصغر الجد"))
"""Generational epithets that end a person's name: «جورج بوش الأب»."""
PLACE_LABELS = frozenset({"City", "Region", "Place"})
_LOCATIVE_KEYS = frozenset(word for w in LOCATIVES for word in name_key(w))
_PLACE_CUE_KEYS = frozenset(word for w in PLACE_CUES for word in name_key(w))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([^\W\d_]+)")
_EPITHET_AFTER = re.compile(r"^[\"”»]?[ \t]+([^\W\d_]+)")
"""The word after a name, past a closing quotation mark: «لـ"بوش" الأب»."""
_FIRST_WORD = re.compile(r"^([^\W\d_]+)[ \t]+(?=[^\W\d_])")
_LEADING_PARTICLES = frozenset(
    name_key("إن أن فإن وإن بأن لأن وأن كما حيث قال وقال قالت وقالت أكد وأكد")
)
"""Words that open a clause before a name and are never its first word."""
LETTER_NAMES = frozenset(name_key("بي سي إن إف إم تي دي جي إس إل آر إكس إيه كيه زد"))
"""Arabic spellings of Latin letters, which acronyms are written in («إن بي سي», «سي إن إن»)."""
ON_BEHALF = frozenset(name_key("باسم"))
SPOKESMEN = frozenset(
    name_key("الناطق الناطقة ناطق ناطقة المتحدث المتحدثة متحدث متحدثة الناطقين المتحدثين")
)
"""Nouns of a spokesman, after which «باسم» is «on behalf of» («المتحدث باسم الجيش»)."""
SEAT_NOUNS = frozenset(name_key("قصر"))
"""A palace named by its place: the office that sits there («قصر باكنغهام»)."""
ARMED_HEADS = frozenset(
    name_key("جيش ميليشيا ميليشيات مليشيا مليشيات كتائب سرايا فيلق")
)
"""Nouns that open an armed group's name («جيش الإسلام», «كتائب القسام»)."""


UNIT_HEADS = frozenset(name_key("الفرقة فرقة"))
"""Nouns of a numbered military unit: «الفرقة الرابعة», «الفرقة 17» (a division)."""
ORDINALS = frozenset(
    name_key(
        "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة "
        "الحادية الثانية عشرة"
    )
)
"""Feminine ordinals that number a unit («الفرقة الأولى الساحلية»); a troupe («الفرقة
الموسيقية», «فرقة الفنون الشعبية») takes none."""


def as_armed_group(mention: Mention) -> Mention:
    """A Miscellaneous mention whose first word is a noun of armed force («جيش الفتح»), or
    a unit noun numbered by an ordinal or a figure («الفرقة الرابعة»): an ArmedGroup."""
    words = name_key(mention.text)
    if mention.label != "Miscellaneous" or len(words) < 2:
        return mention
    head = words[0].removeprefix("و")
    if head in ARMED_HEADS or (
        head in UNIT_HEADS and (words[1] in ORDINALS or words[1].isdigit())
    ):
        return replace(mention, label="ArmedGroup")
    return mention


def is_religious(mention: Mention) -> bool:
    words = name_key(mention.text)
    return any(word in RELIGIOUS_WORDS for word in words) and all(
        word in RELIGIOUS_WORDS or word in FORMULA_WORDS for word in words
    )


def retype_mentions(doc: Document, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    """``mentions`` without religious formulae, with surnames and honorific names
    as persons and person names widened to a given name or an epithet; and the
    ids of the mentions made persons here (the gazetteer's class no longer holds
    for them)."""
    kept = [countryside_region(m) for m in mentions
            if not is_religious(m) and not countryside_noun(m)]  # «بريف حلب»: no name
    places = document_places(doc, kept)
    labels = place_labels(kept)
    kept = [office_place(doc, m, places, labels) for m in kept]
    surnames = _surnames(kept) - places
    given = given_names() - PARTICLE_WORDS - LOCAL_BODY_HEADS - COUNTRYSIDE_WORDS
    # «وحذرت واشنطن طهران»: a place right before a place is no given name of it
    place_ends = frozenset(m.end for m in kept if m.label in PLACE_LABELS | {"Country"}
                           and m.extractor.startswith("ner.gazetteer"))
    listed = frozenset((m.start, m.end) for m in kept if m.extractor in GAZETTEER_EXTRACTORS)
    result: list[Mention] = []
    widened: list[Mention] = []
    retyped: set[str] = set()
    for mention in kept:
        original = mention
        spoken_for = _without_on_behalf(doc, mention)
        if spoken_for is None:
            continue
        mention = as_armed_group(_without_particle(doc, spoken_for))
        mention = _as_seat_office(doc, mention)
        if mention.label != "Person" and (mention.start, mention.end) not in listed:
            mention = _glued_surname(doc, mention, surnames) or mention
        if mention.label != "Person":
            mention = _as_person(doc, mention, surnames, given, place_ends)
            if mention.label == "Person":
                retyped.add(mention.id)
        if mention.label == "Person":
            mention = _widen_person(doc, mention, given, surnames)
        if (mention.start, mention.end) != (original.start, original.end):
            widened.append(mention)
            retyped.add(mention.id)
        result.append(mention)
    return (_without_overlaps(result, widened) if widened else result), retyped


def _without_on_behalf(doc: Document, mention: Mention) -> Mention | None:
    """«الناطق باسم أمين عام الأمم المتحدة»: «باسم» after a spokesman's noun is «on behalf
    of», not the given name Basim. A person mention that a tagger opened with it is cut
    to the rest when that is a name of two words or more, else dropped («أمين» of «أمين
    عام», a body)."""
    found = _FIRST_WORD.match(mention.text)
    if mention.label != "Person" or found is None or \
            normalize_key(found.group(1)) not in ON_BEHALF:
        return mention
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    before = name_key(doc.text[max(line_start, mention.start - 40) : mention.start])[-2:]
    if not any(word.removeprefix("و") in SPOKESMEN for word in before):
        return mention  # «الناطق باسم», «المتحدث الرسمي باسم»
    start = mention.start + found.end()
    if len(name_key(doc.text[start : mention.end])) < 2:
        return None  # «باسم أمين (عام)», «باسم الجيش»: a title or a body, no person
    return replace(mention, id=mention_id(doc.id, start, mention.end), start=start,
                   text=doc.text[start : mention.end])


def _as_seat_office(doc: Document, mention: Mention) -> Mention:
    """«انتقد قصر باكنغهام», «متحدث باسم قصر الإليزيه»: a place named after «قصر» (palace)
    stands for the office that sits there (the royal household, the presidency), an
    Organization that speaks and acts; widened to «قصر X». Not after a locative («في قصر
    باكنغهام», «بقصر»): there the palace is the place."""
    if mention.label not in PLACE_LABELS:
        return mention
    found = _WORD_BEFORE.search(doc.text, max(0, mention.start - 40), mention.start)
    if found is None or normalize_key(found.group(1)).removeprefix("و") not in SEAT_NOUNS:
        return mention
    shadow = replace(mention, start=found.start(1), end=found.end(1))
    before = _word_before(doc, shadow)
    if (before is not None and (before in _LOCATIVE_KEYS or before in _PLACE_CUE_KEYS)) or \
            _glued_prefix(doc, shadow):
        return mention
    widened = _widened(doc, mention, found.start(1), mention.end)
    return replace(widened, label="Organization") if widened is not mention else mention


def _surnames(mentions: list[Mention]) -> frozenset[str]:
    from kg.link.coref import person_words, surname

    return frozenset(
        surname(words)
        for m in mentions
        if m.label == "Person"
        for words in (person_words(m.text),)
        if len(words) >= 2
    )


_GLUED_TO_SURNAME = ("وب", "فب", "ول", "فل", "ب", "ل")
"""The prepositions (and a conjunction before them) a tagger may read into a surname."""


def _glued_surname(doc: Document, mention: Mention, surnames: frozenset[str]) -> Mention | None:
    """«وقال محامي جيفري ويب إن لويب الحق في الدفاع»: a one-word place or organisation that
    no gazetteer name holds, read on «ل» or «ب» glued to the surname of a person named in
    full in the document (three letters at least), is that person after the preposition:
    the mention cut to the surname, a Person; None otherwise (the word is itself such a
    surname, or the rest is none)."""
    if mention.label not in PLACE_LABELS | {"Organization", "Miscellaneous"}:
        return None
    words = name_key(mention.text)
    if len(words) != 1 or words[0] in surnames:
        return None
    key = words[0]
    prefix = next((p for p in _GLUED_TO_SURNAME if key.startswith(p)), "")
    rest = key[len(prefix):]
    if not prefix or len(rest) < 3 or rest not in surnames:
        return None
    start = mention.start + len(prefix)
    if name_key(doc.text[start:mention.end]) != (rest,):
        return None  # a mark inside the clitics: the offsets are not letters one for one
    return replace(mention, id=mention_id(doc.id, start, mention.end), start=start,
                   text=doc.text[start:mention.end], label="Person")


def _word_before(doc: Document, mention: Mention) -> str | None:
    """The normalised word right before the mention, on the same line, with only
    spaces between; None at punctuation or a line start."""
    found = _WORD_BEFORE.search(doc.text, max(0, mention.start - 40), mention.start)
    return normalize_key(found.group(1)) if found else None


def _glued_prefix(doc: Document, mention: Mention) -> str:
    start = mention.start
    while start > 0 and doc.text[start - 1].isalpha():
        start -= 1
    return normalize_key(doc.text[start : mention.start])


def _as_person(
    doc: Document,
    mention: Mention,
    surnames: frozenset[str],
    given: frozenset[str],
    place_ends: frozenset[int] = frozenset(),
) -> Mention:
    words = name_key(mention.text)
    if len(words) != 1 or mention.label not in PLACE_LABELS | {"Organization", "Miscellaneous"}:
        return mention
    before = _word_before(doc, mention)
    prefix = _glued_prefix(doc, mention)
    locative = (before is not None and (before in _LOCATIVE_KEYS or before in _PLACE_CUE_KEYS)) or (
        prefix.lstrip("وف") in {"ب", "ل", "لل"}
    )
    if locative or (mention.label in PLACE_LABELS and after_office_title(doc, mention)):
        return mention
    if words[0] in surnames:
        return replace(mention, label="Person")
    if mention.label in PLACE_LABELS and before is not None and before in HONORIFICS:
        return replace(mention, label="Person")
    if mention.label in PLACE_LABELS and before in given and not prefix:
        start = _start_of_word_before(doc, mention)
        if doc.text[start : mention.start].rstrip() and start + len(
            doc.text[start : mention.start].rstrip()
        ) in place_ends:
            return mention  # «واشنطن طهران»: two capitals, not «جورج واشنطن»
        return _widened(doc, mention, start, mention.end)
    return mention


_VAN = "فان"
_VAN_ARTICLES = frozenset({"دير", "دن", "دي"})
"""The Dutch and Flemish articles after «van»: «فان دير», «فان دن», «فان دي»."""


def nobiliary_van(first: str, rest: Sequence[str]) -> bool:
    """«فان» written with a bare alef, then «دير/دن/دي» and a word without the article,
    opens a Dutch name («فان دير فارت», «فان دن بيرغ»), not the particle «فإن»: «فان دير
    الزور» (sloppy «فإن» + the town) keeps its article and stays a particle."""
    return first == _VAN and len(rest) >= 2 and rest[0] in _VAN_ARTICLES and \
        not rest[1].startswith("ال")


def _without_particle(doc: Document, mention: Mention) -> Mention:
    """«فإن جين فوندا» → «جين فوندا»: a particle or verb of saying that a statistical
    NER took into a name of several words is no part of it. A gazetteer name is whole
    («بان كي مون», whose «بان» normalises as «بأن» does)."""
    found = _FIRST_WORD.match(mention.text)
    if found is None or normalize_key(found.group(1)) not in _LEADING_PARTICLES or \
            mention.extractor in GAZETTEER_EXTRACTORS:  # «بان كي مون» is no «بأن»
        return mention
    following = name_key(mention.text[found.end():])
    if following and following[0] in LETTER_NAMES:
        return mention  # «إن بي سي نيوز»: the «إن» is the letter N of an acronym
    if nobiliary_van(found.group(1), mention.text[found.end():].split()):
        return mention  # «فان دير فارت»: Dutch «van der», not «فإن»
    start = mention.start + found.end()
    return replace(mention, id=mention_id(doc.id, start, mention.end), start=start,
                   text=doc.text[start:mention.end])


_NEXT_WORD = re.compile(r"\s+(\S+)")


def _verb_after_subject(doc: Document, verb_start: int, mention: Mention) -> bool:
    """Whether the word at ``verb_start``, right before the one-word name ``mention``, is a
    stance verb right after another person's name, its subject, and the word after the
    name can open the verb's object: «وكان ميشيل بلاتيني دعا بلاتر إلى ...» names «بلاتر»."""
    verb = doc.text[verb_start:mention.start].strip()
    found, glued = stance_verb(verb)
    if not found or glued:
        return False
    after = _NEXT_WORD.match(doc.text, mention.end)
    if after is None or not complement([after.group(1).rstrip("،,.؛:")], 0):
        return False
    return any(other.label == "Person" and other.end <= verb_start and
               not doc.text[other.end:verb_start].strip() for other in doc.mentions)


def _widen_person(doc: Document, mention: Mention, given: frozenset[str],
                  surnames: frozenset[str] = frozenset()) -> Mention:
    start, end = mention.start, mention.end
    if len(name_key(mention.text)) == 1 and not _glued_prefix(doc, mention) and \
            not _glued_object(mention, surnames):
        before = _word_before(doc, mention)
        if before is not None and before in given and before not in DEED_NOUNS:
            # «أعيد انتخاب بلاتر»: the deed done to him, not his given name
            start = _start_of_word_before(doc, mention)
            sentences = doc.sentences
            opens = sentences[mention.sentence_index].start \
                if mention.sentence_index < len(sentences) else 0
            if stance_verb_before(doc.text, start, mention.end, opens) or \
                    _verb_after_subject(doc, start, mention):
                start = mention.start  # «دعا بلاتر الاتحادات»: the verb, not his name
    after = _EPITHET_AFTER.match(doc.text[end : end + 20])
    if after and normalize_key(after.group(1)) in EPITHETS:
        end = end + after.end()
    if (start, end) == (mention.start, mention.end):
        return mention
    return _widened(doc, mention, start, end)


def _glued_object(mention: Mention, surnames: frozenset[str]) -> bool:
    """«وأشاد جيرارد بسواريز»: a one-word name glued to «ب» whose rest is another person's
    surname in the document is the verb's object, never the family name of the given name
    before it (see :mod:`kg.ner.glued_objects`)."""
    key = normalize_key(mention.text)
    rest = key[2:] if key.startswith(("وب", "فب")) else key[1:] if key.startswith("ب") else ""
    return len(rest) >= 3 and rest in surnames


def followed_by_nasab(doc: Document, mention: Mention) -> bool:
    """Whether «بن», «ابن», «بنت» or «آل» follows the mention: «صالح بن عبدالرحمن» uses
    «صالح» as a given name, not as the surname of a listed person."""
    after = _WORD_AFTER.match(doc.text[mention.end : mention.end + 20])
    return after is not None and normalize_key(after.group(1)) in LINKS


def _start_of_word_before(doc: Document, mention: Mention) -> int:
    found = _WORD_BEFORE.search(doc.text, max(0, mention.start - 40), mention.start)
    assert found is not None
    return found.start(1)


def _widened(doc: Document, mention: Mention, start: int, end: int) -> Mention:
    """The mention grown to ``start``..``end`` as a Person, unless that leaves its
    sentence (a break forced into a long run of text can fall between two names)."""
    sentences = doc.sentences
    if mention.sentence_index < len(sentences):
        sentence = sentences[mention.sentence_index]
        if start < sentence.start or end > sentence.end:
            return mention
    return replace(
        mention,
        id=mention_id(doc.id, start, end),
        start=start,
        end=end,
        text=doc.text[start:end],
        label="Person",
    )


def _without_overlaps(mentions: list[Mention], widened: list[Mention]) -> list[Mention]:
    """A widened mention replaces the mentions it now covers."""
    spans = {(w.start, w.end) for w in widened}
    kept = [
        m
        for m in mentions
        if (m.start, m.end) in spans
        or not any(w.start <= m.start and m.end <= w.end for w in widened)
    ]
    seen: set[tuple[int, int]] = set()
    unique: list[Mention] = []
    for mention in sorted(kept, key=lambda m: (m.start, m.end, m.label != "Person")):
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            unique.append(mention)
    return unique
