package vn.camau.reform.hotline.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.hotline.HotlineAnswer;
import vn.camau.reform.hotline.HotlineAssignment;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.LeaderConclusion;

/**
 * A report as stored, with the names it refers to. Holds the reporter in full: it never leaves the
 * service, which masks it or reveals it under its rules.
 */
public record ReportRow(long id, String code, HotlineChannel channel, LocalDateTime receivedAt,
                        ReporterContact reporter, Subject subject, String description, HotlineState state,
                        LocalDate assignDueDate, LocalDate dueDate, HotlineAssignment assignment, HotlineAnswer answer,
                        LeaderConclusion conclusion, LocalDateTime closedAt, int reopenCount, String createdByName,
                        String updatedByName, LocalDateTime updatedAt, int version) {

    /** The reporter as given, unmasked; the name, phone and email are empty for an anonymous report. */
    public record ReporterContact(boolean anonymous, String name, String phone, String email) {
    }

    /**
     * What the report is about, with what the service needs to check scope and rights: the unit's path,
     * the officer's user (who may never see who reported them) and the dossier's id.
     */
    public record Subject(HotlineCategory category, long unitId, String unitName, String unitPath, Long officerId,
                          String officerName, Long officerUserId, Long dossierId, String dossierCode) {
    }
}
