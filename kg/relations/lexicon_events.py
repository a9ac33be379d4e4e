"""Event lexicon: the event triggers (:data:`EVENT_TRIGGERS`), their inflected, accusative
and possessive forms, the words that must or must not come with them, and light verbs.

Forms are in the normalised spelling of :func:`kg.text.normalize.normalize_key` and are
matched after their proclitics are peeled off (see :func:`kg.relations.lexicon_lookup.bare_forms`),
so a form is listed without them.
"""

from __future__ import annotations

from kg.ontology.namespace import EventLabel
from kg.relations.event_inflections import inflected_base
from kg.relations.lexicon_lookup import cached_lookup, forms_of

RETREAT_FORMS = ("تراجع", "تراجعت", "تراجعوا")
"""«تراجعت قوات النظام»: a retreat is a withdrawal, but only of troops (see ``ARMED_BODIES``);
«تراجعت أسعار النفط» is no event."""
MOBILISE_FORMS = ("حشد", "حشدت", "حشدوا", "تحشد", "يحشد", "يحشدون")
"""«حشد الجيش قواته», «حشدت الميليشيات مقاتليها»: a mobilisation is a deployment, but only of or
by an armed body (see ``ARMED_BODIES``); «حشد الدعم», «حشد من المتظاهرين» are no event."""
WITHDRAWING_VERBS = ("سحبت", "سحبوا", "تسحب", "يسحب")
DEPLOYING_VERBS = ("نشرت", "نشروا", "تنشر", "ينشر", "ينشرون", "ارسل", "ارسلت", "ارسلوا", "ترسل",
                   "يرسل")
PUSHING_VERBS = ("دفع", "دفعت", "دفعوا", "تدفع", "يدفع")
"""Verbs that move troops («سحبت روسيا قواتها», «نشرت تركيا قوات», «دفع الجيش بتعزيزات»):
events only with troops as their object (``kg.relations.event_troop_verbs``)."""
TROOP_MOVES = ("وصلت", "وصل", "توجهت", "تحركت", "اتجهت", "اتجه")
"""«ووصلت تعزيزات عسكرية إلى المدينة»: verbs of going, a deployment only with troops as their
subject (``kg.relations.event_troop_moves``); not «توجه», «تحرك», also «directs» and «a move»."""
ADVANCE_FORMS = ("تقدمت", "تتقدم", "يتقدم", "تقدموا", "يتقدمون", "تتقدمان")
"""«تقدمت قوات الجيش نحو المدينة»: persons of «تقدّم» that news of war uses for troops, an
operation only with troops as subject and a direction (``kg.relations.event_advances``); not
bare «تقدم», as often the noun «progress»."""
DEATH_MET = ("مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما")
"""«لقي ثمانية أشخاص مصرعهم», «لقي 20 شخصاً حتفهم»: the pronoun is the victim's, told before
the noun."""
RESUMING_IN = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
"""«تمرد ... قتل فيه», «وقتل فيها»: the pronoun that resumes a noun or a time told before."""
MILITARY_ADJECTIVES = frozenset({"عسكريه"})
"""«عمليات عسكرية»: operations of war, a military operation (not an attack) when a named side
carries them out (``kg.relations.event_operations``)."""
GREETING_FORMS = ("عايد", "عايدت")
"""«عايد المدير المرضى المنومين»: an Eid visit of courtesy to the sick, a visit only with the
sick or their hospital named after it (``kg.relations.event_greetings``)."""
INSPECTING_FORMS = ("تفقد", "تفقدت")
"""«تفقد الوزير فلان المستشفى»: an inspection visit, only with a named person for subject
right after the verb (``kg.relations.event_inspections``)."""
RECEIVING_FORMS = ("استقبله", "استقبلها", "استقبلهم", "التقاه", "التقاها", "التقاهم")
"""Verbs of meeting with the guest as object pronoun: «ساركوزي الذي استقبله الرئيس التونسي»,
«وصل الوزير واستقبله الأمير»: the name after the verb is the host, the pronoun the guest."""
FIRING_PRESENT = ("يطلق", "تطلق", "يطلقون", "يطلقان")
"""«شاهد مسلحين يطلقون النار على الطائرات»: firing in the imperfect, an attack only when seen
(``kg.relations.event_witnessed``); otherwise a habit or a prospect, like every violent
imperfect."""
BEATING_FORMS = ("تعدي", "تعدت", "تعدوا")
"""«تعدى عناصر الأمن على المعتقلين بالضرب»: an assault only with its blows told (see
``kg.relations.event_beatings``), which also reads «اعتدت على»."""
INVASION_FORMS = ("اجتاح", "اجتاحت", "اجتاحوا", "غزا", "غزت")
"""«اجتاحت القوات الإسرائيلية جنوب لبنان»: an invasion. The nouns («الغزو الأمريكي للعراق»,
«اقتحام قوات الاحتلال للمسجد») are left out: their object behind «ل» is not read as the
target yet, so the event would lack it."""
STORMING_FORMS = ("اقتحم", "اقتحمت", "اقتحموا")
"""«اقتحمت قوات الأمن المقر»: a raid, an Attack."""
AGENT_REQUIRED_VERBS = frozenset({"اجتاح", "اجتاحت", "اجتاحوا", "غزا", "غزت", "اقتحم",
                                  "اقتحمت", "اقتحموا"})
