"""Who holds the stance of a verb: the subject of a stance verb.

The subject after the verb («ورفض الوزير X»), after a role noun («انتقد المخرج السعودي
X»), an institution the NER missed («واتهمت المؤسسة الوطنية للنفط X») or the surname of a
person named in full before («وانتقد العتيبي القرار»); the author of a statement or report
right after the verb («وأدان بيان لوزارة الخارجية ...»); a fronted or topicalised name that
opens the clause before an imperfect («X يهاجم Y», «أما X فانتقد Y»), a preverbal name in
the same clause that no preposition governs and no relative pronoun separates («جماعات
الضغط الموالية لـ X في Y تعارض» has none), the speaker for «إنه يرفض» in a report, the
subject of the verb it is coordinated with or of the verb that opens the sentence («ويكلف
مجلس الأمن ...، ويطالب ...»), or the previous actor only for a verb that opens its clause
with no subject of its own («وأشاد بما ...», «، ودعا الوزير ...»), else the speaker whose
statement the sentence continues, as «وأضاف» would take it («وطالب الحوثيين ...»: a plural
in «ـين» after the verb is its object, never its subject; so is a feminine noun after a
masculine verb, «ودعا وزارة الصحة», or a country that takes a feminine verb after a
masculine one, «ويطالب إيران»). A subject named before the verb is read in
``kg.relations.stance_preverbal_subjects``. The continued holder serves the light verbs of
``stance_subjects`` too. Parts read in their own modules: the author of a statement and an
untagged institution (``stance_institution_subjects``), a quoted name or a surname
(``stance_quoted_subjects``), the speaker or his country inside a report
(``stance_reported_holders``) and the verb's gender and the nouns that cannot be its subject
(``stance_verb_gender``).
A verb with no subject of its own (the clause it opens, the continued holder) is read in
``stance_verb_clauses``, and the titles, styles and prepositions between the verb and a
name in ``stance_verb_titles``.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import (
    subject_after,
    topicalised_subject,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    PREPOSITIONS,
)
from kg.relations.speaker_before import fronted_speaker, sentence_topic
from kg.relations.stance_adjunct_subjects import adjunct_subject
from kg.relations.stance_aside_subjects import aside_subject
from kg.relations.stance_but_openers import but_opening_holder
from kg.relations.stance_but_pronouns import but_pronoun
from kg.relations.stance_document_holders import document_holder
from kg.relations.stance_dual_holders import is_dual, joined_holders
from kg.relations.stance_earlier_documents import earlier_document_author
from kg.relations.stance_headline_order import named_before
from kg.relations.stance_hosted_subjects import hosted_subject
from kg.relations.stance_institution_subjects import (
    document_author,
    institution_subject,
    opening_institution,
)
from kg.relations.stance_kana_reach import kana_reach_subject
from kg.relations.stance_kind_subjects import fronted_kind
from kg.relations.stance_listed_holders import listed_holders
from kg.relations.stance_masculine_objects import masculine_object
from kg.relations.stance_one_of import one_of_holder
from kg.relations.stance_opening_subjects import (
    coordinated_noun,
    noun_too,
)
from kg.relations.stance_past_duals import is_past_dual, past_dual_holders
from kg.relations.stance_phrases import definite
from kg.relations.stance_preverbal_subjects import (
    BEFORE_VERB,
    fronted_subject,
    preverbal_subject,
    topic_subject,
)
from kg.relations.stance_quoted_subjects import quoted_subject, surname_subject
from kg.relations.stance_relative_continuations import continues_relative
from kg.relations.stance_relative_holders import relative_fronted_holder
from kg.relations.stance_relative_subjects import kana_subject, relative_antecedent
from kg.relations.stance_reported_holders import (
    after_reported_clause,
    reported_holder,
    reported_pronoun,
)
from kg.relations.stance_shared_pairs import shared_subjects, verb_number
from kg.relations.stance_source_holders import source_holder
from kg.relations.stance_speaker_sides import speaker_side_subject
from kg.relations.stance_statement_nisbas import statement_country
from kg.relations.stance_titled_holders import repeated_title
from kg.relations.stance_titled_persons import titled_apposition
from kg.relations.stance_titled_topics import titled_topic
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_unnamed_titles import unnamed_title_holder
from kg.relations.stance_verb_clauses import (
    accusative_plural,
    after_also,
    after_comma_also,
    after_where,
    continued_holder,
    opens_clause,
    previous_opening_subject,
    sentence_verb_subject,
)
from kg.relations.stance_verb_gender import feminine_object, verb_gender
from kg.relations.stance_verb_holders import (
    adjective_spelled_country,
    nisba_described_person,
)
from kg.relations.stance_verb_titles import (
    after_args,
    appositive_person,
    governed_arg,
    past_title,
    style_pronoun_subject,
    title_genitive,
    titled_after,
)
from kg.relations.verb_adverbs import after_verb

__all__ = ["after_also", "after_args", "after_comma_also", "after_where", "appositive_person",
           "continued_holder", "verb_subject"]



def verb_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                 pronoun: Arg | None) -> ArgsFound:
    """VSO («ورفض الوزير X ...»), a fronted or preverbal subject («مصر ترفض»), a
    pronoun of the speaker's side, or, for a verb that opens its sentence with no
    subject of its own («وأشاد بما ...»), the previous actor."""
    documented = document_holder(context, words, position, sentence)
    if documented is not None:  # «أصدر X بيانا يرفض فيه ...»
        holder, after = documented
        return ArgsFound([holder], after, "before") if holder is not None else \
            ArgsFound([], after, "")
    joined = joined_holders(context, words, position) or \
        past_dual_holders(context, words, position)  # «مصر والأردن أدانتا الهجوم»
    if joined or ((is_dual(words[position]) or is_past_dual(words[position])) and
                  not words[position].norm.startswith("و")):
        # «مصر والأردن يدينان الهجوم»: never one name; «وتتهمان» shares its clause's subject
        return ArgsFound(joined, position + 1, "before" if joined else "")
    listed = listed_holders(context, words, position)
    if listed:  # «إن بريطانيا وألمانيا وفرنسا تؤيد الاتفاق»: every state of the list
        return ArgsFound(listed, position + 1, "before")
    fronted = fronted_subject(context, words, position) or \
        topic_subject(context, words, position) or aside_subject(context, words, position) or \
        fronted_kind(context, words, position) or \
        relative_fronted_holder(context, words, position)  # «إن مصر التي تقود ... ترفض»
    if fronted is not None:
        return ArgsFound([fronted], position + 1, "before")
    topic = topicalised_subject(context, words, position) or \
        titled_topic(context, words, position)  # «أما المخرج X ...، فأثنى على Y»
    if topic is not None and topic.entity_id:  # «أما X فانتقد Y», «وكان X قد رفض Y»
        return ArgsFound([Arg(topic.entity_id, topic.start, topic.end)], position + 1, "before")
    counted = one_of_holder(context, words, position)
    if counted is not None:  # «كانت X من أوائل الدول التي رحبت بـ Y»
        return ArgsFound([counted], position + 1, "before")
    described = (relative_antecedent(context, words, position, verb_gender(words[position]))
                 or kana_subject(context, words, position, verb_gender(words[position]))
                 or kana_reach_subject(context, words, position, sentence,
                                       verb_gender(words[position]))) \
        if live_stance(words, position) else None  # not a light verb's («الذي يقدم تحذيرا»)
    if described is not None:  # «جبهة النصرة، التي استنكرت ...»
        return ArgsFound([described], position + 1, "before")
    reported = reported_holder(context, words, position)
    if reported is not None:
        return ArgsFound([reported], position + 1, "speaker")
    side = speaker_side_subject(context, words, position)
    if side is not None:  # «وقال X إن المملكة/حكومته ترفض Y»
        return ArgsFound([side], position + 1, "clause")
    styled = style_pronoun_subject(context, words, position)
    if styled is not None:  # «ثمّن معاليه جهود اللجنة»: the one introduced as «معالي ...»
        return ArgsFound([styled], position + 2, "after")
    titled = repeated_title(context, words, position + 1)
    if titled is not None:  # «وثمّن فضيلة رئيس المحكمة العامة ...»: named in full before
        holder, end = titled
        return ArgsFound([holder], end, "after") if holder is not None else \
            ArgsFound([], end, "")
    head = fronted_speaker(context, words, position)
    if head is not None and head.entity_id:  # «المواطن X، أشاد بـ Y»: the name is the subject
        return ArgsFound([Arg(head.entity_id, head.start, head.end)], position + 1, "before")
    statement = statement_country(context, words, position)
    if statement is not None:  # «ورحب البيان السعودي الأول بـ ...»
        return ArgsFound([statement[0]], statement[1], "institution")
    spelled = adjective_spelled_country(context, words, position, verb_gender(words[position])) \
        or nisba_described_person(context, words, position, verb_gender(words[position]))
    if spelled is not None:  # «وطالبت سورية ...», «فهاجم الجمهوري جون ماكين ...»
        return spelled
    pair = shared_subjects(context, words, position, sentence, verb_gender(words[0]))
    if pair:  # «وأدانت الولايات المتحدة وبريطانيا الهجوم، وانتقدتا ...»: both
        return ArgsFound(pair, position + 1, "coordinated")
    # «وانتقدتا الأمم المتحدة»: a verb before its subject is singular, so not after a dual
    subjects, after = subject_after(context, words, position, sentence) \
        if verb_number(words[position]) is None else ([], position + 1)
    head = sentence_topic(context, words, position) if not subjects else None
    if head is not None and head.entity_id:  # «أما X فقد أعرب عن ... وأشاد بـ Y»
        return ArgsFound([Arg(head.entity_id, head.start, head.end)], position + 1, "before")
    if not subjects:  # «رحبت في بيان لها اليوم الأمم المتحدة بـ ...»
        subjects, after = adjunct_subject(
            context, words, position, sentence, verb_gender(words[position]),
            lambda w: feminine_object(context, words[position], w) or
            masculine_object(verb_gender(words[position]), w) or accusative_plural(context, w))
    past_adverb = after_verb(words, position)  # «ودعا أيضا وزارة الصحة»: past the adverb
    if subjects and past_adverb < len(words) and \
            words[past_adverb].start <= subjects[0].start < words[past_adverb].end and \
            (feminine_object(context, words[position], words[past_adverb]) or
             masculine_object(verb_gender(words[position]), words[past_adverb]) or
             accusative_plural(context, words[past_adverb])):
        subjects = []  # «ودعا وزارة الصحة إلى ...»: the ministry is called on, not calling
    if subjects and named_before(context, words, position):  # «ألونسو يتهم شوماخر»
        first = preverbal_subject(context, words, position, reach=0)  # the name before holds it
        return ArgsFound([first] if first else [], position + 1, "before" if first else "")
    if subjects and (title_genitive(words, position, subjects[0]) or
                     governed_arg(context, subjects[0], words[position]) or
                     _described_subject_before(context, words, position)):
        return ArgsFound([], position + 1, "")  # «ودعا وكيل أمانة الرياض ...»: an unnamed official
    if subjects:  # «وأدان شيخ الأزهر أحمد الطيب»: the office's holder
        subjects, after = titled_apposition(context, words, subjects, after)
        return ArgsFound(subjects, after, "after")
    quoted = quoted_subject(context, words, position)
    if quoted is not None:  # «ودعا "أوباما" نواب الكونغرس ...»
        return ArgsFound([quoted[0]], quoted[1], "after")
    institution = institution_subject(context, words, position) or \
        source_holder(context, words, position) or \
        unnamed_title_holder(context, words, position, verb_gender(words[position]))
    if institution is not None:  # «واتهمت المؤسسة الوطنية ...», «وأدان مصدر مسؤول في ...»
        return ArgsFound([institution[0]], institution[1], "institution")
    author = document_author(context, words, position)
    if author is not None:  # «وانتقد تقرير أخير لـ«هيومن رايتس ووتش» ...»
        return ArgsFound([author[0]], author[1], "institution")
    earlier = earlier_document_author(context, words, position, sentence)
    if earlier is not None:  # «أصدرت X بيانا ... . وأدان البيان Y»
        return ArgsFound([earlier[0]], earlier[1], "previous")
    surname = surname_subject(context, words, position)
    if surname is not None:
        return ArgsFound(surname, after_args(context, words, surname), "after")
    appositive = appositive_person(context, words, position)
    if appositive is not None:
        return ArgsFound(appositive, after_args(context, words, appositive), "after")
    if pronoun is not None:
        return ArgsFound([pronoun], position + 1, "pronoun")
    resumed = after_reported_clause(context, words, position)
    if resumed is not None:  # «أكد X أن الحوثيين يرفضون الحوار ودعا ...»: X called
        return ArgsFound([resumed], position + 1, "speaker")
    before = preverbal_subject(context, words, position)
    if before is not None and _other_gender_verb(context, words, position, before):
        before = None  # «واستقبلت مصر الوفد وأشاد ...»: Egypt received, someone else praised
    if before is not None and not (noun_too(words[position]) and
                                   not _right_before(context, words, position, before)):
        return ArgsFound([before], position + 1, "before")  # not «X مرجعا سبب رفض العرض»
    opening = opening_institution(context, words, position)
    if opening is not None:
        return ArgsFound([opening], position + 1, "institution")
    speaker = reported_pronoun(context, words, position)
    if speaker is not None:
        return ArgsFound([speaker], position + 1, "speaker")
    actor = context.discourse.last_actor
    if _later_quantity_subject(context, words, position):
        return ArgsFound([], position + 1, "")
    opener = _but_pronoun_subject(context, words, position)
    went_on = but_opening_holder(context, words, position, sentence) if opener is None else None
    if went_on is not None:  # «وقال X إنه ... . لكنه يعترض على ...»
        return ArgsFound([went_on], position + 1, "previous")
    if opener is not None:
        return ArgsFound([opener], position + 1, "clause")
    shared = sentence_verb_subject(context, words, position, sentence) or hosted_subject(
        context, words, position, sentence, (verb_gender(words[0]), verb_gender(words[position])))
    if shared is not None:  # «ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...»
        # «وأضاف X ...، ودعا الوزير المنظمات ...»: the title names X again, no object
        return ArgsFound([shared], past_title(context, words, position), "coordinated")
    if continues_relative(words, position):
        return ArgsFound([], position + 1, "")  # «الذي يستعرض ...، ويحث ...»: not the last actor's
    if actor is not None and (not _agrees(context, actor.node_id, verb_gender(words[position]))
                              or coordinated_noun(words, position)):
        actor = None  # «ودعا ...» after a woman acted: not hers; «على دعم ...، ودعم»: a noun
    if actor is not None and actor.sentence == sentence.index and \
            words[position].norm.startswith("و") and position > 0 and \
            not _noun_in_phrase(context, words, position) and \
            opens_clause(context, words, position, coordinated=True):
        # «موسكو ... ينفون ... وتتهمان ...»: a coordinated verb shares the clause's subject
        word = words[position]
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], \
            past_title(context, words, position), "coordinated")
    if actor is not None and sentence.index - actor.sentence <= 1 and \
            opens_clause(context, words, position) and not titled_after(words, position):
        return ArgsFound([Arg(actor.node_id, words[position].start, words[position].end)], \
            past_title(context, words, position), "previous")
    if opens_clause(context, words, position) and not titled_after(words, position):
        holder = continued_holder(context, words, position, sentence,
                                  verb_gender(words[position])) or \
            previous_opening_subject(context, words, position, sentence)
        if holder is not None:  # «وقال X إن ... . وأضاف ... . ودعا المواطنين إلى ...»
            return ArgsFound([holder], position + 1, "previous")
    return ArgsFound([], position + 1, "")


def _noun_in_phrase(context: Extraction, words: list[Word], position: int) -> bool:
    """«ونوه سموه بعناية الدولة بالتراث والمحافظة عليه ودعم جميع الجهود»: a form that may be
    a verbal noun, joined by «و» with no comma before it, goes on the noun phrase before it
    (the state's support), not the clause with a verb of its own."""
    return noun_too(words[position]) and \
        not context.boundary_between(words[position - 1], words[position])


def _other_gender_verb(context: Extraction, words: list[Word], position: int,
                      name: Arg) -> bool:
    """Whether the name before the trigger is the subject of an earlier verb right before it,
    opening its clause, whose gender differs from the trigger's («واستقبلت مصر الوفد
    وأشاد»): the coordinated verb then has another subject."""
    first = context.word_at(name.start)
    index = first.index - words[0].index - 1 if first is not None else -1
    if index < 0 or index >= position:
        return False
    earlier = words[index]
    if earlier.norm.lstrip("وف") in FUNCTION_WORDS:
        return False  # «ولكن مصر رفضت»: a particle, read as a verb («و» + «لكن») by its form
    opens = index == 0 or earlier.norm.startswith(("و", "ف")) or \
        context.boundary_between(words[index - 1], earlier)
    gender, own = verb_gender(earlier), verb_gender(words[position])
    return opens and gender is not None and own is not None and gender != own and \
        context.covering_mention(earlier.start) is None and not definite(earlier)


def _right_before(context: Extraction, words: list[Word], position: int, name: Arg) -> bool:
    """Whether the name ends right before the verb, past particles only («مصر لم ترفض»)."""
    index = position - 1
    while index >= 0 and words[index].norm in BEFORE_VERB:
        index -= 1
    return index >= 0 and name.start < words[index].end <= name.end + 1


def _agrees(context: Extraction, node_id: str, gender: str | None) -> bool:
    """Whether a verb of ``gender`` may continue the actor: a masculine one no woman who
    spoke («قالت X»), a feminine one no person but a woman who did («وقال X إن ... .
    ونددت بـ ...» is a country's or a body's, never his)."""
    if gender == "f" and context.label(node_id) == "Person":
        return node_id in context.discourse.female_speakers
    return gender != "m" or node_id not in context.discourse.female_speakers


def _but_pronoun_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وفشل كاميرون في الحصول على الموافقة، لكنه طلب من أعضاء البرلمان ...», «ودعت برلين
    ...، إلا أنها لم تدعم ...»: the pronoun of «لكنه»/«لكنها»/«إلا أنها» right before the
    verb (see :mod:`kg.relations.stance_but_pronouns`) is the subject of the verb that opens
    the sentence, named right after it (a man for «ـه», a state or body for «ـها»)."""
    found = but_pronoun(words, position)
    if position < 3 or found is None:
        return None
    mention = context.mention_starting_in(words[1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or context.covering_mention(words[0].start) is not None \
            or context.boundary_between(words[0], words[1]) or \
            (words[0].norm in FUNCTION_WORDS or definite(words[0])):
        return None
    person = mention.label == "Person"
    if person != (found[1] == "m"):
        return None
    word = words[position]
    return Arg(mention.entity_id, word.start, word.end)


_QUANTITY_HEADS = frozenset({"عدد", "العديد", "كثير", "الكثير", "بعض", "مجموعه", "عشرات",
                             "مئات", "الاف", "اغلب", "معظم"})


def _later_quantity_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """«كما رحب بالاتفاق عدد من دول الجوار»: a verb, its short object, then «عدد من ...»:
    the subject comes after the object, so the verb does not continue the previous actor."""
    for index in range(position + 2, min(len(words) - 1, position + 6)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        word = words[index]
        if (word.norm in _QUANTITY_HEADS or word.bare() in _QUANTITY_HEADS) and \
                words[index + 1].norm == "من":
            return True
    return False


_THAT = frozenset({"ان", "بان", "وان", "لان"})
_NOUN_SUBJECT_WORDS = 3


def _described_subject_before(context: Extraction, words: list[Word], position: int) -> bool:
    """«أن وفد الحركة شكر X على ...», «أن الوفد انتقد X»: after «أن» the verb's subject is
    the noun phrase before it (unnamed here), so the name after the verb is its object, not
    its subject. The phrase is one to three words, the last definite, none of them named."""
    for index in range(position - 1, max(-1, position - 1 - _NOUN_SUBJECT_WORDS), -1):
        word = words[index]
        if context.covering_mention(word.start) is not None or \
                context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in _THAT:
            last = words[position - 1]
            return index < position - 1 and last.norm.startswith("ال") and \
                last.norm not in FUNCTION_WORDS
        if word.norm in FUNCTION_WORDS or word.norm in PREPOSITIONS:
            return False
    return False


