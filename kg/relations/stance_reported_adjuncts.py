"""The speaker as the doer of a reported deed done with a partner: «وقالت وزارة الداخلية إنها
تعمل بالتنسيق مع وزارة الصحة», «وأوضحت الشركة أنها نفذت الاختبارات بالتعاون مع X».

An adjunct of cooperation («بالتعاون مع», «بالتنسيق مع») inside a reported clause that opens
with «إنه»/«أنها» (the speaker's own pronoun) and a verb agreeing with it is the speaker's
deed: the speaker coordinates with the partner. Only when the verb comes right after the
pronoun (past «قد»/«لا» at most) and nothing between the verb and the adjunct opens another
clause (no comma, no «أن», no relative): «قال X إن الشرطة نفذت الحملة بالتعاون مع Y» names
another doer, and «قال X إنه أشاد بالحملة المنفذة بالتعاون مع Y» has no verb of X's own
right before the adjunct («أشاد» is read by the rules of praise, and the participle
«المنفذة» breaks the tie: it is not X's deed).

The doer named in the reported clause itself (:func:`clause_subject_partner`): «وأوضح X أن
أمانة الرياض طرحت منافسة بالتنسيق مع وزارة الزراعة», «كما أن الجامعة نفذت البرنامج
بالتعاون مع Y»: the actor named right after «أن» (or «إن»), right before a verb of doing
(:func:`kg.relations.stance_partnerships.doing`, past «قد» at most), coordinates with the
partner when the verb and the adjunct stand in one clause as above, and no other name stands
between them (whose deed the adjunct might then be).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, find_stance
from kg.relations.stance_partnerships import doing
from kg.relations.stance_verb_gender import verb_gender

_SPEAKER_PRONOUNS = {"انه": "m", "بانه": "m", "انها": "f", "بانها": "f"}
"""«إنه», «أنها»: the speaker's pronoun opening a reported clause, with the gender its verb
takes."""

_BEFORE_VERB = frozenset({"قد", "لقد"})
"""Particles that may stand between the pronoun and its verb («أنها قد نفذت»); a negation
(«لا», «لم») or a future («سوف», «ستعمل») makes the deed not done, and gives nothing."""

_CLAUSE_OPENERS = COMPLEMENTIZERS | frozenset({
    "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "لكن", "بينما", "فيما", "كما", "وكان",
    "وكانت", "ان", "عندما", "بعد", "قبل",
})
"""Words that open a clause of their own between the verb and the adjunct."""

_REACH = 12
"""Words between the pronoun and the adjunct within which the deed stays one clause."""


def reported_partner_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The speaker of the statement that holds the adjunct at ``position``, when the adjunct
    belongs to the clause of the speaker's own pronoun (see the module's docstring)."""
    word = words[position]
    speaker = context.speaker_at(word.start)
    if speaker is None:
        return None
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        gender = _SPEAKER_PRONOUNS.get(words[index].norm)
        if gender is not None:
            verb = index + 1
            while verb < position and words[verb].norm in _BEFORE_VERB:
                verb += 1
            if verb >= position or _gender(words[verb]) != gender or \
                    find_stance(words[verb].norm) is not None or \
                    not _one_clause(context, words, verb, position):
                return None
            return Arg(speaker, word.start, word.end)
        if words[index].norm in _CLAUSE_OPENERS or \
                context.boundary_between(words[index], words[index + 1]):
            return None
    return None


def _gender(verb: Word) -> str | None:
    """The gender of the speaker's verb, and of a past verb whose root opens with «ن»
    («نفذت», «نظمت», «نقل»), which :func:`verb_gender` leaves to the first person plural; a
    future («ستعمل», «سيعمل») has none: a plan is not a deed."""
    norm = verb.norm
    if norm.startswith(("ست", "سي")):
        return None
    if norm.startswith("ن") and len(norm) == 4 and norm.endswith("ت"):
        return "f"
    if norm.startswith("ن") and len(norm) == 3:
        return "m"
    return verb_gender(verb)


def _one_clause(context: Extraction, words: list[Word], verb: int, position: int) -> bool:
    """No clause opens between the verb and the adjunct, and no participle or stance word
    stands there to take the adjunct as its own («الحملة المنفذة بالتعاون مع»)."""
    for index in range(verb + 1, position):
        word = words[index]
        if word.norm in _CLAUSE_OPENERS or find_stance(word.norm) is not None or \
                context.boundary_between(words[index - 1], word):
            return False
        if index > verb + 1 and word.norm.startswith("الم") and \
                word.norm.endswith(("ه", "ين", "ون")) and words[index - 1].norm.startswith("ال"):
            return False  # an adjective participle: «الحملة المنفذة», «الفرق المشاركة»
    return not context.boundary_between(words[position - 1], words[position])


_NAMED_OPENERS = frozenset({"ان", "بان", "وان"})
"""«أن», «إن», «بأن», «وأن» (as normalised): what opens a reported clause before its named
subject."""


def clause_subject_partner(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor named right after «أن» whose verb of doing the adjunct at ``position``
    follows in one clause (see the module's docstring)."""
    for verb in range(position - 1, max(0, position - 1 - _REACH), -1):
        if context.boundary_between(words[verb], words[verb + 1]) or \
                words[verb].norm in _CLAUSE_OPENERS:
            return None
        if not doing(words[verb]) or _gender(words[verb]) is None:
            continue
        last = verb - 1
        if last >= 0 and words[last].norm in _BEFORE_VERB:
            last -= 1
        mention = context.covering_mention(words[last].start) if last >= 0 else None
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention) or mention.end < words[last].end or \
                context.attached_prefix(mention):
            return None
        first = context.mention_words(mention)[0] - words[0].index
        if first < 1 or words[first - 1].norm not in _NAMED_OPENERS or \
                context.boundary_between(words[first - 1], words[first]) or \
                not _one_clause(context, words, verb, position) or \
                context.mentions_between(words[verb].end, words[position].start):
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    return None
