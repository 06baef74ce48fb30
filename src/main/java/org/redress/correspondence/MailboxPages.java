package org.redress.correspondence;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.redress.correspondence.MailboxSettings.Authentication;
import org.redress.organisation.StaffUser;
import org.redress.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The council's complaints mailbox, for its administrators: where it is, how Redress signs in (a password, or OAuth
 * 2.0 client credentials for Microsoft 365), how often it is read, how long set-aside emails are kept, and a button
 * that tries the connection and says plainly what failed. Secrets are never shown back.
 */
@Controller
class MailboxPages {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?|\\[?[0-9a-fA-F:.]{2,45}\\]?");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final MailboxSettings settings;
    private final MailboxConnector connector;
    private final InboxProperties environment;

    MailboxPages(MailboxSettings settings, MailboxConnector connector, InboxProperties environment) {
        this.settings = settings;
        this.connector = connector;
        this.environment = environment;
    }

    /** Every field of the page, as typed; numbers as text so that a wrong one is named, not a binding error. */
    public static class MailboxForm {
        private String protocol = "imaps";
        private String host;
        private String port;
        private String username;
        private String folder = "INBOX";
        private String pollMinutes = "1";
        private String authentication = "password";
        private String password;
        private String tokenUrl;
        private String clientId;
        private String clientSecret;
        private String scope = Mailbox.MICROSOFT_365_SCOPE;
        private String setAsideKeptMonths = String.valueOf(MailboxSettings.DEFAULT_SET_ASIDE_KEPT_MONTHS);

