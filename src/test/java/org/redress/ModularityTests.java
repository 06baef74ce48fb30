package org.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Each top-level package is a module; other modules may use only its top-level public types (or all of it, for a
 * module declared OPEN, like platform) and must not depend on each other in a cycle.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(RedressApplication.class);

    /** The fixtures live with the tests, which the default import leaves out. */
    private static final ImportOption TEST_CLASSES_TOO = location -> true;

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsFound() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("platform", "organisation", "calendar", "procedure");
    }

    @Test
    void writesModuleDocumentationUnderTarget() {
        new Documenter(MODULES).writeDocumentation();
    }

    @Test
    void acceptsAModuleThatUsesAnotherOnlyThroughItsPublicApi() {
        ApplicationModules.of("org.redress.fixture.sound", TEST_CLASSES_TOO).verify();
    }

    @Test
    void refusesAModuleThatReachesIntoAnotherModulesInternalPackage() {
        ApplicationModules crossed = ApplicationModules.of("org.redress.fixture.crossed", TEST_CLASSES_TOO);

        assertThatThrownBy(crossed::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("orders")
                .hasMessageContaining("billing.internal.Ledger");
    }
}
