package org.redress.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletResponse;

/** What every page controller does with forms: show problems at their fields, and offer choices in order. */
public final class Forms {

    private Forms() {
    }

    /**
     * Answers a form's post: {@code save} does the work and says where to go next; what the rules refuse
     * ({@link InvalidInput}) is put on its fields and the form shown again by {@code redisplay}, answered 400.
     */
    public static String save(BindingResult errors, HttpServletResponse response, Supplier<String> save,
            Supplier<String> redisplay) {
        try {
            return save.get();
        } catch (InvalidInput e) {
            reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return redisplay.get();
        }
    }

    /** Puts each problem on its field, or in the error summary alone when the form has no such field. */
    public static void reject(BindingResult errors, List<FieldProblem> problems) {
        problems.forEach(p -> reject(errors, p.field(), p.message()));
    }

    public static void reject(BindingResult errors, String field, String message) {
        try {
            errors.rejectValue(field, "invalid", message);
        } catch (NotReadablePropertyException notAField) {
            errors.reject("invalid", message);
        }
    }

    /**
     * Runs a form's change and gives its answer (a redirect) when it worked; when the input had problems (400, each
     * at its field) or the change was refused or met someone else's (409, with the reason; {@link EditConflict} is
     * a refusal), gives null for the page to show the form again.
     */
    public static String attempt(BindingResult errors, HttpServletResponse response, Supplier<String> change) {
        try {
            return change.get();
        } catch (InvalidInput e) {
            reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("refused", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return null;
    }

    /** Value to label, in the order given, for radios, checkboxes and selects. */
    public static <E> Map<String, String> options(E[] values, Function<E, String> key, Function<E, String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (E e : values) {
            options.put(key.apply(e), label.apply(e));
        }
        return options;
    }
}
