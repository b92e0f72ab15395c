package ca.contingent.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout of every page needs: the language, the signed-in user and their roles.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    /**
     * The same attributes for an exception handler's page: Spring does not run
     * {@code @ModelAttribute} methods for those, and a layout without them would fail
     * while showing an error.
     */
    void addTo(org.springframework.ui.Model model, HttpServletRequest request) {
        model.addAttribute("lang", lang());
        model.addAttribute("otherLang", otherLang());
        model.addAttribute("switchLanguageUrl", switchLanguageUrl(request));
        model.addAttribute("query", query(request));
        model.addAttribute("username", username());
        model.addAttribute("roles", roles());
    }

    @ModelAttribute("lang")
    String lang() {
        return Language.current();
    }

    @ModelAttribute("otherLang")
    String otherLang() {
        return "fr".equals(Language.current()) ? "en" : "fr";
    }

    /**
     * The current address with the other language, so that switching keeps the user where
     * they are.
     */
    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request)
            .replaceQueryParam("lang", otherLang())
            .build()
            .toUriString()
            .replaceFirst("^[a-z]+://[^/]+", "");
    }

    @ModelAttribute("query")
    Queries query(HttpServletRequest request) {
        return new Queries(request.getQueryString());
    }

    @ModelAttribute("username")
    String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth.getName()
                : null;
    }

    @ModelAttribute("roles")
    Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .map((authority) -> authority.replaceFirst("^ROLE_", ""))
            .collect(Collectors.toSet());
    }

}
