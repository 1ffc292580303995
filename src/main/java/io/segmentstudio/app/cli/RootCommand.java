package io.segmentstudio.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code segment-studio}: only a parent; each job is a subcommand. */
@Command(name = "segment-studio", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Build customer segments on a local workspace. Run without arguments for the desktop app.")
final class RootCommand {
    /** The version the jar's manifest declares, or "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"segment-studio " + (version == null ? "(development build)" : version)};
        }
    }
}
