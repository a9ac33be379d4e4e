from __future__ import annotations

import pytest

from kg.gazetteer.index import GazetteerIndex, default_gazetteer
from kg.gazetteer.matcher import Matcher
from kg.link.linker import Linker
from kg.link.stages import LinkStage
from kg.ner.gazetteer import GazetteerNERStage
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage


@pytest.fixture(scope="session")
def gazetteer() -> GazetteerIndex:
    return default_gazetteer()


@pytest.fixture(scope="session")
def matcher(gazetteer: GazetteerIndex) -> Matcher:
    return Matcher(gazetteer)


@pytest.fixture(scope="session")
def linker(gazetteer: GazetteerIndex) -> Linker:
    return Linker(gazetteer)


@pytest.fixture(scope="session")
def pipeline(gazetteer: GazetteerIndex) -> Pipeline:
    return Pipeline(
        [SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer), LinkStage(gazetteer)]
    )
