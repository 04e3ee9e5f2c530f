package vn.camau.reform.hotline.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.HOTLINE_ATTACHMENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT;
import static vn.camau.reform.jooq.Tables.HOTLINE_EVENT_CHANGE;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REVEAL;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.hotline.query.HotlineConditions;
import vn.camau.reform.hotline.Assignee;
import vn.camau.reform.hotline.HotlineAnswer;
import vn.camau.reform.hotline.HotlineAssignment;
import vn.camau.reform.hotline.LeaderConclusion;
import vn.camau.reform.hotline.AttachmentRules.CheckedFile;
import vn.camau.reform.hotline.DuplicateHint;
import vn.camau.reform.hotline.HotlineAction;
import vn.camau.reform.hotline.HotlineAttachment;
import vn.camau.reform.hotline.HotlineChange;
import vn.camau.reform.hotline.HotlineEvent;
import vn.camau.reform.hotline.HotlineField;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * Hotline reports, their history, files and reveals. Every read carries the caller: a report is
 * theirs when the unit it concerns or the unit it is assigned to is in their scope, and never when
 * it names them as the officer reported on.
 */
@Repository
public class HotlineRepository {

    private static final org.jooq.Table<?> UNIT = ADMIN_UNIT.as("report_unit");
    private static final org.jooq.Table<?> ASSIGNED_UNIT = ADMIN_UNIT.as("assigned_unit");
    private static final org.jooq.Table<?> ASSIGNEE = APP_USER.as("assignee");
    private static final org.jooq.Table<?> ANSWERER = APP_USER.as("answerer");
    private static final org.jooq.Table<?> CONCLUDER = APP_USER.as("concluder");
    private static final org.jooq.Table<?> CREATOR = APP_USER.as("creator");
    private static final org.jooq.Table<?> UPDATER = APP_USER.as("updater");

    private final DSLContext dsl;

    HotlineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * In the caller's scope (by the unit concerned or the unit assigned) or assigned to them, and
     * never about the caller.
     */
    static Condition visibleTo(UnitScope scope, long userId) {
        Condition inScope = ScopeCondition.unitWithin(HOTLINE_REPORT.UNIT_ID, scope)
                .or(ScopeCondition.unitWithin(HOTLINE_REPORT.ASSIGNED_UNIT_ID, scope))
                // The inspector it was assigned to, wherever the unit concerned is
                .or(HOTLINE_REPORT.ASSIGNEE_ID.eq(userId));
        Condition aboutCaller = HOTLINE_REPORT.OFFICER_ID.in(
                DSL.select(OFFICER.ID).from(OFFICER).where(OFFICER.USER_ID.eq(userId)));
        return inScope.and(HOTLINE_REPORT.OFFICER_ID.isNull().or(DSL.not(aboutCaller)));
    }

