package vn.camau.reform.dashboard.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.adminunit.UnitStructure;

/**
 * {@code GET /api/v1/indicators}: a unit's figures for a period and the same figures for each unit
 * below it. The shape is documented in the README ("API"); {@link #CONVENTIONS} travels with every
 * answer so that a figure never arrives without the formula that made it.
 */
@JsonPropertyOrder({"unit", "structure", "period", "asOf", "conventions", "total", "children"})
record IndicatorsResponse(UnitJson unit, UnitStructure structure, PeriodJson period, LocalDate asOf,
                          Map<String, String> conventions, Figures total, List<Child> children) {

    static final Map<String, String> CONVENTIONS = describeConventions();

    private static Map<String, String> describeConventions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("onTime", "Resolved convention, the usual one: (early + onTime) / resolved, over the dossiers "
                + "resolved in the period. Timing is judged by date: resolved before the due date is early, "
                + "on it on time, after it late.");
        c.put("onTimeStrict", "Strict convention, as some provinces publish it: 1 - (late + openOverdue) / "
                + "(received + carriedOver), i.e. dossiers resolved late in the period and dossiers still open "
                + "past their due date at asOf, over everything received in the period or carried over into it.");
        c.put("open", "open, openOnTrack, openDueSoon, openOverdue and openWaiting are counted at the end of "
                + "asOf: the period's last day, or today while the period runs. A due date is missed once its day "
                + "has ended: in a period that is over, a dossier due on its last day and still open at its end is "
                + "overdue (and owes an apology), never due soon; while a period runs, a dossier due today is still "
                + "due soon. Due soon: due within the configured number of working days (1 by default) after asOf. "
                + "openWaiting: waiting for the applicant's supplement (\"chờ bổ sung\"): the clock is stopped, so "
                + "such a dossier is neither due soon nor overdue and owes no apology until the supplement arrives "
                + "(under either supplement rule, PAUSE or RESTART). open = openOnTrack + openDueSoon + "
                + "openOverdue + openWaiting.");
        c.put("outcomes", "receivedPostal: received through the public postal service; returnedHome: resolved in "
                + "the period with the result returned at home; withdrawn and stopped: left the process in the "
                + "period without a result (withdrawn by the applicant, processing stopped); refused: refused at "
                + "reception in the period, never received, so in no other count.");
        c.put("apology", "Apology duty (Decree 61/2018): apologyRequired counts the dossiers whose due date fell in "
                + "the period (its last day included once the period is over; while it runs, before today: a "
                + "dossier due today can still be on time) and passed while they were unfinished, except those "
                + "waiting for the applicant at asOf; each owes the applicant a signed apology with a new "
                + "appointment date. apologyIssuedInTime: signed at least the lead time (1 working day by default, "
                + "the rule in force when it was signed) before that due date; apologyIssuedLate: signed after it "
                + "but by asOf; apologyMissing: no apology signed by asOf (none, or a draft still unsigned); "
                + "apologyUnpublished: signed but not published by asOf; secondMiss: signed, and the new "
                + "appointment date was missed too by asOf (finished after it, or still open once it passed). So a "
                + "period that is over keeps its figures. apologyCompliance = apologyIssuedInTime / apologyRequired. "
                + "Counted under the handling unit, like every other figure.");
        c.put("hotline", "Hotline reports (DOMAIN §7), counted under the unit a report concerns, at the end of asOf "
                + "like the open dossiers. A report is answered in rounds: the first from its reception, one more "
                + "each time a dissatisfied citizen has it reopened, each with its own answer date, so a reopening "
                + "never changes an earlier period. hotlineReceived: received in the period. hotlineDue: answer "
                + "rounds whose answer date fell in the period and had passed at asOf (its last day included once "
                + "the period is over; while it runs, a report due today can still be answered on time), or that "
                + "had been answered by then. hotlineAnsweredOnTime: of those, answered on or before the answer date "
                + "(by day). hotlineOverdue: rounds begun in the period (received or reopened) still unanswered at "
                + "asOf and past their answer date. hotlineFounded: received in the period and standing concluded "
                + "founded or partly founded at asOf. hotlineSatisfied, hotlineSatisfactionResponses: answers to "
                + "reports received in the period that the citizen said satisfied them, and that the citizen rated "
                + "satisfied or not, by asOf (no response left out). hotlineOnTime = hotlineAnsweredOnTime / "
                + "hotlineDue; hotlineSatisfaction = hotlineSatisfied / hotlineSatisfactionResponses. Counts only: "
                + "nothing identifies a reporter.");
        c.put("rates", "value = numerator / denominator, a number from 0 to 1; null when the denominator is 0 "
                + "(no data), never 0 or NaN.");
        c.put("units", "Dossiers count under the unit that handles them. In the CURRENT structure a former "
                + "unit's history (before 1 July 2025) counts under the unit it became part of. children add up "
                + "to total: every unit directly below (zeros when it has no data), plus any unit whose "
                + "dossiers count here when it has data; self=true marks the unit's own dossiers.");
        c.put("dates", "ISO dates; the period includes both from and to. Working days exclude weekends, "
                + "public holidays and days off, and include make-up Saturdays.");
        return Collections.unmodifiableMap(c);
    }

    /** The breakdown's order: current units first, then by level, the unit list's order and name. */
    private static final Comparator<ReportUnit> ORDER = Comparator.comparing(ReportUnit::isFormer)
            .thenComparing((ReportUnit u) -> u.level().name()).thenComparingInt(ReportUnit::sortOrder)
            .thenComparing(ReportUnit::name);

    static IndicatorsResponse of(UnitBreakdown breakdown, List<ReportUnit> directChildren, LocalDate asOf) {
        ReportUnit focus = breakdown.focus();
        Map<ReportUnit, Indicators> rows = new LinkedHashMap<>();
        for (UnitRow row : breakdown.rows()) {
            rows.put(row.unit(), row.indicators());
        }
        Set<Long> listed = new HashSet<>(rows.keySet().stream().map(ReportUnit::id).toList());
        for (ReportUnit child : directChildren) {
            if (listed.add(child.id())) {
                rows.put(child, Indicators.empty(asOf));
            }
        }
        List<Child> children = rows.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ORDER))
                .map(e -> new Child(UnitJson.of(e.getKey()), e.getKey().id() == focus.id(), Figures.of(e.getValue())))
                .toList();
        return new IndicatorsResponse(UnitJson.of(focus), breakdown.structure(),
                new PeriodJson(breakdown.period().from(), breakdown.period().to()), asOf, CONVENTIONS,
                Figures.of(breakdown.total()), children);
    }

    @JsonPropertyOrder({"code", "name", "level", "kind", "validTo"})
    record UnitJson(String code, String name, String level, String kind, LocalDate validTo) {

        static UnitJson of(ReportUnit unit) {
            return new UnitJson(unit.code(), unit.name(), unit.level().name(), unit.kindLabel(), unit.validTo());
        }
    }

    record PeriodJson(LocalDate from, LocalDate to) {
    }

    @JsonPropertyOrder({"unit", "self"})
    record Child(UnitJson unit, boolean self, @JsonUnwrapped Figures figures) {
    }

    /**
     * One row's figures, in sections that the JSON flattens ({@code @JsonUnwrapped}): the answer keeps one
     * flat object per row, in this order, as documented in the README.
     */
    record Figures(@JsonUnwrapped Resolution resolution, @JsonUnwrapped Open open, @JsonUnwrapped Service service,
                   @JsonUnwrapped Outcomes outcomes, long carriedOver, long lateWorkingDays,
                   @JsonUnwrapped Apology apology, @JsonUnwrapped Hotline hotline, Rates rates) {

        static Figures of(Indicators i) {
            ApologyCompliance a = i.apology();
            HotlineFigures h = i.hotline();
            return new Figures(
                    new Resolution(i.get(StatCounter.RECEIVED), i.get(StatCounter.RESOLVED),
                            i.get(StatCounter.RESOLVED_EARLY), i.get(StatCounter.RESOLVED_ON_TIME),
                            i.get(StatCounter.RESOLVED_LATE)),
                    new Open(i.openAtEnd(), i.openOnTrack(), i.openDueSoon(), i.openOverdue(), i.openWaiting()),
                    new Service(i.get(StatCounter.RECEIVED_ONLINE), i.get(StatCounter.RECEIVED_POSTAL),
                            i.get(StatCounter.WITH_FEE), i.get(StatCounter.PAID_ONLINE), i.get(StatCounter.DIGITISED),
                            i.get(StatCounter.RETURNED_HOME), i.get(StatCounter.RATED), i.get(StatCounter.SATISFIED)),
                    new Outcomes(i.get(StatCounter.WITHDRAWN), i.get(StatCounter.STOPPED), i.get(StatCounter.REFUSED)),
                    i.carriedOver(), i.get(StatCounter.LATE_DAYS),
                    new Apology(a.required(), a.issuedInTime(), a.issuedLate(), a.missing(), a.unpublished(),
                            a.secondMiss()),
                    new Hotline(h.received(), h.due(), h.answeredOnTime(), h.overdue(), h.founded(), h.satisfied(),
                            h.satisfactionResponses()),
                    Rates.of(i));
        }
    }

    /** Dossiers received and resolved in the period, by how they were resolved. */
    record Resolution(long received, long resolved, long early, long onTime, long late) {
    }

    /** Dossiers open at the period's end, by how they stand. */
    record Open(long open, long openOnTrack, long openDueSoon, long openOverdue, long openWaiting) {
    }

    /** How the service was given: channels, fees, digitisation, delivery, the applicants' ratings. */
    record Service(long online, long receivedPostal, long withFee, long paidOnline, long digitised,
                   long returnedHome, long rated, long satisfied) {
    }

    /** Dossiers that ended without a resolution. */
    record Outcomes(long withdrawn, long stopped, long refused) {
    }

    /** The duty to apologise for the dossiers that became late in the period. */
    record Apology(long apologyRequired, long apologyIssuedInTime, long apologyIssuedLate, long apologyMissing,
                   long apologyUnpublished, long secondMiss) {
    }

    /** The hotline reports about the unit. */
    record Hotline(long hotlineReceived, long hotlineDue, long hotlineAnsweredOnTime, long hotlineOverdue,
                   long hotlineFounded, long hotlineSatisfied, long hotlineSatisfactionResponses) {
    }

    @JsonPropertyOrder({"onTime", "onTimeStrict", "online", "onlinePayment", "digitisation", "satisfaction",
            "apologyCompliance", "hotlineOnTime", "hotlineSatisfaction"})
    record Rates(Rate onTime, Rate onTimeStrict, Rate online, Rate onlinePayment, Rate digitisation,
                 Rate satisfaction, Rate apologyCompliance, Rate hotlineOnTime, Rate hotlineSatisfaction) {

        static Rates of(Indicators i) {
            return new Rates(
                    Rate.of(i.ratio(IndicatorKind.ON_TIME), "(early + onTime) / resolved"),
                    Rate.of(i.ratio(IndicatorKind.ON_TIME_STRICT),
                            "1 - (late + openOverdue) / (received + carriedOver)"),
                    Rate.of(i.ratio(IndicatorKind.ONLINE), "online / received"),
                    Rate.of(i.ratio(IndicatorKind.ONLINE_PAYMENT), "paidOnline / withFee"),
                    Rate.of(i.ratio(IndicatorKind.DIGITISATION), "digitised / resolved"),
                    Rate.of(i.ratio(IndicatorKind.SATISFACTION), "satisfied / rated"),
                    Rate.of(i.ratio(IndicatorKind.APOLOGY), "apologyIssuedInTime / apologyRequired"),
                    Rate.of(i.ratio(IndicatorKind.HOTLINE_ON_TIME), "hotlineAnsweredOnTime / hotlineDue"),
                    Rate.of(i.ratio(IndicatorKind.HOTLINE_SATISFACTION),
                            "hotlineSatisfied / hotlineSatisfactionResponses"));
        }
    }

    /** @param value null when there is no data (denominator 0) */
    @JsonPropertyOrder({"value", "numerator", "denominator", "formula"})
    record Rate(Double value, long numerator, long denominator, String formula) {

        static Rate of(Ratio ratio, String formula) {
            return new Rate(ratio.value(), ratio.numerator(), ratio.denominator(), formula);
        }
    }
}
