"""Football clubs the tagger leaves untagged or takes for a place or a person.

Sports news names a club by one word that is also a common noun or a place: «الهلال»
(the crescent), «الاتحاد» (a union), «العين» (the eye, a city), «النصر» (victory),
«أحد» (one). The tagger knows few of them in this use. A club is an organisation
(players are its members, a president leads it), so a missed club loses facts and a
club read as a place or a person makes wrong ones. Three rules run on the IOB2 tags of
a whole document, after the name repairs of :mod:`kg.ner.cues`:

- a *listed club word* (:data:`CLUB_WORDS`) right after a strong football cue
  («نادي», «فريق», «لاعب», «مدرب», «مرمى», «جماهير», «مشجعو»: :data:`STRONG_CUES`) or
  followed by a masculine nationality adjective («العين الإماراتي», «النصر السعودي»; not
  a common noun, :data:`NOUN_CLUBS`: «الاتحاد السعودي» is also the federation) is a
  club. A *match cue*
  («لقاء», «مباراة», «مواجهة», «تشكيلة»: :data:`MATCH_CUES`) counts only in a document
  where a strong cue already found a club;
- a club whose *fans' or team's nisba* stands in the document («الهلاليين»,
  «النصراويين», «الفريق الاتحادي») is a club of that document too;
- a club of the document (found so) is a club again where it stands bare (an article and
  at most «و/ف/ب/ل» before it) and is not followed by another definite word
  (:func:`_bare_use`; a club coordinated after it aside, «الخليج والاتحاد»): «الهلال
  الأحمر», «الاتحاد الأوروبي», «العين المجردة» stay out. Where the tagger read it as a
  lone place («استضاف الخليج شقيقه الشباب»), it is the club too, unless a locative, a
  place's noun or a region's construct head stands before it («في العين», «كأس الخليج»,
  «دول الخليج»: :func:`_place_context`).
  A place that is also a club («الخور», «نجران») is never taken so.
- a listed foreign club whose name is never a common word («يوفنتوس», «تشيلسي»,
  «ريال مدريد»: :data:`FOREIGN_CLUBS`) is a club anywhere; «ريال» alone (the riyal) is not.

Two more rules: a newspaper named after «صحيفة» or «جريدة» («بصحيفة الوئام», «صحيفة
"سبق"») is a MediaOrganization (:func:`_papers`), and «دوري» before a name the tagger took
for a person («دوري عبداللطيف جميل», a sponsor's name) is a league, Misc (:func:`_leagues`).

Only untagged words are tagged, except that a lone word the tagger read as a place, a
person or Misc is retyped when a cue or the foreign list names it a club.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kg.gazetteer.person_words import split_word as _split_word
from kg.ner.conll import chunks


@lru_cache(maxsize=65536)
def split_word(word: str) -> tuple[str, str, str]:
    """:func:`kg.gazetteer.person_words.split_word`, remembered (words recur)."""
    return _split_word(word)


def _stems(text: str) -> frozenset[str]:
    return frozenset(split_word(word)[0] for word in text.split())


def _definite_stems(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` with the article."""
    return frozenset(split_word("ال" + word)[2] for word in text.split())


CLUB_WORDS = _definite_stems("""
    هلال نصر اتحاد أهلي عين جزيرة وحدة فتح رائد تعاون فيصلي قادسية اتفاق خليج عروبة
    شعلة وصل سد ريان عربي غرافة خور زمالك إسماعيلي ترجي وداد مريخ رجاء شارقة
    """)
"""Clubs of the Gulf and of Arab leagues named by a definite word that is also a common
noun or a place; they need a cue. «الشباب» (youth: «فريق الشباب») is
:data:`CLUB_NOUN_CLUBS`."""

CLUB_NOUN_CLUBS = _definite_stems("شباب")
"""Clubs named by a word that a team or a player also describes («فريق الشباب», «لاعب
الشباب», youth): a club only right after «نادي», never taken again bare."""

CLUB_NOUNS = _stems("نادي ناديي")

BARE_CLUBS = _stems("""
    أحد هجر برشلونة ليفربول إشبيلية اشبيلية فالنسيا دورتموند ميلان روما نابولي موناكو بورتو
    """)
