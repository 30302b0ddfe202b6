package org.coderise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.coderise.shared.rest.Problem;

/**
 * The answer when the database cannot be reached before a request gets to a page or a resource (signing in reads
 * the account): 503 with Retry-After, a problem document for the API, a short page in the person's language
 * otherwise. Nothing that needs the database can render it, so it is written here, whole.
 */
public final class DatabaseOutageResponse {
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String DETAIL = "CodeRise cannot reach its database right now, so nothing was saved. "
            + "Please try again in a minute.";
    private static final Map<String, String[]> PAGE = Map.of(
            "en", new String[] {"CodeRise is briefly unavailable", DETAIL + " Code you were typing stays in "
                    + "your browser."},
            "fr", new String[] {"CodeRise est brièvement indisponible", "CodeRise ne peut pas joindre sa base de "
                    + "données pour le moment : rien n’a été enregistré. Réessayez dans une minute. Le code que vous "
                    + "tapiez reste dans votre navigateur."},
            "es", new String[] {"CodeRise no está disponible por un momento", "CodeRise no puede acceder a su base de "
                    + "datos en este momento, así que no se guardó nada. Inténtalo de nuevo en un minuto. El código "
                    + "que escribías sigue en tu navegador."});

    private DatabaseOutageResponse() {
    }

    public static Problem problem() {
        return Problem.of("database-unavailable", "Database unavailable", 503, DETAIL);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(problem().toJson());
            } else {
                String language = PAGE.containsKey(request.getLocale().getLanguage())
                        ? request.getLocale().getLanguage() : "en";
                String[] text = PAGE.get(language);
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"" + language + "\"><head>"
                        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                        + "<title>" + text[0] + "</title></head><body><main><h1>" + text[0] + "</h1><p>" + text[1]
                        + "</p></main></body></html>");
            }
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
