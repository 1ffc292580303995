package io.segmentstudio.app.cli;

import static io.segmentstudio.app.cli.CliRunner.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five-customer workspace the segment command tests work on, made through the CLI. */
final class ShopWorkspace {
    private ShopWorkspace() {
    }

    /** Creates {@code dir/shop} (Europe/Berlin) with customers c1…c5: country, aov, last_purchase; returns its path. */
    static String create(Path dir) throws IOException {
        String ws = dir.resolve("shop").toString();
        run("workspace", "init", "-w", ws, "--time-zone", "Europe/Berlin").assertOk();
        Path csv = Files.writeString(dir.resolve("customers.csv"), """
                id,country,aov,last_purchase
                c1,DE,250.00,2026-10-20
                c2,de,199.99,2026-10-25
                c3,FR,300,2026-08-01
                c4,,500,2026-10-31
                c5,AT,210.5,
                """);
        run("import", "csv", "-w", ws, "--file", csv.toString(), "--key", "id").assertOk();
        return ws;
    }
}
