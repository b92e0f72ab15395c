package ca.contingent.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling is switched on here, next to the only scheduled job, so that its reason is
 * plain.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionConfiguration {

}
