package vn.camau.reform.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.camau.reform.base.api.ApiController;
import vn.camau.reform.base.api.ApiError;
import vn.camau.reform.base.text.Texts;
import vn.camau.reform.ingest.IntakeError;
import vn.camau.reform.ingest.IntakeProperties;
import vn.camau.reform.ingest.IntakeReceipt;
import vn.camau.reform.ingest.IntakeRefused;
import vn.camau.reform.ingest.IntakeService;
import vn.camau.reform.ingest.IntakeTooLarge;
import vn.camau.reform.security.ApiTokenAuthentication;

/**
 * {@code POST /api/v1/intake/dossiers}: one-stop systems send dossier snapshots and step events, with
 * a token an administrator issued for intake. 200 with what was stored; 400 with every invalid record
 * (list, index, field, message) and nothing stored; 413 for a batch over the size limits; 429 with
 * Retry-After when the token sends faster than its rate.
 */
@RestController
@ApiController
@RequestMapping(path = "/api/v1/intake", produces = MediaType.APPLICATION_JSON_VALUE)
class IntakeController {

    private final IntakeService intake;
    private final IntakeRateLimiter rateLimiter;
    private final IntakeProperties limits;

    IntakeController(IntakeService intake, IntakeRateLimiter rateLimiter, IntakeProperties limits) {
        this.intake = intake;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    @PostMapping("/dossiers")
    ResponseEntity<?> dossiers(HttpServletRequest request, Authentication authentication) throws IOException {
        ApiTokenAuthentication token = (ApiTokenAuthentication) authentication;
        long wait = rateLimiter.acquire(token.tokenId());
        if (wait > 0) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                    .body(ApiError.translated("rate_limited", "api.error.rate-limited", String.valueOf(wait)));
        }
        if (!isJson(request.getContentType())) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(ApiError.translated("unsupported_media_type", "api.error.not-json"));
        }
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            return tooLarge();
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            return tooLarge();
        }
        try {
            IntakeReceipt receipt = intake.accept(body, token.getPrincipal().user(), token.tokenId(),
                    "token #" + token.tokenId());
            return ResponseEntity.ok(IntakeResponse.of(receipt));
        } catch (IntakeRefused e) {
            List<IntakeResponse.RecordError> errors = e.errors().stream().map(this::describe).toList();
            return ResponseEntity.badRequest().body(new IntakeResponse.Refused("invalid_batch",
                    Texts.bilingual("api.error.invalid-batch", String.valueOf(e.count())), e.count(), errors));
        } catch (IntakeTooLarge e) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiError.translated("batch_too_large",
                    "api.error.too-many-records", String.valueOf(e.records()), String.valueOf(e.limit())));
        }
    }

    /** Any other method on the intake: 405 naming the one that works (not the catch-all's 404). */
    @RequestMapping(path = "/dossiers", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE})
    ResponseEntity<ApiError> otherMethod() {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .body(ApiError.translated("method_not_allowed", "api.error.only-post"));
    }

    /** An absent or unreadable media type ({@code garbage}) is not JSON either: 415, never a 500. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The body, or null when it is longer than allowed (a chunked body has no length to check first). */
    private byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBodyBytes() + 1));
        return body.length > limits.maxBodyBytes() ? null : body;
    }

    private ResponseEntity<ApiError> tooLarge() {
        long mb = limits.maxBodyBytes() / (1024 * 1024);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiError.translated("batch_too_large",
                "api.error.body-too-large", String.valueOf(mb)));
    }

    private IntakeResponse.RecordError describe(IntakeError e) {
        String code = e.messageKey().substring(e.messageKey().lastIndexOf('.') + 1);
        return new IntakeResponse.RecordError(e.record().code(), e.index(), e.field(), code, Texts.bilingual(e.messageKey(), e.args().toArray()));
    }
}
