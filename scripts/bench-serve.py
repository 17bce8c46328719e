#!/usr/bin/env python3
"""`arvio serve` timed from outside, as a browser uses it (make bench-serve).

For every seed in Corpora/seeds: upload → the report page (the outline), and for the
oma-arviointi reports upload → next .docx downloaded (the form sent empty, as `arvio next` without
--updates); the median of --repetitions runs each. Then --concurrent uploads of seed 003 at once,
each in its own session, with the server's peak resident memory (VmHWM) before and after.
Only 127.0.0.1 is contacted; the server is started and stopped here.
"""
import argparse
import concurrent.futures
import glob
import http.cookiejar
import os
import re
import statistics
import subprocess
import time
import urllib.request

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(arvio):
    server = subprocess.Popen([arvio, "serve"], stdout=subprocess.PIPE, text=True)
    match = re.search(r"http://127\.0\.0\.1:(\d+)/\?t=([0-9a-f]+)", server.stdout.readline())
    if not match:
        server.kill()
        raise SystemExit("bench-serve: arvio serve did not print its address")
    return server, f"http://127.0.0.1:{match.group(1)}", match.group(2)


def browser(base, token):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    opener.open(f"{base}/?t={token}").read()
    return opener


def upload(opener, base, token, path):
    """Upload → the report page (redirect followed); returns the page's address."""
    boundary = "----arvio-bench"
    with open(path, "rb") as handle:
        data = handle.read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{os.path.basename(path)}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{base}/upload?t={token}", data=body,
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with opener.open(request) as response:
        response.read()
        return response.geturl()


def next_docx(opener, base, token, page):
    request = urllib.request.Request(f"{page}/next?t={token}", data=f"t={token}".encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    opener.open(request).read()
    return len(opener.open(f"{page}/file/next.docx").read())


def peak_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmHWM:")).split()[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arvio", required=True)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--concurrent", type=int, default=20)
    arguments = parser.parse_args()
    server, base, token = start(arguments.arvio)
    try:
        seeds = sorted(glob.glob(os.path.join(REPOSITORY, "Corpora/seeds/*.docx")))
        outline, nexts = [], []
        for seed in seeds:
            times, next_times = [], []
            for _ in range(arguments.repetitions):
                opener = browser(base, token)
                began = time.perf_counter()
                page = upload(opener, base, token, seed)
                times.append(time.perf_counter() - began)
                if "oma-arviointi" in os.path.basename(seed):
                    opener = browser(base, token)
                    began = time.perf_counter()
                    next_docx(opener, base, token, upload(opener, base, token, seed))
                    next_times.append(time.perf_counter() - began)
            outline.append((os.path.basename(seed), statistics.median(times)))
            if next_times:
                nexts.append((os.path.basename(seed), statistics.median(next_times)))
        for name, seconds in outline:
            print(f"bench-serve: upload → outline  {seconds * 1000:7.1f} ms  {name}")
        for name, seconds in nexts:
            print(f"bench-serve: upload → next .docx {seconds * 1000:7.1f} ms  {name}")
        print(f"bench-serve: upload → outline, slowest seed median {max(s for _, s in outline) * 1000:.1f} ms (target under 150 ms)")
        print(f"bench-serve: upload → next .docx, slowest seed median {max(s for _, s in nexts) * 1000:.1f} ms (target under 250 ms)")

        seed = os.path.join(REPOSITORY, "Corpora/seeds/003-kymenlaakso-oma-arviointi-2021.word.docx")
        before = peak_kb(server.pid)
        began = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(arguments.concurrent) as pool:
            pages = list(pool.map(lambda _: upload(browser(base, token), base, token, seed), range(arguments.concurrent)))
        wall = time.perf_counter() - began
        after = peak_kb(server.pid)
        finished = sum(1 for page in pages if "/doc/" in page)
        print(f"bench-serve: {arguments.concurrent} concurrent uploads of seed 003: {finished} finished in {wall * 1000:.0f} ms; "
              f"server peak memory {before / 1024:.1f} MB before, {after / 1024:.1f} MB after")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
