"""Precision fixes of session 26 (prec26); sentences written for the test.

Rules:

- a former word («السابق», «سابقا», «الأسبق») closing a title phrase after its body or
  country keeps the position a former one: «X قائد الأندلس السابق» → «قائد الأندلس
  السابق» (no body read: the span as printed), «الرئيس الموريتاني السابق X» → «الرئيس
  السابق» + positionOf the country (:mod:`kg.relations.former_titles`); not past a comma,
  a particle or another title («مديرا للمركز خلفا للمدير السابق»).
- a player of clubs joined by «و» and closed by «سابقا» left them all: «X مهاجم توتنهام
  وليفربول سابقا» is no memberOf (:func:`kg.relations.geography._former`).
- a short quotation between the speaker's name and a colon is his role, not his words:
  «ويقول X «موظف في منتجع سياحي»: إن ...» (:mod:`kg.relations.quoted_labels`).
- after a verb of informing, the country adjective of the one told is no second name:
  «X الذي أبلغ صحيفة «بيلد» الألمانية أن ...» is said by X, not the newspaper
  (:mod:`kg.relations.adjective_tails`); «أبلغت الحكومة الأمريكية مجلس الأمن» still by
  the government.
- a title head with the pronoun «ه» before its masculine definite adjective is another
  man's office: «لإقناع مديره الفني X» gives X no position
  (:func:`kg.relations.title_ends.pronoun_title`).
- «على» (spelt with «ى») left at the end of a title cut before its object is dropped:
  «المشرف العام على الفريق الاتحادي X» → «المشرف العام»
  (:func:`kg.relations.title_ends.dangling_on`).
- a title's name stops before «أحد» («مدير أحد المنتجعات» → «مدير») and, after a trade's
  head (مدرب، لاعب ...), before a nationality adjective («المدرب السويسري» → «المدرب»: a
  Swiss coach) (:func:`kg.relations.title_ends.title_stops_at`).
- a region noun right before the body read for the title is the body's word: «أمير منطقة
  الرياض» → «أمير» + positionOf الرياض (:func:`kg.relations.title_ends.region_before_body`).
"""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs, said


def _run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="doc-prec26", text=text))


def _positions(doc: Document) -> set[str]:
    return {o for _, o in pairs(doc, "holdsPosition")}


