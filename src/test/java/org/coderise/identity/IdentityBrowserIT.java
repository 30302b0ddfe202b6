package org.coderise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.coderise.Browsers;
import org.coderise.Deployments;
import org.coderise.identity.pages.HomePage;
import org.coderise.identity.pages.LandingPage;
import org.coderise.identity.pages.LoginPage;
import org.coderise.identity.pages.PartnersPage;
import org.coderise.identity.pages.RegistrationPage;
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
 * A newcomer's first visit, in a real browser: register, sign out, sign in again, read the site in French; and an
 * admin assigning a mentor to a cohort.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "skipBrowserTests", matches = "false",
        disabledReason = "browser tests are off (-DskipBrowserTests=true, e.g. in the mariadb profile)")
class IdentityBrowserIT {
    private static final String PASSWORD = "river stones in the sun";

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

    /** The application's address with a trailing slash, to which page paths are appended. */
    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    @Test
    void aNewLearnerRegistersSignsOutSignsInAndReadsHomeInFrench() {
        String email = "ama-" + Long.toString(System.currentTimeMillis(), 36) + "@example.org";

        HomePage home = RegistrationPage.open(browser, root()).register("Ama", email, PASSWORD, "GH");
        assertThat(home.heading()).isEqualTo("Hello, Ama!");

        LandingPage landing = home.signOut();
        assertThat(landing.offersSignIn()).isTrue();

        home = landing.goToSignIn().signIn(email, PASSWORD);
        assertThat(home.language()).isEqualTo("en");
        assertThat(home.learnerCardTitle()).isEqualTo("Learn");

        home.switchLanguageTo("fr");
        assertThat(home.heading()).isEqualTo("Bonjour, Ama !");
        assertThat(home.learnerCardTitle()).isEqualTo("Apprendre");
    }

    @Test
    void anAdminAssignsTheDemoMentorToANewCohortAndTakesThemOff() {
        String cohort = "Evening cohort " + Long.toString(System.currentTimeMillis(), 36);
        browser.get(root() + "login.xhtml");
        new LoginPage(browser, root()).signIn("admin@coderise.test", "coderise-demo");

        PartnersPage partners = PartnersPage.open(browser, root()).addCohort("Demo Partner", cohort);
        assertThat(partners.renewInviteCode(cohort).message()).startsWith("New invite code:");
        partners.assignMentor(cohort, "nobody-" + cohort.hashCode() + "@example.org");
        assertThat(partners.message()).contains("No mentor account has the email");

        partners.assignMentor(cohort, "MENTOR@coderise.test");
        assertThat(partners.message()).contains("Demo Mentor now reviews this cohort.");
        assertThat(partners.mentorsOf(cohort)).contains("Demo Mentor");

        assertThat(partners.removeMentor(cohort).mentorsOf(cohort)).isEmpty();
    }

    @Test
    void anAdminRenamesAPartnerAndACohortButNeverToATakenPartnerName() {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        String partner = "Code Club " + suffix;
        String cohort = "Saturday group " + suffix;
        browser.get(root() + "login.xhtml");
        new LoginPage(browser, root()).signIn("admin@coderise.test", "coderise-demo");

        PartnersPage partners = PartnersPage.open(browser, root()).addPartner(partner).addCohort(partner, cohort);
        partners.renamePartner(partner, "Girls Code Club " + suffix);
        assertThat(partners.message()).contains("Renamed to Girls Code Club " + suffix);
        assertThat(partners.partnerNames()).contains("Girls Code Club " + suffix).doesNotContain(partner);

        partners.renameCohort(cohort, "Saturday morning group " + suffix);
        assertThat(partners.cohortNames()).contains("Saturday morning group " + suffix).doesNotContain(cohort);

        partners.renamePartner("Girls Code Club " + suffix, "Demo Partner");
        assertThat(partners.message()).contains("A partner named “Demo Partner” already exists.");
        assertThat(partners.partnerNames()).contains("Girls Code Club " + suffix);
    }
}
