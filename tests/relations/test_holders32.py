"""Stance holders described before their verb, and titled objects, session 32.

- «لكن وزارة الخارجية التابعة للحكومة المؤقتة رفضت الاتهامات», «إن حركة حماس، المدعومة من
  إيران، ترفض الاتفاق»: the name before a participle of belonging (with its side) or a
  participle's phrase between commas holds the verb's stance, never the side named after the
  participle; the name opens its clause and agrees with the participle and the verb
  (:mod:`kg.relations.stance_participle_asides`). The speaker of a verb of saying is read the
  same way, as it is after «من جهتها» (:mod:`kg.relations.speakers`); what is denied runs
  on past one word the reporter quotes («نفت هذا “الادعاء”», :mod:`kg.relations.statement_objects`).
- «ووصل X إلى القاهرة أمس وانتقد Y»: an opening verb whose root starts with «و» («ووصل»,
  «ووجه») is still a verb whose subject a later «و» + verb shares
  (:mod:`kg.relations.stance_opening_subjects`); so is the opening verb after a fronted
  phrase of time («ومباشرة بعد ذلك سخرت X من Y وهددتها»,
  :mod:`kg.relations.stance_fronted_times`).
- «سخرت حركة الشباب من كينيا وهددتها بهجمات»: a threat, a warning or a criticism whose
  object is the feminine pronoun on the verb is toward the one body or country named between
  the subject and the verb, as an appeal is (:mod:`kg.relations.stance_objects`).
- «نددت الحكومة الليبية المعترف بها دوليا بالهجوم»: a passive participle with a pronoun
  of the holder after the holder's name describes it, and is no object
  (:mod:`kg.relations.stance_recognised_holders`).
- «أعرب الأمين العام لمجلس التعاون، الدكتور X، عن استغرابه», «وأعلن رئيس الوزراء، X،
  رفضه»: a light verb's title subject with the holder's name between commas right before the
  stance noun (:mod:`kg.relations.stance_comma_titled`).
- «ويقول الصحافي إن الصحيفة الأمريكية رفضت نشر المقال»: a bare kind noun fronted after
  «أن»/«إن» right before the verb stands for the one body of that kind named before
  (:mod:`kg.relations.stance_kind_subjects`).
- «أصدرت X بيانا يدين الهجوم», «نشرت صحيفة X افتتاحية أشادت بـ Y»: a stance verb right
  after an indefinite document noun, agreeing with it, is the document's; its holder is the
  one who issued it (:mod:`kg.relations.stance_document_holders`).
- «الضغوط على أعضاء مجلس النواب المؤيدين للاتفاق»: a stance adjective after a name in
  construct with a noun of members is the members', not the body's
  (:mod:`kg.relations.stance_adjective_heads`).
- «تقف إلى جانب رئيس الوزراء، بنيامين نتنياهو،», «طلب X من وزير الخارجية، جون كيري، ...»: a
  title read as the object stands for the person named between commas right after it
  (:mod:`kg.relations.stance_apposed_titles`).

Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, said, said_speakers, stances
from tests.relations.docbuilder import E, build_doc

MINISTRY = E("GovernmentBody", "وزارة الخارجية", ("وزارة الخارجية",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
HADI = E("Person", "عبد ربه منصور هادي", ("عبد ربه منصور هادي",))
ABBAS = E("Person", "محمود عباس", ("محمود عباس",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما", "أوباما"))
KERRY = E("Person", "جون كيري", ("جون كيري",))
NETANYAHU = E("Person", "بنيامين نتنياهو", ("بنيامين نتنياهو",))
LOBBY = E("Organization", "إيباك", ("إيباك",))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
KENYA = E("Country", "كينيا", ("كينيا",))
IRAN_GOV = E("GovernmentBody", "الحكومة الإيرانية", ("الحكومة الإيرانية",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
LIBYA_GOV = E("GovernmentBody", "الحكومة الليبية", ("الحكومة الليبية",))
GCC = E("InternationalOrganization", "مجلس التعاون لدول الخليج العربية",
        ("مجلس التعاون لدول الخليج العربية",))
ZAYANI = E("Person", "عبداللطيف الزياني", ("عبداللطيف الزياني",))
STAR = E("MediaOrganization", "تورونتو ستار", ("تورونتو ستار",))
SUN = E("MediaOrganization", "تورونتو صن", ("تورونتو صن",))
USA = E("Country", "الولايات المتحدة", ("الأمريكية",), "Q30")
NYT = E("MediaOrganization", "نيويورك تايمز", ("نيويورك تايمز",))
HOUSE = E("GovernmentBody", "مجلس النواب", ("مجلس النواب",))
ENTITIES = [MINISTRY, INTERIOR, HAMAS, IRAN, HADI, ABBAS, OBAMA, KERRY, NETANYAHU, LOBBY,
            SHABAAB, KENYA, IRAN_GOV, CAIRO, LIBYA_GOV, GCC, ZAYANI, STAR, SUN, USA,
            NYT, HOUSE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_holder_before_participle_of_belonging() -> None:
    doc = run("لكن وزارة الخارجية التابعة للحكومة المؤقتة رفضت الاتهامات الإيرانية.")
    assert ("rejects", "وزارة الخارجية", "الاتهامات الإيرانية") in stances(doc)


def test_holder_before_participle_with_named_side() -> None:
    doc = run("وأكد مسؤول أن وزارة الداخلية الموالية للرئيس عبد ربه منصور هادي أدانت الهجوم "
              "على المعسكر.")
    holders = {holder for _, holder, _ in stances(doc)}
    assert "وزارة الداخلية" in holders
    assert "عبد ربه منصور هادي" not in holders


def test_holder_before_participle_between_commas() -> None:
    doc = run("وقالت الصحيفة إن حركة حماس، المدعومة من إيران، ترفض الاتفاق.")
    assert ("rejects", "حركة حماس", "الاتفاق") in stances(doc)
    assert not any(holder == "إيران" for _, holder, _ in stances(doc))


def test_participle_aside_gender_must_agree() -> None:
    # a masculine participle and verb after a feminine body: not its phrase
    doc = run("وقالت الصحيفة إن وزارة الخارجية، المسؤول عن الملف، يرفض الاتفاق.")
    assert not any(holder == "وزارة الخارجية" for _, holder, _ in stances(doc))


def test_participle_aside_needs_a_clause_opening() -> None:
    # the name is a genitive of «بيان», not the head of its clause
    doc = run("وانتشر بيان وزارة الخارجية التابعة للحكومة المؤقتة رفضت فيه الاتهامات.")
    assert not any(holder == "وزارة الخارجية" and obj == "الاتهامات"
                   for _, holder, obj in stances(doc))


def test_side_must_be_a_named_or_definite_phrase() -> None:
    # «التابعة لعدد من ...» runs on into an indefinite phrase: left alone
    doc = run("لكن وزارة الداخلية التابعة لعدد كبير من قادة الفصائل رفضت الاتهامات.")
    assert not any(holder == "وزارة الداخلية" for _, holder, _ in stances(doc))


def test_speaker_before_participle_of_belonging() -> None:
    doc = run("وقع انفجار في غزة أمس. لكن وزارة الداخلية التابعة للحركة نفت هذا الادعاء.")
    assert said_speakers(doc) == {"وزارة الداخلية"}
    assert {holder for holder, _ in pairs(doc, "denies")} == {"وزارة الداخلية"}


def test_speaker_before_side_aside() -> None:
    doc = run("وقع انفجار في غزة أمس. ووزارة الخارجية، من جهتها، أكدت أن الهجوم إرهابي.")
    assert said_speakers(doc) == {"وزارة الخارجية"}


def test_title_object_with_name_between_commas() -> None:
    doc = run("وقالت إن «إيباك»، المناصرة بشكل عام لليمين وحكوماته، تقف إلى جانب رئيس "
              "الوزراء، بنيامين نتنياهو، بشكل كامل.")
    assert ("supports", "إيباك", "بنيامين نتنياهو") in stances(doc)


def test_title_addressee_with_name_between_commas() -> None:
    doc = run("وطلب أوباما من وزير الخارجية، جون كيري، الالتزام بالاتفاق.")
    assert ("urges", "باراك أوباما", "جون كيري") in stances(doc)
    assert not any(obj == "وزير الخارجية" for _, _, obj in stances(doc))


def test_title_object_name_not_closed_stays() -> None:
    # the name runs on into «وزوجته»: no closed apposition, the person is not read
    doc = run("وطلب أوباما من وزير الخارجية، جون كيري وزوجته الالتزام بالاتفاق.")
    assert ("urges", "باراك أوباما", "جون كيري") not in stances(doc)


def test_coordinated_verb_after_waw_initial_opening_verb() -> None:
    doc = run("ووصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس وانتقد الحكومة الإيرانية.")
    assert ("criticizes", "جون كيري", "الحكومة الإيرانية") in stances(doc)


def test_coordinated_verb_after_fronted_time_phrase() -> None:
    doc = run("ومباشرة بعد ذلك سخرت حركة الشباب من كينيا وهددتها بهجمات أخرى.")
    assert ("threatens", "حركة الشباب", "كينيا") in stances(doc)


def test_fronted_place_is_no_time_phrase() -> None:
    # «وفي القاهرة» is a place, not a phrase of time: the verb after it opens nothing
    doc = run("وفي القاهرة استقبل الرئيس الوفد وانتقد الحكومة الإيرانية.")
    assert not any(holder == "القاهرة" for _, holder, _ in stances(doc))


def test_threat_pronoun_needs_one_body_before() -> None:
    # two bodies between the subject and the verb: the pronoun names no one for sure
    doc = run("وسخرت حركة الشباب من كينيا ومن الحكومة الإيرانية وهددتها بهجمات أخرى.")
    assert not any(kind == "threatens" and obj in {"كينيا", "الحكومة الإيرانية"}
                   for kind, _, obj in stances(doc))


def test_recognised_holder_phrase_is_no_object() -> None:
    doc = run("من جهتها، نددت الحكومة الليبية المعترف بها دوليا بالهجوم على الميناء.")
    assert {obj for _, _, obj in stances(doc)} == {"الهجوم"}


def test_recognised_holder_phrase_before_direct_object() -> None:
    doc = run("ورفضت الحكومة الليبية المعترف بها الاتفاق الجديد.")
    assert ("rejects", "الحكومة الليبية", "الاتفاق الجديد") in stances(doc)
    assert not any(obj.startswith("المعترف") for _, _, obj in stances(doc))


def test_light_verb_title_with_name_between_commas() -> None:
    doc = run("أعرب الأمين العام لمجلس التعاون لدول الخليج العربية، الدكتور عبداللطيف الزياني، "
              "عن استغرابه من تصريحات الحكومة الإيرانية.")
    assert {holder for _, holder, _ in stances(doc)} == {"عبداللطيف الزياني"}


def test_light_verb_title_with_name_between_commas_direct_noun() -> None:
    doc = run("وأعلن رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، رفضه للاتفاق النووي.")
    assert ("rejects", "بنيامين نتنياهو", "الاتفاق النووي") in stances(doc)


def test_comma_name_without_light_verb_title_is_no_holder() -> None:
    # the words before the commas are no title after a light verb: a list, not an apposition
    doc = run("وأشارت الصحف إلى مواقف إيران، جون كيري، رفضه للاتفاق النووي.")
    assert not any(holder == "جون كيري" for _, holder, _ in stances(doc))


def test_denied_phrase_runs_past_a_quoted_word() -> None:
    doc = run("وقع انفجار في غزة أمس. لكن وزارة الداخلية التابعة للحركة نفت هذا “الادعاء”.")
    assert said(doc) == {("وزارة الداخلية", "هذا “الادعاء”")}


def test_denied_phrase_stops_after_the_quoted_word() -> None:
    doc = run("ونفت وزارة الداخلية هذا “الادعاء” في بيان صدر أمس.")
    assert said(doc) == {("وزارة الداخلية", "هذا “الادعاء”")}


_PAPER = "تواجه صحيفة «تورونتو ستار» إحراجا بعد استقالة صحافي. "


def test_fronted_kind_noun_after_inna() -> None:
    # session 34: «رفضت نشر الخبر» declines to publish (no stance); a real refusal here
    doc = run(_PAPER + "ويقول الصحافي إن الصحيفة الأمريكية رفضت الاتهامات.")
    assert ("rejects", "تورونتو ستار", "الاتهامات") in stances(doc)


def test_fronted_kind_noun_opening_a_quote() -> None:
    doc = run(_PAPER + "ويقول الصحافي إن الصحيفة «رفضت الاتهامات».")
    assert {holder for _, holder, _ in stances(doc)} == {"تورونتو ستار"}


def test_fronted_kind_noun_with_two_papers_named_is_no_one() -> None:
    doc = run("تنافست صحيفة «تورونتو ستار» وصحيفة «تورونتو صن» على الخبر. "
              "ويقول الصحافي إن الصحيفة رفضت الاتهامات.")
    assert not any(kind == "rejects" for kind, _, _ in stances(doc))


def test_verb_describing_an_issued_statement() -> None:
    doc = run("وأصدرت حركة حماس بيانا يدين الهجوم على المسجد.")
    assert ("condemns", "حركة حماس", "الهجوم") in stances(doc)


def test_verb_describing_a_published_editorial() -> None:
    doc = run("ونشرت صحيفة نيويورك تايمز افتتاحية أشادت بالاتفاق النووي.")
    assert ("praises", "نيويورك تايمز", "الاتفاق النووي") in stances(doc)


def test_received_letter_has_no_issuer() -> None:
    doc = run("وتلقت وزارة الخارجية رسالة تدين الهجوم على المسجد.")
    assert not any(holder == "وزارة الخارجية" for _, holder, _ in stances(doc))



def test_members_adjective_is_not_the_bodys() -> None:
    doc = run("وستمارس المنظمة الضغوط على أعضاء مجلس النواب المؤيدين للاتفاق النووي.")
    assert not any(holder == "مجلس النواب" for _, holder, _ in stances(doc))


def test_body_adjective_still_the_bodys() -> None:
    doc = run("وأكد المسؤول أن مجلس النواب المؤيد للاتفاق النووي سيصوت غدا.")
    assert ("supports", "مجلس النواب", "الاتفاق النووي") in stances(doc)
