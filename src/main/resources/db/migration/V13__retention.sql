-- When a person's record was anonymised under the retention rule (null: never). It keeps an anonymised person out of
-- later runs, so that each one is anonymised, and audited, once.
alter table person add column anonymised_at timestamptz;
