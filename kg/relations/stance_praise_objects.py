"""Whom praise is for, where the general object readers stop short.

- **Joined names after the praised one**: «أشاد X بجهود مصر والأردن», «شكر X وزارة الصحة
  ووزارة الداخلية على جهودهما», «أشاد X بمصر وبالأردن»: a named agent joined by a bare «و»
  (or «وب» after a name that took «ب») right after a praised name is praised too
  (:func:`praised_conjuncts`); the deed readers stop at the first.
- **A speech and its occasion before the object**: «وأشاد X في كلمته خلال حفل التخريج بالدور
  الذي تقوم به Y», «في تصريح صحفي عقب الاجتماع»: past «في/خلال» + a noun of statement (and
  its «له», «صحفي») and «خلال/أثناء/في/أمام/عقب» + the occasion, the object is the first
  deed after «ب» whose doer is named («بالدور الذي», «بجهود», «بما تقدمه»), in reach and in
  the same clause; a name glued to «ب» in between («بكلية الملك فهد») is where the ceremony
  is, never the object (:func:`past_speech_occasion`). So too past «في كلمة ألقاها نيابة عن
  Y» and «لدى استقباله Y»: Y is whom the speech was for or whom the holder received, never
  the praised one; so too past «في خطاب بعث به لـ Y», «في برقية بعثها إلى Y»: Y is whom the
  letter was sent to. With no such deed, no object (:func:`past_behalf_or_reception`).
- **«هم» of a group met before**: «والتقى X طياري التحالف، وأثنى على احترافيتهم»: a deed
  noun with the plural possessive points back to the group of people (a people noun and the
  body named right after it) that is the only agent named before the praise besides its
  holder; the body is praised (:func:`staff_deed_owner`).
- **A parent body after the holder**: «ونوهت منظمة الأغذية والزراعة للأمم المتحدة بجهود
  ...»: a name glued to «ل» right after the holder's own name is the body it belongs to (or
  whom it spoke to: «أشاد X لصحيفة الرياض بـ ...», the paper after «ل» + a medium noun),
  never what a verb of praise takes: those take «ب», «على» or a direct object
  (:func:`holder_lam_name`).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, PEOPLE_NOUNS, QUALITY_NOUNS, deed_actor
from kg.relations.index import AGENT_LABELS, ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import StanceTrigger, readings_of

_MAX_CONJUNCTS = 3


def praised_conjuncts(context: Extraction, words: list[Word], found: list[Candidate],
                      skip: set[str]) -> list[Candidate]:
    """«بجهود مصر والأردن», «وزارة الصحة ووزارة الداخلية»: the named agents joined by a bare
    «و» (no mark, no other word) right after a praised name, up to three."""
    known = skip | {c.arg.node_id for c in found}
    added: list[Candidate] = []
    for candidate in found:
        if candidate.source != "mention" or candidate.label not in AGENT_LABELS:
            continue
        end = candidate.arg.end
        ba = candidate.preposition == "ب"  # «بوزارة الصحة وبوزارة الداخلية»
        while len(added) < _MAX_CONJUNCTS:
            joined = _joined_agent(context, words, end, ba)
            if joined is None or joined[0].entity_id in known:
                break
            mention, index = joined
            assert mention.entity_id is not None
            known.add(mention.entity_id)
            added.append(Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                                   mention.label, index, "mention"))
            end = mention.end
    return added


def _joined_agent(context: Extraction, words: list[Word], end: int,
                  ba: bool) -> tuple[Mention, int] | None:
    """The agent named right after «و» that follows offset ``end`` (a mention's end), with
    the index of its word in ``words``; with ``ba`` (the first name took «ب») after «وب»
    too."""
    following = next((w for w in words if w.start >= end), None)
    if following is None or not following.norm.startswith("و"):
        return None
    mention = context.mention_starting_in(following)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    glue = context.doc.text[end:mention.start].strip()
    if glue not in ({"و", "وب"} if ba else {"و"}) or \
            mention.start != following.start + len(glue):
        return None
    return mention, following.index - words[0].index


_STATEMENT_OPENERS = frozenset({"في", "خلال"})
_STATEMENTS = frozenset({"كلمه", "كلمته", "كلمتها", "خطاب", "خطابه", "خطابها", "حديثه",
                         "حديثها", "تصريحاته", "تصريحاتها", "تصريح", "تصريحه", "تصريحها"})
_STATEMENT_TAILS = frozenset({"له", "لها", "القاها", "القاه", "صحفي", "صحافي", "صحفيه",
                              "صحافيه", "الافتتاحيه", "الختاميه", "متلفزه", "مقتضب"})
"""Words that may follow the noun of statement before the occasion: «في كلمة له», «في تصريح
صحفي», «في كلمته الافتتاحية» (two at most)."""
_OCCASIONS = frozenset({"خلال", "اثناء", "في", "امام", "لدي", "عقب"})
_OCCASION_REACH = 8
_RELATIVES = frozenset({"الذي", "التي", "الذين"})


def past_speech_occasion(context: Extraction, words: list[Word], first_word: int,
                         trigger: StanceTrigger) -> int | None:
    """Where the object of a verb of praise starts past «في كلمته خلال حفل ...»: the first
    «ب» + deed whose doer is named, within reach of the occasion's preposition and in the
    same clause; None when the words are not a speech and its occasion, or no such deed
    follows."""
    if trigger.kind != "praises" or trigger.noun or first_word + 3 >= len(words) or \
            words[first_word].norm not in _STATEMENT_OPENERS or \
            words[first_word + 1].norm not in _STATEMENTS or \
            context.covering_mention(words[first_word + 1].start) is not None:
        return None
    index = first_word + 2
    while index < min(len(words), first_word + 4) and words[index].norm in _STATEMENT_TAILS:
        index += 1  # «في كلمة له», «في كلمة ألقاها», «في تصريح صحفي»
    if index >= len(words) or words[index].norm not in _OCCASIONS:
        return None
    return _deed_after(context, words, first_word, index)


def _deed_after(context: Extraction, words: list[Word], first_word: int,
                index: int) -> int | None:
    """The first «ب» + deed with a named doer after the occasion's first word ``index``,
    within reach, with no mark or relative from ``first_word``; None when there is none."""
    for later in range(first_word + 1, min(len(words), index + _OCCASION_REACH + 1)):
        if context.boundary_between(words[later - 1], words[later]) or \
                words[later].norm in _RELATIVES:
            return None
        if later > index + 1 and _ba_deed(context, words, later):
            return later
    return None


_BEHALF = ("نيابه", "عن")
_RECEPTIONS = frozenset({"لدي", "عند"})


def past_behalf_or_reception(context: Extraction, words: list[Word], first_word: int,
                             trigger: StanceTrigger) -> int | None:
    """Where the object of a verb of praise starts past «في كلمة ألقاها نيابة عن Y» or «لدى
    استقباله Y»: the first «ب» + deed whose doer is named (see :func:`past_speech_occasion`);
    None when there is none (Y is whom the speech was for, whom the holder received: never
    the praised one); ``first_word`` itself when the words are neither."""
    if trigger.kind != "praises" or trigger.noun or first_word + 3 >= len(words):
        return first_word
    word = words[first_word]
    if word.norm in _RECEPTIONS and words[first_word + 1].norm.endswith(("ه", "ها")) and \
            context.covering_mention(words[first_word + 1].start) is None:
        return _deed_after(context, words, first_word, first_word + 1)  # «لدى استقباله»
    if word.norm not in _STATEMENT_OPENERS:
        return first_word
    sent = _letter_addressee(words, first_word)
    if sent is not None:  # «في خطاب بعث به لـ Y»: Y's own deed («بجهوده»), or another's
        return _deed_after(context, words, first_word, sent) or \
            _addressee_deed(context, words, sent)
    if words[first_word + 1].norm not in _STATEMENTS:
        return first_word
    index = first_word + 2
    while index < min(len(words), first_word + 4) and words[index].norm in _STATEMENT_TAILS:
        index += 1
    if index + 1 < len(words) and (words[index].norm, words[index + 1].norm) == _BEHALF:
        return _deed_after(context, words, first_word, index + 1)  # «نيابة عن الملك»
    return first_word


_LETTERS = frozenset({"خطاب", "برقيه", "رساله", "كتاب"})
_SENT = frozenset({"بعث", "بعثه", "بعثها", "وجه", "وجهه", "وجهها", "ارسل", "ارسله", "ارسلها"})


_SENT_WHEN = frozenset({"اليوم", "امس", "مساء", "صباح"})
"""When the letter was sent, between the verb of sending and whom it went to."""


_OWNER_SUFFIXES = ("ه", "ها", "هم")
_ADDRESS_STYLES = frozenset({"الامير", "الاميره", "الملك", "الشيخ", "الرئيس", "سمو", "معالي"})
"""A style right before the addressee's name («إلى الأمير X»)."""


def _addressee_deed(context: Extraction, words: list[Word], sent: int) -> int | None:
    """«في برقية بعثها إلى Y بجهوده»: the addressee's word when right after its name comes
    «ب» + his own deed or quality (a possessive pronoun, no name after); None otherwise."""
    mention = context.mention_starting_in(words[sent]) or \
        (context.mention_starting_in(words[sent + 1]) if sent + 1 < len(words) else None)
    if mention is None and sent + 2 < len(words) and words[sent + 1].norm in _ADDRESS_STYLES:
        mention = context.mention_starting_in(words[sent + 2])  # «إلى الأمير X بجهوده»
    if mention is None or mention.label not in AGENT_LABELS:
        return None
    after = context.mention_words(mention)[1] - words[0].index + 1
    if after >= len(words) or context.boundary_between(words[after - 1], words[after]):
        return None
    word = words[after]
    for prefix, rest in word.readings()[1:]:
        if prefix.lstrip("و") not in {"ب", "بال"}:
            continue
        for suffix in _OWNER_SUFFIXES:
            stem = rest[:-len(suffix)]
            if rest.endswith(suffix) and (stem in _OWN_DEEDS or  # «بجهوده», «بحكمته»
                                          (stem.endswith("ت") and stem[:-1] + "ه" in _OWN_DEEDS)):
                return sent
    return None


def _letter_addressee(words: list[Word], first_word: int) -> int | None:
    """«في خطاب بعث به لسمو رئيس الهيئة», «في برقية بعثها إلى الملك» (a time word
    may stand before «إلى»: «وجهها اليوم إلى»): the index of the word
    naming whom the letter was sent to («إلى» or the word with «ل» glued), or None."""
    if words[first_word + 1].norm not in _LETTERS:
        return None
    index = first_word + 2
    if index >= len(words) or words[index].norm not in _SENT:
        return None
    index += 1
    if index < len(words) and words[index].norm in {"به", "بها"}:
        index += 1
    while index < len(words) and words[index].norm in _SENT_WHEN:
        index += 1  # «في برقية وجهها اليوم إلى Y»
    if index >= len(words):
        return None
    word = words[index]
    lam = any(prefix.lstrip("وف") in {"ل", "لل"} for prefix, _ in word.readings()[1:])
    return index if word.norm == "الي" or lam else None


def _ba_deed(context: Extraction, words: list[Word], index: int) -> bool:
    """«بالدور الذي تقوم به X», «بجهود X», «بما تقدمه X»: «ب» glued to a deed whose doer is
    named; not «ب» + a name («بكلية الملك فهد»: where the ceremony is)."""
    word = words[index]
    if word.norm != "بما" and \
            not any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:]):
        return False
    if context.mention_starting_in(word) is not None:
        return False
    actor = deed_actor(context, words, index)
    return actor is not None and actor < len(words) and \
        context.mention_starting_in(words[actor]) is not None


