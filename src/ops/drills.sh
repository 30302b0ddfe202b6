#!/usr/bin/env bash
# Failure drills against the local topology (src/ops/topology.sh), under a light load, each printing what was lost.
#
#   src/ops/drills.sh db-start | db-stop       a private MariaDB for the drills (so restarting it disturbs nobody)
#   src/ops/drills.sh kill-web | kill-grader | restart-db | all
#
#   kill-web     kill -9 web1 during the load: every signed-in learner keeps working through nginx on web2 (errors
#                only for requests in flight); web1 is started again while the load goes on and takes requests
#   kill-grader  kill -9 the grading node while it grades, start it again: every accepted submission ends with
#                exactly one result (its lease expires and it is graded again, once)
#   restart-db   stop MariaDB for DRILL_DB_DOWN seconds and start it again: /health/ready of every node goes DOWN and
#                comes back UP without restarting a node; no accepted submission is lost
# Each drill submits through nginx at a steady rate (DRILL_SUBMITTERS learners, one submission every 1-2 s each),
# keeps DRILL_BROWSERS signed-in page sessions polling "My learning", then waits until every accepted submission (a
# 202 with an id) is finished and checks in the database: lost (no terminal result), unfinished, left in the queue,
# duplicated (counted by learning more than once). It prints "lost: N" and exits 1 when anything was lost.
#
# Environment: the topology's own (CODERISE_TOPOLOGY_DIR, CODERISE_PROXY_PORT, CODERISE_TOPOLOGY_PORTS,
# CODERISE_DB_URL…: start the topology with the same ones), and
#   DRILL_DB_PORT [8174], DRILL_DB_DIR [/tmp/load-mariadb]   the private MariaDB (db-start makes coderise_load in it)
#   DRILL_DB_NAME [coderise_load]   DRILL_SUBMITTERS [4]   DRILL_BROWSERS [6]   DRILL_SECONDS [90: load per drill]
#   DRILL_DB_DOWN [15: seconds MariaDB stays down]   DRILL_RESULT_WAIT [300: seconds to wait for the last results]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
topology=$repo/src/ops/topology.sh
proxy=http://127.0.0.1:${CODERISE_PROXY_PORT:-8150}
read -r -a ports <<< "${CODERISE_TOPOLOGY_PORTS:-8141 8142 8143}"
db_port=${DRILL_DB_PORT:-8174}
db_dir=${DRILL_DB_DIR:-/tmp/load-mariadb}
dir=${CODERISE_TOPOLOGY_DIR:-/tmp/cluster-topology}
db_name=${DRILL_DB_NAME:-coderise_load}
submitters=${DRILL_SUBMITTERS:-4}
# restart-db needs at least 15 s + DRILL_DB_DOWN + the nodes' recovery + some load after it.
browsers=${DRILL_BROWSERS:-6}
seconds=${DRILL_SECONDS:-90}
password=load-test-learner-2026
course=python-first-steps
exercise=stall-takings
source='sold = int(input())\nprice = int(input())\ntakings = sold * price\nprint(f\"Takings: {takings}\")\n'

say() { echo "[$(date -u +%T)] $*"; }
sql() { mysql --protocol=TCP -h127.0.0.1 -P"$db_port" -ucoderise -pcoderise -N -B "$db_name" -e "$1"; }

