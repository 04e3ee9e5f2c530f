package vn.camau.reform.dossier.api;

import org.springframework.http.HttpStatus;

import vn.camau.reform.base.api.ApiError;

/** A request the API refuses, with the status and JSON body to answer; nothing was changed. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final transient ApiError error;

    ApiException(HttpStatus status, ApiError error) {
        super(error.error() + ": " + error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    HttpStatus status() {
        return status;
    }

    ApiError error() {
        return error;
    }
}
