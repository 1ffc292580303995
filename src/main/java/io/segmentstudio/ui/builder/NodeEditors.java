package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.rule.Comparison;
import io.segmentstudio.domain.rule.EventCondition;
import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.Predicate;
import io.segmentstudio.domain.rule.SegmentRef;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.TimeWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The controls of one condition: attribute, operator and value of a predicate; type, count, window
 * and property filters of an event condition; the segment of a reference. Each control builds the
 * changed node and hands it to the builder, which records it as one edit.
 */
final class NodeEditors {
    private final RuleBuilderViewModel builder;
    private final java.util.function.Function<String, ValueEditors.Suggestions> suggestions;

    /** @param suggestions the value picker of a profile attribute, by name */
    NodeEditors(RuleBuilderViewModel builder, java.util.function.Function<String, ValueEditors.Suggestions> suggestions) {
        this.builder = builder;
        this.suggestions = suggestions;
    }

    /** A condition on a profile attribute, whose list values can be picked from the data. */
    PredicateEditor predicate(Predicate predicate, Consumer<Predicate> commit) {
        return predicate(predicate, builder.schema().attributes(), true, commit);
    }

    /**
     * A predicate's controls, which take a new value in place: a value typed or picked elsewhere (an undo)
     * replaces only the value editor, and the value its own editor just committed replaces nothing.
     */
    static final class PredicateEditor {
        private final HBox node;
        private final java.util.function.Function<Predicate, Node> valueEditor;
        private Predicate shown;
        private Node value;
        private Operand committed;

        private PredicateEditor(HBox node, Predicate shown, java.util.function.Function<Predicate, Node> valueEditor) {
            this.node = node;
            this.shown = shown;
            this.valueEditor = valueEditor;
            if (valueEditor != null) {
                value = valueEditor.apply(shown);
                node.getChildren().add(value);
            }
        }

        Node node() {
            return node;
        }

        Predicate shown() {
            return shown;
        }

        /** Whether {@link #show} can take the predicate: the same but for its value. */
        boolean canShow(Predicate next) {
            return valueEditor != null && next.id().equals(shown.id()) && next.attribute().equals(shown.attribute())
                    && next.operator() == shown.operator() && next.text().equals(shown.text())
                    && next.disabled() == shown.disabled();
        }

        void show(Predicate next) {
            boolean ownValue = next.operand().equals(committed);
            committed = null; // a later undo or redo to this value must redraw it
            if (!ownValue) {
                int at = node.getChildren().indexOf(value);
                value = valueEditor.apply(next);
                node.getChildren().set(at, value);
            }
            shown = next;
        }

        private void committing(Operand operand) {
            committed = operand;
        }
    }

