#!/usr/bin/env bash
# Netra's benchmarks (bench/README.md): one command, its own Payara domain and ports, synthetic
# data, a warm-up, each figure measured beside its baseline in the same run, and the results
# written to bench/results/<date>-<machine>.md (and .json).
#
#   bench/run.sh [--db h2|postgresql|both] [--employees N] [--audit N] [--seconds S] [--quick]
#
# --quick (what a look at a change needs): 10,000 employees, 100,000 audit entries, 5 s a step.
# Settings: NETRA_HEAP (default here 512m, Payara's own default, to show nothing grows with size),
# BENCH_PORTBASE (38000: http 38080, admin 38048). PostgreSQL is used as .ci/run sets it up (a local
# cluster; the database netra_bench is made anew, as root through su postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DB=h2 EMPLOYEES=100000 AUDIT=1000000 STEP=20 WARMUP=10
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --employees) EMPLOYEES=$2; shift 2 ;;
    --audit) AUDIT=$2; shift 2 ;;
    --seconds) STEP=$2; shift 2 ;;
    --quick) EMPLOYEES=10000 AUDIT=100000 STEP=5 WARMUP=5; shift ;;
    *) echo "usage: bench/run.sh [--db h2|postgresql|both] [--employees N] [--audit N] [--seconds S] [--quick]" >&2; exit 2 ;;
  esac
done
case "$DB" in h2) DBS=(h2) ;; postgresql) DBS=(postgresql) ;; both) DBS=(h2 postgresql) ;;
  *) echo "--db must be h2, postgresql or both" >&2; exit 2 ;; esac

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [[ " ${DBS[*]} " == *" postgresql "* ]] && ! command -v pg_ctlcluster >/dev/null; then need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "bench needs: ${need[*]} (apt-get install ${need[*]})" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi

PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
WORK=$ROOT/bench/target
PAYARA=$WORK/payara6
DOMAIN=netra-bench
PORTBASE=${BENCH_PORTBASE:-38000}
HTTP=http://localhost:$((PORTBASE + 80))
ADMIN_PORT=$((PORTBASE + 48))
ASADMIN="$PAYARA/bin/asadmin"
KEY=netra_demo0001_DemoKeyForAgencyDEMOonly
FIGURES=$WORK/figures.txt
mkdir -p "$WORK" "$ROOT/bench/results"
: >"$FIGURES"

echo "==> Building Netra and the baselines"
./mvnw -q -B -DskipTests -DskipITs=true package
./mvnw -q -B -f bench/baseline/pom.xml package
if [ ! -x "$ASADMIN" ]; then
  ./mvnw -q -B dependency:unpack -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
    -DoutputDirectory="$WORK" -Dmdep.markersDirectory="$WORK/markers"
