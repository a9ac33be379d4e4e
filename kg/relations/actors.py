"""Descriptive actor phrases: a force, army or regime named by its owner.

In conflict news the actor of an event or a stance is often not a name the NER
tags but a phrase made of a head noun of force or rule and the owner it names:
«قوات الأسد» (a leader's forces), «نظام الأسد», «الجيش اليمني», «النظام السوري»
(a country's army or regime, through its nisba), «جيش الفتح» (a group whose
name the NER keeps without its head word, tagged Miscellaneous). The phrase is
one actor with a stable id (its normalised words), typed from the ontology: a
state's forces or regime is a ``GovernmentBody``, a group named «جيش X» or
«ميليشيات X» an ``ArmedGroup``. A head with no owner («القوات الحكومية»)
names nobody identifiable and is left alone; the one exception is «النظام» and
«قوات النظام» or «جيش النظام», read as the regime of the country the article mentions most
(:func:`_regime`), when one country leads the count.
"""

from __future__ import annotations

from kg.model import Mention
from kg.ontology.namespace import EntityLabel
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word, group_stem
from kg.relations.lexicon import FUNCTION_WORDS
from kg.text.normalize import normalize_key

STATE_FORCE_HEADS = frozenset({"قوات", "جيش", "نظام"})
"""Heads whose owner, a leader or a country, makes them the state's forces or regime."""
GROUP_HEADS = frozenset({"جيش", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات"})
"""Heads that open an armed group's own name («جيش الفتح», «ميليشيات الحوثي»)."""
MOVEMENTS = frozenset({("مقاومه", "الشعبيه"), ("مقاومه", "الاسلاميه"), ("مقاومه", "الوطنيه"),
                       ("حشد", "الشعبي")})
"""A head and the adjective that together name an armed movement of its country
(«المقاومة الشعبية», «المقاومة الإسلامية», «الحشد الشعبي»)."""
NISBA_HEADS = frozenset({"قوات", "جيش", "نظام"})
"""Definite heads that a country's nisba follows («القوات السعودية», «النظام السوري»)."""
MEMBER_HEADS = frozenset({"مسلحو", "مسلحي", "عناصر", "مقاتلو", "مقاتلي", "متمردو", "متمردي",
                          "قوات", "ميليشيا",
                          "ميليشيات", "مليشيا", "مليشيات", "جماعه", "طيران", "طائرات",
                          "مقاتلات", "ثوار", "مدفعيه"})
"""Heads of a group's members, forces or aircraft before the group's name: «مسلحو الحوثي»,
«عناصر داعش», «قوات التحالف», «طيران التحالف», «ثوار الجيش الحر» are the group itself as a
doer (a movement the NER left untagged too: «مقاتلو المقاومة الشعبية»)."""
COALITION = "تحالف"
"""«التحالف» (the military coalition of the news: «قوات التحالف», «شن التحالف غارات»)."""
COALITION_ADJECTIVES = frozenset({"الدولي", "العربي"})
STANDING_GROUPS: dict[str, EntityLabel] = {COALITION: "Organization", "مقاومه": "ArmedGroup"}
"""Definite one-word actors of conflict news that the NER leaves untagged: «التحالف» and
«المقاومة», alone or with an adjective of theirs («التحالف الدولي», «المقاومة الجنوبية»)."""
RESISTANCE_ADJECTIVES = frozenset({"الجنوبيه", "اليمنيه", "الفلسطينيه", "العراقيه",
                                   "اللبنانيه", "السوريه", "الشعبيه", "الاسلاميه", "الوطنيه"})


_STATE_FORCE_HEADS_OR_GROUP_HEADS = STATE_FORCE_HEADS | GROUP_HEADS


def actor_phrase(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """The actor phrase that opens at ``words[index]`` and the index of the word after it."""
    word = words[index]
    if index + 1 >= len(words) or _named_otherwise(context, word) or \
            context.boundary_between(word, words[index + 1]) or _governed(word):
        return None
    head = word.bare()
    if word.norm.lstrip("وف").startswith("ال"):
        if (head, words[index + 1].norm) in MOVEMENTS:
            return _phrase(context, "ArmedGroup", word.start + _clitic_length(word),
                           words[index + 1].end), index + 2
        if head in GROUP_HEADS and (group := _group_by_adjective(context, words, index)):
            return group, index + 2
        if head in STANDING_GROUPS:
            return _standing_group(context, words, index)
        if head in ANAPHORIC_GROUP_HEADS:
            return _group_named_before(context, words, index)
        if head not in NISBA_HEADS:
            return None
        return _by_nisba(context, words, index) or _bare_regime(context, words, index)
    if head in MEMBER_HEADS and (members := _members_of(context, words, index)):
        return members
    if head not in _STATE_FORCE_HEADS_OR_GROUP_HEADS:
        return None
    if head in {"قوات", "جيش"} and words[index + 1].norm == "النظام":
        regime = _regime(context, words[index].start + _clitic_length(words[index]),
                         words[index + 1].end)
        return (regime, index + 2) if regime is not None else None
    owner = context.mention_starting_in(words[index + 1])
    if owner is None or not owner.entity_id or owner.start != words[index + 1].start:
        return None
    return _by_owner(context, words, index, owner)


def _members_of(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """«مسلحو الحوثي», «عناصر داعش», «قوات التحالف الدولي», «طيران التحالف»: a group's
    members, forces or aircraft, named by the group right after the head, are the group as
    a doer. The group is an armed group or organisation the NER tagged, a group named in the
    plural elsewhere in the document («الحوثي» for «الحوثيين»), or «التحالف» (also as
    «تحالف» with the genitive that names it: «طيران تحالف الدول العربية»)."""
    owner_word = words[index + 1]
    start = words[index].start + _clitic_length(words[index])
    owner = context.mention_starting_in(owner_word)
    if owner is not None:
        if not owner.entity_id or owner.start != owner_word.start or \
                owner.label not in _GROUP_OWNERS:
            return None
        last = context.word_at(max(owner.start, owner.end - 1))
        assert last is not None
        return Arg(owner.entity_id, start, owner.end), last.index - words[0].index + 1
    if context.covering_mention(owner_word.start) is not None:
        return None
    inner = actor_phrase(context, words, index + 1) if owner_word.norm.startswith("ال") else None
    if inner is not None:  # «مقاتلو المقاومة الشعبية», «ثوار المقاومة»: the movement itself
        return Arg(inner[0].node_id, start, inner[0].end), inner[1]
    stem = group_stem(owner_word.norm, ("ي",))
    group = context.index.groups_by_stem.get(stem) if stem else None
    if group is not None:
        return Arg(group, start, owner_word.end), index + 2
    if owner_word.norm in {"ال" + COALITION, COALITION}:
        end = index + 2
        if owner_word.norm == COALITION:  # «طيران تحالف الدول العربية»: its genitive names it
            while end < len(words) and end < index + 4 and words[end].norm.startswith("ال") \
                    and not context.boundary_between(words[end - 1], words[end]) and \
                    context.covering_mention(words[end].start) is None:
                end += 1
            if end == index + 2:
                return None
        elif end < len(words) and words[end].norm in COALITION_ADJECTIVES and \
                not context.boundary_between(owner_word, words[end]):
            end += 1
        return _phrase_named(context, "Organization", "التحالف", start,
                             words[end - 1].end), end
    return None


_GROUP_OWNERS = frozenset({"ArmedGroup", "Organization", "InternationalOrganization"})


def _standing_group(context: Extraction, words: list[Word],
                    index: int) -> tuple[Arg, int] | None:
    """«التحالف», «التحالف الدولي», «المقاومة», «المقاومة الجنوبية»: the coalition or the
    resistance of the news, when no other definite word qualifies it («التحالف الوطني» is
    a party, «المقاومة المسلحة» a practice)."""
    word, after = words[index], words[index + 1]
    head = word.bare()
    adjectives = COALITION_ADJECTIVES if head == COALITION else RESISTANCE_ADJECTIVES
    end = index + 1
    if not context.boundary_between(word, after) and after.norm.lstrip("وف").startswith("ال"):
        if after.norm not in adjectives:
            return None
        end += 1
    start = word.start + _clitic_length(word)
    name = "التحالف" if head == COALITION else context.index.doc.text[start:words[end - 1].end]
    return _phrase_named(context, STANDING_GROUPS[head], name, start, words[end - 1].end), end


ANAPHORIC_GROUP_HEADS = frozenset({"تنظيم", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا"})
"""Definite heads that, alone, refer back to the armed group the article has named:
«التنظيم» after «تنظيم داعش», «الميليشيات» after «الحوثيين»."""


def _group_named_before(context: Extraction, words: list[Word],
                        index: int) -> tuple[Arg, int] | None:
    """«واقتحم التنظيم القرية», «وقصفت الميليشيات الحي»: a bare definite group head (no
    name or adjective after it) is the one armed group named before it in the article; with
    none, or with two, it names nobody for sure, and is left alone."""
    word, after = words[index], words[index + 1]
    if not context.boundary_between(word, after) and after.norm.lstrip("وف").startswith("ال"):
        return None  # «الميليشيات الحوثية» (see ``_group_by_adjective``), «التنظيم الدولي»
    groups = {m.entity_id for m in context.index.mentions
              if m.start < word.start and m.label == "ArmedGroup" and m.entity_id}
    if len(groups) != 1:
        return None
    start = word.start + _clitic_length(word)
    return Arg(next(iter(groups)), start, word.end), index + 1


def _phrase_named(context: Extraction, label: EntityLabel, name: str, start: int,
                  end: int) -> Arg:
    """The actor ``name`` (one entity per name in the document) at ``start``-``end``."""
    return Arg(context.add_entity(label, name, normalize_key(name)), start, end)


def _named_otherwise(context: Extraction, word: Word) -> bool:
    """A mention covers the head word, unless it is a bare Miscellaneous tag of the head
    alone («الميليشيات» tagged by itself before «الحوثية»)."""
    mention = context.covering_mention(word.start)
    return mention is not None and not (mention.label == "Miscellaneous"
                                        and mention.end <= word.end)


def _group_by_adjective(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«الميليشيات الحوثية»: militias described by the adjective of a group the document
    names in the plural («الحوثيين») are that group."""
    adjective = words[index + 1]
    stem = group_stem(adjective.norm, ("يه", "ي"))
    group = context.index.groups_by_stem.get(stem) if stem else None
    if group is None:
        return None
    return Arg(group, words[index].start + _clitic_length(words[index]), adjective.end)


def _by_owner(context: Extraction, words: list[Word], index: int,
              owner: Mention) -> tuple[Arg, int] | None:
    """«قوات الأسد», «نظام الأسد» (a leader's forces or regime: the state's body);
    «جيش الفتح» with «الفتح» tagged Miscellaneous (the group's own name)."""
    head = words[index].bare()
    label: EntityLabel
    if owner.label == "Person" and head in STATE_FORCE_HEADS:
        label = "GovernmentBody"
    elif owner.label == "Miscellaneous" and head in GROUP_HEADS:
        label = "ArmedGroup"
    else:
        return None
    last = context.word_at(max(owner.start, owner.end - 1))
    assert last is not None
    start = words[index].start + _clitic_length(words[index])
    return _phrase(context, label, start, owner.end), last.index - words[0].index + 1


def _by_nisba(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """«الجيش اليمني», «القوات السعودية», «النظام السوري»: a country's army, forces or
    regime, named by the country's nisba right after the head."""
    nisba = words[index + 1]
    if context.covering_mention(nisba.start) is not None and \
            context.mention_starting_in(nisba) is None:
        return None
    tagged = context.mention_starting_in(nisba)
    if context.country_for_nisba(nisba) is None and not (
            tagged is not None and tagged.label == "Country" and context.is_nisba(tagged)):
        return None  # «الجيش الأميركي»: a nisba the NER tagged as the country counts too
    start = words[index].start + _clitic_length(words[index])
    return _phrase(context, "GovernmentBody", start, nisba.end), index + 2


def _bare_regime(context: Extraction, words: list[Word],
                 index: int) -> tuple[Arg, int] | None:
    """«وحشد النظام تعزيزاته»: bare «النظام» as a subject is the regime of the country the
    article is about; a definite word after it may be an adjective («النظام الجديد»: a
    system), so it is read only before an indefinite word or a boundary."""
    word, after = words[index], words[index + 1]
    if word.bare() != "نظام" or after.norm.lstrip("وف").startswith("ال"):
        return None
    regime = _regime(context, word.start + _clitic_length(word), word.end)
    return (regime, index + 1) if regime is not None else None


def _regime(context: Extraction, start: int, end: int) -> Arg | None:
    """The regime of the document's main country («نظام سوريا»), one entity per country:
    «النظام» and «قوات النظام» both stand for it."""
    country_id = context.index.main_country
    if country_id is None or country_id not in context.entities:
        return None
    name = f"نظام {context.entities[country_id].name}"
    return Arg(context.add_entity("GovernmentBody", name, normalize_key(name)), start, end)


regime = _regime
"""The regime's entity for a span, for rules outside this module («لقوات النظام»)."""


def _phrase(context: Extraction, label: EntityLabel, start: int, end: int) -> Arg:
    """The actor named by the text between ``start`` and ``end``, as one entity."""
    name = context.index.doc.text[start:end]
    return Arg(context.add_entity(label, name, normalize_key(name)), start, end)


def _clitic_length(word: Word) -> int:
    """«وقوات» → 1: the conjunction glued before the head stays out of the phrase."""
    return 1 if word.norm[:1] in {"و", "ف"} else 0


def _governed(word: Word) -> bool:
    """«بقوات», «لجيش»: a preposition is attached, so the phrase is no subject."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])


INSTITUTION_HEADS: dict[str, EntityLabel] = {
    "وزاره": "GovernmentBody", "هيئه": "GovernmentBody", "مجلس": "GovernmentBody",
    "لجنه": "GovernmentBody", "امانه": "GovernmentBody", "بلديه": "GovernmentBody",
    "اداره": "GovernmentBody", "مديريه": "GovernmentBody", "شركه": "Organization",
    "مؤسسه": "Organization", "جامعه": "Organization", "غرفه": "Organization",
    "جمعيه": "Organization", "صندوق": "Organization", "بنك": "Organization",
}
"""Heads of an institution's descriptive name («وزارة البترول», «المجلس التنفيذي»)."""
_INSTITUTION_WORDS = 3
"""How many definite words may follow the head: «الهيئة العامة للاستثمار» is too long."""


def institution_between(context: Extraction, words: list[Word], first: int,
                        end: int) -> Arg | None:
    """«ووقعت وزارة البترول اتفاقا», «نظمت اللجنة المنظمة مهرجانا»: the words between a
    verb (``first`` is the word after it) and its object noun (``end``) that name an
    institution the NER missed: an institution head and one to three definite words
    (its genitive or adjectives), no name, no preposition, no punctuation; the whole span
    must be the subject, so what the verb is and what its object is stay unambiguous."""
    count = end - first - 1
    if first >= end or not 1 <= count <= _INSTITUTION_WORDS:
        return None
    head = words[first]
    clitic, label = _institution_head(head)
    if label is None or _governed(words[end]) or \
            context.covering_mention(head.start) is not None:
        return None  # «أطلقت الشركة الشعار الخاص باللقاء»: the noun is no object
    if head.norm.removeprefix(head.norm[:clitic]).startswith("ال") and (
            count > 1 or not words[first + 1].norm.endswith(("ي", "يه"))):
        return None  # a definite head takes one adjective («المجلس التنفيذي»), no object
    for index in range(first + 1, end):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or \
                not word.norm.startswith("ال") or \
                context.covering_mention(word.start) is not None:
            return None
    if context.boundary_between(words[end - 1], words[end]):
        return None
    return _phrase(context, label, head.start + clitic, words[end - 1].end)


def _institution_head(word: Word) -> tuple[int, EntityLabel | None]:
    """The length of the conjunction before an institution head («ووزارة» → 1) and the
    head's type; None when the word is no head or a preposition is attached («بوزارة»)."""
    for prefix, rest in word.readings():
        if rest in INSTITUTION_HEADS and prefix.removesuffix("ال") in {"", "و", "ف"}:
            return len(prefix.removesuffix("ال")), INSTITUTION_HEADS[rest]
    return 0, None


_SUBJECT_HEADS: dict[str, EntityLabel] = {
    **INSTITUTION_HEADS, "منظمه": "Organization", "نقابه": "Organization",
    "رابطه": "Organization", "محكمه": "GovernmentBody", "سفاره": "GovernmentBody",
    "حكومه": "GovernmentBody", "رئاسه": "GovernmentBody", "مكتب": "GovernmentBody",
    "اتحاد": "Organization", "حزب": "Organization", "مركز": "Organization",
    "حركه": "Organization", "تيار": "Organization", "ائتلاف": "Organization",
    "جماعه": "Organization", "كتله": "Organization",
}
"""Heads of an institution's name that may hold a stance: :data:`INSTITUTION_HEADS` and
the courts, unions, parties and movements («وانتقدت حركة التغيير الكردية», «ورفض ائتلاف دولة
القانون»), embassies and offices of news prose. Not «جبهة»: «الجبهة الشعبية لتحرير فلسطين»
cut short by a tagged «فلسطين» would hold the stance under half its name."""
_ANAPHORIC = frozenset({"النادي", "الشركه", "الوزاره", "الهيئه", "المجلس", "الجمعيه",
                        "المركز", "الدوله", "البلاد", "المدينه", "المنطقه", "الفريق",
                        "الجامعه", "اللجنه", "الاتحاد", "المحافظه", "الحزب", "المؤسسه",
                        "الحكومه", "المنظمه", "البلد", "الامانه", "البلديه", "الاداره"})
"""A genitive that points back at a body named earlier («إدارة النادي»): the phrase names
nobody by itself, unless a name or an adjective follows («إدارة النادي الأهلي»)."""
_CONSTRUCT_REACH = 2
"""Indefinite nouns a construct chain may pass before its definite end («مجلس إدارة النادي»,
«وزارة خارجية مملكة البحرين»)."""
_MODIFIERS = 2


def institution_after(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """«واتهمت المؤسسة الوطنية للنفط ...», «أعلن مجلس محافظة بغداد رفضه ...», «انتقدت
    وزارة الإسكان ...»: an institution the NER missed, named after a verb by its head and
    its genitive or adjectives; the actor and the index of the word after it. The phrase
    ends where a construct chain ends (its first definite word or name) and its adjectives
    (nisbas, names) end, so that the verb's object after it stays out."""
    if index >= len(words):
        return None
    head = words[index]
    clitic, label = _subject_head(head)
    if label is None or context.covering_mention(head.start) is not None:
        return None
    definite = head.norm[clitic:].startswith("ال")
    construct = index + 1 if definite else _construct_end(context, words, index + 1)
    if construct is None:
        return None
    end = construct
    modifiers = _modifiers_end(context, words, end)
    if definite and modifiers == end:
        return None  # «المجلس» alone: a body named earlier
    if modifiers == index + 2 == end and words[index + 1].norm in _ANAPHORIC:
        return None
    if definite and modifiers < len(words) and _lam_genitive(context, words, modifiers):
        modifiers += 1  # «المؤسسة الوطنية للنفط»
    elif definite and modifiers + 1 < len(words) and \
            _lam_construct(context, words, modifiers):
        modifiers += 2  # «الجمعية السعودية لطب العيون»
    return _phrase(context, label, head.start + clitic, words[modifiers - 1].end), modifiers


def _subject_head(word: Word) -> tuple[int, EntityLabel | None]:
    """The length of the conjunction before a head that may name an institution and the
    head's type; None when the word is no such head or a preposition is attached."""
    for prefix, rest in word.readings():
        if rest in _SUBJECT_HEADS and prefix.removesuffix("ال") in {"", "و", "ف"}:
            return len(prefix.removesuffix("ال")), _SUBJECT_HEADS[rest]
    return 0, None


def _plain(context: Extraction, words: list[Word], index: int) -> bool:
    """A word that may continue a name: in the same clause, no preposition glued to it,
    no function word."""
    word = words[index]
    return not context.boundary_between(words[index - 1], word) and not _governed(word) and \
        word.norm not in FUNCTION_WORDS and word.norm[:1] not in {"و", "ف"} and \
        not word.norm.isdigit()


def _construct_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index after the genitive of an indefinite head: up to two indefinite nouns, then
    a definite noun or a name; None when the chain does not end so."""
    for at in range(index, min(len(words), index + _CONSTRUCT_REACH + 1)):
        mention = context.mention_starting_in(words[at])
        if mention is not None and mention.start == words[at].start and mention.entity_id \
                and not context.boundary_between(words[at - 1], words[at]):
            last = context.word_at(max(mention.start, mention.end - 1))
            return None if last is None else last.index - words[0].index + 1
        if mention is not None or not _plain(context, words, at):
            return None
        if words[at].norm.startswith("ال"):
            return at + 1
    return None


def _modifiers_end(context: Extraction, words: list[Word], index: int) -> int:
    """The index after the adjectives of a name: definite nisbas («الوطنية», «المصري») and
    names («النادي الأهلي»), at most two."""
    end = index
    while end < len(words) and end < index + _MODIFIERS and _plain(context, words, end):
        word = words[end]
        mention = context.mention_starting_in(word)
        if not word.norm.startswith("ال"):
            break
        if mention is not None and mention.start >= word.start and mention.end <= word.end:
            end += 1
            continue
        if mention is None and (word.norm in _BODY_ADJECTIVES or (
                word.norm.endswith(("ي", "يه")) and len(word.norm) > 4)):
            end += 1
            continue
        break
    return end


_BODY_ADJECTIVES = frozenset({
    "العام", "العامه", "العليا", "الاعلي", "الدائم", "الدائمه", "المستقل", "المستقله",
    "المشترك", "المشتركه", "الموحد", "الموحده", "المركزي", "الاتحادي",
})
"""Adjectives of institutions' names that are no nisbas («المديرية العامة للجوازات»,
«اللجنة العليا», «اللجنة الدائمة»)."""


_SHORT_LAM = frozenset({"لها", "لهم", "لكل", "لدي", "لذا", "لما", "لمن", "لكن", "لنا", "لعل",
                        "لان", "لست", "لكم", "لهن", "لمد", "لحد"})
"""Three-letter words in «ل» that are no «ل» + a two-letter noun («لطب», «لفن»)."""


def _lam_construct(context: Extraction, words: list[Word], index: int) -> bool:
    """«لطب العيون», «لحقوق الإنسان»: an indefinite noun after «ل» in construct with a
    definite one, the genitive of a definite head's name."""
    word, following = words[index], words[index + 1]
    return word.norm.startswith("ل") and not word.norm.startswith("لل") and \
        (len(word.norm) > 3 or (len(word.norm) == 3 and word.norm not in _SHORT_LAM)) and \
        following.norm.startswith("ال") and \
        not context.boundary_between(words[index - 1], word) and \
        not context.boundary_between(word, following) and \
        context.covering_mention(word.start) is None and \
        context.covering_mention(following.start) is None


def _lam_genitive(context: Extraction, words: list[Word], index: int) -> bool:
    """«للنفط», «للإعلام»: a definite noun after «لل», the genitive of a definite head."""
    word = words[index]
    return word.norm.startswith("لل") and len(word.norm) > 4 and \
        not context.boundary_between(words[index - 1], word) and \
        context.covering_mention(word.start) is None
