package org.coderise.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.coderise.shared.domain.DomainException;

/** Bean Validation failures become one 400 problem listing every rejected field, so a form can mark them all. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        var problem = new Problem(DomainException.PROBLEM_BASE + "validation-failed",
                "Invalid input", 400, errors.size() + " field(s) rejected", errors);
        return problem.toResponse().build();
    }

    /** The last node of the path ({@code register.arg0.email} → {@code email}): the name the client sent. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
