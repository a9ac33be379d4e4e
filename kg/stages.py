"""Imports every module that registers a pipeline stage.

The default pipeline is ``DEFAULT_PIPELINE``; ``kg info`` lists what is registered.
"""

from __future__ import annotations

import kg.text.stages  # noqa: F401

DEFAULT_PIPELINE: tuple[str, ...] = ("sentences", "tokens")
