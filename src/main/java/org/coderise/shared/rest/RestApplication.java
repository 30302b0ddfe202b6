package org.coderise.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of every context, versioned in the path so a v2 can live beside it. Resources are discovered. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "CodeRise API", version = "1",
        description = "Accounts, courses, submissions and progress of CodeRise. Errors are RFC 9457 problem documents."))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from POST /api/v1/auth/tokens or the profile page.")
public class RestApplication extends Application {
    /** Name of the bearer scheme for {@code @SecurityRequirement} on resources. */
    public static final String BEARER = "bearer";
}
