package io.segmentstudio.app.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Who does a lifecycle action: {@code --user}, or the user name of the settings (by default the OS user). */
final class UserOption {
    @Option(names = "--user", paramLabel = "NAME",
            description = "Your user name, as the audit log records it (default: the user name in the settings,"
                    + " which defaults to the operating system user).")
    String user;

    String resolve(Supplier<String> settingsUser) {
        return user != null && !user.isBlank() ? user.strip() : settingsUser.get();
    }
}
