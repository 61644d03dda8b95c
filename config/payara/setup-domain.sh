#!/usr/bin/env bash
# Creates (or updates) a Payara domain for Netra: JDBC drivers, the jdbc/netra data source, and
# Netra's system properties. Used by ./run.sh (the demo) and by the test build (its own domain).
#
#   setup-domain.sh --payara DIR --domain NAME --portbase N --drivers DIR
#                   [--fresh] [--reset-h2] [--keep-running] [--timezone ZONE]
#
# --fresh deletes and recreates the domain; --reset-h2 deletes the H2 database files (tests only).
#
# The database comes from the environment (config/README.md):
#   NETRA_DB_KIND=h2 (default)  file-backed H2 under $NETRA_DATA_DIR (default ./.netra/data)
#   NETRA_DB_KIND=postgresql    NETRA_DB_HOST, NETRA_DB_PORT (5432), NETRA_DB_NAME, NETRA_DB_USER,
#                               NETRA_DB_PASSWORD (stored as the Payara password alias netra-db-password)
# Other settings: NETRA_DEMO_ENABLED (false), NETRA_BOOTSTRAP_ADMIN_PASSWORD, NETRA_PUBLIC_BASE_URL,
# NETRA_CONNECTORS_DIR (the folder of connector files; config/demo/connectors with the demo),
# NETRA_OUTBOX_LEASE (how long a delivery attempt holds a message, ISO-8601, default PT2M),
# NETRA_CORS_ALLOWED_ORIGINS (the HR portals' origins that embed the widget, comma separated),
# NETRA_TRUSTED_PROXIES (reverse proxies whose X-Forwarded-For names the caller, comma separated),
# NETRA_DOCUMENTS_FOLDER (a folder for case documents; default: the database),
# NETRA_DOCUMENTS_MAX_BYTES (the largest case document, default 5242880),
# NETRA_INSTANCE_NAME (this Netra's name when several share the database; default host/domain),
# NETRA_STORAGE_LEGACY_ZONE (the zone an older Netra wrote its times in, read once by migration 19;
# default: the JVM's zone),
# NETRA_SECRET_<NAME> (each becomes the password alias <name> for connector files: ${alias:<name>}).
# The server's own limits: NETRA_HEAP (the JVM's -Xmx, default 2g), NETRA_HTTP_THREADS (the HTTP
# listener's worker threads, default 32), NETRA_DB_POOL_MAX (connections to Netra's database,
# default 32; 8 kept open). The defaults fit a 2-core machine with a few GiB to spare.
# With the demo, the demo SIMPEG (config/demo/simpeg) is created once as an H2 database in MySQL mode
# next to Netra's data, and reached through the JDBC resource jdbc/demo-simpeg.
set -euo pipefail

PAYARA= DOMAIN= PORTBASE= DRIVERS= FRESH=false RESET_H2=false KEEP=false TIMEZONE=
while [ $# -gt 0 ]; do
  case "$1" in
    --payara) PAYARA=$2; shift 2 ;;
    --domain) DOMAIN=$2; shift 2 ;;
    --portbase) PORTBASE=$2; shift 2 ;;
    --drivers) DRIVERS=$2; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    --reset-h2) RESET_H2=true; shift ;;
    --keep-running) KEEP=true; shift ;;
    --timezone) TIMEZONE=$2; shift 2 ;;
    *) echo "setup-domain: unknown option $1" >&2; exit 2 ;;
  esac
done
for v in PAYARA DOMAIN PORTBASE DRIVERS; do
  [ -n "${!v}" ] || { echo "setup-domain: --${v,,} is required" >&2; exit 2; }
done

ASADMIN="$PAYARA/bin/asadmin"
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN_DIR="$PAYARA/glassfish/domains/$DOMAIN"
A() { "$ASADMIN" --port "$ADMIN_PORT" --interactive=false "$@"; }

if $FRESH && [ -d "$DOMAIN_DIR" ]; then
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null
fi
if [ ! -d "$DOMAIN_DIR" ]; then
  echo "Creating Payara domain $DOMAIN (ports from $PORTBASE: http $((PORTBASE + 80)), admin $ADMIN_PORT)"
  "$ASADMIN" --interactive=false create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >/dev/null
