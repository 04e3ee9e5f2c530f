package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Applicant;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierTiming;
import vn.camau.reform.dossier.OnlineLevel;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.SupplementRule;

/**
 * Lives one dossier through its process: reception at the one-stop desk, appraisal by a specialist
 * with most of the time, the leader's signature with the last day, the result back at the desk and
 * returned. The resolution date is drawn first, so that timing follows the calibration exactly, and
 * the steps are laid out to fit it; a late dossier has exactly one step that ran past its share (the
 * specialist's, or the leader's) and names it. Events after {@code now} have not happened yet: they
 * are cut, and the dossier is open with whoever holds it.
 */
final class DossierSimulator {

    static final String STEP_RECEPTION = "Tiếp nhận hồ sơ";
    static final String STEP_APPRAISAL = "Thẩm định, xử lý hồ sơ";
    static final String STEP_SAME_DAY = "Thẩm định, phê duyệt tại chỗ";
    static final String STEP_SUPPLEMENT = "Yêu cầu bổ sung hồ sơ";
    static final String STEP_RESUMED = "Tiếp nhận hồ sơ bổ sung, tiếp tục xử lý";
    static final String STEP_APPROVAL = "Phê duyệt, ký kết quả";
    static final String STEP_RESULT = "Chuyển kết quả về Bộ phận Một cửa";
    static final String STEP_RETURN = "Trả kết quả";

    private static final String[] SUPPLEMENT_NOTES = {"Thiếu bản sao giấy tờ tùy thân",
        "Đơn chưa ghi đủ thông tin theo mẫu", "Thiếu giấy tờ chứng minh quyền sở hữu",
        "Thiếu trích đo bản đồ địa chính thửa đất", "Thiếu văn bản ủy quyền có chứng thực"};
    private static final String[] REFUSAL_NOTES = {"Hồ sơ không thuộc thẩm quyền giải quyết",
        "Hồ sơ chưa đầy đủ thành phần theo quy định", "Người nộp không cung cấp được giấy tờ gốc để đối chiếu"};
    /** Procedures whose applicant is usually an organisation rather than a person. */
    private static final Set<String> ORGANISATION_FIELDS = Set.of("DOANH_NGHIEP", "CONG_THUONG", "TAI_CHINH");
    private static final Set<String> ORGANISATION_PROCEDURES = Set.of("1.004269", "1.004245", "1.009972",
            "1.009994", "1.002859", "1.002856", "1.000459", "1.003185", "1.003371", "2.001236", "1.012287",
            "1.010727", "1.004232");

    /** What the scenario of today wants of a dossier: open, and overdue or due soon. */
    enum Forced { NONE, OVERDUE, DUE_SOON, AT_RISK }

    /** A dossier before its life: where, what, when. */
    record Draft(DemoProcedure procedure, DemoUnit receiving, DemoUnit handling, LocalDateTime receivedAt,
                 Forced forced, LocalDate forcedResolution) {
    }

    private final WorkingCalendar calendar;
    private final OfficerRoster roster;
    private final LocalDateTime now;
    private final Map<Long, Double> onlineByProcedure;
    private final double paidOnlineWhenOnline;
    private final double paidOnlineWhenOffline;
    private final LateCauses causes;

    DossierSimulator(WorkingCalendar calendar, OfficerRoster roster, LocalDateTime now,
                     Map<Long, Double> onlineByProcedure, double paidOnlineWhenOnline, double paidOnlineWhenOffline,
                     LateCauses causes) {
        this.causes = causes;
        this.calendar = calendar;
        this.roster = roster;
        this.now = now;
        this.onlineByProcedure = onlineByProcedure;
        this.paidOnlineWhenOnline = paidOnlineWhenOnline;
        this.paidOnlineWhenOffline = paidOnlineWhenOffline;
    }

