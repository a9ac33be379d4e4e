"""Token features for the bundled NER tagger.

Arabic has no capital letters, and one written word carries its proclitics
(«وبواشنطن» = و + ب + واشنطن), so the features look at the normalised word,
its clitic-stripped stem, its affixes, its neighbours and their stems, word
clusters learnt from the training corpora, the bundled name lists (Natural
Earth countries; cities, regions, sports clubs and people from CLDR,
ArWikiCats and Wikidata), nationality adjectives derived from the countries,
and trigger words (titles such as «الرئيس», heads such as «شركة», «وزارة»,
«مدينة») before and after.

The CRF tagger's string features (``FeatureExtractor``, python-crfsuite) live in
``scripts/ner_crf.py``: the shipped neural tagger does not use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from kg.gazetteer.resources import country_names
from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize_key

_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGITS = re.compile(r"^[0-9]+([.,][0-9]+)*$")
_HAS_DIGIT = re.compile(r"[0-9]")
_PUNCT = re.compile(r"^\W+$")

def strip_clitics_span(word: str) -> tuple[int, int]:
    """Where the stem of the (unnormalised) ``word`` starts and ends in it.

    Normalisation keeps one character for each Arabic letter, so the length of
    the stripped prefix carries over to the original spelling, diacritics aside.
    """
    letters = [i for i, char in enumerate(word) if normalize_key(char)]
    if not letters:
        return 0, len(word)
    normal = "".join(normalize_key(word[i]) for i in letters)
    prefix, _ = strip_clitics(normal)
    dropped = len(prefix)
    if prefix.endswith("لال"):
        dropped -= 1
    start = letters[dropped] if dropped < len(letters) else 0
    return start, len(word)


def shape(word: str) -> str:
    if _ARABIC.match(word):
        return "ar"
    if _DIGITS.match(word):
        return "num"
    if _LATIN.match(word):
        return "lat"
    if _PUNCT.match(word):
        return "punct"
    if _HAS_DIGIT.search(word):
        return "hasnum"
    return "mixed"


# Trigger words, normalised and without clitics (stems), by what they announce.
_TRIGGERS: dict[str, str] = {
    "title": (
        "رئيس الرئيس وزير الوزير امين الامين السيد السيده الشيخ الملك الامير الاميره الدكتور "
        "د المستشار الجنرال العقيد اللواء العميد الرائد النائب السفير المبعوث المتحدث الناطق "
        "نائب زعيم الزعيم قائد القائد مدير المدير مساعد المرشح البابا الحاج المهندس الاستاذ "
        "المحامي القاضي المدرب اللاعب الفنان الفنانه الكاتب الشاعر المخرج المطرب المغني "
        "الممثل الصحفي الرئيسه رئيسه وزيره مستشار سفير الامام الخليفه السلطان ولي عاهل العاهل "
        "نجم النجم مهاجم المهاجم حارس الحارس"
    ),
    "say": (
        "قال وقال اعلن واعلن اكد واكد اوضح واوضح صرح اضاف واضاف ذكر وذكر اشار واشار قالت "
        "اعلنت اكدت ذكرت اضافت"
    ),
    "org": (
        "شركه الشركه جامعه الجامعه وكاله الوكاله منظمه المنظمه حزب الحزب جمعيه الجمعيه مجلس "
        "المجلس وزاره الوزاره اتحاد الاتحاد نادي النادي فريق الفريق منتخب المنتخب هيئه الهيئه "
        "مؤسسه المؤسسه بنك البنك مصرف المصرف صحيفه الصحيفه جريده الجريده مجله المجله قناه "
        "القناه تلفزيون اذاعه محطه حركه الحركه جبهه الجبهه تنظيم التنظيم جماعه الجماعه كتائب "
        "لجنه اللجنه مركز المركز معهد المعهد مجموعه المجموعه برلمان البرلمان محكمه المحكمه "
        "جيش الجيش قوات مكتب المكتب دائره سلطه السلطه حكومه الحكومه مجمع صندوق الصندوق رابطه "
        "نقابه ائتلاف الائتلاف تحالف التحالف مصنع مستشفي مدرسه كليه اكاديميه"
    ),
    "loc": (
        "مدينه المدينه محافظه المحافظه ولايه الولايه منطقه المنطقه دوله الدوله جزيره الجزيره "
        "جزر نهر النهر بحر البحر عاصمه العاصمه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي اقليم "
        "الاقليم قريه القريه بلده البلده مخيم حي شارع ميدان جبل جبال صحراء خليج الخليج مقاطعه "
        "بلدات ضاحيه مطار ميناء قضاء ريف وسط الي في من زار زياره غادر وصل عاد"
    ),
    "misc": (
        "كاس بطوله البطوله دوري الدوري جائزه جائزة مهرجان المهرجان كتاب فيلم الفيلم روايه "
        "مؤتمر المؤتمر عمليه اتفاقيه اتفاق قمه اولمبياد الالعاب مسلسل برنامج البرنامج حرب"
    ),
}
TRIGGERS: dict[str, str] = {
    normalize_key(word): kind for kind, words in _TRIGGERS.items() for word in words.split()
}

_NATIONALITY_SUFFIXES = ("يتان", "يين", "يون", "يات", "يه", "ي")


def _country_root(name: str) -> str:
    root = name[2:] if name.startswith("ال") and len(name) > 4 else name
    return root[:-1] if len(root) > 3 and root[-1] in "اه" else root


@dataclass(frozen=True)
class NameLists:
    """Multi-word names (as tuples of clitic-free, normalised stems) by category."""

    names: Mapping[tuple[str, ...], str]
    nationality_roots: frozenset[str] = field(default_factory=frozenset)
    person_words: Mapping[str, str] = field(default_factory=dict)
    """Stems of the words of people's names: ``given`` (first word of a name),
    ``family`` (a later word) or ``name`` (both, or a one-word name)."""

    @classmethod
    def from_names(cls, names: Iterable[tuple[str, str]]) -> NameLists:
        """From ``(name, category)`` pairs; a later pair overrides an earlier one."""
        entries: dict[tuple[str, ...], str] = {}
        roots: set[str] = set()
        person_words: dict[str, str] = {}
        for name, category in names:
            stems = tuple(strip_clitics(normalize_key(word))[1] for word in name.split())
            if stems:
                entries[stems] = category
            if len(stems) == 1 and category == "country":
                roots.add(_country_root(normalize_key(name)))
            if category == "person":
                for position, stem in enumerate(stems):
                    kind = "name" if len(stems) == 1 else ("given" if position == 0 else "family")
                    known = person_words.setdefault(stem, kind)
                    if known != kind:
                        person_words[stem] = "name"
        return cls(entries, frozenset(r for r in roots if len(r) >= 3), person_words)

    @classmethod
    def from_pairs(cls, pairs: Iterable[Sequence[str]]) -> NameLists:
        """From ``[stems joined by spaces, category]`` pairs, as :meth:`to_pairs` writes them."""
        names = {tuple(stems.split(" ")): category for stems, category in pairs}
        return cls(names)

    def to_pairs(self) -> list[list[str]]:
        return [[" ".join(stems), category] for stems, category in sorted(self.names.items())]

    @cached_property
    def _longest_from(self) -> dict[str, int]:
        """The most words of a name that starts with each stem."""
        longest: dict[str, int] = {}
        for name in self.names:
            longest[name[0]] = max(longest.get(name[0], 0), len(name))
        return longest

    def tag(self, stems: Sequence[str]) -> list[str]:
        """``B-category``/``I-category``/``""`` per token, longest match first."""
        tags = [""] * len(stems)
        longest_from = self._longest_from
        names = self.names
        position = 0  # the first word not inside a name found so far
        # Only the words that begin some name are tried (most words begin none).
        for start in [i for i, stem in enumerate(stems) if stem in longest_from]:
            if start < position:
                continue
            for length in range(min(longest_from[stems[start]], len(stems) - start), 0, -1):
                category = names.get(tuple(stems[start : start + length]))
                if category:
                    tags[start] = "B-" + category
                    for inside in range(start + 1, start + length):
                        tags[inside] = "I-" + category
                    position = start + length
                    break
        return tags

    def is_nationality(self, stem: str) -> bool:
        for suffix in _NATIONALITY_SUFFIXES:
            if stem.endswith(suffix) and len(stem) > len(suffix) + 2:
                root = stem[: -len(suffix)]
                if root in self.nationality_roots or root + "ا" in self.nationality_roots:
                    return True
        return False


def _tsv_rows(path: str) -> list[list[str]]:
    text = resources.files("kg").joinpath(path).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def listed_names() -> list[tuple[str, str]]:
    """``(name, category)`` of the bundled name lists: the cities, regions, sports
    clubs and people of ``names.tsv`` (``scripts/build_name_lists.py``), then the
    Natural Earth countries plus a few common short forms (category ``country``)."""
    lists = [(row[0], row[1]) for row in _tsv_rows("resources/ner/names.tsv")]
    countries = [(name, "country") for name in country_names()]
    aliases = ("امريكا", "بريطانيا", "الامارات", "روسيا", "كوريا", "الكونغو", "هولندا")
    return [*lists, *countries, *((alias, "country") for alias in aliases)]


@lru_cache(maxsize=1)
def name_gazetteer() -> NameLists:
    """The bundled name lists (:func:`listed_names`); a name that is also a country
    is a country."""
    return NameLists.from_names(listed_names())


@lru_cache(maxsize=1)
def word_usage() -> dict[str, tuple[str, str, str]]:
    """Stem -> how the word is used in general Arabic text: the order of magnitude
    of its frequency, how often it takes the article, how often a possessive
    suffix (buckets of ``scripts/build_word_usage.py``, from wordfreq). Names are
    rarer, and seldom take either («أوباما», never «الأوباما»)."""
    rows = _tsv_rows("resources/ner/usage.tsv")
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


RARE_USAGE = ("rare", "", "")
"""The usage of a stem the table does not list."""


@dataclass(frozen=True)
class Lexicon:
    """What the training data says about words and names, as features.

    ``names`` are the entity names seen in training (stem tuples) with their
    type, kept when the words are that entity at least half the times they
    occur; ``words`` gives a stem's usual entity type. Built from the other
    folds while training (jackknifing), so the tagger learns how far to trust
    them on names it has not seen.
    """

    names: NameLists
    words: Mapping[str, str]

    @classmethod
    def from_sentences(
        cls, sentences: Iterable[tuple[Sequence[str], Sequence[str]]], *, longest: int = 6
    ) -> Lexicon:
        from collections import Counter

        from kg.ner.conll import chunks

        name_counts: Counter[tuple[tuple[str, ...], str]] = Counter()
        gram_counts: Counter[tuple[str, ...]] = Counter()
        word_types: Counter[tuple[str, str]] = Counter()
        word_counts: Counter[str] = Counter()
        sentence_stems = []
        for words, tags in sentences:
            stems = [strip_clitics(normalize_key(word) or word)[1] for word in words]
            sentence_stems.append(stems)
            for kind, start, end in chunks(tags):
                if end - start <= longest:
                    name_counts[tuple(stems[start:end]), kind] += 1
            for stem, tag in zip(stems, tags, strict=True):
                word_counts[stem] += 1
                word_types[stem, tag[2:] if tag != "O" else "O"] += 1
        wanted = {name for name, _ in name_counts}
        for stems in sentence_stems:
            for length in range(1, longest + 1):
                for start in range(len(stems) - length + 1):
                    gram = tuple(stems[start : start + length])
                    if gram in wanted:
                        gram_counts[gram] += 1
        best: dict[tuple[str, ...], tuple[int, str]] = {}
        for (name, kind), count in name_counts.items():
            if count > best.get(name, (0, ""))[0]:
                best[name] = (count, kind)
        names = {
            name: kind
            for name, (count, kind) in best.items()
            if 2 * count >= gram_counts[name] and any(shape(s) != "punct" for s in name)
        }
        usual_types: dict[str, str] = {}
        for (stem, kind), count in word_types.items():
            if kind != "O" and 2 * count >= word_counts[stem]:
                usual_types[stem] = kind
        return cls(NameLists(names), usual_types)
