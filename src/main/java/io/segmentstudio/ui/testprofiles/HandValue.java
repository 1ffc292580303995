package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.domain.Attribute;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One "attribute = value" row of a profile written by hand; the value is text until the test is saved. */
public final class HandValue {
    private final ObjectProperty<Attribute> attribute = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");

    public ObjectProperty<Attribute> attributeProperty() {
        return attribute;
    }

    public StringProperty textProperty() {
        return text;
    }
}
