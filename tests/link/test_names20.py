"""Currencies are no actors; one organisation read two ways is one entity (names20)."""

from kg.link.joins import join_kind_nouns, join_label_variants
from kg.link.nonactors import is_currency
from kg.model import Mention


def _mention(text: str, label: str = "Organization") -> Mention:
    return Mention(id="m", start=0, end=len(text), text=text, label=label, extractor="ner.bundled",
                   confidence=0.9, sentence_index=0)


def test_currency_nouns_are_no_actors() -> None:
    for text in ("ريال", "الدولار", "جنيه إسترليني", "بالدولار الأمريكي", "يورو",
                 "الدينار الكويتي"):
        assert is_currency(_mention(text)), text


def test_clubs_and_names_named_like_currencies_stay() -> None:
    for text in ("ريال مدريد", "ريال بيتيس", "مجلس الدولار", "دولار تري", "بنك الريال"):
        assert not is_currency(_mention(text)), text


def test_plain_organization_joins_the_one_specific_reading() -> None:
    clusters = {("name", "Organization", "سبق"): [0], ("name", "MediaOrganization", "سبق"): [1, 2]}
    join_label_variants(clusters)
    assert clusters == {("name", "MediaOrganization", "سبق"): [1, 2, 0]}


def test_plain_organization_with_two_specific_readings_stays() -> None:
    clusters = {("name", "Organization", "النور"): [0], ("name", "MediaOrganization", "النور"): [1],
                ("name", "PoliticalParty", "النور"): [2]}
    join_label_variants(clusters)
    assert len(clusters) == 3


def test_person_and_organization_of_one_name_stay_apart() -> None:
    clusters = {("name", "Organization", "جميل"): [0], ("name", "Person", "جميل"): [1]}
    join_label_variants(clusters)
    join_kind_nouns(clusters)
    assert len(clusters) == 2


def test_bare_club_name_joins_the_club_with_its_kind_noun() -> None:
    org = "Organization"
    clusters = {("name", org, "نادي الاتفاق"): [0], ("name", org, "الاتفاق"): [1],
                ("name", org, "شركه المراعي"): [2], ("name", org, "المراعي"): [3]}
    join_kind_nouns(clusters)
    assert clusters == {("name", "Organization", "نادي الاتفاق"): [0, 1],
                        ("name", "Organization", "شركه المراعي"): [2, 3]}


def test_bare_place_stays_apart_from_the_club() -> None:
    clusters = {("name", "Organization", "نادي الوحده"): [0], ("name", "City", "الوحده"): [1]}
    join_kind_nouns(clusters)
    assert len(clusters) == 2


def test_foreign_name_cut_to_one_word_joins_its_full_name() -> None:
    org = "Organization"
    clusters = {("name", org, "بايرن ميونيخ"): [0], ("name", org, "بايرن"): [1],
                ("name", org, "سكاي نيوز"): [2], ("name", org, "نيوز"): [3]}
    from kg.link.joins import join_short_names
    join_short_names(clusters)
    assert clusters == {("name", org, "بايرن ميونيخ"): [0, 1], ("name", org, "سكاي نيوز"): [2, 3]}


def test_short_name_of_two_full_names_or_with_article_stays() -> None:
    org = "Organization"
    clusters = {("name", org, "مانشستر يونايتد"): [0], ("name", org, "نيوكاسل يونايتد"): [1],
                ("name", org, "يونايتد"): [2], ("name", org, "الاتحاد الاوروبي"): [3],
                ("name", org, "الاتحاد"): [4]}
    from kg.link.joins import join_short_names
    join_short_names(clusters)
    assert len(clusters) == 5


def test_closing_nisba_country_gives_way_only_at_the_end_of_a_tagger_org() -> None:
    from kg.link.overlaps import closing_nisbas

    def m(ident: str, start: int, text: str, label: str, extractor: str) -> Mention:
        return Mention(id=ident, start=start, end=start + len(text), text=text, label=label,
                       extractor=extractor, confidence=0.9, sentence_index=0)
    org = m("o", 0, "زين السعودية", "Organization", "ner.bundled")
    country = m("c", 4, "السعودية", "Country", "ner.gazetteer")
    assert closing_nisbas([org, country]) == {"c"}
    person = m("p", 0, "زين السعودية", "Person", "ner.bundled")
    assert closing_nisbas([person, country]) == set()
    kuwait = m("k", 4, "الكويت", "Country", "ner.gazetteer")
    org_k = m("o", 0, "بنك الكويت", "Organization", "ner.bundled")
    assert closing_nisbas([org_k, kuwait]) == set()  # a country's name, no nisba
