"""The ``link`` pipeline stage (see :class:`kg.link.linker.Linker`)."""

from __future__ import annotations

from kg.gazetteer.index import GazetteerIndex
from kg.link.linker import Linker
from kg.model import Document
from kg.pipeline import Stage, register_stage


@register_stage("link")
class LinkStage(Stage):
    """Builds ``Document.entities`` from the mentions and fills ``Mention.entity_id``
    (retyping a mention to its entity's class)."""

    requires = frozenset({"mentions"})
    provides = frozenset({"entities", "mentions"})

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.linker = Linker(gazetteer)

    def __call__(self, doc: Document) -> Document:
        return self.linker.link(doc)
