package org.muejam.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, printed as a table and written as {"figures":[...]}. */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(Figure figure) {
        figures.add(figure);
        System.out.println("    " + row(figure));
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    String json() {
        try {
            return JSON.writeValueAsString(Map.of("figures", figures()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json() + "\n");
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-44s %-12s %12s %12s %7s %6s %9s %9s  %s%n",
                "figure",
                "unit",
                "value",
                "baseline",
                "ratio",
                "noise",
                "p50 ms",
                "p99 ms",
                "baseline is / note"));
        for (Figure figure : figures()) {
            out.append(row(figure)).append('\n');
        }
        return out.toString();
    }

    static String row(Figure f) {
        String note = f.baselineName() == null ? "" : f.baselineName();
        if (f.errors() != null && f.errors() > 0) {
            note += (note.isEmpty() ? "" : "; ") + f.errors() + " errors";
        }
        if (f.note() != null) {
            note += (note.isEmpty() ? "" : "; ") + f.note();
        }
        return String.format(
                Locale.ROOT,
                "%-44s %-12s %12s %12s %7s %6s %9s %9s  %s",
                f.name(),
                f.unit(),
                number(f.value()),
                number(f.baseline()),
                f.ratio() == null ? "-" : String.format(Locale.ROOT, "%.3f", f.ratio()),
                f.noise() == null ? "-" : String.format(Locale.ROOT, "±%.0f%%", f.noise() * 100),
                number(f.p50()),
                number(f.p99()),
                note);
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 1 ? "%.2f" : "%.4f", value);
    }
}
