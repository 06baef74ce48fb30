-- Search finds words anywhere in the customer's name or the description (lower(...) like '%word%'). On
-- PostgreSQL trigram indexes answer that without reading every case; the query is the same on H2, which scans.
-- pg_trgm ships with PostgreSQL (contrib); where it is not available the indexes are left out and search scans.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        create extension if not exists pg_trgm;
        create index feedback_case_description_trgm on feedback_case using gin (lower(description) gin_trgm_ops);
        create index feedback_case_customer_trgm on feedback_case using gin (lower(customer_name) gin_trgm_ops);
    else
        raise notice 'pg_trgm is not available: search will scan the cases';
    end if;
end
$$;
