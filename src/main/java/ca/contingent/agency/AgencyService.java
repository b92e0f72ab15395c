package ca.contingent.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SortableColumns;
import ca.contingent.shared.Text;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AgencyService {

    static final SortableColumns SORTING = SortableColumns.of("code", "a.code", "name", "a.name_en", "type", "a.type",
            "province", "a.province", "partnerSince", "a.partner_since", "people", "people");

    private final AgencyRepository agencies;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    AgencyService(AgencyRepository agencies, JdbcClient jdbc, AuditLog audit) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<AgencyRow> list(String q, AgencyType type, String sort, String direction) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where true");
        if (!Text.isBlank(q)) {
            where.append(" and (lower(a.code) like ? or search_key(a.name_en) like ? or search_key(a.name_fr) like ?)");
            String contains = "%" + Text.searchKey(q).replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(contains);
            params.add(contains);
            params.add(contains);
        }
        if (type != null) {
            where.append(" and a.type = ?");
            params.add(type.name());
        }
        String sql = """
                select a.code, a.name_en, a.name_fr, a.type, a.province, a.partner_since,
                       coalesce((select c.people from person_agency_count c where c.agency_id = a.id), 0) as people
                from agency a
                %s
                order by %s
                """.formatted(where, SORTING.orderBy(sort, direction));
        return this.jdbc.sql(sql).params(params).query(AgencyRow.class).list();
    }

    @Transactional(readOnly = true)
    public Agency get(String code) {
        return this.agencies.findByCode(code).orElseThrow(() -> NotFoundException.of("agency", code));
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(String code) {
        return this.agencies.findByCode(code);
    }

    /** Which of these codes are agencies. */
    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> codes) {
        String[] wanted = codes.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Set.of();
        }
        return Set.copyOf(
                this.jdbc.sql("select code from agency where code = any(?)").param(wanted).query(String.class).list());
    }

    @Transactional(readOnly = true)
    public long count() {
        return this.agencies.count();
    }

    @Transactional(readOnly = true)
    public List<Agency> all() {
        return this.jdbc.sql("select * from agency order by code").query(Agency.class).list();
    }

    @Transactional
    public Agency create(AgencyForm form) {
        try {
            Agency created = this.agencies.save(Agency.create(form));
            this.audit.change(AuditAction.CREATE, "agency", created.code(), null, created);
            return created;
        }
        catch (DuplicateKeyException ex) {
            throw ConflictException.duplicateKey("agency", form.code());
        }
    }

    @Transactional
    public Agency update(String code, AgencyForm form) {
        Agency current = get(code);
        try {
            Agency saved = this.agencies.save(current.edit(form, form.version() == null ? -1 : form.version()));
            this.audit.change(AuditAction.UPDATE, "agency", code, current, saved);
            return saved;
        }
        catch (OptimisticLockingFailureException ex) {
            throw ConflictException.staleVersion("agency", code);
        }
    }

    @Transactional
    public void delete(String code) {
        Agency agency = get(code);
        // The person and user modules publish these counts; neither table is the agency's
        // to read.
        int people = this.jdbc.sql("select coalesce(sum(people), 0) from person_agency_count where agency_id = ?")
            .param(agency.id())
            .query(Integer.class)
            .single();
        if (people > 0) {
            throw new ConflictException("agency.delete.referencedByPeople", code, people);
        }
        int users = this.jdbc.sql("select count(*) from user_scope where agency_id = ?")
            .param(agency.id())
            .query(Integer.class)
            .single();
        if (users > 0) {
            throw new ConflictException("agency.delete.referencedByUsers", code, users);
        }
        this.agencies.delete(agency);
        this.audit.change(AuditAction.DELETE, "agency", code, agency, null);
    }

}
