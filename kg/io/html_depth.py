"""How deep a page's elements nest, estimated before the HTML parser sees it.

lexbor's tree builder slows down with the square of the nesting depth (a
page of 40,000 nested ``<div>`` takes seconds, 100,000 takes minutes), so
pages nested deeper than a browser would build (Chromium stops at 512) are
refused first. The estimate follows the parser's stack of open elements
closely enough to never count much less than the real depth: void elements,
raw-text blocks and self-closed SVG/MathML elements open nothing, an end tag
closes up to its element unless a scope boundary (a table, a cell, a
list...) lies in between, and a ``<p>``, ``<li>``, cell or row closes the
sibling left open just before it. Where the parser's rules are subtler
(misnested formatting tags), the estimate counts deeper, never shallower. It runs in
linear time: each element is pushed and popped once.
"""

from __future__ import annotations

import re

MAX_DEPTH = 512
MAX_TAGS = 200_000
"""A long news page has a few thousand tags; this many is generated or hostile."""

# An unclosed comment runs to the end of the page (as in a browser), which
# also keeps this linear: a page of many «<!--» is not rescanned for each.
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)

_RAW_TEXT = re.compile(
    r"<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_TAG_START = re.compile(r"</?[A-Za-z]")
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_BOUNDARIES = frozenset(
    [
        "applet",
        "caption",
        "html",
        "table",
        "td",
        "th",
        "marquee",
        "object",
        "template",
        "button",
        "ul",
        "ol",
        "select",
    ]
)
_CLOSES_SIBLING = {
    "p": ("p",),
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tr": ("tr",),
    "option": ("option",),
}
# An end tag of these runs the adoption agency, which can rebuild the element
# deeper instead of closing it: it is trusted only at the top of the stack.
_FORMATTING = frozenset(
    [
        "a",
        "b",
        "big",
        "code",
        "em",
        "font",
        "i",
        "nobr",
        "s",
        "small",
        "strike",
        "strong",
        "tt",
        "u",
    ]
)
_FOREIGN = ("svg", "math")
_CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "div",
        "dl",
        "fieldset",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "pre",
        "section",
        "table",
        "ul",
    ]
)


class _OpenElements:
    """The stack of open elements, with where each name and each boundary sits."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.positions: dict[str, list[int]] = {}
        self.boundaries: list[int] = []

    def push(self, name: str) -> None:
        self.positions.setdefault(name, []).append(len(self.names))
        if name in _BOUNDARIES:
            self.boundaries.append(len(self.names))
        self.names.append(name)

    def pop(self) -> None:
        name = self.names.pop()
        self.positions[name].pop()
        if self.boundaries and self.boundaries[-1] == len(self.names):
            self.boundaries.pop()

    def in_scope(self, name: str) -> int | None:
        """Where the innermost ``name`` is, if no boundary lies above it."""
        where = self.positions.get(name)
        if not where:
            return None
        boundary = self.boundaries[-1] if self.boundaries else -1
        if where[-1] < boundary:
            return None
        return where[-1]

    def inside(self, names: tuple[str, ...]) -> bool:
        return any(self.positions.get(name) for name in names)

    def close(self, position: int) -> None:
        while len(self.names) > position:
            self.pop()


def tag_count(markup: str) -> int:
    """How many start and end tags the page has (an upper bound, counted in C)."""
    return len(_TAG_START.findall(markup))


def too_deep(markup: str, limit: int = MAX_DEPTH) -> int | None:
    """The estimated depth once it passes ``limit``, else ``None``.

    Only the first ``MAX_TAGS`` tags are looked at: a page with more is refused
    for that (``tag_count``).
    """
    markup = _RAW_TEXT.sub("", COMMENT.sub("", markup))
    stack = _OpenElements()
    for count, tag in enumerate(_TAG.finditer(markup)):
        if count >= MAX_TAGS:
            return None
        name = tag.group(2).lower()
        if name in _VOID:
            continue
        if tag.group(1):
            position = stack.in_scope(name)
            if position is not None and (
                name not in _FORMATTING or position == len(stack.names) - 1
            ):
                stack.close(position)
            continue
        if tag.group(0).endswith("/>") and stack.inside(_FOREIGN):
            continue  # <path/> in SVG or MathML closes itself; in HTML it does not
        for sibling in _CLOSES_SIBLING.get(name, ()):
            if stack.names and stack.names[-1] == sibling:
                stack.pop()
        if name in _CLOSES_P and stack.names and stack.names[-1] == "p":
            stack.pop()
        stack.push(name)
        if len(stack.names) > limit:
            return len(stack.names)
    return None
