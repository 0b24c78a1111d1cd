#!/usr/bin/env python3
"""Median and p95 latency of the pages of issue 18's table, per user, against a running app.

    python3 bench/measure-pages.py http://127.0.0.1:5103 [runs] [user:/path ...]

Signs in as the 郑陆 officer (zhenglu) and the 天宁区 viewer (tianning) with the demo password, warms
each page up, then times `runs` sequential GETs (one connection) and prints median / p95 in ms. Pages given
as user:/path (e.g. admin:/statistics?unit=1 for a province's dashboard) are timed instead of the table's.
"""
import re, statistics, sys, time
import requests

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5103"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 15
PASSWORD = "Demo@12345"
PAGES = {
    "zhenglu": ["/volunteers", "/activities", "/api/v1/activities", "/activities/hours", "/"],
    # Last year's dashboard: a closed year's roster comes from the rows undoing the later years' changes.
    "tianning": ["/", "/volunteers", "/activities", "/activities/hours", "/statistics", f"/statistics?year={time.localtime().tm_year - 1}"],
}

if len(sys.argv) > 3:
    PAGES = {}
    for arg in sys.argv[3:]:
        user, path = arg.split(":", 1)
        PAGES.setdefault(user, []).append(path)

def sign_in(user):
    s = requests.Session()
    html = s.get(BASE + "/login").text
    form = dict(re.findall(r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html))
    form.update({"Input.UserName": user, "Input.Password": PASSWORD})
    r = s.post(BASE + "/login", data=form, allow_redirects=True)
    assert "退出" in r.text or r.url.rstrip("/") == BASE, f"sign-in of {user} failed: {r.status_code} {r.url}"
    api = requests.Session()
    token = api.post(BASE + "/api/v1/auth/token", json={"userName": user, "password": PASSWORD}).json()["token"]
    api.headers["Authorization"] = "Bearer " + token
    return s, api

def timed(sessions, path):
    s = sessions[1] if path.startswith("/api/") else sessions[0]
    t = time.perf_counter()
    r = s.get(BASE + path)
    ms = (time.perf_counter() - t) * 1000
    return ms, r.status_code, len(r.content)

for user, paths in PAGES.items():
    s = sign_in(user)
    for path in paths:
        for _ in range(3):
            timed(s, path)
        samples = [timed(s, path) for _ in range(RUNS)]
        ms = sorted(x[0] for x in samples)
        p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
        print(f"{user:9} {path:22} status {samples[-1][1]}  {samples[-1][2]:>8} B  median {statistics.median(ms):8.1f} ms  p95 {p95:8.1f} ms", flush=True)