"""Clubs named without the article by a word that is also something else: a pronoun, a
region («فريق أحد», «فريق هجر») or their city («لاعب برشلونة», «مرمى ليفربول»; «من
أشبيلية وقرطبة» is the city): cue only, never taken again bare."""

NOUN_CLUBS = _definite_stems("""
    اتحاد اتفاق تعاون فتح رائد وحدة خليج رجاء سد عربي جزيرة
    """)
"""Clubs named by a common noun that a nationality adjective also follows in news of
politics: «الاتحاد السعودي» (the federation), «للاتفاق السعودي مع روسيا» (an agreement),
«الخليج العربي»: their cue is never the adjective."""

PLACE_CLUBS = _definite_stems("خور شارقة")
"""Clubs named after their town: cue only, a bare mention may be the place."""

FOREIGN_CLUBS: tuple[tuple[str, ...], ...] = tuple(
    tuple(split_word(word)[0] for word in name.split()) for name in """
    يوفنتوس|اليوفي|تشيلسي|فيورنتينا|البارسا|ريال مدريد|أتلتيكو مدريد|مانشستر يونايتد|
    مانشستر سيتي|أرسنال|آرسنال|توتنهام|إيفرتون|بايرن ميونخ|بايرن ميونيخ|
    بوروسيا دورتموند|باريس سان جيرمان|إنتر ميلان|الإنتر|لاتسيو|بنفيكا|أياكس|سبورتنغ لشبونة|
    باوك|شالكه
    """.replace("\n", "").split("|") if name.strip())
"""Foreign clubs whose name is no common word nor, in Arabic news, a place (not «برشلونة»,
«روما», «موناكو»: cities or a state, :data:`BARE_CLUBS`)."""

_FOREIGN_FIRST = frozenset(name[0] for name in FOREIGN_CLUBS)

STRONG_CUES = _stems("""
    نادي فريق لاعب لاعبو لاعبي لاعبا مدرب مدربا مرمى شباك جماهير جمهور مشجعو مشجعي عشاق
    """)
MATCH_CUES = _stems("""
    لقاء مباراة مواجهة تشكيلة ضد أمام شقيقه ضيفه مستضيفه مضيفه نظيره منافسه
    """)
"""Words before a club's word in a match report: the match («لقاء الهلال») or the other
side of it («استضاف الخليج شقيقه الشباب», «كسب ضيفه الفيصلي», «يلتقي نظيره النصر», «مباراته
أمام الفتح»).
They name a club only in a document that names one by a strong cue."""
FIXTURE_MARKS = frozenset("×")
"""The sign between two sides in a fixture line («الخليج × الشباب»): a strong cue for
the words on both sides of it."""

NATIONALITIES = _stems("""
    السعودي الإماراتي الاماراتي القطري الكويتي المصري البحريني العماني الأردني التونسي
    المغربي الجزائري الليبي العراقي السوداني اللبناني السوري
    """)

TEAM_NOUNS = _stems("الفريق النادي")
OTHER_HEADS = _stems("طيران خطوط مطار شركة بنك مصرف جامعة مستشفى")
"""Before a club's word, the head of another body's name: «طيران الاتحاد» (the airline),
«البنك الأهلي»."""
_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_ARTICLE_PROCLITICS = frozenset({"ال", "وال", "فال", "بال", "لال", "وبال", "ولال", "فلال"})
_RETYPED = frozenset({"LOC", "PERS", "MISC", "ORG"})
"""Lone tags a cued club retypes; a lone ORG too, so that a club the gazetteer reads as
a place is known a club (:mod:`kg.ner.club_places`)."""

MEDIA_TAG = "MEDIA"
"""The tag type of a newspaper named after «صحيفة»: an ``ORG`` of class MediaOrganization."""

PAPER_NOUNS = _stems("صحيفة جريدة صحيفتي")
_QUOTES = frozenset('"«“(')
_CLOSING = frozenset('"»”)')
LEAGUE_NOUNS = _stems("دوري")

CLUB_TAG = "CLUB"
"""The tag type of a club: an ``ORG`` whose class is Organization whatever the tagger's
names say («الاتحاد» is also a newspaper, MediaOrganization)."""


