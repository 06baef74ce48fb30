package org.redress.platform;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the web: a plain message in the GOV.UK layout, with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e) {
        return page("error/404", HttpStatus.NOT_FOUND, null);
    }

    /**
     * A rule broken by what a link or address asked for (a form redisplays its own problems before this is
     * reached): a 400 naming each field.
     */
    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        ModelAndView page = page("error/400", HttpStatus.BAD_REQUEST, null);
        page.addObject("problems", e.problems());
        return page;
    }

    @ExceptionHandler(UploadLimit.BodyTooLarge.class)
    ModelAndView tooLarge(UploadLimit.BodyTooLarge e) {
        return page("error/413", HttpStatus.CONTENT_TOO_LARGE, null);
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused e) {
        return page("error/409", HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) {
        return page("error/403", HttpStatus.FORBIDDEN, null);
    }

    private static ModelAndView page(String view, HttpStatus status, String message) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("message", message);
        return page;
    }
}
