package io.segmentstudio.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Attaches the stylesheets from {@code styles/} to scenes and dialogs, layered as raw tokens → theme
 * (semantic colours) → base controls → components, and swaps the theme sheet when the theme changes.
 */
public final class ThemeManager {
    private static final String ROOT = "/io/segmentstudio/styles/";
    private static final List<String> COMPONENTS = List.of("nav-rail", "status-bar", "card", "chip", "empty-state",
            "fill-bar", "heat-map", "welcome", "charts", "builder", "catalog", "testprofiles", "versions", "priority", "audit");

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void attach(Scene scene) {
        follow(scene.getStylesheets(), scene.getProperties());
    }

    /** For dialog panes, which live in scenes of their own. */
    public void attach(Parent root) {
        follow(root.getStylesheets(), root.getProperties());
    }

    /** The stylesheet URLs for a theme, in cascade order. */
    public static List<String> stylesheets(Theme theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(url("tokens.css"));
        sheets.add(url(theme.stylesheet()));
        sheets.add(url("base.css"));
        COMPONENTS.forEach(component -> sheets.add(url("components/" + component + ".css")));
        return sheets;
    }

    private void follow(ObservableList<String> target, ObservableMap<Object, Object> owner) {
        target.setAll(stylesheets(theme.get()));
        ChangeListener<Theme> listener = (observable, old, now) -> target.setAll(stylesheets(now));
        // The weak listener lets closed dialogs be collected; the node's own properties keep it alive until then.
        owner.put(ThemeManager.class, listener);
        theme.addListener(new WeakChangeListener<>(listener));
    }

    private static String url(String name) {
        URL url = ThemeManager.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + ROOT + name);
        }
        return url.toExternalForm();
    }
}
