package io.segmentstudio.ingest.csv;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a completed import did.
 *
 * @param importId          the import run; its rejected rows are in {@code ImportLog.rejections(importId)}
 * @param rowsRead          data records read (the header and empty lines are not counted)
 * @param imported          profiles inserted or updated
 * @param rejected          rows rejected, each stored with its row number, column and reason
 * @param attributesAdded   attributes this import added to the catalog, in column order
 * @param inferredTypes     attribute name → the type its cells fit, for every imported column in column
 *                          order; an attribute already in the catalog keeps its own type regardless
 * @param duration          wall time of both passes
 */
public record CsvImportResult(long importId, long rowsRead, long imported, long rejected,
                              List<Attribute> attributesAdded, Map<String, AttributeType> inferredTypes,
                              Duration duration) {
    public CsvImportResult {
        attributesAdded = List.copyOf(attributesAdded);
        inferredTypes = Collections.unmodifiableMap(new LinkedHashMap<>(inferredTypes));
    }
}