_OWN_DEEDS = DEED_NOUNS | QUALITY_NOUNS | frozenset({"عطاء"})
_PEOPLE_PREFIXES = frozenset({"", "ب", "ل"})
_MEMBERS = PEOPLE_NOUNS | frozenset({"اعضاء", "لاعبي", "ضباط", "مسؤولي", "منسوبات", "طلاب"})
"""The people of a body met before the praise («بأعضاء مجلس الشورى», «لاعبي الفريق»), beside
the praised groups of :data:`kg.relations.deeds.PEOPLE_NOUNS`."""


def staff_deed_owner(context: Extraction, words: list[Word], first: int, position: int,
                     skip: set[str]) -> Mention | None:
    """«والتقى X طياري التحالف، وأثنى على احترافيتهم»: a deed noun with «هم» after the
    praise points back to the people of the one body named before the trigger in the
    sentence («طياري التحالف», «بمنسوبي وزارة الصحة»); None when the deed has no plural
    possessive, or the sentence names another agent before the praise (other than its
    holder), or no such group."""
    if first >= len(words) or first <= position or not words[first].norm.endswith("هم"):
        return None
    stem = words[first].norm[:-2]
    if stem.endswith("ت"):
        stem = stem[:-1] + "ه"  # «احترافيتهم»: the «ة» before the pronoun
    if not any(prefix.lstrip("وف") in {"", "ب"} and rest in _OWN_DEEDS
               for prefix, rest in readings_of(stem)):
        return None
    before = context.mentions_between(words[0].start, words[position].start)
    agents = {m.entity_id: m for m in before
              if m.entity_id and m.entity_id not in skip and m.label in AGENT_LABELS}
    if len(agents) != 1:
        return None
    body = next(iter(agents.values()))
    if body.label not in ORGANIZATION_LABELS:
        return None
    at = context.mention_words(body)[0] - words[0].index
    if at < 1 or words[at].start != body.start or \
            context.boundary_between(words[at - 1], words[at]):
        return None
    group = words[at - 1]
    return body if any(prefix.lstrip("وف") in _PEOPLE_PREFIXES and rest in _MEMBERS
                       for prefix, rest in group.readings()) else None


