package vn.camau.reform.ingest;

import static vn.camau.reform.ingest.DossierFields.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.camau.reform.base.text.PhoneNumbers;
import vn.camau.reform.dossier.Applicant;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.IncomingDossier;
import vn.camau.reform.dossier.OnlineLevel;
import vn.camau.reform.dossier.Rating;
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.ingest.ReferenceCodes.StoredDossier;
import vn.camau.reform.ingest.ReferenceCodes.UnitVersion;
import vn.camau.reform.ingest.query.ReferenceCodeQuery;
import vn.camau.reform.security.UnitScope;

/**
 * Reads dossier snapshots, a chunk at a time, checking every field, every code and the writer's
 * scope: what comes out can be written as it is. A code met twice, in one chunk or across the
 * chunks of one file, is an error naming where it was first met. Made per batch or per file by
 * {@link IntakeReaders}; not thread-safe.
 */
public final class DossierReader {

    static final int CODE_MAX = 60;
    static final int NAME_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ReferenceCodeQuery query;
    private final UnitScope scope;
    private final TimeBounds bounds;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Set<String> written = new HashSet<>();
    private final Set<String> refused = new HashSet<>();
    /** When each valid dossier read so far was received: the earliest its events may be. */
    private final Map<String, LocalDateTime> receivedAt = new HashMap<>();
    private int stored;

    DossierReader(ReferenceCodeQuery query, UnitScope scope, TimeBounds bounds) {
        this.query = query;
        this.scope = scope;
        this.bounds = bounds;
    }

    /** The dossiers of the chunk that are valid; the others added their errors to their records. */
    public List<IncomingDossier> read(List<? extends RawRecord> chunk) {
        Set<String> procedures = new HashSet<>();
        Set<String> units = new HashSet<>();
        Set<String> officers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (RawRecord r : chunk) {
            add(procedures, r.peek(PROCEDURE_CODE));
            add(units, r.peek(RECEIVING_UNIT_CODE));
            add(units, r.peek(HANDLING_UNIT_CODE));
            add(officers, r.peek(HANDLING_OFFICER_CODE));
            add(codes, r.peek(CODE));
        }
        ReferenceCodes refs = query.load(procedures, units, officers);
        Map<String, StoredDossier> known = query.storedDossiers(codes);
        List<IncomingDossier> result = new ArrayList<>(chunk.size());
        for (RawRecord r : chunk) {
            IncomingDossier d = read(r, refs, known);
            if (d == null) {
                add(refused, r.peek(CODE));
            } else {
                result.add(d);
                written.add(d.code());
                receivedAt.put(d.code(), d.receivedAt());
                if (known.containsKey(d.code())) {
                    stored++;
                }
            }
        }
        return result;
    }

    /** Of the valid dossiers read so far, how many are stored already (an import's "updated"). */
    public int storedCount() {
        return stored;
    }

    /** The codes of the valid dossiers read so far: events of the same batch may name them. */
    public Set<String> codes() {
        return written;
    }

    /** When the valid dossier of this code, read so far, was received; null if none. */
    public LocalDateTime receivedAt(String code) {
        return receivedAt.get(code);
    }

    /** The codes of the dossiers refused so far: their events are not reported again as orphans. */
    public Set<String> refusedCodes() {
        return refused;
    }

    private static void add(Set<String> set, String code) {
        if (code != null) {
            set.add(code);
        }
    }

