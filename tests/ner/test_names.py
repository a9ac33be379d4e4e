"""Word classes of person names (kg.ner.names), on words of sentences written for the tests."""

from __future__ import annotations

import ast
from pathlib import Path

import kg.ner
from kg.gazetteer.person_words import is_given
from kg.ner.names import is_family, is_possessed, is_title_like


def test_word_classes() -> None:
    assert is_given("نايف") and is_given("فيصل") and not is_given("وسلمان")
    assert is_family("البكري") and not is_family("الثقافي") and not is_family("قدوة")
    # a noun with a possessive suffix, a participle with the article
    assert not is_family("شكره") and not is_family("المنتمي")


def test_title_like_first_words_of_names() -> None:
    assert is_title_like("الشيف", "خالد") and is_title_like("ابننا", "طارق")
    assert is_title_like("شقيقه", "أحمد") and is_title_like("الأمير", "سلطان")
    # names that open with the article, or end like a possessive suffix
    assert not is_title_like("الحسن", "واتارا") and not is_title_like("الوليد", "بن")
    assert not is_title_like("لينا", "خوري") and not is_title_like("طه", "حسين")
    assert not is_title_like("فاطمة", "الزهراء")


def test_names_with_an_article_or_a_hamza_are_not_title_like() -> None:
    # a given name written with the article, a foreign name in «أل»
    assert not is_title_like("الطاهر", "محمد") and not is_title_like("ألفريد", "سعيد")
    # a common noun after a conjunction or a preposition still is
    assert is_title_like("والشيف", "خالد") and is_title_like("بالفنان", "محمد")
    # a foreign name in «نا» before a family name
    assert not is_title_like("يلينا", "يانكوفيتش")


def test_pronoun_suffixes_on_common_words() -> None:
    assert is_possessed("شكره") and is_possessed("تقديره") and is_possessed("يطالبهم")
    # names in «ه» or «ة», and a given name in «نا»
    assert not is_possessed("عبده") and not is_possessed("طه") and not is_possessed("سلامة")
    assert not is_possessed("لينا")


def test_no_ner_module_imports_the_linker() -> None:
    """The linker reads the tagger's word classes, never the other way round."""
    found = []
    for path in sorted(Path(kg.ner.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kg.link"):
                found.append(f"{path.name}: {node.module}")
    assert found == []