db_start() {
  if mysqladmin --protocol=TCP -h127.0.0.1 -P"$db_port" -ucoderise -pcoderise ping > /dev/null 2>&1; then return; fi
  if [ ! -d "$db_dir/data/mysql" ]; then
    mkdir -p "$db_dir"
    mariadb-install-db --no-defaults --datadir="$db_dir/data" --user=root --auth-root-authentication-method=socket \
      > "$db_dir/install.log"
  fi
  setsid mariadbd --no-defaults --datadir="$db_dir/data" --user=root --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$db_dir/mysqld.sock" --pid-file="$db_dir/mariadbd.pid" --max-connections=300 \
    --log-error="$db_dir/mariadbd.log" < /dev/null > /dev/null 2>&1 &
  for _ in $(seq 60); do [ -S "$db_dir/mysqld.sock" ] && break; sleep 1; done
  # install-db's anonymous accounts would shadow coderise@127.0.0.1 (they match 'localhost' first).
  mysql -uroot -S "$db_dir/mysqld.sock" -e "DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;
    CREATE DATABASE IF NOT EXISTS $db_name CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'coderise'@'%' IDENTIFIED BY 'coderise';
    GRANT ALL ON $db_name.* TO 'coderise'@'%'"
  say "MariaDB for the drills: 127.0.0.1:$db_port/$db_name (pid $(cat "$db_dir/mariadbd.pid"))"
}

db_stop() {
  if [ -f "$db_dir/mariadbd.pid" ]; then
    mysqladmin -uroot -S "$db_dir/mysqld.sock" shutdown 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$(cat "$db_dir/mariadbd.pid" 2>/dev/null)" 2>/dev/null || break; sleep 1; done
  fi
}

# One learner: registered (or already there), a token for the API, enrolled. Prints the token.
learner() {
  local email=$1 token
  curl -s -o /dev/null -H 'Content-Type: application/json' "$proxy/api/v1/accounts" -d "{\"displayName\":\"Drill learner\",
    \"email\":\"$email\",\"password\":\"$password\",\"language\":\"en\",\"country\":\"KE\",\"demographicsConsent\":false}"
  token=$(curl -sf -H 'Content-Type: application/json' "$proxy/api/v1/auth/tokens" \
    -d "{\"email\":\"$email\",\"password\":\"$password\",\"name\":\"drill\"}" | jq -r .token)
  curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $token" "$proxy/api/v1/enrollments/$course"
  echo "$token"
}

# Submits every 1-2 s until the deadline; one line per attempt: "<epoch seconds> <http status> <submission id or ->".
submitter() {
  local token=$1 until=$2 out=$3 answer code id sent
  while [ "$(date +%s)" -lt "$until" ]; do
    sent=$(date +%s)
    answer=$(curl -s -m 30 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      "$proxy/api/v1/exercises/$course/$exercise/submissions" -d "{\"source\":\"$source\"}" || true)
    code=$(tail -n1 <<< "$answer"); id=$(head -n -1 <<< "$answer" | jq -r '.id // "-"' 2>/dev/null || echo -)
    echo "$sent $code $id" >> "$out"
    sleep "1.$((RANDOM % 10))"
  done
}

