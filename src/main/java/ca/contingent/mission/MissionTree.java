package ca.contingent.mission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-level rule of components, over missions as they will be once written (each code
 * with its parent's code, {@code null} for a top-level mission): a mission's parent
 * exists, is not the mission itself and is not a component, and a mission with components
 * does not become one. The mission form and the bulk writer both ask it; the database's
 * trigger {@code mission_one_level} and check {@code mission_not_own_parent} state the
 * same rule for every other path. Plain Java, so that the rule is tested without a
 * database.
 */
final class MissionTree {

    private final Set<String> codes;

    /** The components' codes, each with its parent's. */
    private final Map<String, String> parents = new HashMap<>();

    /**
     * @param parents every mission's code with its parent's code ({@code null} for a
     * top-level mission)
     */
    MissionTree(Map<String, String> parents) {
        this.codes = Set.copyOf(parents.keySet());
        parents.forEach((code, parent) -> {
            if (parent != null) {
                this.parents.put(code, parent);
            }
        });
    }

    /** One way a choice of parent breaks the rule. */
    enum Kind {

        /** The parent is the mission itself. */
        OWN_PARENT,
        /** No mission has the parent's code. */
        UNKNOWN_PARENT,
        /** The parent is itself a component (of {@link Break#grandparent()}). */
        PARENT_IS_COMPONENT,
        /**
         * The mission has components (as many as {@link Break#components()}), so it
         * cannot become one.
         */
        HAS_COMPONENTS

    }

    record Break(Kind kind, String grandparent, int components) {
    }

    /**
     * What is wrong with making {@code code} (possibly {@code null}, for a mission not
     * named yet) a component of {@code parent}, in this order: its own parent (and
     * nothing more), then an unknown parent or one that is a component, then components
     * of its own. Empty when the choice is allowed, and always for no parent.
     */
    List<Break> breaks(String code, String parent) {
        List<Break> breaks = new ArrayList<>();
        if (parent == null) {
            return breaks;
        }
        if (parent.equals(code)) {
            breaks.add(new Break(Kind.OWN_PARENT, null, 0));
            return breaks;
        }
        if (!this.codes.contains(parent)) {
            breaks.add(new Break(Kind.UNKNOWN_PARENT, null, 0));
        }
        else if (this.parents.containsKey(parent)) {
            breaks.add(new Break(Kind.PARENT_IS_COMPONENT, this.parents.get(parent), 0));
        }
        int components = code == null ? 0 : components(code);
        if (components > 0) {
            breaks.add(new Break(Kind.HAS_COMPONENTS, null, components));
        }
        return breaks;
    }

    private int components(String code) {
        return (int) this.parents.values().stream().filter(code::equals).count();
    }

}
