package io.segmentstudio.workspace;

import io.segmentstudio.domain.rule.RuleSchema;
import io.segmentstudio.engine.columnar.ProfileImage;
import io.segmentstudio.engine.columnar.ProfileImageCodec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columnar image of a workspace saved beside it ({@code .<name>.columns}), so that opening a
 * workspace whose data has not changed reads primitive arrays instead of decoding every row from H2.
 * A cache, never a source of truth: it is used only when its {@link DataStamp} equals the store's,
 * and anything unreadable or out of date is deleted and rebuilt from H2.
 */
final class ColumnSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(ColumnSnapshot.class);
    private final Path file;

    ColumnSnapshot(WorkspaceFile workspace) {
        this.file = workspace.columnSnapshot();
    }

    Path file() {
        return file;
    }

    /** The saved image when it was saved at exactly this stamp for this schema; empty otherwise. */
    Optional<ProfileImage> read(DataStamp stamp, RuleSchema schema) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(file)) {
            DataInputStream header = new DataInputStream(stream);
            if (!stamp.equals(new DataStamp(header.readUTF(), header.readLong(), header.readLong(), header.readLong(),
                    header.readLong()))) {
                LOG.info("The column snapshot {} is out of date; building the image from the workspace", file);
                delete();
                return Optional.empty();
            }
            return Optional.of(ProfileImageCodec.read(schema, stream));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot use the column snapshot {} ({}); building the image from the workspace", file, e.toString());
            delete();
            return Optional.empty();
        }
    }

    /** Saves the image as of the stamp; written aside and moved into place, so a reader never sees half a file. */
    void write(ProfileImage image, DataStamp stamp) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                DataOutputStream header = new DataOutputStream(stream);
                header.writeUTF(stamp.token());
                header.writeLong(stamp.profiles());
                header.writeLong(stamp.maxProfileId());
                header.writeLong(stamp.events());
                header.writeLong(stamp.maxEventId());
                ProfileImageCodec.write(image, stream);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // opening stays correct without it, only slower
            LOG.warn("Cannot save the column snapshot {}: {}", file, e.toString());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the column snapshot {}: {}", file, e.toString());
        }
    }
}