def test_former_word_after_the_club_keeps_the_post_former(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ويتقاضى سامر الحلواني قائد برشلونة السابق مليوني دولار سنويا.")
    positions = _positions(doc)
    assert positions and all("السابق" in p for p in positions)


def test_former_word_after_the_country_adjective(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال الرئيس الموريتاني السابق كمال ولد سيدي إن الوضع صعب.")
    assert ("كمال ولد سيدي", "الرئيس السابق") in pairs(doc, "holdsPosition")


def test_former_word_after_the_club_as_coach(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال سامر الحلواني مدرب الهلال الأسبق إن الفريق قوي.")
    positions = _positions(doc)
    assert positions and all("الأسبق" in p for p in positions)


def test_a_current_post_stays_as_it_is(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال سامر الحلواني مدرب الهلال إن الفريق قوي.")
    assert ("سامر الحلواني", "مدرب") in pairs(doc, "holdsPosition")


def test_no_former_word_past_a_comma(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال سامر الحلواني مدرب الهلال، السابق ذكره، إن الفريق قوي.")
    assert ("سامر الحلواني", "مدرب") in pairs(doc, "holdsPosition")


def test_no_former_word_past_a_particle(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وعين المجلس سامر الحلواني مديرا للمركز خلفا للمدير السابق.")
    assert not any("السابق" in p for p in _positions(doc))


def test_former_player_of_joined_clubs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ويتقاضى سامر الحلواني مهاجم توتنهام وليفربول سابقا مليوني دولار.")
    assert not pairs(doc, "memberOf")


def test_player_of_a_club_still(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ويتقاضى سامر الحلواني مهاجم توتنهام وليفربول مليوني دولار.")
    assert ("سامر الحلواني", "توتنهام") in pairs(doc, "memberOf")


def _said(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return said(_run(pipeline, text))


def test_quoted_role_before_the_colon_is_no_quote(pipeline: Pipeline) -> None:
    found = _said(pipeline, "ويقول فهد الغانمي «موظف في منتجع سياحي»: إن الأسعار مرتفعة جدا.")
    assert ("فهد الغانمي", "موظف في منتجع سياحي") not in found
    assert any(quote.startswith("الأسعار مرتفعة") for _, quote in found)


def test_quotation_after_the_colon_is_the_quote(pipeline: Pipeline) -> None:
    found = _said(pipeline, "وقال فهد الغانمي: «الأسعار مرتفعة جدا هذا العام».")
    assert any(quote.startswith("الأسعار مرتفعة") for _, quote in found)


def test_quotation_closing_the_sentence_is_the_quote(pipeline: Pipeline) -> None:
    found = _said(pipeline, "وقال فهد الغانمي «الأسعار مرتفعة جدا هذا العام».")
    assert any(quote.startswith("الأسعار مرتفعة") for _, quote in found)


def test_told_newspaper_with_its_country_is_no_speaker(pipeline: Pipeline) -> None:
    found = _said(pipeline, "وكان مارتن شولتز الذي أبلغ صحيفة «بيلد» الألمانية أن الشركة "
                            "ستطرح سيارة جديدة.")
    assert {speaker for speaker, _ in found} == {"مارتن شولتز"}


def test_informing_government_with_its_country_speaks(pipeline: Pipeline) -> None:
    found = _said(pipeline, "وأبلغت الحكومة الأمريكية مجلس الأمن أن القوات انسحبت.")
    assert found and "مجلس الأمن" not in {speaker for speaker, _ in found}


def test_his_director_before_its_adjective_is_no_position(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وسيكون على نافاس بذل الجهد لإقناع مديره الفني رافاييل بينيتيز بجدارته.")
    assert not pairs(doc, "holdsPosition")


def test_the_director_before_its_adjective_is_a_position(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال المدير الفني رافاييل بينيتيز إن الفريق جاهز.")
    assert ("رافاييل بينيتيز", "المدير الفني") in pairs(doc, "holdsPosition")


def test_a_title_cut_before_its_object_loses_the_dangling_on(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وكان عضو الشرف والمشرف العام على الفريق الاتحادي منصور البلوي قرر "
                         "أن يلتقي المدرب.")
    assert _positions(doc) == {"المشرف العام"}


def test_a_title_with_its_object_keeps_on(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال المشرف العام على المركز الدكتور عبدالله الربيعة إن المساعدات وصلت.")
    assert any("على" in p for p in _positions(doc))


def test_a_coach_nationality_is_no_part_of_his_office(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال كريستيان غروس المدرب السويسري إن الفريق جاهز.")
    assert _positions(doc) == {"المدرب"}


def test_a_minister_country_adjective_still_gives_the_country(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد.")
    assert ("جون كيري", "وزير الخارجية") in pairs(doc, "holdsPosition")
    assert pairs(doc, "positionOf")


def test_director_of_one_of_the_resorts_is_a_director(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال زكريا هاشم مدير أحد المنتجعات إن الأنشطة متوفرة.")
    assert _positions(doc) == {"مدير"}


def test_director_of_a_named_resort_keeps_it(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال زكريا هاشم مدير منتجع الشاطئ إن الأنشطة متوفرة.")
    assert _positions(doc) and _positions(doc) != {"مدير"}


def test_the_region_noun_before_the_city_is_no_part_of_the_office(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "قلد الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض، في مكتب "
                         "سموه، العقيد مرزوق الهيضل رتبته الجديدة.")
    assert ("فيصل بن بندر بن عبدالعزيز", "أمير") in pairs(doc, "holdsPosition")


def test_a_region_noun_with_no_body_after_stays(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال مدير منطقة جدة التعليمية خالد سالم إن المدارس جاهزة.")
    assert any("منطقة" in p for p in _positions(doc))
