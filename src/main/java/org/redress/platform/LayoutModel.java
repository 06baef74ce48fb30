package org.redress.platform;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Tells the layout which section of the staff menu the page belongs to, so it can mark it as current. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/staff/cases/new")) {
            return "log";
        }
        if (path.startsWith("/staff/inbox")) {
            return "inbox";
        }
        if (path.startsWith("/staff/search")) {
            return "search";
        }
        if (path.startsWith("/staff/reports/dashboard")) {
            return "dashboard";
        }
        if (path.startsWith("/staff/reports")) {
            return "reports";
        }
        if (path.startsWith("/staff/ombudsman")) {
            return "ombudsman";
        }
        if (path.startsWith("/staff/conduct")) {
            return "conduct";
        }
        if (path.startsWith("/staff/admin")) {
            return "admin";
        }
        if (path.equals("/staff") || path.startsWith("/staff/cases")) {
            return "queue";
        }
        return "";
    }
}
