"""Imports every module that registers a pipeline stage, and names the default pipeline.

``kg info`` lists what is registered.
"""

from __future__ import annotations

# Each import registers stages: link; ner.bundled; ner.gazetteer; relations;
# sentences and tokens.
import kg.link.stages  # noqa: F401
import kg.ner.bundled  # noqa: F401
import kg.ner.gazetteer  # noqa: F401
import kg.relations  # noqa: F401
import kg.text.stages  # noqa: F401

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "tokens",
    "ner.gazetteer",
    "ner.bundled",
    "link",
    "relations",
)
