#!/usr/bin/env bash
# Prints the figures of a fresh start: `npm ci`, build + first start until
# healthy, first and warm page times, and the server's memory.
# Usage: scripts/bench/fresh-clone.sh [port]   (clones HEAD into a temp folder)
set -euo pipefail
port="${1:-3590}"
src="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$(mktemp -d)"
trap 'kill -- -"$(cat "$dir/pgid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$dir"' EXIT
git clone -q "$src" "$dir/app"
cd "$dir/app"
now() { date +%s.%N; }
t0=$(now)
npm ci --no-audit --no-fund > "$dir/ci.log" 2>&1
t1=$(now)
printf 'npm ci:                          %6.1f s\n' "$(echo "$t1 - $t0" | bc)"
PORT="$port" setsid npm start > "$dir/start.log" 2>&1 &
echo $! > "$dir/pgid"
until curl -sf "localhost:$port/api/health" > /dev/null; do sleep 0.2; done
t2=$(now)
printf 'npm start until healthy:         %6.1f s (build + migrate + seed)\n' "$(echo "$t2 - $t1" | bc)"
grep -o 'Compiled successfully in [0-9.]*s' "$dir/start.log" | sed 's/^/  next build: /'
for path in / / /roles /roles/community-manager-middle /sign-in; do
  printf "GET %-34s %s\n" "$path" "$(curl -s -o /dev/null -w "%{http_code} %{time_total}s" "localhost:$port$path")"
done
server=$(pgrep -f "dist/start.cjs" | head -1)
printf 'server memory (RSS):             %6d MB\n' "$(( $(ps -o rss= -p "$server") / 1024 ))"
