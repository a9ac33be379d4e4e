"""Attribution: who said what. «وقال جيفري "..."», «وأكد الوزير أن ...», «وأضاف: «...»».

A reporting verb (قال، أكد، أضاف، أوضح، أشار، نفى، حذر ...) opens a
statement. Its content is the first of, after the verb and its subject: a
quotation in « », “ ” or "..." (direct; the span inside the marks), the
clause after أن/إن/بأن (indirect, up to the end of the sentence or the next
reporting participle), or, for verbs such as أكد على / كشف عن, the phrase
after the preposition. The speaker is the first person (else organisation
or country) between the verb and the content; else the nearest one before
the verb in the sentence («بيد أن الأحمدي أشار»); else a title that names
a person introduced earlier («وكان الوزير قد قال»); else, for a verb with no
subject («وأضاف»), the previous speaker. A denial (نفى) becomes a
``denies`` relation and its content is marked as not asserted.
"""

from __future__ import annotations

from kg.ids import relation_id, statement_id
from kg.model import Mention, Polarity, Relation, Sentence, Statement
from kg.relations.arguments import coordinated_mentions
from kg.relations.context import AGENT_LABELS, REPORTING_WORD, DocContext, Word
from kg.relations.lexicon import (
    CLOSING_QUOTE,
    COMPLEMENTIZERS,
    JUSSIVE_PARTICLES,
    NEEDS_PREPOSITION,
    OPENING_QUOTES,
    ReportingVerb,
    find_reporting,
    find_reporting_jussive,
    find_stance,
)
from kg.relations.roles import is_title_head, person_for_title

_WINDOW = 12
_SPEAKER_LABELS = AGENT_LABELS | {"City"}
"""A capital speaks for its government: «لكن موسكو ... ينفون»."""
_MAX_QUOTE = 1500


def _closing(text: str, opener_at: int) -> int:
    """Where the quotation opened at ``opener_at`` closes (index of the closing mark)."""
    opener = text[opener_at]
    closer = CLOSING_QUOTE[opener]
    limit = min(len(text), opener_at + _MAX_QUOTE)
    paragraph_end = text.find("\n", opener_at)
    if paragraph_end != -1:
        limit = min(limit, paragraph_end)
    index = opener_at + 1
    depth = 0
    while index < limit:
        char = text[index]
        if opener != '"' and char == opener:
            depth += 1
        elif char == closer:
            if opener == '"':
                before = text[index - 1] if index > 0 else " "
                after = text[index + 1] if index + 1 < len(text) else " "
                partner = text.find('"', index + 1, min(limit, index + 45))
                if before.isspace() and not after.isspace() and partner != -1 and \
                        "." not in text[index:partner]:
                    index = partner + 1  # an inner quoted name: «خطر "الدولة الاسلامية" وعودتها»
                    continue
                return index
            if depth == 0:
                return index
            depth -= 1
        index += 1
    return limit


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ":،,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛"):
        end -= 1
    return start, end


