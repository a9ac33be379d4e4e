"""Imports every module that registers a pipeline stage, and names the default pipeline.

``kg info`` lists what is registered.
"""

from __future__ import annotations

import importlib

#: Modules whose import registers stages (with ``kg.pipeline.register_stage``).
STAGE_MODULES = (
    "kg.text.stages",  # sentences, tokens
    "kg.ner.gazetteer",  # ner.gazetteer
    "kg.ner.bundled",  # ner.bundled
    "kg.ner.camel",  # ner.camel (needs `camel_data -i ner-arabert`)
    "kg.ner.bodies",  # ner.bodies
    "kg.link.stages",  # link
    "kg.relations",  # relations, calibrate
)

for _module in STAGE_MODULES:
    importlib.import_module(_module)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "tokens",
    "ner.gazetteer",
    "ner.bundled",
    "ner.bodies",
    "link",
    "relations",
    "calibrate",
)

NER_BACKENDS: dict[str, str] = {"bundled": "ner.bundled", "camel": "ner.camel"}
"""The statistical NER stage of each backend ``kg ingest --ner`` offers."""