    /** The appointment date of a dossier received at {@code receivedAt} (DOMAIN §3, §4). */
    LocalDate appointment(DemoProcedure p, LocalDateTime receivedAt) {
        LocalDate day = receivedAt.toLocalDate();
        if (p.sameDay()) {
            return day;
        }
        if (p.inHours()) {
            // 8 working hours a day, 7:00–11:00 and 13:00–17:00; the hours run on into the next days
            double used = workingHoursUsed(receivedAt.toLocalTime());
            int days = Math.max(0, (int) Math.ceil((used + p.limit()) / 8.0) - 1);
            return calendar.addWorkingDays(day, days);
        }
        return calendar.addWorkingDays(day, p.limit());
    }

    private static double workingHoursUsed(LocalTime t) {
        double h = t.getHour() + t.getMinute() / 60.0;
        if (h <= 7) {
            return 0;
        }
        if (h <= 11) {
            return h - 7;
        }
        if (h <= 13) {
            return 4;
        }
        return Math.min(8, 4 + h - 13);
    }

    DossierRecord simulate(String code, Draft d, SplittableRandom rnd) {
        return simulate(code, d, rnd, true);
    }

    private DossierRecord simulate(String code, Draft d, SplittableRandom rnd, boolean supplementAllowed) {
        DemoProcedure p = d.procedure();
        String level = p.level();
        LocalDateTime receivedAt = d.receivedAt();
        LocalDate receivedDay = receivedAt.toLocalDate();

        double onlineP = onlineByProcedure.getOrDefault(p.id(), Calibration.ONLINE);
        Channel channel = rnd.nextDouble() < onlineP ? Channel.ONLINE
                : rnd.nextDouble() < Calibration.POSTAL_OF_OFFLINE ? Channel.POSTAL : Channel.IN_PERSON;
        boolean organisation = ORGANISATION_FIELDS.contains(p.fieldCode())
                || ORGANISATION_PROCEDURES.contains(p.code());
        String applicant = organisation && rnd.nextInt(10) < 8 ? VietnameseNames.business(rnd)
                : VietnameseNames.person(rnd);
        String phone = rnd.nextInt(100) < 96 ? VietnameseNames.phone(rnd) : null;
        String email = channel == Channel.ONLINE && rnd.nextInt(100) < 35 ? VietnameseNames.email(applicant, rnd) : null;
        boolean hasFee = p.hasFee();
        boolean paidOnline = hasFee && rnd.nextDouble()
                < (channel == Channel.ONLINE ? paidOnlineWhenOnline : paidOnlineWhenOffline);
        boolean digitised = rnd.nextDouble() < Calibration.DIGITISED.get(level);

        DemoOfficer desk = roster.reception(d.receiving().id(), rnd);
        DemoOfficer drawn = roster.specialist(d.handling().id(), OfficerRoster.deskOf(p.fieldCode()), rnd);
        // a dossier the scenario puts at risk sits with the unit's slow specialist (the draw above keeps the stream)
        DemoOfficer specialist = d.forced() == Forced.AT_RISK
                ? causes.slowOfficerIn(d.handling().id()).orElse(drawn) : drawn;
        DemoOfficer leader = roster.leader(d.handling().id(), rnd);
        long receiving = d.receiving().id();
        long handling = d.handling().id();

        LocalDate appointment = appointment(p, receivedAt);
        Life life = new Life();

        // Not yet received: submitted online within the last hour, waiting at the desk
        if (d.forced() == Forced.NONE && channel == Channel.ONLINE && receivedAt.isAfter(now.minusHours(1))
                && rnd.nextBoolean()) {
            life.add(receivedAt, DossierState.SUBMITTED_ONLINE, "Nộp hồ sơ trực tuyến", receiving, null, null, null);
            return life.record(code, p, d, channel, DossierState.SUBMITTED_ONLINE, appointment, appointment,
                    null, null, null, 0, hasFee, paidOnline, digitised, false, null, applicant, phone, email,
                    specialist.id(), null);
        }

        double outcome = d.forced() == Forced.NONE ? rnd.nextDouble() : 1;
        if (outcome < Calibration.REFUSED_AT_RECEPTION) {
            LocalDateTime refusedAt = receivedAt.plusMinutes(5 + rnd.nextInt(20));
            LocalDateTime at = refusedAt.isAfter(now) ? now : refusedAt;
            life.add(at, DossierState.REFUSED_AT_RECEPTION, "Từ chối tiếp nhận hồ sơ", receiving, desk.id(), null,
                    REFUSAL_NOTES[rnd.nextInt(REFUSAL_NOTES.length)]);
            return life.record(code, p, d, channel, DossierState.REFUSED_AT_RECEPTION, appointment, appointment,
                    null, null, at, 0, hasFee, false, false, false, null, applicant, phone, email, null, null);
        }

        String receptionNote = switch (channel) {
            case ONLINE -> "Hồ sơ nộp trực tuyến";
            case POSTAL -> "Hồ sơ gửi qua bưu chính công ích";
            case IN_PERSON -> null;
        };
        life.add(receivedAt, DossierState.RECEIVED, STEP_RECEPTION, receiving, desk.id(), receivedDay, receptionNote);
        int leaderShare = !p.sameDay() && !p.inHours() && p.limit() >= 3 ? 1 : 0;
        String appraisalStep = p.sameDay() ? STEP_SAME_DAY : STEP_APPRAISAL;
        LocalDateTime transfer = receivedAt.plusMinutes(5 + rnd.nextInt(55));

        // Withdrawn or stopped before a result
        if (outcome < Calibration.REFUSED_AT_RECEPTION + Calibration.WITHDRAWN + Calibration.STOPPED) {
            boolean withdrawn = outcome < Calibration.REFUSED_AT_RECEPTION + Calibration.WITHDRAWN;
            LocalDate dueBefore = appointment;
            life.add(transfer, DossierState.PROCESSING, appraisalStep, handling, specialist.id(),
                    dueBefore, null);
            LocalDate endDay = randomWorkingDay(receivedDay, dueBefore, rnd);
            LocalDateTime end = later(transfer, endDay, rnd);
            life.add(end, withdrawn ? DossierState.WITHDRAWN : DossierState.STOPPED,
                    withdrawn ? "Công dân rút hồ sơ" : "Dừng xử lý hồ sơ", handling, specialist.id(), null,
                    withdrawn ? "Theo đề nghị của người nộp hồ sơ" : "Hồ sơ không đủ điều kiện giải quyết");
            return life.finish(code, p, d, channel, appointment, appointment, null, null, end, 0, hasFee,
                    paidOnline, digitised, false, null, applicant, phone, email, specialist, null, null);
        }

        // Supplement requested during the appraisal: the clock stops while the applicant completes it
        LocalDate due = appointment;
        LocalDate resumeDay = receivedDay;
        LocalDateTime lastAppraisalStart = transfer;
        LocalDate specialistDue = leaderShare == 1 ? calendar.addWorkingDays(due, -1) : due;
        life.add(transfer, DossierState.PROCESSING, appraisalStep, handling, specialist.id(), specialistDue, null);
        if (supplementAllowed && d.forced() == Forced.NONE && leaderShare == 1
                && rnd.nextDouble() < Calibration.SUPPLEMENT_REQUESTED) {
            LocalDate requested = calendar.addWorkingDays(receivedDay, 1 + rnd.nextInt(Math.max(1, p.limit() - 2)));
            LocalDate resubmitted = calendar.addWorkingDays(requested, 1 + rnd.nextInt(8));
            LocalDateTime requestedAt = later(transfer, requested, rnd);
            LocalDateTime resubmittedAt = later(requestedAt, resubmitted, rnd);
            if (resubmittedAt.isAfter(now) && appointment.isBefore(now.toLocalDate())) {
                // still waiting for the applicant past the appointment: the demo keeps its waiting dossiers
                // to those whose appointment is still ahead, so that its apologies (planned for every
                // dossier past its date) and its handful of overdue ones stay the ones it means
                return simulate(code, d, rnd, false);
            }
            life.add(requestedAt, DossierState.SUPPLEMENT_REQUESTED, STEP_SUPPLEMENT, handling, specialist.id(),
                    null, SUPPLEMENT_NOTES[rnd.nextInt(SUPPLEMENT_NOTES.length)]);
            if (!resubmittedAt.isAfter(now)) {
                due = DossierTiming.dueDate(calendar, appointment,
                        List.of(new DossierTiming.SupplementPeriod(requested, resubmitted)), SupplementRule.PAUSE,
                        p.limit());
            }
            specialistDue = calendar.addWorkingDays(due, -1);
            life.add(resubmittedAt, DossierState.PROCESSING, STEP_RESUMED, handling, specialist.id(),
                    specialistDue, null);
            resumeDay = resubmitted;
            lastAppraisalStart = resubmittedAt;
            appraisalStep = STEP_RESUMED;
        }

        // The resolution date decides the timing; the steps are fitted around it
        boolean late;
        LocalDate resolvedDay;
        if (d.forced() != Forced.NONE) {
            late = d.forced() == Forced.OVERDUE || d.forced() == Forced.AT_RISK;
            resolvedDay = d.forcedResolution();
        } else {
            // one draw, as before the causes, so that the rest of the day's stream stays where it was
            late = rnd.nextDouble() < causes.probability(p, handling, specialist, receivedDay,
                    appraisalStep.equals(STEP_RESUMED));
            int room = calendar.workingDaysBetween(resumeDay, due);
            if (late) {
                resolvedDay = calendar.addWorkingDays(due, lateDays(rnd));
            } else if (room >= 1 && rnd.nextDouble() < Calibration.EARLY_WHEN_POSSIBLE) {
                resolvedDay = calendar.addWorkingDays(resumeDay, rnd.nextInt(room));
            } else {
                resolvedDay = due;
            }
        }
        boolean leaderLate = late && leaderShare == 1 && d.forced() != Forced.AT_RISK && rnd.nextInt(4) == 0;
        LocalDateTime resolvedAt;
        if (p.sameDay()) {
            resolvedAt = later(lastAppraisalStart, resolvedDay, rnd);
        } else {
            LocalDate appraisalEnd = late && !leaderLate ? resolvedDay
                    : randomWorkingDay(resumeDay, min(specialistDue, resolvedDay), rnd);
            LocalDateTime approvalAt = later(lastAppraisalStart, appraisalEnd, rnd);
            // the leader has until the due date, or, given the dossier already late, their own share
            LocalDate approvalDue = max(due, calendar.addWorkingDays(appraisalEnd, leaderShare));
            life.add(approvalAt, DossierState.PROCESSING, STEP_APPROVAL, handling, leader.id(), approvalDue, null);
            resolvedAt = later(approvalAt, resolvedDay, rnd);
        }
        if (d.forced() == Forced.DUE_SOON && resolvedDay.equals(now.toLocalDate()) && !resolvedAt.isAfter(now)) {
            resolvedAt = now.plusMinutes(30 + rnd.nextInt(60));
        }

        boolean home = channel == Channel.POSTAL ? rnd.nextInt(10) < 8
                : rnd.nextDouble() < Calibration.RETURNED_HOME.get(level);
        // Most results go back the moment they are ready (on the spot, electronically, or to an applicant
        // waiting at the desk): one event. Home delivery and later collection add the hand-over to the desk.
        LocalDateTime returnedAt;
        String returnNote = null;
        if (home) {
            returnedAt = later(resolvedAt, calendar.addWorkingDays(resolvedDay, 1 + rnd.nextInt(2)), rnd);
            returnNote = "Trả kết quả tại nhà qua bưu chính công ích";
        } else if (p.sameDay() && !late) {
            returnedAt = resolvedAt;
            returnNote = "Quy trình 4 tại chỗ";
        } else if (channel == Channel.ONLINE && rnd.nextBoolean()) {
            returnedAt = resolvedAt;
            returnNote = "Trả kết quả điện tử";
        } else if (rnd.nextInt(10) < 4) {
            returnedAt = resolvedAt;
        } else {
            returnedAt = later(resolvedAt, calendar.addWorkingDays(resolvedDay, rnd.nextInt(4)), rnd);
        }
        if (returnedAt.isAfter(resolvedAt)) {
            life.add(resolvedAt, DossierState.RESOLVED, STEP_RESULT, receiving, desk.id(), null, null);
        }
        life.add(returnedAt, DossierState.RETURNED, STEP_RETURN, receiving, desk.id(), null, returnNote);

        Rating rating = null;
        if (rnd.nextDouble() < Calibration.RATED) {
            double r = rnd.nextDouble();
            rating = r < Calibration.VERY_SATISFIED ? Rating.VERY_SATISFIED
                    : r < Calibration.VERY_SATISFIED + Calibration.SATISFIED ? Rating.SATISFIED : Rating.DISSATISFIED;
        }
        DemoOfficer late1 = late ? (leaderLate ? leader : specialist) : null;
        String lateStep = late ? (leaderLate ? STEP_APPROVAL : appraisalStep) : null;
        int lateDays = late ? DossierTiming.workingDaysLate(calendar, due, resolvedDay) : 0;
        return life.finish(code, p, d, channel, appointment, due, resolvedAt, returnedAt, resolvedAt, lateDays,
                hasFee, paidOnline, digitised, home, rating, applicant, phone, email, specialist, late1, lateStep);
    }

