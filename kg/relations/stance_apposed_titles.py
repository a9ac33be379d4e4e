"""«تقف إلى جانب رئيس الوزراء، بنيامين نتنياهو،», «طلب أوباما من وزير الخارجية، جون
كيري،»: a title read as the stance's object, with its holder named right after it between
commas, stands for that person.

News prose (the «الشرق الأوسط» style) sets the holder's name off from the title by
commas; :func:`kg.relations.stance_phrases.titled_name_follows` reads the name only when no
mark separates it. Here a described object (``topic``) whose first word is a title head
gives way to the person when the phrase ends right before a comma, the next word opens a
Person mention, and a mark (or the sentence's end) closes the mention.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head

_COMMAS = frozenset({"،", ","})


def apposed_person(context: Extraction, words: list[Word],
                   candidate: Candidate) -> Candidate | None:
    """The person named between commas right after a title object, or None."""
    first = candidate.word_index
    if candidate.source != "topic" or not 0 <= first < len(words) or \
            not is_title_head(words[first]):
        return None
    last = next((index for index in range(first, len(words))
                 if words[index].end >= candidate.arg.end), None)
    if last is None or last + 1 >= len(words) or words[last].end != candidate.arg.end or \
            context.gap(words[last], words[last + 1]).strip() not in _COMMAS:
        return None
    mention = context.mention_starting_in(words[last + 1])
    if mention is None or not mention.entity_id or mention.label != "Person" or \
            mention.start != words[last + 1].start:
        return None
    after = next((index for index in range(last + 1, len(words))
                  if words[index].end >= mention.end), None)
    if after is None or words[after].end != mention.end or (
            after + 1 < len(words) and
            not context.boundary_between(words[after], words[after + 1])):
        return None  # «رئيس الوزراء، بنيامين نتنياهو وزوجته»: not a closed apposition
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), candidate.preposition,
                     mention.label, last + 1, "mention")
