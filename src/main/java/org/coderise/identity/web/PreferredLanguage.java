package org.coderise.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.coderise.identity.api.Identities;
import org.coderise.identity.application.Profiles;
import org.coderise.shared.web.LanguageChosen;

/** A signed-in person who switches language with the page header keeps it as their account's preference. */
@ApplicationScoped
class PreferredLanguage {
    @Inject
    Identities identities;
    @Inject
    Profiles profiles;

    void remember(@Observes LanguageChosen choice) {
        identities.current().ifPresent(user -> profiles.changeLanguage(user.id(), choice.locale().getLanguage()));
    }
}
