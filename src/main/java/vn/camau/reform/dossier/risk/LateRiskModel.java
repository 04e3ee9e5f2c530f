package vn.camau.reform.dossier.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The late-risk model, kept simple enough to explain in one sentence: of the past dossiers of the
 * same procedure that were in the same step at least as long as this one has been, the share that
 * then needed more working days to be resolved than this one has left.
 *
 * <p>Each cell is a step of a procedure, for the officer holding it, the unit, or every unit; the most
 * particular cell with at least {@code minCases} cases speaks. With fewer cases everywhere there is no
 * figure, never a guessed one. Pure: the service feeds it samples and open dossiers; the backtest
 * feeds it the same from memory.
 */
public final class LateRiskModel {

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
            }
        }

        public LateRiskModel build() {
            List<RiskCell> cells = new ArrayList<>(acc.size());
            acc.forEach((k, a) -> cells.add(a.cell(k)));
            return new LateRiskModel(cells);
        }
    }

    /** The risk of the dossier standing at {@code open}; without a cell of {@code minCases}, no figure. */
    public LateRisk assess(OpenStep open, int minCases) {
        List<CellKey> candidates = new ArrayList<>(3);
        if (open.officerId() != null) {
            candidates.add(CellKey.officer(open.procedureId(), open.step(), open.unitId(), open.officerId()));
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
            if (c.cases() >= minCases) {
                return new LateRisk(probability(c, open.daysInStep(), open.daysLeft()), open.step(), k.basis(),
                        c.cases(), c.stepMedian(), open.daysInStep(), open.daysLeft());
            }
        }
        return new LateRisk(null, open.step(), null, most, null, open.daysInStep(), open.daysLeft());
    }

    /**
     * P(remaining &gt; inStep + left | remaining &ge; inStep): late means resolved after the due date,
     * which is {@code inStep + left} working days after entering the step. A dossier that has already
     * stayed longer than every past case is past all history: its risk is 1.
     */
    static double probability(RiskCell c, int inStep, int left) {
        int stillOpen = c.atLeast(inStep);
        if (stillOpen == 0) {
            return 1.0;
        }
        return (double) c.atLeast(inStep + Math.max(0, left) + 1) / stillOpen;
    }

    /** The counts of one cell while training: two histograms, nothing per case. */
    private static final class Acc {
        private final int[] remaining = new int[RiskCell.LONGEST + 1];
        private final int[] stepDays = new int[RiskCell.LONGEST + 1];
        private int n;

        void add(StepSample s) {
            remaining[clamp(s.remainingDays())]++;
            stepDays[clamp(s.stepDays())]++;
            n++;
        }

        private static int clamp(int days) {
            return Math.max(0, Math.min(days, RiskCell.LONGEST));
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
            int last = remaining.length - 1;
            while (last > 0 && remaining[last] == 0) {
                last--;
            }
            return new RiskCell(key, n, median, Arrays.copyOf(remaining, last + 1));
        }
    }
}
