package ca.contingent;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for MockMvc requests. */
public final class TestUsers {

    private TestUsers() {
    }

    public static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
    }

    public static RequestPostProcessor programOfficer() {
        return SecurityMockMvcRequestPostProcessors.user("officer").roles("PROGRAM_OFFICER");
    }

    public static RequestPostProcessor analyst() {
        return SecurityMockMvcRequestPostProcessors.user("analyst").roles("ANALYST");
    }

}
