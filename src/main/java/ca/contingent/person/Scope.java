package ca.contingent.person;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which people and deployments a caller may read: the one place where every roster and
 * deployment query takes its limits from, so that a list, a search, a count, a page and
 * the API can never disagree. Built by {@link ScopeResolver} from the caller's user
 * record: headquarters see everything, a coordinator the people of their agency and those
 * people's deployments, a commander the people with a deployment to one of their missions
 * (components included) and those deployments, a member their own person record and
 * deployments; anyone else nothing.
 */
public final class Scope {

    private static final Scope EVERYTHING = new Scope(Kind.EVERYTHING, null, List.of(), null);

    private static final Scope NOTHING = new Scope(Kind.NOTHING, null, List.of(), null);

    // Aliases are pasted into SQL; only plain identifiers from our own code are accepted.
    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_]*");

    private enum Kind {

        EVERYTHING, AGENCY, MISSIONS, PERSON, NOTHING

    }

    private final Kind kind;

    private final Long agencyId;

    private final List<Long> missionIds;

    private final Long personId;

    private Scope(Kind kind, Long agencyId, List<Long> missionIds, Long personId) {
        this.kind = kind;
        this.agencyId = agencyId;
        this.missionIds = missionIds;
        this.personId = personId;
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    public static Scope nothing() {
        return NOTHING;
    }

    /** The people of one agency and their deployments, wherever they are. */
    public static Scope agency(long agencyId) {
        return new Scope(Kind.AGENCY, agencyId, List.of(), null);
    }

    /** A member: their own person record and their own deployments, nothing else. */
    public static Scope person(long personId) {
        return new Scope(Kind.PERSON, null, List.of(), personId);
    }

    /**
     * Deployments to these missions and the people who have one; no mission means nothing
     * at all.
     */
    public static Scope missions(Collection<Long> missionIds) {
        return missionIds.isEmpty() ? NOTHING : new Scope(Kind.MISSIONS, null, List.copyOf(missionIds), null);
    }

    /**
     * Whether a deployment to this mission is the caller's to see and to enter:
     * headquarters any, a commander their missions and components, nobody else any (a
     * coordinator's scope follows people, not missions).
     */
    public boolean coversMission(long missionId) {
        return this.kind == Kind.EVERYTHING || this.kind == Kind.MISSIONS && this.missionIds.contains(missionId);
    }

    /** The member's own person id when this is a member's scope. */
    public Optional<Long> ownPerson() {
        return Optional.ofNullable(this.kind == Kind.PERSON ? this.personId : null);
    }

    /**
     * Headquarters: no limit, and reads of personal records are part of the job rather
     * than events to log.
     */
    public boolean isEverything() {
        return this.kind == Kind.EVERYTHING;
    }

    /**
     * Whether a person of this agency may be entered or kept by the caller: headquarters
     * anywhere, a coordinator in their own agency only. A commander's scope follows
     * deployments, which a new person does not have yet.
     */
    public boolean coversAgency(long agencyId) {
        return this.kind == Kind.EVERYTHING || this.kind == Kind.AGENCY && this.agencyId == agencyId;
    }

    /**
     * A SQL condition on the {@code person} row aliased {@code personAlias}; its
     * parameters, if any, are appended to {@code params} in order.
     */
    public String people(String personAlias, List<Object> params) {
        String p = checked(personAlias);
        return switch (this.kind) {
            case EVERYTHING -> "true";
            case NOTHING -> "false";
            case AGENCY -> {
                params.add(this.agencyId);
                yield p + ".agency_id = ?";
            }
            case PERSON -> {
                params.add(this.personId);
                yield p + ".id = ?";
            }
            // Any status counts: a commander prepares planned deployments as much as they
            // lead deployed people. Deployments are read through what the deployment
            // module publishes.
            case MISSIONS -> "exists (select 1 from person_deployment scope_d where scope_d.person_id = " + p
                    + ".id and scope_d.mission_id in (" + missionParams(params) + "))";
        };
    }

    /**
     * A SQL condition on the {@code deployment} row aliased {@code deploymentAlias}; its
     * parameters, if any, are appended to {@code params} in order.
     */
    public String deployments(String deploymentAlias, List<Object> params) {
        String d = checked(deploymentAlias);
        return switch (this.kind) {
            case EVERYTHING -> "true";
            case NOTHING -> "false";
            case AGENCY -> {
                params.add(this.agencyId);
                yield "exists (select 1 from person scope_p where scope_p.id = " + d
                        + ".person_id and scope_p.agency_id = ?)";
            }
            case PERSON -> {
                params.add(this.personId);
                yield d + ".person_id = ?";
            }
            case MISSIONS -> d + ".mission_id in (" + missionParams(params) + ")";
        };
    }

    private String missionParams(List<Object> params) {
        params.addAll(this.missionIds);
        return String.join(", ", Collections.nCopies(this.missionIds.size(), "?"));
    }

    private static String checked(String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("Not a table alias: " + alias);
        }
        return alias;
    }

    @Override
    public String toString() {
        return "Scope[" + this.kind + (this.agencyId != null ? " agency " + this.agencyId : "")
                + (this.missionIds.isEmpty() ? "" : " missions " + this.missionIds)
                + (this.personId != null ? " person " + this.personId : "") + "]";
    }

}
