package io.segmentstudio.workspace;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Small workspaces and native rule JSON for the segment catalog tests. */
final class Rules {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Rules() {
    }

    /** An empty workspace with the attributes country (string) and aov (decimal). */
    static Workspace shop(Path dir) {
        Workspace workspace = Workspace.create(dir.resolve("catalog"), ZONE);
        workspace.attributes().add(new Attribute("country", AttributeType.STRING, "", "test", false));
        workspace.attributes().add(new Attribute("aov", AttributeType.DECIMAL, "", "test", false));
        return workspace;
    }

    /** {@code aov > value} with node ids root and n1. */
    static String aovAbove(int value) {
        return """
                {"rule":{"type":"group","id":"root","combinator":"and","children":[
                  {"type":"predicate","id":"n1","attribute":"aov","operator":"greater_than","value":%d}]}}
                """.formatted(value);
    }

    /** Members of another segment and from a country. */
    static String memberOf(String segment, String country) {
        return """
                {"rule":{"type":"group","id":"root","combinator":"and","children":[
                  {"type":"segment","id":"ref","segment":"%s","member":true},
                  {"type":"predicate","id":"c","attribute":"country","operator":"equals","value":"%s"}]}}
                """.formatted(segment, country);
    }

    static NewSegment segment(String name, String definition) {
        return new NewSegment(name, "", "", List.of(), definition);
    }
}
