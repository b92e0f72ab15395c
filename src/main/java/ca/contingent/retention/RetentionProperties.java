package ca.contingent.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retention rule.
 *
 * @param years a person whose last deployment ended more than this many years before
 * today is anonymised
 * @param cron when the job runs (Spring cron, server time zone); {@code -} turns the job
 * off
 */
@ConfigurationProperties("contingent.retention")
public record RetentionProperties(@DefaultValue("7") int years, @DefaultValue("0 30 2 * * *") String cron) {

    public RetentionProperties {
        if (years < 1) {
            throw new IllegalArgumentException("contingent.retention.years must be at least 1, was " + years);
        }
    }

}
