package io.segmentstudio.ui.shell;

/** The views of the navigation rail, in rail order; Ctrl+1..8 follow that order. */
public enum Page {
    SEGMENTS("Segments"), BUILDER("Builder"), DATA("Data"), OVERLAPS("Overlaps"), KPIS("KPIs"), PUBLISH("Publish"),
    PRIORITIES("Priorities"), AUDIT("Audit log");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The digit of its Ctrl shortcut. */
    public int shortcut() {
        return ordinal() + 1;
    }

    /** Style class of its rail icon ("nav-icon-segments"). */
    public String iconStyleClass() {
        return "nav-icon-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
