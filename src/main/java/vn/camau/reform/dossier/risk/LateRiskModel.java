package vn.camau.reform.dossier.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The late-risk model, kept simple enough to explain in one sentence: of the mornings when past dossiers
 * of the same procedure were in the same step with as many working days left as this one has, the share
 * whose dossier ended late.
 *
 * <p>Each cell is a step of a procedure, for the officer holding it, the unit, or every unit, or the step
 * of the officer over every procedure they handle (a slow officer shows there long before their cases of
 * one procedure are enough); the most particular cell with at least {@code minCases} past dossiers speaks,
 * in the order officer for the procedure, officer for every procedure, unit, every unit. When its mornings with exactly
 * these days left are fewer than {@code minCases}, the neighbouring days-left (±1, ±2) are pooled; still
 * fewer, or no cell with enough dossiers: no figure, never a guessed one. Pure: the service feeds it
 * samples and open dossiers; the backtest feeds it the same from memory.
 */
public final class LateRiskModel {

    /** How far the days left may be widened (±) to find enough mornings. */
    static final int WIDEN = 2;

    private final Map<CellKey, RiskCell> cells;

    public LateRiskModel(Collection<RiskCell> cells) {
        Map<CellKey, RiskCell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        this.cells = byKey;
    }

    public Collection<RiskCell> cells() {
        return cells.values();
    }

    /** Learns every cell (officer, unit, all units) from the samples given: the caller chose the window. */
    public static LateRiskModel train(Collection<StepSample> samples) {
        Trainer t = new Trainer();
        samples.forEach(t::add);
        return t.build();
    }

    /** Learns sample by sample, so that a year of a province's events streams through without being held. */
    public static final class Trainer {
        private final Map<CellKey, Acc> acc = new HashMap<>();

        public void add(StepSample s) {
            acc.computeIfAbsent(CellKey.all(s.procedureId(), s.step()), k -> new Acc()).add(s);
            acc.computeIfAbsent(CellKey.unit(s.procedureId(), s.step(), s.unitId()), k -> new Acc()).add(s);
            if (s.officerId() != null) {
                acc.computeIfAbsent(CellKey.officer(s.procedureId(), s.step(), s.unitId(), s.officerId()),
                        k -> new Acc()).add(s);
                acc.computeIfAbsent(CellKey.person(s.step(), s.unitId(), s.officerId()), k -> new Acc()).add(s);
            }
        }

        public LateRiskModel build() {
            List<RiskCell> cells = new ArrayList<>(acc.size());
            acc.forEach((k, a) -> cells.add(a.cell(k)));
            return new LateRiskModel(cells);
        }
    }

    /** The risk of the dossier standing at {@code open}; without enough history, no figure. */
    public LateRisk assess(OpenStep open, int minCases) {
        List<CellKey> candidates = new ArrayList<>(4);
        if (open.officerId() != null) {
            candidates.add(CellKey.officer(open.procedureId(), open.step(), open.unitId(), open.officerId()));
            candidates.add(CellKey.person(open.step(), open.unitId(), open.officerId()));
        }
        candidates.add(CellKey.unit(open.procedureId(), open.step(), open.unitId()));
        candidates.add(CellKey.all(open.procedureId(), open.step()));
        int most = 0;
        for (CellKey k : candidates) {
            RiskCell c = cells.get(k);
            if (c == null) {
                continue;
            }
            most = Math.max(most, c.cases());
            if (c.cases() < minCases) {
                continue;
            }
            Double p = probability(c, open.daysLeft(), minCases);
            if (p != null) {
                return new LateRisk(p, open.step(), k.basis(), c.cases(), c.stepMedian(), open.daysInStep(),
                        open.daysLeft());
            }
        }
        return new LateRisk(null, open.step(), null, most, null, open.daysInStep(), open.daysLeft());
    }

    /**
     * The late share of the cell's mornings with {@code left} days left, widened to ±1, ±2 days left
     * until there are {@code minCases} mornings; null when even ±2 has fewer.
     */
    static Double probability(RiskCell c, int left, int minCases) {
        int mornings = 0;
        int late = 0;
        for (int w = 0; w <= WIDEN; w++) {
            if (w == 0) {
                mornings = c.morningsAt(left);
                late = c.lateMorningsAt(left);
            } else {
                for (int l : new int[] {left - w, left + w}) {
                    if (l >= 0 && l <= RiskCell.LONGEST) {
                        mornings += c.morningsAt(l);
                        late += c.lateMorningsAt(l);
                    }
                }
            }
            if (mornings >= minCases) {
                return (double) late / mornings;
            }
        }
        return null;
    }

    /** The counts of one cell while training: histograms, nothing per case. */
    private static final class Acc {
        private final int[] mornings = new int[RiskCell.LONGEST + 1];
        private final int[] late = new int[RiskCell.LONGEST + 1];
        private final int[] stepDays = new int[RiskCell.LONGEST + 1];
        private int n;

        void add(StepSample s) {
            stepDays[RiskCell.bucket(s.stepDays())]++;
            n++;
            // the k-th working morning after the step began, still in it: L = left at start − k
            for (int k = 1; k <= s.stepDays(); k++) {
                int left = s.daysLeftAtStart() - k;
                if (left < 0) {
                    break; // overdue mornings: the warning is about dossiers not yet late
                }
                int b = RiskCell.bucket(left);
                mornings[b]++;
                if (s.late()) {
                    late[b]++;
                }
            }
        }

        RiskCell cell(CellKey key) {
            // the lower median: "usually takes 4 days" should be a day some case really took
            int rank = (n - 1) / 2;
            int median = 0;
            for (int seen = 0; median < stepDays.length; median++) {
                seen += stepDays[median];
                if (seen > rank) {
                    break;
                }
            }
            return new RiskCell(key, n, median, trim(mornings), trim(late));
        }

        private static int[] trim(int[] counts) {
            int last = counts.length - 1;
            while (last > 0 && counts[last] == 0) {
                last--;
            }
            return Arrays.copyOf(counts, last + 1);
        }
    }
}