"""Verbs of invasion and storming that name a deed only with a doer: «اجتاحت الفيضانات
المدينة», «اقتحم عالم الفن» are no event."""
SEIZING_VERBS = frozenset({"سيطرت", "سيطر", "سيطروا", "انتزعت", "انتزع", "استعادت", "استعاد",
                           "استولي", "استولت", "استولوا"})
"""Verbs of seizing ground: what was taken is always told («سيطرت القوات على المدينة»)."""
STRIKING_VERBS = frozenset({"قصف", "قصفت", "قصفوا", "استهدف", "استهدفت", "استهدفوا", "هاجم",
                            "هاجمت", "هاجموا"})
"""Verbs of striking: what was hit is always told («قصفت الطائرات مواقع المتمردين»)."""
FIGHTING_VERBS = ("اشتبك", "اشتبكت", "اشتبكوا", "قاتلت", "قاتلوا", "تقاتل", "يقاتل",
                  "يقاتلون", "تقاتلت", "اقتتلت", "اقتتلوا")
"""«اشتبكت قوات الأمن مع مسلحين», «وتقاتل القوات الحكومية جماعات مسلحة»: verbs of fighting, a
military operation (``kg.relations.event_new_triggers``). Not bare «قاتل», also «a killer» and
«deadly» («فيروس قاتل»)."""
FIGHTING_NOUNS = ("قتال", "اشتباك", "تصادم")
"""«قتلوا خلال قتال مع جماعات مسلحة», «وقع تصادم محدود بين عناصرهما»: nouns of fighting."""
RAIDING_FORMS = ("داهم", "داهمت", "داهموا", "مداهمه", "مداهمات", "دكت", "دكوا", "اغار", "اغارت",
                 "اغاروا")
