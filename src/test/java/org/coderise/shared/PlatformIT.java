package org.coderise.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import org.coderise.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform as an operator sees it: it starts on the configured database, serves pages and reports health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void servesTheLandingPage() {
        given().baseUri(base.toString()).when().get("index.xhtml")
                .then().statusCode(200).body(containsString("CodeRise"));
    }

    @Test
    void isReadyWhenTheDatabaseAnswers() {
        given().baseUri(base.toString().replaceFirst("/coderise/?$", "/")).when().get("health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }
}
