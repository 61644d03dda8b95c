#!/usr/bin/env bash
# Starts or stops a Keycloak (the quarkus distribution from Maven Central) with Netra's realm: the
# real OpenID Connect provider the console's single sign-on is tested and demonstrated against.
#
#   keycloak.sh start --dist DIR --port 18180 [--realm FILE] [--wait]
#   keycloak.sh wait  --dist DIR --port 18180
#   keycloak.sh stop  --dist DIR
#
# Keycloak 26 needs Java 21 or newer: JAVA_HOME_KEYCLOAK, else the newest JDK under /usr/lib/jvm
# that is 21+. Its management interface (health) listens on the port after --port. Development
# mode (start-dev): HTTP, an embedded database under DIR/data; never a production set-up.
set -euo pipefail

cmd=${1:?start, wait or stop}
shift
dist="" port=18180 realm="$(cd "$(dirname "$0")" && pwd)/netra-realm.json" wait=false
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --realm) realm=$2; shift 2 ;;
    --wait) wait=true; shift ;;
    *) echo "keycloak.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$dist" ] || { echo "keycloak.sh: --dist is required" >&2; exit 2; }
mkdir -p "$dist" && dist=$(cd "$dist" && pwd)
home=$(find "$dist" -maxdepth 3 -name kc.sh -path '*/bin/*' -print -quit 2>/dev/null | xargs -r dirname | xargs -r dirname)
pidfile="$dist/keycloak.pid"
log="$dist/keycloak.log"

java21() {
  local candidates=()
  [ -n "${JAVA_HOME_KEYCLOAK:-}" ] && candidates+=("$JAVA_HOME_KEYCLOAK")
  for j in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do candidates+=("$j"); done
  for j in "${candidates[@]}"; do
    [ -x "$j/bin/java" ] || continue
    local v
    v=$("$j/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$j"; return 0; fi
  done
  return 1
}

stop() {
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
}

await() {
  local url="http://localhost:$port/realms/netra/.well-known/openid-configuration"
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then echo "Keycloak is up: http://localhost:$port"; return 0; fi
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "Keycloak did not come up; its log, $log:" >&2
  tail -40 "$log" >&2 || true
  return 1
}

case "$cmd" in
  stop) stop ;;
  wait) await ;;
  start)
    [ -n "$home" ] || { echo "keycloak.sh: no Keycloak distribution under $dist" >&2; exit 1; }
    jdk=$(java21) || { echo "keycloak.sh: Keycloak needs Java 21+; set JAVA_HOME_KEYCLOAK" >&2; exit 1; }
    stop
    mkdir -p "$home/data/import"
    cp "$realm" "$home/data/import/netra-realm.json"
    (
      cd "$home"
      export JAVA_HOME="$jdk"
      export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
      export JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m"
      nohup bash bin/kc.sh start-dev --http-port "$port" --http-management-port $((port + 1)) \
        --import-realm --health-enabled=true >"$log" 2>&1 &
      echo $! >"$pidfile"
    )
    echo "Keycloak starting on http://localhost:$port (log: $log)"
    if $wait; then await; fi
    ;;
  *) echo "keycloak.sh: start, wait or stop" >&2; exit 2 ;;
esac
