"""What a stance is toward: the objects of a stance trigger.

The object comes after the subject and its own title («دعت X رئيسة ...» has
none), never a name coordinated with the subject, the genitive of a person noun
(«بمبعوث دول المجلس»), a place after «في», a nisba that describes a thing or a
person («التحرك التركي»), or anything past the next stance word; for urges
it is the addressee right after the verb, never the demand («بضرورة», «إلى», «لتمكين»);
for warns who is warned, never a name after the danger («من أن», «بعدم»);
for criticizes the accused, never the charge («اتهمه بـ»); a descriptive
phrase («الاتهامات», «شركات الطيران») stops at a conjunction or a new
prepositional phrase, after adjectives of degree («أسفه الشديد»); «أي» opens one only
for a stand against it («رفضها لأي تدخل أجنبي», «أي خفض للإنتاج»).

This module chooses among the named objects after the trigger and keeps those in reach;
where the object starts (past the subject's title, a frame, a relative clause, a closing
comma) is found in ``kg.relations.stance_object_start``, and the objects read from a
phrase (a descriptive topic, an iḍāfa chain, a resumed antecedent, a deed's actor, a
bare title) in ``kg.relations.stance_phrase_objects``, and whether a candidate is in reach
(and no faced one, no thing's nisba) in ``kg.relations.stance_object_reach``.
Whether a candidate may be the object at all is :func:`kg.relations.stance_object_fits.fits`;
whom an appeal or a request is addressed to (a pronoun's antecedent, «دعوة إلى», «من») is
read in ``kg.relations.stance_asked``, and the special frames (an act not taken, a threatened
target, a bare body head, a group, the first named and those joined to it, partners) in
``kg.relations.stance_object_picks``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import (
    Candidate,
    scan_after,
)
from kg.relations.context import Extraction
from kg.relations.deeds import deed_owner
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    ADDRESSEE_FROM,
    PERSON_NOUNS,
    THANKED_FOR,
    StanceTrigger,
    find_stance,
)
from kg.relations.role_words import is_title_head
from kg.relations.rules import ArgsHow
from kg.relations.stance_achieved import achieved_thing
from kg.relations.stance_addressees import (
    addressee_after_comma,
    past_relative_clause,
)
from kg.relations.stance_answered_threats import answered_threat
from kg.relations.stance_appositions import (
    appositive_object,
    past_apposition,
    past_aside,
    past_closing_comma,
)
from kg.relations.stance_asked import (
    IYYA,
    addressed_call,
    addressee_from,
    demanded_from,
    iyya_antecedent,
    urged_antecedent,
    urged_body,
)
from kg.relations.stance_behalf_phrases import closed_behalf
from kg.relations.stance_closed_statements import past_closed_statement, past_name_tail
from kg.relations.stance_co_holders import past_co_holders
from kg.relations.stance_comma_deeds import deed_past_subject_comma
from kg.relations.stance_continued_things import continued_against
from kg.relations.stance_cooperation import joined_partners, joint_subject, listed_partners
from kg.relations.stance_counterparts import counterpart
from kg.relations.stance_dated_addressees import dated_addressee
from kg.relations.stance_deed_doers import deed_doer
from kg.relations.stance_document_addressees import APPEAL_KINDS, document_subject
from kg.relations.stance_dual_objects import dual_objects
from kg.relations.stance_faced_surnames import faced_surname
from kg.relations.stance_foremost import foremost_named
from kg.relations.stance_holder_nisbas import past_holder_nisba
from kg.relations.stance_joined_names import joined_to_name
from kg.relations.stance_kind_objects import kind_object
from kg.relations.stance_led_by import (
    LEADERSHIP_PRAISED,
    past_chair,
    past_leader,
)
from kg.relations.stance_located_objects import located_place
from kg.relations.stance_object_fits import displeased_at, fits
from kg.relations.stance_object_picks import (
    absent_act,
    coordinated_object,
    definite_group,
    described_partner,
    detached_ba,
    first_named,
    named_body,
    partner_args,
    threatened_target,
)
from kg.relations.stance_object_reach import SCAN_WORDS, faced_by, styles_in, within
from kg.relations.stance_object_start import (
    OBJECT_RELATIVES,
    each_of,
    object_opening,
)
from kg.relations.stance_offered_by import offer_from
from kg.relations.stance_partnerships import partner_past_administration
from kg.relations.stance_phrase_objects import (
    congratulated,
    construct_phrase,
    first_deed,
    phrase_object,
    resumed,
    resumed_antecedent,
    topic_object,
    topical,
)
from kg.relations.stance_phrases import (
    ANY_QUANTIFIERS,
    COMMAS,
    conjunction,
    skip_intensifiers,
)
from kg.relations.stance_praise_objects import (
    holder_lam_name,
    praised_conjuncts,
    staff_deed_owner,
)
from kg.relations.stance_praise_past_titles import deed_past_title
from kg.relations.stance_purpose_clauses import purpose_verb
from kg.relations.stance_received import received_topic
from kg.relations.stance_received_before import received_before
from kg.relations.stance_refused_appeals import refused_appeal
from kg.relations.stance_refused_claims import refused_claim
from kg.relations.stance_said_contents import said_content
from kg.relations.stance_spellings import alerted_to
from kg.relations.stance_staff_bodies import staff_object
from kg.relations.stance_styled_names import past_object_style
from kg.relations.stance_styled_objects import styled_deed_owner, styled_owner
from kg.relations.stance_subject_complements import past_subject_complement
from kg.relations.stance_subject_participles import past_subject_participle
from kg.relations.stance_subject_titles import after_subject_title
from kg.relations.stance_team_sports import past_sport
from kg.relations.stance_text_parts import text_part
from kg.relations.stance_thanked_titles import thanked_title
from kg.relations.stance_title_body_holders import body_holder
from kg.relations.stance_title_conjuncts import title_conjuncts
from kg.relations.stance_trailing_titles import NO_OBJECT, object_past_title, past_name_again
from kg.relations.stance_triggers import object_pronoun
from kg.relations.stance_urged_doers import urged_doer
from kg.relations.stance_verdicts import statements_author, through_relative
from kg.relations.titles import compound_head
from kg.text.normalize import normalize_key

__all__ = ["any_of", "displeased_at", "find_objects"]

_AGAINST_ANY = frozenset({"rejects", "opposes", "condemns", "criticizes", "denies"})
"""«رفضها لأي تدخل», «أدان أي اعتداء»: a stand against whatever comes is a stance toward
it; a welcome, an appeal or support of «any» one («دعا أي طرف») names no one."""


_BACKED_ANY = frozenset({"supports", "welcomes"})
"""Stances for which «أي» before a noun of a settlement or a step («تؤيد أي اتفاق», «ترحب
بأي مبادرة») names a kind of thing backed, not an unnamed actor («تدعم أي طرف»)."""

_SETTLEMENTS = frozenset({
    "اتفاق", "اتفاقيه", "حل", "تسويه", "مبادره", "جهد", "جهود", "خطوه", "خطوات", "قرار",
    "مقترح", "اقتراح", "مشروع", "حوار", "مسعي", "مساعي", "تحرك", "اجراء", "اجراءات",
})
"""Nouns of a settlement, a proposal or a step, in their bare spelling."""


def any_of(words: list[Word], candidate: Candidate, kind: RelationKind) -> bool:
    """A phrase opened by «أي» as the object of a stance other than a stand against it, or
    than the backing of a settlement or a step (:data:`_BACKED_ANY`)."""
    index = candidate.word_index
    if candidate.source != "topic" or kind in _AGAINST_ANY or index >= len(words) or \
            words[index].norm not in ANY_QUANTIFIERS:
        return False
    return not (kind in _BACKED_ANY and index + 1 < len(words) and
                words[index + 1].bare() in _SETTLEMENTS)


_RUMOURS = frozenset({"تردد", "يتردد", "اشيع", "يشاع", "قيل", "يقال", "اثير", "يثار", "راج",
                      "يروج", "تداول", "يتداول"})
"""«ما تردد», «ما أشيع», «ما قيل»: what is said about, whose names are no stance's object."""


