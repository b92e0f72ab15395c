-- The fiscal-year format in one place in the database, stating what ca.contingent.shared.FiscalYear accepts (issue 9):
-- YYYY-YY, the second year following the first, starting from 1900 to 2998 (FiscalYear.FIRST_START_YEAR and
-- LAST_START_YEAR). Before, indicator_target and highlight checked the consecutive years but no range, and
-- fiscal_year_publication only the shape, so that it accepted 2024-99. FiscalYearRuleIntegrationTests holds the two
-- sides to the same answers.
--
-- A case rather than and: the casts run only on text of the right shape, even when PostgreSQL folds a constant.
create function fiscal_year_valid(fiscal_year text) returns boolean
language sql immutable parallel safe as $$
    select case when fiscal_year ~ '^[0-9]{4}-[0-9]{2}$'
                then substr(fiscal_year, 1, 4)::integer between 1900 and 2998
                     and (substr(fiscal_year, 1, 4)::integer + 1) % 100 = substr(fiscal_year, 6, 2)::integer
                else false end
$$;

alter table indicator_target drop constraint indicator_target_year_check;
alter table indicator_target add constraint indicator_target_year_check check (fiscal_year_valid(fiscal_year));

alter table highlight drop constraint highlight_year_check;
alter table highlight add constraint highlight_year_check check (fiscal_year_valid(fiscal_year));

-- restatement.fiscal_year references this column, so it holds only what this check lets in.
alter table fiscal_year_publication drop constraint fiscal_year_publication_format;
alter table fiscal_year_publication add constraint fiscal_year_publication_format check (fiscal_year_valid(fiscal_year));
