package org.coderise;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The boundaries of DESIGN.md, enforced: they are cheap to keep and expensive to recover. */
@AnalyzeClasses(packages = "org.coderise", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final List<String> CONTEXTS = List.of(
            "identity", "catalog", "learning", "grading", "sandbox", "review", "metrics");


    @ArchTest
    static final ArchRule sandboxDependsOnNoOtherContext = noClasses()
            .that().resideInAPackage("org.coderise.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.coderise.identity..", "org.coderise.catalog..", "org.coderise.learning..",
                    "org.coderise.grading..", "org.coderise.review..", "org.coderise.metrics..",
                    "org.coderise.shared..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sandboxIsPlainJava = noClasses()
            .that().resideInAPackage("org.coderise.sandbox..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule pagesAndRestNeverTouchTheEntityManager = noClasses()
            .that().resideInAnyPackage("..web..", "..rest..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .allowEmptyShould(true);

    /** Another context may use only a context's {@code api} package: its facade, records and events. */
    @ArchTest
    static void contextsMeetOnlyThroughTheirApi(JavaClasses classes) {
        for (String context : CONTEXTS) {
            String home = "org.coderise." + context;
            noClasses().that().resideOutsideOfPackage(home + "..")
                    .should().dependOnClassesThat(resideInAPackage(home + "..").and(not(resideInAPackage(home + ".api.."))))
                    .allowEmptyShould(true)
                    .because(context + " is reached only through " + home + ".api")
                    .check(classes);
        }
    }
}
