package vn.camau.reform.base.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Rows fetched a page at a time, the way a lazy grid loads them, so that an export of 200,000
 * dossiers reuses the service's paged query (with its unit scope and transaction per call) and never
 * holds more than one page.
 */
public final class PagedRows {

    /** Fetches rows {@code offset .. offset + limit - 1}; a page shorter than {@code limit} is the last. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        List<T> fetch(int offset, int limit);
    }

    private PagedRows() {
    }

    public static <T> Stream<T> stream(int pageSize, PageFetcher<T> fetcher) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        Iterator<T> rows = new Iterator<>() {
            private List<T> page = List.of();
            private int index;
            private int offset;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = fetcher.fetch(offset, pageSize);
                index = 0;
                offset += page.size();
                last = page.size() < pageSize;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    }
}
