package vn.camau.reform.dossier.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.camau.reform.hotline.Conclusion;

/**
 * The hotline figures still spell the founded conclusions as strings (dossier may not import the
 * hotline feature): they must be exactly the findings the hotline counts against an officer, or a
 * figure and the report's own page would disagree.
 */
class FoundedConclusionsTest {

    @Test
    void theFiguresCountExactlyTheFindingsTheHotlineCallsFounded() {
        assertThat(HotlineFiguresQuery.FOUNDED).containsExactlyInAnyOrderElementsOf(Conclusion.foundedNames());
        assertThat(Conclusion.foundedNames()).containsExactlyInAnyOrder("FOUNDED", "PARTLY_FOUNDED");
    }
}
