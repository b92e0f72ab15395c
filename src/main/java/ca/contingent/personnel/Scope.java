package ca.contingent.personnel;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * Which people and deployments a caller may read: the one place where every roster and deployment query takes its
 * limits from. The contract narrows coordinators to their agency and commanders to their missions; until users carry
 * an agency and missions (a later issue), every role allowed to reach these screens and endpoints sees everything,
 * so the conditions below are still {@code true}. Adding the rule here changes every query at once.
 */
public final class Scope {

    private static final Scope EVERYTHING = new Scope();

    private Scope() {
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    /** The scope of the signed-in caller. */
    public static Scope of(Authentication authentication) {
        return EVERYTHING;
    }

    /**
     * A SQL condition on the {@code person} row aliased {@code personAlias}; its parameters, if any, are appended to
     * {@code params} in order.
     */
    public String people(String personAlias, List<Object> params) {
        return "true";
    }

    /**
     * A SQL condition on the {@code deployment} row aliased {@code deploymentAlias}; its parameters, if any, are
     * appended to {@code params} in order.
     */
    public String deployments(String deploymentAlias, List<Object> params) {
        return "true";
    }

}
