-- What the annual report reads, shaped after reference/performance-baselines.md: the activity part scans one fiscal
-- year of activities by date; covering the summed columns lets it read the index alone (3x in the baselines) instead
-- of visiting a heap page per row.
drop index activity_date_idx;
create index activity_date_covering_idx on activity (date)
    include (mission_id, category, type, sessions, participants, participants_women);

-- Category and type are strongly dependent; without these statistics the planner misjudges GROUP BY sizes (the
-- baselines saw a 45 s sort spill on the 35-year trend).
create statistics activity_category_type (ndistinct, dependencies) on category, type from activity;
create statistics activity_fiscal_year on (extract(year from date - interval '3 months')::int) from activity;
