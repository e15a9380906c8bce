#!/usr/bin/env bash
# Load test against the embedded stack: builds the web app and the CLI (Release), starts the app on a free loopback
# port with its own temporary data folder and the sample corpus imported on first start (SQLite, Lucene, in-memory
# Hangfire), then runs `legalreview bench web` (50 users × 60 s by default, measured after the sample import has
# finished and 30 s of unrecorded warm-up) and stops the app.
# Usage: scripts/bench-web.sh [USERS] [SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
users=${1:-50}; seconds=${2:-60}
work=$(mktemp -d /tmp/legalreview-benchweb.XXXXXX)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== build (Release)"
dotnet build src/LegalReview.Web -c Release -o "$work/web" -v q -nologo >/dev/null || { echo "web build failed"; exit 1; }
dotnet build src/LegalReview.Cli -c Release -o "$work/cli" -v q -nologo >/dev/null || { echo "cli build failed"; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
password="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')-Aa1"
url="http://127.0.0.1:$port"
echo "== start app on $url (data in $work/data)"
ASPNETCORE_ENVIRONMENT=Production dotnet "$work/web/LegalReview.Web.dll" --urls "$url" --Data:Folder "$work/data" \
  --Samples:Folder "$PWD/samples" --Samples:ImportOnFirstStart true --Admin:Password "$password" \
  --Accounts:LoginThrottle:PermitLimit 1000 --Logging:LogLevel:Default Warning >"$work/app.log" 2>&1 &
app_pid=$!
for i in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$url/health" >/dev/null || { echo "app did not start:"; tail -20 "$work/app.log"; exit 1; }

echo "== bench web: $users users × $seconds s"
LEGALREVIEW_BENCH_PASSWORD="$password" dotnet "$work/cli/legalreview.dll" bench web --url "$url" --users "$users" --seconds "$seconds"
