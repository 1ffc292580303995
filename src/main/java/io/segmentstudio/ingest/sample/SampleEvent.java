package io.segmentstudio.ingest.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * One generated event. Fields that do not apply to the type are null; each field has a typed event
 * property column in the workspace.
 *
 * @param page       path of a viewed page
 * @param category   product category of a viewed page, cart line or purchase
 * @param items      items added to the cart or bought
 * @param amount     order value of a purchase, 2 decimals
 * @param currency   currency of the amount
 * @param orderId    purchase number, unique in the workspace
 * @param campaignId email campaign of an email event
 */
record SampleEvent(Type type, Instant at, String page, String category, Integer items, BigDecimal amount,
                   String currency, String orderId, String campaignId) {

    enum Type {
        PAGE_VIEW, CART_ADD, PURCHASE, EMAIL_SENT, EMAIL_OPENED, EMAIL_CLICKED;

        /** The event_type stored in the workspace: "page_view". */
        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static SampleEvent pageView(Instant at, String page, String category) {
        return new SampleEvent(Type.PAGE_VIEW, at, page, category, null, null, null, null, null);
    }

    static SampleEvent cartAdd(Instant at, String category, int items) {
        return new SampleEvent(Type.CART_ADD, at, null, category, items, null, null, null, null);
    }

    /** A purchase; its order id is given once the customer's events are in time order. */
    static SampleEvent purchase(Instant at, String category, int items, BigDecimal amount, String currency) {
        return new SampleEvent(Type.PURCHASE, at, null, category, items, amount, currency, null, null);
    }

    static SampleEvent email(Type type, Instant at, String campaignId) {
        return new SampleEvent(type, at, null, null, null, null, null, null, campaignId);
    }

    SampleEvent withOrderId(String id) {
        return new SampleEvent(type, at, page, category, items, amount, currency, id, campaignId);
    }
}
