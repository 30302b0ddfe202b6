#!/usr/bin/env bash
# The production topology as local processes on loopback, without Docker: MariaDB (already running), two web nodes,
# one grading node and Debian's nginx in front. Every node is started by src/ops/launch.sh, like the Docker image.
#
# Usage: src/ops/topology.sh start|stop|status|kill NODE|restart NODE     (run as root, from anywhere)
#   start          builds nothing: needs target/coderise.war and target/payara-micro.jar (mvn -o -DskipTests -Dexec.skip package);
#                  creates the database if missing, starts web1 first (it migrates the schema and imports courses),
#                  then web2 and grader1, then nginx; waits until every node is ready; prints the URLs
#   stop           stops everything this script started (nginx, then the nodes; by the pids it wrote)
#   status         each node's pid, role, readiness and the data grid size it last logged; nginx's pid
#   kill NODE      kill -9 one node (web1, web2 or grader1): a failure drill
#   restart NODE   starts a stopped or killed node again and waits until it is ready
#
# Environment (defaults in brackets):
#   CODERISE_TOPOLOGY_DIR      where data dirs, logs, pids and the nginx config go [/tmp/cluster-topology]
#                              (<dir>/<node>/ is each node's CODERISE_DATA_DIR, <dir>/<node>.log its log)
#   CODERISE_PROXY_PORT        nginx's port [8150]
#   CODERISE_TOPOLOGY_PORTS    HTTP ports of web1, web2 and grader1 [8141 8142 8143]
#   CODERISE_CLUSTER_PORT      data grid port of web1; web2 and grader1 take the next two [5900]
#   CODERISE_DB_URL, CODERISE_DB_USER, CODERISE_DB_PASSWORD
#                              [jdbc:mysql://127.0.0.1:3306/coderise_cluster, coderise, coderise]
#   CODERISE_COURSES_DIR       [courses of this repository]
#   CODERISE_TOPOLOGY_WAR, CODERISE_TOPOLOGY_MICRO_JAR   [target/coderise.war, target/payara-micro.jar]
#   CODERISE_TOPOLOGY_JAVA_OPTS   JVM options of each node [-Xmx768m]
#   Other CODERISE_* variables (README "Configuration") are passed on to every node.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${CODERISE_TOPOLOGY_DIR:-/tmp/cluster-topology}
proxy_port=${CODERISE_PROXY_PORT:-8150}
read -r -a ports <<< "${CODERISE_TOPOLOGY_PORTS:-8141 8142 8143}"
hz_port=${CODERISE_CLUSTER_PORT:-5900}
nodes=(web1 web2 grader1)
roles=(web web grader)
war=${CODERISE_TOPOLOGY_WAR:-$repo/target/coderise.war}
micro_jar=${CODERISE_TOPOLOGY_MICRO_JAR:-$repo/target/payara-micro.jar}
db_url=${CODERISE_DB_URL:-jdbc:mysql://127.0.0.1:3306/coderise_cluster}

index_of() {
  local i
  for i in "${!nodes[@]}"; do [ "${nodes[$i]}" = "$1" ] && { echo "$i"; return; }; done
  echo "topology.sh: unknown node $1 (web1, web2 or grader1)" >&2
  exit 2
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_node() {
  local i=$1 name=${nodes[$1]}
  if alive "$dir/$name.pid"; then echo "$name: already running (pid $(cat "$dir/$name.pid"))"; return; fi
  mkdir -p "$dir/$name"
  # A node killed with SIGKILL leaves its slots' tmpfs work dirs mounted, owned by uids the next start may not get:
  # the sandbox could not enter them. Nothing runs there any more, so drop them.
  awk -v d="$dir/$name/sandbox/" 'index($2, d) == 1 {print $2}' /proc/mounts | xargs -r umount -l
  rm -rf "$dir/$name/sandbox/slots"
  local members=127.0.0.1:$hz_port,127.0.0.1:$((hz_port + 1)),127.0.0.1:$((hz_port + 2))
  # setsid: the node survives the shell that started it and `stop` can end its whole process group.
  # Its working directory is its data dir: the sandbox's jail starts there, so slot users must be able to enter it.
  (cd "$dir/$name" && exec env CODERISE_DATA_DIR=$dir/$name CODERISE_PORT=${ports[$i]} CODERISE_NODE_NAME=$name CODERISE_NODE_ROLE=${roles[$i]} \
  CODERISE_CLUSTER_MEMBERS=$members CODERISE_CLUSTER_PORT=$((hz_port + i)) CODERISE_CLUSTER_INTERFACES=127.0.0.1 \
  CODERISE_CLUSTER_HOST_AWARE=false CODERISE_CLUSTER_NAME=${CODERISE_CLUSTER_NAME:-coderise-local} \
  CODERISE_DB_URL=$db_url CODERISE_DB_USER=${CODERISE_DB_USER:-coderise} \
  CODERISE_DB_PASSWORD=${CODERISE_DB_PASSWORD:-coderise} CODERISE_COURSES_DIR=${CODERISE_COURSES_DIR:-$repo/courses} \
  CODERISE_TRUSTED_PROXIES=${CODERISE_TRUSTED_PROXIES:-127.0.0.1} \
  CODERISE_JAVA_OPTS=${CODERISE_TOPOLOGY_JAVA_OPTS:--Xmx768m} \
    setsid "$repo/src/ops/launch.sh" "$micro_jar" "$war" > "$dir/$name.log" 2>&1 < /dev/null) &
  echo $! > "$dir/$name.pid"
  echo "$name: started (pid $!, role ${roles[$i]}, http ${ports[$i]}, log $dir/$name.log)"
}

wait_ready() {
  local name=${nodes[$1]} port=${ports[$1]} waited=0
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    alive "$dir/$name.pid" || { echo "$name: died while starting, see $dir/$name.log" >&2; tail -20 "$dir/$name.log" >&2; exit 1; }
    [ $waited -ge 300 ] && { echo "$name: not ready after 300 s, see $dir/$name.log" >&2; exit 1; }
    sleep 3; waited=$((waited + 3))
  done
  echo "$name: ready after ${waited} s"
}

start_nginx() {
  if alive "$dir/nginx.pid"; then echo "nginx: already running"; return; fi
  command -v nginx > /dev/null || apt-get install -y nginx-light
  mkdir -p "$dir/nginx/temp"
  CODERISE_PROXY_PORT=$proxy_port CODERISE_WEB1=127.0.0.1:${ports[0]} CODERISE_WEB2=127.0.0.1:${ports[1]} \
    envsubst '${CODERISE_PROXY_PORT} ${CODERISE_WEB1} ${CODERISE_WEB2}' \
    < "$repo/docker/nginx.conf.template" > "$dir/nginx/coderise.conf"
  cat > "$dir/nginx/nginx.conf" <<CONF
# Written by src/ops/topology.sh: Debian's nginx, run as root by the script, workers as www-data.
user www-data;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    # The upstream last: src/ops/failover-drill.py reads which node served a request from it.
    log_format coderise '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent \$request_time \$upstream_addr';
    access_log $dir/nginx-access.log coderise;
    client_body_temp_path $dir/nginx/temp/body;
    proxy_temp_path $dir/nginx/temp/proxy;
    fastcgi_temp_path $dir/nginx/temp/fastcgi;
    uwsgi_temp_path $dir/nginx/temp/uwsgi;
    scgi_temp_path $dir/nginx/temp/scgi;
    include $dir/nginx/coderise.conf;
}
CONF
  chown -R www-data "$dir/nginx/temp"
  nginx -t -q -c "$dir/nginx/nginx.conf"
  nginx -c "$dir/nginx/nginx.conf"
  echo "nginx: http://127.0.0.1:$proxy_port/ -> web1 :${ports[0]}, web2 :${ports[1]}"
}

create_database() {
  local name=${db_url##*/}
  name=${name%%\?*}
  # The account (CODERISE_DB_USER) must already have rights on it.
  mysql -uroot -e "CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4" 2>/dev/null \
    || echo "database: could not create $name as root; assuming it exists"
}

stop_pid() {
  local file=$1 name=$2
  if alive "$file"; then
    kill -TERM -- "-$(cat "$file")" 2>/dev/null || kill -TERM "$(cat "$file")"
    for _ in $(seq 30); do alive "$file" || break; sleep 1; done
    alive "$file" && kill -KILL -- "-$(cat "$file")" 2>/dev/null
    echo "$name: stopped"
  fi
  rm -f "$file"
}

status() {
  local i
  for i in "${!nodes[@]}"; do
    local name=${nodes[$i]} state=down ready grid
    alive "$dir/$name.pid" && state="pid $(cat "$dir/$name.pid")"
    ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/health/ready" || true)
    grid=$(grep -a "DG Size" "$dir/$name.log" 2>/dev/null | tail -1 | sed 's/.*DG Size: //' || true)
    echo "$name: $state, role ${roles[$i]}, http ${ports[$i]}, /health/ready $ready, data grid members ${grid:-?}"
  done
  if alive "$dir/nginx.pid"; then echo "nginx: pid $(cat "$dir/nginx.pid"), port $proxy_port"; else echo "nginx: down"; fi
}

case ${1:-} in
  start)
    [ -f "$war" ] && [ -f "$micro_jar" ] || { echo "Build first: mvn -o -DskipTests -Dexec.skip package ($war)" >&2; exit 1; }
    mkdir -p "$dir"
    create_database
    # One node first: it migrates the schema and imports the courses; the others then find both done.
    start_node 0; wait_ready 0
    start_node 1; start_node 2
    wait_ready 1; wait_ready 2
    start_nginx
    echo "CodeRise topology up: http://127.0.0.1:$proxy_port/"
    ;;
  stop)
    stop_pid "$dir/nginx.pid" nginx
    for name in "${nodes[@]}"; do stop_pid "$dir/$name.pid" "$name"; done
    ;;
  status) status ;;
  kill)
    name=${2:?node}; index_of "$name" > /dev/null
    if alive "$dir/$name.pid"; then
      kill -KILL -- "-$(cat "$dir/$name.pid")"
      while alive "$dir/$name.pid"; do sleep 0.1; done   # gone before `restart` looks
      echo "$name: killed (SIGKILL)"
    fi
    ;;
  restart)
    i=$(index_of "${2:?node}")
    start_node "$i"; wait_ready "$i"
    ;;
  *) sed -n '2,30p' "$0" >&2; exit 2 ;;
esac
