#!/usr/bin/env bash
# The load test's ramp: runs LearnersSimulation (Gatling) at growing numbers of learners until the p95 of page
# requests exceeds 500 ms or more than 1 % of requests fail (the knee), and writes per level the figures and the
# evidence for the bottleneck to target/load/results.md.
#
#   src/load/ramp.sh [LEVEL...]          e.g. src/load/ramp.sh 2 4 8 16 32   (default 2 4 8 16 32 64)
#
# Environment:
#   LOAD_URL        the site as learners reach it (default http://127.0.0.1:8080/: nginx or one node)
#   LOAD_SECONDS    how long each level holds its learners (default 60), LOAD_RAMP its ramp-up (default 10)
#   LOAD_NODE_PORTS HTTP ports of the CodeRise nodes to account for (default: LOAD_URL's port)
#   LOAD_DB         database to read the grading queue from (default coderise_load), LOAD_DB_PORT its MariaDB's port
#                   (default 3306; read as coderise/coderise over TCP)
#   LOAD_WEB_NODES  number of web nodes behind LOAD_URL, to state learners per node (default 1)
#   LOAD_STOP       false: run every level even past the knee, to see the trend (default true)
# Evidence per level, over the level's whole run: CPU cores used by each CodeRise JVM (labelled by its HTTP port and
# role; its sandboxed children, reaped by it, counted apart), by MariaDB, by the load generator (Maven + Gatling, all
# reaped by this script) and by the whole machine (other agents' work included: the load average is printed too);
# the web JVMs' CPU milliseconds per request and the grading JVMs' CPU seconds per graded submission (own + sandbox),
# which do not depend on what else the machine runs; MariaDB queries/s and peak Threads_running; the grading queue's
# peak length. Read-only on the processes it watches: it starts and stops nothing but Gatling.
set -euo pipefail
cd "$(dirname "$0")/../.."
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(2 4 8 16 32 64)
url=${LOAD_URL:-http://127.0.0.1:8080/}
seconds=${LOAD_SECONDS:-60}
ramp=${LOAD_RAMP:-10}
db=${LOAD_DB:-coderise_load}
db_port=${LOAD_DB_PORT:-3306}
node_ports=${LOAD_NODE_PORTS:-$(sed -n 's|.*://[^:/]*:\([0-9]*\).*|\1|p' <<< "$url")}
stop=${LOAD_STOP:-true}
web_nodes=${LOAD_WEB_NODES:-1}
out=target/load
mkdir -p "$out"
results=$out/results.md
hz=$(getconf CLK_TCK)

mysql_() { mysql --protocol=TCP -h127.0.0.1 -P"$db_port" -ucoderise -pcoderise -N -B "$@" 2>/dev/null; }
sql() { mysql_ "$db" -e "$1" || echo "?"; }
status_var() { mysql_ -e "SHOW GLOBAL STATUS LIKE '$1'" | awk '{print $2}'; }

# label=pid for every process to account for: the CodeRise JVMs on node_ports (by port and role), MariaDB on db_port.
watched() {
  local pid port role
  for pid in $(pgrep -f 'payara-micro.jar' || true); do
    port=$(tr '\0' ' ' < "/proc/$pid/cmdline" | sed -n 's/.*--port \([0-9]*\).*/\1/p')
    [[ " $node_ports " == *" $port "* ]] || continue
    role=$(tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | sed -n 's/^CODERISE_NODE_ROLE=//p')
    echo "coderise:$port:${role:-both}=$pid"
  done
  # Not `ss | grep -q`: grep -q stops reading early, ss dies of SIGPIPE and pipefail turns the match into a failure.
  local listener; listener=$(ss -ltnp 2>/dev/null | grep ":$db_port " || true)
  for pid in $(pgrep -x mariadbd || pgrep -x mysqld || true); do
    [[ $listener == *"pid=$pid,"* ]] && echo "mariadb=$pid"
  done
}

# utime+stime (own) and cutime+cstime (reaped children: the sandboxed runs of a node) in clock ticks.
ticks() { awk '{print $14+$15, $16+$17}' "/proc/$1/stat" 2>/dev/null || echo "0 0"; }
machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }

