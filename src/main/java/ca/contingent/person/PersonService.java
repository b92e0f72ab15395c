package ca.contingent.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ca.contingent.agency.Agency;
import ca.contingent.agency.AgencyService;
import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SortableColumns;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonService {

    // Names sort on their search keys so that "Côté" sorts with "Cote", not after "Z".
    static final SortableColumns SORTING = SortableColumns.of("name", "(p.family_key, p.given_key, p.external_id)",
            "agency", "a.code", "gender", "p.gender", "category", "p.category", "rank", "p.rank");

    private static final String SELECT_ROWS = """
            select p.external_id, p.family_name, p.given_name, p.gender, p.category, a.code as agency,
                   a.name_en as agency_name_en, a.name_fr as agency_name_fr, p.rank, p.languages
            from person p
            join agency_name a on a.id = p.agency_id
            """;

    private final PersonRepository people;

    private final AgencyService agencies;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    PersonService(PersonRepository people, AgencyService agencies, JdbcClient jdbc, AuditLog audit) {
        this.people = people;
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PersonRow> list(Scope scope, PersonFilter filter, String sort, String direction) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where ").append(scope.people("p", params));
        if (!Text.isBlank(filter.q())) {
            // The generated keys are indexed with COLLATE "C", which is what lets LIKE
            // 'prefix%' use the index.
            where.append(" and (p.family_key like ? collate \"C\" or p.given_key like ? collate \"C\")");
            String prefix = Text.prefixPattern(filter.q());
            params.add(prefix);
            params.add(prefix);
        }
        if (!Text.isBlank(filter.agency())) {
            where.append(" and a.code = ?");
            params.add(filter.agency().trim());
        }
        if (filter.gender() != null) {
            where.append(" and p.gender = ?");
            params.add(filter.gender().name());
        }
        if (filter.category() != null) {
            where.append(" and p.category = ?");
            params.add(filter.category().name());
        }
        if (!Text.isBlank(filter.language())) {
            where.append(" and ? = any (string_to_array(p.languages, ';'))");
            params.add(filter.language().trim().toLowerCase(Locale.ROOT));
        }
        String sql = SELECT_ROWS + where + " order by " + SORTING.orderBy(sort, direction);
        return this.jdbc.sql(sql).params(params).query(PersonRow.class).list();
    }

    /**
     * One person as pages and the API show them; absent and out of scope answer the same.
     */
    @Transactional(readOnly = true)
    public PersonRow row(Scope scope, String externalId) {
        List<Object> params = new ArrayList<>();
        String condition = scope.people("p", params);
        params.add(externalId);
        return this.jdbc.sql(SELECT_ROWS + "where " + condition + " and p.external_id = ?")
            .params(params)
            .query(PersonRow.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("person", externalId));
    }

    /**
     * A person's record with their deployments, as the person page and the API show it. A
     * read from outside headquarters is logged in the same transaction (who, which
     * record, when; never the record's data), so that no such read is served without its
     * trace.
     */
    @Transactional
    public PersonRecord read(Scope scope, String externalId) {
        PersonRecord record = new PersonRecord(row(scope, externalId), history(scope, externalId));
        if (!scope.isEverything()) {
            this.audit.change(AuditAction.READ, "person", record.person().externalId(), null, null);
        }
        return record;
    }

    /** Every deployment of the person, newest first. */
    @Transactional(readOnly = true)
    public List<PersonDeployment> history(Scope scope, String externalId) {
        List<Object> params = new ArrayList<>();
        String condition = scope.deployments("d", params);
        params.add(externalId);
        String sql = """
                select d.external_id, p.external_id as person, d.mission_code as mission, d.mission_name_en,
                       d.mission_name_fr, d.role, d.leadership, d.term, d.start_date, d.end_date, d.status
                from person_deployment d
                join person p on p.id = d.person_id
                where %s and p.external_id = ?
                order by d.start_date desc, d.external_id
                """.formatted(condition);
        return this.jdbc.sql(sql).params(params).query(PersonDeployment.class).list();
    }

    /** Everyone on the roster as choices for a form. */
    @Transactional(readOnly = true)
    public List<PersonOption> options(Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "select external_id, family_name, given_name from person p where " + scope.people("p", params)
                + " order by family_key, given_key, external_id";
        return this.jdbc.sql(sql).params(params).query(PersonOption.class).list();
    }

    /**
     * The people a deployed member's account may be linked to: everyone not anonymised,
     * by external id.
     */
    @Transactional(readOnly = true)
    public List<PersonOption> accountChoices() {
        return this.jdbc.sql("""
                select external_id, family_name, given_name from person where anonymised_at is null
                order by external_id""").query(PersonOption.class).list();
    }

    /** Which of these external ids are people on the roster. */
    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> externalIds) {
        String[] wanted = externalIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Set.of();
        }
        return Set.copyOf(this.jdbc.sql("select external_id from person where external_id = any(?)")
            .param(wanted)
            .query(String.class)
            .list());
    }

    @Transactional(readOnly = true)
    public long count() {
        return this.people.count();
    }

    @Transactional(readOnly = true)
    public Person get(String externalId) {
        return find(externalId).orElseThrow(() -> NotFoundException.of("person", externalId));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(String externalId) {
        return externalId == null ? Optional.empty() : this.people.findByExternalId(externalId.trim());
    }

    /**
     * The form to edit someone in the caller's scope; like the person page, a read logged
     * outside headquarters.
     */
    @Transactional
    public PersonForm editForm(Scope scope, String externalId) {
        // Out of scope answers like absent, before the unscoped look-up.
        row(scope, externalId);
        Person person = get(externalId);
        if (!scope.isEverything()) {
            this.audit.change(AuditAction.READ, "person", person.externalId(), null, null);
        }
        return PersonForm.of(person, agencyCode(person));
    }

    /** A new person, in an agency the caller's scope covers (a coordinator's own). */
    @Transactional
    public Person create(Scope scope, PersonForm form) {
        Agency agency = agency(scope, form.agency());
        String externalId = form.externalId() != null ? form.externalId() : generatedId();
        try {
            Person created = this.people.save(Person.create(form, externalId, agency.id()));
            this.audit.change(AuditAction.CREATE, "person", created.externalId(), null, created);
            return created;
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("person.duplicate", externalId);
        }
    }

    /**
     * Someone in the caller's scope (404 otherwise), kept in an agency that scope covers.
     */
    @Transactional
    public Person update(Scope scope, String externalId, PersonForm form) {
        row(scope, externalId);
        Person current = get(externalId);
        Agency agency = agency(scope, form.agency());
        try {
            Person saved = this.people
                .save(current.edit(form, agency.id(), form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "person", saved.externalId(), current, saved);
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw new ConflictException("person.stale", externalId);
        }
    }

    @Transactional
    public void delete(String externalId) {
        Person person = get(externalId);
        int deployments = this.jdbc.sql("select count(*) from person_deployment where person_id = ?")
            .param(person.id())
            .query(Integer.class)
            .single();
        if (deployments > 0) {
            throw new ConflictException("person.delete.referenced", externalId, deployments);
        }
        // A deployed member's user account names the person; the account goes (or changes
        // role) first.
        if (this.jdbc.sql("select count(*) from user_scope where person_id = ?")
            .param(person.id())
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("person.delete.hasAccount", externalId);
        }
        this.people.delete(person);
        this.audit.change(AuditAction.DELETE, "person", person.externalId(), person, null);
    }

    private Agency agency(Scope scope, String code) {
        Agency agency = this.agencies.find(code)
            .orElseThrow(() -> UnprocessableException.of("agency", "person.agency.unknown", code));
        if (!scope.coversAgency(agency.id())) {
            throw UnprocessableException.of("agency", "person.agency.outsideScope", code);
        }
        return agency;
    }

    private String agencyCode(Person person) {
        return this.jdbc.sql("select code from agency_name where id = ?")
            .param(person.agencyId())
            .query(String.class)
            .single();
    }

    /**
     * "P-" and eight random hexadecimal digits: unique in practice, and the database's
     * unique key guards it.
     */
    private static String generatedId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

}
