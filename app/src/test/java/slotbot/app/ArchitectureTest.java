package slotbot.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point inward (the app uses the booking core, never the other way round), and the app's features are layered. */
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

    @Test
    void theAppsFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("slotbot.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersLeaveTheDatabaseToTheirFeature() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    /**
     * HTTP types (requests, responses, statuses) belong to controllers and to the web edge: the web
     * package (error answers, body reading), security, the API document, and the event streams of
     * the chat and of the owner's live calendar, which are HTTP by nature. Features speak in records and {@code slotbot.app.errors}.
     */
    @Test
    void webTypesStayInControllersAndTheWebEdge() {
        noClasses().that().resideInAPackage("slotbot.app..")
                .and().haveNameNotMatching("slotbot\\.app\\.(webchat\\.ChatStreams|admin\\.CalendarStreams).*")
                .and().areNotAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().areNotAnnotatedWith(org.springframework.stereotype.Controller.class)
                .and().areNotAnnotatedWith(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .and().resideOutsideOfPackages("slotbot.app.web..", "slotbot.app.security..", "slotbot.app.openapi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..", "jakarta.servlet..",
                        "org.springframework.web..")
                .check(classes);
    }

    /**
     * Annotation-driven transactions are switched off (application.yaml excludes Boot's transaction set-up, a tenth of
     * the start-up time): a {@code @Transactional} here would silently run without a transaction.
     */
    @Test
    void transactionsAreTransactionTemplatesNotAnnotations() {
        noClasses().that().resideInAPackage("slotbot..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .check(classes);
    }

    /**
     * Scheduling by annotation is not switched on (its post-processor searched every bean's methods at start-up):
     * a {@code @Scheduled} method here would silently never run. Repeated work is a {@code slotbot.app.chores.Chore}.
     */
    @Test
    void repeatedWorkIsAChoreNotAScheduledAnnotation() {
        noClasses().that().resideInAPackage("slotbot..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.annotation.Scheduled")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.annotation.EnableScheduling")
                .check(classes);
    }
}