def _club(word: str) -> str | None:
    """The club a word names (its stem), with at most a conjunction and a preposition."""
    normal, proclitics, stem = split_word(word)
    if stem in CLUB_WORDS and proclitics in _ARTICLE_PROCLITICS:
        return stem
    if normal in BARE_CLUBS:
        return normal
    if proclitics in _PROCLITICS and proclitics and len(stem) > 3 and stem in BARE_CLUBS:
        return stem  # «وبرشلونة», not «واحد»
    if stem in CLUB_NOUN_CLUBS and proclitics in _ARTICLE_PROCLITICS:
        return stem
    return None


def _cue(word: str) -> bool:
    normal, proclitics, stem = split_word(word)
    return normal in STRONG_CUES or (proclitics in _PROCLITICS and stem in STRONG_CUES)


def _match_cue(word: str) -> bool:
    normal, proclitics, stem = split_word(word)
    return normal in MATCH_CUES or (proclitics in _PROCLITICS and stem in MATCH_CUES)


def _nisba_club(words: Sequence[str], index: int) -> str | None:
    """The club of a fans' nisba («الهلاليين») or a team's nisba after «الفريق»."""
    _, proclitics, stem = split_word(words[index])
    if proclitics not in _ARTICLE_PROCLITICS:
        return None
    for ending in ("اويين", "اويون", "يين", "يون"):
        if stem.endswith(ending) and stem[: -len(ending)] in CLUB_WORDS:
            return stem[: -len(ending)]
    if index and split_word(words[index - 1])[0] in TEAM_NOUNS:
        for ending in ("اوي", "ي"):
            if stem.endswith(ending) and stem[: -len(ending)] in CLUB_WORDS:
                return stem[: -len(ending)]
    return None


def _free(tags: Sequence[str], index: int) -> bool:
    """Untagged, or a lone word of a kind a club is retyped from."""
    tag = tags[index]
    if tag == "O":
        return True
    return tag.startswith("B-") and tag[2:] in _RETYPED and \
        (index + 1 >= len(tags) or not tags[index + 1].startswith("I-"))


def _bare_use(words: Sequence[str], index: int) -> bool:
    """Not followed by another definite word (a nationality adjective aside, and a club
    coordinated with it: «الخليج والاتحاد»)."""
    if index + 1 >= len(words):
        return True
    following = split_word(words[index + 1])
    return not following[1].endswith("ال") or following[0] in NATIONALITIES or \
        (following[1] == "وال" and following[2] in CLUB_WORDS)


PLACE_HEADS = _stems("""
    في إلى الى من داخل قرب بين عبر نحو مدينة منطقة محافظة دول دولة كأس بطولة مياه سواحل
    شواطئ شمال جنوب شرق غرب وسط أندية منتخبات منتخب خليجي أبناء شعوب أمن
    """)
"""Words before a club's word that make it the place it is also named after: a
locative («في العين»), a place's noun («مدينة العين»), or a construct head of the
region («كأس الخليج», «دول الخليج», «أندية الخليج», «منتخبات الخليج»)."""


def _lone_place(tags: Sequence[str], index: int) -> bool:
    """A lone word the tagger read as a place (``B-LOC`` with no ``I-`` after it)."""
    return tags[index] == "B-LOC" and \
        (index + 1 >= len(tags) or not tags[index + 1].startswith("I-"))


def _place_context(words: Sequence[str], index: int) -> bool:
    """Whether the word at ``index`` reads as the place here: a glued «ب» («بالعين»), or a
    locative, a place's noun or a region's construct head before it (:data:`PLACE_HEADS`)."""
    if "ب" in split_word(words[index])[1]:
        return True
    if not index:
        return False
    normal, _, stem = split_word(words[index - 1])
    return normal in PLACE_HEADS or stem in PLACE_HEADS


def _foreign_at(words: Sequence[str], index: int) -> int:
    """The length of a foreign club's name at ``index``, or 0."""
    first = split_word(words[index])[0]
    if first not in _FOREIGN_FIRST and first[1:] not in _FOREIGN_FIRST:
        return 0
    for name in FOREIGN_CLUBS:
        end = index + len(name)
        if end > len(words):
            continue
        found = [split_word(word)[0] for word in words[index:end]]
        if found[0].startswith("و") and found[0][1:] == name[0]:
            found[0] = name[0]
        if tuple(found) == name:
            return len(name)
    return 0