fi
DRIVERS=$(ls ear/target/drivers/*.jar | tr '\n' ':')
bench() { java -cp "$DRIVERS" bench/driver/Bench.java "$@"; }
keep() { # keep <db> <name> <json>: one figure for the results file, and on the screen
  echo "$1 $2 $3" >>"$FIGURES"
  printf '    %-16s %s\n' "$2" "$3"
}
heap() { # heap after a full GC, as the metrics say
  jcmd "$(cat "$PAYARA/glassfish/domains/$DOMAIN/config/pid")" GC.run >/dev/null
  keep "$1" "heap-$2" "$(bench heap "$HTTP")"
}
gate_wrk() { # gate_wrk <db> <name> <url path> <connections> <seconds> <dryRun>
  local out
  out=$(BENCH_NIPS=$WORK/nips.txt BENCH_KEY=$KEY BENCH_DRY=$6 BENCH_RUN="$2$RANDOM" \
    BENCH_START=$(date -d +10days +%F) BENCH_END=$(date -d +12days +%F) \
    wrk -t2 -c"$4" -d"$5"s --timeout 10s -s bench/gate.lua "$HTTP$3" | tail -1)
  [ -z "$2" ] || keep "$1" "$2" "$out"
}
stop_domain() { [ -x "$ASADMIN" ] && "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true; }
trap stop_domain EXIT

for db in "${DBS[@]}"; do
  echo "==> $db: a fresh domain $DOMAIN (http $HTTP), heap ${NETRA_HEAP:-512m}"
  stop_domain
  export NETRA_DB_KIND=$db NETRA_DEMO_ENABLED=true NETRA_DATA_DIR=$WORK/data-$db NETRA_HEAP=${NETRA_HEAP:-512m}
  if [ "$db" = postgresql ]; then
    cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start 2>/dev/null || true
    su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS netra_bench\""
    su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN CREATE ROLE netra LOGIN PASSWORD 'netra'; EXCEPTION WHEN duplicate_object THEN NULL; END \\\$\\\$\""
    su postgres -c "psql -q -c \"CREATE DATABASE netra_bench OWNER netra\""
    export NETRA_DB_HOST=localhost NETRA_DB_NAME=netra_bench NETRA_DB_USER=netra NETRA_DB_PASSWORD=netra
    JDBC=jdbc:postgresql://localhost:5432/netra_bench JUSER=netra JPW=netra
  else
    JDBC="jdbc:h2:file:$NETRA_DATA_DIR/netra;AUTO_SERVER=TRUE" JUSER=netra JPW=netra
  fi
  bash config/payara/setup-domain.sh --payara "$PAYARA" --domain "$DOMAIN" --portbase "$PORTBASE" \
    --drivers ear/target/drivers --fresh --reset-h2 --keep-running >/dev/null
  "$ASADMIN" --port "$ADMIN_PORT" deploy --name netra ear/target/netra.ear >/dev/null
  for _ in $(seq 1 90); do curl -fsS "$HTTP/netra/api/v1/health" >/dev/null 2>&1 && break; sleep 2; done
  bench sql "$JDBC" "$JUSER" "$JPW" \
    "CREATE TABLE IF NOT EXISTS bench_row (id VARCHAR(36) PRIMARY KEY, payload VARCHAR(200) NOT NULL, created_at BIGINT NOT NULL)" >/dev/null
  "$ASADMIN" --port "$ADMIN_PORT" deploy --name netra-bench-baseline bench/baseline/target/netra-bench-baseline.war >/dev/null
  heap "$db" started

  echo "  -> $EMPLOYEES employees through POST /employees"
  keep "$db" employees "$(bench employees "$HTTP" "$KEY" "$EMPLOYEES" "$WORK/nips.txt")"
  heap "$db" employees

  echo "  -> gate decisions beside the baselines (wrk, ${STEP}s a step after ${WARMUP}s of warm-up)"
  gate_wrk "$db" "" /netra/api/v1/gate/decisions 16 "$WARMUP" false
  gate_wrk "$db" "" /netra-bench-baseline/api/one-row 16 "$WARMUP" false
  for c in 16 64; do
    gate_wrk "$db" "trivial-$c" /netra-bench-baseline/api/trivial "$c" "$STEP" false
    gate_wrk "$db" "onerow-$c" /netra-bench-baseline/api/one-row "$c" "$STEP" false
    gate_wrk "$db" "stored-$c" /netra/api/v1/gate/decisions "$c" "$STEP" false
    gate_wrk "$db" "dry-$c" /netra/api/v1/gate/decisions "$c" "$STEP" true
  done
  for what in trivial stored dry; do
    case $what in trivial) url=$HTTP/netra-bench-baseline/api/trivial dry=false ;;
      stored) url=$HTTP/netra/api/v1/gate/decisions dry=false ;; dry) url=$HTTP/netra/api/v1/gate/decisions dry=true ;; esac
    keep "$db" "paced-$what" "$(bench paced "$url" "$KEY" "$WORK/nips.txt" 1000 "$STEP" "$dry")"
  done
  heap "$db" gate

  echo "  -> the audit chain: $AUDIT more records, sealed, then walked"
  keep "$db" sealed "$(bench audit-load "$JDBC" "$JUSER" "$JPW" "$AUDIT" "$HTTP")"
  heap "$db" sealed
  keep "$db" verify "$(bench verify "$HTTP" admin:netra-demo)"
  heap "$db" verify
  keep "$db" scan "$(bench audit-scan "$JDBC" "$JUSER" "$JPW")"
  stop_domain
done

STAMP=$(date -u +%Y-%m-%d)
MACHINE="$(hostname)-$(nproc)cpu"
OUT=$ROOT/bench/results/$STAMP-$MACHINE-$DB
ABOUT="Run $(date -u +%FT%TZ) on $MACHINE ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB), $(java -version 2>&1 | head -1), Payara $PAYARA_VERSION, heap $NETRA_HEAP; $EMPLOYEES employees, $AUDIT audit records added, ${STEP}s a step; wrk with 2 threads on the same machine as the server."
bench report "$FIGURES" "$OUT.md" "$OUT.json" "$ABOUT" >/dev/null
echo "==> Results: $OUT.md"
