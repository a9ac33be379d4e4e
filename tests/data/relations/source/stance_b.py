# ruff: noqa  (authoring data for the relation gold, not library code)
"""Gold annotations, stance split, part b (``--stance 30``, seed + 5, draw 6), second half.

Annotated blind for the stance kinds only, from the Arabic text alone, before kg
was run on these articles. See ../GUIDELINES.md.
"""

ARTICLES = {
    "snn_zip_1509": r"""""",
    "snn_zip_1763": r"""""",
    "snn_zip_2247": r"""""",
    "snn_zip_2530": r"""
> وتوعدت وزارة الداخلية
threatens | وزارة الداخلية=وزارة الداخلية التركية | المدبرين
""",
    "snn_zip_2703": r"""""",
    "snn_zip_0623": r"""""",
    "snn_zip_0766": r"""""",
    "snn_zip_0985": r"""""",
    "snn_zip_1254": r"""""",
    "snn_zip_1386": r"""""",
    "snn_zip_1485": r"""
> مهددا باستخدام حق
threatens | مهددا=باراك أوباما | الكونغرس
> التي سارعت إلى رفض الاتفاق
rejects | إسرائيل | الاتفاق=الاتفاق النووي
> وكانت إيران قد توجهت
praises | إيران | قابوس=قابوس بن سعيد
praises | إيران | عمان=سلطنة عمان~عمان
""",
    "snn_zip_2008": r"""""",
    "snn_zip_2244": r"""""",
    "snn_zip_2510": r"""""",
    "snn_zip_2714": r"""""",
}
