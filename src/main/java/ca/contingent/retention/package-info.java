/**
 * Retention of personal data (Privacy Act; OWASP ASVS 14.2.7): people whose last
 * deployment ended more than {@code contingent.retention.years} years ago are anonymised
 * by a nightly job or by an administrator's run. Names and free text are replaced; every
 * link, date, status and counted attribute is kept, so that published figures stay the
 * same. The rule (who is due, when it runs, the audit) lives here; each module anonymises
 * its own records through its API (the roster, the deployments, the monthly reports).
 */
package ca.contingent.retention;
