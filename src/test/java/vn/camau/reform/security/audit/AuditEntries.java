package vn.camau.reform.security.audit;

import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.camau.reform.jooq.tables.records.AuditEntryRecord;

/**
 * The entries a test's actions wrote: the trail is append-only and shared by all tests, so a test
 * marks where it starts and reads what came after.
 */
@Component
public class AuditEntries {

    private final DSLContext dsl;

    AuditEntries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long mark() {
        Long max = dsl.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchOne().value1();
        return max == null ? 0 : max;
    }

    public List<AuditEntryRecord> since(long mark, AuditAction action) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(mark), AUDIT_ENTRY.ACTION.eq(action))
                .orderBy(AUDIT_ENTRY.ID).fetch();
    }

    public List<AuditEntryRecord> since(long mark) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(mark)).orderBy(AUDIT_ENTRY.ID).fetch();
    }

    /** The one entry of that action since the mark; fails when there is none or more than one. */
    public AuditEntryRecord only(long mark, AuditAction action) {
        List<AuditEntryRecord> found = since(mark, action);
        if (found.size() != 1) {
            throw new AssertionError("Expected exactly one " + action + " entry, found " + found.size() + ": " + found);
        }
        return found.getFirst();
    }

    /** A request from that address around a test's service calls, as a browser's would carry. */
    public static void requestFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    public static void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }
}
