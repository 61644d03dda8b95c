#!/usr/bin/env bash
# Runs Netra: builds the EAR, fetches Payara Server from Maven Central on first use, prepares the
# domain "netra" with its data source, deploys, waits until healthy and prints the URLs.
#
#   ./run.sh          start (or redeploy) with the demo agency DEMO
#   ./run.sh stop     stop the server
#
# Settings (environment): NETRA_PORTBASE (8000: http 8080, admin 8048), NETRA_DEMO_ENABLED (true),
# NETRA_DEMO_SSO (true: a Keycloak on port base+180 as the demo's single sign-on, when a JDK 21+
# is on the machine), NETRA_DB_KIND and the NETRA_DB_* variables for PostgreSQL (config/README.md).
set -euo pipefail
cd "$(dirname "$0")"

PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
HOME_DIR=$PWD/.netra
PAYARA=$HOME_DIR/payara6
DOMAIN=netra
PORTBASE=${NETRA_PORTBASE:-8000}
HTTP_PORT=$((PORTBASE + 80))
PORTAL_PORT=$((PORTBASE + 90))
PORTAL_PID=$PWD/.netra/demo-portal.pid
ADMIN_PORT=$((PORTBASE + 48))
ASADMIN="$PAYARA/bin/asadmin"
KEYCLOAK_DIR=$HOME_DIR/keycloak
KEYCLOAK_PORT=$((PORTBASE + 180))
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)

stop_portal() {
  if [ -f "$PORTAL_PID" ]; then
    kill "$(cat "$PORTAL_PID")" 2>/dev/null || true
    rm -f "$PORTAL_PID"
  fi
}

if [ "${1:-start}" = "stop" ]; then
  stop_portal
  [ ! -d "$KEYCLOAK_DIR" ] || bash config/keycloak/keycloak.sh stop --dist "$KEYCLOAK_DIR"
  if [ -x "$ASADMIN" ]; then "$ASADMIN" stop-domain "$DOMAIN"; else echo "Netra is not installed here."; fi
  exit 0
fi
[ "${1:-start}" = "start" ] || { echo "usage: ./run.sh [start|stop]" >&2; exit 2; }

command -v java >/dev/null || { echo "Netra needs Java 17 (apt-get install openjdk-17-jdk-headless)." >&2; exit 1; }
command -v curl >/dev/null || { echo "run.sh needs curl (apt-get install curl)." >&2; exit 1; }

echo "==> Building Netra"
./mvnw -q -B -DskipTests -DskipITs=true package

if [ ! -x "$ASADMIN" ]; then
  echo "==> Fetching Payara Server $PAYARA_VERSION from Maven Central (first run only)"
  mkdir -p "$HOME_DIR"
  ./mvnw -q -B dependency:unpack -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
    -DoutputDirectory="$HOME_DIR" -Dmdep.markersDirectory="$HOME_DIR/markers"
fi

SSO_LINE="  SSO            off (NETRA_DEMO_SSO=false, or no JDK 21+ for Keycloak)"
if [ "${NETRA_DEMO_SSO:-true}" = true ] && [ "${NETRA_DEMO_ENABLED:-true}" = true ]; then
  if [ ! -d "$KEYCLOAK_DIR/keycloak-$KEYCLOAK_VERSION" ]; then
    echo "==> Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (first run only)"
    rm -rf "$KEYCLOAK_DIR"
    ./mvnw -q -B dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" \
      -DoutputDirectory="$KEYCLOAK_DIR" -Dmdep.markersDirectory="$KEYCLOAK_DIR/markers"
  fi
  # It boots while Payara does; the URLs wait for it below.
  if bash config/keycloak/keycloak.sh start --dist "$KEYCLOAK_DIR" --port "$KEYCLOAK_PORT"; then
    export NETRA_SSO_PROVIDERS=keycloak
    export NETRA_SSO_KEYCLOAK_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/netra"
    export NETRA_SSO_KEYCLOAK_CLIENT_ID=netra-console
    export NETRA_SSO_KEYCLOAK_LABEL="SSO BKN (Keycloak)"
    export NETRA_SSO_KEYCLOAK_CENTRAL_AGENCIES=BKN
    export NETRA_SECRET_NETRA_SSO_KEYCLOAK_CLIENT_SECRET=netra-console-demo-secret
    SSO_LINE="  SSO            http://localhost:$KEYCLOAK_PORT/realms/netra   (Keycloak; the console's \"Masuk dengan SSO BKN\":
                 sari.sso = DEMO admin, joko.sso = DEMO officer, dewi.pusat = central auditor;
                 password Sso-Demo-2026!; Keycloak's own admin: admin / admin)"
  fi
