-- V4's table comments pointed at the county council report the product was modelled on; they now point at the
-- project's own write-up of the rules (docs/rules.md), which names that report and every other source.
comment on table delay_reason is 'Reasons a response may be late (docs/rules.md section 7; annual report tables 11 to 13); configurable per council';
comment on table tag is 'Free labels on feedback, e.g. Covid (docs/rules.md section 1)';
comment on table remedy_action is 'What the council did or will do to put things right (docs/rules.md section 8; annual report table 23)';
comment on table payment is 'Money paid or waived because of a complaint (docs/rules.md section 8)';