    /** The next number of the year; taken under a lock of the year's last number. */
    public int nextSeq(int year) {
        Integer max = dsl.select(DSL.max(HOTLINE_REPORT.REPORT_SEQ)).from(HOTLINE_REPORT)
                .where(HOTLINE_REPORT.REPORT_YEAR.eq(year)).forUpdate().fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public long insert(NewReport r, int year, int seq, String code, long userId, LocalDateTime at) {
        return dsl.insertInto(HOTLINE_REPORT)
                .set(HOTLINE_REPORT.CODE, code)
                .set(HOTLINE_REPORT.REPORT_YEAR, year)
                .set(HOTLINE_REPORT.REPORT_SEQ, seq)
                .set(HOTLINE_REPORT.CHANNEL, r.channel())
                .set(HOTLINE_REPORT.RECEIVED_AT, r.receivedAt())
                .set(HOTLINE_REPORT.ANONYMOUS, r.anonymous())
                .set(HOTLINE_REPORT.REPORTER_NAME, r.reporterName())
                .set(HOTLINE_REPORT.REPORTER_PHONE, r.reporterPhone())
                .set(HOTLINE_REPORT.REPORTER_EMAIL, r.reporterEmail())
                .set(HOTLINE_REPORT.CATEGORY, r.category())
                .set(HOTLINE_REPORT.UNIT_ID, r.unitId())
                .set(HOTLINE_REPORT.OFFICER_ID, r.officerId())
                .set(HOTLINE_REPORT.DOSSIER_ID, r.dossierId())
                .set(HOTLINE_REPORT.DESCRIPTION, r.description())
                .set(HOTLINE_REPORT.STATE, HotlineState.RECEIVED)
                .set(HOTLINE_REPORT.ASSIGN_DUE_DATE, r.assignDueDate())
                .set(HOTLINE_REPORT.DUE_DATE, r.dueDate())
                .set(HOTLINE_REPORT.CREATED_BY, userId)
                .set(HOTLINE_REPORT.CREATED_AT, at)
                .set(HOTLINE_REPORT.UPDATED_BY, userId)
                .set(HOTLINE_REPORT.UPDATED_AT, at)
                .returningResult(HOTLINE_REPORT.ID)
                .fetchSingle().value1();
    }

    /** Locks the report's row for a change; empty when unknown. */
    public Optional<Integer> lockVersion(long id) {
        return dsl.select(HOTLINE_REPORT.VERSION).from(HOTLINE_REPORT).where(HOTLINE_REPORT.ID.eq(id)).forUpdate()
                .fetchOptional(HOTLINE_REPORT.VERSION);
    }

    /**
     * Applies the changes if nobody saved since {@code version}; false otherwise. Stamps who and
     * when, and moves the version on.
     */
    public boolean update(long id, int version, Map<ReportColumn, Object> changes, long userId, LocalDateTime at) {
        Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        changes.forEach((column, value) -> values.put(column.field(), value));
        return dsl.update(HOTLINE_REPORT)
                .set(values)
                .set(HOTLINE_REPORT.UPDATED_BY, userId)
                .set(HOTLINE_REPORT.UPDATED_AT, at)
                .set(HOTLINE_REPORT.VERSION, HOTLINE_REPORT.VERSION.plus(1))
                .where(HOTLINE_REPORT.ID.eq(id), HOTLINE_REPORT.VERSION.eq(version))
                .execute() == 1;
    }

    public void addEvent(long reportId, HotlineAction action, long userId, LocalDateTime at, String details,
                         List<HotlineChange> changes) {
        long eventId = dsl.insertInto(HOTLINE_EVENT)
                .set(HOTLINE_EVENT.REPORT_ID, reportId)
                .set(HOTLINE_EVENT.ACTION, action)
                .set(HOTLINE_EVENT.USER_ID, userId)
                .set(HOTLINE_EVENT.ACTED_AT, at)
                .set(HOTLINE_EVENT.DETAILS, details)
                .returningResult(HOTLINE_EVENT.ID)
                .fetchSingle().value1();
        if (!changes.isEmpty()) {
            var insert = dsl.insertInto(HOTLINE_EVENT_CHANGE, HOTLINE_EVENT_CHANGE.EVENT_ID,
                    HOTLINE_EVENT_CHANGE.FIELD, HOTLINE_EVENT_CHANGE.FROM_VALUE, HOTLINE_EVENT_CHANGE.TO_VALUE);
            for (HotlineChange c : changes) {
                insert = insert.values(eventId, c.field(), c.from(), c.to());
            }
            insert.execute();
        }
    }

    public List<HotlineEvent> events(long reportId) {
        // the facts in the order they were written, by event
        Map<Long, List<HotlineChange>> changes = new HashMap<>();
        dsl.select(HOTLINE_EVENT_CHANGE.EVENT_ID, HOTLINE_EVENT_CHANGE.FIELD, HOTLINE_EVENT_CHANGE.FROM_VALUE,
                        HOTLINE_EVENT_CHANGE.TO_VALUE)
                .from(HOTLINE_EVENT_CHANGE).join(HOTLINE_EVENT).on(HOTLINE_EVENT.ID.eq(HOTLINE_EVENT_CHANGE.EVENT_ID))
                .where(HOTLINE_EVENT.REPORT_ID.eq(reportId))
                .orderBy(HOTLINE_EVENT_CHANGE.ID)
                .forEach(r -> changes.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new HotlineChange(r.value2(), r.value3(), r.value4())));
        return dsl.select(HOTLINE_EVENT.ID, HOTLINE_EVENT.ACTED_AT, APP_USER.FULL_NAME, HOTLINE_EVENT.ACTION,
                        HOTLINE_EVENT.DETAILS)
                .from(HOTLINE_EVENT).join(APP_USER).on(APP_USER.ID.eq(HOTLINE_EVENT.USER_ID))
                .where(HOTLINE_EVENT.REPORT_ID.eq(reportId))
                .orderBy(HOTLINE_EVENT.ACTED_AT, HOTLINE_EVENT.ID)
                .fetch(r -> new HotlineEvent(r.value2(), r.value3(), r.value4(), r.value5(),
                        changes.getOrDefault(r.value1(), List.of())));
    }

