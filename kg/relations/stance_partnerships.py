"""Who works with whom in a deed done together: «بالتعاون مع», «بالشراكة مع», and signed
agreements of cooperation.

Saudi local news reports a deed and its partner in one clause:

- **the adjunct of partnership**: «نظمت جامعة الملك سعود بالتعاون مع وزارة الصحة حملة»,
  «الذي تنظمه الرئاسة العامة لرعاية الشباب بالتعاون مع نادي التوباد», «نظم نادي X،
  وبالشراكة مع شركة Y، برنامج ...»: «ب» + a noun of cooperation + «مع» right after the named
  subject of a verb of doing: that subject coordinates with the one after «مع». Only where
  the subject follows its verb at once (a verb of doing, an object pronoun allowed) and the
  adjunct follows the subject at once: «أقيم الحفل في جامعة X بالتعاون مع Y» names the
  place, not the organiser (a passive verb, a preposition before the name), and gives
  nothing;
- **the partner behind its administration**: «بالتعاون مع إدارة سجون الطائف», «بالتنسيق مع
  فرع وزارة الصحة»: an administration, directorate, branch or office names the body whose
  it is; the partner is that body; so is the short name in parentheses after a body's
  untagged description («مع الجمعية الخيرية للطعام (إطعام)»);
- **a signed agreement of cooperation**: «أبرمت X اتفاقية تعاون مع Y», «وقعت X مع Y مذكرة
  تفاهم للتعاون», «وقعت X و Y اتفاقية شراكة»: the signers of an agreement (or memorandum,
  contract, protocol) of cooperation or partnership coordinate with each other; a signing
  denied («لم توقع») or more than two named signers (an apposition, a list) give nothing.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, REFERENCE_KINDS, Arg, Word
from kg.relations.lexicon import AGREEMENT_NOUNS, SIGNING_VERBS
from kg.relations.stance_cooperation import WORKING, closes_adjunct
from kg.relations.stance_kind_conjuncts import BODY_KINDS
from kg.relations.stance_kind_subjects import kind_reference
from kg.text.normalize import normalize_key

_DOING = frozenset({
    "نظم", "نظمت", "ينظم", "تنظم", "نظموا", "ينظمون", "اقام", "اقامت", "يقيم", "تقيم",
    "اقاموا", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا", "اطلق", "اطلقت", "يطلق", "تطلق",
    "دشن", "دشنت", "يدشن", "تدشن", "عقد", "عقدت", "يعقد", "تعقد", "قدم", "قدمت", "يقدم",
    "تقدم", "اعد", "اعدت", "يعد", "تعد", "انشا", "انشات", "ينشئ", "تنشئ", "طور", "طورت",
    "يطور", "تطور", "بدا", "بدات", "يبدا", "تبدا", "قام", "قامت", "يقوم", "تقوم", "قاموا",
    "طرح", "طرحت", "يطرح", "تطرح", "نظمها", "نظمته", "ينظمها", "تنظمها",
    "تنظمه", "ينظمه", "نظمه", "اقامه", "اقامها", "اقامته", "اقامتها", "يقيمه", "يقيمها",
    "تقيمه", "تقيمها", "نفذه", "نفذها", "نفذته", "نفذتها", "ينفذه", "ينفذها", "تنفذه",
    "تنفذها", "اطلقه", "اطلقها", "اطلقته", "اطلقتها", "يطلقه", "يطلقها", "تطلقه", "تطلقها",
    "اعده", "اعدها", "اعدته", "اعدتها", "قدمه", "قدمها", "قدمته", "قدمتها", "يقدمه",
    "يقدمها", "تقدمه", "تقدمها", "عقدها", "عقدته", "عقدتها", "يعقدها", "تعقدها",
}) | WORKING
"""Verbs of a deed done (organised, held, carried out, launched, put forward, prepared; the
light verb «قام ب»), with an object pronoun where a relative clause points back («الذي تنظمه X»)."""

_PARTNERING = frozenset({"التعاون", "التنسيق", "الشراكه", "تنسيق", "تعاون", "شراكه", "الاشتراك"})
"""The noun after «ب» in the adjunct («بالتعاون», «بالتنسيق», «بتنسيق», «بالشراكة»,
«بالاشتراك»)."""

_COOPERATION = frozenset({"تعاون", "للتعاون", "التعاون", "شراكه", "للشراكه", "الشراكه", "تفاهم"})
"""The cooperation noun of «اتفاقية تعاون», «مذكرة تفاهم للتعاون», «عقد شراكة»; «تفاهم» of
«مذكرة تفاهم» (an agreement to cooperate by its name)."""

_SIGNING = SIGNING_VERBS | frozenset({"يوقع", "توقع", "يوقعان", "توقعان", "يوقعون", "يبرم",
                                      "تبرم", "يبرمان", "تبرمان", "يبرمون"})
"""Verbs of signing or concluding, the imperfect too («تبرمان اتفاقية»)."""
_NEGATORS = frozenset({"لم", "لن", "لا", "ما"})
_SIGNING_REACH = 10
"""How many words before the agreement noun its signing verb may stand."""
_ADJECTIVE_REACH = 2
"""Adjectives that may follow the cooperation noun before «مع» («تعاون مشترك مع»)."""


def _agent(context: Extraction, mention: Mention | None) -> Arg | None:
    """The mention as an argument, when it names an actor (not a nisba adjective)."""
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _signing(word: Word) -> bool:
    """«وقعت», «ووقعت», «فأبرمت», «توقع»: a verb of signing, a conjunction glued to it."""
    return word.norm in _SIGNING or (word.norm[:1] in {"و", "ف"} and word.norm[1:] in _SIGNING)


def partnering(word: Word) -> bool:
    """«بالتعاون», «وبالشراكة», «بتنسيق»: «ب» glued to a noun of cooperation."""
    return any(prefix.lstrip("وف").startswith("ب") and rest in _PARTNERING
               for prefix, rest in word.readings()[1:])


def adjunct_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«نظمت X بالتعاون مع Y», «الذي تنظمه X بالتعاون مع Y», «نظم X، وبالشراكة مع Y»: the
    named subject right before the adjunct, itself right after a verb of doing."""
    if position < 2 or position + 1 >= len(words) or not closes_adjunct(words, position) or \
            not partnering(words[position]):
        return None
    gap = context.gap(words[position - 1], words[position]).strip()
    if gap not in {"", "،", ","}:
        return None  # «نظم X، بالتعاون مع», «نظم X، وبالشراكة مع»: a comma may close the subject
    if gap == "" and doing(words[position - 1]):
        return _preverbal_subject(context, words, position - 1)  # «الوطنية بدأت بالتعاون مع»
    mention = context.covering_mention(words[position - 1].start)
    if mention is None:
        referred = kind_reference(context, words[position - 1])
        subject, first = referred, position - 1  # «قامت الأمانة بالتعاون مع Y»
    else:
        subject = _agent(context, mention)
        first = context.mention_words(mention)[0] - words[0].index
    if subject is None or (mention is not None and mention.end < words[position - 1].end):
        return None
    if first < 1 or context.boundary_between(words[first - 1], words[first]):
        return None
    return subject if doing(words[first - 1]) or _event_object_before(context, words, first) \
        else None


