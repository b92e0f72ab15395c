package ca.contingent;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The module rules of HOUSE-STYLE.md, verified: each business package is a module whose
 * root package is its API, and modules depend on each other without cycles.
 */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }

}
