package ca.contingent.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import ca.contingent.audit.Exports;
import ca.contingent.shared.Role;
import ca.contingent.shared.Table;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The administrators' user pages; ADMIN only (see the page filter chain). The path
 * variable is not called {@code username}: views receive path variables as model values
 * and the layout reads that name as the signed-in user.
 */
@Controller
@RequestMapping("/users")
class UserController {

    private final UserService users;

    private final Exports exports;

    UserController(UserService users, Exports exports) {
        this.users = users;
        this.exports = exports;
    }

    @ModelAttribute("roleOptions")
    Role[] roleOptions() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", this.users.list());
        return "user/list";
    }

    /**
     * The users as listed, as CSV or XLSX; never a password or its hash (UserView has
     * neither).
     */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, HttpServletResponse response) throws IOException {
        Table<UserView> table = Table.of("users", this.users.list())
            .column("user.username", UserView::username)
            .column("user.role", UserView::role)
            .column("user.agency", UserView::agency)
            .column("user.missions", (user) -> String.join(";", user.missions()))
            .column("spreadsheet.column.enabled", UserView::enabled)
            .column("user.lockedUntil", UserView::lockedUntil)
            .column("user.mustChangePassword", UserView::mustChangePassword)
            .column("user.passwordChangedAt", UserView::passwordChangedAt);
        this.exports.download(table, format, "user", "", response);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        return form(model, true);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("username").submit(() -> {
            UserView created = this.users.create(new NewUser(form.username(), form.password(), form.role(),
                    form.agency(), form.missionCodes(), form.person()), Boolean.TRUE.equals(form.mustChangePassword()));
            Flash.success(redirect, "user.created", created.username());
            return redirectTo(created);
        }, () -> form(model, true));
    }

    @GetMapping("/{name}")
    String show(@PathVariable("name") String username, Model model) {
        model.addAttribute("user", this.users.get(username));
        return "user/show";
    }

    @GetMapping("/{name}/edit")
    String editForm(@PathVariable("name") String username, Model model) {
        UserView user = this.users.get(username);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        return form(model, false);
    }

    @PostMapping("/{name}/edit")
    String update(@PathVariable("name") String username, @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, Principal principal, RedirectAttributes redirect) {
        // Looked up first so that an unknown user is a 404 page, not a form about nobody.
        UserView user = this.users.get(username);
        return Refusals.onForm(result).submit(() -> {
            this.users.update(username, principal.getName(), form);
            Flash.success(redirect, "user.updated", username);
            return redirectTo(user);
        }, () -> {
            model.addAttribute("user", user);
            return form(model, false);
        });
    }

    @PostMapping("/{name}/disable")
    String disable(@PathVariable("name") String username, Principal principal, RedirectAttributes redirect) {
        return act(username, redirect, "user.disabled",
                () -> this.users.setEnabled(username, principal.getName(), false));
    }

    @PostMapping("/{name}/enable")
    String enable(@PathVariable("name") String username, Principal principal, RedirectAttributes redirect) {
        return act(username, redirect, "user.enabled",
                () -> this.users.setEnabled(username, principal.getName(), true));
    }

    @PostMapping("/{name}/unlock")
    String unlock(@PathVariable("name") String username, RedirectAttributes redirect) {
        return act(username, redirect, "user.unlocked", () -> this.users.unlock(username));
    }

    @PostMapping("/{name}/password")
    String resetPassword(@PathVariable("name") String username, @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        return act(username, redirect, "user.passwordReset", () -> this.users.resetPassword(username, password));
    }

    private String act(String username, RedirectAttributes redirect, String success, Runnable action) {
        UserView user = this.users.get(username);
        return Refusals.onPage(redirect, redirectTo(user), () -> {
            action.run();
            Flash.success(redirect, success, username);
            return redirectTo(user);
        });
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("agencies", this.users.agencies());
        model.addAttribute("missions", this.users.missions());
        model.addAttribute("people", this.users.people());
        return "user/form";
    }

    private static String redirectTo(UserView user) {
        return "redirect:/users/" + UriUtils.encodePathSegment(user.username(), StandardCharsets.UTF_8);
    }

}
