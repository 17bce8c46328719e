#!/usr/bin/env python3
"""End-to-end: `arvio serve` driven in a real headless Chromium, as a coordinator uses it.

Opens the page, uploads seed 003, sees five goals and process goal 1.1, types an entry, a 5/22
readiness value and a Liite 1 value, downloads the next .docx, checks with `arvio import` that the file holds both,
then switches to Swedish and sees Swedish labels. A screenshot of each step goes into --screenshots.

Uses Debian's /usr/bin/chromium and /usr/bin/chromedriver (selenium's own driver manager would
try the network). Prints `e2e: N passed, M failed`; exit status 1 when a step failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as conditions
from selenium.webdriver.support.ui import WebDriverWait

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(REPOSITORY, "Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
ENTRY = "Palveluohjauksen malli otettiin käyttöön kaikissa kunnissa keväällä 2022."
READINESS = "75 %"
ANNEX = "Toteutunut 12 kpl"


class Steps:
    def __init__(self, driver, folder):
        self.driver, self.folder = driver, folder
        self.passed, self.failed = 0, 0

    def run(self, name, action):
        try:
            action()
            self.passed += 1
            print(f"e2e: ok   {name}")
        except Exception as error:  # a failed step is reported and the next one still runs
            self.failed += 1
            print(f"e2e: FAIL {name}: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
        finally:
            self.driver.save_screenshot(os.path.join(self.folder, f"{self.passed + self.failed:02d}-{name}.png"))


def start_server(arvio):
    server = subprocess.Popen([arvio, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = server.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/\?t=[0-9a-f]+)", line or "")
        if match:
            return server, match.group(1)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit("e2e: arvio serve did not print its address")


def wait_for_file(folder, suffix, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        done = [name for name in os.listdir(folder) if name.endswith(suffix)]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} downloaded into {folder}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arvio", required=True, help="the arvio binary")
    parser.add_argument("--screenshots", required=True, help="folder for a screenshot of each step")
    arguments = parser.parse_args()
    os.makedirs(arguments.screenshots, exist_ok=True)
    downloads = tempfile.mkdtemp(prefix="arvio-e2e-downloads-")

    server, address = start_server(arguments.arvio)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=fi"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    wait = WebDriverWait(driver, 30)
    steps = Steps(driver, arguments.screenshots)
    state = {}

    def open_page():
        driver.get(address)
        assert "Valitse raportti" in driver.find_element(By.TAG_NAME, "h1").text, "the upload page in Finnish"

    def upload_seed():
        driver.find_element(By.ID, "files").send_keys(SEED)
        driver.find_element(By.ID, "read").click()
        wait.until(conditions.presence_of_element_located((By.ID, "goal-5")))
        goals = driver.find_elements(By.CSS_SELECTOR, "section.goal")
        assert len(goals) == 5, f"{len(goals)} goals on the page"
        assert "1.1 Kiireettömät ajat" in driver.find_element(By.CLASS_NAME, "report").text, "process goal 1.1"
        state["report"] = driver.current_url

    def fill_next():
        driver.find_element(By.ID, "prepare-next").click()
        wait.until(conditions.presence_of_element_located((By.ID, "next-form")))
        assert driver.find_element(By.ID, "period").get_attribute("value") == "2022-04", "next due period 5/22"
        driver.find_element(By.ID, "entry-0").send_keys(ENTRY)
        driver.find_element(By.ID, "ready-1-0").send_keys(READINESS)
        # Liite 1's new 5/2022 column: the first measure row's field.
        driver.find_element(By.CSS_SELECTOR, "fieldset.annex input").send_keys(ANNEX)
        driver.refresh()  # the draft survives a reload
        wait.until(conditions.presence_of_element_located((By.ID, "next-form")))
        assert driver.find_element(By.ID, "entry-0").get_attribute("value") == ENTRY, "draft kept across a reload"

    def prepare_and_download():
        driver.find_element(By.ID, "prepare").click()
        link = wait.until(conditions.presence_of_element_located((By.ID, "download-docx")))
        link.click()
        state["docx"] = wait_for_file(downloads, ".docx")

    def import_holds_both():
        result = subprocess.run([arguments.arvio, "import", state["docx"]], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert ENTRY in result.stdout, "the typed entry is in the next .docx"
        assert re.search(r"period: 2022-04\s+value:\s+raw:\s+- '?75 %'?", result.stdout), "the 5/22 readiness value"
        assert ANNEX in result.stdout, "the Liite 1 value in its new column"

    def swedish():
        driver.get(state["report"] + "?lang=sv")
        assert "Förbered nästa period" in driver.page_source, "Swedish labels"
        driver.get(state["report"])  # remembered without the parameter
        assert "Förbered nästa period" in driver.page_source, "the language is remembered"

    try:
        steps.run("open", open_page)
        steps.run("upload-seed-003", upload_seed)
        steps.run("next-period-form", fill_next)
        steps.run("download-next-docx", prepare_and_download)
        steps.run("import-holds-entry-and-value", import_holds_both)
        steps.run("swedish", swedish)
    finally:
        driver.quit()
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"e2e: {steps.passed} passed, {steps.failed} failed")
    return 1 if steps.failed else 0


if __name__ == "__main__":
    sys.exit(main())
