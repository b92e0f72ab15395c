package ca.contingent.agency;

import java.util.Random;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency table's checks state the rules of {@link Province} and {@link AgencyCode}:
 * every value Java accepts the database stores, and every value Java refuses the database
 * refuses. Each insert is rolled back.
 */
@IntegrationTest
class AgencyRulesAgreeWithTheDatabaseIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @ParameterizedTest
    @EnumSource(Province.class)
    void theDatabaseAcceptsEveryProvince(Province province) {
        assertThat(stores("T-PROV", province.code())).isTrue();
    }

    @Test
    void theDatabaseRefusesWhatIsNoProvince() {
        for (String code : new String[] { "XX", "PQ", "on", "NF" }) {
            assertThat(Province.isCode(code)).isFalse();
            assertThat(stores("T-PROV", code)).as(code).isFalse();
        }
        assertThat(stores("T-PROV", null)).as("no province").isTrue();
    }

    /**
     * Random codes from a seed printed on the console ({@code -Dagency.code.seed=…}
     * reproduces a failure), near the rule's edges: capitals, digits, hyphens,
     * underscores, and characters the rule refuses, up to a few past the length limit.
     */
    @Test
    void javaAndTheDatabaseAgreeOnWhichCodesAreCodes() {
        long seed = Long.getLong("agency.code.seed", System.nanoTime());
        System.out.println("AgencyRulesAgreeWithTheDatabaseIntegrationTests seed: " + seed);
        Random random = new Random(seed);
        String alphabet = "AZQ09-_ az.ÇÉ\u200B";
        int valid = 0;
        for (int i = 0; i < 150; i++) {
            StringBuilder code = new StringBuilder();
            int length = 1 + random.nextInt(AgencyCode.MAX_LENGTH + 3);
            for (int j = 0; j < length; j++) {
                // Mostly characters of the rule, so that valid codes are common.
                code.append(random.nextInt(4) > 0 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".charAt(random.nextInt(38))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean java = AgencyCode.isValid(code.toString());
            valid += java ? 1 : 0;
            assertThat(stores(code.toString(), null)).as("“" + code + "” (seed " + seed + ")").isEqualTo(java);
        }
        assertThat(valid).as("valid codes among those tried").isBetween(10, 140);
    }

    /** Whether the database stores an agency with this code and province. */
    private boolean stores(String code, String province) {
        TransactionTemplate attempt = new TransactionTemplate(this.transactions);
        attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Boolean stored = attempt.execute((status) -> {
            status.setRollbackOnly();
            try {
                this.jdbc.sql("""
                        insert into agency (code, name_en, name_fr, type, province, partner_since)
                        values (?, 'Rule', 'Règle', 'FEDERAL', ?, date '2030-01-01')""")
                    .params(code, province)
                    .update();
                return true;
            }
            catch (DataIntegrityViolationException ex) {
                return false;
            }
        });
        return Boolean.TRUE.equals(stored);
    }

}
