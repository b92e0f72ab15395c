package ca.contingent.activity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's checks on activities state the rules of {@link ActivityCategory} and
 * {@link ParticipantCounts}, no more and no less: each value is written for real and the
 * database's answer compared with Java's. Rolled back.
 */
@IntegrationTest
@Transactional
class ActivityRulesAgreeWithDatabaseIntegrationTests {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void mission() {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, organization, country, location, language, armed,
                                     start_date)
                values ('T-RULES', 'Test', 'Essai', 'UN', 'HT', 'Here', 'en', false, date '2030-04-01')""").update();
    }

    /**
     * The activity's check and the monthly report line's, which states the same
     * categories.
     */
    @ParameterizedTest
    @ValueSource(strings = { "activity_category_check", "monthly_report_line_category_check" })
    void theCategoryCheckListsExactlyTheCategories(String constraint) {
        String definition = this.jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
            .param(constraint)
            .query(String.class)
            .single();
        List<String> listed = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(definition);
        while (quoted.find()) {
            listed.add(quoted.group(1));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ActivityCategory.values()).map(ActivityCategory::name).toList());
    }

    @Test
    void theDatabaseTakesEveryCategoryAndNothingElse() {
        for (ActivityCategory category : ActivityCategory.values()) {
            assertThat(written(category.name(), 10, 5)).as(category.name()).isTrue();
        }
        assertThat(written("LECTURE", 10, 5)).isFalse();
        assertThat(written("training", 10, 5)).isFalse();
    }

    @Test
    void theDatabaseRefusesExactlyTheCountsTheRuleRefuses() {
        Integer[] counts = { null, 0, 1, 2, 5, 6 };
        for (Integer participants : counts) {
            for (Integer women : counts) {
                assertThat(written("TRAINING", participants, women))
                    .as("%s participants, %s women", participants, women)
                    .isEqualTo(ParticipantCounts.womenWithinParticipants(participants, women));
            }
        }
    }

    /**
     * Whether the database writes the activity (in a savepoint, so a refusal is
     * harmless).
     */
    private boolean written(String category, Integer participants, Integer women) {
        TransactionTemplate savepoint = new TransactionTemplate(this.transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        try {
            savepoint.executeWithoutResult((status) -> {
                this.jdbc.sql("""
                        insert into activity (external_id, mission_id, date, category, type, sessions, participants,
                                              participants_women)
                        values (?, (select id from mission where code = 'T-RULES'), date '2030-05-01', ?, 'Rule', 1,
                                ?, ?)""").params("T-RULE-" + System.nanoTime(), category, participants, women).update();
                status.setRollbackOnly();
            });
            return true;
        }
        catch (DataIntegrityViolationException ex) {
            return false;
        }
    }

}
