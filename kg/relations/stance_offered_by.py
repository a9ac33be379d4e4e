"""An offer, a request or a proposal from a named actor, refused or welcomed: «رفضت X عرضاً
من Y», «رفضت الحكومة طلباً من تركيا بنشر قوات», «رحبت X بمبادرة من Y».

After a stance of acceptance or refusal (rejects, opposes, welcomes, supports), an
indefinite proposal noun right at the object's start and «من» with a named actor after it
name the thing the stance is toward: the proposal and its author. The name after «من»
is otherwise dropped as an origin («اتهم X مسلحين من غزة»: see
``stance_object_fits.fits``), and the bare noun is no topic (only definite ones are): the
phrase «عرضاً من Y» is the object, as «قرار مجلس الأمن» is.

A verb of submitting with the proposal's pronoun, right after the indefinite noun, names the
author the same way: «رفضت الولايات المتحدة اقتراحاً تقدمت به فرنسا», «عرضاً قدمه Y» (an
indefinite noun's describing clause, with no relative); the phrase runs to the author's name.

Not «بطلب من Y», «بدعوة من Y» («رحب بدعوة من»: at Y's request or invitation, an adjunct
of how, not the thing welcomed); not a place after «من» (a town is where, not who).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate, is_place
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.text.normalize import normalize_key

_ACCEPTANCE = frozenset({"rejects", "opposes", "welcomes", "supports"})

_OFFERS = frozenset({
    "عرض", "عرضا", "طلب", "طلبا", "مقترح", "مقترحا", "اقتراح", "اقتراحا", "مبادره",
    "خطه", "مشروع", "مشروعا", "دعوه", "عروض", "طلبات", "مقترحات", "اقتراحات", "مبادرات",
})
"""Indefinite nouns of a proposal (normalised; with the tanwin alif where it is written)."""

_BODY_HEADS = frozenset({"نادي", "حزب", "حركه", "منظمه", "شركه", "جماعه", "تنظيم"})
"""Heads news puts before a body's name with «ال» («النادي الأهلي», «حركة حماس»)."""

_ADJUNCT_IDIOMS = frozenset({"طلب", "طلبا", "دعوه"})
"""«بطلب من Y», «بدعوة من Y»: at Y's request or invitation, how something was done."""


_SUBMITTED = frozenset({"تقدم", "تقدمت"})
"""«تقدمت به Y»: submitted by Y, with «به» for the proposal."""

_SUBMITTED_IT = frozenset({
    "قدمه", "قدمته", "قدمها", "قدمتها", "طرحه", "طرحته", "طرحها", "طرحتها", "اقترحه",
    "اقترحته", "اقترحها", "اقترحتها",
})
"""«قدمه Y», «طرحته Y»: a verb of submitting with the proposal's pronoun glued to it."""


def _author_at(context: Extraction, words: list[Word], after: int) -> int | None:
    """The index of the author's first word after a proposal noun at ``after - 1``: past
    «من», «تقدم(ت) به» or «قدمه/طرحته ...», with no punctuation between; None otherwise."""
    of = words[after]
    if of.norm == "من":
        return after + 1
    if of.norm in _SUBMITTED_IT:
        return after + 1
    if of.norm in _SUBMITTED and after + 2 < len(words) and words[after + 1].norm == "به" \
            and not context.boundary_between(of, words[after + 1]):
        return after + 2
    return None


def offer_from(context: Extraction, words: list[Word], first_word: int,
               trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The phrase «<proposal> من <named actor>» at ``first_word`` (see the module
    docstring), as a topic object, or None."""
    if trigger.kind not in _ACCEPTANCE or first_word + 2 >= len(words):
        return None
    noun, of = words[first_word], words[first_word + 1]
    head = noun.norm.lstrip("وف")
    glued = head[:1] in {"ب", "ل"} and head[1:] in _OFFERS
    if head not in _OFFERS and not (glued and head[1:] not in _ADJUNCT_IDIOMS):
        return None
    named = _author_at(context, words, first_word + 1)
    if named is None or named >= len(words) or \
            context.covering_mention(noun.start) is not None or \
            context.boundary_between(noun, of) or \
            context.boundary_between(words[named - 1], words[named]):
        return None
    if named + 1 < len(words) and words[named].norm.startswith("ال") and \
            words[named].bare() in _BODY_HEADS and \
            context.covering_mention(words[named].start) is None and \
            not context.boundary_between(words[named], words[named + 1]):
        named += 1  # «من النادي الأهلي»: the body's head before its name
    mention = context.mention_starting_in(words[named])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.start != words[named].start or \
            mention.label not in AGENT_LABELS or \
            (is_place(mention.label) and mention.label != "Country") or \
            context.is_nisba(mention):
        return None
    start = noun.start + len(noun.norm) - len(head) + (1 if glued else 0)  # past «و», «ب»
    name = context.doc.text[start:mention.end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, start, mention.end), "", None, first_word, "topic")
