"""Imports every module that registers a pipeline stage, and names the default pipeline.

``kg info`` lists what is registered.
"""

from __future__ import annotations

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "tokens",
    "ner.gazetteer",
    "ner.bundled",
    "link",
    "relations",
)
