"""A one-word surname of the gazetteer that the next word shows to be a given name.

The gazetteer knows some public figures by one word that is also a common given name
(«صالح» for Ali Abdullah Saleh, «عباس» for Mahmoud Abbas), and it takes that word for
the figure when a title stands before it («الرئيس صالح»). But Gulf news names many
other people with the same word as their given name, after the same titles: «الشيخ
الدكتور صالح اليوسف», «المهندس عباس الغامدي». There the next word is the person's family
name and the title's holder is someone else: the figure's mention makes a wrong speaker
(«علي عبد الله صالح» said what «صالح اليوسف» said). :func:`name_goes_on` says when the
word right after the match, with spaces only between, continues a person's name: a
definite word whose stem is itself a given name («اليوسف», «العبدالله»), a word general
Arabic text seldom uses («الغامدي», «الصماد»: rarer than the nisbas of countries and
the common adjectives, «الفلسطيني», «المخلوع», «الراحل»), or a family nisba of the name
lists only a little more common («القحطاني», «الشهري»), or «أبو» that opens a family name
(«الدكتور صالح أبو عراد»); and no gazetteer adjective
(«الرئيس عباس الفلسطيني» is still the figure).
"""

from __future__ import annotations

from kg.gazetteer.index import AliasKind, name_key
from kg.gazetteer.matcher import Match, MatchResult
from kg.gazetteer.person_words import FUNCTION_WORDS, given_names, is_given, split_word
from kg.ner.features import name_gazetteer, word_usage
from kg.ner.names import person_words

KUNYA_OPENERS = frozenset(name_key("أبو ابو"))
"""«الدكتور صالح أبو عراد»: a family name in «أبو» after a given name."""
RARE_BUCKETS = frozenset({"6", "7", "8"})
"""wordfreq buckets (``kg/resources/ner/usage.tsv``) of words too rare in general text
to be a common adjective after a name: family names are there («غامدي», «صماد»)."""


def _family_word(word: str) -> bool:
    """«اليوسف», «العبدالله», «الغامدي», «القحطاني»: a definite word, no other proclitic,
    that is a given name with the article, a rare word, or a family nisba of the name
    lists a little less rare (not a country's: «الفلسطيني»)."""
    normal, proclitics, stem = split_word(word)
    if proclitics != "ال" or not stem.isalpha() or normal in FUNCTION_WORDS:
        return False
    if stem in given_names() or is_given(stem):
        return True
    usage = word_usage().get(stem)
    if usage is None or usage[0] in RARE_BUCKETS:
        return True
    return usage[0] == "5" and stem.endswith("ي") and stem in person_words() and \
        stem[:-1] not in name_gazetteer().nationality_roots


def name_goes_on(match: Match, result: MatchResult, following: Match | None) -> bool:
    """Whether the word right after ``match`` (spaces only between) continues a person's
    name, so that the one-word match is a given name, not the gazetteer's figure (see the
    module docstring). ``following`` is the next gazetteer match, if any."""
    after = match.last_word
    if after >= len(result.word_texts) or result.gap(after - 1, after).strip(" ") != "":
        return False
    if following is not None and following.first_word == after and \
            any(ref.kind is AliasKind.ADJECTIVE for ref in following.refs):
        return False
    word = result.word_texts[after]
    return split_word(word)[0] in KUNYA_OPENERS or _family_word(word)
