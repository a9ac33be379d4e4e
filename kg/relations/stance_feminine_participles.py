"""The holder of a stance noun governed by a feminine light participle late in the sentence.

«وأكدت وزارة الخارجية القطرية في بيان أن الدوحة تتابع الأوضاع، معربةً عن إدانتها للهجوم»,
«وقالت منظمة العفو الدولية إن السلطات اعتقلت مئات المحتجين، مجددةً انتقادها للحكومة»:
a feminine participle of expressing, renewing or stressing («معربة عن», «مجددة», «مؤكدة»,
«مبدية», «معلنة», «مؤكدة على», «مشددة على») after a comma is circumstantial; it shares the
subject of the feminine verb that opens the sentence, however long the reported clause
between them, and the stance noun with «ـها» after it is that subject's. The masculine
forms («، معرباً عن رفضه») are read by ``stance_clause_actors.clause_actor``.

For precision the participle takes the opening verb's subject only when
- the opening verb is feminine («أكدت», «قالت», «تؤكد») and its subject, named right after
  it, is one actor (a person only when a woman who spoke);
- the participle stands after a comma, outside any quotation marks and outside what another
  speaker said;
- nothing between them opens a clause with another subject: no second verb of saying or
  stance («، وقالت Y ...»; a stance noun is no clause, and a feminine verb joined by «و»
  with no name after it, «، وعبرت عن قلقها», continues the same subject), no «فيما»,
  «بينما», «في حين», «حيث», and no punctuation but commas, colons and quotation marks.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import find_reporting, find_stance
from kg.relations.stance_fronted_occasion import fronted_occasion
from kg.relations.stance_phrases import COMMAS, possessive_gender
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_verb_gender import verb_gender

FEMININE_LIGHT_PARTICIPLES = frozenset({
    "معربه", "مجدده", "مؤكده", "مبديه", "معلنه", "معبره", "مقدمه", "موجهه", "متوجهه",
})
"""«معربةً عن», «مجددةً», «مؤكدةً», «مبديةً», «معلنةً», «معبرةً عن», «مقدمةً»: the feminine
participles of the light verbs whose object is a stance noun."""
_ABOUT = frozenset({"عن"})
_STRESSING = frozenset({"مؤكده", "مشدده"})
"""«مؤكدةً على رفضها», «مشددةً على دعمها»: participles of stressing, with «على»."""
_OTHER_CLAUSES = frozenset({"فيما", "بينما", "حين", "حيث", "وفيما", "وبينما", "وحيث"})
"""Conjunctions that open a clause with a subject of its own («، فيما قالت Y ...»)."""
_GAP_MARKS = frozenset({"،", ",", ":", '"', "«", "»", "“", "”"})
"""The punctuation that may stand between the opening verb and the participle."""
_CLOSING = '"»”'
"""Closing quotation marks that may stand before the comma («...»، مؤكدةً»)."""
_PARTICLES = frozenset({"كما", "وكما", "قد", "وقد", "ولقد", "فقد"})
"""Particles before the opening verb («كما أكدت X», «وقد أعلنت X»)."""
_SIDE = frozenset({"جانبها", "جهتها", "ناحيتها"})


def feminine_participle_holder(context: Extraction, words: list[Word], position: int,
                               sentence: Sentence) -> Arg | None:
    """The subject of the feminine verb opening the sentence, for the stance noun at
    ``position`` that a feminine light participle after a comma governs; None otherwise."""
    participle = _participle(context, words, position)
    if participle is None or _quoted(context, sentence, words[participle]):
        return None
    first = _opening(context, words)
    if first is None or first + 1 >= participle or verb_gender(words[first]) != "f" or \
            not (_reports(words[first]) or words[first].has(_LIGHT_OPENERS)):
        return None
    subjects, after = subject_after(context, words, first, sentence)
    if len(subjects) != 1 or after > participle:
        return None
    holder = subjects[0]
    label = context.label(holder.node_id)
    if label not in AGENT_LABELS or (
            label == "Person" and holder.node_id not in context.discourse.female_speakers):
        return None
    if not _clear_between(context, words, after, participle):
        return None
    speaker = context.speaker_at(words[participle].start)
    if speaker is not None and speaker != holder.node_id:
        return None  # the participle is inside what another speaker said
    word = words[participle]
    return Arg(holder.node_id, word.start, word.end)


_LIGHT_OPENERS = frozenset({"جددت", "تجدد", "اعربت", "تعرب", "ادانت", "تدين", "رحبت", "ترحب",
                            "اشادت", "تشيد", "انتقدت", "تنتقد", "نددت", "تندد", "دعت", "تدعو",
                            "طالبت", "تطالب", "حذرت", "تحذر", "رفضت", "ترفض", "اعلنت", "تعلن"})
"""Feminine verbs of stance or announcement that open a sentence a participle may continue
(«وأدانت X الهجوم، مؤكدةً تضامنها مع ...»), besides the verbs of saying."""


def _reports(word: Word) -> bool:
    """«قالت», «وأكدت», «أضاف»: a verb of saying, with or without «و»."""
    return find_reporting(word.norm) is not None or \
        find_reporting(word.norm.removeprefix("و")) is not None


def _stance_verb(words: list[Word], index: int) -> bool:
    """«، ورحبت Y بـ ...», «إن موسكو تدعو»: a stance verb, which may have a subject of its
    own (a stance noun such as «عن ترحيب المملكة بـ» opens no clause)."""
    hit = find_stance(words[index].norm)
    return hit is not None and not hit.value.noun and live_stance(words, index)


def _continues(context: Extraction, words: list[Word], index: int) -> bool:
    """«...، وعبرت عن قلقها من ...»: a feminine verb joined by «و» after a comma with no
    subject of its own (no name right after it) continues the opening verb's subject."""
    word = words[index]
    return word.norm.startswith("و") and verb_gender(word) == "f" and index + 1 < len(words) \
        and context.gap(words[index - 1], word).strip() in COMMAS and \
        context.mention_starting_in(words[index + 1]) is None