def holder_lam_name(context: Extraction, words: list[Word], candidate: Candidate,
                    trigger: StanceTrigger, subjects: list[Arg]) -> bool:
    """«منظمة الأغذية والزراعة للأمم المتحدة», «X لصحيفة الرياض»: whether the candidate is a
    name glued to «ل», or after «ل» + a medium noun, right after the holder's own name
    (nothing but a space between), for a verb of praise."""
    if trigger.kind != "praises" or trigger.noun or candidate.source != "mention":
        return False
    index = candidate.word_index
    if index < 1 or index >= len(words):
        return False
    word = words[index]
    lam = any(prefix.lstrip("وف") in {"ل", "لل"} for prefix, _ in word.readings()[1:])
    if not lam or candidate.arg.start <= word.start:
        medium = words[index - 1]  # «لصحيفة الرياض»: the paper spoken to
        if not any(prefix.lstrip("وف") == "ل" and rest in _MEDIA
                   for prefix, rest in medium.readings()[1:]) or \
                candidate.arg.start != word.start:
            return False
        word = medium
    return any(subject.end <= word.start and
               not context.doc.text[subject.end:word.start].strip() for subject in subjects)


_MEDIA = frozenset({"صحيفه", "جريده", "وكاله", "قناه", "موقع", "تلفزيون", "اذاعه", "مجله"})
"""What a holder speaks to, glued to «ل» right after the name: «أشاد X لصحيفة الرياض بـ ...»."""
