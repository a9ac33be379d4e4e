"""Write the Neo4j Browser style generated from the ontology to ``docs/browser-style.grass``.

Usage: ``python scripts/gen_style.py`` to write, ``--check`` to fail (exit 1)
when the committed file is out of date. The style itself is ``kg.neo4j.style``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.neo4j.style import grass  # noqa: E402

STYLE_FILE = ROOT / "docs" / "browser-style.grass"


def main(argv: list[str]) -> int:
    text = grass()
    if "--check" in argv:
        if STYLE_FILE.read_text(encoding="utf-8") != text:
            print(f"{STYLE_FILE.relative_to(ROOT)} is out of date: run scripts/gen_style.py")
            return 1
        return 0
    STYLE_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {STYLE_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
