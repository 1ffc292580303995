package io.segmentstudio.engine.format.jsonlogic;

/** A JsonLogic rule that cannot be evaluated (an unknown operation, or what JavaScript would throw). */
public final class JsonLogicException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonLogicException(String message) {
        super(message);
    }
}