fi

echo "==> Preparing the Payara domain $DOMAIN"
NETRA_CORS_ALLOWED_ORIGINS=${NETRA_CORS_ALLOWED_ORIGINS:-http://localhost:$PORTAL_PORT} \
NETRA_DEMO_ENABLED=${NETRA_DEMO_ENABLED:-true} NETRA_DATA_DIR=${NETRA_DATA_DIR:-$HOME_DIR/data} \
  bash config/payara/setup-domain.sh --payara "$PAYARA" --domain "$DOMAIN" --portbase "$PORTBASE" \
  --drivers ear/target/drivers --keep-running

echo "==> Deploying netra.ear"
"$ASADMIN" --port "$ADMIN_PORT" deploy --force=true --name netra ear/target/netra.ear >/dev/null

echo -n "==> Waiting until Netra is healthy "
for _ in $(seq 1 90); do
  if curl -fsS "http://localhost:$HTTP_PORT/netra/api/v1/health" >/dev/null 2>&1; then
    echo " up."
    # The demo's HR portal: its own origin, embedding the widget as an agency's portal would.
    stop_portal
    nohup java config/demo/portal/DemoPortal.java --port "$PORTAL_PORT" \
      --netra "http://localhost:$HTTP_PORT" >"$HOME_DIR/demo-portal.log" 2>&1 &
    echo $! >"$PORTAL_PID"
    # The portal compiles itself on start: the URLs are printed once it answers.
    for _ in $(seq 1 60); do
      curl -fsS -o /dev/null "http://localhost:$PORTAL_PORT/" 2>/dev/null && break
      kill -0 "$(cat "$PORTAL_PID")" 2>/dev/null || { echo "The demo HR portal did not start: $HOME_DIR/demo-portal.log" >&2; break; }
      sleep 0.5
    done
    if [ -n "${NETRA_SSO_PROVIDERS:-}" ]; then
      bash config/keycloak/keycloak.sh wait --dist "$KEYCLOAK_DIR" --port "$KEYCLOAK_PORT" >/dev/null ||
        SSO_LINE="  SSO            Keycloak did not start: $KEYCLOAK_DIR/keycloak.log"
    fi
    cat <<INFO

Netra is running.

  API            http://localhost:$HTTP_PORT/netra/api/v1
  Health         http://localhost:$HTTP_PORT/netra/api/v1/health
  OpenAPI        http://localhost:$HTTP_PORT/openapi
  Console        http://localhost:$HTTP_PORT/netra/console/   (admin / officer / ppk / auditor)
  Widget         http://localhost:$HTTP_PORT/netra/widget/netra-prompts.js
  Demo HR portal http://localhost:$PORTAL_PORT/   (the widget embedded for a demo employee; ?lang=en)
$SSO_LINE
  Payara admin   http://localhost:$ADMIN_PORT   (no password; local only)
  Server log     $PAYARA/glassfish/domains/$DOMAIN/logs/server.log

Demo SIMPEG (the agency's own HR database, connected by config/demo/connectors/demo-simpeg.yaml):
  JDBC           jdbc:h2:file:$PWD/.netra/data/demo-simpeg;MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE
                 user simpeg, password simpeg
  Connector      T=\$(curl -s -u admin:netra-demo -H 'Accept: text/plain' -X POST http://localhost:$HTTP_PORT/netra/api/v1/auth/token)
                 curl --oauth2-bearer "\$T" http://localhost:$HTTP_PORT/netra/api/v1/admin/connectors/demo-simpeg/runs

Demo credentials (agency DEMO; demo profile only, never in production):
  HR-system API key   X-API-Key: netra_demo0001_DemoKeyForAgencyDEMOonly
  Console accounts    admin / officer / ppk / auditor, password netra-demo

Try it:
  curl -H 'X-API-Key: netra_demo0001_DemoKeyForAgencyDEMOonly' \\
       'http://localhost:$HTTP_PORT/netra/api/v1/employees?limit=3'

Stop with ./run.sh stop. The README has a tour of the API.
INFO
    exit 0
  fi
  echo -n "."
  sleep 2
done
echo
echo "Netra did not become healthy; see $PAYARA/glassfish/domains/$DOMAIN/logs/server.log" >&2
exit 1
