-- Statistics for V17's new column at once. Until PostgreSQL has them it takes open_response_due to be filled on every
-- case, not one in fifty, and reads the whole table for a queue page instead of V17's index; filling it changes too
-- few rows (the open cases) for autovacuum to analyse the table of its own accord.
analyze feedback_case;

-- Filling the column wrote a new version of each open case's row, and so entries in the pending lists of the
-- trigram indexes (V13.1), which every search then reads until the next vacuum (a rare word took 40 ms, not 10, at
-- a million cases): merge them into the indexes now.
do $$
begin
    if to_regclass('feedback_case_description_trgm') is not null then
        perform gin_clean_pending_list('feedback_case_description_trgm'::regclass);
    end if;
    if to_regclass('feedback_case_customer_trgm') is not null then
        perform gin_clean_pending_list('feedback_case_customer_trgm'::regclass);
    end if;
end
$$;
