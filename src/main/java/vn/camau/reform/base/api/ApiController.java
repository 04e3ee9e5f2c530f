package vn.camau.reform.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the JSON API (/api/**): its failures are answered by {@link ApiExceptionHandler}
 * as an {@link ApiError} body. Controllers that serve pages (the SSO error page) are left out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ApiController {
}
