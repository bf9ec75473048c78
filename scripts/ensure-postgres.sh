#!/usr/bin/env bash
# Succeeds when the PostgreSQL server at $1 answers; starts a local Debian cluster if one is installed but stopped.
set -uo pipefail
url="$1"
ready() { node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$url" 2>/dev/null; }
ready && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | sort -n | tail -1)
  echo "Starting PostgreSQL $version cluster 'main'…"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>&1 || true
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
exit 1
