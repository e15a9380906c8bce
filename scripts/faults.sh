#!/usr/bin/env bash
# Kill -9 test: starts `legalreview import`, `crawl localfolder` and `reindex` on the sample corpus, kills each with
# SIGKILL at random moments several times, restarts it, and checks that no document is lost or duplicated (same
# documents, versions and raw-snapshot hashes as a clean run) and that `legalreview verify` finds the index consistent
# (and exits non-zero when it is not). Usage: scripts/faults.sh [ROUNDS]   (default 4 kills per command)
# Writes its report to stdout; docs/faults.md keeps the last one.
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-4}
work=$(mktemp -d /tmp/legalreview-faults.XXXXXX)
trap 'rm -rf "$work"' EXIT
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3

echo "== build"
dotnet build src/LegalReview.Cli -c Release -o "$work/bin" -v q -nologo >/dev/null || { echo "build failed"; exit 1; }
# An array, not a shell function: `kill -9 $!` must hit the dotnet process itself, not a subshell around it.
cli=(dotnet "$work/bin/legalreview.dll")
# A hang (e.g. a lock left by a killed process) must fail the run, not stall it.
cli() { timeout 300 "${cli[@]}" "$@"; }

# Documents, versions, events and the (number, version, sha256) fingerprint of every stored raw snapshot.
fingerprint() {
  "$PY" - "$1/legalreview.db" <<'PYEOF'
import sqlite3, sys, hashlib
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = db.execute("SELECT d.Number, v.VersionNumber, v.Sha256 FROM DocumentVersions v JOIN Documents d ON d.Id = v.DocumentId ORDER BY 1, 2").fetchall()
docs = db.execute("SELECT COUNT(*) FROM Documents").fetchone()[0]
dups = db.execute("SELECT COUNT(*) FROM (SELECT Number, Issuer FROM Documents GROUP BY Number, Issuer HAVING COUNT(*) > 1)").fetchone()[0]
events = db.execute("SELECT COUNT(*) FROM ChangeEvents").fetchone()[0]
digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:16]
print(f"documents={docs} versions={len(rows)} duplicates={dups} events={events} fingerprint={digest}")
PYEOF
}

# Runs `legalreview "$@"` in the background and kills it with SIGKILL after a random 0.2–3 s (unless it finished first).
kill_randomly() {
  "${cli[@]}" "$@" >"$work/last.log" 2>&1 &
  local pid=$! delay
  delay=$(awk -v s=$RANDOM 'BEGIN{srand(s); printf "%.2f", 0.2 + rand()*2.8}')
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; echo "   killed pid $pid after ${delay}s"
  else
    wait "$pid"; echo "   finished before the kill (${delay}s)"
  fi
}

failures=0
check() { # label expected actual
  if [ "$2" == "$3" ]; then echo "   OK   $1: $3"; else echo "   FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}

echo "== reference: clean import of samples/ into a fresh folder"
ref="$work/reference"
cli --data "$ref" import samples/laws samples/amendments >/dev/null 2>&1
expected=$(fingerprint "$ref")
echo "   $expected"

echo "== import: kill -9 $rounds times, then restart"
data="$work/import"
for i in $(seq 1 "$rounds"); do kill_randomly --data "$data" import samples/laws samples/amendments; done
cli --data "$data" import samples/laws samples/amendments >/dev/null 2>&1
check "import after kills" "$expected" "$(fingerprint "$data")"

echo "== crawl localfolder: kill -9 $rounds times, then restart"
crawl="$work/crawl"
for i in $(seq 1 "$rounds"); do kill_randomly --data "$crawl" crawl localfolder --base-url samples/laws --rate 0; done
cli --data "$crawl" crawl localfolder --base-url samples/laws --rate 0 >/dev/null 2>&1
cli --data "$ref/../crawl-ref" crawl localfolder --base-url samples/laws --rate 0 >/dev/null 2>&1
check "crawl after kills" "$(fingerprint "$ref/../crawl-ref")" "$(fingerprint "$crawl")"

echo "== reindex: kill -9 $rounds times, then verify and restart"
for i in $(seq 1 "$rounds"); do kill_randomly --data "$data" reindex; done
cli --data "$data" verify >/dev/null 2>&1; echo "   verify right after the last kill: exit $? (0 = the kill came after the commit)"
cli --data "$data" reindex >"$work/reindex.log" 2>&1 || { echo "   reindex after kills failed:"; tail -5 "$work/reindex.log"; }
cli --data "$data" verify >"$work/verify.log" 2>&1; check "verify after reindex" 0 $?
rm -rf "$data/search-index"
cli --data "$data" verify >/dev/null 2>&1; check "verify with the index deleted (must fail)" 1 $?
cli --data "$data" reindex >/dev/null 2>&1
cli --data "$data" verify >/dev/null 2>&1; check "verify after rebuilding" 0 $?
check "data after reindex kills" "$expected" "$(fingerprint "$data")"

echo "== $failures failure(s)"
[ "$failures" -eq 0 ]
