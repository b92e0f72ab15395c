package ca.contingent.deployment;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.shared.UnprocessableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two overlapping deployments of one person saved at the same time: both pass the check,
 * the exclusion constraint refuses the second, and the refusal names the first exactly as
 * the check would. The records are committed (two transactions must see each other), so
 * they use their own T- codes and 2040 dates and are removed afterwards.
 */
@IntegrationTest
class DeploymentOverlapRaceIntegrationTests {

    @Autowired
    DeploymentService deployments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-RACE")
            .mission("T-RACE", null)
            .person("T-PRACE", "Course", "Alex", "X", "POLICE", "T-RACE", "en");
    }

    @AfterEach
    void removeRecords() {
        this.jdbc.sql("delete from deployment where external_id like 'T-DRACE%'").update();
        this.jdbc.sql("delete from person where external_id = 'T-PRACE'").update();
        this.jdbc.sql("delete from mission where code = 'T-RACE'").update();
        this.jdbc.sql("delete from agency where code = 'T-RACE'").update();
    }

    @Test
    void theLoserOfARaceIsRefusedWithTheMessageNamingTheWinner() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(this.transactions);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transaction.executeWithoutResult((status) -> {
                this.deployments.create(form("T-DRACE1", "2040-01-01", "2040-06-30"), "officer");
                firstWritten.countDown();
                await(release);
            }));
            assertThat(firstWritten.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Throwable> second = pool.submit(() -> {
                try {
                    this.deployments.create(form("T-DRACE2", "2040-03-01", "2040-03-31"), "officer");
                    return null;
                }
                catch (RuntimeException ex) {
                    return ex;
                }
            });
            awaitBlockedWrite();
            release.countDown();
            first.get(20, TimeUnit.SECONDS);
            Throwable refusal = second.get(20, TimeUnit.SECONDS);
            assertThat(refusal).isInstanceOf(UnprocessableException.class);
            UnprocessableException.FieldError error = ((UnprocessableException) refusal).errors().get(0);
            assertThat(error.field()).isEqualTo("startDate");
            assertThat(error.messageKey()).isEqualTo("deployment.overlap");
            assertThat(error.arguments()).containsExactly("T-DRACE1", "2040-01-01", "2040-06-30");
            assertThat(this.jdbc.sql("select count(*) from deployment where external_id like 'T-DRACE%'")
                .query(Integer.class)
                .single()).isOne();
        }
        finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static DeploymentForm form(String externalId, String start, String end) {
        return new DeploymentForm(externalId, "T-PRACE", "T-RACE", "Advisor", false, Term.SHORT, LocalDate.parse(start),
                LocalDate.parse(end), DeploymentStatus.PLANNED, null);
    }

    /**
     * Until the second write waits on the first one's row: its check has passed, the
     * constraint decides.
     */
    private void awaitBlockedWrite() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (this.jdbc.sql("select count(*) from pg_locks where not granted").query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
