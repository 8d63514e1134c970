package slotbot.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The booking core stays free of Spring, SQL and the app that wires it. */
class ArchitectureTest {

    private static final JavaClasses BOOKING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("slotbot.booking");

    @Test
    void theImportSeesTheWholeCore() {
        assertThat(BOOKING.stream().map(c -> c.getPackageName()).distinct())
                .contains("slotbot.booking.availability", "slotbot.booking.calendar", "slotbot.booking.catalog",
                        "slotbot.booking.functions", "slotbot.booking.memory");
        assertThat(BOOKING.contain("slotbot.booking.functions.BookingFunctions")).isTrue();
    }

    @Test
    void bookingDependsOnNoSpringNoSqlAndNoApp() {
        ArchRule rule = noClasses().that().resideInAPackage("slotbot.booking..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "slotbot.app..")
                .because("the booking core is plain Java: the app adapts it to Spring and SQL, never the other way round");

        rule.check(BOOKING);
    }
}