_EVENT_OBJECTS = frozenset({
    "الملتقي", "المهرجان", "الحفل", "البرنامج", "المعرض", "الفعاليه", "الفعاليات", "الحمله",
    "المؤتمر", "الندوه", "الورشه", "المسابقه", "الدوره", "اللقاء", "الاحتفال", "الاحتفاليه",
    "المنتدي", "الامسيه", "المبادره", "الماراثون", "البطوله",
})
"""Definite nouns of an event organised, which may stand as the verb's object between the
verb and its subject (VOS): «وينظم الملتقى مجلس X بالتعاون مع Y». A noun of a body
(«الشركة», «الأمانة») is no such object: «أطلقت الشركة علامة X بالتعاون مع Y» has the
subject first."""


def _event_object_before(context: Extraction, words: list[Word], first: int) -> bool:
    """«وينظم الملتقى مجلس X بالتعاون مع Y»: the event organised stands between the verb of
    doing and the named subject starting at ``words[first]``."""
    return first >= 2 and words[first - 1].norm in _EVENT_OBJECTS and \
        doing(words[first - 2]) and \
        not context.boundary_between(words[first - 2], words[first - 1])


_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
"""Object pronouns a verb of doing carries where a relative clause points back («التي
نظمتها X», «الذي أقامته X»)."""