"""«داهمت قوات الجيش منزلاً في الحي», «قامت قوة من الشرطة بمداهمة جامع النور», «دكت المدفعية
مواقع المسلحين»: a raid or a pounding, an Attack only with fighting men near it
(``kg.relations.event_new_triggers``): «داهمت السيول المنازل», «داهمه المرض» are not."""
CAMPAIGN_FORMS = ("حمله", "حملات")
"""«شنت القوات حملة عسكرية على المسلحين»: a campaign, a military operation only as a military
or air one (``kg.relations.event_new_triggers``), not «حملة انتخابية»."""
STABBING_FORMS = ("طعن", "طعنت", "طعنوا", "طعنه", "طعنها")
"""«طعن شاب مستوطناً بسكين», «طعنه بسكين»: a stabbing, an Attack only with the blade told
(``kg.relations.event_new_triggers``); «طعن في الحكم» is an appeal."""
SLAUGHTER_FORMS = ("ذبح", "ذبحت", "ذبحوا")
"""«ذبح مسلحو التنظيم 21 رهينة»: a killing, not with beasts after it («ذبح الأضاحي»)."""
BEHEADING_FORMS = ("نحر", "نحرت", "نحروا")
"""«نحر المسلحون الرهينة»: a beheading, a Killing as a verb only, not with beasts after it
(``kg.relations.event_attack_words``): «يوم النحر», «نحر الإبل» are none."""
LYNCHING_FORMS = ("سحل", "سحلت", "سحلوا")
"""«سحل المحتجون الشرطي في الشارع»: a lynching, an Attack as a verb only
(``kg.relations.event_attack_words``)."""
WOUNDED_FORMS = ("اصيب", "اصيبت", "اصيبوا", "اصيبا")
"""«أصيب ثلاثة جنود برصاص قناص»: a wounding by fire, an Attack on the wounded only with the
gunfire or shell told right after them (``kg.relations.event_attack_words``); «أصيب بجروح
في حادث سير», «أصيب بفيروس» are none."""
ARSON_FORMS = ("اضرم", "اضرمت", "اضرموا", "احرق", "احرقت", "احرقوا")
"""«أضرم مستوطنون النار في مسجد», «أحرق مجهولون كنيسة»: arson, an Attack only on a building
set on fire (``kg.relations.event_attack_words``): «أحرق نفسه», «أحرقوا الإطارات» are none."""
HOSTAGE_TAKING_FORMS = ("احتجز", "احتجزت", "احتجزوا", "احتجاز")
"""«احتجز مسلحون عشرين رهينة», «عملية احتجاز رهائن»: hostage-taking, an Attack only with the
hostages told right after (``kg.relations.event_violent_frames``); «احتجزت الشرطة المتهم» is
a detention."""
TOLL_FORMS = ("اودي", "اودت", "اوديا")
"""«أودى الانفجار بحياة عشرة أشخاص»: a Killing only before «بحياة» with a violent cause
told (``kg.relations.event_violent_frames``); «فيضانات أودت بحياة 600» is none."""
DESTROYING_FORMS = ("دمر", "دمرت", "دمروا", "تدمير")
"""«دمرت المقاومة دبابة», «تدمير آليات للعدو»: an Attack only on war hardware or a fighters'
position named right after (``kg.relations.event_violent_frames``); «تدمير الاقتصاد»,
«إعصار دمر المدينة» are none."""
BLOWING_UP_FORMS = ("نسف", "نسفت", "نسفوا")
"""«نسف مسلحو التنظيم منازل», «نسفت القوات جسراً»: an Attack only on a building, a bridge or war
hardware named right after (``kg.relations.event_violent_frames``); «نسف الاتفاق» is none."""
SHELL_FALL_FORMS = ("سقطت", "سقط")
"""«سقطت قذيفة هاون على حي سكني», «وسقطت مقذوفات على جازان»: an Attack only with a shell or a
rocket right after (``kg.relations.event_violent_frames``); «سقط 12 قتيلاً», «سقط النظام» are
none. The noun «سقوط» is left out: after «أعلن» its announcer would read as the doer."""
STORMING_NOUNS = ("اقتحام",)
"""«اقتحام الجنود الإسرائيليين للمبنى», «قامت قوات الأمن باقتحام المقر»: an Attack only with
an armed body next to it (``kg.relations.event_violent_frames``); «اقتحام سوق العمل» is none."""
DUAL_ATTACKS = ("غارتان", "هجومان", "تفجيران", "انفجاران")
"""Nominative duals beside the listed «غارتين», «هجومين»: «وقعت غارتان على رفح», «استهدف
تفجيران انتحاريان مسجداً»."""
FOUND_KILLED_FORMS = ("مقتولا", "مقتوله", "مقتولين", "مقتولتين")
"""«عثر على جثة شاب مقتولاً», «وجد ثلاثة رجال مقتولين بالرصاص»: a Killing only after a verb
of finding or a corpse (``kg.relations.event_found_killed``); «لا يريد أن يعود مقتولاً» is
none."""
BEATEN_FORMS = ("ضرب",)
"""«تعرض المعتقل للضرب المبرح»: a beating undergone, an Attack only as «للضرب» after a form of
«تعرض» (``kg.relations.event_beaten``); «ضرب مثلاً», «جدول الضرب», «ضربت الأسواق» are none."""
NAMED_OPERATIONS = {"عاصفه": frozenset({"الحزم"})}
"""Military operations known by a name of two words, the first word a trigger only before
the second: «عملية عاصفة الحزم», «التفاعل مع عاصفة الحزم التي أمر بها الملك»
(``kg.relations.event_new_triggers``); «عاصفة رملية» is weather."""
EVENT_TRIGGERS: dict[str, EventLabel] = {
    **forms_of("Meeting", "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "التقي", "التقت", "التقوا",
             "يلتقي", "قمه", "محادثات", "مباحثات", "استقبل", "استقبلت", "يستقبل", "اجتمع",
             "اجتمعت", "اجتمعوا", "اجتمعا", "بحث", "بحثت", *RECEIVING_FORMS,
             "قابل", "قابلت",  # only with both persons who met named (``event_met``)
             "مفاوضات"),  # only where held with a side (``event_negotiations.held_with``)
    **forms_of("MilitaryOperation", "توغل", "اجتياح", "معارك", "معركه", "اشتباكات", "حرب",
             "محاربه", "تمشيط", "زحف", "زحفهم", "زحفها", "سيطرت", "سيطر", "سيطروا", "سيطره",
             "انتزعت", "انتزع", "استعادت", "استعاد", "حصار", "تحرير", "دخلت", "هجوما",
             "استولي", "استولت", "استولوا", "استيلاء",
             "ضربه", "ضربات", "مواجهات", "اقتتال", "مناوشات", *INVASION_FORMS,
             *FIGHTING_VERBS, *FIGHTING_NOUNS, *NAMED_OPERATIONS, *CAMPAIGN_FORMS,
             *ADVANCE_FORMS),
    **forms_of("Attack", "هجوم", "هاجم", "هاجمت", "قصف", "قصفت", "تقصف", "يقصف", "غاره", "غارات",
             "استهدف", "استهدفت", "اعتداء", "تفجير", "فجر", "امطرت", "اسقطت", "اسقاط",
             "اسقط", "اسقطوا", "هجمات", "هجومين", "هاجموا", "قصفوا", "استهدفا", "استهدفوا",
             "اعتداءات", "اعتدي", "اعتدت", "اعتدوا", "تفجيرات", "تفجيرين", "فجرا", "فجروا", "فجرت",
             "انفجار", "انفجارين", "انفجارات", "انفجرت", "انفجر", "كمين", "كمينا",
             "خطف", "خطفت", "خطفوا", "خطفا",
             "اختطف", "اختطفت", "اختطفوا", "اختطفا", "اختطاف", "يختطف", "تعذيب", "عذب", "عذبت",
             "عذبوا", "اغتصاب", "اطلاق", "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا", "عمليه",
             *FIRING_PRESENT,
             "عمليات", "استهداف", "اغار", "اغارت", "اغاروا", *STORMING_FORMS, *BEATING_FORMS,
             "غارتين", *DUAL_ATTACKS, *RAIDING_FORMS, *STABBING_FORMS, *LYNCHING_FORMS,
             *WOUNDED_FORMS,
             *ARSON_FORMS, *HOSTAGE_TAKING_FORMS, *DESTROYING_FORMS, *STORMING_NOUNS,
             *BLOWING_UP_FORMS, *SHELL_FALL_FORMS, *BEATEN_FORMS),
    **forms_of("Killing", "قتل", "قتلت", "مقتل", "اغتيال", "اغتال", "اعدام", "اعدم", "مجزره",
             "مذبحه", "قتلوا", "قتلا", "يقتل", "تقتل", "اغتالوا", "اغتالت", "اغتيل", "اعدموا",
             "مصرع", "استشهاد", "استشهد", *DEATH_MET, *SLAUGHTER_FORMS,
             *BEHEADING_FORMS, *TOLL_FORMS, *FOUND_KILLED_FORMS),
    **forms_of("Protest", "احتجاج", "احتجاجات", "تظاهره", "مظاهره", "مظاهرات", "تظاهر", "تظاهرات",
             "اعتصام", "تظاهروا", "تظاهرت", "يتظاهرون", "يتظاهر", "احتج", "احتجوا", "احتجت",
             "يحتجون", "احتجاجا", "اعتصم", "اعتصموا", "يعتصم", "يعتصمون", "اعتصاما",
             "اعتصامات", "احتشد", "احتشدوا", "احتشدت", "احتشاد", "للاحتشاد", "اضرب", "اضربوا",
             "اضراب", "اضرابا", "تجمع", "تجمعوا", "تجمعت", "مسيره", "مسيرات", "نزل", "نزلوا",
             "خرج", "خرجوا", "خرجت", "وقفه", "وقفات"),
    **forms_of("Agreement", "اتفاق", "اتفاقا", "اتفاقيه", "معاهده", "هدنه", "اتفق", "اتفقت",
             # only where signed (``kg.relations.event_signing.signed_document``):
             "عقد", "عقدا", "عقود", "عقودا", "صفقه", "صفقات", "مذكره", "مذكرات", "اتفاقيات",
             "اتفاقات", "اتفاقيتين", "اتفاقين", "بروتوكول", "بروتوكولا", "برتوكول", "برتوكولا",
             # only where told as reached (``kg.relations.event_understandings``):
             "تفاهم", "تفاهمات"),
    **forms_of("Visit", "زياره", "زار", "زارت", "يزور", "تزور", "جوله", "جولات", *GREETING_FORMS,
             *INSPECTING_FORMS,
             # only as a trip of the day (``kg.relations.event_trips_today.trip_today``):
             "يتوجه", "تتوجه", "يصل", "تصل", "يتوجهان", "يصلان"),
    **forms_of("Sanction", "عقوبات", "العقوبات"),
    **forms_of("Withdrawal", "انسحاب", "انسحب", "انسحبت", "سحب", *RETREAT_FORMS,
             *WITHDRAWING_VERBS),
    **forms_of("Deployment", "نشر", "انتشار", "ينتشرون", "ينتشر", "دخول", "تواجد", "انزلنا", "انزل",
             "انزلت", "ارسال", "تمركز", *MOBILISE_FORMS, *TROOP_MOVES,
             *DEPLOYING_VERBS, *PUSHING_VERBS),
}
IMPOSING = frozenset({"فرض", "فرضت", "فرضوا", "يفرض", "تفرض", "يفرضون", "مفروض", "مفروضه"})
"""«الحصار الذي يفرضه التحالف», «فرضت حصاراً»: a blockade imposed is a sanction; a siege laid
by troops («قامت بحصار المدينة») stays a military operation."""
BLOCKADE_FORMS = frozenset({"حصار", "حصارا"})
RECIPROCAL_NOUNS = frozenset({"اشتباكات", "اشتباك", "مواجهات", "معارك", "معركه", "اقتتال",
                              "مناوشات", *FIGHTING_NOUNS})
