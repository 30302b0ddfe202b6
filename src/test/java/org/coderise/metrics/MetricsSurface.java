package org.coderise.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.coderise.metrics.domain.Dimension;

/**
 * Everything metrics shows to the outside, found rather than listed, so a new endpoint or page cannot be left out
 * of the access tests: the REST operations by reflection over every JAX-RS resource of the context, the pages as
 * every page under {@code /manager/} or using one of the context's backing beans.
 */
final class MetricsSurface {
    private static final java.nio.file.Path WEBAPP = java.nio.file.Path.of("src/main/webapp");

    /** One REST operation: HTTP method, path template below the application root, media type, roles allowed. */
    record Operation(String method, String path, String mediaType, Set<String> roles) {
        /** The path with every parameter filled in every way it can be (each breakdown dimension). */
        List<String> concretePaths() {
            if (!path.contains("{")) {
                return List.of(path);
            }
            if (!path.contains("{dimension}") || path.replace("{dimension}", "").contains("{")) {
                throw new AssertionError("Teach MetricsSurface the parameters of " + path);
            }
            return Arrays.stream(Dimension.breakdowns()).map(d -> path.replace("{dimension}", d.code())).toList();
        }
    }

    private MetricsSurface() {
    }

    static List<Operation> restOperations() {
        List<Operation> operations = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.coderise.metrics")) {
            if (resource.isAnnotatedWith(Path.class)) {
                operations.addAll(operationsOf(resource.reflect()));
            }
        }
        assertFalse(operations.isEmpty(), "no metrics resource found");
        return operations;
    }

    /** Page paths relative to the application root, e.g. {@code manager/dashboard.xhtml}. */
    static List<String> pages() {
        List<String> beans = backingBeanNames();
        try (Stream<java.nio.file.Path> files = Files.walk(WEBAPP)) {
            List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("WEB-INF/"))
                    .filter(p -> p.startsWith("manager/") || beans.stream().anyMatch(b -> read(p).contains("#{" + b + ".")))
                    .sorted().toList();
            assertFalse(pages.isEmpty(), "no metrics page found");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Operation> operationsOf(Class<?> resource) {
        String root = resource.getAnnotation(Path.class).value();
        List<Operation> operations = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            Optional<String> http = Arrays.stream(method.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                    .map(HttpMethod::value).findFirst();
            if (http.isEmpty()) {
                continue;
            }
            String path = "api/v1/" + root + (method.isAnnotationPresent(Path.class)
                    ? "/" + method.getAnnotation(Path.class).value() : "");
            String[] types = firstPresent(Produces.class, method, resource).map(Produces::value)
                    .orElse(new String[] {MediaType.APPLICATION_JSON});
            Set<String> roles = firstPresent(RolesAllowed.class, method, resource).map(r -> Set.of(r.value()))
                    .orElse(Set.of());
            for (String type : types) {
                operations.add(new Operation(http.get(), path, type, roles));
            }
        }
        return operations;
    }

    private static <A extends java.lang.annotation.Annotation> Optional<A> firstPresent(Class<A> type,
            AnnotatedElement... elements) {
        return Arrays.stream(elements).map(e -> e.getAnnotation(type)).filter(a -> a != null).findFirst();
    }

    private static List<String> backingBeanNames() {
        List<String> names = new ArrayList<>();
        for (JavaClass bean : new ClassFileImporter().importPackages("org.coderise.metrics.web")) {
            if (bean.isAnnotatedWith(Named.class)) {
                String value = bean.reflect().getAnnotation(Named.class).value();
                names.add(value.isEmpty() ? Introspector.decapitalize(bean.getSimpleName()) : value);
            }
        }
        return names;
    }

    private static String read(String page) {
        try {
            return Files.readString(WEBAPP.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
