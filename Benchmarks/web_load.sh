#!/usr/bin/env bash
# The web server under load: starts `newsarchive serve` on a free loopback port, runs wrk
# against a few search pages, prints wrk's report and a summary, and stops the server.
# Builds nothing and writes nothing but a temporary log.
#
#   Benchmarks/web_load.sh BINARY DATABASE [PATH ...]
#   Benchmarks/web_load.sh .build-web/release/newsarchive /tmp/web20.db
#   Benchmarks/web_load.sh --duration 5s .build/release/newsarchive archive.sqlite '/search?q=tax'
#
# BINARY is the newsarchive binary (newsarchive-serve must sit beside it); DATABASE an archive
# it ingested. PATHs default to an article search for a common word (government), one for the
# most common word (said) and a quote search with a speaker filter. Options, before BINARY:
# --threads N (default 2), --connections N (50), --duration D (20s), --timeout D (wrk's own
# default, 2s: a slower answer counts as a timeout and its latency is not recorded). Needs wrk
# (Debian's wrk package) and curl. Exits 1 when any request failed: a status other than 2xx or
# 3xx, or a socket error (connect, read, write, timeout).
set -euo pipefail

threads=2
connections=50
duration=20s
timeout=2s

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "web_load: $*" >&2; exit 1; }

while (($#)); do
    case "$1" in
        --threads | --connections | --duration | --timeout)
            (($# >= 2)) || die "$1 needs a value"
            declare "${1#--}=$2"
            shift 2 ;;
        -h | --help) usage; exit 0 ;;
        --*) usage >&2; die "unknown option $1" ;;
        *) break ;;
    esac
done
(($# >= 2)) || { usage >&2; die "BINARY and DATABASE are required"; }
binary=$1
database=$2
shift 2
paths=("$@")
if ((${#paths[@]} == 0)); then
    paths=(
        '/search?q=government'
        '/search?q=said'
        '/search?in=quotes&q=election&speaker=Tony+Blair'
    )
fi

command -v wrk >/dev/null || die "wrk is not installed (Debian: apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed (Debian: apt-get install curl)"
[[ -x $binary ]] || die "no executable at $binary"
[[ -f $database ]] || die "no database at $database"

log=$(mktemp)
server=
stop_server() {
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -f "$log"
}
trap stop_server EXIT

# `serve` replaces itself with the server program, so $! is the server's own PID.
"$binary" serve --db "$database" --port 0 2>"$log" &
server=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$server" 2>/dev/null || die "the server stopped: $(cat "$log")"
    sleep 0.1
done
[[ -n $port ]] || die "the server did not say which port it listens on: $(cat "$log")"
base="http://127.0.0.1:$port"

echo "web_load: $binary serving $database at $base" >&2
echo "web_load: load average $(cut -d' ' -f1-3 /proc/loadavg) at the start;" \
    "wrk -t$threads -c$connections -d$duration --timeout $timeout --latency" >&2

summary=()
failed=false
for path in "${paths[@]}"; do
    # One request first: a page that fails outright is reported as such, not as a benchmark.
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    [[ $status == 200 ]] || die "$path answered HTTP $status"
    echo >&2
    echo "== $path" >&2
    report=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency \
        "$base$path")
    echo "$report" >&2
    rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$report")
    median=$(awk '$1 == "50%" { print $2 }' <<<"$report")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$report")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$report")
    sockets=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' <<<"$report")
    errors="none"
    if [[ -n $non2xx || -n $sockets ]]; then
        errors="${non2xx:+$non2xx non-2xx }${sockets:+socket errors: $sockets}"
        failed=true
    fi
    summary+=("| \`$path\` | $median | $p99 | $rate | $errors |")
done
rss=$(awk '/^VmHWM:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status" 2>/dev/null || true)

echo >&2
echo "web_load: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;" \
    "server peak RSS ${rss:-unknown}" >&2
echo "| Page | median | p99 | requests/s | errors |"
echo "|---|---|---|---|---|"
printf '%s\n' "${summary[@]}"
if $failed; then
    die "some requests failed (see wrk's report above)"
fi
