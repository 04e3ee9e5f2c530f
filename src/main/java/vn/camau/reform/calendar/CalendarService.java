package vn.camau.reform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.db.ReadOnlyTransactionMemo;
import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.repository.CalendarDayRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * The working-day calendar: deadlines, lateness and apology lead times all count working days. The
 * table is small, so it is held as an immutable snapshot, read again whenever the table's change
 * counter has moved: an administrator's edit on any node is seen by every node on its next use.
 */
@Service
public class CalendarService {

    private final CalendarDayRepository repository;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private record Snapshot(WorkingCalendar calendar, long version) {
    }

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    CalendarService(CalendarDayRepository repository, CurrentUser currentUser, AuditTrail audit) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The calendar as it stands now; other features compute deadlines with it. */
    public WorkingCalendar calendar() {
        // the counter first: rows read after it are at least that new, so a change between the two
        // reads only costs one more reload
        long version = ReadOnlyTransactionMemo.<Long>get(WorkingCalendar.class, repository::version);
        Snapshot current = snapshot.get();
        if (current == null || current.version() != version) {
            current = new Snapshot(new WorkingCalendar(repository.findAll()), version);
            snapshot.set(current);
        }
        return current.calendar();
    }

    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return calendar().addWorkingDays(start, workingDays);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    @PreAuthorize("isAuthenticated()")
    public List<CalendarDay> findDays(int year) {
        return repository.findAll().stream().filter(d -> d.day().getYear() == year).toList();
    }

    @PreAuthorize("@perm.may(authentication, 'EDIT_CALENDAR')")
    @Transactional
    public void save(CalendarDay day) {
        if (TextRules.clean(day.name(), false) == null) {
            throw new BusinessRuleException("calendar.error.nameRequired");
        }
        DayOfWeek dow = day.day().getDayOfWeek();
        if (day.kind() == DayKind.WORKING_SATURDAY && dow != DayOfWeek.SATURDAY) {
            throw new BusinessRuleException("calendar.error.notSaturday");
        }
        if (day.kind() == DayKind.DAY_OFF && (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)) {
            throw new BusinessRuleException("calendar.error.weekendDayOff");
        }
        Optional<CalendarDay> before = stored(day.day());
        repository.upsert(day, currentUser.require().username());
        if (before.isEmpty() || !before.get().equals(day)) {
            recordChange(day.day(), before.map(CalendarService::state).orElse(Map.of()), state(day));
        }
    }

    @PreAuthorize("@perm.may(authentication, 'EDIT_CALENDAR')")
    @Transactional
    public void delete(LocalDate day) {
        Optional<CalendarDay> before = stored(day);
        if (repository.delete(day)) {
            recordChange(day, before.map(CalendarService::state).orElse(Map.of()), Map.of());
        }
    }

    private Optional<CalendarDay> stored(LocalDate day) {
        return repository.findAll().stream().filter(d -> d.day().equals(day)).findFirst();
    }

    /** A day's entry as audit data: its kind, name and confidence (the day itself is the object). */
    private static Map<String, Object> state(CalendarDay d) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", d.kind().name());
        state.put("name", d.name());
        state.put("confidence", d.confidence().name());
        return state;
    }

    /** The calendar is the province's, so the entry belongs to the administrator's unit (the default). */
    private void recordChange(LocalDate day, Map<String, Object> before, Map<String, Object> after) {
        audit.record(AuditEvent.of(AuditAction.HOLIDAY_CHANGED, "CALENDAR_DAY", day, null).change(before, after));
    }
}
