#!/usr/bin/env bash
# Two app nodes behind nginx on loopback (issue 18 point 5), for trying the multi-node setup and load-testing it.
#
#   deploy/two-nodes.sh start        PostgreSQL (own cluster), node A, node B, nginx in front of both
#   deploy/two-nodes.sh proxy 1|2    point nginx at node A only, or at both (for one-node/two-node load runs)
#   deploy/two-nodes.sh prove        sign in on A and use the cookie on B; upload on B, download on A
#   deploy/two-nodes.sh status|stop
#
# What the nodes share: the PostgreSQL database (data, sign-in sessions in UserSessions, API tokens) and one
# data folder (DataDir: the Data Protection key ring under keys/, uploaded files under files/, roster imports
# under imports/). On two machines DataDir is a network share (NFS) mounted at the same path on both.
# Forwarded headers: each node trusts X-Forwarded-For/Proto/Host only from ForwardedHeaders:KnownProxies
# (here nginx at 127.0.0.1).
#
# Settings (environment): RUN_DIR (/tmp/guangong-two-nodes), PG_BIN, PG_DATA ($RUN_DIR/pg), PG_PORT (55443),
# DB_NAME (guangong), NODE_A_PORT (5103), NODE_B_PORT (5104), PROXY_PORT (5180), SHARED_DIR ($RUN_DIR/shared),
# SEED_DEMO (true: the demo towns and their accounts, needed by `prove` and the load test), BUILD (1: publish
# Release again; the nodes run a publish in $RUN_DIR/app, as a server would: docs/deployment.md, "Installing").
# Generate a data set into the same database first for a load test, e.g.
#   Database__Provider=Postgres ConnectionStrings__Guangong="Host=127.0.0.1;Port=55443;Username=postgres;Database=guangong" \
#     DataDir=$RUN_DIR/shared dotnet $RUN_DIR/app/Guangong.Web.dll generate --preset county
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=${RUN_DIR:-/tmp/guangong-two-nodes}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DATA=${PG_DATA:-$RUN_DIR/pg}
PG_PORT=${PG_PORT:-55443}
DB_NAME=${DB_NAME:-guangong}
NODE_A_PORT=${NODE_A_PORT:-5103}
NODE_B_PORT=${NODE_B_PORT:-5104}
PROXY_PORT=${PROXY_PORT:-5180}
SHARED_DIR=${SHARED_DIR:-$RUN_DIR/shared}
SEED_DEMO=${SEED_DEMO:-true}
APP_DIR=$RUN_DIR/app
DLL=$APP_DIR/Guangong.Web.dll
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$DB_NAME;Maximum Pool Size=50"

mkdir -p "$RUN_DIR" "$SHARED_DIR"

# initdb and pg_ctl refuse to run as root: run them as the postgres account then.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"; [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA" "$RUN_DIR"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    echo "PostgreSQL already running on $PG_PORT"
  else
    # The settings of docs/deployment.md, scaled to this machine (2 cores, shared): see there for a server.
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/../pg.log" -w start -o "-c listen_addresses=127.0.0.1 -p $PG_PORT \
      -k $PG_DATA -c max_connections=200 -c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=32MB \
      -c maintenance_work_mem=256MB -c random_page_cost=1.1 -c max_wal_size=4GB -c checkpoint_timeout=15min"
  fi
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE DATABASE $DB_NAME" >/dev/null
}

start_node() { # name port
  local name=$1 port=$2
  if [ -f "$RUN_DIR/node-$name.pid" ] && kill -0 "$(cat "$RUN_DIR/node-$name.pid")" 2>/dev/null; then
    echo "node $name already running on $port"; return
  fi
  # Production, Release, PostgreSQL; one shared data folder; nginx (127.0.0.1) is the only trusted proxy.
  ASPNETCORE_ENVIRONMENT=Production \
  Database__Provider=Postgres \
  ConnectionStrings__Guangong="$CONNECTION" \
  DataDir="$SHARED_DIR" \
  ForwardedHeaders__KnownProxies__0=127.0.0.1 \
  Seed__Demo="$SEED_DEMO" \
  Logging__LogLevel__Default=Warning \
    nohup dotnet "$DLL" --contentRoot "$(dirname "$DLL")" --urls "http://127.0.0.1:$port" >"$RUN_DIR/node-$name.log" 2>&1 &
  echo $! >"$RUN_DIR/node-$name.pid"
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then echo "node $name up on $port"; return; fi
    kill -0 "$(cat "$RUN_DIR/node-$name.pid")" 2>/dev/null || { echo "node $name exited:"; tail -20 "$RUN_DIR/node-$name.log"; exit 1; }
    sleep 1
  done
  echo "node $name did not answer /healthz in 10 minutes"; exit 1
}

