package org.coderise.identity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coderise.identity.domain.AgeBand;

/**
 * What a person gives to register; also the JSON body of {@code POST /api/v1/accounts} (renaming a component breaks
 * API clients). {@code gender} and {@code ageBand} are kept only when {@code demographicsConsent} is true.
 *
 * @param language   en, fr or es; null means en
 * @param country    ISO 3166-1 alpha-2
 * @param inviteCode a cohort's invite code, optional
 */
public record Registration(
        @NotBlank @Size(max = 80) String displayName,
        @NotBlank @Size(max = 254) String email,
        @NotNull @Size(max = 200) String password,
        @Pattern(regexp = "en|fr|es") String language,
        @NotBlank @Size(min = 2, max = 2) String country,
        boolean demographicsConsent,
        @Size(max = 60) String gender,
        AgeBand ageBand,
        @Size(max = 32) String inviteCode) {
}
