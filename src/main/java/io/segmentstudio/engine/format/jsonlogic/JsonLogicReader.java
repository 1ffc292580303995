package io.segmentstudio.engine.format.jsonlogic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.domain.rule.Condition;
import io.segmentstudio.domain.rule.Group;
import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.format.ImportedRule;
import io.segmentstudio.engine.format.RuleFormatException;
import io.segmentstudio.engine.format.RuleReader;
import java.util.List;

/**
 * Imports a JsonLogic rule into a condition tree typed by the catalog; the mapping, its warnings and
 * what it refuses are in src/site/markdown/interchange-jsonlogic.md. Node ids are generated in
 * document order ("n1", "n2", …): JsonLogic has no place for them.
 */
public final class JsonLogicReader implements RuleReader {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsValues.NODES);

    public JsonLogicReader() {
        // The CLI and dialogs create readers by format name.
    }

    @Override
    public ImportedRule read(String text, RuleSchema schema) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RuleFormatException(JsonPath.ROOT, "not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new RuleFormatException(JsonPath.ROOT, "empty document");
        }
        ReadContext context = new ReadContext(schema);
        Condition rule;
        if (root.isBoolean() && root.booleanValue()) {
            // true matches everyone, as a rule without conditions does.
            rule = Group.and(context.nextId(), List.of());
        } else if (Shapes.isVar(root)) {
            rule = new PresenceReader(context).truthy(root, JsonPath.ROOT);
        } else {
            rule = new ConditionReader(context).condition(root, JsonPath.ROOT);
        }
        return new ImportedRule(rule, context.warnings());
    }
}
