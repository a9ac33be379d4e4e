from __future__ import annotations

import pytest

from kg.link.gazetteer import Gazetteer, default_gazetteer
from kg.link.linker import Linker
from kg.link.matcher import Matcher
from kg.link.stages import LinkStage
from kg.ner.gazetteer import GazetteerNERStage
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="session")
def matcher(gazetteer: Gazetteer) -> Matcher:
    return Matcher(gazetteer)


@pytest.fixture(scope="session")
def linker(gazetteer: Gazetteer) -> Linker:
    return Linker(gazetteer)


@pytest.fixture(scope="session")
def pipeline(gazetteer: Gazetteer) -> Pipeline:
    return Pipeline([SentenceStage(), GazetteerNERStage(gazetteer), LinkStage(gazetteer)])
