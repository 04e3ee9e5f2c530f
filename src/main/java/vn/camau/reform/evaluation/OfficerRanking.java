package vn.camau.reform.evaluation;

import vn.camau.reform.officer.OfficerInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks the officers of a unit: the higher on-time share first, then fewer dossiers made late at their
 * step, then fewer founded hotline reports. Equal on all three, they share a rank; the name only orders
 * the list. Officers with no resolved dossier have no share to compare and come last, marked "no data".
 */
final class OfficerRanking {

    private OfficerRanking() {
    }

    /** Better first: compares shares exactly (a/b against c/d as a·d against c·b), no rounding. */
    static final Comparator<OfficerEvidence> BETTER_FIRST = ((Comparator<OfficerEvidence>) (a, b) ->
            Long.compare(b.resolvedInTime() * a.resolved(), a.resolvedInTime() * b.resolved()))
            .thenComparingLong(OfficerEvidence::lateCaused)
            .thenComparingLong(OfficerEvidence::hotlineFounded);

    static List<OfficerStanding> rank(List<OfficerInfo> officers, Map<Long, OfficerEvidence> evidence) {
        OfficerEvidence none = new OfficerEvidence(0, 0, 0, 0, 0, 0, 0, 0);
        List<OfficerInfo> withData = new ArrayList<>();
        List<OfficerInfo> noData = new ArrayList<>();
        for (OfficerInfo o : officers) {
            (evidence.getOrDefault(o.id(), none).resolved() > 0 ? withData : noData).add(o);
        }
        Comparator<OfficerInfo> byName = Comparator.comparing(OfficerInfo::fullName)
                .thenComparingLong(OfficerInfo::id);
        withData.sort(Comparator.comparing((OfficerInfo o) -> evidence.get(o.id()), BETTER_FIRST).thenComparing(byName));
        noData.sort(byName);
        List<OfficerStanding> result = new ArrayList<>();
        OfficerEvidence previous = null;
        int rank = 0;
        for (int i = 0; i < withData.size(); i++) {
            OfficerEvidence e = evidence.get(withData.get(i).id());
            if (previous == null || BETTER_FIRST.compare(previous, e) != 0) {
                rank = i + 1;
            }
            previous = e;
            result.add(new OfficerStanding(withData.get(i), e, rank, false));
        }
        for (OfficerInfo o : noData) {
            result.add(new OfficerStanding(o, evidence.getOrDefault(o.id(), none), withData.size() + 1, true));
        }
        return result;
    }
}
