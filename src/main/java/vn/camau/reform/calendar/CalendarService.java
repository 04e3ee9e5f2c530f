package vn.camau.reform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.repository.CalendarDayRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * The working-day calendar: deadlines, lateness and apology lead times all count working days. The
 * table is small, so it is held as an immutable snapshot, read again whenever the table's change
 * counter has moved: an administrator's edit on any node is seen by every node on its next use.
 */
@Service
public class CalendarService {

    private final CalendarDayRepository repository;
    private final CurrentUser currentUser;
    private record Snapshot(WorkingCalendar calendar, long version) {
    }

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    CalendarService(CalendarDayRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** The calendar as it stands now; other features compute deadlines with it. */
    public WorkingCalendar calendar() {
        // the counter first: rows read after it are at least that new, so a change between the two
        // reads only costs one more reload
        long version = repository.version();
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

    @RolesAllowed(Roles.ADMIN)
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
        repository.upsert(day, currentUser.require().username());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(LocalDate day) {
        repository.delete(day);
    }
}