def club_names(sentences: Sequence[Sequence[str]],
               tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """The tags of a document with its clubs tagged :data:`CLUB_TAG` (see the module)."""
    result = [list(sentence_tags) for sentence_tags in tags]
    cued: list[tuple[int, int, str]] = []
    matched: list[tuple[int, int, str]] = []
    nisba_clubs: set[str] = set()
    for s, words in enumerate(sentences):
        for i, word in enumerate(words):
            nisba = _nisba_club(words, i)
            if nisba:
                nisba_clubs.add(nisba)
            club = _club(word)
            if club is None:
                continue
            previous = words[i - 1] if i else ""
            following = split_word(words[i + 1])[0] if i + 1 < len(words) else ""
            fixture = (i and words[i - 1].strip() in FIXTURE_MARKS) or \
                (i + 1 < len(words) and words[i + 1].strip() in FIXTURE_MARKS)
            if fixture:
                cued.append((s, i, club))  # «الخليج × الشباب»
            elif club in CLUB_NOUN_CLUBS:
                if split_word(previous)[2] in CLUB_NOUNS:
                    cued.append((s, i, club))
            elif _cue(previous) or (club not in NOUN_CLUBS and following in NATIONALITIES):
                cued.append((s, i, club))
            elif _match_cue(previous):
                matched.append((s, i, club))
    if cued:
        cued += matched
    clubs = ({club for _, _, club in cued} | nisba_clubs) - PLACE_CLUBS - BARE_CLUBS - \
        CLUB_NOUN_CLUBS
    for s, i, _ in cued:
        if _free(result[s], i):
            _tag(result[s], i, 1)
    for s, words in enumerate(sentences):
        for i, word in enumerate(words):
            length = _foreign_at(words, i)
            if (length and all(tag == "O" for tag in result[s][i:i + length])) or \
                    (length == 1 and _free(result[s], i)):
                _tag(result[s], i, length)
                continue
            club = _club(word)
            if club in clubs and _bare_use(words, i) and \
                    not (i and split_word(words[i - 1])[2] in OTHER_HEADS) and \
                    (result[s][i] == "O" or (_lone_place(result[s], i) and
                                             not _place_context(words, i))):
                _tag(result[s], i, 1)
    for s, words in enumerate(sentences):
        _papers(words, result[s])
        _leagues(words, result[s])
    return result


def _papers(words: Sequence[str], tags: list[str]) -> None:
    """A newspaper's name after «صحيفة/جريدة»: one definite word that is no adjective
    («بصحيفة الوئام», «صحيفة الحياة اليومية»; not «لصحيفة الإلكترونية»), or up to three
    words in quotes («صحيفة "أنحاء"»), untagged or one word of any kind."""
    for i, word in enumerate(words[:-1]):
        normal, proclitics, stem = split_word(word)
        if not (normal in PAPER_NOUNS or (proclitics in _PROCLITICS and stem in PAPER_NOUNS)):
            continue
        start = i + 1
        if words[start] in _QUOTES:
            start += 1
            end = start
            while end < len(words) and end - start < 3 and words[end] not in _CLOSING:
                end += 1
            if end == start or end >= len(words) or words[end] not in _CLOSING:
                continue
        else:
            name, article, _ = split_word(words[start])
            if article != "ال" or name.endswith("يه") or name in NATIONALITIES:
                continue
            end = start + 1
        lone = end - start == 1 and tags[start].startswith("B-") and \
            (end >= len(tags) or not tags[end].startswith("I-"))
        if all(tag == "O" for tag in tags[start:end]) or lone:
            _tag(tags, start, end - start, MEDIA_TAG)


def _leagues(words: Sequence[str], tags: list[str]) -> None:
    """«دوري» before a sponsor's name the tagger took for a person («دوري عبداللطيف جميل»)
    is a league: the span from «دوري» is Misc."""
    for start, end in [(a, b) for kind, a, b in chunks(tags) if kind == "PERS"]:
        if start and split_word(words[start - 1])[0] in LEAGUE_NOUNS and tags[start - 1] == "O":
            _tag(tags, start - 1, end - start + 1, "MISC")


def _tag(tags: list[str], index: int, length: int, kind: str = CLUB_TAG) -> None:
    tags[index:index + length] = ["B-" + kind] + ["I-" + kind] * (length - 1)
    end = index + length
    if end < len(tags) and tags[end].startswith("I-"):
        tags[end] = "B-" + tags[end][2:]
