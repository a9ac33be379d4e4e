"""The bundled NER model: its benchmark figure and the ``ner.bundled`` stage."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import pytest

from kg.ids import mention_id
from kg.model import Document, Mention, Sentence, Token
from kg.ner.bundled import BundledModel, BundledNER
from kg.ner.conll import read_conll, score
from kg.ner.features import strip_clitics_span
from kg.pipeline import create_stage

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ner"

ANERCORP_TEST_MICRO_F1 = 0.7302
"""What the committed model reaches on the ANERcorp test split (MODEL_CARD.md)."""

_WORD = re.compile(r"\w+|[^\w\s]")


def make_document(text: str, doc_id: str = "doc-test") -> Document:
    """One sentence; tokens split on spaces and punctuation (kg.text.tokens stands in)."""
    tokens = []
    for index, match in enumerate(_WORD.finditer(text)):
        stem_start, stem_end = strip_clitics_span(match.group())
        tokens.append(
            Token(
                index=index,
                start=match.start(),
                end=match.end(),
                sentence_index=0,
                stem_start=match.start() + stem_start,
                stem_end=match.start() + stem_end,
            )
        )
    return Document(
        id=doc_id,
        text=text,
        sentences=(Sentence(id=f"{doc_id}-s0", index=0, start=0, end=len(text)),),
        tokens=tuple(tokens),
        annotations=frozenset({"text", "sentences", "tokens"}),
    )


TEXT = (
    "وقال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن الولايات المتحدة تعمل مع الأمم المتحدة."
)


def found(doc: Document) -> list[tuple[str, str, int, int]]:
    return [(m.text, m.label, m.start, m.end) for m in doc.mentions]


def test_stage_tags_an_arabic_sentence() -> None:
    doc = BundledNER()(make_document(TEXT))
    assert found(doc) == [
        ("مايك بومبيو", "Person", TEXT.index("مايك"), TEXT.index(" في")),
        ("واشنطن", "City", TEXT.index("واشنطن"), TEXT.index(" إن")),
        ("الولايات المتحدة", "Country", TEXT.index("الولايات"), TEXT.index(" تعمل")),
        ("الأمم المتحدة", "InternationalOrganization", TEXT.index("الأمم"), len(TEXT) - 1),
    ]
    assert "mentions" in doc.annotations
    for mention in doc.mentions:
        assert mention.id == mention_id(doc.id, mention.start, mention.end)
        assert mention.extractor == "ner.bundled"
        assert mention.sentence_index == 0
        assert 0.0 < mention.confidence <= 1.0


def test_stage_starts_a_mention_after_its_clitics() -> None:
    text = "وصل الوفد إلى بيروت وبواشنطن."
    doc = BundledNER()(make_document(text))
    assert found(doc) == [
        ("بيروت", "City", text.index("بيروت"), text.index(" وب")),
        ("واشنطن", "City", text.index("واشنطن"), len(text) - 1),
    ]


def test_stage_is_registered() -> None:
    stage = create_stage("ner.bundled")
    assert isinstance(stage, BundledNER)
    assert stage.requires == frozenset({"tokens"})
    assert stage.provides == frozenset({"mentions"})


def test_stage_keeps_existing_mentions_and_adds_no_duplicate() -> None:
    doc = make_document(TEXT)
    start = TEXT.index("واشنطن")
    end = start + len("واشنطن")
    earlier = Mention(
        id=mention_id(doc.id, start, end),
        start=start,
        end=end,
        text="واشنطن",
        label="City",
        extractor="ner.gazetteer",
        confidence=1.0,
        sentence_index=0,
    )
    tagged = BundledNER()(doc.with_layers("mentions", mentions=(earlier,)))
    assert tagged.mentions[0] is earlier
    assert [m for m in tagged.mentions if (m.start, m.end) == (start, end)] == [earlier]
    assert len(tagged.mentions) == 4  # واشنطن from the gazetteer, three from the model


@pytest.mark.shared_data
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_anercorp_micro_f1_does_not_fall() -> None:
    model = BundledModel.load()
    test = read_conll(DATA / "anercorp" / "test.txt")
    scores = score([s.tags for s in test], [model.tag(s.words) for s in test])
    assert scores.micro.f1 >= ANERCORP_TEST_MICRO_F1 - 0.005


# --------------------------------------------------------------------------- neural tagger


def _brute_force(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """Scores of every tag path (tiny cases only)."""
    time, tags = emissions.shape
    paths = list(itertools.product(range(tags), repeat=time))
    scores = []
    for path in paths:
        total = start[path[0]] + end[path[-1]] + sum(emissions[t, k] for t, k in enumerate(path))
        total += sum(transitions[a, b] for a, b in itertools.pairwise(path))
        scores.append(total)
    return paths, np.array(scores)


def test_viterbi_and_marginals_match_brute_force() -> None:
    from kg.ner.crf_decode import marginals, viterbi

    rng = np.random.default_rng(0)
    emissions = rng.normal(size=(4, 3)) * 3
    transitions = rng.normal(size=(3, 3))
    transitions[0, 2] = -1e4  # a barred transition
    start, end = rng.normal(size=3), rng.normal(size=3)
    paths, scores = _brute_force(emissions, transitions, start, end)
    assert viterbi(emissions, transitions, start, end) == list(paths[int(scores.argmax())])
    probabilities = np.exp(scores - scores.max())
    probabilities /= probabilities.sum()
    expected = np.zeros((4, 3))
    for path, p in zip(paths, probabilities, strict=True):
        for t, k in enumerate(path):
            expected[t, k] += p
    assert np.allclose(marginals(emissions, transitions, start, end), expected, atol=1e-6)


def test_sentences_decoded_together_match_brute_force_one_by_one() -> None:
    from kg.ner.crf_decode import marginals_many, viterbi_many

    rng = np.random.default_rng(1)
    transitions = rng.normal(size=(3, 3))
    start, end = rng.normal(size=3), rng.normal(size=3)
    sentences = [rng.normal(size=(length, 3)) * 3 for length in (2, 5, 1, 5, 3)]
    paths = viterbi_many(sentences, transitions, start, end)
    posteriors = marginals_many(sentences, transitions, start, end)
    for emissions, path, posterior in zip(sentences, paths, posteriors, strict=True):
        candidates, scores = _brute_force(emissions, transitions, start, end)
        assert path == list(candidates[int(scores.argmax())])
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        expected = np.zeros(emissions.shape)
        for candidate, p in zip(candidates, probabilities, strict=True):
            for t, k in enumerate(candidate):
                expected[t, k] += p
        assert np.allclose(posterior, expected, atol=1e-6)


def test_a_words_scores_do_not_depend_on_the_words_new_with_it() -> None:
    """A word's cached input row is computed the same whichever other words were new to
    the process with it, so articles give the same bits whatever a process (a
    ``--workers`` worker, a Spark task) read before them."""
    words = TEXT.split()
    alone = BundledModel.load().neural
    expected = alone.scores(words)
    together = BundledModel.load().neural
    first = "أعلنت الحكومة الأردنية اليوم عن خطة جديدة للطاقة"
    together.scores([*first.split(), *words[:3]])
    second = "ذكرت وكالة الأنباء أن الرئيس الفرنسي وصل"
    together.scores(second.split())
    assert np.array_equal(together.scores(words), expected)


def test_iob2_constraints() -> None:
    from kg.ner.crf_decode import allowed_starts, allowed_transitions

    tags = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"]
    allowed = allowed_transitions(tags)
    assert not allowed[0, 2] and allowed[1, 2] and allowed[2, 2] and not allowed[3, 2]
    assert allowed[2, 3] and allowed[0, 1]
    assert list(allowed_starts(tags)) == [True, True, False, True, False]


@pytest.mark.parametrize(
    ("encoder", "dilations"), [("lstm", (1,)), ("cnn", (1, 2, 1)), ("cnn", (2,))]
)
def test_numpy_inference_matches_the_torch_network(
    tmp_path: Path, encoder: str, dilations: tuple[int, ...]
) -> None:
    """The shipped numpy forward pass computes what the trained torch networks do (an
    ensemble's emissions are the mean of its members'), for padded batches too, and
    survives the float16 weight file."""
    torch = pytest.importorskip("torch")

    from kg.ner.conll import TaggedSentence
    from kg.ner.features import Lexicon, NameLists, name_gazetteer
    from kg.ner.neural import (
        HINTS,
        Config,
        NeuralTagger,
        Vocabulary,
        read_weights,
        write_weights,
    )
    from scripts.ner_training import TAGS, Network, batches, make_example

    sentences = [
        TaggedSentence(("قال", "الرئيس", "باراك", "أوباما", "في", "واشنطن"), ("O",) * 6),
        TaggedSentence(("وصل", "الوفد", "إلى", "بيروت"), ("O",) * 4),
        TaggedSentence(("اجتماع",), ("O",)),
    ]
    lexicon = Lexicon(NameLists({("اوباما",): "PERS"}), {"اوباما": "PERS"})
    config = Config(
        word_dim=8,
        stem_dim=4,
        char_dim=6,
        char_filters=5,
        hint_dim=3,
        hidden=7,
        encoder=encoder,
        dilations=dilations,
    )
    torch.manual_seed(0)
    vocabularies = {
        "words": ["قال", "الرييس", "في"],
        "stems": ["قال", "رييس"],
        "chars": sorted(set("".join("".join(s.words) for s in sentences))),
        "hints": [["ال", "ar", "B-PERS", "PERS", "title"]] * len(HINTS),
    }
    words, stems, chars = (Vocabulary(vocabularies[k]) for k in ("words", "stems", "chars"))
    hints = [Vocabulary(v) for v in vocabularies["hints"]]
    networks = []
    for _ in range(2):  # an ensemble of two different networks
        network = Network(config, len(words), len(stems), len(chars), [len(h) for h in hints], 9)
        with torch.no_grad():
            for parameter in network.parameters():
                parameter.copy_(torch.randn_like(parameter).half().float())
        networks.append(network.eval())
    path = tmp_path / "model.npz"
    write_weights(path, TAGS, vocabularies, config, [n.export() for n in networks])
    meta, members = read_weights(path)
    assert len(members) == 2
    tagger = NeuralTagger(meta, members, name_gazetteer(), lexicon)

    examples = [make_example(s, name_gazetteer(), lexicon) for s in sentences]
    (batch,) = batches(examples, words, stems, chars, hints, 8)
    w, s, c, ci, h, _, lengths = batch
    with torch.no_grad():
        each = [n.emissions(w, s, c, ci, h, lengths).numpy() for n in networks]
    expected = (each[0] + each[1]) / 2
    assert not np.allclose(each[0], each[1], atol=1e-2)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i].words))
    for row, i in enumerate(order):
        size = len(sentences[i].words)
        got = tagger.scores(sentences[i].words)
        assert np.allclose(got, expected[row, :size], atol=1e-4)
        tags = tagger.tag(sentences[i].words)
        assert len(tags) == size
        assert all(t in TAGS for t in tags)
    # All sentences through the network at once (as a document is tagged): the same scores.
    together = tagger.scores_many([sentence.words for sentence in sentences])
    for row, i in enumerate(order):
        size = len(sentences[i].words)
        assert np.allclose(together[i], expected[row, :size], atol=1e-4)
    # A full word cache is emptied before a sentence, never under one: here it holds
    # two of the first sentence's words (more rows than it may), and the rest are new.
    tagger._cache = {}
    tagger.scores(("قال", "في"))
    tagger._cache_rows = 1
    assert np.allclose(tagger.scores(sentences[0].words), together[0], atol=1e-6)