    public void addAttachment(long reportId, CheckedFile file, String sha256, long userId, LocalDateTime at) {
        dsl.insertInto(HOTLINE_ATTACHMENT)
                .set(HOTLINE_ATTACHMENT.REPORT_ID, reportId)
                .set(HOTLINE_ATTACHMENT.FILE_NAME, file.fileName())
                .set(HOTLINE_ATTACHMENT.MEDIA_TYPE, file.mediaType())
                .set(HOTLINE_ATTACHMENT.SIZE_BYTES, (long) file.content().length)
                .set(HOTLINE_ATTACHMENT.SHA256, sha256)
                .set(HOTLINE_ATTACHMENT.CONTENT, file.content())
                .set(HOTLINE_ATTACHMENT.UPLOADED_BY, userId)
                .set(HOTLINE_ATTACHMENT.UPLOADED_AT, at)
                .execute();
    }

    public List<HotlineAttachment> attachments(long reportId) {
        return dsl.select(HOTLINE_ATTACHMENT.ID, HOTLINE_ATTACHMENT.FILE_NAME, HOTLINE_ATTACHMENT.MEDIA_TYPE,
                        HOTLINE_ATTACHMENT.SIZE_BYTES, HOTLINE_ATTACHMENT.SHA256, HOTLINE_ATTACHMENT.UPLOADED_AT,
                        APP_USER.FULL_NAME)
                .from(HOTLINE_ATTACHMENT).join(APP_USER).on(APP_USER.ID.eq(HOTLINE_ATTACHMENT.UPLOADED_BY))
                .where(HOTLINE_ATTACHMENT.REPORT_ID.eq(reportId))
                .orderBy(HOTLINE_ATTACHMENT.ID)
                .fetch(Records.mapping(HotlineAttachment::new));
    }

    public Optional<byte[]> attachmentContent(long reportId, long attachmentId) {
        return dsl.select(HOTLINE_ATTACHMENT.CONTENT).from(HOTLINE_ATTACHMENT)
                .where(HOTLINE_ATTACHMENT.ID.eq(attachmentId), HOTLINE_ATTACHMENT.REPORT_ID.eq(reportId))
                .fetchOptional(HOTLINE_ATTACHMENT.CONTENT);
    }

    public int attachmentCount(long reportId) {
        return dsl.fetchCount(HOTLINE_ATTACHMENT, HOTLINE_ATTACHMENT.REPORT_ID.eq(reportId));
    }

    public void addReveal(long reportId, long userId, LocalDateTime at, String purpose) {
        dsl.insertInto(HOTLINE_REVEAL)
                .set(HOTLINE_REVEAL.REPORT_ID, reportId)
                .set(HOTLINE_REVEAL.USER_ID, userId)
                .set(HOTLINE_REVEAL.REVEALED_AT, at)
                .set(HOTLINE_REVEAL.PURPOSE, purpose)
                .execute();
    }

