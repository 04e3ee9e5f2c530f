package vn.camau.reform.demo.generator;

import java.time.LocalDate;
import java.util.Map;

/**
 * The figures the demo data is calibrated to: Cà Mau's published 2023 results (DOMAIN §5). Rates are
 * probabilities per dossier, so a generated sample lands near them, closer the larger it is.
 */
public final class Calibration {

    private Calibration() {
    }

    /** The day the demo history starts. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    /** The first day of the two-level government: communes take over the districts' work. */
    public static final LocalDate TWO_LEVELS_FROM = LocalDate.of(2025, 7, 1);

    /** Dossiers per level in 2023: province 70,515; district 102,471; commune 133,502. */
    public static final Map<String, Double> LEVEL_VOLUME = Map.of(
            "PROVINCE", 70_515.0, "DISTRICT", 102_471.0, "COMMUNE", 133_502.0);

    /** Share of resolved dossiers that are late: 1 in 70,516 (shown as 99.99%), 118 of 102,589, 82 of 133,584. */
    public static final Map<String, Double> LATE = Map.of(
            "PROVINCE", 0.0001, "DISTRICT", 0.0011, "COMMUNE", 0.0006);

    /** Of the dossiers not late that could be resolved before their due date, those that are. */
    public static final double EARLY_WHEN_POSSIBLE = 0.68;

    /** Received online: 82.81% of all dossiers. */
    public static final double ONLINE = 0.8281;
    /** Of the dossiers not received online, those sent by the public postal service. */
    public static final double POSTAL_OF_OFFLINE = 0.06;

    /** Paid online: 75.42% of the dossiers with a fee. */
    public static final double PAID_ONLINE = 0.7542;
    /** How much likelier an online applicant pays online than one at the desk. */
    public static final double PAID_ONLINE_WHEN_ONLINE = 0.86;

    /** Digitised ÷ resolved: 78.07% province, 76.84% district, 69.29% commune. */
    public static final Map<String, Double> DIGITISED = Map.of(
            "PROVINCE", 0.7807, "DISTRICT", 0.7684, "COMMUNE", 0.6929);

    /** Share of returned dossiers whose applicant rated the service. */
    public static final double RATED = 0.38;
    /** Of the rated: very satisfied, satisfied (together 92.05%), the rest dissatisfied. */
    public static final double VERY_SATISFIED = 0.58;
    public static final double SATISFIED = 0.3405;

    /** Results delivered at home (Ward 1 of Cà Mau city: about 700 of 2,000 a year). */
    public static final Map<String, Double> RETURNED_HOME = Map.of(
            "PROVINCE", 0.04, "DISTRICT", 0.07, "COMMUNE", 0.12);

    public static final double REFUSED_AT_RECEPTION = 0.004;
    public static final double WITHDRAWN = 0.003;
    public static final double STOPPED = 0.001;
    /** Dossiers for which the officer asked the applicant for a missing document (clock paused). */
    public static final double SUPPLEMENT_REQUESTED = 0.03;
}
