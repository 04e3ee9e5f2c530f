package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/** Another report that may be about the same thing: same phone number or same dossier, close in time. */
public record DuplicateHint(long reportId, String code, LocalDateTime receivedAt, HotlineState state,
                            Reason reason) {

    public enum Reason {
        SAME_PHONE, SAME_DOSSIER;

        /** Translation key of the reason's name. */
        public String labelKey() {
            return "hotline.duplicate." + name();
        }
    }
}
