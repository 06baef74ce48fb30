package org.redress.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Administration of the online form: the topics the public choose from and the service each goes to. */
@Controller
class TopicPages {

    /** A topic as edited. */
    public static class TopicForm {
        private String label;
        private String hint;
        private Long serviceId;
        private Integer position;
        private int version;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getHint() { return hint; }
        public void setHint(String hint) { this.hint = hint; }
        public Long getServiceId() { return serviceId; }
        public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
        public Integer getPosition() { return position; }
        public void setPosition(Integer position) { this.position = position; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    private final Topics topics;
    private final CouncilStructure structure;

    TopicPages(Topics topics, CouncilStructure structure) {
        this.topics = topics;
        this.structure = structure;
    }

    @GetMapping("/staff/admin/intake")
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("topics", topics.list(user.authorityId()));
        model.addAttribute("serviceNames", structure.services(user.authorityId()).stream()
                .collect(Collectors.toMap(CouncilService::id, CouncilService::name)));
        model.addAttribute("backLink", "/staff/admin");
        return "intake/admin-topics";
    }

    @GetMapping("/staff/admin/intake/topics/new")
    String newTopic(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("form", new TopicForm());
        return form(user, null, model);
    }

    @PostMapping("/staff/admin/intake/topics/new")
    String add(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") TopicForm form, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        return Forms.save(errors, response, () -> {
            Topic topic = topics.add(user.authorityId(), form.getLabel(), form.getHint(), form.getServiceId());
            flash.addFlashAttribute("banner", "Topic added: " + topic.label());
            return "redirect:/staff/admin/intake";
        }, () -> form(user, null, model));
    }

    @GetMapping("/staff/admin/intake/topics/{id}")
    String edit(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
        Topic topic = topics.get(user.authorityId(), id);
        TopicForm form = new TopicForm();
        form.setLabel(topic.label());
        form.setHint(topic.hint());
        form.setServiceId(topic.serviceId());
        form.setPosition(topic.position());
        form.setVersion(topic.version());
        model.addAttribute("form", form);
        return form(user, topic, model);
    }

    @PostMapping("/staff/admin/intake/topics/{id}")
    String save(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @ModelAttribute("form") TopicForm form,
            BindingResult errors, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Topic topic = topics.get(user.authorityId(), id);
        return Forms.save(errors, response, () -> {
            topics.update(user.authorityId(), id, form.getVersion(), form.getLabel(), form.getHint(),
                    form.getServiceId(), form.getPosition());
            flash.addFlashAttribute("banner", "Topic saved: " + form.getLabel().strip());
            return "redirect:/staff/admin/intake";
        }, () -> form(user, topic, model));
    }

    @PostMapping("/staff/admin/intake/topics/{id}/remove")
    String remove(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes flash) {
        Topic topic = topics.get(user.authorityId(), id);
        topics.remove(user.authorityId(), id);
        flash.addFlashAttribute("banner", "Topic removed: " + topic.label());
        return "redirect:/staff/admin/intake";
    }

    private String form(StaffUser user, Topic topic, Model model) {
        Map<Long, String> services = new LinkedHashMap<>();
        structure.services(user.authorityId()).stream().filter(CouncilService::active)
                .forEach(s -> services.put(s.id(), s.directorateName() + ": " + s.name()));
        model.addAttribute("services", services);
        model.addAttribute("topic", topic);
        model.addAttribute("backLink", "/staff/admin/intake");
        return "intake/admin-topic";
    }
}
