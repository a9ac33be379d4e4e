"""The bundled NER model: a tagger that ships with kg and needs no download.

``kg/resources/ner/bundled.npz`` holds small BiLSTM-CRF networks
(:mod:`kg.ner.neural`) trained by ``scripts/train_ner.py`` on the ANERcorp
training split (see ``kg/resources/ner/MODEL_CARD.md``). ``bundled.json``
holds the training-name lexicon the hints use, and the fine-class lexicon
learnt from NewsFANE (the CRF of the first models, ``bundled.crf``, is trained
and read by ``scripts/ner_crf.py``, outside the runtime package). The tagger
predicts the benchmark types PERS/ORG/LOC/MISC; each mention is then given an
ontology class (Country, City, GovernmentBody, MediaOrganization, ...) from the
fine-class lexicon, the name lists (countries, cities, regions) and head-word
rules.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ConfigError
from kg.gazetteer.person_words import is_given
from kg.model import Document
from kg.ner.adjacent_names import joined_given_names
from kg.ner.apposed_names import apposed_names
from kg.ner.club_places import clubs_over_places
from kg.ner.clubs import CLUB_TAG, MEDIA_TAG, club_names
from kg.ner.conll import COARSE_ONTOLOGY, ONTOLOGY_COARSE, chunks
from kg.ner.coordination import coordinated_start
from kg.ner.cues import (
    clerical_titles,
    cued_names,
    institution_namesakes,
    surnames_from_document,
)
from kg.ner.deed_nouns import deed_noun_openers
from kg.ner.dotted_acronyms import dotted_acronyms
from kg.ner.enlisted_ranks import enlisted_ranks
from kg.ner.features import Lexicon, NameLists, name_gazetteer, strip_clitics
from kg.ner.given_nisbas import given_nisba_names
from kg.ner.given_titles import assistant_given_names
from kg.ner.glued import common_word_glued, conjunction_glued, keeps_whole
from kg.ner.governorates import person_name_words, town_label
from kg.ner.honorific_cuts import honorific_cuts
from kg.ner.lone_nisbas import lone_nisbas
from kg.ner.mentions import NewMentions, tokens_by_sentence
from kg.ner.neural import NeuralTagger
from kg.ner.participles import participle_orgs
from kg.ner.placed_openers import placed_openers
from kg.ner.rare_families import rare_family_ends
from kg.ner.repair import complete_from_document, repair_person_names, titled
from kg.ner.repaired_copies import repaired_copies
from kg.ner.speaker_surnames import speaker_surnames
from kg.ner.stance_subjects import stance_subject_names
from kg.ner.stance_verbs import stance_verb_names
from kg.ner.titled_speakers import titled_speakers
from kg.ner.toll_verbs import toll_verb
from kg.ner.trailing_verbs import trailing_verbs
from kg.ner.verb_names import supervising_verb
from kg.ner.vowelled_prepositions import vowelled_prepositions
from kg.pipeline import Stage, register_stage
from kg.text.normalize import normalize_key

NEURAL_FILE = "bundled.npz"
DATA_FILE = "bundled.json"
NEURAL_WORDS_PER_PASS = 5_000
"""The most words one network pass takes: a news article (a few hundred words)
is one pass, a book-length text many, so the network's memory stays bounded
(one pass over a 1.5 MB text took 8 GB)."""


CLASS_CACHE = 100_000
"""The most mentions whose ontology class :class:`BundledModel` remembers."""


def _stems(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(strip_clitics(normalize_key(word) or word)[1] for word in words)


def _phrases(text: str) -> list[str]:
    return [phrase.strip() for phrase in text.split("|")]


# Head words (clitic-free stems) that settle an organisation's or place's class.
_ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(
        _phrases("حزب | احزاب"),
        "PoliticalParty",
    ),
    **dict.fromkeys(
        _phrases(
            "صحيفه | جريده | قناه | وكاله | تلفزيون | اذاعه | مجله | شبكه | اسبوعيه | فضائيه "
            "| محطه | راديو"
        ),
        "MediaOrganization",
    ),
    **dict.fromkeys(
        _phrases(
            "وزاره | حكومه | برلمان | جيش | شرطه | محكمه | الكونغرس | كونغرس | الكنيست | "
            "البنتاغون | بنتاغون | الخارجيه | الداخليه | الدفاع | رئاسه | بلديه | مجلس "
            "الوزراء | مجلس النواب | مجلس الشيوخ | مجلس الشعب | المخابرات | مخابرات | "
            "الاستخبارات | قوات | السلطه | سلطه"
        ),
        "GovernmentBody",
    ),
    **dict.fromkeys(
        _phrases(
            "منظمه | الامم | امم | حلف | الناتو | ناتو | اوبك | يونسكو | اليونسكو | اليونيسيف "
            "| يونيسيف | الانتربول | مجلس الامن | الاتحاد الاوروبي | الاتحاد الافريقي | جامعه "
            "الدول العربيه | مجلس التعاون | البنك الدولي | صندوق النقد الدولي | الوكاله "
            "الدوليه للطاقه الذريه"
        ),
        "InternationalOrganization",
    ),
    **dict.fromkeys(
        _phrases(
            "كتائب | ميليشيا | ميليشيات | مليشيا | مليشيات | حماس | القاعده | طالبان | داعش | "
            "جبهه النصره | الجيش الحر | الجيش السوري الحر | الجهاد الاسلامي | سرايا | فصائل | "
            "فصيل | الحوثيون | الحوثي | الشباب | بوكو حرام | الوحدات | قسد"
        ),
        "ArmedGroup",
    ),
}
_PLACE_HEADS: dict[str, str] = {
    **dict.fromkeys(
        _phrases("مدينه | العاصمه | عاصمه | بلده | قريه"),
        "City",
    ),
    **dict.fromkeys(
        _phrases(
            "محافظه | ولايه | اقليم | منطقه | مقاطعه | اقاليم | اوروبا | افريقيا | اسيا | "
            "الشرق الاوسط | شمال | جنوب | شرق | غرب | ريف"
        ),
        "Region",
    ),
}
_FINE_OF_COARSE: dict[str, frozenset[str]] = {
    coarse: frozenset(fine for fine, c in ONTOLOGY_COARSE.items() if c == coarse)
    for coarse in set(ONTOLOGY_COARSE.values())
}


def _head_class(stems: Sequence[str], heads: Mapping[str, str]) -> str | None:
    """The class a name's first one, two or three stems announce."""
    normal = [normalize_key(stem) for stem in stems]
    with_article = [("ال" + s if not s.startswith("ال") else s) for s in normal]
    for length in (3, 2, 1):
        if len(normal) >= length:
            for words in (normal, with_article):
                phrase = " ".join(words[:length])
                if phrase in heads:
                    return heads[phrase]
    return None