_UPKEEP = frozenset({"الحفاظ", "حفاظ", "المحافظه", "محافظه", "الاستمرار", "استمرار", "مواصله",
                     "الابقاء", "ابقاء"})
"""«متمسكة بالحفاظ على التفوق», «دعم استمرار المفاوضات»: keeping something up names no
object by itself (what is kept follows it)."""


_PRAYED_TO = frozenset({"الله", "المولي", "الباري", "لله", "للمولي"})


def find_objects(context: Extraction, words: list[Word], position: int, after: int,
                 sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
                 how: ArgsHow = "") -> list[Candidate]:
    """What the stance at ``words[position]`` is toward (see the module docstring); a body
    named by its bare head («داعيا الوزارة») is the one body of that head named before."""
    found = [named_body(context, c) for c in
             _objects(context, words, position, after, sentence, trigger, subjects, how)]
    if trigger.kind == "warns":  # «نبه إلى أن إيران ...»: what is pointed at, no one warned
        found = [c for c in found
                 if not alerted_to(words, position, c.word_index, c.preposition)]
    if trigger.kind in APPEAL_KINDS and not trigger.noun:  # «ويدعو القرار إلى ...»: it calls
        found = [c for c in found if not document_subject(context, words, position, c)]
    if trigger.kind == "urges" and trigger.noun and not found:
        addressed = addressed_call(context, words, position, skip={s.node_id for s in subjects})
        if addressed is not None:  # «ووجه X دعوة إلى وزارة الصحة للتدخل»
            found.append(addressed)
    if trigger.kind == "praises":  # «... وفي مقدمتهم X»: X is praised too
        found = [c for c in found if not holder_lam_name(context, words, c, trigger, subjects)]
        known = {c.arg.node_id for c in found} | {s.node_id for s in subjects}
        deed = trigger.requires if trigger.requires == THANKED_FOR else frozenset()
        found += foremost_named(context, words, position, known, deed)  # not past «على»
        owned = styled_deed_owner(context, words, position, after, found, known)
        found = found if owned is None else owned  # «منوهاً بحرص سموه على ... الباحة»
        styled = styled_owner(context, words, position, after, known) if not found else None
        if styled is not None:  # «ثمّن X إشادة سموه ودعمه»
            found.append(styled)
        found += praised_conjuncts(context, words, found, known)  # «بجهود مصر والأردن»
    return found


