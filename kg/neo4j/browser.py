"""What Neo4j Browser gets from kg: its style and a guide, applied with no pasting.

``kg neo4j start`` writes the style (:mod:`kg.neo4j.style`) and a guide built from
the analysts' queries (``queries.cypher``) into ``DATA_DIR/browser/``, serves that
folder on 127.0.0.1 from a small process of its own (stopped with the server, by
its pid), and sets the server's ``browser.post_connect_cmd`` so that, once a user
has connected, Browser applies the style and opens the guide. Only 127.0.0.1 is
allowed as remote content, and Browser telemetry is off.
"""

from __future__ import annotations

import contextlib
import html
import os
import signal
import subprocess
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from kg.neo4j.style import grass

STYLE_FILE = "kg.grass"
GUIDE_FILE = "kg-guide.html"
_PID_FILE = "browser-assets.pid"
HOST = "127.0.0.1"


def queries() -> list[tuple[str, str]]:
    """(title, Cypher) pairs of ``queries.cypher``: ``## title`` blocks, ``//`` comments."""
    text = resources.files("kg.neo4j").joinpath("queries.cypher").read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if not line.startswith("//"))
    blocks = [block.strip() for block in kept.split("## ") if block.strip()]
    return [(block.split("\n", 1)[0], block.split("\n", 1)[1].strip()) for block in blocks]


def guide_html() -> str:
    """A Browser guide (``:play URL``): one slide per query, each runnable by a click."""
    slides = [
        _slide(
            "kg: an Arabic news knowledge graph",
            "<p>Each slide holds one question an analyst asks of the graph. Click the query "
            "to put it in the editor, then run it. Nodes are captioned with their Arabic "
            "name; stances are red (against) or green (for).</p>",
        )
    ]
    for title, cypher in queries():
        slides.append(
            _slide(title, f'<pre class="pre-scrollable code runnable">{html.escape(cypher)}</pre>')
        )
    return (
        '<article class="guide">\n<carousel class="deck container-fluid">\n'
        + "\n".join(slides)
        + "\n</carousel>\n</article>\n"
    )


def _slide(title: str, body: str) -> str:
    return (
        '<slide class="row-fluid">\n'
        f'  <div class="col-sm-3"><h3>{html.escape(title)}</h3></div>\n'
        f'  <div class="col-sm-9">{body}</div>\n'
        "</slide>"
    )


def write_assets(directory: Path) -> None:
    """The style and the guide, private to their owner like the rest of the data folder."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name, text in ((STYLE_FILE, grass()), (GUIDE_FILE, guide_html())):
        descriptor = os.open(directory / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)


def server_settings(port: int) -> list[str]:
    """``neo4j.conf`` lines that make Browser apply the style and open the guide."""
    base = f"http://{HOST}:{port}"
    return [
        f"browser.post_connect_cmd=style {base}/{STYLE_FILE}; play {base}/{GUIDE_FILE}",
        # Browser compares protocol and host name only, never the port.
        f"browser.remote_content_hostname_whitelist=http://{HOST}",
        "client.allow_telemetry=false",
    ]


def start_assets(data_dir: Path, port: int) -> int:
    """Write the assets and serve them on 127.0.0.1:``port`` in a detached process."""
    directory = data_dir / "browser"
    write_assets(directory)
    log_flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
    log = os.fdopen(os.open(data_dir / "browser-assets.log", log_flags, 0o600), "ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.neo4j.browser", str(directory), str(port)],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    log.close()
    pid_flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    with os.fdopen(os.open(data_dir / _PID_FILE, pid_flags, 0o600), "w") as pid_file:
        pid_file.write(str(process.pid))
    return process.pid


def stop_assets(data_dir: Path) -> None:
    """Stop the asset server started for ``data_dir``, by its own pid."""
    pid_file = data_dir / _PID_FILE
    if not pid_file.exists():
        return
    with contextlib.suppress(ProcessLookupError, ValueError):
        os.kill(int(pid_file.read_text(encoding="utf-8")), signal.SIGTERM)
    pid_file.unlink(missing_ok=True)


class _AssetHandler(SimpleHTTPRequestHandler):
    """Static files with CORS: Browser, served from the server's own port, fetches them."""

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_OPTIONS(self) -> None:
        """The CORS preflight Browser sends before fetching a guide (it adds no-cache headers)."""
        self.send_response(204)
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "*")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


def serve(directory: Path, port: int) -> None:
    handler = partial(_AssetHandler, directory=str(directory))
    with ThreadingHTTPServer((HOST, port), handler) as httpd:
        httpd.serve_forever()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
