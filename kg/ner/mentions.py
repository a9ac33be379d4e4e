"""What the statistical NER stages share: a document's tokens sentence by sentence, and
adding mentions without adding a span that is already there twice."""

from __future__ import annotations

from kg.ids import mention_id
from kg.model import Document, Mention, Token
from kg.ontology.schema import entity_label


def tokens_by_sentence(doc: Document) -> list[tuple[int, list[Token]]]:
    """``(sentence index, its tokens)`` for every sentence that has tokens, in order."""
    by_sentence: dict[int, list[Token]] = {}
    for token in doc.tokens:
        by_sentence.setdefault(token.sentence_index, []).append(token)
    return list(by_sentence.items())


class NewMentions:
    """The mentions a stage adds to ``doc``; the ones already there are kept."""

    def __init__(self, doc: Document, extractor: str) -> None:
        self.doc = doc
        self.extractor = extractor
        self.taken = {(m.start, m.end) for m in doc.mentions}
        self.added: list[Mention] = []

    def add(self, start: int, end: int, label: str, confidence: float, sentence: int) -> None:
        """A mention of ``doc.text[start:end]``, unless that span is already a mention."""
        if (start, end) in self.taken:
            return
        self.taken.add((start, end))
        self.added.append(
            Mention(
                id=mention_id(self.doc.id, start, end),
                start=start,
                end=end,
                text=self.doc.text[start:end],
                label=entity_label(label),
                extractor=self.extractor,
                confidence=confidence,
                sentence_index=sentence,
            )
        )

    def document(self) -> Document:
        """``doc`` with the added mentions after its own."""
        return self.doc.with_layers("mentions", mentions=self.doc.mentions + tuple(self.added))