    /**
     * Attribute, operator and value; {@code attributes} are the profile's or, in a filter, the event's
     * (whose values the picker cannot list: it counts profile columns). The closures read the predicate
     * shown now, as its value may change in place.
     */
    private PredicateEditor predicate(Predicate predicate, Map<String, Attribute> attributes, boolean pickable,
                                      Consumer<Predicate> commit) {
        Attribute attribute = attributes.get(predicate.attribute());
        PredicateEditor[] editor = new PredicateEditor[1];
        java.util.function.Supplier<Predicate> current = () -> editor[0] == null ? predicate : editor[0].shown();
        SearchableComboBox<Attribute> picker = new SearchableComboBox<>();
        picker.getStyleClass().add("attribute-picker");
        picker.setPrefWidth(220);
        picker.setMaxWidth(260);
        List<Attribute> sorted = new ArrayList<>(attributes.values());
        sorted.sort(Comparator.comparing(Attribute::source).thenComparing(Attribute::name));
        picker.getItems().setAll(sorted);
        picker.setConverter(converter(a -> a == null ? "" : a.name()));
        picker.setCellFactory(list -> new AttributeCell(pickable ? builder::fillRate : name -> java.util.OptionalDouble.empty()));
        picker.setValue(attribute);
        picker.setPromptText(predicate.attribute());
        picker.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.name().equals(predicate.attribute())) {
                commit.accept(builder.newNodes().predicate(predicate.id(), chosen));
            }
        });
        HBox row = new HBox(picker);
        row.getStyleClass().add("condition-controls");
        if (attribute == null) {
            return new PredicateEditor(row, predicate, null); // unknown attribute: the validator says so; pick another
        }
        ComboBox<Operator> operator = new ComboBox<>();
        operator.getStyleClass().add("operator-picker");
        operator.getItems().setAll(Arrays.stream(Operator.values()).filter(op -> op.appliesTo(attribute.type())).toList());
        operator.setConverter(converter(op -> op == null ? "" : op.label()));
        operator.setValue(predicate.operator());
        operator.valueProperty().addListener((observable, old, chosen) -> {
            Predicate now = current.get();
            if (chosen != null && chosen != now.operator()) {
                var operand = chosen.operand() == now.operator().operand() ? now.operand()
                        : builder.newNodes().usualOperand(chosen, attribute.type());
                commit.accept(new Predicate(now.id(), now.attribute(), chosen, operand, now.text(), now.disabled()));
            }
        });
        row.getChildren().add(operator);
        Optional<ValueEditors.Suggestions> picks = pickable && isPickable(attribute)
                ? Optional.of(suggestions.apply(attribute.name())) : Optional.empty();
        editor[0] = new PredicateEditor(row, predicate, shown -> ValueEditors.editor(shown.operand(), attribute.type(),
                operand -> {
                    Predicate now = current.get();
                    editor[0].committing(operand);
                    commit.accept(new Predicate(now.id(), now.attribute(), now.operator(), operand, now.text(),
                            now.disabled()));
                }, picks));
        return editor[0];
    }

    private static boolean isPickable(Attribute attribute) {
        return switch (attribute.type()) {
            case STRING, STRING_LIST -> true;
            default -> false;
        };
    }

    /** "purchase · at least 2 · in the last 30 days", then one row per property filter. */
    Node event(EventCondition event) {
        ComboBox<String> type = new ComboBox<>();
        type.getStyleClass().add("event-type-picker");
        type.getItems().setAll(builder.newNodes().eventTypes());
        if (!type.getItems().contains(event.eventType())) {
            type.getItems().add(0, event.eventType());
        }
        type.setValue(event.eventType());
        type.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(event.eventType())) {
                change(event, chosen, event.filters(), event.window(), event.count());
            }
        });
        ComboBox<Comparison.Op> countOp = new ComboBox<>();
        countOp.getItems().setAll(Comparison.Op.AT_LEAST, Comparison.Op.AT_MOST, Comparison.Op.EQUALS, Comparison.Op.GREATER_THAN,
                Comparison.Op.LESS_THAN);
        countOp.setConverter(converter(op -> op == null ? "" : op.key().replace('_', ' ')));
        countOp.setValue(event.count().op());
        TextField times = new TextField(event.count().value().toPlainString());
        times.setPrefColumnCount(4);
        times.getStyleClass().add("value-field");
        Runnable countChanged = () -> parseCount(times.getText()).ifPresent(n -> change(event, event.eventType(), event.filters(),
                event.window(), new Comparison(countOp.getValue() == null ? Comparison.Op.AT_LEAST : countOp.getValue(), n, null)));
        countOp.valueProperty().addListener((observable, old, chosen) -> countChanged.run());
        times.setOnAction(e -> countChanged.run());
        times.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                countChanged.run();
            }
        });
        HBox controls = new HBox(type, countOp, times, new Label("times"), window(event));
        controls.getStyleClass().add("condition-controls");
        VBox box = new VBox(controls);
        box.getStyleClass().add("event-editor");
        for (int i = 0; i < event.filters().size(); i++) {
            int index = i;
            Predicate filter = event.filters().get(i);
            Button remove = new Button("✕");
            remove.getStyleClass().add("icon-button");
            remove.setTooltip(new Tooltip("Remove this filter"));
            List<Predicate> without = new ArrayList<>(event.filters());
            without.remove(index);
            remove.setOnAction(e -> change(event, event.eventType(), without, event.window(), event.count()));
            HBox filterRow = new HBox(new Label("where"), predicate(filter, builder.schema().eventProperties(), false, edited -> {
                List<Predicate> filters = new ArrayList<>(event.filters());
                filters.set(index, edited);
                change(event, event.eventType(), filters, event.window(), event.count());
            }).node(), remove);
            filterRow.getStyleClass().add("event-filter");
            box.getChildren().add(filterRow);
        }
        if (!builder.schema().eventProperties().isEmpty()) {
            Button addFilter = new Button("+ property filter");
            addFilter.getStyleClass().add("link-button");
            addFilter.setOnAction(e -> {
                Attribute first = builder.schema().eventProperties().values().stream()
                        .min(Comparator.comparing(Attribute::name)).orElseThrow();
                List<Predicate> filters = new ArrayList<>(event.filters());
                filters.add(builder.newNodes().predicate(builder.freshId(), first));
                change(event, event.eventType(), filters, event.window(), event.count());
            });
            box.getChildren().add(addFilter);
        }
        return box;
    }

    private Node window(EventCondition event) {
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().setAll("ever", "in the last");
        boolean last = event.window() instanceof TimeWindow.Last;
        kind.setValue(last ? "in the last" : event.window() instanceof TimeWindow.Ever ? "ever" : describe(event.window()));
        HBox row = new HBox(kind);
        row.getStyleClass().add("value-row");
        kind.valueProperty().addListener((observable, old, chosen) -> {
            if ("ever".equals(chosen)) {
                change(event, event.eventType(), event.filters(), TimeWindow.EVER, event.count());
            } else if ("in the last".equals(chosen) && !last) {
                change(event, event.eventType(), event.filters(), new TimeWindow.Last(30, TimeUnit.DAYS), event.count());
            }
        });
        if (last) {
            TimeWindow.Last window = (TimeWindow.Last) event.window();
            row.getChildren().add(ValueEditors.editor(new io.segmentstudio.domain.rule.Operand.Relative(window.amount(),
                    window.unit()), io.segmentstudio.domain.AttributeType.DATE, operand -> {
                        var relative = (io.segmentstudio.domain.rule.Operand.Relative) operand;
                        change(event, event.eventType(), event.filters(), new TimeWindow.Last(relative.amount(), relative.unit()),
                                event.count());
                    }, Optional.empty()));
        }
        return row;
    }

    private static String describe(TimeWindow window) {
        if (window instanceof TimeWindow.Between between) {
            return "between " + between.from() + " and " + between.to();
        } else if (window instanceof TimeWindow.Before before) {
            return "before " + before.day();
        } else if (window instanceof TimeWindow.After after) {
            return "after " + after.day();
        }
        return window.toString();
    }

    private void change(EventCondition event, String type, List<Predicate> filters, TimeWindow window, Comparison count) {
        builder.change(new EventCondition(event.id(), type, filters, window, count, event.aggregate(), event.disabled()));
    }

    private static Optional<BigDecimal> parseCount(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "is in / is not in [segment]". */
    Node segmentReference(SegmentRef ref) {
        ComboBox<String> member = new ComboBox<>();
        member.getItems().setAll("is in", "is not in");
        member.setValue(ref.member() ? "is in" : "is not in");
        member.valueProperty().addListener((observable, old, chosen) -> builder.change(
                new SegmentRef(ref.id(), ref.segment(), "is in".equals(chosen), ref.disabled())));
        ComboBox<String> segment = new ComboBox<>();
        segment.getItems().setAll(builder.segmentNames());
        segment.setValue(ref.segment());
        segment.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                builder.change(new SegmentRef(ref.id(), chosen, ref.member(), ref.disabled()));
            }
        });
        HBox row = new HBox(new Label("Profile"), member, new Label("segment"), segment);
        row.getStyleClass().add("condition-controls");
        return row;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** An attribute in the picker: its name, type, source, how often it is filled, and its description. */
    private static final class AttributeCell extends ListCell<Attribute> {
        /** Below this share of profiles, a condition on the attribute leaves most profiles out. */
        private static final double SPARSE = 0.5;
        private final java.util.function.Function<String, java.util.OptionalDouble> fillRate;

        AttributeCell(java.util.function.Function<String, java.util.OptionalDouble> fillRate) {
            this.fillRate = fillRate;
        }

        @Override
        protected void updateItem(Attribute attribute, boolean empty) {
            super.updateItem(attribute, empty);
            if (empty || attribute == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(attribute.name());
            Label type = new Label(attribute.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            type.getStyleClass().addAll("chip", "chip-type");
            Label source = new Label(attribute.source());
            source.getStyleClass().add("muted");
            FlowPane line = new FlowPane(8, 0, name, type, source);
            fillRate.apply(attribute.name()).ifPresent(rate -> {
                Label filled = new Label(Math.round(rate * 100) + "% filled");
                filled.getStyleClass().addAll("fill-rate", rate < SPARSE ? "fill-rate-sparse" : "fill-rate-dense");
                line.getChildren().add(filled);
            });
            if (attribute.pii()) {
                Label pii = new Label("PII");
                pii.getStyleClass().addAll("chip", "chip-pii");
                line.getChildren().add(pii);
            }
            setText(null);
            setGraphic(line);
            setTooltip(attribute.description().isBlank() ? null : new Tooltip(attribute.description()));
        }
    }
}
