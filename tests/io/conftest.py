"""Fixtures for the reader tests: the shared corpora, skipped cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.io.samples import SHARED_DATA


@pytest.fixture
def shared_data() -> Path:
    """The shared corpora folder, or a clean skip when this machine lacks it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
