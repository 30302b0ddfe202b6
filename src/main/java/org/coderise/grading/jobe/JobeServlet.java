package org.coderise.grading.jobe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.sandbox.api.InvalidRunRequestException;

/**
 * Jobe's REST protocol (version 1) at {@code /jobe/index.php/restapi/}: {@code POST runs} (with or without a trailing
 * slash), {@code GET languages}, {@code PUT/HEAD files/{id}}, {@code POST files}, {@code GET runresults/{id}}.
 * Runs are answered at once (200 + RunResult), so run results are never pending and {@code runresults} is always 404.
 * Errors are JSON strings, as Jobe sends them; any other method on a known resource is 405.
 */
@WebServlet(urlPatterns = "/jobe/index.php/restapi/*", asyncSupported = false)
public class JobeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JobeServlet.class.getName());
    private static final int MAX_RUN_BYTES = 2 * 1024 * 1024;
    private static final int MAX_UPLOAD_BYTES = JobeFileCache.MAX_FILE_BYTES * 4 / 3 + 4096;
    private static final String JSON = "application/json; charset=utf-8";

    @Inject
    transient JobeRuns runs;
    @Inject
    transient JobeFileCache files;
    @Inject
    transient JobeApiKeys keys;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        boolean isRun = "POST".equals(method) && path.matches("/runs/?");
        var decision = keys.check(request.getHeader("X-API-KEY"), isRun);
        if (decision == JobeApiKeys.Decision.UNKNOWN_KEY) {
            error(response, 403, "Unknown or missing API key (X-API-KEY)");
            return;
        }
        if (decision == JobeApiKeys.Decision.OVER_QUOTA) {
            response.setHeader("Retry-After", Long.toString(keys.secondsToNextHour()));
            error(response, 429, "This API key has used its runs for this hour");
            return;
        }
        try {
            route(method, path, request, response);
        } catch (BadRunSpecException | InvalidRunRequestException e) {
            error(response, 400, e.getMessage());
        } catch (UnknownFileException e) {
            error(response, 404, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(response, 503, "The server is shutting down");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Jobe request " + method + " " + path + " failed", e);
            error(response, 500, "Internal error of the server");
        }
    }

    private void route(String method, String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException {
        if (path.matches("/runs/?")) {
            if (allow(method, response, "POST")) {
                json(response, 200, runs.run(object(read(request, MAX_RUN_BYTES))));
            }
        } else if (path.matches("/languages/?")) {
            if (allow(method, response, "GET")) {
                json(response, 200, runs.languages());
            }
        } else if (path.matches("/files/?")) {
            if (allow(method, response, "POST")) {
                json(response, 200, Json.createValue(files.put(contents(request))));
            }
        } else if (path.startsWith("/files/")) {
            fileById(method, path.substring("/files/".length()), request, response);
        } else if (path.startsWith("/runresults/")) {
            if (allow(method, response, "GET")) {
                error(response, 404, "No such run: runs are answered at once by this server");
            }
        } else {
            error(response, 404, "No such resource: " + path);
        }
    }

    private void fileById(String method, String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (method) {
            case "PUT" -> {
                files.put(id, contents(request));
                response.setStatus(204);
            }
            case "HEAD" -> response.setStatus(files.contains(id) ? 204 : 404);
            default -> {
                response.setHeader("Allow", "PUT, HEAD");
                error(response, 405, "Use PUT or HEAD on files/{id}");
            }
        }
    }

    private static boolean allow(String method, HttpServletResponse response, String allowed) throws IOException {
        if (allowed.equals(method)) {
            return true;
        }
        response.setHeader("Allow", allowed);
        error(response, 405, "Use " + allowed + " here");
        return false;
    }

    private static byte[] contents(HttpServletRequest request) throws IOException {
        JsonValue value = object(read(request, MAX_UPLOAD_BYTES)).get("file_contents");
        if (!(value instanceof JsonString base64)) {
            throw new BadRunSpecException("file_contents (base64) is required");
        }
        try {
            return Base64.getDecoder().decode(base64.getString().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new BadRunSpecException("file_contents is not valid base64");
        }
    }

    private static JsonObject object(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw new BadRunSpecException("The body must be a JSON object");
            }
            return object;
        } catch (JsonParsingException e) {
            throw new BadRunSpecException("The body is not valid JSON");
        }
    }

    private static String read(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw new BadRunSpecException("The request is larger than " + max / 1024 + " KB");
        }
        try (InputStream in = request.getInputStream()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    throw new BadRunSpecException("The request is larger than " + max / 1024 + " KB");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static void json(HttpServletResponse response, int status, JsonValue body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.getWriter().write(body.toString());
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        json(response, status, Json.createValue(message));
    }
}
