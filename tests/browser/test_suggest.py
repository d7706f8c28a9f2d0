"""Suggestions in the search box: typed in pinyin, chosen with the keyboard."""

import re

from playwright.sync_api import expect

from search import names
from tests.browser.conftest import assert_fits


def test_it_finds_a_park_from_pinyin_typed_and_picked_with_the_keyboard(page, shoot, archive):
    names.invalidate()  # the gazetteer was loaded in bulk, without signals
    page.goto("/")
    box = page.get_by_role("search").last.get_by_role("combobox")
    box.press_sequentially("zhang")
    listbox = page.get_by_role("listbox", name="搜索建议").last
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option", name=re.compile("上海张江高新区"))
    expect(option).to_be_visible()
    expect(option).to_contain_text("国家高新区 · 上海市")
    shoot("1-suggestions")

    for _ in range(listbox.get_by_role("option").count()):
        box.press("ArrowDown")
        if option.get_attribute("aria-selected") == "true":
            break
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    assert_fits(page)
    shoot("2-chosen")
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/parks/[a-z-]+/$"))
    expect(page.locator("h1")).to_have_text("上海张江高新技术产业开发区")
    assert page.console_errors == []


def test_escape_closes_the_suggestions_and_enter_searches_what_was_typed(page, archive):
    names.invalidate()
    page.goto("/")
    box = page.get_by_role("search").last.get_by_role("combobox")
    box.press_sequentially("张江")
    expect(page.get_by_role("listbox", name="搜索建议").last).to_be_visible()
    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q="))
    expect(page.locator("h1")).to_have_text("搜索：张江")
    assert page.console_errors == []
