#!/usr/bin/env bash
# Starts or stops a local moto server (the stand-in for AWS in integration tests).
#
#   ci/moto-server.sh start   # prints `export MOTO_URL=http://127.0.0.1:PORT`; also writes target/moto.url
#   ci/moto-server.sh stop    # stops the server started by `start`
#   eval "$(ci/moto-server.sh start)"
#
# Needs the venv from ci/setup-python.sh. Binds to 127.0.0.1 only, on a free port chosen at
# start, so parallel runs and leftover servers do not collide. State (pid, url, log) lives
# under target/ so that `stop` finds exactly the process `start` launched.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
state="$root/target"
pidfile="$state/moto.pid"
urlfile="$state/moto.url"
logfile="$state/moto.log"

is_running() {
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start() {
  if [ ! -x "$venv/bin/moto_server" ]; then
    echo "moto-server.sh: $venv/bin/moto_server missing; run ci/setup-python.sh first" >&2
    exit 1
  fi
  mkdir -p "$state"
  if is_running && [ -f "$urlfile" ]; then
    echo "export MOTO_URL=$(cat "$urlfile")"
    return 0
  fi
  # The port is released before moto binds it; a race with another process is possible
  # but unlikely on a CI box, and the readiness check below would catch it.
  port="$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  url="http://127.0.0.1:$port"
  # setsid: the server must outlive this script and not get the caller's terminal signals.
  setsid "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  # Ready when the dashboard-independent reset endpoint answers; 30 s covers a cold import.
  for _ in $(seq 1 300); do
    if "$venv/bin/python" - "$url" <<'PY' 2>/dev/null; then
import sys, urllib.request
urllib.request.urlopen(urllib.request.Request(sys.argv[1] + "/moto-api/reset", method="POST"), timeout=1)
PY
      echo "$url" > "$urlfile"
      echo "export MOTO_URL=$url"
      return 0
    fi
    if ! is_running; then
      echo "moto-server.sh: moto_server exited during startup; log follows" >&2
      cat "$logfile" >&2
      rm -f "$pidfile"
      exit 1
    fi
    sleep 0.1
  done
  echo "moto-server.sh: moto_server did not answer on $url within 30 s; log follows" >&2
  cat "$logfile" >&2
  stop
  exit 1
}

stop() {
  if is_running; then
    pid="$(cat "$pidfile")"
    kill "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile" "$urlfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
