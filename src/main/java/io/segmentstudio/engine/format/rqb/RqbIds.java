package io.segmentstudio.engine.format.rqb;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentstudio.engine.format.RuleFormatException;
import java.util.HashSet;
import java.util.Set;

/**
 * Node ids while reading: rqb's own ids are kept, so that a round trip through rqb keeps every node's
 * identity; nodes without one get {@code n1, n2, …}, skipping every id the document uses anywhere.
 */
final class RqbIds {
    private final Set<String> inDocument;
    private final Set<String> used = new HashSet<>();
    private int generated;

    private RqbIds(Set<String> inDocument) {
        this.inDocument = inDocument;
    }

    /** All ids the document gives, collected first so that no generated id takes one of them. */
    static RqbIds given(JsonNode root) {
        Set<String> ids = new HashSet<>();
        collect(root, ids);
        return new RqbIds(ids);
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            RqbReader.id(node).ifPresent(ids::add);
            node.path("rules").forEach(child -> collect(child, ids));
        }
    }

    /** The node's own id, or a generated one. */
    String of(JsonNode node, String path) {
        String id = RqbReader.id(node).orElse(null);
        if (id == null) {
            return generate();
        }
        if (!used.add(id)) {
            throw new RuleFormatException(path + ".id", "id '" + id + "' is used twice");
        }
        return id;
    }

    String generate() {
        String id;
        do {
            id = "n" + ++generated;
        } while (inDocument.contains(id) || used.contains(id));
        used.add(id);
        return id;
    }
}
