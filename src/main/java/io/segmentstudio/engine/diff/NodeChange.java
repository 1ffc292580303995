package io.segmentstudio.engine.diff;

import io.segmentstudio.domain.rule.Condition;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node that differs between two versions of a rule, matched by id.
 *
 * @param before      the node in the older version; null when added
 * @param after       the node in the newer version; null when removed
 * @param placeBefore where it stood in the older version; null when added
 * @param placeAfter  where it stands in the newer version; null when removed
 * @param fields      what changed, for {@link ChangeKind#CHANGED}; empty otherwise
 */
public record NodeChange(String nodeId, ChangeKind kind, Condition before, Condition after, NodePlace placeBefore,
                         NodePlace placeAfter, List<FieldChange> fields) {
    public NodeChange {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
    }

    /** The changed fields, without their values. */
    public Set<ChangedField> changedFields() {
        Set<ChangedField> set = EnumSet.noneOf(ChangedField.class);
        fields.forEach(field -> set.add(field.field()));
        return set;
    }

    /** Whether it moved: to another parent or among its siblings. */
    public boolean moved() {
        Set<ChangedField> changed = changedFields();
        return changed.contains(ChangedField.PARENT) || changed.contains(ChangedField.POSITION);
    }
}
