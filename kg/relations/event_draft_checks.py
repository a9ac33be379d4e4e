"""Three questions the reading of one event trigger asks of its draft.

Whether a deployment noun names troops at all («نشر قوات», not «نشر التسريبات»:
:func:`ambiguous_deployment`), whether a country named by a nisba on a meeting noun is a
party rather than its agent («لقاء سعودي روسي»: :func:`nisba_party`), and whether a
sentence with no time of its own that points back («آنذاك», «وقتل فيه») is set in a
background time told just before (:func:`recalled_scene`). Read for
:mod:`kg.relations.event_reading`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, SentenceState, trigger_form
from kg.relations.index import Arg, Word
from kg.relations.timex import (
    recalls_time,
    scene_background,
)


def ambiguous_deployment(word: Word, draft: Draft) -> bool:
    """A deployment noun that names troops only with the troops after it («نشر قوات», not
    «نشر التسريبات»: publishing), or, for presence, a named place too («تواجد روسيا في
    سوريا», not «تواجد السعودية في هذا المحفل»)."""
    form = trigger_form(word)
    return form == "نشر" or (form == "تواجد" and
                             not any(a.role == "location" for a in draft.arguments))



_SCENE_REACH = 2
"""How many sentences back the time a «آنذاك» or «فيه» points to may have been told."""



def recalled_scene(context: Extraction, draft: Draft, words: list[Word], position: int,
                    here: SentenceState) -> bool:
    """«وفي عام 2011 شهدت المدينة هجوماً. وقتل فيه أربعون شخصاً», «وكان الجيش آنذاك ...»: a
    sentence with no time of its own that points back to one (``recalls_time``) is set in
    the last time told in the sentences just before it; background if that one is."""
    if not recalls_time(words, position):
        return False
    sentences = context.doc.sentences
    at = next((i for i, s in enumerate(sentences) if s.index == draft.sentence.index), None)
    if at is None:
        return False
    for earlier in reversed(sentences[max(0, at - _SCENE_REACH):at]):
        scene = scene_background(here.anchor, context.sentence_words(earlier))
        if scene is not None:
            return scene
    return False



def nisba_party(context: Extraction, agent: Arg) -> bool:
    """«لقاء سعودي روسي», «القمة الخليجية»: a country named by a nisba on a meeting noun is a
    party to a meeting of equals, not its agent."""
    word = context.word_at(agent.start)
    return word is not None and context.country_for_nisba(word) is not None
