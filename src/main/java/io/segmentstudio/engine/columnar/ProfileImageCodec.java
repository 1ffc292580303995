package io.segmentstudio.engine.columnar;

import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.AttributeType;
import io.segmentstudio.domain.rule.RuleSchema;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ProfileImage} as its primitive arrays and reads it back, so that a workspace whose
 * data has not changed opens from a snapshot instead of being decoded row by row from the store.
 * Reading checks the snapshot against the schema it is for; any difference is an {@link IOException}
 * and the caller builds the image from the store instead. Arrays move in bulk through a byte buffer.
 */
public final class ProfileImageCodec {
    private static final long MAGIC = 0x5353_434f_4c53_3031L; // "SSCOLS01": bump on any layout change
    private static final int CHUNK = 1 << 16;
    private static final byte LONGS = 0;
    private static final byte CODES = 1;

    private ProfileImageCodec() {
    }

    public static void write(ProfileImage image, OutputStream stream) throws IOException {
        Out out = new Out(stream);
        out.data.writeLong(MAGIC);
        writeKeys(out, image);
        writeTable(out, image.attributes());
        EventTable events = image.events();
        int profiles = image.size();
        out.data.writeInt(events.typeNames().size());
        for (String type : events.typeNames()) {
            out.string(type);
        }
        out.data.writeInt(events.size());
        out.ints(events.starts(), profiles);
        out.ints(events.ends(), profiles);
        out.ints(events.chainHeads(), profiles);
        out.ints(events.chainNexts(), events.size());
        out.ints(events.typeCodes(), events.size());
        out.longs(events.times(), events.size());
        writeTable(out, events.properties());
        out.data.flush();
    }

    /** @throws IOException when the snapshot is unreadable or was written for another schema */
    public static ProfileImage read(RuleSchema schema, InputStream stream) throws IOException {
        In in = new In(stream);
        if (in.data.readLong() != MAGIC) {
            throw new IOException("not a column snapshot of this version");
        }
        List<String> keys = readKeys(in);
        int profiles = keys.size();
        ColumnTable attributes = readTable(in, schema.attributes(), profiles);
        int typeCount = in.data.readInt();
        List<String> typeNames = new ArrayList<>(typeCount);
        for (int i = 0; i < typeCount; i++) {
            typeNames.add(in.string());
        }
        int events = in.data.readInt();
        int[] start = in.ints(profiles);
        int[] end = in.ints(profiles);
        int[] chainHead = in.ints(profiles);
        int[] chainNext = in.ints(events);
        int[] types = in.ints(events);
        long[] at = in.longs(events);
        ColumnTable properties = readTable(in, schema.eventProperties(), events);
        if (in.data.read() != -1) {
            throw new IOException("trailing bytes after the snapshot");
        }
        EventTable table = new EventTable(typeNames, properties, start, end, chainHead, chainNext, types, at,
                profiles, events);
        return new ProfileImage(schema, keys, attributes, table);
    }

    private static void writeKeys(Out out, ProfileImage image) throws IOException {
        out.data.writeInt(image.size());
        for (int row = 0; row < image.size(); row++) {
            out.string(image.key(row));
        }
    }

    private static List<String> readKeys(In in) throws IOException {
        int count = in.data.readInt();
        String[] keys = new String[count];
        for (int row = 0; row < count; row++) {
            keys[row] = in.string();
        }
        return Arrays.asList(keys);
    }

    private static void writeTable(Out out, ColumnTable table) throws IOException {
        out.data.writeInt(table.columns().size());
        for (Map.Entry<String, Column> entry : table.columns().entrySet()) {
            Column column = entry.getValue();
            out.string(entry.getKey());
            out.string(column.type().name());
            if (column instanceof LongColumn longs) {
                out.data.writeByte(LONGS);
                out.data.writeInt(longs.scale());
                out.longs(longs.values(), column.size());
                out.longs(longs.present(), Words.count(column.size()));
            } else {
                CodedColumn coded = (CodedColumn) column;
                out.data.writeByte(CODES);
                out.data.writeInt(coded.dictionarySize());
                for (int code = 1; code < coded.dictionarySize(); code++) {
                    writeEntry(out, column.type(), coded.entry(code));
                }
                out.ints(coded.codes(), column.size());
            }
        }
    }

