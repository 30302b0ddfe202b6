package org.coderise.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the learner accounts a level needs through the public API, before the level starts (so registration's
 * password hashing is not measured as page load): registers each one (an existing account answers 409, which is
 * fine), takes an API token for Run and Submit, and enrolls it in the load test's course. Idempotent.
 */
final class LearnerAccounts {
    private static final Pattern SECRET = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private LearnerAccounts() {
    }

    /** One feeder record per learner: {@code email}, {@code password}, {@code token}. */
    static List<Map<String, Object>> prepare(LoadSettings settings) {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, Object>>> pending = new ArrayList<>();
            for (int n = 0; n < settings.users(); n++) {
                String email = settings.email(n);
                pending.add(pool.submit(() -> prepare(client, settings.url(), email)));
            }
            List<Map<String, Object>> learners = new ArrayList<>();
            for (var learner : pending) {
                learners.add(learner.get());
            }
            return learners;
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the load test's learners at " + settings.url(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> prepare(HttpClient client, String url, String email) {
        String registration = """
                {"displayName":"Load learner","email":"%s","password":"%s","language":"en","country":"KE",\
                "demographicsConsent":false}""".formatted(email, LoadSettings.PASSWORD);
        expect(send(client, post(url + "api/v1/accounts", registration)), 201, 409);
        var issued = send(client, post(url + "api/v1/auth/tokens", """
                {"email":"%s","password":"%s","name":"load test"}""".formatted(email, LoadSettings.PASSWORD)));
        expect(issued, 201);
        Matcher secret = SECRET.matcher(issued.body());
        if (!secret.find()) {
            throw new IllegalStateException("No token secret in " + issued.body());
        }
        String token = secret.group(1);
        expect(send(client, HttpRequest.newBuilder(URI.create(url + "api/v1/enrollments/" + LoadSettings.COURSE))
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()).build()), 200);
        return Map.of("email", email, "password", LoadSettings.PASSWORD, "token", token);
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }
}
