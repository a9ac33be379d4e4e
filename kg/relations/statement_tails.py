"""Where an indirect statement gives way to the narrator after a comma.

An indirect statement («أكد X أن ...») runs to the sentence end unless something ends it
(:mod:`kg.relations.statement_content`). Four kinds of phrase after a comma are the
narrator's, never more of what was said:

- the speaker's next act told as a circumstantial participle of praise, appeal, warning,
  condemnation, thanks or wish: «أكد الوزير أن المشروع تأخر، مطالبا بمحاسبة المقصرين»,
  «، مشيدا بالدور الذي ...», «، داعيا الجميع إلى ...» (the participles of saying proper,
  «مضيفا», «مشيرا», are verbs of saying and end it already);
- the news source closing the sentence: «قالت الوزارة إن اللوحة متهدمة، حسب «رويترز»»,
  «، وفقا لوكالة الأنباء الفرنسية» (only a short tag that runs to the sentence end:
  «، وفقا للخطة، خلال عامين» inside the statement is left alone);
- a narrator's change of topic: «...، من جهة أخرى علمت الصحيفة أن ...», «، على صعيد آخر»,
  «، في سياق آخر»: a new item of news, whose full stop the writer left out. A verb of
  saying right after it («، من جانب آخر يشير إلى ...») is the same speaker's next point,
  told on: the statement is left as it was;
- the narrator's aside «، علما بأن ...» («given that»), a fact added for the reader: «قال إنه
  يبقى مرشحا للفوز بميدالية، علما بأن كلا منهما فاز بميدالية فضية في 2002» (fresh news,
  session 44).

And it never runs into the web page's footer glued to the last sentence: the protected
e-mail placeholder and the link to the article («... على البريد الإلكتروني [email protected]
/* */ رابط الخبر بصحيفة الوئام: ...»), which repeats the headline.
"""

from __future__ import annotations

import re

from kg.relations.index import Word
from kg.relations.lexicon import find_reporting
from kg.text.normalize import normalize_key


def _keys(*words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words)


_ACT_PARTICIPLES = _keys(
    "مشيدا", "مشيدة", "مشيدين", "مثمنا", "مثمنة", "منوها", "منوهة", "مثنيا", "مثنية",
    "مطالبا", "مطالبة", "مطالبين", "داعيا", "داعية", "داعين", "مناشدا", "مناشدة", "حاثا",
    "محذرا", "محذرة", "محذرين", "منددا", "منددة", "مستنكرا", "مستنكرة", "معربا", "معربة",
    "معربين", "مبديا", "مبدية", "متمنيا", "متمنية", "متمنين", "شاكرا", "شاكرة", "مهنئا",
    "مهنئة", "مرحبا", "مرحبة")
"""«، مطالبا بـ», «، مشيدا بـ», «، معربا عن»: the speaker's next act, in the accusative."""
_SOURCE_WORDS = _keys("حسب", "بحسب", "وحسب", "وفق", "وفقا", "طبقا", "نقلا")
"""«، حسب «رويترز»», «، وفقا لوكالة ...», «، نقلا عن ...»: the narrator's source."""
_ASIDES = _keys("علما")
_ASIDE_THAT = _keys("بأن", "بأنه", "بأنها", "أن", "أنه", "أنها")
"""«، علما بأن ...»: the narrator's aside."""
_SOURCE_TAG_WORDS = 5
"""A source tag at the sentence end is short: the source word and a name."""
_TOPIC_SHIFTS = frozenset({
    (normalize_key(first), normalize_key(second)) for first, second in (
        ("من", "جهة"), ("من", "ناحية"), ("من", "جانب"), ("على", "صعيد"), ("على", "جانب"),
        ("في", "سياق"))})
_SHIFT_OTHER = _keys("أخرى", "آخر", "اخر", "اخري", "منفصل", "متصل")
"""«من جهة أخرى», «على صعيد آخر», «في سياق منفصل»: the pair and its adjective."""


def narrator_after_comma(words: list[Word], index: int) -> bool:
    """Whether the words from ``words[index]`` (the first after a comma) are the
    narrator's: a participle of the speaker's next act, a source tag closing the sentence,
    or a change of topic."""
    word = words[index]
    if word.norm in _ACT_PARTICIPLES or word.bare() in _ACT_PARTICIPLES:
        return True
    if word.norm in _SOURCE_WORDS and len(words) - index <= _SOURCE_TAG_WORDS:
        return True
    if word.norm in _ASIDES and index + 1 < len(words) and words[index + 1].norm in _ASIDE_THAT:
        return True
    return index + 2 < len(words) and (word.norm, words[index + 1].norm) in _TOPIC_SHIFTS \
        and words[index + 2].norm in _SHIFT_OTHER and not (
            index + 3 < len(words) and find_reporting(words[index + 3].norm) is not None)


_FOOTER = re.compile(r"\[email|/\*|و?رابط (?:الخبر|المقال|التقرير)")
"""The page footer: a protected e-mail placeholder, a script comment, the article's link."""


def footer_start(text: str, start: int, end: int) -> int:
    """The offset where a page footer opens between ``start`` and ``end``, or ``end``."""
    found = _FOOTER.search(text, start, end)
    return found.start() if found is not None else end
