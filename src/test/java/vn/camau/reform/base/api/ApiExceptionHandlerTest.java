package vn.camau.reform.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.camau.reform.base.api.ApiExceptionHandler;

/**
 * What MockMvc cannot show: Tomcat refusing an undecodable query string ({@code from=%ZZ}) when the
 * controller first reads a parameter. Found by curl against the running application.
 */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void anUndecodableQueryStringIsBadInputNotAFault() {
        var answer = handler.undecodable(new InvalidParameterException("Character decoding failed"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().error()).isEqualTo("invalid_parameter");
    }

    @Test
    void anyOtherIllegalStateIsStillA500WithoutDetails() {
        var answer = handler.undecodable(new IllegalStateException("a bug of ours"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().error()).isEqualTo("internal_error");
        assertThat(answer.getBody().message()).doesNotContain("a bug of ours");
    }
}
