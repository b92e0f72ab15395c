package ca.contingent;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The {@code errors} list of an RFC 9457 problem answer (422 of an import or a form, 409
 * of a lifecycle step).
 */
public final class ProblemErrors {

    private ProblemErrors() {
    }

    public static List<Map<String, Object>> of(MvcTestResult result) {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.errors");
    }

}
