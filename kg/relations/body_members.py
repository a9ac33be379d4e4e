"""A member of a body named in construct with «عضو»: ``memberOf`` the body.

- «وقال عضو مجلس الشورى محمد القحطاني», «قدم عضو شرف نادي الفتح سلمان العليوي»,
  «جدد عضو اللقاء الديموقراطي وزير الصحة اللبناني وائل أبو فاعور»: «عضو» (or «عضو
  شرف») right before a body's name, then the person's name, past honorifics or his
  other titles only, makes the person ``memberOf`` the body.
- «وقال محمد القحطاني عضو مجلس الشورى», «محمد القحطاني، عضو الشرف بنادي الفتح»: the
  same after the name (right after it, or after a comma).

The body is an organisation, never a country («عضو الكونغرس الأمريكي»: the congress,
not the United States). Not a former member («عضو مجلس الشورى السابق X», «العضو
السابق في»), nor the member of a body's board or committee («عضو مجلس إدارة نادي
الفتح X»): the body must be named right after «عضو».
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Word
from kg.relations.lexicon import FORMER
from kg.relations.mention_relations import mention_relation
from kg.relations.role_words import is_name_honorific, is_title_head
from kg.relations.rules import Rule

_MEMBER = frozenset({"عضو", "عضوه"})
_HONORARY = frozenset({"شرف", "الشرف", "في", "ب", "بال"})
"""What may stand between «عضو» and the body: «عضو شرف نادي الفتح», «عضو الشرف
بنادي الفتح», «العضو في مجلس الشورى»."""
_FORMER = FORMER | {"سابق", "سابقا", "الاسبق"}
_BODY_LABELS = ORGANIZATION_LABELS - {"Country"}
_MARKS = ".؟!:؛«»\"“”()"
_TITLE_REACH = 6
"""The most words of other titles and honorifics between the body and the name."""


def extract_sentence(context: Extraction, sentence: Sentence, words: list[Word]) -> None:
    """Every «عضو BODY» of the sentence and the person it belongs to."""
    if context.doc.text.find("عضو", sentence.start, sentence.end) < 0:  # (no copy)
        return  # a cheap look first: most sentences name no member
    for index, word in enumerate(words):
        if not word.has(_MEMBER):
            continue
        body = _body_after(context, words, index)
        if body is None or _former(context, words, index, body):
            continue
        person = _name_after(context, sentence, body) or _name_before(context, sentence, word)
        if person is not None and person.entity_id != body.entity_id:
            mention_relation(context, sentence, "memberOf", person, body,
                             Rule.MEMBERSHIP_TITLE, 0.7)



def _body_after(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """The body named right after «عضو» (past «شرف», «في»), if any."""
    for following in words[index + 1:index + 3]:
        mention = context.mention_starting_in(following)
        if mention is not None:
            if mention.label in _BODY_LABELS and mention.entity_id:
                return mention
            return None
        if following.norm not in _HONORARY:
            return None
    return None


def _former(context: Extraction, words: list[Word], index: int, body: Mention) -> bool:
    """«العضو السابق في مجلس الشورى», «عضو مجلس الشورى السابق»."""
    after = context.words_between(body.end, body.end + 20)
    return any(w.norm in _FORMER for w in words[index + 1:index + 2] + after[:1])


def _name_before(context: Extraction, sentence: Sentence, word: Word) -> Mention | None:
    """«محمد القحطاني عضو مجلس الشورى», «محمد القحطاني، عضو»: the name right before."""
    people = [m for m in context.mentions_between(max(sentence.start, word.start - 60),
                                                  word.start) if m.end <= word.start]
    if not people or people[-1].label != "Person" or not people[-1].entity_id:
        return None
    gap = context.doc.text[people[-1].end:word.start].strip()
    return people[-1] if gap in {"", "،", ","} else None


def _name_after(context: Extraction, sentence: Sentence, body: Mention) -> Mention | None:
    """The person named after the body, past honorifics and his other titles only."""
    following = [m for m in context.mentions_between(body.end, sentence.end)
                 if m.start >= body.end]
    person = next((m for m in following if m.label == "Person"), None)
    if person is None or not person.entity_id or any(
            m.label != "Country" for m in following if m.end <= person.start):
        return None  # only a nisba between: «وزير الصحة اللبناني X»
    if any(mark in context.doc.text[body.end:person.start] for mark in _MARKS + "،,"):
        return None
    gap = context.words_between(body.end, person.start)
    if len(gap) > _TITLE_REACH:
        return None
    if not gap or is_title_head(gap[0]) or all(
            is_name_honorific(gap, i) for i in range(len(gap))):
        return person
    return None
