"""The web page in headless Chromium (Debian's, driven by Playwright): each page loads, a filter clicks through,
nothing is fetched from outside the server, and no article text runs as code. Screenshots: tests/screenshots/."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(f"{CHROMIUM} is missing (scripts/setup-debian.sh installs it); CI runs these tests",
                allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server on a free loopback port for the whole module, over the demo database."""
    import uvicorn

    from newsledger.api import create_app
    from tests.fixtures import web_demo as demo

    path = tmp_path_factory.mktemp("browser") / "demo.duckdb"
    demo.build(path)
    demo.add_corpus_tables(path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records script errors, dialogs and any request that leaves the server."""
    SHOTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.problems = []
    pg.on("pageerror", lambda exc: pg.problems.append(f"error: {exc}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))

    def gate(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            pg.problems.append(f"outside request: {route.request.url}")
            route.abort()

    pg.route("**/*", gate)
    yield pg
    assert pg.evaluate("window.pwned") is None, "article content ran as script"
    problems = pg.problems
    ctx.close()
    assert problems == []


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_articles_and_article_view(page, server):
    page.goto(server + "/")
    assert page.locator("table.grid tbody tr").count() == 4
    page.fill("input[name=q]", "taliban")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?q=taliban*")
    assert page.locator("table.grid tbody tr").count() == 2
    shot(page, "articles")
    page.click("text=Taliban say they have taken Panjshir")
    page.wait_for_selector("#text span.q")
    assert page.locator("#text span.q-direct").count() >= 2
    assert page.locator("#text span.ev").count() > 0 and page.locator("#text span.tm").count() == 1
    page.click("#record li[data-ref=q0]")
    assert page.locator("#text span.flash").count() >= 1
    shot(page, "article")
    page.uncheck("#layers input[value=q]")
    assert "show-q" not in page.get_attribute("#text", "class")


def test_events_filter_sort_and_csv(page, server):
    page.goto(server + "/events")
    assert page.locator("#events-table tbody tr").count() == 10
    page.select_option("select[name=type]", "ASSAULT")
    page.fill("input[name=place]", "AF")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**type=ASSAULT*")
    assert page.locator("#events-table tbody tr").count() == 3
    page.click("th >> text=Killed")
    page.wait_for_url("**sort=killed*")
    assert "type=ASSAULT" in page.get_attribute("#csv", "href")
    csv_text = page.evaluate("async (u) => (await fetch(u)).text()", page.get_attribute("#csv", "href"))
    assert csv_text.count("\n") == 4  # a header and three events
    shot(page, "events")


def test_timeline_click_through(page, server):
    page.goto(server + "/timeline?granularity=month")
    page.wait_for_selector("#timeline svg circle.dot")
    assert page.locator("#timeline circle.dot").count() >= 6
    shot(page, "timeline")
    page.locator("#timeline circle.dot").first.click()
    page.wait_for_url("**/events?*date_from=*")
    assert page.locator("#events-table tbody tr").count() >= 1


def test_map(page, server):
    page.goto(server + "/map")
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map circle.place").count() == 4
    shot(page, "map")
    page.fill("input[name=country]", "SY")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#map svg circle.place")
    assert page.locator("#map circle.place").count() == 1


def test_actors_and_network(page, server):
    page.goto(server + "/actors")
    page.fill("input[name=q]", "spokes")  # no name matches; roles are not searched
    page.fill("input[name=q]", "mujahid")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**q=mujahid*")
    page.click("#actors-table >> text=Zabihullah Mujahid")
    page.wait_for_selector("h1 >> text=Zabihullah Mujahid")
    assert page.locator("ul.quotes li").count() == 2
    shot(page, "actor")
    page.goto(server + "/network")
    page.wait_for_selector("#network svg g.node")
    assert page.locator("#network g.node").count() >= 8
    shot(page, "network")


def test_contradictions(page, server):
    page.goto(server + "/contradictions")
    assert page.locator(".contra").count() == 3
    page.fill("input[name=q]", "afrin")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**q=afrin*")
    assert page.locator(".contra").count() == 1
    assert page.locator(".side.for .evidence").count() == 1 and page.locator(".side.against .evidence").count() == 1
    page.goto(server + "/contradictions")
    shot(page, "contradictions")


def test_merged_events_duplicates_and_contradictions_across(page, server):
    page.goto(server + "/merged-events")
    rows = page.locator("#merged-table tbody tr")
    assert rows.count() >= 5
    page.select_option("select[name=type]", "PROTEST")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=PROTEST*")
    assert page.locator("#merged-table tbody tr").count() == 1
    page.goto(server + "/merged-events")
    shot(page, "merged-events")
    page.locator("#merged-table tbody tr").first.locator("a").first.click()
    page.wait_for_selector("#sources-table")
    assert page.locator("#sources-table tbody tr").count() == 2  # the article and its near-copy
    assert page.locator("#reports-table tbody tr").count() >= 1
    shot(page, "merged-event")
    page.click("nav >> text=Duplicates")
    page.wait_for_selector("#duplicates-table")
    assert page.locator("#duplicates-table tbody tr").count() == 1
    assert "Other Wire" in page.inner_text("#duplicates-table")
    shot(page, "duplicates")
    page.goto(server + "/contradictions")
    page.click("text=Across articles")
    page.wait_for_url("**/contradictions/across")
    assert page.locator("h1").inner_text() == "Contradictions across articles"


def test_hostile_article_stays_text(page, server):
    from tests.fixtures.web_demo import HOSTILE

    for url in ("/articles/hostile-demo", "/events", "/contradictions", "/network", "/actors", "/", "/merged-events",
                "/contradictions/across"):
        page.goto(server + url)
        page.wait_for_load_state("networkidle")
        assert page.locator("img").count() == 0, url
    page.goto(server + "/articles/hostile-demo")
    assert HOSTILE in page.inner_text("#text")
    shot(page, "hostile")
