# ruff: noqa  (authoring data for the relation gold, not library code)
"""Gold annotations, stance split, part a (``--stance 30``, seed + 5, draw 6), first half.

Annotated blind for the stance kinds only, from the Arabic text alone, before kg was run
on these articles. See ../GUIDELINES.md.
"""

ARTICLES = {
    "snn_zip_0615": r"""""",
    "snn_zip_0791": r"""
> استدعت وزارة خارجية البحرين
criticizes | وزارة خارجية البحرين=وزارة الخارجية البحرينية | علي خامنئي~التصريحات
> وأكد السفير عبدالله عبداللطيف
criticizes | عبدالله عبداللطيف عبدالله | هذه التصريحات~علي خامنئي
""",
    "snn_zip_0981": r"""
> وتابع «ندعو الجميع
urges | وتابع=وزارة الداخلية التركية | الجميع
""",
    "snn_zip_1303": r"""""",
    "snn_zip_1375": r"""""",
    "snn_zip_1510": r"""""",
    "snn_zip_1641": r"""""",
    "snn_zip_2150": r"""
> دافع النائب السابق لرئيس
denies | جيفري ويب | بتهم الفساد=تهم الفساد~تهم الفساد وتبييض الأموال
> وكان ويب عارض
opposes | ويب=جيفري ويب | تسليمه الى الولايات المتحدة~تسليم جيفري ويب إلى الولايات المتحدة
""",
    "snn_zip_2410": r"""""",
    "snn_zip_2646": r"""""",
    "snn_zip_0614": r"""""",
    "snn_zip_0713": r"""
> وأشاد بما يحظى به قطاع
praises | وأشاد=محمد الصقير | دعم غير محدود~خادم الحرمين الشريفين~سلمان بن عبدالعزيز
> من جانبه ثمن اللواء مستور
praises | مستور الحارثي | رجال الأمن
> بدوره أشاد العقيد زيد
praises | زيد الشمري | إنجاز أمني=الإنجاز الأمني
> ونوه مدير شرطة منطقة الباحة
praises | مسفر الخثعمي | رجال الأمن
""",
    "snn_zip_0993": r"""""",
    "snn_zip_1167": r"""""",
    "snn_zip_1400": r"""""",
}
