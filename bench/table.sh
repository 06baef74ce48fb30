#!/usr/bin/env bash
# Prints bench/run's results (RESULT lines) as the table bench/README.md keeps, with the ratios to each baseline.
#   bench/table.sh RESULTS CPU MEMORY OS JAVA POSTGRESQL CASES LOAD
set -euo pipefail
results=$1
printf '\n== results (%s cases)\n\n' "$7"
printf '| machine | %s; %s; %s; %s; PostgreSQL %s; load average before the run %s |\n|---|---|\n\n' \
  "$2" "$3" "$4" "$5" "$6" "$8"
awk '
# the value of field=... in a RESULT line; a whole word, so "s" does not match the end of "rows=..."
function v(label, field,   f) { f = " " R[label]; if (f == " ") return ""; if (match(f, " " field "=[^ ]*")) return substr(f, RSTART + length(field) + 2, RLENGTH - length(field) - 2); return "" }
function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
/^RESULT / { label = $2; $1 = ""; $2 = ""; R[label] = $0; order[n++] = label }
END {
  print "| workload | Redress | baseline | ratio |"
  print "|---|---|---|---|"
  if ("import-skipped" in R) print "| (a) import | skipped: this build has no import command | | |"
  else if ("import-redress" in R) {
    printf "| (a) import phase (the command'"'"'s own figure) into BENCH, rows/s | %s (%s s: checked %s s, written %s s) | %s (COPY, %s s) | %s of COPY |\n", v("import-redress", "rows_per_s"), v("import-redress", "s"), v("import-redress", "checked_s"), v("import-redress", "written_s"), v("import-copy", "rows_per_s"), v("import-copy", "s"), ratio(v("import-redress", "rows_per_s"), v("import-copy", "rows_per_s"))
    if ("import-copy-tables" in R) printf "| (a) import phase into BENCH against the same rows COPY-ed into Redress'"'"'s own tables (indexes, keys and checks), rows/s | %s | %s (%s s) | %s of that COPY |\n", v("import-redress", "rows_per_s"), v("import-copy-tables", "rows_per_s"), v("import-copy-tables", "s"), ratio(v("import-redress", "rows_per_s"), v("import-copy-tables", "rows_per_s"))
    if ("import-first" in R) printf "| (a) import phase, a council'"'"'s first import (a database with no cases yet), rows/s | %s (%s s: checked %s s, written %s s) | %s (COPY) | %s of COPY |\n", v("import-first", "rows_per_s"), v("import-first", "s"), v("import-first", "checked_s"), v("import-first", "written_s"), v("import-copy", "rows_per_s"), ratio(v("import-first", "rows_per_s"), v("import-copy", "rows_per_s"))
    if ("import-command" in R) printf "| (a) import, whole command with JVM and application start, rows/s | %s (%s s) | %s (COPY) | %s of COPY |\n", v("import-command", "rows_per_s"), v("import-command", "s"), v("import-copy", "rows_per_s"), ratio(v("import-command", "rows_per_s"), v("import-copy", "rows_per_s"))
  }
  split("1 8 32", cs, " ")
  for (i = 1; i <= 3; i++) {
    c = cs[i]; a = "create-api-c" c; j = "create-jdbc-c" c
    printf "| (b) create, concurrency %s: req/s, p50/p95/p99 ms | %s, %s/%s/%s | %s, %s/%s/%s (JDBC) | %s of JDBC req/s |\n", c, v(a, "rps"), v(a, "p50"), v(a, "p95"), v(a, "p99"), v(j, "rps"), v(j, "p50"), v(j, "p95"), v(j, "p99"), ratio(v(a, "rps"), v(j, "rps"))
  }
  if ("create-api-basic-c8" in R) printf "| (b) create, concurrency 8, HTTP Basic instead of a token: req/s, p50/p95/p99 ms | %s, %s/%s/%s | | |\n", v("create-api-basic-c8", "rps"), v("create-api-basic-c8", "p50"), v("create-api-basic-c8", "p95"), v("create-api-basic-c8", "p99")
  for (k = 0; k < n; k++) {
    l = order[k]
    if (l ~ /^(queue|search)-/) printf "| (c) %s: p50/p95 ms | %s/%s | | |\n", l, v(l, "p50"), v(l, "p95")
  }
  printf "| (d) annual report 2020/21 (JSON, median of 3), s | %s | %s (one aggregation scan) | %s× the scan |\n", v("report-json", "median_s"), v("report-scan", "median_s"), ratio(v("report-json", "median_s"), v("report-scan", "median_s"))
  printf "| (d) annual report 2020/21 (PDF), s | %s | | |\n", v("report-pdf", "s")
  printf "| memory: Redress peak RSS with -Xmx512m | %s | | |\n", v("memory", "peak_rss_mib") " MiB"
  for (k = 0; k < n; k++) {
    l = order[k]
    if (l ~ /^rt5-/) printf "| (e) Request Tracker 5: %s | %s | | |\n", l, R[l]
  }
}' "$results"
