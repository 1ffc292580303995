package io.segmentstudio.ingest.sample;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import java.util.List;
import java.util.function.Function;

/**
 * The attributes and event properties of the retail demo, each next to the function that gives its
 * value, so column order and values cannot drift apart.
 */
final class RetailCatalog {
    static final String SOURCE = "sample:retail-demo";

    /** What one profile row is made of. */
    record ProfileRow(Customer customer, String email, ProfileFacts facts) {
    }

    private record Column<T>(Attribute attribute, Function<T, Object> value) {
    }

    private static final List<Column<ProfileRow>> PROFILE = List.of(
            pii("first_name", "Given name", r -> r.customer().firstName()),
            pii("last_name", "Family name", r -> r.customer().lastName()),
            pii("email", "Email address; synthetic, on reserved .example domains that never receive mail",
                    ProfileRow::email),
            profile("country", AttributeType.STRING, "Country, ISO 3166-1 alpha-2 code", r -> r.customer().country()),
            profile("city", AttributeType.STRING, "City of the delivery address", r -> r.customer().city()),
            profile("age", AttributeType.INTEGER, "Age in years; missing when the customer did not give it",
                    r -> r.customer().age()),
            profile("signup_date", AttributeType.DATE, "Day the customer created their account",
                    r -> r.customer().signupDate()),
            profile("orders", AttributeType.INTEGER, "Number of purchases", r -> r.facts().orders()),
            profile("total_revenue", AttributeType.DECIMAL, "Sum of all purchase amounts",
                    r -> r.facts().totalRevenue()),
            profile("average_order_value", AttributeType.DECIMAL,
                    "Total revenue divided by orders, to the cent; missing without purchases",
                    r -> r.facts().averageOrderValue()),
            profile("last_purchase_date", AttributeType.DATE,
                    "Day of the latest purchase in the workspace time zone; missing without purchases",
                    r -> r.facts().lastPurchaseDate()),
            profile("email_open_rate", AttributeType.DECIMAL,
                    "Campaign emails opened per email sent, 0 to 1; missing when none was sent",
                    r -> r.facts().emailOpenRate()),
            profile("email_click_rate", AttributeType.DECIMAL,
                    "Campaign emails clicked per email sent, 0 to 1; missing when none was sent",
                    r -> r.facts().emailClickRate()),
            profile("email_consent", AttributeType.BOOLEAN, "Agreed to receive marketing email",
                    r -> r.customer().emailConsent()),
            profile("sms_consent", AttributeType.BOOLEAN, "Agreed to receive marketing text messages",
                    r -> r.customer().smsConsent()),
            profile("loyalty_tier", AttributeType.STRING, "bronze, silver, gold or platinum, by total revenue",
                    r -> r.facts().loyaltyTier()),
            profile("interests", AttributeType.STRING_LIST, "Product categories the customer follows",
                    r -> r.customer().interests()));

    private static final List<Column<SampleEvent>> EVENT = List.of(
            event("amount", AttributeType.DECIMAL, "Order value of a purchase", SampleEvent::amount),
            event("currency", AttributeType.STRING, "ISO 4217 currency of the amount", SampleEvent::currency),
            event("product_category", AttributeType.STRING, "Category of the viewed page, cart line or purchase",
                    SampleEvent::category),
            event("items", AttributeType.INTEGER, "Items added to the cart or bought", SampleEvent::items),
            event("campaign_id", AttributeType.STRING, "Campaign of a sent, opened or clicked email",
                    SampleEvent::campaignId));

    private RetailCatalog() {
    }

    static List<Attribute> profileAttributes() {
        return PROFILE.stream().map(Column::attribute).toList();
    }

    static List<Attribute> eventProperties() {
        return EVENT.stream().map(Column::attribute).toList();
    }

    /** Values in {@link #profileAttributes()} order. */
    static Object[] profileValues(ProfileRow row) {
        return values(PROFILE, row);
    }

    /** Values in {@link #eventProperties()} order. */
    static Object[] eventValues(SampleEvent event) {
        return values(EVENT, event);
    }

    private static <T> Object[] values(List<Column<T>> columns, T source) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(source);
        }
        return values;
    }

    private static Column<ProfileRow> pii(String name, String description, Function<ProfileRow, Object> value) {
        return new Column<>(new Attribute(name, AttributeType.STRING, description, SOURCE, true), value);
    }

    private static Column<ProfileRow> profile(String name, AttributeType type, String description,
                                              Function<ProfileRow, Object> value) {
        return new Column<>(new Attribute(name, type, description, SOURCE, false), value);
    }

    private static Column<SampleEvent> event(String name, AttributeType type, String description,
                                             Function<SampleEvent, Object> value) {
        return new Column<>(new Attribute(name, type, description, SOURCE, false), value);
    }
}
