"""The subject of the verb that opens a sentence, for a stance verb that continues it.

Arabic news opens a sentence with a verb and its named subject («افتتح أمير منطقة الرياض
الأمير فيصل بن بندر المعرض ...») and goes on with verbs that have no subject of their own:
in the same sentence after a comma («...، وأشاد بجهود وزارة الثقافة») or opening the next
one («وأشاد بجهود ...»). Those verbs share the opening verb's subject when they agree with
it in gender and no other person has been named since: «التقى X الوزير Y ... . وأشاد ...»
names two people, and the reader cannot tell who praised. The subject may stand after a
noun naming the person by role («وأكد المخرج الفنان X سعادته ...»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import FUNCTION_WORDS, PERSON_NOUNS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite, possessive, prepositional
from kg.relations.stance_previous_openers import oblique_person
from kg.relations.stance_verb_titles import appositive_person

_MIN_VERB_LETTERS = 3
_TOPIC_MARKERS = frozenset({"اما", "واما"})


def previous_sentence(context: Extraction,
                      sentence: Sentence) -> tuple[Sentence, list[Word]] | None:
    """The sentence right before ``sentence`` and its words, when it has any."""
    if sentence.index == 0:
        return None
    sentences = context.doc.sentences
    previous = sentences[sentence.index - 1] if sentence.index - 1 < len(sentences) else None
    if previous is None or previous.index != sentence.index - 1:
        return None
    before = context.sentence_words(previous)
    return (previous, before) if before else None


def opening_subject(context: Extraction, words: list[Word], sentence: Sentence,
                    genders: tuple[str | None, str | None], until: int,
                    past_obliques: bool = False,
                    about: frozenset[str] = frozenset()) -> str | None:
    """The entity named as the subject right after the verb that opens ``words`` (the words
    of ``sentence``), when ``genders`` (the opening verb's and the continuing verb's, see
    ``stance_verb_subjects.verb_gender``) agree and no other person is named between the
    subject and ``until`` (with ``past_obliques``, but for persons named after a preposition,
    see :func:`kg.relations.stance_previous_openers.oblique_person`, nor the persons in
    ``about``, whom the continuing verb is about); None otherwise."""
    opening_gender, gender = genders
    if gender is None or opening_gender != gender or len(words) < 2:
        return None
    opening = words[0]
    if not (_verb_like(context, opening) or _expressed(words)) or \
            context.boundary_between(opening, words[1]):
        return None
    subjects, _ = subject_after(context, words, 0, sentence)
    if not subjects and opening.norm not in _TOPIC_MARKERS:
        # «وأكد المخرج الفنان X سعادته ...»: a person noun before the name («أما الكاتبة X،»
        # is a topic, read by stance_topic_openers, and «أما» no verb)
        subjects = appositive_person(context, words, 0) or []
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    label = context.label(subject.node_id)
    if label not in AGENT_LABELS or subject.node_id in about:
        return None
    mention = context.covering_mention(subject.start)
    since = mention.end if mention is not None else subject.end
    if any(m.label == "Person" and m.entity_id != subject.node_id and
           m.entity_id not in about and not (past_obliques and oblique_person(context, m))
           for m in context.mentions_between(since, until)):
        return None
    return subject.node_id


_EXPRESSED_REACH = 16
"""Words at most between «عبّر» and its «عن» (a titled name)."""


def _expressed(words: list[Word]) -> bool:
    """«وعبّر الأمير X عن سروره بـ ...»: «عبر» (also the preposition "via", a function word)
    opens the sentence as the verb of expressing when «عن» follows it in the clause."""
    return words[0].norm.lstrip("وف") == "عبر" and \
        any(word.norm == "عن" for word in words[2:_EXPRESSED_REACH])


_CONJOINED_WAW = frozenset({"وو", "فو"})


def _verb_like(context: Extraction, word: Word) -> bool:
    """Whether the word that opens a sentence may be a verb: no name, no definite noun, no
    title («وزير», «رئيس») or person noun, no function word."""
    form = word.norm.lstrip("وف")
    if word.norm[:2] in _CONJOINED_WAW and len(word.norm) > _MIN_VERB_LETTERS:
        form = word.norm[1:]  # «ووصل», «ووجه»: the conjunction before a root that opens with «و»
    return len(form) >= _MIN_VERB_LETTERS and context.covering_mention(word.start) is None and \
        (not definite(word) or lam_form_eight(form)) and not is_title_head(word) and \
        not word.has(PERSON_NOUNS) and word.norm not in FUNCTION_WORDS and \
        form not in FUNCTION_WORDS


_FORM_EIGHT_LETTERS = 5


def lam_form_eight(form: str) -> bool:
    """«التقى», «التزم», «التمست»: the past of form VIII of a root whose first letter is «ل»
    (ا + ل + ت + two radicals, and «ت» for a woman) looks like a noun with the article. The
    definite nouns of that length mostly have a long vowel after «الت» («التاج», «التين»)
    or are longer («التزام», «التقرير»), so they stay nouns."""
    if not form.startswith("الت") or len(form) < _FORM_EIGHT_LETTERS or form[3] in "اوي":
        return False
    return len(form) == _FORM_EIGHT_LETTERS or \
        (len(form) == _FORM_EIGHT_LETTERS + 1 and form.endswith("ت"))



def named_later(context: Extraction, words: list[Word], position: int) -> bool:
    """«ورحب بزيارته رئيس الحكومة X»: a person or a title later in the verb's clause, not the
    genitive of a noun with a preposition («بجهود الأمير X»), may be the verb's own subject
    after its object."""
    for index in range(position + 1, min(len(words), position + 8)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        word = words[index]
        mention = context.mention_starting_in(word)
        person = mention is not None and mention.label == "Person" and \
            mention.start == word.start
        if not (person or is_title_head(word)) or prepositional(word):
            continue
        before = words[index - 1]
        if index == position + 1 or not prepositional(before) or possessive(before):
            return True
    return False


_NOUN_TOO = frozenset({"دعم", "رفض"})
"""Bare forms that read as a verbal noun as well as a verb: «على دعم جهود التنمية ...، ودعم
الصادرات» coordinates two nouns; such a word continues no one's subject."""


def noun_too(word: Word) -> bool:
    """Whether the stance verb may as well be a verbal noun («ودعم», «ورفض»)."""
    return word.norm.removeprefix("و") in _NOUN_TOO


def coordinated_noun(words: list[Word], position: int) -> bool:
    """«حرص الحكومة على دعم جهود التنمية ...، ودعم الصادرات»: a form that may be a verbal
    noun, coordinated with the same noun earlier in the sentence, is that noun again."""
    word = words[position]
    return noun_too(word) and any(earlier.bare() == word.bare() for earlier in words[:position])
