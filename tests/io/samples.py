"""Real Arabic (and one French) sample texts and paths shared by the reader tests."""

from __future__ import annotations

from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
FIXTURES = Path(__file__).parent / "data"

HEADLINE = "الأمم المتحدة تدعو إلى هدنة إنسانية في الحديدة"
DATELINE = "عدن – سامي الحكيم – أ ف ب"
ARABIC_ARTICLE = (
    f"{HEADLINE}\n\n{DATELINE}\n\n"
    "دعا المبعوث الأممي إلى اليمن أطراف النزاع إلى الالتزام بهدنة إنسانية في مدينة الحديدة.\n\n"
    " وقال في مؤتمر صحافي عقده في عمّان إن «الأمم المتحدة مستعدة للإشراف على الميناء».\n"
)
FRENCH_ARTICLE = (
    "Le président français a déclaré jeudi à Paris que la coalition internationale "
    "poursuivrait ses opérations contre l'État islamique en Syrie et en Irak.\n"
)
