"""A photo credit inside a statement ends it: «... كي تتابع عدوانها (الفرنسية) كما دعا ...».

Web news pages keep the caption of a photo in the running text, closed by the agency that
took it in brackets: «(الفرنسية)», «(رويترز)», «(الجزيرة)», «(أسوشيتد برس)». What follows
the credit is the next caption or the article's next sentence, never more of what the
speaker said (fresh news, session 44: «السنيورة قال إن واشنطن أعطت فرصة لإسرائيل (الفرنسية)
كما دعا مندوب فرنسا ...» gave the envoy's appeal to the prime minister). An indirect
statement ends right before the credit.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"\(\s*(?:ال)?(?:فرنسية|رويترز|جزيرة(?: نت)?|أوروبية|أسوشيتد برس|أسوشيتدبرس|أناضول"
    r"|أ ?ف ?ب|أ\. ?ف\. ?ب|إيه بي|أ ب|د ب أ|رويترز-أرشيف|الفرنسية-أرشيف|AFP|AP|EPA"
    r"|أرشيف)"  # a photo from the archive with no agency named («... النور (أرشيف) دعا»)
    r"(?:\s*-\s*أرشيف)?\s*\)")


def credit_start(text: str, start: int, end: int) -> int:
    """The offset of the first photo credit in ``text[start:end]``, or ``end``."""
    found = _CREDIT.search(text, start, end)
    return found.start() if found is not None else end
