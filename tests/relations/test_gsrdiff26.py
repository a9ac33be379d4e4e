"""Violent and protest words that name no event (session 26, read on the OEDA Arabic gold).
Made-up sentences.

Rules tested:

- «استهدف» with an aim as its object («استهدف الهجوم طرد السكان») hits no one, and the blast
  of a gas cylinder is an accident (``AIMED_AT``, ``DISASTER_WORDS``);
- a killing of an abstract thing is a figure («قتلت كل بصيص أمل»); an outburst of laughter
  or a situation bursting is no blast («فانفجرت ... بالضحك», «انفجر الوضع»); a violent word
  right after a work noun is a title («فيلم «اغتيال ...»», «رواية «اغتيال ...»»); «هاجم» with
  «ما سماه» after it, or a wish or a strike as its object, attacks in words, as does an
  attack on the web; a protest noun behind the «ل» of purpose is an aim or a right («ضوابط
  للتظاهر»); vehicles gathering are traffic; «خرج خاسراً» is an outcome
  (``kg.relations.event_figures``);
- a violent noun behind «شن» that is an alternative («أو شن عملية»), a predicate of «هو», or
  governed by a verb of resorting («أن تلجأ ... إلى شن عمليات»); past an intent and a quoted
  name («عزم عناصر «الجبهة» خطف»); behind «لصد»: an aim, no event; a deed told by a rumour
  is not asserted; a violent noun in a list of practices after «ما يجري ... من» is violence
  as a kind; «حتى الآن» after a killing makes it a count so far
  (``kg.relations.event_unasserted``);
- a month's name glossing the one before it («أواخر أبريل (نيسان)») is a date, no doer
  (``timex.month_in_date``);
- a name right before a verb of suffering («أن فلاناً لقي مصرعه») is no doer
  (``event_bystanders``);
- the subject of a verb of reacting («أدانت رملاند أمس قتل ...») is no doer of what it
  reacts to (``event_bystanders``);
- «أودى» with «بحياة» after it is the verb of the toll, no name the tagger may read
  (``kg.ner.toll_verbs``);
- a trigger verb in the present («ويعتصم») is not made background by a year told after it
  in another clause («الذي أطاحه انقلاب عام 2006»), unless «كان» makes it a past habit
  (``timex_present``).
"""

from __future__ import annotations

from kg.model import Document
from kg.ner.toll_verbs import toll_verb
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

