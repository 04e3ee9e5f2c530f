package vn.camau.reform.demo.generator;

import static vn.camau.reform.hotline.HotlineChange.raw;
import static vn.camau.reform.hotline.HotlineChange.set;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.demo.generator.DemoHotline.AnswerRound;
import vn.camau.reform.demo.generator.DemoHotline.Dossier;
import vn.camau.reform.demo.generator.DemoHotline.Event;
import vn.camau.reform.demo.generator.DemoHotline.Report;
import vn.camau.reform.demo.generator.DemoHotline.Staff;
import vn.camau.reform.demo.generator.HotlineStory.Round;
import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineAction;
import vn.camau.reform.hotline.HotlineChange;
import vn.camau.reform.hotline.HotlineField;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/**
 * Turns a planned report into its row as it stands at "now" and the events of every step taken up
 * to then, with the texts the service itself would have written (the answer's timeliness, the
 * finding and the action, the reopening with its new deadline).
 */
final class HotlineHistory {

    private final LocalDateTime now;
    private final Staff staff;

    HotlineHistory(LocalDateTime now, Staff staff) {
        this.now = now;
        this.staff = staff;
    }


    /** The row as it stands at {@code now}, and the events and answer rounds of every step up to it. */
    Report write(HotlineStory s, List<Event> events, List<AnswerRound> rounds, long[] nextEvent) {
        Row row = new Row(s, events, nextEvent);
        row.event(HotlineAction.RECEIVED, s.createdBy, s.createdAt, null,
                set(HotlineField.ASSIGN_DUE_DATE, raw(s.assignDueDate)), set(HotlineField.DUE_DATE, raw(s.dueDate)));
        if (done(s.assignedAt)) {
            row.state = HotlineState.ASSIGNED;
            row.assigned = true;
            row.event(HotlineAction.ASSIGNED, staff.leaderId(), s.assignedAt, s.assignNote,
                    set(HotlineField.HANDLING_UNIT, s.unit.name()), set(HotlineField.INSPECTOR, name(s.assigneeId)));
            boolean closed = row.play(s.first, s.dueDate);
            if (closed && s.second != null && done(s.reopenedAt)) {
                row.event(HotlineAction.REOPENED, staff.leaderId(), s.reopenedAt, s.reopenReason,
                        set(HotlineField.DUE_DATE, raw(s.reopenDueDate)),
                        HotlineChange.of(HotlineField.CONCLUSION, raw(s.first.conclusion), null),
                        HotlineChange.of(HotlineField.OFFICER_ACTION, raw(s.first.action), null));
                // the first round stays as it was, its deadline and answer with it
                rounds.add(row.round(1, s.receivedAt, s.reopenedAt));
                row.clear();
                row.state = HotlineState.VERIFYING;
                row.dueDate = s.reopenDueDate;
                row.reopenCount = 1;
                row.play(s.second, s.reopenDueDate);
                rounds.add(row.round(2, s.reopenedAt, null));
            } else {
                rounds.add(row.round(1, s.receivedAt, null));
            }
        } else {
            rounds.add(row.round(1, s.receivedAt, null));
        }
        Event last = events.getLast();
        return new Report(s.id, s.code, s.year, s.seq, s.channel, s.receivedAt, s.anonymous,
                s.anonymous ? null : s.reporterName, s.anonymous ? null : s.reporterPhone,
                s.anonymous ? null : s.reporterEmail, s.category, s.unit.id(),
                s.officer == null ? null : s.officer.id(), s.dossier == null ? null : s.dossier.id(), description(s),
                row.state, s.assignDueDate, row.dueDate, row.assigned ? s.unit.id() : null,
                row.assigned ? s.assigneeId : null, row.assigned ? s.assignedAt : null, row.answerText,
                row.answerText == null ? null : answerChannel(s), row.answeredAt,
                row.answerText == null ? null : s.assigneeId, row.satisfaction, row.conclusion, row.action,
                row.conclusionNote, row.conclusion == null ? null : staff.leaderId(), row.concludedAt, row.closedAt,
                row.reopenCount, s.createdBy, s.createdAt, last.userId(), last.actedAt(), row.eventCount - 1);
    }

