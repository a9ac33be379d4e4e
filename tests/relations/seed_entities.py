"""The entities a gazetteer and linker find in the seed article (for the stand-alone seed test)."""

from tests.relations.docbuilder import E

US = E("Country", "الولايات المتحدة", ("الولايات المتحدة الأمريكية", "الولايات المتحدة"), "Q30")
WASHINGTON = E("City", "واشنطن", ("واشنطن",), "Q61")
COALITION = E("InternationalOrganization", "التحالف الدولي لهزيمة داعش",
              ("التحالف الدولي لهزيمة داعش",), "Q18590397")
ISIS = E("ArmedGroup", "تنظيم الدولة الإسلامية",
         ("تنظيم الدولة الإسلامية", "الدولة الإسلامية", "الدولة الاسلامية", "داعش"), "Q2429253")
POMPEO = E("Person", "مايك بومبيو", ("مايك بومبيو", "بومبيو"), "Q473239")
SYRIA = E("Country", "سوريا", ("سوريا",), "Q858")
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
NATO = E("InternationalOrganization", "حلف الناتو", ("حلف الناتو",), "Q7184")
STOLTENBERG = E("Person", "ينس ستولتنبرغ", ("جينس ستولتنبرغ",), "Q57286")
STATE_DEPARTMENT = E("GovernmentBody", "وزارة الخارجية الأمريكية", ("وزارة الخارجية",), "Q789915")
SALES = E("Person", "ناثان سيلس", ("ناثان سيلس",))
SDF = E("ArmedGroup", "قوات سوريا الديمقراطية", ("قوات سوريا الديمقراطية",), "Q21480300")
JEFFREY = E("Person", "جيمس جيفري", ("جيمس جيفري", "جيفري"), "Q6139131")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
SYRIAN_REGIME = E("GovernmentBody", "الحكومة السورية", ("النظام السوري",))
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
MAZLOUM = E("Person", "مظلوم عبدي", ("مظلوم",), "Q65090268")
TRUMP = E("Person", "دونالد ترامب", ("ترامب",), "Q22686")
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",), "Q37470")

SEED_ENTITIES = [US, WASHINGTON, COALITION, ISIS, POMPEO, SYRIA, IRAQ, NATO, STOLTENBERG,
                 STATE_DEPARTMENT, SALES, SDF, JEFFREY, TURKEY, SYRIAN_REGIME, RUSSIA, MAZLOUM,
                 TRUMP, UNSC]
