-- When a person's record was anonymised under the retention rule (null: never). It keeps an anonymised person out of
-- later runs, so that each one is anonymised, and audited, once.
alter table person add column anonymised_at timestamptz;

-- anonymised_at means "holds no personal data now". An import or an edit that writes a name or a rank back (the
-- personnel import upserts by external_id) clears it, so that the rule anonymises the person again when they are
-- still due, instead of leaving them marked as done with their names restored.
create function person_anonymised_cleared() returns trigger language plpgsql as $$
begin
    if old.anonymised_at is not null and new.anonymised_at is not distinct from old.anonymised_at
       and (new.family_name, new.given_name, new.rank) is distinct from (old.family_name, old.given_name, old.rank) then
        new.anonymised_at := null;
    end if;
    return new;
end
$$;
create trigger person_anonymised_cleared before update on person
    for each row execute function person_anonymised_cleared();
