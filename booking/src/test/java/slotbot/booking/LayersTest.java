package slotbot.booking;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The typed core stands on its own; the function table for bots is an adapter over it, never the other way round. */
class LayersTest {

    private static final JavaClasses BOOKING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("slotbot.booking");

    @Test
    void thePackagesOfTheCoreHaveNoCycles() {
        slices().matching("slotbot.booking.(*)..").should().beFreeOfCycles().check(BOOKING);
    }

    @Test
    void theCalendarKnowsNothingOfTheFunctionTableOrOfAStore() {
        noClasses().that().resideInAPackage("slotbot.booking.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("slotbot.booking.functions..", "slotbot.booking.memory..")
                .because("the function table and the stores adapt to the core's typed API")
                .check(BOOKING);
    }
}