        public String getProtocol() { return protocol; }
        public void setProtocol(String protocol) { this.protocol = protocol; }
        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public String getPort() { return port; }
        public void setPort(String port) { this.port = port; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getFolder() { return folder; }
        public void setFolder(String folder) { this.folder = folder; }
        public String getPollMinutes() { return pollMinutes; }
        public void setPollMinutes(String pollMinutes) { this.pollMinutes = pollMinutes; }
        public String getAuthentication() { return authentication; }
        public void setAuthentication(String authentication) { this.authentication = authentication; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getTokenUrl() { return tokenUrl; }
        public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
        public String getClientId() { return clientId; }
        public void setClientId(String clientId) { this.clientId = clientId; }
        public String getClientSecret() { return clientSecret; }
        public void setClientSecret(String clientSecret) { this.clientSecret = clientSecret; }
        public String getScope() { return scope; }
        public void setScope(String scope) { this.scope = scope; }
        public String getSetAsideKeptMonths() { return setAsideKeptMonths; }
        public void setSetAsideKeptMonths(String setAsideKeptMonths) { this.setAsideKeptMonths = setAsideKeptMonths; }
    }

    @GetMapping("/staff/admin/mailbox")
    String show(@AuthenticationPrincipal StaffUser user, Model model) {
        MailboxForm form = new MailboxForm();
        settings.saved(user.authorityId()).ifPresent(s -> {
            form.setProtocol(s.protocol());
            form.setHost(s.host());
            form.setPort(String.valueOf(s.port()));
            form.setUsername(s.username());
            form.setFolder(s.folder());
            form.setPollMinutes(String.valueOf(s.pollMinutes()));
            form.setAuthentication(s.authentication().key());
            form.setTokenUrl(s.tokenUrl());
            form.setClientId(s.clientId());
            form.setScope(s.scope() == null ? Mailbox.MICROSOFT_365_SCOPE : s.scope());
            form.setSetAsideKeptMonths(String.valueOf(s.setAsideKeptMonths()));
        });
        model.addAttribute("form", form);
        return view(user, model);
    }

    @PostMapping("/staff/admin/mailbox")
    String save(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") MailboxForm form, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        Optional<MailboxSettings.Changes> changes = read(user.authorityId(), form, errors, true);
        if (changes.isPresent()) {
            try {
                settings.save(user.authorityId(), changes.get(), user.displayName());
                flash.addFlashAttribute("banner", "Mailbox saved. Redress reads it within "
                        + (changes.get().pollMinutes() == 1 ? "a minute" : changes.get().pollMinutes() + " minutes") + ".");
                return "redirect:/staff/admin/mailbox";
            } catch (Refused e) {
                errors.rejectValue(changes.get().authentication() == Authentication.OAUTH2 ? "clientSecret" : "password",
                        "invalid", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view(user, model);
    }

    @PostMapping("/staff/admin/mailbox/test")
    String test(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") MailboxForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        Optional<MailboxSettings.Changes> changes = read(user.authorityId(), form, errors, false);
        if (changes.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return view(user, model);
        }
        Mailbox mailbox;
        try {
            mailbox = settings.withChanges(user.authorityId(), changes.get());
        } catch (IllegalStateException e) {
            mailbox = null;
            model.addAttribute("check", new MailboxConnector.Check(false, e.getMessage()));
        }
        if (mailbox != null) {
            model.addAttribute("check", connector.check(mailbox));
        }
        return view(user, model);
    }

    private String view(StaffUser user, Model model) {
        // A secret typed is never sent back to the browser: the field says whether one is saved instead.
        MailboxForm form = (MailboxForm) model.getAttribute("form");
        form.setPassword(null);
        form.setClientSecret(null);
        Optional<MailboxSettings.Saved> saved = settings.saved(user.authorityId());
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("passwordSaved", saved.map(MailboxSettings.Saved::passwordSaved).orElse(false));
        model.addAttribute("clientSecretSaved", saved.map(MailboxSettings.Saved::clientSecretSaved).orElse(false));
        model.addAttribute("status", settings.status(user.authorityId()).orElse(null));
        model.addAttribute("fromEnvironment", saved.isEmpty() && environment.configured()
                ? environment.username() + " at " + environment.host() : null);
        Map<String, String> protocols = new LinkedHashMap<>();
        protocols.put("imaps", "IMAP over TLS (imaps), usually port 993");
        protocols.put("imap", "IMAP without TLS (imap), usually port 143: only for a server on the same network");
        model.addAttribute("protocols", protocols);
        model.addAttribute("backLink", "/staff/admin");
        return "correspondence/mailbox";
    }

    /** The changes the form asks for, or none with each problem put on its field. */
    private Optional<MailboxSettings.Changes> read(long authorityId, MailboxForm f, BindingResult errors,
            boolean saving) {
        String protocol = f.getProtocol() == null ? "" : f.getProtocol().strip();
        if (!protocol.equals("imaps") && !protocol.equals("imap")) {
            errors.rejectValue("protocol", "invalid", "Select how Redress connects to the mail server");
        }
        String host = strip(f.getHost());
        if (host.isEmpty() || host.length() > 255 || !HOST.matcher(host).matches()) {
            errors.rejectValue("host", "invalid",
                    "Enter the mail server's host name, like outlook.office365.com (letters, digits, dots and hyphens)");
        }
        Integer port = strip(f.getPort()).isEmpty() ? Integer.valueOf(protocol.equals("imap") ? 143 : 993)
                : number(f.getPort(), 1, 65535);
        if (port == null) {
            errors.rejectValue("port", "invalid", "Enter the port as a whole number from 1 to 65535, or leave it blank for "
                    + "the usual one");
        }
        String username = strip(f.getUsername());
        if (username.isEmpty() || username.length() > 320 || CONTROL.matcher(username).find()) {
            errors.rejectValue("username", "invalid", "Enter the mailbox's username, usually its email address (320 characters or fewer)");
        }
        String folder = strip(f.getFolder()).isEmpty() ? "INBOX" : strip(f.getFolder());
        if (folder.length() > 200 || CONTROL.matcher(folder).find()) {
            errors.rejectValue("folder", "invalid", "Enter the folder to read, like INBOX (200 characters or fewer)");
        }
        Integer poll = number(f.getPollMinutes(), 1, 1440);
        if (poll == null) {
            errors.rejectValue("pollMinutes", "invalid", "Enter how often to read the mailbox, in minutes from 1 to 1440");
        }
        Integer kept = number(f.getSetAsideKeptMonths(), 1, 120);
        if (kept == null) {
            errors.rejectValue("setAsideKeptMonths", "invalid",
                    "Enter how long to keep emails set aside, in months from 1 to 120");
        }
        Optional<Authentication> authentication = Authentication.fromKey(strip(f.getAuthentication()));
        if (authentication.isEmpty()) {
            errors.rejectValue("authentication", "invalid", "Select how Redress signs in to the mailbox");
        }
        String password = f.getPassword() == null ? "" : f.getPassword();
        String tokenUrl = strip(f.getTokenUrl());
        String clientId = strip(f.getClientId());
        String clientSecret = f.getClientSecret() == null ? "" : f.getClientSecret();
        String scope = strip(f.getScope());
        if (authentication.orElse(null) == Authentication.PASSWORD) {
            if (password.length() > 1000) {
                errors.rejectValue("password", "invalid", "Enter a password of 1000 characters or fewer");
            } else if (password.isEmpty() && !settings.secretSaved(authorityId, Authentication.PASSWORD)) {
                errors.rejectValue("password", "invalid", "Enter the mailbox's password");
            }
        }
        if (authentication.orElse(null) == Authentication.OAUTH2) {
            if (!tokenUrlAllowed(tokenUrl)) {
                errors.rejectValue("tokenUrl", "invalid", "Enter the token URL, starting https://, like "
                        + "https://login.microsoftonline.com/your-tenant-id/oauth2/v2.0/token (500 characters or fewer)");
            }
            if (clientId.isEmpty() || clientId.length() > 200 || CONTROL.matcher(clientId).find()) {
                errors.rejectValue("clientId", "invalid", "Enter the application (client) ID, 200 characters or fewer");
            }
            if (clientSecret.length() > 1000) {
                errors.rejectValue("clientSecret", "invalid", "Enter a client secret of 1000 characters or fewer");
            } else if (clientSecret.isEmpty() && !settings.secretSaved(authorityId, Authentication.OAUTH2)) {
                errors.rejectValue("clientSecret", "invalid", "Enter the client secret");
            }
            if (scope.isEmpty() || scope.length() > 500 || CONTROL.matcher(scope).find()) {
                errors.rejectValue("scope", "invalid", "Enter the scope, for Microsoft 365 " + Mailbox.MICROSOFT_365_SCOPE);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new MailboxSettings.Changes(protocol, host, port, username, folder, poll,
                authentication.get(), password, tokenUrl, clientId, clientSecret, scope, kept));
    }

    /** https anywhere; plain http only to this machine (an identity provider's test double, never a real one). */
    private static boolean tokenUrlAllowed(String url) {
        if (url.isEmpty() || url.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && (uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Integer number(String text, int min, int max) {
        String s = strip(text);
        if (s.isEmpty() || s.length() > 6 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(s);
        return n < min || n > max ? null : n;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
