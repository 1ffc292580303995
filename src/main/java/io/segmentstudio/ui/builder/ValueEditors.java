package io.segmentstudio.ui.builder;

import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.Operand;
import io.segmentstudio.domain.rule.TimeUnit;
import io.segmentstudio.domain.rule.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The value part of a condition, by operand shape and attribute type: text, numbers checked as they
 * are typed, a date picker, "30 days" as a spinner and a unit, comma-separated lists with a picker of
 * the values in the data. An editor commits a new operand as soon as its value is valid and complete
 * (at each keystroke, or picking); while it is not, the field is marked and nothing changes.
 */
final class ValueEditors {
    private ValueEditors() {
    }

    /** Where lists get their suggestions from (the builder's background value counts). */
    interface Suggestions {
        void open(Node anchor, List<Value> chosen, Consumer<List<Value>> commit);
    }

    static Node editor(Operand operand, AttributeType type, Consumer<Operand> commit, Optional<Suggestions> suggestions) {
        if (operand instanceof Operand.Single single) {
            return single(single.value(), type, value -> commit.accept(new Operand.Single(value)));
        } else if (operand instanceof Operand.Range range) {
            Value[] bounds = {range.low(), range.high()};
            return row(single(range.low(), type, low -> commit.accept(new Operand.Range(bounds[0] = low, bounds[1]))),
                    new Label("and"),
                    single(range.high(), type, high -> commit.accept(new Operand.Range(bounds[0], bounds[1] = high))));
        } else if (operand instanceof Operand.ValueList list) {
            return list(list.values(), type, commit, suggestions);
        } else if (operand instanceof Operand.Relative relative) {
            return relative(relative, commit);
        }
        return new HBox();
    }

    private static Node single(Value value, AttributeType type, Consumer<Value> commit) {
        if (type == AttributeType.DATE) {
            DatePicker picker = new DatePicker(value instanceof Value.Day day ? day.value() : LocalDate.now());
            picker.getStyleClass().add("value-date");
            picker.valueProperty().addListener((observable, old, day) -> {
                if (day != null) {
                    commit.accept(new Value.Day(day));
                }
            });
            return picker;
        }
        if (type == AttributeType.BOOLEAN) {
            ComboBox<Boolean> choice = new ComboBox<>();
            choice.getItems().setAll(true, false);
            choice.setValue(value instanceof Value.Bool bool && bool.value());
            choice.valueProperty().addListener((observable, old, chosen) -> commit.accept(new Value.Bool(chosen)));
            return choice;
        }
        return typed(text(value), raw -> parse(raw, type), commit);
    }

    /** A text field that commits parsed values and marks text that does not parse. */
    private static <T> TextField typed(String shown, Function<String, Optional<T>> parse, Consumer<T> commit) {
        TextField field = new TextField(shown);
        field.getStyleClass().add("value-field");
        field.setPrefColumnCount(Math.max(6, Math.min(24, shown.length() + 2)));
        // the value on screen: text that parses to it again ("2." after "2") is not a new edit
        Object[] committed = {parse.apply(shown).orElse(null)};
        Runnable commitIfValid = () -> {
            Optional<T> parsed = parse.apply(field.getText());
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), parsed.isEmpty());
            field.setTooltip(parsed.isEmpty() ? new Tooltip("Not a valid value: " + field.getText()) : null);
            parsed.filter(value -> !value.equals(committed[0])).ifPresent(value -> {
                committed[0] = value;
                commit.accept(value);
            });
        };
        field.setOnAction(event -> commitIfValid.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commitIfValid.run();
            }
        });
        // each keystroke that leaves a valid value counts at once (the count is debounced, the undo step merged)
        field.textProperty().addListener((observable, old, text) -> commitIfValid.run());
        return field;
    }

    static Optional<Value> parse(String raw, AttributeType type) {
        String text = raw.strip();
        try {
            return switch (type) {
                case INTEGER -> Optional.of(new Value.Int(Long.parseLong(text.replace("_", ""))));
                case DECIMAL -> Optional.of(new Value.Dec(new BigDecimal(text)));
                case DATE -> Optional.of(new Value.Day(LocalDate.parse(text)));
                case TIMESTAMP -> Optional.of(new Value.Moment(Instant.parse(text)));
                case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                        ? Optional.of(new Value.Bool(Boolean.parseBoolean(text))) : Optional.empty();
                case STRING, STRING_LIST -> Optional.of(new Value.Text(raw));
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String text(Value value) {
        return value instanceof Value.Dec dec ? dec.value().toPlainString() : String.valueOf(value.raw());
    }

    private static Node list(List<Value> values, AttributeType type, Consumer<Operand> commit,
                             Optional<Suggestions> suggestions) {
        TextField text = typed(String.join(", ", values.stream().map(v -> text(v).replace(",", "\\,")).toList()),
                raw -> parseList(raw, type), list -> commit.accept(new Operand.ValueList(list)));
        text.setPromptText("values, separated by commas (\\, inside a value)");
        if (suggestions.isEmpty()) {
            return text;
        }
        javafx.scene.control.Button pick = new javafx.scene.control.Button("Pick…");
        pick.getStyleClass().add("value-pick");
        pick.setTooltip(new Tooltip("Choose from the values in the data, with how many profiles have each"));
        pick.setOnAction(event -> suggestions.get().open(pick, parseList(text.getText(), type).orElse(values),
                chosen -> commit.accept(new Operand.ValueList(chosen))));
        return row(text, pick);
    }

    static Optional<List<Value>> parseList(String raw, AttributeType type) {
        List<Value> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                Optional<Value> value = parse(current.toString().strip(), type);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                values.add(value.get());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            Optional<Value> value = parse(current.toString().strip(), type);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    private static Node relative(Operand.Relative relative, Consumer<Operand> commit) {
        Spinner<Integer> amount = new Spinner<>(1, 100_000, (int) Math.min(100_000, Math.max(1, relative.amount())));
        amount.setEditable(true);
        amount.getStyleClass().add("value-amount");
        ComboBox<TimeUnit> unit = new ComboBox<>();
        unit.getItems().setAll(TimeUnit.values());
        unit.setValue(relative.unit());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeUnit value) {
                return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public TimeUnit fromString(String text) {
                return TimeUnit.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        Runnable changed = () -> commit.accept(new Operand.Relative(amount.getValue(), unit.getValue()));
        amount.valueProperty().addListener((observable, old, value) -> changed.run());
        unit.valueProperty().addListener((observable, old, value) -> changed.run());
        return row(amount, unit);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("value-row");
        return row;
    }
}
