package ca.contingent.readiness;

import ca.contingent.shared.ConflictException;
import ca.contingent.web.Flash;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/settings/readiness")
class ReadinessSettingsController {

    private final ReadinessCodes codes;

    ReadinessSettingsController(ReadinessCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", ReadinessCodeForm.empty());
        model.addAttribute("codes", this.codes.list());
        return "readiness/settings";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") ReadinessCodeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ReadinessCode created = this.codes.add(form);
                Flash.success(redirect, "readiness.code.added", created.code());
                return "redirect:/settings/readiness";
            }
            catch (ConflictException ex) {
                result.rejectValue("code", ex.messageKey(), ex.arguments(), ex.messageKey());
            }
        }
        model.addAttribute("codes", this.codes.list());
        return "readiness/settings";
    }

}
