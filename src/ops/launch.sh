#!/usr/bin/env bash
# Starts one CodeRise node: coderise.war on Payara Micro, configured from environment variables.
# The one launcher behind `mvn -Prun`, the Docker image and the local topology
# (src/ops/topology.sh), so a cluster option means the same thing everywhere.
#
# Usage: launch.sh <payara-micro.jar> <coderise.war>   (replaces itself with the Java process: exec)
#
# Environment (all optional):
#   CODERISE_PORT                     HTTP port (8080)
#   CODERISE_DATA_DIR                 this node's data directory (~/.coderise); Payara's files go to <dir>/payara
#   CODERISE_NODE_NAME                instance name in the cluster and the logs (Payara generates one)
#   CODERISE_CLUSTER_MEMBERS          host:port,host:port,... TCP/IP discovery of the data grid (Hazelcast)
#   CODERISE_CLUSTER_DNS              name:port             DNS discovery (a name resolving to every member)
#                                     Neither set: Hazelcast is off (a single node; sessions stay in memory).
#                                     Multicast discovery is never used.
#   CODERISE_CLUSTER_NAME             cluster group name (coderise); nodes with another name never join
#   CODERISE_CLUSTER_PORT             first data grid port to listen on (5900; the next free one is taken)
#   CODERISE_CLUSTER_PUBLIC_ADDRESS   address:port other members reach this one at (behind NAT, in containers)
#   CODERISE_CLUSTER_INTERFACES       interfaces the data grid binds to (e.g. 127.0.0.1 or 10.0.*.*)
#   CODERISE_CLUSTER_HOST_AWARE       true: never keep a backup on a member with the same IP address (Payara's
#                                     default); set false when several members share one address (loopback)
#   CODERISE_JAVA_OPTS                JVM options (-XX:MaxRAMPercentage=60)
set -euo pipefail
micro_jar=$1
war=$2
here=$(cd "$(dirname "$0")" && pwd)
export CODERISE_DATA_DIR=${CODERISE_DATA_DIR:-$HOME/.coderise}
mkdir -p "$CODERISE_DATA_DIR"
# The pre-boot files sit beside this script in the image, in src/build in the source tree. Pre-boot, not post-boot:
# a post-boot `set` on the HTTP listener restarts it, and the restarted listener could fail to bind its own port
# (still closing) and end up on none, or on the next one. pre-boot.asadmin is a single node's (session replication
# off: on, without a data grid, every request logged "Hazelcast is not enabled"); a cluster member adds
# pre-boot-cluster.asadmin to it.
build_files=$here
[ -f "$build_files/pre-boot.asadmin" ] || build_files=$here/../build
pre_boot=$CODERISE_DATA_DIR/pre-boot.asadmin
post_deploy=$CODERISE_DATA_DIR/post-deploy.asadmin
cp "$build_files/pre-boot.asadmin" "$pre_boot"
# The HTTP listener stays closed until the WAR is deployed: a starting node refuses connections, which nginx passes on
# to another node, instead of answering 404 and 500 for ten seconds. (Not in pre-boot.asadmin: the tests' Arquillian
# connector reads the HTTP address from the deployment report, which has none while the listener is closed.) Opening
# a listener that never bound is a first bind, not the rebind that failed as a post-boot command.
http_listener=configs.config.server-config.network-config.network-listeners.network-listener.http-listener
echo "set $http_listener.enabled=false" >> "$pre_boot"
echo "set $http_listener.enabled=true" > "$post_deploy"

# Payara's root directory keeps the last run's domain.xml, which deploys the old WAR at start; --deploy then
# undeployed it and deployed again, a few seconds after /health/ready had said UP (the node answered 404 and 500
# meanwhile). Each start begins from a fresh root; only the logs are kept.
payara_root=$CODERISE_DATA_DIR/payara
if [ -d "$payara_root" ]; then
  find "$payara_root" -mindepth 1 -maxdepth 1 ! -name logs -exec rm -rf {} +
fi

args=(--deploy "$war" --contextroot / --port "${CODERISE_PORT:-8080}" --disablephonehome
      --rootdir "$payara_root" --prebootcommandfile "$pre_boot" --postdeploycommandfile "$post_deploy")
[ -n "${CODERISE_NODE_NAME:-}" ] && args+=(--name "$CODERISE_NODE_NAME")

if [ -n "${CODERISE_CLUSTER_MEMBERS:-}" ] && [ -n "${CODERISE_CLUSTER_DNS:-}" ]; then
  echo "launch.sh: set CODERISE_CLUSTER_MEMBERS or CODERISE_CLUSTER_DNS, not both" >&2
  exit 2
elif [ -n "${CODERISE_CLUSTER_MEMBERS:-}${CODERISE_CLUSTER_DNS:-}" ]; then
  if [ -n "${CODERISE_CLUSTER_MEMBERS:-}" ]; then
    args+=(--clustermode "tcpip:$CODERISE_CLUSTER_MEMBERS")
  else
    args+=(--clustermode "dns:$CODERISE_CLUSTER_DNS")
  fi
  cat "$build_files/pre-boot-cluster.asadmin" >> "$pre_boot"
  args+=(--clustername "${CODERISE_CLUSTER_NAME:-coderise}" --startport "${CODERISE_CLUSTER_PORT:-5900}")
  [ -n "${CODERISE_CLUSTER_PUBLIC_ADDRESS:-}" ] && args+=(--hzpublicaddress "$CODERISE_CLUSTER_PUBLIC_ADDRESS")
  [ -n "${CODERISE_CLUSTER_INTERFACES:-}" ] && args+=(--interfaces "$CODERISE_CLUSTER_INTERFACES")
  [ "${CODERISE_CLUSTER_HOST_AWARE:-true}" = false ] && args+=(--nohostaware)
  echo "CodeRise: node ${CODERISE_NODE_NAME:-} joins cluster ${CODERISE_CLUSTER_NAME:-coderise} (${CODERISE_CLUSTER_MEMBERS:-dns $CODERISE_CLUSTER_DNS})"
else
  args+=(--nohazelcast)
fi

echo "CodeRise: starting on http://localhost:${CODERISE_PORT:-8080}/ (data in $CODERISE_DATA_DIR)"
# shellcheck disable=SC2086 # CODERISE_JAVA_OPTS is a list of options
exec java ${CODERISE_JAVA_OPTS:--XX:MaxRAMPercentage=60} -jar "$micro_jar" "${args[@]}"
