package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import vn.camau.reform.demo.generator.DemoHotline.Dossier;
import vn.camau.reform.demo.generator.DemoHotline.Officer;
import vn.camau.reform.demo.generator.DemoHotline.Unit;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/**
 * A report as {@link DemoHotline} plans it: what it is about, who reported it, and when each step of
 * its life happens (whether before the demo's "now" or not); {@link HotlineHistory} writes it.
 */
final class HotlineStory {

    /** A step that does not happen before the demo's "now", or at all. */
    static final LocalDateTime NEVER = LocalDateTime.MAX;

    int order;
    long id;
    int year;
    int seq;
    String code;
    SplittableRandom rnd;
    HotlineCategory category;
    HotlineChannel channel;
    LocalDateTime receivedAt;
    boolean anonymous;
    String reporterName;
    String reporterPhone;
    String reporterEmail;
    Unit unit;
    Officer officer;
    Dossier dossier;
    /** The dossier was past its due date when the citizen called (else they called early). */
    boolean dossierLate;
    int variant;
    String topic;
    HotlineStory repeatOf;
    /** Someone called again about it: what it is about stays as it was. */
    boolean repeated;
    Conclusion finding;
    boolean focusOfficer;
    boolean forcedUnassigned;
    boolean forcedOpen;

    LocalDate assignDueDate;
    LocalDate dueDate;
    long createdBy;
    LocalDateTime createdAt;
    LocalDateTime assignedAt;
    long assigneeId;
    String assignNote;
    /** The first answer round, and the one after a reopening (null when never reopened). */
    Round first;
    Round second;
    LocalDateTime reopenedAt;
    String reopenReason;
    LocalDate reopenDueDate;

    /** One round of verification, answer, satisfaction, finding and closing. */
    static final class Round {
        LocalDateTime noteAt;
        String note;
        LocalDateTime answeredAt;
        Satisfaction satisfaction;
        LocalDateTime satisfiedAt;
        Conclusion conclusion;
        OfficerAction action = OfficerAction.NONE;
        int foundedCount;
        LocalDateTime concludedAt;
        LocalDateTime closedAt;
    }
}
