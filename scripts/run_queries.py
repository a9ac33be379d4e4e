"""Run the analysts' queries of ``kg/neo4j/queries.cypher`` against Neo4j and print Markdown.

The README's query section is this script's output on the example article:

    kg neo4j start && kg ingest ../shared/data/news/seed/npa_washington_coalition.txt \\
        --neo4j bolt://127.0.0.1:7687 && .venv/bin/python scripts/run_queries.py

Connection settings come from ``KG_NEO4J_URI``/``KG_NEO4J_USER``/``KG_NEO4J_PASSWORD``
or the config file, as for ``kg``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from neo4j import GraphDatabase  # noqa: E402

from kg.config import neo4j_settings  # noqa: E402
from kg.neo4j.browser import queries  # noqa: E402


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("|", "/").replace("\n", " ")


def main() -> int:
    settings = neo4j_settings()
    with GraphDatabase.driver(
        settings.uri, auth=settings.auth, notifications_min_severity="OFF"
    ) as driver:
        for title, cypher in queries():
            records, _summary, keys = driver.execute_query(cypher, database_=settings.database)
            print(f"#### {title}\n\n```cypher\n{cypher}\n```\n")
            print("| " + " | ".join(keys) + " |")
            print("|" + " --- |" * len(keys))
            for record in records:
                print("| " + " | ".join(_cell(record[key]) for key in keys) + " |")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
