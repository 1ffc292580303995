package io.segmentstudio.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code XxxView.fxml} from next to {@code XxxView.class}. The controller factory hands FXML the
 * view built by the caller, so every view gets its view model through its constructor.
 */
public final class ViewLoader {
    public <V> Parent load(Class<V> viewType, Supplier<? extends V> constructor) {
        String name = viewType.getSimpleName() + ".fxml";
        URL location = viewType.getResource(name);
        if (location == null) {
            throw new IllegalStateException("No " + name + " next to " + viewType.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(requested -> {
            if (requested != viewType) {
                throw new IllegalStateException(name + " asks for controller " + requested.getName());
            }
            return constructor.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + location, e);
        }
    }
}
