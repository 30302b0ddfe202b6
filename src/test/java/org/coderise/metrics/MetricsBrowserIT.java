package org.coderise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.coderise.Browsers;
import org.coderise.Deployments;
import org.coderise.identity.pages.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A program manager's look at the dashboard in a real browser: the goal chart is drawn, and a breakdown by gender
 * shows a group of three self-described learners as "&lt; 10", never as 3. Its own class (and server) because no
 * other browser test is about managers; MetricsIT covers the same page over HTTP for every access rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false",
        disabledReason = "browser tests are off (-DskipBrowserTests=true, e.g. in the mariadb profile)")
class MetricsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aManagerSeesTheGoalChartAndASmallGroupAsBelowK() {
        MetricsApi api = new MetricsApi(base);
        String gender = MetricsIT.unique("browser");
        for (int i = 0; i < 3; i++) {
            api.registerLearner(MetricsIT.unique("few"), gender);
        }
        browser.get(root() + "login.xhtml");
        new LoginPage(browser, root()).signIn(MetricsApi.MANAGER, MetricsApi.DEMO_PASSWORD);

        DashboardPage dashboard = DashboardPage.open(browser, root());
        assertThat(dashboard.heading()).isEqualTo("Program dashboard");
        assertThat(dashboard.goalChart().getSize().getWidth()).isPositive();
        dashboard.screenshot("goalHeading", "metrics-dashboard-goal");

        dashboard.breakDownBy("gender");
        assertThat(dashboard.breakdownCaption()).startsWith("Learners by Gender");
        assertThat(dashboard.breakdownRow(gender)).first().isEqualTo("< 10");
        assertThat(dashboard.breakdownRow(gender)).noneMatch(cell -> cell.equals("3"));
        dashboard.screenshot("breakdownHeading", "metrics-dashboard-breakdown");
    }

    /** The application's address with a trailing slash, to which page paths are appended. */
    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }
}
