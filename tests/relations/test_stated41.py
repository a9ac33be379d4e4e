"""Session 41 (stm41) precision rules for statements, on sentences written for the tests.

1. An indirect statement ends at a comma before the narrator's words: the speaker's next
   act as a participle («، مطالبا بـ», «، مشيدا بـ»), a source tag closing the sentence
   («، حسب «رويترز»»), a change of topic («، من جهة أخرى») —
   :mod:`kg.relations.statement_tails`.
2. It ends too before a participle of saying with no comma whose preposition and topic
   follow («... مشددا على أهمية ...») — :mod:`kg.relations.participle_breaks`.
3. «يعلّق X ... بالقول: «...»»: the verbal noun of saying has the subject of the verb it
   qualifies, not the last speaker — :mod:`kg.relations.speakers`.
4. «X كما يقول المثل "..."»: the proverb speaks, not the name before «كما».
5. «في مقابلة مع قناة "سي ان ان" الأمريكية، أنه ...»: an «ان» inside a name opens no
   content — :mod:`kg.relations.statement_content`.
6. «بنصوص ميثاق الأمم المتحدة التي تؤكد على ...»: the charter says it, not the body named
   in its genitive — :mod:`kg.relations.speaker_before`.
7. A statement never runs into the page footer glued to the last sentence («[email
   protected] /* */ رابط الخبر بصحيفة ...: ...»).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import said
from tests.relations.docbuilder import E, build_doc

SPEAKER = E("Person", "فهد الزهراني", ("فهد الزهراني", "الزهراني"))
OTHER = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
BODY = E("Organization", "وزارة الزراعة", ("وزارة الزراعة",))
AGENCY = E("MediaOrganization", "رويترز", ("رويترز",))
CHANNEL = E("MediaOrganization", "سي إن إن", ("سي ان ان",))
LEAGUE = E("Organization", "منظمة الصحة العالمية", ("منظمة الصحة العالمية",))
ENTITIES = [SPEAKER, OTHER, BODY, AGENCY, CHANNEL, LEAGUE]


def run(text: str) -> set[tuple[str, str]]:
    return said(extract_relations(build_doc(text, ENTITIES)))


def test_appeal_participle_ends_statement() -> None:
    assert run("أكد فهد الزهراني أن المشروع تأخر كثيرا، مطالبا بمحاسبة المقصرين فيه.") == {
        ("فهد الزهراني", "المشروع تأخر كثيرا")}


def test_praise_participle_ends_statement() -> None:
    got = run("وأوضح الزهراني أن الموسم الزراعي نجح، مشيدا بالدور الذي أدته الفرق الميدانية.")
    assert got == {("فهد الزهراني", "الموسم الزراعي نجح")}


def test_source_tag_ends_statement() -> None:
    assert run("قالت وزارة الزراعة إن المحصول تضرر بسبب الجفاف، حسب «رويترز».") == {
        ("وزارة الزراعة", "المحصول تضرر بسبب الجفاف")}


def test_topic_shift_ends_statement() -> None:
    got = run("وأكد الزهراني أن الموسم قريب، من جهة أخرى علمت الصحيفة أن المدير سيستقيل.")
    assert got == {("فهد الزهراني", "الموسم قريب")}


def test_source_phrase_inside_statement_stays() -> None:
    got = run("وأوضح الزهراني أن المشروع سيكتمل، وفقا للخطة المعتمدة من الوزارة في العام "
              "الماضي، خلال عامين.")
    assert got == {("فهد الزهراني", "المشروع سيكتمل، وفقا للخطة المعتمدة من الوزارة في "
                                    "العام الماضي، خلال عامين")}


def test_other_comma_words_stay() -> None:
    got = run("وأكد الزهراني أن المحصول وفير، مقارنة بالعام الماضي.")
    assert got == {("فهد الزهراني", "المحصول وفير، مقارنة بالعام الماضي")}


def test_stressing_participle_without_comma_ends_statement() -> None:
    got = run("ولفت الزهراني إلى أن الحملة كشفت خللا كبيرا في التنظيم مشددا على أهمية "
              "تعاون الجميع.")
    assert ("فهد الزهراني", "الحملة كشفت خللا كبيرا في التنظيم") in got


def test_manner_saying_takes_its_verbs_subject() -> None:
    got = run("وقال الزهراني إن الموسم كان صعبا. وفي حين يعلق سامي الحربي، المحلل في القناة، "
              "في حديث مع الصحيفة على الخسارة التي تعد الأولى من نوعها التي يتلقاها الفريق "
              "منذ بداية الموسم الحالي، بالقول: «الفريق يحتاج إلى مدرب جديد»، شدد الزهراني "
              "على أن «الإدارة راضية عن العمل».")
    assert ("سامي الحربي", "الفريق يحتاج إلى مدرب جديد") in got
    assert ("فهد الزهراني", "الفريق يحتاج إلى مدرب جديد") not in got
    assert ("فهد الزهراني", "الإدارة راضية عن العمل") in got


def test_proverb_is_no_ones_statement() -> None:
    assert run('فهد الزهراني كما يقول المثل "جاء متأخرا فسبق الجميع".') == set()


def test_named_speaker_after_kama_stays() -> None:
    assert run('وكما قال الزهراني فإن "الموسم كان صعبا".') == {
        ("فهد الزهراني", "الموسم كان صعبا")}


def test_letters_of_a_channel_open_no_content() -> None:
    got = run('وذكر الزهراني في مقابلة مع قناة "سي ان ان" الأمريكية، أنه يختلف مع الخطة '
              'الجديدة.')
    assert got == {("فهد الزهراني", "يختلف مع الخطة الجديدة")}


def test_charter_of_a_body_is_no_speaker() -> None:
    got = run("ولفت الزهراني الانتباه إلى أهمية أن تتسق الخطط مع جهود الوقاية، مطالبا بالالتزام "
              "بنصوص ميثاق منظمة الصحة العالمية التي تؤكد على حماية صحة السكان.")
    assert all(speaker != "منظمة الصحة العالمية" for speaker, _ in got)


def test_body_before_its_verb_still_speaks() -> None:
    assert run("ومنظمة الصحة العالمية تؤكد أن الوقاية هي الحل.") == {
        ("منظمة الصحة العالمية", "الوقاية هي الحل")}


def test_topic_shift_before_a_verb_of_saying_stays() -> None:
    got = run("وأشار الزهراني إلى قضية الاستثمار الزراعي، من جانب آخر يشير إلى كثرة القضايا "
              "في المحاكم.")
    assert got == {("فهد الزهراني", "قضية الاستثمار الزراعي، من جانب آخر يشير إلى كثرة "
                                    "القضايا في المحاكم")}


def test_statement_stops_at_the_page_footer() -> None:
    got = run("ونوه الزهراني بالموعد، موضحا أنه للاستفسار الاتصال على البريد الإلكتروني "
              "[email protected] /* */ رابط الخبر بصحيفة المدينة: الإدارة تحدد موعد المقابلات")
    assert ("فهد الزهراني", "للاستفسار الاتصال على البريد الإلكتروني") in got
    assert all("رابط" not in words for _, words in got)


def test_a_link_in_what_was_said_stays() -> None:
    assert run("وأوضح الزهراني أن رابط التسجيل متاح على موقع الوزارة.") == {
        ("فهد الزهراني", "رابط التسجيل متاح على موقع الوزارة")}
