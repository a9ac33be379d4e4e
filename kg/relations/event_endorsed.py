"""An agreement that a body approves, ratifies or refers is a deal made before: no event.

«وافق مجلس الأمن الدولي أمس على اتفاق يحد من برنامج إيران النووي», «أحالت إدارة الرئيس
الأمريكي باراك أوباما اتفاق إيران النووي إلى الكونغرس», «صوت البرلمان على الاتفاقية», «أعطى
المجلس الضوء الأخضر للاتفاق»: the news is the approval, the vote or the referral (a stance
or a deed of its own), and the deal is its object, made earlier; the agreement noun names
no agreement reached that day (the article tells that elsewhere: «الاتفاق الذي أبرم في
فيينا»). The verb of approving or referring stands a few words before the noun in its
clause, with only its subject, a time word or «على» between (no other event word, relative
pronoun or «أن»). A relative clause right after the noun tells the deal's making («على
الاتفاق الذي توصلت إليه الدول الست», «على الاتفاق النووي المبرم بين إيران والقوى الكبرى»):
that keeps it an event.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_made_deals import made_participle
from kg.relations.index import Word
from kg.relations.lexicon import RELATIVE_PRONOUNS, find_event

_APPROVING = frozenset({
    "صادق", "صادقت", "يصادق", "تصادق", "وافق", "وافقت", "يوافق", "اقر", "اقرت", "يقر", "تقر",
    "احال", "احالت", "يحيل", "تحيل", "صوت", "صوتت", "يصوت", "تصوت", "المصادقه", "مصادقه",
    "اقرار", "احاله", "التصويت", "تصويت", "يناقش", "ناقش", "ناقشت", "مراجعه", "يراجع",
    # sending the deal to a body («بعد إرساله اتفاق إيران النووي إلى مجلس الأمن»)
    "ارسل", "ارسلت", "يرسل", "ترسل", "ارسال", "ارساله", "ارسالها", "ارسالهم",
})
"""Verbs and verbal nouns of approving, ratifying, voting on, referring, sending or reviewing a
deal."""
_REACH = 8
_TOLD = 4
"""How far after the noun a relative pronoun may open the clause of its making («الاتفاق
النووي الإيراني الذي»)."""
_THAT = frozenset({"ان", "بان", "وان", "انه", "انها"})


def endorsed_deal(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` is the object of a verb of approving
    or referring a few words before it in its clause, and no relative clause after it tells
    how it was made («وصادق المجلس على الاتفاق الذي توصلت إليه الدول الست»: the agreement is
    told as reached, and is kept)."""
    if any(word.norm in RELATIVE_PRONOUNS for word in words[position + 1:position + 1 + _TOLD]) \
            or made_participle(context, words, position):
        return False  # «على الاتفاق الذي توصلت إليه», «على الاتفاق النووي المبرم بين»
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or \
                word.norm in RELATIVE_PRONOUNS or word.norm in _THAT:
            return False
        if word.has(_APPROVING) or (word.norm == "الاخضر" and index > 0 and
                                    words[index - 1].norm == "الضوء"):
            return True  # «أعطى مجلس الأمن الضوء الأخضر أمس للاتفاق»: approved
        if find_event(word.norm) is not None:
            return False
    return False