"""Clashes between sides: no side is their agent, the name before them is no agent, and the
sides after «مع»/«بين» are participants («قتل عشرة في مواجهات مع المقاومة»)."""
FRONT_HEADS = frozenset({"مناطق", "منطقه", "جبهات", "جبهه", "ساحه", "ساحات", "خطوط", "خط",
                         "ميدان", "محاور", "محور", "مسرح", "اماكن", "مواقع"})
"""«مناطق المواجهات», «ساحة المعركة», «خطوط الاشتباك»: a place named after the fighting,
not the fighting itself."""
_ACCUSATIVE_NOUNS = ("توغل", "اجتياح", "تمشيط", "حصار", "قصف", "تفجير", "انفجار", "اغتيال",
                     "اعدام", "انسحاب", "انتشار", "تمركز", "احتجاج", "اعتصام", "اضراب",
                     "اشتباك", "استهداف")
"""Verbal nouns whose indefinite accusative adds an alef («شنت القوات قصفاً», «نفذ تفجيراً»,
«إن اشتباكاً وقع بين عناصر الحزب ووحدة إسرائيلية», «نفذت استهدافاً لمواقع المسلحين»)."""
ACCUSATIVE_BASE = {noun + "ا": noun for noun in _ACCUSATIVE_NOUNS
                   if noun + "ا" not in EVENT_TRIGGERS}
