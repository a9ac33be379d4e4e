"""Whom an appeal, a request or a threat is addressed to.

The one named before an appeal whose address is a pronoun on the verb («وطالبته بالكف»:
:func:`urged_antecedent`, «وطالبها بالإسراع»: :func:`urged_body`, «مطالبا إياها»:
:func:`iyya_antecedent`), the actor after «دعوة إلى» (:func:`addressed_call`), and the one
asked after «من» («طالب X من Y أن ...»: :func:`demanded_from`, «طلب X من Y»:
:func:`addressee_from`). Read for :mod:`kg.relations.stance_objects`.
"""

from __future__ import annotations

from kg.model import Mention, Sentence
from kg.relations.arguments import (
    Candidate,
    is_place,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    StanceTrigger,
)
from kg.relations.rules import ArgsHow
from kg.relations.stance_decoys import asked_for_information
from kg.relations.stance_demands import (
    demand_in_phrase,
)
from kg.relations.stance_phrases import (
    titled_name_follows,
    topic_entity,
    topic_phrase,
)


def urged_antecedent(context: Extraction, words: list[Word], position: int,
                      trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«واعتبرت البحرين ما صدر عن خامنئي تدخلاً ... وطالبته بالكف»: an appeal whose addressee
    is the masculine pronoun on the verb is to the one person named before it in the
    sentence (not the subject); two persons before it, or none, name no one."""
    if trigger.kind != "urges" or not words[position].norm.endswith("ه") or \
            words[position].norm.endswith(("ها", "هم")):
        return None
    persons: dict[str, Mention] = {}
    for index in range(0, position):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id and mention.label == "Person" and \
                mention.entity_id not in skip:
            persons[mention.entity_id] = mention
    if len(persons) != 1:
        return None
    (mention,) = persons.values()
    return Candidate(Arg(mention.entity_id or "", mention.start, mention.end), "", "Person",
                     position, "mention")



_BODY_PRONOUN_KINDS = frozenset({"urges", "threatens", "warns", "criticizes"})



def urged_body(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                trigger: StanceTrigger, subjects: list[Arg]) -> Candidate | None:
    """«انتقد X أداء وزارة النقل، وطالبها بالإسراع»: an appeal whose addressee is the feminine
    pronoun on the verb is to the one body or country named between the subject and the
    verb in the sentence (see :func:`iyya_antecedent`); a person («ها» of a woman) is not
    read, nor two actors. A threat, a warning or a criticism on the pronoun reads it the same
    way («سخرت حركة الشباب من كينيا وهددتها بهجمات»: Kenya)."""
    if trigger.kind not in _BODY_PRONOUN_KINDS or not words[position].norm.endswith("ها"):
        return None
    found = iyya_antecedent(context, words, position, sentence, subjects)
    return found if found is not None and found.label != "Person" else None



IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما"})



def iyya_antecedent(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence, subjects: list[Arg]) -> Candidate | None:
    """«انتقد X الحكومة العراقية ...، مطالبا إياها بالوفاء»: the appeal's separate pronoun
    stands for the one actor named between the subject and the appeal (none when two are)."""
    own = {s.node_id for s in subjects}
    named: dict[str, Mention] = {}
    for mention in context.mentions_between(sentence.start, words[position].start):
        if mention.entity_id in own:
            named.clear()  # only what is named after the subject
        elif mention.entity_id and mention.label in AGENT_LABELS and \
                not context.is_nisba(mention):
            named[mention.entity_id] = mention
    if len(named) != 1:
        return None
    (mention,) = named.values()
    return Candidate(Arg(mention.entity_id or "", mention.start, mention.end), "", mention.label,
                     position + 1, "mention")



_DEMANDING = frozenset({"طالب", "طالبت", "يطالب", "تطالب", "نطالب", "طالبوا", "يطالبون"})
"""«طالب» in the perfect and imperfect: «طالب X من Y أن ...» asks Y, as «طلب X من Y»."""



_NOT_ASKED = frozenset({"جديد", "خلال", "اجل", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها",
                        "جانبهم", "ناحيه", "جهه", "قبل", "بين", "ضمن", "دون", "ابرز"})
"""«طالب X من جديد», «من خلال بيان», «من أجل», «من جهته»: no one asked after «من»."""



def addressed_call(context: Extraction, words: list[Word], position: int,
                    skip: set[str]) -> Candidate | None:
    """«ووجه X دعوة إلى وزارة الصحة للتدخل», «نداء إلى إيران بالانسحاب»: an appeal noun, then
    «إلى» and a named actor (no place), then the demand with «ل» or «ب» glued: the actor is
    the one called on, not what is called for («دعوة إلى الحوار»)."""
    index = position + 1
    if index + 2 >= len(words) or words[index].norm != "الي" or \
            context.boundary_between(words[position], words[index]):
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or is_place(mention.label) or \
            context.is_nisba(mention):
        return None
    last = context.mention_words(mention)[1] - words[0].index
    demand = last + 1
    if demand >= len(words) or context.boundary_between(words[last], words[demand]) or \
            not any(prefix.lstrip("وف") in {"ل", "لل", "ب", "بال"}
                    for prefix, _ in words[demand].readings()[1:]) or \
            context.covering_mention(words[demand].start) is not None or \
            any(word.bare().removeprefix("ال") in _INVITED_TO
                for word in words[demand:demand + 3]):
        return None  # «دعوة إلى X لحضور الحفل»: an invitation
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                     index + 1, "mention")



_INVITED_TO = frozenset({"حضور", "مشاركه", "زياره", "حفل", "احتفال", "مادبه", "افطار", "عشاء",
                         "غداء", "افتتاح", "مؤتمر", "منتدي", "ندوه", "مهرجان", "معرض"})
"""What an invitation is to: «دعوة إلى X لحضور الحفل», «للمشاركة في المؤتمر»."""



_DEMAND_OPENERS = frozenset({"ان", "بان", "عدم"})
"""What opens the demand right after the one asked by «طالب X من Y» («بعدم» is «طالب بـ»:
«طالب النائب X من حزب Y بعدم ...» names his party)."""



def demanded_from(context: Extraction, words: list[Word], position: int, after: int,
                   trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطالب X من الحكومة أن تكف ...», «وطالبت ألمانيا من روسيا عدم تحريك القوات»: «طالب»
    with the one asked after «من», as «طلب X من Y»; only with «أن» or «عدم» (the demand)
    right after Y, since «طالب النائب X من حزب Y بـ ...» names X's party."""
    if trigger.noun or not words[position].has(_DEMANDING) or after + 1 >= len(words) or \
            words[after].norm != "من" or words[after + 1].norm in _NOT_ASKED:
        return None
    asked = addressee_from(context, words, after, trigger, how, skip)
    if asked is None:
        return None
    following = [w for w in words if w.start >= asked.arg.end][:1]
    return asked if following and following[0].norm in _DEMAND_OPENERS and \
        not context.boundary_between(words[after], following[0]) else None



def addressee_from(context: Extraction, words: list[Word], first_word: int,
                    trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطلب كاميرون من أعضاء البرلمان دراسة ...»: the one asked, after «من» right after
    a named subject; never for the noun («بناء على طلب من الوزارة»: the ministry asks) or
    a passive with no subject of its own («وطُلب من المواطنين»)."""
    if first_word + 2 < len(words) and words[first_word].norm == "حتي" and \
            words[first_word + 1].norm == "من":
        first_word += 1  # «طلب تسيبراس حتى من وزير المالية ...»: even of
    if trigger.noun or how in {"previous", "coordinated", ""} or first_word + 1 >= len(words) \
            or words[first_word].norm != "من" or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return None
    index = first_word + 1
    if titled_name_follows(context, words, index):
        index = next(later for later in range(index + 1, len(words))
                     if (named := context.mention_starting_in(words[later])) is not None
                     and not context.is_nisba(named))  # «من وزير المالية يانيس ...»
    mention = context.mention_starting_in(words[index])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS or context.is_nisba(mention):
            return None
        if asked_for_information(words, mention.end):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, "mention")
    phrase = topic_phrase(context, words, index)
    if phrase is not None and demand_in_phrase(words, index, phrase.end):
        return None  # «طلب الزمالك من المنطقة الاعتراف بـ»: the demand, not the one asked
    topic = topic_entity(context, words, index)
    if topic is None or asked_for_information(words, topic.end):
        return None
    return Candidate(topic, "", None, index, "topic")
