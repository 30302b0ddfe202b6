#!/usr/bin/env python3
"""Session failover drill against the local topology (src/ops/topology.sh start), through nginx.

A learner signs in on the pages, opens an exercise and types a draft (the editor's Ajax "change" event). The web node
that served them is killed with SIGKILL. The learner then carries on with the same cookie and the same Faces view:
they must still be signed in, the draft must be there and "Submit" on the page opened before the kill must work.
Exit status 0 when every check passes. Python 3 standard library only.

Usage: src/ops/failover-drill.py      (environment: CODERISE_PROXY_PORT [8150], CODERISE_TOPOLOGY_DIR,
                                       CODERISE_TOPOLOGY_PORTS as for topology.sh)
"""
import html
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

BASE = "http://127.0.0.1:%s" % os.environ.get("CODERISE_PROXY_PORT", "8150")
PORTS = os.environ.get("CODERISE_TOPOLOGY_PORTS", "8141 8142 8143").split()
TOPOLOGY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "topology.sh")
COURSE, ITEM = "python-first-steps", "say-hello"
DRAFT = 'print("Hello, world!")\nprint("I am learning Python.")\n# typed before the failover\n'

jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
failures = []


def request(path, data=None, headers=None, opener=browser):
    body = None if data is None else (data if isinstance(data, bytes) else urllib.parse.urlencode(data).encode())
    req = urllib.request.Request(BASE + path, data=body, headers=headers or {})
    try:
        with opener.open(req, timeout=60) as response:
            return response.status, response.geturl(), response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, path, e.read().decode(errors="replace")


def rest(path, payload, token=None, method="POST"):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(BASE + path, json.dumps(payload).encode(), headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.geturl(), response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, path, e.read().decode(errors="replace")


def view_state(page):
    return html.unescape(re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1))


def ajax(form, source, execute, state, fields, event=None):
    data = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
            "jakarta.faces.partial.execute": execute, "jakarta.faces.partial.render": "@none", form: form,
            "jakarta.faces.ViewState": state}
    if event:
        data.update({"jakarta.faces.behavior.event": event, "jakarta.faces.partial.event": event})
    data.update(fields)
    return request("/learn/exercise.xhtml?course=%s&item=%s" % (COURSE, ITEM), data,
                   {"Faces-Request": "partial/ajax"})


def serving_node():
    """The web node nginx sent the last request to, from its access log (the log format ends with the upstream)."""
    log = os.path.join(os.environ.get("CODERISE_TOPOLOGY_DIR", "/tmp/cluster-topology"), "nginx-access.log")
    upstream = open(log).read().splitlines()[-1].rsplit(" ", 1)[-1]
    return {"127.0.0.1:" + PORTS[0]: "web1", "127.0.0.1:" + PORTS[1]: "web2"}[upstream]


def check(name, ok, detail=""):
    print("%s %s %s" % ("PASS" if ok else "FAIL", name, detail))
    if not ok:
        failures.append(name)


email = "drill-%d@example.org" % time.time()
status, _, body = rest("/api/v1/accounts", {"displayName": "Drill", "email": email, "password": "drill-password-1",
                                            "language": "en", "country": "KE", "demographicsConsent": False})
check("register", status == 201, str(status))
status, _, body = rest("/api/v1/auth/tokens", {"email": email, "password": "drill-password-1", "name": "drill"})
token = json.loads(body)["token"]
status, _, _ = rest("/api/v1/enrollments/" + COURSE, {}, token, "PUT")
check("enrol", status in (200, 201), str(status))

status, _, page = request("/login.xhtml")
status, url, page = request("/login.xhtml", {"loginForm": "loginForm", "loginForm:email": email,
                                             "loginForm:password": "drill-password-1", "loginForm:submit": "",
                                             "loginForm:next": "", "jakarta.faces.ViewState": view_state(page)})
check("sign in", status == 200 and "login" not in url, "%s %s" % (status, url))

status, url, page = request("/learn/exercise.xhtml?course=%s&item=%s" % (COURSE, ITEM))
check("open exercise", status == 200 and 'id="exerciseForm"' in page, "%s %s" % (status, url))
node = serving_node()
state = view_state(page)
status, _, answer = ajax("exerciseForm", "exerciseForm:editor", "exerciseForm:editor", state,
                         {"exerciseForm:editor": DRAFT}, event="change")
check("type a draft on " + node, status == 200 and "<error>" not in answer, str(status))

started = time.time()
subprocess.run([TOPOLOGY, "kill", node], check=True)
time.sleep(1)

status, url, page = request("/home.xhtml")
check("still signed in after the kill", status == 200 and "login" not in url and "loginForm" not in page,
      "%s %s in %.1f s" % (status, url, time.time() - started))
other = serving_node()
check("now served by the other node", other != node, other)
status, _, answer = ajax("exerciseForm", "exerciseForm:submit", "exerciseForm:submit exerciseForm:editor", state,
                         {"exerciseForm:editor": DRAFT, "exerciseForm:submit": "exerciseForm:submit"}, event="action")
check("submit on the page opened before the kill", status == 200 and "<error>" not in answer
      and "ViewExpired" not in answer and "partial-response" in answer, "%s %s" % (status, answer[:200]))
status, _, page = request("/learn/exercise.xhtml?course=%s&item=%s" % (COURSE, ITEM))
check("draft kept", "typed before the failover" in html.unescape(page), str(status))
check("submit accepted (the page starts polling for the result)", "CodeRiseExercise.startPolling()" in answer)
verdict = None
for _ in range(90):
    listing = urllib.request.Request(BASE + "/api/v1/submissions?exercise=%s/%s" % (COURSE, ITEM),
                                     headers={"Authorization": "Bearer " + token})
    submissions = json.loads(urllib.request.urlopen(listing, timeout=30).read())
    verdict = submissions[0].get("verdict") if submissions else None
    if verdict:
        break
    time.sleep(2)
check("the submission was graded (by the grading node)", verdict is not None,
      "%s, %d submission(s)" % (verdict, len(submissions)))

print("failover drill: %d failure(s); restart the node with: %s restart %s" % (len(failures), TOPOLOGY, node))
sys.exit(1 if failures else 0)
