package org.redress.organisation;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Administration of the council's details, its directorate and service tree, and staff accounts. */
@Controller
class AdminPages {

    private final Authorities authorities;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final SignInLockout lockout;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AdminPages(Authorities authorities, CouncilStructure structure, StaffAccounts staff, SignInLockout lockout) {
        this.authorities = authorities;
        this.structure = structure;
        this.staff = staff;
        this.lockout = lockout;
    }

    @GetMapping("/staff/admin")
    String index(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("authority", authorities.get(user.authorityId()));
        model.addAttribute("operator", user.has(Role.SERVICE_OPERATOR));
        return "organisation/admin";
    }

    // ---- council -------------------------------------------------------------------------------------------------

    public static class CouncilForm {
        private String name;
        private String type;
        private String region;
        private int version;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    @GetMapping("/staff/admin/council")
    String council(@AuthenticationPrincipal StaffUser user, Model model) {
        Authority a = authorities.get(user.authorityId());
        CouncilForm form = new CouncilForm();
        form.setName(a.name());
        form.setType(a.type().key());
        form.setRegion(a.region().key());
        form.setVersion(a.version());
        model.addAttribute("form", form);
        return councilView(model);
    }

    @PostMapping("/staff/admin/council")
    String saveCouncil(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") CouncilForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (form.getName() == null || form.getName().isBlank() || form.getName().length() > 200) {
            errors.rejectValue("name", "invalid", "Enter the council's name, 200 characters or fewer");
        }
        AuthorityType type = null;
        BankHolidayRegion region = null;
        try {
            type = AuthorityType.fromKey(form.getType() == null ? "" : form.getType());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("type", "invalid", "Select the type of council");
        }
        try {
            region = BankHolidayRegion.fromKey(form.getRegion() == null ? "" : form.getRegion());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("region", "invalid", "Select the bank-holiday region");
        }
        if (!errors.hasErrors()) {
            try {
                authorities.update(user.authorityId(), form.getVersion(), form.getName().strip(), type, region);
                flash.addFlashAttribute("banner", "Council details saved");
                return "redirect:/staff/admin";
            } catch (Refused e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return councilView(model);
    }

    private String councilView(Model model) {
        model.addAttribute("types", Forms.options(AuthorityType.values(), AuthorityType::key, AuthorityType::label));
        model.addAttribute("regions", Forms.options(BankHolidayRegion.values(), BankHolidayRegion::key, BankHolidayRegion::label));
        model.addAttribute("backLink", "/staff/admin");
        return "organisation/council";
    }

    // ---- structure -----------------------------------------------------------------------------------------------

    public static class StructureForm {
        private String name;
        private Long directorateId;
        private boolean active = true;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getDirectorateId() { return directorateId; }
        public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    @GetMapping("/staff/admin/structure")
    String structure(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("form", new StructureForm());
        return structureView(user, model);
    }

    @PostMapping("/staff/admin/structure/directorates")
    String addDirectorate(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") StructureForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return Forms.save(errors, response, () -> {
            Directorate d = structure.addDirectorate(user.authorityId(), form.getName());
            flash.addFlashAttribute("banner", "Directorate " + d.name() + " added");
            return "redirect:/staff/admin/structure";
        }, () -> {
            model.addAttribute("failed", "directorate");
            return structureView(user, model);
        });
    }

