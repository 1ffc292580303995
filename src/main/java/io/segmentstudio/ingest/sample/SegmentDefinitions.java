package io.segmentstudio.ingest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's segments: native rule JSON files listed in {@code segments/index.json} (a folder inside a
 * jar cannot be listed), in the order they are created, so a referenced segment comes first.
 */
final class SegmentDefinitions {
    private static final String FOLDER = "/io/segmentstudio/samples/retail-demo/segments/";
    private static final String FORMAT = "segment-studio.segment";
    private static final int FORMAT_VERSION = 1;

    private SegmentDefinitions() {
    }

    /** Each file as a new segment whose definition is the whole file text. */
    static List<NewSegment> load() {
        ObjectMapper mapper = new ObjectMapper();
        List<NewSegment> segments = new ArrayList<>();
        for (JsonNode file : parse(mapper, "index.json", read("index.json")).path("segments")) {
            String text = read(file.asText());
            JsonNode definition = parse(mapper, file.asText(), text);
            if (!FORMAT.equals(definition.path("format").asText())
                    || definition.path("formatVersion").asInt() != FORMAT_VERSION) {
                throw new IllegalStateException(FOLDER + file.asText() + " is not a " + FORMAT + " version "
                        + FORMAT_VERSION + " file");
            }
            List<String> tags = new ArrayList<>();
            definition.path("tags").forEach(tag -> tags.add(tag.asText()));
            segments.add(new NewSegment(definition.path("name").asText(), definition.path("description").asText(),
                    definition.path("folder").asText(), tags, text));
        }
        if (segments.isEmpty()) {
            throw new IllegalStateException(FOLDER + "index.json lists no segments");
        }
        return List.copyOf(segments);
    }

    private static String read(String file) {
        try (InputStream in = SegmentDefinitions.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FOLDER + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(ObjectMapper mapper, String file, String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(FOLDER + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }
}
