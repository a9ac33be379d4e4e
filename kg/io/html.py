"""HTML pages: the article's main text, without navigation, ads and other boilerplate.

selectolax (lexbor) parses; a few rules remove boilerplate and pick the
container holding the most paragraph text. Paragraphs, headings and list
items become lines. Title, URL, date and author come from the head's
``<title>``/Open Graph/``article:*`` tags.

Parsing is bounded: a page with more tags than any news page, or nested
deeper than a browser would build, is refused before it is parsed
(``html_depth``), and reading the tree stops with a reason when it takes
longer than ``_TIME_BUDGET_S``.
"""

from __future__ import annotations

import codecs
import re
import time

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.io.article import Article, ReadOptions
from kg.io.encoding import decode_bytes, has_utf8_arabic
from kg.io.errors import Rejected
from kg.io.html_depth import COMMENT, MAX_DEPTH, MAX_TAGS, tag_count, too_deep
from kg.io.metadata import build_meta
from kg.io.validate import check_size, check_text

_TIME_BUDGET_S = 10.0
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_BOILERPLATE_TAGS = (
    "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
    "svg, button, menu, select, figure figcaption"
)
_BOILERPLATE_ROLES = "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]"
_BOILERPLATE_NAME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|header|sidebar|share|sharing|social|comments?|related"
    r"|breadcrumbs?|ads?|advert\w*|promo|subscribe|newsletter|cookie\w*|tags|most-read)($|[\s_-])",
    re.IGNORECASE,
)
_MAIN_SELECTORS = ("[itemprop=articleBody]", "article", "main", "[role=main]")
_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td"
_SPACES = re.compile(r"\s+")
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:updated_time"]',
)


def parse_html(data: bytes, origin: str, options: ReadOptions) -> Article:
    """One article from an HTML page's bytes; raises ``Rejected`` when unusable."""
    check_size(len(data), options.max_bytes)
    markup, encoding = _decode_page(data, options)
    markup = COMMENT.sub("", markup)
    depth = too_deep(markup)
    if depth is not None:
        raise Rejected(
            "too_complex",
            f"too complex: elements nest more than {MAX_DEPTH} levels deep "
            f"(at least {depth} counted before stopping); not parsed",
        )
    tags = tag_count(markup)
    if tags > MAX_TAGS:
        raise Rejected(
            "too_complex",
            f"too complex: {tags:,} tags, over the limit of {MAX_TAGS:,} for one page; not parsed",
        )
    budget = _Budget(_TIME_BUDGET_S)
    tree = LexborHTMLParser(markup)
    title = _meta(tree, 'meta[property="og:title"]') or _text(tree, "title") or _text(tree, "h1")
    url = _attr(tree, 'link[rel="canonical"]', "href") or _meta(tree, 'meta[property="og:url"]')
    date = next((value for selector in _DATE_META if (value := _meta(tree, selector))), None)
    if date is None:
        date = _attr(tree, "time[datetime]", "datetime")
    author = _meta(tree, 'meta[name="author"]') or _meta(tree, 'meta[property="article:author"]')
    source = _meta(tree, 'meta[property="og:site_name"]')
    text = main_text(tree, budget)
    if not text.strip():
        raise Rejected("empty", "empty: the page has no main text once boilerplate is removed")
    check_text(text, options.min_arabic_share)
    meta = build_meta(
        origin,
        text,
        title=title,
        url=url,
        date=date,
        source=source,
        author=author,
        extra={"encoding": encoding},
    )
    return Article(text=text, meta=meta)


class _Budget:
    """A time limit checked between steps: ``Rejected`` once it is spent."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise Rejected(
                "too_complex",
                f"too complex: the page's text was not extracted within {self.seconds:g} s",
            )


def main_text(tree: LexborHTMLParser, budget: _Budget | None = None) -> str:
    """The main text, one line per paragraph, boilerplate removed (the tree is modified)."""
    budget = budget or _Budget(_TIME_BUDGET_S)
    for node in tree.css(f"{_BOILERPLATE_TAGS}, {_BOILERPLATE_ROLES}"):
        budget.check()
        node.decompose()
    for node in tree.css("[class], [id]"):
        budget.check()
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _BOILERPLATE_NAME.search(names) and node.tag not in ("body", "html"):
            node.decompose()
    container = _main_container(tree, budget)
    if container is None:
        return ""
    lines = []
    for block in container.css(_BLOCKS):
        budget.check()
        if not _has_block(block):
            lines.append(_block_text(block))
    lines = [line for line in lines if line]
    if not lines:
        whole = container.text(deep=True, separator="\n")
        lines = [_SPACES.sub(" ", line).strip() for line in whole.splitlines()]
        lines = [line for line in lines if line]
    return "\n".join(lines)


def _main_container(tree: LexborHTMLParser, budget: _Budget) -> LexborNode | None:
    for selector in _MAIN_SELECTORS:
        nodes = tree.css(selector)
        if nodes:
            return max(nodes, key=lambda node: _paragraph_weight(node, budget))
    parents: dict[int, tuple[LexborNode, int]] = {}
    for paragraph in tree.css("p"):
        budget.check()
        parent = paragraph.parent
        if parent is None:
            continue
        key = parent.mem_id
        weight = len(paragraph.text(deep=True).strip())
        node, total = parents.get(key, (parent, 0))
        parents[key] = (node, total + weight)
    if parents:
        return max(parents.values(), key=lambda pair: pair[1])[0]
    return tree.body


def _paragraph_weight(node: LexborNode, budget: _Budget) -> int:
    budget.check()
    return sum(len(paragraph.text(deep=True).strip()) for paragraph in node.css("p"))


def _has_block(node: LexborNode) -> bool:
    """A list item or quote wrapping paragraphs is read through its paragraphs."""
    return node.tag in ("li", "blockquote", "td") and node.css_first("p, li") is not None


def _block_text(node: LexborNode) -> str:
    return _SPACES.sub(" ", node.text(deep=True, separator="")).strip()


def _decode_page(data: bytes, options: ReadOptions) -> tuple[str, str]:
    """An explicit encoding wins; a declared charset is tried, then detection."""
    if options.encoding:
        return decode_bytes(data, options.encoding)
    declared = _declared_charset(data)
    if declared and not declared.startswith("utf") and has_utf8_arabic(data):
        declared = None  # UTF-8 Arabic under a single-byte charset: detect instead
    if declared:
        try:
            return decode_bytes(data, declared)
        except Rejected:
            pass
    return decode_bytes(data)


def _declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` of the page, trusted only when Python knows it."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    if name.startswith("utf-16"):
        return None
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _meta(tree: LexborHTMLParser, selector: str) -> str | None:
    return _attr(tree, selector, "content")


def _attr(tree: LexborHTMLParser, selector: str, attribute: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(attribute)
    return value.strip() or None if value else None


def _text(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    return _SPACES.sub(" ", node.text(deep=True)).strip() or None
