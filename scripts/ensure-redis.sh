#!/usr/bin/env bash
# Succeeds when the Redis server at $1 answers PING; starts a local redis-server if one is installed but stopped.
set -uo pipefail
url="$1"
ready() { node -e "const {Redis}=require('ioredis');const r=new Redis(process.argv[1],{lazyConnect:true,maxRetriesPerRequest:0,retryStrategy:()=>null,connectTimeout:2000});r.on('error',()=>{});r.connect().then(()=>r.ping()).then(()=>r.quit()).then(()=>process.exit(0),()=>process.exit(1))" "$url" 2>/dev/null; }
ready && exit 0
host=$(node -e "console.log(new URL(process.argv[1]).hostname)" "$url")
port=$(node -e "console.log(new URL(process.argv[1]).port || 6379)" "$url")
if command -v redis-server >/dev/null 2>&1 && { [ "$host" = "127.0.0.1" ] || [ "$host" = "localhost" ]; }; then
  echo "Starting redis-server on $host:$port (no persistence)…"
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
exit 1
