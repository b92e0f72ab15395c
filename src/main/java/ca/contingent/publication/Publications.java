package ca.contingent.publication;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.ReferenceDataLoaded;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes (freezes) a fiscal year and reads what was published, the restatements made
 * since, and how the figures compare now. The restatements themselves are written by the
 * database (migration V55), never here.
 */
@Service
public class Publications {

    /**
     * Who published the reference year: the data set arrives with its report already
     * published.
     */
    static final String REFERENCE_DATA = "reference data";

    /**
     * Restatements of people and deployments name a personal record; these roles may know
     * which.
     */
    private static final Set<String> SEE_PERSONAL_KEYS = Set.of("ROLE_ADMIN", "ROLE_PROGRAM_OFFICER", "ROLE_AUDITOR");

    private static final Set<String> PERSONAL_ENTITIES = Set.of("person", "deployment");

    private final JdbcClient jdbc;

    private final AnnualReports reports;

    private final AuditLog audit;

    private final ObjectMapper json;

    Publications(JdbcClient jdbc, AnnualReports reports, AuditLog audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Publishes the year's current figures in both languages, as the signed-in user.
     * @throws ConflictException when the year is already published
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAM_OFFICER')")
    public Publication publish(FiscalYear year) {
        return freeze(year, currentUser());
    }

    /**
     * The reference data set's year is published in the loading transaction, unless it
     * already is.
     */
    @EventListener
    public void referenceDataLoaded(ReferenceDataLoaded event) {
        if (find(event.fiscalYear()).isEmpty()) {
            freeze(event.fiscalYear(), REFERENCE_DATA);
        }
    }

    private Publication freeze(FiscalYear year, String by) {
        // Writers wait while the figures are taken, and a write that was under way is
        // finished first: a change is
        // either in the snapshot or, once the publication is committed, a restatement;
        // never neither.
        this.jdbc.sql("lock table agency, mission, person, deployment, activity in share mode").update();
        find(year).ifPresent((existing) -> {
            throw alreadyPublished(existing);
        });
        AnnualReport english = this.reports.of(year, "en");
        AnnualReport french = this.reports.of(year, "fr");
        Optional<Timestamp> at = this.jdbc.sql("""
                insert into fiscal_year_publication (fiscal_year, first_day, last_day, published_by, report_en,
                                                     report_fr)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                on conflict (fiscal_year) do nothing
                returning published_at""")
            .params(year.toString(), year.from(), year.to(), by, this.json.writeValueAsString(english),
                    this.json.writeValueAsString(french))
            .query(Timestamp.class)
            .optional();
        if (at.isEmpty()) {
            // Another request published it between the check and the insert.
            throw alreadyPublished(find(year).orElseThrow());
        }
        Publication publication = new Publication(year.toString(), at.get().toInstant(), by);
        this.audit.change(AuditAction.CREATE, "publication", year.toString(), null,
                Map.of("publishedBy", by, "totals", english.totals()));
        return publication;
    }

    private static ConflictException alreadyPublished(Publication existing) {
        return new ConflictException("publication.already", existing.fiscalYear(), existing.atText(), existing.by());
    }

    /** Who published the year and when; empty when it is not published. */
    @Transactional(readOnly = true)
    public Optional<Publication> find(FiscalYear year) {
        return this.jdbc.sql("""
                select fiscal_year, published_at, published_by from fiscal_year_publication where fiscal_year = ?""")
            .param(year.toString())
            .query((rs, row) -> new Publication(rs.getString("fiscal_year"),
                    rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
            .optional();
    }

    /**
     * The report as published, mission names in the given language.
     * @throws NotFoundException when the year is not published
     */
    @Transactional(readOnly = true)
    public AnnualReport published(FiscalYear year, String language) {
        String column = "fr".equals(language) ? "report_fr" : "report_en";
        String text = this.jdbc.sql("select " + column + "::text from fiscal_year_publication where fiscal_year = ?")
            .param(year.toString())
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("publication", year));
        return this.json.readValue(text, AnnualReport.class);
    }

    /**
     * The published figures next to the current ones; empty when the year is not
     * published.
     */
    @Transactional(readOnly = true)
    public Optional<Comparison> compare(FiscalYear year, String language) {
        if (find(year).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Comparison.of(published(year, language), this.reports.of(year, language)));
    }

    /**
     * The restatements of a year, newest first, at most {@code limit} of them, with how
     * many there are in all. The record of a person or a deployment is named only to the
     * roles that may know which people there are; others see that such a record changed.
     */
    @Transactional(readOnly = true)
    public Restatements restatements(FiscalYear year, int limit) {
        boolean personalKeys = currentAuthorities().stream().anyMatch(SEE_PERSONAL_KEYS::contains);
        long total = this.jdbc.sql("select count(*) from restatement where fiscal_year = ?")
            .param(year.toString())
            .query(Long.class)
            .single();
        List<Restatement> latest = this.jdbc.sql("""
                select at, username, action, entity, key from restatement where fiscal_year = ?
                order by at desc, id desc limit ?""")
            .params(year.toString(), limit)
            .query((rs, row) -> new Restatement(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                    rs.getString("action"), rs.getString("entity"), rs.getString("key")))
            .list()
            .stream()
            .map((r) -> personalKeys || !PERSONAL_ENTITIES.contains(r.entity()) ? r : r.withoutKey())
            .toList();
        return new Restatements(total, latest);
    }

    /** The latest restatements of a year and how many there are. */
    public record Restatements(long total, List<Restatement> latest) {
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static Set<String> currentAuthorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities()
            .stream()
            .map((authority) -> authority.getAuthority())
            .collect(java.util.stream.Collectors.toSet());
    }

}