    private static int lateDays(SplittableRandom rnd) {
        int x = rnd.nextInt(100);
        return x < 55 ? 1 : x < 80 ? 2 : x < 90 ? 3 : 4 + rnd.nextInt(5);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A working day in [from, to], from itself included (from is a working day). */
    private LocalDate randomWorkingDay(LocalDate from, LocalDate to, SplittableRandom rnd) {
        int span = Math.max(0, calendar.workingDaysBetween(from, to));
        return calendar.addWorkingDays(from, rnd.nextInt(span + 1));
    }

    /** A moment on {@code day}, after {@code previous}: office hours on a new day, minutes later on the same day. */
    static LocalDateTime later(LocalDateTime previous, LocalDate day, SplittableRandom rnd) {
        if (day.isAfter(previous.toLocalDate())) {
            int minute = rnd.nextInt(10) < 6 ? 7 * 60 + 15 + rnd.nextInt(240) : 13 * 60 + 15 + rnd.nextInt(210);
            return day.atTime(minute / 60, minute % 60, rnd.nextInt(60));
        }
        LocalDateTime t = previous.plusMinutes(5 + rnd.nextInt(85));
        return t.toLocalDate().equals(previous.toLocalDate()) ? t : previous.plusSeconds(1);
    }

    /** Who answers for a dossier: the holder of an open one, the step that overran in a late one. */
    private record Holder(long unitId, Long officerId, String step) {
    }

    /**
     * The service flags with the national-portal facts (issue 20): the online level is the procedure's
     * (the catalogue's fully-online flag), and electronic results and the reuse of digitised data grow
     * year by year as the province's did. Drawn from the dossier's code, not from the generator's
     * sequence, so every other figure of the demo stays what it was.
     */
    private static ServiceFlags portal(String code, DemoProcedure p, Draft d, Channel channel,
                                       LocalDateTime resolvedAt, boolean hasFee, boolean paidOnline,
                                       boolean digitised, boolean home, Rating rating) {
        SplittableRandom own = new SplittableRandom(code.hashCode() * 0x9E3779B97F4A7C15L);
        int year = d.receivedAt().getYear();
        double electronic = year <= 2023 ? 0.45 : year == 2024 ? 0.62 : 0.78;
        double reused = (channel == Channel.ONLINE ? 0.40 : 0.15) + (year >= 2025 ? 0.15 : 0);
        boolean resultElectronic = resolvedAt != null && own.nextDouble() < electronic;
        boolean dataReused = own.nextDouble() < reused;
        return new ServiceFlags(hasFee, paidOnline, digitised, home, rating,
                p.fullyOnline() ? OnlineLevel.FULL : OnlineLevel.PARTIAL, resultElectronic, dataReused);
    }

    /** The events of one dossier, and the cut at {@code now}. */
    private final class Life {
        private final List<DossierEventRecord> events = new ArrayList<>(6);

        void add(LocalDateTime at, DossierState state, String step, long unitId, Long officerId, LocalDate stepDue,
                 String note) {
            events.add(new DossierEventRecord(at, state, step, unitId, officerId, stepDue, note, null));
        }

        DossierRecord record(String code, DemoProcedure p, Draft d, Channel channel, DossierState state,
                             LocalDate appointment, LocalDate due, LocalDateTime resolvedAt, LocalDateTime returnedAt,
                             LocalDateTime finishedAt, int lateDays, boolean hasFee, boolean paidOnline,
                             boolean digitised, boolean home, Rating rating, String applicant, String phone,
                             String email, Long handlingOfficer, Holder responsible) {
            return new DossierRecord(code, p.id(), d.receiving().id(), d.handling().id(), channel, state,
                    d.receivedAt(), appointment, due, resolvedAt, returnedAt, finishedAt, lateDays,
                    portal(code, p, d, channel, resolvedAt, hasFee, paidOnline, digitised, home, rating),
                    new Applicant(applicant, phone, email), handlingOfficer,
                    responsible == null ? DossierRecord.Responsible.NOBODY
                            : new DossierRecord.Responsible(responsible.step(), responsible.unitId(),
                                    responsible.officerId()),
                    List.copyOf(events));
        }

        /** Cuts the events at now and derives state, dates and who is responsible. */
        DossierRecord finish(String code, DemoProcedure p, Draft d, Channel channel, LocalDate appointment,
                             LocalDate due, LocalDateTime resolvedAt, LocalDateTime returnedAt,
                             LocalDateTime finishedAt, int lateDays, boolean hasFee, boolean paidOnline,
                             boolean digitised, boolean home, Rating rating, String applicant, String phone,
                             String email, DemoOfficer specialist, DemoOfficer lateOfficer, String lateStep) {
            events.removeIf(e -> e.eventAt().isAfter(now));
            DossierEventRecord last = events.getLast();
            DossierState state = last.state();
            boolean resolved = resolvedAt != null && !resolvedAt.isAfter(now);
            boolean finished = finishedAt != null && !finishedAt.isAfter(now);
            boolean returned = returnedAt != null && !returnedAt.isAfter(now);
            if (state.isOpen()) {
                // whoever holds it now answers for it
                return record(code, p, d, channel, state, appointment, due, null, null, null, 0, hasFee,
                        paidOnline, digitised, false, null, applicant, phone, email, specialist.id(),
                        new Holder(last.unitId(), last.officerId(), last.stepName()));
            }
            Holder responsible = lateOfficer == null || !resolved ? null
                    : new Holder(d.handling().id(), lateOfficer.id(), lateStep);
            return record(code, p, d, channel, state, appointment, due, resolved ? resolvedAt : null,
                    returned ? returnedAt : null, finished ? finishedAt : null, resolved ? lateDays : 0, hasFee,
                    paidOnline, digitised, resolved && home, returned ? rating : null, applicant, phone, email,
                    specialist.id(), responsible);
        }
    }
}
