#!/usr/bin/env bash
# Starts the built coderise.war on Payara Micro for local use (called by `mvn -Prun`).
# Hazelcast and phone-home stay off: a local run must not reach out to the network.
set -euo pipefail
target=$1
port=${CODERISE_PORT:-8080}
export CODERISE_DATA_DIR=${CODERISE_DATA_DIR:-$HOME/.coderise}
mkdir -p "$CODERISE_DATA_DIR"
echo "CodeRise: starting on http://localhost:$port/ (data in $CODERISE_DATA_DIR)"
exec java -jar "$target/payara-micro.jar" \
  --deploy "$target/coderise.war" --contextroot / --port "$port" \
  --nohazelcast --disablephonehome --rootdir "$CODERISE_DATA_DIR/payara" \
  --postbootcommandfile "$(dirname "$0")/post-boot.asadmin"
