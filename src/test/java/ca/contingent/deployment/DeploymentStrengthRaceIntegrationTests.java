package ca.contingent.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two deployments racing for the last place of a mission, each in its own committed
 * transaction on PostgreSQL: the lock on the top-level mission makes the second count
 * after the first commits, so exactly one is deployed and the other is refused with
 * STRENGTH_EXCEEDED. One races into the mission, the other into its component. Committed
 * records, so their own T- codes and 2040 dates, removed afterwards.
 */
@IntegrationTest
class DeploymentStrengthRaceIntegrationTests {

    @Autowired
    DeploymentLifecycle lifecycle;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-SRACE")
            .mission("T-SRACE", null)
            .mission("T-SRACE-C", "T-SRACE")
            .person("T-PSRACE1", "Course", "Alex", "X", "POLICE", "T-SRACE", "en")
            .person("T-PSRACE2", "Course", "Sam", "X", "POLICE", "T-SRACE", "en")
            .deployment("T-DSRACE1", "T-PSRACE1", "T-SRACE", "SHORT", "2040-01-01", "2040-03-31", "PLANNED")
            .deployment("T-DSRACE2", "T-PSRACE2", "T-SRACE-C", "SHORT", "2040-03-01", "2040-06-30", "PLANNED");
        this.jdbc.sql("update mission set authorized_strength = 1 where code = 'T-SRACE'").update();
    }

    @AfterEach
    void removeRecords() {
        this.jdbc.sql("delete from deployment where external_id like 'T-DSRACE%'").update();
        this.jdbc.sql("delete from person where external_id like 'T-PSRACE%'").update();
        this.jdbc.sql("delete from mission where code = 'T-SRACE-C'").update();
        this.jdbc.sql("delete from mission where code = 'T-SRACE'").update();
        this.jdbc.sql("delete from agency where code = 'T-SRACE'").update();
    }

    @Test
    void exactlyOneOfTwoConcurrentDeploymentsTakesTheLastPlace() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> results = new ArrayList<>();
            for (String externalId : List.of("T-DSRACE1", "T-DSRACE2")) {
                results.add(pool.submit(() -> {
                    start.await(20, TimeUnit.SECONDS);
                    try {
                        this.lifecycle.deploy(Scope.everything(), externalId, "t-race");
                        return null;
                    }
                    catch (RuntimeException ex) {
                        return ex;
                    }
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn((outcome) -> outcome == null).hasSize(1);
            assertThat(outcomes).filteredOn((outcome) -> outcome != null)
                .singleElement()
                .isInstanceOfSatisfying(LifecycleRefusedException.class,
                        (refused) -> assertThat(refused.refusals()).extracting(Refusal::code)
                            .containsExactly(Refusal.STRENGTH_EXCEEDED));
            assertThat(this.jdbc
                .sql("select count(*) from deployment where external_id like 'T-DSRACE%' " + "and status = 'DEPLOYED'")
                .query(Integer.class)
                .single()).isOne();
        }
        finally {
            start.countDown();
            pool.shutdownNow();
        }
    }

}
