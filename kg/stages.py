"""Imports every module that registers a pipeline stage, and names the default pipeline.

``kg info`` lists what is registered.
"""

from __future__ import annotations

import kg.link.stages  # noqa: F401  (link)
import kg.ner.bundled  # noqa: F401  (ner.bundled)
import kg.ner.gazetteer  # noqa: F401  (ner.gazetteer)
import kg.relations  # noqa: F401  (relations)
import kg.text.stages  # noqa: F401  (sentences, tokens)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "tokens",
    "ner.gazetteer",
    "ner.bundled",
    "link",
    "relations",
)