    private IncomingDossier read(RawRecord r, ReferenceCodes refs, Map<String, StoredDossier> stored) {
        int errorsBefore = r.errorCount();
        String code = r.requiredCode(CODE, CODE_MAX);
        if (code != null) {
            Integer first = seen.putIfAbsent(code, r.index());
            if (first != null) {
                r.error(CODE, "intake.error.duplicateCode", code, first);
            }
        }
        String procedureCode = r.requiredCode(PROCEDURE_CODE, 40);
        String receivingCode = r.requiredCode(RECEIVING_UNIT_CODE, 20);
        String handlingCode = r.requiredCode(HANDLING_UNIT_CODE, 20);
        Channel channel = Enums.read(r, CHANNEL, Channel.class, true);
        DossierState state = Enums.state(r, STATE, true);
        LocalDateTime receivedAt = r.required(RECEIVED_AT, r.dateTime(RECEIVED_AT));
        LocalDate appointment = r.required(APPOINTMENT_DATE, r.date(APPOINTMENT_DATE));
        String applicant = r.requiredText(APPLICANT_NAME, NAME_MAX);
        LocalDateTime updatedAt = r.required(UPDATED_AT, r.dateTime(UPDATED_AT));
        LocalDateTime resolvedAt = r.dateTime(RESOLVED_AT);
        LocalDateTime returnedAt = r.dateTime(RETURNED_AT);
        LocalDateTime finishedAt = r.dateTime(FINISHED_AT);
        boolean hasFee = flag(r, HAS_FEE);
        boolean paidOnline = flag(r, PAID_ONLINE);
        boolean digitised = flag(r, DIGITISED);
        boolean returnedHome = flag(r, RETURNED_HOME);
        Rating rating = Enums.read(r, RATING, Rating.class, false);
        OnlineLevel onlineLevel = Enums.read(r, ONLINE_LEVEL, OnlineLevel.class, false);
        boolean resultElectronic = flag(r, RESULT_ELECTRONIC);
        boolean dataReused = flag(r, DATA_REUSED);
        String phone = phone(r);
        String email = r.optionalText(APPLICANT_EMAIL, 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            r.error(APPLICANT_EMAIL, "intake.error.notEmail", email);
        }
        String officerCode = r.optionalCode(HANDLING_OFFICER_CODE, 40);

        ReferenceCodes.ProcedureRef procedureRef = resolve(r, PROCEDURE_CODE, procedureCode,
                refs.procedure(procedureCode).orElse(null));
        LocalDate day = receivedAt == null ? null : receivedAt.toLocalDate();
        UnitVersion receiving = unit(r, RECEIVING_UNIT_CODE, receivingCode, refs, day);
        UnitVersion handling = unit(r, HANDLING_UNIT_CODE, handlingCode, refs, day);
        if (handling != null && !scope.includes(handling.path())) {
            r.error(HANDLING_UNIT_CODE, "intake.error.unitOutOfScope", handlingCode);
        }
        if (code != null && stored.containsKey(code) && !scope.includes(stored.get(code).path())) {
            r.error(CODE, "intake.error.dossierOutOfScope", code);
        }
        Long officer = officer(r, HANDLING_OFFICER_CODE, officerCode, refs, scope);
        if (!hasFee && paidOnline) {
            r.error(PAID_ONLINE, "intake.error.paidWithoutFee");
        }
        checkTimes(r, state, receivedAt, appointment, resolvedAt, returnedAt, finishedAt, updatedAt);
        if (r.errorCount() > errorsBefore) {
            return null;
        }
        if (state != null && state.isResolved() && finishedAt == null) {
            finishedAt = resolvedAt;
        }
        if (onlineLevel == null) {
            // not said by the sender: the catalogue's level (toàn trình or not) of the procedure
            onlineLevel = procedureRef.onlineLevel();
        }
        return new IncomingDossier(code, procedureRef.id(), receiving.id(), handling.id(), channel, state, receivedAt,
                appointment, resolvedAt, returnedAt, finishedAt,
                new ServiceFlags(hasFee, paidOnline, digitised, returnedHome, rating, onlineLevel, resultElectronic,
                        dataReused),
                new Applicant(applicant, phone, email), officer, updatedAt);
    }