    public int revealCount(long reportId) {
        return dsl.fetchCount(HOTLINE_REVEAL, HOTLINE_REVEAL.REPORT_ID.eq(reportId));
    }

    public Optional<ReportRow> find(UnitScope scope, long userId, long id) {
        return select().where(HOTLINE_REPORT.ID.eq(id), visibleTo(scope, userId)).fetchOptional(HotlineRepository::toRow);
    }

    /**
     * A page of the reports the filter selects: those still owing the citizen an answer first, the earliest
     * deadline first; then the answered and closed ones, the latest first. (Earliest deadline first for all
     * of them opened a leader's "Tất cả" on last year's closed reports.)
     */
    public List<ReportRow> find(UnitScope scope, long userId, HotlineFilter filter, String unitPath, QueueDates dates,
                                int offset, int limit) {
        Condition awaiting = HOTLINE_REPORT.STATE.in(AWAITING);
        return select().where(conditions(scope, userId, filter, unitPath, dates))
                .orderBy(DSL.when(awaiting, 0).else_(1).asc(),
                        DSL.when(awaiting, HOTLINE_REPORT.DUE_DATE).asc(),
                        DSL.when(awaiting.not(), HOTLINE_REPORT.DUE_DATE).desc(),
                        HOTLINE_REPORT.ID.asc())
                .offset(offset).limit(limit).fetch(HotlineRepository::toRow);
    }

    public int count(UnitScope scope, long userId, HotlineFilter filter, String unitPath, QueueDates dates) {
        return dsl.fetchCount(dsl.selectOne().from(HOTLINE_REPORT)
                .where(conditions(scope, userId, filter, unitPath, dates)));
    }

    /** How many visible reports each queue holds, in one pass. */
    public Map<HotlineQueue, Integer> queueCounts(UnitScope scope, long userId, QueueDates dates) {
        return queueCounts(scope, userId, HotlineFilter.of(HotlineQueue.ALL), null, dates);
    }

    /**
     * How many reports each queue holds under the filter's other conditions (unit, category, state,
     * period, text), in one pass: a tab's count is the number of rows it lists.
     */
    public Map<HotlineQueue, Integer> queueCounts(UnitScope scope, long userId, HotlineFilter filter, String unitPath,
                                                  QueueDates dates) {
        HotlineFilter all = new HotlineFilter(HotlineQueue.ALL, filter.unitId(), filter.category(), filter.state(),
                filter.from(), filter.to(), filter.text());
        if (filter.countsAsOverview()) {
            // the overdue tab lists the overview's figure, which is not a subset of the other tabs' rows
            Map<HotlineQueue, Integer> counts = queueCounts(scope, userId, all, unitPath, dates);
            counts.put(HotlineQueue.OVERDUE, count(scope, userId, filter, unitPath, dates));
            return counts;
        }
        Map<HotlineQueue, Field<Integer>> fields = new java.util.EnumMap<>(HotlineQueue.class);
        for (HotlineQueue q : HotlineQueue.values()) {
            fields.put(q, DSL.sum(DSL.when(queue(q, userId, dates), 1).else_(0)).cast(Integer.class));
        }
        Record r = dsl.select(fields.values()).from(HOTLINE_REPORT)
                .where(conditions(scope, userId, all, unitPath, dates)).fetchSingle();
        Map<HotlineQueue, Integer> counts = new java.util.EnumMap<>(HotlineQueue.class);
        fields.forEach((q, f) -> counts.put(q, r.get(f) == null ? 0 : r.get(f)));
        return counts;
    }

    private static final List<HotlineState> AWAITING = List.of(HotlineState.RECEIVED, HotlineState.ASSIGNED,
            HotlineState.VERIFYING);

