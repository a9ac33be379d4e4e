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
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import (
    is_place,
    past_title_complement,
    preposition,
    subject_after,
    topicalised_subject,
)
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, QUALITY_NOUNS
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    find_stance,
    reporting_verb,
)
from kg.relations.role_words import is_title_head
from kg.relations.speaker_before import fronted_speaker, sentence_topic
from kg.relations.speaker_continued import continued_speaker
from kg.relations.speaker_styles import address_styles, style_bearer
from kg.relations.stance_adjunct_subjects import adjunct_subject
from kg.relations.stance_answer_openers import after_answer
from kg.relations.stance_aside_subjects import aside_subject
from kg.relations.stance_but_openers import but_opening_holder
from kg.relations.stance_but_pronouns import but_pronoun
from kg.relations.stance_coordinated_roles import role_reach
from kg.relations.stance_dependents import dependent_title, pointed_person
from kg.relations.stance_document_holders import document_holder
from kg.relations.stance_dual_holders import is_dual, joined_holders
from kg.relations.stance_earlier_documents import earlier_document_author
from kg.relations.stance_fronted_times import clause_opening
from kg.relations.stance_group_objects import group_follows
from kg.relations.stance_headline_order import named_before
from kg.relations.stance_hosted_subjects import hosted_subject
from kg.relations.stance_institution_subjects import (
    document_author,
    institution_subject,
    opening_institution,
)
from kg.relations.stance_kana_reach import kana_reach_subject
from kg.relations.stance_kind_subjects import fronted_kind
from kg.relations.stance_light_openers import own_stance_noun
from kg.relations.stance_listed_holders import listed_holders
from kg.relations.stance_masculine_objects import masculine_object
from kg.relations.stance_one_of import one_of_holder
from kg.relations.stance_opening_subjects import (
    coordinated_noun,
    named_later,
    noun_too,
    opening_subject,
    previous_sentence,
)
from kg.relations.stance_past_duals import is_past_dual, past_dual_holders
from kg.relations.stance_phrases import COMMAS, RELATIVES, definite, prepositional
from kg.relations.stance_preverbal_subjects import (
    BEFORE_VERB,
    fronted_subject,
    preverbal_subject,
    topic_subject,
)
from kg.relations.stance_quoted_subjects import quoted_subject, surname_subject
from kg.relations.stance_relative_subjects import kana_subject, relative_antecedent
from kg.relations.stance_reported_holders import (
    after_reported_clause,
    reported_holder,
    reported_pronoun,
)
from kg.relations.stance_shared_pairs import shared_subjects, verb_number
from kg.relations.stance_source_holders import source_holder
from kg.relations.stance_speaker_sides import speaker_side_subject
from kg.relations.stance_spellings import after_both_of
from kg.relations.stance_statement_nisbas import statement_country
from kg.relations.stance_styled_repeats import repeated_style_bearer
from kg.relations.stance_thing_openers import subject_after_thing, thing_after
from kg.relations.stance_titled_holders import repeated_title
from kg.relations.stance_titled_persons import titled_apposition
from kg.relations.stance_topic_openers import topic_opening
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_unnamed_titles import unnamed_title_holder
from kg.relations.stance_verb_gender import feminine_object, verb_gender
from kg.relations.stance_verb_holders import (
    adjective_spelled_country,
    after_comma_then,
    from_name,
    nisba_described_person,
)
from kg.text.normalize import normalize_key


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
        fronted_kind(context, words, position)  # «إن الصحيفة رفضت»: the one paper named
    if fronted is not None:
        return ArgsFound([fronted], position + 1, "before")
    topic = topicalised_subject(context, words, position)
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
    styled = _style_pronoun_subject(context, words, position)
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
            masculine_object(verb_gender(words[position]), w) or _accusative_plural(context, w))
    if subjects and position + 1 < len(words) and \
            words[position + 1].start <= subjects[0].start < words[position + 1].end and \
            (feminine_object(context, words[position], words[position + 1]) or
             masculine_object(verb_gender(words[position]), words[position + 1]) or
             _accusative_plural(context, words[position + 1])):
        subjects = []  # «ودعا وزارة الصحة إلى ...»: the ministry is called on, not calling
    if subjects and named_before(context, words, position):
        return ArgsFound([], position + 1, "")  # «ألونسو يتهم شوماخر»: the subject is before
    if subjects and (_title_genitive(words, position, subjects[0]) or
                     _governed_arg(context, subjects[0], words[position]) or
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
    shared = _sentence_verb_subject(context, words, position, sentence) or hosted_subject(
        context, words, position, sentence, (verb_gender(words[0]), verb_gender(words[position])))
    if shared is not None:  # «ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...»
        return ArgsFound([shared], position + 1, "coordinated")
    if actor is not None and (not _agrees(context, actor.node_id, verb_gender(words[position]))
                              or coordinated_noun(words, position)):
        actor = None  # «ودعا ...» after a woman acted: not hers; «على دعم ...، ودعم»: a noun
    if actor is not None and actor.sentence == sentence.index and \
            words[position].norm.startswith("و") and position > 0 and \
            not _noun_in_phrase(context, words, position) and \
            _opens_clause(context, words, position, coordinated=True):
        # «موسكو ... ينفون ... وتتهمان ...»: a coordinated verb shares the clause's subject
        word = words[position]
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], \
            _past_title(context, words, position), "coordinated")
    if actor is not None and sentence.index - actor.sentence <= 1 and \
            _opens_clause(context, words, position) and not _titled_after(words, position):
        return ArgsFound([Arg(actor.node_id, words[position].start, words[position].end)], \
            _past_title(context, words, position), "previous")
    if _opens_clause(context, words, position) and not _titled_after(words, position):
        holder = continued_holder(context, words, position, sentence,
                                  verb_gender(words[position])) or \
            _previous_opening_subject(context, words, position, sentence)
        if holder is not None:  # «وقال X إن ... . وأضاف ... . ودعا المواطنين إلى ...»
            return ArgsFound([holder], position + 1, "previous")
    return ArgsFound([], position + 1, "")


