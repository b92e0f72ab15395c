package ca.contingent.deployment;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployments' side of the retention rule: of an anonymised person's deployments only
 * the role goes, since free text may name or describe the person; mission, dates, status
 * and leadership stay, so that every published figure stays the same.
 */
@Service
public class DeploymentRetention {

    /** Stored in place of a deployment's role; the same in both languages. */
    public static final String ROLE = "—";

    private final JdbcClient jdbc;

    DeploymentRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the role of every deployment of these people, raising the version so that
     * an edit form opened before cannot write it back; answers how many deployments.
     */
    @Transactional
    public int anonymise(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        return this.jdbc.sql("update deployment set role = ?, version = version + 1 where person_id = any(?)")
            .params(ROLE, personIds.toArray(Long[]::new))
            .update();
    }

}
