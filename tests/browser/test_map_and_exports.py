"""The map by keyboard, and a search's results downloaded as CSV and read back."""

import csv
import io
import re

from playwright.sync_api import expect

from tests.browser.conftest import EXTRA_URUMQI_ARTICLES, assert_fits

MAX_TABS = 400  # header, tabs, the map's provinces, then its parks (most covered first)


def test_it_finds_a_park_on_the_map_by_keyboard_and_opens_it(page, shoot, archive):
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="园区目录").click()
    expect(page.locator("#park-map")).to_be_visible()
    assert_fits(page)
    wanted = f"{archive}："
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        if label.startswith(wanted):
            break
    else:
        raise AssertionError(f"no map point for {archive} within {MAX_TABS} tabs")
    focused = page.locator("#park-map a.map__park:focus")
    expect(focused).to_have_attribute("aria-label", f"{archive}：{2 + EXTRA_URUMQI_ARTICLES} 篇")
    expect(focused.locator(".map__tip")).to_be_visible()  # focus names the park, as hover does
    shoot("1-park-focused")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(archive.name)
    assert page.console_errors == []


def test_it_downloads_a_search_as_csv_and_reads_it_back(page, archive):
    page.goto("/search/?q=乌鲁木齐")
    summary = page.locator(".search-summary").inner_text()
    found = int(re.search(r"找到 (\d+) 篇", summary).group(1))
    shown = page.locator(".search-hit__title").all_inner_texts()
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV（Excel）").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    raw = open(download.path(), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, *rows, trailer = csv.reader(io.StringIO(raw.decode("utf-8-sig")))
    assert header[:2] == ["编号", "标题"]
    assert len(rows) == found
    assert found and [row[1] for row in rows] == shown  # the same articles, in the same order
    assert trailer[0].startswith("# 高新区新闻档案导出。条件：q=乌鲁木齐")
    assert page.console_errors == []