def _noun_in_phrase(context: Extraction, words: list[Word], position: int) -> bool:
    """«ونوه سموه بعناية الدولة بالتراث والمحافظة عليه ودعم جميع الجهود»: a form that may be
    a verbal noun, joined by «و» with no comma before it, goes on the noun phrase before it
    (the state's support), not the clause with a verb of its own."""
    return noun_too(words[position]) and \
        not context.boundary_between(words[position - 1], words[position])


def _previous_opening_subject(context: Extraction, words: list[Word], position: int,
                              sentence: Sentence) -> Arg | None:
    """«افتتح أمير منطقة الرياض الأمير X المعرض. وأشاد بجهود ...»: a verb that opens its
    sentence with no subject continues the subject of the verb that opens the sentence
    before (see :mod:`kg.relations.stance_opening_subjects`)."""
    if sentence.index == 0 or (position > 0 and not after_also(context, words, position)):
        return None
    found = previous_sentence(context, sentence)
    if found is None:
        return None
    previous, before = found
    word = words[position]
    if named_later(context, words, position) or noun_too(word):
        return None
    holder = opening_subject(context, before, previous,
                             (verb_gender(before[0]), verb_gender(word)), word.start)
    topic = topic_opening(context, before) if holder is None else None
    if topic is not None and verb_gender(topic[1]) is not None and \
            verb_gender(topic[1]) == verb_gender(word) and \
            not any(m.label == "Person" and m.entity_id != topic[0]
                    for m in context.mentions_between(topic[1].start, word.start)):
        holder = topic[0]  # «أما X فرأت ... . وأشادت بـ»: no one else named since
    return Arg(holder, word.start, word.end) if holder is not None else None


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


def _sentence_verb_subject(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence) -> Arg | None:
    """«ويكلف مجلس الأمن الوكالة ...، ويطالب إيران بـ ...», «وأكدت مصر دعمها للحكومة ودعت
    المجتمع الدولي إلى ...»: a verb after «و» (and a comma, or within one plain clause, see
    :func:`_one_clause`) with no subject of its own shares the subject of the verb that
    opens the sentence, a name right after it, when both verbs agree in gender."""
    word = words[position]
    where = after_where(context, words, position) or \
        after_comma_also(context, words, position)  # «وزار X القاهرة، حيث رحب بـ ...»
    start = clause_opening(context, words)  # «ومباشرة بعد ذلك سخرت X من Y وهددتها»
    if position < start + 3 or not (word.norm.startswith("و") or where) or \
            coordinated_noun(words, position) or \
            not (where or context.gap(words[position - 1], word).strip() in COMMAS or
                 _one_clause(context, words, position)) or \
            not _opens_clause(context, words, position, coordinated=True):
        return None
    opening, named = words[start], words[start + 1]
    gender = verb_gender(word)
    if context.mention_starting_in(named) is None:  # «افتتح أمير منطقة الرياض الأمير X ...»
        holder = None if named_later(context, words, position) or noun_too(word) else \
            opening_subject(context, words[start:], sentence, (verb_gender(opening), gender),
                            word.start)
        return Arg(holder, word.start, word.end) if holder is not None else None
    if gender is None or verb_gender(opening) != gender or \
            opening.norm in FUNCTION_WORDS or context.covering_mention(opening.start) or \
            context.boundary_between(opening, named) or len(opening.norm.lstrip("وف")) < 3:
        return None
    mention = context.mention_starting_in(named)
    if mention is None or not mention.entity_id or mention.start != named.start or \
            mention.label not in AGENT_LABELS or (mention.label == "Person" and gender == "f"):
        return None
    return Arg(mention.entity_id, word.start, word.end)


