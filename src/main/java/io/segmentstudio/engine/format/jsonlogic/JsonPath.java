package io.segmentstudio.engine.format.jsonlogic;

import java.util.regex.Pattern;

/** JSON paths of nodes in a JsonLogic document, for warnings and errors: {@code $.and[1]["<"]}. */
final class JsonPath {
    static final String ROOT = "$";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    /** The path of a key: {@code .and} for identifiers, {@code ["<"]} for anything else. */
    static String key(String base, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return base + "." + key;
        }
        return base + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String base, int index) {
        return base + "[" + index + "]";
    }
}
