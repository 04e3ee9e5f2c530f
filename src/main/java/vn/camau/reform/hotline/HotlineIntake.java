package vn.camau.reform.hotline;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as the inspector types it in. Reporter fields are ignored when {@code anonymous}; the
 * officer and dossier are optional, the dossier given by its code and checked.
 */
public record HotlineIntake(HotlineChannel channel, LocalDateTime receivedAt, boolean anonymous,
                            String reporterName, String reporterPhone, String reporterEmail,
                            HotlineCategory category, Long unitId, Long officerId, String dossierCode,
                            String description, List<AttachmentUpload> attachments) {

    public HotlineIntake {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