_CLAUSE_REACH = 12


def _one_clause(context: Extraction, words: list[Word], position: int) -> bool:
    """The verb continues the sentence's opening clause without a comma: a few words after
    it, with no reported or relative clause opened between («وأكد X أن Y ... ودعا» may be Y's)
    and no mark but a comma."""
    if position > _CLAUSE_REACH:
        return False
    for index in range(1, position):
        word = words[index]
        if word.norm in COMPLEMENTIZERS or (word.norm in RELATIVES and
                                            not from_name(context, words, index)) or \
                word.norm.lstrip("وف") in COMPLEMENTIZERS or reporting_verb(word.norm) or \
                (context.boundary_between(word, words[index + 1]) and
                 context.gap(word, words[index + 1]).strip() not in COMMAS):
            return False
    return True


def _titled_after(words: list[Word], position: int) -> bool:
    """«ودعا الوزير ...»: a title after the verb may name a new subject."""
    return position + 1 < len(words) and (is_title_head(words[position + 1]) or
                                          words[position + 1].norm in HONORIFICS)


def continued_holder(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence, gender: str | None) -> Arg | None:
    """«وعبر عن رفضه ...», «داعيا كل مواطن ...», «ودعا المواطنين ...» opening a sentence
    with no subject of their own: the holder is the speaker whose statement the sentence
    continues, whom a «وأضاف» there would take (:func:`speaker_continued.continued_speaker`), when
    the word is singular, agrees with a person in gender, and no other person has been
    named since the speaker's last words."""
    if gender is None or (position > 0 and not after_also(context, words, position) and
                          not after_answer(context, words, position)):
        return None
    word = words[position]
    speaker = continued_speaker(context, sentence, word)
    if speaker is None or context.label(speaker) not in AGENT_LABELS:
        return None
    if context.label(speaker) == "Person" and \
            (gender == "f") != (speaker in context.discourse.female_speakers):
        return None
    since = _last_words_before(context, speaker, sentence.start)
    if any(m.label == "Person" and m.entity_id not in {None, speaker}
           for m in context.mentions_between(since, word.start)):
        return None  # «من جهته طالب X ...»: another person named since may be the one acting
    return Arg(speaker, word.start, word.end)


def _last_words_before(context: Extraction, speaker: str, offset: int) -> int:
    """Where the speaker's last quote before ``offset`` ends (0 if none): a quote the
    attribution read in this sentence («وأعرب عن دعمه ...» continues the speaker there too)
    does not hide a person named in between."""
    return max((quote.end for quotes in (context.state.quotes, context.found.quotes)
                for quote in quotes.in_order_added()
                if quote.speaker == speaker and quote.end <= offset), default=0)


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


def _unknown_name_after(context: Extraction, words: list[Word], index: int) -> bool:
    """«وطالب الدكتور السدلان بـ ...»: an honorific and a word no mention covers, not a title
    nor a function word, is a subject's name kg does not know."""
    if index + 1 >= len(words) or words[index].norm not in HONORIFICS or \
            context.boundary_between(words[index], words[index + 1]):
        return False
    name = words[index + 1]
    return context.covering_mention(name.start) is None and not is_title_head(name) and \
        name.norm not in FUNCTION_WORDS and not prepositional(name) and \
        name.norm not in HONORIFICS


def _governed_arg(context: Extraction, arg: Arg, verb: Word) -> bool:
    """«ورحب أمير الكويت بالأمير X»: a name after a preposition is not the subject; the
    verb itself is none («كما عبر الاتحاد الأوروبي عن ترحيبه»: «عبر» "expressed", not
    "via")."""
    word = context.word_at(arg.start)
    if word is None:
        return False
    clitic = normalize_key(context.doc.text[word.start:arg.start]).lstrip("وف")
    if clitic[:1] in {"ب", "ل", "ك"}:
        return True
    before = context.words[word.index - 1] if word.index > 0 else None
    if before is not None and (is_title_head(before) or before.has(HONORIFICS)) and \
            prepositional(before) and not context.boundary_between(before, word):
        return True  # «بالأمير X»
    return before is not None and before.norm in PREPOSITIONS and before.start != verb.start and \
        not context.boundary_between(before, word) and \
        not after_both_of(context.words, word.index)  # «كل من مصر والأردن»: both


