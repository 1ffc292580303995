package io.segmentstudio.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Region;

/** A small horizontal bar filled to a share of 0..1 (fill rates, shares). Colours come from CSS. */
public final class FillBar extends Region {
    private final Region fill = new Region();
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value", 0);

    public FillBar() {
        getStyleClass().add("fill-bar");
        fill.getStyleClass().add("fill-bar-value");
        getChildren().add(fill);
        value.addListener((observable, old, now) -> requestLayout());
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public void setValue(double share) {
        value.set(share);
    }

    @Override
    protected void layoutChildren() {
        double share = Math.max(0, Math.min(1, value.get()));
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        fill.resizeRelocate(snappedLeftInset(), snappedTopInset(), snapSizeX(width * share), height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 72;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 6;
    }
}
