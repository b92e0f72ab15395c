package ca.contingent.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of one data row, read by column name. Each reader records a problem when the
 * value breaks its rule and then answers {@code null}, so that one pass over a row finds
 * all of its problems.
 */
final class Cells {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    private final ImportTable.Row record;

    private final Map<String, Integer> columns;

    private final int row;

    private final Problems problems;

    private final int problemsBefore;

    Cells(ImportTable.Row record, Map<String, Integer> columns, int row, Problems problems) {
        this.record = record;
        this.columns = columns;
        this.row = row;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    int row() {
        return this.row;
    }

    /** Whether this row has a problem so far. */
    boolean invalid() {
        return this.problems.count() > this.problemsBefore;
    }

    void problem(String column, String messageKey, Object... arguments) {
        this.problems.add(this.row, column, messageKey, arguments);
    }

    /**
     * Whether the file has this column at all (an optional column may be left out of the
     * header).
     */
    boolean has(String column) {
        return this.columns.containsKey(column);
    }

    /** The trimmed value; {@code null} when the cell is empty or the column is absent. */
    String value(String column) {
        Integer index = this.columns.get(column);
        String cell = index == null ? null : this.record.cell(index);
        if (cell == null) {
            return null;
        }
        String value = cell.trim();
        return value.isEmpty() ? null : value;
    }

    String text(String column, int maxLength) {
        String value = value(column);
        if (value == null) {
            problem(column, "import.error.required");
            return null;
        }
        return withinLength(column, value, maxLength);
    }

    String optionalText(String column, int maxLength) {
        String value = value(column);
        return value == null ? null : withinLength(column, value, maxLength);
    }

    private String withinLength(String column, String value, int maxLength) {
        if (value.length() > maxLength) {
            problem(column, "import.error.tooLong", maxLength);
            return null;
        }
        return value;
    }

    /** A record's code: capital letters, digits, hyphens and underscores. */
    String code(String column, int maxLength) {
        String value = text(column, maxLength);
        if (value != null && !CODE.matcher(value).matches()) {
            problem(column, "import.error.code", value);
            return null;
        }
        return value;
    }

    String matching(String column, Pattern pattern, String messageKey) {
        String value = text(column, 200);
        if (value != null && !pattern.matcher(value).matches()) {
            problem(column, messageKey, value);
            return null;
        }
        return value;
    }

    /** One of the listed values, written exactly so (case included). */
    String oneOf(String column, List<String> allowed) {
        String value = value(column);
        if (value == null) {
            problem(column, "import.error.required");
            return null;
        }
        return checkedOneOf(column, value, allowed);
    }

    String optionalOneOf(String column, List<String> allowed) {
        String value = value(column);
        return value == null ? null : checkedOneOf(column, value, allowed);
    }

    private String checkedOneOf(String column, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            problem(column, "import.error.enumeration", value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = value(column);
        if (value == null) {
            problem(column, "import.error.required");
            return null;
        }
        return checkedDate(column, value);
    }

    LocalDate optionalDate(String column) {
        String value = value(column);
        return value == null ? null : checkedDate(column, value);
    }

    private LocalDate checkedDate(String column, String value) {
        try {
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        }
        catch (DateTimeParseException ex) {
            // Falls through to the same problem as any other text that is not a date.
        }
        problem(column, "import.error.date", value);
        return null;
    }

    Integer whole(String column, int min) {
        String value = value(column);
        if (value == null) {
            problem(column, "import.error.required");
            return null;
        }
        return checkedWhole(column, value, min);
    }

    Integer optionalWhole(String column, int min) {
        String value = value(column);
        return value == null ? null : checkedWhole(column, value, min);
    }

    private Integer checkedWhole(String column, String value, int min) {
        if (!WHOLE.matcher(value).matches()) {
            problem(column, "import.error.whole", value);
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < min) {
            problem(column, "import.error.min", String.valueOf(min));
            return null;
        }
        return number;
    }

    /**
     * {@code true} or {@code false}, nothing else (no yes/no, no 1/0: the contract names
     * two values).
     */
    Boolean bool(String column) {
        String value = value(column);
        if (value == null) {
            problem(column, "import.error.required");
            return null;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            problem(column, "import.error.boolean", value);
            return null;
        }
        return Boolean.valueOf(value);
    }

}
