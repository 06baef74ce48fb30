#!/usr/bin/env bash
# Times the annual customer feedback report over 1,000,000 cases of one council on PostgreSQL, beside one plain
# aggregation scan over the same rows, and says what machine it ran on. Not part of ./mvnw verify.
#
#   bench/annual-report.sh                 # PostgreSQL at 127.0.0.1:5432, user postgres, trust authentication
#   CASES=250000 PGHOST=db PGUSER=me bench/annual-report.sh
#
# It (re)creates the database $BENCH_DB, starts Redress once against it (Flyway builds the schema, a council is
# created), fills the council with generated cases in SQL, then asks the running Redress for the 2020/21 report.
set -euo pipefail

cd "$(dirname "$0")/.."
CASES=${CASES:-1000000}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-redress_bench}
PORT=${PORT:-8190}
PASSWORD=bench-password-$RANDOM
export PGHOST PGPORT PGUSER

psql() { command psql -v ON_ERROR_STOP=1 -X -q "$@"; }

echo "== machine"
uname -srm
echo "cpus: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "java: $(java -version 2>&1 | head -1)"
psql -d postgres -t -c "select version()" | sed 's/^ *//'

echo "== build"
./mvnw -B -q -DskipTests package
JAR=$(ls target/redress-*.jar | grep -v original | head -1)

echo "== database $BENCH_DB"
psql -d postgres -c "drop database if exists $BENCH_DB"
psql -d postgres -c "create database $BENCH_DB"

SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
REDRESS_DEMO_DATA=false REDRESS_ADMIN_USERNAME=bench.admin REDRESS_ADMIN_PASSWORD=$PASSWORD \
REDRESS_AUTHORITY_NAME="Bench County Council" REDRESS_AUTHORITY_CODE=BENCH REDRESS_AUTHORITY_TYPE=county \
SERVER_PORT=$PORT java -jar "$JAR" > target/bench-redress.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
    kill -0 $APP 2>/dev/null || { echo "Redress did not start; see target/bench-redress.log"; exit 1; }
    sleep 1
done

echo "== generating $CASES cases"
START=$(date +%s.%N)
psql -d "$BENCH_DB" -v n="$CASES" <<'SQL'
\set a '(select id from authority where code = ''BENCH'')'
insert into directorate (authority_id, name)
select :a, n from unnest(array['Adult Social Care and Health', 'Children, Young People and Education',
    'Growth, Environment and Transport', 'Strategic and Corporate Services']) n;
insert into service (authority_id, directorate_id, name)
select :a, d.id, 'Service ' || g || ' of ' || d.name from directorate d, generate_series(1, 4) g
where d.authority_id = :a;
-- three financial years, 2018/19 to 2020/21; types and channels in the seed report's rough proportions
insert into feedback_case (authority_id, reference, feedback_type, channel, status, received_on, directorate_id,
    service_id, procedure_code, current_stage, description, closed_on)
select :a, 'B' || g,
    (array['complaint', 'complaint', 'complaint', 'comment', 'compliment', 'enquiry', 'enquiry', 'enquiry',
           'member_enquiry', 'informal_concern'])[1 + (g * 7) % 10],
    (array['phone', 'letter', 'email', 'face_to_face', 'online', 'online', 'via_member', 'other'])[1 + (g * 13) % 8],
    'closed', date '2018-04-01' + ((g * 37) % 1095)::int, s.directorate_id, s.id, 'corporate', 1, 'Generated case',
    date '2018-04-01' + ((g * 37) % 1095)::int + 12
from generate_series(1, :n) g
join (select id, directorate_id, row_number() over (order by id) - 1 as k from service where authority_id = :a) s
  on s.k = g % 16;
insert into case_stage (authority_id, case_id, stage_number, received_on, acknowledgement_due, acknowledged_on,
    response_due, original_response_due, suspended_working_days, responded_on, outcome, delay_reason)
