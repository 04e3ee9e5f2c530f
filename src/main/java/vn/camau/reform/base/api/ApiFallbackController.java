package vn.camau.reform.base.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.camau.reform.base.api.ApiError;

/**
 * Any other {@code /api/**} request: a JSON 404 (or 405 for a method other than GET: the only
 * endpoint that takes anything else, the intake, maps its own) instead of falling through to Vaadin's router, which would answer with an HTML page. More
 * specific mappings, such as another feature's endpoints, always win over this one.
 */
@RestController
@ApiController
class ApiFallbackController {

    @RequestMapping(path = "/api/**", produces = MediaType.APPLICATION_JSON_VALUE)
    void unknown(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            throw new ApiException(HttpStatus.METHOD_NOT_ALLOWED,
                    ApiError.translated("method_not_allowed", "api.error.read-only-endpoint"));
        }
        throw new ApiException(HttpStatus.NOT_FOUND, ApiError.translated("not_found", "api.error.no-such-endpoint"));
    }
}
