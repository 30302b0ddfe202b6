package org.coderise.identity.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.coderise.identity.api.Role;
import org.coderise.identity.application.AccountRegistration;
import org.coderise.identity.application.Registration;
import org.coderise.identity.domain.Account;
import org.coderise.identity.domain.Accounts;
import org.coderise.identity.domain.Cohort;
import org.coderise.identity.domain.Partner;
import org.coderise.identity.domain.Partners;
import org.coderise.shared.domain.UtcTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts for trying CodeRise: on the embedded H2 database, or wherever {@code CODERISE_DEMO=true}; never when
 * {@code CODERISE_DEMO=false} or on MySQL without it. Runs after the schema migration and creates only what is
 * missing, so restarts change nothing. The README lists the accounts.
 */
@ApplicationScoped
public class DemoData {
    public static final String PASSWORD = "coderise-demo";
    public static final String INVITE_CODE = "DEMO-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "coderise.demo")
    Optional<Boolean> demo;
    @Inject
    @ConfigProperty(name = "coderise.db.url")
    String databaseUrl;
    @Inject
    Accounts accounts;
    @Inject
    Partners partners;
    @Inject
    AccountRegistration registration;

    /** The demo rule: an explicit CODERISE_DEMO wins, otherwise the embedded database means demo. */
    static boolean wanted(Optional<Boolean> demo, String databaseUrl) {
        return demo.orElseGet(() -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:"));
    }

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class)
              Object start) {
        if (!wanted(demo, databaseUrl)) {
            return;
        }
        Partner partner = partners.findByName("Demo Partner")
                .orElseGet(() -> partners.add(new Partner("Demo Partner", null, UtcTime.now())));
        if (partners.findCohortByCode(INVITE_CODE).isEmpty()) {
            partners.add(new Cohort(partner.id(), "Demo Cohort 2026", INVITE_CODE, UtcTime.now()));
        }
        account("learner", "Demo Learner", INVITE_CODE);
        account("mentor", "Demo Mentor", INVITE_CODE).grant(Role.MENTOR);
        account("manager", "Demo Manager", null).grant(Role.MANAGER);
        Account admin = account("admin", "Demo Admin", null);
        for (Role role : Role.values()) {
            admin.grant(role);
        }
        LOG.info(() -> "Demo mode: accounts learner@, mentor@, manager@, admin@coderise.test (password "
                + PASSWORD + "), cohort invite code " + INVITE_CODE);
    }

    private Account account(String name, String displayName, String inviteCode) {
        String email = name + "@coderise.test";
        return accounts.findByEmail(email).orElseGet(() -> registration.register(
                new Registration(displayName, email, PASSWORD, "en", "KE", false, null, null, inviteCode)));
    }
}
