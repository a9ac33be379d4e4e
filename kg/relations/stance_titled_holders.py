"""A title that stands for a person named earlier: the stance holder named by title alone.

News names an official in full once («رئيس المحكمة العامة بالمدينة المنورة الشيخ X»,
«X، وزير حقوق الإنسان اليمني», «أمير دولة الكويت الشيخ X») and later by the title alone
(«وثمّن فضيلة رئيس المحكمة العامة بالمدينة المنورة الدور ...», «ورحب أمير دولة الكويت
بالأمير Y»). A title after the verb, past a style of address («فضيلة», «معالي»), that
repeats word for word the title a person was introduced with, for two words at least and
through the whole position name, stands for that person (the one introduced so most
often, when the role reader gave the title to another too). Nothing is read when the repeat
goes on with a country or body that person's title did not name («وزير الخارجية الإيراني»
after «وزير الخارجية الأمريكي X»), or when two persons were introduced with the same words
as often; and when such a country is followed by a person's name («وزير الخارجية السعودي
سعود الفيصل» after «وزير الخارجية السوري X») the title is no repeat at all: the one named
holds it, and the verb's subject is read as for any title with its holder.
"""

from __future__ import annotations

from collections import Counter

from kg.relations.arguments import COURTESY_TITLES
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite

STYLES = COURTESY_TITLES | HONORIFICS | frozenset({"فضيله", "سعاده", "السمو", "الملكي"})
"""Styles of address and honorifics that may stand before a repeated title («فضيلة»,
«صاحب السمو الملكي»)."""
_MIN_WORDS = 2
_MAX_STYLES = 3


def repeated_title(context: Extraction, words: list[Word],
                   index: int) -> tuple[Arg | None, int] | None:
    """The person an earlier title names, when ``words[index:]`` repeats that title (past a
    style of address), and the index of the word after the repeat; ``(None, end)`` for a
    repeat that names no one known (two persons had that title, or it goes on with another
    country or body); None when no earlier title is repeated."""
    start = index
    while index < len(words) and index - start < _MAX_STYLES and words[index].norm in STYLES:
        index += 1
        if index < len(words) and context.boundary_between(words[index - 1], words[index]):
            return None
    if index >= len(words) or not is_title_head(words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    matches: Counter[tuple[int, str]] = Counter()
    for role in context.roles:
        if role.start >= words[start].start:
            continue
        length = common_words(context, role.start, words, index)
        if length >= max(_MIN_WORDS, len(role.position_name.split())):
            matches[length, role.person_id] += 1
    if not matches:
        return None
    longest = max(length for length, _ in matches)
    ranked = sorted(((n, person) for (length, person), n in matches.items()
                     if length == longest), reverse=True)
    end = index + longest
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
        if own_holder_named(context, words, end):
            return None  # «وانتقد وزير الخارجية السعودي X» after two foreign ministers
        return None, end  # as often introduced with the title: the reader cannot tell
    persons = [ranked[0][1]]
    if end < len(words) and not context.boundary_between(words[end - 1], words[end]):
        named = context.mention_starting_in(words[end])
        if named is not None and named.label == "Person" and named.entity_id != persons[0]:
            return None  # «وحذر وزير الخارجية عادل الجبير»: the title of another, named here
    body = _goes_on(context, words, end)
    if body is not None and not any(role.person_id == persons[0] and role.org_id == body
                                    for role in context.roles):
        return None if _named_after_body(context, words, end) else (None, end)
    return Arg(persons[0], words[start].start, words[end - 1].end), end


def own_holder_named(context: Extraction, words: list[Word], end: int) -> bool:
    """Whether the title that ends at ``end`` names its own holder: a person right after
    it, or after a nisba of its own country («وزير الخارجية السعودي سعود الفيصل»). Read
    when two persons were introduced with the title as often: the one named here holds it,
    and the verb's subject is read as for any title with its holder."""
    if end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return False
    named = context.mention_starting_in(words[end])
    if named is not None and named.label == "Person" and named.entity_id:
        return True
    return _named_after_body(context, words, end)


def _named_after_body(context: Extraction, words: list[Word], end: int) -> bool:
    """«وانتقد وزير الخارجية السعودي سعود الفيصل ...» after «وزير الخارجية السوري X»: the
    title goes on with a country of its own (a nisba at ``end``) and a person is named right
    after it; a new title with its own holder, for the verb's own subject reader."""
    if end + 1 >= len(words) or context.boundary_between(words[end], words[end + 1]):
        return False
    named = context.mention_starting_in(words[end + 1])
    return context.index.nisba_country(words[end]) is not None and \
        named is not None and named.label == "Person"


def common_words(context: Extraction, earlier_start: int, words: list[Word], index: int) -> int:
    """How many words from ``words[index]`` on repeat, in the same clause, the words that
    start at ``earlier_start`` (where an earlier title starts)."""
    first = context.word_at(earlier_start)
    if first is None or first.start != earlier_start:
        return 0
    length = 0
    while index + length < len(words) and first.index + length < len(context.words):
        earlier = context.words[first.index + length]
        current = words[index + length]
        if earlier.norm != current.norm or earlier.start >= words[index].start or (
                length > 0 and context.boundary_between(words[index + length - 1], current)):
            break
        length += 1
    return length


_ELSEWHERE = "-"
"""A body no entity of the document stands for («الإيراني» where Iran is not named)."""


def _goes_on(context: Extraction, words: list[Word], end: int) -> str | None:
    """What the title goes on to name past the repeat: the country of a nisba, or a name
    in the genitive of its last word (``_ELSEWHERE`` when it is no entity, or a style of
    address before a name of its own); None when the repeat ends the title."""
    if end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return None
    word = words[end]
    if word.norm in STYLES:
        return _ELSEWHERE
    country = context.index.nisba_country(word)
    if country is not None:
        return country.entity_id or _ELSEWHERE
    last = words[end - 1]
    if definite(last) or context.covering_mention(last.start) is not None:
        return None  # «وانتقد وزير خارجية مصر الحكومة اليمنية»: the name after is the object
    mention = context.mention_starting_in(word)
    if mention is not None and mention.start == word.start:
        return mention.entity_id or _ELSEWHERE  # «وزير خارجية» + another country
    return None
