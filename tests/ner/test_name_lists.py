"""The bundled name lists (``names.tsv`` + countries) the NER model reads as hints."""

from __future__ import annotations

from kg.ner.bundled import FineClasses
from kg.ner.features import NameLists, name_gazetteer, strip_clitics
from kg.ner.neural import HINTS, token_hints
from kg.text.normalize import normalize_key
from tests.scripts import load_script


def stems(text: str) -> list[str]:
    return [strip_clitics(normalize_key(word))[1] for word in text.split()]


def test_lists_tag_places_clubs_and_people_and_countries_win() -> None:
    gazetteer = name_gazetteer()
    categories = set(gazetteer.names.values())
    assert {"country", "city", "region", "club", "person"} <= categories
    # A country is a country even where a list also names a city after it.
    assert gazetteer.tag(stems("في الكويت"))[1] == "B-country"
    assert gazetteer.tag(stems("وصل إلى باريس"))[2] == "B-city"
    # Clitics do not hide a listed name: «وبساو باولو».
    assert gazetteer.tag(stems("وبساو باولو")) == ["B-city", "I-city"]


def test_person_words_tell_given_names_from_family_names() -> None:
    gazetteer = NameLists.from_names(
        [("جون سميث", "person"), ("سميث", "city"), ("جون", "person"), ("ماري جونز", "person")]
    )
    words = gazetteer.person_words
    assert words["جون"] == "name"  # first word of one name and a one-word name
    assert words["سميث"] == "family"
    assert words["ماري"] == "given"
    assert gazetteer.tag(["سميث"]) == ["B-city"]
    # The hint column the network reads.
    _, _, rows = token_hints(["وماري", "قالت"], gazetteer, None)
    column = HINTS.index("person_word")
    assert [row[column] for row in rows] == ["given", ""]


def test_listed_places_give_fine_classes() -> None:
    fine = FineClasses({}, name_gazetteer())
    assert fine.classify("LOC", ["باريس"]) == "City"
    assert fine.classify("LOC", ["سوريا"]) == "Country"
    assert fine.classify("LOC", ["مدينة", "باريس"]) == "City"
    assert fine.classify("LOC", ["بلاد", "ما", "وراء", "الغيوم"]) == "Place"


def test_builder_cleans_names_and_lists_clubs_by_their_short_forms() -> None:
    builder = load_script("build_name_lists")
    assert builder.clean("ويلاند (أونتاريو)") == "ويلاند"
    assert builder.clean("50 سنت") is None and builder.clean("Opeth") is None
    assert list(builder.club_variants("نادي الوداد الرياضي")) == [
        "نادي الوداد الرياضي",
        "نادي الوداد",
        "الوداد الرياضي",
        "الوداد",
    ]
    assert list(builder.club_variants("ريال مدريد لكرة السلة")) == [
        "ريال مدريد لكرة السلة",
        "ريال مدريد",
    ]
    # The committed list has the short forms.
    assert name_gazetteer().tag(stems("فاز الوداد")) == ["", "B-club"]


def test_lists_name_people_of_wikidata_in_any_spelling() -> None:
    gazetteer = name_gazetteer()
    # Listed normalised («مغنيه»), found however the article spells it.
    assert gazetteer.tag(stems("قال حسن مغنية إن")) == ["", "B-person", "I-person", ""]
    assert gazetteer.tag(stems("وجاسم كاظم العزاوي")) == ["B-person", "I-person", "I-person"]
    assert gazetteer.person_words[stems("العزاوي")[0]] in ("family", "name")
