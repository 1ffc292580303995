package io.segmentstudio.app.cli;

import io.segmentstudio.ingest.csv.Delimiter;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --delimiter: the character itself, or "tab" / "\t" since a tab is hard to type in a shell. */
final class DelimiterConverter implements ITypeConverter<Delimiter> {
    @Override
    public Delimiter convert(String value) {
        String text = value.toLowerCase(Locale.ROOT);
        if (text.equals("tab") || text.equals("\\t")) {
            return Delimiter.TAB;
        }
        for (Delimiter delimiter : Delimiter.values()) {
            if (text.equals(String.valueOf(delimiter.character()))
                    || text.equals(delimiter.name().toLowerCase(Locale.ROOT))) {
                return delimiter;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a supported delimiter; use ',', ';', '|' or tab");
    }
}
