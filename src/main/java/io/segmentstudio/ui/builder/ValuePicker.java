package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.rule.Value;
import io.segmentstudio.engine.columnar.ValueCounts.ValueCount;
import io.segmentstudio.ui.common.Formats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * Picks list values from the data: a search field over the attribute's values, most common first with
 * their profile counts, each a check box. The counts come from the builder in the background, so a
 * column with many values never holds the window.
 */
final class ValuePicker {
    private final RuleBuilderViewModel builder;
    private final Formats formats;

    ValuePicker(RuleBuilderViewModel builder, Formats formats) {
        this.builder = builder;
        this.formats = formats;
    }

    /** For the editor of one attribute's list. */
    ValueEditors.Suggestions forAttribute(String attribute) {
        return (anchor, chosen, commit) -> open(anchor, attribute, chosen, commit);
    }

    private void open(Node anchor, String attribute, List<Value> chosen, Consumer<List<Value>> commit) {
        Set<String> picked = new LinkedHashSet<>();
        chosen.forEach(value -> picked.add(String.valueOf(value.raw())));
        TextField search = new TextField();
        search.setPromptText("Search values of " + attribute);
        ListView<ValueCount> values = new ListView<>();
        values.setPrefSize(300, 280);
        values.setPlaceholder(new Label("Looking for values…"));
        values.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ValueCount item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                String value = String.valueOf(item.value());
                CheckBox box = new CheckBox(value.isEmpty() ? "(empty text)" : value);
                box.setSelected(picked.contains(value));
                box.setOnAction(event -> {
                    if (box.isSelected()) {
                        picked.add(value);
                    } else {
                        picked.remove(value);
                    }
                });
                Label count = new Label(formats.count(item.profiles()));
                count.getStyleClass().add("muted");
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                setGraphic(new HBox(8, box, grow, count));
            }
        });
        Consumer<String> find = text -> builder.suggestValues(attribute, text, found -> {
            values.getItems().setAll(found);
            values.setPlaceholder(new Label(text.isBlank() ? "No values in the data" : "No value contains “" + text + "”"));
        });
        search.textProperty().addListener((observable, old, text) -> find.accept(text));
        Button apply = new Button("Use selected");
        apply.getStyleClass().add("accent");
        PopOver popOver = new PopOver();
        apply.setOnAction(event -> {
            List<Value> list = new ArrayList<>();
            picked.forEach(value -> list.add(new Value.Text(value)));
            if (!list.isEmpty()) {
                commit.accept(list);
            }
            popOver.hide();
        });
        VBox content = new VBox(8, search, values, apply);
        content.getStyleClass().add("value-picker");
        popOver.setContentNode(content);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.show(anchor);
        find.accept("");
    }
}