# Signs in through nginx with the login form, as a browser does; the session cookie stays in jar $2.
sign_in() {
  local email=$1 jar=$2 page state
  page=$(curl -s -c "$jar" -b "$jar" "$proxy/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" "$proxy/login.xhtml" --data-urlencode "loginForm=loginForm" \
    --data-urlencode "loginForm:next=" --data-urlencode "loginForm:email=$email" \
    --data-urlencode "loginForm:password=$password" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state"
}

# A signed-in page session: "My learning" every second until the deadline; one line per request:
# "<epoch seconds> <http status> ok|login|error" (login: the session was lost, the login form came back).
browser() {
  local jar=$1 until=$2 out=$3 page code sent
  while [ "$(date +%s)" -lt "$until" ]; do
    sent=$(date +%s)   # when the request was sent: one sent during an outage is not a failure after it
    page=$(curl -s -m 30 -w '\n%{http_code}' -c "$jar" -b "$jar" "$proxy/learn/index.xhtml" || true)
    code=$(tail -n1 <<< "$page")
    if [ "$code" != 200 ]; then echo "$sent $code error"
    elif grep -q 'id="loginForm"' <<< "$page"; then echo "$sent $code login"
    else echo "$sent $code ok"; fi >> "$out"
    sleep 1
  done
}

# Requests answered with anything but success at or after epoch second $1 (submits: not 202; pages: not ok).
# Requests that failed from time $1 on; 429 is not one: it is the per-learner submission limit answering as designed
# (the submitters go faster than a learner may), counted apart by account().
failures_since() { cat "$work/submits" "$work"/browse-* | awk -v t="$1" '$1 >= t && $2 != 202 && $2 != 429 && $3 != "ok"' | wc -l; }

readiness() { curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready" || true; }

# Starts the light load in the background for $seconds; the drill's action runs meanwhile.
start_load() {
  work=$(mktemp -d /tmp/load-drill.XXXX)
  local n tokens=() until
  for n in $(seq "$submitters"); do tokens+=("$(learner "drill-submit-$n@load.coderise.test")"); done
  for n in $(seq "$browsers"); do
    learner "drill-browse-$n@load.coderise.test" > /dev/null
    sign_in "drill-browse-$n@load.coderise.test" "$work/jar-$n"
  done
  until=$(( $(date +%s) + seconds ))
  pids=()
  for n in $(seq "$submitters"); do submitter "${tokens[$((n - 1))]}" "$until" "$work/submits" & pids+=($!); done
  for n in $(seq "$browsers"); do
    browser "$work/jar-$n" "$until" "$work/browse-$n" & pids+=($!)
  done
  say "light load: $submitters submitters, $browsers signed-in page sessions for $seconds s (work dir $work)"
}

# Waits for the load to end and every accepted submission to finish, then prints the accounting.
account() {
  wait "${pids[@]}" 2>/dev/null || true
  local accepted ids waited=0 finished pending lost queued counted dup graded failed statuses
  accepted=$(awk '$2 == 202 && $3 != "-" {print $3}' "$work/submits" | sort -un)
  ids=$(paste -sd, <<< "$accepted")
  local count; count=$(grep -c . <<< "$accepted" || true)
  statuses=$(awk '{print $2}' "$work/submits" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  say "submissions answered: $statuses(accepted = 202 with an id: $count)"
  [ "$count" -gt 0 ] || { echo "lost: ? (nothing was accepted)"; return 1; }
  while :; do
    pending=$(sql "SELECT COUNT(*) FROM grading_submission WHERE id IN ($ids) AND status NOT IN ('GRADED','FAILED')")
    [ "$pending" = 0 ] && break
    [ "$waited" -ge "${DRILL_RESULT_WAIT:-300}" ] && { say "still $pending without a result after $waited s"; break; }
    sleep 5; waited=$((waited + 5))
  done
  finished=$(sql "SELECT COUNT(*) FROM grading_submission WHERE id IN ($ids) AND status IN ('GRADED','FAILED')")
  graded=$(sql "SELECT COUNT(*) FROM grading_submission WHERE id IN ($ids) AND status = 'GRADED'")
  failed=$(sql "SELECT COUNT(*) FROM grading_submission WHERE id IN ($ids) AND status = 'FAILED'")
  queued=$(sql "SELECT COUNT(*) FROM grading_queue WHERE submission_id IN ($ids)")
  counted=$(sql "SELECT COUNT(*) FROM learning_counted_submission WHERE submission_id IN ($ids)")
  dup=$(sql "SELECT COUNT(*) FROM (SELECT submission_id FROM learning_counted_submission WHERE submission_id IN ($ids)
    GROUP BY submission_id HAVING COUNT(*) > 1) d")
  local retried; retried=$(sql "SELECT COUNT(*) FROM grading_submission WHERE id IN ($ids) AND attempts > 1")
  lost=$((count - finished))
  say "accepted $count; with a result $finished (graded $graded, failed $failed; $retried graded again after a lost lease); left in the queue $queued; counted by learning $counted, more than once $dup"
  local b
  for b in "$work"/browse-*; do
    say "page session ${b##*-}: $(awk '{print $3}' "$b" | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}')"
  done
  echo "lost: $lost"
  echo "duplicated: $dup"
  [ "$lost" = 0 ] && [ "$dup" = 0 ]
}

kill_web() {
  start_load
  sleep $((seconds / 4))
  say "kill -9 web1"; "$topology" kill web1; killed=$(date +%s)
  sleep 10
  # Restarted while the load goes on: a starting node keeps its port closed until it is deployed, so nginx must never
  # hand a request to it early (it answered 404 and 500 for about ten seconds before the port stayed closed).
  say "restarting web1 under the load"; "$topology" restart web1
  local back_lines; back_lines=$(wc -l < "$dir/nginx-access.log")
  local rc=0; account || rc=$?
  local lost_sessions; lost_sessions=$(cat "$work"/browse-* | grep -c ' login$' || true)
  echo "failed requests from 5 s after the kill on, through web1's restart: $(failures_since $((killed + 5)))"
  echo "page requests answered with the login form after the kill (lost sessions): $lost_sessions"
  echo "requests web1 served once restarted: $(tail -n +"$((back_lines + 1))" "$dir/nginx-access.log" \
    | grep -c "127.0.0.1:${ports[0]}\$" || true)"
  [ "$rc" = 0 ] && [ "$lost_sessions" = 0 ]
}

kill_grader() {
  # Each test of this solution waits half a second, so a submission stays RUNNING for about two seconds: long enough
  # to be killed mid-grade on a fast machine (a quick one is graded in 0.2 s and the kill would find nothing running).
  source="import time\ntime.sleep(0.5)\n$source"
  start_load
  sleep $((seconds / 3))
  # Kill it while it grades: a submission RUNNING at the kill is the case the lease exists for.
  local running=0 tries=0
  while [ "$running" = 0 ] && [ "$tries" -lt 600 ]; do
    running=$(sql "SELECT COUNT(*) FROM grading_submission WHERE status = 'RUNNING'"); tries=$((tries + 1))
  done
  say "grading queue before the kill: $(sql "SELECT COUNT(*) FROM grading_queue") rows, running: $running"
  say "kill -9 grader1"; "$topology" kill grader1
  sleep 10
  say "restarting grader1"; "$topology" restart grader1
  account
}

restart_db() {
  start_load
  sleep 15
  say "readiness before: web1 $(readiness "${ports[0]}"), web2 $(readiness "${ports[1]}"), grader1 $(readiness "${ports[2]}")"
  say "stopping MariaDB"; db_stop
  sleep 5
  local down="web1 $(readiness "${ports[0]}"), web2 $(readiness "${ports[1]}"), grader1 $(readiness "${ports[2]}")"
  say "readiness while MariaDB is down: $down"
  sleep $(( ${DRILL_DB_DOWN:-15} - 5 ))
  say "starting MariaDB"; db_start
  local waited=0 up back
  while :; do
    up="web1 $(readiness "${ports[0]}"), web2 $(readiness "${ports[1]}"), grader1 $(readiness "${ports[2]}")"
    [ "$up" = "web1 200, web2 200, grader1 200" ] && break
    [ "$waited" -ge 120 ] && break
    sleep 2; waited=$((waited + 2))
  done
  back=$(date +%s)
  say "readiness after: $up (after $waited s); the load goes on"
  local rc=0; account || rc=$?
  echo "failed requests once every node was ready again (stale connections): $(failures_since $((back + 2)))"
  [[ $down != *200* ]] || { echo "readiness stayed UP while MariaDB was down"; rc=1; }
  [ "$up" = "web1 200, web2 200, grader1 200" ] || { echo "a node did not come back by itself"; rc=1; }
  return "$rc"
}

case ${1:-} in
  db-start) db_start ;;
  db-stop) db_stop ;;
  kill-web) kill_web ;;
  kill-grader) kill_grader ;;
  restart-db) restart_db ;;
  all) rc=0; for d in kill_web kill_grader restart_db; do say "== drill ${d/_/-}"; $d || rc=1; done; exit $rc ;;
  *) sed -n '2,25p' "$0" >&2; exit 2 ;;
esac
