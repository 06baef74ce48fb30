#!/usr/bin/env bash
# The peer: Request Tracker 5 (Debian's request-tracker5 with its PostgreSQL backend) under nginx and spawn-fcgi on
# this machine, given the same workload as Redress: create at concurrency 1, 8 and 32 through REST2, a subject
# search, and a count over two years of tickets as the report-like aggregation. Called by bench/run --peer; prints
# RESULT lines. Needs root once for the packages:
#   apt-get install -y request-tracker5 rt5-db-postgresql rt5-fcgi spawn-fcgi nginx-light
# and PostgreSQL with trust authentication at PGHOST. The database and the site configuration it writes are removed
# at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
CASES=${CASES:-10000}
CREATES=${CREATES:-200}
READS=${READS:-40}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
RT_PORT=${RT_PORT:-8191}
FCGI_PORT=${FCGI_PORT:-9191}
RT_DB=rt5_bench_$$
WORK=$(mktemp -d)
SITE=/etc/request-tracker5/RT_SiteConfig.d/99-bench.pm
psql() { command psql -v ON_ERROR_STOP=1 -X -q -h "$PGHOST" -U "$PGUSER" "$@"; }

for tool in rt-setup-database-5 spawn-fcgi nginx; do
  command -v "$tool" > /dev/null || { echo "RESULT rt5-skipped missing=$tool"; exit 0; }
done

FCGI=""
NGINX=""
cleanup() {
  [ -n "$NGINX" ] && kill "$NGINX" 2>/dev/null || true
  # one pid a line, one for each fcgi process
  [ -n "$FCGI" ] && kill $FCGI 2>/dev/null || true
  rm -f "$SITE"
  psql -d postgres -c "drop database if exists $RT_DB with (force)" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# RT reads its site configuration from /etc; this file is read last and points it at the throwaway database.
cat > "$SITE" <<PERL
Set(\$DatabaseType, 'Pg');
Set(\$DatabaseHost, '$PGHOST');
Set(\$DatabasePort, '');
Set(\$DatabaseName, '$RT_DB');
Set(\$DatabaseUser, 'rt_bench');
Set(\$DatabasePassword, 'rt_bench');
Set(\$DatabaseAdmin, '$PGUSER');
Set(\$WebPath, '');
Set(\$WebDomain, 'localhost');
Set(\$WebPort, $RT_PORT);
Set(\$WebBaseURL, 'http://localhost:$RT_PORT');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'error');
1;
PERL
psql -d postgres -c "drop role if exists rt_bench" > /dev/null 2>&1 || true
rt-setup-database-5 --action init --dba "$PGUSER" --dba-password '' > "$WORK/setup.log" 2>&1 \
  || { echo "RT database setup failed:" >&2; tail -20 "$WORK/setup.log" >&2; exit 1; }

# Tickets in SQL, as Redress's cases are: the same count over the same financial years up to 2020/21, one in 1,000
# about a sinkhole.
psql -d "$RT_DB" -v n="$CASES" -v years="${YEARS:-10}" <<'SQL'
insert into tickets (effectiveid, queue, type, owner, subject, initialpriority, finalpriority, priority,
    timeestimated, timeworked, status, timeleft, told, starts, started, due, resolved, lastupdatedby, lastupdated,
    creator, created)
select 0, q.id, 'ticket', 6, 'Generated ticket ' || g
        || case when g % 1000 = 7 then ', and now there is a sinkhole' else '' end,
    0, 0, 0, 0, 0, case when g % 50 = 0 then 'open' else 'resolved' end, 0, null, null, null, null, null, 1,
    now(), 1, make_date(2021 - :years, 4, 1)
        + ((g * 37) % (date '2021-04-01' - make_date(2021 - :years, 4, 1))) * interval '1 day'
from generate_series(1, :n) g, (select id from queues where name = 'General') q;
update tickets set effectiveid = id where effectiveid = 0;
vacuum analyze tickets;
SQL

spawn-fcgi -a 127.0.0.1 -p "$FCGI_PORT" -F "$(nproc)" -P "$WORK/fcgi.pid" -- /usr/share/request-tracker5/libexec/rt-server.fcgi \
  > "$WORK/fcgi.log" 2>&1
FCGI=$(cat "$WORK/fcgi.pid" 2>/dev/null || true)
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<NGINX
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx;
  fastcgi_temp_path $WORK/nginx;
  server {
    listen 127.0.0.1:$RT_PORT;
    location / {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_NAME "";
      fastcgi_param PATH_INFO \$uri;
      fastcgi_pass 127.0.0.1:$FCGI_PORT;
    }
  }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX=$!
BASE=http://localhost:$RT_PORT
for i in $(seq 1 60); do
  curl -sf -o /dev/null "$BASE/" && break
  sleep 1
done

# REST2 with an auth token for root, made the way RT's own tools do.
TOKEN=$(perl -I/usr/share/request-tracker5/lib -e '
  use RT; RT::LoadConfig(); RT::Init();
  my $root = RT::User->new(RT->SystemUser); $root->Load("root");
  my $token = RT::AuthToken->new($root);
  my ($ok, $msg, $string) = $token->Create(Owner => $root->id, Description => "bench");
  print $string;')
[ -n "$TOKEN" ] || { echo "could not make an RT auth token" >&2; exit 1; }

for c in 1 8 32; do
  java bench/Load.java rt-create "$BASE" "$TOKEN" "$c" "$CREATES"
done
java bench/Load.java rt-get "$BASE" "$TOKEN" 1 "$READS" \
  "rt5-search-rare-word=/REST/2.0/tickets?query=Subject%20LIKE%20'sinkhole'&per_page=25" \
  "rt5-queue-open=/REST/2.0/tickets?query=Status%20%3D%20'open'&orderby=Due&per_page=25" \
  "rt5-count-two-years=/REST/2.0/tickets?query=Created%20%3E%20'2019-04-01'%20AND%20Created%20%3C%20'2021-04-01'&per_page=1"
# What the count says, to show the query found the generated tickets.
total=$(curl -sf -H "Authorization: token $TOKEN" \
  "$BASE/REST/2.0/tickets?query=Created%20%3E%20'2019-04-01'%20AND%20Created%20%3C%20'2021-04-01'&per_page=1" \
  | sed -n 's/.*"total" *: *\([0-9]*\).*/\1/p')
echo "RESULT rt5-count-total total=${total:-unknown}"