_LISTED_PLACES = {"city": "City", "region": "Region"}
"""Ontology classes of the name lists' place categories."""


@dataclass(frozen=True)
class FineClasses:
    """Gives a tagged mention its ontology class (design: one ontology).

    ``names`` maps stem tuples of names seen in NewsFANE (training part only)
    to their most frequent ontology class.
    """

    names: Mapping[tuple[str, ...], str]
    gazetteer: NameLists

    def classify(self, coarse: str, words: Sequence[str]) -> str:
        stems = _stems(words)
        allowed = _FINE_OF_COARSE.get(coarse, frozenset())
        if coarse == "ORG":
            by_head = _head_class(stems, _ORG_HEADS)
            if by_head in ("InternationalOrganization", "ArmedGroup", "PoliticalParty"):
                return by_head
            known = self.names.get(stems)
            if known in allowed:
                return known
            return by_head or "Organization"
        if coarse == "LOC":
            listed = self.gazetteer.names.get(stems)
            if listed == "country":
                return "Country"
            known = self.names.get(stems)
            if known in allowed:
                return known
            return _head_class(stems, _PLACE_HEADS) or _LISTED_PLACES.get(listed or "", "Place")
        return COARSE_ONTOLOGY.get(coarse, "Miscellaneous")


@dataclass(frozen=True)
class NameRules:
    """The tagger-independent part of the bundled data, shared by the NER backends.

    A backend that tags whole surface words (``ner.bundled``, ``ner.camel``)
    gives each mention its ontology class (:class:`FineClasses`) and its first
    character after the proclitics (:meth:`name_start`) with these rules.
    ``name_words`` counts how often a normalised word was seen inside names.
    """

    fine: FineClasses
    name_words: Mapping[str, int]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> NameRules:
        """The rules in the parsed ``bundled.json``."""
        return cls(
            FineClasses(
                {tuple(stems.split(" ")): label for stems, label in data["fine_names"].items()},
                name_gazetteer(),
            ),
            dict(data["name_words"]),
        )

    def name_start(self, word: str) -> int:
        """Where a name starts in a surface word that may carry proclitics.

        «وبواشنطن» -> 2 (ب and و are clitics), «والعراق» -> 1, but «واشنطن» -> 0:
        proclitics are only split off when what remains starts with «ال» or was
        seen inside names in the training data more often than the whole word, and
        never off a common noun or a name the training data knows whole («كمين»,
        «كاليفورنيا»: :func:`kg.ner.glued.keeps_whole`). A word that is a listed given
        name is never split («فراس», not «ف» + «راس»); «و» + a listed given name is
        («وزياد» → «زياد», a name coordinated in a list).
        """
        letters = [i for i, char in enumerate(word) if normalize_key(char)]
        normal = "".join(normalize_key(word[i]) for i in letters)

        if len(normal) < 4 or is_given(normal):
            return 0  # «فراس», «وليد», «وسام»: a listed given name is read whole
        if normal[0] == "و" and is_given(normal[1:]):
            return letters[1]  # «وزياد الحمادي» in a list of names: «و» + a given name
        seen = self.name_words.get(normal, 0)
        for length in (2, 1):
            head, rest = normal[:length], normal[length:]
            valid = head[0] in "وفبلك" if length == 1 else head[0] in "وف" and head[1] in "بلك"
            if not valid or len(rest) < 3:
                continue
            if keeps_whole(normal, rest, self.name_words):
                return 0
            if rest.startswith("ال") or self.name_words.get(rest, 0) > seen:
                return letters[length]
        return 0

    def name_start_among(self, word: str, rest: str, known: Mapping[str, int]) -> int:
        """Where a name whose first surface word is ``word`` (``rest`` the text after
        it) starts, when the document names it elsewhere: the split of the proclitics
        that leaves another mention's name (``known``: :func:`known_names`, this
        mention's own guess among them) wins over :meth:`name_start`'s guess, for a
        name of two words or more (one word, «بريف» after «ريف», is too often a
        common noun the tagger took for a name). «وفيدل كاسترو» after «فيدل كاسترو»
        gives «فيدل كاسترو», and «وبرونو رودريغيز» after «برونو رودريغيز» keeps its
        «ب». A one-word name loses a glued «و» or «ف» when the document names what is left
        alone (:func:`kg.ner.glued.conjunction_glued`), and keeps its first letters when
        it is the last word of a longer name of the document («كلوب» after «يورغن كلوب»)."""
        guess = self.name_start(word)
        own = _name_key(word[guess:] + rest)
        letters = [i for i, char in enumerate(word) if normalize_key(char)]
        normal = "".join(normalize_key(word[i]) for i in letters)
        if " " not in own and guess == 0 and conjunction_glued(normal, known):
            return letters[1]  # «وتسيبراس» where the document names «تسيبراس» alone
        if " " not in own and guess and known.get(LAST_WORD + normal, 0) > 0:
            return 0  # «كلوب» where the document names «يورغن كلوب»: not «ك» + «لوب»
        if " " not in own and len(letters) > 1 and guess > letters[1] and normal[0] in "وف" and \
                known.get(LAST_WORD + normal[1:], 0) > 0:
            return letters[1]  # «وكلوب»: «و» + «كلوب»
        if " " not in own or known.get(own, 0) > 1:
            return guess
        for length in (0, 1, 2):
            if length >= len(letters) or len(normal) - length < 3 or length == guess:
                continue
            head = normal[:length]
            if length and not (head[0] in "وفبلك" if length == 1 else
                               head[0] in "وف" and head[1] in "بلك"):
                continue
            if known.get(_name_key(word[letters[length]:] + rest), 0) > 0:
                return letters[length]
        return guess


