package vn.camau.reform.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private final List<Integer> offsets = new ArrayList<>();

    private Stream<Integer> rows(int total, int pageSize) {
        return PagedRows.stream(pageSize, (offset, limit) -> {
            offsets.add(offset);
            return IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
        });
    }

    @Test
    void fetchesPageByPageUntilAShortPage() {
        assertThat(rows(2_501, 1_000).count()).isEqualTo(2_501);
        assertThat(offsets).containsExactly(0, 1_000, 2_000);
    }

    @Test
    void anExactMultipleEndsWithOneEmptyPage() {
        assertThat(rows(2_000, 1_000).toList()).hasSize(2_000).startsWith(0, 1).endsWith(1_999);
        assertThat(offsets).containsExactly(0, 1_000, 2_000);
    }

    @Test
    void fetchesNothingUntilRead() {
        Stream<Integer> rows = rows(10, 3);
        assertThat(offsets).isEmpty();
        assertThat(rows.limit(4).toList()).containsExactly(0, 1, 2, 3);
        assertThat(offsets).containsExactly(0, 3);
    }
}
