package org.muejam.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.command.archfixture.ProjectionReadingCommandHandler;

/**
 * Module boundaries: shared-api stands alone, and command side, projections and query side never reach into one
 * another or into infra. The {@code @ArchTest} rules run on the production classes of every module (infra's test
 * classpath holds them all); the plain tests guard the rules against passing vacuously.
 */
@AnalyzeClasses(packages = "org.muejam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SHARED = "org.muejam.shared..";
    private static final String COMMAND = "org.muejam.command..";
    private static final String PROJECTIONS = "org.muejam.projections..";
    private static final String QUERY = "org.muejam.query..";
    private static final String INFRA = "org.muejam.infra..";

    @ArchTest
    static final ArchRule sharedApiDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage(SHARED)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, PROJECTIONS, QUERY, INFRA)
            .because("shared-api holds the commands, events and ids every module builds on");

    @ArchTest
    static final ArchRule sharedApiDoesNotDependOnSpring = noClasses()
            .that()
            .resideInAPackage(SHARED)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("shared-api is plain records, usable without a Spring context");

    @ArchTest
    static final ArchRule commandSideIgnoresReadSideAndInfra = noClasses()
            .that()
            .resideInAPackage(COMMAND)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PROJECTIONS, QUERY, INFRA)
            .because("the command side decides from its own events and ports, never from read models");

    @ArchTest
    static final ArchRule projectionsIgnoreCommandSideQuerySideAndInfra = noClasses()
            .that()
            .resideInAPackage(PROJECTIONS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, QUERY, INFRA)
            .because("projections only consume the events published in shared-api");

    @ArchTest
    static final ArchRule querySideIgnoresCommandSideProjectionsAndInfra = noClasses()
            .that()
            .resideInAPackage(QUERY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND, PROJECTIONS, INFRA)
            .because("the query side only reads the tables projections maintain");

    private static JavaClasses productionClasses;

    @BeforeAll
    static void importProductionClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.muejam");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "org.muejam.shared",
                "org.muejam.command",
                "org.muejam.projections",
                "org.muejam.query",
                "org.muejam.infra"
            })
    void everyModulePackageContributesImportedProductionClasses(String modulePackage) {
        assertThat(productionClasses.stream()
                        .filter(javaClass -> javaClass.getPackageName().startsWith(modulePackage)))
                .as("production classes imported from %s", modulePackage)
                .isNotEmpty();
    }

    @Test
    void theProductionImportLeavesOutTestClassesSuchAsTheDeliberateViolation() {
        assertThat(productionClasses.contain(ProjectionReadingCommandHandler.class))
                .isFalse();
        assertThat(productionClasses.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void everyModuleRuleHoldsForTheProductionClasses() {
        for (ArchRule rule : new ArchRule[] {
            sharedApiDependsOnNoOtherModule,
            sharedApiDoesNotDependOnSpring,
            commandSideIgnoresReadSideAndInfra,
            projectionsIgnoreCommandSideQuerySideAndInfra,
            querySideIgnoresCommandSideProjectionsAndInfra
        }) {
            EvaluationResult result = rule.evaluate(productionClasses);
            assertThat(result.hasViolation())
                    .as(result.getFailureReport().toString())
                    .isFalse();
        }
    }

    @Test
    void commandSideRuleReportsACommandClassThatReachesIntoAProjection() {
        JavaClasses offender = new ClassFileImporter().importClasses(ProjectionReadingCommandHandler.class);

        EvaluationResult result = commandSideIgnoresReadSideAndInfra.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail)
                        .contains(ProjectionReadingCommandHandler.class.getName())
                        .contains("org.muejam.projections.identity.UserProjection"));
    }
}