    private static Condition queue(HotlineQueue queue, long userId, QueueDates dates) {
        Condition awaiting = HOTLINE_REPORT.STATE.in(AWAITING);
        return switch (queue) {
            case MINE -> awaiting.and(HOTLINE_REPORT.ASSIGNEE_ID.eq(userId));
            case UNASSIGNED -> HOTLINE_REPORT.STATE.eq(HotlineState.RECEIVED);
            case DUE_SOON -> awaiting.and(HOTLINE_REPORT.DUE_DATE.between(dates.today(), dates.dueSoonLimit()));
            // Past the answer deadline: what the overview's "quá hạn" figure counts and each row's
            // "Trễ N ngày" says. A report still unforwarded after its forwarding day, its answer not
            // yet due, waits in UNASSIGNED: counted here it read "Còn 5 ngày" under "Quá hạn".
            case OVERDUE -> awaiting.and(HOTLINE_REPORT.DUE_DATE.lt(dates.today()));
            case ALL -> DSL.trueCondition();
        };
    }

    /** The filter's conditions; {@code unitPath} is the checked path of its unit, or null. */
    private static Condition conditions(UnitScope scope, long userId, HotlineFilter f, String unitPath,
                                        QueueDates dates) {
        if (f.countsAsOverview()) {
            return asOverviewCounts(scope, userId, f, unitPath, dates);
        }
        Condition c = visibleTo(scope, userId).and(queue(f.queue() == null ? HotlineQueue.ALL : f.queue(), userId, dates));
        return c.and(narrowed(f, unitPath, true));
    }

    /**
     * The reports behind the overview's "overdue" figure (HotlineConditions.overdueAt): a round
     * begun in the period, past due and unanswered at the as-of day's end, counted under the unit
     * the report concerns as the figures roll it up, not the unit it was sent to.
     */
    private static Condition asOverviewCounts(UnitScope scope, long userId, HotlineFilter f, String unitPath,
                                              QueueDates dates) {
        var at = HotlineConditions.Moment.of(f.asOf(), dates.today());
        Condition c = visibleTo(scope, userId).and(DSL.exists(DSL.selectOne().from(HOTLINE_ROUND)
                .where(HOTLINE_ROUND.REPORT_ID.eq(HOTLINE_REPORT.ID),
                        HotlineConditions.overdueAt(f.from(), f.to(), at))));
        if (unitPath != null) {
            c = c.and(ScopeCondition.reportedIn(HOTLINE_REPORT.UNIT_ID, scope, unitPath));
        }
        return c.and(narrowed(f, null, false));
    }

