#!/usr/bin/env bash
# Succeeds when the Redis server at $1 answers PING. For a local address it starts redis-server when it is
# stopped, installing Debian's redis-server package first when it is missing and we are root (as for Chromium).
set -uo pipefail
url="$1"
ready() { node -e "const {Redis}=require('ioredis');const r=new Redis(process.argv[1],{lazyConnect:true,maxRetriesPerRequest:0,retryStrategy:()=>null,connectTimeout:2000});r.on('error',()=>{});r.connect().then(()=>r.ping()).then(()=>r.quit()).then(()=>process.exit(0),()=>process.exit(1))" "$url" 2>/dev/null; }
ready && exit 0
host=$(node -e "console.log(new URL(process.argv[1]).hostname)" "$url")
port=$(node -e "console.log(new URL(process.argv[1]).port || 6379)" "$url")
[ "$host" = "127.0.0.1" ] || [ "$host" = "localhost" ] || exit 1
if ! command -v redis-server >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's redis-server package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null 2>&1 || true
  ready && exit 0
fi
if command -v redis-server >/dev/null 2>&1; then
  echo "Starting redis-server on 127.0.0.1:$port (no persistence)…"
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
exit 1
