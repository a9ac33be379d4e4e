"""A fronted holder set off from its verb by «for its part», in any tense.

News leads front the body that reacts and mark it as its turn, often between commas:
«وزارة الخارجية السعودية، من جهتها، رحبت بقرار مجلس الأمن», «الحكومة اليمنية، بدورها،
رفضت المبادرة», «والاتحاد الأوروبي من جانبه رحب بالاتفاق». The name that opens the clause
right before the aside is the verb's subject, past verb as well as imperfect (a bare name
before a past verb is left to :func:`kg.relations.stance_preverbal_subjects.topic_subject`,
which reads only imperfects). Checks, for precision:

- the aside's pronoun agrees with the verb: «من جهتها رحبت», «بدوره رحب», «من جانبهم
  رفضوا»; «من جهته رحبت» is no pair;
- the name opens its clause (sentence start, a comma, «أن»/«إن», or «و» glued to it), so it is no
  genitive («رئيس وزراء مصر، من جهته، رحب»: not Egypt) nor the object of an earlier verb;
- it is a named agent not governed by a preposition, not a nisba adjective, a person only
  with a masculine aside (or a woman known to have spoken), a body whose head ends in «ة»
  («وزارة», «الحكومة») only with a feminine one; a person may follow a title that opens
  the clause («الرئيس الأمريكي X، من جهته، انتقد»);
- outside a quotation that holds the verb only its speaker may hold the stance.

A short phrase of the statement between commas stands for the aside too: «وزارة الخارجية
الكندية، في بيان لها، تدين الهجوم», «وزارة الخارجية القطرية، في بيان صدر مساء أمس، أدانت»
(its pronoun, if any, agrees with the verb; no name inside it).
"""

from __future__ import annotations

from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS
from kg.relations.role_words import is_title_head
from kg.relations.stance_participle_asides import participle_aside
from kg.relations.stance_relative_asides import relative_aside

_TURN_STEMS = ("بدور",)
_SIDE_STEMS = ("جانب", "جهت", "ناحيت")
_SUFFIXES = {"ه": "m", "ها": "f", "هم": "p", "هما": "d"}
_COMMAS = frozenset({"،", ","})
_BUT = frozenset({"لكن", "ولكن", "بينما", "فيما"})
"""«لكن وزارة الداخلية، من جهتها، نفت»: these open a clause as a comma does."""


def _aside(words: list[Word], index: int) -> tuple[int, str] | None:
    """The index of the aside's first word and its pronoun's agreement («m», «f», «p»,
    «d») when «بدوره» or «من جهتها» ends at ``words[index]``; else None."""
    form = words[index].norm
    for stems, width in ((_TURN_STEMS, 1), (_SIDE_STEMS, 2)):
        for stem in stems:
            agreement = _SUFFIXES.get(form.removeprefix(stem)) if form.startswith(stem) \
                else None
            if agreement is None:
                continue
            if width == 1:
                return index, agreement
            if index >= 1 and words[index - 1].norm == "من":
                return index - 1, agreement
    return None


_STATEMENTS = frozenset({"بيان", "تصريح", "تصريحات"})
_OWN = {"له": "m", "لها": "f", "لهم": "p", "لهما": "d"}
_STATEMENT_REACH = 7
"""How far back from the closing comma «في» and the statement noun may stand («، في بيان
صدر مساء أمس،»)."""


def _statement_aside(context: Extraction, words: list[Word], index: int,
                     verb: str | None) -> tuple[int, str] | None:
    """«، في بيان لها،», «، في تصريحات صحفية،»: a short phrase of the statement between
    commas that ends at ``words[index]``, with no name in it; its first index and the
    agreement of its pronoun («لها»), or the verb's own when it has none."""
    if index + 1 >= len(words) or \
            context.gap(words[index], words[index + 1]).strip() not in _COMMAS:
        return None
    for start in range(index - 1, max(0, index - _STATEMENT_REACH), -1):
        if words[start].norm != "في" or words[start + 1].norm not in _STATEMENTS:
            continue
        if context.gap(words[start - 1], words[start]).strip() not in _COMMAS or \
                any(context.boundary_between(words[i], words[i + 1])
                    for i in range(start, index)) or \
                context.mentions_between(words[start].start, words[index].end):
            return None
        owns = [_OWN[w.norm] for w in words[start + 2:index + 1] if w.norm in _OWN]
        agreement = owns[0] if owns else verb
        return (start, agreement) if agreement is not None else None
    return None


def _agreement(verb: Word) -> str | None:
    """«m», «f», «p» (plural) or «d» (dual) for a third-person verb, past or imperfect."""
    form = verb.norm
    if form[:1] in {"ف"} and len(form) > 3:
        form = form[1:]
    imperfect = form[:1] in {"ي", "ت"}
    if imperfect and form.endswith("ان"):
        return "d"
    if form.endswith(("ون", "وا")):
        return "p"
    if form.endswith("تا"):
        return "d"
    if imperfect:
        return "m" if form[:1] == "ي" else "f"
    if form.endswith("ا") and len(form) > 3:
        return None  # «رحبا»: a dual, or an accusative noun
    return "f" if form.endswith("ت") else "m"


_TITLE_REACH = 4


def _title_start(context: Extraction, words: list[Word], first: int) -> int:
    """Where the title before a person's name opens («الرئيس الأمريكي X»): the first of
    at most a few words with no other name and no punctuation among them, when it is a
    title head; else ``first``."""
    for start in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
        word = words[start]
        other = context.covering_mention(word.start)
        if (other is not None and not context.is_nisba(other)) or \
                context.boundary_between(word, words[start + 1]):
            return first  # «رئيس وزراء مصر X»: another name; «الأمريكي» is only its nisba
        if is_title_head(word) and (start == 0 or context.boundary_between(
                words[start - 1], word)):
            return start
    return first


def aside_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named agent that opens the clause right before «من جهتها»/«بدوره» before
    the verb at ``position``, when the aside agrees with the verb; else None."""
    verb = words[position]
    if position < 2 or verb.norm.startswith("و"):
        return None
    found = _aside(words, position - 1) or \
        _statement_aside(context, words, position - 1, _agreement(verb)) or \
        relative_aside(context, words, position - 1) or \
        participle_aside(context, words, position - 1)  # «التابعة للحركة نفت»
    if found is None or found[1] != _agreement(verb):
        return None
    start, agreement = found
    if start < 1 or (words[start].norm != "في" and
                     context.boundary_between(words[start], words[position - 1])):
        return None
    last = words[start - 1]
    mention = context.covering_mention(last.end - 1)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.end != last.end or context.is_nisba(mention) or \
            preposition(context, mention):
        return None
    if mention.label == "Person" and agreement != "m" and \
            mention.entity_id not in context.discourse.female_speakers:
        return None
    first, _ = context.mention_words(mention)
    first -= words[0].index
    if mention.label != "Person" and first >= 0 and agreement != "f" and \
            words[first].bare().endswith("ه"):
        return None  # «وزارة الخارجية، من جهته، رحب»: a feminine body, a masculine verb
    if mention.label == "Person":
        first = _title_start(context, words, first)
    if first < 0 or (first > 0 and words[first - 1].norm not in COMPLEMENTIZERS and
                     words[first - 1].norm not in _BUT and
                     not context.boundary_between(words[first - 1], words[first])):
        return None  # «رئيس وزراء مصر، من جهته، رحب»: a genitive, not the clause's head
    speaker = context.speaker_at(verb.start)
    if context.speaker_at(mention.start) != speaker and speaker != mention.entity_id:
        return None
    return Arg(mention.entity_id, mention.start, mention.end)
