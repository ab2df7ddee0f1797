"""Saving from a real Chromium through the real extension into a real library."""

from __future__ import annotations

from reader.core.library import Library
from reader.core.models import HighlightStatus
from tests.browser.conftest import SCRIPTED, Browser, Site
from tests.browser_pages import HARBOUR, HARBOUR_TITLE


def paired(browser: Browser, listener) -> None:  # noqa: ANN001
    browser.pair(listener.desk.pairing.new_code())


def test_a_page_is_saved_as_the_reader_sees_it(browser: Browser, site: Site, listener, library: Library) -> None:
    paired(browser, listener)
    url = site.url("/news/harbour")
    browser.open(url)
    result = browser.save(url)
    assert result["ok"], result
    answer = result["answer"]
    assert (answer["status"], answer["title"]) == ("saved", HARBOUR_TITLE)
    article = library.get(answer["article"])
    assert article.content.text.split("\n\n")[-len(HARBOUR) :] == HARBOUR
    assert article.content.url == url and [a.name for a in article.content.authors] == ["Mara Quinlan"]
    again = browser.save(url)["answer"]
    assert (again["status"], again["article"]) == ("unchanged", article.id)
    lookup = browser.worker.evaluate("async (url) => ReaderExtension.lookup(url)", url)
    assert (lookup["saved"], lookup["article"]) == (True, article.id)


def test_a_page_built_by_its_script_is_saved_with_what_the_script_wrote(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    paired(browser, listener)
    url = site.url("/news/ferry")
    page = browser.open(url)
    page.wait_for_selector("article p")
    answer = browser.save(url)["answer"]
    article = library.get(answer["article"])
    assert article.content.title == "Winter Ferry Timetable Cuts Evening Crossings"
    assert all(paragraph in article.content.text for paragraph in SCRIPTED)
    assert SCRIPTED[0] not in site.scripted().split("<script>")[0]  # a fetch of the page would not see it


def test_a_page_behind_a_login_is_saved_from_the_signed_in_session(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    paired(browser, listener)
    browser.open(site.url("/login?user=reader-test"))
    url = site.url("/members/harbour")
    browser.open(url)
    article = library.get(browser.save(url)["answer"]["article"])
    assert HARBOUR[2] in article.content.text
    assert [a.name for a in article.content.authors] == ["Iona Petrie"]


def test_a_selection_is_saved_as_a_highlight_on_its_words(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    paired(browser, listener)
    url = site.url("/news/harbour")
    page = browser.open(url)
    words = "stainless steel anchors"
    box = page.locator("p", has_text=words).bounding_box()
    start = page.evaluate(
        """(words) => { const p = [...document.querySelectorAll('p')].find(e => e.textContent.includes(words));
        const text = p.firstChild; const at = text.data.indexOf(words);
        const range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + words.length);
        const rects = range.getClientRects(); return [rects[0].left + 1, rects[0].top + rects[0].height / 2,
        rects[rects.length - 1].right - 1, rects[rects.length - 1].top + rects[rects.length - 1].height / 2]; }""",
        words,
    )
    assert box is not None
    page.mouse.move(start[0], start[1])
    page.mouse.down()
    page.mouse.move(start[2], start[3], steps=8)
    page.mouse.up()
    assert page.evaluate("() => getSelection().toString()").strip() == words
    answer = browser.save(url, selection=True)["answer"]
    assert answer["highlight"] == "placed"
    (h,) = library.annotations.for_article(answer["article"])
    text = library.get(answer["article"]).content.text
    assert (text[h.start : h.end], h.status) == (words, HighlightStatus.ANCHORED)


def test_the_context_menu_action_says_its_result_on_the_button(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    paired(browser, listener)
    url = site.url("/news/harbour")
    page = browser.open(url)
    page.locator("p", has_text="quiet water behind it").select_text()
    message = browser.worker.evaluate("async (tab) => ReaderExtension.saveSelection(tab)", browser.tab_id(url))
    assert message.startswith(f"Saved to Reader: {HARBOUR_TITLE}") and "(selection highlighted)" in message
    assert len(library.annotations.for_article(library.find(url=url))) == 1


def test_an_unpaired_browser_is_told_to_pair_and_nothing_is_saved(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    url = site.url("/news/harbour")
    browser.open(url)
    result = browser.save(url)
    assert (result["ok"], result["kind"]) == (False, "unpaired")
    assert "Connect a Browser" in result["error"]
    wrong = browser.worker.evaluate(
        "async () => { try { await ReaderExtension.pair('000 000'); return ''; } catch (e) { return e.message; } }"
    )
    assert "no pairing code is on show" in wrong
    assert library.count() == 0


def test_pairing_in_the_popup_then_it_says_reader_is_not_running(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    popup = browser.open(f"chrome-extension://{browser.extension_id}/popup/popup.html")
    popup.wait_for_selector("#pair", state="visible")
    assert not popup.is_visible("#open-line") and not popup.is_visible("#retry-line")
    assert "Connect this browser to Reader" in popup.inner_text("#status")
    code = listener.desk.pairing.new_code()
    popup.click("#code")
    popup.keyboard.type(f"{code[:3]} {code[3:]}")
    popup.keyboard.press("Enter")
    # "Connecting…", then "Saving to Reader…" (the popup saves its tab at once), then the answer
    popup.wait_for_function("() => !/Connecting|Saving/.test(document.getElementById('status').textContent)")
    assert [b.name for b in listener.desk.pairing.browsers()] != []
    assert not popup.is_visible("#pair")  # paired: the code's form is gone (the popup's own tab is no web page to save)
    assert popup.is_visible("#retry-line") and "Only web pages" in popup.inner_text("#status")
    assert not popup.is_visible("#start")  # Reader answered: nothing to start
    assert browser.worker.evaluate("async () => (await chrome.storage.local.get('token')).token")
    listener.stop()
    popup.reload()
    popup.wait_for_selector("#retry-line", state="visible")
    assert not popup.is_visible("#pair")
    assert popup.is_visible("#start")  # offered where the desktop knows reader:// (reader.desktop registers it)
    assert popup.inner_text("#status") == "Reader is not running. Start Reader, then try again."
    assert "error" in (popup.get_attribute("#status", "class") or "")


def test_a_hostile_page_can_neither_save_nor_read_nor_probe(
    browser: Browser, site: Site, listener, library: Library
) -> None:
    paired(browser, listener)
    browser.open(site.url("/news/harbour"))
    browser.save(site.url("/news/harbour"))
    before = library.count()
    page = browser.open(site.url("/hostile"))
    page.wait_for_function("() => true")
    for _ in range(100):
        if site.hostile_results:
            break
        page.wait_for_timeout(100)
    results = site.hostile_results
    assert set(results) == {"cors save", "no-cors save", "hello", "lookup", "get"}, results
    assert all(not value.startswith("read:") or value == "read: status 0" for value in results.values()), results
    assert results["no-cors save"] == "read: status 0"  # an opaque answer: nothing to learn from it
    assert library.count() == before
    assert library.find(url="https://evil.example/x") is None and library.find(url="https://evil.example/form") is None