def _content_end(context: DocContext, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement: the sentence end, or before «، مضيفا ...»."""
    for index in range(first + 1, len(words)):
        word = words[index]
        gap = context.gap(words[index - 1], word)
        if ("،" in gap or "," in gap) and find_reporting(word.norm) is not None:
            return words[index - 1].end
        if ".." in gap:
            return words[index - 1].end
    return sentence.end


def _agent_mentions(context: DocContext, start: int, end: int) -> list[Mention]:
    return [
        m for m in context.mentions_between(start, end)
        if m.label in _SPEAKER_LABELS and m.entity_id and not context.is_prepositional(m)
        and not context.is_nisba(m)
    ]


def _coordinated(context: DocContext, mention: Mention, sentence: Sentence) -> list[Mention]:
    """The mention and the speakers joined to it by «و»: «موسكو والمتمردين»."""
    return coordinated_mentions(context, mention, sentence, _SPEAKER_LABELS)


def _preceding_speakers(context: DocContext, words: list[Word], position: int,
                        sentence: Sentence) -> list[str]:
    start = words[max(0, position - _WINDOW)].start
    candidates = [m for m in _agent_mentions(context, start, words[position].start)
                  if context.speaker_at(m.start) is None
                  and not any(mark in context.doc.text[m.end:words[position].start]
                              for mark in (":", "..", "«", "»", "\"", "“", "”"))]
    if not candidates:
        for word in reversed(words[max(0, position - 4):position]):
            person = person_for_title(context, word) if is_title_head(word) else None
            if person:
                return [person]
        return []
    persons = [m for m in candidates if m.label == "Person"]
    nearest = (persons or candidates)[-1]
    if nearest.label != "Person" and len(context.doc.text[nearest.end:words[position].start]
                                         .split()) > 1:
        return []  # an organisation or country speaks only right before its verb
    chain = [nearest]
    # «موسكو والمتمردين ينفون»: walk back over the coordination.
    for mention in reversed(candidates[:-1]):
        if context.doc.text[mention.end:chain[0].start].strip() in {"و", ""} or \
                context.norm(mention.end, chain[0].start + 1).strip() == "و":
            chain.insert(0, mention)
        else:
            break
    return [m.entity_id for m in chain if m.entity_id]


def _speakers(context: DocContext, words: list[Word], position: int, content_word: int,
              sentence: Sentence, verb: ReportingVerb) -> tuple[list[str], str]:
    verb_word = words[position]
    window_end = words[content_word].start if content_word < len(words) else sentence.end
    after = _agent_mentions(context, verb_word.end, window_end)
    titled = position + 1 < len(words) and is_title_head(words[position + 1])
    if titled:
        # «قال وزير النقل اليمني بدر باسلمه»: the speaker is a person, never the title's country.
        after = [m for m in after if m.label == "Person"]
        if not after:
            person = person_for_title(context, words[position + 1])
            return ([person], "title") if person else ([], "")
    if after:
        persons = [m for m in after if m.label == "Person"]
        first = (persons or after)[0]
        chain = _coordinated(context, first, sentence)
        return [m.entity_id for m in chain if m.entity_id], "after"
    for word in words[position + 1:min(content_word, position + 4)]:
        if is_title_head(word):
            person = person_for_title(context, word)
            if person:
                return [person], "title"
    before = _preceding_speakers(context, words, position, sentence)
    if before:
        return before, "before"
    if context.last_actor is not None and sentence.index - context.last_actor[1] <= 4:
        return [context.last_actor[0]], "previous"
    return [], ""


def _content(context: DocContext, words: list[Word], position: int, sentence: Sentence,
             verb: ReportingVerb) -> tuple[int, int, int, bool] | None:
    """(index of the first content word, start, end, direct) of what the verb reports."""
    text = context.doc.text
    limit = min(len(words), position + _WINDOW)
    for index in range(position + 1, limit + 1):
        gap_start = words[index - 1].end
        gap_end = words[index].start if index < len(words) else sentence.end
        gap = text[gap_start:gap_end]
        for offset, char in enumerate(gap):
            if char in OPENING_QUOTES and (
                index - position <= 2 or ":" in gap
                or context.mentions_between(words[position].end, gap_start)
            ):
                opener = gap_start + offset
                closing = _closing(text, opener)
                start, end = _trim(text, opener + 1, closing)
                if start < end:
                    return index, start, end, True
        if index >= len(words):
            break
        word = words[index]
        if word.norm in COMPLEMENTIZERS or (
            word.norm in verb.content_prepositions
            and not (index + 1 < len(words) and words[index + 1].norm in COMPLEMENTIZERS)
        ):
            if index + 1 >= len(words):
                return None
            nested = _content(context, words, index, sentence, verb) \
                if word.norm in verb.content_prepositions else None
            if nested is not None and nested[0] == index + 1 and nested[3]:
                return nested
            start = words[index + 1].start
            end = _content_end(context, words, index + 1, sentence)
            start, end = _trim(text, start, end)
            # «إن تلك القوات «تتقدم ...»»: the quotation inside stays in the indirect span.
            return (index + 1, start, end, False) if start < end else None
        if ":" in gap and index > position + 1:
            start, end = _trim(text, word.start, _content_end(context, words, index, sentence))
            return (index, start, end, True) if start < end else None
        if ("،" in gap or "," in gap) and index > position + 1 and _first_person(word):
            start, end = _trim(text, word.start, _content_end(context, words, index, sentence))
            return (index, start, end, True) if start < end else None
    return None


_COGNATE = frozenset({"نفيا", "قاطعا", "تاما", "شديدا", "مطلقا"})


def _denied_object(context: DocContext, words: list[Word], position: int,
                   sentence: Sentence) -> tuple[int, int, int, bool] | None:
    """«نفى الأردن أي علاقة له بالهجوم»: what is denied is the object of the verb."""
    index = position + 1
    after = _agent_mentions(context, words[position].end,
                            words[min(len(words) - 1, position + 4)].end)
    if after and context.word_at(after[0].start) is words[position + 1]:
        for mention in _coordinated(context, after[0], sentence):
            last = context.word_at(max(mention.start, mention.end - 1))
            if last is not None:
                index = last.index - words[0].index + 1
    while index < len(words) and words[index].norm in _COGNATE:
        index += 1
    if index >= len(words):
        return None
    end = index
    while end + 1 < len(words) and not context.boundary_between(words[end], words[end + 1]) and \
            not (words[end + 1].norm.startswith("و") and (
                find_reporting(words[end + 1].norm) is not None
                or find_stance(words[end + 1].norm) is not None)):
        end += 1
    return index, words[index].start, words[end].end, False


def _first_person(word: Word) -> bool:
    bare = word.bare()
    return len(bare) > 3 and bare.endswith("نا") and bare not in {"هنا", "لدينا"}


def extract_sentence(context: DocContext, sentence: Sentence, words: list[Word]) -> None:
    for position in context.trigger_positions(words, REPORTING_WORD):
        word = words[position]
        hit = find_reporting(word.norm)
        negated = False
        if hit is None and position > 0 and words[position - 1].norm in JUSSIVE_PARTICLES:
            hit = find_reporting_jussive(word.norm)
            negated = hit is not None
        if hit is None or context.speaker_at(word.start) is not None:
            continue
        if context.covering_mention(word.start) is not None:
            continue
        verb = hit[1]
        if negated and not verb.denial:
            continue  # «لم يقل»: nothing was said
        if verb.lemma in NEEDS_PREPOSITION and (
            position + 1 >= len(words) or words[position + 1].norm != "عن"
        ):
            continue
        content = _content(context, words, position, sentence, verb)
        if content is None and verb.denial:
            content = _denied_object(context, words, position, sentence)
        if content is None:
            continue
        first_content, start, end, direct = content
        speakers, how = _speakers(context, words, position, first_content, sentence, verb)
        if not speakers:
            continue
        _add(context, sentence, word, speakers, start, end, direct, verb, how, negated)
    _headline_colon(context, sentence, words)


_CONFIDENCE = {"after": 0.85, "before": 0.75, "title": 0.65, "previous": 0.6, "colon": 0.5}


def _add(context: DocContext, sentence: Sentence, verb_word: Word, speakers: list[str],
         start: int, end: int, direct: bool, verb: ReportingVerb | None, how: str,
         negated: bool = False) -> None:
    """A statement and its speakers' ``stated`` (or ``denies``) relations. A negated
    denial («لم تنف») is a ``denies`` of negative polarity, and its content is not denied."""
    doc = context.doc
    about = tuple(dict.fromkeys(
        m.entity_id for m in context.mentions_between(start, end)
        if m.entity_id and m.entity_id not in speakers
    ))
    confidence = _CONFIDENCE.get(how, 0.5) - (0.0 if direct else 0.05)
    rule = f"attribution.{'direct' if direct else 'indirect'}.{how}"
    evidence = context.evidence(sentence, [(start, end)], rule, confidence,
                                (verb_word.start, verb_word.end))
    statement = Statement(
        id=statement_id(doc.id, start, end), speaker_id=speakers[0],
        verb=doc.text[verb_word.start:verb_word.end] if verb is not None else ":",
        quote_start=start, quote_end=end,
        direct=direct, evidence=evidence, about_ids=about,
    )
    if statement.id in context.statements:
        return
    context.statements[statement.id] = statement
    denial = verb is not None and verb.denial
    kind = "denies" if denial else "stated"
    polarity: Polarity = "negative" if negated else "positive"
    for speaker in speakers:
        context.add_relation(Relation(
            id=relation_id(kind, speaker, statement.id, polarity), kind=kind,
            subject_id=speaker, object_id=statement.id, evidence=(evidence,),
            polarity=polarity,
        ))
    context.statement_speakers.append((start, end, speakers[0]))
    if denial and not negated:
        context.denied_spans.append((start, end))
    context.last_actor = (speakers[0], sentence.index)


def _headline_colon(context: DocContext, sentence: Sentence, words: list[Word]) -> None:
    """«ترامب لـجمهوره : باقون لاجل النفط»: a person, at most two words, a colon, the quote."""
    text = context.doc.text
    for mention in context.mentions_between(sentence.start, sentence.end):
        if mention.label != "Person" or not mention.entity_id:
            continue
        colon = text.find(":", mention.end, min(sentence.end, mention.end + 20))
        if colon == -1 or len(text[mention.end:colon].split()) > 2:
            continue
        if context.speaker_at(colon) is not None:
            continue
        end = text.find("..", colon, sentence.end)
        start, end = _trim(text, colon + 1, end if end != -1 else sentence.end)
        if start >= end:
            continue
        if any(s < end and start < e for s, e, _ in context.statement_speakers):
            continue  # «وقال X: «...»»: the quotation is already a statement
        anchor = context.word_at(mention.start)
        if anchor is None:
            continue
        _add(context, sentence, anchor, [mention.entity_id], start, end, True, None, "colon")