    /** The filter's narrowing beside its queue: unit (when a path is given), category, state, received period, text. */
    private static Condition narrowed(HotlineFilter f, String unitPath, boolean receivedPeriod) {
        Condition c = DSL.trueCondition();
        if (unitPath != null) {
            c = c.and(ScopeCondition.unitUnder(HOTLINE_REPORT.UNIT_ID, unitPath)
                    .or(ScopeCondition.unitUnder(HOTLINE_REPORT.ASSIGNED_UNIT_ID, unitPath)));
        }
        if (f.category() != null) {
            c = c.and(HOTLINE_REPORT.CATEGORY.eq(f.category()));
        }
        if (f.state() != null) {
            c = c.and(HOTLINE_REPORT.STATE.eq(f.state()));
        }
        if (receivedPeriod) {
            c = c.and(HotlineConditions.receivedIn(f.from(), f.to()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip();
            c = c.and(HOTLINE_REPORT.CODE.eq(t).or(HOTLINE_REPORT.DESCRIPTION.containsIgnoreCase(t)));
        }
        return c;
    }

    /**
     * Other visible reports with the same phone or the same dossier received within {@code days} of
     * this one, either side.
     */
    public List<DuplicateHint> duplicates(UnitScope scope, long userId, long id, String phone, Long dossierId,
                                          LocalDateTime receivedAt, int days) {
        if (phone == null && dossierId == null) {
            return List.of();
        }
        // the reason named in SQL, read back as the enum by the field's own conversion
        Field<DuplicateHint.Reason> reason = DSL.when(phone == null ? DSL.falseCondition()
                        : HOTLINE_REPORT.REPORTER_PHONE.eq(phone), DSL.inline(DuplicateHint.Reason.SAME_PHONE.name()))
                .else_(DSL.inline(DuplicateHint.Reason.SAME_DOSSIER.name())).convertFrom(DuplicateHint.Reason::valueOf);
        Condition same = DSL.falseCondition();
        if (phone != null) {
            same = same.or(HOTLINE_REPORT.REPORTER_PHONE.eq(phone));
        }
        if (dossierId != null) {
            same = same.or(HOTLINE_REPORT.DOSSIER_ID.eq(dossierId));
        }
        return dsl.select(HOTLINE_REPORT.ID, HOTLINE_REPORT.CODE, HOTLINE_REPORT.RECEIVED_AT, HOTLINE_REPORT.STATE, reason)
                .from(HOTLINE_REPORT)
                .where(visibleTo(scope, userId), same, HOTLINE_REPORT.ID.ne(id),
                        HOTLINE_REPORT.RECEIVED_AT.between(receivedAt.minusDays(days), receivedAt.plusDays(days)))
                .orderBy(HOTLINE_REPORT.RECEIVED_AT.desc())
                .limit(20)
                .fetch(r -> new DuplicateHint(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Inspectors and inspection leaders of units in the scope. */
    public List<Assignee> assignees(UnitScope scope) {
        return dsl.selectDistinct(APP_USER.ID, APP_USER.FULL_NAME, ADMIN_UNIT.NAME)
                .from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .where(APP_USER_ROLE.ROLE.in(Permission.TAKE_HOTLINE_REPORTS.roles()),
                        APP_USER.ENABLED.isTrue(), ScopeCondition.within(ADMIN_UNIT.PATH, scope))
                .orderBy(APP_USER.FULL_NAME)
                .fetch(Records.mapping(Assignee::new));
    }

    /** A current unit in the scope: one a report may concern or be assigned to. */
    public Optional<UnitRef> currentUnit(UnitScope scope, long unitId) {
        return dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.NAME, ADMIN_UNIT.UNIT_LEVEL, ADMIN_UNIT.PATH).from(ADMIN_UNIT)
                .where(ADMIN_UNIT.ID.eq(unitId), ADMIN_UNIT.VALID_TO.isNull(), ScopeCondition.within(ADMIN_UNIT.PATH, scope))
                .fetchOptional(Records.mapping(UnitRef::new));
    }

    /** An officer of the unit or below it. */
    public Optional<String> officerName(long officerId, String unitPath) {
        return dsl.select(OFFICER.FULL_NAME).from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.eq(officerId), ScopeCondition.under(ADMIN_UNIT.PATH, unitPath))
                .fetchOptional(OFFICER.FULL_NAME);
    }

    /** A dossier by its code among those the caller may see. */
    public Optional<Long> dossierId(UnitScope scope, String code) {
        return dsl.select(DOSSIER.ID).from(DOSSIER)
                .where(DOSSIER.CODE.eq(code), ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, "/"))
                .fetchOptional(DOSSIER.ID);
    }

    /** The user the report names as the assignee, if they are an inspector in the scope. */
    public Optional<Assignee> assignee(UnitScope scope, long userId) {
        return assignees(scope).stream().filter(a -> a.userId() == userId).findFirst();
    }

    /** The user's unit, for a report assigned to an inspector without naming a unit. */
    public long unitOfUser(long userId) {
        return dsl.select(APP_USER.UNIT_ID).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.UNIT_ID);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(HOTLINE_REPORT.fields())
                .select(UNIT.field(ADMIN_UNIT.NAME).as("unit_name"), UNIT.field(ADMIN_UNIT.PATH).as("unit_path"),
                        OFFICER.FULL_NAME, OFFICER.USER_ID, DOSSIER.CODE,
                        ASSIGNED_UNIT.field(ADMIN_UNIT.NAME).as("assigned_unit_name"),
                        ASSIGNEE.field(APP_USER.FULL_NAME).as("assignee_name"),
                        ANSWERER.field(APP_USER.FULL_NAME).as("answerer_name"),
                        CONCLUDER.field(APP_USER.FULL_NAME).as("concluder_name"),
                        CREATOR.field(APP_USER.FULL_NAME).as("creator_name"),
                        UPDATER.field(APP_USER.FULL_NAME).as("updater_name"))
                .from(HOTLINE_REPORT)
                .join(UNIT).on(UNIT.field(ADMIN_UNIT.ID).eq(HOTLINE_REPORT.UNIT_ID))
                .leftJoin(OFFICER).on(OFFICER.ID.eq(HOTLINE_REPORT.OFFICER_ID))
                .leftJoin(DOSSIER).on(DOSSIER.ID.eq(HOTLINE_REPORT.DOSSIER_ID))
                .leftJoin(ASSIGNED_UNIT).on(ASSIGNED_UNIT.field(ADMIN_UNIT.ID).eq(HOTLINE_REPORT.ASSIGNED_UNIT_ID))
                .leftJoin(ASSIGNEE).on(ASSIGNEE.field(APP_USER.ID).eq(HOTLINE_REPORT.ASSIGNEE_ID))
                .leftJoin(ANSWERER).on(ANSWERER.field(APP_USER.ID).eq(HOTLINE_REPORT.ANSWERED_BY))
                .leftJoin(CONCLUDER).on(CONCLUDER.field(APP_USER.ID).eq(HOTLINE_REPORT.CONCLUDED_BY))
                .join(CREATOR).on(CREATOR.field(APP_USER.ID).eq(HOTLINE_REPORT.CREATED_BY))
                .join(UPDATER).on(UPDATER.field(APP_USER.ID).eq(HOTLINE_REPORT.UPDATED_BY));
    }

    private static ReportRow toRow(Record r) {
        var h = HOTLINE_REPORT;
        var reporter = new ReportRow.ReporterContact(r.get(h.ANONYMOUS), r.get(h.REPORTER_NAME),
                r.get(h.REPORTER_PHONE), r.get(h.REPORTER_EMAIL));
        var subject = new ReportRow.Subject(r.get(h.CATEGORY), r.get(h.UNIT_ID), r.get("unit_name", String.class),
                r.get("unit_path", String.class), r.get(h.OFFICER_ID), r.get(OFFICER.FULL_NAME), r.get(OFFICER.USER_ID),
                r.get(h.DOSSIER_ID), r.get(DOSSIER.CODE));
        var assignment = new HotlineAssignment(r.get(h.ASSIGNED_UNIT_ID), r.get("assigned_unit_name", String.class),
                r.get(h.ASSIGNEE_ID), r.get("assignee_name", String.class), r.get(h.ASSIGNED_AT));
        var answer = new HotlineAnswer(r.get(h.ANSWER_TEXT), r.get(h.ANSWER_CHANNEL), r.get(h.ANSWERED_AT),
                r.get("answerer_name", String.class), r.get(h.SATISFACTION));
        var conclusion = new LeaderConclusion(r.get(h.CONCLUSION), r.get(h.OFFICER_ACTION), r.get(h.CONCLUSION_NOTE),
                r.get("concluder_name", String.class), r.get(h.CONCLUDED_AT));
        return new ReportRow(r.get(h.ID), r.get(h.CODE), r.get(h.CHANNEL), r.get(h.RECEIVED_AT), reporter, subject,
                r.get(h.DESCRIPTION), r.get(h.STATE), r.get(h.ASSIGN_DUE_DATE), r.get(h.DUE_DATE), assignment, answer,
                conclusion, r.get(h.CLOSED_AT), r.get(h.REOPEN_COUNT), r.get("creator_name", String.class),
                r.get("updater_name", String.class), r.get(h.UPDATED_AT), r.get(h.VERSION));
    }
}
