package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.apology.ApologyAction;
import vn.camau.reform.apology.ApologyRules;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.dossier.Channel;

/**
 * The apologies of the demo's late dossiers (DOMAIN §6), planned in plain Java like the dossiers: the
 * same late dossiers, people, calendar, seed and {@code now} give the same letters.
 *
 * <p>Most late dossiers were apologised for in time (signed by the lead-time deadline, before the
 * dossier was late: the officer declared it would be), some late, a few not at all; about half of the
 * signed letters were published. Each new appointment date was kept (a finished dossier finished by
 * it, an open one has it ahead), except exactly one, the second miss a leader must see. Letters are
 * numbered per agency at fault and year in the order they were signed.
 */
public final class DemoApologies {

    /**
     * A dossier whose due date passed unfinished, as the planner needs it.
     *
     * @param faultUnitLevel the level of the unit at fault (the responsible unit, else the handling one)
     * @param channel        the dossier's channel: IN_PERSON, ONLINE or POSTAL
     * @param finishedAt     null while open
     */
    public record Late(long dossierId, long faultUnitId, UnitLevel faultUnitLevel, Channel channel, boolean hasEmail,
                       LocalDateTime receivedAt, LocalDate dueDate, LocalDateTime finishedAt) {
    }

    /** Who signs for a unit: the demo's leader user or head officer of it, when there is one. */
    public record Signer(String name, Long userId) {
    }

    /** One apology row; the signed columns are set for every letter planned here. */
    public record Letter(long id, long dossierId, long unitId, ApologyState state, String reason,
                        LocalDate originalDueDate, LocalDate newDueDate, DeliveryChannel channel,
                        boolean declaredLate, String letterNumber, int numberYear, int numberSeq, String signerName,
                        String signerTitle, LocalDate issuedOn, LocalDate issueDeadline, LocalDateTime sentAt,
                        LocalDateTime publishedAt, String publishedWhere, long createdBy, LocalDateTime createdAt) {

        public boolean inTime() {
            return !issuedOn.isAfter(issueDeadline);
        }
    }

    public record Step(long id, long apologyId, ApologyAction action, long userId, LocalDateTime actedAt,
                       String comment, DeliveryChannel channel) {
    }

    /** What to write: letters in id order and their steps. */
    public record Plan(List<Letter> letters, List<Step> steps) {
    }

    static final List<String> REASONS = List.of(
            "Chờ ý kiến phối hợp của Sở Tài nguyên và Môi trường.",
            "Hồ sơ phải xác minh thực địa, chưa hoàn thành trong thời hạn.",
            "Hệ thống một cửa điện tử gián đoạn nên hồ sơ chuyển xử lý chậm.",
            "Chờ kết quả đo đạc, trích lục bản đồ địa chính thửa đất.",
            "Chờ cơ quan thuế xác định nghĩa vụ tài chính.",
            "Cán bộ thụ lý nghỉ ốm đột xuất, chưa kịp bàn giao hồ sơ.",
            "Phải xin ý kiến cơ quan cấp trên về vướng mắc trong hồ sơ.");
    static final List<String> PUBLISHED_WHERE = List.of(
            "Bảng niêm yết tại Bộ phận một cửa",
            "Cổng thông tin điện tử tỉnh",
            "Trang thông tin điện tử của đơn vị");

    private static final LocalDate LAND_AGENCY_MERGED = LocalDate.of(2025, 3, 1);

    private enum Kind { MISSING, IN_TIME, LATE, SECOND_MISS }

    private final WorkingCalendar calendar;
    private final LocalDateTime now;
    private final LocalDate today;
    private final int leadWorkingDays;
    private final long seed;

    /**
     * @param now             the moment the data is "as of": nothing is signed or sent after it
     * @param leadWorkingDays the apology lead time in force (ApologySettings)
     */
    public DemoApologies(WorkingCalendar calendar, LocalDateTime now, int leadWorkingDays, long seed) {
        this.calendar = calendar;
        this.now = now;
        this.today = now.toLocalDate();
        this.leadWorkingDays = leadWorkingDays;
        this.seed = seed;
    }

