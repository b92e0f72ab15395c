package ca.contingent.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.agency.Agency;
import ca.contingent.agency.AgencyService;
import ca.contingent.person.Person;
import ca.contingent.person.PersonOption;
import ca.contingent.person.PersonService;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Role;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes user accounts. Every change is audited in its own transaction and
 * ends the user's sessions, so that a new role, scope or password (or a disable) applies
 * at their very next request.
 */
@Service
class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,59}");

    /**
     * Agencies, people and missions are named by code through what their modules publish
     * ({@code agency_name}, {@code person_summary}, {@code mission_choice}).
     */
    private static final String SELECT = """
            select u.id, u.username, u.role, a.code as agency, u.enabled, u.locked_until, u.must_change_password,
                   u.password_changed_at, u.created_at, u.version, p.external_id as person,
                   (select string_agg(m.code, ',' order by m.code)
                    from app_user_mission um join mission_choice m on m.id = um.mission_id
                    where um.user_id = u.id) as missions
            from app_user u left join agency_name a on a.id = u.agency_id left join person_summary p on p.id = u.person_id
            """;

    private final JdbcClient jdbc;

    private final PasswordEncoder passwords;

    private final PasswordPolicy policy;

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final AgencyService agencies;

    private final PersonService people;

    private final Clock clock;

    UserService(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit,
            ApplicationEventPublisher events, AgencyService agencies, PersonService people, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.agencies = agencies;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    List<UserView> list() {
        return this.jdbc.sql(SELECT + " order by u.username").query(this::view).list();
    }

    @Transactional(readOnly = true)
    UserView get(String username) {
        return find(username).orElseThrow(() -> NotFoundException.of("user", username));
    }

    @Transactional(readOnly = true)
    Optional<UserView> find(String username) {
        return this.jdbc.sql(SELECT + " where u.username = ?").param(username).query(this::view).optional();
    }

    /**
     * Every broken rule is reported at once (422); a valid request whose name is taken is
     * a conflict (409).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    UserView create(NewUser user, boolean mustChangePassword) {
        List<FieldError> errors = new ArrayList<>();
        String username = user.username() == null ? null : user.username().strip();
        if (username == null || username.isEmpty()) {
            errors.add(new FieldError("username", "user.username.required"));
        }
        else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "user.username.invalid"));
        }
        errors.addAll(this.policy.check("password", user.password(), username));
        Assignment assignment = assignment(user.role(), user.agency(), user.missions(), user.person(), errors);
        if (assignment != null && assignment.personId() != null
                && personTakenByAnother(assignment.personId(), username)) {
            errors.add(new FieldError("person", "user.person.taken", user.person().strip()));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        // Names differing only in case would be two accounts that people (and the audit
        // log) cannot tell apart.
        if (this.jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
            .param(username)
            .query(Integer.class)
            .single() > 0) {
            throw new ConflictException("user.duplicate", username);
        }
        long id;
        try {
            id = this.jdbc.sql("""
                    insert into app_user (username, password_hash, role, agency_id, must_change_password,
                                          password_changed_at, person_id)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, this.passwords.encode(user.password()), assignment.role().name(),
                        assignment.agencyId(), mustChangePassword, Timestamp.from(this.clock.instant()),
                        assignment.personId())
                .query(Long.class)
                .single();
        }
        catch (DuplicateKeyException ex) {
            throw new ConflictException("user.duplicate", username);
        }
        insertMissions(id, assignment.missionIds());
        UserView created = get(username);
        this.audit.change(AuditAction.CREATE, "user", username, null, created);
        return created;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    UserView update(String username, String actor, UserForm form) {
        UserView before = get(username);
        List<FieldError> errors = new ArrayList<>();
        Assignment assignment = assignment(form.role(), form.agency(), form.missionCodes(), form.person(), errors);
        if (assignment != null && assignment.personId() != null
                && personTakenByAnother(assignment.personId(), username)) {
            errors.add(new FieldError("person", "user.person.taken", form.person().strip()));
        }
        if (username.equals(actor) && assignment != null && assignment.role() != Role.ADMIN) {
            errors.add(new FieldError("role", "user.self.role"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        int updated = this.jdbc.sql("""
                update app_user set role = ?, agency_id = ?, person_id = ?, version = version + 1
                where username = ? and version = ?""")
            .params(assignment.role().name(), assignment.agencyId(), assignment.personId(), username,
                    form.version() == null ? -1 : form.version())
            .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("user", username);
        }
        long id = this.jdbc.sql("select id from app_user where username = ?")
            .param(username)
            .query(Long.class)
            .single();
        this.jdbc.sql("delete from app_user_mission where user_id = ?").param(id).update();
        insertMissions(id, assignment.missionIds());
        return changed(before);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    UserView setEnabled(String username, String actor, boolean enabled) {
        UserView before = get(username);
        if (!enabled && username.equals(actor)) {
            throw new ConflictException("user.self.disable");
        }
        this.jdbc.sql("update app_user set enabled = ?, version = version + 1 where username = ?")
            .params(enabled, username)
            .update();
        return changed(before);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    UserView unlock(String username) {
        UserView before = get(username);
        this.jdbc.sql("""
                update app_user set failed_sign_ins = 0, locked_until = null, version = version + 1
                where username = ?""").param(username).update();
        UserView after = get(username);
        this.audit.change(AuditAction.UPDATE, "user", username, before, after);
        return after;
    }

    /**
     * An administrator's reset: the password is temporary, so the user must choose their
     * own at next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    UserView resetPassword(String username, String password) {
        UserView before = get(username);
        List<FieldError> errors = this.policy.check("password", password, username);
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        this.jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true, password_changed_at = ?,
                    failed_sign_ins = 0, locked_until = null, version = version + 1
                where username = ?""")
            .params(this.passwords.encode(password), Timestamp.from(this.clock.instant()), username)
            .update();
        return changed(before);
    }

    /**
     * A user's own change. The current password is asked again so that a session left
     * open is not enough to take the account over; the user's other sessions end, the
     * current one goes on.
     */
    @Transactional
    UserView changeOwnPassword(String username, String currentSessionId, PasswordChange change) {
        UserView before = get(username);
        List<FieldError> errors = new ArrayList<>();
        String hash = this.jdbc.sql("select password_hash from app_user where username = ?")
            .param(username)
            .query(String.class)
            .single();
        // A locked account accepts no current password, right or wrong, as at sign-in.
        boolean locked = this.jdbc.sql("select coalesce(locked_until > ?, false) from app_user where username = ?")
            .params(Timestamp.from(this.clock.instant()), username)
            .query(Boolean.class)
            .single();
        if (change.currentPassword() == null || !this.passwords.matches(change.currentPassword(), hash) || locked) {
            errors.add(new FieldError("currentPassword", "user.password.currentWrong"));
        }
        errors.addAll(this.policy.check("newPassword", change.newPassword(), username));
        if (errors.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            errors.add(new FieldError("newPassword", "user.password.same"));
        }
        if (change.newPassword() != null && !change.newPassword().equals(change.confirmation())) {
            errors.add(new FieldError("confirmation", "user.password.confirmation"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        this.jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false, password_changed_at = ?,
                    version = version + 1
                where username = ?""")
            .params(this.passwords.encode(change.newPassword()), Timestamp.from(this.clock.instant()), username)
            .update();
        UserView after = get(username);
        this.audit.change(AuditAction.UPDATE, "user", username, before, after);
        this.events.publishEvent(new AccountChanged(username, currentSessionId));
        return after;
    }

    /** The agencies a coordinator may be given, by code. */
    @Transactional(readOnly = true)
    List<Agency> agencies() {
        return this.agencies.all();
    }

    /**
     * The people a MEMBER account may be linked to: everyone not anonymised, by external
     * id.
     */
    @Transactional(readOnly = true)
    List<PersonOption> people() {
        return this.people.accountChoices();
    }

    /** The missions a commander may be given, from the mission module's choice list. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> missions() {
        return this.jdbc.sql("select code, name_en, name_fr from mission_choice order by code").query().listOfRows();
    }

    private UserView changed(UserView before) {
        UserView after = get(before.username());
        this.audit.change(AuditAction.UPDATE, "user", before.username(), before, after);
        this.events.publishEvent(new AccountChanged(before.username(), null));
        return after;
    }

    /**
     * The role and its scope, checked together: a coordinator has exactly one known
     * agency, a commander at least one known mission, and no other role carries either (a
     * scope that does nothing would only mislead). Null when the role itself is missing
     * or unknown.
     */
    private Assignment assignment(String roleName, String agencyCode, List<String> missionCodes, String personCode,
            List<FieldError> errors) {
        Role role = parseRole(roleName, errors);
        String person = personCode == null || personCode.isBlank() ? null : personCode.strip();
        Long personId = null;
        if (person != null) {
            personId = this.people.find(person).map(Person::id).orElse(null);
            if (personId == null) {
                errors.add(new FieldError("person", "user.person.unknown", person));
            }
        }
        String agency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        List<String> missions = missionCodes == null ? List.of() : List.copyOf(new LinkedHashSet<>(
                missionCodes.stream().filter((code) -> code != null && !code.isBlank()).map(String::strip).toList()));
        Long agencyId = null;
        if (agency != null) {
            agencyId = this.agencies.find(agency).map(Agency::id).orElse(null);
            if (agencyId == null) {
                errors.add(new FieldError("agency", "user.agency.unknown", agency));
            }
        }
        List<Long> missionIds = new ArrayList<>();
        for (String code : missions) {
            Optional<Long> missionId = this.jdbc.sql("select id from mission_choice where code = ?")
                .param(code)
                .query(Long.class)
                .optional();
            if (missionId.isPresent()) {
                missionIds.add(missionId.get());
            }
            else {
                errors.add(new FieldError("missions", "user.mission.unknown", code));
            }
        }
        if (role == null) {
            return null;
        }
        if (role == Role.AGENCY_COORDINATOR && agency == null) {
            errors.add(new FieldError("agency", "user.agency.required"));
        }
        if (role != Role.AGENCY_COORDINATOR && agency != null) {
            errors.add(new FieldError("agency", "user.agency.notCoordinator"));
        }
        if (role == Role.MISSION_COMMANDER && missions.isEmpty()) {
            errors.add(new FieldError("missions", "user.missions.required"));
        }
        if (role != Role.MISSION_COMMANDER && !missions.isEmpty()) {
            errors.add(new FieldError("missions", "user.missions.notCommander"));
        }
        if (role == Role.MEMBER && person == null) {
            errors.add(new FieldError("person", "user.person.required"));
        }
        if (role != Role.MEMBER && person != null) {
            errors.add(new FieldError("person", "user.person.notMember"));
        }
        return new Assignment(role, agencyId, missionIds, personId);
    }

    /**
     * A person has at most one account: two would be two people filing the same member's
     * reports.
     */
    private boolean personTakenByAnother(long personId, String username) {
        return this.jdbc.sql("select count(*) from app_user where person_id = ? and username <> ?")
            .params(personId, username == null ? "" : username)
            .query(Integer.class)
            .single() > 0;
    }

    private static Role parseRole(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("role", "user.role.required"));
            return null;
        }
        return Arrays.stream(Role.values())
            .filter((role) -> role.name().equals(name.strip()))
            .findFirst()
            .orElseGet(() -> {
                errors.add(new FieldError("role", "user.role.unknown", name));
                return null;
            });
    }

    private void insertMissions(long userId, List<Long> missionIds) {
        for (Long missionId : missionIds) {
            this.jdbc.sql("insert into app_user_mission (user_id, mission_id) values (?, ?)")
                .params(userId, missionId)
                .update();
        }
    }

    private UserView view(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Instant now = this.clock.instant();
        String missions = rs.getString("missions");
        return new UserView(rs.getString("username"), rs.getString("role"), rs.getString("agency"),
                missions == null ? List.of() : List.of(missions.split(",")), rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.toInstant().isAfter(now) ? lockedUntil.toInstant() : null,
                rs.getBoolean("must_change_password"), instant(rs.getTimestamp("password_changed_at")),
                instant(rs.getTimestamp("created_at")), rs.getInt("version"), rs.getString("person"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Assignment(Role role, Long agencyId, List<Long> missionIds, Long personId) {
    }

}
