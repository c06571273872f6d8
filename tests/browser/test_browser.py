"""The pages in a real browser: headless Debian Chromium driven by Playwright.

The app runs under waitress on a free local port, serving the bundled article. Screenshots go
to ``artifacts/screenshots/`` (git-ignored) so a person can look at what the tests saw.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
QUESTION = "When was the company founded?"
ANSWER = "founded in 2021"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(article_engine):
    """The app under waitress on 127.0.0.1, on a port the OS picks; yields its base URL."""
    from waitress.server import create_server

    from web import create_app

    app = create_app({"TESTING": True, "ENGINE": article_engine})
    wsgi = create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=wsgi.run, name="waitress", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{wsgi.effective_port}"
    wsgi.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert not errors, errors  # no script errors on any page the test visited


def _shot(page, name: str, *, full_page: bool = True) -> None:
    """Saves a screenshot; a full page is taken from the top so the sticky bar stays on top."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    if full_page:
        page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def _answer(page):
    """The result whose claim holds the answer, once the results are on the page."""
    expect = playwright_api.expect
    result = page.locator("li.result", has_text=ANSWER).first
    expect(result).to_be_visible()
    return result


def test_search_entity_graph_and_export(page, server):
    expect = playwright_api.expect
    page.goto(server + "/")
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads
    page.fill("#q", QUESTION)
    page.press("#q", "Enter")

    result = _answer(page)
    mark = result.locator("p.claim-text mark").first
    expect(mark).to_be_visible()
    assert result.locator("p.claim-text").inner_text().count(ANSWER) == 1
    assert mark.inner_text().strip()
    assert page.evaluate("window.__sameDocument === true"), "the results should arrive without a reload"
    url = urlparse(page.url)
    assert url.path == "/search" and parse_qs(url.query)["q"] == [QUESTION]
    _shot(page, "search")

    # The answer's source position: the document view scrolls to the sentence and marks it.
    result.locator("p.meta a").first.click()
    target = page.locator(".claim-span:target")
    expect(target).to_be_visible()
    assert ANSWER in target.inner_text()
    assert re.search(r"#c-\d+$", page.url)
    _shot(page, "document", full_page=False)

    # An entity named in the answer: its page lists the claims and draws the neighbourhood.
    page.go_back()
    result = _answer(page)
    chip = result.locator("ul.chips a.chip").first
    label = chip.inner_text().strip()
    chip.click()
    expect(page.locator("h1")).to_have_text(label)
    expect(page.locator("#claims li.claim-item").first).to_be_visible()
    expect(page.locator("#cy canvas").first).to_be_attached()
    page.wait_for_function("window.cy && window.cy.nodes().length > 0")
    drawn = page.evaluate("[window.cy.nodes().length, window.cy.edges().length]")
    assert drawn[0] > 1 and drawn[1] > 0
    entity_id = unquote(urlparse(page.url).path).split("/nodes/", 1)[1]
    assert page.evaluate("id => window.cy.$id(id).length", entity_id) == 1
    _shot(page, "entity")
    page.locator("#graph").scroll_into_view_if_needed()
    _shot(page, "graph", full_page=False)

    # The neighbourhood as GEXF and JSON downloads, read back.
    with page.expect_download() as info:
        page.locator("#graph .downloads a", has_text="GEXF").first.click()
    gexf = Path(info.value.path()).read_text(encoding="utf-8")
    assert "<gexf" in gexf and "</gexf>" in gexf
    assert f'id="{entity_id}"' in gexf
    with page.expect_download() as info:
        page.locator("#graph .downloads a", has_text="JSON").first.click()
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    ids = {n["id"] for n in data["nodes"]}
    assert entity_id in ids
    assert len(ids) == drawn[0]

    # Clicking another node in the drawing opens its page.
    other = page.evaluate("window.cy.nodes().filter(n => !n.hasClass('center'))[0].id()")
    page.evaluate("id => window.cy.$id(id).emit('tap')", other)
    page.wait_for_url(lambda u: unquote(urlparse(u).path) == f"/nodes/{other}")
    expect(page.locator("#cy canvas").first).to_be_attached()


def test_search_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    try:
        page.goto(server + "/")
        page.fill("#q", QUESTION)
        page.press("#q", "Enter")
        page.wait_for_url(re.compile(r"/search\?"))
        result = _answer(page)
        playwright_api.expect(result.locator("mark").first).to_be_visible()
        _shot(page, "search-nojs")
    finally:
        context.close()


def test_a_script_typed_as_a_query_is_shown_as_text(page, server):
    attack = "<img src=x onerror=window.__pwned=1>"
    page.goto(server + "/")
    page.fill("#q", attack)
    page.press("#q", "Enter")
    playwright_api.expect(page.locator(".summary q")).to_have_text(attack)
    assert page.evaluate("window.__pwned === undefined")
    page.goto(server + "/search?q=" + attack)
    playwright_api.expect(page.locator(".summary q")).to_have_text(attack)
    assert page.evaluate("window.__pwned === undefined")
