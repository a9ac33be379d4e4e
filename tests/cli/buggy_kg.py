"""``python -m tests.cli.buggy_kg ARGS``: the real ``kg`` command, whose default
pipeline ends with one more stage that has a bug.

The stage raises ``ZeroDivisionError`` on an article that holds the word
:data:`TRIGGER` and passes every other article through, so a CLI test can show
what an internal error looks like to a user: a real ingest, real articles,
and one bug.
"""

from __future__ import annotations

import kg.ingest
from kg.cli import app
from kg.model import Document
from kg.pipeline import Stage, register_stage

TRIGGER = "القنبلة"


@register_stage("test.divides-by-zero")
class DividesByZero(Stage):
    requires = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        if TRIGGER in doc.text:
            print(len(doc.sentences) / 0)
        return doc


if __name__ == "__main__":
    kg.ingest.DEFAULT_PIPELINE = (*kg.ingest.DEFAULT_PIPELINE, "test.divides-by-zero")
    app(prog_name="kg")
