"""The edges of a person name (kg.ner.name_edges) and «السيناتور» as a title head."""

from kg.ner.name_edges import has_tanween, saying_verb, trim_name_edges
from kg.relations.lexicon import TITLE_HEADS


def _split(text: str) -> list[str]:
    return text.split()


def test_saying_verb_cut_from_name_start() -> None:
    words = _split("وأردف بيكيه قائلا إن الفريق جاهز")
    tags = ["B-PERS", "I-PERS", "O", "O", "O", "O"]
    assert trim_name_edges(words, tags) == ["O", "B-PERS", "O", "O", "O", "O"]


def test_feminine_verb_with_fa_cut() -> None:
    words = _split("فأوضحت سلمى الخالدي أن")
    tags = ["B-PERS", "I-PERS", "I-PERS", "O"]
    assert trim_name_edges(words, tags) == ["O", "B-PERS", "I-PERS", "O"]


def test_tanween_word_cut_from_name_end() -> None:
    words = _split("وجدد النادي مع المدافع سعود الغامدي عامين إضافيين رسمياً")
    tags = ["O", "O", "O", "O", "B-PERS", "I-PERS", "O", "O", "O"]
    assert trim_name_edges(words, tags) == tags
    words = _split("مع المهاجم فهد القحطاني عقداً احترافياً")
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert trim_name_edges(words, tags) == ["O", "O", "B-PERS", "I-PERS", "O", "O"]


def test_name_of_tanween_words_dropped() -> None:
    words = _split("وقال أيضاً إن")
    assert trim_name_edges(words, ["O", "B-PERS", "O"]) == ["O", "O", "O"]


def test_given_name_like_verb_kept() -> None:
    """«طالب» is a given name («طالب الرفاعي»): only «وطالب» is the verb."""
    words = _split("وقال طالب الرفاعي إن")
    tags = ["O", "B-PERS", "I-PERS", "O"]
    assert trim_name_edges(words, tags) == tags
    assert saying_verb("وطالب") and not saying_verb("طالب")


def test_one_word_name_not_emptied_by_verb() -> None:
    """A lone word is left to the tagger: a verb alone is not cut to nothing here."""
    words = _split("وأكد ذلك")
    assert trim_name_edges(words, ["B-PERS", "O"]) == ["B-PERS", "O"]


def test_other_kinds_untouched() -> None:
    words = _split("وأعلن الاتحاد السعودي رسمياً")
    tags = ["O", "B-ORG", "I-ORG", "O"]
    assert trim_name_edges(words, tags) == tags


def test_tanween_detection() -> None:
    assert has_tanween("عقداً") and has_tanween("أيضًا") and not has_tanween("الهزاني")


def test_senator_is_a_title_head() -> None:
    assert "سيناتور" in TITLE_HEADS and "سيناتوره" in TITLE_HEADS


def test_definite_family_without_ya() -> None:
    from kg.ner.family_words import definite_family, family_name_after

    assert definite_family("الطيار") and definite_family("الفيصل")
    assert not definite_family("الجديد")  # a common adjective
    assert not definite_family("العام") and not definite_family("الحربي")  # «ي»: listed_nisba's
    assert not definite_family("والطيار")  # another proclitic
    assert family_name_after("دخيل", "الطيار") and not family_name_after("فهر", "الطيار")


def test_cued_name_with_family_in_article() -> None:
    from kg.ner.cues import cued_names

    words = _split("وأوضح المتحدث باسم المرور المقدم دخيل الطيار أن الحادث")
    tags = ["O"] * len(words)
    assert cued_names(words, tags)[5:8] == ["B-PERS", "I-PERS", "O"]
    words = _split("وقال الشيخ خالد الجديد في الخطبة")  # a common adjective closes no name
    assert cued_names(words, ["O"] * len(words)) == ["O"] * len(words)


def test_verbs_spelt_like_given_names_need_a_clitic() -> None:
    """«واصل أبو يوسف» is a name; «وواصل سعيد حديثه» opens with the verb."""
    words = _split("وقال واصل أبو يوسف إن")
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert trim_name_edges(words, tags) == tags
    assert saying_verb("وواصل") and not saying_verb("واصل") and not saying_verb("راي")
