"""«وقال X إنه لا يشكك في دوافع الرئيس. لكنه يعترض على ...»: a sentence that opens with
«لكنه»/«لكنها» (or «غير أنه», «إلا أنها») and a stance verb goes on with the actor of the
sentence before.

Long reports follow a speaker over several sentences; the next one may open with «but he»
and the verb, with no name: «لكنه انتقد الحكومة», «غير أنها رفضت العرض». Its holder is the
actor named (as a speaker or a stance's holder) in the sentence right before, when the
pronoun agrees with it: «ـه» a man, «ـها» a state or a body (a woman only if she spoke).
An actor two sentences back, or a pronoun of the other gender, gives nothing.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_but_pronouns import but_pronoun


def but_opening_holder(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence) -> Arg | None:
    """The actor of the sentence before, when «لكنه»/«غير أنها» opens this sentence right
    before the verb at ``words[position]`` (see the module docstring)."""
    found = but_pronoun(words, position)
    actor = context.discourse.last_actor
    if found is None or found[0] != 0 or actor is None or \
            actor.sentence != sentence.index - 1:
        return None
    person = context.label(actor.node_id) == "Person"
    woman = actor.node_id in context.discourse.female_speakers
    if (found[1] == "m" and (not person or woman)) or (found[1] == "f" and person and not woman):
        return None
    word = words[position]
    return Arg(actor.node_id, word.start, word.end)
