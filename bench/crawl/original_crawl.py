#!/usr/bin/python3
"""The original study's crawler, re-created against the local portal replica.

The study that fishdens grew out of (see /work/shared/docs/original-study-notes.md, "Data
crawling with Selenium") downloaded its fish data from the Water Environment Information
System (물환경정보시스템) with a Selenium script that waits a fixed time after every step:

    driver.get(url); driver.implicitly_wait(2)
    set_startYear / set_endYear / set_quarter; selectBio(); time.sleep(1)
    openPopup(); time.sleep(8); popSearchriver(); time.sleep(3); selectHan(); time.sleep(3)
    then, per batch of 15 sites: click the site checkboxes; popscreenOut(); time.sleep(2)
    Search_button(); time.sleep(5); downloadAs('xls'); time.sleep(3)

This file keeps those steps and those sleeps, with the element ids of the replica's pages
(tests/AlienFish.Replicas.Portal/Pages). Where the replica differs from the portal the
study met, the adaptation is chosen so that it never adds a fixed wait, which can only
make this script faster than the original, never slower:

* The study's helper functions were not published; here each is the one click or select
  its name describes. selectHan() picked 한강 in the study; here it picks the 중권역 given
  on the command line and presses the popup's 검색, as the study's popSearchriver()/
  selectHan() pair did for its basin.
* The replica's site chooser is a window.open popup that 확인 (popscreenOut) closes, so
  for every batch after the first the popup is opened and searched again. Those repeated
  steps wait only as long as the page needs (polling), with no sleep of their own.
* The replica serves 출현생물 (species counts) and 현지조사 (surveys) as two downloads, the
  two files fishdens fetches per batch. downloadAs('xls') clicks both, waiting for the first
  file to land before the second click, then sleeps the study's 3 s once.
* The study's loop was ``for count in range(0, (compart-1))``, which skips the last batch;
  here every batch is crawled, so both crawlers fetch the same batches and the same rows.

Usage: original_crawl.py BASE_URL DOWNLOAD_DIR BASIN MID_BASIN YEAR_FROM YEAR_TO
Prints the number of files downloaded on stdout; progress goes to stderr.
"""

import math
import os
import sys
import time

from bs4 import BeautifulSoup
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

# Chromium talks to the replica on 127.0.0.1 only: these switches keep it from calling
# home (updates, sync, field trials) and let it run headless in a container without a GPU.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

base, download_dir, basin, mid_basin = sys.argv[1].rstrip("/"), os.path.abspath(sys.argv[2]), sys.argv[3], sys.argv[4]
year_from, year_to = int(sys.argv[5]), int(sys.argv[6])
os.makedirs(download_dir, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for arg in CHROMIUM_ARGS:
    options.add_argument(arg)
options.add_experimental_option("prefs", {
    "download.default_directory": download_dir,
    "download.prompt_for_download": False,
})
# An explicit driver path: Selenium then never looks for (or downloads) a driver itself.
driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
main_window = None


def finished_files():
    return sorted(f for f in os.listdir(download_dir) if not f.endswith(".crdownload"))


def wait_for_files(count, timeout=60):
    """Polls until COUNT complete downloads are in the folder and none is half written."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        names = os.listdir(download_dir)
        if not any(n.endswith(".crdownload") for n in names) and len(names) >= count:
            return
        time.sleep(0.05)
    raise SystemExit("download did not finish: %s" % os.listdir(download_dir))


def set_startYear(year):
    Select(driver.find_element(By.ID, "select_start_year")).select_by_value(str(year))


def set_endYear(year):
    Select(driver.find_element(By.ID, "select_end_year")).select_by_value(str(year))


def set_quarter(first, last):
    # 회차: the fish survey is done twice a year, round 1 in spring and round 2 in autumn.
    Select(driver.find_element(By.ID, "select_start_tme")).select_by_value(str(first))
    Select(driver.find_element(By.ID, "select_end_tme")).select_by_value(str(last))


def selectBio():
    driver.find_element(By.ID, "siteTypeItemB").click()  # 1단계 분류: 어류


def openPopup():
    global main_window
    main_window = driver.current_window_handle
    before = set(driver.window_handles)
    driver.find_element(By.ID, "btnSitePop").click()  # 지점선택
    WebDriverWait(driver, 30, poll_frequency=0.05).until(lambda d: set(d.window_handles) - before)
    driver.switch_to.window((set(driver.window_handles) - before).pop())


def popSearchriver():
    Select(driver.find_element(By.ID, "select_water_sys")).select_by_value(basin)  # 수계


def selectHan():
    Select(driver.find_element(By.ID, "select_water_sys_sub")).select_by_value(mid_basin)  # 중권역
    driver.find_element(By.ID, "btnPopSearch").click()


def popscreenOut():
    driver.find_element(By.ID, "popscreenOut").click()  # 확인: hands the ticked sites back
    driver.switch_to.window(main_window)


def Search_button():
    driver.find_element(By.ID, "btnSearch").click()


def downloadAs(kind):
    assert kind == "xls"
    have = len(finished_files())
    driver.find_element(By.ID, "btnDownSpcs").click()  # 출현생물
    wait_for_files(have + 1)
    driver.find_element(By.ID, "btnDownAcpexm").click()  # 현지조사


def reopen_site_popup():
    """Opens and searches the site popup again for the next batch, waiting by polling only."""
    wait = WebDriverWait(driver, 30, poll_frequency=0.05)
    openPopup()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#select_water_sys option[value='%s']" % basin))
    popSearchriver()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#select_water_sys_sub option[value='%s']" % mid_basin))
    selectHan()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#txtGrid input"))


try:
    # start~
    url = base + "/waterData/bioSearch.do?menuIdx=3_1_12&siteTypeCd=A"
    driver.get(url)
    driver.implicitly_wait(2)
    set_startYear(year_from)
    set_endYear(year_to)
    set_quarter(1, 2)
    selectBio()
    time.sleep(1)
    openPopup()
    time.sleep(8)
    popSearchriver()
    time.sleep(3)
    selectHan()
    time.sleep(3)

    html = driver.page_source
    soup = BeautifulSoup(html, "html.parser")
    information = soup.find_all("tbody", {"id": "txtGrid"})[0].find_all("input")
    length = len(information)
    onetime = 15
    compart = math.ceil(length / onetime)
    for count in range(0, compart):
        if count > 0:
            reopen_site_popup()
        temp = information[onetime * count:onetime * (count + 1)]
        for i, info in enumerate(temp):
            id_code = str(info["id"])
            driver.find_element(By.ID, id_code).click()
        popscreenOut()
        time.sleep(2)
        Search_button()
        time.sleep(5)
        downloadAs("xls")
        time.sleep(3)
        print(count, file=sys.stderr)

    wait_for_files(2 * compart)
    print(len(finished_files()))
finally:
    driver.quit()
