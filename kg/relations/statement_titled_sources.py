"""A titled person as the source after «بحسب»: «وبحسب المتحدث الرسمي للهيئة محمد الخالدي فقد ...».

Saudi and Gulf news often give a spokesman's account on his word, with his title before his
name: «وبحسب المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة القصيم محمد الجعيثن فقد تواجدت
فرقة إسعافية بالموقع». The cue is followed by a title head (متحدث، مدير، وزير ...), its
phrase, then the person's name; the person named in that phrase (never one in a genitive
«مستشار الملك سلمان», as after a verb: :func:`kg.relations.speaker_after.titled_speaker`)
is the source, and what follows «فقد» / «فإن» / the comma is what he said. The name must
close the title phrase: a word other than «فقد»/«فإن» or a comma after it («بحسب مدير
الشرطة خالد في حادث ...») and the phrase is not a source. A title with no name («وبحسب
المتحدث الرسمي فإن») names no one here.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.role_words import is_title_head
from kg.relations.speaker_after import titled_speaker

_REACH = 14
"""How many words a title phrase and the name after it may take («المتحدث الرسمي لهيئة
الهلال الأحمر السعودي بمنطقة القصيم محمد بن عبد الله الجعيثن»)."""
_THEN = frozenset({"فان", "فانه", "فانها", "فقد"})


def titled_source(context: Extraction, words: list[Word], index: int) -> tuple[str, int] | None:
    """The person a title after the cue names and the index of the word after the name
    («وبحسب [المتحدث ... الجعيثن] فقد»), or None."""
    if index >= len(words) or not is_title_head(words[index]):
        return None
    end = next((later for later in range(index + 1, min(len(words), index + _REACH))
                if words[later].norm in _THEN or
                context.gap(words[later - 1], words[later]).strip() in {"،", ","}), None)
    if end is None:
        return None
    reading = titled_speaker(context, words, index, end)
    if reading.entity_id is None or reading.how != "title":
        return None
    closing = context.covering_mention(words[end - 1].start)
    if closing is None or closing.entity_id != reading.entity_id:
        return None  # the name does not close the phrase
    return reading.entity_id, end