"""«تفجيرا» → «تفجير»: the trigger form the other tables list."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS[noun] for form, noun in ACCUSATIVE_BASE.items()})
POSSESSIVE_BASE = {
    **{"سيطرت" + pronoun: "سيطره" for pronoun in ("ه", "ها", "هم")},
    **{"استيلائ" + pronoun: "استيلاء" for pronoun in ("ه", "ها", "هم")},
    **{"زيارت" + pronoun: "زياره" for pronoun in ("ه", "ها", "هم", "هما")},
    **{"لقائ" + pronoun: "لقاء" for pronoun in ("ه", "ها", "هما")},
    **{"اجتماع" + pronoun: "اجتماع" for pronoun in ("ه", "ها", "هما")},
}
RECEPTION_BASE = {"استقبال" + pronoun: "استقبال" for pronoun in ("ه", "ها")}
"""«أكد الأمير فلان لدى استقباله سفير اليابان»: a reception whose pronoun is its host, a meeting
(only with a person met named right after it, see ``kg.relations.possessive``: the bare noun
«استقبال» is no trigger, «استقبال الحجاج», «استقبال الطلبات» being an intake)."""
POSSESSIVE_BASE.update(RECEPTION_BASE)
"""«بسطت جماعة مسلحة سيطرتها على المدينة», «عقب استيلائهم على البلدة»: a verbal noun of
taking control with a possessive pronoun that names its agent (see ``kg.relations.possessive``);
«غادر الرئيس فلان جدة بعد زيارته», «أكد الوزير خلال زيارتها»: a visit whose pronoun is the
visitor; «أكد الرئيس فلان خلال لقائه نظيره»: a meeting whose pronoun is its host (only with a
person met named right after it, see ``kg.relations.possessive``); «وحرص الملك فلان لدى
اجتماعه مع الرئيس الأميركي على ...»: a meeting likewise («اجتماعه», only with the person met
named right after it: «مجلس الوزراء في اجتماعه الأسبوعي» is a body's sitting)."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS.get(noun, "Meeting")
                       for form, noun in POSSESSIVE_BASE.items()})
