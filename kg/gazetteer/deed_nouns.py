"""Verbal nouns of what befalls a person, which never open the person's name.

News names a person right after the deed done to him or by him: «أعيد انتخاب بلاتر لولاية
خامسة», «بعد اغتيال الحريري», «طالبوا بإقالة فلان», «منذ وفاة فلان». Some of these nouns
stand in the name lists as given names, so the tagger opens a name on them and the linker
grows a one-word name over them: one person «انتخاب بلاتر», whose words then make a wrong
speaker. Shared by the tagger's repair (:mod:`kg.ner.deed_nouns`) and the linker, which
must not widen a name over such a noun before it (:mod:`kg.link.retype`). Nouns that are
also common given names («لقاء», «عودة», «فوز», «نجاح») are not in the list.
"""

from __future__ import annotations

from kg.gazetteer.index import name_key

DEED_NOUNS = frozenset(name_key(
    "انتخاب ترشيح ترشح تعيين تنصيب تكليف إقالة عزل استقالة اعتقال توقيف احتجاز اختطاف خطف "
    "اغتيال مقتل قتل وفاة رحيل إعدام محاكمة إدانة زيارة استقبال تكريم تتويج إصابة"))
"""Verbal nouns of what befalls a person or what a person does (normalised)."""
