package ca.contingent.web;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal is sent back only to a page of this application: the address the browser
 * gives is never followed to another host.
 */
class PageErrorsTests {

    @ParameterizedTest
    @CsvSource({ "http://contingent.example/people/T-PA, /people/T-PA",
            "http://contingent.example/deployments?year=2024-25&status=PLANNED, /deployments?year=2024-25&status=PLANNED",
            "http://CONTINGENT.example:80/, /", "http://contingent.example, /",
            "http://contingent.example/missions/CPMU#required-readiness, /missions/CPMU" })
    void aPageOfThisApplicationIsThePathBack(String referer, String back) {
        assertThat(PageErrors.sameOriginReferer(request(referer))).contains(back);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://contingent.example/people", "http://contingent.example:8080/people",
            "http://evil.example/people", "http://contingent.example.evil.example/people",
            "http://contingent.example//evil.example/people", "/people", "//evil.example/people", "not a uri",
            "javascript:alert(1)", "" })
    void anyOtherAddressIsNoWayBack(String referer) {
        assertThat(PageErrors.sameOriginReferer(request(referer))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "http://contingent.example/app/people, /people", "http://contingent.example/app, ",
            "http://contingent.example/other/people, ", "http://contingent.example/application/people, " })
    void underAContextPathOnlyItsPagesAreAWayBack(String referer, String back) {
        MockHttpServletRequest request = request(referer);
        request.setContextPath("/app");
        assertThat(PageErrors.sameOriginReferer(request)).isEqualTo(Optional.ofNullable(back));
    }

    @Test
    void noAddressIsNoWayBack() {
        assertThat(PageErrors.sameOriginReferer(new MockHttpServletRequest())).isEmpty();
    }

    private static MockHttpServletRequest request(String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/people/T-PA/delete");
        request.setServerName("contingent.example");
        request.setServerPort(80);
        request.setScheme("http");
        request.addHeader("Referer", referer);
        return request;
    }

}
