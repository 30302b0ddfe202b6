package org.coderise;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sessions move between nodes (the data grid replicates them; web.xml is distributable): everything a session- or
 * view-scoped bean keeps must serialize. Injected beans stay non-transient — Weld's proxies serialize and reconnect on
 * the other node, where a transient injected field would be null. Kept state is checked through records, lists and
 * maps down to its leaves, so an {@code Optional} deep inside a view model fails here, not at failover.
 */
class SessionStateTest {
    private static final List<Class<?>> SCOPES = List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    @Test
    void everythingASessionKeepsSerializes() {
        List<String> problems = new ArrayList<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coderise")) {
            Class<?> type = bean.reflect();
            if (SCOPES.stream().noneMatch(scope -> type.isAnnotationPresent(scope.asSubclass(java.lang.annotation.Annotation.class)))) {
                continue;
            }
            if (!Serializable.class.isAssignableFrom(type)) {
                problems.add(type.getName() + " is not Serializable");
            }
            for (Field field : type.getDeclaredFields()) {
                String where = type.getSimpleName() + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    if (Modifier.isTransient(field.getModifiers())) {
                        problems.add(where + ": injected and transient (null after failover)");
                    }
                } else if (!skipped(field)) {
                    check(field.getGenericType(), where, problems, new HashSet<>());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean skipped(Field field) {
        return Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                || field.isSynthetic();
    }

    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    check(argument, where, problems, seen);
                }
                return;
            }
            check(raw, where, problems, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c.getName().startsWith("java.lang.")
                || c.getName().startsWith("java.time.") || c.getName().startsWith("java.math.")) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.isInterface() && c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                check(permitted, where, problems, seen);
            }
        }
        if (c.getName().startsWith("org.coderise.")) {
            for (Field field : c.getDeclaredFields()) {
                if (!skipped(field)) {
                    check(field.getGenericType(), where + " > " + c.getSimpleName() + "." + field.getName(), problems, seen);
                }
            }
        }
    }
}