def doing(word: Word) -> bool:
    """A verb of doing, a conjunction glued to it allowed («ونظمت», «فأقامت»), an object
    pronoun too («نظمتها», «نفذتهما»)."""
    forms = [word.norm, *([word.norm[1:]] if word.norm[:1] in {"و", "ف"} else [])]
    return any(form in _DOING or any(
        form.endswith(pronoun) and form[:-len(pronoun)] in _DOING for pronoun in _OBJECT_PRONOUNS)
        for form in forms)


_OPENERS = frozenset({"ان", "إن", "أن", "لكن", "كما"})
"""Words after which a named subject opens its own clause («وقال إن X تنظم ...»)."""


def _preverbal_subject(context: Extraction, words: list[Word], verb: int) -> Arg | None:
    """«الوطنية بدأت بالتعاون مع Y», «وقال إن الجامعة تنظم بالتعاون مع Y»: the named actor
    right before the verb, opening its clause (at the sentence's start, after punctuation
    or after «إن»)."""
    if verb < 1 or context.boundary_between(words[verb - 1], words[verb]):
        return None
    mention = context.covering_mention(words[verb - 1].start)
    subject = _agent(context, mention)
    if mention is None or subject is None or mention.end < words[verb - 1].end:
        return None
    first = context.mention_words(mention)[0] - words[0].index
    if first < 0 or context.attached_prefix(mention).lstrip("و"):
        return None  # «لجامعة X تنظم»: governed by a preposition
    opens = first == 0 or context.boundary_between(words[first - 1], words[first]) or \
        words[first - 1].norm in _OPENERS
    return subject if opens else None


def partner_past_administration(context: Extraction, words: list[Word],
                                index: int) -> Arg | None:
    """«مع إدارة سجون الطائف»: the body named right after its administration's noun, when
    ``words[index]`` is «مع»."""
    if index + 2 >= len(words) or words[index].norm != "مع" or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    return _agent(context, body_past_kind(context, words, index + 1)) or \
        parenthesised_body(context, words, index + 1)


_NAME_REACH = 6
"""How many words a body's described name may run before its short name in parentheses."""


