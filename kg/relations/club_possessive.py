"""A player's own club named with «فريقه» or «ناديه»: ``memberOf`` the club.

- «أكد المهاجم X رغبته في البقاء مع فريقه ليون», «استهل X عودته إلى صفوف فريقه بوكا
  جونيورز», «وسجل X هدفين لفريقه برشلونة»: «فريقه» (or «ناديه») right followed by a
  club's name is the club of the person the sentence names before it (the last person
  named before «فريقه», with no other person between).

Not when the person holds a title in the article («وقال المدرب X إن فريقه الهلال ...»:
a coach is no member), nor a club he leaves or left («رحيله عن فريقه بورتو», «انتقاله
من فريقه», «فريقه السابق»).
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FORMER
from kg.relations.mention_relations import mention_relation
from kg.relations.rules import Rule

_OWN_CLUB = frozenset({"فريقه", "ناديه"})
_LEAVING = frozenset({"عن", "من"})
"""The preposition before «فريقه» of a club left: «رحيله عن فريقه», «خروجه من ناديه»."""
_FORMER = FORMER | {"سابقا", "الاسبق"}


def extract_sentence(context: Extraction, sentence: Sentence, words: list[Word]) -> None:
    """Every «فريقه CLUB» of the sentence, with the player named before it."""
    text = context.doc.text[sentence.start:sentence.end]
    if not any(own in text for own in _OWN_CLUB):
        return  # a cheap look first: most sentences name no one's club
    for index, word in enumerate(words):
        if not word.has(_OWN_CLUB) or (index > 0 and words[index - 1].norm in _LEAVING):
            continue
        club = context.mention_starting_in(words[index + 1]) if index + 1 < len(words) \
            else None
        if club is None or club.label != "Organization" or not club.entity_id or \
                context.doc.text[word.end:club.start].strip() or _former(context, club):
            continue
        player = _player_before(context, sentence, word)
        if player is not None:
            mention_relation(context, sentence, "memberOf", player, club, Rule.PLAYER, 0.7)


def _former(context: Extraction, club: Mention) -> bool:
    after = context.words_between(club.end, club.end + 20)
    return bool(after) and after[0].norm in _FORMER


def _player_before(context: Extraction, sentence: Sentence, word: Word) -> Mention | None:
    """The last person named before «فريقه» in the sentence, if he holds no title."""
    people = [m for m in context.mentions_between(sentence.start, word.start)
              if m.label == "Person" and m.entity_id]
    if not people:
        return None
    person = people[-1]
    if any(role.person_id == person.entity_id for role in context.roles):
        return None
    return person
