"""A protest lodged, not held: «احتجت مصر رسمياً لدى إيران» is an objection, no Protest.

The verb «احتج» and the noun «احتجاج» name a street protest («احتج مئات العمال أمام مقر
الشركة») and as often a formal objection, lodged by a state, a ministry, a club or one
person with another party («احتجت الخارجية لدى السفارة»، «احتج النادي على قرار الحكم»,
«أعربت الصين عن احتجاجها»). A careful reader reports no Protest event for an objection.
Three marks tell it:

- the protest is lodged: «لدى» (with a government, an embassy) or «رسمياً/رسمي» (formally)
  in the few words after the trigger;
- the noun is what a verb of expressing or delivering carries («أعرب عن احتجاجه», «قدمت
  احتجاجاً», «مذكرة احتجاج», «أبلغت السفير احتجاجها»);
- the verb's agent is a state, a body of state, an international organisation, a party,
  an organisation or one person, and nothing in the clause after it places a crowd in the
  street («أمام», «ساحة», «مسيرة», «وقفة», «شعارات»...): a crowd protests with its bodies
  («احتج الآلاف», «احتج العمال»), a ministry or a minister in words.

Only «احتج» and «احتجاج» are read here; «تظاهر», «اعتصم», «مسيرة» always name a gathering.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import Word

OBJECTING_VERBS = frozenset({"احتج", "احتجت", "احتجوا", "يحتج", "تحتج", "يحتجون", "احتجا"})
OBJECTING_NOUNS = frozenset({"احتجاج", "احتجاجا", "احتجاجه", "احتجاجها", "احتجاجهم"})

LODGED = frozenset({"لدي", "رسميا", "رسمي", "رسميه", "الرسمي", "الرسميه"})
"""«احتجت مصر رسمياً لدى إيران», «احتجاج رسمي»: a protest lodged with another party."""
_LODGED_REACH = 4

DELIVERING = frozenset({
    "اعرب", "اعربت", "اعربوا", "يعرب", "تعرب", "عبر", "عبرت", "عبروا", "يعبر", "تعبر", "ابدي",
    "ابدت", "ابدوا", "سجل", "سجلت", "سجلوا", "قدم", "قدمت", "قدموا", "تقدم", "تقدمت", "ابلغ",
    "ابلغت", "نقل", "نقلت", "وجه", "وجهت", "مذكره", "مذكرات", "رساله", "خطاب", "عن",
})
"""Words that carry a protest noun as what is said or handed over: «أعرب عن احتجاجه»,
«قدمت احتجاجاً», «مذكرة احتجاج» («عن» after a verb of expressing)."""
_DELIVERING_REACH = 3

OBJECTORS = frozenset({
    "Country", "GovernmentBody", "InternationalOrganization", "PoliticalParty", "Organization",
    "Person", "MediaOrganization",
})
"""Agents that protest in words: a crowd («مئات العمال», «المتظاهرون») is none of these."""

CROWD_CUES = frozenset({
    "امام", "ساحه", "الساحه", "ميدان", "شوارع", "الشوارع", "شارع", "مسيره", "مسيرات", "وقفه",
    "اعتصام", "اعتصاما", "شعارات", "لافتات", "هتافات", "رددوا", "رافعين", "حاملين", "حشود",
    "الالاف", "الاف", "مئات", "المئات", "متظاهرين", "المتظاهرين", "المحتجين", "محتجين",
})
"""Words that put the protest in the street: a place of gathering, a march, slogans."""
_CROWD_REACH = 14


_OBJECTING_VERBS_OR_OBJECTING_NOUNS = OBJECTING_VERBS | OBJECTING_NOUNS


def lodged_objection(context: Extraction, words: list[Word], position: int,
                     draft: Draft) -> bool:
    """Whether the protest trigger at ``words[position]`` (its agents read) names a formal
    objection rather than a gathering (see the module's docstring)."""
    form = trigger_form(words[position])
    verb = words[position].has(OBJECTING_VERBS) and draft.verb
    noun = not draft.verb and words[position].has(OBJECTING_NOUNS)
    if not (verb or noun or form in _OBJECTING_VERBS_OR_OBJECTING_NOUNS):
        return False
    after = _same_sentence(words, position, 1, _LODGED_REACH)
    if any(word.has(LODGED) for word in after):
        return True
    if noun:
        before = _same_sentence(words, position, -1, _DELIVERING_REACH)
        return any(word.has(DELIVERING) for word in before[:2]) and \
            not _crowd_near(words, position)
    if not verb:
        return False
    agents = [a for a in draft.arguments if a.role == "agent"]
    return bool(agents) and all(context.label(a.entity_id) in OBJECTORS for a in agents) and \
        not _crowd_near(words, position)


def _same_sentence(words: list[Word], position: int, step: int, limit: int) -> list[Word]:
    """Up to ``limit`` words from the trigger in direction ``step``, nearest first, in the
    trigger's sentence."""
    found: list[Word] = []
    index = position + step
    sentence = words[position].sentence_index
    while 0 <= index < len(words) and len(found) < limit and \
            words[index].sentence_index == sentence:
        found.append(words[index])
        index += step
    return found


def _crowd_near(words: list[Word], position: int) -> bool:
    """A word that puts a crowd in the street in the trigger's sentence, just before it
    («احتج مئات العمال») or after it («أمام مقر الشركة»)."""
    near = _same_sentence(words, position, 1, _CROWD_REACH) + \
        _same_sentence(words, position, -1, 3)
    return any(word.has(CROWD_CUES) for word in near)
