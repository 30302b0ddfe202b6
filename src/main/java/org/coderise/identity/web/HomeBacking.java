package org.coderise.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coderise.identity.application.Profiles;

/** What the home page shows beside the role sections: the cohorts the person belongs to. */
@Named
@RequestScoped
public class HomeBacking {
    @Inject
    SignedIn signedIn;
    @Inject
    Profiles profiles;

    /** Names of the person's cohorts, comma separated; empty when none. */
    public String getCohortNames() {
        return String.join(", ", profiles.cohortNames(signedIn.id()));
    }
}
