package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/** A stored file of a report, without its content. */
public record HotlineAttachment(long id, String fileName, String mediaType, long sizeBytes, String sha256,
                                LocalDateTime uploadedAt, String uploaderName) {
}