def _title_genitive(words: list[Word], position: int, subject: Arg) -> bool:
    """The name right after a construct title («وكيل أمانة الرياض») is what the title
    governs, never the title holder's name."""
    index = position + 1
    if index + 2 < len(words) and dependent_title(words, index + 1) and \
            words[index + 2].start <= subject.start < words[index + 2].end:
        return True  # «وانتقد مستشار الرئيس ترامب ...»: the adviser, not the president
    return index + 1 < len(words) and is_title_head(words[index]) and \
        not definite(words[index]) and \
        words[index + 1].start <= subject.start < words[index + 1].end


def _past_title(context: Extraction, words: list[Word], position: int) -> int:
    """The index after the verb and a title that names the previous actor («ودعا الوزير»,
    «وحذر الناطق باسم حماس»: the body the title speaks for is no object)."""
    after = position + 1
    if after < len(words) and (is_title_head(words[after]) or words[after].norm in HONORIFICS):
        after = past_title_complement(context, words, after + 1)
    return after


def _opens_clause(context: Extraction, words: list[Word], position: int,
                  coordinated: bool = False) -> bool:
    """A verb that opens its sentence, or a clause after a comma with «و», and is followed
    by a preposition or a title («وأشاد بما ...», «، ودعا الوزير ...»), not by a word that
    may be an unrecognised name of its own subject («ودعا باسلمة ...»)."""
    word = words[position]
    if position > 0 and not (word.norm.startswith("و") and (
            coordinated or context.boundary_between(words[position - 1], word))) and \
            not after_also(context, words, position) and \
            not (coordinated and after_where(context, words, position)) and \
            not after_answer(context, words, position):  # «وفي رده على سؤال ...، انتقد»
        return False
    if position + 1 >= len(words):
        return False
    following = words[position + 1]
    if _coordinated_unknown(context, words, position + 1) or \
            _unknown_name_after(context, words, position + 1) or \
            pointed_person(words, position + 1):
        return False  # «ودعم بلاتيني والاتحاد الأوروبي»: a subject kg does not know
    return following.norm in FUNCTION_WORDS or prepositional(following) or \
        _deed_object(word, following) or own_stance_noun(word, following) or (
            thing_after(word, following) and
            not subject_after_thing(context, words, position + 1)) or \
        is_title_head(following) or following.norm in HONORIFICS or \
        following.norm in _CLITIC_RELATIVES or feminine_object(context, word, following) or \
        masculine_object(verb_gender(word), following) or \
        _accusative_plural(context, following) or \
        group_follows(context, words, position, verb_gender(word), position > 1 and (
            after_also(context, words, position) or (word.norm.startswith("و") and
            context.boundary_between(words[position - 1], word))))  # «، ودعا الدول العربية»


_PRAISED_DEEDS = DEED_NOUNS | QUALITY_NOUNS


def _deed_object(verb: Word, following: Word) -> bool:
    """«، وثمن جهود وزارة النقل», «كما ثمن دور المملكة»: a deed or quality noun right after a
    verb of praise is its object (no name reads «جهود» or «دور»), so the verb has no subject
    of its own and continues the clause's."""
    stance = find_stance(verb.norm)
    return stance is not None and stance.value.kind == "praises" and \
        following.bare().removeprefix("ال") in _PRAISED_DEEDS


def _accusative_plural(context: Extraction, word: Word) -> bool:
    """«وناشد المواطنين», «وطالب المسؤولين», «ودعا الحوثيين»: a definite plural in «ـين»
    right after the verb is its object (its subject would read «المواطنون», «الحوثيون»), so
    the verb has none of its own; a group the NER named counts, not a person or a place
    («البحرين»)."""
    norm = word.norm
    if not (norm.startswith("ال") and norm.endswith("ين") and len(norm) > 6):
        return False
    mention = context.covering_mention(word.start)
    return mention is None or (mention.start == word.start and mention.label != "Person"
                               and not is_place(mention.label))


_ALSO = frozenset({"كما", "وكما"})
_WHERE = frozenset({"حيث"})


def after_where(context: Extraction, words: list[Word], position: int) -> bool:
    """«وزار X القاهرة، حيث رحب بالمبادرة»: «حيث» after a comma, right before the verb,
    opens a clause that goes on with the sentence's actor (a verb with no subject of its
    own there continues the opening verb's subject)."""
    index = position - 1
    return after_comma_then(context, words, position) or (  # «...، ثم انتقد Y»
        index > 0 and words[index].norm in _WHERE and
        context.gap(words[index - 1], words[index]).strip() in COMMAS)


