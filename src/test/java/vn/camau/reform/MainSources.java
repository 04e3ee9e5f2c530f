package vn.camau.reform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The main Java sources as the source-scanning tests read them: path below src/main/java → text. */
final class MainSources {

    static final Path MAIN = Path.of("src/main/java");

    private MainSources() {
    }

    /** Every main source file, keyed by its path with '/' separators ("vn/camau/reform/…/X.java"). */
    static Map<String, String> all() {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            walk.filter(p -> p.toString().endsWith(".java"))
                    .forEach(p -> sources.put(MAIN.relativize(p).toString().replace('\\', '/'), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
