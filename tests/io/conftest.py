"""Fixtures for the reader tests: the shared corpora, skipped cleanly when absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# kg is not installed into the virtualenv; make the checkout importable.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from io_samples import SHARED_DATA  # noqa: E402


@pytest.fixture
def shared_data() -> Path:
    """The shared corpora folder, or a clean skip when this machine lacks it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
