package ca.contingent.readiness;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of readiness item codes the program maintains; codes are only added, since
 * items reference them.
 */
@Service
public class ReadinessCodes {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    ReadinessCodes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReadinessCode> list() {
        return this.jdbc.sql("select code, name_en, name_fr from readiness_item_code order by code")
            .query(ReadinessCode.class)
            .list();
    }

    /** Which of these codes are readiness items of the list. */
    @Transactional(readOnly = true)
    public Set<String> existing(Collection<String> codes) {
        String[] wanted = codes.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Set.of();
        }
        return Set.copyOf(this.jdbc.sql("select code from readiness_item_code where code = any(?)")
            .param(wanted)
            .query(String.class)
            .list());
    }

    /**
     * Adds the code; "on conflict do nothing" so a duplicate does not abort the
     * surrounding transaction.
     */
    @Transactional
    public ReadinessCode add(ReadinessCodeForm form) {
        int inserted = this.jdbc.sql("""
                insert into readiness_item_code (code, name_en, name_fr) values (?, ?, ?)
                on conflict (code) do nothing""").params(form.code(), form.nameEn(), form.nameFr()).update();
        if (inserted == 0) {
            throw new ConflictException("readiness.code.duplicate", form.code());
        }
        ReadinessCode created = new ReadinessCode(form.code(), form.nameEn(), form.nameFr());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", created.code());
        after.put("nameEn", created.nameEn());
        after.put("nameFr", created.nameFr());
        // Inside the transaction, so the code and its audit row are kept or lost
        // together.
        this.audit.change(AuditAction.CREATE, "readiness_item_code", created.code(), null, after);
        return created;
    }

}