write_nginx_conf() { # nodes: 1 or 2
  local second=""
  [ "${1:-2}" = 2 ] && second="server 127.0.0.1:$NODE_B_PORT;"
  mkdir -p "$RUN_DIR/nginx"
  cat >"$RUN_DIR/nginx.conf" <<EOF
worker_processes 1;
pid $RUN_DIR/nginx.pid;
error_log $RUN_DIR/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $RUN_DIR/nginx/body;
    proxy_temp_path $RUN_DIR/nginx/proxy;
    fastcgi_temp_path $RUN_DIR/nginx/fastcgi;
    uwsgi_temp_path $RUN_DIR/nginx/uwsgi;
    scgi_temp_path $RUN_DIR/nginx/scgi;
    client_max_body_size 300m;   # the largest upload endpoint's own limit (a publicity article with its photos)

    upstream guangong {
        least_conn;
        server 127.0.0.1:$NODE_A_PORT;
        $second
        keepalive 64;
    }

    server {
        listen 127.0.0.1:$PROXY_PORT;
        # With TLS (docs/deployment.md): listen 443 ssl; ssl_certificate …; and X-Forwarded-Proto is https.
        location / {
            proxy_pass http://guangong;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_read_timeout 300s;
            add_header X-Upstream \$upstream_addr always;   # which node answered (for the proof; drop in production)
        }
    }
}
EOF
}

start_nginx() {
  write_nginx_conf "${1:-2}"
  if [ -f "$RUN_DIR/nginx.pid" ] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null; then
    nginx -c "$RUN_DIR/nginx.conf" -s reload
  else
    nginx -c "$RUN_DIR/nginx.conf"
  fi
  echo "nginx on $PROXY_PORT -> ${1:-2} node(s)"
}

stop_all() {
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  for name in a b; do
    [ -f "$RUN_DIR/node-$name.pid" ] && kill "$(cat "$RUN_DIR/node-$name.pid")" 2>/dev/null || true
    rm -f "$RUN_DIR/node-$name.pid"
  done
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop 2>/dev/null || true
}

