"""A stance verb with no subject of its own: the clause it opens, and whose deed it adds.

A verb that opens its sentence or a clause after «، و» and is followed by a preposition
or a title (:func:`opens_clause`; not by an unknown name, nor when a praised deed or a
plural in «ـين» right after it is its object: :func:`accusative_plural`) takes the subject
of the verb that opens the sentence (:func:`sentence_verb_subject`, also after «، حيث»
and «، كما»: :func:`after_where`, :func:`after_comma_also`, :func:`after_also`), of the
verb that opens the sentence before (:func:`previous_opening_subject`), or the speaker the
sentence continues (:func:`continued_holder`). Read for
:mod:`kg.relations.stance_verb_subjects`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import (
    is_place,
)
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, QUALITY_NOUNS
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    HONORIFICS,
    find_stance,
    reporting_verb,
)
from kg.relations.role_words import is_title_head
from kg.relations.speaker_continued import continued_speaker
from kg.relations.stance_answer_openers import after_answer
from kg.relations.stance_dependents import pointed_person
from kg.relations.stance_fronted_times import clause_opening
from kg.relations.stance_group_objects import group_follows
from kg.relations.stance_light_openers import own_stance_noun
from kg.relations.stance_masculine_objects import masculine_object
from kg.relations.stance_opening_subjects import (
    coordinated_noun,
    named_later,
    noun_too,
    opening_subject,
    previous_sentence,
)
from kg.relations.stance_own_objects import clause_persons
from kg.relations.stance_phrases import COMMAS, RELATIVES, prepositional
from kg.relations.stance_previous_openers import opening_past_discourse
from kg.relations.stance_thing_openers import subject_after_thing, thing_after
from kg.relations.stance_topic_openers import topic_opening
from kg.relations.stance_verb_gender import feminine_object, verb_gender
from kg.relations.stance_verb_holders import (
    after_comma_then,
    from_name,
)
from kg.relations.verb_adverbs import after_verb


def previous_opening_subject(context: Extraction, words: list[Word], position: int,
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
    before = before[opening_past_discourse(context, before):]  # «من جانب آخر، استقبل X»
    word = words[position]
    if named_later(context, words, position) or noun_too(word):
        return None
    about = clause_persons(context, words, position)  # «وأشاد بجهود Y»: Y is not the holder
    holder = opening_subject(context, before, previous,
                             (verb_gender(before[0]), verb_gender(word)), word.start,
                             past_obliques=True, about=about)  # not «البيعة للأمير Y»
    topic = topic_opening(context, before) if holder is None else None
    if topic is not None and verb_gender(topic[1]) is not None and \
            verb_gender(topic[1]) == verb_gender(word) and topic[0] not in about and \
            not any(m.label == "Person" and m.entity_id not in {topic[0], *about}
                    for m in context.mentions_between(topic[1].start, word.start)):
        holder = topic[0]  # «أما X فرأت ... . وأشادت بـ»: no one else named since
    return Arg(holder, word.start, word.end) if holder is not None else None



def sentence_verb_subject(context: Extraction, words: list[Word], position: int,
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
            not opens_clause(context, words, position, coordinated=True):
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



def opens_clause(context: Extraction, words: list[Word], position: int,
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
    after = after_verb(words, position)  # «وأشاد أيضا بـ ...»: past the adverb
    if after >= len(words):
        return False
    following = words[after]
    if _coordinated_unknown(context, words, after) or \
            _unknown_name_after(context, words, after) or \
            pointed_person(words, after):
        return False  # «ودعم بلاتيني والاتحاد الأوروبي»: a subject kg does not know
    return following.norm in FUNCTION_WORDS or prepositional(following) or \
        _deed_object(word, following) or own_stance_noun(word, following) or (
            thing_after(word, following) and
            not subject_after_thing(context, words, after)) or \
        is_title_head(following) or following.norm in HONORIFICS or \
        following.norm in _CLITIC_RELATIVES or feminine_object(context, word, following) or \
        masculine_object(verb_gender(word), following) or \
        accusative_plural(context, following) or \
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



def accusative_plural(context: Extraction, word: Word) -> bool:
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
