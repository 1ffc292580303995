package io.segmentstudio.ingest.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The whole payload of an event as a JSON object: its non-null fields, in a fixed order. */
final class EventPayloads {
    private final JsonFactory json = new JsonFactory();

    String json(SampleEvent event) {
        StringWriter out = new StringWriter(96);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            if (event.page() != null) {
                g.writeStringField("page", event.page());
            }
            if (event.category() != null) {
                g.writeStringField("product_category", event.category());
            }
            if (event.items() != null) {
                g.writeNumberField("items", event.items());
            }
            if (event.amount() != null) {
                g.writeNumberField("amount", event.amount());
            }
            if (event.currency() != null) {
                g.writeStringField("currency", event.currency());
            }
            if (event.orderId() != null) {
                g.writeStringField("order_id", event.orderId());
            }
            if (event.campaignId() != null) {
                g.writeStringField("campaign_id", event.campaignId());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
