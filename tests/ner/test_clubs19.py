"""Football clubs, newspapers and leagues the tagger misses or mistypes (session 19), on
sentences written for the tests (:mod:`kg.ner.clubs`)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bundled import BundledNER
from kg.ner.clubs import CLUB_TAG, MEDIA_TAG, club_names
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage
from tests.ner.iob import tagged


def spans(sentences: list[str], names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(text, type) of the chunks club_names leaves in the sentences."""
    words, tags = zip(*(tagged(sentence, names or {}) for sentence in sentences), strict=True)
    result = club_names(list(words), list(tags))
    found = []
    for sentence_words, sentence_tags in zip(words, result, strict=True):
        for word, tag in zip(sentence_words, sentence_tags, strict=True):
            if tag.startswith("B-"):
                found.append(([word], tag[2:]))
            elif tag.startswith("I-"):
                found[-1][0].append(word)
    return [(" ".join(name), kind) for name, kind in found]


@pytest.mark.parametrize(
    ("sentences", "names", "expected"),
    [
        # a club word after a strong cue
        (["وسيواجه فريق الهلال منافسه يوم الجمعة ."], {}, [("الهلال", CLUB_TAG)]),
        (["ويتدرب لاعبو نادي الاتحاد في ملعب المدينة ."], {}, [("الاتحاد", CLUB_TAG)]),
        (["وغضب مشجعو النصر من الحكم ."], {}, [("النصر", CLUB_TAG)]),
        # a bare club after «فريق»
        (["ويلعب فريق أحد مباراته الأولى ."], {}, [("أحد", CLUB_TAG)]),
        # a nationality adjective after a club that is no common noun
        (["وخسر العين الإماراتي أمس ."], {}, [("العين", CLUB_TAG)]),
        # the tagger's lone place is retyped after a cue
        (["وسجل لاعب الخليج هدفين ."], {"الخليج": "LOC"}, [("الخليج", CLUB_TAG)]),
        # once a cue names the club, it is a club where it stands bare; a match cue counts
        (["وفاز فريق الهلال على ضيفه .", "وكان الهلال أفضل في لقاء العين ، وقال مدرب العين إن"
          " فريقه تعب ."], {},
         [("الهلال", CLUB_TAG), ("الهلال", CLUB_TAG), ("العين", CLUB_TAG), ("العين", CLUB_TAG)]),
        # the fans' nisba names the club of the document
        (["واحتفل الهلاليون بالفوز .", "وقال إن الهلال يستحق البطولة ."], {},
         [("الهلال", CLUB_TAG)]),
        # a foreign club anywhere, a lone place retyped; «ريال» alone is the riyal
        (["وانتقل اللاعب إلى تشيلسي مقابل مليون ريال ."], {"تشيلسي": "LOC"},
         [("تشيلسي", CLUB_TAG)]),
        (["وفاز ريال مدريد أمس ."], {}, [("ريال مدريد", CLUB_TAG)]),
        # a club named after its city, after a cue
        (["وسجل لاعب برشلونة هدفا ."], {"برشلونة": "LOC"}, [("برشلونة", CLUB_TAG)]),
        # a newspaper after «صحيفة», bare or in quotes
        (["ونقلت صحيفة الوطن عن مصدر ."], {}, [("الوطن", MEDIA_TAG)]),
        (["وذكرت صحيفة « الأنباء » أن الوزير سافر ."], {}, [("الأنباء", MEDIA_TAG)]),
        # «الشباب» only right after «نادي», never bare
        (["وتلقى عرضا من نادي الشباب .", "وقال إن الشباب يحبون الكرة ."], {},
         [("الشباب", CLUB_TAG)]),
        # a sponsor's name after «دوري» is a league
        (["ويبدأ دوري سالم الحربي للمحترفين غدا ."], {"سالم الحربي": "PERS"},
         [("دوري سالم الحربي", "MISC")]),
    ],
)
def test_clubs_papers_and_leagues(
    sentences: list[str], names: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert spans(sentences, names) == expected


@pytest.mark.parametrize(
    ("sentences", "clubs"),
    [
        # no cue: the crescent, a union, the eye, victory
        (["وشوهد الهلال في سماء المدينة مساء أمس ."], 0),
        (["وأعلن الاتحاد العام للعمال الإضراب ."], 0),
        (["ورأى بالعين المجردة النصر قادما ."], 0),
        # a definite word after the club word: not taken again bare
        (["وسجل لاعب الهلال هدفا .", "وتبرع للهلال الأحمر بالدم ."], 1),
        (["وتدرب فريق الاتحاد أمس .", "وقرر الاتحاد الآسيوي معاقبة اللاعب ."], 1),
        # a common noun with a nationality adjective is no club
        (["ورحب الوزير بالاتفاق السعودي مع روسيا ."], 0),
        (["وأكد رئيس الاتحاد السعودي أن البطولة ستقام ."], 0),
        # a match cue alone, in a document with no strong cue
        (["وجاء في لقاء الاتحاد مع الحكومة أن الأجور سترتفع ."], 0),
        # the club's word in another body's name
        (["وسجل لاعب الاتحاد هدفا .", "وسافر الفريق على طيران الاتحاد ."], 1),
        # a town's club is not taken bare
        (["وسجل لاعب الخور هدفا .", "ووصل الوفد إلى الخور أمس ."], 1),
        # a club named after its city, with no cue: the city
        (["وتنقلنا الموسيقى من أشبيلية وقرطبة إلى برشلونة ."], 0),
        # «واحد» is no «أحد» after «و»
        (["وسجل لاعب النصر في مباراة واحد ."], 1),
        # «صحيفة» before an adjective
        (["ونشرت صحيفة الإلكترونية خبرا ."], 0),
        # «ريال» alone, «الشباب» (youth)
        (["ودفع مليون ريال لفريق الشباب ."], 0),
    ],
)
def test_no_club_without_a_cue(sentences: list[str], clubs: int) -> None:
    assert len(spans(sentences)) == clubs


@pytest.fixture(scope="module")
def tagger() -> Pipeline:
    return Pipeline([SentenceStage(), TokenStage(), BundledNER()])


def test_the_bundled_tagger_types_clubs_and_papers(tagger: Pipeline) -> None:
    text = ("وتعاقد نادي الاتحاد مع مدرب جديد. وقالت صحيفة الرياض إن الاتحاد سيلعب مع تشيلسي.")
    doc = tagger(Document(id="doc-clubs", text=text))
    labels = {(m.text, m.label) for m in doc.mentions}
    assert ("الاتحاد", "Organization") in labels
    assert ("الرياض", "MediaOrganization") in labels
    assert ("تشيلسي", "Organization") in labels
    assert not any(label == "MediaOrganization" and name == "الاتحاد" for name, label in labels)
