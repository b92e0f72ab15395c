package ca.contingent.mission;

import ca.contingent.IntegrationTest;
import ca.contingent.shared.CountryCode;
import ca.contingent.shared.UnprocessableException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The database's one-level trigger is the backstop behind the form's checks; what it
 * refuses must come back as an error on the parent field, not as a 500. The refusal is
 * produced for real here, bypassing the Java checks.
 */
@IntegrationTest
@Transactional
class MissionDatabaseRuleIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void triggerRefusalBecomesAnErrorOnTheParent() {
        insert("T-DB-ROOT", null);
        insert("T-DB-LEAF", "T-DB-ROOT");

        DataIntegrityViolationException refusal = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> insert("T-DB-DEEPER", "T-DB-LEAF"));

        UnprocessableException translated = MissionService.refusedByDatabase(refusal);
        assertThat(translated.errors()).singleElement().satisfies((error) -> {
            assertThat(error.field()).isEqualTo("parent");
            assertThat(error.messageKey()).isEqualTo("mission.parent.oneLevel");
        });
    }

    /**
     * The database states the form of a country code (two capital letters), and takes
     * every country {@link CountryCode} knows; Java refuses besides a code of that form
     * that names no country.
     */
    @Test
    void theCountryCheckAgreesWithCountryCodeInForm() {
        insert("T-DB-COUNTRY", null);
        for (CountryCode country : CountryCode.all()) {
            assertThat(countryWritten(country.code())).as(country.code()).isTrue();
        }
        for (String notACode : new String[] { "ht", "Ht", "H1", "H" }) {
            assertThat(countryWritten(notACode)).as(notACode).isFalse();
            assertThat(CountryCode.isKnown(notACode)).as(notACode).isFalse();
        }
        assertThat(countryWritten("XX")).isTrue();
        assertThat(CountryCode.isKnown("XX")).isFalse();
    }

    private boolean countryWritten(String country) {
        TransactionTemplate savepoint = new TransactionTemplate(this.transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        try {
            savepoint.executeWithoutResult((status) -> {
                this.jdbc.sql("update mission set country = ? where code = 'T-DB-COUNTRY'").param(country).update();
                status.setRollbackOnly();
            });
            return true;
        }
        catch (DataIntegrityViolationException ex) {
            return false;
        }
    }

    private void insert(String code, String parentCode) {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, start_date)
                values (:code, 'Test', 'Essai', (select id from mission where code = :parent), 'UN', 'HT', 'Here',
                        'en', false, date '2030-04-01')
                """).param("code", code).param("parent", parentCode).update();
    }

}
