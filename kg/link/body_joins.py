"""Joins of one local body named in one document with and without its place.

Saudi local news names a service body in full once and shorter after: «الدفاع المدني
بمنطقة مكة المكرمة», then «إدارة الدفاع المدني», then «الدفاع المدني»; «شرطة منطقة مكة
المكرمة», then «شرطة مكة». The linker names such bodies by their words, so each form
was an entity of its own. Two government-body name clusters are one body when, with
a leading «إدارة/مديرية» and the place removed, they are the same words, and their
places agree: one has none, or one place's words open the other's («مكة» and «مكة
المكرمة»). The place is what follows the body's words after «ب» («بجدة», «بمنطقة
الرياض») or «في», with «منطقة/محافظة» or not («السفارة الأمريكية في بغداد» and «السفارة
الأمريكية» are one embassy), or, after a local body's noun («شرطة», «أمانة»,
«بلدية», «إمارة»), the rest after «منطقة/محافظة/مدينة». A short form that two bodies
of different places could stand for («الدفاع المدني» with «... بجدة» and «...
بالرياض») is left alone.
"""

from __future__ import annotations

from kg.text.normalize import normalize_key

Clusters = dict[tuple[str, ...], list[int]]

_LABELS = frozenset({"GovernmentBody"})
_UNITS = frozenset(normalize_key(w) for w in ("إدارة", "مديرية"))
_LOCAL_HEADS = frozenset(normalize_key(w) for w in ("شرطة", "أمانة", "بلدية", "إمارة", "سجون",
                                                   "جوازات", "مرور"))
_DIVISIONS = frozenset(normalize_key(w) for w in ("منطقة", "محافظة", "مدينة"))
_IN = normalize_key("في")
_MAX_PLACE = 3
"""A place has at most three words: «بالمعروف والنهي عن المنكر» is a name's field."""


def body_parts(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the body's words, its place's words) of a normalised body name."""
    words = text.split()
    if len(words) > 2 and words[0] in _UNITS:
        words = words[1:]
    if words and words[0] in _LOCAL_HEADS and len(words) > 1:
        rest = words[1:]
        if rest[0] in _DIVISIONS and len(rest) > 1:
            rest = rest[1:]
        return (words[0],), tuple(rest)
    for position in range(2, len(words)):
        word = words[position]
        if word == _IN and position + 2 < len(words) and words[position + 1] in _DIVISIONS:
            return tuple(words[:position]), tuple(words[position + 2:])
        if word == _IN and 0 < len(words) - position - 1 <= _MAX_PLACE:
            # «السفارة الأمريكية في بغداد»: a mission or a body and the city it sits in
            return tuple(words[:position]), tuple(words[position + 1:])
        if word.startswith("ب") and len(word) >= 4 and len(words) - position <= _MAX_PLACE:
            place = [word[1:], *words[position + 1:]]
            if place[0] in _DIVISIONS and len(place) > 1:
                place = place[1:]
            return tuple(words[:position]), tuple(place)
    return tuple(words), ()


def _agree(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return longer[:len(shorter)] == shorter


def join_body_variants(clusters: Clusters) -> None:
    """Join the government-body name clusters that are one body with and without its
    place or its «إدارة» (see the module docstring)."""
    groups: dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for key in clusters:
        if key[0] == "name" and len(key) > 2 and key[1] in _LABELS:
            body, place = body_parts(key[2])
            if body:
                groups.setdefault(body, []).append((key, place))
    for members in groups.values():
        if len(members) < 2:
            continue
        _join_placed(clusters, [(key, place) for key, place in members if place])
        places = [place for _, place in members if place]
        longest = max(places, key=len, default=())
        if not all(_agree(place, longest) for place in places):
            continue  # two places: the short form is either
        target = next((key for key, place in members
                       if place == longest and key in clusters), None)
        if target is None:
            continue
        for key, _ in members:
            if key != target and key in clusters and target in clusters:
                clusters[target].extend(clusters.pop(key))


def _join_placed(clusters: Clusters,
                 placed: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    """Join the forms of one body that each name a place, when the places agree:
    «شرطة رابغ» with «شرطة محافظة رابغ» (the division noun dropped), «شرطة مكة» with
    «شرطة منطقة مكة المكرمة», even where a third form names another place («شرطة
    منطقة مكة المكرمة» beside «شرطة محافظة رابغ»). A form joins the longest form whose
    place its place opens, when every such longer form agrees with that longest; a
    place that opens two different places («مكة» before «مكة المكرمة» and «مكة
    الجديدة») joins neither. Of two forms of one place, the longer name is kept."""
    ordered = sorted(placed, key=lambda member: (len(member[1]), len(member[0][2])))
    for index, (key, place) in enumerate(ordered):
        fuller = [other for other in ordered[index + 1:] if _agree(place, other[1])]
        if not fuller:
            continue
        target, longest = fuller[-1]
        if not all(_agree(other[1], longest) for other in fuller):
            continue
        if key != target and key in clusters and target in clusters:
            clusters[target].extend(clusters.pop(key))
