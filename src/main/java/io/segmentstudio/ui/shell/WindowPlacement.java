package io.segmentstudio.ui.shell;

import io.segmentstudio.app.Settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's normal (not maximized) bounds and puts it back there, but only where a screen
 * can show its title bar: a monitor that was unplugged must not leave the window off-screen.
 */
final class WindowPlacement {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private static final double MIN_VISIBLE = 80;

    private final Stage stage;
    private Rectangle2D normal;

    WindowPlacement(Stage stage) {
        this.stage = stage;
    }

    void restore(WindowBounds saved) {
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        if (saved != null && onSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        stage.xProperty().addListener(observable -> remember());
        stage.yProperty().addListener(observable -> remember());
        stage.widthProperty().addListener(observable -> remember());
        stage.heightProperty().addListener(observable -> remember());
    }

    /** The bounds to save: the last normal ones, with whether the window is maximized. */
    WindowBounds current() {
        return new WindowBounds(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                stage.isMaximized());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        if (bounds.width() < 200 || bounds.height() < 150) {
            return false;
        }
        // the title bar strip must be reachable with the mouse
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), 32);
        return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(screen -> {
            double width = Math.min(screen.getMaxX(), titleBar.getMaxX()) - Math.max(screen.getMinX(), titleBar.getMinX());
            double height = Math.min(screen.getMaxY(), titleBar.getMaxY()) - Math.max(screen.getMinY(), titleBar.getMinY());
            return width >= MIN_VISIBLE && height >= 16;
        });
    }
}
