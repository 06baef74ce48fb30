package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Spring formats a message with MessageFormat only when it has arguments, so an apostrophe is written once in a
 * message without {0} and twice in one with: otherwise the page shows "council''s" or drops the apostrophe.
 */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void apostrophesAreWrittenTheWayEachMessageIsFormatted() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("#") || !line.contains("=")) {
                        continue;
                    }
                    String text = line.substring(line.indexOf('=') + 1);
                    boolean formatted = ARGUMENT.matcher(text).find();
                    if (formatted ? LONE_APOSTROPHE.matcher(text).find() : text.contains("''")) {
                        wrong.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(wrong).as("messages whose apostrophes will show wrongly").isEmpty();
    }
}
