package org.coderise.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.coderise.Deployments;
import org.coderise.catalog.api.Catalog;
import org.coderise.catalog.api.CourseQuery;
import org.coderise.catalog.api.CourseSummary;
import org.coderise.catalog.application.CatalogAdministration;
import org.coderise.catalog.application.CatalogImport;
import org.coderise.catalog.application.ImportSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalog in the real WAR: the shipped courses (failsafe points CODERISE_COURSES_DIR at target/it-courses, the
 * repository's courses/ plus the test courses) are imported at start-up, served over REST, and importing again
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(CatalogIT.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    CatalogImport catalogImport;

    @Inject
    Catalog catalog;

    @Inject
    CatalogAdministration administration;

    @Test
    @RunAsClient
    void listsTheShippedCoursesImportedAtStartup() {
        given().baseUri(base.toString()).when().get("api/v1/courses")
                .then().statusCode(200)
                .body("id", hasItems("python-first-steps", "javascript-fundamentals"))
                .body("find { it.id == 'python-first-steps' }.version", greaterThanOrEqualTo(1))
                .body("find { it.id == 'python-first-steps' }.programmingLanguage", equalTo("python"));
    }

    @Test
    @RunAsClient
    void filtersTheListAndServesAnOutlineInTheRequestedLocale() {
        given().baseUri(base.toString()).queryParam("language", "javascript").when().get("api/v1/courses")
                .then().statusCode(200).body("id", equalTo(java.util.List.of("javascript-fundamentals")));
        given().baseUri(base.toString()).queryParam("locale", "fr").when().get("api/v1/courses/python-first-steps")
                .then().statusCode(200)
                .body("course.locale", equalTo("fr"))
                .body("modules.size()", greaterThanOrEqualTo(6))
                .body("modules[0].items[0].kind", equalTo("LESSON"));
    }

    @Test
    @RunAsClient
    void answersNotFoundForUnknownCoursesAndNeverServesSolutions() {
        given().baseUri(base.toString()).when().get("api/v1/courses/no-such-course").then().statusCode(404);
        given().baseUri(base.toString()).when()
                .get("api/v1/courses/python-first-steps/assets/01-hello/02-say-hello/solution/main.py")
                .then().statusCode(404);
        given().baseUri(base.toString()).when().get("api/v1/courses/python-first-steps/assets/../../../etc/passwd")
                .then().statusCode(404);
    }

    @Test
    @RunAsClient
    void keepsTheAdminPageFromAnonymousVisitors() {
        given().baseUri(base.toString()).redirects().follow(false).when().get("admin/courses.xhtml")
                .then().statusCode(not(equalTo(200)));
    }

    @Test
    void letsOnlyAdminsReimport() {
        assertThrows(EJBAccessException.class, () -> administration.reimport());
    }

    @Test
    void importingUnchangedCoursesAgainKeepsTheirVersions() {
        Map<String, Integer> before = versions();
        assertFalse(before.isEmpty(), "courses were imported at start-up");

        ImportSummary summary = catalogImport.importAll();

        assertEquals(0, summary.count("PUBLISHED"), summary.toString());
        assertTrue(summary.count("UNCHANGED") >= before.size(), summary.toString());
        assertEquals(before, versions());
    }

    @Test
    void givesGradingTheTestsAndKeepsTheSolutionFromLearners() {
        var spec = catalog.exerciseSpec("python-first-steps", "say-hello").orElseThrow();
        var page = catalog.exercise("python-first-steps", "say-hello", "fr").orElseThrow();

        assertEquals("python", spec.programmingLanguage());
        assertEquals("fr", page.locale());
        assertFalse(page.starterFiles().isEmpty());
    }

    private Map<String, Integer> versions() {
        return catalog.courses(CourseQuery.all(), "en").stream()
                .collect(Collectors.toMap(CourseSummary::id, CourseSummary::version));
    }
}
