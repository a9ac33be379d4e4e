from __future__ import annotations

import pytest

from kg.gazetteer.index import GazetteerIndex, default_gazetteer
from kg.gazetteer.matcher import Matcher


@pytest.fixture(scope="session")
def gazetteer() -> GazetteerIndex:
    return default_gazetteer()


@pytest.fixture(scope="session")
def matcher(gazetteer: GazetteerIndex) -> Matcher:
    return Matcher(gazetteer)