    /** The report's row being brought up to {@code now}, step by step, with an event per step. */
    private final class Row {
        final HotlineStory s;
        final List<Event> events;
        final long[] nextEvent;
        int eventCount;
        HotlineState state = HotlineState.RECEIVED;
        boolean assigned;
        LocalDate dueDate;
        String answerText;
        LocalDateTime answeredAt;
        Satisfaction satisfaction;
        Conclusion conclusion;
        OfficerAction action;
        String conclusionNote;
        LocalDateTime concludedAt;
        LocalDateTime satisfiedAt;
        LocalDateTime closedAt;
        int reopenCount;

        Row(HotlineStory s, List<Event> events, long[] nextEvent) {
            this.s = s;
            this.events = events;
            this.nextEvent = nextEvent;
            this.dueDate = s.dueDate;
        }

        void event(HotlineAction action, long userId, LocalDateTime at, String details, HotlineChange... changes) {
            events.add(new Event(nextEvent[0]++, s.id, action, userId, at, details, List.of(changes)));
            eventCount++;
        }

        /** Plays the round's steps up to now; true when it got as far as closed. */
        boolean play(Round round, LocalDate due) {
            if (round.noteAt != null && done(round.noteAt)) {
                event(HotlineAction.NOTE, s.assigneeId, round.noteAt, round.note);
                if (state == HotlineState.ASSIGNED) {
                    state = HotlineState.VERIFYING;
                }
            }
            if (!done(round.answeredAt)) {
                return false;
            }
            state = HotlineState.ANSWERED;
            answerText = answer(s, round.conclusion);
            answeredAt = round.answeredAt;
            event(HotlineAction.ANSWERED, s.assigneeId, answeredAt, answerText,
                    set(HotlineField.DUE_DATE, raw(due)), set(HotlineField.ANSWERED_AT, raw(answeredAt)));
            if (!done(round.satisfiedAt)) {
                return false;
            }
            satisfaction = round.satisfaction;
            satisfiedAt = round.satisfiedAt;
            event(HotlineAction.SATISFACTION, s.assigneeId, round.satisfiedAt, null,
                    set(HotlineField.SATISFACTION, raw(satisfaction)));
            if (!done(round.concludedAt)) {
                return false;
            }
            state = HotlineState.CONCLUDED;
            conclusion = round.conclusion;
            action = conclusion.isFounded() && s.officer != null ? round.action : OfficerAction.NONE;
            round.action = action;
            conclusionNote = conclusionNote(s, conclusion, action, round.foundedCount);
            concludedAt = round.concludedAt;
            event(HotlineAction.CONCLUDED, staff.leaderId(), concludedAt, conclusionNote,
                    set(HotlineField.CONCLUSION, raw(conclusion)), set(HotlineField.OFFICER_ACTION, raw(action)));
            if (!done(round.closedAt)) {
                return false;
            }
            state = HotlineState.CLOSED;
            closedAt = round.closedAt;
            event(HotlineAction.CLOSED, s.assigneeId, closedAt, null);
            return true;
        }

        /** The round the row describes now, opened at {@code openedAt}. */
        AnswerRound round(int roundNo, LocalDateTime openedAt, LocalDateTime reopenedAt) {
            return new AnswerRound(s.id, roundNo, openedAt, dueDate, answeredAt, satisfaction, satisfiedAt,
                    conclusion, concludedAt, reopenedAt);
        }

        /** A reopening clears the answer and the finding on the row; the history and the rounds keep them. */
        void clear() {
            answerText = null;
            answeredAt = null;
            satisfaction = null;
            satisfiedAt = null;
            conclusion = null;
            action = null;
            conclusionNote = null;
            concludedAt = null;
            closedAt = null;
        }
    }

    private boolean done(LocalDateTime t) {
        return t != null && t != HotlineStory.NEVER && !t.isAfter(now);
    }

    private String name(long userId) {
        return userId == staff.leaderId() ? staff.leaderName() : staff.inspectorName();
    }

