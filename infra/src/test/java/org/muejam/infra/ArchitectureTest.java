package org.muejam.infra;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.command.archfixture.ProjectionReadingCommandHandler;
import org.muejam.infra.archfixture.AggregateTouchingAdapter;
import org.muejam.infra.archfixture.SqlRunningController;
import org.muejam.infra.config.archfixture.WebWiringConfig;
import org.muejam.infra.web.archfixture.PropertyReadingFilter;
import org.muejam.query.archfixture.QuerySideController;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Module boundaries: shared-api stands alone, and command side, projections and query side never reach into one
 * another or into infra. Inside infra: no package cycles, business rules reached only through use cases, ports or
 * the command gateway, no SQL in controllers, and every controller in infra. The {@code @ArchTest} rules run on the
 * production classes of every module (infra's test classpath holds them all); the plain tests guard the rules
 * against passing vacuously.
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

    @ArchTest
    static final ArchRule infraPackagesAreFreeOfCycles = slices().matching("org.muejam.infra.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a feature's package is understood, and changed, without the packages that need it");

    /** Where the business rules live: what infra reaches only through use cases, ports or the command gateway. */
    static final DescribedPredicate<JavaClass> AGGREGATE_OR_POLICY = DescribedPredicate.describe(
            "a command-side aggregate or policy",
            javaClass -> javaClass.getPackageName().startsWith("org.muejam.command")
                    && (javaClass.isAnnotatedWith(Aggregate.class)
                            || javaClass.isMetaAnnotatedWith(AggregateRoot.class)
                            || javaClass.getSimpleName().endsWith("Policy")));

    @ArchTest
    static final ArchRule infraReachesRulesOnlyThroughUseCases = noClasses()
            .that()
            .resideInAPackage(INFRA)
            .should()
            .dependOnClassesThat(AGGREGATE_OR_POLICY)
            .because("infra adapts; the rules are applied by the use cases in org.muejam.command..application, "
                    + "reached through them, through ports or through the command gateway");

    @ArchTest
    static final ArchRule controllersRunNoSql = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat(
                    assignableTo(JdbcOperations.class).or(assignableTo(NamedParameterJdbcOperations.class)))
            .because("a controller sends commands and queries; tables are read by query handlers and adapters");

    @ArchTest
    static final ArchRule querySideHasNoControllers = noClasses()
            .that()
            .resideInAPackage(QUERY)
            .should()
            .beAnnotatedWith(RestController.class)
            .because("a feature's endpoints, read and write, live together in infra and read through the query bus");

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
        for (Class<?> fixture : new Class<?>[] {
            ProjectionReadingCommandHandler.class,
            WebWiringConfig.class,
            PropertyReadingFilter.class,
            AggregateTouchingAdapter.class,
            SqlRunningController.class,
            QuerySideController.class,
            ArchitectureTest.class
        }) {
            assertThat(productionClasses.contain(fixture)).as(fixture.getName()).isFalse();
        }
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
    void everyInfraRuleHoldsForTheProductionClasses() {
        for (ArchRule rule : new ArchRule[] {
            infraPackagesAreFreeOfCycles,
            infraReachesRulesOnlyThroughUseCases,
            controllersRunNoSql,
            querySideHasNoControllers
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

    @Test
    void cycleRuleReportsTwoInfraPackagesThatImportEachOther() {
        JavaClasses offenders =
                new ClassFileImporter().importClasses(WebWiringConfig.class, PropertyReadingFilter.class);

        EvaluationResult result = infraPackagesAreFreeOfCycles.evaluate(offenders);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains(WebWiringConfig.class.getName())
                .contains(PropertyReadingFilter.class.getName());
    }

    @Test
    void infraHasSeveralPackagesForTheCycleRuleToCompare() {
        assertThat(productionClasses.stream()
                        .filter(javaClass -> javaClass.getPackageName().startsWith("org.muejam.infra."))
                        .map(javaClass -> javaClass.getPackageName().split("\\.")[3])
                        .distinct())
                .as("infra's packages")
                .contains("config", "web", "security", "ratelimit", "projections", "identity");
    }

    @Test
    void useCaseRuleReportsAnInfraClassThatReachesForAnAggregateAndAPolicy() {
        JavaClasses offender = new ClassFileImporter().importClasses(AggregateTouchingAdapter.class);

        EvaluationResult result = infraReachesRulesOnlyThroughUseCases.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail)
                        .contains(AggregateTouchingAdapter.class.getName())
                        .contains("org.muejam.command.identity.UserAccount"))
                .anySatisfy(detail -> assertThat(detail)
                        .contains(AggregateTouchingAdapter.class.getName())
                        .contains("org.muejam.command.identity.PasswordPolicy"));
    }

    @Test
    void theCommandSideHasAggregatesAndPoliciesForTheUseCaseRuleToGuard() {
        assertThat(productionClasses.stream().filter(AGGREGATE_OR_POLICY))
                .extracting(JavaClass::getSimpleName)
                .contains("UserAccount", "ApiKey", "PasswordPolicy", "ConsentPolicy");
    }

    @Test
    void sqlRuleReportsAControllerThatRunsSql() {
        JavaClasses offender = new ClassFileImporter().importClasses(SqlRunningController.class);

        EvaluationResult result = controllersRunNoSql.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail)
                        .contains(SqlRunningController.class.getName())
                        .contains("org.springframework.jdbc.core.JdbcTemplate"));
    }

    @Test
    void thereAreControllersInInfraForTheSqlRuleToGuard() {
        assertThat(productionClasses.stream()
                        .filter(javaClass -> javaClass.getPackageName().startsWith("org.muejam.infra."))
                        .filter(javaClass -> javaClass.isAnnotatedWith(RestController.class)))
                .isNotEmpty();
    }

    @Test
    void controllerRuleReportsARestControllerOnTheQuerySide() {
        JavaClasses offender = new ClassFileImporter().importClasses(QuerySideController.class);

        EvaluationResult result = querySideHasNoControllers.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains(QuerySideController.class.getName()));
    }
}
