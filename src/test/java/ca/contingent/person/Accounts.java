package ca.contingent.person;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * User records for tests: the scope is read from app_user by user name, so every
 * signed-in test user must exist there. Written inside the test's transaction, so they
 * roll back with it.
 */
public final class Accounts {

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The users of {@code ca.contingent.TestUsers}; "admin" may already exist, made by
     * the first start.
     */
    public Accounts headquarters() {
        this.jdbc.sql("""
                insert into app_user (username, password_hash, role) values ('admin', '{noop}x', 'ADMIN'),
                    ('officer', '{noop}x', 'PROGRAM_OFFICER'), ('analyst', '{noop}x', 'ANALYST')
                on conflict (username) do nothing""").update();
        return this;
    }

    public Accounts coordinator(String username, String agencyCode) {
        this.jdbc.sql("""
                insert into app_user (username, password_hash, role, agency_id)
                values (?, '{noop}x', 'AGENCY_COORDINATOR', (select id from agency where code = ?))""")
            .params(username, agencyCode)
            .update();
        return this;
    }

    public Accounts commander(String username, String... missionCodes) {
        this.jdbc.sql("insert into app_user (username, password_hash, role) values (?, '{noop}x', 'MISSION_COMMANDER')")
            .param(username)
            .update();
        for (String mission : missionCodes) {
            this.jdbc.sql("""
                    insert into app_user_mission (user_id, mission_id)
                    values ((select id from app_user where username = ?), (select id from mission where code = ?))""")
                .params(username, mission)
                .update();
        }
        return this;
    }

    /** A deployed member, linked to the person with this external id. */
    public Accounts member(String username, String personExternalId) {
        this.jdbc.sql("""
                insert into app_user (username, password_hash, role, person_id)
                values (?, '{noop}x', 'MEMBER', (select id from person where external_id = ?))""")
            .params(username, personExternalId)
            .update();
        return this;
    }

    public Accounts user(String username, String role) {
        this.jdbc.sql("insert into app_user (username, password_hash, role) values (?, '{noop}x', ?)")
            .params(username, role)
            .update();
        return this;
    }

}
