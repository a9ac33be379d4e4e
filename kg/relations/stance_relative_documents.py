"""The author of a document named in a relative clause: «الرسالة التي وجهها X ... والتي
توعد فيها ...».

A speech, a message or a statement is often introduced by a relative clause that names
its author as the subject of the verb that issued it, the document resumed by a pronoun
on that verb («الكلمة التي ألقاها X», «الرسالة الصوتية التي وجهها X», «البيان الذي أصدره
X»); a second relative clause or a conjoined verb then carries the stance, the document
resumed again by «فيه»/«فيها»: «الرسالة الصوتية التي وجهها أبو محمد العدناني المتحدث باسم
التنظيم، والتي دعا فيها أتباعه إلى ...», «الكلمة التي ألقاها الوزير X ودعا فيها إلى ...».
The holder is that subject. Rules (precision first):

- the document noun is definite and listed (a speech, a message, a statement, a letter);
- the relative pronoun after it agrees with it and with the pronoun after the stance verb
  («التي» ... «فيها», «الذي» ... «فيه»), and so does the issuing verb's pronoun
  («وجهها», «أصدره»);
- the issuing verb's subject is exactly one named agent (a person or a body, never a place);
- the stance verb follows the same relative pronoun again («والتي دعا فيها») or opens with
  «و» a few words after that subject («ألقاها X ودعا فيها»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import is_place, subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word

_FEMININE_DOCUMENTS = frozenset({"رساله", "كلمه", "مذكره", "تغريده", "محاضره", "خطبه",
                                 "وثيقه", "رسائل", "تصريحات", "بيانات", "كلمات"})
_MASCULINE_DOCUMENTS = frozenset({"بيان", "تقرير", "خطاب", "مقال", "تصريح", "تسجيل", "بلاغ",
                                  "نداء", "مؤتمر"})
_ISSUING_STEMS = frozenset({"وجه", "القى", "القا", "اصدر", "نشر", "بعث", "ارسل", "اطلق", "بث",
                            "تلا", "كتب", "وقع", "اذاع", "سجل", "وجهت", "القت", "اصدرت",
                            "نشرت", "بعثت", "ارسلت", "اطلقت", "بثت", "تلت", "كتبت", "وقعت",
                            "اذاعت", "سجلت"})
"""The verbs that issue a document, as they stand before the pronoun («وجهها», «ألقتها»)."""
_REACH = 30
"""How far before the stance verb the document may stand (a title or an occasion between)."""
_GAP = 8
"""How many words may stand between the author's name and a conjoined stance verb."""


def relative_document_author(context: Extraction, words: list[Word], position: int,
                             sentence: Sentence) -> str | None:
    """The entity that issued the document that «فيه»/«فيها» after the stance verb at
    ``position`` resumes, when a relative clause before names it; None otherwise."""
    if position + 1 >= len(words):
        return None
    feminine = words[position + 1].norm in {"فيها", "خلالها"}
    relative = "التي" if feminine else "الذي"
    before = words[position - 1].norm if position > 0 else ""
    again = before in {relative, "و" + relative}
    if not again and not words[position].norm.startswith("و"):
        return None
    for index in range(position - 1, max(-1, position - _REACH - 1), -1):
        author = _author_at(context, words, index, position, relative, feminine, sentence)
        if author is None:
            continue
        holder, after = author
        if again or (after <= position and position - after <= _GAP):
            return holder
        return None
    return None


def _author_at(context: Extraction, words: list[Word], index: int, position: int,
               relative: str, feminine: bool, sentence: Sentence) -> tuple[str, int] | None:
    """«الرسالة [الصوتية] التي وجهها X» at ``index``: the author's entity and the index
    after its words."""
    norm = words[index].norm
    if not norm.startswith("ال"):
        return None
    documents = _FEMININE_DOCUMENTS if feminine else _MASCULINE_DOCUMENTS
    if norm[2:] not in documents:
        return None
    cursor = index + 1
    while cursor < position and cursor - index <= 3 and words[cursor].norm != relative:
        if not words[cursor].norm.startswith("ال") or \
                context.covering_mention(words[cursor].start) is not None:
            return None  # only adjectives («الصوتية», «الرسمي») before the relative
        cursor += 1
    if cursor + 1 >= position or words[cursor].norm != relative:
        return None
    verb = words[cursor + 1].norm
    suffix = "ها" if feminine else "ه"
    if not verb.endswith(suffix) or verb.removesuffix(suffix) not in _ISSUING_STEMS:
        return None
    subjects, after = subject_after(context, words, cursor + 1, sentence)
    if len(subjects) != 1 or context.label(subjects[0].node_id) not in AGENT_LABELS or \
            is_place(context.label(subjects[0].node_id)) or after > position:
        return None
    return subjects[0].node_id, after