if [ ! -f "$results" ]; then
  {
    echo "# Load test results"
    echo
    echo "| learners | per web node | req/s | pages p50 / p95 / p99 (ms) | submit→result p50 / p95 / p99 (ms) | run p95 (ms) | errors | load avg | cores used: machine · CodeRise JVMs (own + sandbox) · MariaDB · load generator | web CPU ms / request | grading CPU s / submission | DB q/s · peak threads running | peak queue |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  } > "$results"
fi

mvn -o -q -B -Pload test-compile
for users in "${levels[@]}"; do
  echo "== level: $users learners at $url ($seconds s after a $ramp s ramp)"
  declare -A own=() kids=()
  mapfile -t procs < <(watched)
  for p in "${procs[@]}"; do read -r o k < <(ticks "${p#*=}"); own[$p]=$o; kids[$p]=$k; done
  read -r busy0 total0 < <(machine_busy)
  q0=$(status_var Questions); t0=$(date +%s.%N)
  read -r _ self0 < <(ticks $$)
  graded0=$(sql "SELECT COUNT(*) FROM grading_submission WHERE status IN ('GRADED','FAILED')")
  peak_threads=0; peak_queue=0
  mvn -o -q -B -Pload gatling:test -Dload.url="$url" -Dload.users="$users" -Dload.seconds="$seconds" \
      -Dload.ramp="$ramp" > "$out/level-$users.log" 2>&1 &
  gatling=$!
  while kill -0 "$gatling" 2>/dev/null; do
    running=$(status_var Threads_running); queue=$(sql "SELECT COUNT(*) FROM grading_queue")
    [[ $running =~ ^[0-9]+$ ]] && [ "$running" -gt "$peak_threads" ] && peak_threads=$running
    [[ $queue =~ ^[0-9]+$ ]] && [ "$queue" -gt "$peak_queue" ] && peak_queue=$queue
    sleep 3
  done
  wait "$gatling" || echo "   (Gatling exited non-zero: see $out/level-$users.log)"
  t1=$(date +%s.%N); q1=$(status_var Questions)
  read -r _ self1 < <(ticks $$)
  graded=$(( $(sql "SELECT COUNT(*) FROM grading_submission WHERE status IN ('GRADED','FAILED')") - graded0 ))
  read -r busy1 total1 < <(machine_busy)
  elapsed=$(echo "$t1 - $t0" | bc -l)
  cores() { echo "scale=2; $1 / $hz / $elapsed" | bc -l; }
  jvms=""; mariadb=0; web_ticks=0; grading_ticks=0
  for p in "${procs[@]}"; do
    read -r o k < <(ticks "${p#*=}")
    d_own=$((o - ${own[$p]})); d_kids=$((k - ${kids[$p]}))
    case $p in
      coderise:*) jvms+="${p%%=*} $(cores $d_own) + $(cores $d_kids); " ;;&
      coderise:*:web=*) web_ticks=$((web_ticks + d_own + d_kids)) ;;
      coderise:*:grader=*) grading_ticks=$((grading_ticks + d_own + d_kids)) ;;
      coderise:*:both=*) web_ticks=$((web_ticks + d_own + d_kids)); grading_ticks=$((grading_ticks + d_own + d_kids)) ;;
      mariadb=*) mariadb=$(cores $d_own) ;;
    esac
  done
  machine=$(echo "scale=2; $(nproc) * ($busy1 - $busy0) / ($total1 - $total0)" | bc -l)
  report=$(grep -o 'file://[^ ]*index.html' "$out/level-$users.log" | tail -1 | sed 's|file://||; s|/index.html||')
  if [ -z "$report" ] || [ ! -f "$report/js/stats.json" ]; then
    echo "   no Gatling report: see $out/level-$users.log"; exit 1
  fi
  stats=$report/js/stats.json
  group() { jq -r --arg g "$1" --arg f "$2" '[.contents[] | select(.name == $g) | .stats[$f].total] | first // "-"' "$stats"; }
  total=$(jq '.stats.numberOfRequests.total' "$stats"); ko=$(jq '.stats.numberOfRequests.ko' "$stats")
  rps=$(jq '.stats.meanNumberOfRequestsPerSecond.total * 100 | round / 100' "$stats")
  errors=$(echo "scale=2; 100 * $ko / $total" | bc -l)
  p95=$(group pages percentiles3)
  row="| $users | $(echo "scale=1; $users / $web_nodes" | bc -l) | $rps"
  row+=" | $(group pages percentiles1) / $p95 / $(group pages percentiles4)"
  row+=" | $(group submit-to-result percentiles1) / $(group submit-to-result percentiles3) / $(group submit-to-result percentiles4)"
  row+=" | $(group run percentiles3) | $ko of $total ($errors %) | $(cut -d' ' -f1-3 /proc/loadavg)"
  row+=" | $machine · ${jvms% } · $mariadb · $(cores $((self1 - self0)))"
  row+=" | $(echo "scale=1; 1000 * $web_ticks / $hz / $total" | bc -l)"
  row+=" | $([ "$graded" -gt 0 ] && echo "scale=2; $grading_ticks / $hz / $graded" | bc -l || echo -) ($graded graded)"
  row+=" | $(echo "scale=1; ($q1 - $q0) / $elapsed" | bc -l) · $peak_threads | $peak_queue |"
  echo "$row" | tee -a "$results"
  if [ "$p95" = "-" ] || [ "$p95" -gt 500 ] || [ "$(echo "$errors > 1" | bc -l)" = 1 ]; then
    [ "$stop" = false ] && { echo "== past the knee (page p95 $p95 ms, errors $errors %): going on (LOAD_STOP=false)"; continue; }
    echo "== knee: at $users learners the page p95 is $p95 ms and errors $errors % (limits 500 ms, 1 %)"
    echo "Knee at $users learners ($(date -u +%FT%TZ), $url): page p95 $p95 ms, errors $errors %." >> "$results"
    break
  fi
done
echo "Results: $results"
