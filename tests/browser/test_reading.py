"""A reader's way through the archive, on a desktop and a phone-sized viewport."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import EXTRA_URUMQI_ARTICLES, assert_fits, assert_one_h1


def test_it_lets_a_reader_go_from_home_to_a_park_page_through_and_read(page, shoot, archive):
    page.goto("/")
    expect(page.locator("h1")).to_have_text("高新区新闻档案")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert_fits(page)
    shoot("1-home")

    # the most-covered park is the one with the extra articles
    page.get_by_role("region", name="报道最多的园区").get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text(archive.name)
    total = 2 + EXTRA_URUMQI_ARTICLES
    expect(page.locator(".facts")).to_contain_text(f"{total} 篇")
    expect(page.get_by_role("img", name=re.compile("历年报道数量"))).to_be_visible()
    assert_one_h1(page)
    assert_fits(page)
    shoot("2-park")

    # page through
    page.get_by_role("navigation", name="分页").get_by_role("link", name="下一页").click()
    expect(page).to_have_url(re.compile(r"\?page=2$"))
    expect(page.locator('.pagination a[aria-current="page"]')).to_have_text("2")
    expect(page.locator(".article-list > li")).to_have_count(total - 20)
    assert_fits(page)
    shoot("3-park-page-2")

    # read an article, then follow its park tag back
    page.locator(".article-list a").first.click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    assert_one_h1(page)
    expect(page.locator(".story__body p").first).to_be_visible()
    indent = page.locator(".story__body p").first.evaluate("p => getComputedStyle(p).textIndent")
    font_size = page.locator(".story__body p").first.evaluate("p => parseFloat(getComputedStyle(p).fontSize)")
    assert float(indent.removesuffix("px")) == pytest.approx(2 * font_size)
    assert_fits(page)
    shoot("4-article")
    page.get_by_role("list", name="相关园区").get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text(archive.name)

    assert page.console_errors == []


def test_it_switches_the_directory_between_kinds_of_park(page, shoot, archive):
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="园区目录").click()
    expect(page.locator("h1")).to_have_text("园区目录")
    tabs = page.get_by_role("navigation", name="园区类别")
    expect(tabs.get_by_role("link", name="国家高新区")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("img", name=re.compile("各省份国家高新区的报道数量"))).to_be_visible()
    assert_fits(page)
    shoot("1-hitech")

    tabs.get_by_role("link", name="国家级经开区").click()
    expect(page).to_have_url(re.compile(r"\?kind=national_etdz$"))
    expect(tabs.get_by_role("link", name="国家级经开区")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("link", name="北京经济技术开发区")).to_be_visible()
    shoot("2-etdz")

    # the text alternative of the chart opens with the keyboard
    summary = page.get_by_text("查看数据表")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("table", name=re.compile("各省份"))).to_be_visible()

    page.get_by_role("link", name="北京经济技术开发区").click()
    expect(page.locator("h1")).to_have_text("北京经济技术开发区")
    assert page.console_errors == []


def test_it_can_be_used_with_the_keyboard(page, transactional_db):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="跳到正文")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("a => getComputedStyle(a).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))

    # the search box is reachable and submits q
    box = page.locator("#home-q")
    box.focus()
    box.fill("乌鲁木齐")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90" in page.url


def test_it_lets_a_reader_search_open_a_result_go_to_its_park_and_filter(page, shoot, archive):
    page.goto("/")
    page.locator("#home-q").fill("乌鲁木齐高新区")
    page.locator("#home-q").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?"))
    results = page.locator("main a[href^='/articles/']")
    expect(results.first).to_be_visible()
    assert_one_h1(page)
    assert_fits(page)
    shoot("1-results")

    # page through the results
    next_link = page.locator("main a[rel='next']")
    if next_link.count():
        next_link.first.click()
        expect(page).to_have_url(re.compile(r"page=2"))
        expect(results.first).to_be_visible()
        shoot("2-results-page-2")
        page.go_back()

    # filter by a facet
    facet = page.locator("main a[href*='park=']").first
    expect(facet).to_be_visible()
    facet.click()
    expect(page).to_have_url(re.compile(r"park="))
    expect(results.first).to_be_visible()
    shoot("3-filtered")

    # open a result and go to its park
    results.first.click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    assert_one_h1(page)
    shoot("4-article")
    page.get_by_role("list", name="相关园区").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"/parks/[\w-]+/$"))
    assert_one_h1(page)
    shoot("5-park")
    assert page.console_errors == []