    private String description(HotlineStory s) {
        String template = switch (s.category) {
            case ATTITUDE -> HotlineTexts.ATTITUDE.get(s.variant % HotlineTexts.ATTITUDE.size());
            case LATE_DOSSIER -> s.dossier == null
                    ? HotlineTexts.LATE_WITHOUT_DOSSIER.get(s.variant % HotlineTexts.LATE_WITHOUT_DOSSIER.size())
                    : s.dossierLate ? HotlineTexts.LATE.get(s.variant % HotlineTexts.LATE.size())
                    : HotlineTexts.LATE_NOT_YET_DUE.get(s.variant % HotlineTexts.LATE_NOT_YET_DUE.size());
            case PROCEDURE_QUESTION -> HotlineTexts.QUESTION.get(s.variant % HotlineTexts.QUESTION.size());
            case FACILITIES -> HotlineTexts.FACILITIES.get(s.variant % HotlineTexts.FACILITIES.size());
            case COMPLAINT -> HotlineTexts.COMPLAINT.get(s.variant % HotlineTexts.COMPLAINT.size());
            case DENUNCIATION -> HotlineTexts.DENUNCIATION.get(s.variant % HotlineTexts.DENUNCIATION.size());
            case OUT_OF_SCOPE -> HotlineTexts.OUT_OF_SCOPE.get(s.variant % HotlineTexts.OUT_OF_SCOPE.size());
        };
        String text = (s.repeatOf == null ? "" : HotlineTexts.REPEAT) + template;
        return fill(s, text);
    }

    private String answer(HotlineStory s, Conclusion finding) {
        boolean founded = finding.isFounded();
        String template = switch (s.category) {
            case LATE_DOSSIER -> s.dossier == null ? (founded ? HotlineTexts.ANSWER_FOUNDED
                    : HotlineTexts.ANSWER_UNFOUNDED.get(s.variant % 2))
                    : s.dossierLate ? HotlineTexts.ANSWER_LATE : HotlineTexts.ANSWER_NOT_YET_DUE;
            case PROCEDURE_QUESTION -> HotlineTexts.ANSWER_QUESTION;
            case FACILITIES -> founded ? HotlineTexts.ANSWER_FACILITIES_FOUNDED : HotlineTexts.ANSWER_FACILITIES;
            case COMPLAINT -> founded ? HotlineTexts.ANSWER_COMPLAINT_FOUNDED : HotlineTexts.ANSWER_COMPLAINT;
            case DENUNCIATION -> HotlineTexts.ANSWER_DENUNCIATION;
            case OUT_OF_SCOPE -> HotlineTexts.ANSWER_OUT_OF_SCOPE;
            case ATTITUDE -> founded ? HotlineTexts.ANSWER_FOUNDED : HotlineTexts.ANSWER_UNFOUNDED.get(s.variant % 2);
        };
        return fill(s, template);
    }

    private String conclusionNote(HotlineStory s, Conclusion conclusion, OfficerAction action, int n) {
        String template = switch (action) {
            case REMINDER -> HotlineTexts.ACTION_REMINDER;
            case REVIEW -> HotlineTexts.ACTION_REVIEW;
            case DISCIPLINE -> HotlineTexts.ACTION_DISCIPLINE;
            case NONE -> switch (conclusion) {
                case UNFOUNDED -> HotlineTexts.CONCLUSION_UNFOUNDED;
                case PARTLY_FOUNDED -> HotlineTexts.CONCLUSION_PARTLY;
                case FOUNDED -> HotlineTexts.CONCLUSION_FOUNDED;
            };
        };
        return fill(s, template.replace("{n}", String.valueOf(n)));
    }

    private String fill(HotlineStory s, String template) {
        Dossier d = s.dossier;
        return HotlineTexts.fill(template,
                "unit", s.unit.name(),
                "officer", s.officer == null ? "" : s.officer.name(),
                "dossier", d == null ? "" : d.code(),
                "procedure", d == null ? "" : lowerFirst(d.procedure()),
                "due", d == null ? "" : VnFormats.date(d.dueDate()),
                "received", d == null ? "" : VnFormats.date(d.receivedAt().toLocalDate()),
                "topic", s.topic,
                "date", VnFormats.date(s.receivedAt.toLocalDate()),
                "code", s.repeatOf == null ? "" : s.repeatOf.code,
                "to", HotlineTexts.fill(HotlineTexts.OUT_OF_SCOPE_TO.get(s.variant % HotlineTexts.OUT_OF_SCOPE_TO.size()),
                        "unit", s.unit.name()));
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Back the way the citizen came; by phone to one who came in person; to the app when anonymous. */
    private static HotlineChannel answerChannel(HotlineStory s) {
        return switch (s.channel) {
            case PHONE -> s.anonymous ? HotlineChannel.FIELD_APP : HotlineChannel.PHONE;
            case IN_PERSON, MAILBOX -> s.anonymous ? HotlineChannel.FIELD_APP
                    : s.reporterPhone != null ? HotlineChannel.PHONE : HotlineChannel.IN_PERSON;
            default -> s.channel;
        };
    }
}
