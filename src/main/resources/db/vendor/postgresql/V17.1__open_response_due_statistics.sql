-- Statistics for V17's new column at once. Until PostgreSQL has them it takes open_response_due to be filled on every
-- case, not one in fifty, and reads the whole table for a queue page instead of V17's index; filling it changes too
-- few rows (the open cases) for autovacuum to analyse the table of its own accord.
analyze feedback_case;