def after_comma_also(context: Extraction, words: list[Word], position: int) -> bool:
    """«وافتتح X المستشفى، كما أشاد بجهود Y»: «كما» after a comma, right before the verb,
    adds a deed of the sentence's opening subject, as «، و» and «، حيث» do."""
    index = position - 1
    return index > 0 and words[index].norm in _ALSO and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def after_also(context: Extraction, words: list[Word], position: int) -> bool:
    """«كما دعا الحكومة إلى ...»: «كما» opening the clause adds a deed of the same actor."""
    index = position - 1
    return words[index].norm in _ALSO and (
        index == 0 or context.boundary_between(words[index - 1], words[index]))


def _coordinated_unknown(context: Extraction, words: list[Word], index: int) -> bool:
    """A word that is no mention, then «و» and a named actor: a coordination of names,
    the first one unknown («بلاتيني والاتحاد الأوروبي»)."""
    if index + 1 >= len(words) or context.covering_mention(words[index].start) is not None \
            or words[index].norm in FUNCTION_WORDS:
        return False
    after = words[index + 1]
    mention = context.mention_starting_in(after)
    return after.norm.startswith("و") and mention is not None and \
        mention.start > after.start and \
        mention.label in AGENT_LABELS and not context.boundary_between(words[index], after)


_CLITIC_RELATIVES = frozenset({"بما", "لما", "عما", "بمن", "لمن"})
"""«وأشاد بما ...»: a preposition joined to a relative pronoun."""


def after_args(context: Extraction, words: list[Word], args: list[Arg]) -> int:
    last = context.word_at(max(args[-1].start, args[-1].end - 1))
    assert last is not None
    return last.index - words[0].index + 1


def appositive_person(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«انتقد المخرج السعودي عامر الحمود», «اتهمت زعيمة مجاهدي خلق مريم رجوي», «طالب
    الاقتصادي م. محمد ولي»: a noun naming a person by role, its complements (an abbreviated
    title among them), then the name."""
    index = position + 1
    if index >= len(words) or not words[index].has(PERSON_NOUNS) or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    inside = index + 1 < len(words) and words[index + 1].norm == "في"  # «القيادي في حماس X»
    for later in range(index + 1, min(len(words), index + (6 if inside else
                                                              role_reach(words, index)))):
        if context.boundary_between(words[later - 1], words[later]) and \
                not _abbreviation_dot(context, words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id:
            if inside and preposition(context, mention):
                return None  # «المسؤول في لقاء مع أوباما»: governed, not the official
            return [Arg(mention.entity_id, mention.start, mention.end)]
        if (words[later].norm in FUNCTION_WORDS and not (inside and later == index + 1)) or \
                live_stance(words, later):
            return None
    return None


_ABBREVIATED_TITLES = frozenset({"د", "م", "ا"})
"""«د.» (doctor), «م.» (engineer), «أ.» (professor) as normalised one-letter words."""


def _abbreviation_dot(context: Extraction, title: Word, following: Word) -> bool:
    """«م. محمد»: the dot after a one-letter title is no boundary."""
    return title.norm in _ABBREVIATED_TITLES and \
        context.gap(title, following).strip() == "."


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


def _style_pronoun_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وثمّن معاليه», «وأشاد سموه»: an honorific pronoun right after the verb is its
    subject, the person last introduced with that style of address."""
    if position + 1 >= len(words):
        return None
    word = words[position + 1]
    bearer = style_bearer(context, words[position], word.norm) or \
        _styled_title_bearer(context, words[position], word.norm) or \
        repeated_style_bearer(context, words[position], word.norm)
    return Arg(bearer, word.start, word.end) if bearer is not None else None


_STYLED_TITLE_REACH = 200


def _styled_title_bearer(context: Extraction, verb: Word, pronoun: str) -> str | None:
    """«ورفع سمو رئيس الهيئة التهنئة ... . ونوه سموه بـ ...»: when the style the pronoun
    repeats was last used before a title with no name, the pronoun stands for the person
    that title named in full earlier (see :mod:`kg.relations.stance_titled_holders`)."""
    styles = address_styles(pronoun)
    if not styles:
        return None
    for index in range(verb.index - 1, max(-1, verb.index - _STYLED_TITLE_REACH), -1):
        styled = context.words[index]
        if styled.norm.removeprefix("و") not in styles:
            continue
        sentence = context.doc.sentences[styled.sentence_index]
        words = context.sentence_words(sentence)
        titled = repeated_title(context, words, styled.index - words[0].index)
        return titled[0].node_id if titled is not None and titled[0] is not None else None
    return None

