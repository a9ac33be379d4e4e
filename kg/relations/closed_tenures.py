"""A title followed by the years it was held: a post held before, not now.

«الأمير X، السفير السعودي في واشنطن (بين العامين 1981 و2005) ورئيس الاستخبارات الأسبق»:
the years in brackets right after the title close its tenure, as «السابق» would, but the
title's own words say nothing of it. Written as it stands the position would read as held
now, and a name with «السابق» would put words in the text's mouth; the title is left out.
"""

from __future__ import annotations

import re

_REACH = 60
"""Characters the bracket may hold, and the words before it («في واشنطن») may take."""
_CLOSED_RANGE = re.compile(rf"[^،,.;؛:()«»\"]{{0,{_REACH}}}?\(([^()]{{0,{_REACH}}})\)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def closed_tenure(text: str, end: int) -> bool:
    """Whether a bracket after offset ``end`` (the title's last word), with no comma or
    other mark before it, holds two years: «(بين العامين 1981 و2005)», «(1998-2004)»."""
    bracket = _CLOSED_RANGE.match(text, end)
    return bracket is not None and len(_YEAR.findall(bracket.group(1))) >= 2
