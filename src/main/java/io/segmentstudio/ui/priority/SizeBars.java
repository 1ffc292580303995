package io.segmentstudio.ui.priority;

import javafx.scene.layout.Region;

/**
 * A segment's two sizes as bars on one track: all its members in a muted colour, and over them, from the
 * same start, the members it keeps in the group's order in the accent colour. Lengths are shares of the
 * largest segment of the group, so rows compare at a glance.
 */
final class SizeBars extends Region {
    private final Region members = new Region();
    private final Region kept = new Region();
    private double membersScale;
    private double keptScale;

    SizeBars() {
        getStyleClass().add("size-bars");
        members.getStyleClass().add("size-bar-members");
        kept.getStyleClass().add("size-bar-kept");
        getChildren().addAll(members, kept);
    }

    /** @param membersScale 0..1; keptScale 0..1, at most membersScale */
    void show(double membersScale, double keptScale) {
        this.membersScale = clamp(membersScale);
        this.keptScale = clamp(keptScale);
        requestLayout();
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        members.resizeRelocate(snappedLeftInset(), snappedTopInset(), snapSizeX(width * membersScale), height);
        kept.resizeRelocate(snappedLeftInset(), snappedTopInset(), snapSizeX(width * keptScale), height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 10;
    }
}