    @PostMapping("/staff/admin/structure/services")
    String addService(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") StructureForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return Forms.save(errors, response, () -> {
            if (form.getDirectorateId() == null) {
                throw new InvalidInput("directorateId", "Select the directorate the service belongs to");
            }
            CouncilService s = structure.addService(user.authorityId(), form.getDirectorateId(), form.getName());
            flash.addFlashAttribute("banner", "Service " + s.name() + " added to " + s.directorateName());
            return "redirect:/staff/admin/structure";
        }, () -> {
            model.addAttribute("failed", "service");
            return structureView(user, model);
        });
    }

    @GetMapping("/staff/admin/structure/services/{id}")
    String editService(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        CouncilService s = structure.service(user.authorityId(), id);
        StructureForm form = new StructureForm();
        form.setName(s.name());
        form.setDirectorateId(s.directorateId());
        form.setActive(s.active());
        model.addAttribute("form", form);
        model.addAttribute("service", s);
        return editServiceView(user, model);
    }

    @PostMapping("/staff/admin/structure/services/{id}")
    String saveService(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") StructureForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        CouncilService s = structure.service(user.authorityId(), id);
        return Forms.save(errors, response, () -> {
            if (form.getDirectorateId() == null) {
                throw new InvalidInput("directorateId", "Select the directorate the service belongs to");
            }
            structure.updateService(user.authorityId(), id, form.getDirectorateId(), form.getName(), form.isActive());
            flash.addFlashAttribute("banner", "Service saved");
            return "redirect:/staff/admin/structure";
        }, () -> {
            model.addAttribute("service", s);
            return editServiceView(user, model);
        });
    }

    private String structureView(StaffUser user, Model model) {
        List<CouncilService> services = structure.services(user.authorityId());
        model.addAttribute("directorates", structure.directorates(user.authorityId()));
        model.addAttribute("servicesByDirectorate", services.stream()
                .collect(Collectors.groupingBy(CouncilService::directorateId, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("directorateOptions", directorateOptions(user));
        model.addAttribute("backLink", "/staff/admin");
        return "organisation/structure";
    }

    private String editServiceView(StaffUser user, Model model) {
        model.addAttribute("directorateOptions", directorateOptions(user));
        model.addAttribute("backLink", "/staff/admin/structure");
        return "organisation/service";
    }

    // ---- staff ---------------------------------------------------------------------------------------------------

    public static class StaffForm {
        private String username;
        private String displayName;
        private String email;
        private List<String> roles = new java.util.ArrayList<>();
        private String scopeKind = "whole_council";
        private Long scopeDirectorateId;
        private Long scopeServiceId;
        private String password;
        private boolean active = true;
        private int version;
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> roles) { this.roles = roles; }
        public String getScopeKind() { return scopeKind; }
        public void setScopeKind(String scopeKind) { this.scopeKind = scopeKind; }
        public Long getScopeDirectorateId() { return scopeDirectorateId; }
        public void setScopeDirectorateId(Long id) { this.scopeDirectorateId = id; }
        public Long getScopeServiceId() { return scopeServiceId; }
        public void setScopeServiceId(Long id) { this.scopeServiceId = id; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    @GetMapping("/staff/admin/staff")
    String staffList(@AuthenticationPrincipal StaffUser user, Model model) {
        List<StaffMember> accounts = staff.all(user.authorityId());
        model.addAttribute("accounts", accounts);
        model.addAttribute("locked", accounts.stream().filter(m -> lockout.lockedUntil(m.username()).isPresent())
                .map(StaffMember::id).collect(Collectors.toSet()));
        model.addAttribute("directorateNames", structure.directorates(user.authorityId()).stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name)));
        model.addAttribute("serviceNames", structure.services(user.authorityId()).stream()
                .collect(Collectors.toMap(CouncilService::id, CouncilService::name)));
        model.addAttribute("backLink", "/staff/admin");
        return "organisation/staff-list";
    }

    @GetMapping("/staff/admin/staff/new")
    String newStaff(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("form", new StaffForm());
        model.addAttribute("creating", true);
        return staffView(user, model);
    }

    @PostMapping("/staff/admin/staff/new")
    String createStaff(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") StaffForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return Forms.save(errors, response, () -> {
            StaffMember m = staff.create(user.authorityId(), details(form), form.getPassword());
            flash.addFlashAttribute("banner", "Account " + m.username() + " created");
            return "redirect:/staff/admin/staff";
        }, () -> {
            model.addAttribute("creating", true);
            return staffView(user, model);
        });
    }

    @GetMapping("/staff/admin/staff/{id}")
    String editStaff(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        StaffMember m = staff.get(user.authorityId(), id);
        StaffForm form = new StaffForm();
        form.setUsername(m.username());
        form.setDisplayName(m.displayName());
        form.setEmail(m.email());
        form.setRoles(m.roles().stream().map(Role::key).toList());
        form.setScopeKind(m.scope().kind().name().toLowerCase());
        form.setScopeDirectorateId(m.scope().directorateId());
        form.setScopeServiceId(m.scope().serviceId());
        form.setActive(m.active());
        form.setVersion(m.version());
        model.addAttribute("form", form);
        model.addAttribute("creating", false);
        model.addAttribute("staffId", id);
        model.addAttribute("lockedUntil", lockout.lockedUntil(m.username())
                .map(until -> until.atZone(ZoneId.of("Europe/London")).toLocalTime().withNano(0).toString()).orElse(null));
        return staffView(user, model);
    }

    @PostMapping("/staff/admin/staff/{id}/unlock")
    String unlock(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes flash) {
        StaffMember m = staff.get(user.authorityId(), id);
        lockout.unlock(m.username());
        flash.addFlashAttribute("banner", "Account " + m.username() + " can sign in again");
        return "redirect:/staff/admin/staff";
    }

    @PostMapping("/staff/admin/staff/{id}")
    String saveStaff(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
            @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletRequest request, HttpServletResponse response) {
        StaffMember m = staff.get(user.authorityId(), id);
        form.setUsername(m.username());
        try {
            staff.update(user.authorityId(), id, form.getVersion(), details(form), form.isActive());
            if (form.getPassword() != null && !form.getPassword().isBlank()) {
                staff.setPassword(user.authorityId(), id, form.getPassword());
                if (id == user.staffId()) {
                    // A new password ends every other session of the account; this one goes on.
                    keepSignedIn(user, request, response);
                }
            }
            flash.addFlashAttribute("banner", "Account " + m.username() + " saved");
            return "redirect:/staff/admin/staff";
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (Refused e) {
            errors.reject("conflict", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("creating", false);
        model.addAttribute("staffId", id);
        return staffView(user, model);
    }

    private void keepSignedIn(StaffUser user, HttpServletRequest request, HttpServletResponse response) {
        StaffUser now = (StaffUser) staff.loadUserByUsername(user.getUsername());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private StaffAccounts.Details details(StaffForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : form.getRoles() == null ? List.<String>of() : form.getRoles()) {
            try {
                Role role = Role.fromKey(r);
                if (!role.councilRole()) {
                    throw new IllegalArgumentException("Not a council's role: " + r);
                }
                roles.add(role);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("roles", "Select roles from the list");
            }
        }
        Scope scope;
        String kind = form.getScopeKind() == null ? "" : form.getScopeKind();
        switch (kind) {
            case "directorate" -> {
                if (form.getScopeDirectorateId() == null) {
                    throw new InvalidInput("scopeDirectorateId", "Select the directorate whose cases they handle");
                }
                scope = Scope.directorate(form.getScopeDirectorateId());
            }
            case "service" -> {
                if (form.getScopeServiceId() == null) {
                    throw new InvalidInput("scopeServiceId", "Select the service whose cases they handle");
                }
                scope = Scope.service(form.getScopeServiceId());
            }
            case "whole_council" -> scope = Scope.WHOLE_COUNCIL;
            default -> throw new InvalidInput("scopeKind", "Select which cases they can see");
        }
        return new StaffAccounts.Details(form.getUsername(), form.getDisplayName(), form.getEmail(), roles, scope);
    }

    private String staffView(StaffUser user, Model model) {
        model.addAttribute("roleOptions", Forms.options(Arrays.stream(Role.values()).filter(Role::councilRole).toArray(Role[]::new), Role::key, Role::label));
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("whole_council", "The whole council");
        scopes.put("directorate", "One directorate");
        scopes.put("service", "One service");
        model.addAttribute("scopeOptions", scopes);
        model.addAttribute("directorateOptions", directorateOptions(user));
        model.addAttribute("serviceOptions", structure.services(user.authorityId()).stream()
                .collect(Collectors.toMap(CouncilService::id, s -> s.directorateName() + ": " + s.name(), (a, b) -> a,
                        LinkedHashMap::new)));
        model.addAttribute("backLink", "/staff/admin/staff");
        return "organisation/staff";
    }

    private Map<Long, String> directorateOptions(StaffUser user) {
        return structure.directorates(user.authorityId()).stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name, (a, b) -> a, LinkedHashMap::new));
    }
}
