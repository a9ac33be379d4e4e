"""A name in the genitive of a relational noun is the principal's, not the subject's.

«مستشار الملك», «نائب الرئيس», «مدير مكتب الأمير», «مركز الملك سلمان»: the name after such
a noun (with the principal's honorific between) is its genitive, so it names the one the
subject serves or the thing is named for, never the subject. The subject phrase may name its
own holder after a second title: «وجه مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة
خالد الفيصل الشرطة بـ ...» is said and done by «خالد الفيصل», not by the king, and
:func:`genitive_principal` tells the readers of a title's holder (:mod:`kg.relations.speaker_after`,
:func:`kg.relations.arguments.subject_after`) to pass such a name by; :func:`second_title_after`
says whether a second title follows it, so that the holder may still be named.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.construct_principals import principal_after_office
from kg.relations.context import Extraction
from kg.relations.lexicon import HONORIFICS
from kg.relations.role_words import is_title_head

CONSTRUCT_HEADS = frozenset({
    "مركز", "مؤسسه", "جامعه", "مدينه", "مستشفي", "جائزه", "برنامج", "مكتب", "صندوق", "معهد",
    "كليه", "قاعه", "شارع", "مطار", "ميناء", "مجمع", "مشروع", "حمله", "ابن", "نجل", "شقيق", "زوجه",
    "نائب", "مستشار", "مستشاره", "مبعوث", "ممثل", "مندوب", "وكيل", "مساعد", "امين", "مدير",
    "ديوان", "مجلس", "قصر", "عهد",
})
"""Nouns whose following name is their genitive («مركز الملك سلمان», «مستشار الملك»)."""


def genitive_principal(context: Extraction, mention: Mention) -> bool:
    """Whether a name is the genitive of a noun before it («مركز الملك سلمان»)."""
    word = context.word_at(mention.start)
    if word is None:
        return False
    if word.index >= 2 and principal_after_office(context, context.words, word.index) and \
            context.words[word.index - 2].sentence_index == word.sentence_index:
        return True  # «وقال وزير خارجية بوش الأب جيمس بيكر»: Bush's minister, not Bush
    index = word.index - 1
    while index >= 0 and context.words[index].norm in HONORIFICS:
        index -= 1
    if index < 0 or context.words[index].sentence_index != word.sentence_index:
        return False
    prefix, rest = context.words[index].readings()[-1]
    return rest in CONSTRUCT_HEADS and not prefix.endswith("ال")


def second_title_after(context: Extraction, mention: Mention) -> bool:
    """«مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة خالد الفيصل»: a title head
    right after the principal's name, in the same clause, opens the subject's own title."""
    last = context.word_at(mention.end - 1)
    if last is None or last.index + 1 >= len(context.words):
        return False
    following = context.words[last.index + 1]
    return following.sentence_index == last.sentence_index and \
        not context.boundary_between(last, following) and is_title_head(following)