def _participle(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the feminine light participle right before the noun at ``position``
    («مجددة رفضها»), or before «عن» and the noun («معربة عن إدانتها»), after a comma."""
    if possessive_gender(words[position]) != "f":
        return None
    index = position - 1
    if index > 0 and words[index].norm in _ABOUT:
        index -= 1
    elif index > 0 and words[index].norm == "علي" and words[index - 1].bare() in _STRESSING:
        return _after_comma(context, words, index - 1, position)  # «مؤكدةً على رفضها»
    if index < 1 or words[index].bare() not in FEMININE_LIGHT_PARTICIPLES:
        return None
    return _after_comma(context, words, index, position)


def _after_comma(context: Extraction, words: list[Word], index: int, position: int) -> int | None:
    """``index`` when the participle there follows a comma and nothing cuts it from the noun
    at ``position``; None otherwise."""
    if index < 1 or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(index, position)):
        return None
    if context.gap(words[index - 1], words[index]).strip().lstrip(_CLOSING) not in COMMAS:
        return None  # «مقدمة» with no comma before may be a noun («مقدمة الكتاب»)
    return index


def _quoted(context: Extraction, sentence: Sentence, word: Word) -> bool:
    """Whether ``word`` stands inside quotation marks opened earlier in its sentence."""
    before = context.doc.text[sentence.start:word.start]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or \
        before.count("“") > before.count("”")


def _opening(context: Extraction, words: list[Word]) -> int | None:
    """The index of the verb that opens the sentence, past «من جهتها،», «بدورها،», a
    fronted adverbial of occasion («وفي هذا السياق») and a particle («كما», «وقد»)."""
    if len(words) > 3 and words[0].norm.removeprefix("و") == "من" and \
            words[1].norm in _SIDE and context.gap(words[1], words[2]).strip() in COMMAS:
        first = 2
    elif len(words) > 2 and words[0].norm.removeprefix("و") == "بدورها" and \
            context.gap(words[0], words[1]).strip() in COMMAS:
        first = 1
    else:
        first = fronted_occasion(words)
    if first + 1 < len(words) and words[first].norm in _PARTICLES:
        first += 1
    return first if first < len(words) else None


def _clear_between(context: Extraction, words: list[Word], start: int, participle: int) -> bool:
    """Whether no clause with another subject opens between the opening verb's subject
    and the participle: no second verb of saying or stance, no «فيما»/«بينما», no
    punctuation but commas, colons and quotation marks."""
    for index in range(start, participle):
        word = words[index]
        if word.norm in _OTHER_CLAUSES or ((_reports(word) or _stance_verb(words, index)) and
                                           not _continues(context, words, index)):
            return False
        if index > 0 and context.boundary_between(words[index - 1], word):
            gap = context.gap(words[index - 1], word)
            if any(not mark.isspace() and mark not in _GAP_MARKS for mark in gap):
                return False
    gap = context.gap(words[participle - 1], words[participle])
    return all(mark.isspace() or mark in _GAP_MARKS for mark in gap)
