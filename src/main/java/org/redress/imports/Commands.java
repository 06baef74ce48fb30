package org.redress.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code import cases FILE --authority CODE [--create-services]} and
 * {@code generate cases --authorities N --years Y --cases-per-year K --seed S --out FILE [--first-year F]}. Both
 * run without the web server; import uses the same {@code REDRESS_} and {@code SPRING_DATASOURCE_} settings as the
 * application. Exit code 0 on success (warnings, if any, on stderr), 1 when the file is refused (the problems on
 * stderr), 2 for wrong arguments.
 */
public final class Commands {

    static final String USAGE = """
            Usage:
              import cases FILE --authority CODE [--create-services]
              generate cases --authorities N --years Y --cases-per-year K --seed S --out FILE [--first-year F]""";

    private Commands() {
    }

    /** Whether the arguments ask for a command rather than the web application. */
    public static boolean handles(String[] args) {
        return args.length >= 2 && (args[0].equals("import") || args[0].equals("generate"))
                && args[1].equals("cases");
    }

    /** Runs the command the arguments name; returns the exit code. */
    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("--create-services")) {
                    options.put("create-services", "true");
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    options.put(args[i].substring(2), args[++i]);
                } else if (args[i].startsWith("--")) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                } else {
                    positional.add(args[i]);
                }
            }
            return args[0].equals("generate") ? generate(options, out)
                    : importCases(positional, options, application, out, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    // ---- generate ----------------------------------------------------------------------------------------------

    private static int generate(Map<String, String> options, PrintStream out) {
        int authorities = number(options, "authorities", "1");
        CaseGenerator.Volume volume = new CaseGenerator.Volume(number(options, "years", null),
                number(options, "first-year", "2015"), number(options, "cases-per-year", null),
                Long.parseLong(required(options, "seed")));
        if (volume.lastDay().isAfter(LocalDate.now())) {
            throw new IllegalArgumentException("The last year ends on " + volume.lastDay()
                    + ", after today; choose an earlier --first-year or fewer --years");
        }
        if (authorities < 1 || authorities > 1000) {
            throw new IllegalArgumentException("--authorities must be 1 to 1,000");
        }
        Path file = Path.of(required(options, "out"));
        for (int a = 1; a <= authorities; a++) {
            Path target = authorities == 1 ? file : numbered(file, a);
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
                CaseGenerator.Written written = CaseGenerator.write(writer, volume, a);
                out.printf("%s: %,d cases in %,d lines%n", target, written.cases(), written.lines());
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot write " + target + ": " + e.getMessage());
            }
        }
        return 0;
    }

    /** cases.csv becomes cases-01.csv, cases-02.csv, ... for several authorities. */
    static Path numbered(Path file, int authority) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = String.format("%s-%02d%s", dot < 0 ? name : name.substring(0, dot), authority,
                dot < 0 ? "" : name.substring(dot));
        return file.resolveSibling(numbered);
    }

    // ---- import ------------------------------------------------------------------------------------------------

    private static int importCases(List<String> positional, Map<String, String> options, Class<?> application,
            PrintStream out, PrintStream err) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("Give one FILE to import");
        }
        Path file = Path.of(positional.get(0));
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        String code = required(options, "authority");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn", "spring.main.lazy-initialization=false")
                .run()) {
            Authority authority = context.getBean(Authorities.class).findByCode(code.strip().toUpperCase())
                    .orElse(null);
            if (authority == null) {
                err.println("No council has the code " + code);
                return 1;
            }
            ProgressBar bar = new ProgressBar(out);
            long importStarted = System.currentTimeMillis();
            try {
                CaseImports.Summary summary = context.getBean(CaseImports.class).importFile(authority.id(), file,
                        options.containsKey("create-services"), "Command-line import", bar);
                bar.finish();
                // the import alone, from opening the file to the commit; the start of the JVM and the application
                // (a fixed cost, however large the file) is given apart
                double seconds = summary.took().toNanos() / 1e9;
                out.printf("Imported %,d cases (%,d stages) into %s in %.2f s (checked in %.2f s, written in %.2f s):"
                        + " %,.0f lines a second%n", summary.cases(), summary.stages(), authority.name(), seconds,
                        summary.checking().toNanos() / 1e9, summary.took().minus(summary.checking()).toNanos() / 1e9,
                        summary.lines() / Math.max(seconds, 1e-3));
                out.printf("The application started in %.2f s, before the import%n", startup(importStarted));
                if (summary.servicesCreated() > 0) {
                    out.printf("Created %,d services%n", summary.servicesCreated());
                }
                if (summary.warningCount() > 0) {
                    err.printf("Imported as recorded, with %,d warning(s):%n", summary.warningCount());
                    summary.warnings().forEach(w -> err.println("warning: " + w.describe()));
                    if (summary.moreWarnings() > 0) {
                        err.printf("... and %,d more%n", summary.moreWarnings());
                    }
                }
                return 0;
            } catch (ImportRejected e) {
                bar.finish();
                err.printf("Nothing was imported: %s has %,d problem(s)%n", file, e.total());
                e.problems().forEach(p -> err.println(p.describe()));
                if (e.moreProblems() > 0) {
                    err.printf("... and %,d more%n", e.moreProblems());
                }
                return 1;
            }
        }
    }

    /** Seconds from the start of the JVM to the given moment. */
    private static double startup(long moment) {
        return (moment - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int number(Map<String, String> options, String name, String fallback) {
        String value = options.getOrDefault(name, fallback);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not " + value);
        }
    }

    /** A one-line bar redrawn in place: phase, share of the file read, lines. */
    static final class ProgressBar implements ImportProgress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private boolean drawn;

        ProgressBar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void at(Phase phase, long lines, long bytes, long totalBytes) {
            int filled = totalBytes == 0 ? WIDTH : (int) Math.min(WIDTH, bytes * WIDTH / totalBytes);
            out.printf("\r%-9s [%s%s] %3d%% %,12d lines", phase.label(), "#".repeat(filled), " ".repeat(WIDTH - filled),
                    totalBytes == 0 ? 100 : bytes * 100 / totalBytes, lines);
            out.flush();
            drawn = true;
        }

        void finish() {
            if (drawn) {
                out.println();
                drawn = false;
            }
        }
    }
}
