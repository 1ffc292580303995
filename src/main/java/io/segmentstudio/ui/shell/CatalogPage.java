package io.segmentstudio.ui.shell;

import io.segmentstudio.domain.SegmentSummary;
import io.segmentstudio.ui.common.CatalogChanges;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.Formats;
import io.segmentstudio.ui.common.SegmentLinks;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.ui.common.ThemeManager;
import io.segmentstudio.ui.common.ViewLoader;
import io.segmentstudio.ui.segments.CatalogDialogs;
import io.segmentstudio.ui.segments.SegmentActions;
import io.segmentstudio.ui.segments.SegmentsView;
import io.segmentstudio.ui.segments.SegmentsViewModel;
import io.segmentstudio.ui.testprofiles.TestProfileDialogs;
import io.segmentstudio.ui.testprofiles.TestProfilesView;
import io.segmentstudio.ui.testprofiles.TestProfilesViewModel;
import io.segmentstudio.ui.versions.RestoreDialog;
import io.segmentstudio.ui.versions.VersionsView;
import io.segmentstudio.ui.versions.VersionsViewModel;
import io.segmentstudio.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

/** Wires the segment catalog with the panes it shows for the selected segment: overview, versions, tests. */
final class CatalogPage {
    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Formats formats;
    private final Clock clock;
    private final ThemeManager themes;
    private final StringProperty user;
    private final CatalogChanges changes;
    private final SegmentLinks links;
    private final ViewLoader views = new ViewLoader();

    CatalogPage(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors, Formats formats, Clock clock,
                ThemeManager themes, StringProperty user, CatalogChanges changes, SegmentLinks links) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.formats = formats;
        this.clock = clock;
        this.themes = themes;
        this.user = user;
        this.changes = changes;
        this.links = links;
    }

    Parent build() {
        SegmentsViewModel segments = new SegmentsViewModel(workspace, tasks, errors, formats, clock, changes);
        SegmentActions actions = new SegmentActions(workspace, tasks, errors, user, changes::changed);
        return views.load(SegmentsView.class, () -> new SegmentsView(segments, actions, new CatalogDialogs(themes),
                links, user, catalog -> List.of(versionsTab(catalog), testsTab(catalog))));
    }

    private Tab versionsTab(SegmentsViewModel catalog) {
        VersionsViewModel versions = new VersionsViewModel(workspace, tasks, errors, formats, user);
        versions.segmentProperty().bind(selectedName(catalog));
        versions.revisionProperty().addListener(observable -> changes.changed()); // a restore made a new draft
        changes.revisionProperty().addListener(observable -> versions.reload());
        Tab tab = new Tab("Versions", views.load(VersionsView.class,
                () -> new VersionsView(versions, new RestoreDialog(themes))));
        tab.setId("versions-tab");
        return tab;
    }

    private Tab testsTab(SegmentsViewModel catalog) {
        TestProfilesViewModel tests = new TestProfilesViewModel(workspace, tasks, errors, formats, user, clock);
        tests.segmentProperty().bind(selectedName(catalog));
        // a new version may change every verdict: read the tests again, to be run against it
        changes.revisionProperty().addListener(observable -> tests.reload());
        Tab tab = new Tab("Tests", views.load(TestProfilesView.class,
                () -> new TestProfilesView(tests, new TestProfileDialogs(themes))));
        tab.setId("tests-tab");
        return tab;
    }

    private static ObservableValue<String> selectedName(SegmentsViewModel catalog) {
        return catalog.selectedProperty().map(SegmentSummary::name);
    }
}
