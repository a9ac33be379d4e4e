"""Imports every module that registers a pipeline stage.

The default pipeline is ``DEFAULT_PIPELINE``; ``kg info`` lists what is registered.
"""

from __future__ import annotations

DEFAULT_PIPELINE: tuple[str, ...] = ()