fi
cp "$DRIVERS"/*.jar "$DOMAIN_DIR/lib/"

if ! "$ASADMIN" list-domains | grep -q "^$DOMAIN running"; then
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
fi

# The data source is re-created below; an application deployed before it would load ahead of it at
# the next start (domain.xml keeps references in creation order), so Netra is undeployed here and
# deployed again afterwards (./run.sh does that).
if A list-applications 2>/dev/null | grep -q '^netra '; then
  A undeploy netra >/dev/null
fi

KIND=${NETRA_DB_KIND:-h2}
POOL_MAX=${NETRA_DB_POOL_MAX:-32}
[[ "$POOL_MAX" =~ ^[1-9][0-9]*$ ]] || { echo "setup-domain: NETRA_DB_POOL_MAX must be a number, not $POOL_MAX" >&2; exit 2; }
POOL_SIZE="--steadypoolsize $((POOL_MAX < 8 ? POOL_MAX : 8)) --maxpoolsize $POOL_MAX"
A delete-jdbc-resource jdbc/netra >/dev/null 2>&1 || true
A delete-jdbc-connection-pool netra-pool >/dev/null 2>&1 || true
case "$KIND" in
  h2)
    DATA_DIR=${NETRA_DATA_DIR:-$PWD/.netra/data}
    mkdir -p "$DATA_DIR"
    DATA_DIR=$(cd "$DATA_DIR" && pwd)
    if $RESET_H2; then rm -f "$DATA_DIR"/netra.*.db; fi
    # AUTO_SERVER: the first process opens the file and serves it, so a second Netra instance
    # (config/README.md, "More than one instance") or H2's shell can share the same database.
    # LOCK_TIMEOUT: a transaction waits up to 10 s for a row another one holds (the audit chain).
    URL="jdbc:h2:file:$DATA_DIR/netra;AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000"
    URL=${URL//:/\\:}
    URL=${URL//=/\\=}
    A create-jdbc-connection-pool --restype javax.sql.DataSource \
      --datasourceclassname org.h2.jdbcx.JdbcDataSource \
      --isconnectvalidatereq=true --validationmethod auto-commit $POOL_SIZE \
      --property "URL=$URL:user=netra:password=netra" netra-pool >/dev/null
    echo "Database: H2 at $DATA_DIR/netra.mv.db"
    ;;
  postgresql)
    : "${NETRA_DB_HOST:?NETRA_DB_HOST is required for PostgreSQL}"
    : "${NETRA_DB_NAME:?NETRA_DB_NAME is required for PostgreSQL}"
    : "${NETRA_DB_USER:?NETRA_DB_USER is required for PostgreSQL}"
    : "${NETRA_DB_PASSWORD:?NETRA_DB_PASSWORD is required for PostgreSQL}"
    PWFILE=$(mktemp)
    trap 'rm -f "$PWFILE"' EXIT
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$NETRA_DB_PASSWORD" > "$PWFILE"
    A delete-password-alias netra-db-password >/dev/null 2>&1 || true
    A --passwordfile "$PWFILE" create-password-alias netra-db-password >/dev/null
    A create-jdbc-connection-pool --restype javax.sql.DataSource \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --isconnectvalidatereq=true --validationmethod auto-commit $POOL_SIZE \
      --property "serverName=$NETRA_DB_HOST:portNumber=${NETRA_DB_PORT:-5432}:databaseName=$NETRA_DB_NAME:user=$NETRA_DB_USER:password=\${ALIAS\=netra-db-password}" \
      netra-pool >/dev/null
    echo "Database: PostgreSQL $NETRA_DB_NAME on $NETRA_DB_HOST:${NETRA_DB_PORT:-5432}"
    ;;
  *) echo "setup-domain: NETRA_DB_KIND must be h2 or postgresql, not $KIND" >&2; exit 2 ;;
esac
A create-jdbc-resource --connectionpoolid netra-pool jdbc/netra >/dev/null
A ping-connection-pool netra-pool >/dev/null

CONFIG_DIR=$(cd "$(dirname "$0")/.." && pwd)
CONNECTORS_DIR=${NETRA_CONNECTORS_DIR:-}
A delete-jdbc-resource jdbc/demo-simpeg >/dev/null 2>&1 || true
A delete-jdbc-connection-pool demo-simpeg-pool >/dev/null 2>&1 || true
if [ "${NETRA_DEMO_ENABLED:-false}" = true ]; then
  SIMPEG_DIR=${NETRA_DATA_DIR:-$PWD/.netra/data}
  mkdir -p "$SIMPEG_DIR"
  SIMPEG_DIR=$(cd "$SIMPEG_DIR" && pwd)
  if $RESET_H2; then rm -f "$SIMPEG_DIR"/demo-simpeg.*.db; fi
  SIMPEG_URL="jdbc:h2:file:$SIMPEG_DIR/demo-simpeg;MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE"
  if [ ! -f "$SIMPEG_DIR/demo-simpeg.mv.db" ]; then
    H2_JAR=$(ls "$DRIVERS"/h2-*.jar | head -1)
    for script in schema seed; do
      java -cp "$H2_JAR" org.h2.tools.RunScript -url "$SIMPEG_URL" -user simpeg -password simpeg \
        -script "$CONFIG_DIR/demo/simpeg/$script.sql"
    done
    echo "Demo SIMPEG created at $SIMPEG_DIR/demo-simpeg.mv.db"
  fi
  ESCAPED=${SIMPEG_URL//:/\\:}
  ESCAPED=${ESCAPED//=/\\=}
  A create-jdbc-connection-pool --restype javax.sql.DataSource \
    --datasourceclassname org.h2.jdbcx.JdbcDataSource \
    --isconnectvalidatereq=true --validationmethod auto-commit \
    --property "URL=$ESCAPED:user=simpeg:password=simpeg" demo-simpeg-pool >/dev/null
  A create-jdbc-resource --connectionpoolid demo-simpeg-pool jdbc/demo-simpeg >/dev/null
  A ping-connection-pool demo-simpeg-pool >/dev/null
  CONNECTORS_DIR=${CONNECTORS_DIR:-$CONFIG_DIR/demo/connectors}
fi

# Connector secrets: every NETRA_SECRET_<NAME> becomes the password alias <name> (lower case, _ as -),
# for connector files to use as ${alias:<name>}; the value never lands in a file.
for var in $(compgen -e | grep '^NETRA_SECRET_' || true); do
  alias_name=$(printf '%s' "${var#NETRA_SECRET_}" | tr 'A-Z_' 'a-z-')
  SECRET_FILE=$(mktemp)
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${!var}" > "$SECRET_FILE"
  A delete-password-alias "$alias_name" >/dev/null 2>&1 || true
  A --passwordfile "$SECRET_FILE" create-password-alias "$alias_name" >/dev/null
  rm -f "$SECRET_FILE"
  echo "Password alias $alias_name set from $var"
done

set_property() {
  A delete-system-property "$1" >/dev/null 2>&1 || true
  local value=${2//:/\\:}
  [ -z "$2" ] || A create-system-properties "$1=${value//=/\\=}" >/dev/null
}
set_property netra.demo.enabled "${NETRA_DEMO_ENABLED:-false}"
set_property netra.bootstrap.admin-password "${NETRA_BOOTSTRAP_ADMIN_PASSWORD:-}"
set_property netra.public.base-url "${NETRA_PUBLIC_BASE_URL:-}"
set_property netra.connectors.dir "$CONNECTORS_DIR"
set_property netra.outbox.lease "${NETRA_OUTBOX_LEASE:-}"
set_property netra.cors.allowed-origins "${NETRA_CORS_ALLOWED_ORIGINS:-}"
set_property netra.http.trusted-proxies "${NETRA_TRUSTED_PROXIES:-}"
set_property netra.instance.name "${NETRA_INSTANCE_NAME:-}"
set_property netra.documents.folder "${NETRA_DOCUMENTS_FOLDER:-}"
set_property netra.documents.max-bytes "${NETRA_DOCUMENTS_MAX_BYTES:-}"
set_property netra.storage.legacy-zone "${NETRA_STORAGE_LEGACY_ZONE:-}"

# Single sign-on (config/README.md, "Single sign-on"): NETRA_SSO_PROVIDERS names the providers;
# each provider's settings come as NETRA_SSO_<ID>_<SETTING> (the id in capitals, - as _), its
# client secret as NETRA_SECRET_NETRA_SSO_<ID>_CLIENT_SECRET (a password alias, never a file).
# Set in one asadmin call (each call starts a JVM); the old ones go first.
for old in $(A list-system-properties 2>/dev/null | grep -o '^netra\.sso\.[^=]*' || true); do
  A delete-system-property "$old" >/dev/null 2>&1 || true
done
sso=()
sso_property() {
  [ -n "$2" ] || return 0
  local value=${2//:/\\:}
  sso+=("$1=${value//=/\\=}")
}
sso_property netra.sso.providers "${NETRA_SSO_PROVIDERS:-}"
sso_property netra.sso.redirect-base "${NETRA_SSO_REDIRECT_BASE:-}"
for id in ${NETRA_SSO_PROVIDERS//,/ }; do
  prefix=NETRA_SSO_$(printf '%s' "$id" | tr 'a-z-' 'A-Z_')
  for setting in issuer client-id label agency agency-claim central-agencies roles-claim role-map username-claim scopes; do
    var=${prefix}_$(printf '%s' "$setting" | tr 'a-z-' 'A-Z_')
    sso_property "netra.sso.$id.$setting" "${!var:-}"
  done
  issuer_var=${prefix}_ISSUER
  echo "Single sign-on: $id at ${!issuer_var:-(no issuer set)}"
done
if [ ${#sso[@]} -gt 0 ]; then
  A create-system-properties "$(IFS=:; printf '%s' "${sso[*]}")" >/dev/null
fi

# The server's own limits (config/README.md, "Sizing").
HEAP=${NETRA_HEAP:-2g}
[[ "$HEAP" =~ ^[0-9]+[mMgG]$ ]] || { echo "setup-domain: NETRA_HEAP must look like 512m or 2g, not $HEAP" >&2; exit 2; }
RESTART=false
CURRENT_XMX=$(A list-jvm-options | grep -E '^-Xmx' | head -1 || true)
if [ "$CURRENT_XMX" != "-Xmx$HEAP" ]; then
  [ -z "$CURRENT_XMX" ] || A delete-jvm-options "$CURRENT_XMX" >/dev/null
  A create-jvm-options "-Xmx$HEAP" >/dev/null
  RESTART=true
fi
# The JVM's own zone (--timezone; the machine's by default). Netra keeps its evidence in instants
# and its calendar in WIB whatever this says; the tests run the second instance in another zone.
if [ -n "$TIMEZONE" ]; then
  CURRENT_TZ=$(A list-jvm-options | grep -E '^-Duser.timezone=' | head -1 || true)
  if [ "$CURRENT_TZ" != "-Duser.timezone=$TIMEZONE" ]; then
    [ -z "$CURRENT_TZ" ] || A delete-jvm-options "$CURRENT_TZ" >/dev/null
    A create-jvm-options "-Duser.timezone=$TIMEZONE" >/dev/null
    RESTART=true
  fi
fi
THREADS=${NETRA_HTTP_THREADS:-32}
[[ "$THREADS" =~ ^[1-9][0-9]*$ ]] || { echo "setup-domain: NETRA_HTTP_THREADS must be a number, not $THREADS" >&2; exit 2; }
POOL_KEY=configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size
if ! A get "$POOL_KEY" | grep -q "^$POOL_KEY=$THREADS\$"; then
  # Payara's own default is 5 threads; the listener takes a new size at the next start.
  A set "$POOL_KEY=$THREADS" >/dev/null
  RESTART=true
fi
echo "Limits: heap $HEAP, $THREADS HTTP threads, $POOL_MAX database connections"

if ! $KEEP; then
  "$ASADMIN" stop-domain "$DOMAIN" >/dev/null
elif $RESTART; then
  "$ASADMIN" restart-domain "$DOMAIN" >/dev/null
fi
echo "Payara domain $DOMAIN is ready."