    private static ColumnTable readTable(In in, Map<String, Attribute> expected, int rows) throws IOException {
        int count = in.data.readInt();
        if (count != expected.size()) {
            throw new IOException("the snapshot has " + count + " columns, the schema " + expected.size());
        }
        Map<String, Column> read = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.string();
            AttributeType type = AttributeType.valueOf(in.string());
            Attribute attribute = expected.get(name);
            if (attribute == null || type != attribute.type()) {
                throw new IOException("the snapshot has " + name + " (" + type + "), the schema "
                        + (attribute == null ? "has no " + name : "has " + name + " (" + attribute.type() + ")"));
            }
            byte kind = in.data.readByte();
            if (kind == LONGS) {
                int scale = in.data.readInt();
                long[] values = in.longs(rows);
                long[] present = in.longs(Words.count(rows));
                read.put(name, new LongColumn(type, values, grown(present, Words.count(values.length)), rows, scale));
            } else if (kind == CODES) {
                int size = in.data.readInt();
                List<Object> dictionary = new ArrayList<>(size);
                dictionary.add(null);
                for (int code = 1; code < size; code++) {
                    dictionary.add(readEntry(in, type));
                }
                read.put(name, new CodedColumn(type, dictionary, in.ints(rows), rows));
            } else {
                throw new IOException("unknown column kind " + kind);
            }
        }
        // in the schema's order, as a table built afresh has them (map order may differ between runs)
        Map<String, Column> columns = new LinkedHashMap<>();
        expected.keySet().forEach(name -> columns.put(name, read.get(name)));
        return ColumnTable.restored(columns, rows);
    }

    private static long[] grown(long[] words, int length) {
        return words.length >= length ? words : Arrays.copyOf(words, length);
    }

    private static void writeEntry(Out out, AttributeType type, Object value) throws IOException {
        switch (type) {
            case STRING -> out.string((String) value);
            case BOOLEAN -> out.data.writeBoolean((Boolean) value);
            case DECIMAL -> {
                BigDecimal decimal = (BigDecimal) value;
                byte[] unscaled = decimal.unscaledValue().toByteArray();
                out.data.writeInt(decimal.scale());
                out.data.writeInt(unscaled.length);
                out.data.write(unscaled);
            }
            case STRING_LIST -> {
                List<?> list = (List<?>) value;
                out.data.writeInt(list.size());
                for (Object element : list) {
                    out.data.writeBoolean(element != null);
                    if (element != null) {
                        out.string((String) element);
                    }
                }
            }
            default -> throw new IllegalStateException("no dictionary for " + type);
        }
    }

    private static Object readEntry(In in, AttributeType type) throws IOException {
        return switch (type) {
            case STRING -> in.string();
            case BOOLEAN -> in.data.readBoolean();
            case DECIMAL -> {
                int scale = in.data.readInt();
                byte[] unscaled = new byte[in.data.readInt()];
                in.data.readFully(unscaled);
                yield new BigDecimal(new BigInteger(unscaled), scale);
            }
            case STRING_LIST -> {
                int size = in.data.readInt();
                List<String> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(in.data.readBoolean() ? in.string() : null);
                }
                yield Collections.unmodifiableList(list); // as CodedColumn keeps lists
            }
            default -> throw new IOException("no dictionary for " + type);
        };
    }

    /** Buffered output with bulk writes of primitive arrays. */
    private static final class Out {
        private final DataOutputStream data;
        private final byte[] chunk = new byte[CHUNK];
        private final ByteBuffer buffer = ByteBuffer.wrap(chunk);

        Out(OutputStream stream) {
            this.data = new DataOutputStream(new java.io.BufferedOutputStream(stream, CHUNK));
        }

        void string(String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }

        void longs(long[] values, int count) throws IOException {
            for (int from = 0; from < count; from += CHUNK / 8) {
                int n = Math.min(CHUNK / 8, count - from);
                buffer.clear();
                buffer.asLongBuffer().put(values, from, n);
                data.write(chunk, 0, n * 8);
            }
        }

        void ints(int[] values, int count) throws IOException {
            for (int from = 0; from < count; from += CHUNK / 4) {
                int n = Math.min(CHUNK / 4, count - from);
                buffer.clear();
                buffer.asIntBuffer().put(values, from, n);
                data.write(chunk, 0, n * 4);
            }
        }
    }

    /**
     * Buffered input with bulk reads of primitive arrays, allocated with room to grow (the tables
     * grow arrays by a fraction of their length, which must not be zero).
     */
    private static final class In {
        private final DataInputStream data;
        private final byte[] chunk = new byte[CHUNK];
        private final ByteBuffer buffer = ByteBuffer.wrap(chunk);

        In(InputStream stream) {
            this.data = new DataInputStream(new java.io.BufferedInputStream(stream, CHUNK));
        }

        String string() throws IOException {
            int length = data.readInt();
            if (length <= chunk.length) {
                data.readFully(chunk, 0, length);
                return new String(chunk, 0, length, StandardCharsets.UTF_8);
            }
            byte[] bytes = new byte[length];
            data.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        long[] longs(int count) throws IOException {
            long[] values = new long[Math.max(16, count)];
            for (int from = 0; from < count; from += CHUNK / 8) {
                int n = Math.min(CHUNK / 8, count - from);
                data.readFully(chunk, 0, n * 8);
                buffer.clear();
                buffer.asLongBuffer().get(values, from, n);
            }
            return values;
        }

        int[] ints(int count) throws IOException {
            int[] values = new int[Math.max(16, count)];
            for (int from = 0; from < count; from += CHUNK / 4) {
                int n = Math.min(CHUNK / 4, count - from);
                data.readFully(chunk, 0, n * 4);
                buffer.clear();
                buffer.asIntBuffer().get(values, from, n);
            }
            return values;
        }
    }
}
