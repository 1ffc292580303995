package io.segmentstudio.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a TestFX flow until the screen shows something. Lookups run on the test thread while the
 * page may be redrawing: a lookup caught mid-redraw fails and is simply tried again at the next poll. On
 * a timeout the error lists the labels on screen, which usually says what went wrong.
 */
public final class ScreenWait {
    private static final int TIMEOUT_SECONDS = 60;
    private final FxRobot robot;
    private final String where;
    private final Supplier<String> more;

    /** @param where the page or pane, for the message ("the catalog") */
    public ScreenWait(FxRobot robot, String where) {
        this(robot, where, () -> "");
    }

    /** @param more what else to tell on a timeout, such as the errors reported */
    public ScreenWait(FxRobot robot, String where, Supplier<String> more) {
        this.robot = robot;
        this.where = where;
        this.more = more;
    }

    public void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException midRedraw) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting in " + where + "; it shows: " + String.join(" | ",
                    robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                            .filter(text -> text != null && !text.isBlank()).limit(40).toList()) + more.get(), e);
        }
    }
}
