package vn.camau.reform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.calendar.repository.CalendarDayRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * The working-day calendar: deadlines, lateness and apology lead times all count working days. The
 * table is small, so it is held as an immutable snapshot and swapped after every edit.
 */
@Service
public class CalendarService {

    private final CalendarDayRepository repository;
    private final CurrentUser currentUser;
    private final AtomicReference<WorkingCalendar> snapshot = new AtomicReference<>();

    CalendarService(CalendarDayRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /** The calendar as it stands now; other features compute deadlines with it. */
    public WorkingCalendar calendar() {
        WorkingCalendar current = snapshot.get();
        if (current == null) {
            current = new WorkingCalendar(repository.findAll());
            snapshot.set(current);
        }
        return current;
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
        if (day.name().isEmpty()) {
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
        invalidateAfterCommit();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void delete(LocalDate day) {
        repository.delete(day);
        invalidateAfterCommit();
    }

    /** Other sessions must not rebuild the snapshot from rows that are not committed yet. */
    private void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot.set(null);
                }
            });
        } else {
            snapshot.set(null);
        }
    }
}
