package org.coderise.load;

import java.time.Duration;

/**
 * What one load level is, from system properties ({@code -Dload.users=40} on the Maven command line).
 *
 * @param url          the site as learners reach it, ending with a slash (nginx in front of the web nodes, or one node)
 * @param users        learners signed in at the same time during the level
 * @param duration     how long the level holds {@code users}, after {@code ramp}
 * @param ramp         how long it takes to go from none to {@code users}
 * @param thinkMin     shortest pause between a learner's actions (reading, typing)
 * @param thinkMax     longest pause between a learner's actions
 * @param accountRange first account number used (levels that run at once on one database use different ranges)
 */
public record LoadSettings(String url, int users, Duration duration, Duration ramp, Duration thinkMin,
                           Duration thinkMax, int accountRange) {
    /** Every load account has this password (the accounts are made by {@link LearnerAccounts}). */
    public static final String PASSWORD = "load-test-learner-2026";
    public static final String COURSE = "python-first-steps";
    public static final String LESSON = "numbers-and-input";
    public static final String EXERCISE = "stall-takings";
    /** The exercise's reference solution: every submission is ACCEPTED after four I/O cases in the sandbox. */
    public static final String SOLUTION = "sold = int(input())\nprice = int(input())\ntakings = sold * price\n"
            + "print(f\"Takings: {takings}\")\n";

    public static LoadSettings fromSystemProperties() {
        String url = System.getProperty("load.url", "http://127.0.0.1:8080/");
        return new LoadSettings(url.endsWith("/") ? url : url + "/",
                Integer.getInteger("load.users", 10),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 60)),
                Duration.ofSeconds(Integer.getInteger("load.ramp", 10)),
                Duration.ofMillis(Integer.getInteger("load.think.min.ms", 2000)),
                Duration.ofMillis(Integer.getInteger("load.think.max.ms", 6000)),
                Integer.getInteger("load.accounts.from", 1));
    }

    public String email(int n) {
        return "load-" + (accountRange + n) + "@load.coderise.test";
    }
}
