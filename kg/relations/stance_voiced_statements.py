"""More statements a stance is voiced in, between the verb's subject and its object.

«وحثت واشنطن في أحاديث خاصة الحكومة العراقية على ...», «ودعا X في اتصال هاتفي الرئيس
السوري إلى ...», «وطالب X في تقرير جديد الحكومة بـ ...», «وحث الاتحاد الأوروبي في بيان صدر
اليوم إسرائيل على ...»: like «في بيان» (``stance_object_start.past_statement_adjunct``),
talks, a report, a phone call or a call are what the stance is voiced in; their indefinite
adjectives («خاصة», «هاتفي», «مطولة») go with them, and a statement that «صدر»/«نُشر» (no
pronoun: the statement is the subject) is closed by a time word
(``stance_delivered_statements.past_delivered``). The object begins after them.
"""

from __future__ import annotations

VOICED_NOUNS = frozenset({"احاديث", "تقرير", "اتصال", "مكالمه"})
"""«في أحاديث خاصة», «في تقريرها», «في اتصال هاتفي», «خلال مكالمة»: statements (normalised;
their possessive forms are read by ``_statement_noun``)."""

VOICED_MODIFIERS = frozenset({"خاصه", "هاتفي", "هاتفيه", "مطول", "مطوله", "جديد", "جديده",
                              "سنوي", "تلفزيوني", "تلفزيونيه", "اذاعي", "اذاعيه"})
"""Indefinite adjectives of such a statement: private, by phone, long, new, yearly, on
television or radio."""

ISSUED = frozenset({"صدر", "صدرت", "نشر", "نشرت", "وزع", "وزعت"})
"""«في بيان صدر اليوم», «في تقرير نُشر أمس»: issued, the statement itself the subject."""
