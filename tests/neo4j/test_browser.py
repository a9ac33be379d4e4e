"""Neo4j Browser, driven by a real Chromium: after logging in, kg's style is active (a
country is drawn in Country colour, not in its ancestor Place's), kg's guide is open and
one of its queries runs, and no telemetry banner shows. A screenshot goes to
``.kg/browser.png`` (a CI artefact; ``.kg/`` is not committed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.neo4j.server import ServerInfo
from kg.neo4j.style import CLASS_COLOURS
from tests.cli.conftest import ROOT, SEED, needs_shared

pytestmark = [pytest.mark.neo4j, pytest.mark.slow, needs_shared]

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOT = ROOT / ".kg" / "browser.png"


@pytest.fixture(scope="module")
def seeded(neo4j_server: ServerInfo, neo4j_auth: tuple[str, str]) -> ServerInfo:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(SEED), "--no-store", "--quiet",
         "--neo4j", neo4j_server.bolt_uri],
        env={**os.environ, "PYTHONPATH": str(ROOT), "KG_NEO4J_PASSWORD": neo4j_auth[1]},
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return neo4j_server


def test_the_browser_applies_the_style_and_opens_the_guide(
    seeded: ServerInfo, neo4j_auth: tuple[str, str]
) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (scripts/test.sh installs Debian's chromium)")
    bolt = seeded.bolt_uri.removeprefix("bolt://")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(120_000)
            page.goto(f"{seeded.browser_url}?dbms=neo4j://neo4j@{bolt}")
            page.get_by_test_id("password").fill(neo4j_auth[1])
            page.get_by_test_id("connect").click()
            # The post-connect commands: the guide opens, the style is applied.
            page.get_by_text("kg: an Arabic news knowledge graph").first.wait_for()
            page.get_by_text(":style http://127.0.0.1").first.wait_for()
            assert "collect information" not in page.locator("body").inner_text()

            # One query of the guide: on its second slide, a click puts it in the editor.
            page.locator("button.next-slide").first.click()
            page.get_by_text("Who opposes, criticises, rejects or condemns").first.wait_for()
            page.locator("pre.runnable").first.click()
            page.keyboard.press("Control+Enter")
            page.get_by_text("OPPOSES", exact=False).first.wait_for()

            editor = page.locator(".monaco-editor textarea").first
            editor.click()
            page.keyboard.type("MATCH (c:Country) RETURN c LIMIT 5")
            page.keyboard.press("Control+Enter")
            page.locator("g.node circle.b-outline").first.wait_for()
            fills = page.eval_on_selector_all(
                "g.node circle.b-outline", "nodes => nodes.map(n => n.getAttribute('fill'))"
            )
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert fills and set(fills) == {CLASS_COLOURS["Country"][0]}
