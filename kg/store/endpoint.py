"""``kg serve``: the local store as a read-only SPARQL 1.1 Protocol endpoint.

Any SPARQL client (YASGUI, rdflib's ``SPARQLStore``, SPARQLWrapper, Jena's
``rsparql``) can query ``http://127.0.0.1:PORT/sparql``:

- ``GET /sparql?query=...``, ``POST`` with ``application/x-www-form-urlencoded``
  (``query=...``) or ``application/sparql-query``;
- results by content negotiation (``Accept``, or a ``format`` parameter):
  SPARQL JSON (the default), XML, CSV and TSV; Turtle (the default), N-Triples or
  RDF/XML for CONSTRUCT and DESCRIBE;
- read-only: an ``update`` is refused (403), and so is ``SERVICE``
  (federation sends requests to other servers);
- each query runs in a child process under a deadline (:mod:`kg.store.query`).

It listens on 127.0.0.1 unless another host is named explicitly.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import StoreError
from kg.store.query import QueryTimeout, run_serialized
from kg.store.sparql import query_form

PATH = "/sparql"
MAX_QUERY_BYTES = 1_000_000
_RESULTS_BY_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_BY_MEDIA = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
}
_FORMAT_NAMES = {"json": ("json", None), "xml": ("xml", "xml"), "csv": ("csv", None),
                 "tsv": ("tsv", None), "ttl": (None, "ttl"), "turtle": (None, "ttl"),
                 "nt": (None, "nt")}  # fmt: skip


def negotiate(accept: str, format_name: str | None) -> tuple[str, str]:
    """(results format, graph format) for an ``Accept`` header or a ``format`` parameter."""
    results, graph = "json", "ttl"
    if format_name:
        wanted = _FORMAT_NAMES.get(format_name.lower())
        if wanted is None:
            raise ValueError(
                f"unknown format {format_name!r}; known: {', '.join(sorted(_FORMAT_NAMES))}"
            )
        return wanted[0] or results, wanted[1] or graph
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, media.strip().lower()))
    chosen_results = chosen_graph = None
    for _, _, media in sorted(ranked):
        chosen_results = chosen_results or _RESULTS_BY_MEDIA.get(media)
        chosen_graph = chosen_graph or _GRAPH_BY_MEDIA.get(media)
    return chosen_results or results, chosen_graph or graph


class SparqlHandler(BaseHTTPRequestHandler):
    """One request of the SPARQL 1.1 Protocol, query operation only."""

    server: SparqlServer

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != PATH:
            self._send_error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {PATH}")
            return
        self._answer(parse_qs(url.query))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != PATH:
            self._send_error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {PATH}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the query is too long")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        params = parse_qs(url.query)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-query":
            params["query"] = [body]
        elif content_type == "application/sparql-update":
            params["update"] = [body]
        else:
            params.update(parse_qs(body))
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._send_error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no SPARQL Update")
            return
        queries = params.get("query", [])
        if len(queries) != 1:
            self._send_error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
            return
        sparql = queries[0]
        try:
            formats = negotiate(self.headers.get("Accept") or "", _one(params, "format"))
        except ValueError as error:
            self._send_error(HTTPStatus.BAD_REQUEST, str(error))
            return
        if query_form(sparql) is None:
            self._send_error(HTTPStatus.BAD_REQUEST, "not a SELECT, ASK, CONSTRUCT or DESCRIBE")
            return
        try:
            data, media = run_serialized(
                self.server.store_path, sparql, formats, timeout=self.server.timeout
            )
        except QueryTimeout as error:
            self._send_error(HTTPStatus.SERVICE_UNAVAILABLE, str(error))
            return
        except StoreError as error:
            self._send_error(HTTPStatus.BAD_REQUEST, str(error))
            return
        self.send_response(HTTPStatus.OK)
        if "charset" not in media:
            media += "; charset=utf-8"
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: HTTPStatus, message: str) -> None:
        body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server, holding the store's path and the per-query deadline."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        store_path: Path,
        timeout: float | None,
        verbose: bool = False,
    ) -> None:
        super().__init__(address, SparqlHandler)
        self.store_path = store_path
        self.timeout = timeout
        self.verbose = verbose
