package vn.camau.reform.base.api;

import org.springframework.http.HttpStatus;

import vn.camau.reform.base.api.ApiError;

/** A request the API refuses, with the status and JSON body to answer; nothing was changed. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient ApiError error;

    public ApiException(HttpStatus status, ApiError error) {
        super(error.error() + ": " + error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
