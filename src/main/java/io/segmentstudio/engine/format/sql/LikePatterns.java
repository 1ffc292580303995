package io.segmentstudio.engine.format.sql;

import io.segmentstudio.domain.rule.Operator;
import io.segmentstudio.engine.format.FormatWarning;
import java.util.List;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;

/**
 * LIKE patterns that mean a literal test: {@code '%x%'} contains, {@code 'x%'} starts with, {@code '%x'}
 * ends with, {@code 'x'} equals. A {@code _} or a {@code %} inside the text has no equivalent and is
 * refused. Without an ESCAPE clause a backslash escapes, as in PostgreSQL, H2 and MySQL (with a
 * warning, since the standard has no default escape character).
 */
final class LikePatterns {
    /** The operator and its literal operand. */
    record Reading(Operator operator, String text) {
    }

    private final SqlSource source;
    private final List<FormatWarning> warnings;

    LikePatterns(SqlSource source, List<FormatWarning> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    Reading read(LikeExpression like) {
        if (!(like.getRightExpression() instanceof StringValue pattern)) {
            throw source.error(like, "LIKE takes a string literal pattern");
        }
        String text = SqlSource.restore(pattern.getNotExcapedValue());
        char escape = escape(like, text);
        StringBuilder literal = new StringBuilder();
        boolean leading = false;
        boolean trailing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length()) {
                if (trailing) {
                    throw inner(like);
                }
                literal.append(text.charAt(++i));
            } else if (c == '%') {
                if (literal.length() == 0 && !trailing) {
                    leading = true;
                } else {
                    trailing = true;
                }
            } else if (c == '_') {
                throw source.error(like, "the single-character wildcard _ has no equivalent; escape it to match"
                        + " a literal _");
            } else {
                if (trailing) {
                    throw inner(like);
                }
                literal.append(c);
            }
        }
        Operator operator = leading && trailing || leading && literal.length() == 0 ? Operator.CONTAINS
                : leading ? Operator.ENDS_WITH : trailing ? Operator.STARTS_WITH : Operator.EQUALS;
        return new Reading(operator, literal.toString());
    }

    private RuntimeException inner(LikeExpression like) {
        return source.error(like, "a % inside the pattern has no equivalent; only a leading and/or trailing % can"
                + " be read (contains, starts with, ends with)");
    }

    private char escape(LikeExpression like, String pattern) {
        if (like.getEscape() instanceof StringValue given && given.getNotExcapedValue().length() == 1) {
            return SqlSource.restore(given.getNotExcapedValue()).charAt(0);
        } else if (like.getEscape() != null) {
            throw source.error(like, "ESCAPE takes one character");
        }
        if (pattern.indexOf('\\') >= 0) {
            warnings.add(source.warning(like, "no ESCAPE clause: the backslash is read as the escape character,"
                    + " as PostgreSQL, H2 and MySQL do"));
        }
        return '\\';
    }
}
