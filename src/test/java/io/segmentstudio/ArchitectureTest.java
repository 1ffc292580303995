package io.segmentstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rooms of DESIGN.md that the UI work depends on. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.segmentstudio");

    @Test
    void onlyTheUiUsesJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage("io.segmentstudio.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void theCoreDoesNotKnowTheUi() {
        noClasses().that().resideInAnyPackage("io.segmentstudio.domain..", "io.segmentstudio.engine..",
                        "io.segmentstudio.workspace..", "io.segmentstudio.ingest..", "io.segmentstudio.publish..",
                        "io.segmentstudio.analytics..")
                .should().dependOnClassesThat().resideInAPackage("io.segmentstudio.ui..")
                .check(MAIN);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(MAIN);
    }
}
