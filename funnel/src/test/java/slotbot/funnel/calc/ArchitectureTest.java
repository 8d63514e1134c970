package slotbot.funnel.calc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The funnel engine stays free of Spring, SQL and the app; and it cannot reach reflection, files
 * or the network, which is what makes bot code sandboxed by construction.
 */
class ArchitectureTest {

    private static final JavaClasses FUNNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("slotbot.funnel");

    @Test
    void funnelUsesNoFrameworkStorageOrApp() {
        noClasses().that().resideInAPackage("slotbot.funnel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "slotbot.app..")
                .check(FUNNEL);
    }

    @Test
    void funnelReachesNoReflectionFilesOrNetwork() {
        noClasses().that().resideInAPackage("slotbot.funnel..")
                .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.net..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(FUNNEL);
    }
}