select authority_id, id, 1, received_on, received_on + 3, received_on + 1, received_on + 28, received_on + 28,
    case when id % 17 = 0 then 5 else 0 end,
    case when feedback_type in ('comment', 'compliment') then null else received_on + ((id * 31) % 40)::int end,
    case when feedback_type = 'complaint' then
        (array['not_upheld', 'not_upheld', 'upheld', 'partly_upheld', 'resolved_upon_receipt'])[1 + (id / 3) % 5] end,
    case when feedback_type <> 'complaint' or (id * 31) % 40 <= 28 then null
         else (array['complex_case', 'workload', 'sign_off_delay', 'staff_absent_or_unavailable'])[1 + (id / 7) % 4] end
from feedback_case where authority_id = :a;
insert into case_stage (authority_id, case_id, stage_number, received_on, response_due, original_response_due,
    responded_on, outcome)
select authority_id, case_id, 2, responded_on + 5, responded_on + 33, responded_on + 33, responded_on + 20,
    (array['not_upheld', 'upheld', 'partly_upheld'])[1 + case_id % 3]
from case_stage s where s.authority_id = :a and s.stage_number = 1 and s.outcome in ('upheld', 'partly_upheld')
  and (s.case_id / 7) % 8 = 0;
update feedback_case c set current_stage = 2 where authority_id = :a
  and exists (select 1 from case_stage s where s.case_id = c.id and s.stage_number = 2);
insert into case_reason (case_id, authority_id, reason_key)
select id, authority_id, (array['communications_or_information', 'policy_and_procedure', 'staff_conduct',
    'issues_with_service/delay_in_doing_something', 'issues_with_service/failure_to_do_something',
    'value_for_money'])[1 + (id / 5) % 6]
from feedback_case where authority_id = :a and feedback_type = 'complaint';
insert into tag (authority_id, tag_key, label) values (:a, 'covid', 'Covid');
insert into case_tag (case_id, tag_id, authority_id)
select c.id, t.id, c.authority_id from feedback_case c join tag t on t.authority_id = c.authority_id
where c.authority_id = :a and (c.id / 3) % 10 = 0;
insert into remedy_action (authority_id, case_id, stage_number, action_kind)
select authority_id, case_id, 1, (array['formal_apology', 'explanation', 'discuss_at_team_meeting',
    'staff_training_or_guidance'])[1 + (case_id / 11) % 4]
from case_stage where authority_id = :a and stage_number = 1 and outcome in ('upheld', 'partly_upheld');
insert into payment (authority_id, case_id, payment_kind, amount, paid_on, directorate_id, source)
select c.authority_id, c.id, 'compensation', 25 + (c.id % 500), s.responded_on + 10, c.directorate_id,
    case when c.id % 3 = 0 then 'ombudsman' else 'local_resolution' end
from feedback_case c join case_stage s on s.case_id = c.id and s.stage_number = 1
where c.authority_id = :a and s.outcome = 'upheld' and (c.id / 13) % 10 = 0;
analyze;
SQL
echo "generated in $(echo "$(date +%s.%N) - $START" | bc) s"
psql -d "$BENCH_DB" -t -c "select 'cases: ' || count(*) from feedback_case" \
    -c "select 'stages: ' || count(*) from case_stage"

report() {
    local started ended
    started=$(date +%s.%N)
    curl -sf -u "bench.admin:$PASSWORD" -o "target/bench-report.$1" \
        "http://localhost:$PORT/api/v1/reports/annual-feedback?year=2020&format=$1"
    ended=$(date +%s.%N)
    echo "whole report ($1): $(echo "$ended - $started" | bc) s"
}

echo "== the whole 2020/21 report (every table, each one SQL aggregation), three runs after a warm-up"
report json > /dev/null
for i in 1 2 3; do report json; done
report pdf

echo "== one plain aggregation scan over the same rows, three runs"
for i in 1 2 3; do
    psql -d "$BENCH_DB" -c '\timing on' -c "select c.feedback_type, count(*), count(s.responded_on)
        from feedback_case c join case_stage s on s.case_id = c.id
        where c.received_on between date '2019-04-01' and date '2021-03-31'
        group by c.feedback_type" | grep -i '^time'
done
