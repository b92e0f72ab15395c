package ca.contingent.user;

import java.security.Principal;

import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own password; the page a user whose password was reset is kept
 * on until they change it.
 */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final UserService users;

    private final UserDetailsService accounts;

    private final ApplicationEventPublisher events;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserService users, UserDetailsService accounts, ApplicationEventPublisher events) {
        this.users = users;
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping
    String form(Principal principal, Model model) {
        model.addAttribute("form", new PasswordChange(null, null, null));
        model.addAttribute("mustChange", this.users.get(principal.getName()).mustChangePassword());
        return "user/password";
    }

    @PostMapping
    String change(@ModelAttribute("form") PasswordChange form, BindingResult result, Principal principal,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Refusals.onForm(result).submit(() -> {
            this.users.changeOwnPassword(principal.getName(), request.getSession().getId(), form);
            refreshSignIn(request, response);
            Flash.success(redirect, "account.password.changed");
            return "redirect:/";
        }, () -> {
            // The form has only text fields: an error on the current password is the
            // service's refusal of it.
            if (result.hasFieldErrors("currentPassword")) {
                wrongCurrentPassword(principal.getName(), request);
            }
            // The form goes back as typed only in name: password fields are never
            // rendered with their value.
            model.addAttribute("mustChange", this.users.get(principal.getName()).mustChangePassword());
            return "user/password";
        });
    }

    /**
     * A wrong current password counts as a failed sign-in (lock, throttle, audit), or an
     * open session left behind would let anyone guess the password without limit.
     * Published here, after the change's transaction has rolled back, so that the count
     * is kept.
     */
    private void wrongCurrentPassword(String username, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                null);
        attempt.setDetails(new WebAuthenticationDetails(request));
        this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                new BadCredentialsException("wrong current password")));
    }

    /**
     * The signed-in principal was loaded with the old "must change" mark; it is replaced
     * by a fresh one so that the session goes on without signing in again.
     */
    private void refreshSignIn(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext current = SecurityContextHolder.getContext();
        UserDetails user = this.accounts.loadUserByUsername(current.getAuthentication().getName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        this.contexts.saveContext(context, request, response);
    }

}
