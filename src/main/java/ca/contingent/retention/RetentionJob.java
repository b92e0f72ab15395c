package ca.contingent.retention;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention rule on the schedule of {@code contingent.retention.cron}; its audit
 * events name "system".
 */
@Component
class RetentionJob {

    private static final Logger logger = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    private final Clock clock;

    RetentionJob(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${contingent.retention.cron:0 30 2 * * *}")
    void run() {
        int count = this.retention.anonymise(LocalDate.now(this.clock));
        logger.info("Retention: {} people anonymised", count);
    }

}
