package vn.camau.reform.hotline;

/**
 * A file as the user uploaded it. The name's extension and the content's first bytes must agree on
 * an allowed type ({@link AttachmentRules}); what the browser claimed the type was is not trusted.
 */
public record AttachmentUpload(String fileName, byte[] content) {
}
