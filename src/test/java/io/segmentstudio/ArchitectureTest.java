package io.segmentstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rooms of DESIGN.md and the doors between them. */
class ArchitectureTest {
    private static final String ROOT = "io.segmentstudio";
    private static final String[] LIBRARIES = {"java..", "javax..", "org.slf4j..", "org.jdbi..", "org.h2..",
        "org.flywaydb..", "com.fasterxml.jackson..", "org.roaringbitmap..", "net.sf.jsqlparser.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void onlyTheUiTouchesJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + ".domain..")
                .check(classes);
    }

    @Test
    void theEngineDependsOnTheDomainOnly() {
        allowedDependencies("engine", "domain");
    }

    @Test
    void theWorkspaceDependsOnTheDomainAndEngine() {
        allowedDependencies("workspace", "domain", "engine");
    }

    @Test
    void ingestDependsOnTheDomainAndWorkspace() {
        allowedDependencies("ingest", "domain", "workspace");
    }

    @Test
    void publishDependsOnDomainEngineAndWorkspace() {
        allowedDependencies("publish", "domain", "engine", "workspace");
    }

    @Test
    void analyticsDependsOnDomainEngineAndWorkspace() {
        allowedDependencies("analytics", "domain", "engine", "workspace");
    }

    @Test
    void theCoreNeverReachesIntoTheFaces() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..", ROOT)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void theCompositionRootDoesNotDependOnTheUi() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void roomsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private static void allowedDependencies(String room, String... allowedRooms) {
        String[] allowed = new String[LIBRARIES.length + allowedRooms.length + 1];
        System.arraycopy(LIBRARIES, 0, allowed, 0, LIBRARIES.length);
        for (int i = 0; i < allowedRooms.length; i++) {
            allowed[LIBRARIES.length + i] = ROOT + "." + allowedRooms[i] + "..";
        }
        allowed[allowed.length - 1] = ROOT + "." + room + "..";
        classes().that().resideInAPackage(ROOT + "." + room + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .allowEmptyShould(true)
                .check(classes);
    }
}