    /**
     * The times must tell one story: received (not before 2000), then resolved, then returned; none
     * of them in the future, and the appointment within a few years of the receipt.
     */
    private void checkTimes(RawRecord r, DossierState state, LocalDateTime receivedAt, LocalDate appointment,
                            LocalDateTime resolvedAt, LocalDateTime returnedAt, LocalDateTime finishedAt,
                            LocalDateTime updatedAt) {
        if (receivedAt != null && bounds.tooEarly(receivedAt.toLocalDate())) {
            r.error(RECEIVED_AT, "intake.error.beforeReports", TimeBounds.REPORTS_BEGIN.toString());
        } else if (receivedAt != null && bounds.tooFarAfter(receivedAt.toLocalDate(), appointment)) {
            r.error(APPOINTMENT_DATE, "intake.error.tooFarAfterReceipt", bounds.maxYearsAfterReceipt());
        }
        future(r, RECEIVED_AT, receivedAt);
        future(r, RESOLVED_AT, resolvedAt);
        future(r, RETURNED_AT, returnedAt);
        future(r, FINISHED_AT, finishedAt);
        future(r, UPDATED_AT, updatedAt);
        if (receivedAt != null) {
            if (appointment != null && appointment.isBefore(receivedAt.toLocalDate())) {
                r.error(APPOINTMENT_DATE, "intake.error.beforeReceived");
            }
            before(r, RESOLVED_AT, receivedAt, resolvedAt);
            before(r, RETURNED_AT, receivedAt, returnedAt);
            before(r, FINISHED_AT, receivedAt, finishedAt);
            before(r, UPDATED_AT, receivedAt, updatedAt);
        }
        if (resolvedAt != null && returnedAt != null && returnedAt.isBefore(resolvedAt)) {
            r.error(RETURNED_AT, "intake.error.returnedBeforeResolved");
        }
        if (state == null) {
            return;
        }
        if (state.isResolved() && resolvedAt == null) {
            r.error(RESOLVED_AT, "intake.error.requiredInState", state.code());
        }
        if ((state == DossierState.WITHDRAWN || state == DossierState.STOPPED) && finishedAt == null) {
            r.error(FINISHED_AT, "intake.error.requiredInState", state.code());
        }
        if (!state.isFinished()) {
            notInState(r, RESOLVED_AT, resolvedAt, state);
            notInState(r, RETURNED_AT, returnedAt, state);
            notInState(r, FINISHED_AT, finishedAt, state);
        } else if (!state.isResolved()) {
            notInState(r, RESOLVED_AT, resolvedAt, state);
            notInState(r, RETURNED_AT, returnedAt, state);
        }
    }

    private void future(RawRecord r, String field, LocalDateTime t) {
        if (bounds.inFuture(t)) {
            r.error(field, "intake.error.inFuture");
        }
    }

    private static void before(RawRecord r, String field, LocalDateTime receivedAt, LocalDateTime t) {
        if (t != null && t.isBefore(receivedAt)) {
            r.error(field, "intake.error.beforeReceived");
        }
    }

    private static void notInState(RawRecord r, String field, LocalDateTime t, DossierState state) {
        if (t != null) {
            r.error(field, "intake.error.notInState", state.code());
        }
    }

    private static boolean flag(RawRecord r, String field) {
        Boolean b = r.bool(field);
        return b != null && b;
    }

    private static String phone(RawRecord r) {
        String text = r.optionalText(APPLICANT_PHONE, 40);
        if (text == null) {
            return null;
        }
        return PhoneNumbers.normalise(text).orElseGet(() -> {
            r.error(APPLICANT_PHONE, "intake.error.notPhone", text);
            return null;
        });
    }

    static <T> T resolve(RawRecord r, String field, String code, T value) {
        if (code != null && value == null) {
            r.error(field, "intake.error.unknownCode", code);
        }
        return value;
    }

    /** The officer of that code, who must work in the writer's scope; null (with an error) otherwise. */
    static Long officer(RawRecord r, String field, String code, ReferenceCodes refs, UnitScope scope) {
        if (code == null) {
            return null;
        }
        ReferenceCodes.OfficerRef officer = refs.officer(code).orElse(null);
        if (officer == null) {
            r.error(field, "intake.error.unknownOfficer", code);
            return null;
        }
        if (!scope.includes(officer.unitPath())) {
            r.error(field, "intake.error.officerOutOfScope", code);
            return null;
        }
        return officer.id();
    }

    static UnitVersion unit(RawRecord r, String field, String code, ReferenceCodes refs, LocalDate day) {
        if (code == null) {
            return null;
        }
        UnitVersion unit = refs.unit(code, day).orElse(null);
        if (unit == null) {
            r.error(field, day == null ? "intake.error.unknownCode" : "intake.error.unknownUnitOn", code,
                    day == null ? "" : day.toString());
        }
        return unit;
    }
}