KAREEM = E("Person", "كريم الهادي", ("كريم الهادي",))
SALMA = E("Person", "سلمى العارف", ("سلمى العارف",))
FRONT = E("Organization", "جبهة الصخر", ("جبهة الصخر",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
TOWN = E("City", "وادي النخيل", ("وادي النخيل",))
ALL = [KAREEM, SALMA, FRONT, RAMLAND, TOWN]
VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def violent(text: str) -> list[str]:
    return [e.label for e in run(text).events if e.label in VIOLENT]


def protests(text: str) -> list[str]:
    return [e.label for e in run(text).events if e.label == "Protest"]


def test_killing_an_abstract_thing_is_a_figure() -> None:
    assert violent("وسياسات الحكومات المتعاقبة قتلت كل بصيص أمل لدى الشباب.") == []
    assert violent("وقتلت الميليشيات كل سكان القرية في وادي النخيل أمس.") != []


def test_bursting_into_laughter_is_no_blast() -> None:
    assert violent("فانفجرت سلمى العارف وزميلتها بالضحك أمام الصحافيين.") == []
    assert violent("وقالت الشرطة إن الوضع انفجر في وادي النخيل، ثم انفجر الوضع مجددا.") == []
    assert violent("وانفجرت قنبلة في سوق وادي النخيل أمس.") != []


def test_a_violent_word_after_a_work_noun_is_a_title() -> None:
    assert violent("وفاز الممثل بجائزة عن دوره في فيلم «اغتيال كريم الهادي على يد جبهة "
                   "الصخر» للمخرجة سلمى العارف.") == []
    assert violent("وصدرت في رملاند رواية «اغتيال كريم الهادي على يد جبهة الصخر».") == []
    assert violent("واغتال مسلحون كريم الهادي في رملاند أمس.") != []


def test_attacking_what_someone_called_so_is_in_words() -> None:
    assert violent("وهاجم كريم الهادي، دون أن يسمي حزبا، ما سماه بعمالة بعض الساسة.") == []
    assert violent("فهاجم كريم الهادي رغبة منافسه في الحوار مع رملاند.") == []
    assert violent("وهاجم مسلحون مقرا للشرطة في وادي النخيل أمس.") != []


def test_an_attack_on_the_web_is_in_words() -> None:
    assert violent("وتعرضت سلمى العارف لهجوم في بعض المواقع على شبكة الانترنت.") == []
    assert violent("وهاجم مسلحون مقهى للانترنت في وادي النخيل أمس.") != []


def test_a_protest_noun_of_purpose_is_an_aim() -> None:
    assert protests("وطالب كريم الهادي بوضع ضوابط للتظاهر على سلالم النقابة.") == []
    assert protests("وتظاهر مئات الطلاب في وادي النخيل أمس.") != []


def test_vehicles_gathering_are_traffic_and_coming_out_a_loser_an_outcome() -> None:
    assert protests("وتجمعت مئات السيارات والشاحنات عند الحدود مع رملاند.") == []
    assert protests("وتجمع مئات المحتجين عند الحدود مع رملاند أمس.") != []
    assert protests("وكان كريم الهادي هو الذي خرج خاسرا من الشارع.") == []


def test_an_alternative_or_a_predicate_of_launching_is_an_option() -> None:
    assert violent("لكنه لا ينوي فرض حصار بحري أو شن عملية برية ضد جبهة الصخر.") == []
    assert violent("أما الخيار الثالث، فهو شن هجوم بري واسع عبر حدود رملاند.") == []
    assert violent("وقالت الشرطة إن جبهة الصخر شنت هجوما على وادي النخيل أمس.") != []


def test_launching_after_a_verb_of_resorting_is_a_prospect() -> None:
    assert violent("وتوقع كريم الهادي أن تلجأ رملاند إلى شن عمليات اغتيال ضد قادة الجبهة.") \
        == []
    assert violent("وقال كريم الهادي إن رملاند لجأت أمس إلى شن غارات على وادي النخيل.") != []


def test_an_intent_past_a_quoted_name_and_repelling_are_aims() -> None:
    assert violent("وكشف عن عزم عناصر «جبهة الصخر» خطف أي أجنبي يصادفونه.") == []
    assert violent("وقال إن الوقت لا يكفي لصد هجوم من البحر.") == []
    assert violent("وخطف عناصر «جبهة الصخر» أجنبيا في وادي النخيل أمس.") != []


def test_a_rumour_asserts_nothing() -> None:
    assert violent("وحسب شائعة فإن دبابة أطلقت نيرانها على كريم الهادي ولم تصبه.") == []
    assert violent("وحسب الشرطة فإن دبابة أطلقت نيرانها على كريم الهادي في وادي النخيل.") != []


def test_a_list_of_practices_after_what_goes_on_is_violence_as_a_kind() -> None:
    assert violent("هذا هو التفسير الوحيد لما يجري في رملاند من قتل وذبح وخطف.") == []
    assert violent("وأعلنت الشرطة مقتل عشرة أشخاص في وادي النخيل أمس.") != []


def test_a_toll_so_far_is_no_single_event() -> None:
    assert violent("وأفاد الموقع أن 13 جنديا قتلوا في رملاند حتى الآن هذا الشهر.") == []
    assert violent("وأفاد الموقع أن 13 جنديا قتلوا في رملاند أمس.") != []


def test_an_aim_targeted_is_no_target() -> None:
    assert violent("وقالت الشرطة إن مسلحين استهدفوا طرد السكان من وادي النخيل أمس.") == []
    doc = run("وقالت الشرطة إن مسلحين استهدفوا السكان في وادي النخيل أمس.")
    assert any(role(doc, e, "target") == ["السكان"] for e in doc.events)


def test_a_gas_cylinder_blast_is_an_accident() -> None:
    assert violent("وأشار المركز إلى مقتل شخصين جراء انفجار اسطوانة غاز في رملاند.") == []
    assert violent("وأشار المركز إلى مقتل شخصين جراء انفجار عبوة ناسفة في رملاند.") != []


NISSAN = E("Organization", "نيسان", ("نيسان",))


def agents(text: str) -> list[str]:
    doc = extract_relations(build_doc(text, [*ALL, NISSAN]))
    return [name for e in doc.events for name in role(doc, e, "agent")]


def test_a_month_glossing_another_is_no_doer() -> None:
    assert "نيسان" not in agents("وفي أواخر أبريل (نيسان) قتل نحو خمسين مدنيا في وادي النخيل.")
    assert agents("وقالت الشرطة إن نيسان قتلت خمسين مدنيا في وادي النخيل.") == ["نيسان"]


def test_the_subject_of_a_verb_of_reacting_is_no_doer() -> None:
    assert "رملاند" not in agents("أدانت رملاند أمس قتل ثلاثة من مواطنيها في وادي النخيل.")
    assert agents("وقالت رملاند إن مسلحين قتلوا ثلاثة من مواطنيها في وادي النخيل.") == \
        ["مسلحين"]


def test_a_name_before_a_verb_of_suffering_is_no_doer() -> None:
    assert "كريم الهادي" not in agents("وأضاف أن كريم الهادي لقي مصرعه داخل سيارة في وادي "
                                       "النخيل.")
    assert agents("وأضاف أن كريم الهادي اغتال حارسه في وادي النخيل أمس.") == ["كريم الهادي"]


def _toll(text: str, word: str) -> bool:
    start = text.index(word)
    return toll_verb(text, start, start + len(word))


def test_took_the_lives_of_is_a_verb_not_a_name() -> None:
    assert _toll("وقع انفجار أودى بحياة 17 شخصا في وادي النخيل.", "أودى")
    assert _toll("التفجير الذي أودت بحياته وقع أمس.", "أودت")
    assert _toll("ما اودى بحياة عشرة مدنيين.", "اودى")
    assert not _toll("وأعلنت شركة أودي الألمانية أرباحها.", "أودي")
    assert not _toll("وقالت أودى إن الحياة صعبة.", "أودى")


def test_a_present_verb_is_not_dated_by_a_later_clause() -> None:
    def history(text: str) -> list[bool]:
        doc = extract_relations(build_doc(text, ALL, date="2008-09-05"))
        return [e.historical for e in doc.events if e.label == "Protest"]
    assert history("ويعتصم آلاف المتظاهرين في وادي النخيل، ويطالبون باستقالة الوزير الذي "
                   "أطاحه انقلاب عام 2006.") == [False]
    assert history("وكان آلاف المتظاهرين يعتصمون في وادي النخيل عام 2006.") == [True]
    assert history("واعتصم آلاف المتظاهرين في وادي النخيل عام 2006.") == [True]


def test_figures_and_rumours_keep_deeds_told_next_to_them() -> None:
    assert violent("وهاجم مسلحون المصلين أثناء أداء صلاة الجمعة في وادي النخيل.") != []
    assert violent("وتدهور الوضع وانفجرت عبوة ناسفة في سوق وادي النخيل.") != []
    assert violent("ونفى كريم الهادي الشائعات وأكد أن مسلحين هاجموا وادي النخيل أمس.") != []
    assert violent("وهاجم مسلحون ما وصفه الجيش بأنه مقر للشرطة في وادي النخيل.") != []
