"""The gazetteer lies below NER and linking: kg.link never imports kg.ner, and
kg.gazetteer imports neither (read from the source, function-level imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level of its code."""
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
            modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def offending(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / package).glob("*.py")):
        for module in sorted(imported_modules(path)):
            if any(module == bad or module.startswith(bad + ".") for bad in forbidden):
                found.append(f"{path.name} imports {module}")
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("link", ("kg.ner",)),
        ("gazetteer", ("kg.ner", "kg.link", "kg.relations")),
    ],
)
def test_layers(package: str, forbidden: tuple[str, ...]) -> None:
    assert list((PACKAGE / package).glob("*.py")), f"kg/{package} has no modules"
    assert offending(package, forbidden) == []


def test_the_check_sees_imports() -> None:
    assert "kg.gazetteer.index" in imported_modules(PACKAGE / "link" / "linker.py")
    assert "kg.gazetteer.index" in imported_modules(PACKAGE / "ner" / "gazetteer.py")
