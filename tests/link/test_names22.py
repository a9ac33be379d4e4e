"""One person, one entity (issue #12, session 22): a surname read with «ل» glued to
it, a lineage chain cut after a father's name, and «بن X» for a man named in full."""

from __future__ import annotations

from kg.ids import mention_id
from kg.link.coref import attach_short_names, nasab_part, person_words, unglued_surname
from kg.model import Document, Mention
from kg.pipeline import Pipeline


def ner(text: str, surface: str, label: str) -> Mention:
    start = text.rindex(surface)  # the last one: a short form stands after the full name
    end = start + len(surface)
    return Mention(
        mention_id("doc-n22", start, end), start, end, surface, label, "ner.bundled", 0.8, 0
    )


def entities(pipeline: Pipeline, text: str, *mentions: Mention) -> dict[str, str | None]:
    doc = pipeline(Document(id="doc-n22", text=text, mentions=mentions))
    return {m.text: m.entity_id for m in doc.mentions}


def names(*texts: str) -> list[tuple[str, ...]]:
    return [person_words(text) for text in texts]


def test_unglued_surname() -> None:
    assert unglued_surname("لليونسي") == "اليونسي"
    assert unglued_surname("لكيركجور") == "كيركجور"
    assert unglued_surname("لبنى") is None  # too short to leave a name behind
    assert unglued_surname("سعيد") is None


def test_a_surname_with_glued_lam_joins_the_full_name() -> None:
    assert attach_short_names(names("سالم العتيبي", "للعتيبي")) == {1: 0}
    assert attach_short_names(names("هانز مولر", "لمولر")) == {1: 0}


def test_a_glued_lam_joins_nothing_without_that_surname() -> None:
    # «لطفي» is a name of its own: no one of the document is called «... طفي»
    assert attach_short_names(names("سالم العتيبي", "لطفي")) == {}
    # two men of one surname: left alone rather than guessed
    assert attach_short_names(names("سالم العتيبي", "فهد العتيبي", "للعتيبي")) == {}


def test_a_lineage_chain_cut_after_the_father() -> None:
    assert nasab_part(person_words("خالد بن سعود"), person_words("خالد بن سعود بن فهد"))
    assert attach_short_names(names("خالد بن سعود بن فهد", "خالد بن سعود")) == {1: 0}


def test_a_cut_chain_that_is_not_at_a_lineage_link() -> None:
    # «خالد بن سعود» is not «خالد بن سعودي ...»; nor a two-word name without «بن»
    assert not nasab_part(person_words("خالد بن سعود"), person_words("خالد بن سعودي الحربي"))
    assert not nasab_part(person_words("عبد الله"), person_words("عبد الله بن فهد"))
    # the cousin: same given name and father, two long chains → no guess
    assert attach_short_names(
        names("خالد بن سعود بن فهد", "خالد بن سعود بن ناصر", "خالد بن سعود")) == {}


def test_bin_and_the_fathers_name_is_the_man_named_in_full() -> None:
    assert nasab_part(person_words("بن راشد"), person_words("حمدان بن راشد الكعبي"))
    assert attach_short_names(names("حمدان بن راشد الكعبي", "بن راشد")) == {1: 0}


def test_bin_deeper_in_the_chain_names_an_ancestor() -> None:
    # «بن فهد» after «سعود» is the grandfather's line, not how «خالد» is called
    # (a last «بن فهد» may also be a family name, «بن لادن»: the suffix rule keeps it)
    assert not nasab_part(person_words("بن فهد"), person_words("خالد بن سعود بن فهد الحربي"))
    assert attach_short_names(names("خالد بن سعود بن فهد الحربي", "بن فهد")) == {}


def test_one_entity_in_the_pipeline(pipeline: Pipeline) -> None:
    text = ("وقال المحلل هانز مولر إن الأسعار سترتفع. ووفقا لمولر فإن الطلب قوي. "
            "وحضر الشيخ حمدان بن راشد الكعبي الحفل. وقال بن راشد إن الحفل ناجح.")
    found = entities(pipeline, text, ner(text, "هانز مولر", "Person"),
                     ner(text, "لمولر", "Person"), ner(text, "حمدان بن راشد الكعبي", "Person"),
                     ner(text, "بن راشد", "Person"))
    assert found["هانز مولر"] == found["لمولر"]
    assert found["حمدان بن راشد الكعبي"] == found["بن راشد"]
    assert found["هانز مولر"] != found["بن راشد"]