def _objects(context: Extraction, words: list[Word], position: int, after: int,
             sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
             how: ArgsHow = "") -> list[Candidate]:
    skip = {s.node_id for s in subjects}
    after = past_name_again(context, words, after, subjects)  # «خادم الحرمين الملك سلمان»
    if trigger.kind not in LEADERSHIP_PRAISED:
        after = past_leader(context, words, after)  # «الحزب بزعامة X»: its leader, no object
    after = past_object_style(context, words, after)  # «وناشد X صاحب السمو الملكي الأمير Y»
    after = past_holder_nisba(context, words, after, subjects)  # «حركة حماس الفلسطينية»
    after = past_sport(context, words, after, subjects)  # «نادي X الألماني لكرة القدم»
    start, crossing = max(position, after - 1), False
    if after < len(words) and words[after].norm in OBJECT_RELATIVES and \
            trigger.kind in _FRAMED and not trigger.noun:
        framed = past_relative_clause(context, words, after, trigger, skip)
        if framed is not None or \
                context.gap(words[after - 1], words[after]).strip() not in COMMAS:
            return [framed] if framed is not None else []
        # «انتقد X، الذي يعارض الاتفاق، Y»: a clause closed by commas, read past below
    tail = past_name_tail(context, words, after, subjects, trigger)
    reopened = (past_closing_comma(context, words, position, after, subjects) or
                deed_past_subject_comma(context, words, position, after, subjects, trigger)) \
        if tail is None else None  # «وثمن السلمي، الدور الرائد لـ Y»
    aside = past_aside(context, words, after, subjects) \
        if reopened is None and tail is None else None
    if tail is not None:
        start, crossing = tail - 1, True  # «ونوه المهندس X بن Y المخرج، برعاية ...»
    elif reopened is not None:
        start, crossing = reopened - 1, True  # «ودعا ...، العقيد X، المسافرين»
    elif aside is not None:
        start, crossing = aside - 1, True  # «أشاد X -رئيس اللجنة- بجهود Y»
    elif (complement := past_subject_complement(context, words, position, after, subjects,
                                                trigger)) is not None:
        start, crossing = complement - 1, True  # «نوهت منظمة X «الفاو» العالمية، بجهود Y»
    elif (deed := deed_past_title(context, words, position, after, subjects,
                                  trigger)) is not None:
        start, crossing = deed - 1, True  # «وثمن الأمير X أمير منطقة Y الجهود التي ...»
    elif (titled := object_past_title(context, words, position, after, subjects,
                                      trigger)) is not None:
        if titled == NO_OBJECT:
            return []  # «وأدان الأمير X ولي العهد ...»: the subject's own title
        start, crossing = titled - 1, True  # «وأدان الأمير X وزير الداخلية الحادث»
    elif after > position + 1 and after < len(words) and (
            is_title_head(words[after]) or compound_head(words, after) or  # «ولي العهد»
            words[after].has(PERSON_NOUNS)):
        settled, closing = after_subject_title(context, words, after, sentence, trigger, skip)
        if closing is None:
            return settled
        start, crossing = closing - 1, True  # «ولوح X، الناطق باسم المتمردين، بوقف ...»
    described = past_subject_participle(context, words, start + 1, subjects)  # «المدعومة من X»
    apposed = past_apposition(context, words, start + 1, subjects, trigger) or described
    closed_clause = apposed is not None and start + 1 < len(words) and \
        words[start + 1].norm in OBJECT_RELATIVES  # «X، الذي يعارض الاتفاق، Y»
    if apposed is not None:
        start, crossing = apposed - 1, True  # «أثنى X، القيادي في Y، على دور ...»
    elif not crossing and (closed := past_closed_statement(context, words, start + 1,
                                                          trigger)) is not None:
        start, crossing = closed - 1, True  # «ونوه سموه في خطاب بعث به لـ Y، بالاهتمام»
    elif reopened is None and not crossing and trigger.kind == "urges" and not trigger.noun:
        addressed = addressee_after_comma(context, words, after, subjects, skip) or \
            dated_addressee(context, words, after, subjects, skip)  # «دعا X أمس، Y إلى»
        if addressed:
            return addressed  # «ودعا العقيد X، المواطنين إلى ...»
    if trigger.kind == "urges" and position + 1 < len(words) and \
            words[position + 1].norm in IYYA:
        addressee = iyya_antecedent(context, words, position, sentence, subjects)
        return [addressee] if addressee is not None else []  # «مطالبا إياها بالوفاء»
    if resumed(words, position):
        antecedent = resumed_antecedent(context, words, position - 2, skip)
        return [antecedent] if antecedent is not None else []
    if (dual := dual_objects(context, words, position, after, trigger, skip)):
        return dual  # «التقى X بـ Y و Z، وأشاد بهما»: the pair named before
    if not trigger.noun and object_pronoun(words[position], trigger):
        addressee = urged_antecedent(context, words, position, trigger, skip) or \
            urged_body(context, words, position, sentence, trigger, subjects)
        # «انقلاب دعمته اليونان»: the pronoun's antecedent, not a name after it
        return [addressee] if addressee is not None else []
    asked = demanded_from(context, words, position, after, trigger, how, skip)
    if asked is not None:
        return [asked]  # «وطالب X من الحكومة أن ...»: not X's affiliation, the one asked
    opening = object_opening(context, words, start, subjects, trigger)
    if opening is None:
        return []
    first_word, start = opening, opening - 1
    crossing = crossing or closed_behalf(context, words, first_word)  # «باسم شعبي، مرتكبي»
    chaired = past_chair(context, words, first_word, trigger.kind)
    if chaired > first_word:  # «رحب المجلس خلال جلسته برئاسة X بالقرار»: X chairs
        first_word, start = chaired, chaired - 1
    if first_word + 1 < len(words) and words[first_word].norm.lstrip("وب") == "ما" and \
            words[first_word + 1].norm in _RUMOURS:
        return []  # «رفض يونكر ما تردد عن أن تسيبراس ...»: a rumour, not the one named in it
    if (doer := deed_doer(context, words, first_word, trigger, skip)) is not None:
        return [doer]  # «أدان X ما قامت به Y», «عن رفضها لما قامت به Y»: Y's deed
    if trigger.kind != "urges" and first_word < len(words) and \
            purpose_verb(context, words[first_word]):
        return []  # «رفض X ليقوم Y بـ ...»: a clause of result, not what is refused
    if absent_act(words, first_word):
        return []  # «استياءها من عدم نقد العرب لباكستان»: the act not done, not its object
    if trigger.kind == "condemns" and detached_ba(context, words, first_word):
        # «ندد X بـ«الهجوم»»: past «بـ» and the quotation mark that parts it from its object
        first_word, start, crossing = first_word + 1, first_word, True
    if trigger.kind == "urges" and first_word < len(words) and \
            words[first_word].norm in _PRAYED_TO:
        return []  # «داعيا الله أن ...»: a prayer, not an appeal to anyone
    if (appeal := refused_appeal(context, words, first_word, trigger, skip)):
        return [appeal]  # «رفضت X دعوة Y إلى ...»: the appeal refused
    if (named_counterpart := counterpart(context, words, first_word, trigger, skip)):
        return [named_counterpart]  # «دعا X نظيره الروسي Y»: Y, past his nationality
    if trigger.kind == "urges" and (doer := urged_doer(context, words, first_word, skip)):
        return [doer]  # «طالب X بضرورة قيام Y بـ»: the one to act is the one urged
    if trigger.kind == "threatens" and \
            (answered := answered_threat(context, words, first_word, skip)) is not None:
        return answered  # «هدد X بالرد على الغارة الإسرائيلية»: Israel, never the raid
    if trigger.kind == "threatens" and not trigger.noun:
        threatened = threatened_target(context, words, first_word, skip)
        if threatened is not None:  # «هدد X بشن هجمات على Y», «هددت X باستهداف قواعد Y»
            return [threatened]
    if trigger.requires == ADDRESSEE_FROM:
        addressee = addressee_from(context, words, first_word, trigger, how, skip)
        return [addressee] if addressee is not None else []
    reach = SCAN_WORDS + styles_in(words, start) + title_conjuncts(words, start, SCAN_WORDS)
    candidates = scan_after(context, words, start, sentence, reach,  # «والأوقاف والدعوة»
                            context.state.event_at_word, skip, crossing)
    if each_of(words, first_word):  # «كلا من X و Y»: the «من» of the list governs no one
        candidates = [replace(c, preposition="") if c.preposition == "من" else c
                      for c in candidates]
    if trigger.kind == "coordinatesWith":
        partners = listed_partners(context, words, first_word, partner_args(
            context, words, position, sentence, candidates, subjects))  # «مع X و Y»
        if partners:
            return [Candidate(arg, "", None, position, "partner") for arg in partners]
        administered = partner_past_administration(context, words, first_word)
        if administered is not None:  # «بالتعاون مع إدارة سجون الطائف» (ووزارة الصحة)
            return [Candidate(arg, "", None, first_word + 2, "partner") for arg in
                    [administered, *joined_partners(context, words, administered)]]
        partner = described_partner(context, words, first_word)
        joint = joint_subject(context, words, position, subjects, how) \
            if partner is None and not trigger.noun else None  # «تتعاون X و Y في»
        if joint is not None:
            return [Candidate(joint, "", None, position, "partner")]
        return [partner] if partner is not None else []
    if trigger.noun and first_word + 1 < len(words) and conjunction(words[first_word]) and \
            find_stance(words[first_word].norm) is not None:
        first_word = skip_intensifiers(words, first_word + 1)  # «إدانتها واستنكارها الشديدين»
    first_word = past_co_holders(context, words, first_word, trigger)  # «فخره وجميع المواطنين بـ»
    if trigger.deed_object:  # «هنأ X بالانتصارات التي حققتها Y»: only the deed's actor
        addressee = congratulated(context, words, first_word, skip)
        return [addressee] if addressee is not None else \
            first_deed(context, words, first_word, skip)
    if (thanked := thanked_title(context, words, first_word, trigger, skip)) is not None:
        return [thanked]  # «وشكر X معالي وزير الصحة على دعمه»: the minister named before
    if trigger.kind in _KIND_OBJECT_KINDS and \
            (referred := kind_object(context, words, first_word, skip, trigger.noun)):
        return [referred]  # «وشكر X الوزارة على ...»: the ministry named before
    if trigger.kind == "praises":
        owner = deed_owner(context, words, first_word, position, skip) or \
            staff_deed_owner(context, words, first_word, position, skip)  # «على جهودهم»
        if owner is not None and owner.entity_id:  # «مثنيا على تفانيه»: whose dedication
            return [Candidate(Arg(owner.entity_id, owner.start, owner.end), "", owner.label,
                              first_word, "mention")]
    if how == "genitive":
        faced = faced_by(context, words, position, skip) or \
            faced_surname(context, words, position, skip) or \
            received_topic(context, words, position, skip) or \
            received_before(context, words, position, skip, trigger.kind)  # «خطة واجهت معارضة»
        if faced is not None:
            return [faced]
    staff = staff_object(context, words, first_word) if trigger.kind in _STAFF_KINDS else None
    if staff is not None and staff.arg.node_id not in skip:
        return [staff]  # «شكره للمسؤولين في الاتحاد السعودي»: the body, through its people
    offered = offer_from(context, words, first_word, trigger, skip)
    if offered is not None:
        return [offered]  # «رفضت X عرضاً من Y»: the offer and its author
    part = text_part(context, words, first_word, skip, trigger.kind) or \
        said_content(context, words, first_word, skip, trigger.kind) or \
        achieved_thing(context, words, first_word, skip, trigger.kind)  # «بما تحقق من إنجاز»
    if part is not None:
        return [part]  # «رفض البرلمان نصاً في الدستور»
    appositive = appositive_object(context, words, first_word, skip)
    if appositive is not None:
        return [appositive]
    phrase = phrase_object(context, words, first_word, sentence, trigger, skip)
    if phrase is not None:
        return [phrase]
    # past the comma closing the subject's apposition or adjunct; for an appeal only past a
    # name set off after its title: «دعا X، مفوض الأمم المتحدة، ...» may name whom it urges
    reread = crossing if trigger.kind != "urges" else reopened is not None
    author = statements_author(context, words, first_word, skip)
    if author is not None and trigger.kind in _THING_KINDS and \
            through_relative(words, first_word, author):
        author = None  # «رفض الاتهامات التي أطلقها X»: the accusations, read as a phrase
    if author is not None:
        return [author]  # «احتجاج على التصريحات التي صدرت عن X»: toward X
    topic = None if first_word < len(words) and words[first_word].has(_UPKEEP) and \
        not continued_against(context, words, first_word, trigger) else \
        topic_object(context, words, first_word, trigger, candidates, how, reread)
    if topic is not None:
        return [topic]
    group = definite_group(context, words, first_word, trigger, candidates, reread)
    if group is not None:
        return [group]  # «وحمّل الأطراف الدولية المسؤولية», «أشاد بالمواطنين»
    if located_place(candidates, trigger, first_word):
        return []  # «لدعم قوات الاتحاد الافريقي بدارفور»: where they stand, no object
    reach_from = described - 1 if described is not None else \
        apposed - 1 if closed_clause and apposed is not None else position
    scanned = candidates
    in_subject = frozenset(index for index in range(position + 1, min(first_word, len(words)))
                           if any(s.start <= words[index].start < s.end for s in subjects))
    candidates = [c for c in candidates if fits(context, words, c, trigger, start, first_word)
                  and within(words, c, first_word, reach_from, how, trigger, in_subject)]
    named = first_named(context, candidates, sentence)
    holder = body_holder(context, words, named[0], skip) if named else None
    if holder is not None:  # «بتصريحات الأمين العام لجامعة الدول العربية عمرو موسى»
        named = [holder]
    if named:
        named += coordinated_object(context, words, named[0], joined_to_name(  # «حزب الله وإيران»
            context, words, named[0], candidates, scanned,
            lambda c: fits(context, words, c, trigger, start, first_word)))
    if named or not topical(context, words, first_word, trigger, how, reread):
        return named
    construct = construct_phrase(context, words, first_word,
                                 refused_claim(words, first_word, trigger.kind))
    if construct is None:
        return []
    node = context.add_entity("Miscellaneous", construct.name, normalize_key(construct.name))
    return [Candidate(Arg(node, construct.start, construct.end), "", None, first_word, "topic")]


_FRAMED = frozenset({"urges", "criticizes"})
_THING_KINDS = frozenset({"rejects", "denies"})
"""Kinds on the statements themselves, not their author («رفض/نفى الاتهامات التي وجهها X»:
the accusations are rejected or denied; GUIDELINES' own example object «الاتهامات»)."""
_STAFF_KINDS = frozenset({"praises", "criticizes", "urges", "condemns"})
_KIND_OBJECT_KINDS = frozenset({"praises", "urges"})
"""Stances whose object a bare kind noun may name (:mod:`kg.relations.stance_kind_objects`)."""
"""Kinds whose object may be a body's staff (see :mod:`.stance_staff_bodies`)."""


