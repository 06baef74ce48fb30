package org.redress.reporting;

/**
 * Text for a spreadsheet cell that a spreadsheet will not run as a formula: text starting with = + - @, a tab or a
 * carriage return gets a leading apostrophe (OWASP's advice for CSV injection). Numbers are written as numbers
 * and never pass through here, so -5 stays a number.
 */
final class FormulaSafe {

    private FormulaSafe() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
