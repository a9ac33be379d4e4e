# ruff: noqa  (authoring data for the relation gold, not library code)
"""Gold annotations, calib split (``--calib 40``, seed + 3): events only.

Annotated blind, from the Arabic text alone, before kg was run on these articles,
for the events and their roles only (event, agent, target, location,
participant); the other kinds are not annotated here. Nobody reads the
individual errors of this split: it measures the events' precision per
confidence bucket (``scripts/eval_relations.py --split calib``). An empty spec
is an article without any reportable or background event. See ../GUIDELINES.md.
"""

ARTICLES = {
    "snn_zip_0525": r"""
""",
    "snn_zip_0860": r"""
> وقعت شركة "أسواق"
event | E:Agreement:مذكرة تفاهم | أسواق | -
participant | E:Agreement:مذكرة تفاهم | يونيليفر
""",
    "snn_zip_0997": r"""
""",
    "snn_zip_1110": r"""
""",
    "snn_zip_1383": r"""
> أمس توصلت القوى الدولية
event | E:Agreement:اتفاق | - | -
participant | E:Agreement:اتفاق | القوى الدولية
participant | E:Agreement:اتفاق | إيران
location | E:Agreement:اتفاق | فيينا
event | E:Meeting:المحادثات | - | -
participant | E:Meeting:المحادثات | القوى الدولية
participant | E:Meeting:المحادثات | إيران
location | E:Meeting:المحادثات | فيينا
event | E:Sanction:العقوبات | - | إيران
event | E:Meeting:قمة | - | -
participant | E:Meeting:قمة | الرئيس الأميركي=باراك أوباما~الولايات المتحدة
participant | E:Meeting:قمة | قادة دول الخليج=دول الخليج
location | E:Meeting:قمة | كامب ديفيد
""",
    "snn_zip_1501": r"""
> في الأيام الأولى للثورة السورية
event | E:Protest:هتف | أهل درعا | - | historical
location | E:Protest:هتف | درعا
""",
    "snn_zip_1733": r"""
> وتوصلت ايران والقوى
event | E:Agreement:اتفاق | - | -
participant | E:Agreement:اتفاق | ايران=إيران
participant | E:Agreement:اتفاق | القوى العالمية الست
event | E:Sanction:العقوبات | - | ايران=إيران | historical
""",
    "snn_zip_2158": r"""
""",
    "snn_zip_2300": r"""
> خلال اجتماع عقد أمس
event | E:Meeting:اجتماع | - | -
participant | E:Meeting:اجتماع | برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة
location | E:Meeting:اجتماع | أبوجا
""",
    "snn_zip_2605": r"""
""",
    "snn_zip_2861": r"""
""",
    "snn_zip_0036": r"""
""",
    "snn_zip_0782": r"""
> وما تحققه عاصفة الحزم
event | E:MilitaryOperation:عاصفة الحزم | - | -
""",
    "snn_zip_0944": r"""
> نظمت الشؤون الحكومية
event | E:Visit:لزيارة | أرامكو السعودية | -
location | E:Visit:لزيارة | بجدة=جدة
""",
    "snn_zip_1146": r"""
> الذي أغتيل في مايو
event | E:Killing:أغتيل | - | أحمد قاديروف | historical
> كان قاديروف يحارب
event | E:MilitaryOperation:يحارب | قاديروف=رمضان قاديروف | القوات الروسية | historical
> بعد الاغتيال الذي تعرض
event | E:Killing:الاغتيال | - | الو ألخانوف | historical
""",
    "snn_zip_1415": r"""
""",
    "snn_zip_1483": r"""
""",
    "snn_zip_1837": r"""
""",
    "snn_zip_2214": r"""
""",
    "snn_zip_2326": r"""
""",
    "snn_zip_2544": r"""
""",
    "snn_zip_2695": r"""
""",
    "snn_zip_0330": r"""
""",
    "snn_zip_0694": r"""
""",
    "snn_zip_0982": r"""
> قال المرصد السوري لحقوق الإنسان أمس
event | E:Killing:قتلوا | - | قياديا في تنظيم داعش=داعش | casualties=6
location | E:Killing:قتلوا | مدينة الحسكة=الحسكة
event | E:Attack:غارة | - | سيارة
location | E:Attack:غارة | مدينة الحسكة=الحسكة
location | E:Attack:غارة | فوج الميلبية
> والذي يشن حملة جوية
event | E:MilitaryOperation:حملة جوية | التحالف=التحالف~الولايات المتحدة | تنظيم داعش=داعش
location | E:MilitaryOperation:حملة جوية | سوريا
> بموجة من الضربات
event | E:MilitaryOperation:الضربات | الولايات المتحدة | مدينة الرقة=الرقة
> ويشن الجيش السوري
event | E:MilitaryOperation:حملة | الجيش السوري | تنظيم داعش=داعش
> ويقاتل داعش في محافظة
event | E:MilitaryOperation:ويقاتل | داعش | القوات المؤيدة للحكومة
target | E:MilitaryOperation:ويقاتل | المقاتلين الأكراد السوريين
location | E:MilitaryOperation:ويقاتل | محافظة الحسكة=الحسكة
> وواصل التنظيم أيضا
event | E:Attack:هجمات | التنظيم=داعش | -
location | E:Attack:هجمات | مدينة الحسكة=الحسكة
event | E:MilitaryOperation:هجوم | التنظيم=داعش | عاصمة المحافظة=الحسكة
""",
    "snn_zip_1158": r"""
""",
    "snn_zip_1413": r"""
> صدت المقاومة الشعبية
event | E:Attack:هجمات | الميليشيات المتمردة=الميليشيات المتمردة~الحوثيون | مواقع متفرقة
location | E:Attack:هجمات | محافظة مأرب=مأرب
location | E:Attack:هجمات | الجفينة
location | E:Attack:هجمات | صرواح
> بسطت سيطرتها
event | E:MilitaryOperation:سيطرتها | المقاومة@1=المقاومة الشعبية | ثلاثة مواقع
location | E:MilitaryOperation:سيطرتها | مأرب
> وأضافت أن سبعة
event | E:Killing:قتلوا | - | سبعة من مسلحي المليشيات=المليشيات المتمردة~الحوثيون | casualties=7
""",
    "snn_zip_1520": r"""
""",
    "snn_zip_1818": r"""
""",
    "snn_zip_2267": r"""
""",
    "snn_zip_2329": r"""
""",
    "snn_zip_2467": r"""
""",
    "snn_zip_2753": r"""
""",
    "snn_zip_0001": r"""
> أصدر الرئيس عبدربه
event | E:MilitaryOperation:طرد | قوات المقاومة الشعبية=المقاومة الشعبية | المتمردين الحوثيين=الحوثيون
location | E:MilitaryOperation:طرد | المدينة=عدن
> من جانبه، قال المتحدث
event | E:Attack:للقصف | الحوثيين=الحوثيون | محطات توليد الكهرباء
location | E:Attack:للقصف | عدن
""",
    "snn_zip_0888": r"""
""",
    "snn_zip_1193": r"""
""",
    "snn_zip_1842": r"""
""",
    "snn_zip_2614": r"""
> زار فريق سفراء التطوع
event | E:Visit:زار | فريق سفراء التطوع=سفراء التطوع | -
location | E:Visit:زار | مستشفى شرق جدة
""",
    "snn_zip_2829": r"""
""",
    "snn_zip_2960": r"""
""",
}
