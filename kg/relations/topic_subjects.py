"""A subject named before its verb in a topic or a «كان ... قد» construction.

«أما X فأوضح أن», «أما X، فقد انتقد Y» (:func:`topicalised_subject`) and «وكان X قد رفض
Y», also after a title or in quotation marks («وكانت «كتائب القسام»، ... قد أطلقت»:
:func:`was_subject`). Read for :mod:`kg.relations.arguments`.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.actors import actor_phrase
from kg.relations.argument_words import chain, preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.subjects_after import subject_after

_TOPIC_MARKERS = frozenset({"اما", "واما"})



_WAS = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})



_TOPIC_REACH = 8



_TOPIC_ENDS = frozenset(".؟!:«»\"")
"""Marks between the topic marker and the verb that end the search for it."""



def topicalised_subject(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The subject named before its verb in a topic construction: «أما X فأوضح أن», «أما X،
    فقد انتقد Y», «وكان X قد رفض Y». The name after «أما» (or between «كان» and «قد») is
    the verb's subject, so a name after the verb is its object, not its subject."""
    verb = words[position]
    index = position - 1
    if index >= 0 and words[index].norm in {"قد", "فقد"}:
        index -= 1
        if words[index + 1].norm == "قد" and index >= 0:
            was = _was_subject(context, words, index)
            if was is not None:
                return was
    elif not verb.norm.startswith("ف"):
        return None
    if words[index + 1].norm == "قد":
        return None
    for back in range(index, max(-1, index - _TOPIC_REACH), -1):
        if words[back].norm in _TOPIC_MARKERS:
            return _agent_at(context, words, back + 1, index)
        if back < index and not _TOPIC_ENDS.isdisjoint(context.gap(words[back], words[back + 1])):
            return None
    return None



def _was_subject(context: Extraction, words: list[Word], last: int) -> Mention | None:
    """«وكان X قد ...»: the agent named between «كان» and «قد» (ending at ``last``)."""
    mention = context.covering_mention(words[last].end - 1)
    if mention is None:
        return None
    first, _ = context.mention_words(mention)
    first -= words[0].index
    if first < 1 or words[first - 1].norm not in _WAS:
        return None
    return _agent_at(context, words, first, last)



def _agent_at(context: Extraction, words: list[Word], first: int, last: int) -> Mention | None:
    """The agent mention that starts at ``words[first]`` and ends by ``words[last]``."""
    if first > last or first >= len(words):
        return None
    mention = context.mention_starting_in(words[first])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or mention.end > words[last].end:
        return None
    return mention



_WAS_REACH = 12
"""How far before «قد» the «كان» of «وكانت X، الجناح العسكري لحركة Y، قد أطلقت» may stand."""



_WAS_STOPS = frozenset({"ان", "بان", "وان", "فان", "انه", "انها", "قد", "وقد", "فقد", "لقد"})



_QUOTES = frozenset({"«", "\""})



def was_subject(context: Extraction, words: list[Word], position: int,
                sentence: Sentence) -> list[Arg]:
    """«وكانت «كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت», «وكان الجيش الأميركي
    قد قتل»: the subject of a verb after «قد» opens the clause right after «كان» and may
    be followed by its apposition; a name there (or a quoted name the NER missed, or an
    actor phrase) is the verb's subject. Nothing when «أن», another «قد», a relative or a
    full stop stands between («وكان الجيش قد أعلن أن مسلحين قد قتلوا»)."""
    if position < 2 or words[position - 1].norm not in {"قد", "فقد"}:
        return []
    for back in range(position - 2, max(-1, position - _WAS_REACH), -1):
        word = words[back]
        if word.norm in _WAS:
            return _subject_opening(context, words, back + 1, position - 1, sentence)
        if word.norm in _WAS_STOPS or word.norm in _RELATIVES or any(
                mark in context.gap(word, words[back + 1]) for mark in ".؟!:؛"):
            return []
    return []



_RELATIVES = frozenset({"الذي", "التي", "الذين"})



def _subject_opening(context: Extraction, words: list[Word], first: int, end: int,
                     sentence: Sentence) -> list[Arg]:
    """The agent that opens at ``words[first]`` and ends before ``words[end]``."""
    if first >= end:
        return []
    word = words[first]
    mention = context.mention_starting_in(word)
    if mention is not None:
        if mention.entity_id and mention.label in AGENT_LABELS and \
                not preposition(context, mention) and not context.is_nisba(mention) and \
                mention.end <= words[end].start:
            return chain(context, mention, sentence, AGENT_LABELS)
        return []
    quoted = _quoted_name(context, words, first, end)
    if quoted is not None:
        return [quoted]
    phrase = actor_phrase(context, words, first)
    if phrase is not None and phrase[1] <= end:
        return [phrase[0]]
    return _titled_opening(context, words, first, end, sentence)



def _titled_opening(context: Extraction, words: list[Word], first: int, end: int,
                    sentence: Sentence) -> list[Arg]:
    """«وكان وزير الخارجية الأمريكي جون كيري قد زار القاهرة»: a title before the name that
    opens the clause after «كان»; read as the subject after a verb is (``subject_after``
    from «كان»), and kept only when the name ends right before «قد»."""
    subjects, after = subject_after(context, words, first - 1, sentence)
    return subjects if subjects and after == end else []



def _quoted_name(context: Extraction, words: list[Word], first: int, end: int) -> Arg | None:
    """«وكانت «كتائب عز الدين القسام»، ...»: a name of a few words in quotation marks right
    after «كان» that no mention covers, as a node of its own."""
    if context.gap(words[first - 1], words[first]).strip()[-1:] not in _QUOTES:
        return None
    for last in range(first, min(end, first + 5)):
        if last > first and (context.boundary_between(words[last - 1], words[last]) or
                             context.covering_mention(words[last].start) is not None):
            return None
        if context.doc.text[words[last].end:words[last].end + 1] in {"»", "\""}:
            start, stop = words[first].start, words[last].end
            return Arg(context.add_entity("Miscellaneous", context.doc.text[start:stop]),
                       start, stop)
    return None
