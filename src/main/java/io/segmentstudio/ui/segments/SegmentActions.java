package io.segmentstudio.ui.segments;

import io.segmentstudio.domain.ArchiveImpact;
import io.segmentstudio.domain.NamingConvention;
import io.segmentstudio.ui.common.BackgroundTask;
import io.segmentstudio.ui.common.ErrorReporter;
import io.segmentstudio.ui.common.TaskRunner;
import io.segmentstudio.workspace.Workspace;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * What the catalog does to a segment, as the acting user: archive (after checking who references it),
 * unarchive, set a review-by day, change its description, folder and tags, and set the workspace's naming
 * convention. Each call runs in the background, then tells what happened and asks the catalog to reload.
 */
public final class SegmentActions {
    private final ObservableValue<Workspace> workspace;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final ObservableStringValue user;
    private final Runnable changed;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** @param changed called on the UI thread after every change, so the catalog reads itself again */
    public SegmentActions(ObservableValue<Workspace> workspace, TaskRunner tasks, ErrorReporter errors,
                          ObservableStringValue user, Runnable changed) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.errors = errors;
        this.user = user;
        this.changed = changed;
    }

    /** Who references the segment: archiving is blocked while {@link ArchiveImpact#blocked()}. */
    public void checkArchive(String segment, Consumer<ArchiveImpact> then) {
        Workspace open = workspace.getValue();
        tasks.run(BackgroundTask.of("Checking what uses " + segment, progress -> open.workflow().archiveImpact(segment))
                .onSuccess(then)
                .onFailure(error -> errors.report("Cannot check what uses " + segment, error)));
    }

    public void archive(String segment, String comment) {
        change("Archiving " + segment, (open, actor) -> open.workflow().archive(segment, actor, comment),
                "Archived " + segment + ". Unarchive it to bring it back as a draft.");
    }

    public void unarchive(String segment, String comment) {
        change("Unarchiving " + segment, (open, actor) -> open.workflow().unarchive(segment, actor, comment),
                "Unarchived " + segment + ": it is a draft again and needs a new review.");
    }

    /** @param day null clears it */
    public void setReviewBy(String segment, LocalDate day) {
        change("Setting the review day of " + segment, (open, actor) -> open.segments().setReviewBy(segment, day, actor),
                day == null ? "Cleared the review day of " + segment : segment + " is to be reviewed by " + day);
    }

    public void describe(String segment, String description, String folder, List<String> tags) {
        change("Saving the details of " + segment,
                (open, actor) -> open.segments().describe(segment, description, folder, tags, actor),
                "Saved the details of " + segment);
    }

    /** Sets the naming convention, or with a blank pattern clears it. */
    public void setNaming(String regex, String hint) {
        if (regex == null || regex.isBlank()) {
            change("Clearing the naming convention", (open, actor) -> open.naming().clear(actor),
                    "Segment names no longer follow a convention");
            return;
        }
        NamingConvention convention;
        try {
            convention = new NamingConvention(regex.strip(), hint == null ? "" : hint.strip());
        } catch (IllegalArgumentException e) {
            errors.report("The naming convention was not saved", e);
            return;
        }
        change("Saving the naming convention", (open, actor) -> open.naming().set(convention, actor),
                "Saved the naming convention: names that break it are flagged in the list and warned about on save");
    }

    /** Runs a write as the acting user, read here on the UI thread (the write runs in the background). */
    private void change(String title, BiConsumer<Workspace, String> write, String done) {
        Workspace open = workspace.getValue();
        if (open == null) {
            return;
        }
        String actor = user.get();
        tasks.run(BackgroundTask.of(title, progress -> {
                    write.accept(open, actor);
                    return done;
                })
                .onSuccess(message -> {
                    notice.set(message);
                    changed.run();
                })
                .onFailure(error -> errors.report(title + " failed", error)));
    }

    /** What the last action did, for the catalog's notice line. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
