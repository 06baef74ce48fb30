package org.redress.platform;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail that says what is wrong and where:
 * {@code errors: [{field, message}]}. A 500 from the API is a bug; anything a caller can cause lands here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return withErrors(HttpStatus.BAD_REQUEST, "The request has problems; each is listed under errors.", e.problems());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        List<FieldProblem> problems = e.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(),
                        error.isBindingFailure() ? "is not a valid value" : error.getDefaultMessage()))
                .toList();
        return withErrors(HttpStatus.BAD_REQUEST, "The request has problems; each is listed under errors.", problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // A body cut off at its limit (UploadLimit) reaches here wrapped by the JSON reader.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UploadLimit.BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        Throwable cause = e.getMostSpecificCause();
        // The field is named by the outermost databind error; its root cause (e.g. an impossible date) names nothing.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof DatabindException) {
                cause = t;
                break;
            }
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            String message = cause instanceof InvalidNullException ? "must not hold an empty (null) value"
                    : cause instanceof InvalidFormatException invalid
                    ? "'" + invalid.getValue() + "' is not a valid value"
                    : cause instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage() != null
                            && mismatch.getOriginalMessage().startsWith("must ") ? mismatch.getOriginalMessage()
                    : cause instanceof MismatchedInputException ? "has the wrong type" : "could not be read";
            return withErrors(HttpStatus.BAD_REQUEST, "The request body could not be read.",
                    List.of(new FieldProblem(field, message)));
        }
        return withErrors(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.",
                List.of(new FieldProblem("body", "is not valid JSON")));
    }

    @ExceptionHandler(UploadLimit.BodyTooLarge.class)
    ProblemDetail tooLarge(UploadLimit.BodyTooLarge e) {
        return withErrors(HttpStatus.CONTENT_TOO_LARGE, e.getMessage() + ".",
                List.of(new FieldProblem("body", "is too large")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "A parameter has the wrong form.",
                List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not a valid value")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return withErrors(HttpStatus.BAD_REQUEST, "A required parameter is missing.",
                List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + e.getContentType() + " is not accepted here; send " + e.getSupportedMediaTypes() + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here.");
    }

    @ExceptionHandler({NotFound.class, NoResourceFoundException.class})
    ProblemDetail notFound(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e instanceof NotFound ? e.getMessage() + " was not found." : "Nothing is published at this address.");
    }

    @ExceptionHandler(EditConflict.class)
    ProblemDetail conflict(EditConflict e) {
        return withErrors(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldProblem("version",
                "is not the latest: read the record again and send its current version")));
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeys.KeyReused.class)
    ProblemDetail keyReused(IdempotencyKeys.KeyReused e) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(),
                List.of(new FieldProblem("Idempotency-Key", "was already used for a different request")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your account is not allowed to do this.");
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList());
        return problem;
    }
}
