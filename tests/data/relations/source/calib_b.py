# ruff: noqa  (authoring data for the relation gold, not library code)
"""Gold annotations, calib split, second batch (``--calib-more 30``, seed + 6): events only.

Thirty politics and conflict articles, annotated blind, from the Arabic text
alone, before kg was run on them, for the events and their roles only (event,
agent, target, location, participant); the other kinds are not annotated here.
Nobody reads the individual errors of this split: it measures the events'
precision per confidence bucket (``scripts/eval_relations.py --split calib``).
An empty spec is an article without any reportable or background event. See
../GUIDELINES.md.
"""

ARTICLES = {
    "snn_zip_0933": r"""
""",
    "snn_zip_1093": r"""
""",
    "snn_zip_1253": r"""
""",
    "snn_zip_1618": r"""
""",
    "snn_zip_2249": r"""
> قتل 14 جنديًا افغانيًا على الاقل
event | E:Killing:قتل | - | 14 جنديًا افغانيًا | casualties=14
location | E:Killing:قتل | ولاية لوغار=لوغار
event | E:Attack:غارة | امريكية=الولايات المتحدة | حاجز للجيش=الجيش الأفغاني
location | E:Attack:غارة | ولاية لوغار=لوغار
> وقد قتل آنذاك
event | E:Killing:قتل | - | خمسة جنود افغان | historical, casualties=5
location | E:Killing:قتل | ولاية لوغار@2=لوغار
""",
    "snn_zip_2537": r"""
> غادر جدة أمس الأول
event | E:Visit:زيارته | محمد نواز شريف=نواز شريف | -
location | E:Visit:زيارته | جدة
""",
    "snn_zip_2702": r"""
""",
    "snn_zip_0781": r"""
""",
    "snn_zip_1050": r"""
> وتعاقبت الاجتماعات
event | E:Meeting:الاجتماعات | - | -
participant | E:Meeting:الاجتماعات | مكتب الرئاسة العامة لرعاية الشباب
participant | E:Meeting:الاجتماعات | مجلس شباب منطقة الباحة
""",
    "snn_zip_1247": r"""
""",
    "snn_zip_1888": r"""
""",
    "snn_zip_2135": r"""
> وصفق أكثر من ألف عضو
event | E:Meeting:اجتماع | الحزب@1=حزب كومينتانج~كومينتانج | -
""",
    "snn_zip_2546": r"""
> وعبر لـ «عكاظ» عدد من أبناء
event | E:MilitaryOperation:تحرير | - | عدن@1=عدن
target | E:MilitaryOperation:تحرير | مليشيات الحوثي=الحوثيون
> وقالوا إن «عاصفة الحزم»
event | E:MilitaryOperation:عاصفة الحزم | - | -
event | E:MilitaryOperation:إعادة الأمل | - | -
""",
    "snn_zip_2746": r"""
""",
    "snn_zip_0635": r"""
""",
    "snn_zip_1021": r"""
> وكانت «غازبروم» قد
event | E:Agreement:مذكرة تفاهم | غازبروم | -
participant | E:Agreement:مذكرة تفاهم | شل
participant | E:Agreement:مذكرة تفاهم | او ام في
""",
    "snn_zip_1252": r"""
""",
    "snn_zip_1528": r"""
> التقى صاحب السمو الملكي
event | E:Meeting:التقى | محمد بن سلمان بن عبدالعزيز | -
participant | E:Meeting:التقى | رمضان أحمد قاديروف
location | E:Meeting:التقى | جدة
> حضر اللقاء معالي وزير الدولة
participant | E:Meeting:التقى | مساعد العيبان
participant | E:Meeting:التقى | عادل الجبير
participant | E:Meeting:التقى | خالد العيسى
participant | E:Meeting:التقى | عادل الطريفي
participant | E:Meeting:التقى | خالد الحميدان
> كما حضر الاجتماع رئيس البرلمان
participant | E:Meeting:التقى | ماغمد داؤدوف
participant | E:Meeting:التقى | حسن حكيموف
participant | E:Meeting:التقى | اليغ ازيروف
""",
    "snn_zip_2134": r"""
> اتهمت باكستان الهند
event | E:Killing:قتلوا | - | اربعة مدنيين | casualties=4
event | E:Attack:قصف | - | للمناطق الباكستانية=المناطق الباكستانية~باكستان
> ان القوات الهندية فتحت النار
event | E:Attack:فتحت النار | القوات الهندية | قاطع بونش=بونش
> على إثر إعلانها ان قواتها اسقطت
event | E:Attack:اسقطت | قواتها=باكستان~القوات الباكستانية | طائرة تجسس هندية
location | E:Attack:اسقطت | كشمير
> كما حدث العام الماضي عندما استشهد
event | E:Killing:استشهد | - | مدنيون أبرياء | historical
> باكستان تتقدم باحتجاج
event | E:Agreement:للتفاهم | - | -
location | E:Agreement:للتفاهم | اوفا
event | E:Agreement:التفاهم | - | - | historical
> وبعد أشهر من الخلافات التقى
event | E:Meeting:التقى | - | -
participant | E:Meeting:التقى | ناريندرا مودي
participant | E:Meeting:التقى | نواز شريف
location | E:Meeting:التقى | روسيا
event | E:Visit:زيارتهما | ناريندرا مودي | -
agent | E:Visit:زيارتهما | نواز شريف
location | E:Visit:زيارتهما | روسيا
""",
    "snn_zip_2523": r"""
> التقى صاحب السمو الملكي
event | E:Meeting:التقى | محمد بن سلمان بن عبدالعزيز | -
participant | E:Meeting:التقى | رمضان أحمد قاديروف
location | E:Meeting:التقى | جدة
> وحضر اللقاء وزير الدولة
participant | E:Meeting:التقى | مساعد العيبان
participant | E:Meeting:التقى | عادل الجبير
participant | E:Meeting:التقى | خالد العيسى
participant | E:Meeting:التقى | عادل الطريفي
participant | E:Meeting:التقى | خالد الحميدان
participant | E:Meeting:التقى | ماغمد داؤدوف
participant | E:Meeting:التقى | حسن حكيموف
participant | E:Meeting:التقى | اليغ ازيروف
> كما اجتمع سمو الأمير
event | E:Meeting:اجتمع | محمد بن سلمان بن عبدالعزيز | -
participant | E:Meeting:اجتمع | سمير جعجع
location | E:Meeting:اجتمع | جدة
> من جهة اخرى زار الرئيس الشيشاني
event | E:Visit:زار | الرئيس الشيشاني=رمضان أحمد قاديروف~قاديروف | -
location | E:Visit:زار | المسجد النبوي
location | E:Visit:زار | بالمدينة المنورة=المدينة المنورة
""",
    "snn_zip_2673": r"""
""",
    "snn_zip_0854": r"""
""",
    "snn_zip_0979": r"""
> ويمهد القرار إلى وقف
event | E:Sanction:عقوبات | المجلس=مجلس الأمن الدولي | طهران=إيران | historical
> ويقضي الاتفاق الموقع عليه
event | E:Agreement:الاتفاق الموقع | - | -
participant | E:Agreement:الاتفاق الموقع | الولايات المتحدة
participant | E:Agreement:الاتفاق الموقع | الصين
participant | E:Agreement:الاتفاق الموقع | روسيا
participant | E:Agreement:الاتفاق الموقع | فرنسا
participant | E:Agreement:الاتفاق الموقع | بريطانيا
participant | E:Agreement:الاتفاق الموقع | ألمانيا
participant | E:Agreement:الاتفاق الموقع | طهران=إيران
location | E:Agreement:الاتفاق الموقع | فيينا
""",
    "snn_zip_1332": r"""
""",
    "snn_zip_1770": r"""
""",
    "snn_zip_2192": r"""
> توجهت المستشارة الألمانية
event | E:Visit:توجهت | أنجيلا ميريكل | -
location | E:Visit:توجهت | باريس
""",
    "snn_zip_2446": r"""
> وأوضح أن أعضاء الحكومة
event | E:Visit:زاروا | أعضاء الحكومة=الحكومة اليمنية~الحكومة | -
event | E:Attack:دمرتها | ميليشيات الحوثي=الحوثيون | المواقع
event | E:Meeting:اجتماعين | أعضاء الحكومة=الحكومة اليمنية~الحكومة | -
participant | E:Meeting:اجتماعين | مكاتب الوزارات
> عقدت لجنة في مدينة عدن
event | E:Meeting:عقدت لجنة | - | -
participant | E:Meeting:عقدت لجنة | الجيش=الجيش اليمني
participant | E:Meeting:عقدت لجنة | المقاومة=المقاومة الشعبية
participant | E:Meeting:عقدت لجنة | الحكومة=الحكومة اليمنية
location | E:Meeting:عقدت لجنة | مدينة عدن=عدن
""",
    "snn_zip_2790": r"""
""",
    "snn_zip_2007": r"""
> إن حضور فخامة الرئيس الفرنسي
event | E:Meeting:قمة | - | -
participant | E:Meeting:قمة | فرانسوا هولاند
participant | E:Meeting:قمة | مجلس التعاون لدول الخليج العربي=مجلس التعاون الخليجي
location | E:Meeting:قمة | الرياض
event | E:Meeting:أعمال اللجنة التنسيقية | - | -
participant | E:Meeting:أعمال اللجنة التنسيقية | محمد بن سلمان
participant | E:Meeting:أعمال اللجنة التنسيقية | لوران فابيوس
location | E:Meeting:أعمال اللجنة التنسيقية | باريس
event | E:Agreement:وتوقيع | - | -
participant | E:Agreement:وتوقيع | السعودية
participant | E:Agreement:وتوقيع | الفرنسية=فرنسا
""",
    "snn_zip_2705": r"""
> شنّت طائرات حربية إسرائيلية
event | E:Attack:غارتين | طائرات حربية إسرائيلية=إسرائيل | موقعين تابعين لحركة حماس=حماس
location | E:Attack:غارتين | قطاع غزة
> موقع الإدارة المدنية
location | E:Attack:غارتين | بلدة جباليا=جباليا
""",
}