# Signs in with the login form (antiforgery token from the page) and leaves the cookies in $2.
sign_in() { # base-url cookie-jar user
  local page token
  page=$(curl -fsS -c "$2" -b "$2" "$1/login")
  token=$(grep -o 'name="__RequestVerificationToken" [^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
  handler=$(grep -o 'name="_handler" value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
  curl -fsS -o /dev/null -w '%{http_code}' -c "$2" -b "$2" "$1/login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=$handler" \
    --data-urlencode "Input.UserName=$3" --data-urlencode "Input.Password=Demo@12345"
}

prove() {
  local a="http://127.0.0.1:$NODE_A_PORT" b="http://127.0.0.1:$NODE_B_PORT" jar="$RUN_DIR/cookies.txt" ok=1
  rm -f "$jar"
  echo "1. sign in as zhenglu on node A: $(sign_in "$a" "$jar" zhenglu)"
  for node in "$a" "$b"; do
    # Signed in: /volunteers answers 200 with the user's menu; signed out it redirects to /login.
    code=$(curl -sS -o "$RUN_DIR/page.html" -w '%{http_code}' -b "$jar" "$node/volunteers")
    grep -q '郑陆镇关工委干事' "$RUN_DIR/page.html" && named=yes || named=no
    echo "   GET $node/volunteers with node A's cookie: $code, page names the user: $named"
    [ "$code" = 200 ] && [ "$named" = yes ] || ok=0
  done

  echo "2. upload a photo with an activity through node B, download it from node A"
  python3 - "$RUN_DIR/photo.png" <<'PY'
import struct, sys, zlib
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
raw = b"".join(b"\x00" + bytes((x * 7 + y * 3) % 256 for x in range(64 * 3)) for y in range(64))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
  token=$(curl -fsS "$b/api/v1/auth/token" -H 'Content-Type: application/json' -d '{"userName":"zhenglu","password":"Demo@12345"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  unit=$(curl -fsS "$b/api/v1/units" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  today=$(TZ=Asia/Shanghai date +%F)
  created=$(curl -sS "$b/api/v1/activities" -H "Authorization: Bearer $token" \
    -F "activity={\"title\":\"两节点上传验证\",\"category\":\"防溺水\",\"status\":\"Completed\",\"date\":\"$today\",\"unitId\":\"$unit\",\"youthReached\":\"20\"}" \
    -F "photos=@$RUN_DIR/photo.png;type=image/png")
  file=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(next(iter(d.get("files") or d.get("photos") or []), {}).get("id", ""))' "$created" 2>/dev/null || true)
  if [ -z "$file" ]; then echo "   upload answered: ${created:0:300}"; ok=0; else
    # The stored photo may be re-encoded (metadata stripped): compare what A serves with what B serves.
    code=$(curl -sS -o "$RUN_DIR/download-a.bin" -w '%{http_code}' -b "$jar" "$a/activities/files/$file")
    curl -sS -o "$RUN_DIR/download-b.bin" -b "$jar" "$b/activities/files/$file"
    same=$(cmp -s "$RUN_DIR/download-a.bin" "$RUN_DIR/download-b.bin" && echo identical || echo different)
    echo "   activity file $file uploaded on B; GET $a/activities/files/$file: $code, $(stat -c %s "$RUN_DIR/download-a.bin") bytes, $same to B's"
    [ "$code" = 200 ] && [ "$same" = identical ] && [ -s "$RUN_DIR/download-a.bin" ] || ok=0
  fi

  echo "3. forwarded headers: X-Forwarded-Proto https from nginx's address is honoured, from another address not"
  # (HSTS is never sent to a localhost host name, hence the forwarded host.)
  trusted=$(curl -sS -o /dev/null -D - --interface 127.0.0.1 -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-Host: guangong.example.cn' "$a/login" | grep -ci '^strict-transport-security' || true)
  other=$(curl -sS -o /dev/null -D - --interface 127.0.0.2 -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-Host: guangong.example.cn' "$a/login" | grep -ci '^strict-transport-security' || true)
  echo "   from 127.0.0.1 (the configured proxy): HSTS sent $trusted; from 127.0.0.2: HSTS sent $other"
  [ "$trusted" = 1 ] && [ "$other" = 0 ] || ok=0

  echo "4. through nginx on $PROXY_PORT the same cookie reaches both nodes:"
  for _ in 1 2 3 4; do
    curl -sS -o /dev/null -D - -b "$jar" "http://127.0.0.1:$PROXY_PORT/volunteers" | tr -d '\r' | grep -iE '^(HTTP|x-upstream)' | tr '\n' ' '; echo
  done
  [ $ok = 1 ] && echo "PROVED" || { echo "FAILED"; exit 1; }
}

case "${1:-}" in
  start)
    [ "${BUILD:-0}" = 1 ] || [ ! -f "$DLL" ] && dotnet publish -c Release -o "$APP_DIR" "$ROOT/src/Guangong.Web"
    start_postgres
    start_node a "$NODE_A_PORT"   # migrates and seeds; B starts on the migrated database
    start_node b "$NODE_B_PORT"
    start_nginx 2
    ;;
  proxy) start_nginx "${2:-2}" ;;
  prove) prove ;;
  status)
    for name in a b; do [ -f "$RUN_DIR/node-$name.pid" ] && kill -0 "$(cat "$RUN_DIR/node-$name.pid")" 2>/dev/null && echo "node $name running" || echo "node $name stopped"; done
    [ -f "$RUN_DIR/nginx.pid" ] && kill -0 "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null && echo "nginx running on $PROXY_PORT" || echo "nginx stopped"
    ;;
  stop) stop_all ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
