package org.coderise.identity.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /admin/partners.xhtml}: partners, cohorts and the mentors assigned to them. */
public class PartnersPage extends Page {
    private PartnersPage(WebDriver driver, String base) {
        super(driver, base);
    }

    public static PartnersPage open(WebDriver driver, String base) {
        driver.get(base + "admin/partners.xhtml");
        return new PartnersPage(driver, base);
    }

    public PartnersPage addCohort(String partnerName, String cohortName) {
        new Select(field("partnersForm:cohortPartner")).selectByVisibleText(partnerName);
        type("partnersForm:cohortName", cohortName);
        return submitAndWait("partnersForm:addCohort");
    }

    public PartnersPage assignMentor(String cohortName, String email) {
        selectCohort("partnersForm:mentorCohort", cohortName);
        type("partnersForm:mentorEmail", email);
        return submitAndWait("partnersForm:assignMentor");
    }

    public PartnersPage addPartner(String name) {
        type("partnersForm:partnerName", name);
        return submitAndWait("partnersForm:addPartner");
    }

    public PartnersPage renamePartner(String name, String newName) {
        new Select(field("partnersForm:renamedPartner")).selectByVisibleText(name);
        type("partnersForm:partnerNewName", newName);
        return submitAndWait("partnersForm:renamePartner");
    }

    public PartnersPage renameCohort(String cohortName, String newName) {
        selectCohort("partnersForm:renamedCohort", cohortName);
        type("partnersForm:cohortNewName", newName);
        return submitAndWait("partnersForm:renameCohort");
    }

    /** The names in the partners table, in its order. */
    public List<String> partnerNames() {
        return driver.findElements(By.xpath("//*[@id='partnersForm:partners']//tbody/tr/td[1]")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** The names in the cohorts table, in its order. */
    public List<String> cohortNames() {
        return driver.findElements(By.xpath("//*[@id='partnersForm:cohorts']//tbody/tr/td[2]")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    public PartnersPage renewInviteCode(String cohortName) {
        return clickAndWait(cohortRow(cohortName).findElement(By.cssSelector("button[id$='renew']")));
    }

    public PartnersPage removeMentor(String cohortName) {
        return clickAndWait(cohortRow(cohortName).findElement(By.cssSelector("button[id$='unassign']")));
    }

    /** The text of the mentors cell in the cohort's row. */
    public String mentorsOf(String cohortName) {
        return cohortRow(cohortName).findElements(By.tagName("td")).get(4).getText().strip();
    }

    public String message() {
        return field("globalMessages").getText();
    }

    /** Cohort menus label each cohort "partner — cohort". */
    private void selectCohort(String menuId, String cohortName) {
        new Select(field(menuId)).getOptions().stream().filter(option -> option.getText().endsWith(cohortName))
                .findFirst().orElseThrow().click();
    }

    private WebElement cohortRow(String cohortName) {
        return driver.findElement(By.xpath("//*[@id='partnersForm:cohorts']//tr[td[normalize-space()='"
                + cohortName + "']]"));
    }

    private PartnersPage submitAndWait(String buttonId) {
        return clickAndWait(field(buttonId));
    }

    /**
     * PrimeFaces replaces the form and then the messages, one after the other: waiting for the form alone let a test
     * read the old messages, or a row of the old table, just before they were replaced.
     */
    private PartnersPage clickAndWait(WebElement button) {
        WebElement formBefore = field("partnersForm:cohorts");
        WebElement messagesBefore = field("globalMessages");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isStale(formBefore) && isStale(messagesBefore));
        return this;
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        }
    }
}
