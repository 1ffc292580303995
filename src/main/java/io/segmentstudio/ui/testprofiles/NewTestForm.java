package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.workspace.ProfileStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user has typed so far for a new test: its name and expected outcome, and either the key of a
 * workspace profile to freeze or attribute values written by hand. {@link TestProfilesViewModel} saves it.
 */
public final class NewTestForm {
    /** Where the test's profile comes from. */
    public enum Source { FROZEN, BY_HAND }

    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.FROZEN);
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty expectMember = new SimpleBooleanProperty(true);
    private final BooleanProperty pinAsOf = new SimpleBooleanProperty();
    private final StringProperty profileKey = new SimpleStringProperty("");
    private final ObservableList<ProfileStore.Match> matches = FXCollections.observableArrayList();
    private final ObservableList<HandValue> handValues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    NewTestForm() {
        // a changed entry makes the last complaint about it stale
        name.addListener((observable, old, now) -> problem.set(""));
        profileKey.addListener((observable, old, now) -> problem.set(""));
        source.addListener((observable, old, now) -> problem.set(""));
    }

    /** Opens an empty form. */
    public void start() {
        clear();
        open.set(true);
    }

    public void close() {
        open.set(false);
        clear();
    }

    private void clear() {
        name.set("");
        expectMember.set(true);
        pinAsOf.set(false);
        profileKey.set("");
        matches.clear();
        handValues.setAll(new HandValue());
        problem.set("");
    }

    public HandValue addHandValue() {
        HandValue row = new HandValue();
        handValues.add(row);
        return row;
    }

    public void removeHandValue(HandValue row) {
        handValues.remove(row);
    }

    /** Takes a search match as the profile to freeze. */
    public void pick(ProfileStore.Match match) {
        profileKey.set(match.key());
        matches.clear();
    }

    void complain(String message) {
        problem.set(message);
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty expectMemberProperty() {
        return expectMember;
    }

    /** Evaluate the test as of the moment it is saved, so relative dates ("last 30 days") do not drift. */
    public BooleanProperty pinAsOfProperty() {
        return pinAsOf;
    }

    /** The key of the profile to freeze; also the prefix a search looks for. */
    public StringProperty profileKeyProperty() {
        return profileKey;
    }

    /** Profiles the last search found. */
    public ObservableList<ProfileStore.Match> matches() {
        return matches;
    }

    public ObservableList<HandValue> handValues() {
        return handValues;
    }

    /** Why the form could not be saved, in words; empty when nothing is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
