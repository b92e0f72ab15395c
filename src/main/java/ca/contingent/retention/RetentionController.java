package ca.contingent.retention;

import java.time.Clock;
import java.time.LocalDate;

import ca.contingent.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' retention page; ADMIN only (see the page filter chain). Shows who a
 * run would anonymise today and runs it on request; the run decides again who is due, so
 * a stale preview cannot widen it.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

    private final Retention retention;

    private final RetentionProperties properties;

    private final Clock clock;

    RetentionController(Retention retention, RetentionProperties properties, Clock clock) {
        this.retention = retention;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String preview(Model model) {
        model.addAttribute("preview", this.retention.preview(LocalDate.now(this.clock)));
        model.addAttribute("years", this.properties.years());
        return "retention/page";
    }

    @PostMapping("/run")
    String run(RedirectAttributes redirect) {
        int count = this.retention.anonymise(LocalDate.now(this.clock));
        Flash.success(redirect, "retention.done", count);
        return "redirect:/retention";
    }

}
