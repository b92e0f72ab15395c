package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import ca.contingent.agency.AgencyService;
import ca.contingent.person.PersonService;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.ReferenceDataLoaded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped 2024-25 reference data set into an empty database (no agencies and no
 * people), through the same import code as any file, all five files in one transaction.
 * Runs after the first administrator is created ({@code FirstAdministrator} is
 * {@code @Order(0)}).
 */
@Component
@Order(1)
class ReferenceDataLoader implements ApplicationRunner {

    /**
     * In the order their references need: people refer to agencies, deployments to people
     * and missions.
     */
    static final List<ImportKind> ORDER = List.of(ImportKind.AGENCIES, ImportKind.MISSIONS, ImportKind.PERSONNEL,
            ImportKind.DEPLOYMENTS, ImportKind.ACTIVITIES, ImportKind.OUTCOMES, ImportKind.INDICATORS,
            ImportKind.TARGETS, ImportKind.HIGHLIGHTS);

    /**
     * The fiscal year the shipped data set describes; its annual report has been
     * published.
     */
    static final FiscalYear REFERENCE_YEAR = FiscalYear.parse("2024-25");

    /** The advisory lock that one loading at a time holds ("CONTINGE" in ASCII). */
    static final long LOAD_LOCK = 0x434f4e54494e4745L;

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final ImportService imports;

    private final JdbcClient jdbc;

    private final AgencyService agencies;

    private final PersonService people;

    private final TransactionTemplate transaction;

    private final boolean enabled;

    private final ApplicationEventPublisher events;

    ReferenceDataLoader(ImportService imports, JdbcClient jdbc, AgencyService agencies, PersonService people,
            PlatformTransactionManager transactions, @Value("${contingent.reference-data:true}") boolean enabled,
            ApplicationEventPublisher events) {
        this.imports = imports;
        this.events = events;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.people = people;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (this.enabled) {
            load();
        }
    }

    /**
     * Loads the data set when the database is empty; answers what each file did, or
     * nothing when it was not.
     */
    List<ImportResult> load() {
        long started = System.nanoTime();
        List<ImportResult> results = this.transaction.execute((status) -> {
            // Two instances starting on one empty database: the second waits here until
            // the first commits, then finds the data loaded. A lock of the transaction,
            // so
            // that the loader need not lock the tables of the modules it loads.
            this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOAD_LOCK).query().singleValue();
            if (this.agencies.count() + this.people.count() > 0) {
                return List.<ImportResult>of();
            }
            List<ImportResult> done = new ArrayList<>();
            for (ImportKind kind : ORDER) {
                try (InputStream in = new ClassPathResource(kind.exampleResource()).getInputStream()) {
                    done.add(this.imports.importReferenceData(kind, in));
                }
                catch (ImportRejectedException ex) {
                    log.error("The reference file {} is invalid: {}", kind.exampleResource(), ex.errors());
                    throw ex;
                }
                catch (IOException ex) {
                    throw new IllegalStateException("reference data file missing: " + kind.exampleResource(), ex);
                }
            }
            // In the same transaction: the year the data set describes is published
            // (frozen) with it, or not loaded.
            this.events.publishEvent(new ReferenceDataLoaded(REFERENCE_YEAR));
            return done;
        });
        if (results != null && !results.isEmpty()) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Loaded the reference data set in {} ms: {}", millis,
                    results.stream().map((r) -> r.kind() + " " + r.created() + " created of " + r.rows()).toList());
        }
        return results == null ? List.of() : results;
    }

}
