package ca.contingent.user;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 9: a name taken, in another case, by a transaction that commits while the request
 * runs passes the request's own check and is caught by the database's index; the answer
 * is still 409, never 500. Committed rows, so their own names, removed afterwards.
 */
@IntegrationTest
class UserNameRaceIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void removeUsers() {
        this.jdbc.sql("delete from app_user where lower(username) = 't-race-name'").update();
    }

    @Test
    void aNameTakenWhileTheRequestRunsIsAConflict() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool
                .submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
                    this.jdbc
                        .sql("""
                                insert into app_user (username, password_hash, role) values ('T-Race-Name', '{noop}x', 'ANALYST')""")
                        .update();
                    inserted.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<MvcTestResult> request = pool.submit(() -> this.mvc.post()
                .uri("/api/v1/users")
                .with(TestUsers.admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"t-race-name","password":"a long enough passphrase","role":"ANALYST"}""")
                .exchange());
            // The request's own check cannot see the uncommitted name; its insert waits
            // on the index for the holder's row.
            assertThat(waitForABlockedInsert()).as("the request's insert waits for the other transaction").isTrue();
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            assertThat(request.get(30, TimeUnit.SECONDS)).hasStatus(HttpStatus.CONFLICT);
            assertThat(this.jdbc.sql("select username from app_user where lower(username) = 't-race-name'")
                .query(String.class)
                .list()).containsExactly("T-Race-Name");
        }
        finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private boolean waitForABlockedInsert() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (this.jdbc.sql("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query ilike 'insert into app_user%'""")
                .query(Integer.class)
                .single() > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

}