def _name_key(text: str) -> str:
    return " ".join(normalize_key(text).split())


def known_names(texts: Iterable[str]) -> Counter[str]:
    """How often each normalised name is a mention's text in a document, for
    :meth:`NameRules.name_start_among`; the last word of each name of two words or more
    is also counted under :data:`LAST_WORD` and that word («يورغن كلوب» → « كلوب»)."""
    counts = Counter(_name_key(text) for text in texts)
    for key in list(counts):
        if " " in key:
            counts[LAST_WORD + key.rsplit(" ", 1)[1]] += counts[key]
    return counts


LAST_WORD = " "
"""The prefix of a last word's key in :func:`known_names` (no name key starts with a space)."""


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    """The rules of the bundled data in ``kg/resources/ner``, without loading the tagger."""
    path = resources.files("kg").joinpath(f"resources/ner/{DATA_FILE}")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"bundled NER data file {path} is missing; run scripts/train_ner.py to build it"
        ) from None
    return NameRules.from_data(json.loads(text))


@dataclass(frozen=True)
class TaggedMention:
    """A mention over word positions ``[start, end)`` of a sentence."""

    start: int
    end: int
    coarse: str
    label: str
    confidence: float


class BundledModel:
    """The neural tagger with its lexicon and fine-class rules."""

    def __init__(self, model_path: Path, data: Mapping[str, Any]) -> None:
        lexicon = Lexicon(NameLists.from_pairs(data["lexicon_names"]), dict(data["lexicon_words"]))
        self.neural = NeuralTagger.load(model_path, name_gazetteer(), lexicon)
        self.names = NameRules.from_data(data)
        self.fine = self.names.fine
        self._classes: dict[tuple[str, tuple[str, ...]], str] = {}
        self.repair_names = True
        """Whether :meth:`tag_document` and :meth:`document_mentions` complete person
        names after the tagger (:mod:`kg.ner.repair`); :meth:`tag` never does."""
        """(coarse type, words) -> ontology class, as ``self.fine`` gives it."""

    @classmethod
    def load(cls, directory: str | Path | None = None) -> BundledModel:
        """The model in ``directory``, by default the one bundled in ``kg/resources/ner``."""
        if directory is None:
            root = resources.files("kg").joinpath("resources/ner")
            with resources.as_file(root) as path:
                return cls._from_directory(Path(path))
        return cls._from_directory(Path(directory))

    @classmethod
    def _from_directory(cls, directory: Path) -> BundledModel:
        model_path = directory / NEURAL_FILE
        data_path = directory / DATA_FILE
        for path in (model_path, data_path):
            if not path.is_file():
                raise ConfigError(
                    f"bundled NER model file {path} is missing; "
                    "run scripts/train_ner.py to build it"
                )
        return cls(model_path, json.loads(data_path.read_text("utf-8")))

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 tags (PERS/ORG/LOC/MISC) for one sentence of surface words."""
        if not words:
            return []
        return self.neural.tag(words)

    def name_start(self, word: str) -> int:
        """Where a name starts in ``word`` (see :meth:`NameRules.name_start`)."""
        return self.names.name_start(word)

    def name_start_among(self, word: str, rest: str, known: Mapping[str, int]) -> int:
        """See :meth:`NameRules.name_start_among`."""
        return self.names.name_start_among(word, rest, known)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for the sentences of one document, names made consistent across it.

        A name tagged somewhere in the document is also tagged where the tagger
        left the same words (stems) untagged: a first pass finds «بومبيو» after
        «الوزير», the second tags it where it stands alone. A person name that opens
        with a title or a common noun («الشيف خالد», «ابننا طارق»:
        :func:`kg.ner.repair.titled`) is not copied.
        """
        return [[tag.replace(CLUB_TAG, "ORG").replace(MEDIA_TAG, "ORG") for tag in tags]
                for tags, _ in self._tag_with_marginals(sentences)]

    def mentions(self, words: Sequence[str]) -> list[TaggedMention]:
        """The mentions of one sentence, with ontology classes and confidences."""
        return self.document_mentions([words])[0]

    def document_mentions(self, sentences: Sequence[Sequence[str]]) -> list[list[TaggedMention]]:
        """The mentions of every sentence of a document (see :meth:`tag_document`).

        The confidence is the smallest marginal of the span's tags; for a
        name added by the document pass, the smallest probability of not-O.
        """
        result: list[list[TaggedMention]] = []
        for words, (tags, confidences) in zip(
            sentences, self._tag_with_marginals(sentences), strict=True
        ):
            found = []
            for coarse, start, end in chunks(tags):
                if coarse == CLUB_TAG:  # a club: an Organization, never its namesake paper
                    label = "Organization"  # coarse stays CLUB_TAG (kg.ner.club_places)
                elif coarse == MEDIA_TAG:  # a paper named after «صحيفة»
                    coarse, label = "ORG", "MediaOrganization"
                else:
                    label = self._classify(coarse, tuple(words[start:end]))
                confidence = min(confidences[start:end])
                found.append(TaggedMention(start, end, coarse, label, round(confidence, 4)))
            result.append(found)
        return result

    def _classify(self, coarse: str, words: tuple[str, ...]) -> str:
        """:meth:`FineClasses.classify`, remembered (names recur across a corpus)."""
        key = (coarse, words)
        label = self._classes.get(key)
        if label is None:
            if len(self._classes) >= CLASS_CACHE:
                self._classes.clear()
            label = self._classes[key] = self.fine.classify(coarse, words)
        return label

    def _tag_with_marginals(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[tuple[list[str], list[float]]]:
        tagged: list[tuple[list[str], list[float], list[float]]] = []
        neural = self.neural
        tag_names = neural.tags
        outside = tag_names.index("O")
        found = _in_passes(neural, [w for w in sentences if w], NEURAL_WORDS_PER_PASS)
        for words in sentences:
            if not words:
                tagged.append(([], [], []))
                continue
            path, probabilities = next(found)
            tagged.append(
                (
                    [tag_names[i] for i in path],
                    probabilities[range(len(path)), path].tolist(),
                    (1.0 - probabilities[:, outside]).tolist(),
                )
            )
        stems = [neural.stems_of(words) for words in sentences]
        names: dict[tuple[str, ...], str] = {}
        for words, (tags, _, _), sentence_stems in zip(sentences, tagged, stems, strict=True):
            for kind, start, end in chunks(tags):
                name = tuple(sentence_stems[start:end])
                if sum(len(stem) for stem in name) >= 3 and not (
                    kind == "PERS" and titled(words, start, end)
                ):
                    names.setdefault(name, kind)
        if not names:
            return self._repaired(sentences, stems, tagged)
        gazetteer = NameLists(names)
        first_stems = {name[0] for name in names}
        result = []
        for (tags, marginals, not_outside), sentence_stems in zip(tagged, stems, strict=True):
            if not any(
                tag == "O" and stem in first_stems
                for tag, stem in zip(tags, sentence_stems, strict=True)
            ):  # no untagged word can start a name of the document: nothing to add
                result.append((tags, marginals))
                continue
            tags, marginals = list(tags), list(marginals)
            matches = [tag or "O" for tag in gazetteer.tag(sentence_stems)]
            for kind, start, end in chunks(matches):
                if any(tag != "O" for tag in tags[start:end]):
                    continue
                if end < len(tags) and tags[end].startswith("I-"):
                    continue
                for i in range(start, end):
                    tags[i] = ("B-" if i == start else "I-") + kind
                    marginals[i] = not_outside[i]
            result.append((tags, marginals))
        return self._repaired(sentences, stems, [
            (tags, marginals, not_outside)
            for (tags, marginals), (_, _, not_outside) in zip(result, tagged, strict=True)
        ])

    def _repaired(
        self,
        sentences: Sequence[Sequence[str]],
        stems: Sequence[Sequence[str]],
        tagged: Sequence[tuple[list[str], list[float], list[float]]],
    ) -> list[tuple[list[str], list[float]]]:
        """The tags with person names completed (an enlisted rank taken out of a name,
        :func:`kg.ner.enlisted_ranks.enlisted_ranks`, a name of dotted initials made one,
        :func:`kg.ner.dotted_acronyms.dotted_acronyms`, a deed's noun taken out of the start
        of a name, :func:`kg.ner.deed_nouns.deed_noun_openers`, a body's name cut at a person's
        honorific, :func:`kg.ner.honorific_cuts.honorific_cuts`, the verb «أشرف على» untagged,
        :func:`kg.ner.verb_names.supervising_verb`, the given name «مساعد» before a name and
        its title, :func:`kg.ner.given_titles.assistant_given_names`, a given name joined to
        the name after
        it, :func:`kg.ner.adjacent_names.joined_given_names`, a stance verb that opens a
        clause taken out of a name, :func:`kg.ner.stance_verbs.stance_verb_names`, the names
        after a cue,
        :func:`kg.ner.cues.cued_names`, a stance's holder named right after its verb or
        the holder's title, :func:`kg.ner.stance_subjects.stance_subject_names`, a given
        name's family name in a speaker's slot,
        :func:`kg.ner.speaker_surnames.speaker_surnames`, then :func:`repair_person_names`,
        a speaker's name after a verb of saying and a title,
        :func:`kg.ner.titled_speakers.titled_speakers`, a name before «، + title» in
        apposition, :func:`kg.ner.apposed_names.apposed_names`, and
        :func:`kg.ner.rare_families.rare_family_ends`, then
        :func:`kg.ner.cues.institution_namesakes` and :func:`kg.ner.cues.clerical_titles`,
        and a place glued to «ب» or «ل» taken out of the start of a name,
        :func:`kg.ner.placed_openers.placed_openers`, and an imperfect verb taken off the end
        of a name, :func:`kg.ner.trailing_verbs.trailing_verbs`, and «على» before a vowelled
        noun taken for «علي», :func:`kg.ner.vowelled_prepositions.vowelled_prepositions`,
        a person's name only these rules found put at its other mentions and the rules
        run again, :func:`kg.ner.repaired_copies.repaired_copies`,
        then :func:`complete_from_document`
        and the family names standing alone, :func:`kg.ner.cues.surnames_from_document`
        and :func:`kg.ner.lone_nisbas.lone_nisbas`,
        then the football clubs, :func:`kg.ner.clubs.club_names`),
        unless ``repair_names`` is off; a word added to a name gets its probability of
        not-O."""
        if not self.repair_names:
            return [(tags, marginals) for tags, marginals, _ in tagged]
        per_sentence = [_sentence_repairs(words, tags)
                        for words, (tags, _, _) in zip(sentences, tagged, strict=True)]
        copied = repaired_copies(
            sentences, stems, [tags for tags, _, _ in tagged], per_sentence)
        if copied is not None:  # a name only a rule found, put at its other mentions
            per_sentence = [_sentence_repairs(words, tags)
                            for words, tags in zip(sentences, copied, strict=True)]
        completed = club_names(sentences, lone_nisbas(sentences, surnames_from_document(
            sentences, complete_from_document(sentences, stems, per_sentence))))
        result = []
        for repaired, (tags, marginals, not_outside) in zip(completed, tagged, strict=True):
            if repaired != tags:
                marginals = [
                    marginal if new == old else probability
                    for new, old, marginal, probability in zip(
                        repaired, tags, marginals, not_outside, strict=True)
                ]
            result.append((repaired, marginals))
        return result


_SENTENCE_RULES: tuple[Callable[[Sequence[str], Sequence[str]], list[str]], ...] = (
    enlisted_ranks, dotted_acronyms, deed_noun_openers, honorific_cuts, supervising_verb,
    assistant_given_names, joined_given_names, stance_verb_names, participle_orgs,
    given_nisba_names, cued_names, stance_subject_names, speaker_surnames,
    repair_person_names, titled_speakers, apposed_names, rare_family_ends,
    institution_namesakes, clerical_titles, placed_openers, trailing_verbs,
    vowelled_prepositions,
)
"""The per-sentence repair rules of :meth:`BundledModel._repaired`, in the order they run:
each reads the tags the one before it left."""


def _sentence_repairs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` after every rule of :data:`_SENTENCE_RULES`, in order."""
    repaired = list(tags)
    for rule in _SENTENCE_RULES:
        repaired = rule(words, repaired)
    return repaired


@lru_cache(maxsize=1)
def bundled_model() -> BundledModel:
    """The bundled model, loaded once per process."""
    return BundledModel.load()


@register_stage("ner.bundled")
class BundledNER(Stage):
    """Tags every sentence with the bundled CRF and adds the mentions it finds.

    The whole document is tagged at once, so that a name is tagged
    consistently across it (:meth:`BundledModel.tag_document`). Mentions already
    present (from a gazetteer stage, say) are kept; a span that is already there
    is not added twice. A mention starts after the proclitics of its first
    token (:meth:`BundledModel.name_start`): «وبواشنطن» gives «واشنطن», and
    «والولايات المتحدة» gives «الولايات المتحدة» with its article.
    """

    requires = frozenset({"tokens"})
    provides = frozenset({"mentions"})

    def __init__(self, model_dir: str | None = None) -> None:
        self.model = bundled_model() if model_dir is None else BundledModel.load(model_dir)

    def __call__(self, doc: Document) -> Document:
        sentences = tokens_by_sentence(doc)
        tagged = self.model.document_mentions(
            [[doc.text[t.start : t.end] for t in tokens] for _, tokens in sentences]
        )
        mentions = NewMentions(doc, self.name)
        found_spans = [
            (tokens[found.start], tokens[found.end - 1], found, sentence_index)
            for (sentence_index, tokens), sentence_mentions in zip(sentences, tagged, strict=True)
            for found in sentence_mentions
        ]
        known = known_names(
            [m.text for m in doc.mentions]
            + [doc.text[first.start + self.model.name_start(doc.text[first.start : first.end]) :
                        last.end] for first, last, _, _ in found_spans]
        )
        clubs: list[tuple[int, int]] = []
        first_words = person_name_words(
            [doc.text[first.start : last.end] for first, last, found, _ in found_spans
             if found.label == "Person"])
        previous: tuple[int, int, str] | None = None  # sentence, end, proclitics of a person
        for first, last, found, sentence_index in found_spans:
            word = doc.text[first.start : first.end]
            start = first.start + self.model.name_start_among(
                word, doc.text[first.end : last.end], known)
            if found.label == "Person" and previous is not None and \
                    previous[:2] == (sentence_index, found.start):
                listed = coordinated_start(word, previous[2])  # «كريس برات وبرايس ...»
                if listed is not None:
                    start = first.start + listed
            previous = (sentence_index, found.end, normalize_key(
                doc.text[first.start : start])) if found.label == "Person" else None
            if first is last and found.label != "Person" and common_word_glued(
                    normalize_key(doc.text[first.start : first.end]), self.model.names.name_words):
                continue  # «كمين» read as «ك» + the city «مين»: the common noun
            if first is last and toll_verb(doc.text, first.start, first.end):
                continue  # «انفجار أودى بحياة 17 شخصاً»: the verb, not the car maker
            label = town_label(doc.text[start : last.end], found.label, first_words)
            mentions.add(start, last.end, label, found.confidence, sentence_index)
            if found.coarse == CLUB_TAG:
                clubs.append((start, last.end))
        return clubs_over_places(mentions.document(), clubs)


def _in_passes(
    neural: NeuralTagger, sentences: Sequence[Sequence[str]], max_words: int
) -> Iterator[Any]:
    """``neural.paths_with_marginals`` of ``sentences``, at most ``max_words`` words a
    pass (a longer sentence is a pass of its own)."""
    chunk: list[Sequence[str]] = []
    words = 0
    for sentence in sentences:
        if chunk and words + len(sentence) > max_words:
            yield from neural.paths_with_marginals(chunk)
            chunk, words = [], 0
        chunk.append(sentence)
        words += len(sentence)
    if chunk:
        yield from neural.paths_with_marginals(chunk)
