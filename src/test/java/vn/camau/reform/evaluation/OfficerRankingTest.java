package vn.camau.reform.evaluation;

import vn.camau.reform.officer.OfficerInfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ranking rule alone: exact shares, the two tie-breakers, shared ranks, no data last. */
class OfficerRankingTest {

    private static OfficerInfo officer(long id, String name) {
        return new OfficerInfo(id, "CB" + id, name, 1, "Đơn vị", "Chuyên viên", false);
    }

    private static OfficerEvidence figures(long resolved, long inTime, long late, long founded) {
        return new OfficerEvidence(resolved, inTime, late, 0, founded, founded, 0, 0);
    }

    @Test
    void sharesCompareExactlyAndTiesShareARank() {
        // 2/3 and 4/6 are the same share; 99/100 beats 2/3 whatever the counts
        List<OfficerStanding> ranked = OfficerRanking.rank(
                List.of(officer(1, "An"), officer(2, "Bình"), officer(3, "Cường"), officer(4, "Dung"), officer(5, "Em")),
                Map.of(1L, figures(3, 2, 0, 0), 2L, figures(6, 4, 0, 0), 3L, figures(100, 99, 5, 3),
                        4L, figures(6, 4, 0, 1)));
        assertThat(ranked).extracting(s -> s.officer().id()).containsExactly(3L, 1L, 2L, 4L, 5L);
        assertThat(ranked).extracting(OfficerStanding::rank).containsExactly(1, 2, 2, 4, 5);
        assertThat(ranked.getLast().noData()).isTrue();
        assertThat(ranked.getLast().evidence().resolved()).isZero();
    }

    @Test
    void fewerLateCausedComesBeforeFewerFoundedReports() {
        List<OfficerStanding> ranked = OfficerRanking.rank(List.of(officer(1, "An"), officer(2, "Bình")),
                Map.of(1L, figures(10, 10, 1, 0), 2L, figures(10, 10, 0, 4)));
        assertThat(ranked).extracting(s -> s.officer().id()).containsExactly(2L, 1L);
    }
}