    /**
     * @param late           the dossiers whose due date passed unfinished before today, in id order
     * @param signers        the demo's signer per unit, where it has one (otherwise a generated name)
     * @param creatorId      the user recorded as drafting every letter (and signing where no signer
     *                       user is known)
     * @param firstId        the first apology id to use
     * @param firstStepId    the first apology_step id to use
     */
    public Plan plan(List<Late> late, Map<Long, Signer> signers, long creatorId, long firstId, long firstStepId) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x0A9010_61L);
        Kind[] kinds = kinds(late, rnd);
        // half of the signed letters published (Cà Mau's rule asks for all: the rest are the gap to show)
        int[] order = shuffled(late.size(), rnd);
        boolean[] published = new boolean[late.size()];
        int signed = (int) Arrays.stream(kinds).filter(k -> k != Kind.MISSING).count();
        int toPublish = (signed + 1) / 2;
        for (int k = 0; k < order.length && toPublish > 0; k++) {
            if (kinds[order[k]] != Kind.MISSING) {
                published[order[k]] = true;
                toPublish--;
            }
        }

        List<Letter> letters = new ArrayList<>();
        long nextId = firstId;
        for (int i = 0; i < late.size(); i++) {
            Late d = late.get(i);
            // one stream per dossier, so that a letter does not depend on those planned before it
            SplittableRandom r = new SplittableRandom(seed * 1_000_033L + d.dossierId());
            if (kinds[i] == Kind.MISSING) {
                continue;
            }
            letters.add(letter(nextId++, d, kinds[i], published[i], signers.get(d.faultUnitId()), creatorId, r));
        }
        letters = number(letters);

        List<Step> steps = new ArrayList<>();
        long nextStep = firstStepId;
        for (Letter l : letters) {
            Signer signer = signers.get(l.unitId());
            long signerUser = signer != null && signer.userId() != null ? signer.userId() : creatorId;
            steps.add(new Step(nextStep++, l.id(), ApologyAction.CREATED, creatorId, l.createdAt(), null, null));
            steps.add(new Step(nextStep++, l.id(), ApologyAction.APPROVED, signerUser,
                    capped(l.issuedOn().atTime(14, 0).plusMinutes(l.id() % 90)), null, null));
            if (l.sentAt() != null) {
                steps.add(new Step(nextStep++, l.id(), ApologyAction.SENT, creatorId, l.sentAt(), null, l.channel()));
            }
            if (l.publishedAt() != null) {
                steps.add(new Step(nextStep++, l.id(), ApologyAction.PUBLISHED, creatorId, l.publishedAt(),
                        l.publishedWhere(), null));
            }
        }
        return new Plan(letters, steps);
    }

    /**
     * Which dossiers go without an apology, which were apologised for late, and the one second miss;
     * the rest in time. Drawn in a shuffled order, with quotas so that small demos have each kind.
     */
    private Kind[] kinds(List<Late> late, SplittableRandom rnd) {
        int n = late.size();
        Kind[] kinds = new Kind[n];
        int[] order = shuffled(n, rnd);
        int missing = n >= 5 ? Math.max(1, (int) Math.round(n * 0.1)) : 0;
        int issuedLate = n >= 3 ? Math.max(1, (int) Math.round(n * 0.2)) : 0;
        boolean secondMiss = false;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Late d = late.get(i);
            if (missing > 0) {
                kinds[i] = Kind.MISSING;
                missing--;
            } else if (!secondMiss && secondMissPossible(d)) {
                kinds[i] = Kind.SECOND_MISS;
                secondMiss = true;
            } else if (issuedLate > 0 || !inTimePossible(d)) {
                kinds[i] = Kind.LATE;
                issuedLate = Math.max(0, issuedLate - 1);
            } else {
                kinds[i] = Kind.IN_TIME;
            }
        }
        return kinds;
    }

    /** 0 … n-1 in a random order (Fisher–Yates). */
    private static int[] shuffled(int n, SplittableRandom rnd) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private LocalDate deadline(Late d) {
        return ApologyRules.issueDeadline(calendar, d.dueDate(), leadWorkingDays);
    }

    /** Signed by the deadline needs a deadline on or after the day the dossier came in. */
    private boolean inTimePossible(Late d) {
        return !deadline(d).isBefore(d.receivedAt().toLocalDate());
    }

    /** A new date one working day after the due date that was missed: finished later, or still open after it. */
    private boolean secondMissPossible(Late d) {
        LocalDate newDate = calendar.addWorkingDays(d.dueDate(), 1);
        LocalDate end = d.finishedAt() == null ? today : d.finishedAt().toLocalDate();
        return inTimePossible(d) && newDate.isBefore(end);
    }

    private Letter letter(long id, Late d, Kind kind, boolean published, Signer signer, long creatorId,
                          SplittableRandom r) {
        LocalDate due = d.dueDate();
        LocalDate received = d.receivedAt().toLocalDate();
        LocalDate deadline = deadline(d);
        LocalDate finished = d.finishedAt() == null ? null : d.finishedAt().toLocalDate();

        LocalDate issuedOn;
        if (kind == Kind.LATE) {
            LocalDate end = finished != null && finished.isBefore(today) ? finished : today;
            issuedOn = calendar.addWorkingDays(deadline, 1 + r.nextInt(3));
            if (issuedOn.isAfter(end)) {
                issuedOn = calendar.addWorkingDays(deadline, 1);
            }
            if (issuedOn.isBefore(received)) {
                // a lead time longer than the dossier's whole limit: signed the day it came in, late
                issuedOn = received;
            }
        } else {
            issuedOn = calendar.addWorkingDays(deadline, -r.nextInt(3));
            if (issuedOn.isBefore(received)) {
                issuedOn = deadline;
            }
        }
        // drafted the day it was signed or the working day before
        LocalDate createdOn = r.nextInt(3) == 0 ? calendar.addWorkingDays(issuedOn, -1) : issuedOn;
        if (createdOn.isBefore(received)) {
            createdOn = issuedOn;
        }

        LocalDate newDue;
        if (kind == Kind.SECOND_MISS) {
            newDue = calendar.addWorkingDays(due, 1);
        } else if (finished != null) {
            // kept: the dossier finished by the new date
            LocalDate base = finished.isAfter(due) ? finished : due.plusDays(1);
            newDue = calendar.addWorkingDays(onOrAfterWorkingDay(base), r.nextInt(3));
        } else {
            // still open: the new date lies ahead, far enough that the demo stays as it is for a while
            newDue = calendar.addWorkingDays(today, 10 + r.nextInt(11));
        }

        ApologyState state = published ? ApologyState.PUBLISHED
                : r.nextInt(5) == 0 ? ApologyState.APPROVED : ApologyState.SENT;
        LocalDateTime signedAt = capped(issuedOn.atTime(14, 0).plusMinutes(id % 90));
        LocalDateTime sentAt = state == ApologyState.APPROVED ? null
                : capped(r.nextBoolean() ? issuedOn.atTime(16, r.nextInt(50))
                : calendar.addWorkingDays(issuedOn, 1).atTime(8, r.nextInt(50)));
        if (sentAt != null && sentAt.isBefore(signedAt)) {
            sentAt = signedAt;
        }
        LocalDateTime publishedAt = state != ApologyState.PUBLISHED ? null
                : capped(calendar.addWorkingDays(sentAt.toLocalDate(), r.nextInt(2)).atTime(9, r.nextInt(60)));
        if (publishedAt != null && publishedAt.isBefore(sentAt)) {
            publishedAt = sentAt;
        }
        String publishedWhere = publishedAt == null ? null : PUBLISHED_WHERE.get(r.nextInt(PUBLISHED_WHERE.size()));

        String signerName = signer != null ? signer.name()
                : VietnameseNames.person(new SplittableRandom(seed * 131 + d.faultUnitId()));
        return new Letter(id, d.dossierId(), d.faultUnitId(), state, reason(r.nextInt(REASONS.size()), due), due,
                newDue, channel(d, r), !createdOn.isAfter(due), null, 0, 0, signerName,
                title(d.faultUnitLevel()), issuedOn, deadline, sentAt, publishedAt, publishedWhere, creatorId,
                capped(createdOn.atTime(8, r.nextInt(60))));
    }

    /** Before March 2025 the land agency was the Department of Natural Resources and Environment. */
    private static String reason(int index, LocalDate due) {
        String reason = REASONS.get(index);
        return index == 0 && !due.isBefore(LAND_AGENCY_MERGED)
                ? "Chờ ý kiến phối hợp của Sở Nông nghiệp và Môi trường." : reason;
    }

    /** Numbers per unit and year in the order the letters were signed: 1/PXL, 2/PXL, … */
    private static List<Letter> number(List<Letter> letters) {
        List<Letter> bySigning = new ArrayList<>(letters);
        bySigning.sort(Comparator.comparingLong(Letter::unitId).thenComparing(Letter::issuedOn)
                .thenComparingLong(Letter::dossierId));
        Map<String, Integer> next = new HashMap<>();
        Map<Long, Letter> numbered = new HashMap<>();
        for (Letter l : bySigning) {
            int year = l.issuedOn().getYear();
            int seq = next.merge(l.unitId() + "/" + year, 1, Integer::sum);
            numbered.put(l.id(), new Letter(l.id(), l.dossierId(), l.unitId(), l.state(), l.reason(),
                    l.originalDueDate(), l.newDueDate(), l.channel(), l.declaredLate(), seq + "/PXL", year, seq,
                    l.signerName(), l.signerTitle(), l.issuedOn(), l.issueDeadline(), l.sentAt(), l.publishedAt(),
                    l.publishedWhere(), l.createdBy(), l.createdAt()));
        }
        return letters.stream().map(l -> numbered.get(l.id())).toList();
    }

    private LocalDate onOrAfterWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
    }

    private LocalDateTime capped(LocalDateTime t) {
        return t.isAfter(now) ? now : t;
    }

    private static DeliveryChannel channel(Late d, SplittableRandom r) {
        return switch (d.channel()) {
            case IN_PERSON -> DeliveryChannel.DESK;
            case POSTAL -> DeliveryChannel.POST;
            default -> d.hasEmail() ? DeliveryChannel.EMAIL : r.nextInt(3) == 0 ? DeliveryChannel.ZALO
                    : DeliveryChannel.SMS;
        };
    }

    /** The head who signs: the chair of a people's committee, the director of an agency. */
    static String title(UnitLevel level) {
        return switch (level) {
            case PROVINCE, COMMUNE, DISTRICT -> "Chủ tịch";
            case AGENCY -> "Giám đốc";
            case null -> "Thủ trưởng cơ quan";
        };
    }
}
