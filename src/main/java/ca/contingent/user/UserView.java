package ca.contingent.user;

import java.time.Instant;
import java.util.List;

/**
 * A user as administrators see it, in pages, API answers and the audit log; never the
 * password hash. {@code lockedUntil} is set only while a lock lasts; {@code person} is a
 * MEMBER's person (external id).
 */
record UserView(String username, String role, String agency, List<String> missions, boolean enabled,
        Instant lockedUntil, boolean mustChangePassword, Instant passwordChangedAt, Instant createdAt, int version,
        String person) {
}
