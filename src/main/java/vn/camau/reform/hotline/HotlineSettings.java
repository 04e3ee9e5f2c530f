package vn.camau.reform.hotline;

import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.repository.SettingRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditEvent;
import vn.camau.reform.security.audit.AuditTrail;

/**
 * The hotline's settings: the answer deadline of each category in working days, and the window in
 * which another report with the same phone or dossier hints at a duplicate.
 */
@Service
public class HotlineSettings {

    public static final String DEADLINE_PREFIX = "hotline.deadline.";
    public static final String DUPLICATE_DAYS = "hotline.duplicate-days";
    public static final int MAX_DEADLINE_WORKING_DAYS = 90;
    public static final int MAX_DUPLICATE_DAYS = 365;

    private final SettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    HotlineSettings(SettingRepository settings, CurrentUser currentUser, AuditTrail audit) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public int deadlineWorkingDays(HotlineCategory category) {
        return settings.find(DEADLINE_PREFIX + category.name()).map(Integer::parseInt)
                .orElse(category.defaultWorkingDays());
    }

    @Transactional(readOnly = true)
    public Map<HotlineCategory, Integer> deadlines() {
        Map<HotlineCategory, Integer> map = new EnumMap<>(HotlineCategory.class);
        for (HotlineCategory c : HotlineCategory.values()) {
            map.put(c, deadlineWorkingDays(c));
        }
        return map;
    }

    @Transactional(readOnly = true)
    public int duplicateDays() {
        return settings.find(DUPLICATE_DAYS).map(Integer::parseInt).orElse(30);
    }

    /**
     * Applies to reports received (or reopened) from now on: a report keeps the deadline it was
     * given, so nobody's deadline moves under them.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void save(Map<HotlineCategory, Integer> deadlines, int duplicateDays) {
        for (HotlineCategory c : HotlineCategory.values()) {
            Integer days = deadlines.get(c);
            if (days == null || days < 1 || days > MAX_DEADLINE_WORKING_DAYS) {
                throw new BusinessRuleException("settings.hotline-deadline.range", 1, MAX_DEADLINE_WORKING_DAYS);
            }
        }
        if (duplicateDays < 1 || duplicateDays > MAX_DUPLICATE_DAYS) {
            throw new BusinessRuleException("settings.hotline-duplicate.range", 1, MAX_DUPLICATE_DAYS);
        }
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        deadlines().forEach((c, old) -> {
            if (!old.equals(deadlines.get(c))) {
                was.put(DEADLINE_PREFIX + c.name(), old);
                now.put(DEADLINE_PREFIX + c.name(), deadlines.get(c));
            }
        });
        int oldDuplicateDays = duplicateDays();
        if (oldDuplicateDays != duplicateDays) {
            was.put(DUPLICATE_DAYS, oldDuplicateDays);
            now.put(DUPLICATE_DAYS, duplicateDays);
        }
        String who = currentUser.require().username();
        deadlines.forEach((c, days) -> settings.save(DEADLINE_PREFIX + c.name(), String.valueOf(days), who));
        settings.save(DUPLICATE_DAYS, String.valueOf(duplicateDays), who);
        if (!now.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.SETTING_CHANGED, "SETTING", "hotline", null).change(was, now));
        }
    }
}
