package vn.camau.reform.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * Something wrong with a file as a whole (its type, its size, its headers), as a translation key and
 * its arguments: nothing of such a file is read further, and nothing is imported.
 */
public record ImportProblem(String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String messageKey, Object... args) {
        return new ImportProblem(messageKey, Arrays.stream(args).map(String::valueOf).toList());
    }
}