INFLECTED_BASE = inflected_base(frozenset(EVENT_TRIGGERS))
"""«وقتله» → «قتل», «معاركه» → «معارك»: see ``kg.relations.event_inflections``."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS[base] for form, base in INFLECTED_BASE.items()})
_FIRE = frozenset({"النار", "نار", "النيران", "نيران", "نيرانها", "نيرانهم", "الرصاص", "رصاص",
                   "صواريخ", "صاروخ", "صاروخا", "قذائف", "قذيفه", "قذيفتين", "الصواريخ",
                   "القذائف"})
_DOWNED = frozenset({
    "طائره", "طائرات", "طائرتين", "مروحيه", "مروحيات", "مقاتله", "مقاتلات", "درون", "طيار",
    "قنابل", "قنبله", "براميل", "صاروخ", "صواريخ", "قذائف", "حمولات", "مسيره", "مسيرات",
    "طائرتي", "مروحيتي", "مقاتلتي",  # the dual before its genitive: «أسقطت طائرتي تجسس»
})
"""«أسقطت الدفاعات طائرة», «أسقطت الطائرات براميل»: downing an aircraft or dropping bombs is
an attack; «إسقاط النظام» (overthrow), «إسقاط الدعوى» are not."""
_CROWD = frozenset({"متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "محتجون", "محتجين",
                    "المحتجون", "المحتجين", "الاف", "الالاف", "مئات", "المئات", "عشرات",
                    "العشرات", "حشود", "الحشود", "حشد", "انصار", "مناصري", "مناصرو", "الشوارع",
                    "الشارع", "مظاهره", "مظاهرات", "تظاهره", "تظاهرات", "مسيرات", "مسيره",
                    "احتجاجا", "للاحتجاج", "للتظاهر", "احتجاجات"})
_DEMANDING = frozenset({"يطالبون", "مطالبين", "للمطالبه", "منددين", "تنديدا", "يرددون",
                        "رافعين", "هاتفين", "يهتفون"})
"""«خرج مدنيون يطالبون بتشكيله»: people who went out demanding or chanting protest;
«خرج مدنيون من المدينة» fled."""
TROOP_WORDS = frozenset({"قوات", "القوات", "جنود", "الجنود", "تعزيزات", "قطع", "سفن", "طائرات",
                         "مقاتلات", "وحدات", "كتيبه", "لواء", "فرقه", "قوه", "عسكريين",
                         "مستشارين", "بوارج", "حامله", "مدرعات", "دبابات", "قواته", "قواتها",
                         "جنوده", "جنودها", "قواتنا", "جنودنا"})
"""What a deployment noun deploys («نشر قوات», «إرسال تعزيزات»)."""
ARMED_BODIES = TROOP_WORDS | frozenset({
    "الجيش", "جيش", "الجيوش", "الميليشيات", "ميليشيات", "الميليشيا", "ميليشيا",
    "المليشيات", "مليشيات", "المسلحون", "المسلحين", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي",
    "المقاتلون", "المقاتلين", "مقاتليه", "مقاتليها", "عناصر", "عناصره", "عناصرها", "كتائب",
    "الكتائب", "الويه", "الحشود", "حشودا", "حشوده", "حشودها", "الجنود",
})
"""Who retreats or is mobilised in a military sense («تراجعت قوات النظام», «حشد الجيش
قواته», «حشد النظام مدعوماً بميليشيات»): a retreat or mobilisation needs one within the next
three words. «النظام» counts only for a mobilisation (``MOBILISERS``): «تراجع النظام عن
قراره» is a change of mind."""
MOBILISERS = ARMED_BODIES | frozenset({"النظام"})
_VIGILS = frozenset({"احتجاجيه", "الاحتجاجيه", "احتجاجا"})
"""«نظم العشرات وقفة احتجاجية أمام مقر الحكومة»: a stand is a protest only as one of protest,
not «وقفة أخوية», «وقفة مع النفس», «الوقفة على عرفات»."""
EVENT_COMPLEMENTS: dict[str, frozenset[str]] = {
    **{form: _FIRE for form in ("اطلاق", "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا",
                                *FIRING_PRESENT)},
    **{form: frozenset({"جويه", "جويا", "جويتين", "صاروخيه", "عسكريه"})
       for form in ("ضربه", "ضربات")},
    **{form: frozenset({"انتحاريه", "انتحاريتين", "تفجير", "اغتيال", "خطف", "اختطاف",
                        *MILITARY_ADJECTIVES})
       for form in ("عمليه", "عمليات")},
    **{form: frozenset({"نفسه", "نفسيهما", "انفسهم", "نفسها", "سياره", "عبوه", "قنبله",
                        "حزاما", "حزامه", "شاحنه", "الشحنه", "مفخخه", "ناسفه", "عبوات",
                        "سيارات", "سيارتين", "شاحنات", "عبوتين", "قنابل", "قنبلتين"})
       for form in ("فجر", "فجرت", "فجرا")},
    **{form: _CROWD for form in ("تجمع", "تجمعوا", "تجمعت", "نزل", "نزلوا", "مسيره", "مسيرات")},
    **{form: _CROWD | _DEMANDING for form in ("خرج", "خرجوا", "خرجت")},
    **{form: _VIGILS for form in ("وقفه", "وقفات")},
    "ارسال": TROOP_WORDS,
    "حرب": frozenset({"ضد"}),
    **{form: ARMED_BODIES for form in RETREAT_FORMS},
    **{form: MOBILISERS for form in MOBILISE_FORMS},
    **{form: _DOWNED for form in ("اسقاط", "اسقط", "اسقطت", "اسقطوا")},
}
"""Triggers that name an event only with one of these words within the next three:
«أطلق النار», «ضربة جوية», «عملية انتحارية», «تجمع مئات المتظاهرين», «نزلوا إلى الشوارع»,
«إرسال قوات» (not «إرسال المعلومات»), «فجّر مجهولون خمس سيارات» (what was blown up, counted)."""
SIGNING_VERBS = frozenset({"وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "ابرم", "ابرمت", "ابرموا",
                           "ابرما", "ابرمتا"})
"""«ووقعت وزارة البترول اتفاقا»: one signer is the agreement's agent; «وقعت سبق ومركز ...
اتفاقية» (several) are its parties."""
_FIGURATIVE_BLASTS = frozenset({
    "فضيحه", "الفضيحه", "الخلاف", "خلاف", "الخلافات", "الوضع", "الازمه", "ازمه", "غضب",
    "الغضب", "الصراع", "صراع", "الموقف", "جدل", "الجدل", "ضحكا", "بالبكاء", "باكيا", "غضبا",
    "الشارع", "الاحتقان", "الفقاعه", "فقاعه",
})
FIGURATIVE_SEIZURES = frozenset({
    "الانظار", "انظار", "الاضواء", "الاهتمام", "اهتمام", "القلوب", "قلوب", "الالباب", "الاعجاب",
    "اللقب", "لقب", "الفوز", "فوزا", "الصداره", "النقاط", "نقطه", "البطاقه", "بطاقه", "التعادل",
    "هدف", "هدفا", "الكاس", "البطوله", "الميداليه", "الميداليات", "الابتسامه", "الصوره",
    "الانتباه", "انتباه", "عقول", "العقول", "الانفاس", "انفاس",
})
NON_VIOLENT_OPERATIONS = frozenset({
    "اعتقال", "اعتقالات", "دهم", "مداهمه", "مداهمات", "بحث", "انقاذ", "اغاثه", "اخلاء", "اجلاء",
    "تفتيش", "جراحيه", "زراعه", "بيع", "شراء", "تصويت", "اقتراع", "سلام", "سياسيه", "انتخابيه",
    "تبادل", "تسليم", "ترحيل", "نقل", "توزيع", "تطوير", "تجميل", "تعليميه", "تنمويه", "حسابيه",
    "احلال", "استبدال", "تحويل", "دمج", "ترميم", "صيانه", "تاهيل", "تدريب", "تسجيل", "توظيف",
})
"""After «عملية»/«عمليات»: an operation of another kind («عمليات اعتقال», «عملية جراحية»,
«العملية السياسية»), not an attack, even behind a support verb («نفذت عمليات اعتقال»)."""
AID_WORDS = frozenset({"مساعدات", "مساعده", "اغاثه", "اغاثيه", "انسانيه", "اغذيه", "مواد",
                       "ادويه", "الغذاء", "غذائيه", "مؤن", "معونات"})
"""«إرسال سفن وطائرات تحمل مساعدات»: sending aid is no deployment."""
AIMED_AT = frozenset({
    "فئه", "الفئه", "فئات", "الفئات", "شريحه", "الشريحه", "شرائح", "الشرائح", "السيطره",
    "تحقيق", "الوصول", "زياده", "رفع", "تعزيز", "تطوير", "جذب", "استقطاب", "توعيه", "تاهيل",
    "تدريب", "خفض", "تقليل", "الحد", "تحسين", "دعم", "تشجيع", "ابراز", "نشر", "طرد", "تهجير",
    "زعزعه", "اضعاف", "تقويض", "افشال", "عرقله",
})
"""After a targeting verb: a public or an aim («استهدفت المسابقة فئة الشباب», «استهدف الهجوم
السيطرة على المدينة», «يستهدف البرنامج رفع الوعي», «استهدف الهجوم طرد السكان»), not what an
attack hit."""
AIMING_SCHEMES = frozenset({
    "الحمله", "حمله", "الحملات", "حملات", "المبادره", "مبادره", "البرنامج", "برنامج",
    "المسابقه", "مسابقه", "المشروع", "مشروع", "الدوره", "دوره", "الورشه", "ورشه", "الدراسه",
    "دراسه", "الفعاليه", "فعاليه", "الفعاليات", "المعرض", "معرض", "الندوه", "ندوه", "الخطه",
    "خطه", "المنحه", "الجائزه", "المهرجان", "الاعلانات", "الزياره", "الجوله", "الخدمه",
})
"""Subjects of a targeting verb that are schemes aimed at a public («استهدفت الحملة
الإعلانية الشباب», «استهدف البرنامج طلاب المدارس»), never the doers of a strike."""
_TIME_ENTERED = frozenset({
    "عامها", "عامه", "عامهم", "يومها", "يومه", "شهرها", "شهره", "اسبوعها", "مرحله", "المرحله",
    "حيز", "التاريخ", "السوق", "المنافسه", "سباق", "السباق", "موسوعه", "قائمه", "القائمه",
    "المستشفي", "غيبوبه", "حاله", "اضرابا",
})
"""After «دخلت»: a stage, a year, a list or a state entered, no ground («الأزمة التي دخلت
عامها الرابع», «دخلت حيز التنفيذ»)."""
EVENT_NOT_BEFORE: dict[str, frozenset[str]] = {
    "اعتدت": frozenset({"ان"}),
    **{form: NON_VIOLENT_OPERATIONS for form in ("عمليه", "عمليات")},
    **{form: _FIGURATIVE_BLASTS for form in ("انفجر", "انفجرت", "انفجار")},
    "سحب": frozenset({"علي"}),
    **{form: _TIME_ENTERED for form in ("دخلت", "دخل")},
    "فجر": frozenset({"اليوم", "امس", "الامس", "يوم", "الغد", "السبت", "الاحد", "الاثنين",
                      "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"}),
}
"""Words right after a trigger that make it another word or a figure: «اعتدت أن أعيش» (I
got used to; «اعتدت على» too, unless blows follow: ``kg.relations.event_beatings``),
«انفجرت فضيحة», «انفجار الأزمة», «السحب على الجوائز» (a prize draw), «فجر اليوم» (dawn)."""
SEIZURE_FORMS = frozenset({"خطف", "خطفت", "خطفوا", "خطفا", "اختطف", "اختطفت", "اختطفوا",
                           "اختطفا", "يختطف", "تختطف"})
"""Kidnapping forms, a figure with ``FIGURATIVE_SEIZURES`` among the next three words:
«اختطف الفيلم الأنظار» (caught the eye), «خطف الفريق الفوز»."""
LIFTING = frozenset({"رفع", "الغاء", "تخفيف", "انهاء", "تعليق", "رفعها", "تجميد", "ازاله"})
"""Before a sanctions or blockade noun: lifted, eased or ended, not imposed («رفع الحصار»)."""
EVENT_NOT_AFTER: dict[str, frozenset[str]] = {
    **{form: frozenset({"وقف", "لوقف", "بوقف", "ووقف", "هدنه", "خرق", "خروقات"})
       for form in ("اطلاق", "اطلق", "اطلقت", "اطلقوا", *FIRING_PRESENT)},
    "سيطره": frozenset({"تحت", "الخاضعه", "خاضعه", "الخاضعين", "خاضعين", "الواقعه", "القياده",
                        "تحدي", "لتحدي", "انهاء", "لانهاء", "ظل", "استمرار", "مناطق",
                        "منطقه", "رغم", "الاعتراف", "بالاعتراف", "اعتراف", "يعترف",
                        "تعترف"}),
    **{form: LIFTING for form in ("عقوبات", "العقوبات", "حصار")},
}
"""«وقف إطلاق النار» is a ceasefire, not shooting; «تحت سيطرة الحوثيين», «الخاضعة لسيطرة»,
«لتحدي سيطرة الحوثيين على معظم اليمن», «في ظل سيطرة», «مناطق سيطرة», «الاعتراف بالسيطرة
الإسرائيلية على الجولان» is a state of control,
not an operation; «رفع العقوبات», «تخفيف العقوبات» end sanctions
laid before, they impose none."""
PATIENT_NOUNS = frozenset({
    "مقتل", "اغتيال", "اعدام", "استهداف", "اختطاف", "خطف", "تعذيب", "اغتصاب", "قتل", "مصرع",
    "استشهاد", *FOUND_KILLED_FORMS,
})
"""Nominal triggers whose genitive is the victim: «مقتل الصحفي», «اغتيال الرئيس»; the
participle «مقتولاً» has no doer before it either (the one found killed stands there)."""
AGENT_REQUIRED_NOUNS = frozenset({"تعذيب", "اغتصاب", "خطف", "اختطاف", "قتل", "اعدام", "استهداف"})
"""Nouns mostly used of a practice or a charge («تعرض للتعذيب», «قضية خطف»): as nouns they
name an event only with a named agent."""
VERB_OR_NOUN = frozenset({"قتل", "خطف", "فتح", "اعدام", "قصف", "هجوم", "تفجير"})
"""Forms that are also verbal nouns: they are verbs only where a clause can start."""
CLAUSE_OPENERS = frozenset({
    "قد", "لقد", "فقد", "كما", "حيث", "ثم", "كان", "كانت", "ان", "انه", "انها", "انهم", "امس",
    "الذين", "الذي", "التي", "حين", "عندما", "بعدما", "فيما", "بينما", "اذ", "وقد", "وكان",
    "وكانت", "فيها", "فيه", "اليوم", "بعد", "لما", "لانه", "لانها", "لانهم", "بانه", "بانها",
    "بانهم", "كونه", "كونها", "وانه", "وانها", "من",
})
"""Words after which a verb of ``VERB_OR_NOUN`` reads as a verb («فيما قتل 12 شخصاً»)."""
NOUN_GOVERNORS = frozenset({
    "عمليه", "عمليات", "جرائم", "جريمه", "حملات", "حمله", "مسلسل", "موجه", "سلسله", "اعمال",
    "عاتقهم", "عاتقه",
})
EVENT_TRIGGER_CONFIDENCE = 0.65
find_event = cached_lookup(EVENT_TRIGGERS)
"""``lookup(word, EVENT_TRIGGERS)``, remembered per word."""

LIGHT_VERBS = frozenset({"قمنا", "قام", "قامت", "قاموا", "تقوم", "يقوم", "نقوم", "قاما", "قيام"})
"""«قمنا بإعادة نشر», «الموافقة على قيام الوزير بزيارة»: the subject of the light verb (or of
its verbal noun) is the event's agent."""
