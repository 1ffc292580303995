package io.segmentstudio.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SqlNamesTest {
    @Test
    void theWorkspaceLayoutPrefixesAttributesAndProperties() {
        SqlNames names = SqlNames.workspace();

        assertThat(names.profileTable()).containsExactly("profile");
        assertThat(names.eventTable()).containsExactly("event");
        assertThat(names.attributeColumn("total_charges")).isEqualTo("a_total_charges");
        assertThat(names.eventPropertyColumn("amount")).isEqualTo("p_amount");
        assertThat(List.of(names.profileId(), names.profileKey(), names.eventProfileId(), names.eventType(),
                names.occurredAt())).containsExactly("profile_id", "profile_key", "profile_id", "event_type", "occurred_at");
    }

    @Test
    void aWarehouseNamesItsOwnTablesAndColumns() {
        SqlNames names = SqlNames.builder().profileTable("my-project.crm.CUSTOMERS").profileId("ID")
                .eventTable("crm.EVENTS").eventProfileId("CUSTOMER_ID")
                .attributeColumns(name -> name.toUpperCase(Locale.ROOT)).eventPropertyColumns(name -> "prop_" + name)
                .build();

        assertThat(names.profileTable()).containsExactly("my-project", "crm", "CUSTOMERS");
        assertThat(names.attributeColumn("country")).isEqualTo("COUNTRY");
        assertThat(names.eventPropertyColumn("amount")).isEqualTo("prop_amount");
        assertThat(names.profileKey()).isEqualTo("profile_key");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefused() {
        assertThatThrownBy(() -> SqlNames.builder().profileTable("crm.customers; DROP TABLE x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlNames.builder().profileTable("crm..customers").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlNames.builder().eventType("type\"").build())
                .isInstanceOf(IllegalArgumentException.class);
        SqlNames quoting = SqlNames.builder().attributeColumns(name -> name + "\" --").build();
        assertThatThrownBy(() -> quoting.attributeColumn("country")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlNames.workspace().eventPropertyColumn("Amount"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