def parenthesised_body(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«مع الجمعية الخيرية للطعام (إطعام)»: a body described by an untagged definite phrase of
    its kind, then named short in parentheses; the name in parentheses is the body."""
    head = words[index]
    if context.covering_mention(head.start) is not None or not any(
            prefix.lstrip("وف") == "ال" and rest in REFERENCE_KINDS
            for prefix, rest in head.readings()):
        return None
    for later in range(index + 1, min(len(words), index + _NAME_REACH)):
        if "(" in context.gap(words[later - 1], words[later]):
            mention = context.mention_starting_in(words[later])
            arg = _agent(context, mention)
            closed = mention is not None and \
                context.doc.text[mention.end:mention.end + 2].lstrip().startswith(")")
            return arg if closed else None
        if context.boundary_between(words[later - 1], words[later]) or \
                context.covering_mention(words[later].start) is not None:
            return None
    return None


def body_past_kind(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """«شركة أرامكو», «وإدارة سجون الطائف»: the name right after an untagged noun of a body's
    kind or administration at ``words[index]`` (a «و» glued to it allowed)."""
    head = words[index]
    if index + 1 >= len(words) or head.norm.removeprefix("و") not in BODY_KINDS or \
            context.covering_mention(head.start) is not None or \
            context.boundary_between(head, words[index + 1]):
        return None
    return context.mention_starting_in(words[index + 1])


_OPENING_QUOTES = frozenset("«\"“")
_CLOSING_QUOTES = frozenset("»\"”")


def quoted_body_past_kind(context: Extraction, words: list[Word], index: int) -> Mention | None:
    """«مجموعة «داسو»», «شركة "أرامكو"»: the name in quotation marks right after an untagged
    noun of a body's kind at ``words[index]`` (a «و» glued to it allowed)."""
    head = words[index]
    if index + 1 >= len(words) or head.norm.removeprefix("و") not in BODY_KINDS or \
            context.covering_mention(head.start) is not None or \
            context.gap(head, words[index + 1]).strip() not in _OPENING_QUOTES:
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.start != words[index + 1].start or \
            context.doc.text[mention.end:mention.end + 1] not in _CLOSING_QUOTES:
        return None
    return mention


def signed_partners(context: Extraction, words: list[Word],
                    position: int) -> tuple[bool, tuple[Arg, Arg] | None]:
    """Whether the noun at ``position`` names the cooperation of a signed agreement («أبرمت X
    اتفاقية تعاون مع Y», «وقعت X مع Y مذكرة تفاهم للتعاون», «وقعت X و Y اتفاقية تعاون»), and
    its two signers when exactly two are named and the signing is not denied (``(True,
    None)``: an agreement framed so, with no pair to write)."""
    if position < 2 or words[position].norm not in _COOPERATION or \
            words[position - 1].norm.lstrip("و") not in AGREEMENT_NOUNS or \
            context.boundary_between(words[position - 1], words[position]):
        return False, None
    document = position - 1
    if words[document].norm == "تفاهم":
        document -= 1
    verb = None
    for index in range(document - 1, max(-1, document - 1 - _SIGNING_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]) and \
                context.gap(words[index], words[index + 1]).strip() not in {"،", ","}:
            return False, None
        if _signing(words[index]):
            verb = index
            break
    if verb is None:
        return False, None
    if verb > 0 and words[verb - 1].norm.lstrip("و") in _NEGATORS:
        return True, None  # «لم توقع X اتفاقية تعاون»: no agreement
    signers = _signers(context, words[verb].end, words[document].start)
    if signers == []:
        return False, None  # «وقع الطرفان عقد الشراكة بين X و Y»: the pair after «بين»
    if signers is None:
        return True, None
    after = _partner_after(context, words, position)
    if len(signers) == 1 and after is not None:
        return True, (signers[0], after)
    if len(signers) == 2 and after is None:
        joint = normalize_key(context.doc.text[signers[0].end:signers[1].start]).split()
        if joint and (joint[0] == "مع" or joint[0].startswith("و")):
            return True, (signers[0], signers[1])
    return True, None


def _signers(context: Extraction, start: int, end: int) -> list[Arg] | None:
    """The distinct named actors between the signing verb and the agreement noun (None when
    one of the names there is no actor: a place, a date, a product)."""
    signers: list[Arg] = []
    for mention in context.mentions_between(start, end):
        if context.is_nisba(mention):
            continue  # «الجمعية السعودية الخيرية»: an adjective of the signer's name
        arg = _agent(context, mention)
        if arg is None or preposition(context, mention) not in {"", "مع", "ل"}:
            return None  # «وقعت X في الرياض اتفاقية»: a place, not a signer («الجمعية
            # الخيرية لمرضى ألزهايمر»: a genitive «ل» names the signer)
        if all(s.node_id != arg.node_id for s in signers):
            signers.append(arg)
    return signers


def _partner_after(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named partner after «مع» right after the cooperation noun (one or two adjectives
    may stand between: «اتفاقية تعاون مشترك مع Y»)."""
    for index in range(position + 1, min(len(words) - 1, position + 2 + _ADJECTIVE_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index].norm == "مع":
            partner = _agent(context, context.mention_starting_in(words[index + 1]))
            return partner or partner_past_administration(context, words, index)
        if context.covering_mention(words[index].start) is not None:
            return None
    return None
