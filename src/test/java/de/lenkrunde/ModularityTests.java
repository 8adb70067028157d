package de.lenkrunde;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure of DESIGN.md §4, checked by Spring Modulith; documentation goes to target/. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void the_modules_are_the_feature_packages_of_the_design() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .contains("de.lenkrunde.base", "de.lenkrunde.people", "de.lenkrunde.audit", "de.lenkrunde.bodies",
                        "de.lenkrunde.documents", "de.lenkrunde.notifications", "de.lenkrunde.proposals", "de.lenkrunde.meetings",
                        "de.lenkrunde.decisions", "de.lenkrunde.actions", "de.lenkrunde.live", "de.lenkrunde.minutes", "de.lenkrunde.home");
    }

    @Test
    void lower_modules_do_not_depend_on_higher_ones() {
        assertDependsOnNoneOf("base", "people", "audit", "notifications", "documents", "bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("people", "audit", "notifications", "documents", "bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("audit", "notifications", "documents", "bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("notifications", "audit", "documents", "bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("documents", "audit", "notifications", "bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("bodies", "proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("proposals", "meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("meetings", "decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("decisions", "actions", "live", "minutes", "home");
        assertDependsOnNoneOf("actions", "live", "minutes", "home");
        assertDependsOnNoneOf("live", "minutes", "home");
        assertDependsOnNoneOf("minutes", "home");
    }

    @Test
    void funding_sits_on_decisions_and_proposals_and_nothing_below_depends_on_it() {
        assertThat(MODULES.getModuleByName("funding")).isPresent();
        for (String lower : java.util.List.of("base", "people", "audit", "notifications", "documents", "bodies", "proposals",
                "meetings", "decisions", "live")) {
            assertDependsOnNoneOf(lower, "funding");
        }
        assertDependsOnNoneOf("funding", "meetings", "live", "home");
    }

    @Test
    void the_module_documentation_is_written_to_target() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // No module canvases: they parse the Javadoc JSON of the annotation processor, which an
        // incremental compile leaves incomplete; the diagrams are what the team reads.
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists().isNotEmpty();
    }

    private static void assertDependsOnNoneOf(String moduleName, String... forbidden) {
        ApplicationModule module = MODULES.getModuleByName(moduleName).orElseThrow();
        for (String other : forbidden) {
            ApplicationModule target = MODULES.getModuleByName(other).orElseThrow();
            assertThat(module.getDirectDependencies(MODULES).contains(target))
                    .as("%s must not depend on %s", moduleName, other)
                    .isFalse();
        }
    }
}
