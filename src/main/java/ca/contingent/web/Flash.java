package ca.contingent.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message for the next page after a redirect, as a message key and its arguments. */
public record Flash(String level, String key, Object[] arguments) {

    public static void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", new Flash("success", key, arguments));
    }

    public static void error(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flash", new Flash("error", key, arguments));
    }

}
