"""Choosing between overlapping mentions from different NER backends.

The gazetteer is precise and knows the entity; the statistical tagger finds
names the gazetteer lacks but sometimes runs two names together («الناتو
جينس ستولتنبرغ»). So where mentions overlap, a gazetteer name wins; a
nationality adjective («الأمريكية») gives way to a longer mention that
contains it («السفارة الأمريكية»); otherwise the longer, then the more
confident, mention wins.

A person name the tagger ran together with a place or a body before or after it
(«محافظ عدن نايف صالح البكري» tagged as one name from «عدن») is not lost to the
gazetteer's name: it is cut to the words outside that name. And a gazetteer
person inside a longer person name, after a link word («الأمير سلطان بن سلمان»:
«سلمان» is King Salman), gives way to the longer name: it is the father's name;
so does one that opens a longer name before a link word («محمد بن سلمان بن
عبدالعزيز»): the rest is the lineage of the same person.

A country the gazetteer read in its feminine nisba form («السعودية», «الكويتية»: the
country's name and its adjective are one word) at the very end of a longer tagger
organisation name («أرامكو السعودية», «الخطوط الجوية الكويتية») is the adjective of that
name, and gives way to it as a nationality adjective does (:func:`closing_nisbas`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from kg.gazetteer.person_words import LINKS, is_given
from kg.ids import mention_id
from kg.model import Mention
from kg.text.normalize import normalize_key

GAZETTEER = "ner.gazetteer"
ADJECTIVE = "ner.gazetteer.adjective"


def _rank(mention: Mention) -> tuple[int, int, float]:
    if mention.extractor.startswith(GAZETTEER) and mention.extractor != ADJECTIVE:
        trust = 0
    elif mention.extractor == ADJECTIVE:
        trust = 2
    else:
        trust = 1
    return trust, -(mention.end - mention.start), -mention.confidence


def resolve_overlaps(mentions: Sequence[Mention], doc_id: str | None = None) -> tuple[Mention, ...]:
    """The mentions that survive, in text order; no two of them overlap.

    With ``doc_id``, a statistical person name that overlaps one kept name at its
    start or its end is kept cut to its words outside it (:func:`outside`), and a
    gazetteer person after a link word inside a longer statistical person name is
    dropped (:func:`inner_fathers`).

    The kept spans are disjoint, so in ``(start, end)`` order their ends never
    decrease: the only kept span that can overlap a candidate is the last one
    starting before the candidate ends. That keeps this ``O(n log n)``-ish
    (one bisection and one list insertion a mention) instead of comparing
    every candidate with every kept mention.
    """
    if doc_id is not None:
        fathers = inner_fathers(mentions) | closing_nisbas(mentions)
        if fathers:
            mentions = [m for m in mentions if m.id not in fathers]
    kept: list[Mention] = []
    starts: list[tuple[int, int]] = []  # (start, end) of ``kept``, in the same order
    for mention in sorted(mentions, key=_rank):
        index = bisect_left(starts, (mention.end, -1))
        if index > 0 and starts[index - 1][1] > mention.start:
            if doc_id is None or mention.label != "Person" or _rank(mention)[0] != 1:
                continue
            first = bisect_left(starts, (mention.start, -1))
            if first > 0 and starts[first - 1][1] > mention.start:
                first -= 1
            if index - first != 1:
                continue
            cut = outside(mention, kept[first], doc_id)
            if cut is None:
                continue
            mention = cut
        position = bisect_left(starts, (mention.start, mention.end))
        starts.insert(position, (mention.start, mention.end))
        kept.insert(position, mention)
    return tuple(kept)


def outside(mention: Mention, other: Mention, doc_id: str) -> Mention | None:
    """``mention`` cut to the whole words it has before or after ``other``, when
    ``other`` covers its start or its end (not its middle), what is left starts with a
    given name (:func:`kg.ner.names.is_given`), of two words or more when it stands
    before ``other`` (one word there is the verb or the title of the body: «ورفعت
    موديز»), and ``other`` is no person (the
    rest of a person's name after a person is that person's lineage: «محمد بن
    سلمان بن عبدالعزيز»); None otherwise."""
    if other.label == "Person":
        return None
    if other.start <= mention.start and mention.start < other.end < mention.end:
        rest = mention.text[other.end - mention.start :]
        start = mention.end - len(rest.lstrip())
        if rest[:1].isalpha() or start >= mention.end:
            return None  # ``other`` ends inside a word
        end = mention.end
    elif mention.start < other.start < mention.end <= other.end:
        rest = mention.text[: other.start - mention.start]
        end = mention.start + len(rest.rstrip())
        if rest[-1:].isalpha() or end <= mention.start or len(rest.split()) < 2:
            return None  # one word before a body's name is its verb or title, no person
            # («ورفعت موديز ...»: «رفعت» is the verb, not the given name Rifaat)
        start = mention.start
    else:
        return None
    offset = start - mention.start
    if not is_given(mention.text[offset : offset + end - start].split()[0]):
        return None  # what is left is no name of a person («مسلحو», «هامتون كورت»)
    return replace(mention, id=mention_id(doc_id, start, end), start=start, end=end,
                   text=mention.text[offset : offset + end - start])


def inner_fathers(mentions: Sequence[Mention]) -> set[str]:
    """Ids of gazetteer person mentions inside a longer statistical person mention
    that stand after a link word («بن», «آل») in it, the father's name («سلمان» of
    «سلطان بن سلمان»), or before one, the start of a lineage («محمد بن سلمان» of
    «محمد بن سلمان بن عبدالعزيز», which the linker reads as that name)."""
    persons = [m for m in mentions if m.label == "Person" and _rank(m)[0] == 1]
    found: set[str] = set()
    for mention in mentions:
        if mention.label != "Person" or _rank(mention)[0] != 0:
            continue
        for longer in persons:
            if longer.start <= mention.start and mention.end <= longer.end and \
                    longer.end - longer.start > mention.end - mention.start:
                before = longer.text[: mention.start - longer.start].split()
                after = longer.text[mention.end - longer.start :].split()
                if (before and normalize_key(before[-1]) in LINKS) or \
                        (not before and after and normalize_key(after[0]) in LINKS):
                    found.add(mention.id)
    return found


_TAGGERS = frozenset({"ner.bundled", "ner.camel"})
_ORGANIZATIONS = frozenset({"Organization", "MediaOrganization", "GovernmentBody",
                            "PoliticalParty", "InternationalOrganization"})


def closing_nisbas(mentions: Sequence[Mention]) -> set[str]:
    """Ids of gazetteer Country mentions in the feminine nisba form («السعودية») that
    end a longer organisation mention of a statistical tagger («أرامكو السعودية»)."""
    ends = {m.end: m.start for m in mentions
            if m.extractor in _TAGGERS and m.label in _ORGANIZATIONS}
    if not ends:
        return set()
    found: set[str] = set()
    for mention in mentions:
        if mention.extractor != GAZETTEER or mention.label != "Country":
            continue
        key = normalize_key(mention.text)
        start = ends.get(mention.end)
        if start is not None and start < mention.start and key.startswith("ال") and \
                key.endswith("يه") and " " not in key:
            found.add(mention.id)
    return found
