package slotbot.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point inward: the app uses the booking core, never the other way round. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("slotbot");

    @Test
    void theBookingCoreKnowsNothingOfTheAppSpringOrSql() {
        noClasses().that().resideInAPackage("slotbot.booking..")
                .should().dependOnClassesThat().resideInAnyPackage("slotbot.app..", "org.springframework..", "java.sql..",
                        "javax.sql..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void httpTypesStayAtTheEdge() {
        noClasses().that().resideInAnyPackage("slotbot.app.calendar..", "slotbot.app.catalog..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "jakarta.servlet..")
                .check(classes);
    }
}
